"""A translation as an XLIFF file for an agency, and several as one zip.

A file holds the source's current segments, each once per context (wagtail-localize translates
a string once per context, so a repeated sentence is one unit), in the order of the page, with
the translation made so far as the target and where the segment sits as a note. The notes are
in the source language, the language of the file's source text.
"""

import io
import json
import zipfile

from django.utils import translation as active_language
from django.utils.text import slugify

from wagtail_localize.models import StringSegment

from translation_files import identifiers, xliff
from translation_workflow.source_changes import describe

XLIFF_CONTENT_TYPE = "application/xliff+xml; charset=utf-8"


def file_for(translation) -> xliff.File:
    source = translation.source
    model = source.specific_content_type.model_class()
    content = json.loads(source.content_json)
    segments = (
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .select_related("context", "string")
        .annotate_translation(translation.target_locale, include_errors=True)
    )
    units = {}
    with active_language.override(source.locale.language_code):
        for segment in segments:
            unit_id = identifiers.unit_id(segment.context.path, segment.string.data_hash)
            if unit_id not in units:
                note = describe(model, content, segment.context.path, segment.context.field_path)
                units[unit_id] = xliff.Unit(unit_id, segment.string.data, segment.translation, str(note))
    return xliff.File(
        identifiers.file_id(translation),
        source.locale.language_code,
        translation.target_locale.language_code,
        list(units.values()),
        title=source.object_repr,
    )


def file_name(translation) -> str:
    # The source's title: English, so an ASCII slug; "translation" for a title with no letter left.
    slug = slugify(translation.source.object_repr)[:60].strip("-") or "translation"
    return f"{slug}.{translation.target_locale.language_code}.xlf"


def exported(translations, version: str, title: str = "") -> tuple[str, str, bytes]:
    """(file name, content type, bytes): one .xlf for one translation, else a zip of them named
    after `title` (a section's page)."""
    if len(translations) == 1:
        only = translations[0]
        return file_name(only), XLIFF_CONTENT_TYPE, xliff.write(file_for(only), version)
    buffer = io.BytesIO()
    names = set()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for each in translations:
            name = file_name(each)
            if name in names:  # two pages of the same title
                name = name.replace(".xlf", f"-{each.pk}.xlf")
            names.add(name)
            archive.writestr(name, xliff.write(file_for(each), version))
    slug = slugify(title)[:60].strip("-") or "translation-files"
    return f"{slug}.{translations[0].target_locale.language_code}.zip", "application/zip", buffer.getvalue()
