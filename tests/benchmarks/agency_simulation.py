"""Figures for docs/scaling.md: a few residences of 10,000 complaints measured here, to extrapolate
to an agency following 200 of them. Nothing of the agency is built: this measures one residence's
register, its quarter's exchange file, and the cost of turning that changeset into the statements
a PostgreSQL store keyed by (residence, number) would run (generated, not executed).

    uv run python tests/benchmarks/agency_simulation.py [--residences 3] [--complaints 10000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def postgres_statements(changeset: bytes, residence: int) -> list[tuple[str, tuple]]:
    """The statements an agency store would run for ``changeset``: every key prefixed by the
    residence; an insert is an upsert (a file may arrive twice), an update sets only the changed
    columns, a delete removes by key."""
    import apsw

    statements = []
    for change in apsw.Changeset.iter(changeset):
        keys = [i for i, is_key in enumerate(change.pk_columns) if is_key]
        if change.op == "INSERT":
            marks = ", ".join(["%s"] * (len(change.new) + 1))
            statements.append((f"INSERT INTO {change.name} VALUES ({marks}) ON CONFLICT DO NOTHING",
                               (residence, *change.new)))
        elif change.op == "UPDATE":
            changed = [i for i, value in enumerate(change.new) if value is not apsw.no_change and i not in keys]
            statements.append((f"UPDATE {change.name} SET " + ", ".join(f"c{i} = %s" for i in changed)
                               + " WHERE residence_id = %s AND " + " AND ".join(f"c{i} = %s" for i in keys),
                               (*[change.new[i] for i in changed], residence, *[change.old[i] for i in keys])))
        else:
            statements.append((f"DELETE FROM {change.name} WHERE residence_id = %s AND "
                                + " AND ".join(f"c{i} = %s" for i in keys), (residence, *[change.old[i] for i in keys])))
    return statements


def one_residence(folder: Path, seed: int, complaints: int) -> dict:
    from exchange_measures import measure_first_copy, measure_quarter

    database = folder / f"residence-{seed}.db"
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(database), "demo", "--seed", str(seed),
                    "--complaints", str(complaints)], check=True, capture_output=True, cwd=ROOT)
    build = time.perf_counter() - started
    quarter = measure_quarter(database, runs=1)
    copy = measure_first_copy(database)
    # The quarter's changeset once more, to time its translation for the agency.
    from desktop.services import exchange
    from desktop.store import Store
    from exchange_measures import _a_quarter_on_the_laptop

    work = folder / f"work-{seed}"
    work.mkdir()
    shutil.copyfile(database, work / "office.db")
    office = Store.open(work / "office.db")
    exchange.copy_for_partner(office, work / "laptop.db")
    laptop = Store.open(work / "laptop.db")
    _a_quarter_on_the_laptop(laptop)
    exchange.export(laptop, work / "q.palier")
    laptop.close()
    office.close()
    with zipfile.ZipFile(work / "q.palier") as archive:
        changeset = archive.read("changes.sqlite-changeset")
    started = time.perf_counter()
    statements = postgres_statements(changeset, seed)
    translate = time.perf_counter() - started
    return {"seed": seed, "build_s": build, "database_mb": copy["database_mb"], "snapshot_mb": copy["snapshot_mb"],
            "quarter_kb": quarter["kb"], "changeset_kb": len(changeset) / 1000,
            "quarter_write_s": quarter["write"], "quarter_apply_s": quarter["apply"],
            "statements": len(statements), "translate_s": translate, "first_copy_s": copy["seconds"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residences", type=int, default=3)
    parser.add_argument("--complaints", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        rows = [one_residence(Path(scratch), seed, args.complaints) for seed in range(1, args.residences + 1)]
    print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
