from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ClosureDay


class ClosureDayViewSet(SnippetViewSet):
    model = ClosureDay
    icon = "calendar-alt"
    list_display = ["reason", "first_day", "last_day", "locale"]
    list_filter = ["locale"]
    ordering = ["-first_day"]


register_snippet(ClosureDayViewSet)
