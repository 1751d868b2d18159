"""Exporting the register for a French spreadsheet: BOM, semicolons, no formulas, no secrets."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from desktop import i18n
from desktop.domain.complaints import Complaint, ComplaintQuery, ComplaintStatus, StatusGroup
from desktop.domain.errors import UserError
from desktop.domain.places import PlaceRef
from desktop.services.exporting import export_complaints
from desktop.services.importing import import_complaints


def add(store, title, **values):
    category = store.categories.list()[0].id
    complaint = Complaint(title=title, category_id=category, opened_on=dt.date(2024, 3, 1), **values)
    return store.complaints.create(complaint)


def read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))


def test_file_has_a_bom_semicolons_and_accents(store, tmp_path):
    add(store, "Fenêtre cassée à l'entrée", description="Vitre fêlée; danger", external_ref="N°42")
    path = tmp_path / "register.csv"
    assert export_complaints(store, path, "all") == 1
    rows = read(path)
    assert rows[0][:4] == ["Number", "Title", "Category", "Status"]
    assert rows[1][1] == "Fenêtre cassée à l'entrée"
    assert rows[1][3] == "New"
    assert rows[1][4] == "01/03/2024"
    assert rows[1][-1] == "Vitre fêlée; danger"
    assert path.read_bytes().count(b";") >= 11


def test_headers_and_statuses_follow_the_language(store, tmp_path):
    add(store, "Ascenseur en panne")
    i18n.set_language("fr")
    export_complaints(store, tmp_path / "fr.csv", "all")
    rows = read(tmp_path / "fr.csv")
    assert rows[0][1] == "Titre" and rows[1][3] == "Nouvelle"


@pytest.mark.parametrize("dangerous", ["=1+2", "+33 6 12 34 56 78", "-2+3", "@SUM(A1)"])
def test_formula_cells_are_neutralised(store, tmp_path, dangerous):
    add(store, dangerous, external_ref=dangerous, description="\t" + dangerous)
    export_complaints(store, tmp_path / "f.csv", "all")
    row = read(tmp_path / "f.csv")[1]
    assert row[1] == "'" + dangerous
    assert row[8] == "'" + dangerous
    assert row[-1] == "'\t" + dangerous


def test_harmless_cells_are_left_alone(store, tmp_path):
    add(store, "Fuite 2-3 fois", external_ref="A-12")
    export_complaints(store, tmp_path / "h.csv", "all")
    row = read(tmp_path / "h.csv")[1]
    assert (row[1], row[8]) == ("Fuite 2-3 fois", "A-12")


def test_a_confidential_reporter_is_not_exported(store, tmp_path):
    add(store, "Bruit la nuit", reporter_name="Jeanne Secret", reporter_confidential=True)
    add(store, "Porte", reporter_name="Paul Public")
    export_complaints(store, tmp_path / "c.csv", "all")
    text = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert "Jeanne Secret" not in text
    assert "Paul Public" in text
    assert "Confidential" in text


def test_status_group_selects_open_or_closed(store, tmp_path):
    add(store, "Ouverte")
    closed = add(store, "Fermée")
    store.complaints.change_status(closed.id, ComplaintStatus.RESOLVED)
    store.complaints.change_status(closed.id, ComplaintStatus.CLOSED)
    assert export_complaints(store, tmp_path / "o.csv", StatusGroup.OPEN) == 1
    assert read(tmp_path / "o.csv")[1][1] == "Ouverte"
    assert export_complaints(store, tmp_path / "c.csv", "closed") == 1
    assert read(tmp_path / "c.csv")[1][1] == "Fermée"
    assert export_complaints(store, tmp_path / "q.csv", ComplaintQuery(text="ouverte")) == 1


def test_export_imports_back_unchanged(store, tmp_path):
    """An export is a valid import: accents, dates, statuses and formula-like text come back."""
    add(store, "=Fenêtre cassée", place=PlaceRef(label="Cave n°3"), external_ref="-12",
        reporter_name="Mme Été", due_on=dt.date(2024, 4, 2))
    add(store, "Bruit", reporter_name="Secret", reporter_confidential=True)
    path = tmp_path / "round.csv"
    export_complaints(store, path, "all")
    other = type(store).open(tmp_path / "other.db")
    try:
        result = import_complaints(other, path)
        assert result.imported == 2 and result.categories_created == []
        back = {c.title: c for c in other.complaints.list()}
        window = back["=Fenêtre cassée"]
        assert (window.external_ref, window.place.label, window.reporter_name) == ("-12", "Cave n°3", "Mme Été")
        assert window.opened_on == dt.date(2024, 3, 1) and window.due_on == dt.date(2024, 4, 2)
        assert back["Bruit"].reporter_confidential and back["Bruit"].reporter_name == ""
    finally:
        other.close()


def test_a_failed_export_leaves_no_half_file(store, tmp_path):
    add(store, "Porte")
    target = tmp_path / "keep.csv"
    target.write_text("previous export", encoding="utf-8")
    with pytest.raises(UserError, match="stopped"):
        export_complaints(store, target, "all", cancelled=lambda: True, overwrite=True)
    assert target.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".db" and "db-" not in p.name) == ["keep.csv"]


def test_a_missing_folder_gives_a_sentence(store, tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        export_complaints(store, tmp_path / "nowhere" / "x.csv", "all")


def test_progress_is_reported_by_page(store, tmp_path):
    for number in range(3):
        add(store, f"Plainte {number}")
    seen = []
    export_complaints(store, tmp_path / "p.csv", "all", progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
