from django import template
from django.utils.html import format_html
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def duration(seconds):
    """A track's length for people ("3 min 05 s") and for machines (ISO 8601)."""
    total = round(seconds or 0)
    minutes, rest = divmod(total, 60)
    text = _("%(minutes)d min %(seconds)02d s") % {"minutes": minutes, "seconds": rest}
    return format_html('<time datetime="PT{}M{}S">{}</time>', minutes, rest, text)
