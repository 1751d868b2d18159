"""The Privacy page: how long finished records are kept, the purge, a person's access request,
forgetting a person, and the audit log (who did what, when)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import plural
from desktop.domain.errors import UserError
from desktop.services import access_request, privacy
from desktop.ui.flow import FlowLayout, ResponsiveRow
from desktop.ui import dialogs
from desktop.ui.people.widgets import RecordTable, label
from desktop.ui.privacy.audit_model import AuditTableModel
from desktop.ui.privacy.backups_box import BackupCopiesBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrivacyPage", text)


def ask_folder(parent: QWidget) -> str:
    """Ask for the folder to write an access request in; "" when cancelled. Tests replace it."""
    return QFileDialog.getExistingDirectory(parent, _tr("Choose the folder for the access request"))


def _button(clicked) -> QPushButton:
    button = QPushButton()
    button.clicked.connect(clicked)
    return button


class PrivacyPage(QWidget):
    """Retention and purge, a person's data (access request, forgetting) and the audit log."""

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.model = AuditTableModel(store, self)
        self._build()
        self.translate_ui()
        self.load()
        events.people_changed.connect(self._fill_people)

    # Building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = label(role="heading")
        self.explanation = label()
        top = ResponsiveRow(spacing=16)  # side by side on a wide screen, one under the other if not
        top.add(self._build_retention())
        top.add(self._build_person())
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(top)
        # Backups keep what was purged or forgotten until they rotate out: say until when.
        self.backups_box = BackupCopiesBox(self.store, self.events)
        layout.addWidget(self.backups_box)
        layout.addWidget(self._build_audit(), 1)

    def _build_retention(self) -> QGroupBox:
        self.retention_box = QGroupBox()
        self.retention = QSpinBox()
        self.retention.setRange(1, 30)
        self.retention.editingFinished.connect(self.save_retention)
        self.retention_label = QLabel()
        self.retention_label.setBuddy(self.retention)
        self.preview_button = _button(self.preview_purge)
        self.purge_button = _button(self.anonymise_now)
        self.purge_result = label()
        self.purge_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.retention_label)
        row.addWidget(self.retention)
        row.addStretch(1)
        buttons = FlowLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.purge_button)
        self.retention_hint = label(role="hint")
        box = QVBoxLayout(self.retention_box)
        box.addLayout(row)
        box.addWidget(self.retention_hint)
        box.addLayout(buttons)
        box.addWidget(self.purge_result)
        box.addStretch(1)
        return self.retention_box

    def _build_person(self) -> QGroupBox:
        self.person_box = QGroupBox()
        self.person = QComboBox()
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(16)
        self.person.currentIndexChanged.connect(self._update_buttons)
        self.person_label = QLabel()
        self.person_label.setBuddy(self.person)
        self.export_button = _button(self.export_person)
        self.forget_button = _button(self.forget_person)
        self.person_hint = label(role="hint")
        grid = QGridLayout(self.person_box)
        grid.addWidget(self.person_label, 0, 0)
        grid.addWidget(self.person, 0, 1)
        grid.addWidget(self.person_hint, 1, 0, 1, 2)
        buttons = FlowLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.forget_button)
        grid.addLayout(buttons, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        return self.person_box

    def _build_audit(self) -> QGroupBox:
        self.audit_box = QGroupBox()
        self.table = RecordTable()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column in range(AuditTableModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditTableModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.audit_count = label(role="hint")
        box = QVBoxLayout(self.audit_box)
        box.addWidget(self.audit_count)
        box.addWidget(self.table, 1)
        return self.audit_box

    def translate_ui(self) -> None:
        """(Re)apply every visible string."""
        self.heading.setText(_tr("Personal data"))
        self.explanation.setText(_tr(
            "The register names your neighbours. Palier anonymises finished complaints and liaison forms "
            "after a number of years, answers a person who asks what is held about them, and keeps a log "
            "of who created, changed, exported or printed what."))
        self.retention_box.setTitle(_tr("How long finished records are kept"))
        self.retention_label.setText(_tr("&Anonymise after:"))
        self.retention.setSuffix(_tr(" years"))
        self.retention.setAccessibleName(_tr("Years after closing before anonymising"))
        self.retention_hint.setText(_tr(
            "Counted from the last change of a finished complaint, or from the day a liaison form was received. "
            "Reporters, names and photos are removed; signed minutes are not changed."))
        self.preview_button.setText(_tr("&Preview the purge"))
        self.preview_button.setAccessibleName(_tr("Preview the purge, without changing anything"))
        self.purge_button.setText(_tr("&Anonymise now…"))
        self.purge_button.setAccessibleName(_tr("Anonymise the old finished records now"))
        self.person_box.setTitle(_tr("A person's data"))
        self.person_label.setText(_tr("P&erson:"))
        self.person.setAccessibleName(_tr("Person whose data to write out or forget"))
        self.person.setPlaceholderText(_tr("Choose a person"))
        self.person_hint.setText(_tr(
            "Anyone may ask for everything held about them: Palier writes it in a PDF and a JSON file, "
            "without other people's names."))
        self.export_button.setText(_tr("&Write their data…"))
        self.export_button.setAccessibleName(_tr("Write everything held about this person to a folder"))
        self.forget_button.setText(_tr("&Forget this person…"))
        self.forget_button.setAccessibleName(_tr("Forget this person: replace their name everywhere"))
        self.backups_box.translate_ui()
        self.audit_box.setTitle(_tr("Who did what (audit log)"))
        self.table.setAccessibleName(_tr("Audit log, newest first"))
        self._show_count()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
            self._refresh_log()  # headers and actions are words of the language
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # Other pages write to the log (exports, prints): show their lines when this page comes up.
        self.model.refresh()
        self._show_count()
        self.backups_box.refresh()
        super().showEvent(event)

    # Reading ------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the retention, the people and the audit log again."""
        self.retention.setValue(self.store.audit.retention_years())
        self._fill_people()
        self.model.refresh()
        self._show_count()

    def _fill_people(self) -> None:
        chosen = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        for person in self.store.people.list():
            self.person.addItem(person.name, person.id)
        # Nobody is chosen at first: forgetting must never fall on whoever sorts first.
        self.person.setCurrentIndex(self.person.findData(chosen) if chosen is not None else -1)
        self.person.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        writable = not self.store.read_only_reason
        chosen = self.person.currentData() is not None
        self.export_button.setEnabled(chosen)
        self.forget_button.setEnabled(chosen and writable)
        self.purge_button.setEnabled(writable)
        self.retention.setEnabled(writable)

    def _show_count(self) -> None:
        total = self.model.total()
        self.audit_count.setText(_tr("The log is empty.") if total == 0
                                 else plural(total, _tr("{count} line, newest first."),
                                             _tr("{count} lines, newest first.")).format(count=total))

    # Retention and purge ------------------------------------------------------------------
    def save_retention(self) -> None:
        """Store the retention shown in the spin box, if it changed."""
        years = self.retention.value()
        if years == self.store.audit.retention_years():
            return
        try:
            self.store.audit.set_retention_years(years)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self.events.message.emit(plural(years, _tr("Finished records will be anonymised {years} year after closing."),
                                        _tr("Finished records will be anonymised {years} years after closing."))
                                 .format(years=years))

    def preview_purge(self) -> None:
        """Say what the purge would anonymise, without changing anything."""
        self.save_retention()
        report = privacy.purge(self.store, dry_run=True)
        self.purge_result.setText(privacy.purge_summary(report))

    def anonymise_now(self) -> None:
        """Ask, then anonymise the old finished records; the log and the register are updated."""
        self.save_retention()
        preview = privacy.purge(self.store, dry_run=True)
        if preview.is_empty:
            self.purge_result.setText(privacy.purge_summary(preview))
            self.events.message.emit(privacy.purge_summary(preview))
            return
        if not dialogs.confirm(
            self, _tr("Anonymise old records?"),
            _tr("{complaints} and {forms} finished before {date} will lose their reporter, the names they "
                "hold and their photos. This cannot be undone.").format(
                complaints=privacy.complaints_counted(len(preview.complaint_ids)),
                forms=privacy.forms_counted(len(preview.form_ids)), date=preview.cutoff.strftime("%d/%m/%Y")),
            _tr("Anonymise"),
        ):
            return
        try:
            report = privacy.purge(self.store)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        summary = privacy.purge_summary(report)
        self.purge_result.setText(summary)
        self.events.message.emit(summary.splitlines()[0])
        self.events.complaints_changed.emit()
        self.events.meetings_changed.emit()
        self._refresh_log()

    def _refresh_log(self) -> None:
        self.model.refresh()
        self._show_count()
        self.backups_box.refresh()

    # A person -----------------------------------------------------------------------------
    def export_person(self) -> None:
        """Write everything held about the chosen person to a folder the user picks."""
        person_id = self.person.currentData()
        if person_id is None:
            return
        folder = ask_folder(self)
        if not folder:
            return
        existing = [path.name for path in access_request.file_paths(person_id, folder) if path.exists()]
        if existing and not dialogs.confirm(
                self, _tr("Replace the files?"),
                _tr("The folder {folder} already holds {files}. Replace them?").format(
                    folder=folder, files=", ".join(existing)), _tr("Replace")):
            return
        try:
            files = access_request.export_person(self.store, person_id, folder, overwrite=bool(existing))
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self._refresh_log()
        self.events.message.emit(_tr("Everything held about {name} was written to {json} and {pdf}.").format(
            name=self.person.currentText(), json=files.json_path.name, pdf=files.pdf_path.name))

    def forget_person(self) -> None:
        """Ask twice, then replace the chosen person's name everywhere except in signed minutes."""
        person_id = self.person.currentData()
        if person_id is None:
            return
        name, new = self.person.currentText(), privacy.forgotten_name(person_id)
        if not dialogs.confirm(
            self, _tr("Forget {name}?").format(name=name),
            _tr("Palier will replace “{name}” by “{new}” in complaints, liaison forms and meetings not yet "
                "signed, and clear their phone and e-mail.\n\nSigned minutes keep the name: they stay as "
                "they were signed.").format(name=name, new=new),
            _tr("Continue…"),
        ):
            return
        if not dialogs.confirm(
            self, _tr("Forget {name} for good?").format(name=name),
            _tr("This cannot be undone: Palier will no longer know who “{new}” was.").format(new=new),
            _tr("Forget {name}").format(name=name),
        ):
            return
        try:
            counts = privacy.forget_person(self.store, person_id)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self._fill_people()
        self._refresh_log()
        for signal in (self.events.people_changed, self.events.complaints_changed, self.events.meetings_changed):
            signal.emit()
        self.events.message.emit(_tr("{name} is forgotten: the name was replaced in {records}; "
                                     "signed minutes keep it.").format(
                                         name=name, records=privacy.records_counted(sum(counts.values()))))

    def reload_from_store(self) -> None:
        """The data changed somewhere (``events.data_changed``): people, retention, the log."""
        self.load()
        self.backups_box.refresh()
