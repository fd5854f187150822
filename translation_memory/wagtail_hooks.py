from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from translation_memory.views import delete_memory_entry, memory_entry, memory_index


@hooks.register("register_admin_urls")
def register_translation_memory_urls():
    return [
        path("translation-memory/", memory_index, name="translation_memory"),
        path("translation-memory/<int:entry_id>/", memory_entry, name="translation_memory_entry"),
        path(
            "translation-memory/<int:entry_id>/delete/",
            delete_memory_entry,
            name="translation_memory_delete",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_translation_memory_menu_item():
    # Beside the translation board ("Translations", order 250).
    return MenuItem(_("Translation memory"), reverse("translation_memory"), icon_name="history", order=251)
