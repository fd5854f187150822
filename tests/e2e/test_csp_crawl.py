"""Every public page type, in every language, under the real content security policy: the
browser reports no violation and no console error."""

import datetime as dt

import pytest

LANGUAGES = ("en", "kk", "ru")


@pytest.fixture
def every_page_type(
    transactional_db,
    multilingual_site,
    news_index,
    kk_news_index,
    ru_news_index,
    make_post,
    make_event,
    gallery,
    politics_everywhere,
    locales,
):
    from wagtail.rich_text import RichText

    post = make_post(
        title="Elections",
        body=[
            ("paragraph", RichText("<p>The CEC published its report.</p>")),
            (
                "table",
                {
                    "data": [["Party", "Share"], ["Nur Otan", "88%"]],
                    "table_caption": "Results",
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            ),
        ],
        is_bulletin=True,
        bulletin_issue=3,
    )
    event = make_event(title="Reception", starts_at=dt.datetime(2026, 12, 16, 18, tzinfo=dt.UTC))
    for page in (post, event.get_parent(), event, gallery):
        for code in ("kk", "ru"):
            page.copy_for_translation(locales[code], copy_parents=True, alias=True)
    slugs = {
        "home page": "",
        "news index": "news/",
        "news post": f"news/{post.slug}/",
        "category": f"news/category/{post.category.slug}/",
        "bulletins": "news/bulletins/",
        "upcoming events": "events/",
        "month grid": "events/2026/12/",
        "past events": "events/past/",
        "event page": f"events/{event.slug}/",
        "music gallery": "music/",
        "search": "search/?q=elections",
        "email list": "newsletter/",
        "email list thanks": "newsletter/thanks/",
        "not found": "no-such-page/",
    }
    return slugs


def test_no_policy_violation_and_no_console_error_anywhere(browser, live_server, every_page_type):
    context = browser.new_context()
    page = context.new_page()
    problems = []
    page.on(
        "console", lambda message: message.type == "error" and problems.append(f"{page.url}: {message.text}")
    )
    page.on("pageerror", lambda error: problems.append(f"{page.url}: {error}"))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.error("
        "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    visited = 0
    for code in LANGUAGES:
        for name, slug in every_page_type.items():
            response = page.goto(f"{live_server.url}/{code}/{slug}")
            expected = 404 if name == "not found" else 200
            assert response.status == expected, (code, name, response.status)
            assert "content-security-policy" in response.headers
            page.wait_for_load_state("load")
            visited += 1
    context.close()
    # A 404 answer is reported by Chromium as a failed resource load; it is the page under test.
    problems = [p for p in problems if "404 (Not Found)" not in p]
    print(f"{visited} pages visited")
    assert not problems, "\n".join(problems)
