"""Kazakh in Latin script (kazakh_latin) as a language of the email list: a visitor signing up
on a ``/kk-latn/`` page is a ``kk-latn`` subscriber, who receives the Kazakh emails in Latin
script, with links to the Latin pages."""

import re

from django.core import mail

import pytest

from kazakh_latin.transliteration import CYRILLIC, to_latin
from newsletter.models import Send, Subscriber
from newsletter.sending import deliver
from tests.conftest import translate_page
from tests.queue import run_queued_tasks

pytestmark = pytest.mark.django_db

LATIN_CONFIRM_LINK = re.compile(r"http://testserver(/kk-latn/newsletter/confirm/[^/\s]+/)")
LINKS = re.compile(r"""https?://testserver[^\s"'<>]*""")


def sign_up(client, path, language, email="okyrman@example.org"):
    data = {"email": email, "language": language, "consent": "on", "website": ""}
    response = client.post(path, data)
    run_queued_tasks()
    return response


def assert_all_latin(message):
    html = message.alternatives[0][0]
    for part in (message.subject, message.body, html):
        assert not CYRILLIC.search(part), CYRILLIC.search(part)


def test_the_footer_form_of_a_latin_page_offers_and_preselects_the_latin_variant(client, multilingual_site):
    latin = client.get("/kk-latn/").content.decode()
    assert 'action="/kk-latn/newsletter/"' in latin
    assert '<option value="kk-latn" lang="kk-Latn" selected>Qazaqşa</option>' in latin
    # Each language keeps its own name and script, so the two Kazakh choices stay apart.
    assert '<option value="kk" lang="kk-Cyrl">Қазақша</option>' in latin
    assert ">Русский</option>" in latin

    cyrillic = client.get("/kk/").content.decode()
    assert '<option value="kk" lang="kk" selected>Қазақша</option>' in cyrillic
    assert '<option value="kk-latn" lang="kk-Latn">Qazaqşa</option>' in cyrillic


def test_the_signup_page_of_the_latin_variant_preselects_it(client, multilingual_site):
    page = client.get("/kk-latn/newsletter/").content.decode()
    assert 'value="kk-latn" lang="kk-Latn" selected' in page
    assert 'value="kk" lang="kk" selected' not in page


def test_signing_up_on_a_latin_page_records_kk_latn_and_on_a_kazakh_page_kk(client, multilingual_site):
    response = sign_up(client, "/kk-latn/newsletter/", "kk-latn", email="latin@example.org")
    assert response.status_code == 302
    assert response["Location"] == "/kk-latn/newsletter/thanks/"
    sign_up(client, "/kk/newsletter/", "kk", email="cyrillic@example.org")
    languages = dict(Subscriber.objects.values_list("email", "language"))
    assert languages == {"latin@example.org": "kk-latn", "cyrillic@example.org": "kk"}
    assert client.get("/kk-latn/newsletter/thanks/").status_code == 200


def test_an_unknown_language_is_still_refused(client, multilingual_site):
    response = sign_up(client, "/kk-latn/newsletter/", "kk-cyrl")
    assert response.status_code == 400
    assert not Subscriber.objects.exists()


def test_the_confirmation_email_is_in_latin_script_and_its_links_work(client, multilingual_site):
    sign_up(client, "/kk-latn/newsletter/", "kk-latn")
    [message] = mail.outbox
    assert_all_latin(message)
    assert message.subject == to_latin("Жазылуыңызды растаңыз") == "Jazyluyñyzdy rastañyz"
    assert to_latin("үш күн ішінде ашыңыз") in message.body
    assert to_latin("Қазақстан Елшілігі") in message.body  # the embassy's Kazakh name
    html = message.alternatives[0][0]
    assert '<html lang="kk-Latn">' in html
    assert message.extra_headers["Content-Language"] == "kk-Latn"
    for link in LINKS.findall(message.body) + LINKS.findall(html):
        assert "/kk/" not in link

    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith("http://testserver/kk-latn/newsletter/unsubscribe/")
    assert unsubscribe in message.body and unsubscribe in html

    path = LATIN_CONFIRM_LINK.search(message.body).group(1)
    assert f"http://testserver{path}" in html
    page = client.get(path)
    assert page.status_code == 200
    assert not CYRILLIC.search(page.content.decode().split("<main", 1)[-1].split("</main>", 1)[0])
    assert Subscriber.objects.get().status == "pending"
    confirmed = client.post(path)
    assert confirmed.status_code == 200
    assert Subscriber.objects.get().status == "confirmed"
    assert Subscriber.objects.get().language == "kk-latn"


def test_the_unsubscribe_link_of_a_latin_subscriber_works(client, multilingual_site):
    sign_up(client, "/kk-latn/newsletter/", "kk-latn")
    unsubscribe = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    path = unsubscribe.removeprefix("http://testserver")
    page = client.get(path)
    assert page.status_code == 200
    assert '<option value="kk-latn" lang="kk-Latn" selected>Qazaqşa</option>' in page.content.decode()
    one_click = client.post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert one_click.status_code == 200
    assert Subscriber.objects.get().status == "unsubscribed"


def test_a_subscriber_can_switch_to_the_latin_variant(client, multilingual_site):
    from newsletter import tokens

    subscriber = Subscriber.objects.create(email="reader@example.org", language="kk", status="confirmed")
    path = f"/kk/newsletter/unsubscribe/{tokens.make(subscriber, 'unsubscribe')}/"
    response = client.post(path, {"action": "language", "language": "kk-latn"})
    assert response.status_code == 200
    assert Subscriber.objects.get().language == "kk-latn"


@pytest.fixture
def kazakh_post(make_post, kk_news_index, locales):
    english = make_post(title="Embassy news", summary="English summary")
    translate_page(english, locales["kk"], title="Елшілік жаңалығы", summary="Қазақша жаңалық туралы")
    return english


def test_a_kazakh_post_reaches_latin_and_cyrillic_subscribers_each_in_their_script(
    kazakh_post, multilingual_site
):
    for email, language in (
        ("latin@example.org", "kk-latn"),
        ("cyrillic@example.org", "kk"),
        ("english@example.org", "en"),
    ):
        Subscriber.objects.create(email=email, language=language, status="confirmed")
    send = deliver(Send.objects.create(page=kazakh_post).pk)
    assert (send.status, send.recipients, send.delivered) == ("done", 3, 3)
    by_address = {message.to[0]: message for message in mail.outbox}

    latin = by_address["latin@example.org"]
    assert_all_latin(latin)
    assert latin.subject == to_latin("Елшілік жаңалығы") == "Elşılık jañalyğy"
    assert to_latin("Қазақша жаңалық туралы") in latin.body
    latin_html = latin.alternatives[0][0]
    assert "<h1>Elşılık jañalyğy</h1>" in latin_html
    assert re.search(r"http://testserver/kk-latn/[^\s]+", latin.body)
    assert 'href="http://testserver/kk-latn/' in latin_html
    assert "/kk/" not in latin.body and "/kk/" not in latin_html

    cyrillic = by_address["cyrillic@example.org"]
    assert cyrillic.subject == "Елшілік жаңалығы"
    assert "Қазақша жаңалық туралы" in cyrillic.body
    assert "<h1>Елшілік жаңалығы</h1>" in cyrillic.alternatives[0][0]
    assert "http://testserver/kk/" in cyrillic.body and "/kk-latn/" not in cyrillic.body
    assert cyrillic.extra_headers["Content-Language"] == "kk"

    assert by_address["english@example.org"].subject == "Embassy news"


def test_the_admin_subscribers_list_shows_the_language_label(admin_client):
    Subscriber.objects.create(email="latin@example.org", language="kk-latn", status="confirmed")
    Subscriber.objects.create(email="cyrillic@example.org", language="kk", status="confirmed")
    listing = admin_client.get("/admin/email-list/subscribers/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Kazakh (Latin script)" in html
    assert "Қазақша" in html
    filtered = admin_client.get("/admin/email-list/subscribers/?language=kk-latn").content.decode()
    assert "latin@example.org" in filtered and "cyrillic@example.org" not in filtered
    edit = admin_client.get(
        f"/admin/email-list/subscribers/edit/{Subscriber.objects.get(language='kk-latn').pk}/"
    )
    assert edit.status_code == 200
    assert '<option value="kk-latn" selected>Kazakh (Latin script)</option>' in edit.content.decode()
