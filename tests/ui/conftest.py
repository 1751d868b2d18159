"""Fixtures for window tests: the translator-free QApplication from pytest-qt, events, the window."""

from __future__ import annotations

import pytest

from desktop.ui.events import StoreEvents


@pytest.fixture
def events(qapp):
    """The signal hub the views listen to."""
    return StoreEvents()


@pytest.fixture
def window(qtbot, residence_store):
    """The main window on a small residence."""
    from desktop.ui.main_window import MainWindow

    main = MainWindow(residence_store)
    qtbot.addWidget(main)
    main.show()
    return main
