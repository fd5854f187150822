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
