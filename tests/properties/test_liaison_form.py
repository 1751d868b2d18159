"""The liaison form, recorded from the Liaison forms tab with hostile texts and dates: saved and
read back as shown (the question's surrounding spaces dropped, accents composed), or a sentence
under the fields with the typing kept and nothing written."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import event, example, given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt

from desktop.domain.meetings import QUESTION_MAX
from desktop.ui.events import StoreEvents
from desktop.ui.meetings.forms_tab import LiaisonFormsTab
from desktop.ui.text import plain_text
from tests.properties.conftest import (
    assert_sentence,
    assert_sound,
    budget,
    open_store,
    snapshot,
)
from tests.properties.entering import as_plain_text_edit_shows, enter, tick
from tests.properties.strategies import (
    any_text,
    clean_text,
    hostile_text,
    long_text_of,
    nfd,
)

questions = st.one_of(any_text, long_text_of(clean_text, 4900, 5100))
# Every date a QDateEdit accepts, from 14 September 1752 to the year 9999.
received_dates = st.dates(dt.date(1752, 9, 14), dt.date(9999, 12, 31))


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


@budget(20)
@given(question=questions, asker=st.one_of(clean_text, hostile_text), received=received_dates,
       confidential=st.booleans())
@example(question=nfd("Quand répare-t-on l'ascenseur ?\r\n👨‍👩‍👧 « merci »"), asker=nfd("Mme Hélène Noël"),
         received=dt.date(2026, 3, 1), confidential=True)
@example(question=" \t\u2003\r\n", asker="", received=dt.date(1752, 9, 14), confidential=False)
def test_a_liaison_form_is_saved_as_shown_or_refused_with_a_sentence(qtbot, fresh, question, asker, received,
                                                                    confidential):
    with fresh.store("meeting") as store:
        tab = LiaisonFormsTab(store, StoreEvents())
        tab.show()
        try:
            qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
            dialog = tab.dialog
            assert dialog.isVisible()
            shown = enter(qtbot, dialog.question, question)
            assert shown == as_plain_text_edit_shows(question)
            asker_shown = enter(qtbot, dialog.asker, asker)
            dialog.received.setDate(QDate(received))
            if confidential:
                tick(qtbot, dialog.confidential)
            before = snapshot(store)
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
            text = nfc(shown)
            if not text.strip() or len(text) > QUESTION_MAX:
                event("refused")
                assert dialog.isVisible() and not dialog.error.isHidden()
                assert_sentence(dialog.error.text())
                assert plain_text(dialog.question) == shown and dialog.asker.currentText() == asker_shown
                assert snapshot(store) == before
            else:
                event("saved")
                assert not dialog.isVisible()
                other = open_store(store.path)
                try:
                    [saved] = other.forms.list()
                finally:
                    other.close()
                assert saved.question == text.strip()
                assert saved.asker_name == nfc(asker_shown.strip())
                assert (saved.received_on, saved.confidential) == (received, confidential)
                assert tab.selected_id() == saved.id and saved.question in tab.details.text()
            assert_sound(store)
        finally:
            if tab.dialog is not None:
                tab.dialog.close()
            tab.close()
            tab.deleteLater()
