"""Dashboard: the figures a representative checks first, and the complaints to chase."""

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.domain.complaints import Complaint, ComplaintStatus, Urgency
from desktop.domain.places import PlaceRef
from desktop.ui.dashboard import DashboardPage
from desktop.ui.dashboard_models import ComplaintListModel, CountTableModel

TODAY = dt.date(2026, 3, 12)  # the fixed clock of the fixtures


def complaint(store, title, category, place=None, opened=dt.date(2026, 1, 5), due=None,
              urgency=Urgency.NORMAL):
    category_id = next(c.id for c in store.categories.list() if c.name == category)
    return store.complaints.create(Complaint(
        title=title, category_id=category_id, place=place or PlaceRef(), opened_on=opened,
        due_on=due, urgency=urgency))


@pytest.fixture
def filled(residence_store):
    store = residence_store
    entrances = store.places.entrances()
    a, b = PlaceRef(entrance_id=entrances[0].id), PlaceRef(entrance_id=entrances[2].id)
    complaint(store, "Ascenseur en panne", "Lift", a, dt.date(2025, 11, 2), dt.date(2025, 12, 1), Urgency.URGENT)
    complaint(store, "Ascenseur bruyant", "Lift", a, dt.date(2026, 2, 1), dt.date(2026, 3, 1))
    complaint(store, "Radiateur froid", "Heating", b, dt.date(2026, 1, 10), dt.date(2026, 4, 1))
    complaint(store, "Tags", "Cleanliness of common areas", None, dt.date(2025, 10, 1))
    done = complaint(store, "Ampoule", "Lighting", b, dt.date(2025, 9, 1), dt.date(2025, 9, 2))
    store.complaints.change_status(done.id, ComplaintStatus.RESOLVED)
    return store


@pytest.fixture(autouse=True)
def british_dates():
    """Dates are shown in the user's locale; these tests read them as a British user would."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def page(qtbot, filled, events):
    widget = DashboardPage(filled, events)
    qtbot.addWidget(widget)
    widget.resize(1100, 900)
    widget.show()
    return widget


def rows(model):
    return [[model.index(r, c).data() for c in range(model.columnCount() - 1)] for r in range(model.rowCount())]


def test_the_big_figures_match_the_store(page, filled):
    summary = filled.statistics.summary(TODAY)
    assert (summary.open, summary.overdue, summary.urgent_open) == (4, 2, 1)
    assert page.figures["open"].number.text() == "4"
    assert page.figures["open"].caption.text() == "open complaints"
    assert page.figures["overdue"].number.text() == "2"
    assert page.figures["urgent"].number.text() == "1"
    assert page.figures["overdue"].accessibleName() == "overdue: 2"
    assert "Les Tilleuls" in page.title.text()


def test_open_complaints_are_counted_by_category_and_by_building(page):
    assert rows(page.by_category) == [
        ["Lift", "2"], ["Cleanliness of common areas", "1"], ["Heating", "1"]]
    assert rows(page.by_building)[0] == ["Bâtiment A", "2"]
    assert sorted(rows(page.by_building)[1:]) == [["Bâtiment B", "1"], ["No building given", "1"]]
    assert page.by_category.index(0, 2).data(CountTableModel.SHARE_ROLE) == 1.0
    assert page.by_category.index(1, 2).data(CountTableModel.SHARE_ROLE) == 0.5


def test_the_overdue_and_the_oldest_are_listed_with_how_late_they_are(page):
    overdue = [[page.overdue.index(r, c).data() for c in (1, 3, 4)] for r in range(page.overdue.rowCount())]
    assert overdue == [["Ascenseur en panne", "01/12/2025", "101 days"],
                       ["Ascenseur bruyant", "01/03/2026", "11 days"]]
    assert page.oldest.index(0, 1).data() == "Tags"
    assert page.oldest.index(0, 4).data() == "162 days"
    assert page.overdue_note.text() == "Press Enter or double-click to open a complaint."


def test_enter_on_an_overdue_complaint_asks_to_open_it(page, qtbot, filled):
    expected = filled.statistics.overdue(TODAY)[1].id
    page.overdue_table.setFocus()
    page.overdue_table.selectRow(1)
    with qtbot.waitSignal(page.open_complaint) as opened:
        qtbot.keyClick(page.overdue_table, Qt.Key.Key_Return)
    assert opened.args == [expected]


def test_a_double_click_on_the_oldest_asks_to_open_it(page, qtbot, filled):
    expected = filled.statistics.oldest_open()[0].id
    view = page.oldest_table
    rect = view.visualRect(page.oldest.index(0, 1))
    with qtbot.waitSignal(page.open_complaint) as opened:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [expected]


def test_the_dashboard_follows_new_complaints(page, filled, events):
    complaint(filled, "Interphone muet", "Intercom", None, dt.date(2026, 3, 1), dt.date(2026, 3, 5), Urgency.URGENT)
    events.complaints_changed.emit()
    assert page.figures["open"].number.text() == "5"
    assert page.figures["overdue"].number.text() == "3"
    assert page.figures["urgent"].number.text() == "2"
    assert ["Intercom", "1"] in rows(page.by_category)


def test_an_empty_residence_says_so(qtbot, residence_store, events):
    widget = DashboardPage(residence_store, events)
    qtbot.addWidget(widget)
    assert widget.figures["open"].number.text() == "0"
    assert widget.overdue_note.text() == "No complaint is overdue."
    assert widget.oldest_note.text() == "No complaint is open."
    assert widget.meeting.text() == "None planned yet. Plan it on the Meetings page."


def test_long_lists_say_that_the_register_has_the_rest(qtbot, residence_store, events):
    for n in range(7):
        complaint(residence_store, f"Fuite {n}", "Plumbing", None, dt.date(2026, 1, 1), dt.date(2026, 2, 1))
    widget = DashboardPage(residence_store, events)
    qtbot.addWidget(widget)
    assert widget.overdue.rowCount() == 5
    assert widget.overdue_note.text().startswith("The first 5 of 7 are shown")


def test_the_dashboard_models_are_sound_qt_models(page, qtmodeltester):
    for model in (page.by_category, page.by_building, page.overdue, page.oldest):
        qtmodeltester.check(model)
    assert isinstance(page.overdue, ComplaintListModel)


def test_minutes_still_to_approve_are_the_next_step_shown(qtbot, filled, events):
    """The walk: the dashboard never said that the last minutes were still unsigned, and the next
    meeting was three scrolls down."""
    from desktop.services import meetings as service

    meeting = service.plan_meeting(filled, dt.date(2026, 3, 5))
    service.start_meeting(filled, meeting.id)
    for point in filled.agenda.points(meeting.id):
        filled.agenda.update_point_fields(point.id, answer="Réponse")
    service.close_meeting(filled, meeting.id)
    page = DashboardPage(filled, events)
    qtbot.addWidget(page)
    page.show()
    text = page.meeting.text()
    assert "The minutes of the meeting of" in text and "are not approved yet" in text
    assert page.meeting_box.y() < page.boxes["category"].y()  # above the tables, not at the bottom
