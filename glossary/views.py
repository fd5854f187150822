"""The glossary in the admin: editors and reviewers keep it, translators read it."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import BooleanColumn, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet

from glossary.models import GlossaryTerm

LANGUAGES = settings.MODELTRANSLATION_LANGUAGES


class GlossaryTermViewSet(ModelViewSet):
    model = GlossaryTerm
    icon = "list-ul"
    add_to_admin_menu = True
    menu_label = _("Glossary")
    menu_order = 260
    # Translators have the view permission only: they read an entry here.
    inspect_view_enabled = True
    list_display = [
        *(f"term_{code}" for code in LANGUAGES),
        BooleanColumn("do_not_translate", label=_("Do not translate")),
        DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]
    list_filter = ["do_not_translate"]
    # Searched in the database, in every language: the admin's search index does not hold it.
    search_backend_name = None
    search_fields = [f"{field}_{code}" for field in ("term", "note") for code in LANGUAGES]
    inspect_view_fields = [
        *(f"term_{code}" for code in LANGUAGES),
        "do_not_translate",
        *(f"note_{code}" for code in LANGUAGES),
        "updated_at",
    ]
