"""Settings: choosing Français switches the window to French at once; text size and name are kept."""

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.ui import settings, translator
from desktop.ui.settings_dialog import SettingsDialog
from tests.ui.people_helpers import click, type_into


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Leave the shared application as the other tests expect it: English, its font and style."""
    font, sheet, locale = qapp.font(), qapp.styleSheet(), QLocale()
    yield
    if i18n.current_language() != "en":
        translator.install(qapp, "en")
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    QLocale.setDefault(locale)


@pytest.fixture
def dialog(qtbot):
    widget = SettingsDialog()
    qtbot.addWidget(widget)
    widget.open()
    return widget


def choose(qtbot, combo, text):
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text)


def test_choosing_francais_installs_french_at_once(dialog, qtbot, qapp):
    assert QCoreApplication.translate("People", "New person") == "New person"
    choose(qtbot, dialog.language, "Fr")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.ok_button)
    assert settings.read(settings.LANGUAGE) == "fr"
    assert i18n.current_language() == "fr"
    assert QCoreApplication.translate("People", "New person") == "Nouvelle personne"
    assert QCoreApplication.translate("Dashboard", "Overdue complaints") == "Réclamations en retard"
    assert QLocale().language() == QLocale.Language.French


def test_the_dialog_shows_the_stored_settings(qtbot):
    settings.write(settings.LANGUAGE, "fr")
    settings.write(settings.PROFILE, "Josiane Morel")
    settings.write(settings.FONT_SIZE, 16)
    widget = SettingsDialog()
    qtbot.addWidget(widget)
    assert widget.language.currentText() == "Français"
    assert widget.profile.text() == "Josiane Morel"
    assert widget.font_size.value() == 16


def test_the_text_size_and_the_name_are_saved_and_applied(dialog, qtbot, qapp):
    type_into(qtbot, dialog.font_size, "15")
    type_into(qtbot, dialog.profile, "Ahmed Benali")
    with qtbot.waitSignal(dialog.profile_changed) as changed:
        click(qtbot, dialog.ok_button)
    assert changed.args == ["Ahmed Benali"]
    assert settings.read(settings.FONT_SIZE) == 15
    assert settings.read(settings.PROFILE) == "Ahmed Benali"
    assert QApplication.font().pointSize() == 15


def test_the_text_never_gets_smaller_than_eleven_points(dialog):
    assert dialog.font_size.minimum() == 11


def test_cancel_changes_nothing(dialog, qtbot):
    choose(qtbot, dialog.language, "Fr")
    dialog.reject()
    assert settings.read(settings.LANGUAGE) == "auto"
    assert i18n.current_language() == "en"


def test_installing_french_translates_the_main_window_navigation(window, qtbot, qapp):
    try:
        translator.install(qapp, "fr")
        qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Tableau de bord")
        assert window.navigation.item(1).text() == "Réclamations"
        people = window.pages["people"]
        assert people.tabs.tabText(0) == "&Personnes"
        assert people.people.new_button.text() == "&Nouvelle personne…"
        assert people.people.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
        window.show_page("people")
        people.tabs.setCurrentIndex(1)
        entrance = people.places.model.item(0).child(0)
        assert entrance.text() == "Entrée 1 (3 logements)" and entrance.child(0).text() == "Rez-de-chaussée"
        assert people.places.buttons["homes"].text() == "Ajouter des l&ogements…"
        assert window.pages["dashboard"].boxes["overdue"].title() == "Réclamations en retard"
    finally:
        # Back to English while the window's database is still open (it re-reads on the change).
        translator.install(qapp, "en")
        qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Dashboard")


def test_every_setting_has_an_accessible_name(dialog):
    for widget in (dialog.language, dialog.profile, dialog.font_size, dialog.ok_button):
        assert widget.accessibleName()
