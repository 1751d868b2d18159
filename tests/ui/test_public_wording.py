"""Before the posting version is saved or printed, the secretary reads each sentence where a name
or a home was removed or a word is suspected, rewords it, and the confirmed wording is printed."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.domain.agenda import AgendaPoint, AgendaPointKind
from desktop.domain.complaints import Category, Complaint
from desktop.domain.people import Person, Role
from desktop.services import meetings
from desktop.ui.documents import output
from desktop.ui.documents.page import DocumentsPage
from tests.ui.test_documents_page import choose_kind


@pytest.fixture
def disturbance(residence_store):
    store = residence_store
    store.people.save(Person(name="Ahmed Brunet", role=Role.TENANT))
    category = store.categories.save(Category(name="Troubles de voisinage"))
    complaint = store.complaints.create(Complaint(title="Bruit la nuit", category_id=category.id))
    meeting = meetings.plan_meeting(store, dt.date(2026, 6, 11), invite=False)
    store.agenda.add_point(meeting.id, AgendaPoint(
        kind=AgendaPointKind.COMPLAINTS, title="Bruit", complaint_ids=[complaint.id],
        question="BRUNET Ahmed met la musique fort au 3e étage. Le voisin Brunnet se plaint aussi."))
    return store, meeting


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_saving_the_posting_version_asks_to_confirm_the_public_wording_and_prints_it(
        qtbot, disturbance, events, tmp_path, monkeypatch):
    store, meeting = disturbance
    page = DocumentsPage(store, events)
    qtbot.addWidget(page)
    page.show()
    targets = iter([tmp_path / "posting.pdf", tmp_path / "again.pdf"])
    monkeypatch.setattr(output, "ask_save_path", lambda parent, suggested: str(next(targets)))
    choose_kind(qtbot, page, "posting")
    page.select("posting", meeting.id)

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    dialog = page.wording_dialog
    assert dialog is not None and dialog.isVisible()
    shown = [s.automatic for s in dialog.sentences]
    assert "[name withheld] met la musique fort [home withheld]." in shown
    suspected = next(s for s in dialog.sentences if s.suspected)
    assert suspected.suspected == ["Brunnet"]
    editor = dialog.editors[dialog.sentences.index(suspected)]
    editor.selectAll()
    qtbot.keyClicks(editor, "Un voisin se plaint aussi.")
    assert not (tmp_path / "posting.pdf").exists()  # nothing is saved before the wording is confirmed
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: (tmp_path / "posting.pdf").exists())
    text = _text(tmp_path / "posting.pdf")
    assert "Un voisin se plaint aussi." in text
    for secret in ("Brunet", "BRUNET", "Brunnet", "Ahmed", "3e étage"):
        assert secret not in text
    assert "Un voisin se plaint aussi." in store.posting_wordings.of(meeting.id).values()

    # A reprint says the same and asks nothing more.
    page.wording_dialog = None
    page.pdf = None
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "again.pdf").exists())
    assert page.wording_dialog is None
    assert "Un voisin se plaint aussi." in _text(tmp_path / "again.pdf")
    page.shutdown()


def test_cancelling_the_wording_saves_nothing(qtbot, disturbance, events, tmp_path, monkeypatch):
    store, meeting = disturbance
    page = DocumentsPage(store, events)
    qtbot.addWidget(page)
    page.show()
    asked = []
    monkeypatch.setattr(output, "ask_save_path", lambda parent, suggested: asked.append(1) or "")
    page.select("posting", meeting.id)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.wording_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert asked == [] and store.posting_wordings.of(meeting.id) == {}
    page.shutdown()
