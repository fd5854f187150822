import datetime
from functools import partial

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, empty
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from kazakh_latin.search import LATIN_SEARCH_FIELD, LatinSearchable
from site_core.blocks import BodyBlock
from site_core.content_changes import page_tag
from site_core.fragments import shared
from site_core.language_links import language_links
from site_core.models import BasePage, IntroPage, SiteSettings
from site_core.renditions import with_renditions
from site_core.seo import paginated, plain_text, route_links
from site_core.tree import children, siblings
from site_core.visibility import public

from .. import pdf as bulletin_pdf
from .snippets import NewsCategory

THUMBNAIL = "fill-480x300"
PAGE_SIZE = 10


def with_thumbnails(posts):
    """Posts for a list: their hero image and its thumbnail rendition fetched up front, so a
    list costs the same number of queries whatever its length; never their body, which lists
    do not show."""
    return (
        with_renditions(posts, "hero_image", THUMBNAIL)
        .select_related("category", "author", "locale")
        .defer("body")
    )


class ListedPost(SimpleLazyObject):
    """A post of a list, known by its id until more than its id is read."""

    def __init__(self, pk, load):
        super().__init__(load)
        self.__dict__["pk"] = pk

    @property
    def __class__(self):
        # Templates ask what a value is (isinstance) before reading ``post.pk``: a post, known
        # without loading it.
        return NewsPage if self._wrapped is empty else type(self._wrapped)

    def __getitem__(self, key):
        # Templates try ``post["pk"]`` before ``post.pk``: a page is no mapping, so its stand-in
        # must not load it to say so.
        raise TypeError("a post is not subscriptable")


def listed_posts(ids: list[int]) -> list[ListedPost]:
    """Stand-ins for these posts, in this order; the first one read loads them all, with their
    thumbnails, in one query (``with_thumbnails``)."""
    loaded: dict = {}

    def load(pk):
        if not loaded:
            loaded.update(with_thumbnails(NewsPage.objects.all()).in_bulk(ids))
        return loaded.get(pk)

    return [ListedPost(pk, partial(load, pk)) for pk in ids]


def category_route(category, index) -> str | None:
    """The category's listing below ``index`` (in its language), if the category has a translation there."""
    slug = (
        NewsCategory.objects.filter(translation_key=category.translation_key, locale_id=index.locale_id)
        .values_list("slug", flat=True)
        .first()
    )
    return f"category/{slug}/" if slug else None


class NewsIndexPage(LatinSearchable, RoutablePageMixin, IntroPage):
    template = "news/news_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    search_fields = [*IntroPage.search_fields, LATIN_SEARCH_FIELD]

    class Meta:
        verbose_name = _("news index")

    def cache_tags(self):
        """What the page cache stores it with (``site_core.content_changes``): posts, and the
        category and author names on their cards."""
        return ("news", "news-labels")

    def get_cached_paths(self):
        # What a CDN purges with the index: its feeds and the bulletins list too.
        return ["/", "feed/", "feed/atom/", "bulletins/"]

    def route(self, request, path_components):
        """Wagtail's routing (this page's own routes first, then a child by its slug), except
        that a post comes with what its page shows (category, author and photo, image, locale)
        and is shared per change (``child_post``): Wagtail takes two queries (the page, then its
        specific row) and the post a third, on every request. Posts are the only children a
        news index has."""
        if not path_components:
            return super().route(request, path_components)
        if self.live:
            try:
                view, args, kwargs = match = self.resolve_subpage("/" + "/".join(path_components) + "/")
            except Http404:
                pass
            else:
                request.routable_resolver_match = match
                return RouteResult(self, args=(view, args, kwargs))
        post = self.child_post(path_components[0])
        if post is None:
            raise Http404
        post._cached_parent_obj = self  # the post's page shows its index: no query for it
        return post.route(request, path_components[1:])

    def child_post(self, slug: str):
        """The post with this slug below this index, live or not (its ``route`` decides), or
        None. The slug is looked up (a small query: a visitor's slug never makes a cache key);
        the post, with what its page shows, is shared per change of it (its ``page:`` tag) and
        of the names and photos of its labels ("news-labels")."""
        found = (
            children(NewsPage.objects.all(), self)
            .filter(slug=slug)
            .values_list("pk", "translation_key")
            .first()
        )
        if found is None:
            return None
        pk, translation_key = found
        return shared(
            "post",
            lambda: NewsPage.objects.select_related(*NewsPage.SHOWN_RELATIONS).filter(pk=pk).first(),
            pk,
            tags=(f"page:{translation_key}", "news-labels"),
        )

    def posts(self):
        return children(public(NewsPage.objects.live()), self).order_by("-date", "-first_published_at", "-pk")

    def post_years(self) -> list[int]:
        return [day.year for day in self.posts().dates("date", "year", order="DESC")]

    def categories(self):
        return NewsCategory.objects.filter(locale_id=self.locale_id)

    def category_url(self, category, request=None) -> str:
        return f"{self.get_url(request)}category/{category.slug}/"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = kwargs.get("posts")
        if posts is None:
            posts = self.posts()
        listing = kwargs.get("listing", "all")
        paginator = Paginator(posts.values_list("pk", flat=True), PAGE_SIZE)
        # How many posts a list has, and in which years there are posts, change only with
        # content: counted once per content generation (each costs a pass over every post).
        paginator.count = shared("post-count", posts.count, self.pk, listing, tags=("news",))
        page = paginator.get_page(request.GET.get("page"))
        # So do the posts on each page of it; they are loaded only if a card is not in the
        # shared HTML (news/components/post_card.html).
        ids = shared(
            "post-page", lambda: list(page.object_list), self.pk, listing, page.number, tags=("news",)
        )
        page.object_list = listed_posts(ids)
        context["posts"] = page
        context["categories"] = shared(
            "news-categories", lambda: list(self.categories()), self.locale_id, tags=("news-labels",)
        )
        context["years"] = shared("post-years", self.post_years, self.pk, tags=("news",))
        context["feed_url"] = kwargs.get("feed_url") or f"{self.get_url(request)}feed/"
        # Each listing, and each page of it, is its own canonical page (site_core.seo).
        links = kwargs.get("links") or language_links(request, self)
        context["listing_links"] = paginated(links, context["posts"].number)
        context["meta_description"] = (
            kwargs.get("description")
            or self.meta_description
            or plain_text(self.intro)
            or self.listing_description(request, gettext("News of the %(embassy)s"))
        )
        return context

    def listing_description(self, request, template: str, **values) -> str:
        return template % {"embassy": SiteSettings.current(request).embassy_name, **values}

    @path("")
    def all_posts(self, request):
        return self.render(request, context_overrides={"filter": None})

    @path("category/<slug:slug>/")
    def category_posts(self, request, slug):
        category = get_object_or_404(self.categories(), slug=slug)
        posts = self.posts().filter(category=category)
        feed_url = f"{self.category_url(category, request)}feed/"
        return self._render_filtered(
            request,
            posts,
            category=category,
            feed_url=feed_url,
            links=route_links(
                request, self, f"category/{slug}/", lambda index: category_route(category, index)
            ),
            description=self.listing_description(
                request, gettext("News of the %(embassy)s: category %(category)s"), category=category.name
            ),
        )

    @path("tag/<slug:tag>/")
    def tag_posts(self, request, tag):
        posts = self.posts().filter(tags__slug=tag).distinct()
        if not posts.exists():
            raise Http404
        # Tags are words of one language: another language has this listing only where its
        # posts carry the same tag.
        return self._render_filtered(
            request,
            posts,
            tag=posts[0].tags.get(slug=tag),
            links=route_links(
                request,
                self,
                f"tag/{tag}/",
                lambda index: f"tag/{tag}/" if index.posts().filter(tags__slug=tag).exists() else None,
            ),
            description=self.listing_description(
                request, gettext("News of the %(embassy)s tagged “%(tag)s”"), tag=tag
            ),
        )

    @re_path(r"^(?P<year>[1-9]\d{3})/$")
    def year_posts(self, request, year):
        posts = self.posts().filter(date__year=int(year))
        if not posts.exists():
            raise Http404
        return self._render_filtered(
            request,
            posts,
            year=int(year),
            links=route_links(request, self, f"{int(year)}/", lambda index: f"{int(year)}/"),
            description=self.listing_description(
                request, gettext("News of the %(embassy)s from %(year)s"), year=int(year)
            ),
        )

    @path("bulletins/")
    def bulletins(self, request):
        posts = self.posts().filter(is_bulletin=True).order_by("-bulletin_issue", "-date")
        return self._render_filtered(
            request,
            posts,
            bulletins=True,
            links=route_links(request, self, "bulletins/", lambda index: "bulletins/"),
            description=self.listing_description(
                request, gettext("Issues of the News Bulletin of the %(embassy)s")
            ),
        )

    @path("feed/")
    def rss_feed(self, request):
        return self._feed(request, atom=False)

    @path("feed/atom/")
    def atom_feed(self, request):
        return self._feed(request, atom=True)

    @path("category/<slug:slug>/feed/")
    def category_rss_feed(self, request, slug):
        return self._feed(request, atom=False, category=get_object_or_404(self.categories(), slug=slug))

    @path("category/<slug:slug>/feed/atom/")
    def category_atom_feed(self, request, slug):
        return self._feed(request, atom=True, category=get_object_or_404(self.categories(), slug=slug))

    def _render_filtered(self, request, posts, feed_url=None, links=None, description=None, **active_filter):
        listing = ":".join(f"{name}={getattr(value, 'pk', value)}" for name, value in active_filter.items())
        return self.render(
            request,
            posts=posts,
            feed_url=feed_url,
            listing=listing,
            links=links,
            description=description,
            context_overrides={"filter": active_filter},
        )

    def _feed(self, request, atom, category=None):
        from news.feeds import NewsAtomFeed, NewsRssFeed

        feed_class = NewsAtomFeed if atom else NewsRssFeed
        return feed_class(index=self, category=category)(request)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPage(LatinSearchable, RoutablePageMixin, BasePage):
    template = "news/news_page.html"
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    date = models.DateField(_("date"), default=timezone.localdate)
    category = models.ForeignKey(
        "news.NewsCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author = models.ForeignKey(
        "news.Author",
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("One or two sentences shown in lists, feeds and search results."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("image text alternative"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for people who cannot see it; leave empty if it is decorative."),
    )
    hero_caption = models.CharField(_("image caption"), max_length=255, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    is_bulletin = models.BooleanField(_("issue of the News Bulletin"), default=False)
    bulletin_issue = models.PositiveIntegerField(_("bulletin issue number"), null=True, blank=True)
    is_special_issue = models.BooleanField(_("special issue"), default=False)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("category"), FieldPanel("author"), FieldPanel("tags")],
            heading=_("About the post"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt"), FieldPanel("hero_caption")],
            heading=_("Image"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("is_bulletin"), FieldPanel("bulletin_issue"), FieldPanel("is_special_issue")],
            heading=_("News Bulletin"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("category", [index.SearchField("name")]),
        LATIN_SEARCH_FIELD,
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("summary"),
        TranslatableField("hero_image_alt"),
        TranslatableField("hero_caption"),
        TranslatableField("body"),
        TranslatableField("category"),
        TranslatableField("author"),
        SynchronizedField("date"),
        SynchronizedField("hero_image"),
        SynchronizedField("tags"),
        SynchronizedField("is_bulletin"),
        SynchronizedField("bulletin_issue"),
        SynchronizedField("is_special_issue"),
    ]

    # What the post's page shows of its relations, fetched with it (NewsIndexPage.route).
    SHOWN_RELATIONS = ("category", "author__photo", "hero_image", "locale")

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")

    def cache_tags(self):
        """What the page cache stores it with besides itself (``site_core.content_changes``): the
        category and author names, and its category's related posts."""
        return ("news-labels", *self._category_tag())

    def changed_tags(self):
        """What its publishing changes besides itself: the lists of posts, its category's."""
        return ("news", *self._category_tag())

    def _category_tag(self) -> tuple[str, ...]:
        return (f"news-category:{self.category_id}",) if self.category_id else ()

    def clean(self):
        super().clean()
        if self.is_bulletin and not self.bulletin_issue:
            raise ValidationError({"bulletin_issue": _("A News Bulletin issue needs its issue number.")})
        if self.is_special_issue and not self.is_bulletin:
            raise ValidationError(
                {"is_special_issue": _("Only an issue of the News Bulletin can be a special issue.")}
            )

    @property
    def meta_description(self) -> str:
        return self.search_description or self.summary

    @property
    def social_image(self):
        return self.hero_image

    def published_at(self) -> datetime.datetime:
        """The post's date as a moment, for feeds and structured data."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(9, 0)))

    def related_posts(self, limit=3):
        if self.category_id is None:
            return NewsPage.objects.none()
        others = siblings(public(NewsPage.objects.live()), self)
        return with_thumbnails(others.filter(category_id=self.category_id).order_by("-date", "-pk"))[:limit]

    def _load_relations(self) -> None:
        """Wagtail's routing (a preview, a sharing link) may fetch the page alone; its category,
        author (with photo), hero image and locale would then cost a query each. One query brings
        them all, none when the news index's routing already did."""
        names = ("category", "author", "hero_image", "locale")
        if all(NewsPage._meta.get_field(name).is_cached(self) for name in names):
            return
        loaded = NewsPage.objects.select_related(*self.SHOWN_RELATIONS).defer("body").get(pk=self.pk)
        for name in names:
            setattr(self, name, getattr(loaded, name))

    def _index_page(self):
        """The parent, always a news index: the one routing came through, else one query (not
        two: page, then specific)."""
        parent = getattr(self, "_cached_parent_obj", None)
        if isinstance(parent, NewsIndexPage):
            return parent
        return NewsIndexPage.objects.get(path=self.path[: -self.steplen])

    def get_context(self, request, *args, **kwargs):
        self._load_relations()
        context = super().get_context(request, *args, **kwargs)
        index_page = self._index_page()
        context["index_page"] = index_page
        context["category_url"] = index_page.category_url(self.category, request) if self.category else None
        # Loaded only when the list is rendered, not when its shared HTML is shown (news_page.html
        # keeps it per change of the category's posts and of the labels on their cards).
        context["related_posts"] = SimpleLazyObject(lambda: list(self.related_posts()))
        context["related_tags"] = " ".join(("news-labels", *self._category_tag()))
        # The article changes with the post's own publishing (its tag, every language's) and with
        # the category, author and tag names in it.
        context["article_tags"] = f"{page_tag(self)} news-labels"
        context["feed_url"] = f"{index_page.get_url(request)}feed/"
        context["structured_data"] = self.structured_data(request)
        context["og_type"] = "article"
        context["pdf"] = bulletin_pdf.link(self, request) if self.is_bulletin else None
        return context

    @path("pdf/")
    def pdf(self, request):
        """The bulletin's PDF edition (``news.pdf``); other posts have none."""
        if not self.is_bulletin:
            raise Http404
        return bulletin_pdf.serve(self, request)

    def structured_data(self, request) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.summary,
            "datePublished": self.published_at().isoformat(),
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": request.build_absolute_uri(self.get_url(request)),
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.author:
            data["author"] = {
                "@type": "Organization" if self.author.is_organisation else "Person",
                "name": self.author.name,
            }
        if self.category:
            data["articleSection"] = self.category.name
        if self.hero_image:
            rendition = self.hero_image.get_rendition("fill-1200x630")
            data["image"] = [request.build_absolute_uri(rendition.url)]
        return data
