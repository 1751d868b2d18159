"""``import complaints`` and ``export complaints`` on the command line: exit codes and sentences."""

from __future__ import annotations

import csv

import pytest

from desktop.app import main
from desktop.store import Store

HEADER = ["Objet", "Catégorie", "Date", "Statut"]


def write(path, rows, encoding="utf-8-sig"):
    with open(path, "w", encoding=encoding, newline="") as stream:
        csv.writer(stream, delimiter=";").writerows([HEADER, *rows])
    return path


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "palier.db"
    Store.open(path).close()  # commands never create a database (only demo and the window do)
    return path


def count(db):
    store = Store.open(db)
    try:
        return store.complaints.count()
    finally:
        store.close()


def run(db, *args):
    return main(["main.py", "--db", str(db), "--lang", "en", *args])


def test_import_says_what_it_did_and_exits_0(db, tmp_path, capsys):
    path = write(tmp_path / "in.csv", [["Ascenseur bloqué", "Ascenseur", "12/03/2024", "En cours"],
                                       ["Tags", "Graffitis", "2024-03-13", ""]])
    assert run(db, "import", "complaints", str(path)) == 0
    assert capsys.readouterr().out.strip() == "2 complaints imported, 1 category created."
    assert count(db) == 2


def test_bad_rows_exit_2_list_every_line_and_change_nothing(db, tmp_path, capsys):
    path = write(tmp_path / "in.csv", [["Bon", "Autre", "01/01/2024", ""],
                                       ["Mauvais", "Autre", "32/01/2024", ""],
                                       ["", "Autre", "01/01/2024", "Perdue"]])
    assert run(db, "import", "complaints", str(path)) == 2
    err = capsys.readouterr().err
    assert "Nothing was imported: 2 rows of “in.csv” cannot be imported." in err
    assert "Line 3: the date “32/01/2024” in column “Date” does not exist." in err
    assert "Line 4: the title in column “Objet” is empty; the status “Perdue”" in err
    assert "--skip-invalid" in err
    assert "Traceback" not in err
    assert count(db) == 0


def test_skip_invalid_imports_the_rest_exit_0(db, tmp_path, capsys):
    path = write(tmp_path / "in.csv", [["Bon", "Autre", "01/01/2024", ""],
                                       ["Mauvais", "Autre", "32/01/2024", ""]])
    rejects = tmp_path / "rejects.csv"
    assert run(db, "import", "complaints", str(path), "--skip-invalid", str(rejects)) == 0
    out = capsys.readouterr().out
    assert "1 complaint imported, 1 row with errors set aside in" in out
    assert "Line 3:" in out
    assert count(db) == 1
    assert "Reason for rejection" in rejects.read_text(encoding="utf-8-sig")


def test_map_option_and_dry_run(db, tmp_path, capsys):
    with open(tmp_path / "in.csv", "w", encoding="cp1252", newline="") as stream:
        stream.write("Sujet,Famille,Quand\nChaudière en panne,Chauffage,05/01/2024\n")
    args = ["import", "complaints", str(tmp_path / "in.csv"), "--map", "Sujet=title",
            "--map", "Famille=category", "--map", "Quand=opened_on"]
    assert run(db, *args, "--dry-run") == 0
    assert capsys.readouterr().out.startswith("Trial run, nothing was changed: 1 complaint would be imported")
    assert count(db) == 0
    assert run(db, *args) == 0
    assert count(db) == 1


def test_a_file_without_title_column_exits_2_with_a_hint(db, tmp_path, capsys):
    with open(tmp_path / "in.csv", "w", encoding="utf-8") as stream:
        stream.write("Sujet;Catégorie\nPanne;Autre\n")
    assert run(db, "import", "complaints", str(tmp_path / "in.csv")) == 2
    err = capsys.readouterr().err
    assert "No column of “in.csv” holds the title" in err and "--map" in err


def test_a_bad_map_or_a_missing_file_exit_2(db, tmp_path, capsys):
    path = write(tmp_path / "in.csv", [["Bon", "Autre", "01/01/2024", ""]])
    assert run(db, "import", "complaints", str(path), "--map", "Objet") == 2
    assert "is not a column mapping" in capsys.readouterr().err
    assert run(db, "import", "complaints", str(tmp_path / "absent.csv")) == 2
    assert "There is no file" in capsys.readouterr().err
    assert count(db) == 0


def test_messages_are_in_french_when_asked(db, tmp_path, capsys):
    path = write(tmp_path / "in.csv", [["Mauvais", "Autre", "32/01/2024", ""]])
    assert main(["main.py", "--db", str(db), "--lang", "fr", "import", "complaints", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Ligne 2 : la date « 32/01/2024 » de la colonne « Date » n'existe pas." in err


def test_export_writes_the_file_and_says_so(db, tmp_path, capsys):
    run(db, "import", "complaints", str(write(tmp_path / "in.csv", [["=cmd", "Autre", "01/01/2024", "Clôturée"],
                                                                      ["Porte", "Autre", "01/01/2024", ""]])))
    capsys.readouterr()
    out_file = tmp_path / "out.csv"
    assert run(db, "export", "complaints", str(out_file), "--status", "open") == 0
    assert capsys.readouterr().out.strip() == f"1 complaint exported to “{out_file}”."
    text = out_file.read_text(encoding="utf-8-sig")
    assert "Porte" in text and "cmd" not in text
    assert run(db, "export", "complaints", str(out_file)) == 2  # it exists now
    assert run(db, "export", "complaints", str(out_file), "--overwrite") == 0
    assert "'=cmd" in out_file.read_text(encoding="utf-8-sig")


def test_export_to_a_missing_folder_exits_2(db, tmp_path, capsys):
    assert run(db, "export", "complaints", str(tmp_path / "no" / "out.csv")) == 2
    assert "does not exist" in capsys.readouterr().err


def _city_extract(path, rows=2000):
    """A city's open-data export: its "intervenant" column names services Palier does not know."""
    values = ["DPE-STPP-DT", "graffitis", "DPE-STPP-DT", "Régie"]
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Objet", "Catégorie", "Date", "intervenant"])
        for number in range(rows):
            writer.writerow([f"Signalement {number}", "Propreté", "12/03/2024", values[number % 4]])
    return path


def test_a_real_extract_s_refusals_are_grouped_by_cause(db, tmp_path, capsys):
    extract = _city_extract(tmp_path / "ville.csv")
    assert run(db, "import", "complaints", str(extract), "--map", "intervenant=service") == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) < 10  # not 2,000 lines
    assert "1000 rows (lines 2, 4, 6, 8, 10 and 995 more): the service “DPE-STPP-DT”" in err
    assert "500 rows (lines 3, 7, 11, 15, 19 and 495 more): the service “graffitis”" in err
    assert "500 rows (lines 5, 9, 13, 17, 21 and 495 more): the service “Régie”" in err
    assert count(db) == 0


def test_values_found_in_a_column_are_mapped_to_palier_s_services(db, tmp_path, capsys):
    extract = _city_extract(tmp_path / "ville.csv", rows=8)
    assert run(db, "import", "complaints", str(extract), "--map", "intervenant=service",
               "--map-values", "service:DPE-STPP-DT=works", "--map-values", "graffitis=proximity",
               "--map-values", "service:régie=keep") == 0, capsys.readouterr().err
    store = Store.open(db)
    try:
        complaints = {c.title: c for c in store.complaints.list()}
    finally:
        store.close()
    assert complaints["Signalement 0"].service.value == "works"
    assert complaints["Signalement 1"].service.value == "proximity"
    assert complaints["Signalement 3"].service is None
    assert "Landlord's service: Régie" in complaints["Signalement 3"].description


@pytest.mark.parametrize("mapping,words", [("service:DPE=nowhere", "not known"), ("colour:x=red", "FIELD:VALUE=TARGET"),
                                           ("justtext", "FIELD:VALUE=TARGET")])
def test_a_bad_value_mapping_is_refused_with_a_sentence(db, tmp_path, capsys, mapping, words):
    extract = _city_extract(tmp_path / "ville.csv", rows=4)
    assert run(db, "import", "complaints", str(extract), "--map", "intervenant=service", "--map-values", mapping) == 2
    assert words in capsys.readouterr().err
    assert count(db) == 0
