"""The meetings page: the list of meetings, the selected meeting (agenda, attendance, what to do
next in its life cycle) and, on a second tab, every commitment across meetings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agenda import missing_answers
from desktop.domain.errors import UserError
from desktop.domain.meetings import MeetingStatus, UnansweredPoints
from desktop.i18n import plural
from desktop.services import meetings as service
from desktop.ui import dialogs
from desktop.ui.flow import WrappedLabel
from desktop.ui.headers import WrappingHeader
from desktop.ui.screen_fit import show_placed
from desktop.ui.meetings.agenda_editor import AgendaEditor
from desktop.ui.meetings.attendance import AttendancePanel
from desktop.ui.meetings.commitments_view import CommitmentsView
from desktop.ui.meetings.common import label, words_date
from desktop.ui.meetings.convocation_print import offer_to_print_convocation
from desktop.ui.meetings.late_complaints import LateComplaintsBox
from desktop.ui.meetings.list_model import MeetingListModel
from desktop.ui.meetings.minutes_dialogs import AmendmentDialog, ApproveDialog
from desktop.ui.meetings.planning import PlanMeetingDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsPage", text)


def open_meeting_mode(store, events, meeting_id: int, parent=None):
    """Open the meeting mode window on a meeting (imported late: it is a separate module)."""
    from desktop.ui.meetings.meeting_mode import MeetingModeWindow

    window = MeetingModeWindow(store, events, meeting_id, parent)
    show_placed(window, window.start_maximised)
    return window


class MeetingsPage(QWidget):
    """Plan, prepare, hold, close and approve meetings; follow commitments."""

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.dialog = None
        self.mode_window = None
        self.model = MeetingListModel(store, self)
        self._build()
        self.translate_ui()
        self._connect()
        self.select_meeting(self._default_meeting())

    # Building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.plan_button, self.open_button = QPushButton(), QPushButton()
        self.table = QTableView()
        # The date, status and counts whole; the kind takes what is left (cut "…" when narrow).
        WrappingHeader.install(self.table, share=True, grow=(MeetingListModel.KIND,),
                               keep=(0, 2, 3, 4))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.agenda = AgendaEditor(self.store)
        self.attendance = AttendancePanel(self.store)
        self.commitments = CommitmentsView(self.store)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.plan_button)
        top.addWidget(self.open_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)  # four meetings at least
        splitter.addWidget(self.table)
        splitter.addWidget(self._detail())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.table.setMinimumHeight(150)
        splitter.setSizes([210, 600])
        meetings_tab = QWidget()
        QVBoxLayout(meetings_tab).addWidget(splitter)
        self.tabs = QTabWidget()
        self.tabs.addTab(meetings_tab, "")
        self.tabs.addTab(self.commitments, "")
        from desktop.ui.meetings.forms_tab import LiaisonFormsTab
        from desktop.ui.meetings.thread_tab import ThreadTab

        self.forms = LiaisonFormsTab(self.store, self.events)
        self.thread = ThreadTab(self.store, self.events)
        self.thread.open_complaint.connect(self._open_complaint)
        self.tabs.addTab(self.forms, "")
        self.tabs.addTab(self.thread, "")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def _detail(self) -> QWidget:
        panel = QWidget()
        self.title = WrappedLabel()
        self.title.setProperty("role", "heading")
        self.facts = WrappedLabel()
        self.convene_button, self.start_button = QPushButton(), QPushButton()
        self.close_button, self.approve_button = QPushButton(), QPushButton()
        self.missing = QLabel()
        self.missing.setObjectName("missingAnswers")
        self.missing.setWordWrap(True)
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missing.setStyleSheet("QLabel#missingAnswers { border: 2px solid #a00000; padding: 8px;"
                                   " background: #fff4f4; color: #000000; }")
        # A long list scrolls instead of squashing the agenda below it.
        self.missing_area = QScrollArea()
        self.missing_area.setWidgetResizable(True)
        self.missing_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.missing_area.setWidget(self.missing)
        self.missing_area.setMaximumHeight(230)
        self.missing_area.hide()
        self.late = LateComplaintsBox(self.store)
        self.late.added.connect(self._late_added)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(self.agenda, "")
        self.detail_tabs.addTab(self.attendance, "")
        # The agenda and the attendance keep room for a few rows: the page scrolls down rather
        # than squeeze them to nothing under the meeting's notices.
        for table in (self.agenda.table, self.attendance.table):
            table.setMinimumHeight(self.fontMetrics().lineSpacing() * 13)
        actions = QHBoxLayout()
        for button in (self.convene_button, self.start_button, self.close_button, self.approve_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(actions)
        layout.addWidget(self.missing_area)
        layout.addWidget(self.late)
        layout.addWidget(self.detail_tabs, 1)
        return panel

    def _open_complaint(self, complaint_id: int) -> None:
        from desktop.ui.complaints.form import ComplaintDialog

        dialog = ComplaintDialog(self.store, self.events, complaint_id, parent=self)
        dialog.open()

    def translate_ui(self) -> None:
        """Set every visible and accessible text in the current language."""
        self.heading.setText(_tr("Meetings"))
        self.plan_button.setText(_tr("&Plan the next meeting…"))
        self.open_button.setText(_tr("&Open"))
        self.convene_button.setText(_tr("&Convene"))
        self.start_button.setText(_tr("&Start the meeting"))
        self.close_button.setText(_tr("C&lose the meeting"))
        self.approve_button.setText(_tr("Appro&ve the minutes…"))
        for widget, name in (
                (self.plan_button, _tr("Plan the next meeting")), (self.open_button, _tr("Open the selected meeting")),
                (self.convene_button, _tr("Record that the convocation was sent")),
                (self.start_button, _tr("Start the meeting and take the minutes")),
                (self.close_button, _tr("Close the meeting")),
                (self.approve_button, _tr("Approve and sign the minutes")),
                (self.table, _tr("List of meetings")), (self.tabs, _tr("Meetings and commitments")),
                (self.detail_tabs, _tr("Agenda and attendance"))):
            widget.setAccessibleName(name)
        self.tabs.setTabText(0, _tr("Meetings"))
        self.tabs.setTabText(1, _tr("Commitments (all meetings)"))
        self.tabs.setTabText(2, _tr("Liaison forms"))
        self.tabs.setTabText(3, _tr("Follow a topic"))
        self.detail_tabs.setTabText(0, _tr("Agenda"))
        self.detail_tabs.setTabText(1, _tr("Attendance"))
        self._show_meeting()

    def _connect(self) -> None:
        self.plan_button.clicked.connect(self.plan_next_meeting)
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.convene_button.clicked.connect(self.convene)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.close_meeting)
        self.approve_button.clicked.connect(self.approve)
        self.agenda.changed.connect(self._agenda_changed)
        self.agenda.amend_requested.connect(self.amend)
        self.attendance.changed.connect(self._show_meeting)
        self.commitments.changed.connect(self.agenda.model.refresh)
        self.events.complaints_changed.connect(self.refresh)
        self.events.people_changed.connect(lambda: self.attendance.set_meeting(self.meeting_id))

    # Selection ----------------------------------------------------------------------------
    @property
    def meeting_id(self) -> int | None:
        """The meeting shown in the detail area."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.meeting_id(rows[0].row()) if rows else None

    def _default_meeting(self) -> int | None:
        """The next planned meeting when there is one, else the latest."""
        upcoming = self.store.meetings.next_planned(self.store.complaints.today())
        if upcoming is not None:
            return upcoming.id
        return self.model.meeting_id(0) if self.model.rowCount() else None

    def select_meeting(self, meeting_id: int | None) -> None:
        """Select a meeting in the list and show it."""
        row = self.model.row_of(meeting_id) if meeting_id else -1
        if row < 0:
            self.table.clearSelection()
            self._selection_changed()
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _selection_changed(self) -> None:
        self.missing_area.hide()
        meeting_id = self.meeting_id
        self.agenda.set_meeting(meeting_id)
        self.attendance.set_meeting(meeting_id)
        self.late.show_for(meeting_id)
        self._show_meeting()

    def refresh(self) -> None:
        """Read everything again, keeping the selected meeting."""
        keep = self.meeting_id
        self.model.refresh()
        self.select_meeting(keep)
        self.commitments.model.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """The meeting mode may have changed things while the page was hidden."""
        super().showEvent(event)
        if self.model.rowCount():
            self.refresh()

    def _agenda_changed(self) -> None:
        row = self.model.row_of(self.meeting_id) if self.meeting_id else -1
        keep = self.meeting_id
        self.model.refresh()
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.select_meeting(keep)
            self.table.selectionModel().blockSignals(False)

    def _show_meeting(self) -> None:
        meeting = self.agenda.model.meeting
        status = meeting.status if meeting else None
        self.title.setText(_tr("Choose a meeting in the list, or plan the next one.") if meeting is None else
                           _tr("{kind} of {date}").format(kind=label("Meeting", meeting.kind.label),
                                                          date=words_date(meeting.date)))
        self.facts.setVisible(meeting is not None)
        if meeting is not None:
            start = meeting.start_time.strftime("%H:%M") if meeting.start_time else "—"
            self.facts.setText(_tr("Status: {status}. Start: {start}. Place: {place}.").format(
                status=label("Meeting", meeting.status.label), start=start, place=meeting.place or "—"))
        self.convene_button.setVisible(status == MeetingStatus.PLANNED)
        self.start_button.setVisible(status in (MeetingStatus.PLANNED, MeetingStatus.CONVENED, MeetingStatus.HELD,
                                                MeetingStatus.MINUTES_DRAFTED))
        self.start_button.setText({MeetingStatus.HELD: _tr("&Resume the meeting"),
                                   MeetingStatus.MINUTES_DRAFTED: _tr("&Correct the minutes…")}.get(
                                       status, _tr("&Start the meeting")))
        self.start_button.setAccessibleName(
            _tr("Correct the draft minutes (each change is dated)") if status == MeetingStatus.MINUTES_DRAFTED
            else _tr("Start the meeting and take the minutes"))
        self.close_button.setVisible(status == MeetingStatus.HELD)
        self.approve_button.setVisible(status == MeetingStatus.MINUTES_DRAFTED)
        self.open_button.setEnabled(meeting is not None)

    # Actions ------------------------------------------------------------------------------
    def plan_next_meeting(self) -> None:
        """Open the planning dialog (date proposed one quarter after the last meeting)."""
        self.dialog = PlanMeetingDialog(self.store, self)
        self.dialog.planned.connect(self._planned)
        self.dialog.open()

    def _planned(self, meeting_id: int) -> None:
        self.model.refresh()
        self.select_meeting(meeting_id)
        self.tabs.setCurrentIndex(0)
        meeting = self.store.meetings.get(meeting_id)
        self.events.message.emit(_tr("Meeting of {date} planned").format(date=words_date(meeting.date)))

    def _late_added(self, count: int) -> None:
        self.agenda.set_meeting(self.meeting_id)
        self._agenda_changed()
        self.events.meetings_changed.emit()
        self.events.message.emit(plural(count, _tr("{count} complaint put on the agenda"),
                                        _tr("{count} complaints put on the agenda")).format(count=count))

    def open_selected(self) -> None:
        """Bring the selected meeting's agenda forward, keyboard focus on it."""
        if self.meeting_id is None:
            return
        self.tabs.setCurrentIndex(0)
        self.detail_tabs.setCurrentIndex(0)
        self.agenda.table.setFocus()
        if self.agenda.model.rowCount() and not self.agenda.selected_rows():
            self.agenda.select_row(0)

    def _run(self, action, message: str) -> bool:
        try:
            action()
        except UnansweredPoints as error:
            self._show_missing(error)
            return False
        except UserError as error:
            dialogs.show_error(self, str(error))
            return False
        self.missing_area.hide()
        self.refresh()
        self.events.message.emit(message)
        return True

    def _show_missing(self, error: UnansweredPoints) -> None:
        lines = [_tr("This meeting cannot be closed yet. These points have neither an answer nor a reason "
                     "for having none:")]
        lines += [_tr("• Point {position}: {title}").format(position=p.position, title=p.title)
                  for p in error.points]
        lines.append(_tr("Resume the meeting to write an answer, or “no answer yet, because…”, for each."))
        self.missing.setText("\n".join(lines))
        self.missing_area.show()
        self.missing.setAccessibleName(_tr("Points without an answer"))

    def convene(self) -> None:
        """Record that the convocation was sent, then offer to print it with the attendance sheet."""
        meeting_id = self.meeting_id
        if meeting_id is not None and self._run(lambda: service.convene_meeting(self.store, meeting_id),
                                                _tr("Meeting convened")):
            self.convocation_printing = offer_to_print_convocation(self, self.store, meeting_id)

    convocation_printing = None

    def _other_day_confirmed(self, meeting) -> bool:
        """A meeting opened on another day than its own: ask first (a wrong line is easily clicked)."""
        today = self.store.complaints.today()
        # Asked once: a meeting already opened (held) is being resumed, not opened by mistake.
        if meeting.date == today or meeting.status in (MeetingStatus.MINUTES_DRAFTED, MeetingStatus.HELD):
            return True
        text = _tr("This meeting is dated {date}, but today is {today}.\n\nOpen it in the meeting mode anyway?").format(
            date=words_date(meeting.date), today=words_date(today))
        return dialogs.confirm(self, _tr("Another day's meeting"), text, _tr("Open it anyway"))

    def start(self) -> None:
        """Start (or resume) the meeting and open the meeting mode; for drafted minutes, open it
        to correct them. A meeting dated another day than today is asked about first."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        meeting = self.store.meetings.get(meeting_id)
        if not self._other_day_confirmed(meeting):
            return
        if meeting.status in (MeetingStatus.PLANNED, MeetingStatus.CONVENED):
            if not self._run(lambda: service.start_meeting(self.store, meeting_id), _tr("Meeting started")):
                return
        try:
            self.mode_window = open_meeting_mode(self.store, self.events, meeting_id, self)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        if self.mode_window is not None:
            # What was typed there shows here once it is closed.
            self.mode_window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        """Refresh when the meeting mode window closes."""
        if watched is self.mode_window and event.type() == QEvent.Type.Close:
            self.refresh()
        return super().eventFilter(watched, event)

    def close_meeting(self) -> None:
        """Close a held meeting, after asking; when questions lack an answer, list them here."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        complete = not missing_answers(self.store.agenda.points(meeting_id, with_commitments=False))
        if complete and not dialogs.confirm(
                self, _tr("End the meeting"),
                _tr("End this meeting now?\n\nIts minutes can still be corrected afterwards (each change is dated) "
                    "until the chair and the secretary approve them."), _tr("End the meeting")):
            return
        self._run(lambda: service.close_meeting(self.store, meeting_id),
                  _tr("Meeting ended; its draft minutes can be corrected until they are approved"))

    def approve(self) -> None:
        """Ask the chair and the secretary to approve the minutes."""
        if self.meeting_id is None:
            return
        self.dialog = ApproveDialog(self.store, self.meeting_id, self)
        self.dialog.done_ok.connect(lambda: (self.refresh(), self.events.message.emit(_tr("Minutes signed"))))
        self.dialog.open()

    def amend(self) -> None:
        """Add a dated amendment to signed minutes."""
        if self.meeting_id is None:
            return
        self.dialog = AmendmentDialog(self.store, self.meeting_id, self)
        self.dialog.done_ok.connect(lambda: (self.refresh(), self.events.message.emit(_tr("Amendment added"))))
        self.dialog.open()

    def reload_from_store(self) -> None:
        """The data changed somewhere (``events.data_changed``): the list, the chosen meeting
        (its status, agenda and attendance) and the commitments, as the store holds them now."""
        keep = self.meeting_id
        self.model.refresh()
        self.select_meeting(keep)
        if keep is not None and self.meeting_id == keep:
            self._selection_changed()
        self.commitments.model.refresh()
