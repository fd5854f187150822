"""Dates inside wagtail-localize's sentences in the reader's language.

wagtail-localize writes dates with ``strftime("%-d %B %Y")``, which gives English month names
in every language ("Переведено вручную 2 December 2026"). Its segment comments and the
editor's "last published" date are written with Django's date format of the active language
instead, in the user's time zone.
"""

import json

from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from wagtail_localize.models import StringTranslation


def sentence_date(moment) -> str:
    return date_format(timezone.localtime(moment), "DATE_FORMAT")


def get_comment(self):
    if self.tool_name:
        text = "Translated with {tool_name} on {date}"
    elif self.translation_type == self.TRANSLATION_TYPE_MANUAL:
        text = "Translated manually on {date}"
    elif self.translation_type == self.TRANSLATION_TYPE_MACHINE:
        text = "Machine translated on {date}"
    else:
        return None
    # The sentences are wagtail-localize's own, so its catalogue (and locale/admin) has them.
    return gettext(text).format(tool_name=self.tool_name, date=sentence_date(self.updated_at))


def _with_localized_published_date(view):
    def edit_translation(request, translation, instance):
        response = view(request, translation, instance)
        if isinstance(response, TemplateResponse) and "props" in (response.context_data or {}):
            published = getattr(instance, "last_published_at", None)
            props = json.loads(response.context_data["props"])
            if published is not None and props.get("object", {}).get("lastPublishedDate"):
                props["object"]["lastPublishedDate"] = sentence_date(published)
                response.context_data["props"] = json.dumps(props)
        return response

    edit_translation.localized = True
    return edit_translation


def install() -> None:
    from wagtail_localize.views import edit_translation

    StringTranslation.get_comment = get_comment
    if not getattr(edit_translation.edit_translation, "localized", False):
        edit_translation.edit_translation = _with_localized_published_date(edit_translation.edit_translation)
