"""What changed in the English source since a translation was made.

wagtail-localize keeps the current source as StringSegment rows and never deletes a
StringTranslation when the source moves on; translations are unique per (language, source
string, context). So, for one target language, a current segment is:

- unchanged when its string has a translation in its context;
- changed when it has none, but an older string of the same context does (the most recently
  updated one is taken as the text the translator last saw);
- new when its context has no translation at all (only once something of the object has been
  translated: before that, everything is simply untranslated);

and a context of the object with translations but no current segment was removed.

`changes_for` costs two queries for any number of translations, so the status board can show a
count per row. Nothing here writes to the database.
"""

import difflib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail.contrib.table_block.blocks import TableBlock
from wagtail_localize.models import StringSegment, StringTranslation

# Tags, words, runs of spaces and single punctuation marks: a diff of rich text then never
# splits a tag, and a changed comma is shown as such rather than as a changed word.
_TOKENS = re.compile(r"<[^>]*>|\w+|\s+|[^\w\s]")

# Below this likeness, a new paragraph in a rich text field is not taken for an edit of an old one.
_SAME_PARAGRAPH = 0.4


@dataclass(frozen=True)
class Segment:
    path: str
    field_path: str
    order: int
    old: str = ""
    new: str = ""

    @property
    def diff(self) -> list[tuple[str, str]]:
        return diff_words(self.old, self.new)


@dataclass
class SourceChanges:
    changed: list[Segment] = field(default_factory=list)
    new: list[Segment] = field(default_factory=list)
    removed: list[Segment] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.changed) + len(self.new) + len(self.removed)

    def __bool__(self):
        return self.count > 0


def diff_words(old: str, new: str) -> list[tuple[str, str]]:
    """("equal" | "delete" | "insert", text) pieces that turn `old` into `new`, word by word."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    pieces = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        if operation == "equal":
            pieces.append(("equal", "".join(before[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(("delete", "".join(before[i1:i2])))
        if j2 > j1:
            pieces.append(("insert", "".join(after[j1:j2])))
    return pieces


def _likeness(old: str, new: str) -> float:
    return difflib.SequenceMatcher(None, _TOKENS.findall(old), _TOKENS.findall(new), autojunk=False).ratio()


def changes_for(translations, targets=None) -> dict[int, SourceChanges]:
    """SourceChanges by translation id; `translations` need `source` loaded (content not needed).

    `targets` (translated instances by translation id) lets removals the translation has taken in
    drop out: translations are never deleted, so without it a block removed long ago and since
    gone from the translated page too would be listed for ever."""
    translations = list(translations)
    if not translations:
        return {}
    segments_by_source = defaultdict(list)
    for segment in (
        StringSegment.objects.filter(source_id__in={t.source_id for t in translations})
        .order_by("order")
        .values(
            "source_id",
            "string_id",
            "string__data",
            "context_id",
            "context__path",
            "context__field_path",
            "order",
        )
    ):
        segments_by_source[segment["source_id"]].append(segment)
    known = defaultdict(list)
    for translated in (
        StringTranslation.objects.filter(
            context__object_id__in={t.source.object_id for t in translations},
            locale_id__in={t.target_locale_id for t in translations},
        )
        .order_by("-updated_at", "-pk")
        .values(
            "translation_of_id",
            "translation_of__data",
            "context_id",
            "context__object_id",
            "context__path",
            "context__field_path",
            "locale_id",
        )
    ):
        known[translated["context__object_id"], translated["locale_id"]].append(translated)
    changes = {
        t.pk: compare(segments_by_source[t.source_id], known[t.source.object_id, t.target_locale_id])
        for t in translations
    }
    if targets:
        keep_pending_removals(changes, targets)
    return changes


def keep_pending_removals(changes: dict[int, SourceChanges], targets: dict) -> None:
    """Drops the removals a translated instance (by translation id) has already taken in."""
    for pk, target in targets.items():
        if pk in changes and changes[pk].removed:
            content = _serialised(target)
            changes[pk].removed = [
                segment for segment in changes[pk].removed if _still_in(content, segment.path)
            ]


def _serialised(instance) -> str:
    if hasattr(instance, "serializable_data"):
        return json.dumps(instance.serializable_data(), cls=DjangoJSONEncoder)
    return ""


def _still_in(content: str, path: str) -> bool:
    """Whether the translated object still has the block or inline item a removed segment was in;
    a plain field has no such key and is taken as still there."""
    keys = [part for part in path.split(".")[1:] if _is_key(part)]
    return not keys or keys[0] in content


def source_changes(translation, target=None) -> SourceChanges:
    targets = None if target is None else {translation.pk: target}
    return changes_for([translation], targets)[translation.pk]


def compare(segments, translations) -> SourceChanges:
    """`translations`: this object's translations into one language, most recent first."""
    changes = SourceChanges()
    if not translations:
        return changes
    by_context = defaultdict(list)
    for translated in translations:
        by_context[translated["context_id"]].append(translated)
    segments_by_context = defaultdict(list)
    for segment in segments:
        segments_by_context[segment["context_id"]].append(segment)

    for context_id, current in segments_by_context.items():
        earlier = by_context.get(context_id, [])
        translated_strings = {t["translation_of_id"] for t in earlier}
        current_strings = {s["string_id"] for s in current}
        untranslated = [s for s in current if s["string_id"] not in translated_strings]
        stale = [t for t in earlier if t["translation_of_id"] not in current_strings]
        for segment in untranslated:
            old = _earlier_text(segment, stale, alone=len(current) == 1)
            entry = Segment(
                segment["context__path"],
                segment["context__field_path"],
                segment["order"],
                old="" if old is None else old["translation_of__data"],
                new=segment["string__data"],
            )
            if old is None:
                changes.new.append(entry)
            else:
                stale.remove(old)
                changes.changed.append(entry)

    for context_id, earlier in by_context.items():
        if context_id not in segments_by_context:
            latest = earlier[0]
            changes.removed.append(
                Segment(
                    latest["context__path"],
                    latest["context__field_path"],
                    len(changes.removed),
                    old=latest["translation_of__data"],
                )
            )
    changes.removed.sort(key=lambda segment: segment.path)
    return changes


def _earlier_text(segment, stale, alone):
    """The stale translation this segment replaces: the latest one when it is the only segment of
    its context; in a rich text field (several paragraphs, one context) the most alike."""
    if not stale:
        return None
    if alone:
        return stale[0]
    scored = [
        (_likeness(t["translation_of__data"], segment["string__data"]), -index)
        for index, t in enumerate(stale)
    ]
    likeness, position = max(scored)
    return stale[-position] if likeness >= _SAME_PARAGRAPH else None


def describe(model, content: dict, path: str, field_path: str) -> str:
    """A segment's place for people: "Body › Table 3 › Row 2, column 1" for the context path
    "body.<block id>.1.0". `content` is the source's serialised content, for block positions."""
    name, *rest = path.split(".")
    try:
        model_field = model._meta.get_field(name)
    except (FieldDoesNotExist, AttributeError):  # a field or a model since removed
        return path
    if model_field.is_relation and not getattr(model_field, "verbose_name", None):
        # An inline panel's children: "tracks.<translation key>.title".
        child_model = model_field.related_model
        labels = [capfirst(child_model._meta.verbose_name_plural)]
        labels += [_verbose_name(child_model, part) for part in rest if not _is_key(part)]
        return " › ".join(str(label) for label in labels)
    labels = [capfirst(model_field.verbose_name)]
    stream = getattr(model_field, "stream_block", None)
    if stream is None or not rest:
        return " › ".join(str(label) for label in labels + rest)
    block_types = field_path.split(".")[1:]
    block = stream.child_blocks.get(block_types[0]) if block_types else None
    position = _positions(content.get(name)).get(rest[0])
    block_label = capfirst(block.label) if block else _("Block")
    labels.append(f"{block_label} {position}" if position else block_label)
    for part in rest[1:]:
        child = getattr(block, "child_blocks", {}).get(part)
        if child is not None:
            labels.append(capfirst(child.label))
            block = child
        elif isinstance(block, TableBlock):
            labels.append(_table_place(rest[1:]))
            break
    return " › ".join(str(label) for label in labels)


def _verbose_name(model, name: str) -> str:
    try:
        return capfirst(model._meta.get_field(name).verbose_name)
    except (FieldDoesNotExist, AttributeError):
        return name


def _is_key(part: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-f-]{32,36}", part))


def _positions(raw) -> dict[str, int]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return {}
    if not isinstance(raw, list):
        return {}
    return {block.get("id"): index for index, block in enumerate(raw, start=1) if isinstance(block, dict)}


def _table_place(parts: list[str]) -> str:
    if parts == ["caption"]:
        return _("Table caption")
    if len(parts) == 2 and all(part.isdigit() for part in parts):
        return _("Row %(row)s, column %(column)s") % {"row": int(parts[0]) + 1, "column": int(parts[1]) + 1}
    return ".".join(parts)
