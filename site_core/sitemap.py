from collections import defaultdict

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from kazakh_latin import variant
from kazakh_latin.rewriting import latin_links
from site_core.models import TRANSLATED


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists only the default language's tree; this one lists the pages of
    every language, each with ``xhtml:link`` alternates pointing at its translations."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for root in roots:
            in_any_tree |= Q(path__startswith=root.path)
        pages = list(
            # Pages standing in for missing translations repeat their source: they are left out.
            Page.objects.live()
            .public()
            .filter(in_any_tree, TRANSLATED)
            .select_related("locale")
            .order_by("path")
        )
        self._translations = defaultdict(list)
        for page in pages:
            self._translations[page.translation_key].append(page)
        return pages

    def absolute_url(self, page):
        # The host the visitor used, as in the pages' own hreflang links, rather than the
        # hostname stored on the Wagtail Site record.
        return self.request.build_absolute_uri(page.get_url(self.request))

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            location = self.absolute_url(item)
            alternates = []
            for other in self._translations[item.translation_key]:
                other_location = self.absolute_url(other)
                alternates.append({"lang_code": other.locale.language_code, "location": other_location})
                if other.locale.language_code == variant.SOURCE:
                    # The Kazakh page in Latin script (kazakh_latin) is an alternate of its own.
                    alternates.append({"lang_code": variant.TAG, "location": latin_links(other_location)})
            default = next((a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None)
            if default:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            entry = {
                "item": item,
                "location": location,
                "lastmod": self.lastmod(item),
                "alternates": alternates,
            }
            urls.append(entry)
            if item.locale.language_code == variant.SOURCE:
                latin = next(a["location"] for a in alternates if a["lang_code"] == variant.TAG)
                urls.append({**entry, "location": latin})
        return urls
