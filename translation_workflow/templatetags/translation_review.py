from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def review_workflow(instance, page_perms):
    """The review workflow a translator may submit this page to, if any: none for snippets,
    for pages already in review, or for users who may publish themselves."""
    if page_perms is None or not page_perms.can_edit() or page_perms.can_publish():
        return None
    if instance.workflow_in_progress:
        return None
    return instance.get_workflow()


@register.simple_tag
def editor_strings(translation):
    """English strings wagtail-localize's React editor writes without gettext, with the user's
    language's version: translation-editor-strings.js puts the latter in their place."""
    source = translation.source.locale.get_display_name()
    target = translation.target_locale.get_display_name()
    strings = {
        f"{source} to {target} translation": _("Translation from %(source)s into %(target)s")
        % {"source": source, "target": target},
        "More actions": _("More actions"),
    }
    return {english: shown for english, shown in strings.items() if english != shown}
