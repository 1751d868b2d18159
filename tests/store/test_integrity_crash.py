"""A killed import leaves the file sound and the import whole or absent, never half done.

The command line imports a real CSV file (5,000 rows) in separate processes, two databases side
by side, killed with SIGKILL at seeded random moments: six kills in all (the kill moments are the
experiment, not waits for work). A first complete import says how long one takes on this machine,
so that the kills land while the process parses and writes rather than while Python starts.
"""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from desktop.store import Store, integrity

ROOT = Path(__file__).resolve().parents[2]
ROWS = 5000
LANES = 2  # two databases side by side: twice the kills in the same time on a two-core machine
ROUNDS = 3


def write_csv(path: Path) -> Path:
    categories = ["Ascenseur", "Chauffage", "Propreté", "Graffitis"]
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Objet", "Catégorie", "Date", "Description"])
        for number in range(ROWS):
            writer.writerow([f"Réclamation {number}", categories[number % 4], f"2024-03-{1 + number % 28:02d}",
                             "La porte du hall ne ferme plus depuis la semaine dernière. " * 2])
    return path


def complaints_in(path: Path) -> int:
    store = Store.open(path)
    try:
        return store.complaints.count()
    finally:
        store.close()


def import_in_each(databases: list[Path], source: Path, kill_after: list[float] | None = None) -> list[bool]:
    """Import ``source`` into each database at once, in separate processes; kill each one
    ``kill_after`` seconds after its start (if still running). Returns which were killed."""
    quiet = {"cwd": ROOT, "env": os.environ.copy(), "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    running = [(time.monotonic(), subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(database), "--lang", "en",
         "import", "complaints", str(source)], **quiet)) for database in databases]
    killed = []
    for index, (started, process) in enumerate(running):
        if kill_after is None:
            assert process.wait(timeout=120) == 0
            killed.append(False)
            continue
        try:
            process.wait(timeout=max(0.0, started + kill_after[index] - time.monotonic()))  # the kill moment
        except subprocess.TimeoutExpired:
            process.kill()  # SIGKILL: no clean-up at all, as in a crash
            process.wait(timeout=30)
            killed.append(True)
        else:
            killed.append(False)
    return killed


def test_a_killed_import_leaves_the_file_sound_and_the_import_whole_or_absent(tmp_path):
    source = write_csv(tmp_path / "big.csv")
    databases = [tmp_path / f"palier-{lane}.db" for lane in range(LANES)]
    for database in databases:
        Store.open(database).close()

    started = time.monotonic()
    import_in_each(databases, source)
    duration = time.monotonic() - started
    assert [complaints_in(database) for database in databases] == [ROWS] * LANES

    rnd = random.Random(20260312)
    counts, kills = [ROWS] * LANES, 0
    for _round in range(ROUNDS):
        killed = import_in_each(databases, source, [duration * rnd.uniform(0.4, 0.95) for _ in databases])
        kills += sum(killed)
        for lane, database in enumerate(databases):
            assert integrity.file_problems(database) == []
            now = complaints_in(database)
            assert now in (counts[lane], counts[lane] + ROWS), f"a partial import: {now - counts[lane]} rows"
            counts[lane] = now
    assert kills, "every import finished before its kill moment: the experiment proved nothing"
    assert all(integrity.file_problems(database, full=True) == [] for database in databases)
