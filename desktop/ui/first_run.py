"""The first-run dialog: create the residence (name, buildings, entrances) or load the demo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import UserError
from desktop.domain.places import Residence, ResidencePlan
from desktop.ui.first_run_parts import BuildingPlanModel, DemoWorker, entrance_names
from desktop.ui.people.place_actions import next_building_name
from desktop.ui.people.widgets import RecordTable, label


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


WELCOME, RESIDENCE, BUILDINGS, DEMO = range(4)
DEMO_COMPLAINTS = 600


def _page(heading: str, text: str) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(label(heading, role="heading"))
    if text:
        layout.addWidget(label(text))
    layout.addSpacing(8)
    return page, layout


def _row(form: QFormLayout, text: str, widget: QWidget, accessible: str) -> None:
    caption = QLabel(text)
    caption.setBuddy(widget)
    widget.setAccessibleName(accessible)
    form.addRow(caption, widget)


def _person_name_guess() -> str:
    """The name to offer: the one given before, else the computer account's unless it is a
    technical one ("root", "admin", "user"…), which says nothing about who typed."""
    from desktop.ui import settings

    name = settings.read(settings.PROFILE)
    return "" if name.strip().casefold() in TECHNICAL_ACCOUNTS else name


TECHNICAL_ACCOUNTS = {"root", "admin", "administrator", "administrateur", "user", "utilisateur", "pc", ""}


class FirstRunDialog(QDialog):
    """Shown while the database holds no residence; accepted once one exists."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        # The worker is kept (not dropped when it reports) since its thread may still be
        # returning from run(); ``busy`` says whether it is writing.
        self.worker: DemoWorker | None = None
        self.busy = False
        self.summary = None
        self.setWindowTitle(_tr("Welcome to Palier"))
        self.setMinimumSize(760, 560)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._welcome_page())
        self.stack.addWidget(self._residence_page())
        self.stack.addWidget(self._buildings_page())
        self.stack.addWidget(self._demo_page())
        self.error = label(role="error")
        self.error.hide()
        self.back_button = QPushButton(_tr("< &Back"))
        self.next_button = QPushButton(_tr("&Next >"))
        self.cancel_button = QPushButton(_tr("Cancel"))
        self.back_button.setAccessibleName(_tr("Back to the previous step"))
        self.next_button.setAccessibleName(_tr("Next step"))
        self.cancel_button.setAccessibleName(_tr("Cancel and close Palier"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._show(WELCOME)

    def accept(self) -> None:
        """Keep the person's name for the histories, then close."""
        from desktop.ui import settings

        name = " ".join(self.user_name.text().split())
        if name:
            settings.write(settings.PROFILE, name)
            if not self.store.profiles.count():  # with profiles, the profile signed in is the name
                self.store.profile = name
        super().accept()

    # Pages ----------------------------------------------------------------------------------
    def _welcome_page(self) -> QWidget:
        page, layout = _page(
            _tr("Welcome to Palier"),
            _tr("Palier keeps the register of the complaints of your residence: what went wrong, "
                "where, who reported it, and what the landlord did about it.\n\n"
                "To begin, what would you like to do?"),
        )
        self.create_button = QCommandLinkButton(
            _tr("&Create my residence"),
            _tr("Type the name of your residence, then its buildings and their entrances. "
                "It takes a couple of minutes; you can add more later."),
        )
        self.demo_button = QCommandLinkButton(
            _tr("E&xplore with the demo residence"),
            _tr("Palier fills in a made-up residence with people and complaints, so you can try "
                "everything without fear of breaking anything."),
        )
        for button in (self.create_button, self.demo_button):
            # QCommandLinkButton draws at 9pt unless its font is set explicitly.
            font = QFont(self.font())
            font.setPointSize(max(font.pointSize(), 12) + 1)
            button.setFont(font)
            button.setMinimumHeight(110)
            # A visible frame, so that it reads as a button and not as a paragraph.
            button.setStyleSheet("QCommandLinkButton { border: 2px solid #1f4e8c; border-radius: 6px; "
                                 "padding: 8px; background: white; } "
                                 "QCommandLinkButton:focus { border-width: 4px; }")
        self.create_button.setAccessibleName(_tr("Create my residence"))
        self.demo_button.setAccessibleName(_tr("Explore with the demo residence"))
        self.create_button.clicked.connect(lambda: self._show(RESIDENCE))
        self.demo_button.clicked.connect(self.start_demo)
        # Histories say who changed what: the person's name, not the computer's account ("root").
        self.user_name = QLineEdit(_person_name_guess())
        self.user_name.setPlaceholderText(_tr("For example: Marie Martin, caretaker"))
        self.user_name.setMaxLength(80)
        name_form = QFormLayout()
        _row(name_form, _tr("&Your name:"), self.user_name, _tr("Your name, written in the history of every change"))
        name_hint = label(_tr("It is written in the history of every change you make."), role="hint")
        layout.addLayout(name_form)
        layout.addWidget(name_hint)
        layout.addWidget(self.create_button)
        layout.addWidget(self.demo_button)
        layout.addStretch(1)
        return page

    def _residence_page(self) -> QWidget:
        page, layout = _page(
            _tr("Step 1 of 2: your residence"),
            _tr("Only the name is needed. The rest can be filled in later."),
        )
        self.residence_name, self.city, self.landlord = QLineEdit(), QLineEdit(), QLineEdit()
        self.residence_name.setPlaceholderText(_tr("For example: Les Tilleuls"))
        self.landlord.setPlaceholderText(_tr("The social landlord, for example: Habitat Rhône"))
        form = QFormLayout()
        _row(form, _tr("Residence &name:"), self.residence_name, _tr("Residence name"))
        _row(form, _tr("C&ity:"), self.city, _tr("City"))
        _row(form, _tr("&Landlord:"), self.landlord, _tr("Landlord"))
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _buildings_page(self) -> QWidget:
        page, layout = _page(
            _tr("Step 2 of 2: buildings and entrances"),
            _tr("Add each building with its entrances. For the entrances, type how many there are "
                "(for example 2), or their names separated by commas."),
        )
        self.building_name = QLineEdit(_tr("Building {letter}").format(letter="A"))
        self.entrances = QLineEdit("1")
        self.entrances.setPlaceholderText(_tr("For example: 2, or: Entrance 1, Entrance 2"))
        self.add_building_button = QPushButton(_tr("&Add this building"))
        self.add_building_button.setAccessibleName(_tr("Add this building to the list"))
        self.add_building_button.clicked.connect(self.add_building)
        form = QFormLayout()
        _row(form, _tr("&Building:"), self.building_name, _tr("Building name"))
        _row(form, _tr("&Entrances:"), self.entrances, _tr("Number or names of its entrances"))
        form.addRow("", self.add_building_button)
        self.plan = BuildingPlanModel(self)
        self.plan_table = RecordTable()
        self.plan_table.setModel(self.plan)
        self.plan_table.setAccessibleName(_tr("Buildings added"))
        self.plan_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.plan_table.horizontalHeader().setStretchLastSection(True)
        self.remove_building_button = QPushButton(_tr("&Remove the selected building"))
        self.remove_building_button.setAccessibleName(_tr("Remove the selected building from the list"))
        self.remove_building_button.clicked.connect(self.remove_building)
        layout.addLayout(form)
        layout.addWidget(label(_tr("Buildings added:")))
        layout.addWidget(self.plan_table, 1)
        layout.addWidget(self.remove_building_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _demo_page(self) -> QWidget:
        page, layout = _page(_tr("Building the demo residence"), "")
        self.demo_text = label(_tr("Palier is writing a made-up residence with its people and "
                                   "complaints. Please wait a moment."))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(_tr("Progress of the demo"))
        self.progress.setTextVisible(True)
        self.progress.setMinimumHeight(36)
        layout.addWidget(self.demo_text)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        return page

    # Navigation -----------------------------------------------------------------------------
    def _show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.error.hide()
        self.back_button.setVisible(page in (RESIDENCE, BUILDINGS))
        self.next_button.setVisible(page in (RESIDENCE, BUILDINGS))
        self.next_button.setText(_tr("&Create the residence") if page == BUILDINGS else _tr("&Next >"))
        # Enter in the building fields adds the building; it must not create the residence yet.
        self.next_button.setDefault(page == RESIDENCE)
        self.add_building_button.setDefault(page == BUILDINGS)
        focus = {WELCOME: self.user_name, RESIDENCE: self.residence_name,
                 BUILDINGS: self.building_name, DEMO: self.progress}[page]
        focus.setFocus()

    def _fail(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()

    def go_back(self) -> None:
        """Back one step."""
        self._show(max(WELCOME, self.stack.currentIndex() - 1))

    def go_next(self) -> None:
        """Next step, or create the residence from the last one."""
        page = self.stack.currentIndex()
        if page == RESIDENCE:
            if not self.residence_name.text().strip():
                self._fail(_tr("Please type the name of your residence."))
                self.residence_name.setFocus()
                return
            self._show(BUILDINGS)
        elif page == BUILDINGS:
            self.finish()

    # Buildings ------------------------------------------------------------------------------
    def add_building(self) -> None:
        """Add the building typed in the fields to the list, and suggest the next one."""
        name = self.building_name.text().strip()
        if not name:
            self._fail(_tr("Please type the name of the building."))
            self.building_name.setFocus()
            return
        if name.casefold() in (n.casefold() for n in self.plan.names()):
            self._fail(_tr("“{name}” is already in the list.").format(name=name))
            self.building_name.setFocus()
            return
        self.plan.add(name, entrance_names(self.entrances.text(), self.plan.entrance_count() + 1))
        if not self.entrances.text().strip().isdigit():
            self.entrances.setText("1")  # names typed for one building do not fit the next
        self.error.hide()
        self.building_name.setText(next_building_name(self.plan.names()))
        self.building_name.selectAll()
        self.building_name.setFocus()

    def remove_building(self) -> None:
        """Take the selected building out of the list."""
        rows = self.plan_table.selectionModel().selectedRows()
        if rows:
            self.plan.remove(rows[0].row())

    def finish(self) -> None:
        """Create the residence, its buildings and entrances in one transaction, then close."""
        if not self.plan.buildings:
            # Forgiving: a building typed but not yet added is what the user means.
            if self.building_name.text().strip():
                self.add_building()
            if not self.plan.buildings:
                self._fail(_tr("Add at least one building."))
                return
        plan = ResidencePlan(
            Residence(name=self.residence_name.text(), city=self.city.text().strip(),
                      landlord=self.landlord.text().strip()),
            [(name, list(entrances)) for name, entrances in self.plan.buildings],
        )
        try:
            self.store.places.create_from_plan(plan)
        except UserError as error:
            self._fail(error.message)
            return
        self.accept()

    # Demo -----------------------------------------------------------------------------------
    def start_demo(self) -> None:
        """Build the demo residence in a worker thread, showing its progress."""
        self._show(DEMO)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.busy = True
        self.worker = DemoWorker(self.store, seed=1, complaints=DEMO_COMPLAINTS)
        self.worker.signals.progress.connect(self._demo_progress)
        self.worker.signals.finished.connect(self._demo_finished)
        self.worker.signals.failed.connect(self._demo_failed)
        QThreadPool.globalInstance().start(self.worker)

    def _demo_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _demo_finished(self, summary) -> None:
        self.busy, self.summary = False, summary
        self.accept()

    def _demo_failed(self, sentence: str) -> None:
        self.busy = False
        self.cancel_button.setEnabled(True)
        self._show(WELCOME)
        self._fail(sentence)

    def reject(self) -> None:
        """Cancel, unless the demo is being written (it cannot be stopped half-way)."""
        if self.busy:
            return
        super().reject()
