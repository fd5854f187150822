"""The sections under a home page (news, events, music, information pages), routed without
queries.

Wagtail finds a child page in two queries (the page by its slug, then its specific row), and
every request below a home page pays them. Which slugs a home page's children have changes only
with the tree (a new page, a move, a slug change or a deletion counts the generation up), and
each section page only with its own publishing (its ``page:`` tag): both are shared per change,
like the localized root (``site_core.routing``). A slug not found here is left to Wagtail.
"""

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from site_core.fragments import shared
from site_core.tree import children


def _child_slugs(parent) -> dict[str, tuple[int, int, str]]:
    rows = children(Page.objects.all(), parent).values_list(
        "slug", "pk", "content_type_id", "translation_key"
    )
    return {slug: (pk, content_type, str(key)) for slug, pk, content_type, key in rows}


def _specific(pk: int, content_type_id: int):
    page = ContentType.objects.get_for_id(content_type_id).model_class().objects.get(pk=pk)
    # Loaded now, so the shared copy carries them: every page shows its language and the image
    # it is shared with.
    page.locale  # noqa: B018
    getattr(page, "social_image", None)
    return page


def child_page(parent, slug: str):
    """The specific child of ``parent`` with this slug, live or not (its ``route`` decides), or
    None when the shared list has no such child."""
    found = shared("child-slugs", lambda: _child_slugs(parent), parent.pk, tags=())
    if slug not in found:
        return None
    pk, content_type_id, translation_key = found[slug]
    page = shared("child-page", lambda: _specific(pk, content_type_id), pk, tags=(f"page:{translation_key}",))
    page._cached_parent_obj = parent  # as Wagtail's routing does: no query for the parent
    return page
