"""Demo events dated relative to the day the command runs, so "upcoming" is never empty."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

from wagtail.models import Locale

from events.models import EventCalendarPage, EventCategory, EventPage
from home.models import HomePage
from site_core.demo.pages import publish_translations, translate_snippet

ZONE = ZoneInfo("Europe/London")

CALENDAR = {
    "en": {
        "title": "Events",
        "intro": "<p>Receptions, concerts, forums and the consular section's hours.</p>",
    },
    "kk": {
        "title": "Іс-шаралар",
        "intro": "<p>Қабылдаулар, концерттер, форумдар және консулдық бөлімнің қабылдау уақыты.</p>",
    },
    "ru": {
        "title": "Мероприятия",
        "intro": "<p>Приёмы, концерты, форумы и часы приёма консульского отдела.</p>",
    },
}

CATEGORIES = {
    "celebrations": {"en": "Celebrations", "kk": "Мерекелер", "ru": "Праздники"},
    "culture": {"en": "Culture", "kk": "Мәдениет", "ru": "Культура"},
    "business": {"en": "Business", "kk": "Бизнес", "ru": "Бизнес"},
    "consular": {"en": "Consular section", "kk": "Консулдық бөлім", "ru": "Консульский отдел"},
}

VENUE = {
    "en": {"venue_name": "Embassy of Kazakhstan", "venue_address": "125 Example Avenue\nCapital City 10001"},
    "kk": {"venue_name": "Қазақстан Елшілігі", "venue_address": "125 Example Avenue\nCapital City 10001"},
    "ru": {"venue_name": "Посольство Казахстана", "venue_address": "125 Example Avenue\nCapital City 10001"},
}


def _next_date(today: datetime.date, month: int, day: int) -> datetime.date:
    candidate = datetime.date(today.year, month, day)
    return candidate if candidate >= today else datetime.date(today.year + 1, month, day)


def _at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=ZONE)


def _events(today: datetime.date) -> list[dict]:
    first_tuesday = today - datetime.timedelta(days=14) + datetime.timedelta(days=(1 - today.weekday()) % 7)
    christmas_tuesday = datetime.date(today.year, 12, 24) + datetime.timedelta(
        days=(1 - datetime.date(today.year, 12, 24).weekday()) % 7
    )
    film_day = today + datetime.timedelta(days=10)
    forum_day = today + datetime.timedelta(days=20)
    independence = _next_date(today, 12, 16)
    nauryz = _next_date(today, 3, 21)
    astana = _next_date(today, 7, 6)
    return [
        {
            "slug": "consular-reception-hours",
            "category": "consular",
            "starts_at": _at(first_tuesday, 10),
            "ends_at": _at(first_tuesday, 13),
            "repeat": "weekly",
            "repeat_until": today + datetime.timedelta(days=365),
            "cancelled_dates": christmas_tuesday.isoformat(),
            "free_entry": True,
            "en": {
                "title": "Consular reception hours",
                "summary": "The consular section receives visitors every Tuesday from 10:00 to 13:00, by appointment.",
            },
            "kk": {
                "title": "Консулдық қабылдау уақыты",
                "summary": "Консулдық бөлім келушілерді әр сейсенбі сағат 10:00-ден 13:00-ге дейін алдын ала жазылу бойынша қабылдайды.",
            },
            "ru": {
                "title": "Часы консульского приёма",
                "summary": "Консульский отдел принимает посетителей каждый вторник с 10:00 до 13:00 по предварительной записи.",
            },
        },
        {
            "slug": "kazakh-film-screening",
            "category": "culture",
            "starts_at": _at(film_day, 19),
            "ends_at": _at(film_day, 21, 30),
            "free_entry": True,
            "en": {
                "title": "Kazakh film screening",
                "summary": "An evening of Kazakh cinema with English subtitles, followed by a conversation with the audience.",
            },
            "kk": {
                "title": "Қазақ фильмін көрсету",
                "summary": "Ағылшын субтитрлері бар қазақ киносы кеші, соңынан көрермендермен әңгіме.",
            },
            "ru": {
                "title": "Показ казахского фильма",
                "summary": "Вечер казахского кино с английскими субтитрами и последующей беседой со зрителями.",
            },
        },
        {
            "slug": "business-forum",
            "category": "business",
            "starts_at": _at(forum_day, 9),
            "ends_at": _at(forum_day + datetime.timedelta(days=1), 17),
            "registration_url": "https://example.org/register",
            "en": {
                "title": "Kazakhstan business forum",
                "summary": "Two days of talks on trade, logistics and investment with Kazakhstan.",
            },
            "kk": {
                "title": "Қазақстан бизнес-форумы",
                "summary": "Қазақстанмен сауда, логистика және инвестиция туралы екі күндік талқылау.",
            },
            "ru": {
                "title": "Казахстанский бизнес-форум",
                "summary": "Два дня обсуждений торговли, логистики и инвестиций с Казахстаном.",
            },
        },
        {
            "slug": "independence-day-reception",
            "category": "celebrations",
            "starts_at": _at(independence, 18),
            "ends_at": _at(independence, 21),
            "en": {
                "title": "Independence Day reception",
                "summary": "A reception, a photo exhibition and a concert for the Independence Day of Kazakhstan.",
            },
            "kk": {
                "title": "Тәуелсіздік күніне арналған қабылдау",
                "summary": "Қазақстанның Тәуелсіздік күніне арналған қабылдау, фотокөрме және концерт.",
            },
            "ru": {
                "title": "Приём по случаю Дня Независимости",
                "summary": "Приём, фотовыставка и концерт по случаю Дня Независимости Казахстана.",
            },
        },
        {
            "slug": "nauryz-celebration",
            "category": "celebrations",
            "starts_at": _at(nauryz, 12),
            "ends_at": _at(nauryz, 17),
            "free_entry": True,
            "en": {
                "title": "Nauryz celebration",
                "summary": "The spring festival with a yurt, nauryz kozhe, games and music in the Embassy's garden.",
            },
            "kk": {
                "title": "Наурыз мерекесі",
                "summary": "Елшілік бағында киіз үй, наурыз көже, ойындар мен музыкасы бар көктем мерекесі.",
            },
            "ru": {
                "title": "Празднование Наурыза",
                "summary": "Праздник весны с юртой, наурыз-коже, играми и музыкой в саду Посольства.",
            },
        },
        {
            "slug": "astana-day",
            "category": "celebrations",
            "starts_at": _at(astana, 18),
            "ends_at": _at(astana, 20),
            "free_entry": True,
            "en": {
                "title": "Astana Day",
                "summary": "The capital's birthday, with a talk on Astana's architecture and a concert.",
            },
            "kk": {
                "title": "Астана күні",
                "summary": "Елорданың туған күні: Астана сәулеті туралы баяндама және концерт.",
            },
            "ru": {
                "title": "День Астаны",
                "summary": "День рождения столицы: рассказ об архитектуре Астаны и концерт.",
            },
        },
    ]


def load_demo(log) -> None:
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=english)
    calendar_page = EventCalendarPage.objects.child_of(home).filter(locale=english).first()
    if calendar_page is None:
        calendar_page = home.add_child(
            instance=EventCalendarPage(slug="events", locale=english, show_in_menus=True, **CALENDAR["en"])
        )
        calendar_page.save_revision().publish()
        log(f"  published en: {calendar_page.title}")
    publish_translations(calendar_page, CALENDAR, log)

    categories = {}
    for slug, names in CATEGORIES.items():
        source = EventCategory.objects.filter(
            locale=english, slug=slug
        ).first() or EventCategory.objects.create(locale=english, slug=slug, name=names["en"])
        categories[slug] = translate_snippet(source, {code: {"name": name} for code, name in names.items()})

    today = timezone.localdate(timezone=ZONE)
    for spec in _events(today):
        event = EventPage.objects.child_of(calendar_page).filter(slug=spec["slug"]).first()
        shared = {
            key: value for key, value in spec.items() if key not in ("en", "kk", "ru", "category", "slug")
        }
        if event is None:
            event = calendar_page.add_child(
                instance=EventPage(
                    slug=spec["slug"],
                    locale=english,
                    category=categories[spec["category"]]["en"],
                    **shared,
                    **spec["en"],
                    **VENUE["en"],
                )
            )
            event.save_revision().publish()
            log(f"  published en: {event.title}")
        publish_translations(
            event,
            {
                code: {**spec[code], **VENUE[code], "category": categories[spec["category"]][code]}
                for code in ("kk", "ru")
            },
            log,
        )
