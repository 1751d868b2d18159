"""The box saying that open complaints are missing from a coming meeting's agenda (logged after it
was planned, or whose point was removed), with a button that puts them on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.domain.errors import UserError
from desktop.domain.meetings import MeetingStatus
from desktop.i18n import plural
from desktop.services import meetings as service
from desktop.ui import dialogs
from desktop.ui.flow import WrappedLabel

# At most this many complaints are named in the box; the others are counted.
NAMED = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("LateComplaints", text)


class LateComplaintsBox(QFrame):
    """Shown under a planned or convened meeting when open complaints are on no point of its
    agenda; "Add them to the agenda" groups them as the planning did."""

    added = Signal(int)  # how many complaints were put on the agenda

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.meeting_id: int | None = None
        self.setObjectName("lateComplaints")
        self.setStyleSheet("QFrame#lateComplaints { border: 2px solid #7a5a00; background: #fff8e0; }"
                           " QFrame#lateComplaints QLabel { color: #000000; }")
        self.text = WrappedLabel()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_them)
        self.add_button.setAccessibleName(_tr("Add the complaints missing from the agenda"))
        self.text.setAccessibleName(_tr("Complaints missing from the agenda"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def show_for(self, meeting_id: int | None) -> None:
        """Read what the agenda of ``meeting_id`` lacks, and show or hide the box."""
        self.meeting_id = meeting_id
        missing = service.complaints_not_on_agenda(self.store, meeting_id) if meeting_id is not None else []
        if not missing:
            self.hide()
            return
        meeting = self.store.meetings.get(meeting_id)
        count = len(missing)
        lines = [plural(count, _tr("1 open complaint is not on this agenda (logged or reopened after the "
                                   "meeting was planned):"),
                        _tr("{count} open complaints are not on this agenda (logged or reopened after the "
                            "meeting was planned):")).format(count=count)]
        lines += [_tr("• No. {id}: {title}").format(id=c.id, title=" ".join(c.title.split()))
                  for c in missing[:NAMED]]
        if count > NAMED:
            lines.append(_tr("• and {count} more").format(count=count - NAMED))
        if meeting.status == MeetingStatus.CONVENED:
            lines.append(_tr("The convocation already sent does not list them: print it again once they are added."))
        self.text.setText("\n".join(lines))
        self.add_button.setText(plural(count, _tr("&Add it to the agenda"), _tr("&Add them to the agenda")))
        self.show()

    def add_them(self) -> None:
        """Put the missing complaints on the agenda, before the landlord's information."""
        if self.meeting_id is None:
            return
        count = len(service.complaints_not_on_agenda(self.store, self.meeting_id))
        try:
            service.add_missing_complaints(self.store, self.meeting_id)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self.show_for(self.meeting_id)
        self.added.emit(count)
