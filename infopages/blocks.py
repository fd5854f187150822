"""Blocks only information pages need: questions and answers, the embassy's contacts and
document downloads. Everything else comes from the site's shared body blocks."""

import re
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from site_core.blocks import RICH_TEXT_FEATURES, BodyBlock, DocumentLinkBlock
from site_core.models import SiteSettings


class UntranslatedCharBlock(blocks.CharBlock):
    """Text that is the same in every language (a phone number): never sent to translators,
    so a translation cannot get it wrong."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))

    class Meta:
        icon = "help"


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        required=False,
        label=_("Title"),
        help_text=_("A heading above the questions, e.g. “Frequently asked questions”."),
    )
    items = blocks.ListBlock(AccordionItemBlock(), min_num=1, label=_("Questions and answers"))

    class Meta:
        icon = "list-ul"
        label = _("Questions and answers")
        template = "infopages/blocks/accordion_block.html"


class PhoneBlock(blocks.StructBlock):
    label = blocks.CharBlock(required=False, label=_("Label"), help_text=_("e.g. “Consular section”."))
    number = UntranslatedCharBlock(max_length=40, label=_("Phone number"))

    class Meta:
        icon = "mobile-alt"


def map_link(address: str = "", latitude: float | None = None, longitude: float | None = None) -> str:
    """An OpenStreetMap link for the coordinates, or a search for the address: a plain link, so
    the page loads no map scripts and tells no third party who visits it."""
    if latitude is not None and longitude is not None:
        return (
            "https://www.openstreetmap.org/?"
            + urlencode({"mlat": f"{latitude:.6f}", "mlon": f"{longitude:.6f}"})
            + f"#map=17/{latitude:.6f}/{longitude:.6f}"
        )
    address = " ".join(address.split())
    return "https://www.openstreetmap.org/search?" + urlencode({"query": address}) if address else ""


class ContactBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    use_embassy_details = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Fill in from the embassy settings"),
        help_text=_("Empty fields show the address, phone, email and opening hours of the embassy settings."),
    )
    address = blocks.TextBlock(required=False, label=_("Address"))
    phones = blocks.ListBlock(PhoneBlock(), default=[], label=_("Phone numbers"))
    email = blocks.EmailBlock(required=False, label=_("Email"))
    opening_hours = blocks.TextBlock(required=False, label=_("Opening hours"))
    latitude = blocks.FloatBlock(required=False, min_value=-90, max_value=90, label=_("Latitude"))
    longitude = blocks.FloatBlock(required=False, min_value=-180, max_value=180, label=_("Longitude"))
    show_closures = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Show upcoming closures"),
        help_text=_("Lists the next days the embassy is closed beside the opening hours."),
    )

    class Meta:
        icon = "site"
        label = _("Contacts")
        template = "infopages/blocks/contact_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        embassy = SiteSettings.current(request) if value["use_embassy_details"] else None
        address = value["address"] or (embassy.address if embassy else "")
        phones = [{"label": phone["label"], "number": phone["number"]} for phone in value["phones"]]
        if not phones and embassy and embassy.phone:
            phones = [{"label": "", "number": embassy.phone}]
        context["contact"] = {
            "address": address,
            "phones": [{**phone, "tel": re.sub(r"[^\d+]", "", phone["number"])} for phone in phones],
            "email": value["email"] or (embassy.email if embassy else ""),
            "opening_hours": value["opening_hours"] or (embassy.opening_hours if embassy else ""),
            "map_url": map_link(address, value["latitude"], value["longitude"]),
        }
        return context


class DocumentsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    documents = blocks.ListBlock(DocumentLinkBlock(), min_num=1, label=_("Documents"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document downloads")
        template = "infopages/blocks/documents_block.html"


class InfoBodyBlock(BodyBlock):
    accordion = AccordionBlock()
    contact = ContactBlock()
    documents = DocumentsBlock()
