from django import template
from django.utils import translation

from newsletter.forms import SignupForm

register = template.Library()


@register.simple_tag
def signup_form():
    return SignupForm(language=translation.get_language())
