"""Translators see what changed in the English source since they translated it."""

import html
import re

from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

import pytest

from tests.conftest import translate_page
from translation_workflow.roles import TRANSLATORS, setup_roles

pytestmark = pytest.mark.django_db


def table(*rows, caption="Results"):
    data = [list(row) for row in rows]
    return {
        "data": data,
        "table_caption": caption,
        "first_row_is_table_header": True,
        "first_col_is_header": False,
    }


def election_post(make_post):
    return make_post(
        title="Elections",
        body=[
            (
                "paragraph",
                RichText('<p>The CEC published its <a href="https://example.com/r">report</a>.</p>'),
            ),
            ("heading", {"text": "Background", "level": "h2"}),
            ("heading", {"text": "Results", "level": "h2"}),
            ("table", table(["Party", "Share"], ["Nur Otan", "88.05%"])),
        ],
    )


def change_and_republish(post):
    """A paragraph, a heading and a table cell changed; a quote added, a heading removed."""
    body = post.body.raw_data
    body[0]["value"] = '<p>The CEC published its final <a href="https://example.com/r">report</a>.</p>'
    body[2]["value"]["text"] = "Final results"
    body[3]["value"]["data"][1][1] = "88.15%"
    del body[1]
    body.append({"type": "quote", "value": {"text": "Democracy is a process.", "source": ""}})
    post.body = StreamValue(post.body.stream_block, list(body), is_lazy=True)
    post.save_revision().publish()


@pytest.fixture
def changed_post(make_post, ru_news_index, locales, localize):
    """An English post translated into Russian in wagtail-localize's editor, then changed and
    republished, and the source updated."""
    post = election_post(make_post)
    localize(post, locales["ru"], text_for=lambda message: f"RU {message}")
    change_and_republish(post)
    source = TranslationSource.objects.get(object_id=post.translation_key)
    source.update_from_db()
    return post, Translation.objects.get(source=source, target_locale=locales["ru"])


def section(content: str, key: str) -> str:
    match = re.search(rf'<section[^>]*data-changes="{key}".*?</section>', content, re.S)
    assert match, key
    return match.group(0)


def words(content: str, tag: str) -> list[str]:
    """The words inside <ins> or <del>, without the hidden label naming them for screen readers."""
    found = re.findall(
        rf"<{tag}[^>]*>(?:<span class=\"w-sr-only\">[^<]*</span>)?(.*?)</{tag}>", content, re.S
    )
    return [html.unescape(text) for text in found]


def test_changes_page_lists_changed_new_and_removed_segments(admin_client, changed_post):
    post, translation = changed_post
    response = admin_client.get(f"/admin/translations/{translation.pk}/changes/")
    assert response.status_code == 200
    content = response.content.decode()

    changed = section(content, "changed")
    assert "(3)" in changed
    assert "Body › Paragraph 1" in changed
    assert "Body › Heading 2 › Heading" in changed  # the block's label, then its text field's
    assert "Body › Table 3 › Row 2, column 2" in changed
    assert words(changed, "ins") == ["final ", "Final results", "15"]
    assert words(changed, "del") == ["Results", "05"]
    # Rich text markup is shown as text, never rendered.
    assert "&lt;a id=&quot;a1&quot;&gt;report&lt;/a&gt;" in changed or '&lt;a id="a1"&gt;' in changed
    assert '<a id="a1">' not in changed
    assert 'lang="en"' in changed

    new = section(content, "new")
    assert "(1)" in new and "Democracy is a process." in new and "Body › Quote 4 › Quote" in new
    removed = section(content, "removed")
    assert "(1)" in removed and "Background" in removed
    assert "5 segments changed in the English source" in content
    assert f'href="/admin/pages/{post.get_translation(translation.target_locale).pk}/edit/"' in content


def test_board_counts_source_changes_and_the_editor_tells(admin_client, changed_post):
    post, translation = changed_post
    board = admin_client.get("/admin/translations/?language=ru").content.decode()
    link = re.search(
        rf'<a href="/admin/translations/{translation.pk}/changes/" data-source-changes="(\d+)"', board
    )
    assert link and link.group(1) == "5"
    russian = post.get_translation(translation.target_locale)
    editor = admin_client.get(f"/admin/pages/{russian.pk}/edit/").content.decode()
    assert "5 segments changed in the English source since the last translation." in editor
    assert f'href="/admin/translations/{translation.pk}/changes/"' in editor


def test_nothing_is_left_once_the_translation_takes_the_changes_in(
    admin_client, changed_post, django_capture_on_commit_callbacks
):
    post, translation = changed_post
    po = translation.export_po()
    for entry in po:
        entry.msgstr = entry.msgstr or f"RU {entry.msgid}"
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)  # the removed heading leaves the Russian page too

    russian = post.get_translation(translation.target_locale)
    editor = admin_client.get(f"/admin/pages/{russian.pk}/edit/").content.decode()
    assert "changed in the English source" not in editor
    board = admin_client.get("/admin/translations/?language=ru").content.decode()
    assert f"/admin/translations/{translation.pk}/changes/" not in board
    content = admin_client.get(f"/admin/translations/{translation.pk}/changes/").content.decode()
    assert "0 segments changed in the English source" in content


def test_no_notice_when_nothing_changed(admin_client, make_post, ru_news_index, locales, localize):
    post = make_post(title="Unchanged")
    russian = localize(post, locales["ru"])
    editor = admin_client.get(f"/admin/pages/{russian.pk}/edit/").content.decode()
    assert "js-translation-editor" in editor
    assert "changed in the English source" not in editor


def test_only_translators_of_the_language_see_the_changes(
    client, changed_post, multilingual_site, django_user_model
):
    _post, translation = changed_post
    groups = setup_roles(multilingual_site["en"])
    kazakh = django_user_model.objects.create_user("aisha", password="pw")
    kazakh.groups.add(groups[TRANSLATORS["kk"]])
    client.force_login(kazakh)
    assert client.get(f"/admin/translations/{translation.pk}/changes/").status_code == 403

    russian = django_user_model.objects.create_user("olga", password="pw")
    russian.groups.add(groups[TRANSLATORS["ru"]])
    UserProfile.objects.update_or_create(user=russian, defaults={"preferred_language": "ru"})
    client.force_login(russian)
    response = client.get(f"/admin/translations/{translation.pk}/changes/")
    assert response.status_code == 200
    assert "Изменённые сегменты" in response.content.decode()  # the page speaks the admin's language
    assert client.get("/admin/translations/999999/changes/").status_code == 404
    assert client.get("/admin/translations/99999999999999999999/changes/").status_code == 404


def test_snippet_changes(admin_client, politics, locales, localize):
    russian = localize(politics, locales["ru"])
    politics.name = "Politics and society"
    politics.save()
    source = TranslationSource.objects.get(object_id=politics.translation_key)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=locales["ru"])

    content = admin_client.get(f"/admin/translations/{translation.pk}/changes/").content.decode()
    changed = section(content, "changed")
    assert "Name" in changed
    assert words(changed, "ins") == [" and society"]
    editor = admin_client.get(f"/admin/snippets/news/newscategory/edit/{russian.pk}/").content.decode()
    assert "1 segment changed in the English source since the last translation." in editor
    board = admin_client.get("/admin/translations/?language=ru").content.decode()
    assert f'<a href="/admin/translations/{translation.pk}/changes/" data-source-changes="1">' in board


@pytest.fixture
def hand_translated_post(make_post, ru_news_index, locales):
    """The same change to a post whose Russian page was written in Wagtail's own editor, with no
    record in wagtail-localize of the English text it was made from."""
    post = election_post(make_post)
    russian = translate_page(post, locales["ru"], title="Выборы")
    change_and_republish(post)
    return post, russian


def lacking_url(page):
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Page

    return f"/admin/translations/lacking/{ContentType.objects.get_for_model(Page).pk}/{page.pk}/"


def test_hand_made_translation_lacks_what_changed_since_it_was_made(admin_client, hand_translated_post):
    _post, russian = hand_translated_post
    # The board counts what the published translation lacks, from the English it was made from.
    board = admin_client.get("/admin/translations/?language=ru&status=outdated").content.decode()
    assert f'<a href="{lacking_url(russian)}" data-source-changes="5">' in board

    content = admin_client.get(lacking_url(russian)).content.decode()
    assert "it lacks 5 segments" in content
    changed = section(content, "changed")
    assert "(3)" in changed
    assert "Body › Paragraph 1" in changed and "Body › Table 3 › Row 2, column 2" in changed
    assert words(changed, "ins") == ["final ", "Final results", "15"]
    assert words(changed, "del") == ["Results", "05"]
    new = section(content, "new")
    assert "(1)" in new and "Democracy is a process." in new and "Body › Quote 4 › Quote" in new
    removed = section(content, "removed")
    assert "(1)" in removed and "Background" in removed
    assert f'href="/admin/pages/{russian.pk}/edit/"' in content and "Edit the translation" in content


def test_hand_made_translation_republished_lacks_nothing(admin_client, hand_translated_post):
    _post, russian = hand_translated_post
    russian.save_revision().publish()
    board = admin_client.get("/admin/translations/?language=ru").content.decode()
    assert lacking_url(russian) not in board
    content = admin_client.get(lacking_url(russian)).content.decode()
    assert 'data-changes="changed"' in content and "(0)" in section(content, "changed")


def test_what_a_translation_lacks_is_refused_or_not_found(
    client, admin_client, hand_translated_post, multilingual_site, django_user_model
):
    post, russian = hand_translated_post
    assert admin_client.get(lacking_url(post)).status_code == 404
    assert admin_client.get(lacking_url(russian).replace(f"/{russian.pk}/", "/999999/")).status_code == 404
    groups = setup_roles(multilingual_site["en"])
    kazakh = django_user_model.objects.create_user("aisha", password="pw")
    kazakh.groups.add(groups[TRANSLATORS["kk"]])
    client.force_login(kazakh)
    assert client.get(lacking_url(russian)).status_code == 403
    client.logout()
    response = client.get(lacking_url(russian))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
