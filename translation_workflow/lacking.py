"""What a translation lacks of its source: the source's live segments against those the
translation was made from (translation_state), read like wagtail-localize's changes page
(source_changes.py): changed segments with the words added and removed, new ones, removed ones.
A segment's context is its content path and its string its text, so an unchanged text matches
itself and a changed one is paired with what stood at the same place.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse

from wagtail_localize.models import TranslationContext
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from translation_state.lag import Lag, lag_of
from translation_state.recording import source_of
from translation_state.segments import content_type_of
from translation_workflow.source_changes import Segment, SourceChanges, compare


def lacking(instance, lag: Lag) -> tuple[object, SourceChanges]:
    """(the live source, what ``instance``'s translation lacks of it)."""
    source = source_of(instance)
    if source is None or not lag.outdated:
        return source, SourceChanges()
    current = segment_rows(source)
    if not lag.basis_segments:
        # Made from nothing known: every segment of the source is to be checked.
        return source, SourceChanges(
            new=[
                Segment(
                    row["context__path"], row["context__field_path"], row["order"], new=row["string__data"]
                )
                for row in current
            ]
        )
    earlier = [
        {
            "context_id": path,
            "translation_of_id": text,
            "translation_of__data": text,
            "context__path": path,
            "context__field_path": path,
        }
        for path, text in lag.basis_segments
    ]
    return source, compare(current, earlier)


def lacking_now(instance, revision=None) -> tuple[int, str | None]:
    """(segments ``instance``'s live content, or ``revision``, lacks of the live source, the page
    listing them): (0, None) when it lacks nothing or nobody can tell."""
    lag = lag_of(instance, revision)
    if lag is None or not lag.outdated:
        return 0, None
    url = reverse("translation_lacking", args=[content_type_of(instance).pk, instance.pk])
    if revision is not None:
        url += f"?revision={revision.pk}"
    return lacking_count(lag.source_segments, lag.basis_segments), url


def lacking_count(source_segments: list, basis_segments: list | None) -> int:
    """How many segments the board reports, without reading the source: the source's segments
    the basis does not have, and the basis's places the source no longer has."""
    if not basis_segments:
        return len(source_segments)
    have = {tuple(segment) for segment in basis_segments}
    paths = {path for path, _text in source_segments}
    missing = sum(1 for segment in source_segments if tuple(segment) not in have)
    removed = len({path for path, _text in basis_segments} - paths)
    return missing + removed


def serialised_content(instance) -> dict:
    """The content as wagtail-localize stores a source's, for describe()'s block positions; a
    plain snippet has no blocks to place."""
    if not hasattr(instance, "serializable_data"):
        return {}
    return json.loads(json.dumps(instance.serializable_data(), cls=DjangoJSONEncoder))


def segment_rows(instance) -> list[dict]:
    """The instance's text segments shaped like the StringSegment rows compare() reads."""
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
