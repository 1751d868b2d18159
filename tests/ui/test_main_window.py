"""The main window: navigation, status bar, language."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.ui import translator

ROOT = Path(__file__).resolve().parents[2]


def test_the_navigation_column_leads_to_every_section(window, qtbot):
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names == ["Dashboard", "Complaints", "Meetings", "People and places", "Reports", "Backups", "Privacy"]
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.pages["complaints"]
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.stack.currentWidget() is window.pages["privacy"]


def test_the_status_bar_says_what_just_happened(window):
    window.events.message.emit("Complaint 124 saved")
    assert window.statusBar().currentMessage() == "Complaint 124 saved"


def test_the_window_speaks_french_once_french_is_installed(window, qapp, qtbot):
    try:
        translator.install(qapp, "fr")
        qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Tableau de bord")
        names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert names[:2] == ["Tableau de bord", "Réclamations"]
        assert window.file_menu.title() == "&Fichier"
    finally:
        translator.install(qapp, "en")
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Dashboard")
    assert window.navigation.item(0).text() == "Dashboard"


def test_the_window_title_names_the_residence(window):
    assert window.windowTitle() == "Palier – Les Tilleuls"


def test_the_program_starts_paints_and_exits_on_request(tmp_path):
    database = tmp_path / "start.db"
    from desktop.store import Store

    Store.open(database).close()  # --exit-after-start answers "no" to creating one
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(database), "--exit-after-start"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert database.exists()
