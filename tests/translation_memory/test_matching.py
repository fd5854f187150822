"""Near matches: remembered sentences at least 75 % like a segment's, with what differs."""

import pytest

from tests.translation_memory.conftest import remember_directly
from translation_memory.matching import near_matches

pytestmark = pytest.mark.django_db

FRIDAY = "The consular section is closed on Friday afternoons."
MONDAY = "The consular section is closed on Monday afternoons."


@pytest.mark.parametrize(
    ("code", "translated"),
    [
        ("kk", "Консулдық бөлім жұма күні түстен кейін жабық."),
        ("ru", "Консульский отдел закрыт по пятницам после обеда."),
    ],
)
def test_a_similar_sentence_is_offered_with_its_differences(code, translated):
    remember_directly(FRIDAY, translated, target_language=code)
    remember_directly(MONDAY, "Identical source: an exact match, not a near one.", target_language=code)
    remember_directly("Concert of folk music in the park.", "Too different.", target_language=code)

    matches = near_matches("en", code, [MONDAY, "Nothing like anything remembered at all."])

    assert list(matches) == [MONDAY]
    [match] = matches[MONDAY]
    assert (match.source_text, match.target_text) == (FRIDAY, translated)
    assert 75 <= match.similarity < 100
    assert ("delete", "Friday") in match.diff and ("insert", "Monday") in match.diff
    assert near_matches("en", "kk" if code == "ru" else "ru", [MONDAY]) == {}  # another language pair


def test_at_most_the_limit_most_alike_first():
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Saturday"):
        remember_directly(f"The consular section is closed on {day} mornings.", day)
    matches = near_matches("en", "kk", [FRIDAY], limit=3)[FRIDAY]
    assert len(matches) == 3
    assert [m.similarity for m in matches] == sorted((m.similarity for m in matches), reverse=True)
    assert near_matches("en", "kk", [FRIDAY], threshold=99) == {}


def test_a_repeat_lookup_reuses_the_cached_matches_until_the_memory_changes(django_assert_num_queries):
    remember_directly(FRIDAY, "жұма")
    with django_assert_num_queries(5):  # version, stems' counts, rarest stems' rows, candidates, matched
        near_matches("en", "kk", [MONDAY])
    with django_assert_num_queries(2):  # the pair's version, the matched entries
        assert [m.target_text for m in near_matches("en", "kk", [MONDAY])[MONDAY]] == ["жұма"]
    remember_directly("The consular section is closed on Sunday afternoons.", "жексенбі")
    with django_assert_num_queries(4):  # worked out again (the version moved on); stem counts kept
        found = near_matches("en", "kk", [MONDAY])[MONDAY]
    assert {m.target_text for m in found} == {"жұма", "жексенбі"}
