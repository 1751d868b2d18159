"""The complaint form, filled with hostile texts and dates and saved as a person would: either the
complaint is saved and a fresh read of the file gives back what the form showed (spaces around the
one-line texts dropped, accents composed), or a sentence says why, the typing stays in the form and
nothing is written."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import event, example, given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt

from desktop.domain.complaints import DESCRIPTION_MAX, TITLE_MAX
from desktop.ui.complaints.form import ComplaintDialog
from desktop.ui.complaints.pickers import folded
from desktop.ui.events import StoreEvents
from desktop.ui.text import plain_text
from tests.properties.conftest import (
    assert_sentence,
    assert_sound,
    budget,
    open_store,
    snapshot,
)
from tests.properties.entering import (
    as_line_edit_shows,
    as_plain_text_edit_shows,
    enter,
    tick,
)
from tests.properties.strategies import (
    any_text,
    clean_text,
    hostile_text,
    long_text_of,
    nfd,
)

form_dates = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))
short_text = st.one_of(clean_text, clean_text, hostile_text)
place_text = st.one_of(short_text,
                       st.sampled_from(["bâtiment a", nfd("Bâtiment A › Entrée 1"), "Entrée 3"]))


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fill(qtbot, form, values: dict) -> dict:
    """Type and choose every value; what the fields then show."""
    fields = form.fields
    shown = {
        "title": enter(qtbot, fields.title, values["title"]),
        "description": enter(qtbot, fields.description, values["description"]),
        "place": enter(qtbot, fields.place, values["place"]),
        "reporter": enter(qtbot, fields.reporter, values["reporter"]),
        "external_ref": enter(qtbot, fields.external_ref, values["external_ref"]),
    }
    if values["category"]:
        fields.category.setFocus()
        qtbot.keyClick(fields.category, Qt.Key.Key_Down)
    fields.opened_on.setDate(QDate(values["opened_on"]))
    if values["due_on"] is not None:
        tick(qtbot, fields.has_due)
        fields.due_on.setDate(QDate(values["due_on"]))
    return shown


def expected_place(store, text: str) -> str:
    """The label of the place whose name is typed (accents and case aside), else the text."""
    for ref in store.places.all_place_refs():
        if text.strip() and folded(ref.label) == folded(text.strip()):
            return ref.label
    return nfc(text.strip())


def refusal(shown: dict, values: dict) -> bool:
    """Whether the rules refuse what the form shows."""
    title, description = nfc(shown["title"]), nfc(shown["description"])
    return (not title.strip() or len(title) > TITLE_MAX or len(description) > DESCRIPTION_MAX
            or not values["category"]
            or (values["due_on"] is not None and values["due_on"] < values["opened_on"]))


@budget(25)
@given(values=st.fixed_dictionaries({
    "title": st.one_of(short_text, long_text_of(clean_text, 150, 400)), "description": any_text,
    "place": place_text, "reporter": short_text, "external_ref": short_text, "category": st.booleans(),
    "opened_on": form_dates, "due_on": st.one_of(st.none(), form_dates),
}))
@example(values={"title": nfd("Fenêtre cassée"), "description": nfd("Élevé\r\nau 3e 👨‍👩‍👧"), "place": "bâtiment a",
                 "reporter": nfd("Mme Hélène Noël"), "external_ref": "=1+1", "category": True,
                 "opened_on": dt.date(2026, 3, 12), "due_on": None})
@example(values={"title": "Fuite\x00 d'eau", "description": "x" * 20_001, "place": "", "reporter": "",
                 "external_ref": "", "category": True, "opened_on": dt.date(2026, 3, 12), "due_on": None})
def test_the_complaint_form_saves_what_it_shows_or_says_why(qtbot, fresh, values):
    with fresh.store("residence") as store:
        form = ComplaintDialog(store, StoreEvents())
        form.show()
        try:
            shown = fill(qtbot, form, values)
            assert shown["title"] == as_line_edit_shows(values["title"])  # whole: never cut silently
            assert shown["description"] == as_plain_text_edit_shows(values["description"])
            before = snapshot(store)
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            if refusal(shown, values):
                event("refused")
                assert not form.error.isHidden()
                assert_sentence(form.error.text())
                assert form.complaint is None and snapshot(store) == before
                assert form.fields.title.text() == shown["title"]  # the typing is all still there
                assert plain_text(form.fields.description) == shown["description"]
                assert form.fields.place.currentText() == shown["place"]
                assert form.fields.reporter.currentText() == shown["reporter"]
            else:
                event("saved")
                assert form.error.isHidden() and form.complaint is not None
                check_saved(store, form.complaint.id, shown, values)
            assert_sound(store)
        finally:
            form.discard_edits()
            form.close()
            form.deleteLater()


def check_saved(store, complaint_id: int, shown: dict, values: dict) -> None:
    """A second connection, as a program started afresh, reads back what the form showed."""
    other = open_store(store.path)
    try:
        saved = other.complaints.get(complaint_id)
    finally:
        other.close()
    assert saved.title == nfc(shown["title"]).strip()
    assert saved.description == nfc(shown["description"])
    assert saved.external_ref == nfc(shown["external_ref"]).strip()
    assert saved.reporter_name == nfc(shown["reporter"].strip())
    assert saved.place.label == expected_place(store, shown["place"])
    assert (saved.opened_on, saved.due_on) == (values["opened_on"], values["due_on"])
    assert saved.category_id is not None
