"""Files that are not what the importer hopes for: wrong encodings, random bytes, empty files,
headers alone, blank lines, control characters, shifted columns, quotes never closed, and a huge
file. Each is imported whole or refused with a sentence naming the file (and the line when there
is one); the database is never touched by a refusal and always passes its checks."""

from __future__ import annotations

import codecs
import csv

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from desktop.domain.errors import UserError
from desktop.services.importing import ImportRejected, import_complaints, preview
from tests.properties.conftest import assert_sentence, assert_sound, budget, snapshot
from tests.properties.strategies import as_imported, clean_text, csv_text, hostile_text

HEADER = ["Objet", "Catégorie", "Description"]


def attempt(fresh, data: bytes, template: str = "empty"):
    """Import ``data`` as a file into a fresh store: the outcome (a count or the UserError), after
    checking that a refusal changed nothing and the file is sound either way."""
    path = fresh.folder() / "extract.csv"
    path.write_bytes(data)
    with fresh.store(template) as store:
        before = snapshot(store)
        try:
            result = import_complaints(store, path)
        except UserError as error:
            assert_sentence(error.message)
            assert snapshot(store) == before
            assert_sound(store)
            return error
        assert result.imported == store.complaints.count()
        assert_sound(store)
        return store.complaints.list()


@budget(40)
@given(data=st.binary(max_size=600))
@example(data=b"")
@example(data=b"\xef\xbb\xbf")
@example(data=b"\r\n\r\n   \r\n")
@example(data=b";;;\r\n;;\r\n")
@example(data=b"\x00" * 40)
@example(data=b"Objet;Cat\xe9gorie\r\nFuite;Plomberie\x81\r\n")  # 0x81: no character in cp1252
@example(data=b"\xff\xfe\x00\xd8")  # a UTF-16 BOM, then half a surrogate pair
def test_any_bytes_import_or_get_a_sentence(fresh, data):
    outcome = attempt(fresh, data)
    if isinstance(outcome, UserError):
        assert "extract.csv" in outcome.message or "Line " in outcome.message


@pytest.mark.parametrize("data, words", [
    (b"", "is empty"),
    (b"\r\n \r\n\t\r\n", "is empty"),
    (";;;\r\n;;\r\n".encode(), "is empty"),
    ("Objet;Catégorie\r\n".encode("utf-8-sig"), "has column names but no rows"),
    ("Objet;Catégorie\r\n;\r\n\r\n".encode("cp1252"), "has column names but no rows"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "is not a CSV table"),
    ("Objet;Catégorie\r\nFuite;Plomberie\r\n".encode("utf-16-le"), "is not a CSV table"),
])
def test_files_without_rows_get_a_sentence_naming_the_file(fresh, data, words):
    error = attempt(fresh, data)
    assert isinstance(error, UserError)
    assert "“extract.csv”" in error.message and words in error.message


@budget(25)
@given(rows=st.lists(st.lists(clean_text, min_size=3, max_size=3), min_size=1, max_size=4),
       encoding=st.sampled_from(["utf-16", "utf-16-be"]), delimiter=st.sampled_from(["\t", ";"]))
def test_utf16_with_a_bom_imports_exactly(fresh, rows, encoding, delimiter):
    """Excel's "Unicode text" is UTF-16 with a byte order mark, tab-separated."""
    rows = [[f"Fuite {index}", "Plomberie", description] for index, (_t, _c, description) in enumerate(rows)]
    text, _starts = csv_text([HEADER, *rows], delimiter)
    bom = codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b""
    outcome = attempt(fresh, bom + text.encode(encoding))
    assert not isinstance(outcome, UserError), outcome
    assert [c.description for c in sorted(outcome, key=lambda c: c.id)] == [
        as_imported(description) for _t, _c, description in rows]


@budget(40)
@given(rows=st.lists(st.lists(hostile_text, min_size=3, max_size=3), min_size=1, max_size=4),
       delimiter=st.sampled_from([";", ",", "\t"]))
def test_control_characters_and_nul_bytes_import_exactly_or_the_file_is_refused(fresh, rows, delimiter):
    rows = [[f"Fuite {index}", "Plomberie", description] for index, (_t, _c, description) in enumerate(rows)]
    text, _starts = csv_text([HEADER, *rows], delimiter)
    outcome = attempt(fresh, text.encode("utf-8"))
    if isinstance(outcome, UserError):
        assert "“extract.csv”" in outcome.message
        return
    assert [c.description for c in sorted(outcome, key=lambda c: c.id)] == [
        as_imported(description) for _t, _c, description in rows]


@budget(30)
@given(rows=st.lists(st.lists(clean_text.filter(lambda t: t.strip()), min_size=2, max_size=6),
                     min_size=1, max_size=4),
       delimiter=st.sampled_from([";", ","]))
def test_rows_longer_than_the_header_are_refused_with_their_line(fresh, rows, delimiter):
    """A value holding the delimiter without quotes shifts every cell after it: the row is named,
    nothing is imported. Cells missing at the end of a row are only empty."""
    records = [["Objet", "Catégorie"], *(["Fuite", "Plomberie", *extra][:len(extra) + 2] for extra in rows)]
    text, starts = csv_text(records, delimiter)
    outcome = attempt(fresh, text.encode("utf-8"))
    longer = [starts[index + 1] for index, extra in enumerate(rows) if any(e.strip() for e in extra)]
    assert isinstance(outcome, ImportRejected)
    assert [e.line for e in outcome.errors] == longer
    assert "after the last column “Catégorie”" in outcome.errors[0].sentence()


def test_empty_cells_after_the_last_column_are_ignored(fresh):
    outcome = attempt(fresh, b"Objet;Cat\xe9gorie\r\nFuite;Plomberie;;;\r\nPanne;Lift\r\n")
    assert [(c.title, c.category_name) for c in outcome] in (
        [("Fuite", "Plumbing"), ("Panne", "Lift")], [("Panne", "Lift"), ("Fuite", "Plumbing")])


@budget(30)
@given(before=st.lists(st.tuples(clean_text, clean_text), max_size=3), cell=clean_text,
       after=st.lists(st.tuples(clean_text, clean_text), max_size=3), delimiter=st.sampled_from([";", ","]))
@example(before=[], cell="Plomberie", after=[("Panne", "Lift")], delimiter=";")
def test_a_quote_never_closed_is_named_instead_of_swallowing_the_rest(fresh, before, cell, after, delimiter):
    head, starts = csv_text([["Objet", "Catégorie"], *before, ["Fuite"]], delimiter)
    tail, _ = csv_text(after, delimiter)
    # The opening quote of the last cell of the line is never closed.
    text = head[:-2] + delimiter + '"' + cell.replace('"', "") + "\r\n" + tail.replace('"', "")
    error = attempt(fresh, text.encode("utf-8"))
    assert isinstance(error, UserError) and not isinstance(error, ImportRejected), error
    assert f"Line {starts[-1]} of “extract.csv”" in error.message
    assert "column “Catégorie” is never closed" in error.message


def test_a_quote_closed_on_a_later_line_is_a_cell_with_line_breaks(fresh):
    outcome = attempt(fresh, 'Objet;Catégorie\r\n"Fuite\r\nau 3e";Plomberie\r\n"Tags""";Autre\r\n'.encode())
    assert sorted(c.title for c in outcome) == ["Fuite\r\nau 3e", 'Tags"']


def test_a_cell_longer_than_the_csv_module_allows_is_named_with_its_column(fresh):
    text = "Objet;Catégorie;Description\r\nFuite;Plomberie;" + "é" * 200_000 + "\r\n"
    error = attempt(fresh, text.encode("utf-8"))
    assert isinstance(error, ImportRejected)
    assert error.errors[0].sentence() == (
        "Line 2: the text in column “Description” is too long (200000 characters, at most 20000).")


def test_a_landlord_reference_too_long_is_named_with_its_column(fresh):
    text = "Objet;Catégorie;Référence\r\nFuite;Plomberie;" + "R" * 150 + "\r\n"
    error = attempt(fresh, text.encode("utf-8"))
    assert isinstance(error, ImportRejected)
    assert error.errors[0].sentence() == (
        "Line 2: the text in column “Référence” is too long (150 characters, at most 100).")


@pytest.fixture(scope="module")
def huge_file(tmp_path_factory):
    """A 4 MB extract of 4,000 complaints (built once), each with a 1,000-character description."""
    path = tmp_path_factory.mktemp("huge") / "huge.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Objet", "Catégorie", "Date", "Description"])
        for number in range(4000):
            text = f"Fuite n°{number} 👨‍👩‍👧 « cave » ; =SOMME(A1) "
            writer.writerow([f"Fuite {number}", ["Plomberie", "Ascenseur", "Graffitis"][number % 3],
                             f"{1 + number % 28:02d}/03/2024", (text * 30)[:1000]])
    assert path.stat().st_size > 4_000_000
    return path


def test_a_huge_file_imports_whole(fresh, huge_file):
    outcome = attempt(fresh, huge_file.read_bytes())
    assert len(outcome) == 4000
    last = max(outcome, key=lambda c: c.id)
    assert (last.title, last.category_name, len(last.description)) == ("Fuite 3999", "Plumbing", 1000)


def test_a_huge_file_with_one_bad_last_row_imports_nothing(fresh, huge_file):
    data = huge_file.read_bytes() + "Fuite;Plomberie;31/02/2024;x\r\n".encode()
    error = attempt(fresh, data)
    assert isinstance(error, ImportRejected)
    assert [e.line for e in error.errors] == [4002]


def test_preview_of_hostile_files_says_the_same_sentences(fresh):
    path = fresh.folder() / "extract.csv"
    path.write_bytes(b'Objet;Cat\xc3\xa9gorie\r\nFuite;"Plomberie\r\nPanne;Lift\r\n')
    with fresh.store() as store, pytest.raises(UserError, match="Line 2 of “extract.csv”"):
        preview(store, path)


def test_cells_full_of_quotes_and_delimiters_do_not_feed_the_slow_sniffer(fresh, monkeypatch):
    """csv.Sniffer took 15 s on 64 KB of such cells; it now reads at most 2,000 characters, and
    only when the delimiters score alike."""
    read = []
    sniff = csv.Sniffer.sniff
    monkeypatch.setattr(csv.Sniffer, "sniff", lambda self, sample, delimiters=None: (
        read.append(len(sample)), sniff(self, sample, delimiters))[1])
    cell = ('a;b,c\t"d" ' * 20_000)[:20_000]
    text, _ = csv_text([HEADER, *(["Fuite", "Plomberie", cell] for _ in range(4))], ";")
    outcome = attempt(fresh, text.encode("utf-8"))
    assert [c.description for c in outcome] == [as_imported(cell)] * 4
    assert all(length <= 2000 for length in read)
    single = attempt(fresh, ('Objet\r\n"' + cell.replace('"', '""') + '"\r\n').encode())
    assert isinstance(single, UserError) and read and all(length <= 2000 for length in read)
