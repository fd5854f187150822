"""One information notice in every language, shown from the moment the command runs for 30 days."""

import datetime

from django.utils import timezone

from wagtail.models import Locale

from notices.models import Notice
from site_core.demo.pages import translate_snippet

TITLES = {
    "en": "The consular section is closed on 16 December for Independence Day",
    "kk": "Консулдық бөлім 16 желтоқсанда Тәуелсіздік күніне байланысты жұмыс істемейді",
    "ru": "Консульский отдел не работает 16 декабря в связи с Днём Независимости",
}
MESSAGES = {
    "en": "<p>Appointments booked for that day will be moved to the next working day.</p>",
    "kk": "<p>Сол күнге жазылған қабылдаулар келесі жұмыс күніне ауыстырылады.</p>",
    "ru": "<p>Записи на приём на этот день будут перенесены на следующий рабочий день.</p>",
}
SHOWN_FOR = datetime.timedelta(days=30)


def load_demo(log) -> None:
    english = Locale.objects.get(language_code="en")
    source = Notice.objects.filter(locale=english, title=TITLES["en"]).first()
    if source is None:
        now = timezone.now()
        source = Notice.objects.create(
            locale=english,
            level=Notice.Level.INFORMATION,
            title=TITLES["en"],
            message=MESSAGES["en"],
            starts_at=now,
            ends_at=now + SHOWN_FOR,
        )
        log(f"  notice: {TITLES['en']}")
    translate_snippet(
        source, {code: {"title": TITLES[code], "message": MESSAGES[code]} for code in ("kk", "ru")}
    )
