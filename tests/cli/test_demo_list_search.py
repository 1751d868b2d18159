"""The ``demo``, ``list`` and ``search`` commands, run as a user would from a terminal."""

from __future__ import annotations

import json
import unicodedata

import pytest

from desktop.app import main
from desktop.domain.complaints import CLOSED_STATUSES, OPEN_STATUSES
from desktop.store import Store

COMPLAINT_FIELDS = {"id", "title", "category", "status", "opened_on", "place", "reporter",
                    "reporter_confidential", "external_ref", "service", "due_on", "urgency"}


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def run(capsys, db, *arguments):
    """Run ``main.py --db DB ARGUMENTS``; return (exit status, stdout, stderr)."""
    status = main(["main.py", "--db", str(db), *arguments])
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys, db, *arguments):
    status, out, err = run(capsys, db, *arguments, "--json")
    assert status == 0, err
    return json.loads(out)


class _Opened:
    """``with _Opened(path) as store``: a store closed on the way out."""

    def __init__(self, path):
        self.store = Store.open(path)

    def __enter__(self):
        return self.store

    def __exit__(self, *_):
        self.store.close()


@pytest.fixture
def demo_db(tmp_path, capsys):
    """A database holding a 300-complaint demo, loaded through the command."""
    path = tmp_path / "demo.db"
    status, out, err = run(capsys, path, "demo", "--seed", "4", "--complaints", "300")
    assert status == 0, err
    assert "Résidence Les Tilleuls" in out and "300 complaints" in out and "40 people" in out
    return path


def test_list_complaints_shows_the_open_ones_with_every_field(demo_db, capsys):
    items = run_json(capsys, demo_db, "list", "complaints")
    assert items and all(COMPLAINT_FIELDS <= set(item) for item in items)
    assert {item["status"] for item in items} <= {s.value for s in OPEN_STATUSES}
    with _Opened(demo_db) as store:
        assert len(items) == sum(c.status.is_open for c in store.complaints.list())
        first = store.complaints.get(items[0]["id"])
    assert items[0]["title"] == first.title and items[0]["opened_on"] == first.opened_on.isoformat()
    assert items[0]["place"] == first.place.label and items[0]["category"] == first.category_name


def test_status_closed_and_all_select_the_right_complaints(demo_db, capsys):
    closed = run_json(capsys, demo_db, "list", "complaints", "--status", "closed")
    everything = run_json(capsys, demo_db, "list", "complaints", "--status", "all")
    opened = run_json(capsys, demo_db, "list", "complaints", "--status", "open")
    assert {item["status"] for item in closed} <= {s.value for s in CLOSED_STATUSES}
    assert len(everything) == 300 == len(closed) + len(opened)


def test_limit_caps_the_number_of_results(demo_db, capsys):
    assert len(run_json(capsys, demo_db, "list", "complaints", "--status", "all", "--limit", "5")) == 5
    assert len(run_json(capsys, demo_db, "list", "people", "--limit", "3")) == 3
    assert len(run_json(capsys, demo_db, "search", "ascen", "--limit", "2")) == 2


def test_confidential_reporters_are_never_named(demo_db, capsys):
    items = run_json(capsys, demo_db, "list", "complaints", "--status", "all")
    hidden = [item for item in items if item["reporter_confidential"]]
    assert hidden and all(item["reporter"] is None for item in hidden)
    with _Opened(demo_db) as store:
        secret = store.complaints.get(hidden[0]["id"]).reporter_name
    assert secret and secret not in json.dumps(hidden[0], ensure_ascii=False)
    assert any(item["reporter"] for item in items if not item["reporter_confidential"])


def test_list_people_gives_names_and_roles(demo_db, capsys):
    people = run_json(capsys, demo_db, "list", "people")
    assert len(people) == 40
    assert all({"id", "name", "role", "phone", "email"} <= set(p) for p in people)
    assert {"building_representative", "caretaker", "landlord_staff"} <= {p["role"] for p in people}


@pytest.mark.parametrize(("typed", "word"), [("ascen", "Ascenseur"), ("chauff", "Chauffage"),
                                              ("CHAUFF", "Chauffage"), ("electri", "électri")])
def test_search_matches_word_starts_whatever_the_accents_and_case(demo_db, capsys, typed, word):
    found = run_json(capsys, demo_db, "search", typed)
    assert found
    for item in found:
        words = _folded(" ".join((item["title"], item["description"], item["place"], item["external_ref"])))
        assert any(w.startswith(typed.lower()) for w in words.replace("'", " ").split())
    assert any(word in item["title"] + item["description"] for item in found)


def test_plain_output_is_a_table_with_headers_and_status_labels(demo_db, capsys):
    status, out, _ = run(capsys, demo_db, "list", "complaints", "--limit", "4")
    lines = out.splitlines()
    assert status == 0 and lines[0].split()[:3] == ["No.", "Opened", "Status"]
    assert len(lines) == 2 + 4
    assert any(label in out for label in ("Passed to the landlord", "In progress", "New", "Reopened"))
    assert "passed_to_landlord" not in out


def test_french_messages_and_headers_with_lang_fr(demo_db, capsys):
    status, out, _ = run(capsys, demo_db, "--lang", "fr", "list", "complaints", "--limit", "30")
    assert status == 0 and out.splitlines()[0].split()[:3] == ["N°", "Ouverte", "Statut"]
    assert "Transmise au bailleur" in out or "En cours" in out
    status, out, err = run(capsys, demo_db, "--lang", "fr", "demo")
    assert status == 2 and out == ""
    assert "contient déjà la résidence « Résidence Les Tilleuls »" in err


def test_loading_the_demo_twice_is_refused_and_changes_nothing(demo_db, capsys):
    status, out, err = run(capsys, demo_db, "demo", "--complaints", "50")
    assert status == 2 and out == ""
    assert "already holds the residence" in err and "Traceback" not in err
    assert len(run_json(capsys, demo_db, "list", "complaints", "--status", "all")) == 300


@pytest.mark.parametrize("arguments", [
    ("list", "complaints", "--limit", "-1"),
    ("list", "complaints", "--limit", "beaucoup"),
    ("list", "complaints", "--status", "pending"),
    ("list", "people", "--status", "open"),
    ("search", "?!", "--json"),
])
def test_bad_input_exits_2_with_a_sentence(demo_db, capsys, arguments):
    status, out, err = run(capsys, demo_db, *arguments)
    assert status == 2 and out == ""
    assert err.strip().endswith(".") and "Traceback" not in err


def test_a_bad_complaint_count_creates_nothing(tmp_path, capsys):
    path = tmp_path / "empty.db"
    status, out, err = run(capsys, path, "demo", "--complaints", "-5")
    assert status == 2 and "--complaints must be at least 0" in err
    with _Opened(path) as store:
        assert store.is_empty()


def test_the_demo_reports_progress_for_big_counts(tmp_path, capsys, monkeypatch):
    from desktop.commands import demo as demo_command

    monkeypatch.setattr(demo_command, "PROGRESS_FROM", 100)
    status, _out, err = run(capsys, tmp_path / "big.db", "demo", "--complaints", "150")
    assert status == 0 and "150 of 150 complaints written" in err
