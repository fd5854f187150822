"""Every interface string has a real Kazakh and Russian translation in locale/."""

import ast
import re
from pathlib import Path

from django.utils import translation
from django.utils.translation.template import templatize

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = [
    "site_core",
    "home",
    "news",
    "events",
    "audio",
    "newsletter",
    "closures",
    "infopages",
    "notices",
    "taskqueue",
    "admin_language",
    "kazakh_latin",
    "translation_workflow",
    "translation_state",
    "translation_memory",
    "glossary",
    "translation_files",
]
TRANSLATED = ["kk", "ru"]
GETTEXT_NAMES = {
    "_",
    "gettext",
    "gettext_lazy",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
}


def catalogue(code: str) -> polib.POFile:
    """The project's catalogue, with the entries of apps that keep their own (`<app>/locale/`)."""
    po = polib.pofile(str(ROOT / "locale" / code / "LC_MESSAGES" / "django.po"))
    for app in APPS:
        own = ROOT / app / "locale" / code / "LC_MESSAGES" / "django.po"
        if own.is_file():
            for entry in polib.pofile(str(own)):
                po.append(entry)
    return po


def source_files(pattern: str):
    for app in APPS:
        if (ROOT / app).is_dir():
            yield from (p for p in (ROOT / app).rglob(pattern) if "migrations" not in p.parts)


def strings_in_templates() -> set[tuple[str | None, str]]:
    found = set()
    call = re.compile(r"\b(p?gettext)\((?:u'((?:[^'\\]|\\.)*)',\s*)?u'((?:[^'\\]|\\.)*)'")
    for path in source_files("*.html"):
        code = templatize(path.read_text(), origin=str(path))
        for function, context, message in call.findall(code):
            context = ast.literal_eval(f"'{context}'") if function == "pgettext" else None
            found.add((context, ast.literal_eval(f"'{message}'")))
        for message in re.findall(r"\bngettext\(u'((?:[^'\\]|\\.)*)'", code):
            found.add((None, ast.literal_eval(f"'{message}'")))
    return found


def strings_in_python() -> set[tuple[str | None, str]]:
    found = set()
    for path in source_files("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) in GETTEXT_NAMES):
                continue
            args = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if node.func.id.startswith(("pgettext", "npgettext")) and len(args) >= 2:
                found.add((args[0], args[1]))
            elif args:
                found.add((None, args[0]))
    return found


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_entry_is_empty_or_fuzzy(code):
    po = catalogue(code)
    assert len(po) > 0
    fuzzy = [entry.msgid for entry in po if "fuzzy" in entry.flags and not entry.obsolete]
    empty = [
        entry.msgid
        for entry in po
        if not entry.obsolete
        and (not entry.msgstr if not entry.msgid_plural else not all(entry.msgstr_plural.values()))
    ]
    assert fuzzy == [], f"fuzzy {code} entries: {fuzzy}"
    assert empty == [], f"untranslated {code} entries: {empty}"


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_are_not_copies_of_the_english(code):
    po = catalogue(code)
    copied = [e.msgid for e in po if e.msgstr == e.msgid and not e.msgid.isupper() and len(e.msgid) > 3]
    assert copied == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_marked_string_is_in_the_catalogue(code):
    in_catalogue = {(entry.msgctxt, entry.msgid) for entry in catalogue(code) if not entry.obsolete}
    marked = strings_in_templates() | strings_in_python()
    assert len(marked) > 30
    missing = sorted(marked - in_catalogue, key=str)
    assert missing == [], f"run `make makemessages` and translate: {missing}"


def test_compiled_catalogues_are_used():
    with translation.override("kk"):
        assert translation.gettext("Skip to main content") == "Негізгі мазмұнға өту"
    with translation.override("ru"):
        assert translation.gettext("Skip to main content") == "Перейти к основному содержанию"


def test_kazakh_dates_use_kazakh_formats_and_month_names():
    import datetime

    from django.utils.formats import date_format, number_format

    day = datetime.date(2026, 12, 16)
    with translation.override("kk"):
        assert date_format(day, "DATE_FORMAT") == "2026 ж. 16 желтоқсан"
        assert date_format(day, "SHORT_DATE_FORMAT") == "16.12.2026"
        assert number_format(1234567.5, 1, force_grouping=True) == "1\xa0234\xa0567,5"
    with translation.override("ru"):
        assert date_format(day, "DATE_FORMAT") == "16 декабря 2026 г."
