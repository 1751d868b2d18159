"""The list of liaison forms (fiches de liaison): what was asked, where, and where it stands.

The asker is never named in the list when the tenant asked to stay anonymous (DOMAIN.md): the
cell says "Confidential" instead.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.domain.meetings import LiaisonForm
from desktop.ui.meetings.common import short_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiaisonForms", text)


def first_line(text: str) -> str:
    """The first non-empty line of a question, as the list shows it."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


class LiaisonFormsModel(QAbstractTableModel):
    """Liaison forms by date received; all of them, or only those not yet on an agenda."""

    RECEIVED, ENTRANCE, ASKER, COLLECTED_BY, QUESTION, AGENDA, COMPLAINT = range(7)
    COLUMN_COUNT = 7

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.only_waiting = False
        self.rows: list[LiaisonForm] = []
        self.agenda_dates: dict[int, list] = {}
        self.refresh()

    def set_only_waiting(self, only_waiting: bool) -> None:
        """Show only the forms no agenda takes up yet (True) or every form (False)."""
        self.only_waiting = only_waiting
        self.refresh()

    def refresh(self) -> None:
        """Read the forms again, with the meetings whose agenda takes each of them up."""
        self.beginResetModel()
        forms = self.store.forms.not_on_agenda() if self.only_waiting else self.store.forms.list()
        self.rows = sorted(forms, key=lambda f: (f.received_on, f.id), reverse=True)
        self.agenda_dates = self._agenda_dates(self.rows)
        self.endResetModel()

    def _agenda_dates(self, forms: list[LiaisonForm]) -> dict[int, list]:
        meetings = {m.id: m.date for m in self.store.meetings.list()}
        found: dict[int, list] = {}
        for form in forms:
            points = self.store.agenda.by_ids(self.store.forms.point_ids(form.id))
            found[form.id] = sorted({meetings[p.meeting_id] for p in points if p.meeting_id in meetings})
        return found

    def form_id(self, row: int) -> int:
        """The id of the form shown on ``row``."""
        return self.rows[row].id

    def row_of(self, form_id: int) -> int:
        """The row showing form ``form_id``, or -1."""
        for row, form in enumerate(self.rows):
            if form.id == form_id:
                return row
        return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMN_COUNT:
            return None
        return (_tr("Received"), _tr("Entrance"), _tr("Asked by"), _tr("Collected by"), _tr("Question"),
                _tr("On the agenda of"), _tr("Complaint"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        form = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.QUESTION:
            return form.question
        return self.cell(form, index.column())

    def cell(self, form: LiaisonForm, column: int) -> str:
        """The text shown for ``form`` in ``column``."""
        if column == self.RECEIVED:
            return short_date(form.received_on)
        if column == self.ENTRANCE:
            return form.entrance_label
        if column == self.ASKER:
            return _tr("Confidential") if form.confidential else form.asker_name
        if column == self.COLLECTED_BY:
            return form.collected_by_name
        if column == self.QUESTION:
            return first_line(form.question)
        if column == self.AGENDA:
            dates = self.agenda_dates.get(form.id, [])
            if not dates:
                return _tr("Not yet")
            return ", ".join(short_date(d) for d in dates)
        return str(form.complaint_id) if form.complaint_id else ""
