"""XLIFF 2.1 and 1.2, written and read: the formats only, no database.

Written as the OASIS specifications describe them: 2.1 (`urn:oasis:names:tc:xliff:document:2.0`,
version "2.1") with languages on `<xliff>`, the state on `<segment>` ("initial" untranslated,
"translated") and one segment per unit that tools are asked not to split (`canResegment="no"`);
1.2 with languages on each `<file>`, `datatype="plaintext"` and the state on `<target>` ("new"
on an empty target, "translated"). wagtail-localize's segments hold inline HTML (`<a id="a1">`,
`<b>`): it is written as escaped text, never as XLIFF inline codes, so a CAT tool shows the tags
to the translator and gives them back as they were, and a translation with broken tags is caught
by wagtail-localize when it is saved, as one typed in its editor.

Documents are written with Django's XML generator (the one its feeds use) and read with
defusedxml, which refuses any document type declaration: no entities, external or expanding,
reach the parser. Reading accepts any version of either namespace's family this module writes
(2.0 and 2.1, 1.2); everything else is an `XliffError` with a message for the person who
uploaded the file.
"""

import io
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _
from django.utils.xmlutils import SimplerXMLGenerator

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

XLIFF_2 = "urn:oasis:names:tc:xliff:document:2.0"
XLIFF_1 = "urn:oasis:names:tc:xliff:document:1.2"
VERSIONS = ("2.1", "1.2")
_READ_VERSIONS = {XLIFF_2: ("2.0", "2.1"), XLIFF_1: ("1.2",)}

# Characters XML 1.0 cannot carry at all; pasted office text sometimes holds them. Units are
# matched by id on import, never by this text, so leaving them out loses nothing.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class XliffError(ValueError):
    """A document that cannot be read as XLIFF; str() is the message for the uploader."""


@dataclass
class Unit:
    id: str
    source: str
    target: str | None = None  # None: not translated yet (on import: no target element)
    note: str = ""


@dataclass
class File:
    id: str
    source_language: str
    target_language: str
    units: list[Unit] = field(default_factory=list)
    title: str = ""


def write(file: File, version: str) -> bytes:
    stream = io.StringIO()
    writer = _Writer(stream)
    if version == "2.1":
        _write_2(writer, file)
    elif version == "1.2":
        _write_1(writer, file)
    else:
        raise ValueError(version)
    return stream.getvalue().encode("utf-8")


def _write_2(xml, file):
    xml.open(
        "xliff",
        {
            "xmlns": XLIFF_2,
            "version": "2.1",
            "srcLang": file.source_language,
            "trgLang": file.target_language,
        },
    )
    xml.open("file", {"id": file.id, "canResegment": "no"})
    if file.title:
        xml.open("notes")
        xml.leaf("note", file.title, {"category": "title"})
        xml.close("notes")
    for unit in file.units:
        xml.open("unit", {"id": unit.id})
        if unit.note:
            xml.open("notes")
            xml.leaf("note", unit.note, {"category": "location"})
            xml.close("notes")
        xml.open("segment", {"state": "initial" if unit.target is None else "translated"})
        xml.leaf("source", unit.source, {"xml:space": "preserve"})
        if unit.target is not None:
            xml.leaf("target", unit.target, {"xml:space": "preserve"})
        xml.close("segment")
        xml.close("unit")
    xml.close("file")
    xml.close("xliff")


def _write_1(xml, file):
    xml.open("xliff", {"xmlns": XLIFF_1, "version": "1.2"})
    xml.open(
        "file",
        {
            "original": file.id,
            "source-language": file.source_language,
            "target-language": file.target_language,
            "datatype": "plaintext",
        },
    )
    if file.title:
        xml.open("header")
        xml.leaf("note", file.title, {"from": "title"})
        xml.close("header")
    xml.open("body")
    for unit in file.units:
        xml.open("trans-unit", {"id": unit.id, "xml:space": "preserve"})
        xml.leaf("source", unit.source)
        if unit.target is None:
            xml.leaf("target", "", {"state": "new"})
        else:
            xml.leaf("target", unit.target, {"state": "translated"})
        if unit.note:
            xml.leaf("note", unit.note, {"from": "location"})
        xml.close("trans-unit")
    xml.close("body")
    xml.close("file")
    xml.close("xliff")


class _Writer:
    """Indents elements but never the text of a leaf, so no whitespace enters a segment."""

    def __init__(self, stream):
        self.xml = SimplerXMLGenerator(stream, "utf-8", short_empty_elements=True)
        self.xml.startDocument()
        self.depth = 0

    def open(self, name, attrs=None):
        self._indent()
        self.xml.startElement(name, attrs or {})
        self.depth += 1

    def close(self, name):
        self.depth -= 1
        self.xml.ignorableWhitespace("\n" + "  " * self.depth)
        self.xml.endElement(name)
        if not self.depth:
            self.xml.ignorableWhitespace("\n")
            self.xml.endDocument()

    def leaf(self, name, text, attrs=None):
        self._indent()
        self.xml.startElement(name, attrs or {})
        self.xml.characters(_NOT_XML.sub("", text))
        self.xml.endElement(name)

    def _indent(self):
        if self.depth:
            self.xml.ignorableWhitespace("\n" + "  " * self.depth)


def read(data: bytes) -> list[File]:
    """Every `<file>` of an XLIFF document, with its units' ids, sources and targets."""
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise XliffError(
            _("The file declares a document type or entities, which are refused for safety.")
        ) from error
    except ParseError as error:
        raise XliffError(_("The file is not well-formed XML, so it cannot be an XLIFF file.")) from error
    namespace, _brace, name = root.tag[1:].partition("}") if root.tag.startswith("{") else ("", "", root.tag)
    if name != "xliff":
        raise XliffError(_("The file is XML but not XLIFF."))
    version = root.get("version", "")
    if version not in _READ_VERSIONS.get(namespace, ()):
        raise XliffError(
            _("XLIFF version “%(version)s” is not supported: export the file again as XLIFF 2.1 or 1.2.")
            % {"version": version or "?"}
        )
    files = _read_2(root) if namespace == XLIFF_2 else _read_1(root)
    if not files:
        raise XliffError(_("The file has no translations in it."))
    return files


def _read_2(root):
    ns = f"{{{XLIFF_2}}}"
    files = []
    for element in root.iter(f"{ns}file"):
        units = []
        for unit in element.iter(f"{ns}unit"):
            # A tool may split a unit into several segments: the unit is their text in order.
            parts = [part for part in unit if part.tag in (f"{ns}segment", f"{ns}ignorable")]
            sources = [_text(part.find(f"{ns}source")) for part in parts]
            targets = [_text(part.find(f"{ns}target")) for part in parts]
            if all(text is None for text in targets):
                target = None
            elif None in targets:
                target = ""  # partly translated: nothing to import
            else:
                target = "".join(targets)
            units.append(Unit(unit.get("id", ""), "".join(text or "" for text in sources), target))
        files.append(File(element.get("id", ""), root.get("srcLang", ""), root.get("trgLang", ""), units))
    return files


def _read_1(root):
    ns = f"{{{XLIFF_1}}}"
    files = []
    for element in root.iter(f"{ns}file"):
        units = [
            Unit(unit.get("id", ""), _text(unit.find(f"{ns}source")) or "", _text(unit.find(f"{ns}target")))
            for unit in element.iter(f"{ns}trans-unit")
        ]
        files.append(
            File(
                element.get("original", ""),
                element.get("source-language", ""),
                element.get("target-language", ""),
                units,
            )
        )
    return files


def _text(element):
    # itertext keeps the words a tool wraps in its own markers (<mrk>) and drops empty codes.
    return None if element is None else "".join(element.itertext())
