"""The source revision a translation made outside wagtail-localize was published against."""

from wagtail.models import PageLogEntry


def source_revision_seen(source, translated):
    """The source page as it was live when ``translated`` was last published, or None when the
    history cannot tell (the translation was never published, or predates the source's log)."""
    if translated.last_published_at is None:
        return None
    entry = (
        PageLogEntry.objects.filter(
            page_id=source.pk,
            action="wagtail.publish",
            revision__isnull=False,
            timestamp__lte=translated.last_published_at,
        )
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return None if entry is None else entry.revision.as_object()
