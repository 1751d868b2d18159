"""CSV injection: a file with a formula in every cell, and exports that neutralise formulas yet
import back to the very same texts."""

from __future__ import annotations

import csv
import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.complaints import Complaint
from desktop.domain.errors import UserError
from desktop.services.csv_table import FORMULA_STARTS
from desktop.services.exporting import export_complaints
from desktop.services.import_fields import normalise
from desktop.services.importing import ImportRejected, import_complaints
from tests.properties.conftest import assert_sentence, assert_sound, budget, snapshot
from tests.properties.strategies import FORMULAS, as_imported, clean_text, csv_text

HEADER = ["Objet", "Catégorie", "Description", "Lieu", "Demandeur", "N° bailleur", "Date"]
STARTS = ["=", "+", "-", "@", "\t", "\r", "'=", "''+", "'\t"]
formula = st.builds(lambda start, rest: start + rest, st.sampled_from(STARTS), clean_text)
formula_cell = st.one_of(formula, st.sampled_from(FORMULAS))


def texts(complaint) -> tuple:
    return (complaint.title, complaint.description, complaint.place.label, complaint.reporter_name,
            complaint.external_ref, normalise(complaint.category_name) or complaint.category_name)


def exported_cells(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def export_then_import(fresh, store) -> list[tuple]:
    """Export ``store``'s complaints, check no cell would run as a formula, import the file into
    an empty database; the texts of what it then holds."""
    path = fresh.folder() / "export.csv"
    export_complaints(store, path, "all")
    for row in exported_cells(path):
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell  # a spreadsheet would run it
    with fresh.store() as other:
        import_complaints(other, path)
        return [texts(c) for c in sorted(other.complaints.list(), key=lambda c: c.id)]


@budget(30)
@given(cells=st.lists(st.lists(formula_cell, min_size=7, max_size=7), min_size=1, max_size=3),
       delimiter=st.sampled_from([";", ","]))
def test_a_formula_in_every_cell_is_refused_row_by_row(fresh, cells, delimiter):
    text, starts = csv_text([HEADER, *cells], delimiter)
    path = fresh.folder() / "formules.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    with fresh.store() as store:
        before = snapshot(store)
        try:
            import_complaints(store, path)
        except ImportRejected as error:
            assert_sentence(error.message)
            # The date of each row is a formula, never a date: every row is named, with the column.
            assert [e.line for e in error.errors] == starts[1:]
            assert all("column “Date”" in e.sentence() for e in error.errors)
        else:
            raise AssertionError("a formula was read as a date")
        assert snapshot(store) == before
        assert_sound(store)


def test_formula_headers_are_read_by_their_words_and_formula_dates_refused(fresh):
    path = fresh.folder() / "formules.csv"
    path.write_bytes("=Objet;+Catégorie;@Date\r\n=1;=2;=3\r\n".encode())
    with fresh.store() as store:
        try:
            import_complaints(store, path)
        except ImportRejected as error:
            assert_sentence(error.message)
            assert error.errors[0].sentence() == (
                "Line 2: “=3” in column “@Date” is not a date (write it as 31/12/2024 or 2024-12-31).")
        assert store.complaints.count() == 0


@budget(30)
@given(rows=st.lists(st.lists(formula_cell, min_size=6, max_size=6), min_size=1, max_size=3))
@example(rows=[["=1+1", "=HYPERLINK(\"x\")", "\t=cmd", "+33 6", "@SUM(A1)", "'=already"]])
def test_imported_formulas_are_kept_and_exported_neutralised_and_import_back_the_same(fresh, rows):
    records = [[*row, "12/03/2024"] for row in rows]
    text, _ = csv_text([HEADER, *records], ";")
    path = fresh.folder() / "formules.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    with fresh.store() as store:
        try:
            import_complaints(store, path)
        except UserError as error:  # an empty or too long title, an empty category
            assert isinstance(error, ImportRejected), error
            return
        stored = sorted(store.complaints.list(), key=lambda c: c.id)
        assert [c.title for c in stored] == [as_imported(row[0]).strip() for row in rows]
        assert [c.description for c in stored] == [as_imported(row[2]) for row in rows]
        assert export_then_import(fresh, store) == [texts(c) for c in stored]


@budget(30)
@given(title=formula.filter(lambda t: t.strip()), description=formula, reference=formula)
@example(title="'=1+1", description="''@x", reference="'-")
def test_texts_typed_in_forms_export_neutralised_and_import_back_the_same(fresh, title, description, reference):
    """What a form saved (apostrophes before formulas included) survives an export and an import."""
    with fresh.store() as store:
        lift = store.categories.by_name()["lift"]
        try:
            store.complaints.create(Complaint(title=title, description=description.strip(), category_id=lift,
                                              external_ref=reference, opened_on=dt.date(2024, 3, 12)))
        except UserError:  # a title too long
            return
        [saved] = store.complaints.list()
        assert export_then_import(fresh, store) == [texts(saved)]
