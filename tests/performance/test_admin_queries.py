"""The admin at scale: the screens an editor opens every day cost the same number of queries
whatever the amount of content (issue #21; `make bench` prints their times at ten times the
content). Each test counts one screen's queries with a small data set, adds content, and counts
again."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page
from wagtail_localize.models import TranslationSource

import pytest

from bench.bulk_pages import add_children
from news.models import NewsPage
from newsletter.models import Delivery, Send, Subscriber
from tests.factories import AuthorFactory, NewsCategoryFactory
from translation_workflow.roles import EDITORS, setup_roles

pytestmark = pytest.mark.django_db

SMALL, LARGE = 4, 30


@pytest.fixture
def editor_client(client, multilingual_site, kk_news_index, ru_news_index, django_user_model):
    editors = setup_roles(multilingual_site["en"])[EDITORS]
    editor = django_user_model.objects.create_user("erlan", password="pw")
    editor.groups.add(editors)
    client.force_login(editor)
    return client


def count_queries(client, url: str) -> tuple[int, str]:
    """The queries of a second request: the first fills per-process caches, as in production."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response.content.decode()


def add_posts(index, start: int, stop: int) -> None:
    """Published posts, added as the benchmark's data set is (one statement per table)."""
    posts = [
        NewsPage(
            title=f"Bench post {n}",
            slug=f"bench-post-{n}",
            locale=index.locale,
            date=datetime.date(2026, 11, 2),
            summary="A short summary of the post.",
        )
        for n in range(start, stop)
    ]
    add_children(Page.objects.get(pk=index.pk), posts)


def add_subscribers(start: int, stop: int) -> list[Subscriber]:
    statuses = list(Subscriber.Status)
    return Subscriber.objects.bulk_create(
        Subscriber(
            email=f"reader{n}@example.org",
            language=("en", "kk", "ru", "kk-latn")[n % 4],
            status=statuses[n % len(statuses)],
            confirmed_at=timezone.now(),
        )
        for n in range(start, stop)
    )


def test_page_explorer_of_the_news_index(editor_client, news_index, make_post, localize, locales):
    translated = make_post(title="Translated post")
    localize(translated, locales["kk"])
    source = TranslationSource.objects.get_for_instance(translated)
    add_posts(news_index, 0, SMALL)
    few, html = count_queries(editor_client, f"/admin/pages/{news_index.pk}/")
    assert "Bench post 0" in html
    add_posts(news_index, SMALL, LARGE)
    many, html = count_queries(editor_client, f"/admin/pages/{news_index.pk}/")
    assert f"Bench post {LARGE - 1}" in html
    # wagtail-localize's buttons in each row's menu, as it offers them: to translate every post
    # (none is in Russian), to sync only the one translated with it.
    assert html.count("/admin/localize/submit/page/") >= LARGE + 1
    assert html.count(f"/admin/localize/update/{source.pk}/") == 1
    found = editor_client.get(f"/admin/pages/{news_index.pk}/?q=Translated")
    assert found.status_code == 200
    assert f"/admin/localize/update/{source.pk}/" in found.content.decode()
    assert many == few, f"explorer: {few} queries for {SMALL} posts, {many} for {LARGE}"


def test_editing_a_news_post(editor_client, make_post, news_index, locales):
    post = make_post(title="The post being edited")
    post.summary = "A draft not yet published"
    post.save_revision()
    add_posts(news_index, 0, SMALL)
    url = f"/admin/pages/{post.pk}/edit/"
    few, html = count_queries(editor_client, url)
    assert "A draft not yet published" in html
    # More posts, categories, authors and drafts of this post: the form's choosers list the
    # snippets of the post's language, and the history is not loaded into the form.
    add_posts(news_index, SMALL, LARGE)
    for n in range(LARGE):
        NewsCategoryFactory(name=f"Category {n}", slug=f"category-{n}", locale=locales["en"])
        AuthorFactory(name=f"Author {n}", locale=locales["en"])
    for n in range(5):
        post.summary = f"Summary {n}"
        post.save_revision()
    many, html = count_queries(editor_client, url)
    assert "Summary 4" in html
    assert many == few, f"edit view: {few} queries, {many} with more posts, snippets and revisions"


def test_translation_status_board(editor_client, news_index):
    add_posts(news_index, 0, SMALL)
    few, html = count_queries(editor_client, "/admin/translations/")
    assert "Bench post 0" in html
    add_posts(news_index, SMALL, LARGE)
    many, _html = count_queries(editor_client, "/admin/translations/")
    assert many == few, f"board: {few} queries for {SMALL} posts, {many} for {LARGE}"


def test_subscribers_list(editor_client):
    add_subscribers(0, SMALL)
    few, html = count_queries(editor_client, "/admin/email-list/subscribers/")
    assert "reader0@example.org" in html
    add_subscribers(SMALL, LARGE)
    many, html = count_queries(editor_client, "/admin/email-list/subscribers/")
    assert f"reader{LARGE - 1}@example.org" in html
    assert many == few, f"subscribers: {few} queries for {SMALL}, {many} for {LARGE}"


def add_sendings(post, start: int, stop: int):
    for n in range(start, stop):
        Send.objects.create(page=post, status=Send.Status.DONE, recipients=n, delivered=n)


def test_sendings_list(editor_client, make_post):
    post = make_post(title="Sent to the list")
    add_sendings(post, 0, SMALL)
    few, html = count_queries(editor_client, "/admin/email-list/sendings/")
    assert "Sent to the list" in html
    add_sendings(post, SMALL, LARGE)
    many, _html = count_queries(editor_client, "/admin/email-list/sendings/")
    assert many == few, f"sendings: {few} queries for {SMALL}, {many} for {LARGE}"


def test_a_sendings_page(editor_client, make_post):
    post = make_post(title="Sent to the list")
    subscribers = add_subscribers(0, LARGE)
    send = Send.objects.create(page=post, status=Send.Status.SENDING, wake_at=timezone.now())

    def deliver_to(people):
        Delivery.objects.bulk_create(
            Delivery(
                send=send,
                subscriber=person,
                status=Delivery.Status.FAILED if n % 2 else Delivery.Status.DELIVERED,
                attempts=3,
                answer="550 mailbox unavailable",
                delivered_at=timezone.now() - datetime.timedelta(minutes=1),
            )
            for n, person in enumerate(people)
        )
        deliveries = Delivery.objects.filter(send=send)
        Send.objects.filter(pk=send.pk).update(
            recipients=len(subscribers),
            delivered=deliveries.filter(status=Delivery.Status.DELIVERED).count(),
            failed=deliveries.filter(status=Delivery.Status.FAILED).count(),
        )

    deliver_to(subscribers[:SMALL])
    few, html = count_queries(editor_client, f"/admin/email-list/sendings/inspect/{send.pk}/")
    assert "550 mailbox unavailable" in html
    deliver_to(subscribers[SMALL:])
    many, html = count_queries(editor_client, f"/admin/email-list/sendings/inspect/{send.pk}/")
    assert html.count("550 mailbox unavailable") > SMALL
    assert many == few, f"sending's page: {few} queries for {SMALL} deliveries, {many} for {LARGE}"
