from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from kazakh_latin import variant

# Each language by its own name, Kazakh in Latin script too («Qazaqşa»).
VISITOR_LANGUAGES = variant.with_variant(settings.LANGUAGES, variant.NAME)


def page_language(request) -> str:
    """The language of the emails a visitor reads on this page: ``kk-latn`` on a ``/kk-latn/``
    page, which the Kazakh view answers with Kazakh active."""
    if variant.is_latin(request):
        return variant.CODE
    return translation.get_language()


def consent_text() -> str:
    return str(
        _(
            "I agree that the Embassy keeps my email address to send me its news and invitations. "
            "I can unsubscribe at any time with the link in every email."
        )
    )


class SignupForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)
    language = forms.ChoiceField(label=_("Language of the emails"), choices=VISITOR_LANGUAGES)
    consent = forms.BooleanField(label=_("I agree to receive emails"), required=True)
    # Hidden from people; bots that fill in every field give themselves away.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = language
        self.fields["consent"].help_text = consent_text()

    def is_bot(self) -> bool:
        return bool(self.data.get("website"))


class LanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the emails"), choices=VISITOR_LANGUAGES)
