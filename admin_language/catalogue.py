"""Which admin strings have a Kazakh translation.

The admin packages (every installed Wagtail app, wagtail-localize, and the Django apps whose
strings the admin shows: forms and validation, sign-in and passwords, content types, tags) ship
an English catalogue listing every string they show. A string counts as translated when the
project's Kazakh admin catalogue (``locale/admin/kk``) or the package's own Kazakh catalogue
(Django ships a partial one) translates it. ``manage.py admin_strings_missing`` and the
coverage test both read this module, so an upgrade that adds strings is caught in either.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings

import polib

LANGUAGE = "kk"
DOMAINS = ("django", "djangojs")
# The Django apps whose strings reach the admin's screens; django.contrib.admin is installed
# only for its checks and is not routed, so its strings never show.
DJANGO_APPS = ("django.contrib.auth", "django.contrib.contenttypes")


@dataclass(frozen=True)
class Message:
    package: str
    domain: str
    context: str | None
    text: str

    def __str__(self):
        where = f"{self.package} ({self.domain})"
        context = f" [{self.context}]" if self.context else ""
        return f"{where}{context}: {self.text}"


def project_catalogue_path(domain: str) -> Path:
    return Path(settings.BASE_DIR) / "locale" / "admin" / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"


def admin_locale_dirs() -> list[tuple[str, Path]]:
    """(package name, locale directory) for every package whose strings the admin shows."""
    found = [("django", Path(django.__file__).parent / "conf" / "locale")]
    for app in apps.get_app_configs():
        is_admin_package = app.name.startswith(("wagtail", "taggit")) or app.name in DJANGO_APPS
        locale = Path(app.path) / "locale"
        if is_admin_package and (locale / "en").is_dir():
            found.append((app.name, locale))
    return found


def _keys(path: Path, translated_only: bool) -> set[tuple[str | None, str]]:
    if not path.exists():
        return set()
    entries = polib.pofile(str(path))
    chosen = entries.translated_entries() if translated_only else entries
    return {(e.msgctxt, e.msgid) for e in chosen if not e.obsolete and e.msgid}


@cache
def _project_translations(domain: str) -> frozenset:
    return frozenset(_keys(project_catalogue_path(domain), translated_only=True))


def admin_messages() -> list[Message]:
    """Every string of the admin packages, once per package and domain."""
    messages = []
    for package, locale in admin_locale_dirs():
        for domain in DOMAINS:
            source = locale / "en" / "LC_MESSAGES" / f"{domain}.po"
            for context, text in sorted(_keys(source, translated_only=False), key=str):
                messages.append(Message(package, domain, context, text))
    return messages


def missing_messages() -> list[Message]:
    """The admin strings that show in English to a user whose admin language is Kazakh."""
    locales = dict(admin_locale_dirs())
    shipped = {}
    missing = []
    for message in admin_messages():
        key = (message.package, message.domain)
        if key not in shipped:
            path = locales[message.package] / LANGUAGE / "LC_MESSAGES" / f"{message.domain}.po"
            shipped[key] = _keys(path, translated_only=True)
        pair = (message.context, message.text)
        if pair not in shipped[key] and pair not in _project_translations(message.domain):
            missing.append(message)
    return missing
