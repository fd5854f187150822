import pytest

from site_core.models import SiteSettings
from tests.conftest import translate_page


@pytest.fixture
def embassy(site_settings):
    """An embassy in London: closed on England's and Kazakhstan's public holidays."""
    SiteSettings.objects.filter(pk=site_settings.pk).update(
        time_zone="Europe/London", host_country="GB", host_subdivision="ENG", show_kazakhstan_holidays=True
    )
    return SiteSettings.objects.get(pk=site_settings.pk)


@pytest.fixture
def calendars(calendar_page, kk_home, ru_home, locales, embassy):
    return {
        "en": calendar_page,
        "kk": translate_page(calendar_page, locales["kk"], title="Іс-шаралар"),
        "ru": translate_page(calendar_page, locales["ru"], title="Мероприятия"),
    }
