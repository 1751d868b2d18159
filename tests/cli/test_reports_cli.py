"""``report agenda|attendance|minutes|posting --meeting ID --out FILE.pdf``, run as from a terminal."""

from __future__ import annotations

import pytest

from desktop.app import main
from desktop.services.demo import build_demo
from desktop.store import Store
from tests.reports.conftest import FIXED_NOW, pdf_text


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    store = Store.open(path, profile="tester", now=lambda: FIXED_NOW)
    build_demo(store, complaints=60)
    store.close()
    return path


def run(capsys, db, *arguments):
    status = main(["main.py", "--db", str(db), *arguments])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("document", ["agenda", "attendance", "minutes", "posting"])
def test_each_document_is_written_as_a_pdf(capsys, demo_db, tmp_path, document):
    out = tmp_path / f"{document}.pdf"
    status, said, err = run(capsys, demo_db, "report", document, "--meeting", "10", "--out", str(out))
    assert status == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in said
    assert "Les Tilleuls" in pdf_text(out.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left behind


def test_an_unknown_meeting_gives_status_2_and_a_sentence(capsys, demo_db, tmp_path):
    out = tmp_path / "m.pdf"
    status, _said, err = run(capsys, demo_db, "report", "minutes", "--meeting", "999", "--out", str(out))
    assert status == 2
    assert "999" in err and "Traceback" not in err
    assert not out.exists()


def test_a_missing_folder_gives_status_2_and_says_which(capsys, demo_db, tmp_path):
    out = tmp_path / "nowhere" / "m.pdf"
    status, _said, err = run(capsys, demo_db, "report", "minutes", "--meeting", "1", "--out", str(out))
    assert status == 2
    assert str(tmp_path / "nowhere") in err


def test_a_file_name_not_ending_in_pdf_is_refused(capsys, demo_db, tmp_path):
    status, _said, err = run(capsys, demo_db, "report", "minutes", "--meeting", "1", "--out", str(tmp_path / "m.txt"))
    assert status == 2
    assert ".pdf" in err


def test_a_meeting_number_that_is_not_a_number_is_refused(capsys, demo_db, tmp_path):
    status, _said, err = run(capsys, demo_db, "report", "posting", "--meeting", "deux", "--out", str(tmp_path / "m.pdf"))
    assert status == 2
    assert "--meeting" in err


def test_the_same_minutes_printed_twice_are_the_same_file(capsys, demo_db, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert run(capsys, demo_db, "report", "minutes", "--meeting", "4", "--out", str(first))[0] == 0
    assert run(capsys, demo_db, "report", "minutes", "--meeting", "4", "--out", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_the_register_of_a_period_is_written(capsys, demo_db, tmp_path):
    out = tmp_path / "register.pdf"
    status, said, err = run(capsys, demo_db, "report", "register", "--from", "2024-01-01", "--to", "2024-12-31",
                            "--out", str(out))
    assert status == 0, err
    assert "Complaint register and statistics" in pdf_text(out.read_bytes())
    assert str(out) in said


@pytest.mark.parametrize("arguments, expected", [
    (["report", "register", "--from", "2024-01-01"], "--from YYYY-MM-DD --to YYYY-MM-DD"),
    (["report", "register", "--from", "2024-13-01", "--to", "2024-12-31"], "--from"),
    (["report", "minutes"], "--meeting"),
])
def test_a_missing_or_wrong_option_gives_status_2(capsys, demo_db, tmp_path, arguments, expected):
    status, _said, err = run(capsys, demo_db, *arguments, "--out", str(tmp_path / "x.pdf"))
    assert status == 2
    assert expected in err
    assert not (tmp_path / "x.pdf").exists()


def test_the_command_offers_exactly_the_documents_that_exist():
    from desktop.commands.reports import DOCUMENTS
    from desktop.reports.meeting_documents import BUILDERS

    assert set(DOCUMENTS) == set(BUILDERS)
