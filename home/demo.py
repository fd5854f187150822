"""The home page of the reference site, in English with Kazakh and Russian translations."""

from wagtail.models import Locale, Page, Site

from home.models import HomePage
from site_core.demo.hero_image import get_or_create_demo_image
from site_core.demo.pages import publish_translations

HOME = {
    "en": {
        "title": "Embassy of Kazakhstan",
        "hero_title": "Embassy of Kazakhstan",
        "intro": (
            "<p>Welcome to the official website of the Embassy of Kazakhstan. Read the Embassy's news "
            "and the News Bulletin, see the upcoming events, listen to Kazakh music and join our "
            "email list.</p>"
        ),
    },
    "kk": {
        "title": "Қазақстан Елшілігі",
        "hero_title": "Қазақстан Елшілігі",
        "intro": (
            "<p>Қазақстан Елшілігінің ресми сайтына қош келдіңіз. Мұнда Елшілік жаңалықтары мен "
            "«Жаңалықтар бюллетенін» оқып, алдағы іс-шаралармен танысып, қазақ музыкасын тыңдай аласыз "
            "және біздің тарату тізімімізге жазыла аласыз.</p>"
        ),
    },
    "ru": {
        "title": "Посольство Казахстана",
        "hero_title": "Посольство Казахстана",
        "intro": (
            "<p>Добро пожаловать на официальный сайт Посольства Казахстана. Здесь можно прочитать новости "
            "Посольства и «Информационный бюллетень», узнать о предстоящих мероприятиях, послушать "
            "казахскую музыку и подписаться на нашу рассылку.</p>"
        ),
    },
}


def load_demo(log) -> None:
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=english)
        )
        home = root.add_child(
            instance=HomePage(
                slug="embassy",
                locale=english,
                hero_image=get_or_create_demo_image("Steppe at sunrise"),
                **HOME["en"],
            )
        )
        home.save_revision().publish()
        log(f"  published en: {home.title}")

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=HOME["en"]["title"]
        )
    elif site.root_page_id != home.pk:
        previous = site.root_page
        site.root_page = home
        site.site_name = HOME["en"]["title"]
        site.save()
        # Wagtail's migrations create a placeholder "Welcome" page; it has no place in the site.
        if previous.specific_class is Page and previous.get_children_count() == 0:
            previous.delete()
        log("  the site now starts at the home page")

    publish_translations(home, HOME, log)
