"""The residence's logo, chosen from the places tab as a person would."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt

from desktop.services import logo
from desktop.ui.people import logo_dialog as logo_module
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_people_places import page, tab  # noqa: F401 - shared fixtures


def _picture(path, size=(900, 300)):
    image = Image.new("RGB", size, (30, 90, 160))
    image.save(path)
    return path


def _open(qtbot, tab):  # noqa: F811
    qtbot.mouseClick(tab.logo_button, Qt.MouseButton.LeftButton)
    dialog = tab.logo_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_choosing_a_picture_keeps_it_as_the_logo_and_shows_it(qtbot, tab, residence_store, tmp_path,  # noqa: F811
                                                               monkeypatch, events):
    dialog = _open(qtbot, tab)
    assert "No logo" in dialog.picture.text() and not dialog.remove_button.isEnabled()
    picture = _picture(tmp_path / "tilleuls.jpg")
    monkeypatch.setattr(logo_module, "ask_picture_path", lambda parent: str(picture))
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    kept = logo.residence_logo(residence_store)
    assert Image.open(io.BytesIO(kept)).size == (600, 200)
    assert not dialog.picture.pixmap().isNull() and dialog.remove_button.isEnabled()
    assert "saved" in dialog.message.text()
    dialog.grab().save(str(tmp_path / "logo.png"))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert logo.residence_logo(residence_store) is None
    assert unnamed_controls(dialog) == []


def test_a_file_that_is_not_a_picture_is_named_and_the_logo_kept(qtbot, tab, residence_store, tmp_path,  # noqa: F811
                                                                 monkeypatch):
    logo.set_residence_logo(residence_store, _picture(tmp_path / "old.png"))
    before = logo.residence_logo(residence_store)
    dialog = _open(qtbot, tab)
    wrong = tmp_path / "minutes.docx"
    wrong.write_bytes(b"PK\x03\x04 not a picture")
    monkeypatch.setattr(logo_module, "ask_picture_path", lambda parent: str(wrong))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "minutes.docx" in dialog.message.text(), timeout=10000)
    assert logo.residence_logo(residence_store) == before
    assert dialog.choose_button.isEnabled()
