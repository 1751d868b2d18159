"""``import complaints`` on the command line with hostile files: exit 0 having imported every row,
or exit 2 with a sentence on stderr and the database as it was; never a traceback, never exit 1."""

from __future__ import annotations

import re
import shutil

from hypothesis import example, given
from hypothesis import strategies as st

from desktop.app import main
from tests.properties.conftest import assert_sentence, budget, open_store, snapshot
from tests.properties.strategies import (
    clean_text,
    csv_text,
    date_cells,
    hostile_date_cells,
    hostile_text,
)

HEADER = ["Objet", "Catégorie", "Date", "Description"]

files = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda rows, encoding: csv_text([HEADER, *rows], ";")[0].encode(encoding, "replace"),
              st.lists(st.lists(st.one_of(clean_text, hostile_text, hostile_date_cells, date_cells),
                                min_size=2, max_size=5), max_size=4),
              st.sampled_from(["utf-8-sig", "utf-8", "cp1252", "utf-16", "utf-16-le"])),
)


def database(fresh, templates):
    path = fresh.folder() / "palier.db"
    shutil.copyfile(templates["empty"], path)
    return path


def content(path) -> list[str]:
    store = open_store(path)
    try:
        return snapshot(store)
    finally:
        store.close()


@budget(30)
@given(data=files, dry_run=st.booleans())
@example(data='Objet;Catégorie\r\nFuite;"Plomberie\r\nPanne;Lift\r\n'.encode(), dry_run=False)
@example(data=b"Objet;Cat\xe9gorie;Date\r\nFuite;Plomberie;31/02/2024\r\n", dry_run=False)
@example(data=b"\xff\xfe" + "Objet\tCatégorie\r\nFuite\tPlomberie\r\n".encode("utf-16-le"), dry_run=False)
def test_the_import_command_exits_0_or_2_with_a_sentence(fresh, templates, capsys, data, dry_run):
    db = database(fresh, templates)
    before = content(db)
    path = fresh.folder() / "extract.csv"
    path.write_bytes(data)
    capsys.readouterr()
    status = main(["main.py", "--db", str(db), "--lang", "en", "import", "complaints", str(path),
                   *(["--dry-run"] if dry_run else [])])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    # Nothing from the file can garble a terminal or turn a sentence around.
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", out + err)
    assert status in (0, 2), err
    if status == 2 or dry_run:
        assert content(db) == before
    if status == 2:
        assert_sentence(err)
        assert out == ""
    else:
        assert_sentence(out.strip().splitlines()[0])


def test_the_french_sentence_names_the_line_of_a_quote_never_closed(fresh, templates, capsys):
    db = database(fresh, templates)
    path = fresh.folder() / "extrait.csv"
    path.write_bytes('Objet;Catégorie\r\nFuite;"Plomberie\r\nPanne;Ascenseur\r\n'.encode())
    assert main(["main.py", "--db", str(db), "--lang", "fr", "import", "complaints", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Ligne 2 de « extrait.csv » : ")
    assert "« Catégorie »" in err
