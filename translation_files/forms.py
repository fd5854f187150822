"""What to export and which file to import.

The export form resolves its choice to the wagtail-localize Translations to write, so a page
that cannot be exported is named in the form, never silently missing from the download: a page
or snippet not yet translated into the language (no Translation: nothing to send), or one the
user may not edit there. For one page that is an error; for a section or a chosen set the user
may tick "skip" and export the rest.
"""

from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from translation_files import importing
from translation_files.rights import may_translate, may_translate_into, target_of
from translation_files.xliff import VERSIONS

NAMED_AT_MOST = 10


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Target language"))
    version = forms.ChoiceField(
        label=gettext_lazy("XLIFF version"),
        choices=[(version, f"XLIFF {version}") for version in VERSIONS],
        initial=VERSIONS[0],
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "2.1 is the current standard; choose 1.2 for tools that read only the older one."
        ),
    )
    scope = forms.ChoiceField(
        label=gettext_lazy("What to export"),
        choices=[
            ("page", gettext_lazy("One page")),
            ("section", gettext_lazy("A page and all the pages below it")),
            ("chosen", gettext_lazy("The pages and snippets chosen below")),
        ],
        initial="page",
        widget=forms.RadioSelect,
    )
    page = forms.ModelChoiceField(
        label=gettext_lazy("Page"),
        queryset=Page.objects.all(),
        required=False,
        widget=AdminPageChooser(can_choose_root=False),
        help_text=gettext_lazy("For one page or a section, in any of its languages."),
    )
    sources = forms.MultipleChoiceField(
        label=gettext_lazy("Pages and snippets"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("Those with a translation started in one of your languages."),
    )
    skip_missing = forms.BooleanField(
        label=gettext_lazy("Skip what cannot be exported and export the rest"),
        required=False,
    )

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        autonyms = dict(settings.LANGUAGES)
        codes = [
            code
            for code in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
            .order_by("language_code")
            .values_list("language_code", flat=True)
            if may_translate_into(user, code)
        ]
        self.fields["language"].choices = [(code, autonyms.get(code, code)) for code in codes]
        self.fields["sources"].choices = _source_choices(codes)

    def clean(self):
        data = super().clean()
        code, scope = data.get("language"), data.get("scope")
        if not code or not scope:
            return data
        if scope == "chosen":
            chosen = TranslationSource.objects.filter(pk__in=data.get("sources") or [])
            titles = dict(chosen.values_list("object_id", "object_repr"))
            if not titles:
                self.add_error("sources", _("Choose at least one page or snippet."))
                return data
        elif data.get("page") is None:
            self.add_error("page", _("Choose a page."))
            return data
        else:
            page = data["page"]
            pages = (
                page.get_descendants(inclusive=True)
                if scope == "section"
                else Page.objects.filter(pk=page.pk)
            )
            titles = dict(pages.values_list("translation_key", "title"))
        found = {}
        refused = {}
        for translation in Translation.objects.filter(
            enabled=True, target_locale__language_code=code, source__object_id__in=titles
        ).select_related("source__locale", "source__specific_content_type", "target_locale"):
            key = translation.source.object_id
            target = target_of(translation)
            if target is None or key in found:
                continue
            if may_translate(self.user, translation, target):
                found[key] = translation
            else:
                refused[key] = titles[key]
        missing = [title for key, title in titles.items() if key not in found and key not in refused]
        language = dict(self.fields["language"].choices)[code]
        problems = []
        if missing:
            problems.append(
                _("Not yet translated into %(language)s (start the translation first): %(titles)s.")
                % {"language": language, "titles": _named(missing)}
            )
        if refused:
            problems.append(
                _("You may not edit these in %(language)s: %(titles)s.")
                % {"language": language, "titles": _named(list(refused.values()))}
            )
        if not found:
            for problem in problems:
                self.add_error(None, problem)
            if not problems:
                self.add_error(None, _("There is nothing to export."))
        elif problems and (scope == "page" or not data.get("skip_missing")):
            for problem in problems:
                self.add_error(None, problem)
            self.add_error("skip_missing", _("Tick this to export the others without them."))
        data["translations"] = list(found.values())
        data["title"] = "" if scope == "chosen" else data["page"].title
        return data


def _source_choices(codes):
    sources = (
        TranslationSource.objects.filter(
            translations__enabled=True, translations__target_locale__language_code__in=codes
        )
        .distinct()
        .select_related("specific_content_type")
        .order_by("object_repr", "pk")
    )
    choices = []
    for source in sources:
        model = source.specific_content_type.model_class()
        if model is not None:
            choices.append((str(source.pk), f"{source.object_repr} ({capfirst(model._meta.verbose_name)})"))
    return choices


def _named(titles):
    shown = ", ".join(f"“{title}”" for title in titles[:NAMED_AT_MOST])
    if len(titles) > NAMED_AT_MOST:
        more = len(titles) - NAMED_AT_MOST
        shown += " " + _("and %(count)d more") % {"count": more}
    return shown


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("XLIFF file or zip of XLIFF files"),
        help_text=gettext_lazy("An .xlf or .xliff file exported here, or a .zip of them, at most 10 MB."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # The size the upload handler counted: refused before a byte of it is read.
        if upload.size > importing.MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB.") % {"size": importing.MAX_UPLOAD_BYTES // 2**20}
            )
        try:
            self.cleaned_data["documents"] = importing.documents(upload)
        except importing.UploadError as error:
            raise forms.ValidationError(str(error)) from error
        return upload
