import os

from django.core.cache import caches

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

import pytest

from tests.factories import HomePageFactory, SiteSettingsFactory
from tests.queue import run_queued_tasks

pytest_plugins = ["tests.fixtures_pages"]

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by fixtures
# around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths and renditions; a test must not see another test's."""
    for each in caches.all():
        each.clear()
    yield
    for each in caches.all():
        each.clear()


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "kk", "ru")}


@pytest.fixture
def root_page(locales):
    """The tree root, made here so tests do not rely on what migrations leave behind."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["en"]))
    return root


@pytest.fixture
def home(root_page, locales):
    home = HomePageFactory(parent=root_page, locale=locales["en"])
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def translate_page(page, locale, **fields):
    translation = page.copy_for_translation(locale, copy_parents=True).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)


@pytest.fixture
def localize(django_capture_on_commit_callbacks):
    """Translates as translators do with wagtail-localize: a PO file is exported, every message
    translated (by default prefixed with the target language), imported, and the target published."""

    def translate(instance, locale, text_for=None):
        text_for = text_for or (lambda message: f"[{locale.language_code}] {message}")
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation = Translation.objects.create(source=source, target_locale=locale)
        po = translation.export_po()
        for entry in po:
            entry.msgstr = text_for(entry.msgid)
        translation.import_po(po)
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        return instance.get_translation(locale)

    return translate


@pytest.fixture
def kk_home(home, locales):
    return translate_page(
        home,
        locales["kk"],
        title="Қазақстан Елшілігі",
        hero_title="Қазақстан Елшілігі",
        intro="<p>Елшіліктің ресми сайтына қош келдіңіз.</p>",
    )


@pytest.fixture
def ru_home(home, locales):
    return translate_page(
        home,
        locales["ru"],
        title="Посольство Казахстана",
        hero_title="Посольство Казахстана",
        intro="<p>Добро пожаловать на официальный сайт Посольства.</p>",
    )


@pytest.fixture
def site_settings(home):
    return SiteSettingsFactory(site=Site.objects.get(is_default_site=True))


@pytest.fixture
def multilingual_site(home, kk_home, ru_home, site_settings):
    return {"en": home, "kk": kk_home, "ru": ru_home}


@pytest.fixture(autouse=True)
def framework_tasks_run_at_once():
    from django_tasks.signals import task_enqueued

    from tests.queue import run_framework_task_at_once

    task_enqueued.connect(run_framework_task_at_once, dispatch_uid="tests-framework-tasks")
    yield
    task_enqueued.disconnect(dispatch_uid="tests-framework-tasks")


@pytest.fixture
def run_tasks():
    """Runs every queued task that is due, as `manage.py worker` would."""
    return run_queued_tasks


@pytest.fixture
def translators(multilingual_site, django_user_model):
    """A Kazakh and a Russian translator, by language code, reading the admin in English so the
    assertions read one language."""
    from wagtail.users.models import UserProfile

    from translation_workflow.roles import TRANSLATORS, setup_roles

    groups = setup_roles(multilingual_site["en"])
    people = {}
    for code, name in (("kk", "aisha"), ("ru", "olga")):
        people[code] = django_user_model.objects.create_user(name, password="pw")
        people[code].groups.add(groups[TRANSLATORS[code]])
        UserProfile.objects.filter(user=people[code]).update(preferred_language="en")
    return people


def as_user(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client
