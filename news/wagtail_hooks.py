from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from site_core.fragments import shared
from site_core.home_sections import HOOK_NAME, HomeSection
from site_core.routing import live_child
from site_core.visibility import in_given_order

from .models import Author, NewsCategory, NewsIndexPage, NewsPage
from .models.pages import with_thumbnails

HOME_POST_COUNT = 3


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "role", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class NewsSnippets(SnippetViewSetGroup):
    items = (NewsCategoryViewSet, AuthorViewSet)
    menu_icon = "doc-full"
    menu_label = _("News")
    menu_name = "news"


register_snippet(NewsSnippets)


@hooks.register(HOOK_NAME)
def latest_news(request, home_page):
    index = live_child(home_page, NewsIndexPage)
    if index is None:
        return None
    # Which posts are the latest changes only with content; finding them sorts every post, so
    # that is done once per content generation, and each request loads just those posts.
    latest = shared(
        "latest-posts",
        lambda: list(index.posts().values_list("pk", flat=True)[:HOME_POST_COUNT]),
        index.pk,
        tags=("news",),
    )
    if not latest:
        return None
    return HomeSection(
        key="news",
        template="news/home_section.html",
        order=10,
        # Loaded only when the section is rendered, not when its shared HTML is shown.
        context={
            "posts": lambda: in_given_order(with_thumbnails(NewsPage.objects.all()), latest),
            "index_url": index.get_url(request),
        },
    )
