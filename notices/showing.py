"""Which notices pages show now, at no query per request.

Every notice that has not ended (in every language) is read once per content generation into
one shared list (``site_core.fragments.shared``); saving or deleting a notice starts a new
generation. What a request shows is filtered from that list by the clock, so a notice appears
at its start and goes at its end without anyone saving anything, and ``next_boundary`` tells
the page cache when what pages show changes next."""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from wagtail.rich_text import expand_db_html

from site_core.fragments import shared

from .models import Notice

# Emergencies first: a visitor reads the most urgent notice before any other.
LEVEL_ORDER = {Notice.Level.EMERGENCY: 0, Notice.Level.WARNING: 1, Notice.Level.INFORMATION: 2}


@dataclass(frozen=True)
class ShownNotice:
    pk: int
    language: str
    level: str
    title: str
    message: str  # HTML, links already expanded
    starts_at: datetime.datetime
    ends_at: datetime.datetime | None
    revision: int

    @property
    def dismissible(self) -> bool:
        return self.level != Notice.Level.EMERGENCY

    @property
    def key(self) -> str:
        """Names the dismissal in the visitor's browser: a changed notice is shown again."""
        return f"{self.pk}-{self.revision}"

    def is_shown_at(self, moment: datetime.datetime) -> bool:
        return self.starts_at <= moment and (self.ends_at is None or moment < self.ends_at)


def _not_ended() -> list[ShownNotice]:
    now = timezone.now()
    found = Notice.objects.filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now)).select_related("locale")
    return [
        ShownNotice(
            pk=notice.pk,
            language=notice.locale.language_code,
            level=notice.level,
            title=notice.title,
            message=expand_db_html(notice.message) if notice.message else "",
            starts_at=notice.starts_at,
            ends_at=notice.ends_at,
            revision=notice.revision,
        )
        for notice in found
    ]


def not_ended() -> list[ShownNotice]:
    """Notices not ended when the list was built (once per generation): filter by time to show."""
    return shared("site-notices", _not_ended, tags=("notices",))


def shown_notices(language: str, moment: datetime.datetime | None = None) -> list[ShownNotice]:
    moment = moment or timezone.now()
    shown = [n for n in not_ended() if n.language == language and n.is_shown_at(moment)]
    return sorted(shown, key=lambda n: (LEVEL_ORDER.get(n.level, len(LEVEL_ORDER)), n.starts_at, n.pk))


def next_boundary(since: datetime.datetime) -> datetime.datetime | None:
    """The first start or end of any notice after ``since``: until then pages show the same."""
    moments = [
        moment
        for notice in not_ended()
        for moment in (notice.starts_at, notice.ends_at)
        if moment and moment > since
    ]
    return min(moments, default=None)
