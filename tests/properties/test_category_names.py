"""A category added from the Categories tab with a hostile name: saved as shown (spaces around
dropped, accents composed) or refused with a sentence, the typing kept and nothing written. A name
typed with decomposed accents is the same name as the composed one, so it is refused as a
duplicate instead of sitting beside it looking alike."""

from __future__ import annotations

import unicodedata

from hypothesis import event, example, given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from desktop.domain.complaints import Category
from desktop.ui.events import StoreEvents
from desktop.ui.people.categories_tab import CategoriesTab
from tests.properties.conftest import (
    assert_sentence,
    assert_sound,
    budget,
    open_store,
    snapshot,
)
from tests.properties.entering import enter
from tests.properties.strategies import clean_text, hostile_text, long_text_of, nfd

EXISTING = "Électricité des caves"
names = st.one_of(clean_text, hostile_text, long_text_of(clean_text, 100, 5000),
                  st.sampled_from([nfd(EXISTING), EXISTING.upper(), "LIFT", " lift ", nfd("Propreté")]))


def nocase(text: str) -> str:
    """Names are unique whatever their case, accented capitals included ("Électricité")."""
    return text.casefold()


@budget(25)
@given(name=names)
@example(name=nfd(EXISTING))
@example(name=nfd("Propreté"))
def test_a_category_name_is_saved_as_shown_or_refused_with_a_sentence(qtbot, fresh, name):
    with fresh.store() as store:
        store.categories.save(Category(name=EXISTING))
        existing = [category.name for category in store.categories.list()]
        tab = CategoriesTab(store, StoreEvents())
        tab.show()
        try:
            qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
            dialog = tab.dialog
            shown = enter(qtbot, dialog.name, name)
            before = snapshot(store)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            wanted = unicodedata.normalize("NFC", shown).strip()
            if not wanted or any(nocase(wanted) == nocase(other) for other in existing):
                event("refused")
                assert dialog.isVisible() and not dialog.error.isHidden()
                assert_sentence(dialog.error.text())
                assert dialog.name.text() == shown and snapshot(store) == before
            else:
                event("saved")
                assert not dialog.isVisible()
                other = open_store(store.path)
                try:
                    assert [c.name for c in other.categories.list()] == [*existing, wanted]
                finally:
                    other.close()
            assert_sound(store)
        finally:
            tab.dialog.close()
            tab.close()
            tab.deleteLater()
