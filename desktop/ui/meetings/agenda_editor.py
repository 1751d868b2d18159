"""The agenda editor: points in a table, moved by drag and drop or Ctrl+Up / Ctrl+Down, added,
merged, removed; read-only with a banner once the minutes are signed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agenda import AgendaPoint, AgendaPointKind
from desktop.domain.errors import UserError
from desktop.ui import dialogs
from desktop.ui.flow import WrappedLabel
from desktop.ui.headers import WrappingHeader
from desktop.ui.meetings.agenda_model import AgendaModel
from desktop.ui.meetings.common import label, words_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaEditor", text)


class AgendaEditor(QWidget):
    """Arrange one meeting's agenda. Emits ``changed`` after every saved change."""

    changed = Signal()
    amend_requested = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.model = AgendaModel(store, self)
        self.model.error.connect(lambda text: dialogs.show_error(self, text))
        self._build()
        self.translate_ui()
        self._update_buttons()

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("signedBanner")
        self.banner.setStyleSheet("QLabel#signedBanner { border: 2px solid #1f4e8c; padding: 8px;"
                                  " background: #eef3fa; font-weight: bold; }")
        self.amend_button = QPushButton()
        self.amend_button.clicked.connect(self.amend_requested)
        self.table = QTableView()
        # A few points always show: on a small screen the page scrolls rather than squeezing them.
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Whole titles, wrapped over several lines, rather than cut with "…".
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Headings wrap between words. The kind, who proposed and the remarks ("No answer yet",
        # "LATE"…) take set shares of the width and wrap; the title takes the rest, about half.
        WrappingHeader.install(self.table, share=True, grow=(AgendaModel.TITLE,),
                               keep=(AgendaModel.POSITION, AgendaModel.DURATION),
                               parts={AgendaModel.KIND: 0.18, AgendaModel.PROPOSED_BY: 0.13,
                                      AgendaModel.MARKERS: 0.14})
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        # A moved row keeps its selection without any selectionChanged: the buttons must follow.
        self.model.rowsMoved.connect(self._update_buttons)
        self.table.model().dataChanged.connect(lambda *_: self.changed.emit())
        self.table.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.merge_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.merge_button.clicked.connect(self.merge_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        # Ctrl+Up / Ctrl+Down move the selected point (plain arrows still move the selection).
        self.table.installEventFilter(self)
        self.new_title, self.new_kind, self.add_button = QLineEdit(), QComboBox(), QPushButton()
        # Long kind names must not widen the page past a small screen (the list opens wide enough).
        self.new_kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_kind.setMinimumContentsLength(14)
        self.new_title_label = QLabel()
        self.new_title_label.setBuddy(self.new_title)
        self.new_kind_label = QLabel()
        self.new_kind_label.setBuddy(self.new_kind)
        self.new_title.returnPressed.connect(self.add_point)
        self.add_button.clicked.connect(self.add_point)
        self.hint = WrappedLabel()  # every line it needs: the agenda is never drawn under it
        self.hint.setProperty("role", "hint")

        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.amend_button)
        self.buttons_row = QWidget()
        # Two buttons a line, and the new point's title above its type: rows of a known height, so
        # they fit beside the navigation on a 1024-pixel screen and never lie over the agenda.
        buttons = QGridLayout(self.buttons_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for number, button in enumerate((self.up_button, self.down_button, self.merge_button, self.remove_button)):
            buttons.addWidget(button, number // 2, number % 2)
        buttons.setColumnStretch(2, 1)
        self.add_row = QWidget()
        add = QGridLayout(self.add_row)
        add.setContentsMargins(0, 0, 0, 0)
        add.addWidget(self.new_title_label, 0, 0)
        add.addWidget(self.new_title, 0, 1, 1, 2)
        add.addWidget(self.new_kind_label, 1, 0)
        add.addWidget(self.new_kind, 1, 1)
        add.addWidget(self.add_button, 1, 2)
        add.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(banner_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons_row)
        layout.addWidget(self.add_row)

    def translate_ui(self) -> None:
        """Set every visible and accessible text in the current language."""
        self.table.setAccessibleName(_tr("Agenda points"))
        self.up_button.setText(_tr("Move &up"))
        self.down_button.setText(_tr("Move &down"))
        self.merge_button.setText(_tr("Mer&ge selected points"))
        self.remove_button.setText(_tr("&Remove point"))
        self.amend_button.setText(_tr("Add &amendment…"))
        self.add_button.setText(_tr("Add &point"))
        self.new_title_label.setText(_tr("New point &title:"))
        self.new_kind_label.setText(_tr("&Kind:"))
        self.hint.setText(_tr("Drag a point with the mouse, or press Ctrl+Up / Ctrl+Down, to change the "
                              "order. Double-click a title, a name or a duration to change it."))
        for widget, name in ((self.up_button, _tr("Move the point up")),
                             (self.down_button, _tr("Move the point down")),
                             (self.merge_button, _tr("Merge the selected points")),
                             (self.remove_button, _tr("Remove the selected point")),
                             (self.amend_button, _tr("Add an amendment to the signed minutes")),
                             (self.add_button, _tr("Add the new point")),
                             (self.new_title, _tr("Title of the new point")),
                             (self.new_kind, _tr("Kind of the new point"))):
            widget.setAccessibleName(name)
        current = self.new_kind.currentData()
        self.new_kind.clear()
        for kind in AgendaPointKind:
            self.new_kind.addItem(label("Agenda", kind.label), kind.value)
        self.new_kind.setCurrentIndex(max(0, self.new_kind.findData(current or AgendaPointKind.OTHER.value)))
        self._update_banner()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        """Ctrl+Up / Ctrl+Down on the agenda move the selected point."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    # Showing ------------------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        """Show the agenda of a meeting (editable unless it is signed)."""
        self.model.set_meeting(meeting_id)
        self._update_banner()
        self._update_buttons()

    def _update_banner(self) -> None:
        meeting = self.model.meeting
        locked = bool(meeting and meeting.is_locked)
        self.banner.setVisible(locked)
        self.amend_button.setVisible(locked)
        self.add_row.setVisible(not locked and meeting is not None)
        self.buttons_row.setVisible(not locked and meeting is not None)
        self.hint.setVisible(not locked and meeting is not None)
        if locked:
            when = words_date(meeting.approved_at.date()) if meeting.approved_at else ""
            lines = [_tr("Signed on {date} by {chair} and {secretary}; corrections are added as "
                         "dated amendments.").format(date=when, chair=meeting.chair, secretary=meeting.secretary)]
            lines += [_tr("Amendment of {date}: {text}").format(date=words_date(a.made_on), text=a.text)
                      for a in self.store.meetings.amendments(meeting.id)]
            self.banner.setText("\n".join(lines))

    def selected_rows(self) -> list[int]:
        """The selected rows, top to bottom."""
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def _update_buttons(self, *_args) -> None:
        rows = self.selected_rows()
        editable = not self.model.locked
        self.up_button.setEnabled(editable and len(rows) == 1 and rows[0] > 0)
        self.down_button.setEnabled(editable and len(rows) == 1 and rows[0] < self.model.rowCount() - 1)
        self.merge_button.setEnabled(editable and len(rows) >= 2)
        self.remove_button.setEnabled(editable and len(rows) == 1)
        self.add_button.setEnabled(editable)

    def select_row(self, row: int) -> None:
        """Select one row and make it current (keyboard moves follow it)."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, AgendaModel.TITLE)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    # Acting -------------------------------------------------------------------------------
    def _guard(self, action) -> bool:
        try:
            action()
        except UserError as error:
            dialogs.show_error(self, str(error))
            self.model.refresh()
            return False
        return True

    def move_selected(self, step: int) -> None:
        """Move the selected point one place up (-1) or down (+1)."""
        rows = self.selected_rows()
        if len(rows) != 1 or self.model.locked:
            return
        result = {}
        if self._guard(lambda: result.update(row=self.model.move_point(rows[0], step))):
            self.select_row(result["row"])
        self._update_buttons()

    def add_point(self) -> None:
        """Add the typed point at the end of the agenda."""
        title = self.new_title.text().strip()
        if self.model.meeting is None or self.model.locked:
            return
        if not title:
            dialogs.show_error(self, _tr("Type the title of the new point first."))
            self.new_title.setFocus()
            return
        point = AgendaPoint(kind=AgendaPointKind(self.new_kind.currentData()), title=title)
        made = {}
        if self._guard(lambda: made.update(p=self.store.agenda.add_point(self.model.meeting.id, point))):
            self.new_title.clear()
            self.model.refresh()
            self.select_row(self.model.row_of(made["p"].id))
            self.changed.emit()

    def merge_selected(self) -> None:
        """Merge the selected points into the first of them."""
        rows = self.selected_rows()
        if len(rows) < 2:
            return
        ids = [self.model.point_id(r) for r in rows]
        text = _tr("Merge {count} points into point {position}? Their texts, complaints and durations are "
                   "gathered in it.").format(count=len(ids), position=self.model.points[rows[0]].position)
        if not dialogs.confirm(self, _tr("Merge points"), text, _tr("Merge")):
            return
        if self._guard(lambda: self.store.agenda.merge_points(ids)):
            self.model.refresh()
            self.select_row(self.model.row_of(ids[0]))
            self.changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected point, after asking."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        point = self.model.points[rows[0]]
        text = _tr("Remove point {position}, “{title}”, from the agenda?").format(
            position=point.position, title=point.title)
        if not dialogs.confirm(self, _tr("Remove a point"), text, _tr("Remove")):
            return
        if self._guard(lambda: self.store.agenda.remove_point(point.id)):
            self.model.refresh()
            self.select_row(min(rows[0], self.model.rowCount() - 1))
            self.changed.emit()
