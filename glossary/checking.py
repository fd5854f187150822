"""The glossary applied to one wagtail-localize translation: the terms its source segments hold,
with their approved form in the target language, and the translated segments that leave an
approved term out. The editor's panel shows both; "Submit for review" stops on the second until
the translator confirms.

A check costs the same few queries whatever the number of segments: the source's segments with
their translations in one, the target language in one, the glossary in at most one.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from wagtail_localize.models import StringSegment

from glossary.matching import current_glossary, plain_text, uses
from glossary.models import GlossaryTerm


@dataclass(frozen=True)
class FoundTerm:
    term: GlossaryTerm
    approved: str


@dataclass(frozen=True)
class MissingTerm:
    term: GlossaryTerm
    approved: str
    source: str
    translated: str

    def message(self) -> str:
        """The warning, in the active language (the reader's admin language)."""
        return _("The translation of “%(term)s” does not use the approved term “%(approved)s”.") % {
            "term": self.term.term_en,
            "approved": self.approved,
        }


@dataclass(frozen=True)
class GlossaryCheck:
    language: str
    found: list[FoundTerm]
    missing: list[MissingTerm]


def check_translation(translation) -> GlossaryCheck:
    """The glossary terms of ``translation``'s source and the segments already translated
    without their approved term, each list in the order of the segments."""
    language = translation.target_locale.language_code
    glossary = current_glossary()
    if not glossary.terms:
        return GlossaryCheck(language, [], [])
    segments = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate_translation(translation.target_locale_id)
        .order_by("order")
        .values_list("string__data", "translation")
    )
    found: dict[int, FoundTerm] = {}
    missing = []
    for source, translated in segments:
        for term in glossary.terms_in(source):
            approved = term.approved(language)
            found.setdefault(term.pk, FoundTerm(term, approved))
            if translated is not None and approved and not uses(translated, approved):
                missing.append(MissingTerm(term, approved, plain_text(source), plain_text(translated)))
    return GlossaryCheck(language, list(found.values()), missing)


def refusal_messages(missing: list[MissingTerm]) -> list[str]:
    """What a translator reads when "Submit for review" stops on missing terms."""
    return [
        *(item.message() for item in missing),
        _("Correct the translation, or choose “Submit anyway” in the glossary panel."),
    ]
