"""A full disk while saving a complaint: a clear sentence, nothing written, the typing kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.complaints import Complaint
from desktop.store import integrity
from desktop.store.safety import StorageFull
from desktop.ui import dialogs
from desktop.ui.complaints.form import ComplaintDialog


def fill_the_disk(store) -> None:
    """Let the file grow no more, then write until the room left in it is used up."""
    db = store.db
    db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
    category = store.categories.list()[0].id
    with pytest.raises(StorageFull):
        for number in range(2000):
            store.complaints.create(Complaint(title=f"Remplissage {number}", description="x" * 300,
                                              category_id=category))


def test_a_full_disk_keeps_the_typing_in_the_form_and_the_file_sound(qtbot, residence_store, events, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    fill_the_disk(residence_store)
    before = residence_store.complaints.count()
    form = ComplaintDialog(residence_store, events)
    form.show()
    qtbot.waitExposed(form)
    fields = form.fields
    qtbot.keyClicks(fields.title, "Heating off in the whole entrance")
    fields.category.setCurrentIndex(fields.category.findText("Heating"))
    qtbot.keyClicks(fields.description, "Radiators cold since Monday.")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.error.isVisible()
    assert form.error.text().startswith("The disk is full, so this change was not saved")
    assert fields.title.text() == "Heating off in the whole entrance"
    assert fields.description.toPlainText() == "Radiators cold since Monday."
    assert form.complaint is None and form.is_dirty()
    assert residence_store.complaints.count() == before
    assert integrity.problems(residence_store.db.conn, full=True) == []

    residence_store.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.error.isVisible()
    assert residence_store.complaints.get(form.complaint.id).title == "Heating off in the whole entrance"
    form.close()
    form.deleteLater()
