"""Turning the rows of a CSV extract into complaints, or into the reasons a row cannot be one.

The rules themselves are described in ``desktop.services.importing``; this module holds the
per-row work: reading each mapped cell, finding categories, places and reporters already in the
store, and naming the column of every rule a row breaks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.complaints import (
    DEFAULT_CATEGORIES,
    DESCRIPTION_MAX,
    EXTERNAL_REF_MAX,
    TITLE_MAX,
    Complaint,
)
from desktop.domain.dates import add_months
from desktop.domain.errors import UserError
from desktop.domain.places import PlaceRef
from desktop.domain.text import composed
from desktop.i18n import lookup, tr
from desktop.services.csv_table import (
    CsvRow,
    CsvTable,
    delimiter_label,
    shown,
    unneutralise,
)
from desktop.services.import_fields import (
    CellError,
    category_key,
    is_confidential_marker,
    is_palier_export,
    KEEP,
    normalise,
    parse_date,
    parse_service,
    parse_status,
)


def _t(text: str) -> str:
    return tr("Import", text)


# Dates outside these bounds are typing mistakes ("1924" for "2024"), refused naming the line.
EARLIEST_DATE = dt.date(1990, 1, 1)
MAX_YEARS_AHEAD = 5

@dataclass
class RowError:
    """A row that cannot be imported: its line in the file, why, and its cells as read."""

    line: int
    reasons: list[str]
    values: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        """The reasons as one sentence ("The date “31/02/2024” in column “Date” does not exist.")."""
        text = _t("; ").join(self.reasons)
        return text[:1].upper() + text[1:] + "."

    def sentence(self) -> str:
        """"Line 12: the date “31/02/2024” in column “Date” does not exist."."""
        return _t("Line {line}: {reasons}.").format(line=self.line, reasons=_t("; ").join(self.reasons))


def _category_aliases(existing: dict[str, int]) -> dict[str, int]:
    """Seeded categories are also found by their name in the other language ("Ascenseur" → Lift)."""
    aliases = dict(existing)
    for english in DEFAULT_CATEGORIES:
        french = lookup("Category", english, "fr") or english
        names = {normalise(english), normalise(french)}
        found = next((existing[n] for n in names if n in existing), None)
        if found is not None:
            for name in names:
                aliases.setdefault(name, found)
    return aliases


class RowConverter:
    """Turns rows of one file into complaints, with what it knows of the store read once."""

    def __init__(self, store, table: CsvTable, mapping: list[str | None],
                 value_maps: dict[str, dict[str, object]] | None = None):
        self.value_maps = value_maps or {}
        self.unknown_services: dict[str, str] = {}  # normalised → as first written
        self.headers = table.headers
        self.delimiter = table.delimiter
        # Palier's own exports put an apostrophe before a formula character (neutralise); only
        # there is it taken off again. Anyone else's text is kept as written, apostrophe included.
        self.from_palier = is_palier_export(table.headers)
        self.columns = {name: index for index, name in enumerate(mapping) if name}
        existing = {category_key(c.name): c.id for c in store.categories.list()}
        self.categories = _category_aliases(existing)
        self.new_categories: dict[str, tuple[int, str]] = {}  # normalised → (placeholder id, name)
        self.places = {}
        for ref in store.places.all_place_refs():
            self.places.setdefault(normalise(ref.label), ref)
        self.people = {p.name.casefold(): p.id for p in store.people.list()}
        self.today = store.complaints.today()
        self.reason_note = _t("Imported from “{file}”").format(file=table.path.name)

    def _cell(self, row: CsvRow, name: str) -> str:
        index = self.columns.get(name)
        if index is None:
            return ""
        value = row.values[index].strip()
        return composed(unneutralise(value) if self.from_palier else value)

    def _column(self, name: str) -> str:
        """The name of the column holding field ``name``, as messages quote it."""
        return shown(self.headers[self.columns[name]])

    def _category_id(self, value: str) -> int:
        key = category_key(value)
        if key in self.categories:
            return self.categories[key]
        if key not in self.new_categories:
            self.new_categories[key] = (-1 - len(self.new_categories), value)
        return self.new_categories[key][0]

    def convert(self, row: CsvRow) -> Complaint | RowError:
        """The complaint a row describes, or a RowError with every reason it cannot be imported."""
        reasons: list[str] = []
        if row.overflow:  # an unquoted delimiter shifted the cells: none of them can be trusted
            reasons.append(_t("the row has filled cells after the last column “{column}” ({count} too many; "
                              "a value holding a {delimiter} must be put in quotes)").format(
                count=len(row.overflow), column=shown(self.headers[-1]),
                delimiter=delimiter_label(self.delimiter)))
        if "title" in self.columns and not self._cell(row, "title"):
            reasons.append(_t("the title in column “{column}” is empty").format(column=self._column("title")))
        complaint = Complaint(title=self._cell(row, "title"), description=self._cell(row, "description"),
                              external_ref=self._cell(row, "external_ref"), opened_on=self.today)
        category = self._cell(row, "category")
        if category:
            complaint.category_id = self._category_id(category)
        elif "category" in self.columns:
            reasons.append(_t("the category in column “{column}” is empty")
                           .format(column=self._column("category")))
        read_before = len(reasons)
        for name, parse in (("opened_on", parse_date), ("due_on", parse_date),
                            ("status", parse_status), ("service", parse_service)):
            value = self._cell(row, name)
            if not value and name == "opened_on" and name in self.columns:
                reasons.append(_t("the date in column “{column}” is empty").format(column=self._column(name)))
            elif value or name == "status":
                try:
                    mapped = self.value_maps.get(name, {}).get(normalise(value), None) if value else None
                    if mapped == KEEP:  # the landlord's own service name, kept in the description
                        complaint.description = self._with_landlord_service(complaint.description, value)
                        continue
                    parsed = mapped if mapped is not None else parse(value, self._column(name) if value else "")
                    if name in ("opened_on", "due_on"):
                        self._plausible(parsed, value, self._column(name))
                    setattr(complaint, name, parsed)
                except CellError as error:
                    reasons.append(error.reason)
                    if name == "service":
                        self.unknown_services.setdefault(normalise(value), value)
        reasons += self._rule_reasons(complaint, dates_read=len(reasons) == read_before)
        if complaint.status.needs_reason:
            complaint.status_reason = self.reason_note
        place = self._cell(row, "place")
        key = normalise(place)  # a text of symbols only matches no place (nor does an empty cell)
        complaint.place = (self.places.get(key) if key else None) or PlaceRef(label=place)
        self._set_reporter(complaint, self._cell(row, "reporter"))
        if not reasons:
            reasons += self._domain_reasons(complaint)
        return RowError(row.line, reasons, row.values) if reasons else complaint

    @staticmethod
    def _with_landlord_service(description: str, value: str) -> str:
        line = _t("Landlord's service: {name}").format(name=value)
        return f"{description}\n{line}" if description else line

    def _plausible(self, day: dt.date, value: str, column: str) -> None:
        """Refuse a date no register holds (CellError): before 1990, or more than five years from
        today; "31/12/1924" or "2204-03-01" is a typing mistake, not a complaint."""
        latest = add_months(self.today, 12 * MAX_YEARS_AHEAD)
        if day < EARLIEST_DATE:
            raise CellError(_t("the date “{value}” in column “{column}” is before {year}: is it a typing "
                               "mistake?").format(value=shown(value), column=column, year=EARLIEST_DATE.year))
        if day > latest:
            raise CellError(_t("the date “{value}” in column “{column}” is more than {years} years from "
                               "today: is it a typing mistake?").format(
                                   value=shown(value), column=column, years=MAX_YEARS_AHEAD))

    def _rule_reasons(self, complaint: Complaint, dates_read: bool) -> list[str]:
        """The rules of a complaint the row breaks, naming the column (the domain's sentences cannot).
        The due date is compared only when both dates were read (``dates_read``)."""
        reasons = []
        for name, limit in (("title", TITLE_MAX), ("description", DESCRIPTION_MAX),
                            ("external_ref", EXTERNAL_REF_MAX)):
            count = len(getattr(complaint, name).strip() if name == "external_ref" else getattr(complaint, name))
            if name in self.columns and count > limit:
                reasons.append(_t("the text in column “{column}” is too long ({count} characters, at most "
                                  "{limit})").format(column=self._column(name), count=count, limit=limit))
        if dates_read and complaint.due_on is not None and complaint.due_on < complaint.opened_on:
            reasons.append(_t("the due date in column “{column}” comes before the date the complaint was "
                              "opened").format(column=self._column("due_on")))
        return reasons

    def _set_reporter(self, complaint: Complaint, name: str) -> None:
        if is_confidential_marker(name):
            complaint.reporter_confidential = True
        elif name:
            complaint.reporter_id = self.people.get(name.casefold())
            complaint.reporter_name = name

    @staticmethod
    def _domain_reasons(complaint: Complaint) -> list[str]:
        try:
            complaint.validate()
        except UserError as error:
            text = error.message.rstrip(".")
            return [text[:1].lower() + text[1:]]
        return []
