"""Script and markup typed by editors, translators or visitors come out as text, wherever the
site shows them: pages (rich text, tables), search, feeds, iCalendar files and emails."""

import datetime as dt

from django.core import mail

from wagtail.rich_text import RichText

import pytest

from newsletter.models import Send, Subscriber
from newsletter.sending import deliver

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert('x')</script>"
IMG = '"><img src=x onerror=alert(1)>'


def assert_inert(text: str) -> None:
    assert "<script>alert" not in text
    assert "<img src=x onerror" not in text


def test_titles_summaries_and_table_cells_are_escaped_on_pages(client, make_post):
    post = make_post(
        title=f"Title {SCRIPT}",
        summary=f"Summary {IMG}",
        body=[
            (
                "table",
                {
                    "data": [[SCRIPT, IMG]],
                    "table_caption": SCRIPT,
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            ),
            ("quote", {"text": SCRIPT, "source": IMG}),
            ("heading", {"text": SCRIPT, "level": "h2"}),
        ],
    )
    for url in (post.url, post.get_parent().url):
        page = client.get(url).content.decode()
        assert_inert(page)
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page


def test_a_translator_cannot_smuggle_script_through_a_po_file(
    client, make_post, kk_news_index, locales, localize
):
    post = make_post(title="Elections", body=[("paragraph", RichText("<p>The <b>CEC</b> report.</p>"))])
    kazakh = localize(post, locales["kk"], text_for=lambda message: f"{message} {SCRIPT} {IMG}")
    page = client.get(kazakh.url).content.decode()
    assert_inert(page)


def test_search_queries_are_escaped(client, multilingual_site):
    page = client.get("/en/search/", {"q": SCRIPT + IMG}).content.decode()
    assert_inert(page)


def test_feeds_escape_markup(client, make_post):
    post = make_post(title=f"Title {SCRIPT}", summary=f"Summary {IMG}")
    for feed in ("feed/", "feed/atom/"):
        body = client.get(f"{post.get_parent().url}{feed}").content.decode()
        assert_inert(body)
        assert "&lt;script&gt;" in body


def test_icalendar_fields_cannot_add_properties(client, make_event):
    event = make_event(
        title="Reception\r\nATTENDEE:mailto:evil@example.org",
        venue_name="Hall;\nURL:https://evil.example",
        starts_at=dt.datetime(2026, 12, 16, 18, tzinfo=dt.UTC),
    )
    body = client.get(f"{event.url}event.ics").content.decode()
    lines = body.split("\r\n")
    assert not any(line.startswith(("ATTENDEE", "URL:https://evil")) for line in lines)
    assert "Reception\\nATTENDEE:mailto:evil@example.org" in body.replace("\r\n ", "")


def test_email_bodies_escape_the_post(make_post, multilingual_site):
    post = make_post(title=f"Title {SCRIPT}", summary=f"Summary {IMG}")
    Subscriber.objects.create(email="reader@example.org", language="en", status="confirmed")
    deliver(Send.objects.create(page=post).pk)
    message = mail.outbox[0]
    html = message.alternatives[0][0]
    assert_inert(html)
    assert "&lt;script&gt;" in html
    assert "\n" not in message.subject and "\r" not in message.subject
