"""``{% site_notices as found %}``: the notices shown now in the visitor's language (``notices``)
and whether any can be hidden (``dismissible``), for the band every page shows."""

from django import template
from django.utils.translation import get_language

from notices.showing import shown_notices

register = template.Library()


@register.simple_tag
def site_notices() -> dict:
    notices = shown_notices(get_language())
    return {"notices": notices, "dismissible": any(notice.dismissible for notice in notices)}
