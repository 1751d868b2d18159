"""The complaint form: new or existing, with its status actions, history timeline and photos.

It is a non-modal dialog (open it with ``.show()`` or ``.open()``). Saving a new complaint keeps
the form open on the saved complaint, because that is when its status actions and photos become
available; "Close" (or Esc) leaves, asking first when edits are not saved.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.complaints import Complaint
from desktop.domain.dates import long_date
from desktop.domain.errors import UserError
from desktop.services import meetings as meetings_service
from desktop.ui.flow import ResponsiveRow
from desktop.ui import dialogs
from desktop.ui.complaints.fields import ComplaintFields
from desktop.ui.complaints.history import HistoryView
from desktop.ui.complaints.photos import PhotoPanel, image_paths
from desktop.ui.complaints.status import StatusPanel, status_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintForm", text)


class ComplaintDialog(QDialog):
    """Create or edit one complaint; change its status; see its history; attach photos."""

    # The number of the complaint just saved (new or edited), for the register to select it.
    saved = Signal(int)

    def __init__(self, store, events, complaint_id: int | None = None, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.complaint: Complaint | None = None
        self.setAcceptDrops(True)
        self.fields = ComplaintFields(store)
        self.status = StatusPanel(store)
        self.history = HistoryView(store)
        self.photos = PhotoPanel(store, events)
        self._build_layout()
        self._connect()
        if complaint_id is None:
            self._start_new()
        else:
            self._show_complaint(store.complaints.get(complaint_id))
        self.fields.title.setFocus()

    # Building -----------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_tr("History and photos"))
        self.tabs.addTab(self.history, _tr("Histor&y"))
        self.tabs.addTab(self.photos, _tr("P&hotos"))
        status_box = QGroupBox(_tr("Status"))
        QVBoxLayout(status_box).addWidget(self.status)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(status_box)
        side_layout.addWidget(self.tabs, 1)
        # Fixed proportions: the columns must not jump when the status panel grows.
        # Each column still keeps the width its labels and fields need.
        for column in (self.fields, side):
            column.setMinimumWidth(column.minimumSizeHint().width())
            column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Side by side on a wide screen; the status and history under the fields on a small one
        # (1024 pixels, or large text), the whole form scrolling rather than leaving the screen.
        row = ResponsiveRow(spacing=20)
        row.add(self.fields, 3)
        row.add(side, 2)
        middle = QScrollArea()
        middle.setWidgetResizable(True)
        middle.setFrameShape(QScrollArea.Shape.NoFrame)
        middle.setWidget(row)
        middle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(_tr("Why the complaint was not saved"))
        self.error.hide()
        self.save_button = QPushButton(_tr("&Save"))
        self.save_button.setAccessibleName(_tr("Save the complaint"))
        self.save_button.setToolTip(_tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton()
        self.close_button.setAutoDefault(False)
        for button in (self.save_button, self.close_button):
            button.setMinimumWidth(150)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(middle, 1)
        layout.addLayout(buttons)
        self.setMinimumHeight(600)
        self._fit_to_screen(1200, 740)


    def _order_tabs(self) -> None:
        """Tab reads the fields, then the status actions (made anew for each status), then the
        history: the order of the eye, not the order the buttons were made in."""
        chain = [self.fields.description]
        chain += [widget for widget in self.status.findChildren(QWidget)
                  if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None]
        chain.append(self.tabs)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width() - 40), min(height, available.height() - 40)
        minimum = self.minimumSizeHint()
        self.resize(max(width, minimum.width()), max(height, minimum.height()))

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(self.save)
        self.status.changed.connect(self._status_changed)
        self.status.asking.connect(self._status_asking)
        self.photos.photos_changed.connect(self._update_photo_tab)
        # Lists edited elsewhere (People and places) show up without reopening the form.
        for signal in (self.events.categories_changed, self.events.places_changed, self.events.people_changed):
            signal.connect(self.fields.refresh_lists)

    # Showing ------------------------------------------------------------------------------
    def _start_new(self) -> None:
        self.setWindowTitle(_tr("New complaint"))
        self.heading.setText(_tr("New complaint"))
        self.close_button.setText(_tr("&Cancel"))
        self.close_button.setAccessibleName(_tr("Cancel the new complaint"))
        self.fields.load(Complaint(title="", opened_on=self.store.complaints.today()))
        self.fields.category.setCurrentIndex(-1)
        self.status.set_complaint(None)
        self._order_tabs()
        self.history.set_complaint(None)
        self.photos.set_complaint(None)
        self._update_photo_tab()
        self._clean = self.fields.snapshot()

    def _show_complaint(self, complaint: Complaint) -> None:
        self.complaint = complaint
        title = _tr("Complaint {id}").format(id=complaint.id)
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.close_button.setText(_tr("&Close"))
        self.close_button.setAccessibleName(_tr("Close the complaint form"))
        self.fields.load(complaint)
        self.status.set_complaint(complaint)
        self._order_tabs()
        self.history.set_complaint(complaint.id)
        self.photos.set_complaint(complaint.id)
        self._update_photo_tab()
        self._clean = self.fields.snapshot()

    def _update_photo_tab(self) -> None:
        count = self.photos.model.rowCount()
        text = _tr("P&hotos ({count})").format(count=count) if count else _tr("P&hotos")
        self.tabs.setTabText(self.tabs.indexOf(self.photos), text)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt name)
        super().setVisible(visible)
        if visible and self.complaint is not None:
            # QDialog focuses the title as if tabbed into, selecting it all: one keystroke would
            # then replace the title of an existing complaint.
            self.fields.title.deselect()

    def is_dirty(self) -> bool:
        """True when the fields show edits that are not saved."""
        return self.fields.snapshot() != self._clean

    def discard_edits(self) -> None:
        """Forget the unsaved edits, so that closing asks nothing."""
        self._clean = self.fields.snapshot()

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        """Say inline why the complaint was not saved, and put the cursor where to fix it."""
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()

    # Saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the fields (create or update); on a refusal keep everything typed and say why."""
        try:
            complaint = self.fields.collect(self.complaint)
        except UserError as error:  # a date that is not one: the cursor goes back to it
            self.show_error(error.message, self.fields.invalid_date_field())
            return False
        created = self.complaint is None
        try:
            if created:
                stored = self.store.complaints.create(complaint)
            else:
                stored = self.store.complaints.update(complaint)
        except UserError as error:
            self.show_error(error.message, self.fields.widget_for_error(complaint))
            return False
        self.error.hide()
        self.error.clear()
        self._show_complaint(stored)
        self.events.complaints_changed.emit()
        self.events.message.emit(self._saved_message(stored.id, created))
        self.saved.emit(stored.id)
        return True

    def _saved_message(self, complaint_id: int, created: bool) -> str:
        """"Complaint 12 saved", and, for a new one, that the coming meeting's agenda lacks it."""
        coming = meetings_service.coming_meeting_missing(self.store, complaint_id) if created else None
        if coming is None:
            return _tr("Complaint {id} saved").format(id=complaint_id)
        return _tr("Complaint {id} saved; not yet on the agenda of {date}: see Meetings.").format(
            id=complaint_id, date=long_date(coming.date))

    def _status_changed(self, complaint: Complaint) -> None:
        self.complaint.status = complaint.status
        self.complaint.status_reason = complaint.status_reason
        self.complaint.duplicate_of = complaint.duplicate_of
        self.history.refresh()
        self.events.complaints_changed.emit()
        self.events.message.emit(
            _tr("Complaint {id} is now “{status}”").format(id=complaint.id, status=status_text(complaint.status))
        )

    def _status_asking(self, asking: bool) -> None:
        # While the reason panel is open, Enter confirms the status change rather than saving.
        self.save_button.setDefault(not asking)
        self.status.confirm_button.setDefault(asking)

    # Leaving ------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Close or the window's close button: ask first when there are unsaved edits."""
        if self.status.is_asking():
            self.status.cancel()
            return
        if self.is_dirty() and not dialogs.confirm(
            self, _tr("Discard your changes?"),
            _tr("What you typed in this complaint is not saved yet."),
            _tr("Discard"),
        ):
            return
        super().reject()

    # Dropping photos anywhere on the form -------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if image_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt name)
        paths = image_paths(event.mimeData())
        if paths and self.photos.add_files(paths):
            self.tabs.setCurrentWidget(self.photos)
            event.acceptProposedAction()
        else:
            event.ignore()
