"""The demo glossary: about thirty entries, loaded once however often the loader runs."""

import pytest

from glossary.demo import TERMS, load_demo
from glossary.matching import missing_terms, terms_in
from glossary.models import GlossaryTerm

pytestmark = pytest.mark.django_db


def test_the_demo_glossary_loads_once():
    lines = []
    load_demo(lines.append)
    load_demo(lines.append)

    assert 30 <= GlossaryTerm.objects.count() == len(TERMS) == len(lines)
    embassy = GlossaryTerm.objects.get(term_en="Embassy of the Republic of Kazakhstan")
    assert embassy.approved("kk") == "Қазақстан Республикасының Елшілігі"
    assert embassy.approved("ru") == "Посольство Республики Казахстан"
    assert GlossaryTerm.objects.get(term_en="Astana").do_not_translate


def test_an_editors_change_survives_another_run():
    load_demo(lambda _line: None)
    GlossaryTerm.objects.filter(term_en="visa").update(note_en="Our own note.")
    load_demo(lambda _line: None)
    assert GlossaryTerm.objects.get(term_en="visa").note_en == "Our own note."


def test_every_demo_entry_passes_its_own_check():
    """Each approved form is recognised in itself, and the English term is found in English."""
    load_demo(lambda _line: None)
    for term in GlossaryTerm.objects.all():
        term.full_clean()
        assert terms_in(term.term_en) == [term]
        for code in ("kk", "ru"):
            assert term not in missing_terms(term.term_en, term.approved(code), code), (term, code)
