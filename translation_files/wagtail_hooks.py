from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from translation_files import explorer_button
from translation_files.views import export_file, export_files, import_files


@hooks.register("register_admin_urls")
def register_translation_files_urls():
    return [
        path("translation-files/export/", export_files, name="translation_files_export"),
        path(
            "translation-files/export/<int:translation_id>/", export_file, name="translation_files_export_one"
        ),
        path("translation-files/import/", import_files, name="translation_files_import"),
    ]


@hooks.register("register_admin_menu_item")
def register_translation_files_menu():
    items = Menu(
        items=[
            MenuItem(
                _("Export for translation"),
                reverse("translation_files_export"),
                icon_name="download",
                order=1,
            ),
            MenuItem(
                _("Import translations"), reverse("translation_files_import"), icon_name="upload", order=2
            ),
        ]
    )
    return SubmenuMenuItem(_("Translation files"), items, icon_name="doc-full", order=260)


hooks.register("construct_explorer_page_queryset", explorer_button.annotate)
hooks.register("register_page_listing_more_buttons", explorer_button.xliff_buttons)
