"""Reading multi-line fields exactly as typed.

``QPlainTextEdit.toPlainText()`` turns no-break spaces into ordinary ones, and French puts them
inside « » and before : ; ! ?, so a printed answer could break a line between "question" and
"?". The document's raw text keeps them; its paragraph separators become line breaks.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

# Paragraph and line separators, and the frame marks Qt keeps in a document, as toPlainText reads them.
LINE_BREAKS = re.compile("[\u2028\u2029\ufdd0\ufdd1]")


def plain_text(edit: QPlainTextEdit | QTextEdit) -> str:
    """The text of ``edit`` with its no-break spaces kept and ``\\n`` between lines."""
    return LINE_BREAKS.sub("\n", edit.document().toRawText())
