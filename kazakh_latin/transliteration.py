"""Kazakh Cyrillic to the Kazakh Latin alphabet of 2021.

The table is the 31-letter alphabet presented by the Government of Kazakhstan on 28 January 2021
(A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z), with the letter correspondences
published with it by the A. Baitursynuly Institute of Linguistics:

    А→A  Ә→Ä  Б→B  В→V  Г→G  Ғ→Ğ  Д→D  Е→E  Ж→J  З→Z  И→İ  Й→İ  К→K  Қ→Q  Л→L  М→M  Н→N
    Ң→Ñ  О→O  Ө→Ö  П→P  Р→R  С→S  Т→T  У→U  Ұ→Ū  Ү→Ü  Ф→F  Х→H  Һ→H  Ш→Ş  Ы→Y  І→I  Э→E

И and Й are İ/i (dotted), І is I/ı (dotless): the lower and upper forms are written out in the
tables below, because Python's ``str.upper()``/``str.lower()`` follow English (``"i".upper()``
is ``"I"``, ``"İ".lower()`` is ``"i̇"``) and are never applied to the Latin output.

The project's rules for letters outside the table:

* Letters of Russian loanwords: Ц→S, Ч→Ş, Щ→Ş, Ё→İo, Ю→İu, Я→İa; Ъ and Ь are dropped.
* A two-letter output (Ё Ю Я) is written in capitals (İO İU İA) when its word is in capitals,
  that is when the next letter is a capital, or when the previous letter is a capital and the
  next is not a small letter (ЮРТА→İURTA, АЮ→AİU); otherwise in title form (Юрта→İurta, Ю.→İu.).
* Other Cyrillic letters (Ukrainian, Belarusian, Serbian, Macedonian…) that are a table letter
  with a diacritic are written as that letter (Ў→U, Ї→I, Ѓ→G, Ӓ→A); Ґ→G, Є→E, Ј→J. Any other
  Cyrillic character is left as it is, so ``CYRILLIC`` still finds text that is not fully
  transliterated.
* Everything that is not Cyrillic (Latin text, digits, punctuation, URLs, e-mail addresses,
  whitespace, combining marks) is left untouched. Text is expected in NFC, as Wagtail stores it:
  a Й or Ё typed as a base letter and a combining mark keeps the mark.
"""

import re
import unicodedata

__all__ = ["CYRILLIC", "fold", "to_latin"]

# (Cyrillic upper, Cyrillic lower, Latin upper or title form, Latin lower)
_TABLE = (
    ("А", "а", "A", "a"),
    ("Ә", "ә", "Ä", "ä"),
    ("Б", "б", "B", "b"),
    ("В", "в", "V", "v"),
    ("Г", "г", "G", "g"),
    ("Ғ", "ғ", "Ğ", "ğ"),
    ("Д", "д", "D", "d"),
    ("Е", "е", "E", "e"),
    ("Ж", "ж", "J", "j"),
    ("З", "з", "Z", "z"),
    ("И", "и", "İ", "i"),
    ("Й", "й", "İ", "i"),
    ("К", "к", "K", "k"),
    ("Қ", "қ", "Q", "q"),
    ("Л", "л", "L", "l"),
    ("М", "м", "M", "m"),
    ("Н", "н", "N", "n"),
    ("Ң", "ң", "Ñ", "ñ"),
    ("О", "о", "O", "o"),
    ("Ө", "ө", "Ö", "ö"),
    ("П", "п", "P", "p"),
    ("Р", "р", "R", "r"),
    ("С", "с", "S", "s"),
    ("Т", "т", "T", "t"),
    ("У", "у", "U", "u"),
    ("Ұ", "ұ", "Ū", "ū"),
    ("Ү", "ү", "Ü", "ü"),
    ("Ф", "ф", "F", "f"),
    ("Х", "х", "H", "h"),
    ("Һ", "һ", "H", "h"),
    ("Ш", "ш", "Ş", "ş"),
    ("Ы", "ы", "Y", "y"),
    ("І", "і", "I", "ı"),
    ("Э", "э", "E", "e"),
    # Letters of Russian loanwords.
    ("Ц", "ц", "S", "s"),
    ("Ч", "ч", "Ş", "ş"),
    ("Щ", "щ", "Ş", "ş"),
    ("Ё", "ё", "İo", "io"),
    ("Ю", "ю", "İu", "iu"),
    ("Я", "я", "İa", "ia"),
    ("Ъ", "ъ", "", ""),
    ("Ь", "ь", "", ""),
    # Letters of other Cyrillic alphabets without a decomposition into a table letter.
    ("Ґ", "ґ", "G", "g"),
    ("Є", "є", "E", "e"),
    ("Ј", "ј", "J", "j"),
)

# The all-caps forms of the two-letter outputs.
_CAPITALS = {"Ё": "İO", "Ю": "İU", "Я": "İA"}

_RANGES = (
    ("\u0400", "\u052f"),  # Cyrillic, Cyrillic Supplement
    ("\u1c80", "\u1c8f"),  # Cyrillic Extended-C
    ("\u2de0", "\u2dff"),  # Cyrillic Extended-A (combining letters)
    ("\ua640", "\ua69f"),  # Cyrillic Extended-B
    ("\U0001e030", "\U0001e08f"),  # Cyrillic Extended-D
)

CYRILLIC = re.compile("[" + "".join(f"{low}-{high}" for low, high in _RANGES) + "]")
"""Any character of the Cyrillic blocks: ``CYRILLIC.search(text)`` is None when no Cyrillic is left."""


def _cyrillic_chars():
    for low, high in _RANGES:
        for code in range(ord(low), ord(high) + 1):
            yield chr(code)


def _build_translation():
    table = {}
    for upper, lower, latin_upper, latin_lower in _TABLE:
        table[ord(upper)] = latin_upper
        table[ord(lower)] = latin_lower
    # Letters of other alphabets made of a table letter and diacritics (Ў = У + breve).
    for char in _cyrillic_chars():
        if ord(char) in table:
            continue
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and ord(base) in table:
            table[ord(char)] = table[ord(base)]
    # Characters met between Cyrillic letters (ASCII, Latin, punctuation, ₸) map to themselves:
    # str.translate then finds them in the dict instead of raising and clearing a KeyError for
    # each, which makes markup and spaces about three times faster to pass through.
    for code in (*range(0x00, 0x250), *range(0x2000, 0x2070), 0x20B8):
        table.setdefault(code, code)
    return table


_TRANSLATION = _build_translation()

_UPPER = "".join(c for c in _cyrillic_chars() if c.isupper())
_LOWER = "".join(c for c in _cyrillic_chars() if c.islower())
# Ё Ю Я in a word in capitals: before a capital, or after a capital and not before a small letter.
# (The pattern starts with the letter, so the engine skips quickly to its occurrences.)
_CAPITAL_DIGRAPHS = re.compile(f"[ЁЮЯ](?:(?=[{_UPPER}])|(?<=[{_UPPER}].)(?![{_LOWER}]))")


def _capital_digraph(match: re.Match) -> str:
    return _CAPITALS[match.group()]


def to_latin(text: str) -> str:
    """Kazakh Cyrillic in ``text`` in the 2021 Latin alphabet; text without Cyrillic is returned
    as the same object."""
    if text.isascii() or not CYRILLIC.search(text):  # isascii() reads a flag: free
        return text
    if "Ё" in text or "Ю" in text or "Я" in text:
        text = _CAPITAL_DIGRAPHS.sub(_capital_digraph, text)
    return text.translate(_TRANSLATION)


_FOLD = str.maketrans(
    {
        "Ä": "a",
        "ä": "a",
        "Ğ": "g",
        "ğ": "g",
        "İ": "i",
        "I": "i",
        "ı": "i",
        "Ñ": "n",
        "ñ": "n",
        "Ö": "o",
        "ö": "o",
        "Ş": "s",
        "ş": "s",
        "Ū": "u",
        "ū": "u",
        "Ü": "u",
        "ü": "u",
    }
)


def fold(text: str) -> str:
    """The search form of a Kazakh text in either script: Latin, lower case, without diacritics
    (``ТӘУЕЛСІЗДІК``, ``Täuelsızdık`` and ``Tauelsizdik`` are all ``tauelsizdik``)."""
    text = to_latin(text).translate(_FOLD).lower()
    if text.isascii():
        return text
    # Diacritics outside the Kazakh alphabet (é, ç, the dot of a lower-cased İ).
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
