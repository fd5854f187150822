"""The benchmark's data set, on top of the demo content: news posts and events in every language
(translations of one another, sharing translation keys and slugs), tracks in the gallery, the
email list's subscribers and one finished sending to them, and an editor's account for the
admin's timings. Idempotent: it only adds what is missing, so a data set is built once and reused."""

import datetime
import time
import uuid
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from audio.models import AudioFile, AudioGalleryPage, GalleryTrack
from bench.admin_timings import EDITOR
from bench.bulk_pages import add_children
from events.models import EventCalendarPage, EventCategory, EventPage
from events.models.pages import event_zones
from events.occurrences import last_end
from news.models import Author, NewsCategory, NewsIndexPage, NewsPage
from newsletter.models import Delivery, Send, Subscriber
from translation_workflow.roles import setup_roles
from translation_workflow.staff_accounts import create_staff_account

LANGUAGES = ("en", "kk", "ru")
NAMESPACE = uuid.UUID("6a0d5c8e-3f5b-4f7e-9a57-0c4d3c1f7b21")
ZONE = ZoneInfo("Europe/London")
WORDS = {
    "en": "embassy visit culture trade forum minister delegation concert exhibition students",
    "kk": "елшілік сапар мәдениет сауда форум министр делегация концерт көрме студенттер",
    "ru": "посольство визит культура торговля форум министр делегация концерт выставка студенты",
}
BATCH = 500


def _batched(items: list[int]) -> list[list[int]]:
    return [items[start : start + BATCH] for start in range(0, len(items), BATCH)]


def _words(code: str, n: int, count: int) -> str:
    words = WORDS[code].split()
    return " ".join(words[(n * 7 + i * 3) % len(words)] for i in range(count))


class Command(BaseCommand):
    help = "Adds the benchmark's posts, events and tracks to the demo site (only what is missing)."

    def add_arguments(self, parser):
        parser.add_argument("--posts", type=int, default=1000, help="news posts per language")
        parser.add_argument("--events", type=int, default=300, help="events per language")
        parser.add_argument("--tracks", type=int, default=50, help="tracks in each gallery")
        parser.add_argument(
            "--subscribers", type=int, help="email-list subscribers (default: as many as posts per language)"
        )
        parser.add_argument("--languages", default=",".join(LANGUAGES), help="comma-separated language codes")
        parser.add_argument(
            "--no-revisions",
            action="store_true",
            help="create pages live without revisions (much faster; for English-only scale runs)",
        )

    def handle(self, *args, posts, events, tracks, subscribers, languages, no_revisions, **options):
        self.revisions = not no_revisions
        started = time.monotonic()
        call_command("load_demo_content", "--only-if-empty", stdout=self.stdout)
        images = list(get_image_model().objects.order_by("pk")[:8])
        for code in languages.split(","):
            locale = Locale.objects.get(language_code=code)
            self._posts(locale, posts, images)
            self._events(locale, events)
            self._tracks(locale, tracks)
        self._email_list(posts if subscribers is None else subscribers)
        self._editor()
        self.stdout.write(f"Data set ready in {time.monotonic() - started:.0f} s.")

    def _posts(self, locale, wanted, images):
        index = NewsIndexPage.objects.get(locale=locale)
        have = set(
            NewsPage.objects.child_of(index)
            .filter(slug__startswith="bench-post-")
            .values_list("slug", flat=True)
        )
        categories = list(NewsCategory.objects.filter(locale=locale).order_by("pk"))
        author = Author.objects.filter(locale=locale).first()
        today = timezone.localdate()
        missing = [n for n in range(wanted) if f"bench-post-{n}" not in have]
        code = locale.language_code
        for batch in _batched(missing):
            pages = [
                NewsPage(
                    title=f"{_words(code, n, 5).capitalize()} {n}",
                    slug=f"bench-post-{n}",
                    locale=locale,
                    translation_key=uuid.uuid5(NAMESPACE, f"post-{n}"),
                    date=today - datetime.timedelta(days=n % 3000),
                    summary=_words(code, n + 1, 18).capitalize() + ".",
                    category=categories[n % len(categories)] if categories else None,
                    author=author,
                    hero_image=images[n % len(images)] if images and n % 3 == 0 else None,
                    is_bulletin=n % 50 == 0,
                    bulletin_issue=n // 50 + 100 if n % 50 == 0 else None,
                    body=[("paragraph", RichText(f"<p>{_words(code, n + 2, 60).capitalize()}.</p>"))] * 3,
                )
                for n in batch
            ]
            add_children(index, pages, revisions=self.revisions)
            self.stdout.write(f"  {code}: {batch[-1] + 1} posts")

    def _events(self, locale, wanted):
        calendar = EventCalendarPage.objects.get(locale=locale)
        have = set(
            EventPage.objects.child_of(calendar)
            .filter(slug__startswith="bench-event-")
            .values_list("slug", flat=True)
        )
        categories = list(EventCategory.objects.filter(locale=locale).order_by("pk"))
        start = timezone.localdate() - datetime.timedelta(days=180)
        missing = [n for n in range(wanted) if f"bench-event-{n}" not in have]
        code, zones = locale.language_code, event_zones()
        for batch in _batched(missing):
            pages = []
            for n in batch:
                day = start + datetime.timedelta(days=(n * 37) % 365)
                starts = datetime.datetime.combine(day, datetime.time(9 + n % 9), tzinfo=ZONE)
                page = EventPage(
                    title=f"{_words(code, n, 4).capitalize()} {n}",
                    slug=f"bench-event-{n}",
                    locale=locale,
                    translation_key=uuid.uuid5(NAMESPACE, f"event-{n}"),
                    starts_at=starts,
                    ends_at=starts + datetime.timedelta(hours=2),
                    summary=_words(code, n + 3, 20).capitalize() + ".",
                    venue_name=_words(code, n + 4, 2).capitalize(),
                    category=categories[n % len(categories)] if categories else None,
                    repeat="weekly" if n % 10 == 0 else "",
                    repeat_count=8 if n % 10 == 0 else None,
                )
                # What EventPage.save works out, done here because the rows are inserted in bulk.
                page.last_ends_at = last_end(page, zones)
                pages.append(page)
            add_children(calendar, pages, revisions=self.revisions)
            self.stdout.write(f"  {code}: {batch[-1] + 1} events")

    def _tracks(self, locale, wanted):
        gallery = AudioGalleryPage.objects.get(locale=locale)
        files = list(AudioFile.objects.order_by("pk"))
        if not files:
            return
        count = gallery.tracks.count()
        for n in range(count, wanted):
            gallery.tracks.add(
                GalleryTrack(
                    locale=locale,
                    title=f"{_words(locale.language_code, n, 3).capitalize()} {n}",
                    performer=_words(locale.language_code, n + 1, 2).capitalize(),
                    audio=files[n % len(files)],
                    description=_words(locale.language_code, n + 2, 15).capitalize() + ".",
                )
            )
        if wanted > count:
            gallery.save_revision().publish()
            self.stdout.write(f"  {locale.language_code}: {wanted} tracks")

    def _email_list(self, wanted):
        have = Subscriber.objects.filter(email__startswith="bench-reader-").count()
        status = Subscriber.Status
        statuses = (status.CONFIRMED,) * 8 + (status.PENDING, status.UNSUBSCRIBED)
        now = timezone.now()
        Subscriber.objects.bulk_create(
            (
                Subscriber(
                    email=f"bench-reader-{n}@example.org",
                    language=("en", "kk", "ru", "kk-latn")[n % 4],
                    status=statuses[n % len(statuses)],
                    created_at=now - datetime.timedelta(minutes=n),
                    confirmed_at=now - datetime.timedelta(minutes=n) if n % 10 < 8 else None,
                )
                for n in range(have, wanted)
            ),
            batch_size=1000,
        )
        post = NewsPage.objects.filter(slug="bench-post-0", locale__language_code="en").first()
        if post is None or Send.objects.filter(page=post).exists():
            return
        # One finished sending to every confirmed subscriber, 2% of them refused by the server:
        # the sending's admin page lists the failures.
        send = Send.objects.create(page=post, status=Send.Status.DONE, finished_at=now)
        confirmed = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED).values_list("pk", flat=True)
        Delivery.objects.bulk_create(
            (
                Delivery(
                    send=send,
                    subscriber_id=pk,
                    status=Delivery.Status.FAILED if n % 50 == 0 else Delivery.Status.DELIVERED,
                    attempts=1,
                    delivered_at=now,
                    answer="550 5.1.1 mailbox unavailable" if n % 50 == 0 else "",
                )
                for n, pk in enumerate(confirmed.iterator())
            ),
            batch_size=1000,
        )
        failed = Delivery.objects.filter(send=send, status=Delivery.Status.FAILED).count()
        recipients = Delivery.objects.filter(send=send).count()
        Send.objects.filter(pk=send.pk).update(
            recipients=recipients, delivered=recipients - failed, failed=failed
        )
        self.stdout.write(f"  email list: {wanted} subscribers, one sending to {recipients}")

    def _editor(self):
        setup_roles(Page.objects.get(depth=2, locale__language_code="en"))
        username, password = EDITOR
        if not get_user_model().objects.filter(username=username).exists():
            create_staff_account(username, "editor", password)
