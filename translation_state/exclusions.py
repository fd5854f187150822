"""Pages kept out of a language: never synced into it, never reported as missing there.

One embassy page may exist only in Kazakh and Russian (a notice for citizens), another only in
English and Russian. The choice lives in the "Translation" settings (models.py), per
page and language; wagtail-localize keeps one source per page, so what a left-out translation's
editor would show still follows the source: the choice governs what is brought to it and what the
board reports.
"""

from django.db.models import CharField
from django.db.models.functions import Cast


def left_out() -> set[tuple[str, str]]:
    """(translation key as 32 hex digits, language code) of every page left out of a language."""
    from translation_state.models import LeftOutLanguage

    rows = LeftOutLanguage.objects.annotate(key=Cast("page__translation_key", output_field=CharField()))
    return {(key.replace("-", ""), language) for key, language in rows.values_list("key", "language")}
