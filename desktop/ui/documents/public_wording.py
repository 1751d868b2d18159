"""Confirm the public wording: before the posting version is printed or saved, the secretary reads
each sentence where a name or a home was removed (shown as "[name withheld]") or a word is
suspected, and confirms or rewords its public text. What is confirmed is kept with the meeting
(``store.posting_wordings``) and is what the posting version prints, now and on any reprint."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import counted
from desktop.domain.errors import UserError
from desktop.reports.posting import posting_review
from desktop.reports.posting_review import ReviewedSentence
from desktop.services.meetings import load_minutes
from desktop.services.reports import gather
from desktop.ui import dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("PublicWording", text)


class PublicWordingDialog(QDialog):
    """One block per reviewed sentence: where it is, what was removed or is suspected, and an
    editable public text. ``wordings()`` gives ``{sentence key: public text}`` once accepted."""

    def __init__(self, sentences: list[ReviewedSentence], parent: QWidget | None = None):
        super().__init__(parent)
        self.sentences = sentences
        self.setWindowTitle(_tr("Check the public wording"))
        self.setModal(True)
        self.editors: list[QPlainTextEdit] = []
        intro = QLabel(counted(
            len(sentences),
            _tr("The posting version is put up in the entrance hall. In this sentence a name or a home was "
                "removed, or a word looks like a name. Read it, reword it if needed, then confirm."),
            _tr("The posting version is put up in the entrance hall. In these {count} sentences a name or a "
                "home was removed, or a word looks like a name. Read each one, reword it if needed, then "
                "confirm.")))
        intro.setWordWrap(True)
        body = QWidget()
        column = QVBoxLayout(body)
        for number, sentence in enumerate(sentences, 1):
            column.addWidget(self._block(number, sentence))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the sentences take the focus, not their frame
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(_tr("&Confirm the public wording"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(_tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.setAccessibleName(_tr("Confirm the public wording"))
        self.cancel_button.setAccessibleName(_tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 600)
        if self.editors:
            self.editors[0].setFocus()

    def _block(self, number: int, sentence: ReviewedSentence) -> QWidget:
        block = QWidget()
        layout = QVBoxLayout(block)
        lines = [f"<b>{escape(_tr('Sentence {number}, in {where}').format(number=number, where=sentence.where))}</b>",
                 escape(_tr("Proposed: {text}").format(text=sentence.automatic))]
        if sentence.suspected:
            lines.append(escape(_tr("Looks like a name, left as written: {words}").format(
                words=", ".join(sentence.suspected))))
        if sentence.confirmed:
            lines.append(escape(_tr("Already confirmed.")))
        label = QLabel("<br/>".join(lines))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        editor = QPlainTextEdit(sentence.public)
        editor.setTabChangesFocus(True)
        editor.setAccessibleName(_tr("Public text of sentence {number}").format(number=number))
        editor.setFixedHeight(72)
        label.setBuddy(editor)
        self.editors.append(editor)
        layout.addWidget(label)
        layout.addWidget(editor)
        return block

    def wordings(self) -> dict[str, str]:
        """The public text of each sentence, as confirmed (blank edits fall back to the proposal)."""
        return {s.key: (" ".join(editor.toPlainText().split()) or s.automatic)
                for s, editor in zip(self.sentences, self.editors)}


def ask_public_wording(parent: QWidget, store, meeting_id: int, confirmed) -> PublicWordingDialog | None:
    """None when every reviewed sentence of the meeting's posting version is confirmed; else open
    (not blocking) and return the dialog listing them, which keeps the wording and calls
    ``confirmed()`` when the person confirms."""
    minutes = load_minutes(store, meeting_id)
    _clean, _hidden, sentences = posting_review(minutes, gather(store, minutes))
    if all(s.confirmed for s in sentences):
        return None
    dialog = PublicWordingDialog(sentences, parent)

    def accepted() -> None:
        try:
            store.posting_wordings.confirm(meeting_id, dialog.wordings())
        except UserError as error:
            dialogs.show_error(parent, str(error))
            return
        confirmed()

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
