"""The complaint register page, used as a person would: typing, clicking, pressing keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.complaints import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    ComplaintQuery,
    ComplaintStatus,
    SortKey,
)
from desktop.domain.places import PlaceRef
from desktop.ui.complaints.model import ComplaintTableModel as M
from desktop.ui.complaints.page import ComplaintsPage
from tests.ui.register_samples import fill
from tests.ui.test_register_model import TODAY, add, category


@pytest.fixture
def page(qtbot, residence_store, events):
    view = ComplaintsPage(residence_store, events)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def lifts(residence_store):
    """A register with two lift complaints among others, one of them in building B."""
    store = residence_store
    entrances = store.places.entrances()
    lift = category(store, "Lift")
    elec = category(store, "Electricity")
    made = {
        "lift_a": add(store, "Ascenseur en panne", category_id=lift,
                      place=PlaceRef(entrance_id=entrances[0].id), due_on=TODAY - dt.timedelta(days=2)),
        "lift_b": add(store, "L'ascenseur fait un bruit inquiétant", category_id=lift,
                      place=PlaceRef(entrance_id=entrances[2].id), status=ComplaintStatus.IN_PROGRESS),
        "elec": add(store, "Électricité coupée dans la cave", category_id=elec,
                    place=PlaceRef(entrance_id=entrances[1].id)),
        "elec2": add(store, "Prise électrique arrachée au palier", category_id=elec,
                     place=PlaceRef(entrance_id=entrances[2].id)),
        "closed": add(store, "Fuite au plafond", place=PlaceRef(entrance_id=entrances[0].id),
                      status=ComplaintStatus.CLOSED),
    }
    return made


def shown_ids(page) -> list[int]:
    return [page.model.complaint_id(row) for row in range(page.model.rowCount())]


def shown_titles(page) -> list[str]:
    return [page.model.index(row, M.TITLE).data() for row in range(page.model.rowCount())]


def choose(combo, data) -> None:
    """Pick an entry of a drop-down list, as a click on it would."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key; accented letters as a French keyboard sends them (QTest's
    keyClicks only knows ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def visible_dialog(kind_name: str):
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == kind_name and widget.isVisible():
            return widget
    return None


def test_typing_in_the_search_box_shows_only_the_lift_complaints(qtbot, lifts, page):
    qtbot.keyClicks(page.filters.search, "ascen")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert sorted(shown_ids(page)) == sorted([lifts["lift_a"].id, lifts["lift_b"].id])
    assert "Showing 2 complaints" in page.counts.text()


def test_search_ignores_accents_and_capitals(qtbot, lifts, page):
    type_text(qtbot, page.filters.search, "élec")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert set(shown_titles(page)) == {
        "Électricité coupée dans la cave", "Prise électrique arrachée au palier"}
    page.filters.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    qtbot.keyClicks(page.filters.search, "ELEC")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_a_search_that_finds_nothing_says_so_and_offers_to_clear(qtbot, lifts, page):
    qtbot.keyClicks(page.filters.search, "piscine")
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 1)
    assert "No complaint matches “piscine”" in page.empty_label.text()
    assert page.empty_clear.isVisible()
    qtbot.mouseClick(page.empty_clear, Qt.MouseButton.LeftButton)
    assert page.filters.search.text() == ""
    assert page.stack.currentIndex() == 0
    assert page.model.rowCount() == 4


def test_an_empty_register_invites_to_log_a_complaint(page):
    assert page.stack.currentIndex() == 1
    assert page.empty_label.text() == "No complaint yet. Press Ctrl+N to log one."
    assert not page.empty_clear.isVisible()


def test_the_register_opens_on_open_complaints_with_counts(lifts, page):
    assert sorted(shown_ids(page)) == sorted(c.id for k, c in lifts.items() if k != "closed")
    assert page.counts.text() == "4 open, 1 overdue  ·  Showing 4 complaints"


def test_status_filters(lifts, page, residence_store):
    choose(page.filters.status, "closed")
    assert shown_ids(page) == [lifts["closed"].id]
    assert page.counts.text().endswith("Showing 1 complaint")
    choose(page.filters.status, "all")
    assert page.model.rowCount() == 5
    choose(page.filters.status, ComplaintStatus.IN_PROGRESS.value)
    assert shown_ids(page) == [lifts["lift_b"].id]
    choose(page.filters.status, "overdue")
    assert shown_ids(page) == [lifts["lift_a"].id]
    assert residence_store.complaints.get(lifts["lift_a"].id).is_overdue(TODAY)


def test_building_and_entrance_filters(lifts, page, residence_store):
    building_b = [b for b in residence_store.places.buildings() if b.name == "Bâtiment B"][0]
    choose(page.filters.building, building_b.id)
    assert sorted(shown_ids(page)) == sorted([lifts["lift_b"].id, lifts["elec2"].id])
    # The entrance list now holds only the entrances of building B.
    entrances = [page.filters.entrance.itemText(i) for i in range(1, page.filters.entrance.count())]
    assert entrances == ["Entrée 3"]
    choose(page.filters.building, None)
    entrance_two = residence_store.places.entrances()[1]
    choose(page.filters.entrance, entrance_two.id)
    assert shown_ids(page) == [lifts["elec"].id]


def test_overdue_check_box_category_and_urgency(qtbot, lifts, page, residence_store):
    page.filters.overdue.click()
    assert shown_ids(page) == [lifts["lift_a"].id]
    page.filters.overdue.click()
    choose(page.filters.category, category(residence_store, "Electricity"))
    assert sorted(shown_ids(page)) == sorted([lifts["elec"].id, lifts["elec2"].id])
    choose(page.filters.urgency, "urgent")
    assert page.model.rowCount() == 0
    assert page.empty_label.text() == "No complaint matches these filters."
    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 4


def test_period_filter_with_custom_dates(page, residence_store):
    old = add(residence_store, "Vieille fuite", opened_on=dt.date(2025, 5, 4))
    recent = add(residence_store, "Nouvelle fuite", opened_on=dt.date(2026, 2, 20))
    page.refresh()
    choose(page.filters.period, "this_quarter")
    assert shown_ids(page) == [recent.id]
    choose(page.filters.period, "custom")
    assert page.filters.date_from.isVisible()
    page.filters.date_from.setDate(dt.date(2025, 5, 1))
    page.filters.date_to.setDate(dt.date(2025, 5, 31))
    assert shown_ids(page) == [old.id]


def test_clicking_a_column_title_sorts_by_it(qtbot, page, residence_store):
    fill(residence_store, 30)
    page.refresh()
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(M.TITLE) + header.sectionSize(M.TITLE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    expected = residence_store.complaints.query_ids(
        ComplaintQuery(statuses=OPEN_STATUSES, sort=SortKey.TITLE, descending=False))
    assert header.sortIndicatorSection() == M.TITLE
    assert shown_ids(page) == expected
    titles = shown_titles(page)
    assert titles == sorted(titles, key=str.casefold)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert shown_ids(page) == expected[::-1]


def test_sorting_is_kept_when_filters_change(qtbot, page, residence_store):
    fill(residence_store, 30)
    page.refresh()
    page.table.sortByColumn(M.TITLE, Qt.SortOrder.AscendingOrder)
    choose(page.filters.status, "all")
    expected = residence_store.complaints.query_ids(ComplaintQuery(sort=SortKey.TITLE, descending=False))
    assert shown_ids(page) == expected


def test_enter_on_a_row_opens_that_complaint(qtbot, lifts, page):
    target = lifts["elec"]
    assert page.select_complaint(target.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible_dialog("ComplaintDialog") is not None)
    dialog = visible_dialog("ComplaintDialog")
    assert dialog.complaint.id == target.id
    dialog.reject()


def test_double_click_opens_the_complaint(qtbot, lifts, page):
    target = lifts["lift_b"]
    row = page.model.row_of(target.id)
    rect = page.table.visualRect(page.model.index(row, M.TITLE))
    # QTest reports a double click only after a first click, as the hand makes it.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert visible_dialog("ComplaintDialog") is None
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: visible_dialog("ComplaintDialog") is not None)
    assert visible_dialog("ComplaintDialog").complaint.id == target.id
    visible_dialog("ComplaintDialog").reject()


def test_new_complaint_button_opens_an_empty_form(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_dialog("ComplaintDialog") is not None)
    assert visible_dialog("ComplaintDialog").complaint is None
    visible_dialog("ComplaintDialog").reject()


def test_a_change_elsewhere_refreshes_and_keeps_the_selection(qtbot, lifts, page, residence_store, events):
    assert page.select_complaint(lifts["elec2"].id)
    add(residence_store, "Ascenseur encore en panne", opened_on=TODAY)
    events.complaints_changed.emit()
    assert page.model.rowCount() == 5
    assert page.selected_id() == lifts["elec2"].id
    assert page.counts.text().startswith("5 open")


def test_a_new_category_appears_in_the_filter(page, residence_store, events):
    from desktop.domain.complaints import Category

    residence_store.categories.save(Category(name="Antennes"))
    events.categories_changed.emit()
    texts = [page.filters.category.itemText(i) for i in range(page.filters.category.count())]
    assert "Antennes" in texts


def test_columns_can_be_shown_and_hidden(page):
    header = page.table.horizontalHeader()
    assert header.isSectionHidden(M.REPORTER)
    page.table.fill_columns_menu(page.columns_menu)
    action = [a for a in page.columns_menu.actions() if a.text() == "Reported by"][0]
    action.trigger()
    assert not header.isSectionHidden(M.REPORTER)


def test_every_control_has_an_accessible_name(page):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QDateEdit,
        QLineEdit,
        QWidget,
    )

    widgets = [w for kind in (QAbstractButton, QComboBox, QLineEdit, QDateEdit, QAbstractItemView)
               for w in page.findChildren(kind)]
    assert len(widgets) > 15
    for widget in widgets:
        if isinstance(widget.parent(), (QLineEdit, QComboBox, QDateEdit)) or \
                widget.objectName().startswith("qt_"):
            continue  # parts of a compound control (the search box's clear button...)
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QDateEdit)):
            continue
        if isinstance(widget, QAbstractItemView) and isinstance(widget.parent(), QWidget) \
                and not widget.parent().isVisible():
            continue  # the hidden pop-up list of a drop-down
        assert widget.accessibleName(), widget


def test_ctrl_f_in_the_main_window_goes_to_the_search_box(qtbot, window):
    page = window.pages["complaints"]
    add(window.store, "Ascenseur en panne")
    window.events.complaints_changed.emit()
    window.show_page("dashboard")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is page
    qtbot.waitUntil(lambda: page.filters.search.hasFocus())


def test_down_arrow_in_the_search_box_goes_to_the_first_result(qtbot, lifts, page):
    qtbot.keyClicks(page.filters.search, "ascen")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.selected_id() == page.model.complaint_id(0)
    assert page.model.rowCount() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: visible_dialog("ComplaintDialog") is not None)
    assert visible_dialog("ComplaintDialog").complaint.id == page.model.complaint_id(0)
    visible_dialog("ComplaintDialog").reject()


def test_closed_statuses_group_matches_the_domain(page):
    choose(page.filters.status, "closed")
    assert page.filters.query().statuses == CLOSED_STATUSES


def test_import_button_opens_the_import_wizard(qtbot, lifts, page):
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_dialog("ImportWizard") is not None)
    visible_dialog("ImportWizard").reject()


def test_export_writes_the_complaints_the_filters_show(qtbot, lifts, page, events, tmp_path, monkeypatch):
    from desktop.ui.importing import export

    target = tmp_path / "register.csv"
    monkeypatch.setattr(export, "ask_path", lambda parent: str(target))
    qtbot.keyClicks(page.filters.search, "ascen")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    with qtbot.waitSignal(events.message, timeout=10_000) as said:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "2 complaints exported" in said.args[0]
    text = target.read_text(encoding="utf-8-sig")
    assert "Ascenseur en panne" in text and "inquiétant" in text
    assert "Électricité" not in text


def test_a_saved_form_selects_its_complaint_in_the_list(qtbot, lifts, page, residence_store, events):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_dialog("ComplaintDialog") is not None)
    dialog = visible_dialog("ComplaintDialog")
    # What the form does once it has saved (its own tests type into it).
    saved = add(residence_store, "Ascenseur à nouveau bloqué").id
    events.complaints_changed.emit()
    dialog.saved.emit(saved)
    assert page.model.row_of(saved) >= 0
    assert page.selected_id() == saved
    dialog.reject()


def test_ctrl_n_in_the_main_window_opens_a_new_complaint_form(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: visible_dialog("ComplaintDialog") is not None)
    assert visible_dialog("ComplaintDialog").complaint is None
    assert window.current_page() is window.pages["complaints"]
    visible_dialog("ComplaintDialog").reject()
