"""Compare builds of Palier on this machine: folder size and start-up to the first paint.

    uv run python packaging/compare.py [NAME=EXECUTABLE ...]

Always measures the source run (the project's Python on main.py) and ``dist/palier/palier`` when
built; more builds can be named (e.g. ``nuitka=build/nuitka/main.dist/palier``). Every build opens
the same demo database (600 complaints) with ``--exit-after-start`` offscreen, in turns, so a
busy moment of the machine hits them all alike; prints medians. Figures go in packaging/README.md.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 9


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def main(argv: list[str]) -> int:
    builds: dict[str, list[str]] = {"source": [sys.executable, str(ROOT / "main.py")]}
    folders: dict[str, Path | None] = {"source": None}
    frozen = ROOT / "dist" / "palier" / "palier"
    extra = dict(item.split("=", 1) for item in argv)
    if frozen.exists():
        extra = {"pyinstaller": str(frozen), **extra}
    for name, exe in extra.items():
        builds[name] = [str(Path(exe).resolve())]
        folders[name] = Path(exe).resolve().parent
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PALIER_DATA_DIR": scratch, "HOME": scratch}
        database = Path(scratch) / "demo.db"
        subprocess.run([*builds["source"], "--db", str(database), "demo"], env=env, check=True,
                       capture_output=True)
        times: dict[str, list[float]] = {name: [] for name in builds}
        for _ in range(ROUNDS + 1):  # the first round only warms the disk cache
            for name, command in builds.items():
                began = time.perf_counter()
                subprocess.run([*command, "--db", str(database), "--exit-after-start"], env=env, check=True,
                               capture_output=True)
                times[name].append(time.perf_counter() - began)
        bare = [sys.executable, "-c", "from PySide6.QtWidgets import QApplication, QWidget; "
                "a = QApplication([]); w = QWidget(); w.show(); a.processEvents()"]
        bare_times = []
        for _ in range(ROUNDS):
            began = time.perf_counter()
            subprocess.run(bare, env=env, check=True, capture_output=True)
            bare_times.append(time.perf_counter() - began)
    print(f"bare PySide6 window (source Python): median {statistics.median(bare_times):.2f} s")
    for name in builds:
        runs = times[name][1:]
        folder = folders[name]
        size = f"{size_mb(folder):.0f} MB" if folder else "-"
        print(f"{name:12} size {size:>7}  start-up median {statistics.median(runs):.2f} s "
              f"(min {min(runs):.2f}, max {max(runs):.2f}) over {len(runs)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
