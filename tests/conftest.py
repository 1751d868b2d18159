"""Shared fixtures: a fresh database per test, English by default, no real user settings."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop import i18n  # noqa: E402
from desktop.domain.places import Residence, ResidencePlan  # noqa: E402
from desktop.store import Store  # noqa: E402

FIXED_NOW = dt.datetime(2026, 3, 12, 10, 30, 0)


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory, monkeypatch):
    """Each test gets its own data folder and settings, and English messages."""
    data = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("PALIER_DATA_DIR", str(data))
    monkeypatch.setenv("PALIER_LANG", "en")
    i18n.set_language("en")
    try:
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data / "settings"))
    except ImportError:  # pragma: no cover
        pass
    yield
    i18n.set_language("en")


@pytest.fixture
def store(tmp_path):
    """An empty, migrated database in a temporary file, with a fixed clock."""
    opened = Store.open(tmp_path / "test.db", profile="tester", now=lambda: FIXED_NOW)
    yield opened
    opened.close()


@pytest.fixture
def residence_store(store):
    """A database holding a small residence: two buildings, three entrances, a few homes."""
    store.places.create_from_plan(
        ResidencePlan(
            Residence(name="Les Tilleuls", city="Villeurbanne", landlord="Habitat Rhône"),
            [("Bâtiment A", ["Entrée 1", "Entrée 2"]), ("Bâtiment B", ["Entrée 3"])],
        )
    )
    from desktop.domain.places import Home

    for entrance in store.places.entrances():
        for floor in range(3):
            store.places.save_home(Home(number=f"{entrance.id}{floor}1", entrance_id=entrance.id, floor=floor))
    return store
