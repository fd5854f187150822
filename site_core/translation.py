from modeltranslation.translator import TranslationOptions, register

from .models.site_settings import TRANSLATED_FIELDS, SiteSettings


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = TRANSLATED_FIELDS
