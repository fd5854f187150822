"""The machine-translation notice visitors read, and the count translators see in the editor."""

from django import template
from django.conf import settings

from site_core.language_links import language_links
from translation_workflow.machine_translation import may_review, shows_machine_text, unreviewed_segments

register = template.Library()


@register.inclusion_tag("translation_workflow/includes/machine_translation_notice.html", takes_context=True)
def machine_translation_notice(context):
    """Shown on a page whose published text holds machine segments no translator has checked,
    with a link to the source page; costs no query unless the page has such segments."""
    page = context.get("page")
    request = context.get("request")
    if page is None or request is None or not shows_machine_text(page):
        return {"show": False}
    source = next(link for link in language_links(request, page) if link.code == settings.LANGUAGE_CODE)
    return {"show": True, "source_url": source.url, "source_language": settings.LANGUAGE_CODE}


@register.simple_tag
def machine_translation_review(translation, instance, user):
    """How many machine segments of the translation wait for review, and whether ``user`` may
    mark them reviewed."""
    if not translation:
        return {"count": 0, "may_mark": False}
    count = unreviewed_segments(translation).count()
    return {"count": count, "may_mark": count > 0 and may_review(user, instance)}
