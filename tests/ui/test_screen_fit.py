"""Every page fits an old office PC's screen with the default text, and a laptop's with 16-point
text: nothing to scroll sideways, nothing outside the window (tools/screenshots.py shows them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from desktop.services.demo import build_demo
from desktop.ui.screen_fit import available_for, overflow
from desktop.ui.style import apply_style

PAGES = ("dashboard", "complaints", "meetings", "people", "reports", "backups", "privacy")


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    from desktop.store import Store

    path = tmp_path_factory.mktemp("fit") / "demo.db"
    store = Store.open(path)
    build_demo(store, complaints=60)
    store.close()
    return path


@pytest.mark.parametrize("width,height,points", [(1024, 768, 12), (1366, 768, 16)])
def test_every_page_fits_the_screen(qtbot, qapp, demo_path, width, height, points):
    from desktop.store import Store
    from desktop.ui import translator
    from desktop.ui.main_window import MainWindow

    translator.install(qapp, "fr")  # French words are the longer ones
    apply_style(qapp, points)
    store = Store.open(demo_path)
    try:
        window = MainWindow(store, signed_in=True)
        window.show()
        problems = {}
        for key in PAGES:
            window.show_page(key)
            found = overflow(window, window.pages[key], *available_for(width, height))
            if found:
                problems[key] = found
    finally:
        apply_style(qapp, 12)
        translator.install(qapp, "en")
        qapp.processEvents()  # the language change reaches the pages while their store is open
        window.close()
        window.deleteLater()  # gone before its store closes: no later language change reaches it
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        store.close()
    assert problems == {}
