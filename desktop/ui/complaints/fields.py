"""The fields of a complaint, in one grid: what, where, who, when, and the description."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.complaints import (
    DESCRIPTION_MAX,
    EXTERNAL_REF_MAX,
    TITLE_MAX,
    Complaint,
    ComplaintStatus,
    Urgency,
)
from desktop.domain.people import LandlordService
from desktop.domain.places import PlaceRef
from desktop.i18n import tr
from desktop.services import privacy as privacy_service
from desktop.ui.complaints.pickers import FilterCombo
from desktop.ui.date_field import DateField
from desktop.ui.privacy.warning import FactualWarning, NamingWarning
from desktop.ui.text import plain_text

DEFAULT_DUE_DAYS = 30


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintForm", text)


def privacy_reminder() -> str:
    """The privacy rule shown under the description (DOMAIN.md: notes stay factual)."""
    return _tr("Stay factual: no health information, no judgement about a person, no accusation of an offence.")


class ComplaintFields(QWidget):
    """Every editable field of a complaint; ``load`` fills them, ``collect`` reads them back."""

    edited = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._build_widgets()
        self._fill_lists()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_grid())
        self._set_tab_order()
        self._connect_edits()

    # Building -----------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        # No maximum length on the line edits: a pasted text that is too long is refused with a
        # sentence on saving, whole in the field, rather than cut without a word.
        self.title = QLineEdit()
        self.title.setPlaceholderText(_tr("For example: Lift out of order"))
        self.category = QComboBox()
        self.place = FilterCombo()
        self.place.lineEdit().setPlaceholderText(_tr("Type to search: building, entrance, home…"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(110)
        self.reminder = QLabel(privacy_reminder())
        self.reminder.setProperty("role", "hint")
        self.reminder.setWordWrap(True)
        self.factual_warning = FactualWarning(self.description)  # words to avoid, once typing pauses
        self._matcher = None
        self._disturbance: set[int] = set()
        self.naming_warning = NamingWarning([self.title, self.description], self._is_disturbance, self._names_in)
        self.reporter = FilterCombo()
        self.reporter.lineEdit().setPlaceholderText(_tr("A person from the list, or a name"))
        self.confidential = QCheckBox(_tr("&Keep the reporter's name confidential"))
        self.opened_on = DateField(_tr("Date the complaint was opened"), required=True)
        self.external_ref = QLineEdit()
        self.service = QComboBox()
        self.urgency = QComboBox()
        self.has_due = QCheckBox(_tr("Du&e date:"))
        self.due_on = DateField(_tr("Due date"))
        self.due_on.setEnabled(False)
        names = {
            self.title: _tr("Title"), self.category: _tr("Category"), self.place: _tr("Place"),
            self.description: _tr("Description"), self.reporter: _tr("Reporter"),
            self.confidential: _tr("Keep the reporter's name confidential"),
            self.external_ref: _tr("Landlord reference"), self.service: _tr("Landlord service"),
            self.urgency: _tr("Urgency"), self.has_due: _tr("The complaint has a due date"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        # Long place paths or service names must not force the form wider than a laptop screen.
        for combo in (self.category, self.place, self.reporter, self.service, self.urgency):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.description.setAccessibleDescription(privacy_reminder())

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _build_grid(self) -> QGridLayout:
        """Label/field pairs, two to a row where both are short, so the form fits 800 px high."""
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.addWidget(self._label(_tr("&Title:"), self.title), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        grid.addWidget(self._label(_tr("Cate&gory:"), self.category), 1, 0)
        grid.addWidget(self.category, 1, 1)
        grid.addWidget(self._label(_tr("&Urgency:"), self.urgency), 1, 2)
        grid.addWidget(self.urgency, 1, 3)
        grid.addWidget(self._label(_tr("&Place:"), self.place), 2, 0)
        grid.addWidget(self.place, 2, 1, 1, 3)
        grid.addWidget(self._label(_tr("&Reporter:"), self.reporter), 3, 0)
        grid.addWidget(self.reporter, 3, 1, 1, 3)
        grid.addWidget(self.confidential, 4, 1, 1, 3)
        grid.addWidget(self._label(_tr("&Opened on:"), self.opened_on), 5, 0)
        grid.addWidget(self.opened_on, 5, 1)
        grid.addWidget(self.has_due, 5, 2)
        grid.addWidget(self.due_on, 5, 3)
        grid.addWidget(self._label(_tr("Landlord ser&vice:"), self.service), 6, 0)
        grid.addWidget(self.service, 6, 1, 1, 3)
        grid.addWidget(self._label(_tr("Landlord re&ference:"), self.external_ref), 7, 0)
        grid.addWidget(self.external_ref, 7, 1)
        grid.addWidget(self._label(_tr("&Description:"), self.description), 8, 0, 1, 4)
        grid.addWidget(self.description, 9, 0, 1, 4)
        grid.addWidget(self.reminder, 10, 0, 1, 4)
        grid.addWidget(self.factual_warning, 11, 0, 1, 4)
        grid.addWidget(self.naming_warning, 12, 0, 1, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.setRowStretch(9, 1)
        return grid

    def _set_tab_order(self) -> None:
        """Tab follows the grid as the eye reads it, not the order the widgets were made in."""
        chain = (self.title, self.category, self.urgency, self.place, self.reporter, self.confidential,
                 self.opened_on, self.has_due, self.due_on, self.service, self.external_ref,
                 self.description)
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def refresh_lists(self) -> None:
        """Reload categories, places and people, keeping what is chosen or typed."""
        chosen = self.category.currentData()
        self.category.clear()
        categories = self.store.categories.list()
        self._disturbance = {c.id for c in categories if c.disturbance}
        for category in categories:
            self.category.addItem(category.name, category.id)
        self.category.setCurrentIndex(self.category.findData(chosen) if chosen is not None else -1)
        self.place.set_items([(ref.label, ref) for ref in self.store.places.all_place_refs()])
        self.reporter.set_items([(person.name, person.id) for person in self.store.people.list()])

    def _fill_lists(self) -> None:
        self.refresh_lists()
        self.service.clear()
        self.service.addItem(_tr("(not said yet)"), None)  # the status says whether it was passed on
        for service in LandlordService:
            # Qt turns str-based enums into plain strings: keep the code, rebuild the enum on reading.
            self.service.addItem(tr("Service", service.label), service.value)
        self.urgency.clear()
        for urgency in Urgency:
            self.urgency.addItem(tr("Urgency", urgency.label), urgency.value)

    def _connect_edits(self) -> None:
        self.has_due.toggled.connect(self._due_toggled)
        self.category.currentIndexChanged.connect(self.naming_warning.timer.start)
        for signal in (
            self.title.textEdited, self.category.currentIndexChanged, self.place.editTextChanged,
            self.description.textChanged, self.reporter.editTextChanged, self.confidential.toggled,
            self.opened_on.dateChanged, self.external_ref.textEdited, self.service.currentIndexChanged,
            self.urgency.currentIndexChanged, self.has_due.toggled, self.due_on.dateChanged,
        ):
            signal.connect(self.edited)

    def _is_disturbance(self) -> bool:
        return self.category.currentData() in self._disturbance

    def _names_in(self, text: str) -> list[str]:
        if self._matcher is None:  # read once, when a disturbance is first written
            self._matcher = privacy_service.register_matcher(self.store)
        return privacy_service.named_in(self._matcher, text)

    def _due_toggled(self, checked: bool) -> None:
        self.due_on.setEnabled(checked)
        opened = self.opened_on.date()
        if checked and opened.isValid() and not (self.due_on.date() >= opened):
            self.due_on.setDate(opened.addDays(DEFAULT_DUE_DAYS))
        # An empty due date's calendar opens where a due date usually falls.
        self.due_on.near = opened.toPython() + dt.timedelta(DEFAULT_DUE_DAYS) if opened.isValid() else None

    # Reading and writing ------------------------------------------------------------------
    def load(self, complaint: Complaint) -> None:
        """Show ``complaint`` in the fields."""
        self.title.setText(complaint.title)
        self.category.setCurrentIndex(self.category.findData(complaint.category_id))
        self._load_place(complaint.place)
        self.description.setPlainText(complaint.description)
        if not (complaint.reporter_id and self.reporter.select_data(complaint.reporter_id)):
            self.reporter.set_text(complaint.reporter_name)
        self.confidential.setChecked(complaint.reporter_confidential)
        self.opened_on.setDate(complaint.opened_on)
        self.external_ref.setText(complaint.external_ref)
        self.service.setCurrentIndex(
            max(0, self.service.findData(complaint.service.value if complaint.service else None)))
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(complaint.urgency.value)))
        self.has_due.setChecked(complaint.due_on is not None)
        self.due_on.setDate(complaint.due_on or complaint.opened_on + dt.timedelta(DEFAULT_DUE_DAYS))
        self.due_on.setEnabled(complaint.due_on is not None)
        self.due_on.near = complaint.opened_on + dt.timedelta(DEFAULT_DUE_DAYS)

    def _load_place(self, place: PlaceRef) -> None:
        if place.is_empty:
            self.place.set_text(place.label)
            return
        key = (place.building_id, place.entrance_id, place.home_id, place.common_area_id)
        for row in range(self.place.count()):
            ref = self.place.itemData(row)
            if (ref.building_id, ref.entrance_id, ref.home_id, ref.common_area_id) == key:
                self.place.setCurrentIndex(row)
                return
        self.place.set_text(place.label)

    def collect(self, base: Complaint | None = None) -> Complaint:
        """A Complaint holding what the fields show (the id and status come from ``base``)."""
        reporter_id = self.reporter.current_data()
        place = self.place.current_data()
        return Complaint(
            id=base.id if base else None,
            status=base.status if base else ComplaintStatus.NEW,
            title=self.title.text(),
            category_id=self.category.currentData(),
            description=plain_text(self.description),
            place=PlaceRef(place.building_id, place.entrance_id, place.home_id, place.common_area_id)
            if place is not None else PlaceRef(label=self.place.currentText().strip()),
            reporter_id=reporter_id,
            reporter_name="" if reporter_id else self.reporter.currentText().strip(),
            reporter_confidential=self.confidential.isChecked(),
            opened_on=self.opened_on.value(),
            external_ref=self.external_ref.text(),
            service=LandlordService(self.service.currentData()) if self.service.currentData() else None,
            urgency=Urgency(self.urgency.currentData() or Urgency.NORMAL.value),
            due_on=self.due_on.value() if self.has_due.isChecked() else None,
        )

    def snapshot(self) -> tuple:
        """What the fields show, to tell whether anything was edited since the last save."""
        reporter_id = self.reporter.current_data()
        due = self.due_on.edit.text() if self.has_due.isChecked() else None
        return (self.title.text(), self.category.currentData(), plain_text(self.description),
                self.place.currentText(), reporter_id, "" if reporter_id else self.reporter.currentText().strip(),
                self.confidential.isChecked(), self.opened_on.date(), self.opened_on.edit.text(),
                self.external_ref.text(), self.service.currentData(), self.urgency.currentData(), due)

    def invalid_date_field(self) -> QWidget | None:
        """The date field whose text is not a date, if any."""
        for field in (self.opened_on, self.due_on):
            if field.isEnabled() and not field.is_valid():
                return field
        return None

    def widget_for_error(self, complaint: Complaint) -> QWidget:
        """The field to put the cursor in after ``complaint`` was refused."""
        if not complaint.title.strip() or len(complaint.title) > TITLE_MAX:
            return self.title
        if len(complaint.external_ref.strip()) > EXTERNAL_REF_MAX:
            return self.external_ref
        if len(complaint.description) > DESCRIPTION_MAX:
            return self.description
        if complaint.category_id is None:
            return self.category
        if complaint.due_on is not None and complaint.due_on < complaint.opened_on:
            return self.due_on
        return self.place
