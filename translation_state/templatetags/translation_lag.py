"""The notice visitors of a lagging translation of a legal or consular page read."""

from django import template
from django.conf import settings

from wagtail.models import Page

from site_core.language_links import language_links
from translation_state.lag import published_lag

register = template.Library()


@register.inclusion_tag("translation_state/lag_notice.html", takes_context=True)
def translation_lag_notice(context):
    """On a translated page carrying legal or consular information whose source changed since the
    translation was made: the date, and a link to the original. A query only on such pages."""
    page = context.get("page")
    request = context.get("request")
    if (
        request is None
        or not isinstance(page, Page)
        or not getattr(page, "carries_legal_information", False)
        or page.alias_of_id is not None
        or page.locale.language_code == settings.LANGUAGE_CODE
    ):
        return {"show": False}
    changed_at = published_lag(page)
    if changed_at is None:
        return {"show": False}
    links = context.get("lang_links") or language_links(request, page)
    source = next((link for link in links if link.code == settings.LANGUAGE_CODE), None)
    return {
        "show": source is not None,
        "changed_at": changed_at,
        "source_url": source.url if source else "",
        "source_language": settings.LANGUAGE_CODE,
    }
