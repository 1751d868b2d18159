"""Accents typed decomposed (e + combining acute, as macOS and some PDFs give them) are stored
composed, so "Fenêtre cassée" is one spelling: found by a search typed either way, sorted with its
twins, matched as a name."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.commitments import Commitment
from desktop.domain.complaints import Complaint, ComplaintQuery, SortKey
from desktop.domain.meetings import LiaisonForm
from desktop.domain.people import Person, Role
from desktop.services.importing import import_complaints
from tests.properties.conftest import budget
from tests.properties.strategies import FRENCH, nfd

# Words of Latin letters, accented ones included (up to Latin Extended-B).
latin_words = st.text(st.characters(categories=["Lu", "Ll"], max_codepoint=0x24F), min_size=2, max_size=12)
words = st.one_of(st.sampled_from(FRENCH[:10]), latin_words)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def lift(store) -> int:
    return store.categories.by_name()["lift"]


@budget(40)
@given(word=words, typed_decomposed=st.booleans(), searched_decomposed=st.booleans())
@example(word="Ascenseur en panne", typed_decomposed=True, searched_decomposed=True)
@example(word="Fenêtre cassée", typed_decomposed=True, searched_decomposed=False)
@example(word="Fenêtre cassée", typed_decomposed=False, searched_decomposed=True)
@example(word="Cx\u0301yrielle", typed_decomposed=False, searched_decomposed=False)  # an accent with no one-character form
def test_a_title_is_found_however_its_accents_were_typed(fresh, word, typed_decomposed, searched_decomposed):
    with fresh.store() as store:
        title = nfd(word) if typed_decomposed else nfc(word)
        saved = store.complaints.create(Complaint(title=title, category_id=lift(store),
                                                  opened_on=dt.date(2026, 3, 1)))
        assert saved.title == nfc(word).strip()
        searched = nfd(word) if searched_decomposed else nfc(word)
        assert store.complaints.query_ids(ComplaintQuery(text=searched)) == [saved.id]


def test_decomposed_and_composed_titles_sort_together(fresh):
    with fresh.store() as store:
        for title in ("Zinguerie", nfd("Élagage des arbres"), "Élagage des haies", "Eau froide"):
            store.complaints.create(Complaint(title=title, category_id=lift(store),
                                              opened_on=dt.date(2026, 3, 1)))
        ordered = [c.title for c in store.complaints.list(ComplaintQuery(sort=SortKey.TITLE, descending=False))]
        # Both "Élagage" side by side (SQLite's NOCASE puts É after Z; what matters is one spelling).
        assert ordered == ["Eau froide", "Zinguerie", "Élagage des arbres", "Élagage des haies"]


def test_a_decomposed_name_is_one_person_with_the_composed_one(fresh, tmp_path):
    with fresh.store() as store:
        person = store.people.save(Person(name=nfd("Mme Hélène Noël"), role=Role.TENANT,
                                          organisation=nfd("Mairie")))
        assert person.name == "Mme Hélène Noël"
        assert [p.id for p in store.people.list()] == [person.id]
        path = tmp_path / "extract.csv"
        path.write_text("Objet;Catégorie;Demandeur\r\nFuite;Plomberie;Mme Hélène Noël\r\n", encoding="utf-8")
        import_complaints(store, path)
        assert store.complaints.list()[0].reporter_id == person.id  # the import links the reporter


def test_liaison_forms_and_commitments_are_kept_composed(fresh):
    form = LiaisonForm(question=nfd("Quand répare-t-on l'entrée ?"), received_on=dt.date(2026, 3, 1),
                       asker_name=nfd("Hélène"))
    form.validate()
    assert (form.question, form.asker_name) == ("Quand répare-t-on l'entrée ?", "Hélène")
    commitment = Commitment(what=nfd("Réparer la porte"), owner_name=nfd("Gérard"))
    commitment.validate()
    assert (commitment.what, commitment.owner_name) == ("Réparer la porte", "Gérard")


def test_agenda_texts_typed_decomposed_are_saved_composed(fresh):
    with fresh.store("meeting") as store:
        point = store.agenda.points(1)[0]
        store.agenda.update_point_fields(point.id, title=nfd("Élagage des arbres"), answer=nfd("Prévu en mai"))
        saved = store.agenda.point(point.id)
        assert (saved.title, saved.answer) == ("Élagage des arbres", "Prévu en mai")
