"""Demo news: the reference page's elections article, its special bulletin issue and six more
posts, with categories and an author, in English, Kazakh and Russian."""

from wagtail.models import Locale
from wagtail.rich_text import RichText

from home.models import HomePage
from news.models import Author, NewsCategory, NewsIndexPage, NewsPage
from site_core.demo.hero_image import get_or_create_demo_image
from site_core.demo.pages import publish_translations, translate_snippet

from .elections import BULLETIN, ELECTIONS
from .posts import POSTS
from .taxonomy import CATEGORIES, NEWS_INDEX, PRESS_SERVICE

LANGUAGES = ("en", "kk", "ru")


def load_demo(log) -> None:
    english = Locale.objects.get(language_code="en")
    categories = {key: _category(key, texts, english) for key, texts in CATEGORIES.items()}
    authors = _author(english)
    index = _news_index(english, log)
    for post in [ELECTIONS, BULLETIN, *POSTS]:
        _post(index, post, categories, authors, log)


def _category(key, texts, english):
    source = NewsCategory.objects.filter(locale=english, slug=key).first()
    if source is None:
        source = NewsCategory.objects.create(locale=english, slug=key, **texts["en"])
    return translate_snippet(source, {code: texts[code] for code in LANGUAGES})


def _author(english):
    source = Author.objects.filter(locale=english, name=PRESS_SERVICE["en"]["name"]).first()
    if source is None:
        source = Author.objects.create(locale=english, is_organisation=True, **PRESS_SERVICE["en"])
    authors = translate_snippet(source, PRESS_SERVICE)
    # The press service is an office, not a person (schema.org Organization); demo content
    # loaded before the flag existed gets it too.
    Author.objects.filter(translation_key=source.translation_key).update(is_organisation=True)
    return authors


def _news_index(english, log):
    home = HomePage.objects.get(locale=english)
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=NewsIndexPage(slug="news", locale=english, show_in_menus=True, **NEWS_INDEX["en"])
        )
        index.save_revision().publish()
        log(f"  published en: {index.title}")
    publish_translations(index, NEWS_INDEX, log)
    return index


def _fields(post, code, categories, authors):
    texts = post[code]
    body = [("paragraph", RichText(f"<p>{paragraph}</p>")) for paragraph in texts["paragraphs"]]
    if "table" in texts:
        body.append(
            (
                "table",
                {
                    "data": texts["table"],
                    "table_caption": texts["table_caption"],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                },
            )
        )
    return {
        "title": texts["title"],
        "summary": texts["summary"],
        "body": body,
        "category": categories[post["category"]][code],
        "author": authors[code],
    }


def _post(index, post, categories, authors, log):
    source = NewsPage.objects.child_of(index).filter(slug=post["slug"]).first()
    if source is None:
        source = index.add_child(
            instance=NewsPage(
                slug=post["slug"],
                locale=index.locale,
                date=post["date"],
                hero_image=get_or_create_demo_image(post["image_title"], post["palette"]),
                is_bulletin="bulletin_issue" in post,
                bulletin_issue=post.get("bulletin_issue"),
                is_special_issue=post.get("is_special_issue", False),
                **_fields(post, "en", categories, authors),
            )
        )
        source.save_revision().publish()
        log(f"  published en: {source.title}")
    publish_translations(
        source, {code: _fields(post, code, categories, authors) for code in LANGUAGES if code != "en"}, log
    )
