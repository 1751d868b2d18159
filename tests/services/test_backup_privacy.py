"""Backups keep purged and forgotten data until they rotate out: the program says until when, and
rewrites them on request (the same purge and forgetting, each copy checked again)."""

from __future__ import annotations

import datetime as dt

from desktop.domain.complaints import Complaint, ComplaintStatus
from desktop.domain.people import Person, Role
from desktop.services import backup_privacy, backups, privacy
from desktop.store import Store
from desktop.store import snapshots

OLD = dt.datetime(2019, 6, 1, 9, 0)


def _setup(store):
    ahmed = store.people.save(Person(name="Ahmed Brunet", role=Role.TENANT, phone="06 00 00 00 00"))
    category = store.categories.list()[0].id
    old = store.complaints.create(Complaint(title="Bruit chez M. Brunet", category_id=category,
                                            description="Odette Roux se plaint.", reporter_name="Odette Roux"))
    store.complaints.change_status(old.id, ComplaintStatus.RESOLVED, when=OLD)
    store.complaints.change_status(old.id, ComplaintStatus.CLOSED, reason="Fait", when=OLD)
    return ahmed, old


def _texts(path) -> str:
    opened = Store.open(path, read_only=True)
    try:
        return " ".join(str(v) for table in ("people", "complaints", "complaint_history")
                        for row in opened.db.execute(f"SELECT * FROM {table}") for v in row)
    finally:
        opened.close()


def test_backups_made_before_a_forgetting_are_named_with_their_expiry_and_rewritten(store, tmp_path):
    ahmed, _old = _setup(store)
    folder = tmp_path / "backups"
    before = backups.backup(store, folder, now=dt.datetime(2026, 1, 20, 10))
    assert backup_privacy.exposure(store, folder).since is None

    privacy.forget_person(store, ahmed.id)
    privacy.purge(store, older_than_years=5)
    found = backup_privacy.exposure(store, folder)
    assert [info.path for info in found.holding] == [before.path]
    assert found.expires_on == dt.date(2027, 2, 1)  # the 12 monthly copies of the rotation
    sentence = backup_privacy.exposure_sentence(found)
    assert "01/02/2027" in sentence and "1 backup made before" in sentence
    assert "Brunet" in _texts(before.path) and "Odette" in _texts(before.path)

    steps = []
    assert backup_privacy.rewrite_backups(store, folder, lambda *args: steps.append(args)) == 1

    text = _texts(before.path)
    assert "Brunet" not in text and "Odette" not in text and "06 00" not in text
    assert b"Brunet" not in before.path.read_bytes()
    [rewritten] = snapshots.list_backups(folder, before.path.stem.split("-")[0])
    assert (rewritten.path, rewritten.created, rewritten.reason) == (before.path, before.created, before.reason)
    assert backups.check(before.path) is None
    assert steps[-1][0] == steps[-1][1] == 1
    assert backup_privacy.exposure(store, folder).is_clear  # rewritten: it holds nothing removed
    # The database itself was not touched by the rewrite and the live one is intact.
    assert store.people.get(ahmed.id).name == privacy.forgotten_name(ahmed.id)


def test_backups_made_after_are_not_rewritten(store, tmp_path):
    ahmed, _old = _setup(store)
    folder = tmp_path / "backups"
    privacy.forget_person(store, ahmed.id)
    backups.backup(store, folder, now=dt.datetime(2099, 1, 1))
    found = backup_privacy.exposure(store, folder)
    assert found.is_clear and "No backup holds" in backup_privacy.exposure_sentence(found)
    assert backup_privacy.rewrite_backups(store, folder) == 0
