"""How far one translation lags its source: the recorded source and basis of one object, for the
editor, the explorer, the review screen and the notice visitors of legal pages read."""

from dataclasses import dataclass
from datetime import datetime

from translation_state.models import RevisionBasis, SourceContent, TranslationBasis
from translation_state.recording import source_content
from translation_state.segments import content_type_of


@dataclass(frozen=True)
class Lag:
    source_segments: list
    basis_segments: list | None
    source_changed_at: datetime

    @property
    def outdated(self) -> bool:
        return self.basis_segments != self.source_segments


def lag_of(instance, revision=None) -> Lag | None:
    """The lag of a translated page or snippet's live content, or of one of its revisions (what a
    reviewer is about to publish); None for a source or when the source was never published."""
    source = source_content(instance)
    if source is None:
        return None
    if revision is not None:
        basis = RevisionBasis.objects.filter(revision=revision).values_list("segments", flat=True).first()
    else:
        basis = (
            TranslationBasis.objects.filter(
                content_type=content_type_of(instance),
                translation_key=instance.translation_key,
                locale_id=instance.locale_id,
            )
            .values_list("segments", flat=True)
            .first()
        )
    return Lag(source.segments, basis, source.changed_at)


def published_lag(page) -> datetime | None:
    """When the source of a live translated page changed, if the page has not caught up since; one
    query, for visitors' pages."""
    content_type = content_type_of(page)
    source = SourceContent.objects.filter(content_type=content_type, translation_key=page.translation_key)
    row = source.values_list("digest", "changed_at").first()
    if row is None:
        return None
    basis = TranslationBasis.objects.filter(
        content_type=content_type, translation_key=page.translation_key, locale_id=page.locale_id
    )
    return None if basis.filter(digest=row[0]).exists() else row[1]
