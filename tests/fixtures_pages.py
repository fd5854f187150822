import pytest

from tests.conftest import translate_page
from tests.factories import AuthorFactory, NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def news_index(home):
    return publish(NewsIndexPageFactory(parent=home, locale=home.locale))


@pytest.fixture
def kk_news_index(news_index, kk_home, locales):
    return translate_page(news_index, locales["kk"], title="Жаңалықтар")


@pytest.fixture
def ru_news_index(news_index, ru_home, locales):
    return translate_page(news_index, locales["ru"], title="Новости")


@pytest.fixture
def politics(locales):
    return NewsCategoryFactory(name="Politics", slug="politics", locale=locales["en"])


@pytest.fixture
def politics_everywhere(politics, locales):
    """The Politics category with its Kazakh and Russian translations, by language code."""
    categories = {"en": politics}
    for code, name in (("kk", "Саясат"), ("ru", "Политика")):
        categories[code] = politics.copy_for_translation(locales[code])
        categories[code].name = name
        categories[code].save()
    return categories


@pytest.fixture
def culture(locales):
    return NewsCategoryFactory(name="Culture", slug="culture", locale=locales["en"])


@pytest.fixture
def press_service(locales):
    return AuthorFactory(locale=locales["en"])


@pytest.fixture
def make_post(news_index, politics, press_service):
    def make(parent=None, **fields):
        parent = parent or news_index
        fields.setdefault("category", politics)
        fields.setdefault("author", press_service)
        return publish(NewsPageFactory(parent=parent, locale=parent.locale, **fields))

    return make


@pytest.fixture
def make_audio(db):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from audio.models import AudioFile
    from tests.audio import samples

    def make(title="Tone", seconds=1.0, content=None):
        audio = AudioFile(title=title, file=SimpleUploadedFile("tone.wav", content or samples.wav(seconds)))
        audio.full_clean()
        audio.save()
        return audio

    return make


@pytest.fixture
def gallery(home, make_audio):
    import wagtail_factories

    from audio.models import AudioGalleryPage, GalleryTrack

    tracks = [
        GalleryTrack(
            locale=home.locale,
            title=f"Sample {n}",
            performer="Dombra",
            audio=make_audio(f"Sample {n}"),
            featured=True,
            description=f"Description {n}",
            cover=wagtail_factories.ImageFactory(),
        )
        for n in range(1, 4)
    ]
    return publish(
        home.add_child(
            instance=AudioGalleryPage(
                title="Kazakhstan Music", slug="music", locale=home.locale, tracks=tracks
            )
        )
    )


@pytest.fixture
def calendar_page(home):
    from events.models import EventCalendarPage

    return publish(
        home.add_child(
            instance=EventCalendarPage(title="Events", slug="events", locale=home.locale, show_in_menus=True)
        )
    )


@pytest.fixture
def make_event(calendar_page):
    import datetime as dt
    from zoneinfo import ZoneInfo

    from events.models import EventPage

    counter = iter(range(10_000))

    def make(parent=None, starts_at=None, **fields):
        parent = parent or calendar_page
        n = next(counter)
        fields.setdefault("title", f"Event {n}")
        fields.setdefault("slug", f"event-{n}")
        fields.setdefault("summary", "What happens.")
        starts_at = starts_at or dt.datetime(2026, 12, 16, 18, 0, tzinfo=ZoneInfo("Europe/London"))
        return publish(
            parent.add_child(instance=EventPage(locale=parent.locale, starts_at=starts_at, **fields))
        )

    return make


@pytest.fixture
def consular(home, localize, locales):
    """A page flagged as carrying consular information, translated into Kazakh and Russian with
    wagtail-localize."""
    from infopages.models import InfoPage

    page = publish(
        home.add_child(
            instance=InfoPage(
                title="Consular services", slug="consular", locale=home.locale, carries_legal_information=True
            )
        )
    )
    for code in ("kk", "ru"):
        localize(page, locales[code])
    return page
