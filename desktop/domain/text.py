"""Text as people type and paste it, brought to one spelling before it is kept.

An accent can be one character (é, U+00E9) or a letter followed by a combining accent (e + U+0301),
as macOS, some PDFs and some phones give it. Both look the same but compare, sort and match names
differently, so every text a form or an import saves is put in the composed form (Unicode NFC).
"""

from __future__ import annotations

import unicodedata


def composed(text: str) -> str:
    """``text`` with its accents composed (NFC): "e" + combining acute becomes "é"."""
    if not text or text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


def compose_fields(record, *names: str) -> None:
    """Put the text attributes ``names`` of ``record`` in composed form, in place."""
    for name in names:
        value = getattr(record, name)
        if isinstance(value, str):
            setattr(record, name, composed(value))


def folded_words(text: str) -> list[str]:
    """The words of ``text`` in lower case without accents, as people compare them
    ("69100 VILLEURBANNE" → ["69100", "villeurbanne"])."""
    import re
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return re.findall(r"\w+", plain)
