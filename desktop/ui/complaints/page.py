"""The complaint register page: search and filters over a table read page by page from the store."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import plural
from desktop.domain.complaints import ComplaintQuery
from desktop.domain.errors import UserError
from desktop.ui.flow import FlowLayout, WrappedLabel
from desktop.ui import dialogs
from desktop.ui.complaints.filters import ComplaintFilterBar
from desktop.ui.complaints.model import ComplaintTableModel
from desktop.ui.complaints.register_table import RegisterTable


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintsPage", text)


def format_counts(summary) -> str:
    """The register's headline figures: "312 open, 41 overdue"."""
    locale = QLocale()
    return _tr("{open} open, {overdue} overdue").format(
        open=locale.toString(summary.open), overdue=locale.toString(summary.overdue))


def showing_text(count: int) -> str:
    """How many complaints the current search and filters show."""
    return plural(count, _tr("Showing {count} complaint"), _tr("Showing {count} complaints")).format(
        count=QLocale().toString(count))


class ComplaintsPage(QWidget):
    """The register: heading, counts, filters, the table of complaints and what to do with them."""

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.dialog = None
        self._pending_selection: int | None = None
        self._summary = None
        self.filters = ComplaintFilterBar(store, self)
        self.model = ComplaintTableModel(store, self, self.filters.query())
        self._build()
        self.translate_ui()
        self._connect()
        self._update_counts()

    # Building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setProperty("role", "heading")
        self.counts = WrappedLabel()  # wraps rather than widening the page with large text
        self.counts.setObjectName("registerCounts")
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.new_button, self.open_button = QPushButton(), QPushButton()
        self.columns_button = QPushButton()
        self.columns_menu = QMenu(self)
        self.columns_menu.aboutToShow.connect(lambda: self.table.fill_columns_menu(self.columns_menu))
        self.columns_button.setMenu(self.columns_menu)
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.table = RegisterTable(self.model)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("registerEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_label.font()
        font.setPointSize(font.pointSize() + 2)
        self.empty_label.setFont(font)
        self.empty_clear = QPushButton()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._empty_panel())

        top = FlowLayout(spacing=10)  # the buttons go under the title when the room runs out
        top.addWidget(self.heading)
        for button in (self.new_button, self.open_button, self.import_button, self.export_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(top)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts, 1)
        counts_row.addWidget(self.columns_button)
        layout.addLayout(counts_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
        self.setTabOrder(self.filters.clear_button, self.table)

    def _empty_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.empty_clear)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return panel

    def _connect(self) -> None:
        self.filters.query_changed.connect(self._filters_changed)
        self.filters.search.installEventFilter(self)
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.unsortable_clicked.connect(
            lambda _column: self.events.message.emit(_tr("This column cannot be sorted.")))
        self.model.modelReset.connect(self._update_showing)
        self.model.layoutChanged.connect(self._scroll_to_current)
        self.new_button.clicked.connect(self.new_complaint)
        self.open_button.clicked.connect(self.open_selected)
        self.import_button.clicked.connect(self.import_complaints)
        self.export_button.clicked.connect(self.export_complaints)
        self.empty_clear.clicked.connect(self.filters.clear)
        self.events.complaints_changed.connect(self.refresh)
        self.events.categories_changed.connect(self._choices_changed)
        self.events.places_changed.connect(self._choices_changed)

    def translate_ui(self) -> None:
        """(Re)apply every visible string; called again when the language changes."""
        self.heading.setText(_tr("Complaint register"))
        buttons = (
            (self.new_button, _tr("&New complaint"), _tr("Log a new complaint (Ctrl+N)")),
            (self.open_button, _tr("&Open"), _tr("Open the selected complaint (Enter)")),
            (self.import_button, _tr("&Import…"), _tr("Import complaints from a spreadsheet file")),
            (self.export_button, _tr("E&xport…"), _tr("Export the complaints shown to a spreadsheet file")),
        )
        for button, text, tip in buttons:
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.columns_button.setText(_tr("Colu&mns"))
        self.columns_button.setToolTip(_tr("Choose the columns shown in the table"))
        self.columns_button.setAccessibleName(_tr("Choose the columns shown"))
        self.table.setAccessibleName(_tr("Complaints"))
        self.table.setAccessibleDescription(_tr("Press Enter to open the selected complaint."))
        self.counts.setAccessibleName(_tr("Complaint counts"))
        self.empty_clear.setText(_tr("Clear the search and filters"))
        self.empty_clear.setAccessibleName(_tr("Clear the search and filters"))
        self._update_showing()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        # Down arrow in the search box goes to the list, so the keyboard alone can pick a result.
        if (watched is self.filters.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            self.filters.flush()
            self.table.setFocus()
            if self.selected_id() is None:
                self.select_complaint(self.model.complaint_id(0))
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
            self.model.retranslate()
            self.table.retranslate()
        super().changeEvent(event)

    # Refreshing ---------------------------------------------------------------------------
    def _with_sort(self, query: ComplaintQuery) -> ComplaintQuery:
        """The filter bar's query in the order the table is sorted by."""
        current = self.model.query
        return dataclasses.replace(query, sort=current.sort, descending=current.descending)

    def _filters_changed(self, query: ComplaintQuery) -> None:
        self._keeping_selection(lambda: self.model.set_query(self._with_sort(query)))

    def refresh(self) -> None:
        """Read the register again (after a change elsewhere), keeping the selected complaint."""
        self._keeping_selection(self.model.refresh)
        self._update_counts()

    def _choices_changed(self) -> None:
        self.filters.reload_choices()
        self._keeping_selection(lambda: self.model.set_query(self._with_sort(self.filters.query())))

    def _keeping_selection(self, change) -> None:
        selected = self._pending_selection or self.selected_id()
        self._pending_selection = None
        change()
        if selected is not None:
            self.select_complaint(selected)
        self._update_showing()

    def _update_counts(self) -> None:
        self._summary = self.store.statistics.summary(self.store.complaints.today())
        self._update_showing()

    def _update_showing(self) -> None:
        if self._summary is None:
            return
        shown = self.model.rowCount()
        if self._summary.total:
            self.counts.setText("  ·  ".join((format_counts(self._summary), showing_text(shown))))
        else:
            self.counts.clear()
        self._update_empty_state(shown)
        self.open_button.setEnabled(self.selected_id() is not None)
        self.export_button.setEnabled(self._summary.total > 0)

    def _update_empty_state(self, shown: int) -> None:
        # Filters are of no use before the first complaint.
        self.filters.setVisible(self._summary.total > 0)
        self.columns_button.setVisible(self._summary.total > 0)
        if shown:
            self.stack.setCurrentIndex(0)
            return
        if not self._summary.total:
            text = _tr("No complaint yet. Press Ctrl+N to log one.")
        elif self.filters.query().text:
            text = _tr("No complaint matches “{text}” with these filters.").format(
                text=self.filters.query().text)
        elif self.filters.is_default():
            text = _tr("No open complaint. Choose “All complaints” under Status to see the others.")
        else:
            text = _tr("No complaint matches these filters.")
        self.empty_label.setText(text)
        self.empty_clear.setVisible(self._summary.total > 0 and not self.filters.is_default())
        self.stack.setCurrentIndex(1)

    # Selection ----------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        """The number of the selected complaint, or None."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.complaint_id(rows[0].row())

    def select_complaint(self, complaint_id: int) -> bool:
        """Select and show the row of ``complaint_id``; False when the filters hide it."""
        row = self.model.row_of(complaint_id)
        if row < 0:
            return False
        index = self.model.index(row, ComplaintTableModel.TITLE)
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_id() is not None)

    def _scroll_to_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def show_column(self, column: int, shown: bool = True) -> None:
        """Show or hide a column of the table."""
        self.table.show_column(column, shown)

    # Actions ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box, its text selected."""
        self.filters.focus_search()

    def _row_activated(self, index) -> None:
        if index.isValid():
            self.open_complaint(self.model.complaint_id(index.row()))

    def open_selected(self) -> None:
        """Open the selected complaint in its form."""
        selected = self.selected_id()
        if selected is not None:
            self.open_complaint(selected)

    def new_complaint(self) -> None:
        """Ctrl+N: an empty complaint form."""
        self._open_form(None)

    def open_complaint(self, complaint_id: int) -> None:
        """Open complaint ``complaint_id`` in its form (selecting it in the list when shown)."""
        self.select_complaint(complaint_id)
        self._open_form(complaint_id)

    def _open_form(self, complaint_id: int | None) -> None:
        from desktop.ui.complaints.form import ComplaintDialog

        try:
            dialog = ComplaintDialog(self.store, self.events, complaint_id, parent=self)
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(self._form_closed)
        if hasattr(dialog, "saved"):
            dialog.saved.connect(self._form_saved)
        dialog.open()

    def _form_saved(self, complaint_id: int) -> None:
        # The form may say "saved" before or after the register has refreshed: select the
        # complaint now if it is listed, or right after the next refresh.
        if not self.select_complaint(complaint_id):
            self._pending_selection = complaint_id

    def _form_closed(self) -> None:
        self.dialog = None
        self.table.setFocus()

    def import_complaints(self) -> None:
        """Open the import wizard (a landlord's or a spreadsheet's extract)."""
        from desktop.ui.importing.wizard import ImportWizard

        wizard = ImportWizard(self.store, self.events, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = wizard
        wizard.open()

    def export_complaints(self) -> None:
        """Export the complaints the filters select to a CSV file the user chooses."""
        from desktop.ui.importing import export

        export.export_complaints(self, self.store, self.events, self.model.query)

    def reload_from_store(self) -> None:
        """The data changed somewhere (``events.data_changed``): the register, its choices."""
        self._choices_changed()
        self.refresh()
