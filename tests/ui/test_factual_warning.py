"""Free-text fields remind the writer to stay factual, gently: a sentence under the field once
typing pauses, never a refusal to save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui import dialogs
from desktop.ui.complaints.form import ComplaintDialog
from desktop.ui.privacy.warning import FactualWarning, warning_text


@pytest.fixture(autouse=True)
def no_real_message_boxes(monkeypatch):
    def unexpected(*args):
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    for name in ("confirm", "show_error", "show_info"):
        monkeypatch.setattr(dialogs, name, unexpected)


@pytest.fixture
def form(qtbot, residence_store, events):
    dialog = ComplaintDialog(residence_store, events)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.discard_edits()  # closing must not ask "Discard?" at teardown
    dialog.close()
    dialog.deleteLater()


def fill_title_and_category(qtbot, fields) -> None:
    qtbot.keyClicks(fields.title, "Bruit la nuit")
    fields.category.setFocus()
    qtbot.keyClicks(fields.category, "Noise")


def test_a_health_word_shows_a_gentle_warning_and_saving_still_works(qtbot, form, residence_store, events):
    fields = form.fields
    warning = fields.factual_warning
    fill_title_and_category(qtbot, fields)
    qtbot.keyClicks(fields.description, "Mme X est malade")
    assert not warning.isVisible()  # not while the person is still typing
    qtbot.waitUntil(warning.isVisible)
    assert warning.text() == ("This text mentions “malade”: keep to facts; no health information, judgement "
                              "about a person or accusation of an offence.")
    assert warning.accessibleName() == warning.text()
    description = fields.description.accessibleDescription()
    assert description.startswith("Stay factual") and description.endswith(warning.text())

    with qtbot.waitSignal(events.complaints_changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [stored] = residence_store.complaints.list()
    assert stored.description == "Mme X est malade"


def test_a_factual_text_shows_nothing(qtbot, form):
    fields = form.fields
    warning = fields.factual_warning
    qtbot.keyClicks(fields.description, "Le volet roulant du 3e est bloque depuis lundi.")
    qtbot.waitUntil(lambda: not warning.timer.isActive())
    assert not warning.isVisible()
    assert warning.text() == ""


def test_the_warning_goes_away_once_the_word_is_removed(qtbot, form):
    fields = form.fields
    warning = fields.factual_warning
    qtbot.keyClicks(fields.description, "Il est fou")
    qtbot.waitUntil(warning.isVisible)
    for _ in range(3):
        qtbot.keyClick(fields.description, Qt.Key.Key_Backspace)
    qtbot.keyClicks(fields.description, "parti")
    qtbot.waitUntil(lambda: not warning.isVisible())
    assert fields.description.toPlainText() == "Il est parti"


def test_several_words_are_named_once_each_accents_ignored(qtbot, residence_store):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    field = QLineEdit()
    warning = FactualWarning(field)
    layout = QVBoxLayout(host)
    layout.addWidget(field)
    layout.addWidget(warning)
    host.show()
    # QTest types ASCII only: the accented word is pasted, as people often do.
    qtbot.keyClicks(field, "Un DEALER ")
    field.insert("drogué")
    qtbot.keyClicks(field, ", encore un dealer")
    qtbot.waitUntil(warning.isVisible)
    assert warning.words == ["DEALER", "drogué"]
    assert warning.text() == warning_text(["DEALER", "drogué"])
    assert "“DEALER”, “drogué”" in warning.text()


def test_the_liaison_form_question_is_watched_too(qtbot, residence_store):
    from desktop.ui.meetings.form_dialog import LiaisonFormDialog

    dialog = LiaisonFormDialog(residence_store)
    font = dialog.font()
    font.setPointSize(14)  # big text, as many of our users set it
    dialog.setFont(font)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.question, "Le voisin est alcoolique et crie la nuit")
    qtbot.waitUntil(dialog.factual_warning.isVisible)
    assert "“alcoolique”" in dialog.factual_warning.text()
    # The dialog makes room: the question, the reminder and the warning do not overlap.
    qtbot.waitUntil(lambda: dialog.question.geometry().bottom() < dialog.reminder.geometry().top()
                    < dialog.reminder.geometry().bottom() < dialog.factual_warning.geometry().top())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved] = residence_store.forms.list()
    assert saved.question == "Le voisin est alcoolique et crie la nuit"


def test_the_warning_speaks_french_and_follows_a_language_change(qtbot, form, qapp):
    from desktop.ui import translator

    warning = form.fields.factual_warning
    qtbot.keyClicks(form.fields.description, "Il est malade")
    qtbot.waitUntil(warning.isVisible)
    try:
        translator.install(qapp, "fr")
        qtbot.waitUntil(lambda: warning.text().startswith("Ce texte mentionne"))
        assert warning.text() == ("Ce texte mentionne « malade » : restez factuel ; pas d’information de santé, "
                                  "de jugement sur une personne ni d’accusation d’infraction.")
    finally:
        translator.install(qapp, "en")
    qtbot.waitUntil(lambda: warning.text().startswith("This text mentions"))


def test_a_disturbance_naming_a_neighbour_gets_a_gentle_check_naming_what_to_describe_instead(
        qtbot, form, residence_store, events):
    """Issue 10: naming a neighbour in a disturbance complaint got only the static reminder."""
    from desktop.domain.people import Person, Role

    residence_store.people.save(Person(name="Ahmed Brunet", role=Role.TENANT))
    fields = form.fields
    warning = fields.naming_warning
    qtbot.keyClicks(fields.title, "Musique forte")
    fields.category.setFocus()
    qtbot.keyClicks(fields.category, "Neigh")
    assert fields.category.currentText() == "Neighbourhood disturbance"
    qtbot.keyClicks(fields.description, "Le voisin du 203, Brunnet, met la musique vers 23 h.")
    qtbot.waitUntil(warning.isVisible)
    assert warning.text().startswith("This neighbourhood disturbance names “voisin du 203”, “Brunnet”. "
                                     "Where you can, describe what happens")
    assert warning.accessibleName() == warning.text()
    # Another category: not a disturbance, no check.
    fields.category.setCurrentIndex(fields.category.findText("Lift"))   # chosen in the list
    qtbot.waitUntil(lambda: not warning.isVisible())
    fields.category.setCurrentIndex(fields.category.findText("Neighbourhood disturbance"))
    qtbot.waitUntil(warning.isVisible)
    # It never stops saving.
    with qtbot.waitSignal(events.complaints_changed):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [stored] = residence_store.complaints.list()
    assert "Brunnet" in stored.description
    # Described without naming: the check goes.
    fields.description.selectAll()
    fields.description.setFocus()
    qtbot.keyClicks(fields.description, "Musique forte vers 23 h, trois soirs par semaine.")
    qtbot.waitUntil(lambda: not warning.isVisible())


def test_a_factual_disturbance_gets_no_naming_check(qtbot, form):
    fields = form.fields
    fields.category.setFocus()
    qtbot.keyClicks(fields.category, "Neigh")
    qtbot.keyClicks(fields.description, "Perceuse le dimanche matin vers 8 h.")
    fields.naming_warning.check()
    assert fields.naming_warning.isHidden()
