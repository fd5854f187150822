"""DeepL with the embassy's glossary: machine translation that already uses the approved terms.

DeepL keeps glossaries on its side, one per language pair, and a glossary cannot be changed once
made (v2 API: ``POST /v2/glossaries`` with the entries as tab-separated lines, then
``glossary_id`` with each translate request, which must then name its source language). So the
glossary for a pair is named after a hash of its entries: while the entries stay the same, every
process finds the same glossary (in its own memory, else in DeepL's list) and none is made twice;
when they change, a new one is made and the older ones of this site for that pair are deleted,
since an account may hold only so many.

Only pairs DeepL lists in ``/v2/glossary-language-pairs`` get a glossary. Any failure of the
glossary calls, or of a translate request with a glossary, is logged and the strings are
translated without it: the glossary improves machine translation, it never stops it.
"""

import hashlib
import logging
from urllib.parse import urlsplit

from django.conf import settings

from wagtail_localize.machine_translators.deepl import DeepLTranslator, language_code
from wagtail_localize.strings import StringValue

import requests

from glossary.matching import current_glossary

logger = logging.getLogger(__name__)

FAILURES = (requests.RequestException, ValueError, KeyError, TypeError)
# Entries must be one line each, a tab between the two sides (DeepL's TSV format).
UNSAFE = str.maketrans({"\t": " ", "\n": " ", "\r": " "})

# Per process: the pairs DeepL supports per API host, and the glossary made for each entry set.
_pairs: dict[str, set[tuple[str, str]]] = {}
_glossary_ids: dict[tuple[str, str], str] = {}


def glossary_entries(source_language: str, target_language: str) -> dict[str, str]:
    """The glossary as DeepL takes it for a pair of Wagtail language codes: each source term
    with its approved form in the target language, the source itself for one not translated."""
    entries = {}
    for term in current_glossary().terms:
        source = (term.approved(source_language) or "").translate(UNSAFE).strip()
        target = term.approved(target_language).translate(UNSAFE).strip()
        # DeepL refuses a glossary with the same source twice; the first spelling stands.
        if source and target and source.lower() not in {known.lower() for known in entries}:
            entries[source] = target
    return entries


def as_tsv(entries: dict[str, str]) -> str:
    return "\n".join(f"{source}\t{target}" for source, target in sorted(entries.items()))


def _glossary_language(code: str) -> str:
    # Glossaries are per language, not per variant: an EN glossary serves EN-GB and EN-US.
    return code.split("-")[0].lower()


class GlossaryDeepLTranslator(DeepLTranslator):
    """wagtail-localize's DeepL translator, passing the embassy's glossary where DeepL has one
    for the language pair. An explicit ``GLOSSARY_IDS`` option still wins."""

    def api_root(self) -> str:
        parts = urlsplit(self.get_api_endpoint())
        return f"{parts.scheme}://{parts.netloc}"

    def _request(self, method: str, path: str, **kwargs):
        response = requests.request(
            method,
            self.api_root() + path,
            headers=self.get_headers(),
            timeout=int(self.options.get("TIMEOUT", 30)),
            **kwargs,
        )
        response.raise_for_status()
        return response

    def supports_glossary(self, source: str, target: str) -> bool:
        root = self.api_root()
        if root not in _pairs:
            pairs = self._request("GET", "/v2/glossary-language-pairs").json()["supported_languages"]
            _pairs[root] = {(pair["source_lang"].lower(), pair["target_lang"].lower()) for pair in pairs}
        return (source, target) in _pairs[root]

    def glossary_name_prefix(self, source: str, target: str) -> str:
        # Named after the site, so a staging site on the same DeepL account keeps its own.
        return f"{urlsplit(settings.SITE_BASE_URL).netloc} glossary {source}-{target} "

    def glossary_id(self, source_locale, target_locale) -> str | None:
        """The DeepL glossary of the current entries for this pair, made if need be; None when
        DeepL has no glossaries for the pair or the glossary is empty."""
        source = _glossary_language(language_code(source_locale.language_code))
        target = _glossary_language(language_code(target_locale.language_code, is_target=True))
        if not self.supports_glossary(source, target):
            return None
        entries = glossary_entries(source_locale.language_code, target_locale.language_code)
        if not entries:
            return None
        tsv = as_tsv(entries)
        prefix = self.glossary_name_prefix(source, target)
        name = prefix + hashlib.sha256(tsv.encode()).hexdigest()[:16]
        key = (self.api_root(), name)
        if key in _glossary_ids:
            return _glossary_ids[key]

        existing = self._request("GET", "/v2/glossaries").json()["glossaries"]
        found = next((glossary["glossary_id"] for glossary in existing if glossary["name"] == name), None)
        if found is None:
            created = self._request(
                "POST",
                "/v2/glossaries",
                json={
                    "name": name,
                    "source_lang": source,
                    "target_lang": target,
                    "entries": tsv,
                    "entries_format": "tsv",
                },
            ).json()
            found = created["glossary_id"]
            logger.info("DeepL glossary %s made with %d entries", name, len(entries))
            for outdated in existing:
                if outdated["name"].startswith(prefix) and outdated["name"] != name:
                    self._delete(outdated["glossary_id"])
        _glossary_ids[key] = found
        return found

    def _delete(self, glossary_id: str) -> None:
        try:
            self._request("DELETE", f"/v2/glossaries/{glossary_id}")
        except FAILURES:
            logger.warning("Could not delete the outdated DeepL glossary %s", glossary_id, exc_info=True)

    def translate(self, source_locale, target_locale, strings):
        parameters = self.get_parameters(source_locale, target_locale, strings)
        if "glossary_id" in parameters:
            return super().translate(source_locale, target_locale, strings)
        try:
            glossary_id = self.glossary_id(source_locale, target_locale)
            if glossary_id is not None:
                path = urlsplit(self.get_api_endpoint()).path
                response = self._request("POST", path, data={**parameters, "glossary_id": glossary_id})
                translations = response.json()["translations"]
                return {
                    string: StringValue(translation["text"])
                    for string, translation in zip(strings, translations, strict=True)
                }
        except FAILURES:
            logger.warning(
                "DeepL's glossary failed for %s to %s: translating without it",
                source_locale.language_code,
                target_locale.language_code,
                exc_info=True,
            )
            # Made again from DeepL's list next time, should it have been deleted there.
            _glossary_ids.clear()
        return super().translate(source_locale, target_locale, strings)
