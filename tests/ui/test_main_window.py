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
    assert window.current_page() is window.pages["complaints"]
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_page() is window.pages["privacy"]


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


def test_ctrl_plus_and_minus_change_the_text_size_live_and_keep_it(window, qtbot, qapp):
    from desktop.ui import settings

    assert settings.read(settings.FONT_SIZE) == 12
    # A press makes a difference one can see (the walk: two presses only went from 12 to 14).
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert settings.read(settings.FONT_SIZE) == 14 and qapp.font().pointSize() == 14
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert settings.read(settings.FONT_SIZE) == 16
    assert "Text size" in window.statusBar().currentMessage()
    for _press in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.read(settings.FONT_SIZE) == 11
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert settings.read(settings.FONT_SIZE) == 12 and qapp.font().pointSize() == 12


def test_the_window_never_opens_larger_than_the_screen(window):
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_a_hidden_page_does_not_widen_the_window(window, qtbot):
    for key in window.PAGES:
        window.show_page(key)  # every page built
    window.show_page("dashboard")
    assert window.stack.minimumSizeHint() == window.pages["dashboard"].parentWidget().parentWidget().minimumSizeHint()


def test_the_window_opens_on_the_page_asked(tmp_path):
    from desktop.store import Store

    database = tmp_path / "start.db"
    Store.open(database).close()
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(database), "--page", "privacy", "--exit-after-start"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--page", "nowhere"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_qt_s_own_dialogs_and_menus_speak_french_too(qapp):
    qt_own = translator.qt_translator("fr")
    assert qt_own is not None
    assert qt_own.translate("QLineEdit", "&Undo") == "&Annuler"
    assert qt_own.translate("QFileDialog", "Look in:") == "Voir dans\u00a0:"
    assert qt_own.translate("QPlatformTheme", "&Yes") == "&Oui"
    assert qt_own.translate("QPlatformTheme", "Cancel") == "Annuler"
    # Installed under Palier's catalogue, which Qt asks first.
    assert translator.install.__doc__ and "Qt's own dialogs" in translator.install.__doc__


def test_qt_s_own_close_button_is_not_palier_s_closing_of_a_meeting():
    from desktop.ui.translator import CatalogueTranslator

    catalogue = CatalogueTranslator("fr")
    assert catalogue.translate("QPlatformTheme", "Close") is None  # left to Qt's own: "Fermer"
    assert catalogue.translate("MainWindow", "&File") == "&Fichier"
    assert translator.qt_translator("fr").translate("QPlatformTheme", "Close") == "Fermer"


def test_no_two_actions_share_a_shortcut(window):
    """"Ambiguous shortcut overload: Ctrl++" left Ctrl++ doing nothing: every key is given once."""
    from PySide6.QtGui import QAction

    seen = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    assert "Ctrl++" in seen and "Ctrl+=" in seen


def test_the_file_dialog_speaks_french():
    """Qt's own French leaves "Look in:" and "Files of type:" in English: Palier's catalogue gives
    them, under Qt's own context only."""
    from desktop.ui.translator import CatalogueTranslator

    catalogue = CatalogueTranslator("fr")
    assert catalogue.translate("QFileDialog", "&Look in:") == "&Voir dans :"
    assert catalogue.translate("QFileDialog", "Files of &type:") == "Fichiers de &type :"
