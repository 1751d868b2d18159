"""Digital signatures of approved minutes, from the Documents page.

``SigningPanel`` sits under the page's buttons: it says whether the chosen minutes are signed
digitally and offers "Sign digitally…". ``SignDialog`` lets the chair and the secretary each pick
their signing identity (a key and certificate kept on this computer) and type its passphrase;
the signatures are made in a worker thread (pyHanko takes about a second to load), then the
signed PDF is kept in the database with the meeting, so every reprint gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import long_date
from desktop.domain.errors import UserError
from desktop.services import identities, meeting_seals
from desktop.services.meetings import load_minutes
from desktop.services.reports import gather
from desktop.ui import dialogs
from desktop.ui.documents import output
from desktop.ui.documents.worker import DocumentJob
from desktop.ui.documents.identity_dialog import IdentityDialog
from desktop.ui.flow import FlowLayout

ROLES = ("chair", "secretary")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DigitalSigning", text)


def ask_certificate_path(parent: QWidget, suggested: str) -> str:
    """Ask where to save the residence's certificate; "" when the person cancels."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Save the residence's certificate"), suggested, _tr("Certificates (*.pem)"))
    return path


def export_root_certificate(parent: QWidget, store, message) -> None:
    """Save the residence's root certificate where the person says, for the landlord to trust."""
    chosen = ask_certificate_path(parent, str(output.documents_folder() / _tr("residence-certificate.pem")))
    if not chosen:
        return
    try:
        written = output.write_file(Path(chosen), identities.root_pem(), ".pem", store.path)
    except UserError as error:
        dialogs.show_error(parent, str(error))
        return
    message(_tr("The residence's certificate was saved in {path}: give it to the landlord so that their "
                "software can check the signatures.").format(path=written))


class SignerRow:
    """One signer's choices: which identity, and its passphrase."""

    def __init__(self, expected: str, role_word: str = ""):
        self.expected = expected
        self.role_word = role_word
        self.identity = QComboBox()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        # Said at once when the identity chosen is not the person of record: a signature in another
        # name would not count (and the handwritten one would not be drawn with it).
        self.warning = QLabel()
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.identity.currentIndexChanged.connect(lambda _row: self._chosen_changed())

    def _chosen_changed(self) -> None:
        self.passphrase.setEnabled(bool(self.chosen()))
        problem = self.mismatch()
        self.warning.setText(problem)
        self.warning.setVisible(bool(problem))

    def mismatch(self) -> str:
        """A sentence when the identity chosen is not the signer of record, else ""."""
        chosen = self.chosen()
        if not chosen or same_name(chosen, self.expected):
            return ""
        return _tr("“{chosen}” is not {expected}, the {role} of record: this signature would not count. "
                   "Choose {expected}'s identity, or create it with “New signing identity…”.").format(
                       chosen=chosen, expected=self.expected or "—", role=self.role_word)

    def fill(self, names: list[str], keep: str | None = None) -> None:
        """List the identities, choosing ``keep`` or the one named like the expected signer."""
        wanted = keep if keep is not None else self.expected
        self.identity.clear()
        self.identity.addItem(_tr("(does not sign digitally)"), "")
        for name in names:
            self.identity.addItem(name, name)
        found = next((row for row in range(1, self.identity.count())
                      if self.identity.itemData(row).casefold() == (wanted or "").strip().casefold()), 0)
        self.identity.setCurrentIndex(found)

    def chosen(self) -> str:
        """The chosen identity's name, or "" when this person does not sign digitally."""
        return self.identity.currentData() or ""


class SignDialog(QDialog):
    """Choose who signs the approved minutes digitally; emits ``signed(meeting_id)`` once kept."""

    signed = Signal(int)

    def __init__(self, store, meeting_id: int, parent=None):
        super().__init__(parent)
        self.store, self.meeting_id = store, meeting_id
        self.minutes = load_minutes(store, meeting_id)
        meeting = self.minutes.meeting
        self.setWindowTitle(_tr("Sign the minutes digitally"))
        self.rows = {"chair": SignerRow(meeting.chair, _role_word("chair")),
                     "secretary": SignerRow(meeting.secretary, _role_word("secretary"))}
        self.job: DocumentJob | None = None
        self._cancelled = False
        self._build(meeting)
        self._fill()

    def _build(self, meeting) -> None:
        intro = QLabel(_tr("Each signer chooses their signing identity and types its passphrase. The "
                           "signatures are added one after the other, with the handwritten signatures given "
                           "at the approval. The signed minutes are then kept: printing them again gives "
                           "the very same document, and anyone can check that nothing was changed."))
        intro.setWordWrap(True)
        form = QFormLayout()
        titles = {"chair": _tr("Chair ({name})"), "secretary": _tr("Secretary ({name})")}
        for role, row in self.rows.items():
            name = meeting.chair if role == "chair" else meeting.secretary
            title = titles[role].format(name=name or "—")
            heading = QLabel(f"<b>{html.escape(title)}</b>")
            heading.setContentsMargins(0, 10, 0, 0)
            form.addRow(heading)
            identity_label, passphrase_label = QLabel(_tr("&Identity:")), QLabel(_tr("&Passphrase:"))
            identity_label.setBuddy(row.identity)
            passphrase_label.setBuddy(row.passphrase)
            row.identity.setAccessibleName(_tr("Signing identity of the {role}").format(role=_role_word(role)))
            row.passphrase.setAccessibleName(_tr("Passphrase of the {role}").format(role=_role_word(role)))
            form.addRow(identity_label, row.identity)
            form.addRow(row.warning)
            form.addRow(passphrase_label, row.passphrase)
        self.new_identity_button = QPushButton(_tr("&New signing identity…"))
        self.new_identity_button.setAccessibleName(_tr("Create a signing identity"))
        self.export_button = QPushButton(_tr("&Export the residence's certificate…"))
        self.export_button.setAccessibleName(_tr("Export the residence's certificate for the landlord"))
        tools = FlowLayout()  # side by side while they fit, one under the other with large text
        tools.addWidget(self.new_identity_button)
        tools.addWidget(self.export_button)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(_tr("Progress of the signatures"))
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(_tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setAccessibleName(_tr("Sign the minutes digitally"))
        self.sign_button.setDefault(True)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        self.new_identity_button.clicked.connect(self.new_identity)
        self.export_button.clicked.connect(
            lambda: export_root_certificate(self, self.store, self._message))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.sign_button.setDefault(True)  # once in the dialog, or Enter would press Cancel

    def _message(self, text: str) -> None:
        self.error.setProperty("role", "info")
        self.error.setText(text)
        self.error.show()

    def _fill(self, keep: dict[str, str] | None = None) -> None:
        names = [identity.name for identity in identities.list_identities()]
        for role, row in self.rows.items():
            row.fill(names, (keep or {}).get(role))

    def new_identity(self) -> None:
        """Create a signing identity for one of the signers, then choose it."""
        residence = self.store.places.first_residence()
        existing = [identity.name for identity in identities.list_identities()]
        # The signer whose identity is missing comes first: the dialog opens with their name.
        missing = [row.expected for row in self.rows.values()
                   if row.expected and not any(same_name(name, row.expected) for name in existing)]
        others = [row.expected for row in self.rows.values() if row.expected not in missing]
        self.identity_dialog = IdentityDialog(residence.name if residence else "Palier", missing + others, self)
        self.identity_dialog.created.connect(self._identity_created)
        self.identity_dialog.open()

    def _identity_created(self, name: str) -> None:
        keep = {role: row.chosen() for role, row in self.rows.items()}
        for role, row in self.rows.items():
            if not keep[role] and row.expected.strip().casefold() == name.casefold():
                keep[role] = name
        self._fill(keep)

    def _signers(self) -> list[tuple]:
        chosen = []
        for role in ROLES:
            row = self.rows[role]
            if not row.chosen():
                continue
            if row.mismatch():
                row.identity.setFocus()
                raise UserError(row.mismatch())
            if not row.passphrase.text():
                row.passphrase.setFocus()
                raise UserError(_tr("Type the passphrase of {name}.").format(name=row.chosen()))
            chosen.append((identities.find_identity(row.chosen()), row.passphrase.text()))
        if not chosen:
            raise UserError(_tr("Choose the identity of at least one signer (or create one with “New signing "
                                "identity…”)."))
        return chosen

    def sign(self) -> None:
        """Make the signatures in a worker; keep the signed minutes when they are done."""
        try:
            signers = self._signers()
        except UserError as error:
            self._show_error(str(error))
            return
        minutes, context = self.minutes, gather(self.store, self.minutes)

        def work(progress):
            from desktop.services import signing  # pyHanko: loaded only when someone signs

            return signing.sign_minutes(minutes, context, signers, progress)

        self.job = DocumentJob(1, work)
        self.job.signals.progress.connect(lambda _n, step, total, _text: (
            self.progress.setRange(0, total), self.progress.setValue(step)))
        self.job.signals.finished.connect(lambda _n, data: self._signed(data, signers))
        self.job.signals.failed.connect(lambda _n, reason: self._failed(reason))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.error.hide()
        self.sign_button.setEnabled(False)
        QThreadPool.globalInstance().start(self.job)

    def reject(self) -> None:
        """Cancel: signatures still being made are thrown away, nothing is kept."""
        self._cancelled = True
        super().reject()

    def _signed(self, data: bytes, signers: list[tuple]) -> None:
        from desktop.reports.minutes import fingerprint

        if self._cancelled:
            return

        names = ", ".join(identity.name for identity, _passphrase in signers)
        try:
            self.store.meetings.save_signed_minutes(self.meeting_id, data, fingerprint(self.minutes), names)
            self.store.audit.record("created", "signed_minutes", self.meeting_id, names)
        except UserError as error:
            self._failed(str(error))
            return
        self.progress.hide()
        self.signed.emit(self.meeting_id)
        self.accept()

    def _failed(self, reason: str) -> None:
        self.progress.hide()
        self.sign_button.setEnabled(True)
        self._show_error(reason)

    def _show_error(self, text: str) -> None:
        self.error.setProperty("role", "error")
        self.error.setText(text)
        self.error.show()

    def is_signing(self) -> bool:
        """True while the worker makes the signatures."""
        return self.progress.isVisible()


def same_name(name: str, other: str) -> bool:
    """Whether an identity's name is the signer of record's, as signing and verifying compare them."""
    return bool(name.strip()) and name.strip().casefold() == other.strip().casefold()


def _role_word(role: str) -> str:
    return _tr("chair") if role == "chair" else _tr("secretary")


class SigningPanel(QWidget):
    """Under the Documents page's buttons: the chosen minutes' digital signature state and action."""

    signed = Signal(int)

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.meeting_id: int | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.sign_button = QPushButton(_tr("Sign &digitally…"))
        self.sign_button.setAccessibleName(_tr("Sign the minutes digitally"))
        self.sign_button.setMinimumHeight(44)
        self.sign_button.clicked.connect(self.open_dialog)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.sign_button)
        self.dialog: SignDialog | None = None

    def show_for(self, kind: str, meeting_id: int | None) -> None:
        """Show what applies to the chosen document (only minutes can be signed digitally)."""
        self.meeting_id = meeting_id if kind == "minutes" else None
        if self.meeting_id is None:
            self.hide()
            return
        kept = self.store.meetings.signed_minutes(self.meeting_id)
        locked = self.store.meetings.get(self.meeting_id).status.is_locked
        changed = meeting_seals.warning(self.store, self.meeting_id)
        self.status.setProperty("role", "error" if changed else "")
        self.status.style().polish(self.status)
        if changed:
            self.status.setText(changed)
        elif kept is not None:
            self.status.setText(_tr("Signed digitally by {signers} on {date}. Printing and saving give this "
                                    "signed document.").format(signers=kept.signers, date=long_date(dt.date.fromisoformat(kept.signed_at[:10]))))
        elif locked:
            self.status.setText(_tr("Approved minutes, ready to print. Optional: the chair and the secretary "
                                    "can add their digital signatures to the PDF file too, so that anyone can "
                                    "check it was not changed."))
        else:
            self.status.setText(_tr("The minutes can be signed digitally once they are approved (Meetings page)."))
        self.sign_button.setVisible(kept is None and locked and not changed)
        self.show()

    def open_dialog(self) -> None:
        """Open the signing dialog for the chosen minutes."""
        if self.meeting_id is None:
            return
        self.dialog = SignDialog(self.store, self.meeting_id, self)
        self.dialog.signed.connect(self._signed)
        self.dialog.open()

    def _signed(self, meeting_id: int) -> None:
        self.events.message.emit(_tr("The minutes are signed digitally and kept."))
        self.show_for("minutes", meeting_id)
        self.signed.emit(meeting_id)
