"""The PDF edition of a News Bulletin issue, for partners who file and forward it.

What it promises:

- One file per bulletin post, language and published revision, made with WeasyPrint from the
  live post (A4, the embassy's name and emblem, issue number and date in the post's language,
  title, summary, body, a footer with page numbers and the post's address, fonts with every
  Kazakh letter embedded, ``lang`` and the title in the PDF's metadata).
- It is made by a worker when the post is published (``news.tasks``); a request that finds it
  missing (the worker is late) makes it once and stores it, and requests that arrive meanwhile
  wait for that one instead of making their own. The file is never made per request otherwise.
- Files live in the default storage under ``bulletins/<page id>/<language>/<revision id>-<token>.pdf``:
  the token, derived from ``SECRET_KEY``, keeps the name of a post's file unguessable, since
  media may be served without the page's view restrictions. A new revision's file replaces the
  older ones.
- A post that shows another language's text (an untranslated alias) offers that language's
  PDF: the PDF is always in the language the visitor reads on the page.
- Rendering fetches nothing from the network or the file system: images come only from the
  image storage, by name (``read_rendition``).
- Served at the post's address + ``pdf/`` with ``Cache-Control: no-cache`` and an ETag naming
  the revision: caches keep the file but ask the site each time, so a new revision is never
  hidden behind a stored old one, and an unchanged one costs a 304.
"""

import mimetypes
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import get_conditional_response, quote_etag
from django.utils.crypto import salted_hmac
from django.utils.formats import date_format
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe

from wagtail.images import get_image_model

from site_core.content_changes import page_tag
from site_core.fragments import tag_changed

STORAGE_FOLDER = "bulletins"
IMAGE_SCHEME = "embassy-image:"
CACHE_CONTROL = "public, no-cache"
# How long a request waits for another process that is making the same file; past that it
# makes its own (the storage keeps one of them).
LOCK_SECONDS = 120
WAIT_SECONDS = 20
BODY_IMAGE = "max-1400x1400|format-jpeg|jpegquality-82"
EMBLEM = "max-240x240|format-png"


def _rendition_storage():
    return get_image_model().get_rendition_model()._meta.get_field("file").storage


def image_url(image, spec: str) -> str:
    """The address under which the PDF's renderer reads an image's rendition."""
    rendition = image.get_rendition(spec)
    return IMAGE_SCHEME + quote(rendition.file.name)


def read_rendition(url: str) -> tuple[bytes, str]:
    """An image for the PDF, from the image storage only: post content must never make the
    renderer read a local file or call another server."""
    if not url.startswith(IMAGE_SCHEME):
        raise ValueError(f"Not fetched for a bulletin PDF: {url[:80]}")
    name = unquote(url.removeprefix(IMAGE_SCHEME))
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or path.parts[:1] != ("images",):
        raise ValueError(f"Not a rendition: {name[:80]}")
    with _rendition_storage().open(name) as stored:
        body = stored.read()
    return body, mimetypes.guess_type(name)[0] or "application/octet-stream"


def _fetcher():
    # WeasyPrint loads Pango when imported (half a second): only processes that render pay it.
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StorageFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            body, mime_type = read_rendition(url)
            return URLFetcherResponse(url, body, {"Content-Type": mime_type})

    return StorageFetcher()


def _embassy(site):
    from site_core.models import SiteSettings

    found = SiteSettings.objects.filter(site=site).select_related("emblem").first() if site else None
    return found or SiteSettings(embassy_name=settings.WAGTAIL_SITE_NAME)


def _default_emblem() -> str:
    found = finders.find("img/emblem.svg")
    if not found:
        return ""
    return mark_safe(Path(found).read_text(encoding="utf-8"))  # noqa: S308  # nosec B308 B703 - our own static file


def render(page) -> bytes:
    """The PDF of a live news post, in its own language."""
    language = page.locale.language_code
    site = page.get_site()
    with translation.override(language):
        embassy = _embassy(site)
        html = render_to_string(
            "news/bulletin_pdf.html",
            {
                "page": page,
                "language": language,
                "embassy": embassy,
                "emblem_url": image_url(embassy.emblem, EMBLEM) if embassy.emblem else None,
                "default_emblem": _default_emblem(),
                "address": ", ".join(line.strip() for line in embassy.address.splitlines() if line.strip()),
                "date": date_format(page.date, "DATE_FORMAT"),
                "full_url": page.get_full_url(),
                "hero_url": image_url(page.hero_image, BODY_IMAGE) if page.hero_image else None,
                "body_image": BODY_IMAGE,
            },
        )
    from weasyprint import HTML

    base_url = f"{site.root_url}/" if site else None
    return HTML(string=html, base_url=base_url, url_fetcher=_fetcher()).write_pdf(
        pdf_tags=True, optimize_images=True, dpi=200
    )


@dataclass(frozen=True)
class Edition:
    """The PDF a bulletin post offers: that of the page whose text it shows, at its live revision."""

    page_id: int
    language: str
    revision_id: int

    @classmethod
    def of(cls, page) -> "Edition | None":
        if not page.is_bulletin:
            return None
        shown = page.source_page or page
        if not shown.live or shown.live_revision_id is None:
            return None
        return cls(shown.pk, shown.locale.language_code, shown.live_revision_id)

    @cached_property
    def key(self) -> str:
        token = salted_hmac("news.bulletin-pdf", f"{self.page_id}:{self.language}:{self.revision_id}")
        return f"{self.folder}/{self.revision_id}-{token.hexdigest()[:20]}.pdf"

    @property
    def folder(self) -> str:
        return f"{STORAGE_FOLDER}/{self.page_id}/{self.language}"

    def page(self):
        from news.models import NewsPage

        return NewsPage.objects.select_related("locale", "hero_image").get(pk=self.page_id)

    def filename(self, page) -> str:
        return f"bulletin-{page.bulletin_issue}-{page.date.isoformat()}-{self.language}.pdf"

    def size(self) -> int | None:
        """The stored file's size in bytes, or None while it is not made yet."""
        size = cache.get(f"bulletin-pdf-size:{self.key}")
        if size is None and default_storage.exists(self.key):
            size = default_storage.size(self.key)
            # A revision's file never changes: its size can be remembered for good.
            cache.set(f"bulletin-pdf-size:{self.key}", size, None)
        return size

    def ensure(self) -> bytes | None:
        """Makes and stores the file unless it is stored already. Returns the PDF when this
        call made it, None when it was found."""
        if default_storage.exists(self.key):
            return None
        lock = f"bulletin-pdf-lock:{self.key}"
        if cache.add(lock, 1, LOCK_SECONDS):
            try:
                return self._make()
            finally:
                cache.delete(lock)
        # Another process is making it: wait for its file rather than making a second. When
        # the cache is out of reach no lock is seen, and this process makes the file too.
        deadline = time.monotonic() + WAIT_SECONDS
        while cache.get(lock) is not None and time.monotonic() < deadline:
            time.sleep(0.25)
        if default_storage.exists(self.key):
            return None
        return self._make()

    def _make(self) -> bytes:
        page = self.page()
        content = render(page)
        if page.live_revision_id != self.revision_id:
            # Published again since: stored under this revision's name, the file would carry
            # the newer text; the newer revision's own file is made for it.
            return content
        if default_storage.exists(self.key):
            return content
        stored = default_storage.save(self.key, ContentFile(content))
        if stored != self.key:
            # Another process stored the same file first; this storage kept both.
            default_storage.delete(stored)
            return content
        self._remove_older()
        # The post's page, stored in the page cache since the publish, shows the file's size
        # once it is known: once per revision and language, right after a publish.
        tag_changed(page_tag(page))
        return content

    def _remove_older(self) -> None:
        try:
            _folders, files = default_storage.listdir(self.folder)
        except (FileNotFoundError, NotImplementedError):
            return
        current = PurePosixPath(self.key).name
        for name in files:
            if name != current and name.endswith(".pdf"):
                default_storage.delete(f"{self.folder}/{name}")


def serve(page, request) -> HttpResponse:
    """The post's PDF, made now when the worker has not made it yet."""
    edition = Edition.of(page)
    if edition is None:
        raise Http404
    etag = quote_etag(PurePosixPath(edition.key).stem)
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        not_modified["Cache-Control"] = CACHE_CONTROL
        return not_modified
    shown = edition.page()
    content = edition.ensure()
    if content is None:
        try:
            response = FileResponse(default_storage.open(edition.key, "rb"), content_type="application/pdf")
        except FileNotFoundError:
            # Replaced by a newer revision's file since this request began.
            response = HttpResponse(render(shown), content_type="application/pdf")
    else:
        response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(True, edition.filename(shown))
    response["Content-Language"] = edition.language
    response["Cache-Control"] = CACHE_CONTROL
    response["ETag"] = etag
    return response


def link(page, request) -> dict | None:
    """What the post's page says about its PDF: address, language and size when known."""
    edition = Edition.of(page)
    if edition is None:
        return None
    return {"url": f"{page.get_url(request)}pdf/", "language": edition.language, "size": edition.size()}
