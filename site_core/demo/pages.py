from collections.abc import Callable

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page


def publish_translations(source: Page, texts: dict[str, dict], log: Callable[[str], None]) -> dict[str, Page]:
    """Creates and publishes the translations of ``source`` from ``texts`` (field values per
    language code). A language that already has a real translation is left alone; a
    synchronised alias standing in for one is turned into the translation."""
    pages = {source.locale.language_code: source}
    for code, fields in texts.items():
        if code == source.locale.language_code:
            continue
        locale = Locale.objects.get(language_code=code)
        existing = source.get_translation_or_none(locale)
        if existing is not None and existing.alias_of_id is None:
            pages[code] = existing.specific
            continue
        if existing is not None:
            ConvertAliasPageAction(existing).execute(skip_permission_checks=True)
            translation = Page.objects.get(pk=existing.pk).specific
        else:
            translation = source.copy_for_translation(locale, copy_parents=True).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        log(f"  published {code}: {translation.title}")
        pages[code] = type(translation).objects.get(pk=translation.pk)
    return pages


def translate_snippet(source, texts: dict[str, dict]) -> dict:
    """The same for a translatable snippet: returns the snippet per language code."""
    snippets = {source.locale.language_code: source}
    for code, fields in texts.items():
        if code == source.locale.language_code:
            continue
        locale = Locale.objects.get(language_code=code)
        existing = source.get_translation_or_none(locale)
        if existing is None:
            existing = source.copy_for_translation(locale)
            for name, value in fields.items():
                setattr(existing, name, value)
            existing.save()
        snippets[code] = existing
    return snippets
