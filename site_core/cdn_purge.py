"""Publishing purges the CDN (wagtail.contrib.frontend_cache) beyond the page itself, which
Wagtail purges on its own: the page in every other language (an alias there shows the same
text; a translation's switcher links change) and the pages above it in every language, which
list it (the news index, the calendar, the home page, with the feeds and routes their
``get_cached_paths`` name), the site's ``sitemap.xml``; and every Kazakh one of these in Latin
script too (kazakh_latin), the page itself included.

That is what a publish changes for visitors of the CDN, as the page cache sees it
(``site_core.content_changes``), except pages that show the page without being above it (a post
of the same category listing it as related, a settings change shown everywhere): those are
kept by the CDN no longer than ``CDN_MAX_AGE``, as before."""

from django.conf import settings

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from kazakh_latin import variant
from kazakh_latin.rewriting import latin_links


def pages_showing(page: Page) -> list[Page]:
    ancestors = page.get_ancestors().filter(depth__gt=1)
    keys = [page.translation_key, *ancestors.values_list("translation_key", flat=True)]
    return list(Page.objects.live().filter(translation_key__in=keys).exclude(pk=page.pk))


def purge_everywhere(sender, instance, **kwargs) -> None:
    if not settings.WAGTAILFRONTENDCACHE:
        return
    batch = PurgeBatch()
    batch.add_pages(pages_showing(instance))
    itself = PurgeBatch()
    itself.add_page(instance)
    kazakh = [url for url in (*batch.urls, *itself.urls) if variant.SOURCE_PREFIX in url]
    batch.add_urls(latin_links(url) for url in kazakh)
    site = instance.get_site()
    if site is not None:
        batch.add_url(f"{site.root_url}/sitemap.xml")
    batch.purge()


def connect() -> None:
    page_published.connect(purge_everywhere, dispatch_uid="cdn-purge-published")
    page_unpublished.connect(purge_everywhere, dispatch_uid="cdn-purge-unpublished")
