"""The ids that let a returned file find its translation and its segments again.

A file (XLIFF 2 `<file id>`, 1.2 `<file original>`) is "<app>.<model>:<translation key>:<uuid>":
the model and object for people reading it, and the uuid wagtail-localize keeps on each
Translation for outside systems (its PO files carry the same one), which alone decides the
import. A unit is "<context path>:<hash of the source string>": wagtail-localize translates a
string per context, and a rich text field's paragraphs share their field's context, so the path
alone would not do. Because the hash is of the English text exported, a unit whose text has
since changed finds its path but not its hash: the import tells it apart from a unit that
matches nothing. Paths are field names, block ids and positions, so both ids stay XML name
tokens, as XLIFF 2 requires.
"""

import uuid


def file_id(translation) -> str:
    content_type = translation.source.specific_content_type
    return f"{content_type.app_label}.{content_type.model}:{translation.source.object_id}:{translation.uuid}"


def translation_uuid(value: str) -> uuid.UUID | None:
    """The translation's uuid a file id names, or None when it names none."""
    parts = value.split(":")
    if len(parts) != 3:
        return None
    try:
        return uuid.UUID(parts[2])
    except ValueError:
        return None


def unit_id(path: str, data_hash: uuid.UUID) -> str:
    return f"{path}:{data_hash.hex}"


def path_of(value: str) -> str:
    return value.rpartition(":")[0]
