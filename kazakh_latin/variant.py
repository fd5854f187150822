"""The Latin-script variant of the Kazakh site: one Kazakh text, shown in either script.

It is not a Wagtail locale: translators keep one Kazakh tree, and ``/kk-latn/…`` serves the
page at ``/kk/…`` in the 2021 Latin alphabet (``kazakh_latin.middleware``). The code follows
Django's ``sr-latn`` (Serbian in Latin script); pages say ``lang="kk-Latn"`` as BCP 47 writes it.
"""

CODE = "kk-latn"
TAG = "kk-Latn"
SOURCE = "kk"
NAME = "Qazaqşa"
PREFIX = f"/{CODE}/"
SOURCE_PREFIX = f"/{SOURCE}/"


def is_latin(request) -> bool:
    return getattr(request, "kazakh_latin", False)


def latin_path(path: str) -> str:
    """The Latin variant's path of a Kazakh path; other paths are returned as they are."""
    if path.startswith(SOURCE_PREFIX):
        return PREFIX + path[len(SOURCE_PREFIX) :]
    return path


def cyrillic_path(path: str) -> str:
    if path.startswith(PREFIX):
        return SOURCE_PREFIX + path[len(PREFIX) :]
    return path


def with_variant(languages, name) -> list[tuple[str, str]]:
    """A list of (code, name) languages with the Latin variant, called ``name``, after Kazakh."""
    choices = []
    for code, language_name in languages:
        choices.append((code, language_name))
        if code == SOURCE:
            choices.append((CODE, name))
    return choices


def content_language(code: str) -> str:
    """The language whose texts are shown in ``code``: Kazakh for the Latin variant."""
    return SOURCE if code == CODE else code
