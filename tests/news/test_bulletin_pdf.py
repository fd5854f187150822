"""The PDF edition of a News Bulletin issue: what a partner finds in the file, and that it is made
once per published revision."""

import datetime
import io
import json
import os
import re

import wagtail_factories
from wagtail.models import PageViewRestriction

import pytest
from pypdf import PdfReader

from news import pdf
from tests.conftest import translate_page

pytestmark = pytest.mark.django_db

KK_TITLE = "Ұлттық Құрылтай: Әділетті Қазақстан, Ғылым мен Өнердің Үлесі, Іскерлік Жаңалықтар"
KK_SUMMARY = "Елшіліктің «Жаңалықтар бюллетенінің» арнайы шығарылымы."
RU_TITLE = "Специальный выпуск: итоги выборов"


def body(caption="The elections in figures", party="Nur Otan", heading="Results", quote="A step forward"):
    return json.dumps(
        [
            {"type": "paragraph", "value": "<p>The Central Electoral Commission published its report.</p>"},
            {"type": "heading", "value": {"text": heading, "level": "h2"}},
            {
                "type": "table",
                "value": {
                    "data": [["Party", "Share"], [party, "88.05%"], ["Ak Zhol", "3.09%"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": caption,
                },
            },
            {"type": "quote", "value": {"text": quote, "source": "OSCE"}},
        ]
    )


@pytest.fixture
def media(settings, tmp_path):
    """A storage of the test's own: what it finds there was made by this test."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def bulletin(make_post, site_settings, media):
    return make_post(
        title="News Bulletin special issue: the parliamentary elections",
        slug="special-issue",
        summary="A special issue on the elections.",
        date=datetime.date(2026, 12, 2),
        is_bulletin=True,
        bulletin_issue=12,
        is_special_issue=True,
        body=body(),
    )


@pytest.fixture
def kk_bulletin(bulletin, kk_news_index, locales):
    return translate_page(
        bulletin,
        locales["kk"],
        title=KK_TITLE,
        summary=KK_SUMMARY,
        body=body("Сайлау сандармен", "«Нұр Отан»", "Қорытындылар", "Алға басқан қадам"),
    )


@pytest.fixture
def ru_bulletin(bulletin, ru_news_index, locales):
    return translate_page(
        bulletin,
        locales["ru"],
        title=RU_TITLE,
        summary="Специальный выпуск о выборах.",
        body=body("Выборы в цифрах", "«Нур Отан»", "Итоги", "Шаг вперёд"),
    )


def stored_pdfs(media):
    return sorted(path.relative_to(media).as_posix() for path in media.rglob("*.pdf"))


def text_of(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def download(client, post):
    response = client.get(f"{post.url}pdf/")
    assert response.status_code == 200
    return response, b"".join(response.streaming_content) if response.streaming else response.content


def keep_for_review(name, content):
    # PDF_REVIEW_DIR=/tmp/x keeps the files the tests make, to look at them.
    if os.environ.get("PDF_REVIEW_DIR"):
        with open(os.path.join(os.environ["PDF_REVIEW_DIR"], name), "wb") as out:
            out.write(content)


def test_kazakh_bulletin_pdf_has_the_title_with_every_kazakh_letter_the_embassy_issue_and_date(
    client, kk_bulletin
):
    assert set("ӘҒҚӨҰҮІ") <= set(KK_TITLE) and "ң" in KK_TITLE
    response, content = download(client, kk_bulletin)
    keep_for_review("bulletin-kk.pdf", content)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="bulletin-12-2026-12-02-kk.pdf"'
    text = text_of(content)
    assert KK_TITLE in text
    assert "Қазақстан Елшілігі" in text
    assert "«Жаңалықтар бюллетені» № 12" in text
    assert "2026 ж. 2 желтоқсан" in text
    assert "Арнайы шығарылым" in text
    # The body: heading, the special bulletin's results table, the quote.
    for words in ("Қорытындылар", "Сайлау сандармен", "«Нұр Отан»", "88.05%", "Алға басқан қадам"):
        assert words in text
    assert "http://localhost/kk/news/special-issue/" in text
    assert re.search(r"\b1 / 1\b", text)


def test_kazakh_bulletin_pdf_declares_its_title_language_and_embeds_its_fonts(client, kk_bulletin):
    _response, content = download(client, kk_bulletin)
    reader = PdfReader(io.BytesIO(content))
    assert reader.metadata.title == KK_TITLE
    assert reader.metadata.author == "Қазақстан Елшілігі"
    assert reader.trailer["/Root"]["/Lang"] == "kk"
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)  # A4
    fonts = [font.get_object() for font in reader.pages[0]["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        descriptor = (
            font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if "/DescendantFonts" in font
            else font["/FontDescriptor"]
        )
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
        assert "Noto" in font["/BaseFont"]


def test_russian_bulletin_pdf_is_in_russian(client, ru_bulletin):
    response, content = download(client, ru_bulletin)
    keep_for_review("bulletin-ru.pdf", content)
    assert response["Content-Disposition"] == 'attachment; filename="bulletin-12-2026-12-02-ru.pdf"'
    assert response["Content-Language"] == "ru"
    text = text_of(content)
    assert RU_TITLE in text
    assert "Посольство Казахстана" in text
    assert "«Информационный бюллетень» № 12" in text
    assert "2 декабря 2026 г." in text
    assert "Выборы в цифрах" in text
    assert PdfReader(io.BytesIO(content)).trailer["/Root"]["/Lang"] == "ru"


def test_the_worker_makes_the_pdf_when_the_bulletin_is_published(
    client, bulletin, media, run_tasks, monkeypatch
):
    made = []
    monkeypatch.setattr(pdf, "render", lambda page, real=pdf.render: made.append(page.pk) or real(page))
    assert run_tasks() >= 1
    assert made == [bulletin.pk]
    revision = bulletin.live_revision_id
    [stored] = stored_pdfs(media)
    assert stored.startswith(f"bulletins/{bulletin.pk}/en/{revision}-")
    # Two downloads, and the stored file is what they get: nothing is made again.
    first = download(client, bulletin)[1]
    second = download(client, bulletin)[1]
    assert first == second == (media / stored).read_bytes()
    assert made == [bulletin.pk]
    assert stored_pdfs(media) == [stored]


def test_publishing_again_makes_a_new_pdf_and_never_serves_the_old_one(client, bulletin, media, run_tasks):
    run_tasks()
    response, _content = download(client, bulletin)
    old_etag = response["ETag"]
    assert response["Cache-Control"] == "public, no-cache"
    assert client.get(f"{bulletin.url}pdf/", HTTP_IF_NONE_MATCH=old_etag).status_code == 304

    bulletin.title = "News Bulletin special issue: corrected figures"
    bulletin.save_revision().publish()
    bulletin.refresh_from_db()
    run_tasks()
    [stored] = stored_pdfs(media)
    assert stored.startswith(f"bulletins/{bulletin.pk}/en/{bulletin.live_revision_id}-")
    response = client.get(f"{bulletin.url}pdf/", HTTP_IF_NONE_MATCH=old_etag)
    assert response.status_code == 200
    assert response["ETag"] != old_etag
    assert "corrected figures" in text_of(b"".join(response.streaming_content))


def test_a_download_before_the_worker_makes_the_pdf_once(client, bulletin, media, monkeypatch):
    made = []
    monkeypatch.setattr(pdf, "render", lambda page, real=pdf.render: made.append(page.pk) or real(page))
    assert stored_pdfs(media) == []
    first = download(client, bulletin)[1]
    second = download(client, bulletin)[1]
    assert made == [bulletin.pk]
    assert first == second
    assert len(stored_pdfs(media)) == 1


def test_a_late_worker_does_not_make_the_pdf_again(client, bulletin, media, run_tasks, monkeypatch):
    download(client, bulletin)
    made = []
    monkeypatch.setattr(pdf, "render", lambda page, real=pdf.render: made.append(page.pk) or real(page))
    run_tasks()
    assert made == []
    assert len(stored_pdfs(media)) == 1


def test_an_ordinary_post_has_no_pdf(client, make_post, media, run_tasks):
    post = make_post(title="Reception")
    assert run_tasks() == 0
    assert client.get(f"{post.url}pdf/").status_code == 404
    assert "Download PDF" not in client.get(post.url).content.decode()
    assert stored_pdfs(media) == []


def test_an_unpublished_bulletin_has_no_pdf(client, bulletin):
    url = f"{bulletin.url}pdf/"
    bulletin.unpublish()
    assert client.get(url).status_code == 404


def test_the_bulletin_page_links_to_its_pdf_in_each_language(client, kk_bulletin, ru_bulletin, run_tasks):
    for post, language, label in (
        (kk_bulletin, "kk", "PDF жүктеп алу"),
        (ru_bulletin, "ru", "Скачать PDF"),
    ):
        html = client.get(post.url).content.decode()
        assert f'<a href="{post.url}pdf/" type="application/pdf" hreflang="{language}">{label}</a>' in html
        assert "(PDF," not in html  # its size is not known before it is made
    run_tasks()
    html = " ".join(client.get(kk_bulletin.url).content.decode().split())
    assert re.search(
        r'hreflang="kk">PDF жүктеп алу</a> <span class="document-link__meta">\(PDF, [\d,.]+\s\S+\)', html
    )


def test_an_untranslated_bulletin_offers_the_pdf_of_the_language_it_shows(
    client, bulletin, kk_news_index, locales
):
    alias = bulletin.create_alias(parent=kk_news_index, update_locale=locales["kk"])
    html = client.get(alias.url).content.decode()
    assert f'<a href="{alias.url}pdf/" type="application/pdf" hreflang="en">' in html
    response, content = download(client, alias)
    assert response["Content-Disposition"] == 'attachment; filename="bulletin-12-2026-12-02-en.pdf"'
    assert response["Content-Language"] == "en"
    assert "News Bulletin special issue: the parliamentary elections" in text_of(content)
    assert "Embassy of Kazakhstan" in text_of(content)


def test_images_come_only_from_the_image_storage(media):
    image = wagtail_factories.ImageFactory()
    body, mime_type = pdf.read_rendition(pdf.image_url(image, pdf.BODY_IMAGE))
    assert mime_type == "image/jpeg" and body.startswith(b"\xff\xd8")
    for url in (
        "file:///etc/passwd",
        "http://169.254.169.254/latest/meta-data/",
        "embassy-image:../../etc/passwd",
        "embassy-image:/etc/passwd",
        "embassy-image:original_images/secret.png",
    ):
        with pytest.raises(ValueError):
            pdf.read_rendition(url)


def test_a_bulletin_with_images_shows_them_in_the_pdf(client, make_post, site_settings, media):
    hero, photo = wagtail_factories.ImageFactory(), wagtail_factories.ImageFactory(width=800, height=500)
    post = make_post(
        title="Bulletin with photographs",
        is_bulletin=True,
        bulletin_issue=3,
        hero_image=hero,
        body=json.dumps(
            [{"type": "image", "value": {"image": photo.pk, "alt_text": "", "caption": "Astana"}}]
        ),
    )
    reader = PdfReader(io.BytesIO(download(client, post)[1]))
    assert len(reader.pages[0].images) == 2


def test_a_restricted_bulletin_keeps_its_pdf_behind_the_restriction(client, bulletin):
    PageViewRestriction.objects.create(page=bulletin, restriction_type="password", password="s3cret")
    response = client.get(f"{bulletin.url}pdf/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "s3cret" not in response.content.decode()
