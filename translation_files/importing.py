"""An agency's XLIFF files back into wagtail-localize, as its PO import brings a PO file.

A unit's target becomes the StringTranslation of its segment in the target language, written
as `Translation.import_po` writes one (manual, the tool's name, the user, errors cleared), so
the translator finds it in wagtail-localize's editor and publishes from there: an import never
saves nor publishes a page or snippet. Unlike `import_po`, only current segments are written:
a unit whose English text changed since the export (see identifiers.py) is listed instead, so
nobody's translation of an older text lands on the new one.

An upload is read whole into memory, so it is bounded before it is read: its size (the form),
the number of files in a zip and their unpacked size (a zip's declared sizes can lie, so every
member is read to at most what is left of the allowance).
"""

import zipfile
import zlib
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail_localize.models import StringSegment, StringTranslation, Translation

from translation_files import identifiers, xliff
from translation_files.rights import may_translate, target_of

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_FILES = 200
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
TOOL_NAME = "XLIFF"


@dataclass
class FileReport:
    name: str
    title: str = ""
    language: str = ""
    error: str = ""
    imported: int = 0
    unchanged: int = 0
    empty: int = 0
    unmatched: list[str] = field(default_factory=list)
    source_changed: list[str] = field(default_factory=list)


class UploadError(ValueError):
    """An upload refused as a whole; str() is the message for the form."""


def import_documents(documents, user) -> list[FileReport]:
    """Each (name, bytes) document's files imported, with what became of them."""
    reports = []
    for name, data in documents:
        try:
            files = xliff.read(data)
        except xliff.XliffError as error:
            reports.append(FileReport(name, error=str(error)))
            continue
        for number, file in enumerate(files, start=1):
            label = name if len(files) == 1 else f"{name} ({number})"
            reports.append(import_file(file, user, label))
    return reports


def documents(upload) -> list[tuple[str, bytes]]:
    """(name, bytes) of the upload, or of each file in it when it is a zip: all read before any
    is imported, so a zip refused for its size changes nothing."""
    upload.seek(0)
    if not zipfile.is_zipfile(upload):
        upload.seek(0)
        return [(upload.name, upload.read())]
    upload.seek(0)
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError) as error:
        raise UploadError(_("The zip file cannot be opened.")) from error
    found = []
    with archive:
        members = [
            info for info in archive.infolist() if not info.is_dir() and not _is_clutter(info.filename)
        ]
        if len(members) > MAX_FILES:
            raise UploadError(
                _("The zip file holds more than %(count)d files: send them in several zips.")
                % {"count": MAX_FILES}
            )
        allowance = MAX_UNPACKED_BYTES
        for info in members:
            try:
                with archive.open(info) as member:
                    data = member.read(allowance + 1)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, zlib.error) as error:
                raise UploadError(
                    _("“%(name)s” in the zip file cannot be unpacked.") % {"name": info.filename}
                ) from error
            allowance -= len(data)
            if allowance < 0:
                raise UploadError(
                    _("The zip file unpacks to more than %(size)d MB.")
                    % {"size": MAX_UNPACKED_BYTES // 2**20}
                )
            found.append((info.filename, data))
    return found


def _is_clutter(name: str) -> bool:
    # What macOS adds to a zip it makes: resource forks, not files anyone chose.
    return name.startswith("__MACOSX/") or name.rpartition("/")[2].startswith("._")


def import_file(file: xliff.File, user, name: str) -> FileReport:
    report = FileReport(name)
    uuid = identifiers.translation_uuid(file.id)
    found = (
        Translation.objects.filter(uuid=uuid, enabled=True)
        .select_related("source__locale", "target_locale")
        .first()
        if uuid
        else None
    )
    if found is None:
        report.error = _(
            "The file does not belong to a translation of this site, or that translation was stopped."
        )
        return report
    report.title = found.source.object_repr
    report.language = found.target_locale.language_code
    if _language(file.target_language) != report.language:
        report.error = _(
            "The file is for the language “%(file)s”, but its translation is into “%(translation)s”."
        ) % {"file": file.target_language or "?", "translation": report.language}
        return report
    if _language(file.source_language) != found.source.locale.language_code:
        report.error = _("The file's source language “%(file)s” is not the language of the original.") % {
            "file": file.source_language or "?"
        }
        return report
    if not may_translate(user, found, target_of(found)):
        report.error = _("You may not translate this page or snippet into this language.")
        return report
    with transaction.atomic():
        _write(found, file.units, user, report)
    return report


def _language(tag: str) -> str:
    # "kk-KZ" or "ru_RU" from a tool's language list is still Kazakh or Russian.
    return tag.replace("_", "-").split("-")[0].lower()


def _write(translation, units, user, report):
    segments = {}
    paths = set()
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        segments[identifiers.unit_id(segment.context.path, segment.string.data_hash)] = segment
        paths.add(segment.context.path)
    existing = {
        (each.translation_of_id, each.context_id): each
        for each in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id, context__object_id=translation.source.object_id
        )
    }
    for unit in units:
        segment = segments.get(unit.id)
        if segment is None:
            changed = identifiers.path_of(unit.id) in paths
            (report.source_changed if changed else report.unmatched).append(unit.id)
            continue
        # The id carries the hash of the text exported; the text itself is compared too, in case
        # a tool or a person changed it in the file. Whitespace is a tool's layout, not a change.
        if unit.source.split() != segment.string.data.split():
            report.source_changed.append(unit.id)
            continue
        if unit.target is None or not unit.target.strip():
            report.empty += 1
            continue
        current = existing.get((segment.string_id, segment.context_id))
        if current is not None and current.data == unit.target:
            report.unchanged += 1
            continue
        if current is None:
            current = StringTranslation(
                translation_of=segment.string, locale_id=translation.target_locale_id, context=segment.context
            )
            existing[segment.string_id, segment.context_id] = current
        current.data = unit.target
        current.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
        current.tool_name = TOOL_NAME
        current.last_translated_by = user
        current.updated_at = timezone.now()
        current.has_error = False
        current.field_error = ""
        current.save()
        report.imported += 1
