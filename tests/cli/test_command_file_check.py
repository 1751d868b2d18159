"""Commands and the damage check, as the window does it: a command reads at once, a write waits
for the check's verdict, a damaged file is set aside with the last good backup named; ``check``
alone waits for a full check, as it is its whole purpose."""

from __future__ import annotations

import json
import threading

import pytest

from desktop import cli
from desktop.app import main
from desktop.domain.complaints import Complaint
from desktop.store import Store, background_check

DAMAGE = ["*** in database main ***\nPage 12: btree page has wrong number of cells"]


@pytest.fixture
def db(tmp_path):
    """A residence with three complaints."""
    path = tmp_path / "palier.db"
    store = Store.open(path)
    category = store.categories.list()[0].id
    for title in ("Fuite au sous-sol", "Fuite cave 3", "Tags dans le hall"):
        store.complaints.create(Complaint(title=title, category_id=category))
    store.close()
    return path


@pytest.fixture
def held_check(monkeypatch):
    """Every background check is held until the test gives its verdict."""

    class Held:
        verdict: list[str] = []
        release = threading.Event()
        started = threading.Event()

    held = Held()
    held.release, held.started = threading.Event(), threading.Event()

    def problems(_check):
        held.started.set()
        held.release.wait(30)
        return list(held.verdict)

    real_stop = background_check.BackgroundCheck.stop

    def stop(check):
        # Stopping interrupts the real check's SQLite connection; the held one is let go instead.
        check.stopped = True
        held.release.set()
        real_stop(check)

    monkeypatch.setattr(background_check.BackgroundCheck, "_problems", problems)
    monkeypatch.setattr(background_check.BackgroundCheck, "stop", stop)
    yield held
    held.release.set()


def run(db, *args):
    return main(["main.py", "--db", str(db), "--lang", "en", *args])


def test_a_reading_command_answers_without_waiting_for_the_check(db, held_check, capsys):
    assert run(db, "search", "fuite") == 0  # the check is still held: the command did not wait
    out = capsys.readouterr().out
    assert "Fuite au sous-sol" in out and "Fuite cave 3" in out and "Tags" not in out
    assert held_check.started.is_set()
    check = cli._checks[0]
    assert check.stopped and not check.damaged  # stopped when the file closed, with no verdict


def give_verdict_when_a_write_waits(held, verdict):
    """Release the held check with ``verdict`` once the command's write waits for it."""

    def give():
        for _ in range(300):
            if cli._checks and cli._checks[0].writer_waiting.wait(0.1):
                break
        held.verdict = verdict
        held.release.set()

    threading.Thread(target=give, daemon=True).start()


def test_a_writing_command_waits_for_the_verdict_and_a_damaged_file_is_set_aside(db, held_check, capsys):
    give_verdict_when_a_write_waits(held_check, DAMAGE)
    assert run(db, "retention", "8") == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "set aside as" in err and "No backup of it was found" in err
    assert not db.exists()
    aside = list(db.parent.glob("palier.damaged-*.db"))
    assert len(aside) == 1
    held_check.verdict = []  # the file set aside is read as it is: nothing was written to it
    assert run(aside[0], "retention") == 0
    assert "anonymised 5 years" in capsys.readouterr().out


def test_a_writing_command_on_a_sound_file_goes_through_once_the_verdict_is_in(db, held_check, capsys):
    give_verdict_when_a_write_waits(held_check, [])
    assert run(db, "retention", "8") == 0
    assert run(db, "retention") == 0
    assert "anonymised 8 years" in capsys.readouterr().out


def test_search_with_a_limit_gives_the_first_of_the_full_answer_in_the_same_order(db, capsys):
    store = Store.open(db)
    category = store.categories.list()[0].id
    for number in range(30):
        store.complaints.create(Complaint(title=f"Fuite {number}", category_id=category))
    store.close()
    assert run(db, "search", "fuite", "--json") == 0
    everything = json.loads(capsys.readouterr().out)
    assert run(db, "search", "fuite", "--json", "--limit", "5") == 0
    first = json.loads(capsys.readouterr().out)
    assert len(everything) == 32 and first == everything[:5]
