"""The benchmark's measures, each returning a dict of figures (seconds, megabytes)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBES = Path(__file__).resolve().parent / "probes.py"

# What people type in the search box, letter by letter (from the second letter on: the first
# one alone matches nearly everything and the register waits for more).
SEARCH_WORDS = (
    "ascenseur", "chauffage", "fuite", "panne", "interphone", "porte", "éclairage", "poubelles",
    "bruit", "cafards", "radiateur", "caves", "hall", "parking", "tags", "serrure", "humidité",
    "régularisation", "tilleuls", "rec-2025", "ascenseur bâtiment b", "fuite caves", "entrée 5",
)
FIRST_PAGE = 200  # rows the register reads first (ComplaintTableModel.PAGE_SIZE)


def median(values):
    return statistics.median(values)


def percentile(values, fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def _environment(scratch: Path) -> dict:
    """A child's environment: its own settings and data folders, French, headless if need be."""
    env = dict(os.environ)
    env.update(PALIER_DATA_DIR=str(scratch / "data"), XDG_CONFIG_HOME=str(scratch / "config"),
               PALIER_LANG="fr", LANG="fr_FR.UTF-8")
    # An installed program starts from compiled bytecode; measure that, not the compiler.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def last_line(text: str) -> str:
    """The last non-empty line of a child's error output, to quote in one table cell."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:160] if lines else "no message"


FROZEN = ROOT / "dist" / "palier" / "palier"  # the built program (packaging/build.py), if any


def _wall_time(command: list[str], env: dict, crashes: list[str]) -> float:
    """Seconds from spawning ``command`` to its end; an abnormal exit is noted in ``crashes``."""
    return _timed_run(command, env, crashes)[1]


def _timed_run(command: list[str], env: dict, crashes: list[str]) -> tuple[float, float]:
    """Seconds from spawning ``command`` to its first paint and to its end.

    The child prints the system's monotonic clock when it has painted ("first-paint T"); one
    that does not say gives its end for both. A child that painted its window and then crashed
    while exiting still gives a time: the crash is reported next to the figure.
    """
    started_clock, started = time.monotonic(), time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        fatal = [line for line in done.stderr.splitlines() if line.startswith("Fatal Python error")]
        crashes.append(f"{Path(command[0] if command[0] == str(FROZEN) else command[1]).name} exited "
                       f"{done.returncode}: {fatal[0] if fatal else last_line(done.stderr)}")
    painted = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    return (float(painted[0]) - started_clock if painted else seconds), seconds


def folder_megabytes(folder: Path) -> float:
    """The size of every file under ``folder``, in megabytes."""
    return sum(entry.stat().st_size for entry in folder.rglob("*") if entry.is_file()) / 1e6


def measure_startup(database: Path, runs: int) -> dict:
    """Time to first paint of Palier on ``database`` against a bare window, fresh processes, from
    source and (when ``dist/palier/palier`` was built) from the frozen build; to exit as well."""
    with tempfile.TemporaryDirectory() as scratch:
        env = _environment(Path(scratch))
        env["PALIER_FIRST_PAINT_CLOCK"] = "1"
        arguments = ["--db", str(database), "--exit-after-start"]
        commands = {"palier": [sys.executable, str(ROOT / "main.py"), *arguments],
                    "bare": [sys.executable, str(PROBES), "bare"]}
        if FROZEN.exists():
            commands["frozen"] = [str(FROZEN), *arguments]
        crashes: list[str] = []
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop"),
                        *[p for p in sys.path if p.endswith("site-packages")]],
                       env=env, capture_output=True, check=False)
        for command in commands.values():
            _timed_run(command, env, [])  # warm the disk cache, not counted
        paints = {name: [] for name in commands}
        ends = {name: [] for name in commands}
        for _ in range(runs):  # interleaved, so a busy moment hits all alike
            for name, command in commands.items():
                paint, end = _timed_run(command, env, crashes)
                paints[name].append(paint)
                ends[name].append(end)
    figures = {name: median(values) for name, values in paints.items()}
    figures.update({f"{name}_exit": median(values) for name, values in ends.items()})
    figures["ratio"] = figures["palier"] / figures["bare"]
    if "frozen" in figures:
        figures["frozen_ratio"] = figures["frozen"] / figures["bare"]
        figures["frozen_mb"] = folder_megabytes(FROZEN.parent)
    figures["note"] = f"{len(crashes)} of {len(commands) * runs} runs: {crashes[0]}" if crashes else ""
    return figures


def measure_cli_search(small: Path, big: Path, runs: int) -> dict:
    """The command line's ``search`` (a whole process, 20 results) on a small and a big register."""
    with tempfile.TemporaryDirectory() as scratch:
        env = _environment(Path(scratch))
        times = {}
        for name, database in (("small", small), ("big", big)):
            command = [sys.executable, str(ROOT / "main.py"), "--db", str(database), "search", "ascenseur",
                       "--limit", "20"]
            _wall_time(command, env, [])  # warm the disk cache
            crashes: list[str] = []
            times[name] = median([_wall_time(command, env, crashes) for _ in range(runs)])
            if crashes:
                raise RuntimeError(crashes[0])
    return {**times, "ratio": times["big"] / times["small"]}


def _typed_prefixes() -> list[str]:
    prefixes = []
    for phrase in SEARCH_WORDS:
        prefixes += [phrase[:end] for end in range(2, len(phrase) + 1) if not phrase[:end].endswith(" ")]
    return prefixes


def measure_search(database: Path, runs: int) -> dict:
    """Search-as-you-type: the matching numbers, then the first page read, for each prefix."""
    from desktop.domain.complaints import ComplaintQuery
    from desktop.store import Store

    store = Store.open(database)
    prefixes = _typed_prefixes()
    try:
        store.complaints.query_ids(ComplaintQuery(text="chauffage"))  # warm the page cache
        p50s, p95s, slowest, processor = [], [], [], []
        for _ in range(runs):
            times, cpu = [], []
            for text in prefixes:
                started, started_cpu = time.perf_counter(), time.thread_time()
                ids = store.complaints.query_ids(ComplaintQuery(text=text))
                store.complaints.by_ids(ids[:FIRST_PAGE])
                times.append(time.perf_counter() - started)
                cpu.append(time.thread_time() - started_cpu)
            p50s.append(percentile(times, 0.5))
            p95s.append(percentile(times, 0.95))
            slowest.append(max(zip(times, prefixes)))
            processor.append(max(cpu))
    finally:
        store.close()
    worst = sorted(slowest)[len(slowest) // 2]  # the median run's slowest query
    return {"p50": median(p50s), "p95": median(p95s), "max": worst[0], "max_query": worst[1],
            "max_cpu": median(processor), "queries": len(prefixes)}


def write_import_csv(source: Path, target: Path, rows: int = 10_000) -> None:
    """A landlord-style extract (French headers, ``;``, UTF-8 with BOM) of ``rows`` complaints."""
    from desktop.domain.complaints import ComplaintQuery, SortKey
    from desktop.i18n import lookup
    from desktop.store import Store

    store = Store.open(source)
    try:
        complaints = store.complaints.list(ComplaintQuery(sort=SortKey.ID, descending=False), limit=rows)
    finally:
        store.close()
    headers = ["N° bailleur", "Date de la demande", "Objet", "Catégorie", "Lieu", "Demandeur",
               "Statut", "Service", "Échéance", "Descriptif"]
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        for c in complaints:
            writer.writerow([
                c.external_ref, c.opened_on.strftime("%d/%m/%Y"), c.title, c.category_name, c.place.label,
                "" if c.reporter_confidential else c.reporter_name,
                lookup("Status", c.status.label, "fr") or c.status.label,
                (lookup("Service", c.service.label, "fr") or c.service.label) if c.service else "",
                c.due_on.strftime("%d/%m/%Y") if c.due_on else "", c.description,
            ])


def measure_import(source: Path, base: Path, runs: int) -> dict:
    """Importing a 10,000-row CSV into a copy of the small demo, all or nothing, median of runs."""
    try:
        from desktop.services.importing import import_complaints
    except ImportError as error:
        raise RuntimeError(f"desktop.services.importing is not there yet ({error})") from None
    from desktop.store import Store

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        extract = folder / "extrait-bailleur.csv"
        write_import_csv(source, extract)
        times, imported = [], 0
        for run in range(runs):
            copy = folder / f"target-{run}.db"
            shutil.copyfile(base, copy)
            store = Store.open(copy)
            try:
                started = time.perf_counter()
                result = import_complaints(store, extract)
                times.append(time.perf_counter() - started)
                imported = result.imported
            finally:
                store.close()
    return {"seconds": median(times), "rows": imported}


def measure_scroll(database: Path) -> dict:
    """The register's model in the register's own table, scrolled page by page to the bottom;
    each fetch and each repaint timed (the repaint's processor time too: on a busy machine the
    wall-clock figure also counts the time other programs had the processor)."""
    try:
        from desktop.ui.complaints.model import ComplaintTableModel
        from desktop.ui.complaints.register_table import RegisterTable
    except ImportError as error:
        raise RuntimeError(f"the register's model is not there yet ({error})") from None
    from PySide6.QtWidgets import QApplication

    from desktop.domain.complaints import ComplaintQuery
    from desktop.store import Store
    from desktop.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app, 12)
    store = Store.open(database)
    fetches: list[float] = []
    real_by_ids = store.complaints.by_ids

    def timed_by_ids(ids):
        started = time.perf_counter()
        found = real_by_ids(ids)
        fetches.append(time.perf_counter() - started)
        return found

    try:
        model = ComplaintTableModel(store)
        model.set_query(ComplaintQuery())
        store.complaints.by_ids = timed_by_ids  # every page the model reads goes through here
        view = RegisterTable(model)  # what the register page shows: its columns, its row height
        view.resize(1280, 800)
        view.show()
        app.processEvents()
        paints, processor, bar = [], [], view.verticalScrollBar()
        while bar.value() < bar.maximum():
            started, started_cpu = time.perf_counter(), time.thread_time()
            bar.setValue(min(bar.value() + bar.pageStep(), bar.maximum()))
            view.viewport().repaint()
            paints.append(time.perf_counter() - started)
            processor.append(time.thread_time() - started_cpu)
        rows = model.rowCount()
        view.close()
    finally:
        store.close()
    if not fetches:
        raise RuntimeError("the model read nothing while scrolling")
    return {"max": max(fetches), "p95": percentile(fetches, 0.95), "fetches": len(fetches),
            "paint_p95": percentile(paints, 0.95), "paint_cpu_p95": percentile(processor, 0.95), "rows": rows}


def measure_memory(database: Path) -> dict:
    """Peak resident memory of a fresh process showing the register on every complaint."""
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run([sys.executable, str(PROBES), "memory", str(database)],
                              env=_environment(Path(scratch)), cwd=ROOT, capture_output=True,
                              text=True, timeout=900)
    lines = done.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("{"):
        raise RuntimeError(f"the probe exited {done.returncode}: {last_line(done.stderr)}")
    figures = json.loads(lines[-1])
    if done.returncode != 0:  # measured, then crashed on the way out
        fatal = [line for line in done.stderr.splitlines() if line.startswith("Fatal Python error")]
        figures["note"] = f"probe exited {done.returncode}: {fatal[0] if fatal else last_line(done.stderr)}"
    return figures


def measure_purge(database: Path, runs: int) -> dict:
    """The retention purge (1 year, so that most finished complaints are anonymised) on a copy of
    the demo, median of runs; with how many complaints and forms it anonymised."""
    from desktop.services import privacy
    from desktop.store import Store

    with tempfile.TemporaryDirectory() as scratch:
        times, report = [], None
        for run in range(runs):
            copy = Path(scratch) / f"purge-{run}.db"
            shutil.copyfile(database, copy)
            store = Store.open(copy)
            try:
                started = time.perf_counter()
                report = privacy.purge(store, older_than_years=1)
                times.append(time.perf_counter() - started)
            finally:
                store.close()
            copy.unlink()
    return {"seconds": median(times), "complaints": len(report.complaint_ids), "forms": len(report.form_ids)}
