"""Which pages visitors may see in listings."""

from django.db.models import Q

from wagtail.models import PageViewRestriction

from site_core.fragments import shared


def restricted_paths() -> list[str]:
    """The paths of the pages with a view restriction, read once per content generation."""
    return shared(
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
        tags=(),  # restrictions change the generation
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


def in_given_order(queryset, ids: list) -> list:
    """The objects of ``queryset`` with these ids, in their order. The ids come from a listing's
    query, which already left out what visitors may not see: they are found by id alone."""
    found = queryset.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]
