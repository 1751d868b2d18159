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


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(qapp):
    """Every window a test opened is destroyed after it: a later test changing the language or the
    text size must not reach a page whose store is already closed."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
