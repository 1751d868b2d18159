"""Photos on the complaint form, and the models behind its photo strip and history timeline."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.domain.complaints import HistoryEntry
from desktop.ui import dialogs
from desktop.ui.complaints.history import HistoryModel, describe
from desktop.ui.complaints.photos import PhotoModel
from tests.services.test_photos import GPS_TAG, jpeg_with_gps
from tests.ui.test_complaint_form import (  # noqa: F401 (fixtures)
    british_dates,
    make_complaint,
    no_real_message_boxes,
    open_form,
)


def photo_file(tmp_path, name="stairs.jpg"):
    path = tmp_path / name
    path.write_bytes(jpeg_with_gps())
    return path


def drop_files(widget, paths) -> QDropEvent:
    """Drag files over ``widget`` and drop them, as from the file manager.

    Qt delivers a sent drop event only during a real drag, so the drop handler is called
    directly, after the drag-enter event went through Qt's own delivery.
    """
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(drop)
    drop.entered = enter.isAccepted()
    return drop


def test_a_photo_added_appears_as_a_thumbnail_without_its_location(qtbot, open_form, residence_store, tmp_path, events):
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    panel = form.photos
    with qtbot.waitSignal(events.message) as message:
        assert panel.add_files([photo_file(tmp_path)])
    assert message.args == [f"1 photo added to complaint {complaint.id}"]
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0)) == "stairs.jpg"
    assert not panel.model.data(panel.model.index(0), Qt.ItemDataRole.DecorationRole).isNull()
    assert form.tabs.tabText(form.tabs.indexOf(panel)) == "P&hotos (1)"
    [stored] = residence_store.photos.thumbnails(complaint.id)
    data = residence_store.photos.get(stored.id).data
    with Image.open(io.BytesIO(data)) as image:
        assert GPS_TAG not in image.getexif() and len(image.getexif()) == 0


def test_files_dropped_on_the_form_are_attached(qtbot, open_form, residence_store, tmp_path):
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    paths = [photo_file(tmp_path, "a.jpg"), photo_file(tmp_path, "b.jpg")]
    with qtbot.waitSignal(form.photos.photos_changed):
        event = drop_files(form, paths)
    assert event.entered and event.isAccepted()
    assert [p.filename for p in residence_store.photos.thumbnails(complaint.id)] == ["a.jpg", "b.jpg"]
    assert form.photos.model.rowCount() == 2 and form.tabs.currentWidget() is form.photos


def test_a_dropped_file_that_is_not_an_image_is_refused_with_its_name(qtbot, open_form, residence_store, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text: errors.append(text))
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert drop_files(form.photos, [notes]).entered
    qtbot.waitUntil(lambda: bool(errors))
    assert "“notes.txt” is not a photo" in errors[0]
    assert residence_store.photos.thumbnails(complaint.id) == []
    assert form.photos.add_button.isEnabled()


def test_photos_wait_until_the_complaint_is_saved(qtbot, open_form, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text: errors.append(text))
    form = open_form()
    assert not form.photos.add_button.isEnabled()
    assert form.photos.hint.text() == "Photos can be added once the complaint is saved."
    drop_files(form, [photo_file(tmp_path)])
    assert errors == ["Save the complaint before adding photos."]
    qtbot.keyClicks(form.fields.title, "Graffiti")
    form.fields.category.setCurrentIndex(0)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.photos.add_button.isEnabled()


def test_removing_a_photo_asks_first(qtbot, open_form, residence_store, tmp_path, monkeypatch):
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    with qtbot.waitSignal(form.photos.photos_changed):
        form.photos.add_files([photo_file(tmp_path)])
    panel = form.photos
    form.tabs.setCurrentWidget(panel)
    rect = panel.view.visualRect(panel.model.index(0))
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    answers = [False]
    monkeypatch.setattr(dialogs, "confirm", lambda *args: answers[0])
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert len(residence_store.photos.thumbnails(complaint.id)) == 1
    answers[0] = True
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert residence_store.photos.thumbnails(complaint.id) == [] and panel.model.rowCount() == 0


def test_double_click_shows_the_photo_larger(qtbot, open_form, residence_store, tmp_path):
    complaint = make_complaint(residence_store)
    form = open_form(complaint.id)
    with qtbot.waitSignal(form.photos.photos_changed):
        form.photos.add_files([photo_file(tmp_path)])
    form.tabs.setCurrentWidget(form.photos)
    view = form.photos.view
    viewer = form.photos.show_photo(form.photos.model.photo_id(0))
    assert viewer.isVisible() and viewer.windowTitle() == "Photo “stairs.jpg”"
    assert viewer.image.pixmap().width() == 400
    viewer.close()
    rect = view.visualRect(form.photos.model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.photos.viewer is not viewer and form.photos.viewer.isVisible()
    form.photos.viewer.close()


def test_photo_model_is_a_well_behaved_model(qtmodeltester, residence_store, tmp_path):
    from desktop.services.photos import attach_photo

    complaint = make_complaint(residence_store)
    attach_photo(residence_store, complaint.id, photo_file(tmp_path))
    model = PhotoModel(residence_store)
    model.set_complaint(complaint.id)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_history_model_is_a_well_behaved_model(qtmodeltester, residence_store):
    complaint = make_complaint(residence_store)
    model = HistoryModel(residence_store)
    model.set_complaint(complaint.id)
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_history_lines_translate_field_names_and_values(qapp):
    entry = HistoryEntry(complaint_id=1, at="2026-03-12T10:30:00", profile="Claire", field="service",
                         before="", after="rental_management")
    assert describe(entry) == "12 March 2026 10:30 — Claire: Landlord service: (empty) → Rental management"
    entry = HistoryEntry(complaint_id=1, at="2026-03-12T10:30:00", profile="Claire", field="due_on",
                         before="2026-03-20", after="2026-04-02")
    assert describe(entry) == "12 March 2026 10:30 — Claire: Due date: 20 March 2026 → 2 April 2026"
    entry = HistoryEntry(complaint_id=1, at="2026-03-12T10:30:00", profile="", field="urgency",
                         before="normal", after="urgent")
    assert describe(entry) == "12 March 2026 10:30 — unknown user: Urgency: Normal → Urgent (safety)"
