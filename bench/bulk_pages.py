"""Pages for the benchmark's data set in bulk: a few statements per batch instead of the dozens
each `add_child` and `publish` make, so the 10× data set (39,000 pages) builds in minutes, not
hours. The rows are what publishing would leave: live, one revision each (unless told not to),
tree paths and the parent's child count right. What publishing also does and a benchmark needs
not (search indexing, reference index, CDN purges, signals) is skipped: the old generator only
queued those tasks, and no worker ran them."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page, Revision


def _next_steps(parent: Page, count: int) -> list[str]:
    """Treebeard paths for `count` new children after the parent's last one."""
    last = parent.get_last_child()
    start = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    return [Page._get_path(parent.path, parent.depth + 1, start + n) for n in range(count)]


@transaction.atomic
def add_children(parent: Page, pages: list[Page], revisions: bool = True) -> None:
    """Adds `pages` (unsaved, all of one specific class) as live children of `parent`."""
    if not pages:
        return
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for page, path in zip(pages, _next_steps(parent, len(pages)), strict=True):
        page.path, page.depth, page.numchild = path, parent.depth + 1, 0
        page.content_type = content_type
        page.draft_title = page.title
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = page.latest_revision_created_at = now
    page_fields = [f for f in Page._meta.local_concrete_fields if not f.primary_key]
    rows = Page.objects._insert(pages, fields=page_fields, returning_fields=Page._meta.db_returning_fields)
    for page, (pk,) in zip(pages, rows, strict=True):
        page.pk = page.id = page.page_ptr_id = pk
    # The specific table's rows, raw: their parent rows exist now.
    model._base_manager._insert(pages, fields=model._meta.local_concrete_fields, raw=True)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    parent.numchild += len(pages)
    if revisions:
        _add_revisions(pages, content_type, now)


def _add_revisions(pages: list[Page], content_type: ContentType, now) -> None:
    base = ContentType.objects.get_for_model(Page)
    made = Revision.objects.bulk_create(
        Revision(
            content_type=content_type,
            base_content_type=base,
            object_id=str(page.pk),
            content=page.serializable_data(),
            created_at=now,
            object_str=page.title,
        )
        for page in pages
    )
    for page, revision in zip(pages, made, strict=True):
        page.latest_revision_id = page.live_revision_id = revision.pk
    Page.objects.bulk_update(pages, ["latest_revision", "live_revision"])
