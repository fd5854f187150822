"""Which pages visitors may see in listings."""

from django.db.models import Q

from wagtail.models import PageViewRestriction

from site_core.fragments import shared


def restricted_paths() -> list[str]:
    """The paths of the pages with a view restriction, read once per content generation."""
    return shared(
        None,
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def public(queryset):
    """Wagtail's ``.public()``, except that the list of restricted pages is read once per content
    generation instead of on every call (a page with four listings read it four times)."""
    paths = restricted_paths()
    if not paths:
        return queryset
    restricted = Q()
    for path in paths:
        restricted |= Q(path__startswith=path)
    return queryset.exclude(restricted)
