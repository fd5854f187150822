"""What the browser crawl and Lighthouse found on the visitor's side (issue #17): headings that
skip a level, empty table headers, time zones named in English on Kazakh and Russian pages, and
English text on Kazakh and Russian pages that is neither marked nor announced as English."""

import datetime
import re
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest

from site_core.models import SiteSettings
from tests.conftest import translate_page

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Outline(HTMLParser):
    """Headings in document order, and the language in force at each element with a class."""

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.headings: list[int] = []
        self.languages: list[tuple[str, str, str]] = []  # (tag, class, effective lang)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang") or (self.stack[-1][1] if self.stack else "")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        self.languages.append((tag, attrs.get("class") or "", lang))
        if tag not in VOID:
            self.stack.append((tag, lang))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def language_of(self, tag, css_class=""):
        return [
            lang for t, c, lang in self.languages if t == tag and (not css_class or css_class in c.split())
        ]


def outline(html: str) -> Outline:
    parser = Outline()
    parser.feed(html)
    return parser


def assert_no_skipped_heading_level(html: str):
    levels = outline(html).headings
    assert levels and levels[0] == 1, levels
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, f"h{before} is followed by h{after}: {levels}"


@pytest.fixture(autouse=True)
def london(site_settings):
    SiteSettings.objects.filter(pk=site_settings.pk).update(time_zone="Europe/London")


def soon(days=3):
    day = datetime.date.today() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(18), LONDON)


# Headings


def test_news_listings_go_from_h1_to_h2(client, make_post, politics):
    make_post(title="Reception", date=datetime.date(2026, 3, 2))
    for url in ("/en/news/", "/en/news/category/politics/", "/en/news/2026/"):
        html = client.get(url).content.decode()
        assert '<h2 class="post-card__title">' in html, url
        assert_no_skipped_heading_level(html)


def test_event_listings_go_from_h1_to_h2(client, make_event):
    event = make_event(title="Reception", starts_at=soon())
    day = event.starts_at.astimezone(LONDON)
    for url in ("/en/events/", f"/en/events/{day:%Y/%m}/", f"/en/events/{day:%Y/%m/%d}/", event.url):
        html = client.get(url).content.decode()
        assert "Reception" in html, url
        assert_no_skipped_heading_level(html)


def test_music_gallery_goes_from_h1_to_h2(client, gallery):
    html = client.get(gallery.url).content.decode()
    assert '<h2 id="track-' in html
    assert_no_skipped_heading_level(html)


def test_home_page_and_search_keep_the_heading_order(
    client, multilingual_site, make_post, make_event, gallery
):
    make_post(title="Reception news")
    make_event(title="Reception", starts_at=soon())
    for url in ("/en/", "/en/search/?q=reception"):
        html = client.get(url).content.decode()
        assert "Reception" in html, url
        assert_no_skipped_heading_level(html)


# Tables


def test_a_table_with_an_empty_corner_has_no_empty_header_cell(client, make_post):
    post = make_post(
        body=[
            (
                "table",
                {
                    "data": [[None, "Result"], ["Election day", "18 August"], ["", "n/a"]],
                    "table_caption": "The elections in figures",
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                },
            )
        ]
    )
    html = client.get(post.url).content.decode()
    assert not re.search(r"<th[^>]*>\s*</th>", html)
    assert '<th scope="col">Result</th>' in html
    assert '<th scope="row">Election day</th>' in html


def test_the_demo_bulletins_table_names_its_first_column():
    from news.demo.elections import BULLETIN

    assert [BULLETIN[code]["table"][0][0] for code in ("en", "kk", "ru")] == [
        "Indicator",
        "Көрсеткіш",
        "Показатель",
    ]


# Time zones


@pytest.mark.parametrize(
    ("code", "title", "winter", "zone"),
    [
        ("kk", "Іс-шаралар", "Гринвич уақыты", "Уақыт белдеуі: Ұлыбритания уақыты."),
        ("ru", "Мероприятия", "Среднее время по Гринвичу", "Часовой пояс: Британское время."),
        ("en", None, "Greenwich Mean Time", "Time zone: British Time."),
    ],
)
def test_time_zones_are_named_in_the_visitors_language(
    client, make_event, calendar_page, kk_home, ru_home, locales, code, title, winter, zone
):
    event = make_event(
        title="Reception", slug="reception", starts_at=datetime.datetime(2026, 12, 16, 18, tzinfo=LONDON)
    )
    if code != "en":
        translate_page(calendar_page, locales[code], title=title)
        event = translate_page(event, locales[code], title=f"Reception {code}")
    for url in (event.url, f"/{code}/events/2026/12/", f"/{code}/events/2026/12/16/"):
        html = client.get(url).content.decode()
        assert f"18:00–19:00 ({winter})" in html, url
        assert "GMT" not in html and "Europe/London" not in html.split("</head>")[1], url
    assert zone in client.get(event.url).content.decode()


def test_summer_time_has_its_own_name():
    from site_core.time_zone_names import zone_name_at

    july = datetime.datetime(2026, 7, 6, 17, tzinfo=datetime.UTC)
    assert zone_name_at(july, LONDON, "ru") == "Великобритания, летнее время"
    assert zone_name_at(july, LONDON, "en") == "British Summer Time"
    assert zone_name_at(july, LONDON, "xx") == "British Summer Time"


# Text in another language


@pytest.fixture
def english_only_post(make_post, kk_news_index, ru_news_index, locales):
    post = make_post(title="Parliament elected", summary="The results are in.")
    return {
        code: post.create_alias(parent=index, update_locale=locales[code])
        for code, index in (("kk", kk_news_index), ("ru", ru_news_index))
    }


@pytest.mark.parametrize(
    ("code", "notice", "label"),
    [
        ("kk", "Бұл бет әлі аударылмаған. Оның мәтіні ағылшын тілінде берілген.", "(ағылшын тілінде)"),
        (
            "ru",
            "Эта страница ещё не переведена. Её текст показан на английском языке.",
            "(на английском языке)",
        ),
    ],
)
def test_english_text_on_kazakh_and_russian_pages_is_marked_and_announced(
    client, english_only_post, code, notice, label
):
    html = client.get(f"/{code}/news/").content.decode()
    listing = outline(html)
    assert re.search(r'<a href="[^"]+" lang="en">Parliament elected</a>', html)
    assert '<p class="post-card__summary" lang="en">The results are in.</p>' in html
    assert f'<span aria-hidden="true">EN</span><span class="visually-hidden">{label}</span>' in html
    assert listing.language_of("h1") == [code]

    page = client.get(english_only_post[code].url).content.decode()
    assert notice in page
    assert "English." not in page
    post = outline(page)
    assert post.language_of("nav", "breadcrumb") == [code]
    assert post.language_of("p", "byline") == [code]
    assert post.language_of("h1") == ["en"]
    assert post.language_of("p", "lead") == ["en"]
    assert post.language_of("div", "article__body") == ["en"]


def test_untranslated_events_are_marked_in_kazakh_lists(client, make_event, calendar_page, kk_home, locales):
    kk_calendar = translate_page(calendar_page, locales["kk"], title="Іс-шаралар")
    event = make_event(title="Reception", starts_at=soon())
    event.create_alias(parent=kk_calendar, update_locale=locales["kk"])
    html = client.get("/kk/events/").content.decode()
    assert re.search(r'<a href="[^"]+" lang="en">Reception</a> <span class="badge badge--language">', html)


def test_untranslated_items_are_marked_in_kazakh_home_sections(
    client, multilingual_site, english_only_post, gallery, locales
):
    gallery.create_alias(parent=multilingual_site["kk"], update_locale=locales["kk"])
    html = client.get("/kk/").content.decode()
    assert re.search(
        r'<a href="[^"]+" lang="en">Parliament elected</a> <span class="badge badge--language">', html
    )
    assert re.search(r'<span lang="en">Sample 1</span> <span class="badge badge--language">', html)
