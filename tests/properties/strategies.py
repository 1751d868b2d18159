"""Hostile input for the property tests: the texts, files and dates people really paste and send.

Texts mix what breaks programs: emoji and their ZWJ sequences, accents typed decomposed (NFD, as
macOS and some PDFs give them), control characters (NUL included), right-to-left marks, quotes,
delimiters, line breaks, formula starts (CSV injection) and very long texts (up to 100,000
characters, built by repetition because Hypothesis draws at most a few kilobytes).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata

from hypothesis import strategies as st


def nfd(text: str) -> str:
    """``text`` with its accents decomposed (e + combining acute), as macOS types them."""
    return unicodedata.normalize("NFD", text)


EMOJI = ["👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🇫🇷", "❤️", "🧑🏿‍🦽", "😀", "🔥", "🛗"]
FRENCH = ["Élevé", "bâtiment", "entrée", "Hélène", "Noël", "façade", "cœur", "Ascenseur en panne",
          "Fenêtre cassée", "Œuvre", "ÇA", "à l'étage", "«\u00a0bruit\u00a0»", "l’eau"]
RTL = ["\u200f", "\u200e", "\u202e", "\u2067", "\u2069", "שלום", "مرحبا"]
FORMULAS = ["=", "+", "-", "@", "\t", "\r", "=1+1", "=HYPERLINK(\"http://x.invalid\";\"clic\")",
            "@SUM(A1:A9)", "-2+3", "+33 6 12", "=cmd|' /C calc'!A0", "'=1+1", "''@x"]
QUOTES = ['"', '""', "'", "«", "»", "’", '"a"b']
BREAKS = [";", ",", "\t", "\n", "\r\n", "\r", "\x85", "\u2028", " ", "\u00a0"]
PIECES = EMOJI + [nfd(word) for word in FRENCH] + FRENCH + RTL + FORMULAS + QUOTES + BREAKS

control_chars = st.characters(categories=["Cc"])  # NUL, bell, escape, DEL, C1 controls...
_printable = st.characters(exclude_categories=["Cs", "Cc"])  # any letter, mark, symbol, space...

# Texts a spreadsheet may hold: everything but control characters (tab and line breaks aside).
clean_text = st.lists(st.one_of(st.text(_printable, max_size=12), st.sampled_from(PIECES)),
                      max_size=8).map("".join)
# The same with control characters (NUL included) slipped in.
hostile_text = st.lists(st.one_of(clean_text, control_chars), min_size=1, max_size=4).map("".join)


def long_text_of(pieces, min_size: int = 200, max_size: int = 100_000):
    """Texts of ``min_size`` to ``max_size`` characters: a drawn piece repeated and cut."""
    return st.tuples(pieces, st.integers(min_size, max_size)).map(
        lambda drawn: ((drawn[0] or "x") * (drawn[1] // max(1, len(drawn[0] or "x")) + 1))[:drawn[1]])


long_text = long_text_of(clean_text)
# Mostly short texts, sometimes very long ones, sometimes with control characters.
any_text = st.one_of(clean_text, clean_text, clean_text, clean_text, hostile_text, long_text)
# What a spreadsheet's cell may hold: mostly short, sometimes very long, no control characters.
cell_text = st.one_of(clean_text, clean_text, clean_text, clean_text, clean_text, long_text)

# Texts without control characters (other than tab and line breaks): a file made of them is
# plain text by any measure, so refusing it as "binary" would be a bug.
_C0 = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def has_controls(text: str) -> bool:
    """True when ``text`` holds control characters a text file would not (NUL, bell...)."""
    return bool(_C0.search(text))


DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "{d}/{m}/%Y", "%d.%m.%Y"]


def written_date(day: dt.date, pattern: str) -> str:
    """``day`` written as people write it in spreadsheets."""
    return day.strftime(pattern).format(d=day.day, m=day.month)


# Years a register holds (1990 to five years after the tests' today); others are typing mistakes.
dates = st.dates(dt.date(1990, 1, 1), dt.date(2031, 3, 12))
date_cells = st.builds(written_date, dates, st.sampled_from(DATE_FORMATS))
hostile_date_cells = st.one_of(
    date_cells, clean_text,
    st.sampled_from(["31/12/1924", "2204-03-01", "01/01/1989", "13/03/2031", "31/02/2024", "30/13/2024", "00/00/0000", "12/03/24", "2024-02-30", "demain",
                     "=TODAY()", "12/03/2024 25:61", "9999-99-99", " ", "1/1/1", "\u0661\u0662/03/2024"]),
)


def as_imported(cell: str) -> str:
    """A cell of someone else's file as the import keeps it (the documented normalisation):
    without the spaces around it, accents composed (NFC), apostrophes kept as written (only
    Palier's own exports get theirs taken off)."""
    return unicodedata.normalize("NFC", cell.strip())


def csv_text(records: list[list[str]], delimiter: str) -> tuple[str, list[int]]:
    """The text of a CSV file as Excel writes it (CRLF, minimal quoting), and the physical line
    each record starts on (a cell's own line breaks count, as a text editor counts them)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    starts = []
    for record in records:
        starts.append(len(re.findall(r"\r\n|\r|\n", out.getvalue())) + 1)
        writer.writerow(record)
    return out.getvalue(), starts


def encode(text: str, encoding: str) -> tuple[bytes, str]:
    """``text`` in ``encoding``, or in UTF-8 with a BOM when it cannot be written there (or when
    its cp1252 bytes would also read as UTF-8: the bytes decide, as documented). Returns the
    bytes and the encoding actually used."""
    if encoding == "cp1252":
        try:
            data = text.encode("cp1252")
            data.decode("utf-8")
        except UnicodeEncodeError:
            return text.encode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            return data, "cp1252"
        return (data, "utf-8") if text.isascii() else (text.encode("utf-8-sig"), "utf-8-sig")
    return text.encode(encoding), encoding
