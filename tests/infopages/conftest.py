import pytest

from infopages.models import InfoPage
from tests.conftest import translate_page
from tests.fixtures_pages import publish


def list_item(key, **value):
    """A list item as the admin stores it: with a stable id, which wagtail-localize needs to
    put each translated item back in its place."""
    return {"type": "item", "value": value, "id": f"00000000-0000-4000-8000-{key.encode().hex():0>12}"}


QUESTIONS = {
    "type": "accordion",
    "value": {
        "title": "Frequently asked questions",
        "items": [
            list_item("q1", question="How do I renew my passport?", answer="<p>Apply in person.</p>"),
            list_item("q2", question="Do I need a visa?", answer="<p>Citizens of many countries do not.</p>"),
        ],
    },
}
CONTACTS = {
    "type": "contact",
    "value": {
        "title": "Consular section",
        "use_embassy_details": True,
        "address": "",
        "phones": [list_item("p1", label="Duty officer", number="+44 20 7935 1199")],
        "email": "",
        "opening_hours": "",
        "latitude": 51.5226,
        "longitude": -0.1571,
        "show_closures": True,
    },
}


@pytest.fixture
def make_info_page(home):
    def make(parent=None, title="About the Embassy", slug=None, **fields):
        parent = parent or home
        page = InfoPage(
            title=title, slug=slug or title.lower().replace(" ", "-"), locale=parent.locale, **fields
        )
        return publish(parent.add_child(instance=page))

    return make


@pytest.fixture
def info_tree(make_info_page, site_settings):
    """About, Consular services (with Passports and Visas under it) and Contacts."""
    about = make_info_page(title="About the Embassy", slug="about", show_in_menus=True)
    consular = make_info_page(
        title="Consular services", slug="consular", show_in_menus=True, body=[QUESTIONS]
    )
    passports = make_info_page(parent=consular, title="Passports", slug="passports")
    visas = make_info_page(parent=consular, title="Visas", slug="visas")
    contacts = make_info_page(title="Contacts", slug="contacts", is_contacts_page=True, body=[CONTACTS])
    return {
        "about": about,
        "consular": consular,
        "passports": passports,
        "visas": visas,
        "contacts": contacts,
    }


@pytest.fixture
def translated_tree(info_tree, kk_home, ru_home, locales):
    """The tree in Kazakh and Russian, parents first."""
    titles = {
        "kk": {
            "about": "Елшілік туралы",
            "consular": "Консулдық қызметтер",
            "passports": "Төлқұжаттар",
            "visas": "Визалар",
            "contacts": "Байланыс",
        },
        "ru": {
            "about": "О посольстве",
            "consular": "Консульские услуги",
            "passports": "Паспорта",
            "visas": "Визы",
            "contacts": "Контакты",
        },
    }
    pages = {"en": info_tree}
    for code, names in titles.items():
        pages[code] = {
            key: translate_page(info_tree[key], locales[code], title=names[key])
            for key in ("about", "consular", "passports", "visas", "contacts")
        }
    return pages
