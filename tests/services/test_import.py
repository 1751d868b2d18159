"""Importing complaints from CSV extracts: encodings, delimiters, names, values, all or nothing."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from desktop.domain.complaints import ComplaintStatus
from desktop.domain.errors import UserError
from desktop.domain.people import LandlordService, Person, Role
from desktop.services.importing import (
    ImportCancelled,
    ImportRejected,
    MissingColumns,
    import_complaints,
    preview,
)

FRENCH_ROWS = [
    ["Objet", "Catégorie", "Date", "Statut", "Lieu", "Demandeur", "N° bailleur", "Service", "Échéance"],
    ["Ascenseur en panne", "Ascenseur", "12/03/2024", "En cours", "Bâtiment A › Entrée 1", "Mme Durand",
     "R-123", "gestion de proximité", "20/03/2024"],
    ["Fuite d'eau, cave", "Plomberie", "2024-02-01", "Clôturée", "Cave", "", "", "travaux", ""],
]


def write(path, rows, encoding="utf-8", delimiter=";"):
    with open(path, "w", encoding=encoding, newline="") as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


def titles(store):
    return sorted(c.title for c in store.complaints.list())


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_each_encoding_keeps_the_accents(residence_store, tmp_path, encoding):
    path = write(tmp_path / "extract.csv", FRENCH_ROWS, encoding=encoding)
    result = import_complaints(residence_store, path)
    assert result.encoding == encoding
    assert result.imported == 2
    assert titles(residence_store) == ["Ascenseur en panne", "Fuite d'eau, cave"]
    assert residence_store.complaints.list()[0].place.label in ("Bâtiment A › Entrée 1", "Cave")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_each_delimiter_is_detected(residence_store, tmp_path, delimiter):
    path = write(tmp_path / "extract.csv", FRENCH_ROWS, delimiter=delimiter)
    result = import_complaints(residence_store, path)
    assert result.delimiter == delimiter
    assert titles(residence_store) == ["Ascenseur en panne", "Fuite d'eau, cave"]


def test_french_headers_and_values_are_understood(residence_store, tmp_path):
    residence_store.people.save(Person(name="Mme Durand", role=Role.TENANT))
    import_complaints(residence_store, write(tmp_path / "f.csv", FRENCH_ROWS))
    lift = next(c for c in residence_store.complaints.list() if c.title == "Ascenseur en panne")
    assert lift.opened_on == dt.date(2024, 3, 12)
    assert lift.due_on == dt.date(2024, 3, 20)
    assert lift.status == ComplaintStatus.IN_PROGRESS
    assert lift.service == LandlordService.PROXIMITY
    assert lift.external_ref == "R-123"
    assert lift.place.entrance_id is not None and lift.place.label == "Bâtiment A › Entrée 1"
    assert lift.reporter_id is not None and lift.reporter_name == "Mme Durand"
    leak = next(c for c in residence_store.complaints.list() if c.title != "Ascenseur en panne")
    assert leak.status == ComplaintStatus.CLOSED
    assert leak.place.entrance_id is None and leak.place.label == "Cave"
    assert leak.service == LandlordService.WORKS


def test_english_headers_and_iso_dates(store, tmp_path):
    rows = [["Title", "Category", "Opened", "Status", "Location", "Reporter", "Reference", "Due"],
            ["Broken intercom", "Intercom", "2024-05-02", "Passed to the landlord", "Hall", "Mr Smith",
             "X9", "2024-06-01"]]
    result = import_complaints(store, write(tmp_path / "e.csv", rows, delimiter=","))
    assert result.mapping == {"Title": "title", "Category": "category", "Opened": "opened_on",
                              "Status": "status", "Location": "place", "Reporter": "reporter",
                              "Reference": "external_ref", "Due": "due_on"}
    complaint = store.complaints.list()[0]
    assert complaint.opened_on == dt.date(2024, 5, 2) and complaint.due_on == dt.date(2024, 6, 1)
    assert complaint.status == ComplaintStatus.PASSED_TO_LANDLORD
    assert complaint.category_name == "Intercom"


def test_map_option_names_the_unknown_columns(store, tmp_path):
    rows = [["Sujet", "Famille", "Quand"], ["Porte du hall bloquée", "Portes", "3/4/2024"]]
    path = write(tmp_path / "m.csv", rows)
    with pytest.raises(MissingColumns) as error:
        import_complaints(store, path)
    assert "title" in str(error.value) and "“Sujet”" in str(error.value)
    result = import_complaints(store, path, {"Sujet": "title", "famille": "category", "Quand": "opened_on"})
    assert result.imported == 1
    complaint = store.complaints.list()[0]
    assert (complaint.title, complaint.category_name) == ("Porte du hall bloquée", "Portes")
    assert complaint.opened_on == dt.date(2024, 4, 3)


def test_map_can_ignore_a_column_and_rejects_unknown_fields(store, tmp_path):
    path = write(tmp_path / "m.csv", FRENCH_ROWS)
    import_complaints(store, path, {"N° bailleur": "ignore"})
    assert all(c.external_ref == "" for c in store.complaints.list())
    with pytest.raises(UserError, match="“colour” is not a field"):
        import_complaints(store, path, {"Objet": "colour"})
    with pytest.raises(UserError, match="no column “Nope”"):
        import_complaints(store, path, {"Nope": "title"})


def test_bad_rows_are_all_listed_with_their_line_and_nothing_is_imported(store, tmp_path):
    rows = [FRENCH_ROWS[0], FRENCH_ROWS[1],
            ["Fuite", "Plomberie", "31/02/2024", "", "", "", "", "", ""],
            ["", "Plomberie", "01/02/2024", "", "", "", "", "", ""],
            ["Bruit", "Voisinage", "01/02/2024", "Peut-être", "", "", "", "", ""]]
    before = store.categories.list()
    with pytest.raises(ImportRejected) as error:
        import_complaints(store, write(tmp_path / "bad.csv", rows))
    message = str(error.value)
    assert "3 rows" in message
    assert "Line 3: the date “31/02/2024” in column “Date” does not exist." in message
    assert "Line 4: the title in column “Objet” is empty" in message
    assert "Line 5: the status “Peut-être” in column “Statut” is not known" in message
    assert [e.line for e in error.value.errors] == [3, 4, 5]
    assert store.complaints.count() == 0
    assert store.categories.list() == before


def test_line_numbers_count_physical_lines_of_multiline_cells(store, tmp_path):
    rows = [["Titre", "Catégorie", "Date"], ["Odeur", "Autre", "01/01/2024"],
            ["Tags", "Autre\n(voir photo)", "02/01/2024"], ["Vitre", "Autre", "30/02/2024"]]
    with pytest.raises(ImportRejected) as error:
        import_complaints(store, write(tmp_path / "multi.csv", rows))
    assert [e.line for e in error.value.errors] == [5]


def test_skip_invalid_imports_the_rest_and_writes_the_rejects_with_a_reason(store, tmp_path):
    rows = [FRENCH_ROWS[0], FRENCH_ROWS[1], ["Fuite", "Fuites", "1/13/2024", "", "", "", "", "", ""]]
    rejects = tmp_path / "rejects.csv"
    result = import_complaints(store, write(tmp_path / "s.csv", rows), skip_invalid=rejects)
    assert (result.imported, len(result.rejected)) == (1, 1)
    assert titles(store) == ["Ascenseur en panne"]
    assert result.categories_created == []
    assert "Fuites" not in [c.name for c in store.categories.list()]
    raw = rejects.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert lines[0] == [*FRENCH_ROWS[0], "Reason for rejection"]
    assert lines[1][:3] == ["Fuite", "Fuites", "1/13/2024"]
    assert lines[1][-1] == "The date “1/13/2024” in column “Date” does not exist."
    assert "1 row with errors set aside" in result.summary()


def test_dry_run_reports_and_writes_nothing(store, tmp_path):
    rows = [FRENCH_ROWS[0], FRENCH_ROWS[1], ["Fuite", "Fuites", "xx", "", "", "", "", "", ""]]
    rejects = tmp_path / "rejects.csv"
    result = import_complaints(store, write(tmp_path / "d.csv", rows), skip_invalid=rejects, dry_run=True)
    assert result.imported == 1 and [e.line for e in result.rejected] == [3]
    assert "nothing was changed" in result.summary()
    assert store.complaints.count() == 0
    assert not rejects.exists()
    assert "Ascenseur" not in [c.name for c in store.categories.list()]


def test_unknown_categories_are_created_known_ones_matched_whatever_the_case(store, tmp_path):
    rows = [["Titre", "Type", "Date"], ["A", "GRAFFITIS", "01/01/2024"], ["B", "heating", "01/01/2024"],
            ["C", "Encombrants", "01/01/2024"], ["D", "encombrants", "01/01/2024"],
            ["E", "Électricité", "01/01/2024"]]
    count_before = len(store.categories.list())
    result = import_complaints(store, write(tmp_path / "c.csv", rows))
    assert result.categories_created == ["GRAFFITIS", "Encombrants"]
    names = {c.title: c.category_name for c in store.complaints.list()}
    assert names["B"] == "Heating"
    assert names["C"] == names["D"] == "Encombrants"
    assert len(store.categories.list()) == count_before + 2
    assert result.summary() == "5 complaints imported, 2 categories created."


def test_seeded_categories_are_found_by_their_french_name(store, tmp_path):
    """An English database and a French extract: "Ascenseur" is the seeded "Lift"."""
    rows = [["Titre", "Catégorie", "Date"], ["A", "ascenseur", "01/01/2024"],
            ["B", "Électricité", "01/01/2024"]]
    result = import_complaints(store, write(tmp_path / "fr.csv", rows))
    assert result.categories_created == []
    assert {c.title: c.category_name for c in store.complaints.list()} == {"A": "Lift", "B": "Electricity"}


def test_statuses_from_the_file_are_kept(store, tmp_path):
    rows = [["Titre", "Catégorie", "Date", "État"]]
    labels = {"Nouvelle": ComplaintStatus.NEW, "Transmise au bailleur": ComplaintStatus.PASSED_TO_LANDLORD,
              "resolved": ComplaintStatus.RESOLVED, "Rejetée": ComplaintStatus.REJECTED,
              "closed": ComplaintStatus.CLOSED, "": ComplaintStatus.NEW}
    rows += [[f"t{i}", "Autre", "01/01/2024", label] for i, label in enumerate(labels)]
    import_complaints(store, write(tmp_path / "st.csv", rows))
    found = {c.title: c.status for c in store.complaints.list()}
    assert found == {f"t{i}": status for i, status in enumerate(labels.values())}
    rejected = next(c for c in store.complaints.list() if c.status == ComplaintStatus.REJECTED)
    assert "st.csv" in rejected.status_reason
    assert store.complaints.history(rejected.id)[0].after == "rejected"


def test_imported_complaints_are_found_by_search(store, tmp_path):
    from desktop.domain.complaints import ComplaintQuery

    import_complaints(store, write(tmp_path / "f.csv", FRENCH_ROWS))
    assert [c.title for c in store.complaints.list(ComplaintQuery(text="ascen"))] == ["Ascenseur en panne"]


def test_empty_file_gives_a_sentence(store, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(UserError, match="The file “empty.csv” is empty"):
        import_complaints(store, path)


def test_headers_without_rows_give_a_sentence(store, tmp_path):
    with pytest.raises(UserError, match="no rows to import"):
        import_complaints(store, write(tmp_path / "h.csv", [FRENCH_ROWS[0]]))


def test_binary_file_gives_a_sentence(store, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(UserError, match="“photo.csv” is not a CSV table"):
        import_complaints(store, path)


def test_text_in_an_unknown_encoding_gives_a_sentence(store, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes("Titre;Catégorie\n".encode() + b"Caf\x81;Autre\n")
    with pytest.raises(UserError, match="neither UTF-8 nor Windows"):
        import_complaints(store, path)


def test_missing_title_column_gives_a_sentence(store, tmp_path):
    with pytest.raises(MissingColumns) as error:
        import_complaints(store, write(tmp_path / "nt.csv", [["Catégorie", "Date"], ["Autre", "01/01/2024"]]))
    assert str(error.value) == ("No column of “nt.csv” holds the title of the complaints. Its columns are: “Catégorie”, “Date”.")


def test_missing_file_gives_a_sentence(store, tmp_path):
    with pytest.raises(UserError, match="There is no file"):
        import_complaints(store, tmp_path / "nowhere.csv")


def test_dates_in_french_and_iso_forms(store, tmp_path):
    rows = [["Titre", "Catégorie", "Date"], ["a", "Autre", "1/2/2024"], ["b", "Autre", "2024-02-03"],
            ["c", "Autre", "04.02.2024 14:30"]]
    import_complaints(store, write(tmp_path / "d.csv", rows))
    found = {c.title: c.opened_on for c in store.complaints.list()}
    assert found == {"a": dt.date(2024, 2, 1), "b": dt.date(2024, 2, 3), "c": dt.date(2024, 2, 4)}


def test_two_digit_years_and_words_are_refused_with_the_reason(store, tmp_path):
    rows = [["Titre", "Catégorie", "Date"], ["a", "Autre", "01/02/24"], ["b", "Autre", "demain"]]
    with pytest.raises(ImportRejected) as error:
        import_complaints(store, write(tmp_path / "d.csv", rows))
    assert error.value.errors[0].sentence() == (
        "Line 2: the date “01/02/24” in column “Date” needs a year with four digits.")
    assert "“demain” in column “Date” is not a date" in error.value.errors[1].sentence()


def test_cancelling_rolls_everything_back(store, tmp_path):
    rows = [["Titre", "Catégorie", "Date"]] + [[f"t{i}", f"Cat {i % 3}", "01/01/2024"] for i in range(500)]
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 4  # stop while inserting, after the check of every row

    with pytest.raises(ImportCancelled):
        import_complaints(store, write(tmp_path / "big.csv", rows), cancelled=cancelled)
    assert store.complaints.count() == 0
    assert "Cat 0" not in [c.name for c in store.categories.list()]
    import_complaints(store, tmp_path / "big.csv")
    assert store.complaints.count() == 500


def test_progress_reaches_the_end(store, tmp_path):
    rows = [["Titre", "Catégorie", "Date"]] + [[f"t{i}", "Autre", "01/01/2024"] for i in range(450)]
    seen = []
    import_complaints(store, write(tmp_path / "p.csv", rows), progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (900, 900)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_preview_shows_mapping_first_rows_and_errors(store, tmp_path):
    rows = [FRENCH_ROWS[0], FRENCH_ROWS[1], ["", "Autre", "01/01/2024", "", "", "", "", "", ""],
            ["Tags", "Graffitis", "01/01/2024", "", "", "", "", "", ""]]
    found = preview(store, write(tmp_path / "p.csv", rows, encoding="cp1252"))
    assert (found.encoding, found.delimiter, found.total_rows) == ("cp1252", ";", 3)
    assert found.mapping_by_name["Objet"] == "title" and found.mapping_by_name["Échéance"] == "due_on"
    assert found.rows[0].values[0] == "Ascenseur en panne"
    assert [e.line for e in found.errors] == [3]
    assert found.categories_to_create == ["Graffitis"]
    assert found.problem == ""
    unmapped = preview(store, tmp_path / "p.csv", {"Objet": "ignore"})
    assert unmapped.missing_fields == ["title"] and "holds the title" in unmapped.problem


def test_rejects_file_must_differ_from_the_imported_file(store, tmp_path):
    path = write(tmp_path / "same.csv", FRENCH_ROWS)
    with pytest.raises(UserError, match="must not be the file being imported"):
        import_complaints(store, path, skip_invalid=path)


# Attacks of part 5: texts kept as written, impossible years refused ---------------------------------
def test_a_leading_apostrophe_is_kept_as_written_in_anyone_else_s_file(residence_store, tmp_path):
    path = write(tmp_path / "extrait.csv", [["Objet", "Catégorie", "Date"],
                                            ["'=1+1", "Autre", "01/03/2024"],
                                            ["'Porte d'entrée", "Autre", "01/03/2024"],
                                            ["''@là", "Autre", "01/03/2024"]])
    import_complaints(residence_store, path)
    assert titles(residence_store) == ["''@là", "'=1+1", "'Porte d'entrée"]


def test_palier_s_own_export_imports_back_without_its_apostrophes(residence_store, tmp_path):
    from desktop.domain.complaints import Complaint
    from desktop.services.exporting import export_complaints

    category = residence_store.categories.list()[0].id
    residence_store.complaints.create(Complaint(title="=Fenêtre", category_id=category))
    residence_store.complaints.create(Complaint(title="'Porte", category_id=category))
    exported = tmp_path / "export.csv"
    export_complaints(residence_store, exported, "all")
    assert "'=Fenêtre" in exported.read_text(encoding="utf-8-sig")
    other = type(residence_store).open(tmp_path / "other.db")
    try:
        import_complaints(other, exported)
        assert titles(other) == ["'Porte", "=Fenêtre"]
    finally:
        other.close()


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_a_bare_carriage_return_inside_a_cell_is_kept(residence_store, tmp_path, encoding):
    path = tmp_path / "cr.csv"
    text = 'Objet;Catégorie;Description\r\n"Porte\rcassée";Autre;"Ligne 1\rLigne 2\nLigne 3"\r\n'
    path.write_bytes(text.encode(encoding))
    import_complaints(residence_store, path)
    complaint = residence_store.complaints.list()[0]
    assert complaint.description == "Ligne 1\rLigne 2\nLigne 3"


@pytest.mark.parametrize("value,words", [("31/12/1924", "before 1990"), ("1989-12-31", "before 1990"),
                                         ("01/03/2204", "more than 5 years"), ("2031-03-13", "more than 5 years")])
def test_impossible_years_are_refused_naming_the_line(residence_store, tmp_path, value, words):
    path = write(tmp_path / "dates.csv", [["Objet", "Catégorie", "Date"], ["Bon", "Autre", "01/03/2024"],
                                          ["Faute de frappe", "Autre", value]])
    with pytest.raises(ImportRejected) as refused:
        import_complaints(residence_store, path)
    assert "Line 3" in refused.value.message and words in refused.value.message and value in refused.value.message
    assert residence_store.complaints.count() == 0


def test_a_due_date_far_ahead_is_refused_too(residence_store, tmp_path):
    path = write(tmp_path / "dates.csv", [["Objet", "Catégorie", "Date", "Échéance"],
                                          ["Ascenseur", "Autre", "01/03/2024", "01/03/2099"]])
    with pytest.raises(ImportRejected) as refused:
        import_complaints(residence_store, path)
    assert "Line 2" in refused.value.message and "01/03/2099" in refused.value.message
