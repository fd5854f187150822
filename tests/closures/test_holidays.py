"""Public holidays of Kazakhstan and of the host country appear in the calendar as days the
embassy is closed, named in the visitor's language."""

import re

import pytest

from closures.closed_days import holidays_of
from site_core.models import SiteSettings

pytestmark = pytest.mark.django_db


def closed_cells(html: str) -> dict[str, str]:
    """The grid's closed days: ISO date -> the text of the cell's closure note."""
    cells = re.findall(
        r'<td class="[^"]*is-closed[^"]*"[^>]*>.*?<time datetime="([\d-]+)">.*?'
        r'<a class="month-grid__closed" href="[^"]+"><strong>([^<]+)</strong> ([^<]+)</a>',
        html,
        re.S,
    )
    return {day: f"{label}: {names}" for day, label, names in cells}


@pytest.mark.parametrize(
    ("language", "independence", "christmas", "boxing"),
    [
        (
            "kk",
            "Елшілік жабық: Тәуелсіздік күні",
            "Елшілік жабық: Рождество",
            "Елшілік жабық: Сыйлықтар күні",
        ),
        (
            "ru",
            "Посольство закрыто: День Независимости",
            "Посольство закрыто: Рождество",
            "Посольство закрыто: День подарков",
        ),
        (
            "en",
            "Embassy closed: Independence Day",
            "Embassy closed: Christmas Day",
            "Embassy closed: Boxing Day",
        ),
    ],
)
def test_december_holidays_of_both_countries_in_the_visitors_language(
    client, calendars, language, independence, christmas, boxing
):
    response = client.get(f"/{language}/events/2026/12/")
    assert response.status_code == 200
    cells = closed_cells(response.content.decode())
    assert cells["2026-12-16"] == independence
    assert cells["2026-12-25"] == christmas
    assert cells["2026-12-26"] == boxing
    # Boxing Day 2026 is a Saturday: the Monday after is the day off in England.
    assert cells["2026-12-28"].startswith(boxing)
    assert "2026-12-15" not in cells


@pytest.mark.parametrize(
    ("language", "observed"),
    [
        ("kk", "Сыйлықтар күні (қайта белгіленген демалыс)"),
        ("ru", "День подарков (перенесённый выходной)"),
        ("en", "Boxing Day (observed)"),
    ],
)
def test_substitute_days_are_named_as_such(client, calendars, language, observed):
    cells = closed_cells(client.get(f"/{language}/events/2026/12/").content.decode())
    assert cells["2026-12-28"].endswith(observed)


def test_england_has_easter_monday_and_the_august_bank_holiday(client, calendars):
    april = closed_cells(client.get("/ru/events/2026/04/").content.decode())
    august = closed_cells(client.get("/kk/events/2026/08/").content.decode())
    assert april["2026-04-03"] == "Посольство закрыто: Страстная пятница"
    assert april["2026-04-06"] == "Посольство закрыто: Пасхальный понедельник"
    assert august["2026-08-31"] == "Елшілік жабық: Жаз соңындағы банк демалысы"


def test_kazakhstans_holidays_can_be_switched_off(client, calendars, embassy):
    SiteSettings.objects.filter(pk=embassy.pk).update(show_kazakhstan_holidays=False)
    cells = closed_cells(client.get("/en/events/2026/12/").content.decode())
    assert "2026-12-16" not in cells
    assert cells["2026-12-25"] == "Embassy closed: Christmas Day"


def test_another_host_country(client, calendars, embassy):
    SiteSettings.objects.filter(pk=embassy.pk).update(host_country="US", host_subdivision="")
    cells = closed_cells(client.get("/en/events/2026/07/").content.decode())
    assert cells["2026-07-04"].startswith("Embassy closed: Independence Day")
    assert cells["2026-07-06"] == "Embassy closed: Capital Day"


def test_the_home_pages_small_calendar_marks_closed_days(client, calendars, embassy, locales):
    from django.utils import timezone

    from closures.models import ClosureDay

    today = timezone.localdate(timezone=embassy.zone)
    closure = ClosureDay.objects.create(locale=locales["en"], first_day=today, reason="Staff day")
    russian = closure.copy_for_translation(locales["ru"])
    russian.reason = "День сотрудников"
    russian.save()
    html = client.get("/ru/").content.decode()
    cell = rf'<td class="[^"]*is-closed[^"]*"[^>]*>\s*<span class="month-grid__date"><time datetime="{today}'
    assert re.search(cell, html)
    assert "Посольство закрыто: День сотрудников" in html


def test_a_year_of_holidays_is_worked_out_once_per_language():
    holidays_of.cache_clear()
    holidays_of("GB", "ENG", 2030, "ru")
    holidays_of("GB", "ENG", 2030, "ru")
    holidays_of("GB", "ENG", 2030, "kk")
    info = holidays_of.cache_info()
    assert (info.hits, info.misses) == (1, 2)


def test_an_unknown_region_is_a_form_error(embassy):
    from django.core.exceptions import ValidationError

    embassy.host_subdivision = "XYZ"
    with pytest.raises(ValidationError) as error:
        embassy.full_clean()
    assert "host_subdivision" in error.value.message_dict
    assert "ENG" in error.value.message_dict["host_subdivision"][0]
