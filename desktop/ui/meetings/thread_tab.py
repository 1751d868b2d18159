"""Follow a topic across quarters: choose a building, an entrance, a category or words, and read
every complaint, agenda point, answer and commitment about it in the order things happened.

At 100,000 complaints a broad topic ("building A") takes a few seconds, so the search runs in a
worker thread on its own read-only connection: the window stays usable, and the shared connection
is never used from two threads at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.services.thread import thread
from desktop.ui.flow import FlowLayout, labelled
from desktop.ui.date_field import DateField
from desktop.ui.meetings.common import to_qdate
from desktop.ui.meetings.thread_model import ENTRY_ROLE, ThreadDelegate, ThreadModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ThreadView", text)


def _reader(store):
    """A read-only Store on the same file, for a worker thread (None for an in-memory base)."""
    from desktop.store import Store
    from desktop.store.connection import connect

    if str(store.path) == ":memory:":
        return None
    try:
        db = connect(store.path, read_only="asked")
    except TypeError:  # a connection module without read-only connections: reading is all we do
        db = connect(store.path)
    return Store(db, store.path)


class _JobSignals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)


class ThreadJob(QRunnable):
    """Runs ``thread`` with the given criteria on its own connection and reports the result."""

    def __init__(self, store, generation: int, criteria: dict):
        super().__init__()
        self.store, self.generation, self.criteria = store, generation, criteria
        self.signals = _JobSignals()

    def run(self) -> None:
        reader = None
        try:
            reader = _reader(self.store)
            entries = thread(reader or self.store, **self.criteria)
        except UserError as error:
            self.signals.failed.emit(self.generation, str(error))
        except Exception as error:  # noqa: BLE001 (a sentence, never a traceback)
            self.signals.failed.emit(self.generation, _tr("The thread could not be read: {error}").format(error=error))
        else:
            self.signals.done.emit(self.generation, entries)
        finally:
            if reader is not None:
                reader.db.conn.close()


class ThreadTab(QWidget):
    """The "Follow a topic" tab of the meetings page."""

    open_complaint = Signal(int)
    # Emitted when a search ends (shown or refused), so tests and callers can wait for it.
    finished = Signal()

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.generation = 0
        self.running = False
        self.shown: dict | None = None  # the criteria of the thread on screen
        self.jobs: dict[int, ThreadJob] = {}
        self.model = ThreadModel(self)
        self._build()
        self.translate_ui()
        self._fill_places()
        self._fill_categories()
        self._connect()

    # Building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.building_label, self.building = QLabel(), QComboBox()
        self.entrance_label, self.entrance = QLabel(), QComboBox()
        self.category_label, self.category = QLabel(), QComboBox()
        self.words_label, self.words = QLabel(), QLineEdit()
        self.since_check, self.since = QCheckBox(), DateField()
        self.since.setDate(QDate.currentDate().addYears(-3))
        self.since.setEnabled(False)
        for buddy_label, buddy in ((self.building_label, self.building), (self.entrance_label, self.entrance),
                                   (self.category_label, self.category), (self.words_label, self.words)):
            buddy_label.setBuddy(buddy)
        self.show_button, self.copy_button = QPushButton(), QPushButton()
        self.show_button.setDefault(True)
        self.copy_button.setEnabled(False)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(200)
        self.busy.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "heading")
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(ThreadDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        # Laid out in batches so that a thread of 80,000 events never freezes the window.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(200)
        self._lay_out()

    def _lay_out(self) -> None:
        # The criteria flow from line to line as the room allows (small screen, large text).
        grid = FlowLayout(spacing=10)
        grid.addWidget(labelled(self.building_label, self.building))
        grid.addWidget(labelled(self.entrance_label, self.entrance))
        grid.addWidget(labelled(self.category_label, self.category))
        self.words.setMinimumWidth(220)
        grid.addWidget(labelled(self.words_label, self.words))
        grid.addWidget(labelled(self.since_check, self.since))
        actions = FlowLayout(spacing=10)
        actions.addWidget(self.show_button)
        actions.addWidget(self.busy)
        actions.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(actions)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def translate_ui(self) -> None:
        """Set every visible and accessible text in the current language."""
        self.building_label.setText(_tr("&Building:"))
        self.building.setAccessibleName(_tr("Building to follow"))
        self.entrance_label.setText(_tr("&Entrance:"))
        self.entrance.setAccessibleName(_tr("Entrance to follow"))
        self.category_label.setText(_tr("&Category:"))
        self.category.setAccessibleName(_tr("Category to follow"))
        self.words_label.setText(_tr("&Words:"))
        self.words.setAccessibleName(_tr("Words to follow"))
        self.words.setPlaceholderText(_tr("for example: lift, leak, intercom"))
        self.since_check.setText(_tr("S&ince:"))
        self.since_check.setAccessibleName(_tr("Only since a date"))
        self.since.setAccessibleName(_tr("Since this date"))
        self.show_button.setText(_tr("&Show"))
        self.show_button.setAccessibleName(_tr("Show the thread of this topic"))
        self.copy_button.setText(_tr("C&opy as text"))
        self.copy_button.setAccessibleName(_tr("Copy the thread as text, to paste into a letter"))
        self.busy.setAccessibleName(_tr("Searching"))
        self.list.setAccessibleName(_tr("The thread, oldest first"))
        if self.running:
            return
        if self.shown is None:
            self.summary.setText(_tr("Choose a building, an entrance, a category or words, then press Show."))
        else:
            self.summary.setText(self._count_line(self.model.entries, self.shown.get("since")))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "list"):
            self.translate_ui()
            self._fill_places()
            self._fill_categories()
            self.model.layoutChanged.emit()  # the kinds and dates of the events, in the new language

    def _connect(self) -> None:
        self.building.currentIndexChanged.connect(self._fill_entrances)
        self.since_check.toggled.connect(self.since.setEnabled)
        self.show_button.clicked.connect(self.show_thread)
        self.words.returnPressed.connect(self.show_thread)
        self.copy_button.clicked.connect(self.copy_as_text)
        self.list.activated.connect(self._activated)
        self.events.complaints_changed.connect(self._refresh)
        self.events.meetings_changed.connect(self._refresh)
        self.events.places_changed.connect(self._fill_places)
        self.events.categories_changed.connect(self._fill_categories)

    # Choices ------------------------------------------------------------------------------
    @staticmethod
    def _refill(combo: QComboBox, everything: str, items) -> None:
        """Replace the items of ``combo`` keeping the chosen one when it still exists."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for item_id, name in items:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)

    def _fill_places(self) -> None:
        self._refill(self.building, _tr("Any building"), [(b.id, b.name) for b in self.store.places.buildings()])
        self._fill_entrances()

    def _fill_entrances(self, *_args) -> None:
        building_id = self.building.currentData()
        entrances = self.store.places.entrances(building_id) if building_id is not None else []
        self._refill(self.entrance, _tr("Any entrance"), [(e.id, e.name) for e in entrances])
        self.entrance.setEnabled(building_id is not None)

    def _fill_categories(self) -> None:
        self._refill(self.category, _tr("Any category"), [(c.id, c.name) for c in self.store.categories.list()])

    def criteria(self) -> dict:
        """The topic chosen in the controls, as arguments of ``services.thread.thread``."""
        return {
            "building_id": self.building.currentData(),
            "entrance_id": self.entrance.currentData(),
            "category_id": self.category.currentData(),
            "text": self.words.text().strip() or None,
            "since": self._since(),
        }

    def topic(self, criteria: dict) -> str:
        """The topic in words ("Bâtiment B · Lift · since 1 March 2023"), for the clipboard."""
        parts = [combo.currentText() for combo in (self.building, self.entrance, self.category)
                 if combo.currentData() is not None]
        if criteria.get("text"):
            parts.append(_tr("“{words}”").format(words=criteria["text"]))
        if criteria.get("since"):
            parts.append(_tr("since {date}").format(date=_month_year(criteria["since"])))
        return " · ".join(parts)

    # Searching ----------------------------------------------------------------------------
    def show_thread(self) -> None:
        """Search the thread of the chosen topic (in a worker) and show it."""
        try:
            criteria = self.criteria()
        except UserError as error:  # the "since" text is not a date: its field says so
            self.summary.setText(error.message)
            self.since.setFocus()
            return
        self._run(criteria)

    def _since(self) -> dt.date | None:
        return self.since.value() if self.since_check.isChecked() else None

    def _refresh(self) -> None:
        if self.shown is not None:
            self._run(self.shown)

    def _run(self, criteria: dict) -> None:
        self.generation += 1
        self.running = True
        self.busy.show()
        self.summary.setText(_tr("Searching…"))
        job = ThreadJob(self.store, self.generation, criteria)
        job.criteria = dict(criteria)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self.jobs[self.generation] = job
        if str(self.store.path) == ":memory:":  # no second connection to an in-memory base: run here
            job.run()
        else:
            self.pool.start(job)

    def _done(self, generation: int, entries) -> None:
        job = self.jobs.pop(generation, None)
        if generation != self.generation or job is None:
            return  # an older search, overtaken by a newer one
        self.running = False
        self.busy.hide()
        self.shown = job.criteria
        self.shown_topic = self.topic(job.criteria)
        self.model.set_entries(entries)
        self.summary.setText(self._count_line(entries, job.criteria.get("since")))
        self.copy_button.setEnabled(bool(entries))
        self.finished.emit()

    def _failed(self, generation: int, message: str) -> None:
        self.jobs.pop(generation, None)
        if generation != self.generation:
            return
        self.running = False
        self.busy.hide()
        self.shown = None
        self.model.set_entries([])
        self.copy_button.setEnabled(False)
        self.summary.setText(message)
        self.finished.emit()

    @staticmethod
    def _count_line(entries, since: dt.date | None) -> str:
        if not entries:
            return _tr("Nothing was found about this topic.")
        start = _month_year(since or entries[0].at.date())
        if len(entries) == 1:
            return _tr("1 event since {start}").format(start=start)
        return _tr("{count} events since {start}").format(count=QLocale().toString(len(entries)), start=start)

    # Acting on the thread ----------------------------------------------------------------
    def _activated(self, index) -> None:
        entry = index.data(ENTRY_ROLE)
        if entry is not None and entry.complaint_id is not None:
            self.open_complaint.emit(entry.complaint_id)

    def copy_as_text(self) -> None:
        """Put the thread in the clipboard as plain text."""
        QGuiApplication.clipboard().setText(self.model.as_text(getattr(self, "shown_topic", "")))
        self.events.message.emit(_tr("The thread is in the clipboard: paste it into a letter or an email."))


def _month_year(value: dt.date) -> str:
    """"March 2023" in the user's language."""
    return QLocale().toString(to_qdate(value), "MMMM yyyy")
