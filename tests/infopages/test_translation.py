"""An information page through wagtail-localize: text is translated, phone numbers, coordinates
and the contacts flag stay as in the English source."""

import pytest

from tests.infopages.conftest import CONTACTS, QUESTIONS

pytestmark = pytest.mark.django_db


def test_info_page_translates_its_text_and_keeps_numbers(make_info_page, kk_home, locales, localize, client):
    source = make_info_page(
        title="Contacts",
        slug="contacts",
        intro="<p>How to reach us.</p>",
        is_contacts_page=True,
        body=[QUESTIONS, CONTACTS],
    )
    kazakh = localize(source, locales["kk"]).specific

    assert kazakh.live and kazakh.title == "[kk] Contacts"
    assert "[kk] How to reach us." in kazakh.intro
    assert kazakh.is_contacts_page
    accordion, contact = kazakh.body
    assert accordion.value["items"][0]["question"] == "[kk] How do I renew my passport?"
    assert contact.value["title"] == "[kk] Consular section"
    assert contact.value["phones"][0]["label"] == "[kk] Duty officer"
    assert contact.value["phones"][0]["number"] == "+44 20 7935 1199"
    assert contact.value["latitude"] == pytest.approx(51.5226)
    response = client.get("/kk/contacts/")
    assert response.status_code == 200
    assert 'href="tel:+442079351199"' in response.content.decode()
