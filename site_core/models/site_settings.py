import re
from zoneinfo import ZoneInfo, available_timezones

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

import holidays
from holidays.registry import COUNTRIES

from site_core.fragments import shared

# Translated with django-modeltranslation (see site_core/translation.py): one record per site,
# with a column per language, falling back to English where a language is left empty.
TRANSLATED_FIELDS = ("embassy_name", "address", "opening_hours", "footer_text", "email_list_blurb")


def validate_time_zone(value: str) -> None:
    if value not in available_timezones():
        raise ValidationError(_("“%(value)s” is not a time zone name."), params={"value": value})


def host_country_choices() -> list[tuple[str, str]]:
    """Every country the `holidays` package knows, by ISO code, named in English as the package
    names them (the admin's list; visitors never see it)."""
    named = ((entry[1], re.sub(r"(?<=[a-z])(?=[A-Z])", " ", entry[0])) for entry in COUNTRIES.values())
    return sorted(named, key=lambda choice: choice[1])


def official_languages() -> list[str]:
    """Kazakh and Russian, the languages of Kazakhstan's laws: the reference client's choice."""
    return ["kk", "ru"]


def validate_language_codes(value) -> None:
    known = {code for code, _name in settings.LANGUAGES}
    if not isinstance(value, list) or not set(value) <= known:
        raise ValidationError(_("Choose languages of the site only."))


class LanguageCodesField(models.JSONField):
    """A list of the site's language codes, ticked in the admin. SQLite has no array column,
    and the list is read whole with the settings, so JSON is enough."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=settings.LANGUAGES,
            required=not self.blank,
            widget=kwargs.get("widget") or forms.CheckboxSelectMultiple,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )


def _language_tab(code: str, name: str) -> ObjectList:
    return ObjectList([FieldPanel(f"{field}_{code}") for field in TRANSLATED_FIELDS], heading=name)


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    embassy_name = models.CharField(_("embassy name"), max_length=255)
    emblem = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("emblem"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.TextField(_("address"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    email_list_blurb = models.TextField(_("email list invitation"), blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=63,
        default="UTC",
        validators=[validate_time_zone],
        help_text=_("Event times are shown in this zone, for example Europe/London or Asia/Almaty."),
    )

    host_country = models.CharField(
        _("host country"),
        max_length=2,
        choices=host_country_choices,
        default="GB",
        help_text=_("The embassy is closed on this country's public holidays."),
    )
    host_subdivision = models.CharField(
        _("region of the host country"),
        max_length=10,
        blank=True,
        help_text=_("Where holidays differ by region: its code, for example ENG for England."),
    )
    show_kazakhstan_holidays = models.BooleanField(
        _("closed on Kazakhstan's public holidays"),
        default=True,
        help_text=_("Shows Kazakhstan's public holidays as closures in the calendar."),
    )
    authoritative_languages = LanguageCodesField(
        _("authoritative languages"),
        default=official_languages,
        blank=True,
        validators=[validate_language_codes],
        help_text=_(
            "The languages whose text prevails. A page marked as carrying legal or consular "
            "information, read in any other language, says that it is a translation for "
            "information and links to these texts. Tick none to show no such notice."
        ),
    )

    edit_handler = TabbedInterface(
        [
            *(_language_tab(code, name) for code, name in settings.LANGUAGES),
            ObjectList(
                [FieldPanel("phone"), FieldPanel("email"), FieldPanel("emblem"), FieldPanel("time_zone")],
                heading=_("Contact and emblem"),
            ),
            ObjectList(
                [
                    FieldPanel("host_country"),
                    FieldPanel("host_subdivision"),
                    FieldPanel("show_kazakhstan_holidays"),
                ],
                heading=_("Public holidays"),
            ),
            ObjectList([FieldPanel("authoritative_languages")], heading=_("Legal texts")),
        ]
    )

    class Meta:
        verbose_name = _("embassy settings")
        verbose_name_plural = _("embassy settings")

    def __str__(self):
        return self.embassy_name

    def clean(self):
        super().clean()
        if self.host_subdivision:
            try:
                regions = holidays.country_holidays(self.host_country).subdivisions
            except NotImplementedError:
                regions = ()
            if self.host_subdivision not in regions:
                message = _("“%(value)s” is not a region of this country: use one of %(codes)s.") % {
                    "value": self.host_subdivision,
                    "codes": ", ".join(regions) or "—",
                }
                raise ValidationError({"host_subdivision": message})

    @classmethod
    def current(cls, request) -> "SiteSettings":
        """The settings of the request's site, read once per request. Unlike Wagtail's
        ``for_request`` this never writes a row: a site without settings gets an unsaved default."""
        cached = getattr(request, "_embassy_settings", None)
        if cached is not None:
            return cached
        site = Site.find_for_request(request) if request is not None else None
        found = (
            shared(
                "settings",
                lambda: cls.objects.filter(site=site).select_related("emblem").first(),
                site.pk,
                tags=("settings",),
            )
            if site
            else None
        )
        result = found or cls(embassy_name=settings.WAGTAIL_SITE_NAME)
        if request is not None:
            request._embassy_settings = result
        return result

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone or "UTC")
