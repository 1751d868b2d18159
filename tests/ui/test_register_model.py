"""The register's table model: Qt's contract, paging, what each column shows, sorting in SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.complaints import (
    OPEN_STATUSES,
    Complaint,
    ComplaintQuery,
    ComplaintStatus,
    SortKey,
    Urgency,
)
from desktop.domain.people import Person, Role
from desktop.domain.places import PlaceRef
from desktop.ui.complaints.filters import Period, period_range
from desktop.ui.complaints.model import ComplaintTableModel as M
from tests.ui.register_samples import fill

TODAY = dt.date(2026, 3, 12)


def category(store, name: str) -> int:
    return store.categories.by_name()[name.casefold()]


def add(store, title: str, **fields) -> Complaint:
    """Save a complaint; ``status`` is reached through the allowed transitions."""
    status = fields.pop("status", ComplaintStatus.NEW)
    fields.setdefault("category_id", category(store, "Other"))
    fields.setdefault("opened_on", TODAY - dt.timedelta(days=10))
    complaint = store.complaints.create(Complaint(title=title, **fields))
    path = {
        ComplaintStatus.IN_PROGRESS: [ComplaintStatus.IN_PROGRESS],
        ComplaintStatus.RESOLVED: [ComplaintStatus.RESOLVED],
        ComplaintStatus.CLOSED: [ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED],
    }.get(status, [])
    for step in path:
        complaint = store.complaints.change_status(complaint.id, step)
    return complaint


def cell(model: M, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def row_for(model: M, complaint_id: int) -> int:
    row = model.row_of(complaint_id)
    assert row >= 0
    return row


def test_model_passes_qt_model_tester_with_data(qtmodeltester, residence_store):
    fill(residence_store, 40)
    model = M(residence_store)
    qtmodeltester.check(model, force_py=True)
    model.set_query(ComplaintQuery(statuses=OPEN_STATUSES))
    model.sort(M.TITLE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_model_reads_only_the_pages_looked_at(residence_store):
    place = residence_store.places.resolve(PlaceRef(entrance_id=residence_store.places.entrances()[0].id))
    other = category(residence_store, "Other")
    residence_store.complaints.insert_many(
        Complaint(title=f"Réclamation {n}", category_id=other, place=place, opened_on=TODAY)
        for n in range(3000)
    )
    model = M(residence_store)

    assert model.rowCount() == 3000
    assert model.page_loads == 0
    page = 2500 // M.PAGE_SIZE
    first, last = page * M.PAGE_SIZE, (page + 1) * M.PAGE_SIZE - 1
    assert cell(model, 2500, M.TITLE).startswith("Réclamation ")
    assert model.page_loads == 1
    cell(model, first, M.PLACE)
    cell(model, last, M.STATUS)
    assert model.page_loads == 1
    assert model.loaded_pages() == [page]
    # Reading every row keeps only a few pages in memory.
    for row in range(0, 3000, 50):
        cell(model, row, M.TITLE)
    assert model.page_loads == 3000 // M.PAGE_SIZE + 1
    assert len(model.loaded_pages()) <= M.MAX_PAGES


def test_a_view_scrolled_to_the_end_fetches_one_page_more(qtbot, residence_store):
    from PySide6.QtWidgets import QTableView

    other = category(residence_store, "Other")
    residence_store.complaints.insert_many(
        Complaint(title=f"Fuite n°{n}", category_id=other, opened_on=TODAY) for n in range(2000)
    )
    model = M(residence_store)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    view.grab()
    loads_at_top = model.page_loads
    assert 1 <= loads_at_top <= 2
    view.scrollToBottom()
    view.grab()
    assert model.page_loads - loads_at_top <= 2
    assert 2000 // M.PAGE_SIZE - 1 in model.loaded_pages()


def test_columns_show_what_a_representative_reads(residence_store):
    caretaker = residence_store.people.save(Person(name="Mme Leroy", role=Role.TENANT))
    lift = add(residence_store, "Ascenseur en panne", category_id=category(residence_store, "Lift"),
               place=PlaceRef(entrance_id=residence_store.places.entrances()[0].id),
               reporter_id=caretaker.id, reporter_confidential=True, urgency=Urgency.URGENT,
               opened_on=dt.date(2026, 2, 3), due_on=dt.date(2026, 3, 1), external_ref="RC-1234",
               status=ComplaintStatus.IN_PROGRESS)
    model = M(residence_store)
    row = row_for(model, lift.id)
    locale = QLocale()
    assert cell(model, row, M.ID) == str(lift.id)
    short = QLocale.FormatType.ShortFormat
    assert cell(model, row, M.OPENED_ON) == locale.toString(dt.date(2026, 2, 3), short)
    assert cell(model, row, M.TITLE) == "Ascenseur en panne"
    assert cell(model, row, M.CATEGORY) == "Lift"
    assert cell(model, row, M.PLACE) == "Bâtiment A › Entrée 1"
    assert cell(model, row, M.STATUS) == "In progress"
    assert cell(model, row, M.URGENCY) == "Urgent (safety)"
    assert cell(model, row, M.EXTERNAL_REF) == "RC-1234"
    # Overdue is said in words, not only in red, and explained in the tooltip.
    assert cell(model, row, M.DUE_ON) == "⚠ overdue"
    due = locale.toString(dt.date(2026, 3, 1), QLocale.FormatType.LongFormat)
    explained = f"Overdue: it was due on {due}, 11 days ago."
    assert cell(model, row, M.DUE_ON, Qt.ItemDataRole.ToolTipRole) == explained
    assert cell(model, row, M.DUE_ON, Qt.ItemDataRole.AccessibleTextRole) == explained
    # A confidential reporter's name never appears in the list.
    assert cell(model, row, M.REPORTER) == "Confidential"
    for column in range(M.COLUMN_COUNT):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, M.SortRole):
            assert "Leroy" not in str(cell(model, row, column, role))
    assert cell(model, row, M.ID, M.ComplaintIdRole) == lift.id
    assert cell(model, row, M.OPENED_ON, M.SortRole) == "2026-02-03"
    assert model.complaint_id(row) == lift.id


def test_due_date_not_passed_or_complaint_closed_is_not_overdue(residence_store):
    future = add(residence_store, "Porte du hall", due_on=dt.date(2026, 4, 1))
    closed = add(residence_store, "Interphone", opened_on=dt.date(2026, 2, 1), due_on=dt.date(2026, 3, 1),
                 status=ComplaintStatus.CLOSED)
    model = M(residence_store)
    for complaint in (future, closed):
        text = cell(model, row_for(model, complaint.id), M.DUE_ON)
        assert "overdue" not in text and text


def test_duplicate_status_names_the_original(residence_store):
    first = add(residence_store, "Cafards au sous-sol")
    second = add(residence_store, "Cafards cave")
    residence_store.complaints.change_status(second.id, ComplaintStatus.DUPLICATE, duplicate_of=first.id)
    model = M(residence_store)
    assert cell(model, row_for(model, second.id), M.STATUS) == f"Duplicate of #{first.id}"


def test_labels_and_headers_are_french_when_french_is_chosen(qapp, residence_store):
    from desktop.ui import translator

    complaint = add(residence_store, "Chauffage", status=ComplaintStatus.IN_PROGRESS, urgency=Urgency.HIGH)
    model = M(residence_store)
    # Windows closed by earlier tests (their databases closed) must not hear the language change.
    for leftover in QApplication.topLevelWidgets():
        if leftover.parentWidget() is None and not leftover.isVisible():
            leftover.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    translator.install(qapp, "fr")
    try:
        row = row_for(model, complaint.id)
        assert cell(model, row, M.STATUS) == "En cours"
        assert cell(model, row, M.URGENCY) == "Élevée"
        assert model.headerData(M.OPENED_ON, Qt.Orientation.Horizontal) == "Ouverte le"
        assert cell(model, row, M.OPENED_ON) == "02/03/2026"
    finally:
        translator.install(qapp, "en")


@pytest.mark.parametrize(
    ("column", "key"),
    [(M.TITLE, SortKey.TITLE), (M.OPENED_ON, SortKey.OPENED_ON), (M.DUE_ON, SortKey.DUE_ON),
     (M.STATUS, SortKey.STATUS), (M.ID, SortKey.ID)],
)
def test_sorting_is_done_by_the_store(residence_store, column, key):
    fill(residence_store, 30)
    model = M(residence_store)
    model.set_query(ComplaintQuery(statuses=None))
    model.sort(column, Qt.SortOrder.AscendingOrder)
    expected = residence_store.complaints.query_ids(ComplaintQuery(sort=key, descending=False))
    assert [model.complaint_id(r) for r in range(model.rowCount())] == expected
    model.sort(column, Qt.SortOrder.DescendingOrder)
    expected = residence_store.complaints.query_ids(ComplaintQuery(sort=key, descending=True))
    assert [model.complaint_id(r) for r in range(model.rowCount())] == expected


def test_columns_the_store_cannot_sort_keep_the_order(residence_store):
    fill(residence_store, 20)
    model = M(residence_store)
    before = [model.complaint_id(r) for r in range(model.rowCount())]
    model.sort(M.REPORTER, Qt.SortOrder.AscendingOrder)
    assert [model.complaint_id(r) for r in range(model.rowCount())] == before
    assert model.query.sort == SortKey.OPENED_ON


def test_refresh_shows_new_and_changed_complaints(residence_store):
    first = add(residence_store, "Éclairage cave")
    model = M(residence_store)
    assert model.rowCount() == 1
    add(residence_store, "Éclairage parking")
    changed = residence_store.complaints.get(first.id)
    changed.title = "Éclairage cave B"
    residence_store.complaints.update(changed)
    model.refresh()
    assert model.rowCount() == 2
    assert cell(model, row_for(model, first.id), M.TITLE) == "Éclairage cave B"


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period.THIS_QUARTER, (dt.date(2026, 1, 1), None)),
        (Period.LAST_QUARTER, (dt.date(2025, 10, 1), dt.date(2025, 12, 31))),
        (Period.THIS_YEAR, (dt.date(2026, 1, 1), None)),
        (Period.LAST_12_MONTHS, (dt.date(2025, 3, 13), None)),
        (Period.ALL, (None, None)),
    ],
)
def test_periods_cover_the_right_dates(period, expected):
    assert period_range(period, TODAY) == expected


def test_last_quarter_from_the_first_quarter_and_leap_day():
    summer = dt.date(2026, 8, 20)
    assert period_range(Period.LAST_QUARTER, summer) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert period_range(Period.LAST_12_MONTHS, dt.date(2028, 2, 29))[0] == dt.date(2027, 3, 1)


def test_a_painted_cell_shows_what_the_model_says_in_bold_red_when_overdue_or_urgent(residence_store, qapp):
    # A view paints from one call per cell (multiData): the same texts, colours and weights.
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from desktop.ui.complaints.model import OVERDUE_COLOUR

    lift = add(residence_store, "Ascenseur en panne", urgency=Urgency.URGENT, opened_on=dt.date(2026, 2, 3),
               due_on=dt.date(2026, 3, 1), status=ComplaintStatus.IN_PROGRESS)
    calm = add(residence_store, "Tags dans le hall", due_on=dt.date(2026, 4, 1))
    model = M(residence_store)
    delegate = QStyledItemDelegate()
    for complaint, emphasised in ((lift, {M.DUE_ON, M.URGENCY}), (calm, set())):
        row = row_for(model, complaint.id)
        for column in range(M.COLUMN_COUNT):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == cell(model, row, column)
            red = option.palette.color(QPalette.ColorRole.Text) == OVERDUE_COLOUR
            assert (option.font.bold() and red) == (column in emphasised)
            right = bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight)
            assert right == (column == M.ID)
    assert cell(model, row_for(model, lift.id), M.DUE_ON) == "⚠ overdue"
    french, before = QLocale(QLocale.Language.French, QLocale.Country.France), QLocale()
    QLocale.setDefault(french)
    try:
        model.retranslate()  # texts made in the language before are made again
        index = model.index(row_for(model, calm.id), M.DUE_ON)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert option.text == french.toString(dt.date(2026, 4, 1), QLocale.FormatType.ShortFormat)
    finally:
        QLocale.setDefault(before)
