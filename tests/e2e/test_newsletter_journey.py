import re

from django.core import mail

import pytest
from playwright.sync_api import expect

from newsletter.models import Subscriber
from tests.e2e.accessibility import assert_accessible


@pytest.fixture
def site(transactional_db, multilingual_site, site_settings):
    return multilingual_site


def test_visitor_signs_up_from_the_footer_and_confirms(browser, live_server, site, settings, run_tasks):
    settings.SITE_BASE_URL = settings.WAGTAILADMIN_BASE_URL = live_server.url
    context = browser.new_context(locale="ru-RU", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/ru/")

    footer = page.get_by_role("contentinfo")
    expect(footer.get_by_role("heading", name="Подпишитесь на нашу рассылку")).to_be_visible()
    footer.get_by_role("textbox", name="Адрес электронной почты").fill("reader@example.org")
    expect(footer.get_by_label("Язык писем")).to_have_value("ru")
    footer.get_by_role("checkbox", name=re.compile("Я согласен")).check()
    footer.get_by_role("button", name="Подписаться").click()

    expect(page).to_have_url(f"{live_server.url}/ru/newsletter/thanks/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Проверьте почту")
    assert_accessible(page)

    assert not mail.outbox  # the page answered before any email was sent: a worker sends it
    run_tasks()
    [message] = mail.outbox
    link = re.search(r"(http://\S+/confirm/\S+/)", message.body).group(1)
    page.goto(link)
    page.get_by_role("button", name="Подтвердить подписку").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Вы подписаны")
    assert_accessible(page)
    assert Subscriber.objects.get().status == "confirmed"
    context.close()
