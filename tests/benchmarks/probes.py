"""Small programs the benchmark runs in fresh processes, so each measure starts from nothing.

    python tests/benchmarks/probes.py bare          # a bare PySide6 window, painted once
    python tests/benchmarks/probes.py memory DB     # the window with the register on every
                                                    # complaint of DB, scrolled to the bottom;
                                                    # prints {"maxrss_mb": ...} as JSON
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def bare_window() -> int:
    """What any PySide6 program pays to show one window: the yardstick for Palier's start-up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Palier"))
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    window.repaint()
    print(f"first-paint {time.monotonic():.6f}", flush=True)
    QTimer.singleShot(0, app.quit)
    return app.exec()


def peak_rss_mb() -> float:
    """The process's resident-memory high-water mark, in megabytes."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux counts in kilobytes, macOS in bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def register_memory(database: str) -> int:
    """Open the window on ``database``, show every complaint in the register, scroll it through."""
    from PySide6.QtWidgets import QApplication

    from desktop.domain.complaints import ComplaintQuery
    from desktop.store import Store
    from desktop.ui import translator
    from desktop.ui.main_window import MainWindow
    from desktop.ui.style import apply_style

    app = QApplication(sys.argv[:1])
    translator.install(app, "fr")
    apply_style(app, 12)
    store = Store.open(database)
    window = MainWindow(store)
    window.resize(1280, 860)
    window.show()
    window.show_page("complaints")
    page = window.pages["complaints"]
    page.model.set_query(ComplaintQuery())
    app.processEvents()
    bar = page.table.verticalScrollBar()
    rows = page.model.rowCount()
    while bar.value() < bar.maximum():
        bar.setValue(min(bar.value() + bar.pageStep() * 4, bar.maximum()))
        page.table.viewport().repaint()
    app.processEvents()
    print(json.dumps({"maxrss_mb": round(peak_rss_mb(), 1), "rows": rows}))
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare"]:
        sys.exit(bare_window())
    if sys.argv[1:2] == ["memory"] and len(sys.argv) == 3:
        sys.exit(register_memory(sys.argv[2]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
