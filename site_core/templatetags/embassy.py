from django import template
from django.conf import settings

from wagtail.models import Site

from site_core.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def embassy_settings(context):
    """The site's settings in the active language. Unlike Wagtail's settings context processor
    this never writes a row: a site without settings gets an unsaved default."""
    request = context.get("request")
    cached = getattr(request, "_embassy_settings", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request) if request is not None else None
    found = SiteSettings.objects.filter(site=site).select_related("emblem").first() if site else None
    result = found or SiteSettings(embassy_name=settings.WAGTAIL_SITE_NAME)
    if request is not None:
        request._embassy_settings = result
    return result
