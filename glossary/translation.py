from modeltranslation.translator import TranslationOptions, register

from .models import TRANSLATED_FIELDS, GlossaryTerm


@register(GlossaryTerm)
class GlossaryTermTranslationOptions(TranslationOptions):
    fields = TRANSLATED_FIELDS
    # The English term is what source segments are searched for.
    required_languages = ("en",)
