"""What a save changed, as dependency tags (``site_core.fragments``), and what a page shows.

A page class may answer two questions; one that does not is treated as showing, and changing,
anything at all (correct first):

* ``cache_tags()``: the kinds of content it shows besides itself and the fragments it uses
  (a post its category's related posts and the category and author names; the calendar its
  events and closures). The page cache stores a page with these, its own ``page:`` tag (the
  page in every language, its translations and aliases) and its fragments' tags.
* ``changed_tags()``: the kinds of content a change of it changes besides itself (a post the
  lists of posts and its category's related posts). A save of a live page of such a class
  counts up these tags, its own, and those its previous state gave (a post moved to another
  category leaves the old one's related posts too), plus ``menu`` when a page shown in the
  menus (a child of a home page) changes its title or whether it is shown there.

Everything else counts the generation up: a new page, a move, an unpublish, a slug change
(every link to the page and below it), a deletion, a view restriction, images, documents,
settings, sites, locales. Snippets count up the tags of the kind they belong to
(``SNIPPET_TAGS``); an inline row of a page (a track, a post's tag) is a change of its page.
"""

from django.db.models.signals import post_delete, post_save, pre_save

from wagtail import hooks
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from modelcluster.fields import ParentalKey

from site_core.fragments import ANY, counters, declare_complete, depends_on, invalidate, tag_changed, tag_key

# Saving a revision rewrites only these columns of a page: what visitors see does not change.
DRAFT_ONLY_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}
CONTENT_MODELS = {"wagtailcore.Site", "wagtailcore.Locale", "wagtailcore.PageViewRestriction"}
# Renditions are made when a page is first shown, and Wagtail records an image's size and hash
# the first time it reads them: none of that changes what pages show.
NOT_CONTENT = {"wagtailimages.Rendition"}
BOOKKEEPING_FIELDS = {"file_size", "file_hash"}
CONTENT_APPS = {
    "home",
    "news",
    "events",
    "closures",
    "infopages",
    "notices",
    "audio",
    "site_core",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
}
SNIPPET_TAGS = {
    "news.NewsCategory": ("news", "news-labels"),
    "news.Author": ("news", "news-labels"),
    "taggit.Tag": ("news", "news-labels"),
    "events.EventCategory": ("events", "events-labels"),
    "closures.ClosureDay": ("closures", "events"),
    "notices.Notice": ("notices",),
    "audio.AudioFile": ("audio",),
}
# The menus and the site tree list home pages' children (and information pages, which change
# everything); deeper pages (posts, events) are listed by their section only.
MENU_DEPTH = 3
_hook_registered: list[bool] = []


def page_tag(page) -> str:
    return f"page:{page.translation_key}"


def shown_by(page) -> tuple[str, ...]:
    """The tags of what ``page`` shows besides its fragments (``ANY``: it does not say)."""
    cache_tags = getattr(page, "cache_tags", None)
    if cache_tags is None:
        return (ANY,)
    return (page_tag(page), *cache_tags())


def _menu_entry(page) -> tuple:
    return (page.title, page.show_in_menus)


def _tags_of(page) -> set[str] | None:
    """What a change of ``page`` changes, None: everything."""
    changed = getattr(page, "changed_tags", None)
    if changed is None:
        return None
    return {page_tag(page), *changed()}


def _remember_previous_state(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    if raw or not isinstance(instance, Page) or instance.pk is None or _tags_of(instance) is None:
        return
    if update_fields is not None and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    previous = type(instance).objects.filter(pk=instance.pk).first()
    if previous is not None:
        # A page not live before was in no menu: going live is a change of its entry.
        instance._changed_before = (_tags_of(previous), _menu_entry(previous) if previous.live else None)


def _page_changed(page) -> None:
    tags = _tags_of(page)
    if tags is None:
        invalidate()
        return
    before_tags, before_menu = getattr(page, "_changed_before", (set(), _menu_entry(page)))
    page.__dict__.pop("_changed_before", None)
    if page.depth is not None and page.depth <= MENU_DEPTH and before_menu != _menu_entry(page):
        tags.add("menu")
    tag_changed(*sorted(tags | (before_tags or set())))


def _page_saved(instance, created, update_fields) -> None:
    if update_fields is not None and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    if created:
        if instance.live:
            invalidate()
    elif instance.live or "live" in (update_fields or ()):
        _page_changed(instance)


def _parent_page(sender, instance):
    """The page an inline row (a ParentalKey to a page) belongs to, or None."""
    for field in sender._meta.fields:
        if isinstance(field, ParentalKey) and issubclass(field.related_model, Page):
            page = field.get_cached_value(instance, None)
            if page is None:
                page = field.related_model.objects.filter(pk=getattr(instance, field.attname)).first()
            return page
    return None


def _shows_on_pages(sender, update_fields) -> bool:
    if sender._meta.label in NOT_CONTENT or (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        return False
    return sender._meta.app_label in CONTENT_APPS or sender._meta.label in CONTENT_MODELS


def _content_changed(sender, instance, **kwargs) -> None:
    saved = kwargs.get("signal") is post_save
    if isinstance(instance, Page):
        if saved:
            _page_saved(instance, kwargs.get("created", False), kwargs.get("update_fields"))
        else:
            invalidate()
        return
    if not _shows_on_pages(sender, kwargs.get("update_fields")):
        return
    if sender._meta.label == "taggit.Tag" and kwargs.get("created"):
        return  # a new tag is on no page yet: the post that uses it counts its own change
    if sender._meta.label in SNIPPET_TAGS:
        tag_changed(*SNIPPET_TAGS[sender._meta.label])
        return
    page = _parent_page(sender, instance)
    if page is not None and page.live and _tags_of(page) is not None:
        _page_changed(page)
    else:
        invalidate()


def _published(sender, instance, **kwargs) -> None:
    _page_changed(instance)


def _record_what_the_page_shows(page, request, serve_args, serve_kwargs):
    tags = shown_by(page)
    if ANY in tags:
        return None
    depends_on(*tags)
    declare_complete()
    # Read before the page is built: a change made meanwhile leaves the stored copy outdated.
    counters(tag_key(tag) for tag in tags)
    return None


def connect() -> None:
    page_published.connect(_published, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="page-cache-moved")
    page_slug_changed.connect(invalidate, dispatch_uid="page-cache-slug-changed")
    pre_save.connect(_remember_previous_state, dispatch_uid="page-cache-before-save")
    post_save.connect(_content_changed, dispatch_uid="page-cache-saved")
    post_delete.connect(_content_changed, dispatch_uid="page-cache-deleted")
    if not _hook_registered:
        hooks.register("before_serve_page", _record_what_the_page_shows)
        _hook_registered.append(True)
