"""The meeting mode typed live with hostile texts: the answer, the reason for none, the discussion
and the decision are saved as shown when the secretary moves on; a commitment (who, what, by when)
is recorded as shown or refused with a sentence, the typing kept and nothing written."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import event, example, given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt

from desktop.domain.commitments import WHAT_MAX
from desktop.domain.text import composed
from desktop.ui.events import StoreEvents
from desktop.ui.meetings.meeting_mode import MeetingModeWindow
from tests.properties.conftest import (
    assert_sentence,
    assert_sound,
    budget,
    open_store,
    snapshot,
)
from tests.properties.entering import (
    as_plain_text_edit_shows,
    enter,
)
from tests.properties.strategies import (
    any_text,
    clean_text,
    hostile_text,
    long_text_of,
    nfd,
)

MEETING = 1
texts = st.one_of(any_text, long_text_of(clean_text, 1000, 100_000))


class FakeClock:
    """A monotonic clock that does not move: no time spent is written while the test runs."""

    def __call__(self) -> float:
        return 1000.0


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def open_window(qtbot, store) -> MeetingModeWindow:
    window = MeetingModeWindow(store, StoreEvents(), MEETING, clock=FakeClock())
    window.show()
    return window


@budget(20)
@given(values=st.fixed_dictionaries({name: texts for name in ("discussion", "answer", "no_answer_reason",
                                                                "decision")}))
@example(values={"discussion": nfd("Élevé\r\n« bruit »"), "answer": "=1+1\x00", "no_answer_reason": "\u202eabc",
                 "decision": "👨‍👩‍👧" * 1000})
def test_the_points_texts_are_saved_as_shown_when_moving_on(qtbot, fresh, values):
    with fresh.store("meeting") as store:
        window = open_window(qtbot, store)
        try:
            point = window.point
            shown = {name: enter(qtbot, window.fields[name], values[name]) for name in values}
            for name in ("discussion", "answer", "no_answer_reason", "decision"):
                assert shown[name] == as_plain_text_edit_shows(values[name])
            qtbot.keyClick(window.fields["answer"], Qt.Key.Key_PageDown)  # on to the next point
            assert window.point.id != point.id and window.save_state.text() == "Saved"
            other = open_store(store.path)
            try:
                saved = other.agenda.point(point.id)
            finally:
                other.close()
            # Kept as typed, accents composed like every saved text (desktop/domain/text.py).
            assert {name: getattr(saved, name) for name in values} == {n: composed(v) for n, v in shown.items()}
            assert_sound(store)
        finally:
            window.close()
            window.deleteLater()


owners = st.one_of(clean_text, hostile_text,
                   st.sampled_from(["Paul Haddad", "paul haddad", nfd("Le gérant"), ""]))
whats = st.one_of(clean_text, hostile_text, long_text_of(clean_text, 1900, 2100))
dues = st.one_of(st.none(), st.dates(dt.date(2000, 1, 2), dt.date(2100, 12, 31)))


@budget(20)
@given(owner=owners, what=whats, due=dues)
@example(owner="paul haddad", what=nfd("Réparer l'entrée 👍🏽"), due=dt.date(2026, 4, 1))
@example(owner=" ", what="Afficher un mot", due=None)
@example(owner="Le gardien", what="\u2003\t", due=None)
def test_a_commitment_is_recorded_as_shown_or_refused_with_a_sentence(qtbot, fresh, owner, what, due):
    with fresh.store("meeting") as store:
        window = open_window(qtbot, store)
        try:
            panel, point_id = window.commitments_panel, window.point.id
            owner_shown = enter(qtbot, panel.owner, owner)
            what_shown = enter(qtbot, panel.what, what)
            panel.due.setDate(QDate(due) if due else None)
            before = snapshot(store)
            qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
            made = store.commitments.of_points([point_id])
            owner_text, what_text = nfc(owner_shown.strip()), nfc(what_shown)
            if not what_text.strip() or len(what_text) > WHAT_MAX or not owner_text:
                event("refused")
                assert not panel.error.isHidden()
                assert_sentence(panel.error.text())
                assert (panel.owner.currentText(), panel.what.text()) == (owner_shown, what_shown)
                assert made == [] and snapshot(store) == before
            else:
                event("recorded")
                assert panel.error.isHidden()
                [saved] = made
                expected_owner = "Paul Haddad" if owner_text.lower() == "paul haddad" else owner_text
                assert (saved.owner_name, saved.what, saved.due_on) == (expected_owner, what_text.strip(), due)
            assert_sound(store)
        finally:
            window.close()
            window.deleteLater()
