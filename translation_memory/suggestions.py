"""What the memory offers in the translation editor: near matches for the segments still to be
translated (or filled from the memory and not reviewed yet), and how many segments it filled.

wagtail-localize's editor is a React application that cannot be given new buttons; the panel
above it lists the suggestions, with the differences between the remembered source and the
segment marked, for the translator to copy and adapt. Three queries, then near_matches' two.
"""

from dataclasses import dataclass, field

from django.db.models import OuterRef, Subquery

from wagtail_localize.models import StringSegment, StringTranslation

from translation_memory.filling import MEMORY_TOOL, unreviewed_fills
from translation_memory.matching import NearMatch, near_matches


@dataclass
class SegmentSuggestions:
    text: str
    matches: list[NearMatch]


@dataclass
class Suggestions:
    source_language: str
    target_language: str
    segments: list[SegmentSuggestions] = field(default_factory=list)
    filled: int = 0

    @property
    def count(self) -> int:
        return sum(len(segment.matches) for segment in self.segments)

    def __bool__(self):
        return bool(self.segments) or self.filled > 0


def open_texts(translation) -> list[str]:
    """The source texts of the segments a translator has still to write or to check, in order."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        locale_id=translation.target_locale_id,
        context_id=OuterRef("context_id"),
    )
    rows = (
        StringSegment.objects.filter(source_id=translation.source_id)
        .annotate(
            kind=Subquery(translated.values("translation_type")[:1]),
            tool=Subquery(translated.values("tool_name")[:1]),
        )
        .order_by("order")
        .values_list("string__data", "kind", "tool")
    )
    texts = {}
    for text, kind, tool in rows:
        from_memory = kind == StringTranslation.TRANSLATION_TYPE_MACHINE and tool == MEMORY_TOOL
        if kind is None or from_memory:
            texts.setdefault(text)
    return list(texts)


def editor_suggestions(translation) -> Suggestions:
    suggestions = Suggestions(
        source_language=translation.source.locale.language_code,
        target_language=translation.target_locale.language_code,
        filled=unreviewed_fills(translation),
    )
    texts = open_texts(translation)
    matches = near_matches(suggestions.source_language, suggestions.target_language, texts)
    suggestions.segments = [SegmentSuggestions(text, matches[text]) for text in texts if text in matches]
    return suggestions
