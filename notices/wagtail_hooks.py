from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Notice


class NoticeViewSet(SnippetViewSet):
    model = Notice
    icon = "warning"
    # Its own menu item: an emergency notice must be found at once.
    add_to_admin_menu = True
    menu_label = _("Site notices")
    menu_order = 250
    list_display = ["title", "level", "starts_at", "ends_at", "locale"]
    list_filter = ["level", "locale"]
    ordering = ["-starts_at"]


register_snippet(NoticeViewSet)
