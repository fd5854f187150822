"""A rendered Kazakh response in Latin script: what a reader reads is transliterated, what a
machine reads is not.

HTML and XML are split into tags and text with one regular expression (a parser would cost
more than the page took to render). Text is transliterated, except inside ``<script>`` and
``<style>`` and inside any element marked ``translate="no"`` (the language switcher's other
languages). In tags, only the attributes people read (``alt``, ``title``, ``aria-label``,
``placeholder``, ``content`` of ``<meta>``, ``value`` of buttons) are transliterated; links to
the Kazakh site (``/kk/…``, relative or absolute) lead to the Latin variant, except in a tag
that names its language (``hreflang``: the alternates and the switcher). JSON-LD is
transliterated as a whole (JSON's syntax has no Cyrillic) and its links rewritten.
"""

import re

from kazakh_latin.transliteration import CYRILLIC, to_latin
from kazakh_latin.variant import PREFIX, TAG

TOKENS = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9:-]*)")
READ_ATTRIBUTES = re.compile(
    r"""(\s(?:alt|title|aria-label|aria-description|placeholder|content|value|label|term|data-confirm)\s*=\s*)("[^"]*"|'[^']*')""",
    re.IGNORECASE,
)
LINK_ATTRIBUTES = re.compile(
    r"""(\s(?:href|src|action|content|formaction|data-url)\s*=\s*["'])((?:https?://[^/"'\s]+)?)/kk/""",
    re.IGNORECASE,
)
LANG_ATTRIBUTE = re.compile(r"""(\s(?:xml:)?lang\s*=\s*["'])kk(?:-latn)?(["'])""", re.IGNORECASE)
RSS_LANGUAGE = "<language>kk</language>"
SKIPPED_ELEMENTS = {"script", "style", "textarea"}
VOID_ELEMENTS = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
}  # fmt: skip
KEPT = re.compile(r"""\stranslate\s*=\s*["']no["']""", re.IGNORECASE)
# Joins the text nodes for one transliteration: a character no HTML text holds.
SEPARATOR = "\x00"
JSON_LD = re.compile(r"""type\s*=\s*["']application/ld\+json["']""", re.IGNORECASE)
KAZAKH_LINK = re.compile(r"""((?:https?://[^/"'\s<>]+)?)/kk/""")


def latin_links(text: str) -> str:
    """Every link into the Kazakh site, in any text (JSON, feeds, iCalendar), to the variant."""
    return KAZAKH_LINK.sub(lambda m: m.group(1) + PREFIX, text)


def _rewrite_tag(tag: str) -> str:
    # Most tags hold neither a Kazakh link, nor a language, nor Cyrillic: plain substring tests
    # spare them the regular expressions.
    if "hreflang" in tag:
        return tag
    if "/kk/" in tag:
        tag = LINK_ATTRIBUTES.sub(lambda m: m.group(1) + m.group(2) + PREFIX, tag)
    if "lang" in tag:
        tag = LANG_ATTRIBUTE.sub(lambda m: m.group(1) + TAG + m.group(2), tag)
    if tag.isascii():
        return tag
    if CYRILLIC.search(tag):
        tag = READ_ATTRIBUTES.sub(lambda m: m.group(1) + to_latin(m.group(2)), tag)
    return tag


def latin_markup(markup: str) -> str:
    """An HTML or XML document (page, fragment, feed, sitemap) in the Latin variant."""
    out = []
    skipping = None  # the element whose content is left as it is
    kept_depth = 0  # depth inside translate="no", counted by its element name
    kept_name = None
    json_ld = False
    # The text to transliterate is gathered and converted in one call, then put back in place:
    # one pass of str.translate over the page instead of one call per text node.
    texts = []
    for index, piece in enumerate(TOKENS.split(markup)):
        if index % 2 == 0:
            if not piece:
                continue
            if json_ld:
                out.append(latin_links(to_latin(piece)))
            elif skipping or kept_depth or piece.isascii():
                out.append(piece)
            else:
                texts.append(len(out))
                out.append(piece)
            continue
        if piece.startswith("<!--"):
            out.append(piece)
            continue
        match = TAG_NAME.match(piece)
        name = match.group(2).lower() if match else ""
        closing = bool(match and match.group(1))
        if skipping:
            if closing and name == skipping:
                skipping = None
                json_ld = False
            out.append(piece)
            continue
        if kept_depth:
            if name == kept_name and not piece.endswith("/>"):
                kept_depth += -1 if closing else 1
            out.append(_rewrite_tag(piece) if not closing else piece)
            continue
        if closing:
            out.append(piece)
            continue
        if name in SKIPPED_ELEMENTS and not piece.endswith("/>"):
            skipping = name
            json_ld = name == "script" and bool(JSON_LD.search(piece))
            out.append(piece)
            continue
        if "translate" in piece and KEPT.search(piece) and name not in VOID_ELEMENTS:
            kept_name, kept_depth = name, 1
            out.append(_rewrite_tag(piece))
            continue
        out.append(_rewrite_tag(piece))
    if texts:
        converted = to_latin(SEPARATOR.join(out[i] for i in texts)).split(SEPARATOR)
        for i, text in zip(texts, converted, strict=True):
            out[i] = text
    return "".join(out).replace(RSS_LANGUAGE, f"<language>{TAG}</language>")


def latin_plain(text: str) -> str:
    """Plain text, JSON or iCalendar (whose property names are ASCII): all of it is for
    reading, apart from links."""
    return latin_links(to_latin(text))


def latin_feed(xml: str) -> str:
    return latin_links(latin_markup(xml))
