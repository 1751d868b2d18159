"""The status of a complaint: a banner saying where it stands, and one button per allowed move.

Every move goes through a small inline panel with a Confirm button: some moves need a reason (or
the number of the complaint it duplicates), and the others are final or hard to undo (a closed
complaint stays closed), so a second, deliberate click is worth it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.complaints import Complaint, ComplaintStatus, allowed_transitions
from desktop.domain.errors import UserError
from desktop.i18n import tr

BUTTON_COLUMNS = 2
# Wider than this, an action button takes a whole row of the grid.
HALF_ROW_WIDTH = 220


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintStatus", text)


def status_text(status: ComplaintStatus) -> str:
    """The translated name of a status."""
    return tr("Status", status.label)


class StatusPanel(QWidget):
    """Banner + allowed actions + inline reason panel for one saved complaint."""

    changed = Signal(object)  # the complaint as stored after the change
    # Emitted when the reason panel opens or closes, so the dialog can move its default button.
    asking = Signal(bool)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.complaint: Complaint | None = None
        self.target: ComplaintStatus | None = None
        self.action_buttons: dict[ComplaintStatus, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setObjectName("statusBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#statusBanner { font-size: 15pt; font-weight: bold; padding: 6px 10px;"
            " border: 2px solid #1f4e8c; border-radius: 4px; background: #eef3fa; color: #102a4c; }"
        )
        layout.addWidget(self.banner)
        self.reason_shown = QLabel()
        self.reason_shown.setWordWrap(True)
        self.reason_shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reason_shown)
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.buttons_box = QWidget()
        self.buttons_grid = QGridLayout(self.buttons_box)
        self.buttons_grid.setContentsMargins(0, 0, 0, 0)
        self.buttons_grid.setColumnStretch(0, 1)
        self.buttons_grid.setColumnStretch(1, 1)
        layout.addWidget(self.buttons_box)
        layout.addWidget(self._build_reason_panel())
        self.set_complaint(None)

    def _build_reason_panel(self) -> QFrame:
        self.reason_panel = QFrame()
        self.reason_panel.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self.reason_panel)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-weight: bold;")
        column.addWidget(self.prompt)
        self.duplicate_label = QLabel(_tr("Duplicate of complaint num&ber:"))
        self.duplicate_of = QSpinBox()
        self.duplicate_of.setRange(0, 999_999_999)
        self.duplicate_of.setSpecialValueText(_tr("(choose)"))
        self.duplicate_of.setAccessibleName(_tr("Number of the complaint this one duplicates"))
        self.duplicate_of.setMaximumWidth(240)
        self.duplicate_label.setBuddy(self.duplicate_of)
        column.addWidget(self.duplicate_label)
        column.addWidget(self.duplicate_of)
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.reason.setAccessibleName(_tr("Reason for the status change"))
        self.reason.setMaxLength(1000)
        self.reason_label.setBuddy(self.reason)
        column.addWidget(self.reason_label)
        column.addWidget(self.reason)
        self.reason_error = QLabel()
        self.reason_error.setProperty("role", "error")
        self.reason_error.setWordWrap(True)
        self.reason_error.hide()
        column.addWidget(self.reason_error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.confirm_button = QPushButton(_tr("Confir&m"))
        self.confirm_button.setAccessibleName(_tr("Confirm the status change"))
        self.cancel_button = QPushButton(_tr("Cancel"))
        self.cancel_button.setAccessibleName(_tr("Cancel the status change"))
        self.cancel_button.setAutoDefault(False)
        row.addWidget(self.confirm_button)
        row.addWidget(self.cancel_button)
        column.addLayout(row)
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.cancel)
        self.reason.returnPressed.connect(self.confirm)
        self.reason_panel.hide()
        return self.reason_panel

    # Showing ------------------------------------------------------------------------------
    def set_complaint(self, complaint: Complaint | None) -> None:
        """Show the status of ``complaint`` (None: a complaint not saved yet) and its actions."""
        self.complaint = complaint
        self._close_reason_panel()
        self.banner.setText(_tr("Status: {status}").format(
            status=status_text(complaint.status if complaint else ComplaintStatus.NEW)))
        details = self._details_text(complaint) if complaint else ""
        self.reason_shown.setText(details)
        self.reason_shown.setVisible(bool(details))
        if complaint is None:
            self.hint.setText(_tr("Save the complaint to pass it to the landlord or change its status."))
            self.hint.show()
        else:
            allowed = allowed_transitions(complaint.status)
            self.hint.setText(_tr("This complaint is finished: its status can no longer change."))
            self.hint.setVisible(not allowed)
        self.banner.setAccessibleName(" ".join((self.banner.text(), details)).strip())
        self._rebuild_buttons()

    def _details_text(self, complaint: Complaint) -> str:
        lines = []
        if complaint.status == ComplaintStatus.DUPLICATE and complaint.duplicate_of:
            lines.append(_tr("Duplicate of complaint {number}").format(number=complaint.duplicate_of))
        if complaint.status_reason:
            # A rejection has a reason; passing it on or resolving it has a note.
            text = (_tr("Reason: {reason}") if complaint.status.needs_reason
                    else _tr("Note: {reason}"))
            lines.append(text.format(reason=complaint.status_reason))
        return "\n".join(lines)

    def _rebuild_buttons(self) -> None:
        for button in self.action_buttons.values():
            self.buttons_grid.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        if self.complaint is None:
            return
        row = column = 0
        for target in allowed_transitions(self.complaint.status):
            button = QPushButton(tr("Status", target.action_label))
            button.setAccessibleName(
                _tr("Change the status to “{status}”").format(status=status_text(target))
            )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, t=target: self.ask(t))
            # A long label gets a row of its own rather than being cut.
            wide = button.sizeHint().width() > HALF_ROW_WIDTH
            if column and wide:
                row, column = row + 1, 0
            self.buttons_grid.addWidget(button, row, column, 1, BUTTON_COLUMNS if wide else 1)
            column = 0 if wide or column else 1
            row += 1 if column == 0 else 0
            self.action_buttons[target] = button

    def action_labels(self) -> list[str]:
        """The labels of the action buttons on show, in order."""
        return [button.text() for button in self.action_buttons.values()]

    # Changing -----------------------------------------------------------------------------
    def ask(self, target: ComplaintStatus) -> None:
        """Open the inline panel to confirm a move to ``target`` (with a reason when needed)."""
        self.target = target
        needs_number = target == ComplaintStatus.DUPLICATE
        required = target.needs_reason and not needs_number
        self.prompt.setText(
            _tr("Change the status to “{status}”?").format(status=status_text(target))
        )
        self.reason_label.setText(_tr("&Why (required):") if required else _tr("&Note (optional):"))
        self.duplicate_label.setVisible(needs_number)
        self.duplicate_of.setVisible(needs_number)
        self.duplicate_of.setValue(0)
        self.reason.clear()
        self.reason_error.hide()
        self.reason_panel.show()
        # The panel takes the buttons' place, so the form does not grow.
        self.buttons_box.hide()
        (self.duplicate_of if needs_number else self.reason).setFocus()
        self.asking.emit(True)

    def confirm(self) -> None:
        """Apply the move being asked about; a refusal is shown in the panel, nothing changes."""
        if self.complaint is None or self.target is None:
            return
        duplicate_of = self.duplicate_of.value() or None
        if self.target != ComplaintStatus.DUPLICATE:
            duplicate_of = None
        try:
            saved = self.store.complaints.change_status(
                self.complaint.id, self.target, self.reason.text(), duplicate_of
            )
        except UserError as error:
            self.reason_error.setText(error.message)
            self.reason_error.show()
            (self.duplicate_of if self.target == ComplaintStatus.DUPLICATE and not duplicate_of
             else self.reason).setFocus()
            return
        self.set_complaint(saved)
        self.changed.emit(saved)

    def cancel(self) -> None:
        """Close the panel without changing anything."""
        self._close_reason_panel()
        if self.action_buttons:
            next(iter(self.action_buttons.values())).setFocus()

    def _close_reason_panel(self) -> None:
        was_open = self.reason_panel.isVisible() or self.target is not None
        self.target = None
        self.reason_panel.hide()
        self.buttons_box.show()
        if was_open:
            self.asking.emit(False)

    def is_asking(self) -> bool:
        """True while the reason panel waits for Confirm or Cancel."""
        return self.target is not None
