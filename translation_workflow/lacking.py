"""What a translation lacks of its source: the source's live segments against those the
translation was made from (translation_state), read like the other changes pages: changed
segments with the words added and removed, new ones, removed ones."""

from translation_state.lag import Lag
from translation_state.recording import source_of
from translation_workflow.revision_changes import segment_rows
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
