from django import template

from translation_workflow.source_changes import source_changes

register = template.Library()


@register.simple_tag
def source_changes_of(translation, instance=None):
    """For the translation editor's notice: what changed in the source since translating."""
    if translation is None:
        return None
    return source_changes(translation, instance)
