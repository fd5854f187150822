"""Every string the closures app marks, holiday names included, has Kazakh and Russian
translations (the project-wide check does not yet read this app)."""

import pytest

from closures import holiday_names
from tests.site_core import test_catalogues as catalogues


@pytest.fixture
def closures_only(monkeypatch):
    monkeypatch.setattr(catalogues, "APPS", ["closures"])


def holiday_strings() -> set[tuple[None, str]]:
    names = [*holiday_names.KAZAKHSTAN, *holiday_names.UNITED_KINGDOM]
    patterns = [holiday_names.OBSERVED, holiday_names.ESTIMATED, holiday_names.SUBSTITUTED_DAY_OFF]
    return {(None, name) for name in names + patterns}


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_closures_strings_are_translated(closures_only, code):
    translated = {
        (entry.msgctxt, entry.msgid)
        for entry in catalogues.catalogue(code)
        if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags
    }
    marked = catalogues.strings_in_templates() | catalogues.strings_in_python() | holiday_strings()
    assert len(marked) > 40
    assert sorted(marked - translated, key=str) == []
