"""The small dialog that plans the next meeting: date (proposed one quarter after the last),
start time, place and kind; "Plan" creates it with its proposed standard agenda."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
)

from desktop.domain.agenda import next_meeting_date
from desktop.domain.errors import UserError
from desktop.domain.meetings import MeetingKind
from desktop.services import meetings as service
from desktop.ui.date_field import DateField
from desktop.ui.meetings.common import label, words_date

DEFAULT_START = QTime(18, 0)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanMeeting", text)


def proposed_date(store) -> dt.date:
    """One quarter after the last meeting held (services.meetings.suggest_next_date), or after the
    latest one already planned when that is later, so the proposal is never a date already taken."""
    suggested = service.suggest_next_date(store) or store.complaints.today()
    meetings = store.meetings.list()
    if meetings and meetings[-1].date >= suggested:
        suggested = next_meeting_date(meetings[-1].date)
    return suggested


class PlanMeetingDialog(QDialog):
    """Plan a meeting. Emits ``planned(meeting_id)`` once it is in the store."""

    planned = Signal(int)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(_tr("Plan the next meeting"))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.date = DateField(day=proposed_date(store), required=True)
        # The date in words too ("jeudi 8 avril 2027"): digits alone are easy to misread.
        self.date_words = QLabel()
        self.date_words.setProperty("role", "hint")
        self.date.dateChanged.connect(lambda day: self.date_words.setText(words_date(day) if day else ""))
        self.date_words.setText(words_date(self.date.value()))
        self.start = QTimeEdit(DEFAULT_START)
        self.start.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        last = store.meetings.last_held()
        if last is not None:
            self.place.setText(last.place)
            self.place.setCursorPosition(0)
            if last.start_time is not None:
                self.start.setTime(QTime(last.start_time.hour, last.start_time.minute))
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(label("Meeting", kind.label), kind.value)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.plan_button = self.buttons.addButton(_tr("&Plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.plan)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for text, widget, name in ((_tr("&Date:"), self.date, _tr("Date of the meeting")),
                                   (_tr("&Start time:"), self.start, _tr("Start time")),
                                   (_tr("P&lace:"), self.place, _tr("Place of the meeting")),
                                   (_tr("&Kind:"), self.kind, _tr("Kind of meeting"))):
            widget.setAccessibleName(name)
            form.addRow(text, widget)
            if widget is self.date:
                form.addRow("", self.date_words)
        self.plan_button.setAccessibleName(_tr("Plan the meeting"))
        self.intro.setText(_tr("The agenda is proposed for you: previous minutes, commitments to follow up, "
                               "unanswered points, liaison forms and complaints. You can arrange it afterwards."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(680)
        self.plan_button.setDefault(True)  # once in the dialog, or Enter would press Cancel
        self.date.setFocus()

    def plan(self) -> None:
        """Create the meeting; on a refusal, say why and keep what was typed."""
        start = self.start.time()
        try:
            meeting = service.plan_meeting(
                self.store, self.date.value(), kind=MeetingKind(self.kind.currentData()),
                start_time=dt.time(start.hour(), start.minute()), place=self.place.text().strip())
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.planned.emit(meeting.id)
        self.accept()
