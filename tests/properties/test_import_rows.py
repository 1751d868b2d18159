"""Importing files full of hostile texts: every row comes back exactly as in the file (stripped of
surrounding spaces, accents composed), or nothing is imported and each bad line is named.

The documented normalisation: a cell is read without the spaces around it, a leading apostrophe
that neutralised a formula is dropped (an export imports back unchanged), and accents typed
decomposed are stored composed (NFC), so search, sorting and name matching see one spelling.
"""

from __future__ import annotations

from hypothesis import event, example, given
from hypothesis import strategies as st

from desktop.domain.complaints import DEFAULT_CATEGORIES, DESCRIPTION_MAX, TITLE_MAX
from desktop.domain.errors import UserError
from desktop.i18n import lookup
from desktop.services.import_fields import (
    CellError,
    is_confidential_marker,
    normalise,
    parse_date,
    parse_service,
    parse_status,
)
from desktop.domain.dates import add_months
from desktop.services.import_rows import EARLIEST_DATE, MAX_YEARS_AHEAD
from desktop.services.importing import ImportRejected, import_complaints
from tests.conftest import FIXED_NOW
from tests.properties.conftest import assert_sentence, assert_sound, budget, snapshot
from tests.properties.strategies import (
    as_imported,
    cell_text,
    clean_text,
    csv_text,
    date_cells,
    encode,
    has_controls,
    hostile_date_cells,
    nfd,
)

HEADER = ["Objet", "Catégorie", "Description", "Lieu", "Demandeur", "N° bailleur", "Date"]
KEYS = ["title", "category", "description", "place", "reporter", "ref", "date"]

rows_strategy = st.lists(
    st.fixed_dictionaries({
        "title": cell_text,
        "category": st.one_of(st.sampled_from(["Ascenseur", "PLOMBERIE", "Lift", "Graffitis", "graffitis"]),
                              clean_text),
        "description": cell_text, "place": clean_text, "reporter": clean_text, "ref": clean_text,
        "date": date_cells,
    }),
    min_size=1, max_size=5,
)


read = as_imported


def valid(row: dict) -> bool:
    """Whether the rules of the import accept ``row`` (title and category given, lengths)."""
    title, description = read(row["title"]), read(row["description"])
    return (bool(title.strip()) and len(title) <= TITLE_MAX and len(description) <= DESCRIPTION_MAX
            and bool(read(row["category"])))


def _canonical(name: str) -> str:
    """A seeded category's English name for its English or French name, else ``name`` compared."""
    key = normalise(name)
    for english in DEFAULT_CATEGORIES:
        if key in (normalise(english), normalise(lookup("Category", english, "fr") or english)):
            return normalise(english)
    return key


def same_category(a: str, b: str) -> bool:
    """Category names the import may take for one another: equal but for case, accents,
    separators and language (seeded ones), as long as some letter or digit is left to compare."""
    if normalise(a) and normalise(b):
        return _canonical(a) == _canonical(b)
    return a.casefold() == b.casefold()


def check_stored(store, rows: list[dict]) -> None:
    complaints = sorted(store.complaints.list(), key=lambda c: c.id)
    assert len(complaints) == len(rows)
    for complaint, row in zip(complaints, rows):
        assert complaint.title == read(row["title"]).strip()
        assert complaint.description == read(row["description"])
        assert complaint.external_ref == read(row["ref"]).strip()
        assert complaint.place.label == read(row["place"])
        reporter = read(row["reporter"])
        if is_confidential_marker(reporter):
            assert complaint.reporter_confidential and complaint.reporter_name == ""
        else:
            assert not complaint.reporter_confidential and complaint.reporter_name == reporter.strip()
        assert complaint.opened_on == parse_date(row["date"], "Date")
        assert same_category(complaint.category_name, read(row["category"]).strip()), complaint.category_name
    # Two rows share a category exactly when their names may be taken for one another.
    for first, one in zip(complaints, rows):
        for second, other in zip(complaints, rows):
            shared = first.category_id == second.category_id
            assert shared == same_category(read(one["category"]).strip(), read(other["category"]).strip()) or (
                shared and same_category(first.category_name, read(one["category"]).strip())
                and same_category(first.category_name, read(other["category"]).strip()))


def check_rejected(error: ImportRejected, rows: list[dict], starts: list[int]) -> None:
    bad = [starts[index + 1] for index, row in enumerate(rows) if not valid(row)]
    assert [e.line for e in error.errors] == bad
    assert_sentence(error.message)
    for row_error in error.errors:
        sentence = row_error.sentence()
        assert sentence.startswith(f"Line {row_error.line}: ")
        assert any(f"“{column}”" in sentence for column in HEADER), sentence  # names the column
        assert len(sentence) < 1000, sentence[:300]  # a sentence, not the whole cell echoed back


@budget(60)
@given(rows=rows_strategy, delimiter=st.sampled_from([";", ",", "\t"]),
       encoding=st.sampled_from(["utf-8-sig", "utf-8", "cp1252"]))
@example(rows=[{"title": "Ascenseur en panne", "category": "Ascenseur", "description": "Cabine bloquée",
                "place": "Hall", "reporter": "Mme Durand", "ref": "R-1", "date": "12/03/2024"}],
         delimiter=";", encoding="cp1252")
@example(rows=[{"title": "Odeur", "category": "🔥", "description": "", "place": "", "reporter": "", "ref": "",
                "date": "2024-03-12"},
               {"title": "Fuite", "category": "💧", "description": "", "place": "", "reporter": "", "ref": "",
                "date": "12.03.2024"}],
         delimiter=",", encoding="utf-8")  # symbols only: two categories, not one
@example(rows=[{"title": nfd("Fenêtre cassée"), "category": nfd("Propreté"), "description": nfd("Élevé"),
                "place": nfd("Entrée 2"), "reporter": nfd("Mme Hélène Noël"), "ref": "'=1+1", "date": "1/3/2024"}],
         delimiter="\t", encoding="utf-8")  # decomposed accents are stored composed
def test_hostile_texts_import_exactly_or_nothing_is_imported(fresh, rows, delimiter, encoding):
    text, starts = csv_text([HEADER, *([row[key] for key in KEYS] for row in rows)], delimiter)
    data, _used = encode(text, encoding)
    path = fresh.folder() / "extract.csv"
    path.write_bytes(data)
    with fresh.store() as store:
        before = snapshot(store)
        try:
            import_complaints(store, path)
        except ImportRejected as error:
            event("rows refused")
            assert not all(valid(row) for row in rows)
            check_rejected(error, rows, starts)
            assert snapshot(store) == before
        except UserError as error:
            event("file refused")
            # Only a file holding control characters (NUL, bell...) may be refused whole.
            assert has_controls(text), error.message
            assert_sentence(error.message)
            assert snapshot(store) == before
        else:
            event("imported")
            assert all(valid(row) for row in rows)
            check_stored(store, rows)
        assert_sound(store)


DATED = ["Objet", "Catégorie", "Date", "Échéance", "Statut", "Service"]
statuses = st.one_of(st.sampled_from(["", "Clôturée", "en cours", "REJETÉE", "closed", "Perdue", "=1"]), clean_text)
services = st.one_of(st.sampled_from(["", "gestion locative", "Travaux", "Proximité", "ménage"]), clean_text)


def parses(row: list[str]) -> bool:
    """Whether every value of a DATED row reads (dates, status, service) and the due date is not
    before the opening date."""
    _title, _category, opened, due, status, service = (as_imported(cell) for cell in row)
    try:
        opened_on = parse_date(opened, "Date")
        due_on = parse_date(due, "Échéance") if due else None
        parse_status(status, "Statut")
        parse_service(service, "Service")
    except CellError:
        return False
    # Years no register holds are typing mistakes: 1990 to five years after the store's today.
    plausible = all(EARLIEST_DATE <= day <= add_months(FIXED_NOW.date(), 12 * MAX_YEARS_AHEAD)
                    for day in (opened_on, due_on) if day is not None)
    return plausible and (due_on is None or due_on >= opened_on)


@budget(40)
@given(rows=st.lists(st.tuples(st.just("Fuite"), st.just("Plomberie"), hostile_date_cells,
                               st.one_of(st.just(""), hostile_date_cells), statuses, services),
                     min_size=1, max_size=4))
@example(rows=[("Fuite", "Plomberie", "12/03/2024", "01/03/2024", "", "")])  # due before opened
@example(rows=[("Fuite", "Plomberie", "12/03/2024 " + "9" * 5000, "", "", "")])  # a long bad date
def test_dates_statuses_and_services_read_or_the_row_is_named_with_its_column(fresh, rows):
    text, starts = csv_text([DATED, *rows], ";")
    path = fresh.folder() / "dates.csv"
    path.write_bytes(text.encode("utf-8"))
    with fresh.store() as store:
        before = snapshot(store)
        try:
            import_complaints(store, path)
        except ImportRejected as error:
            assert [e.line for e in error.errors] == [starts[i + 1] for i, row in enumerate(rows) if not parses(row)]
            for row_error in error.errors:
                sentence = row_error.sentence()
                assert any(f"“{column}”" in sentence for column in DATED), sentence
                assert len(sentence) < 1000, sentence[:300]
            assert snapshot(store) == before
        else:
            assert all(parses(row) for row in rows)
            assert store.complaints.count() == len(rows)
        assert_sound(store)
