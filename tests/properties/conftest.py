"""Fixtures for the property tests: migrated template databases copied afresh for every example.

Hypothesis runs many examples inside one test function, so function-scoped fixtures are shared by
them; each example therefore takes its own copy of a template database (7 ms, where migrating a
new file costs 40 ms) in its own folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from desktop.domain.complaints import Complaint
from desktop.domain.people import Person, Role
from desktop.domain.places import Home, PlaceRef, Residence, ResidencePlan
from desktop.services.meetings import plan_meeting
from desktop.store import Store
from tests.conftest import FIXED_NOW


def budget(examples: int):
    """Hypothesis settings for these tests: reproducible (derandomized, no example database
    written into the checkout), no deadline (a shared CI machine varies), ``examples`` examples.

    ``PALIER_PROPERTY_SCALE=20`` multiplies the examples, for a longer hunt by hand.
    """
    return settings(
        max_examples=examples * int(os.environ.get("PALIER_PROPERTY_SCALE", "1")),
        deadline=None, derandomize=True, database=None, print_blob=False,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                               HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


def open_store(path: Path) -> Store:
    """The store on ``path`` with the fixed clock of the other tests."""
    return Store.open(path, profile="tester", now=lambda: FIXED_NOW)


def _residence(store: Store) -> None:
    store.places.create_from_plan(ResidencePlan(
        Residence(name="Les Tilleuls", city="Villeurbanne", landlord="Habitat Rhône"),
        [("Bâtiment A", ["Entrée 1", "Entrée 2"]), ("Bâtiment B", ["Entrée 3"])],
    ))
    for entrance in store.places.entrances():
        store.places.save_home(Home(number=f"{entrance.id}01", entrance_id=entrance.id, floor=0))


MEETING_DAY = dt.date(2026, 3, 12)


def _meeting(store: Store) -> None:
    """The residence, two complaints about the lift, a landlord's staff member, a planned meeting."""
    _residence(store)
    lift = store.categories.by_name()["lift"]
    entrance = store.places.entrances()[0].id
    for title in ("Ascenseur en panne", "Ascenseur bloqué"):
        store.complaints.create(Complaint(title=title, category_id=lift, place=PlaceRef(entrance_id=entrance),
                                          opened_on=dt.date(2026, 2, 1)))
    store.people.save(Person(name="Paul Haddad", role=Role.LANDLORD_STAFF))
    plan_meeting(store, MEETING_DAY, start_time=dt.time(14, 30), place="Salle commune")


@pytest.fixture(scope="session")
def templates(tmp_path_factory) -> dict[str, Path]:
    """Migrated databases to copy: "empty" (seeded categories only), "residence" (a small
    residence) and "meeting" (the residence with a planned meeting, number 1)."""
    folder = tmp_path_factory.mktemp("templates")
    made = {}
    for name, build in (("empty", None), ("residence", _residence), ("meeting", _meeting)):
        store = open_store(folder / f"{name}.db")
        if build is not None:
            build(store)
        store.close()
        made[name] = folder / f"{name}.db"
    return made


class Fresh:
    """Makes, for each example, a folder and a store copied from a template."""

    def __init__(self, templates: dict[str, Path], root: Path):
        self.templates, self.root = templates, root

    def folder(self) -> Path:
        """A new empty folder for one example."""
        return Path(tempfile.mkdtemp(dir=self.root))

    @contextlib.contextmanager
    def store(self, template: str = "empty"):
        """A store on a fresh copy of ``template``, closed at the end of the block."""
        path = self.folder() / "palier.db"
        shutil.copyfile(self.templates[template], path)
        store = open_store(path)
        try:
            yield store
        finally:
            store.close()


@pytest.fixture
def fresh(templates, tmp_path) -> Fresh:
    """Fresh folders and stores, one per Hypothesis example."""
    return Fresh(templates, tmp_path)


def snapshot(store: Store) -> list[str]:
    """Everything the database holds, as SQL (the search index's own tables included): two equal
    snapshots mean the content is unchanged. Sorted, because a trigger an import sets aside and
    puts back (exactly as it was) is listed last."""
    return sorted(store.db.conn.iterdump())


def assert_sound(store: Store) -> None:
    """The file passes SQLite's own full check."""
    assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # The search index agrees with the complaints it indexes (FTS5 raises when it does not).
    store.db.execute("INSERT INTO complaints_fts(complaints_fts) VALUES ('integrity-check')")


def assert_sentence(message: str) -> None:
    """A message for a person: not empty, no traceback, starting and ending like a sentence."""
    text = message.strip()
    assert text, "an empty message"
    assert "Traceback" not in text, text[:500]
    assert text[0].isupper() or text[0].isdigit() or text[0] in "“«", text[:500]
    assert text[-1] in ".”»)", text[-500:]


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """Forms say everything inline: a message box in a property test is a failure."""
    from desktop.ui import dialogs

    def unexpected(*args):
        raise AssertionError(f"unexpected dialog: {args[1:]}")

    for name in ("confirm", "show_error", "show_info"):
        monkeypatch.setattr(dialogs, name, unexpected)
