"""RSS 2.0 and Atom feeds of a news index, per language and per category."""

import uuid

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import http_date
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index, category=None):
        super().__init__()
        self.index = index
        self.category = category
        self.listed = []

    def __call__(self, request, *args, **kwargs):
        self.request = request
        response = super().__call__(request, *args, **kwargs)
        response["Cache-Control"] = "public, max-age=600"
        # Django gives the latest post *date*, which editors set and may put ahead, or "now" for
        # an empty feed; If-Modified-Since needs the latest publish of what the feed shows.
        published = [post.last_published_at for post in self.listed] + [self.index.last_published_at]
        latest = max(filter(None, published), default=None)
        if latest is not None:
            response["Last-Modified"] = http_date(latest.timestamp())
        return response

    def _absolute(self, page):
        return self.request.build_absolute_uri(page.get_url(self.request))

    def title(self):
        if self.category:
            return f"{self.index.title}: {self.category.name}"
        return self.index.title

    def link(self):
        if self.category:
            return self.request.build_absolute_uri(self.index.category_url(self.category, self.request))
        return self._absolute(self.index)

    def description(self):
        return (
            self.category.description
            if self.category and self.category.description
            else _("News from the Embassy")
        )

    def items(self):
        from news.models.pages import with_thumbnails

        posts = self.index.posts()
        if self.category:
            posts = posts.filter(category=self.category)
        self.listed = list(with_thumbnails(posts)[:FEED_LENGTH])
        return self.listed

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return self._absolute(item)

    def item_guid(self, item):
        # Stable across edits, renames and moves; one per language version of the post.
        return f"urn:uuid:{uuid.uuid5(item.translation_key, item.locale.language_code)}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at()

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at()

    def item_author_name(self, item):
        return item.author.name if item.author else None

    def item_categories(self, item):
        return [item.category.name] if item.category else []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
