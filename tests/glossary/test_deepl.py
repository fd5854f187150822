"""DeepL translates with the embassy's glossary where it supports one for the language pair."""

import json
from unittest import mock
from urllib.parse import urlsplit

from django.conf import settings

from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.strings import StringValue

import pytest
import requests

from glossary import deepl

pytestmark = pytest.mark.django_db

TRANSLATOR = {"CLASS": "glossary.deepl.GlossaryDeepLTranslator", "OPTIONS": {"AUTH_KEY": "secret:fx"}}


class FakeDeepL:
    """DeepL's API Free as the documentation describes it, recording each request."""

    def __init__(self, pairs=(("en", "ru"), ("en", "de")), fail_glossaries=False):
        self.pairs = pairs
        self.fail_glossaries = fail_glossaries
        self.glossaries = {}
        self.made = 0
        self.calls = []

    def respond(self, method, url, data=None, json=None, **kwargs):
        path = urlsplit(url).path
        assert urlsplit(url).netloc == "api-free.deepl.com"
        assert kwargs["headers"] == {"Authorization": "DeepL-Auth-Key secret:fx"}
        self.calls.append((method, path, json if json is not None else data))
        if path.startswith("/v2/glossar") and self.fail_glossaries:
            return self.answer({"message": "Internal error"}, 500)
        if (method, path) == ("GET", "/v2/glossary-language-pairs"):
            return self.answer(
                {"supported_languages": [{"source_lang": s, "target_lang": t} for s, t in self.pairs]}
            )
        if (method, path) == ("GET", "/v2/glossaries"):
            return self.answer({"glossaries": list(self.glossaries.values())})
        if (method, path) == ("POST", "/v2/glossaries"):
            self.made += 1
            glossary_id = f"gl-{self.made}"
            self.glossaries[glossary_id] = {"glossary_id": glossary_id, "name": json["name"], "ready": True}
            return self.answer({"glossary_id": glossary_id, "ready": True, "name": json["name"]}, 201)
        if method == "DELETE" and path.startswith("/v2/glossaries/"):
            self.glossaries.pop(path.rsplit("/", 1)[1])
            return self.answer(None, 204)
        if (method, path) == ("POST", "/v2/translate"):
            if data.get("glossary_id") and data["glossary_id"] not in self.glossaries:
                return self.answer({"message": "Glossary not found"}, 404)
            return self.answer(
                {"translations": [{"text": f"[{data['target_lang']}] {text}"} for text in data["text"]]}
            )
        raise AssertionError(f"unexpected {method} {url}")

    @staticmethod
    def answer(body, status=200):
        response = requests.Response()
        response.status_code = status
        response._content = b"" if body is None else json.dumps(body).encode()
        return response

    def installed(self):
        return mock.patch.multiple(
            requests,
            request=mock.Mock(side_effect=self.respond),
            post=mock.Mock(
                side_effect=lambda url, data=None, json=None, **kw: self.respond(
                    "POST", url, data, json, **kw
                )
            ),
        )

    def sent(self, method, path):
        return [
            body for call_method, call_path, body in self.calls if (call_method, call_path) == (method, path)
        ]


@pytest.fixture(autouse=True)
def deepl_settings(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = TRANSLATOR
    deepl._pairs.clear()
    deepl._glossary_ids.clear()


@pytest.fixture
def glossary(term):
    return [
        term("consular section", "консулдық бөлім", "консульский отдел"),
        term("Astana", "Астана", "", do_not_translate=True),
        term("Bolashak", "Болашақ", "Болашак", do_not_translate=True),
    ]


def translate(source, target, *texts):
    translator = get_machine_translator()
    strings = [StringValue(text) for text in texts]
    return [value.data for value in translator.translate(source, target, strings).values()]


def test_the_project_uses_the_glossary_translator():
    assert (
        "glossary.deepl.GlossaryDeepLTranslator"
        in (settings.BASE_DIR / "site_core/settings/base.py").read_text()
    )


def test_the_glossary_is_made_once_and_passed_with_every_translation(glossary, locales):
    api = FakeDeepL()
    with api.installed():
        assert translate(locales["en"], locales["ru"], "Visit the consular section.") == [
            "[RU] Visit the consular section."
        ]
        translate(locales["en"], locales["ru"], "Bolashak scholars in Astana.")

    (created,) = api.sent("POST", "/v2/glossaries")
    assert created["source_lang"] == "en" and created["target_lang"] == "ru"
    assert created["entries_format"] == "tsv"
    assert created["entries"].split("\n") == [
        "Astana\tAstana",  # not translated, and no fixed Russian spelling: the term itself
        "Bolashak\tБолашак",
        "consular section\tконсульский отдел",
    ]
    # Named for the site, so another site on the same DeepL account keeps its own.
    assert created["name"].startswith(f"{urlsplit(settings.SITE_BASE_URL).netloc} glossary en-ru ")
    requests_sent = api.sent("POST", "/v2/translate")
    assert [sent["glossary_id"] for sent in requests_sent] == ["gl-1", "gl-1"]
    assert requests_sent[0]["source_lang"] == "EN" and requests_sent[0]["target_lang"] == "RU"


def test_a_changed_glossary_makes_a_new_deepl_glossary_and_deletes_the_old(glossary, term, locales):
    api = FakeDeepL()
    with api.installed():
        translate(locales["en"], locales["ru"], "Visit the consular section.")
        term("apostille", "апостиль", "апостиль")
        translate(locales["en"], locales["ru"], "An apostille.")

    first, second = api.sent("POST", "/v2/glossaries")
    assert "apostille\tапостиль" in second["entries"] and "apostille" not in first["entries"]
    assert [call[1] for call in api.calls if call[0] == "DELETE"] == ["/v2/glossaries/gl-1"]
    assert api.sent("POST", "/v2/translate")[-1]["glossary_id"] == "gl-2"


def test_another_process_finds_the_glossary_deepl_already_has(glossary, locales):
    api = FakeDeepL()
    with api.installed():
        translate(locales["en"], locales["ru"], "Visit the consular section.")
        deepl._glossary_ids.clear()  # as a newly started process
        translate(locales["en"], locales["ru"], "Visit the consular section.")

    assert len(api.sent("POST", "/v2/glossaries")) == 1
    assert [sent["glossary_id"] for sent in api.sent("POST", "/v2/translate")] == ["gl-1", "gl-1"]


def test_a_pair_without_glossaries_is_translated_plainly(glossary, locales):
    api = FakeDeepL(pairs=(("en", "de"),))
    with api.installed():
        assert translate(locales["en"], locales["kk"], "Visit the consular section.") == [
            "[KK] Visit the consular section."
        ]
    assert api.sent("POST", "/v2/glossaries") == []
    assert "glossary_id" not in api.sent("POST", "/v2/translate")[0]


def test_a_failing_glossary_is_logged_and_the_text_translated_without_it(glossary, locales, caplog):
    api = FakeDeepL(fail_glossaries=True)
    with api.installed():
        assert translate(locales["en"], locales["ru"], "Visit the consular section.") == [
            "[RU] Visit the consular section."
        ]
    assert "glossary_id" not in api.sent("POST", "/v2/translate")[0]
    assert "translating without it" in caplog.text


def test_a_glossary_deleted_at_deepl_does_not_stop_translation(glossary, locales):
    api = FakeDeepL()
    with api.installed():
        translate(locales["en"], locales["ru"], "Visit the consular section.")
        api.glossaries.clear()  # deleted by hand in DeepL's account
        assert translate(locales["en"], locales["ru"], "Visit the consular section.") == [
            "[RU] Visit the consular section."
        ]
        translate(locales["en"], locales["ru"], "Visit the consular section.")

    assert [sent.get("glossary_id") for sent in api.sent("POST", "/v2/translate")] == [
        "gl-1",
        "gl-1",
        None,
        "gl-2",
    ]
