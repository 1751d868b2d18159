"""Importing complaints from a landlord's or a spreadsheet's CSV extract.

All or nothing: every row is checked first; if one is invalid nothing is written and
``ImportRejected`` lists every bad row with its line number and the reason. With ``skip_invalid``
the valid rows are imported and the others written to that CSV file with a reason column.

Choices worth knowing:
- The title and the category are required: a file without a column for either is refused
  (``MissingColumns``), and a row whose title or category cell is empty is a bad row. There is no
  silent default category: a wrong "Other" is worse than a clear message.
- Unknown categories are created (in the same transaction); known ones match whatever the case and
  accents, also across languages for the categories Palier seeds ("Ascenseur" finds "Lift").
- A place that matches an existing place's label (accents, case and separators ignored) points at
  that place; any other text is kept as a free-text place.
- A reporter matching a person's name (case ignored) is linked to them; other names stay text.
  The word an export writes for a confidential reporter marks the reporter confidential.
- Statuses from the file are kept; empty means "new". An empty opening date is a bad row; a file
  without a date column gets today's date.
- Cells are read without the spaces around them, without the apostrophe an export puts before a
  formula, and with their accents composed (NFC, see ``desktop.domain.text``).
- A row with more filled cells than the file has columns is a bad row (an unquoted delimiter
  inside a value shifts every cell after it); empty cells beyond the last column are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.complaints import (
    Complaint,
)
from desktop.domain.errors import UserError
from desktop.i18n import tr
from desktop.services.csv_table import (
    CsvRow,
    CsvTable,
    read_table,
    shown,
    write_table,
)
from desktop.services.import_fields import (
    REQUIRED_FIELDS,
    detect_mapping,
)
from desktop.services.import_rows import RowConverter, RowError
from desktop.services.targets import check_target

PREVIEW_ROWS = 20
_EVERY = 200  # rows between two progress reports / cancellation checks

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


def _t(text: str) -> str:
    return tr("Import", text)


def _plural(count: int, one: str, many: str, **values) -> str:
    """``one`` or ``many`` (both already translated) for ``count``, with the count filled in."""
    return (one if count == 1 else many).format(count=count, **values)


class ImportRejected(UserError):
    """Some rows are invalid, so nothing was imported; ``errors`` lists them."""

    def __init__(self, message: str, errors: list[RowError]):
        super().__init__(message)
        self.errors = errors


class MissingColumns(UserError):
    """No column of the file holds a required field (``fields``)."""

    def __init__(self, message: str, fields: list[str]):
        super().__init__(message)
        self.fields = fields


class ImportCancelled(UserError):
    """The user stopped the import; nothing was changed."""


@dataclass
class ImportPreview:
    """What the wizard shows before importing: how the file reads and what would go wrong."""

    path: Path
    encoding: str
    delimiter: str
    headers: list[str]
    mapping: list[str | None]
    rows: list[CsvRow]
    total_rows: int
    errors: list[RowError]
    categories_to_create: list[str]
    missing_fields: list[str]
    # Values of the service column that are none of Palier's services, as first written (the
    # wizard offers to map each one, or keep it as the landlord's own name).
    unknown_services: list[str] = field(default_factory=list)

    @property
    def mapping_by_name(self) -> dict[str, str]:
        """``{column: field}`` for the mapped columns."""
        return {h: f for h, f in zip(self.headers, self.mapping) if f}

    @property
    def problem(self) -> str:
        """A sentence about the required fields no column holds, or ""."""
        return _missing_sentence(self.path, self.headers, self.missing_fields) if self.missing_fields else ""


@dataclass
class ImportResult:
    """What an import did (or, on a dry run, would do)."""

    path: Path
    encoding: str
    delimiter: str
    rows_read: int
    imported: int
    rejected: list[RowError]
    categories_created: list[str]
    mapping: dict[str, str]
    dry_run: bool = False
    rejects_path: Path | None = None

    def summary(self) -> str:
        """A sentence: "312 complaints imported, 3 categories created."."""
        created, rejected = len(self.categories_created), len(self.rejected)
        if self.dry_run:
            parts = [_plural(self.imported, _t("1 complaint would be imported"),
                             _t("{count} complaints would be imported"))]
            if created:
                parts.append(_plural(created, _t("1 category would be created"),
                                     _t("{count} categories would be created")))
            if rejected:
                parts.append(_plural(rejected, _t("1 row has errors"), _t("{count} rows have errors")))
            return _t("Trial run, nothing was changed: {parts}.").format(parts=", ".join(parts))
        parts = [_plural(self.imported, _t("1 complaint imported"), _t("{count} complaints imported"))]
        if created:
            parts.append(_plural(created, _t("1 category created"), _t("{count} categories created")))
        if rejected and self.rejects_path:
            parts.append(_plural(rejected, _t("1 row with errors set aside in “{file}”"),
                                 _t("{count} rows with errors set aside in “{file}”"),
                                 file=self.rejects_path))
        return _t("{parts}.").format(parts=", ".join(parts))


def _missing_sentence(path: Path, headers: list[str], fields: list[str]) -> str:
    if fields == ["title"]:
        text = _t("No column of “{name}” holds the title of the complaints. Its columns are: {columns}.")
    elif fields == ["category"]:
        text = _t("No column of “{name}” holds the category of the complaints. Its columns are: {columns}.")
    else:
        text = _t("No column of “{name}” holds the title or the category of the complaints. Its columns "
                  "are: {columns}.")
    return text.format(name=path.name, columns=", ".join(f"“{shown(h)}”" for h in headers))


@dataclass
class _Checked:
    table: CsvTable
    mapping: list[str | None]
    converter: RowConverter
    valid: list[Complaint]
    errors: list[RowError]


def _check(store, table: CsvTable, mappings, progress: Progress = None, cancelled: Cancelled = None,
           require: bool = True, value_maps: dict | None = None) -> _Checked:
    """Convert every row of ``table`` (the first half of an import, and the preview)."""
    mapping = detect_mapping(table.headers, mappings)
    missing = [f for f in REQUIRED_FIELDS if f not in mapping]
    if missing and require:
        raise MissingColumns(_missing_sentence(table.path, table.headers, missing), missing)
    converter = RowConverter(store, table, mapping, value_maps)
    valid: list[Complaint] = []
    errors: list[RowError] = []
    total = 2 * len(table.rows)
    for done, row in enumerate(table.rows):
        if done % _EVERY == 0:
            _tick(done, total, progress, cancelled)
        result = converter.convert(row)
        (errors if isinstance(result, RowError) else valid).append(result)
    return _Checked(table, mapping, converter, valid, errors)


def _tick(done: int, total: int, progress: Progress, cancelled: Cancelled) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(_t("The import was stopped; nothing was changed."))
    if progress is not None:
        progress(done, total)


def preview(store, path: Path | str, mappings: dict[str, str] | None = None,
            rows: int = PREVIEW_ROWS, value_maps: dict | None = None) -> ImportPreview:
    """How ``path`` would import: encoding, delimiter, mapping, the first rows and every error.

    Raises UserError only when the file cannot be read at all; missing required columns are
    reported in ``missing_fields`` so the wizard can let the user choose them.
    """
    checked = _check(store, read_table(path), mappings, require=False, value_maps=value_maps)
    missing = [f for f in REQUIRED_FIELDS if f not in checked.mapping]
    return ImportPreview(
        path=checked.table.path, encoding=checked.table.encoding, delimiter=checked.table.delimiter,
        headers=checked.table.headers, mapping=checked.mapping, rows=checked.table.rows[:rows],
        total_rows=len(checked.table.rows), errors=[] if missing else checked.errors,
        categories_to_create=[name for _id, name in _new_categories(checked)],
        missing_fields=missing, unknown_services=sorted(checked.converter.unknown_services.values(), key=str.casefold),
    )


def import_complaints(
    store, path: Path | str, mappings: dict[str, str] | None = None, skip_invalid: Path | str | None = None,
    dry_run: bool = False, progress: Progress = None, cancelled: Cancelled = None, overwrite: bool = False,
    value_maps: dict | None = None,
) -> ImportResult:
    """Import the complaints of the CSV file ``path`` into ``store``, all or nothing.

    ``mappings``: ``{column name: field or "ignore"}`` over the names recognised by themselves.
    ``skip_invalid``: import the valid rows and write the others (with a reason column) there.
    ``dry_run``: check and report, write nothing. ``progress(done, total)`` is called now and then;
    ``cancelled()`` returning True stops the import and rolls everything back (ImportCancelled).
    Raises ImportRejected when rows are invalid and ``skip_invalid`` is not given, MissingColumns
    when no column holds the title or the category, UserError when the file cannot be read.
    """
    path = Path(path)
    rejects = Path(skip_invalid) if skip_invalid else None
    if rejects is not None and rejects.resolve() == path.resolve():
        raise UserError(_t("The file for the rejected rows must not be the file being imported."))
    if rejects is not None:
        check_target(rejects, store.path, overwrite)  # before anything is read or written
    table = read_table(path)
    checked = _check(store, table, mappings, progress, cancelled, value_maps=value_maps)
    if not table.rows:
        raise UserError(
            _t("The file “{name}” has column names but no rows to import.").format(name=path.name))
    if checked.errors and rejects is None:
        raise _rejected(path, checked.errors)
    result = ImportResult(
        path=path, encoding=table.encoding, delimiter=table.delimiter, rows_read=len(table.rows),
        imported=len(checked.valid), rejected=checked.errors,
        categories_created=[name for _id, name in _new_categories(checked)],
        mapping={h: f for h, f in zip(table.headers, checked.mapping) if f}, dry_run=dry_run,
        rejects_path=rejects if checked.errors and not dry_run else None,
    )
    if dry_run:
        return result
    total = 2 * len(table.rows)
    with store.atomic():
        _create_categories(store, checked)
        rows = _counting(checked.valid, len(table.rows), total, progress, cancelled)
        store.complaints.insert_many_indexing_once(rows, note=checked.converter.reason_note)
        _tick(total, total, progress, cancelled)
        if checked.errors:
            write_table(rejects, [*table.headers, _t("Reason for rejection")],
                        ([*error.values, error.reason] for error in checked.errors))
    return result


def _new_categories(checked: _Checked) -> list[tuple[int, str]]:
    """(placeholder id, name) of the categories the valid rows need and the store lacks."""
    used = {complaint.category_id for complaint in checked.valid}
    return [(placeholder, name) for placeholder, name in checked.converter.new_categories.values()
            if placeholder in used]


def _create_categories(store, checked: _Checked) -> None:
    real = {placeholder: store.categories.ensure(name) for placeholder, name in _new_categories(checked)}
    for complaint in checked.valid:
        if complaint.category_id in real:
            complaint.category_id = real[complaint.category_id]


def _counting(complaints: list[Complaint], offset: int, total: int, progress: Progress,
              cancelled: Cancelled) -> Iterator[Complaint]:
    for done, complaint in enumerate(complaints):
        if done % _EVERY == 0:
            _tick(offset + done, total, progress, cancelled)
        yield complaint


def _rejected(path: Path, errors: list[RowError]) -> ImportRejected:
    head = (_t("Nothing was imported: 1 row of “{name}” cannot be imported.") if len(errors) == 1
            else _t("Nothing was imported: {count} rows of “{name}” cannot be imported."))
    lines = [head.format(count=len(errors), name=path.name), *grouped_sentences(errors)]
    return ImportRejected("\n".join(lines), errors)


SHOWN_LINES = 5
_NUMBERS_IN_PARENTHESES = re.compile(r"\((\d[\d\s.,]*)( \w+)")


def refusal_groups(errors: list[RowError]) -> list[tuple[str, list[int]]]:
    """The causes of refusal, most frequent first, each with the lines it stopped: ten thousand
    rows refused for two unknown service names are two causes, not ten thousand sentences.
    Causes that differ only by a count in brackets ("(412 characters") are one."""
    groups: dict[str, list[int]] = {}
    shown: dict[str, str] = {}
    for error in errors:
        for reason in error.reasons:
            key = _NUMBERS_IN_PARENTHESES.sub(r"(…\2", reason)
            groups.setdefault(key, []).append(error.line)
            shown.setdefault(key, reason)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[1][0]))
    return [(shown[key] if len(lines) == 1 else key, lines) for key, lines in ordered]


def grouped_sentences(errors: list[RowError]) -> list[str]:
    """One sentence a cause: "Line 12: …." for a single row, else "3,210 rows (lines 2, 3, 5, 8,
    13 and 3,205 more): …."."""
    sentences = []
    alone: dict[int, list[str]] = {}  # causes met on one row only: said with that row, as before
    for reason, lines in refusal_groups(errors):
        if len(lines) == 1:
            alone.setdefault(lines[0], []).append(reason)
            continue
        first = ", ".join(str(line) for line in lines[:SHOWN_LINES])
        where = (_t("lines {first}").format(first=first) if len(lines) <= SHOWN_LINES
                 else _t("lines {first} and {more} more").format(first=first, more=len(lines) - SHOWN_LINES))
        sentences.append(_t("{count} rows ({where}): {reason}.").format(count=len(lines), where=where, reason=reason))
    for line in sorted(alone):
        sentences.append(_t("Line {line}: {reasons}.").format(line=line, reasons=_t("; ").join(alone[line])))
    return sentences
