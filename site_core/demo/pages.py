from collections.abc import Callable

from wagtail.models import Locale, Page


def publish_translations(source: Page, texts: dict[str, dict], log: Callable[[str], None]) -> dict[str, Page]:
    """Creates and publishes the Kazakh and Russian translations of ``source`` from ``texts``
    (field values per language code), skipping languages that already have one."""
    pages = {source.locale.language_code: source}
    for code, fields in texts.items():
        if code == source.locale.language_code:
            continue
        locale = Locale.objects.get(language_code=code)
        existing = source.get_translation_or_none(locale)
        if existing is not None:
            pages[code] = existing.specific
            continue
        translation = source.copy_for_translation(locale, copy_parents=True).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        log(f"  published {code}: {translation.title}")
        pages[code] = translation
    return pages
