import datetime
from unittest import mock

from django.utils import timezone

import pytest

from notices.models import Notice
from tests.conftest import translate_page

TITLES = {
    "en": "The consular section is closed on 16 December",
    "kk": "Консулдық бөлім 16 желтоқсанда жабық",
    "ru": "Консульский отдел закрыт 16 декабря",
}


class Clock:
    """The time every module reading ``django.utils.timezone.now`` sees; moved by the test."""

    def __init__(self, now: datetime.datetime):
        self.now = now

    def travel(self, **delta) -> None:
        self.now += datetime.timedelta(**delta)


@pytest.fixture
def clock():
    clock = Clock(timezone.now().replace(microsecond=0))
    with mock.patch("django.utils.timezone.now", side_effect=lambda: clock.now):
        yield clock


@pytest.fixture
def make_notice(locales):
    """A notice written in English and translated into Kazakh and Russian."""

    def make(titles=None, level=Notice.Level.INFORMATION, starts_at=None, ends_at=None, message=""):
        titles = titles or TITLES
        source = Notice.objects.create(
            locale=locales["en"],
            title=titles["en"],
            message=message,
            level=level,
            starts_at=starts_at or timezone.now() - datetime.timedelta(hours=1),
            ends_at=ends_at,
        )
        for code in ("kk", "ru"):
            if code in titles:
                translated = source.copy_for_translation(locales[code])
                translated.title = titles[code]
                translated.save()
        return source

    return make


@pytest.fixture
def pages(multilingual_site, make_post, kk_news_index, ru_news_index, calendar_page, locales):
    """Per language: the home page, a news post and the calendar."""
    found = {}
    for code, news in (("en", None), ("kk", kk_news_index), ("ru", ru_news_index)):
        post = make_post(parent=news, title=f"Post {code}", slug=f"post-{code}")
        calendar = (
            calendar_page if code == "en" else translate_page(calendar_page, locales[code], title="Events")
        )
        found[code] = [f"/{code}/", post.url, calendar.url]
    return found
