"""Lists of items with images: each image joined to its item, and the renditions the list
shows fetched in one more query, however long the list."""

from django.db.models import Prefetch

from wagtail.images import get_image_model


def with_renditions(queryset, field: str, *filter_specs: str):
    """``queryset`` with the image in ``field`` joined and its renditions for ``filter_specs``
    prefetched (Wagtail reads them from there instead of the cache or the database)."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=filter_specs)
    return queryset.select_related(field).prefetch_related(
        Prefetch(f"{field}__renditions", queryset=renditions)
    )
