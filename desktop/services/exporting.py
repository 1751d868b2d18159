"""Exporting the complaint register to a CSV file a French spreadsheet opens as is.

UTF-8 with a BOM and ``;`` (what French Excel expects, accents included), column names and
statuses in the user's language, dates written ``dd/mm/yyyy`` (French Excel reads them as dates,
and the import reads them back), cells that would run as a formula neutralised with a leading
apostrophe. A confidential reporter's name is never exported: the cell says "Confidential".
The file is written to a temporary file and renamed once complete; complaints are read a page at
a time so 100,000 of them cost little memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.domain.complaints import Complaint, ComplaintQuery, StatusGroup
from desktop.i18n import tr
from desktop.services.csv_table import write_table
from desktop.services.import_fields import field_label
from desktop.services.targets import check_target

PAGE = 500


def _t(text: str) -> str:
    return tr("Export", text)


def export_headers() -> list[str]:
    """The column names of an export, in the current language (the importer knows them by
    ``import_fields.EXPORT_COLUMNS``: keep both in step)."""
    return [
        _t("Number"), field_label("title"), field_label("category"), field_label("status"),
        field_label("opened_on"), field_label("due_on"), field_label("place"), field_label("reporter"),
        field_label("external_ref"), field_label("service"), _t("Urgency"), field_label("description"),
    ]


def _date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def export_row(complaint: Complaint) -> list[str]:
    """The cells of one complaint (not yet neutralised: the writer does that)."""
    if complaint.reporter_confidential:
        reporter = _t("Confidential")
    else:
        reporter = complaint.reporter_name
    return [
        str(complaint.id), complaint.title, complaint.category_name, tr("Status", complaint.status.label),
        _date(complaint.opened_on), _date(complaint.due_on), complaint.place.label, reporter,
        complaint.external_ref, tr("Service", complaint.service.label) if complaint.service else "",
        tr("Urgency", complaint.urgency.label), complaint.description,
    ]


def as_query(selection: ComplaintQuery | StatusGroup | str | None) -> ComplaintQuery:
    """A ComplaintQuery from a query, a status group or its name ("open", "closed", "all")."""
    if isinstance(selection, ComplaintQuery):
        return selection
    group = StatusGroup(selection or StatusGroup.ALL)
    return ComplaintQuery(statuses=ComplaintQuery.for_group(group), descending=False)


def export_complaints(
    store, path: Path | str, query_or_status_group: ComplaintQuery | StatusGroup | str | None = None,
    progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
    overwrite: bool = False,
) -> int:
    """Write the complaints selected (a query, or "open"/"closed"/"all") to the CSV file ``path``.

    Returns how many were written. ``progress(done, total)`` is called after each page;
    ``cancelled()`` returning True stops and leaves no file. UserError when the file cannot be
    written (a sentence naming it), or is not safe to write (``targets.check_target``: never the
    database or a backup; an existing file only with ``overwrite``).
    """
    check_target(path, store.path, overwrite)
    query = as_query(query_or_status_group)
    ids = store.complaints.query_ids(query)
    written = write_table(path, export_headers(), _rows(store, ids, progress), cancelled)
    store.audit.record("exported", "complaints", None, f"{written} → {path}")  # the audit log (part 4)
    return written


def _rows(store, ids: list[int], progress) -> Iterator[list[str]]:
    total = len(ids)
    if progress is not None:
        progress(0, total)
    for start in range(0, total, PAGE):
        for complaint in store.complaints.by_ids(ids[start:start + PAGE]):
            yield export_row(complaint)
        if progress is not None:
            progress(min(total, start + PAGE), total)
