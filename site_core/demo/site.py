"""Locales, the embassy's settings in three languages and the demo editor account."""

import os
import secrets
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.models import Locale, Site

from site_core.models import SiteSettings
from translation_workflow.staff_accounts import create_staff_account

EMBASSY = {
    "embassy_name": {
        "en": "Embassy of Kazakhstan",
        "kk": "Қазақстан Елшілігі",
        "ru": "Посольство Казахстана",
    },
    # Addresses are written as the post office of the host country expects them, so only the
    # English one is filled: the other languages fall back to it.
    "address": {"en": "125 Example Avenue\nCapital City 10001", "kk": "", "ru": ""},
    "opening_hours": {
        "en": "Monday to Friday, 09:00–18:00\nConsular section: Tuesday and Thursday, 10:00–13:00",
        "kk": "Дүйсенбі–жұма, 09:00–18:00\nКонсулдық бөлім: сейсенбі және бейсенбі, 10:00–13:00",
        "ru": "Понедельник–пятница, 09:00–18:00\nКонсульский отдел: вторник и четверг, 10:00–13:00",
    },
    "footer_text": {
        "en": "Official website of the Embassy of Kazakhstan.",
        "kk": "Қазақстан Елшілігінің ресми сайты.",
        "ru": "Официальный сайт Посольства Казахстана.",
    },
    "email_list_blurb": {
        "en": "Join our email list to receive the Embassy's news and invitations to events.",
        "kk": (
            "Елшілік жаңалықтары мен іс-шараларға шақыруларды алу үшін біздің тарату тізімімізге жазылыңыз."
        ),
        "ru": "Подпишитесь на нашу рассылку, чтобы получать новости Посольства и приглашения на мероприятия.",
    },
}
CONTACT = {"phone": "+1 202 555 0142", "email": "info@embassy-kz.example", "time_zone": "Europe/London"}
# The embassy is in London: closed on the public holidays of England and of Kazakhstan.
HOLIDAYS = {"host_country": "GB", "host_subdivision": "ENG", "show_kazakhstan_holidays": True}
# Kazakhstan's laws are in Kazakh and Russian: on legal and consular pages those texts prevail.
AUTHORITATIVE = {"authoritative_languages": ["kk", "ru"]}
DEMO_USERNAME = "editor"
# Demo accounts named after their roles (translation_workflow.staff_accounts.ROLES).
DEMO_ROLES = ("kk-translator", "ru-translator", "kk-reviewer", "ru-reviewer")


def ensure_locales(log: Callable[[str], None]) -> None:
    for code, _name in settings.LANGUAGES:
        _locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            log(f"  created locale {code}")


def ensure_site_settings(site: Site, log: Callable[[str], None]) -> None:
    if SiteSettings.objects.filter(site=site).exists():
        return
    values = {f"{field}_{code}": text for field, texts in EMBASSY.items() for code, text in texts.items()}
    SiteSettings.objects.create(site=site, **values, **CONTACT, **HOLIDAYS, **AUTHORITATIVE)
    log("  created the embassy settings in kk, ru and en")


def password_file(username: str = DEMO_USERNAME):
    if username == DEMO_USERNAME:
        return settings.VAR_DIR / "demo-editor-password.txt"
    return settings.VAR_DIR / f"demo-{username}-password.txt"


def ensure_demo_editor(log: Callable[[str], None]) -> str:
    """Creates the demo editor (a superuser, who also manages settings and users)."""
    return _ensure_account(
        DEMO_USERNAME,
        lambda password: get_user_model().objects.create_superuser(
            DEMO_USERNAME, email="", password=password
        ),
        log,
    )


def ensure_demo_role_accounts(log: Callable[[str], None]) -> dict[str, str]:
    """One account per role, named after it, so a newcomer can walk the whole translation
    workflow: {username: password}. The roles must be set up first."""
    return {
        role: _ensure_account(
            role, lambda password, role=role: create_staff_account(role, role, password), log
        )
        for role in DEMO_ROLES
    }


def _ensure_account(username: str, create: Callable[[str], object], log: Callable[[str], None]) -> str:
    """The password comes from DEMO_ADMIN_PASSWORD or is generated once, kept in var/ (readable
    by the owner only) and shown again on later runs."""
    User = get_user_model()
    wanted = os.environ.get("DEMO_ADMIN_PASSWORD", "")
    user = User.objects.filter(username=username).first()
    if user is None:
        password = wanted or secrets.token_urlsafe(12)
        create(password)
        log(f"  created the demo account '{username}'")
        if not wanted:
            path = password_file(username)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(password + "\n")
            path.chmod(0o600)
        return password
    if wanted and not user.check_password(wanted):
        user.set_password(wanted)
        user.save(update_fields=["password"])
        log(f"  set the password of '{username}' from DEMO_ADMIN_PASSWORD")
        return wanted
    if wanted:
        return wanted
    path = password_file(username)
    return path.read_text().strip() if path.exists() else "(unchanged; set DEMO_ADMIN_PASSWORD to reset it)"
