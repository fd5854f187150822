"""Admin searches answer whatever is typed, and errors are named for what they are: only a lost
database is a 503, any other database error a 500."""

from django.core.files.uploadedfile import SimpleUploadedFile

import wagtail_factories
from wagtail.documents.models import Document
from wagtail.search import index

import pytest

from audio.models import AudioFile
from tests.audio import samples
from tests.factories import NewsCategoryFactory

pytestmark = pytest.mark.django_db

QUERIES = ['a"b', '"', "(", "Flag OR", "Flag*", "Flag:"]


@pytest.fixture
def searchable(home, locales):
    """One indexed item of each kind, all with "Flag" in their title: the full-text engine only
    parses a query when it has rows to match it against."""
    image = wagtail_factories.ImageFactory(title="Flag of Kazakhstan")
    document = Document.objects.create(
        title="Flag rules", file=SimpleUploadedFile("flag.txt", b"Blue and gold.")
    )
    audio = AudioFile(title="Flag anthem", file=SimpleUploadedFile("anthem.wav", samples.wav(1.0)))
    audio.full_clean()
    audio.save()
    category = NewsCategoryFactory(name="Flag day", slug="flag-day", locale=locales["en"])
    home.title = "Flag home"
    home.save_revision().publish()
    for item in (image, document, audio, category, home.specific_class.objects.get(pk=home.pk)):
        index.insert_or_update_object(item)
    return home


def listings(home):
    return {
        "page search": "/admin/pages/search/",
        "page explorer": f"/admin/pages/{home.pk}/",
        "page chooser": "/admin/choose-page/search/",
        "image chooser": "/admin/images/chooser/results/",
        "images": "/admin/images/",
        "documents": "/admin/documents/",
        "audio files": "/admin/snippets/audio/audiofile/",
        "news categories": "/admin/snippets/news/newscategory/",
    }


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize(
    "listing",
    [
        "page search",
        "page explorer",
        "page chooser",
        "image chooser",
        "images",
        "documents",
        "audio files",
        "news categories",
    ],
)
def test_admin_listings_answer_any_search(admin_client, searchable, listing, query):
    response = admin_client.get(listings(searchable)[listing], {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("listing", "title"),
    [
        ("images", "Flag of Kazakhstan"),
        ("documents", "Flag rules"),
        ("audio files", "Flag anthem"),
        ("news categories", "Flag day"),
        ("page search", "Flag home"),
        ("page chooser", "Flag home"),
    ],
)
def test_a_stray_quote_still_finds_the_word(admin_client, searchable, listing, title):
    response = admin_client.get(listings(searchable)[listing], {"q": 'flag"'})
    assert response.status_code == 200
    assert title in response.content.decode()


@pytest.mark.parametrize(
    ("listing", "title"), [("images", "Flag of Kazakhstan"), ("documents", "Flag rules")]
)
@pytest.mark.parametrize(
    "usage_filter",
    [
        {"usage_count_min": "0"},
        {"usage_count_max": "5"},
        {"usage_count_min": "0", "ordering": "-usage_count"},
    ],
)
def test_searching_a_listing_filtered_by_usage_count(admin_client, searchable, listing, title, usage_filter):
    found = admin_client.get(listings(searchable)[listing], {"q": "flag", **usage_filter})
    unused_only = admin_client.get(listings(searchable)[listing], {"q": "flag", "usage_count_min": "1"})
    assert found.status_code == 200 and unused_only.status_code == 200
    assert title in found.content.decode()
    assert title not in unused_only.content.decode()


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("fts-syntax", 500),
        ("no-such-column", 500),
        ("statement-timeout", 500),
        ("connection-refused", 503),
        ("admin-shutdown", 503),
        ("connection-closed", 503),
        ("sqlite-locked", 503),
        ("sqlite-unopenable", 503),
    ],
)
def test_only_a_lost_database_is_a_503(client, settings, multilingual_site, kind, status):
    settings.ROOT_URLCONF = "tests.site_core.urls_with_database_errors"
    client.raise_request_exception = False

    response = client.get(f"/ru/database-error/{kind}/")
    html = response.content.decode()

    assert response.status_code == status
    if status == 503:
        assert response["Retry-After"] == "30"
    else:
        assert "Retry-After" not in response
        assert "Что-то пошло не так" in html
    assert "Traceback" not in html and "syntax error" not in html
