import datetime

import wagtail_factories

import factory

from home.models import HomePage
from news.models import Author, NewsCategory, NewsIndexPage, NewsPage
from site_core.models import SiteSettings


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Embassy of Kazakhstan"
    slug = "embassy"
    hero_title = "Embassy of Kazakhstan"
    intro = "<p>Welcome to the official website of the Embassy.</p>"

    class Meta:
        model = HomePage


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    embassy_name_en = "Embassy of Kazakhstan"
    embassy_name_kk = "Қазақстан Елшілігі"
    embassy_name_ru = "Посольство Казахстана"
    address_en = "125 Example Avenue\nCapital City"
    phone = "+1 202 555 0142"
    email = "info@embassy.example"
    opening_hours_en = "Monday to Friday, 09:00–18:00"
    opening_hours_kk = "Дүйсенбі–жұма, 09:00–18:00"
    opening_hours_ru = "Понедельник–пятница, 09:00–18:00"

    class Meta:
        model = SiteSettings


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    show_in_menus = True
    intro = "<p>News from the Embassy.</p>"

    class Meta:
        model = NewsIndexPage


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = NewsCategory


class AuthorFactory(factory.django.DjangoModelFactory):
    name = "Embassy Press Service"
    role = "Press and information"

    class Meta:
        model = Author


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News post {n}")
    slug = factory.Sequence(lambda n: f"news-post-{n}")
    summary = "A short summary of the post."
    date = datetime.date(2026, 11, 2)

    class Meta:
        model = NewsPage
