"""The embassy's glossary: one approved translation of each term in every language, used the same
way on every page and snippet (DESIGN.md, "Translations over time").

A term is not content a visitor reads, so it is not a wagtail-localize snippet with a row per
language: it is one row with ``_en/_kk/_ru`` columns (django-modeltranslation, ``translation.py``),
and editors see the three languages side by side. English is the source: ``term_en`` is what is
looked for in source segments, and is required and unique.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel

TRANSLATED_FIELDS = ("term", "note")
TARGET_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE)


def _in_every_language(field: str) -> list[FieldPanel]:
    return [FieldPanel(f"{field}_{code}") for code in settings.MODELTRANSLATION_LANGUAGES]


class GlossaryTerm(models.Model):
    term = models.CharField(
        _("term"),
        max_length=255,
        help_text=_("As it is written in running text: a name, a title or a phrase in its base form."),
    )
    do_not_translate = models.BooleanField(
        _("do not translate"),
        default=False,
        help_text=_(
            "A name or abbreviation that stays as it is in every language. Fill in the Kazakh or "
            "Russian term only where its spelling in that script is fixed."
        ),
    )
    note = models.TextField(_("note"), blank=True, help_text=_("When and how to use the term."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        MultiFieldPanel(_in_every_language("term"), heading=_("Term")),
        FieldPanel("do_not_translate"),
        MultiFieldPanel(_in_every_language("note"), heading=_("Note")),
    ]

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = [Lower("term_en")]

    def __str__(self):
        return self.term_en or ""

    def clean(self):
        super().clean()
        english = (self.term_en or "").strip()
        same = GlossaryTerm.objects.filter(term_en__iexact=english).exclude(pk=self.pk)
        if english and same.exists():
            raise ValidationError({"term_en": _("This term is already in the glossary.")})
        if not self.do_not_translate:
            # A term without an approved translation cannot be checked nor taught to DeepL.
            missing = {
                f"term_{code}": _("Give the approved translation, or tick “do not translate”.")
                for code in TARGET_LANGUAGES
                if not (getattr(self, f"term_{code}", None) or "").strip()
            }
            if missing:
                raise ValidationError(missing)

    def approved(self, language: str) -> str:
        """The approved form in ``language``: its translation, or for a term that is not
        translated its fixed spelling there, else the term itself. Empty when there is none."""
        own = (getattr(self, f"term_{language}", None) or "").strip()
        if own or not self.do_not_translate:
            return own
        return (self.term_en or "").strip()

    def note_in(self, language: str) -> tuple[str, str]:
        """The note in ``language`` if written, else in English, with the language it is in."""
        for code in (language, settings.LANGUAGE_CODE):
            note = (getattr(self, f"note_{code}", None) or "").strip()
            if note:
                return note, code
        return "", language
