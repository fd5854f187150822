from django import forms
from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail_localize.strings import StringValue, validate_translation_links

from translation_memory.models import MemoryEntry


def language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def language_pairs(languages) -> list[tuple[str, str]]:
    """The pairs from the source language into each content language the user works in, as
    "en:kk" choices; `languages` None for all."""
    source = settings.LANGUAGE_CODE
    return [
        (f"{source}:{code}", f"{language_name(source)} → {language_name(code)}")
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code != source and (languages is None or code in languages)
    ]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Text"), max_length=200, required=False)
    pair = forms.ChoiceField(label=_("Languages"), required=False)

    def __init__(self, *args, languages=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pair"].choices = [("", _("All language pairs")), *language_pairs(languages)]
        self.fields["q"].widget.attrs["type"] = "search"

    def filter(self, entries):
        """The entries the search asks for; all of them while the form has errors."""
        if not self.is_valid():
            return entries
        if self.cleaned_data["pair"]:
            source, target = self.cleaned_data["pair"].split(":")
            entries = entries.filter(source_language=source, target_language=target)
        text = self.cleaned_data["q"].strip()
        if text:
            entries = entries.filter(source_text__icontains=text) | entries.filter(
                target_text__icontains=text
            )
        return entries


class CorrectionForm(forms.ModelForm):
    class Meta:
        model = MemoryEntry
        fields = ["target_text"]
        widgets = {"target_text": forms.Textarea(attrs={"rows": 4})}
        error_messages = {"target_text": {"required": _("Write the translation.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target_text"].widget.attrs["lang"] = self.instance.target_language
        self.fields["target_text"].help_text = _(
            "Keep the inline tags of the source text (bold, links) around the words they mark."
        )

    def clean_target_text(self):
        text = self.cleaned_data["target_text"]  # stripped, and required, by the form field
        # The text goes into pages as wagtail-localize would put a translator's: it must pass
        # the same checks, or the page it fills would fail to save.
        try:
            StringValue.from_translated_html(text)
            validate_translation_links(self.instance.source_text, text)
        except ValueError as error:
            raise forms.ValidationError(
                _("This translation cannot be used in a page: %(error)s"), params={"error": error}
            ) from error
        return text
