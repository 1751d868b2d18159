"""Two small dialogs about the minutes: approving them (chair and secretary) and adding a dated
amendment to signed minutes. Both are opened with ``.open()`` and say what went wrong inside."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.mentions import fold
from desktop.domain.meetings import Presence
from desktop.services import meetings as service
from desktop.ui.signature_pad import SignaturePad
from desktop.ui.text import plain_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("MinutesDialogs", text)


class _SmallDialog(QDialog):
    done_ok = Signal()

    def __init__(self, title: str, intro: str, action: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Only once the button is in the dialog does the dialog know it: Enter acts, never cancels.
        self.ok_button.setDefault(True)
        self.setMinimumWidth(560)

    def _save(self) -> None:
        try:
            self.save()
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.done_ok.emit()
        self.accept()

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class NameCompleter(QCompleter):
    """Names offered as one types any part of them, accents and case ignored ("ce" finds
    Céline): the names are matched in a folded form and inserted as written."""

    FOLDED = Qt.ItemDataRole.UserRole + 1

    def __init__(self, names: list[str], parent=None):
        model = QStandardItemModel(parent)
        for name in names:
            item = QStandardItem(name)
            item.setData(fold(name), self.FOLDED)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(self.FOLDED)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt API)
        return [fold(path)]

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt API)
        return index.data(Qt.ItemDataRole.DisplayRole)


class ApproveDialog(_SmallDialog):
    """The chair and the secretary approve the minutes, each signing on a pad: the meeting becomes
    signed and locked, and the strokes are drawn in the signature blocks of the printed minutes.
    A pad left empty leaves its block blank, to sign on paper."""

    def __init__(self, store, meeting_id: int, parent=None):
        super().__init__(_tr("Approve the minutes"),
                         _tr("Once approved, the minutes are signed and can no longer change; corrections "
                             "will be added as dated amendments. Each of you signs in your box with the "
                             "mouse, a pen or a finger; a box left empty is signed on paper."),
                         _tr("&Approve and sign"), parent)
        self.store, self.meeting_id = store, meeting_id
        meeting = store.meetings.get(meeting_id)
        self.chair, self.secretary = QLineEdit(meeting.chair), QLineEdit(meeting.secretary)
        self.chair.setAccessibleName(_tr("Name of the chair"))
        self.secretary.setAccessibleName(_tr("Name of the secretary"))
        self.chair_pad, self.secretary_pad = SignaturePad(meeting.chair), SignaturePad(meeting.secretary)
        self.chair_pad.canvas.setAccessibleName(_tr("Signature of the chair"))
        self.secretary_pad.canvas.setAccessibleName(_tr("Signature of the secretary"))
        self.chair.textChanged.connect(self.chair_pad.set_signer)
        self.secretary.textChanged.connect(self.secretary_pad.set_signer)
        # The names of the meeting's participants are offered as one types any part of them.
        absent = {Presence.ABSENT, Presence.EXCUSED}
        names = sorted({i.name for i in store.invitations.list(meeting_id) if i.name.strip()
                        and i.presence not in absent}, key=str.casefold)
        for field in (self.chair, self.secretary):
            completer = NameCompleter(names, field)
            field.setCompleter(completer)
            completer.activated[str].connect(field.setText)  # the name as written, whatever was typed
        columns = QHBoxLayout()
        for label, field, pad in ((_tr("&Chair:"), self.chair, self.chair_pad),
                                  (_tr("&Secretary:"), self.secretary, self.secretary_pad)):
            # A widget per signer: Tab reads the chair's column, then the secretary's.
            holder = QWidget()
            column = QFormLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addRow(label, field)
            column.addRow(pad)
            columns.addWidget(holder, 1)
        self.form.addRow(columns)
        # Said before signing, not after: once approved the attendance can no longer change.
        unnoted = [i.name for i in store.invitations.list(meeting_id) if i.presence == Presence.INVITED]
        self.attendance_warning = QLabel(_tr(
            "{count} of the people invited have no presence noted (present, excused, absent): the minutes "
            "will print them as invited. To note it, cancel and use the Attendance tab.").format(count=len(unnoted))
            if len(unnoted) != 1 else _tr(
            "{name} has no presence noted (present, excused, absent): the minutes will print them as invited. "
            "To note it, cancel and use the Attendance tab.").format(name=unnoted[0]))
        self.attendance_warning.setWordWrap(True)
        self.attendance_warning.setProperty("role", "error")
        self.attendance_warning.setVisible(bool(unnoted))
        self.form.addRow(self.attendance_warning)
        self.setMinimumWidth(940)
        self.chair.setFocus()

    def save(self) -> None:
        """Approve with the names typed and the signatures drawn."""
        handwritten = {"chair": self.chair_pad.strokes(), "secretary": self.secretary_pad.strokes()}
        service.approve_minutes(self.store, self.meeting_id, self.chair.text(), self.secretary.text(),
                                handwritten=handwritten)


class AmendmentDialog(_SmallDialog):
    """A dated correction appended to signed minutes."""

    def __init__(self, store, meeting_id: int, parent=None):
        super().__init__(_tr("Add an amendment"),
                         _tr("The signed minutes stay as they are; the amendment is added after them, "
                             "dated today."), _tr("&Add the amendment"), parent)
        self.store, self.meeting_id = store, meeting_id
        self.text, self.author = QPlainTextEdit(), QLineEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(_tr("Text of the amendment"))
        self.author.setAccessibleName(_tr("Who writes the amendment"))
        self.form.addRow(_tr("&Correction:"), self.text)
        self.form.addRow(_tr("&Written by:"), self.author)
        self.text.setFocus()

    def save(self) -> None:
        """Append the amendment."""
        service.add_amendment(self.store, self.meeting_id, plain_text(self.text), author=self.author.text().strip())
