"""The person form filled with hostile texts and saved as a person would: saved and read back as
shown (spaces around dropped, accents composed), or a sentence under the fields, the typing kept,
nothing written."""

from __future__ import annotations

import unicodedata

from hypothesis import event, example, given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop.ui.events import StoreEvents
from desktop.ui.people.person_form import PersonDialog
from tests.properties.conftest import (
    assert_sentence,
    assert_sound,
    budget,
    open_store,
    snapshot,
)
from tests.properties.entering import enter
from tests.properties.strategies import clean_text, hostile_text, long_text_of, nfd

text = st.one_of(clean_text, clean_text, hostile_text, long_text_of(clean_text, 100, 40_000))
emails = st.one_of(text, st.builds(lambda a, b: f"{a}@{b}", clean_text, clean_text))
FIELDS = ("name", "phone", "email", "organisation")


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


@budget(25)
@given(values=st.fixed_dictionaries({"name": text, "phone": text, "email": emails, "organisation": text}),
       role_steps=st.integers(0, 5))
@example(values={"name": nfd("Mme Hélène Noël"), "phone": "+33 6 12 34 56 78", "email": "hélène@exemple.fr",
                 "organisation": "=HYPERLINK(\"x\")"}, role_steps=3)
@example(values={"name": "\u00a0\u2003", "phone": "", "email": "", "organisation": ""}, role_steps=0)
@example(values={"name": "Paul", "phone": "", "email": "paul.exemple.fr", "organisation": ""}, role_steps=0)
def test_the_person_form_saves_what_it_shows_or_says_why(qtbot, fresh, values, role_steps):
    with fresh.store("residence") as store:
        dialog = PersonDialog(store, StoreEvents())
        dialog.show()
        try:
            shown = {name: enter(qtbot, getattr(dialog, name), values[name]) for name in FIELDS}
            dialog.role.setFocus()
            for _step in range(role_steps):
                qtbot.keyClick(dialog.role, Qt.Key.Key_Down)
            before = snapshot(store)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            email = nfc(shown["email"].strip())
            if not nfc(shown["name"]).strip() or (email and "@" not in email):
                event("refused")
                assert dialog.isVisible() and not dialog.error.isHidden()
                assert_sentence(dialog.error.text())
                assert {name: getattr(dialog, name).text() for name in FIELDS} == shown
                assert snapshot(store) == before
            else:
                event("saved")
                assert not dialog.isVisible()
                other = open_store(store.path)
                try:
                    [saved] = other.people.list()
                finally:
                    other.close()
                assert saved.name == nfc(shown["name"]).strip()
                assert (saved.phone, saved.email, saved.organisation) == (
                    nfc(shown["phone"]).strip(), email, nfc(shown["organisation"]).strip())
                assert saved.role.value == dialog.role.currentData()
            assert_sound(store)
        finally:
            dialog.close()
            dialog.deleteLater()
