"""Help › About Palier: the version from pyproject.toml and the licences of what is bundled."""

import tomllib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton

from desktop.ui import translator
from desktop.ui.about import AboutDialog, app_icon

ROOT = Path(__file__).resolve().parents[2]


def open_about_from_the_menu(window, qtbot) -> AboutDialog:
    """Click Help in the menu bar, then About Palier, as a person would."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(window.help_menu.menuAction()).center())
    qtbot.waitUntil(window.help_menu.isVisible)
    qtbot.mouseClick(window.help_menu, Qt.MouseButton.LeftButton,
                     pos=window.help_menu.actionGeometry(window.about_action).center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    return QApplication.activeModalWidget()


def shown_text(dialog) -> str:
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    return labels + " " + dialog.findChild(QPlainTextEdit).toPlainText()


def test_about_shows_the_version_and_the_licences_and_esc_closes_it(window, qtbot):
    dialog = open_about_from_the_menu(window, qtbot)
    with open(ROOT / "pyproject.toml", "rb") as file:
        version = tomllib.load(file)["project"]["version"]
    text = shown_text(dialog)
    assert f"Palier, version {version}" in text
    assert str(window.store.path) in text  # where the data lives, as before
    for bundled in ("Qt 6", "LGPL-3.0", "DejaVu", "pyHanko", "reportlab", "cryptography", "sqlite-utils",
                    "pypdfium2", "argon2-cffi", "pillow"):
        assert bundled in text, bundled
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isHidden()


def test_about_speaks_french(window, qtbot, qapp):
    # Windows of earlier tests, closed with their databases, are only deleted when the event loop
    # runs; without this they would hear the change of language too.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    try:
        translator.install(qapp, "fr")
        dialog = open_about_from_the_menu(window, qtbot)
        assert dialog.windowTitle() == "À propos de Palier"
        assert dialog.title.text().startswith("Palier, version ")
        assert "logiciels libres" in shown_text(dialog)
        assert [button.text() for button in dialog.findChildren(QPushButton)] == ["&Fermer"]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isHidden()
    finally:
        translator.install(qapp, "en")


def test_the_icon_is_drawn_at_every_size(qapp):
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(48, 48).toImage()
    assert image.width() == 48
    assert image.pixelColor(24, 24).alpha() == 255  # drawn, not an empty square
