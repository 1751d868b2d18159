"""Take a screenshot of every page of the window at the two screens that matter, and fail when a
page does not fit.

    uv run python tools/screenshots.py            # docs/screens/<page>-1024x768.png and
                                                   # docs/screens/<page>-1366x768-16pt.png
    uv run python tools/screenshots.py --page meetings

The two screens: an old office PC (1024×768, the default 12-point text) and a laptop (1366×768)
with the text at 16 points, as a person with weak eyesight sets it. A taskbar and a window frame
are taken off each screen first. Each run happens on a virtual X screen of that size (Debian's
``xvfb`` package: ``xvfb-run``), on a demo residence built for the purpose. Exit status 1 names
every page that does not fit and what lies outside the window.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SCREENS = ((1024, 768, 12, ""), (1366, 768, 16, "-16pt"))
PAGES = ("dashboard", "complaints", "meetings", "people", "documents", "backups", "privacy")
OUT = ROOT / "docs" / "screens"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", choices=PAGES, action="append", help="only this page (repeat)")
    parser.add_argument("--inside", metavar="W,H,PT,SUFFIX", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    pages = tuple(args.page or PAGES)
    if args.inside:
        width, height, points, suffix = args.inside.split(",")
        return shoot(int(width), int(height), int(points), suffix, pages, Path(args.db))
    if shutil.which("xvfb-run") is None:
        print("xvfb-run is needed (Debian package xvfb).", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    status = 0
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "demo.db"
        env = {**os.environ, "PALIER_DATA_DIR": folder, "PALIER_LANG": os.environ.get("PALIER_LANG", "fr")}
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(database), "demo"], check=True,
                       env=env, stdout=subprocess.DEVNULL)
        for width, height, points, suffix in SCREENS:
            command = ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24", sys.executable, __file__,
                       f"--inside={width},{height},{points},{suffix or '-'}", "--db", str(database)]
            for page in pages:
                command += ["--page", page]
            env.pop("QT_QPA_PLATFORM", None)
            status = max(status, subprocess.run(command, env={**env, "QT_QPA_PLATFORM": "xcb"}).returncode)
    return status


def shoot(width: int, height: int, points: int, suffix: str, pages: tuple[str, ...], database: Path) -> int:
    """Inside the virtual screen: open the window on each page, check it fits, save its picture."""
    from PySide6.QtWidgets import QApplication

    from desktop.store import Store
    from desktop.ui import translator
    from desktop.ui.main_window import MainWindow
    from desktop.ui.screen_fit import available_for, clipped_headings, clipped_texts, overflow
    from desktop.ui.style import apply_style

    suffix = "" if suffix == "-" else suffix
    app = QApplication(sys.argv[:1])
    translator.install(app, os.environ.get("PALIER_LANG", "fr"))
    apply_style(app, points)
    store = Store.open(database, profile="Gardien")
    window = MainWindow(store, signed_in=True)
    window.show_on_screen()
    room = available_for(width, height)
    failed = []
    for page in pages:
        window.show_page("reports" if page == "documents" else page)
        for _ in range(5):
            app.processEvents()
        shown = window.pages["reports" if page == "documents" else page]
        problems = overflow(window, shown, *room) + clipped_headings(shown) + clipped_texts(shown)
        for _ in range(3):
            app.processEvents()
        target = OUT / f"{page}-{width}x{height}{suffix}.png"
        window.grab().save(str(target))
        verdict = "fits" if not problems else "DOES NOT FIT"
        print(f"{page:<11} {width}×{height} {points}pt: {verdict} → {target.relative_to(ROOT)}")
        for problem in problems:
            print(f"    {problem}")
        if problems:
            failed.append(page)
    window.close()
    store.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
