"""The dialog that records a liaison form (fiche de liaison) or corrects one: the tenant's
question, who asked (kept confidential if asked), the entrance, the date received, the
representative who collected it and, optionally, the complaint it is about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop.domain.errors import InvalidValue, UserError
from desktop.domain.meetings import LiaisonForm
from desktop.domain.people import Role
from desktop.ui.complaints.pickers import FilterCombo
from desktop.ui.date_field import DateField
from desktop.ui.meetings.common import words_date
from desktop.ui.meetings.forms_model import first_line
from desktop.ui.privacy.warning import FactualWarning
from desktop.ui.text import plain_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiaisonFormDialog", text)


def _hint(text: str = "") -> QLabel:
    hint = QLabel(text)
    hint.setProperty("role", "hint")
    hint.setWordWrap(True)
    return hint


class LiaisonFormDialog(QDialog):
    """Record a new liaison form (``form_id`` None) or edit one. Emits ``saved(form_id)``."""

    saved = Signal(int)

    def __init__(self, store, form_id: int | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.form = store.forms.get(form_id) if form_id is not None else None
        self.setWindowTitle(_tr("Liaison form {id}").format(id=form_id) if form_id else _tr("New liaison form"))
        self._build()
        self._fill()

    # Building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.question = QPlainTextEdit()
        self.question.setTabChangesFocus(True)
        self.question.setMinimumHeight(140)
        self.reminder = _hint(_tr("Write the question as the tenant asked it. Stay factual: no health "
                                  "information, no judgement about a person, no accusation of an offence."))
        self.factual_warning = FactualWarning(self.question)  # words to avoid, once typing pauses
        self.asker = FilterCombo()
        self.asker.set_items([(person.name, person.id) for person in self.store.people.list()])
        self.asker.lineEdit().setPlaceholderText(_tr("A person of the register, or type a name"))
        self.confidential = QCheckBox(_tr("&Keep the asker's name confidential"))
        self.entrance = QComboBox()
        self.entrance.addItem(_tr("(not given)"), None)
        for entrance in self.store.places.entrances():
            self.entrance.addItem(entrance.label, entrance.id)
        self.received = DateField(required=True)
        # The date in words too: digits alone are easy to misread.
        self.received_words = _hint()
        self.received.dateChanged.connect(lambda day: self.received_words.setText(words_date(day) if day else ""))
        self.collector = QComboBox()
        self.collector.addItem(_tr("(not given)"), None)
        for person in self.store.people.list(role=Role.BUILDING_REPRESENTATIVE):
            self.collector.addItem(person.name, person.id)
        self.complaint = QLineEdit()
        self.complaint.setValidator(QIntValidator(1, 2_000_000_000, self))
        self.complaint.setPlaceholderText(_tr("Number, if it is about a complaint"))
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(_tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(_tr("Save the liaison form"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(_tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        rows = ((_tr("&Question:"), self.question, _tr("The tenant's question")),
                (_tr("&Asked by:"), self.asker, _tr("Who asked the question")),
                ("", self.confidential, _tr("Keep the asker's name confidential")),
                (_tr("&Entrance:"), self.entrance, _tr("Entrance of the asker")),
                (_tr("&Received on:"), self.received, _tr("Date the liaison form was received")),
                (_tr("C&ollected by:"), self.collector, _tr("Representative who collected the form")),
                (_tr("&Linked complaint:"), self.complaint, _tr("Number of the linked complaint")))
        for text, widget, name in rows:
            widget.setAccessibleName(name)
            if text:
                caption = QLabel(text)
                caption.setBuddy(widget)
                form.addRow(caption, widget)
            else:
                form.addRow("", widget)
            if widget is self.question:
                form.addRow("", self.reminder)
                form.addRow("", self.factual_warning)
            if widget is self.received:
                form.addRow("", self.received_words)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(720)
        self.question.setFocus()  # typing goes to the question, not to a button that Space would press
        self.save_button.setDefault(True)  # once in the dialog, or Enter would press Cancel

    def _fill(self) -> None:
        form = self.form
        if form is None:
            self.received.setDate(self.store.complaints.today())
            return
        self.question.setPlainText(form.question)
        if not (form.asker_id and self.asker.select_data(form.asker_id)):
            self.asker.set_text(form.asker_name)
        self.confidential.setChecked(form.confidential)
        self._select(self.entrance, form.entrance_id)
        self.received.setDate(form.received_on)
        if form.collected_by_id:
            self._select(self.collector, form.collected_by_id)
        self.complaint.setText(str(form.complaint_id) if form.complaint_id else "")

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    # Saving -------------------------------------------------------------------------------
    def _asker(self) -> tuple[int | None, str]:
        """The person of the register whose name is typed or chosen, else the free name."""
        name = self.asker.currentText().strip()
        return self.asker.current_data(), name

    def _complaint_id(self) -> int | None:
        text = self.complaint.text().strip()
        if not text:
            return None
        if not text.isdigit():
            raise InvalidValue(_tr("The linked complaint must be given by its number."))
        return int(text)

    def build_form(self) -> LiaisonForm:
        """The liaison form as the fields describe it (not saved)."""
        asker_id, asker_name = self._asker()
        collector_id = self.collector.currentData()
        old = self.form
        return LiaisonForm(
            id=old.id if old else None, question=plain_text(self.question),
            received_on=self.received.value(), asker_id=asker_id, asker_name=asker_name,
            confidential=self.confidential.isChecked(), entrance_id=self.entrance.currentData(),
            collected_by_id=collector_id,
            # A collector kept as a free name (not in the register) stays as it was.
            collected_by_name=old.collected_by_name if old and not old.collected_by_id and collector_id is None
            else "",
            complaint_id=self._complaint_id(),
        )

    def save(self) -> None:
        """Save the form; on a refusal, say why under the fields and keep what was typed."""
        try:
            saved = self.store.forms.save(self.build_form())  # a date that is not one is refused too
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.form = saved
        self.saved.emit(saved.id)
        self.accept()



class _SmallDialog(QDialog):
    """One field, an inline error and two buttons: the frame of the two dialogs below."""

    def __init__(self, title: str, caption: str, field, name: str, action: str, intro: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.field = field
        field.setAccessibleName(name)
        label = QLabel(caption)
        label.setBuddy(field)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(action.replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(_tr("Cancel"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.ok_button.setDefault(True)  # once in the dialog, or Enter would press Cancel
        field.setFocus()

    def act(self) -> None:  # pragma: no cover (overridden)
        raise NotImplementedError

    def run(self) -> None:
        """Do the action; on a refusal, say why and stay open."""
        try:
            self.act()
        except UserError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self.accept()


class ToComplaintDialog(_SmallDialog):
    """Choose the category, then turn the form into a complaint. Emits ``created(complaint_id)``."""

    created = Signal(int)

    def __init__(self, store, form_id: int, parent=None):
        category = QComboBox()
        for item in store.categories.list():
            category.addItem(item.name, item.id)
        super().__init__(_tr("Turn liaison form {id} into a complaint").format(id=form_id), _tr("&Category:"),
                         category, _tr("Category of the new complaint"), _tr("&Create the complaint"),
                         _tr("The complaint takes the question, the asker (confidential or not), the entrance and "
                             "the date of the liaison form:\n“{question}”").format(
                             question=first_line(store.forms.get(form_id).question)), parent)
        self.store, self.form_id = store, form_id

    def act(self) -> None:
        from desktop.services.meetings import form_to_complaint

        if self.field.currentData() is None:
            raise InvalidValue(_tr("Choose a category for the complaint."))
        complaint = form_to_complaint(self.store, self.form_id, self.field.currentData())
        self.created.emit(complaint.id)


class LinkComplaintDialog(_SmallDialog):
    """Link the form to an existing complaint by its number (empty removes the link)."""

    linked = Signal(int)

    def __init__(self, store, form_id: int, parent=None):
        number = QLineEdit()
        number.setValidator(QIntValidator(1, 2_000_000_000))
        current = store.forms.get(form_id).complaint_id
        number.setText(str(current) if current else "")
        super().__init__(_tr("Link liaison form {id} to a complaint").format(id=form_id), _tr("Complaint &number:"),
                         number, _tr("Number of the complaint"), _tr("&Link"),
                         _tr("Liaison form {id}: “{question}”\nLeave the number empty to remove the link.").format(
                             id=form_id, question=first_line(store.forms.get(form_id).question)), parent)
        self.store, self.form_id = store, form_id

    def act(self) -> None:
        text = self.field.text().strip()
        self.store.forms.link_complaint(self.form_id, int(text) if text.isdigit() else None)
        self.linked.emit(self.form_id)
