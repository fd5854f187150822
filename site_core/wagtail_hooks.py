from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from site_core.translation_status import STATUSES, counts, page_rows
from site_core.views.translation_board import translation_board


@hooks.register("register_admin_urls")
def register_translation_board_url():
    return [path("translations/", translation_board, name="translation_board")]


@hooks.register("register_admin_menu_item")
def register_translation_board_menu_item():
    return MenuItem(_("Translations"), reverse("translation_board"), icon_name="globe", order=250)


class TranslationSummaryPanel(Component):
    name = "translation_summary"
    template_name = "site_core/admin/translation_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["totals"] = counts(page_rows())
        context["statuses"] = STATUSES
        context["board_url"] = reverse("translation_board")
        return context


@hooks.register("construct_homepage_panels")
def add_translation_summary(request, panels):
    panels.append(TranslationSummaryPanel())
