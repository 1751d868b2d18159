"""``sync copy|export|import|status|conflicts|resolve`` and ``complaint status`` on the command line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.app import main
from desktop.store import Store, integrity
from tests.services.exchange_pair import add_complaint, content, make_residence

ROOT = Path(__file__).resolve().parents[2]


def run(db, *args):
    return main(["main.py", "--db", str(db), "--lang", "en", *args])


@pytest.fixture
def office(tmp_path):
    path = tmp_path / "office.db"
    store = Store.open(path)
    make_residence(store)
    for number in range(3):
        add_complaint(store, f"Ascenseur {number}")
    store.close()
    return path


def test_two_computers_pair_exchange_and_decide_from_the_command_line(office, tmp_path, capsys):
    laptop = tmp_path / "laptop.db"
    assert run(office, "sync", "copy", str(laptop), "--name", "portable") == 0
    assert "portable" in capsys.readouterr().out
    assert run(laptop, "complaint", "status", "1", "rejected", "--reason", "Pas le bailleur") == 0
    assert "now “Rejected”" in capsys.readouterr().out
    assert run(office, "complaint", "status", "1", "in_progress") == 0
    assert run(laptop, "sync", "export", str(tmp_path / "l1.palier")) == 0
    assert "personal data" in capsys.readouterr().out
    assert run(office, "sync", "import", str(tmp_path / "l1.palier")) == 0
    out = capsys.readouterr().out
    assert "1 status change" in out and "1 to decide" in out
    assert run(office, "sync", "conflicts", "--json") == 0
    [conflict] = json.loads(capsys.readouterr().out)
    assert (conflict["table"], conflict["record"], conflict["field"]) == ("complaints", [1], "status")
    assert conflict["mine"]["status"] == "in_progress" and conflict["theirs"]["status"] == "rejected"
    assert conflict["who"] and conflict["when"]
    assert run(office, "sync", "resolve", str(conflict["id"]), "--keep", "theirs") == 0
    assert run(office, "sync", "export", str(tmp_path / "o1.palier")) == 0
    assert run(laptop, "sync", "import", str(tmp_path / "o1.palier")) == 0
    assert run(laptop, "sync", "import", str(tmp_path / "o1.palier")) == 0
    assert "already applied" in capsys.readouterr().out
    assert run(office, "sync", "status", "--json") == 0
    status = json.loads(capsys.readouterr().out)
    assert status["partners"][0]["name"] == "portable" and status["partners"][0]["files_received"] == 1
    stores = [Store.open(office), Store.open(laptop)]
    try:
        assert content(stores[0]) == content(stores[1])
        assert stores[0].complaints.get(1).status.value == "rejected"
    finally:
        for store in stores:
            store.close()


def test_refusals_are_sentences_with_exit_2(office, tmp_path, capsys):
    assert run(office, "sync", "export", str(tmp_path / "x.palier")) == 2
    assert "not paired" in capsys.readouterr().err
    junk = tmp_path / "junk.palier"
    junk.write_text("not an exchange")
    assert run(office, "sync", "copy", str(tmp_path / "laptop.db")) == 0
    assert run(office, "sync", "import", str(junk)) == 2
    assert "not a Palier exchange file" in capsys.readouterr().err
    assert run(office, "sync", "copy", str(office)) == 2  # never over a database
    assert run(office, "complaint", "status", "1", "flying") == 2
    assert "not a status" in capsys.readouterr().err
    assert run(office, "sync", "resolve", "99", "--keep", "mine") == 2
    assert not (tmp_path / "missing.db").exists()
    assert run(tmp_path / "missing.db", "sync", "status") == 2
    assert not (tmp_path / "missing.db").exists()


KILLED_WHILE_APPLYING = textwrap.dedent("""
    import sys
    from desktop.store import Store, changeset_merge
    from desktop.services import exchange

    finish = changeset_merge._Merger.finish_fields

    def pause(self):
        finish(self)
        print("applying", flush=True)
        sys.stdin.readline()  # the test kills the process here, inside the transaction

    changeset_merge._Merger.finish_fields = pause
    store = Store.open(sys.argv[1])
    exchange.import_file(store, sys.argv[2])
""")


def test_a_sigkill_while_applying_leaves_the_register_as_it_was(office, tmp_path):
    laptop = tmp_path / "laptop.db"
    assert run(office, "sync", "copy", str(laptop)) == 0
    store = Store.open(laptop)
    for number in range(40):
        add_complaint(store, f"Faite sur le portable {number}")
    store.close()
    assert run(laptop, "sync", "export", str(tmp_path / "l1.palier")) == 0
    before = Store.open(office)
    expected = content(before)
    before.close()
    child = subprocess.Popen([sys.executable, "-c", KILLED_WHILE_APPLYING, str(office), str(tmp_path / "l1.palier")],
                             cwd=ROOT, env=os.environ.copy(), stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert child.stdout.readline().strip() == b"applying"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert integrity.file_problems(office) == []
    after = Store.open(office)
    try:
        assert content(after) == expected
        assert after.db.execute("SELECT received FROM sync_partners").fetchone() == (0,)
    finally:
        after.close()
    # The same file, read again, applies whole.
    assert run(office, "sync", "import", str(tmp_path / "l1.palier")) == 0
    again = Store.open(office)
    try:
        assert again.db.execute("SELECT count(*) FROM complaints WHERE id >= 1000000").fetchone() == (40,)
    finally:
        again.close()
