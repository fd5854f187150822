"""A page's or snippet's translatable text as ``[context path, text]`` pairs and their digest.

Extracted the way wagtail-localize extracts it (its ``extract_segments``), so the live source and
the source a translation was made from (wagtail-localize's ``StringSegment`` rows) read alike.
"""

import hashlib
import json

from django.contrib.contenttypes.models import ContentType

from wagtail_localize.models import StringSegment
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def digest(segments: list) -> str:
    return hashlib.sha256(json.dumps(segments, separators=(",", ":")).encode()).hexdigest()


def content_type_of(instance) -> ContentType:
    """Pages share one content type here, snippets their model's: how translations are keyed."""
    return ContentType.objects.get_for_model(instance.get_translation_model())


def live_segments(instance) -> list[list[str]]:
    return [
        [segment.path, segment.string.data]
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def translated_segments(source, locale) -> list[list[str]]:
    """The segments of a wagtail-localize source that have a translation into ``locale``: what a
    translation saved from it says in that language (wagtail-localize falls back to the source's
    own text for the others, which translates nothing)."""
    rows = (
        StringSegment.objects.filter(source=source)
        .annotate_translation(locale)
        .order_by("order")
        .values_list("context__path", "string__data", "translation")
    )
    return [[path, data] for path, data, translation in rows if translation is not None]
