"""The Reports page: choose a document, see it in the preview, print it or save it as PDF.

The PDF is built in a worker thread. The store's connection belongs to the window's thread: a
meeting's documents are read here (a few milliseconds) and only drawn in the worker; the register
of a period can hold thousands of complaints (reading them takes a noticeable fraction of a
second), so its worker opens its own read-only connection to the same file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import plural
from desktop.domain.dates import long_date
from desktop.domain.errors import UserError
from desktop.reports.meeting_documents import meeting_document
from desktop.reports.register import register_pdf
from desktop.services.meeting_seals import refuse_changed_signed_copy
from desktop.services.meetings import load_minutes
from desktop.services.reports import gather, gather_register
from desktop.store import Store
from desktop.ui import dialogs
from desktop.ui.date_field import DateField
from desktop.ui.documents import output
from desktop.ui.documents.choices import MEETING_ID_ROLE, MeetingChoiceModel, last_quarter, period_day
from desktop.ui.documents.choices import big as _big
from desktop.ui.documents.preview import PreviewView
from desktop.ui.documents.public_wording import PublicWordingDialog, ask_public_wording
from desktop.ui.documents.signing import SigningPanel
from desktop.ui.documents.worker import DocumentJob

# The builders, as module names so that tests can slow one down or make it wait.
build_meeting_document = meeting_document
build_register = register_pdf

KINDS = ("agenda", "attendance", "minutes", "posting", "register")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


KIND_LABELS = {
    "agenda": lambda: _tr("&Convocation and agenda"),
    "attendance": lambda: _tr("&Attendance sheet"),
    "minutes": lambda: _tr("M&inutes"),
    "posting": lambda: _tr("&Posting version for the entrance hall"),
    "register": lambda: _tr("Complaint &register for a period"),
}


class DocumentsPage(QWidget):
    """Choose a document; Preview, Print… and Save as PDF…, built in a worker with a Cancel button."""

    def __init__(self, store: Store, events, parent=None):
        super().__init__(parent)
        self.store = store
        self.events = events
        self.pool = QThreadPool(self)
        self._job_number = 0
        self._waiting: int | None = None  # the job whose result is awaited
        self._jobs: dict[int, DocumentJob] = {}
        self._pending_action = "preview"
        self.pdf: bytes | None = None
        self.pdf_key: tuple | None = None
        self.pdf_title = ""
        self.model = MeetingChoiceModel(store, self)
        self.preview = PreviewView()
        self._build()
        self.translate_ui()
        self._meeting_changed()
        events.meetings_changed.connect(self._meetings_changed)

    # --- building the page -------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_group = QButtonGroup(self)
        self.kind_buttons = {kind: QRadioButton() for kind in KINDS}
        for number, kind in enumerate(KINDS):
            self.kind_group.addButton(self.kind_buttons[kind], number)
        self.kind_buttons["minutes"].setChecked(True)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setModel(self.model)
        self.meeting_label = QLabel()
        self.meeting_label.setBuddy(self.meeting_combo)
        start, end = self._period_proposed = last_quarter(self.store.complaints.today())
        self.from_edit, self.to_edit = DateField(day=start, required=True), DateField(day=end, required=True)
        self.from_label, self.to_label = QLabel(), QLabel()
        for label, edit in ((self.from_label, self.from_edit), (self.to_label, self.to_edit)):
            label.setBuddy(edit)
        self.choice_box = QGroupBox()
        choice = QVBoxLayout(self.choice_box)
        choice.addWidget(self.meeting_label)
        choice.addWidget(self.meeting_combo)
        for kind in KINDS[:4]:
            choice.addWidget(self.kind_buttons[kind])
        choice.addSpacing(12)
        choice.addWidget(self.kind_buttons["register"])
        period = QFormLayout()
        period.addRow(self.from_label, self.from_edit)
        period.addRow(self.to_label, self.to_edit)
        choice.addLayout(period)
        self.preview_button = _big(QPushButton())
        self.print_button = _big(QPushButton())
        self.save_button = _big(QPushButton())
        self.action_box = QGroupBox()
        actions = QVBoxLayout(self.action_box)
        for button in (self.preview_button, self.print_button, self.save_button):
            actions.addWidget(button)
        self.busy_label = QLabel()
        self.busy_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_button)
        actions.addWidget(self.busy_label)
        actions.addLayout(busy_row)
        self.signing = SigningPanel(self.store, self.events)
        self.signing.signed.connect(self._signed)
        actions.addWidget(self.signing)
        left = QVBoxLayout()
        left.addWidget(self.choice_box)
        left.addWidget(self.action_box)
        left.addStretch(1)
        self.column = column = QWidget()
        column.setLayout(left)
        column.setFixedWidth(430)
        layout = QHBoxLayout(self)
        layout.addWidget(column)
        layout.addWidget(self.preview, 1)
        self._set_busy(False)
        self.kind_group.idToggled.connect(lambda _id, on: on and self._choice_changed())
        self.kind_group.idClicked.connect(self._kind_chosen_by_hand)
        self.meeting_combo.currentIndexChanged.connect(lambda _row: self._meeting_changed())
        self.preview_button.clicked.connect(lambda: self.request("preview"))
        self.print_button.clicked.connect(lambda: self.request("print"))
        self.save_button.clicked.connect(lambda: self.request("save"))
        self.cancel_button.clicked.connect(self.cancel)

    def _fit_column(self) -> None:
        """The choices' column: 430 px, or wider when a choice's words need it (large text)."""
        needed = max(button.sizeHint().width() for button in self.kind_buttons.values())
        self.column.setFixedWidth(max(430, needed + 60))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """A larger or smaller text (Ctrl++ / Ctrl+-) widens or narrows the choices' column."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "column"):
            self._fit_column()

    def translate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.choice_box.setTitle(_tr("1. Choose the document"))
        self.action_box.setTitle(_tr("2. Then"))
        for kind, button in self.kind_buttons.items():
            button.setText(KIND_LABELS[kind]())
            button.setAccessibleName(KIND_LABELS[kind]().replace("&", ""))
        self.meeting_label.setText(_tr("&Meeting:"))
        self.meeting_combo.setAccessibleName(_tr("Meeting"))
        self.from_label.setText(_tr("&From:"))
        self.from_edit.setAccessibleName(_tr("Register from"))
        self.to_label.setText(_tr("&To:"))
        self.to_edit.setAccessibleName(_tr("Register to"))
        self.preview_button.setText(_tr("Pre&view"))
        self.preview_button.setAccessibleName(_tr("Preview"))
        self.print_button.setText(_tr("P&rint…"))
        self.print_button.setAccessibleName(_tr("Print"))
        self.save_button.setText(_tr("&Save as PDF…"))
        self.save_button.setAccessibleName(_tr("Save as PDF"))
        self.cancel_button.setText(_tr("Cancel"))
        self._fit_column()
        self.cancel_button.setAccessibleName(_tr("Cancel preparing the document"))
        self.progress.setAccessibleName(_tr("Progress"))
        self.preview.translate_ui()

    # --- what is chosen ----------------------------------------------------------------------
    def kind(self) -> str:
        """The chosen document: agenda, attendance, minutes, posting or register."""
        return KINDS[max(self.kind_group.checkedId(), 0)]

    def meeting_id(self) -> int | None:
        """The chosen meeting's id, or None when there is none."""
        return self.meeting_combo.currentData(MEETING_ID_ROLE)

    def period(self) -> tuple[dt.date, dt.date]:
        """The register's first and last day."""
        return self.from_edit.value(), self.to_edit.value()

    def choice_key(self) -> tuple:
        """What identifies the chosen document, to know whether the shown one is still it."""
        if self.kind() == "register":
            return ("register", self.from_edit.date(), self.to_edit.date())
        return (self.kind(), self.meeting_id())

    def select(self, kind: str, meeting_id: int | None = None) -> None:
        """Choose ``kind`` (and the meeting ``meeting_id``), as a person would with the controls."""
        self.kind_buttons[kind].setChecked(True)
        if meeting_id is not None:
            self.meeting_combo.setCurrentIndex(self.model.row_of(meeting_id))

    def _default_period(self) -> tuple[dt.date, dt.date]:
        """The last full quarter before the chosen meeting (or today)."""
        row = self.meeting_combo.currentIndex()
        meeting = self.model.meetings[row] if 0 <= row < len(self.model.meetings) else None
        return last_quarter(period_day(self.store.complaints.today(), meeting))

    def _follow_period(self) -> None:
        """The period follows the chosen meeting until the person sets it by hand."""
        if self.period() == self._period_proposed:
            start, end = self._period_proposed = self._default_period()
            self.from_edit.setDate(start)
            self.to_edit.setDate(end)

    kind_by_hand = False

    def _kind_chosen_by_hand(self, _id: int) -> None:
        self.kind_by_hand = True

    def _meeting_changed(self) -> None:
        """Until the person picks a document, it follows the meeting: the convocation for one to
        come, the minutes for one that took place."""
        row = self.meeting_combo.currentIndex()
        meeting = self.model.meetings[row] if 0 <= row < len(self.model.meetings) else None
        if meeting is not None and not self.kind_by_hand and self.kind() in ("agenda", "minutes"):
            wanted = "minutes" if meeting.status.has_taken_place else "agenda"
            if self.kind() != wanted:
                self.kind_buttons[wanted].setChecked(True)
                return  # the kind's toggle redoes the rest
        self._choice_changed()

    def _choice_changed(self) -> None:
        self._follow_period()
        register = self.kind() == "register"
        for widget in (self.meeting_label, self.meeting_combo):
            widget.setEnabled(not register)
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit):
            widget.setEnabled(register)
        self.signing.show_for(self.kind(), self.meeting_id())
        if self.preview.document is not None and self.preview_key != self.choice_key():
            # Another document or meeting was chosen: the preview must not show the previous one
            # (someone would print the wrong minutes); "Preview" shows the new choice.
            self.preview.clear()
            self.preview_key = None

    def _signed(self, meeting_id: int) -> None:
        """The minutes were just signed digitally: show the signed copy kept."""
        self.pdf = self.pdf_key = None
        self.request("preview")

    def _meetings_changed(self) -> None:
        self.pdf = self.pdf_key = None  # an approval or an amendment changes what the documents print
        chosen = self.meeting_id()
        self.model.refresh()
        self.meeting_combo.setCurrentIndex(max(self.model.row_of(chosen), 0) if self.model.meetings else -1)

    # --- producing the document --------------------------------------------------------------
    def request(self, action: str) -> None:
        """Preview, print or save the chosen document, building it first when needed."""
        if self._waiting is not None:
            self._pending_action = action  # the document being built will be used for this
            return
        if action in ("print", "save") and self.kind() == "posting" and not self._public_wording_confirmed(action):
            return  # the person first reads and confirms what will be public (then it goes on)
        if self.pdf is not None and self.pdf_key == self.choice_key():
            self._deliver(action)
            return
        try:
            work, title, steps = self._prepare()
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self._start(work, title, steps, action)

    def _public_wording_confirmed(self, action: str) -> bool:
        """True when every sentence the posting version changes or questions is confirmed; else
        the dialog listing them is open, and ``action`` goes on once they are confirmed."""
        meeting_id = self.meeting_id()
        if meeting_id is None:
            return True

        def confirmed() -> None:
            self.pdf = self.pdf_key = None  # what is printed is now the confirmed wording
            self.events.message.emit(_tr("The public wording of the posting version is confirmed."))
            self.request(action)

        self.wording_dialog = ask_public_wording(self, self.store, meeting_id, confirmed) or self.wording_dialog
        return not (self.wording_dialog and self.wording_dialog.isVisible())

    wording_dialog: PublicWordingDialog | None = None

    def _prepare(self):
        """The work of the chosen document, read from the store here (see the module's docstring)."""
        kind = self.kind()
        if kind == "register":
            return self._prepare_register()
        meeting_id = self.meeting_id()
        if meeting_id is None:
            raise UserError(_tr("There is no meeting yet: plan one on the Meetings page first."))
        minutes = load_minutes(self.store, meeting_id)
        title = _tr("{document} of the meeting of {date}").format(
            document=KIND_LABELS[kind]().replace("&", ""), date=long_date(minutes.meeting.date))
        kept = self.store.meetings.signed_minutes(meeting_id) if kind == "minutes" else None
        if kept is not None:  # signed digitally: always the very copy kept, unless the meeting changed since
            refuse_changed_signed_copy(self.store, meeting_id)
            return (lambda progress: kept.pdf), _tr("{title} (signed)").format(title=title), 0
        context = gather(self.store, minutes)
        return (lambda progress: build_meeting_document(kind, minutes, context)), title, 0

    def _prepare_register(self):
        start, end = self.period()
        if end < start:
            raise UserError(_tr("The period ends ({end}) before it starts ({start}).").format(
                end=long_date(end), start=long_date(start)))
        path, now = self.store.path, self.store.complaints.now
        reading, drawing = _tr("Reading the complaints…"), _tr("Drawing the register and its charts…")

        def work(progress):
            progress(0, 2, reading)
            # Its own connection: this thread must not share the window's.
            store = Store.open(path, read_only=True, now=now)
            try:
                data = gather_register(store, start, end)
            finally:
                store.close()
            progress(1, 2, drawing)
            return build_register(data)

        title = _tr("Complaint register from {start} to {end}").format(start=long_date(start), end=long_date(end))
        return work, title, 2

    def _start(self, work, title: str, steps: int, action: str) -> None:
        self._job_number += 1
        job = DocumentJob(self._job_number, work)
        job.signals.progress.connect(self._job_progress)
        job.signals.finished.connect(self._job_finished)
        job.signals.failed.connect(self._job_failed)
        self._jobs[job.number] = job
        self._waiting, self._pending_action = job.number, action
        self._waiting_key, self._waiting_title = self.choice_key(), title
        self.progress.setRange(0, steps)  # 0..0: a moving bar when steps are unknown
        self.progress.setValue(0)
        self.busy_label.setText(_tr("Preparing {title}…").format(title=title))
        self._set_busy(True)
        self.pool.start(job)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.busy_label, self.progress, self.cancel_button):
            widget.setVisible(busy)
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(not busy)

    def is_busy(self) -> bool:
        """True while a document is being prepared."""
        return self._waiting is not None

    def cancel(self) -> None:
        """Stop waiting for the document being prepared; its result will be thrown away."""
        if self._waiting is None:
            return
        self._waiting = None
        self._set_busy(False)
        self.events.message.emit(_tr("Preparing the document was cancelled."))

    def _job_progress(self, number: int, step: int, total: int, text: str) -> None:
        if number != self._waiting:
            return
        self.progress.setRange(0, total)
        self.progress.setValue(step)
        self.busy_label.setText(_tr("Step {step} of {total}: {text}").format(step=step + 1, total=total, text=text))

    def _job_finished(self, number: int, data: bytes) -> None:
        self._jobs.pop(number, None)
        if number != self._waiting:
            return  # cancelled or replaced: nobody wants it any more
        self._waiting = None
        self._set_busy(False)
        self.pdf, self.pdf_key, self.pdf_title = data, self._waiting_key, self._waiting_title
        self.preview.set_pdf(data)
        self._deliver(self._pending_action)

    def _job_failed(self, number: int, reason: str) -> None:
        self._jobs.pop(number, None)
        if number != self._waiting:
            return
        self._waiting = None
        self._set_busy(False)
        dialogs.show_error(self, _tr("The document could not be prepared: {reason}").format(reason=reason))

    # --- where it goes -------------------------------------------------------------------------
    def _deliver(self, action: str) -> None:
        if self.preview.document is None or self.preview_key != self.pdf_key:
            self.preview.set_pdf(self.pdf)
        self.preview_key = self.pdf_key
        if action == "print":
            self.print_document()
        elif action == "save":
            self.save_document()
        else:
            self.events.message.emit(plural(self.preview.page_count, _tr("{title}: {count} page."),
                                            _tr("{title}: {count} pages.")).format(
                title=self.pdf_title, count=self.preview.page_count))

    preview_key: tuple | None = None

    def print_document(self) -> None:
        """Ask the system's print dialog, then print the shown document."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pdf_title)
        self._printer = printer  # kept alive while the dialog is open
        output.open_print_dialog(printer, self, self._print_accepted)

    def _print_accepted(self, printer: QPrinter) -> None:
        try:
            count = output.print_pdf(printer, self.pdf)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self._record("printed", _tr("printer"))
        self.events.message.emit(plural(count, _tr("{title} sent to the printer ({count} page)."),
                                        _tr("{title} sent to the printer ({count} pages).")).format(
            title=self.pdf_title, count=count))

    def save_document(self) -> None:
        """Ask where, then write the shown document as a PDF file."""
        suggested = str(output.documents_folder() / (self._file_stem() + ".pdf"))
        chosen = output.ask_save_path(self, suggested)
        if not chosen:
            return
        try:
            written = output.write_pdf(Path(chosen), self.pdf, self.store.path)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self._record("printed", str(written))
        output.remember_folder(written.parent)
        self.events.message.emit(_tr("{title} saved in {path}.").format(title=self.pdf_title, path=written))

    def _record(self, action: str, where: str) -> None:
        """A line in the audit log: which document went where, and who did it."""
        key = self.pdf_key or self.choice_key()
        if key[0] == "register":
            self.store.audit.record(action, "register", None, f"{key[1]} – {key[2]} → {where}")
        else:
            self.store.audit.record(action, "meeting", key[1], f"{key[0]} → {where}")

    def _file_stem(self) -> str:
        key = self.pdf_key or self.choice_key()
        if key[0] == "register":
            return _tr("register-{start}-{end}").format(start=key[1].isoformat(), end=key[2].isoformat())
        meeting = next((m for m in self.model.meetings if m.id == key[1]), None)
        day = meeting.date.isoformat() if meeting else ""
        names = {"agenda": _tr("convocation"), "attendance": _tr("attendance-sheet"),
                 "minutes": _tr("minutes"), "posting": _tr("minutes-for-posting")}
        return f"{names[key[0]]}-{day}"

    def shutdown(self) -> None:
        """Stop waiting for any document and let running workers finish (before the page goes)."""
        self._waiting = None
        self.pool.waitForDone()

    def reload_from_store(self) -> None:
        """The data changed somewhere (``events.data_changed``): an approval, a signature or an
        amendment changes what the documents print and which actions the minutes offer."""
        if self._waiting is not None:
            return  # the document being built is replaced below when it arrives: keep it simple
        self._meetings_changed()
        self._choice_changed()
