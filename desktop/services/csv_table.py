"""CSV files as people really make them: reading any common encoding and delimiter, writing safely.

Reading: the bytes decide the encoding (UTF-8 with a BOM, strict UTF-8, else Windows cp1252, the
encoding of a French Excel "CSV (séparateur : point-virgule)"), the text decides the delimiter among
``,`` ``;`` and tab. Each record keeps the physical line it starts on, so errors can say "line 12"
as the user's text editor counts.

Writing: UTF-8 with a BOM and ``;`` so a French Excel opens the file with its accents; cells that
a spreadsheet would run as a formula are neutralised; the file appears whole or not at all.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.i18n import tr

DELIMITERS = (";", ",", "\t")
EXPORT_DELIMITER = ";"
EXPORT_ENCODING = "utf-8-sig"
_SAMPLE_RECORDS = 50
# A spreadsheet reads a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _t(text: str) -> str:
    return tr("CsvFile", text)


@dataclass
class CsvRow:
    """One record of the file: the physical line it starts on and its cells, as many as headers."""

    line: int
    values: list[str]


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
        "cp1252": _t("Windows (cp1252)"),
    }.get(encoding, encoding)


def delimiter_label(delimiter: str) -> str:
    """The delimiter as a person would name it ("semicolon")."""
    return {";": _t("semicolon (;)"), ",": _t("comma (,)"), "\t": _t("tab")}.get(delimiter, delimiter)


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
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    best = max(DELIMITERS, key=lambda d: (_score(sample, d), d == sniffed, d == ";"))
    return best if _score(sample, best)[0] else (sniffed or ";")


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
    try:
        for line, cells in _records(text, delimiter):
            if not any(cell.strip() for cell in cells):
                continue
            if headers is None:
                headers = [cell.strip() for cell in cells]
                continue
            width = len(headers)
            values = cells[:width] + [""] * (width - len(cells))
            rows.append(CsvRow(line, values))
    except csv.Error as error:
        raise UserError(
            _t("The file “{name}” is not a readable CSV table ({reason}).").format(name=name, reason=error)
        ) from None
    if not headers:
        raise UserError(_t("The file “{name}” is empty: there is nothing to import.").format(name=name))
    return CsvTable(path, encoding, delimiter, headers, rows)


def neutralise(value: str) -> str:
    """``value`` made safe for a spreadsheet: a leading apostrophe before a formula character."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def unneutralise(value: str) -> str:
    """Undo ``neutralise`` (an exported file imported back gets its values unchanged)."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_STARTS):
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
