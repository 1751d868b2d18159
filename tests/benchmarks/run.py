"""Palier's performance benchmark: figures for the README, never asserted in a test.

    uv run python tests/benchmarks/run.py            # 100,000 complaints (a few minutes)
    uv run python tests/benchmarks/run.py --quick    # 10,000 complaints, fewer runs

It builds demo databases (cached in the temporary folder, keyed by size, seed and the demo's code)
and prints medians of several runs: start-up against a bare PySide6 window (from source, and from
the frozen build ``dist/palier/palier`` when it was built, with its size), search latency (and
the command line's ``search`` at 1,000 against the big register),
importing 10,000 rows, scrolling the register, peak memory with the register open, and the
retention purge at 50,000 complaints, and the exchange between two computers (first
copy, a quarter's file). A part
that cannot run (missing code, an error) says why and the others go on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import platform
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from exchange_measures import measure_first_copy, measure_quarter  # noqa: E402
from measures import (  # noqa: E402
    measure_cli_search,
    measure_import,
    measure_memory,
    measure_purge,
    measure_scroll,
    measure_search,
    measure_startup,
)

CACHE = Path(tempfile.gettempdir()) / "palier-benchmarks"
DEMO_SOURCES = ("desktop/services/demo.py", "desktop/services/demo_complaints.py",
                "desktop/services/demo_cases.py", "desktop/services/demo_texts.py",
                "desktop/store/migrations.py", "desktop/store/complaints.py")


def say(text: str) -> None:
    """Progress for the person waiting, on stderr so the report stays clean."""
    print(text, file=sys.stderr, flush=True)


def machine_info() -> str:
    """CPU model, cores, Python, Qt and SQLite versions, and the date."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6

        qt = f"PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "PySide6 missing"
    return (f"{dt.datetime.now():%Y-%m-%d %H:%M} · {cpu} · {os.cpu_count()} cores · "
            f"Python {platform.python_version()} · {qt} · SQLite {sqlite3.sqlite_version} · "
            f"{platform.system()} {platform.release()}")


def demo_database(count: int, seed: int) -> tuple[Path, float | None]:
    """A database holding the French demo with ``count`` complaints; built once, then cached.

    Returns its path and the seconds the build took (None when it came from the cache).
    """
    digest = hashlib.sha1()
    for name in DEMO_SOURCES:
        digest.update((ROOT / name).read_bytes())
    path = CACHE / f"demo-{count}-seed{seed}-{digest.hexdigest()[:10]}.db"
    if path.exists():
        return path, None
    from desktop import i18n
    from desktop.services.demo import build_demo
    from desktop.store import Store

    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    say(f"building the demo with {count:,} complaints…")
    i18n.set_language("fr")  # the users' database: French categories
    store = Store.open(partial)
    started = time.perf_counter()
    build_demo(store, seed=seed, complaints=count)
    seconds = time.perf_counter() - started
    store.close()
    i18n.set_language("en")
    partial.rename(path)  # only a finished build is ever found in the cache
    return path, seconds


def attempt(name: str, function, *args) -> dict:
    """Run one measure; a failure becomes a line saying why instead of a crash."""
    say(f"measuring {name}…")
    try:
        return function(*args)
    except Exception as error:  # noqa: BLE001 (a benchmark part must fail soft)
        message = " ".join(str(error).split())[:200]
        return {"error": f"{type(error).__name__}: {message}"}


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def rows_for(results: dict, big: int, builds: dict):
    """The lines of the report (measure, result, goal, verdict) and notes on abnormal exits."""
    lines, notes = [], []
    for count, seconds in builds.items():
        result = "cached" if seconds is None else f"{seconds:.1f} s"
        lines.append((f"demo build, {count:,} complaints", result, "-", ""))

    def add(name, key, render, goal, ok):
        value = results.get(key, {})
        if "error" in value:
            lines.append((name, "not available: " + value["error"], goal, "?"))
        elif value:
            lines.append((name, render(value), goal, ("yes" if ok(value) else "NO") if ok else ""))
            if value.get("note"):
                notes.append(f"{name}: {value['note']}")

    add("start-up to first paint ÷ bare window (median of runs)", "startup",
        lambda v: f"{v['ratio']:.2f}  ({v['palier']:.2f} s ÷ {v['bare']:.2f} s; to exit "
                  f"{v['palier_exit']:.2f} s ÷ {v['bare_exit']:.2f} s)", "≤ 2.0",
        lambda v: v["ratio"] <= 2.0)
    startup = results.get("startup", {})
    if "ratio" in startup and "frozen" not in startup:
        lines.append(("frozen build (dist/palier/palier): start-up, size", "not built", "≤ 2.0", ""))
    else:
        add("frozen build (dist/palier/palier): start-up, size", "startup",
            lambda v: f"{v['frozen_ratio']:.2f}  ({v['frozen']:.2f} s ÷ {v['bare']:.2f} s), "
                      f"{v['frozen_mb']:.0f} MB", "≤ 2.0", lambda v: v["frozen_ratio"] <= 2.0)
    for key in sorted(k for k in results if k.startswith("search-")):
        count = int(key.split("-")[1])
        add(f"search p50 / p95 / max, {count:,} complaints", key,
            lambda v: f"{_ms(v['p50'])} / {_ms(v['p95'])} / {_ms(v['max'])}  ({v['queries']} queries; "
                      f"slowest “{v['max_query']}”; processor time at most {_ms(v['max_cpu'])})",
            "p95, max < 30 ms" if count == big else "-",
            (lambda v: v["p95"] < 0.030 and v["max"] < 0.030) if count == big else None)
    add(f"command-line search, {big:,} ÷ 1,000 complaints", "cli-search",
        lambda v: f"{v['ratio']:.2f}  ({v['big']:.2f} s ÷ {v['small']:.2f} s)", "≤ 1.2",
        lambda v: v["ratio"] <= 1.2)
    add("import of 10,000 rows (median)", "import",
        lambda v: f"{v['seconds']:.2f} s", "< 3 s", lambda v: v["seconds"] < 3.0)
    add(f"scroll register, {big:,}: max / p95 fetch", "scroll",
        lambda v: f"{_ms(v['max'])} / {_ms(v['p95'])}  ({v['fetches']} fetches)", "max ≤ 16 ms",
        lambda v: v["max"] <= 0.016)
    add(f"paint a register screen, {big:,}: p95", "scroll",
        lambda v: f"{_ms(v['paint_p95'])}  (processor time {_ms(v['paint_cpu_p95'])})", "≤ 16 ms",
        lambda v: v["paint_p95"] <= 0.016)
    purge_count = results.get("purge-size", 0)
    add(f"purge (1-year retention), {purge_count:,} complaints", "purge",
        lambda v: f"{v['seconds']:.2f} s  ({v['complaints']:,} complaints, {v['forms']:,} forms anonymised)",
        "< 10 s at 50,000" if purge_count == 50_000 else "-",
        (lambda v: v["seconds"] < 10.0) if purge_count == 50_000 else None)
    add(f"first copy for another computer, {big:,} complaints", "exchange-copy",
        lambda v: f"{v['seconds']:.1f} s  (copy {v['copy_mb']:.0f} MB, snapshot {v['snapshot_mb']:.0f} MB; "
                  f"first opening {v['first_open']:.1f} s)", "-", None)
    add(f"a quarter's exchange (300 complaint changes, 1 signed meeting), {big:,}", "exchange-quarter",
        lambda v: f"{v['kb']:.0f} kB; written in {v['write']:.2f} s, applied in {v['apply']:.2f} s", "-", None)
    add(f"peak memory, register on {big:,}", "memory",
        lambda v: f"{v['maxrss_mb']:.0f} MB  ({v['rows']:,} rows)", "< 250 MB",
        lambda v: v["maxrss_mb"] < 250)
    return lines, notes


def print_report(lines, notes: list[str], info: str) -> None:
    """A compact aligned table under the machine line, then the notes."""
    print(f"Palier benchmark — {info}")
    headers = ("measure", "result", "goal", "met")
    widths = [max(len(str(row[i])) for row in [headers, *lines]) for i in range(4)]
    for row in [headers, tuple("-" * w for w in widths), *lines]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
    for note in notes:
        print("note: " + note)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="10,000 complaints and fewer runs")
    parser.add_argument("--seed", type=int, default=1, help="the demo's seed (default 1)")
    parser.add_argument("--runs", type=int, help="runs per measure (default 5, 3 with --quick)")
    args = parser.parse_args()
    big = 10_000 if args.quick else 100_000
    runs = args.runs or (3 if args.quick else 5)
    os.environ.setdefault("QT_QPA_PLATFORM",
                          "offscreen" if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
                          else "")
    if not os.environ["QT_QPA_PLATFORM"]:
        del os.environ["QT_QPA_PLATFORM"]
    builds, databases = {}, {}
    purge_size = 10_000 if args.quick else 50_000
    for count in sorted({1_000, 10_000, purge_size, big}):
        databases[count], builds[count] = demo_database(count, args.seed)
    results = {
        "startup": attempt("start-up", measure_startup, databases[big], runs),
        f"search-{1_000}": attempt("search at 1,000", measure_search, databases[1_000], runs),
        f"search-{big}": attempt(f"search at {big:,}", measure_search, databases[big], runs),
        "cli-search": attempt("command-line search", measure_cli_search, databases[1_000], databases[big], runs),
        "import": attempt("import", measure_import, databases[10_000], databases[1_000], min(runs, 3)),
        "scroll": attempt("scrolling", measure_scroll, databases[big]),
        "memory": attempt("memory", measure_memory, databases[big]),
        "purge": attempt(f"purge at {purge_size:,}", measure_purge, databases[purge_size], min(runs, 3)),
        "purge-size": purge_size,
        "exchange-copy": attempt(f"first copy for another computer at {big:,}", measure_first_copy, databases[big]),
        "exchange-quarter": attempt(f"a quarter's exchange at {big:,}", measure_quarter, databases[big], min(runs, 3)),
    }
    lines, notes = rows_for(results, big, builds)
    print_report(lines, notes, machine_info())
    return 0


if __name__ == "__main__":
    sys.exit(main())
