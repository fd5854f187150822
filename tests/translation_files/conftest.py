"""A Kazakh and a Russian translator, a post and a snippet started in wagtail-localize."""

from wagtail.models import DraftStateMixin
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource

import pytest


@pytest.fixture
def translators(translators, kk_news_index, ru_news_index):
    """The project's two translators, with both trees' news indexes in place."""
    return translators


@pytest.fixture
def start_translation(locales, django_capture_on_commit_callbacks):
    """Starts an object's translation as wagtail-localize's "Translate" does: a Translation and a
    draft in the target language, with `done` segments already translated."""

    def start(instance, code, done=None):
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation = Translation.objects.create(source=source, target_locale=locales[code])
        if done:
            po = translation.export_po()
            for entry in po:
                entry.msgstr = done.get(entry.msgid, "")
            translation.import_po(po)
        with django_capture_on_commit_callbacks(execute=True):
            # Snippets without drafts are saved as they are: what wagtail-localize does too.
            translation.save_target(publish=not isinstance(instance, DraftStateMixin))
        return translation

    return start


@pytest.fixture
def visa_post(make_post):
    return make_post(
        title="Visa rules change",
        summary="New visa rules apply from January.",
        body=[
            (
                "paragraph",
                RichText('<p>Read the <a href="https://example.com/r">new rules</a> before you travel.</p>'),
            ),
            ("heading", {"text": "Who needs a visa", "level": "h2"}),
        ],
    )
