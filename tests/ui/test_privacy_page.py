"""A person uses the Privacy page: sets the retention, previews and runs the purge, writes out a
person's data, forgets a person, and reads the audit log."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from desktop.domain.complaints import Complaint, ComplaintStatus
from desktop.domain.people import Person, Role
from desktop.ui import dialogs
from desktop.ui.privacy import page as page_module
from desktop.ui.privacy.audit_model import AuditTableModel
from desktop.ui.privacy.page import PrivacyPage
from tests.ui.test_accessibility import unnamed_controls

OLD = dt.datetime(2019, 6, 1, 9, 0)


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    def unexpected(*args):
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    for name in ("confirm", "show_error", "show_info"):
        monkeypatch.setattr(dialogs, name, unexpected)


@pytest.fixture
def people(residence_store):
    return {key: residence_store.people.save(Person(name=name, role=Role.TENANT, phone="06 12 34 56 78"))
            for key, name in (("odette", "Odette Roux"), ("karim", "Karim Benali"))}


def add_complaint(store, title, description="", reporter_id=None, closed_at=None) -> int:
    category = store.categories.list()[0].id
    complaint = store.complaints.create(Complaint(title=title, category_id=category, description=description,
                                                  reporter_id=reporter_id))
    if closed_at is not None:
        store.complaints.change_status(complaint.id, ComplaintStatus.RESOLVED, when=closed_at)
        store.complaints.change_status(complaint.id, ComplaintStatus.CLOSED, reason="Fait", when=closed_at)
    return complaint.id


@pytest.fixture
def complaints(residence_store, people):
    store = residence_store
    return {
        "old_1": add_complaint(store, "Fuite au sous-sol", "Tuyau percé.", people["odette"].id, OLD),
        "old_2": add_complaint(store, "Bruit", "Karim Benali fait du bruit.", people["odette"].id,
                               OLD + dt.timedelta(days=30)),
        "recent": add_complaint(store, "Porte du hall", "Ferme mal.", people["odette"].id, dt.datetime(2025, 6, 1)),
        "open": add_complaint(store, "Ascenseur", "En panne.", people["karim"].id),
    }


@pytest.fixture
def page(qtbot, residence_store, events, people):
    widget = PrivacyPage(residence_store, events)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def snapshot(store):
    return [list(r) for r in store.db.execute("SELECT * FROM complaints ORDER BY id")]


def test_the_retention_is_set_by_keyboard_and_stored(qtbot, page, residence_store, events):
    assert page.retention.value() == 5
    page.retention.setFocus()
    qtbot.keyClick(page.retention, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.retention, "7")
    with qtbot.waitSignal(events.message) as message:
        qtbot.keyClick(page.retention, Qt.Key.Key_Return)
    assert residence_store.audit.retention_years() == 7
    assert message.args == ["Finished records will be anonymised 7 years after closing."]


def test_the_preview_lists_old_closed_complaints_and_changes_nothing(qtbot, page, residence_store, complaints):
    before, lines = snapshot(residence_store), residence_store.audit.count()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    text = page.purge_result.text()
    assert "Dry run, nothing changed: 2 complaints and 0 liaison forms" in text
    assert f"Complaints: {complaints['old_1']}, {complaints['old_2']}" in text
    assert str(complaints["recent"]) not in text.split("Complaints:")[1]
    assert snapshot(residence_store) == before
    assert residence_store.audit.count() == lines


def test_anonymise_now_asks_then_anonymises_and_the_log_shows_it(qtbot, page, residence_store, events,
                                                                 complaints, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args[1:]) or True)
    with qtbot.waitSignal(events.complaints_changed), qtbot.waitSignal(events.message) as message:
        qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "2 complaints and 0 liaison forms finished before" in asked[0][1]
    assert message.args[0].startswith("2 complaints and 0 liaison forms older than")
    old = residence_store.complaints.get(complaints["old_2"])
    assert old.reporter_id is None and old.reporter_name == "" and old.description == ""
    kept = residence_store.complaints.get(complaints["recent"])
    assert kept.reporter_id is not None
    model = page.table.model()
    lines = residence_store.audit.count()
    assert model.rowCount() == lines  # the complaints' creation, then the purge
    assert model.index(0, AuditTableModel.ACTION).data() == "purged"
    assert model.index(0, AuditTableModel.WHO).data() == "tester"
    assert model.index(0, AuditTableModel.WHAT).data() == "Retention"
    assert str(complaints["old_1"]) in model.index(0, AuditTableModel.DETAIL).data()
    assert page.audit_count.text() == f"{lines} lines, newest first."
    assert model.index(lines - 1, AuditTableModel.ACTION).data() == "created"


def test_anonymise_now_refused_changes_nothing(qtbot, page, residence_store, complaints, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: False)
    before, lines = snapshot(residence_store), residence_store.audit.count()
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    assert snapshot(residence_store) == before
    assert residence_store.audit.count() == lines
    assert "purged" not in [e.action for e in residence_store.audit.list()]


def test_an_access_request_writes_both_files_in_the_chosen_folder(qtbot, page, residence_store, people,
                                                                  complaints, tmp_path, monkeypatch, events):
    folder = tmp_path / "request"
    monkeypatch.setattr(page_module, "ask_folder", lambda parent: str(folder))
    page.person.setFocus()
    qtbot.keyClicks(page.person, "Karim")
    assert page.person.currentText() == "Karim Benali"
    with qtbot.waitSignal(events.message) as message:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    karim = people["karim"].id
    data = json.loads((folder / f"person-{karim}.json").read_text(encoding="utf-8"))
    assert data["person"]["name"] == "Karim Benali"
    assert (folder / f"person-{karim}.pdf").read_bytes().startswith(b"%PDF")
    assert "Karim Benali" in message.args[0]
    assert page.table.model().index(0, AuditTableModel.ACTION).data() == "access request"
    assert page.table.model().index(0, AuditTableModel.WHAT).data() == f"Person {karim} (Karim Benali)"


def test_nobody_is_chosen_at_first_so_nothing_can_be_forgotten_by_mistake(page):
    assert page.person.currentIndex() == -1
    assert not page.forget_button.isEnabled() and not page.export_button.isEnabled()


def test_a_cancelled_folder_choice_writes_nothing(qtbot, page, residence_store, monkeypatch):
    monkeypatch.setattr(page_module, "ask_folder", lambda parent: "")
    lines = residence_store.audit.count()
    page.person.setFocus()
    qtbot.keyClicks(page.person, "Odette")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert residence_store.audit.count() == lines


def test_forgetting_asks_twice_says_signed_minutes_keep_the_name_and_replaces_it(
        qtbot, page, residence_store, people, complaints, monkeypatch, events):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: asked.append(args[1:]) or True)
    page.person.setFocus()
    qtbot.keyClicks(page.person, "Karim")
    with qtbot.waitSignal(events.people_changed):
        qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert "Signed minutes keep the name" in asked[0][1]
    karim = people["karim"].id
    forgotten = residence_store.people.get(karim)
    assert forgotten.name == f"Former tenant #{karim}" and forgotten.phone == ""
    assert "Karim Benali" not in residence_store.complaints.get(complaints["old_2"]).description
    assert page.person.findText("Karim Benali") == -1
    assert page.person.findText(f"Former tenant #{karim}") >= 0
    assert page.table.model().index(0, AuditTableModel.ACTION).data() == "forgotten"


def test_forgetting_stops_at_the_second_question(qtbot, page, residence_store, people, monkeypatch):
    answers = iter([True, False])
    monkeypatch.setattr(dialogs, "confirm", lambda *args: next(answers))
    page.person.setFocus()
    qtbot.keyClicks(page.person, "Karim")
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert residence_store.people.get(people["karim"].id).name == "Karim Benali"


def test_the_audit_model_passes_qt_checks_and_pages(qtmodeltester, residence_store, monkeypatch):
    from desktop.ui.privacy import audit_model

    monkeypatch.setattr(audit_model, "PAGE_SIZE", 3)
    for number in range(7):
        residence_store.audit.record("exported", "complaints", None, f"{number} → /tmp/x.csv")
    residence_store.audit.record("printed", "complaint", 12, "")
    model = AuditTableModel(residence_store)
    model.refresh()
    assert model.rowCount() == 3 and model.total() == 8
    qtmodeltester.check(model)
    assert model.index(0, AuditTableModel.WHAT).data() == "Complaint 12"
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 8
    assert model.index(7, AuditTableModel.DETAIL).data() == "0 → /tmp/x.csv"


def test_every_control_has_an_accessible_name(page, complaints):
    assert unnamed_controls(page) == []


def test_the_main_window_has_a_privacy_page(window):
    window.show_page("privacy")
    assert isinstance(window.current_page(), PrivacyPage)
    assert window.navigation.currentItem().text() == "Privacy"


def test_the_page_speaks_french(qtbot, page, qapp, residence_store):
    from desktop.ui import translator

    residence_store.audit.record("printed", "complaint", 4, "")
    page.load()
    try:
        translator.install(qapp, "fr")
        qtbot.waitUntil(lambda: page.heading.text() == "Données personnelles")
        assert page.forget_button.text() == "&Oublier cette personne…"
        assert page.table.model().headerData(0, Qt.Orientation.Horizontal) == "Quand"
        assert page.table.model().index(0, AuditTableModel.ACTION).data() == "imprimé"
        assert page.table.model().index(0, AuditTableModel.WHAT).data() == "Réclamation 4"
    finally:
        translator.install(qapp, "en")
    qtbot.waitUntil(lambda: page.heading.text() == "Personal data")


def test_the_page_says_until_when_backups_hold_forgotten_data_and_rewrites_them(
        residence_store, people, events, qtbot, monkeypatch):
    from desktop.services import backups, privacy

    store = residence_store
    old = backups.backup(store, now=dt.datetime(2026, 1, 20, 10))
    privacy.forget_person(store, people["odette"].id)
    page = PrivacyPage(store, events)
    qtbot.addWidget(page)
    page.show()
    box = page.backups_box
    assert "1 backup made before" in box.sentence.text() and "01/02/2027" in box.sentence.text()
    assert box.rewrite_button.isEnabled()
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    with qtbot.waitSignal(events.message, timeout=20000) as said:
        qtbot.mouseClick(box.rewrite_button, Qt.MouseButton.LeftButton)
    assert said.args == ["1 backup rewritten: it no longer holds purged or forgotten data."]
    assert b"Odette" not in old.path.read_bytes()
    assert "No backup holds" in box.sentence.text() and not box.rewrite_button.isEnabled()
    box.shutdown()


def test_the_audit_log_names_statuses_in_words_of_the_language(qapp):
    from desktop.ui import translator
    from desktop.ui.privacy.audit_model import detail_text

    assert detail_text("meeting", "status: planned → held") == "Status: Planned → Held"
    translator.install(qapp, "fr")
    try:
        french = detail_text("complaint", "status: passed_to_landlord → in_progress")
        assert french.startswith("Statut") and french.endswith("Transmise au bailleur → En cours")
        assert "held" not in detail_text("meeting", "status: planned → held")
    finally:
        translator.install(qapp, "en")
    assert detail_text("complaint", "exported 12 → /tmp/x.csv") == "exported 12 → /tmp/x.csv"
