from django import template

from site_core.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def embassy_settings(context):
    """The site's settings in the active language (see ``SiteSettings.current``)."""
    return SiteSettings.current(context.get("request"))
