"""A site notice shows above the content of every public page, in the visitor's language, only
between its start and its end, most urgent first; visitors may hide all but emergencies."""

import datetime
import re

from django.test import override_settings
from django.utils import timezone

import pytest

from notices.models import Notice

from .conftest import TITLES

pytestmark = pytest.mark.django_db
ADD_URL = "/admin/snippets/notices/notice/add/"
NO_PAGE_CACHE = override_settings(PAGE_CACHE_SECONDS=0)
# The home page once the shared fragments are built, the same with one notice or thirty: none
# for notices; the one left is the test site's home page, made without a revision, looking for
# the page it might stand in for.
HOME_QUERIES = 1


def notices_in(html: str) -> list[str]:
    """The notices' levels, in the order the page shows them."""
    return re.findall(r'<section class="site-notice site-notice--(\w+)"', html)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_notice_shows_on_every_page_in_the_visitors_language(client, pages, make_notice, language):
    make_notice()
    for path in pages[language]:
        html = client.get(path).content.decode()
        assert TITLES[language] in html, path
        assert [title for code, title in TITLES.items() if code != language and title in html] == []
        # Above the content, under the header.
        assert html.index("</header>") < html.index(TITLES[language]) < html.index('<main id="main"')


@NO_PAGE_CACHE
def test_a_notice_shows_only_between_its_start_and_its_end(client, pages, make_notice, clock):
    make_notice(
        starts_at=clock.now + datetime.timedelta(hours=2), ends_at=clock.now + datetime.timedelta(hours=5)
    )
    before = client.get("/ru/").content.decode()
    # Nothing of the notices (band, stylesheet, script) on a page that shows none.
    assert TITLES["ru"] not in before
    assert "notices/" not in before
    clock.travel(hours=2)
    assert TITLES["ru"] in client.get("/ru/").content.decode()
    clock.travel(hours=3)
    after = client.get("/ru/").content.decode()
    assert TITLES["ru"] not in after
    assert "notices/" not in after


def test_a_notice_without_a_translation_is_not_shown_in_english_instead(client, pages, make_notice):
    make_notice(titles={"en": "English only"})
    assert "English only" in client.get("/en/").content.decode()
    assert "English only" not in client.get("/kk/").content.decode()


def test_emergencies_come_first_then_warnings_then_information_then_by_start(client, pages, make_notice):
    now = timezone.now()
    make_notice(titles={"en": "Older information"}, starts_at=now - datetime.timedelta(days=2))
    make_notice(titles={"en": "Newer information"}, starts_at=now - datetime.timedelta(hours=1))
    make_notice(
        titles={"en": "Storm warning"},
        level=Notice.Level.WARNING,
        starts_at=now - datetime.timedelta(hours=3),
    )
    make_notice(
        titles={"en": "Evacuation"},
        level=Notice.Level.EMERGENCY,
        starts_at=now - datetime.timedelta(minutes=5),
    )
    html = client.get("/en/").content.decode()
    assert notices_in(html) == ["emergency", "warning", "information", "information"]
    assert html.index("Older information") < html.index("Newer information")


def test_emergencies_are_alerts_visitors_cannot_hide(client, pages, make_notice):
    make_notice(titles={"en": "Evacuation"}, level=Notice.Level.EMERGENCY)
    html = client.get("/en/").content.decode()
    section = re.search(r"<section[^>]*site-notice--emergency[^>]*>", html).group(0)
    assert 'role="alert"' in section
    assert "data-notice-key" not in section
    assert "data-notice-dismiss" not in html
    assert "notices/notices.js" not in html


def test_other_notices_can_be_hidden_for_the_visit(client, pages, make_notice):
    notice = make_notice(level=Notice.Level.WARNING)
    html = client.get("/en/").content.decode()
    section = re.search(r"<section[^>]*site-notice--warning[^>]*>", html).group(0)
    assert 'role="alert"' not in section
    assert 'aria-labelledby="site-notice-' in section
    # Keyed by notice and revision: changing the notice shows it again to those who hid it.
    assert f'data-notice-key="{notice.pk}-1"' in section
    # The button is shown by the script only: without JavaScript it would do nothing.
    assert re.search(r"<button[^>]*data-notice-dismiss hidden>Hide<", html)
    assert '<script src="/static/notices/notices.js"></script>' in html
    notice.title = "Changed"
    notice.save()
    assert f'data-notice-key="{notice.pk}-2"' in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    ("ends_at", "message"),
    [("2026-12-10 09:00", "The end must come after the start."), ("2026-12-10 10:00", "must come after")],
)
def test_an_end_not_after_the_start_is_a_form_error(admin_client, pages, ends_at, message):
    response = admin_client.post(
        f"{ADD_URL}?locale=en",
        {"level": "warning", "title": "Oops", "starts_at": "2026-12-10 10:00", "ends_at": ends_at},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Notice.objects.exists()


def test_editors_find_notices_in_the_menu_and_add_one(admin_client, client, pages):
    assert "Site notices" in admin_client.get("/admin/").content.decode()
    response = admin_client.post(
        f"{ADD_URL}?locale=en",
        {
            "level": "information",
            "title": "Opening hours change",
            "starts_at": "2020-01-01 10:00",
            "ends_at": "",
        },
    )
    assert response.status_code == 302
    assert "Opening hours change" in client.get("/en/").content.decode()


@NO_PAGE_CACHE
@pytest.mark.parametrize("count", [1, 30])
def test_notices_cost_no_query_once_shared(client, pages, make_notice, count, django_assert_num_queries):
    for n in range(count):
        make_notice(titles={"en": f"Notice {n}"})
    client.get("/en/")
    with django_assert_num_queries(HOME_QUERIES):
        html = client.get("/en/").content.decode()
    assert len(notices_in(html)) == count
