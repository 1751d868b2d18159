"""Exchange figures: the first copy of a register, and a quarter's exchange file.

A quarter on the laptop: 100 new complaints, 150 status changes and 50 retitled complaints (300
complaint changes, with their history and audit lines) and one meeting planned, held, closed and
signed. Measured: the file's size, the time to write it (``Session.diff`` against the snapshot)
and the time to apply it at the office (backup, merge, snapshot), medians of ``runs`` fresh pairs.

    uv run python tests/benchmarks/exchange_measures.py DATABASE [--runs N]
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _size(path: Path) -> int:
    return path.stat().st_size


def measure_first_copy(database: Path) -> dict:
    """``sync copy`` of the demo register: seconds, and the size of the copy and of the snapshot."""
    from desktop.services import exchange
    from desktop.store import Store, sync_state

    with tempfile.TemporaryDirectory() as scratch:
        office = Path(scratch) / "office.db"
        shutil.copyfile(database, office)
        store = Store.open(office)
        try:
            started = time.perf_counter()
            partner = exchange.copy_for_partner(store, Path(scratch) / "laptop.db")
            seconds = time.perf_counter() - started
        finally:
            store.close()
        started = time.perf_counter()
        Store.open(Path(scratch) / "laptop.db").close()  # its first opening keeps its snapshot
        first_open = time.perf_counter() - started
        return {"seconds": seconds, "first_open": first_open, "copy_mb": _size(Path(scratch) / "laptop.db") / 1e6,
                "snapshot_mb": _size(sync_state.snapshot_path(office, partner.computer)) / 1e6,
                "database_mb": _size(database) / 1e6}


def _a_quarter_on_the_laptop(laptop) -> None:
    from desktop.domain.complaints import REASON_REQUIRED, TRANSITIONS, ComplaintStatus
    from desktop.services import meetings

    open_ids = [row[0] for row in laptop.db.execute(
        "SELECT id FROM complaints WHERE status NOT IN ('closed', 'rejected', 'duplicate', "
        "'not_landlord_responsibility') ORDER BY id DESC LIMIT 400")]
    template = laptop.complaints.get(open_ids[0])
    for number in range(100):
        template.id = None
        template.title = f"Signalée en tournée {number}"
        laptop.complaints.create(template)
    moved = 0
    for complaint_id in open_ids:
        if moved == 150:
            break
        complaint = laptop.complaints.get(complaint_id)
        targets = [t for t in TRANSITIONS[complaint.status] if t != ComplaintStatus.DUPLICATE]
        if targets:
            laptop.complaints.change_status(complaint_id, targets[0], "tournée" if targets[0] in REASON_REQUIRED else "")
            moved += 1
    for complaint_id in open_ids[200:250]:
        complaint = laptop.complaints.get(complaint_id)
        complaint.title += " (précisé)"
        laptop.complaints.update(complaint)
    last = laptop.db.execute("SELECT max(date) FROM meetings").fetchone()[0]
    day = dt.date.fromisoformat(last) + dt.timedelta(days=91) if last else dt.date(2026, 3, 5)
    meeting = meetings.plan_meeting(laptop, day, today=day)
    meetings.start_meeting(laptop, meeting.id)
    for point in laptop.agenda.points(meeting.id):
        if point.needs_answer:
            laptop.agenda.update_point_fields(point.id, answer="Le bailleur répond en séance.")
    meetings.close_meeting(laptop, meeting.id)
    meetings.approve_minutes(laptop, meeting.id, "Paul Haddad", "Marie Martin")


def measure_quarter(database: Path, runs: int = 3) -> dict:
    """A quarter's exchange file from the laptop, applied at the office (medians of ``runs``)."""
    from desktop.services import exchange
    from desktop.store import Store

    sizes, writes, applies = [], [], []
    for _run in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            shutil.copyfile(database, folder / "office.db")
            office = Store.open(folder / "office.db")
            exchange.copy_for_partner(office, folder / "laptop.db")
            laptop = Store.open(folder / "laptop.db")
            _a_quarter_on_the_laptop(laptop)
            started = time.perf_counter()
            written = exchange.export(laptop, folder / "quarter.palier")
            writes.append(time.perf_counter() - started)
            sizes.append(written.size)
            started = time.perf_counter()
            result = exchange.import_file(office, folder / "quarter.palier")
            applies.append(time.perf_counter() - started)
            counts = result.counts
            laptop.close()
            office.close()
    return {"kb": statistics.median(sizes) / 1000, "write": statistics.median(writes),
            "apply": statistics.median(applies), "changes": sum(counts.values()),
            "complaints": counts.get(("complaints", "INSERT"), 0) + counts.get(("complaints", "UPDATE"), 0)}


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("database", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print("first copy:", measure_first_copy(args.database))
    print("quarter:", measure_quarter(args.database, args.runs))
