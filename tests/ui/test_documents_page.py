"""The Reports page, used as a person would: choose, preview, save, print, cancel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.dates import long_date
from desktop.services.demo import build_demo
from desktop.ui.documents import output
from desktop.ui.documents import page as page_module
from desktop.ui.documents.choices import MeetingChoiceModel
from desktop.ui.documents.page import DocumentsPage, last_quarter
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def demo_store(store):
    build_demo(store, complaints=60)
    return store


@pytest.fixture
def documents(qtbot, demo_store, events):
    widget = DocumentsPage(demo_store, events)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    widget.shutdown()


def _newest_meeting(store):
    return max(store.meetings.list(), key=lambda m: m.date)


def choose_kind(qtbot, documents, kind: str) -> None:
    """Click a document's radio button on its circle, as a person does (a click right of a short
    label's text is not a click on the button)."""
    from PySide6.QtCore import QPoint

    button = documents.kind_buttons[kind]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(12, button.height() // 2))


def _choose_minutes(qtbot, documents):
    choose_kind(qtbot, documents, "minutes")
    documents.meeting_combo.setFocus()
    qtbot.keyClick(documents.meeting_combo, Qt.Key.Key_Home)
    return documents.model.meetings[documents.meeting_combo.currentIndex()]


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_meetings_newest_first_with_date_in_words_and_status(documents, demo_store):
    combo = documents.meeting_combo
    newest = _newest_meeting(demo_store)
    assert combo.count() == len(demo_store.meetings.list())
    assert combo.itemText(0).startswith(long_date(newest.date, weekday=True))
    assert "—" in combo.itemText(0)


def test_preview_minutes_shows_page_one_of_n(qtbot, documents, events):
    _choose_minutes(qtbot, documents)
    with qtbot.waitSignal(events.message):
        qtbot.mouseClick(documents.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: documents.preview.page_count >= 1)
    count = documents.preview.page_count
    assert documents.preview.page_label.text() == f"Page 1 / {count}"
    assert not documents.preview.image.pixmap().isNull()
    if count > 1:
        qtbot.mouseClick(documents.preview.next_button, Qt.MouseButton.LeftButton)
        assert documents.preview.page_label.text() == f"Page 2 / {count}"
    width = documents.preview.image.pixmap().width()
    qtbot.keyClick(documents.preview.scroll, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    larger = documents.preview.image.pixmap().width()
    assert larger > width
    qtbot.keyClick(documents.preview.scroll, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert documents.preview.image.pixmap().width() < larger


def test_save_as_pdf_writes_the_minutes(qtbot, documents, demo_store, events, tmp_path, monkeypatch):
    meeting = _choose_minutes(qtbot, documents)
    target = tmp_path / "minutes.pdf"
    asked = []
    monkeypatch.setattr(output, "ask_save_path", lambda parent, suggested: asked.append(suggested) or str(target))
    messages = []
    events.message.connect(messages.append)
    qtbot.mouseClick(documents.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists())
    assert target.read_bytes().startswith(b"%PDF")
    assert long_date(meeting.date) in _text(target)
    assert asked[0].endswith(f"{meeting.date.isoformat()}.pdf")
    # The next save opens where this one went (the walk: always in the home folder).
    qtbot.mouseClick(documents.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert Path(asked[1]).parent == tmp_path
    assert any(str(target) in message for message in messages)
    assert not list(tmp_path.glob(".palier-*"))


def test_cancel_discards_the_document_being_prepared(qtbot, documents, tmp_path, monkeypatch):
    release, started = threading.Event(), threading.Event()
    real = page_module.build_meeting_document

    def slow(kind, minutes, context):
        started.set()
        release.wait(10)
        return real(kind, minutes, context)

    monkeypatch.setattr(page_module, "build_meeting_document", slow)
    saved = []
    monkeypatch.setattr(output, "ask_save_path", lambda parent, suggested: saved.append(suggested) or "")
    _choose_minutes(qtbot, documents)
    qtbot.mouseClick(documents.save_button, Qt.MouseButton.LeftButton)
    assert documents.cancel_button.isVisible() and documents.is_busy()
    assert not documents.save_button.isEnabled()
    qtbot.waitUntil(started.is_set)
    qtbot.mouseClick(documents.cancel_button, Qt.MouseButton.LeftButton)
    assert not documents.cancel_button.isVisible() and documents.save_button.isEnabled()
    release.set()
    documents.pool.waitForDone()
    qtbot.waitUntil(lambda: not documents._jobs)  # the finished signal arrived and was ignored
    assert documents.preview.page_count == 0 and documents.pdf is None
    assert saved == []


def test_print_to_a_pdf_printer(qtbot, documents, tmp_path, monkeypatch, events):
    target = tmp_path / "printed.pdf"

    def accept_at_once(printer, parent, accepted):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        accepted(printer)

    monkeypatch.setattr(output, "open_print_dialog", accept_at_once)
    choose_kind(qtbot, documents, "agenda")
    with qtbot.waitSignal(events.message) as blocker:
        qtbot.mouseClick(documents.print_button, Qt.MouseButton.LeftButton)
    assert "printer" in blocker.args[0]
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(str(target)).pages) == documents.preview.page_count


def test_register_for_a_period_previews_with_steps(qtbot, documents, demo_store):
    start, end = last_quarter(demo_store.complaints.today())
    # Today is 12 March 2026 and the newest meeting is still to come: the three months before today.
    assert documents.from_edit.date().toPython() == start == dt.date(2025, 12, 1)
    assert documents.to_edit.date().toPython() == end == dt.date(2026, 2, 28)
    choose_kind(qtbot, documents, "register")
    assert documents.from_edit.isEnabled() and not documents.meeting_combo.isEnabled()
    documents.from_edit.setFocus()
    documents.from_edit.setDate(documents.from_edit.date().addYears(-3))
    qtbot.mouseClick(documents.preview_button, Qt.MouseButton.LeftButton)
    assert documents.progress.maximum() == 2
    qtbot.waitUntil(lambda: documents.preview.page_count >= 1)
    assert documents.preview.page_label.text().startswith("Page 1 / ")
    assert documents.pdf_key[0] == "register"


def test_period_ending_before_it_starts_is_refused(qtbot, documents, monkeypatch):
    errors = []
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda parent, text: errors.append(text))
    choose_kind(qtbot, documents, "register")
    documents.to_edit.setDate(documents.from_edit.date().addDays(-1))
    qtbot.mouseClick(documents.preview_button, Qt.MouseButton.LeftButton)
    assert errors and "before it starts" in errors[0]
    assert not documents.is_busy()


def test_every_control_is_named(documents):
    assert unnamed_controls(documents) == []


def test_meeting_choice_model(qtmodeltester, demo_store):
    qtmodeltester.check(MeetingChoiceModel(demo_store))


def test_main_window_reports_entry_shows_the_documents(window):
    window.navigation.setCurrentRow(window.PAGES.index("reports"))
    assert isinstance(window.current_page(), DocumentsPage)


def test_saving_a_document_never_writes_over_the_database(tmp_path):
    """The save dialog returns the database's own name without .pdf: the suffix is added, and a
    name the dialog did not ask about is never replaced; the database itself never."""
    from desktop.domain.errors import UserError
    from desktop.ui.documents import output

    database = tmp_path / "palier.db"
    from desktop.store import Store

    Store.open(database).close()
    before = database.read_bytes()
    with pytest.raises(UserError, match="never writes over"):
        output.write_file(database, b"%PDF-1.4", ".db", database)
    existing = tmp_path / "notes.pdf"
    existing.write_bytes(b"mine")
    with pytest.raises(UserError, match="already exists"):
        output.write_file(tmp_path / "notes", b"%PDF-1.4", ".pdf", database)
    assert database.read_bytes() == before and existing.read_bytes() == b"mine"
    assert output.write_file(existing, b"%PDF-1.4", ".pdf", database) == existing  # the dialog asked


@pytest.mark.parametrize(("day", "start", "end"), [
    (dt.date(2026, 12, 10), dt.date(2026, 9, 1), dt.date(2026, 11, 30)),  # a December meeting: not July
    (dt.date(2027, 1, 21), dt.date(2026, 10, 1), dt.date(2026, 12, 31)),
    (dt.date(2024, 3, 1), dt.date(2023, 12, 1), dt.date(2024, 2, 29)),
])
def test_the_last_full_quarter_is_the_three_whole_months_before(day, start, end):
    assert last_quarter(day) == (start, end)


def test_the_register_period_follows_the_chosen_meeting_until_set_by_hand(qtbot, documents, demo_store):
    held = max((m for m in demo_store.meetings.list() if m.status.has_taken_place), key=lambda m: m.date)
    assert held.date == dt.date(2026, 1, 29)
    choose_kind(qtbot, documents, "minutes")
    documents.meeting_combo.setFocus()
    qtbot.keyClick(documents.meeting_combo, Qt.Key.Key_Down)  # from the coming meeting to the January one
    assert documents.meeting_id() == held.id
    choose_kind(qtbot, documents, "register")
    assert documents.period() == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    documents.from_edit.setFocus()
    documents.from_edit.setDate(documents.from_edit.date().addYears(-1))
    choose_kind(qtbot, documents, "minutes")
    qtbot.keyClick(documents.meeting_combo, Qt.Key.Key_Home)
    choose_kind(qtbot, documents, "register")
    assert documents.period() == (dt.date(2024, 10, 1), dt.date(2025, 12, 31)), "a period set by hand stays"


def test_choosing_another_meeting_takes_the_old_preview_away(qtbot, documents, demo_store):
    """The walk: after choosing another meeting, the preview still showed the previous draft."""
    documents.select("minutes", _newest_meeting(demo_store).id)
    qtbot.mouseClick(documents.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: documents.preview.document is not None, timeout=20_000)
    documents.meeting_combo.setCurrentIndex(1)  # the meeting before
    assert documents.preview.document is None
    assert "Preview" in documents.preview.image.text()


def test_print_through_the_real_print_dialog(qtbot, documents, tmp_path, events):
    """The walk: "Imprimer…" crashed on every click (QPrintDialog has no plain open()); the test
    above replaces the dialog, so it never saw it."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QApplication

    target = tmp_path / "printed.pdf"
    choose_kind(qtbot, documents, "agenda")
    qtbot.mouseClick(documents.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, QPrintDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog) and w.isVisible())
    assert dialog.windowTitle() == "Print the document"
    from PySide6.QtWidgets import QLineEdit

    file_name = dialog.findChild(QLineEdit, "filename")  # no printer here: "Print to File (PDF)"
    file_name.clear()
    qtbot.keyClicks(file_name, str(target))
    with qtbot.waitSignal(events.message) as blocker:
        dialog.accept()
    assert "printer" in blocker.args[0]
    assert target.exists() and target.read_bytes().startswith(b"%PDF")


def test_the_document_follows_the_meeting_until_the_person_picks_one(qtbot, documents):
    """The walk: Documents offered the minutes of a meeting only convened."""
    meetings = documents.model.meetings
    coming = next(i for i, m in enumerate(meetings) if not m.status.has_taken_place)
    held = next(i for i, m in enumerate(meetings) if m.status.has_taken_place)
    documents.meeting_combo.setCurrentIndex(coming)
    assert documents.kind() == "agenda"
    documents.meeting_combo.setCurrentIndex(held)
    assert documents.kind() == "minutes"
    choose_kind(qtbot, documents, "attendance")
    documents.meeting_combo.setCurrentIndex(coming)
    assert documents.kind() == "attendance"
