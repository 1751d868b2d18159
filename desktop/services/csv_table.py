"""CSV files as people really make them: reading any common encoding and delimiter, writing safely.

Reading: the bytes decide the encoding (UTF-8 with a BOM, UTF-16 with a BOM as Excel's "Unicode
text", strict UTF-8, else Windows cp1252, the encoding of a French Excel "CSV (séparateur :
point-virgule)"), the text decides the delimiter among ``,`` ``;`` and tab. Each record keeps the
physical line it starts on, so errors can say "line 12" as the user's text editor counts. A cell
may be as long as the file (the import then says which cell is too long); a quotation mark that
is never closed is refused, naming its line, rather than swallowing the rest of the file.

Writing: UTF-8 with a BOM and ``;`` so a French Excel opens the file with its accents; cells that
a spreadsheet would run as a formula are neutralised; the file appears whole or not at all.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.i18n import tr

DELIMITERS = (";", ",", "\t")
EXPORT_DELIMITER = ";"
EXPORT_ENCODING = "utf-8-sig"
_SAMPLE_RECORDS = 50
_SNIFF_SAMPLE = 2000
# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# The csv module refuses cells over 128 KiB by default; the whole file is in memory anyway, and a
# long cell is better reported by the import with its line and column. (2**31 - 1 fits a C long
# on Windows too.)
csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))


def _t(text: str) -> str:
    return tr("CsvFile", text)


@dataclass
class CsvRow:
    """One record of the file: the physical line it starts on and its cells, as many as headers.

    ``overflow`` holds the filled cells found beyond the last column (empty ones are dropped).
    """

    line: int
    values: list[str]
    overflow: list[str] = field(default_factory=list)


@dataclass
class CsvTable:
    """A CSV file read whole: how it was written, its column names and its records."""

    path: Path
    encoding: str
    delimiter: str
    headers: list[str]
    rows: list[CsvRow] = field(default_factory=list)


def encoding_label(encoding: str) -> str:
    """The encoding as a person would name it ("UTF-8 with BOM", "Windows (cp1252)")."""
    return {
        "utf-8-sig": _t("UTF-8 with BOM"),
        "utf-8": _t("UTF-8"),
        "utf-16": _t("UTF-16 (Unicode text)"),
        "cp1252": _t("Windows (cp1252)"),
    }.get(encoding, encoding)


def delimiter_label(delimiter: str) -> str:
    """The delimiter as a person would name it ("semicolon")."""
    return {";": _t("semicolon (;)"), ",": _t("comma (,)"), "\t": _t("tab")}.get(delimiter, delimiter)


_SHOWN_MAX = 60
# Characters that would reorder the rest of a message (bidirectional overrides and isolates).
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def shown(value: str) -> str:
    """``value`` (a cell, a column name) as a message may quote it: at most 60 characters, line
    breaks and tabs as spaces, other control characters and bidirectional overrides as "�" (so a
    file can neither garble a terminal nor turn the sentence around)."""
    chars = []
    for char in value[:_SHOWN_MAX + 1]:
        if char in "\t\n\r":
            char = " "
        elif char in _BIDI_CONTROLS or unicodedata.category(char) == "Cc":
            char = "\ufffd"
        chars.append(char)
    text = "".join(chars)
    return text if len(value) <= _SHOWN_MAX else text[:_SHOWN_MAX - 1] + "…"


def _looks_binary(data: bytes) -> bool:
    """True for bytes no spreadsheet would save as text (NUL bytes, many control characters)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 13))
    return controls > max(2, len(head) // 100)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """``(text, encoding)`` of a CSV file's bytes; UserError naming ``name`` when it is not text."""
    if not data.strip():
        raise UserError(_t("The file “{name}” is empty: there is nothing to import.").format(name=name))
    if data.startswith(_UTF16_BOMS):  # Excel's "Unicode text": its NUL bytes are not binary
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: judged below like any other bytes
    if _looks_binary(data):
        raise UserError(
            _t("The file “{name}” is not a CSV table (it looks like a binary file, such as a "
               "spreadsheet or a picture). Save it from the spreadsheet as “CSV”.").format(name=name)
        )
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ("utf-8-sig",)
    else:
        candidates = ("utf-8", "cp1252")
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UserError(
        _t("The file “{name}” is neither UTF-8 nor Windows (cp1252) text. Save it from the "
           "spreadsheet as “CSV UTF-8”.").format(name=name)
    )


def _records(text: str, delimiter: str) -> Iterable[tuple[int, list[str]]]:
    """``(first physical line, cells)`` of each record of ``text``."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    previous = 0
    for cells in reader:
        yield previous + 1, cells
        previous = reader.line_num


def _never_closed(text: str, delimiter: str, line: int) -> bool:
    """True when the record starting on physical ``line`` (the last of ``text``) opens a quoted
    cell that is never closed: the lenient reader then takes the rest of the file as that cell."""
    rest = "".join(islice(io.StringIO(text, newline=""), line - 1, None))
    try:
        for _cells in csv.reader(io.StringIO(rest, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        # The strict reader's other complaint (a character right after a closing quote) is
        # something the lenient reader reads sensibly, so only this one is refused.
        return "unexpected end of data" in str(error)
    return False


def _unclosed_quote_error(name: str, line: int, headers: list[str] | None, cells: list[str]) -> UserError:
    number = len(cells)  # the open cell is the last one the reader made
    if headers and number <= len(headers):
        text = _t("Line {line} of “{name}”: the quotation mark (\") opening the cell in column “{column}” "
                  "is never closed, so the rest of the file would be read as that one cell. Close it or "
                  "remove it, then import the file again.")
    else:
        text = _t("Line {line} of “{name}”: the quotation mark (\") opening cell {number} is never "
                  "closed, so the rest of the file would be read as that one cell. Close it or remove it, "
                  "then import the file again.")
    column = shown(headers[number - 1]) if headers and number <= len(headers) else ""
    return UserError(text.format(line=line, name=name, column=column, number=number))


def _score(text: str, delimiter: str) -> tuple[int, float, int]:
    """How well ``delimiter`` splits the first records: (splits at all, consistency, columns)."""
    widths = []
    try:
        for _line, cells in _records(text, delimiter):
            if any(cell.strip() for cell in cells):
                widths.append(len(cells))
            if len(widths) > _SAMPLE_RECORDS:
                break
    except csv.Error:
        return (0, 0.0, 0)
    if not widths:
        return (0, 0.0, 0)
    header = widths[0]
    consistent = sum(1 for width in widths[1:] if width == header) / max(1, len(widths) - 1)
    return (int(header > 1), consistent, header)


def detect_delimiter(text: str) -> str:
    """The delimiter among ``,`` ``;`` and tab that splits ``text`` into the most regular table.

    csv.Sniffer alone guesses wrong on free text full of commas, so every candidate is scored on
    the first records (does the header split, do the rows have as many cells as the header); the
    Sniffer's guess only breaks ties. A single-column file gets ``;``.
    """
    sample = text[:64 * 1024]
    scores = {delimiter: _score(sample, delimiter) for delimiter in DELIMITERS}
    top = max(scores.values())
    tied = [delimiter for delimiter in DELIMITERS if scores[delimiter] == top]
    sniffed = _sniff(sample) if len(tied) > 1 or not top[0] else None
    best = max(tied, key=lambda d: (d == sniffed, d == ";"))
    return best if top[0] else (sniffed or ";")


def _sniff(sample: str) -> str | None:
    """csv.Sniffer's guess from the start of ``sample``. Its regular expressions take time growing
    with the cube of the text on cells full of quotes and delimiters (15 s on 64 KB), so it only
    reads the first 2,000 characters, and only when the scores tie."""
    try:
        return csv.Sniffer().sniff(sample[:_SNIFF_SAMPLE], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return None


def read_table(path: Path | str) -> CsvTable:
    """Read the CSV file at ``path``: encoding, delimiter, stripped column names, non-blank records.

    Records are padded or cut to the number of columns. UserError (a sentence naming the file) when
    it cannot be read, is empty, binary, in an unknown encoding or has no column names.
    """
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(_t("There is no file “{path}”.").format(path=path)) from None
    except IsADirectoryError:
        raise UserError(_t("“{path}” is a folder, not a CSV file.").format(path=path)) from None
    except OSError as error:
        raise UserError(
            _t("The file “{path}” cannot be read ({reason}).").format(path=path, reason=error.strerror)
        ) from None
    text, encoding = decode(data, name)
    delimiter = detect_delimiter(text)
    headers: list[str] | None = None
    rows: list[CsvRow] = []
    last: tuple[int, list[str]] | None = None
    try:
        for line, cells in _records(text, delimiter):
            last = (line, cells)
            if not any(cell.strip() for cell in cells):
                continue
            if headers is None:
                headers = [cell.strip() for cell in cells]
                continue
            width = len(headers)
            values = cells[:width] + [""] * (width - len(cells))
            rows.append(CsvRow(line, values, [cell for cell in cells[width:] if cell.strip()]))
    except csv.Error as error:
        raise UserError(
            _t("The file “{name}” is not a readable CSV table ({reason}).").format(name=name, reason=error)
        ) from None
    if last is not None and '"' in text and _never_closed(text, delimiter, last[0]):
        raise _unclosed_quote_error(name, last[0], headers if rows else None, last[1])
    if not headers:
        raise UserError(_t("The file “{name}” is empty: there is nothing to import.").format(name=name))
    return CsvTable(path, encoding, delimiter, headers, rows)


def _formula_like(value: str) -> bool:
    # Apostrophes already before a formula character get one more, so that a text which itself
    # starts with "'=" comes back unchanged from unneutralise.
    return value.lstrip("'").startswith(FORMULA_STARTS)


def neutralise(value: str) -> str:
    """``value`` made safe for a spreadsheet: a leading apostrophe before a formula character."""
    return "'" + value if _formula_like(value) else value


def unneutralise(value: str) -> str:
    """Undo ``neutralise`` (an exported file imported back gets its values unchanged)."""
    if value.startswith("'") and _formula_like(value[1:]):
        return value[1:]
    return value


def write_table(
    path: Path | str,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write a spreadsheet-safe CSV (UTF-8 with BOM, ``;``, neutralised cells); returns the row count.

    The rows go to a temporary file next to ``path`` that replaces it only once complete, so a
    failure (or ``cancelled()`` turning true, which raises UserError) never leaves half a file.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(_t("The folder “{folder}” does not exist.").format(folder=folder))
    count = 0
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise _write_error(path, error) from None
    try:
        with os.fdopen(handle, "w", encoding=EXPORT_ENCODING, newline="") as stream:
            writer = csv.writer(stream, delimiter=EXPORT_DELIMITER, lineterminator="\r\n")
            writer.writerow([neutralise(str(h)) for h in headers])
            for row in rows:
                if cancelled is not None and count % 200 == 0 and cancelled():
                    raise UserError(_t("The export was stopped; no file was written."))
                writer.writerow([neutralise(str(value)) for value in row])
                count += 1
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise _write_error(path, error) from None
    except BaseException:
        _remove(temporary)
        raise
    return count


def _remove(temporary: str) -> None:
    try:
        os.unlink(temporary)
    except OSError:
        pass


def _write_error(path: Path, error: OSError) -> UserError:
    return UserError(
        _t("The file “{path}” cannot be written ({reason}). If a spreadsheet has it open, close it "
           "and try again.").format(path=path, reason=error.strerror or error)
    )
