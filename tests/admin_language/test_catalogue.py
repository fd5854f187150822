"""The Kazakh admin catalogue: complete, well-formed, and in the glossary's terms."""

import re
import shutil
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

import polib
import pytest

from admin_language.catalogue import (
    admin_locale_dirs,
    admin_messages,
    missing_messages,
    project_catalogue_path,
)

GLOSSARY = Path(settings.BASE_DIR) / "docs" / "admin-glossary-kk.md"
PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sdif]|%[sdif]|\{[a-z_0-9]*\}|<[^>]+>", re.IGNORECASE)


def test_every_admin_string_has_a_kazakh_translation():
    messages = admin_messages()
    missing = missing_messages()
    assert len(messages) > 2000, "the admin packages' catalogues were not found"
    share = 100 * (len(messages) - len(missing)) / len(messages)
    listing = "\n".join(str(message) for message in missing[:50])
    assert not missing, f"{share:.1f}% of admin strings translated; missing:\n{listing}"


def test_the_command_lists_a_string_a_package_adds(tmp_path, settings, capsys):
    # A newer Wagtail adding a string is the same as the project's catalogue losing one.
    catalogue = polib.pofile(str(project_catalogue_path("django")))
    scripts = polib.pofile(str(project_catalogue_path("djangojs")))
    dropped = next(entry for entry in catalogue if entry.msgid == "Save draft")
    catalogue.remove(dropped)
    settings.BASE_DIR = tmp_path
    target = project_catalogue_path("django")
    target.parent.mkdir(parents=True)
    catalogue.save(str(target))
    scripts.save(str(project_catalogue_path("djangojs")))
    from admin_language import catalogue as module

    module._project_translations.cache_clear()
    try:
        call_command("admin_strings_missing")
    finally:
        module._project_translations.cache_clear()
    lines = capsys.readouterr().out.splitlines()
    listed = [line for line in lines if "): " in line]
    assert "wagtail.admin (django): Save draft" in listed
    assert all(line.endswith(": Save draft") for line in listed)
    assert lines[-1] == f"{len(listed)} missing: add them to locale/admin/kk/LC_MESSAGES/."


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_catalogue_passes_msgfmt_check(domain):
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.fail("msgfmt is missing: install GNU gettext (make gettext-tools)")
    result = subprocess.run(  # noqa: S603 (a fixed tool on a file of the repository)
        [msgfmt, "--check", "-o", "/dev/null", str(project_catalogue_path(domain))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_placeholders_and_markup_survive(domain):
    broken = []
    for entry in polib.pofile(str(project_catalogue_path(domain))):
        if entry.msgid_plural:
            allowed = set(PLACEHOLDER.findall(entry.msgid)) | set(PLACEHOLDER.findall(entry.msgid_plural))
            if any(set(PLACEHOLDER.findall(text)) - allowed for text in entry.msgstr_plural.values()):
                broken.append(entry.msgid)
        elif sorted(PLACEHOLDER.findall(entry.msgid)) != sorted(PLACEHOLDER.findall(entry.msgstr)):
            broken.append(entry.msgid)
    assert broken == []


def glossary_rows():
    rows = []
    for line in GLOSSARY.read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("English", "---") and cells[2] != "—":
            rows.append((cells[0], [stem.strip().lower() for stem in cells[2].split("/")]))
    return rows


def test_the_glossary_names_the_issue_concepts():
    terms = {term for term, _stems in glossary_rows()}
    required = {"page", "draft", "publish", "revision", "workflow", "task", "locale", "alias", "segment"}
    assert required | {"snippet", "collection", "rendition"} <= terms


def shown_entries(domain):
    """What a Kazakh admin user reads: the project's own strings, the admin catalogue, and
    Django's own Kazakh translations where the project has none of its own."""
    ours = list(polib.pofile(str(project_catalogue_path(domain))))
    if domain == "django":
        ours += polib.pofile(str(Path(settings.BASE_DIR) / "locale" / "kk" / "LC_MESSAGES" / "django.po"))
    keys = {(entry.msgctxt, entry.msgid) for entry in ours}
    shipped = []
    if domain == "django":
        for package, locale in admin_locale_dirs():
            path = locale / "kk" / "LC_MESSAGES" / "django.po"
            if package.startswith("django") and path.exists():
                shipped += [
                    entry
                    for entry in polib.pofile(str(path)).translated_entries()
                    if (entry.msgctxt, entry.msgid) not in keys
                ]
    return ours + shipped


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_catalogue_uses_the_glossary_terms(domain):
    rows = glossary_rows()
    assert len(rows) > 30
    inconsistent = []
    for entry in shown_entries(domain):
        pairs = [(entry.msgid, entry.msgstr)]
        if entry.msgid_plural:
            pairs = [(entry.msgid, entry.msgstr_plural[0]), (entry.msgid_plural, entry.msgstr_plural[1])]
        for english, kazakh in pairs:
            words = PLACEHOLDER.sub(" ", english)
            for term, stems in rows:
                used = re.search(rf"\b{re.escape(term)}(s|es|ed|d|ing|er|ers)?\b", words, re.IGNORECASE)
                if used and not any(stem in kazakh.lower() for stem in stems):
                    inconsistent.append(f"{term}: {english!r} -> {kazakh!r}")
    assert inconsistent == []
