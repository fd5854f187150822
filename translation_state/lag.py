"""How far one translation lags its source: the recorded source and basis of one object, for the
editor, the explorer, the review screen and the notice visitors of legal pages read."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Subquery

from translation_state.models import RevisionBasis, SourceContent, TranslationBasis
from translation_state.recording import source_content
from translation_state.segments import content_type_of, digest


def is_outdated(source_digest: str | None, basis_digest: str | None) -> bool:
    """The rule: a translation is current only when it was made from the source's live content.
    No recorded source (never published) outdates nothing; no recorded basis means nobody knows
    what the translation was made from, which is not "up to date"."""
    return source_digest is not None and basis_digest != source_digest


@dataclass(frozen=True)
class Lag:
    source_segments: list
    basis_segments: list | None
    source_changed_at: datetime

    @property
    def outdated(self) -> bool:
        basis = None if self.basis_segments is None else digest(self.basis_segments)
        return is_outdated(digest(self.source_segments), basis)


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
    basis = TranslationBasis.objects.filter(
        content_type=content_type, translation_key=page.translation_key, locale_id=page.locale_id
    )
    row = (
        SourceContent.objects.filter(content_type=content_type, translation_key=page.translation_key)
        .annotate(basis_digest=Subquery(basis.values("digest")[:1]))
        .values_list("digest", "basis_digest", "changed_at")
        .first()
    )
    if row is None or not is_outdated(row[0], row[1]):
        return None
    return row[2]
