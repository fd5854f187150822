from django import template

from translation_memory.suggestions import editor_suggestions

register = template.Library()


@register.simple_tag
def memory_suggestions(translation):
    """The translation memory's panel in wagtail-localize's editor (see suggestions.py)."""
    return editor_suggestions(translation)
