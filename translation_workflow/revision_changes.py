"""What changed in the English page since a translation made outside wagtail-localize's editor
was last published.

Such translations (typed into Wagtail's own editor, or brought over from an earlier site) leave
no record of the source text the translator saw, so source_changes.py has nothing to compare.
What the page history does hold: the English revision that was live when the translation was
last published. Its segments, extracted the way wagtail-localize extracts them, are set against
the live English page's with the same rules, so both kinds of translation read alike.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

from wagtail_localize.models import TranslationContext
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from translation_state.history import source_revision_seen
from translation_workflow.source_changes import SourceChanges, compare


def changes_since_published(source, translated) -> SourceChanges | None:
    """``source`` and ``translated``: the live English page and its translation, both specific."""
    seen = source_revision_seen(source, translated)
    if seen is None:
        return None
    current = segment_rows(source)
    earlier = [
        {
            "context_id": row["context_id"],
            "translation_of_id": row["string_id"],
            "translation_of__data": row["string__data"],
            "context__path": row["context__path"],
            "context__field_path": row["context__field_path"],
        }
        for row in segment_rows(seen)
    ]
    return compare(current, earlier)


def serialised_content(page) -> dict:
    """The page's content as wagtail-localize stores a source's, for describe()."""
    return json.loads(json.dumps(page.serializable_data(), cls=DjangoJSONEncoder))


def segment_rows(instance) -> list[dict]:
    """The instance's text segments shaped like the StringSegment rows compare() reads: a
    segment's context is its content path and its string is its text, so an unchanged text
    matches itself and a changed one is paired with what stood at the same place."""
    rows = []
    for order, segment in enumerate(extract_segments(instance)):
        if not isinstance(segment, StringSegmentValue):
            continue
        text = segment.string.data
        rows.append(
            {
                "context_id": segment.path,
                "string_id": text,
                "string__data": text,
                "context__path": segment.path,
                "context__field_path": _field_path(instance, segment.path),
                "order": order,
            }
        )
    return rows


def _field_path(instance, path: str) -> str:
    context = TranslationContext(path=path)
    # get_field_path() stores what it found on the context row; this one is never a row.
    context.save = lambda **kwargs: None
    try:
        return context.get_field_path(instance)
    except (KeyError, LookupError, AttributeError, ValueError):  # a block or item since reshaped
        return path
