"""What search engines read on every kind of listing: a description in the visitor's language,
the listing as its own canonical page with its alternates in kk/ru/en, and schema.org data
(parsed with extruct, as a crawler would) for recurring events, authors and the embassy."""

import datetime
import re
from zoneinfo import ZoneInfo

from django.utils import timezone

import extruct
import pytest

from site_core.models import SiteSettings
from tests.conftest import translate_page
from tests.factories import AuthorFactory

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
BASE = "http://testserver"


@pytest.fixture
def site(multilingual_site, site_settings):
    SiteSettings.objects.filter(pk=site_settings.pk).update(time_zone="Europe/London", footer_text_en="")
    return multilingual_site


@pytest.fixture
def news_everywhere(site, news_index, kk_news_index, ru_news_index, politics_everywhere, make_post, locales):
    """A post about politics, tagged "visa", in every language; a News Bulletin issue in English."""
    post = make_post(title="Parliament", date=datetime.date(2026, 11, 2))
    post.tags.add("visa")
    post.save_revision().publish()
    for code in ("kk", "ru"):
        translate_page(post, locales[code], category=politics_everywhere[code])
    make_post(title="Bulletin 7", is_bulletin=True, bulletin_issue=7, date=datetime.date(2026, 10, 1))
    return post


@pytest.fixture
def calendar_everywhere(site, calendar_page, locales):
    for code, title in (("kk", "Іс-шаралар"), ("ru", "Мероприятия")):
        translate_page(calendar_page, locales[code], title=title)
    return calendar_page


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    description = re.search(r'<meta name="description" content="([^"]*)">', html)
    return {
        "description": description and description.group(1),
        "canonical": re.findall(r'<link rel="canonical" href="([^"]+)">', html),
        "alternates": dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html)),
        "html": html,
    }


def json_ld(html, type_name):
    found = [item for item in extruct.extract(html, base_url=BASE, syntaxes=["json-ld"])["json-ld"]]
    return [item for item in found if item.get("@type") == type_name]


@pytest.mark.parametrize(
    ("language", "path", "expected"),
    [
        ("en", "news/category/politics/", "News of the Embassy of Kazakhstan: category Politics"),
        ("kk", "news/category/politics/", "Жаңалықтар — Қазақстан Елшілігі: «Саясат» санаты"),
        ("ru", "news/category/politics/", "Новости — Посольство Казахстана: рубрика «Политика»"),
        ("en", "news/tag/visa/", "News of the Embassy of Kazakhstan tagged “visa”"),
        ("ru", "news/tag/visa/", "Новости — Посольство Казахстана: метка «visa»"),
        ("en", "news/2026/", "News of the Embassy of Kazakhstan from 2026"),
        ("kk", "news/2026/", "Жаңалықтар — Қазақстан Елшілігі: 2026 жыл"),
        ("ru", "news/2026/", "Новости — Посольство Казахстана: 2026 год"),
        ("en", "news/bulletins/", "Issues of the News Bulletin of the Embassy of Kazakhstan"),
        ("kk", "news/bulletins/", "«Жаңалықтар бюллетенінің» шығарылымдары — Қазақстан Елшілігі"),
        ("en", "search/", "Search the website of the Embassy of Kazakhstan"),
        ("kk", "search/", "Сайт бойынша іздеу — Қазақстан Елшілігі"),
        ("ru", "newsletter/", "Рассылка — Посольство Казахстана: новости и приглашения"),
    ],
)
def test_news_listings_search_and_email_list_have_a_translated_description(
    client, news_everywhere, language, path, expected
):
    assert expected in head(client, f"/{language}/{path}")["description"]


@pytest.mark.parametrize(
    ("language", "path", "expected"),
    [
        ("en", "events/", "Upcoming events of the Embassy of Kazakhstan"),
        ("ru", "events/", "Предстоящие мероприятия — Посольство Казахстана"),
        ("en", "events/2026/12/", "Events of the Embassy of Kazakhstan in December 2026"),
        ("ru", "events/2026/12/", "Мероприятия — Посольство Казахстана: "),
        ("kk", "events/2026/12/16/", "Іс-шаралар — Қазақстан Елшілігі: "),
        ("en", "events/past/", "Past events of the Embassy of Kazakhstan"),
        ("kk", "events/past/", "Өткен іс-шаралар — Қазақстан Елшілігі"),
    ],
)
def test_calendar_views_have_a_translated_description(client, calendar_everywhere, language, path, expected):
    calendar_everywhere.intro = ""
    calendar_everywhere.save_revision().publish()
    assert expected in head(client, f"/{language}/{path}")["description"]


def test_the_editors_search_description_is_preferred_on_a_section(client, site, news_index):
    news_index.search_description = "Every announcement of the embassy."
    news_index.save_revision().publish()
    assert head(client, "/en/news/")["description"] == "Every announcement of the embassy."


def test_home_page_is_described_in_each_language(client, site):
    assert head(client, "/kk/")["description"] == "Елшіліктің ресми сайтына қош келдіңіз."
    assert head(client, "/ru/")["description"] == "Добро пожаловать на официальный сайт Посольства."


@pytest.mark.parametrize("path", ["news/category/politics/", "news/2026/", "news/bulletins/"])
def test_a_news_listing_is_its_own_canonical_with_alternates_in_each_language(client, news_everywhere, path):
    found = head(client, f"/ru/{path}")
    assert found["canonical"] == [f"{BASE}/ru/{path}"]
    assert found["alternates"] == {
        "kk": f"{BASE}/kk/{path}",
        "kk-Latn": f"{BASE}/kk-latn/{path}",
        "ru": f"{BASE}/ru/{path}",
        "en": f"{BASE}/en/{path}",
        "x-default": f"{BASE}/en/{path}",
    }


def test_a_category_alternate_uses_the_translations_slug(client, news_everywhere, politics_everywhere):
    politics_everywhere["kk"].slug = "sayasat"
    politics_everywhere["kk"].save()
    found = head(client, "/en/news/category/politics/")
    assert found["alternates"]["kk"] == f"{BASE}/kk/news/category/sayasat/"
    # The switcher takes the visitor to the same listing too.
    assert 'href="/kk/news/category/sayasat/"' in found["html"]


def test_a_tag_has_alternates_only_where_posts_carry_it(client, news_everywhere, make_post, locales):
    english_only = make_post(title="Visa-free travel")
    english_only.tags.add("travel")
    english_only.save_revision().publish()
    found = head(client, "/en/news/tag/travel/")
    assert found["canonical"] == [f"{BASE}/en/news/tag/travel/"]
    assert set(found["alternates"]) == {"en", "x-default"}
    assert head(client, "/kk/news/tag/visa/")["alternates"]["ru"] == f"{BASE}/ru/news/tag/visa/"


def test_page_two_of_a_listing_is_canonical_to_itself(client, site, news_index, make_post):
    for n in range(11):
        make_post(title=f"Post {n}")
    found = head(client, "/en/news/category/politics/?page=2")
    assert found["canonical"] == [f"{BASE}/en/news/category/politics/?page=2"]
    assert head(client, "/en/news/?page=2")["canonical"] == [f"{BASE}/en/news/?page=2"]
    assert head(client, "/en/news/")["canonical"] == [f"{BASE}/en/news/"]


@pytest.mark.parametrize("path", ["events/2026/12/", "events/2026/12/16/", "events/past/"])
def test_calendar_views_are_their_own_canonical(client, calendar_everywhere, make_event, path):
    make_event(title="Reception", starts_at=datetime.datetime(2026, 12, 16, 18, tzinfo=LONDON))
    found = head(client, f"/kk/{path}")
    assert found["canonical"] == [f"{BASE}/kk/{path}"]
    assert found["alternates"]["en"] == f"{BASE}/en/{path}"
    assert found["alternates"]["ru"] == f"{BASE}/ru/{path}"


def test_a_weekly_event_gives_its_next_date_and_its_schedule(client, site, calendar_page, make_event):
    today = timezone.localdate(timezone=LONDON)
    first_tuesday = today - datetime.timedelta(days=today.weekday() - 1 + 28)
    make_event(
        title="Consular reception hours",
        slug="consular",
        starts_at=datetime.datetime.combine(first_tuesday, datetime.time(10), LONDON),
        ends_at=datetime.datetime.combine(first_tuesday, datetime.time(13), LONDON),
        repeat="weekly",
        repeat_until=today + datetime.timedelta(days=365),
    )
    (event,) = json_ld(head(client, "/en/events/consular/")["html"], "Event")
    start = datetime.datetime.fromisoformat(event["startDate"])
    assert start > timezone.now() - datetime.timedelta(hours=3)
    assert start.astimezone(LONDON).weekday() == 1 and start.astimezone(LONDON).hour == 10
    assert datetime.datetime.fromisoformat(event["endDate"]) - start == datetime.timedelta(hours=3)
    schedule = event["eventSchedule"]
    assert schedule["@type"] == "Schedule"
    assert schedule["repeatFrequency"] == "P1W"
    assert schedule["byDay"] == "https://schema.org/Tuesday"
    assert (schedule["startTime"], schedule["endTime"]) == ("10:00:00", "13:00:00")
    assert schedule["scheduleTimezone"] == "Europe/London"
    assert schedule["startDate"] == first_tuesday.isoformat()
    assert schedule["endDate"] == (today + datetime.timedelta(days=365)).isoformat()


def test_a_post_by_an_office_credits_an_organization(client, site, news_index, make_post, locales):
    make_post(
        title="Statement", slug="statement", author=AuthorFactory(locale=locales["en"], is_organisation=True)
    )
    make_post(
        title="Interview",
        slug="interview",
        author=AuthorFactory(locale=locales["en"], name="Aigerim Nurlanova", is_organisation=False),
    )
    (article,) = json_ld(head(client, "/en/news/statement/")["html"], "NewsArticle")
    assert article["author"] == {"@type": "Organization", "name": "Embassy Press Service"}
    (article,) = json_ld(head(client, "/en/news/interview/")["html"], "NewsArticle")
    assert article["author"]["@type"] == "Person"


def test_home_page_describes_the_embassy_and_its_search(client, site, site_settings):
    SiteSettings.objects.filter(pk=site_settings.pk).update(
        opening_hours_en="Monday to Friday, 09:00–18:00\nConsular section: Tuesday and Thursday, 10:00–13:00",
        embassy_name_ru="Посольство <Казахстана> & Co",
    )
    html = head(client, "/ru/")["html"]
    assert "<Казахстана>" not in html.split("application/ld+json", 1)[1].split("</script>", 1)[0]
    (organisation,) = json_ld(html, "GovernmentOrganization")
    assert organisation["name"] == "Посольство <Казахстана> & Co"
    assert organisation["url"] == f"{BASE}/ru/"
    assert organisation["telephone"] == "+1 202 555 0142"
    assert organisation["email"] == "info@embassy.example"
    assert organisation["address"]["@type"] == "PostalAddress"
    assert organisation["logo"].startswith(f"{BASE}/static/")
    assert organisation["knowsLanguage"] == ["kk", "ru", "en"]
    assert organisation["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                f"https://schema.org/{day}"
                for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
            ],
            "opens": "09:00",
            "closes": "18:00",
        }
    ]
    (website,) = json_ld(html, "WebSite")
    assert website["inLanguage"] == "ru"
    assert (
        website["potentialAction"]["target"]["urlTemplate"] == f"{BASE}/ru/search/?q={{search_term_string}}"
    )
    assert not json_ld(head(client, "/ru/search/")["html"], "GovernmentOrganization")
