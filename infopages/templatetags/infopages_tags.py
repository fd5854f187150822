"""Tags other templates use to link to information pages (the footer's contacts link)."""

from django import template

from infopages import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def contacts_page_url(context) -> str:
    request = context.get("request")
    return navigation.contacts_url(request) if request is not None else ""
