"""One register on two computers: the copy that pairs them, and the files they exchange.

How it works (see docs/two-computers.md for the whole design and why):

- ``copy_for_partner`` writes a database for another computer, paired with this one: it gets
  its own block of numbers (``desktop.store.sync_ids``), and both computers keep a *snapshot*
  of the register as it was at that moment: the state both agree on.
- ``export`` writes what the partner lacks: SQLite's changeset between the partner's snapshot
  and the register, with a manifest (``exchange_bundle``). Each file carries everything not yet
  known to be there, so a lost file is made good by the next one.
- ``import_file`` applies a partner's file in one transaction (``changeset_merge``), after a
  backup: field by field, conflicts listed for a person. The snapshot then moves to what the
  partner had when it wrote the file: its own changes, on top of ours that it says it applied.
  A file already applied, or older than one applied, changes nothing.
- ``resolve`` settles a conflict; the decision travels with the next file.
"""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.i18n import tr
from desktop.services import backups, exchange_bundle
from desktop.services.exchange_bundle import Bundle, RefusedFile
from desktop.services.targets import check_target
from desktop.store import changesets, sync_ids, sync_state
from desktop.store.changeset_merge import decode, merge
from desktop.store.connection import applied_migration_names
from desktop.store.sync_state import Partner


def _t(text: str) -> str:
    return tr("Exchange", text)


@dataclass
class ExportResult:
    """A file written for a partner: where, its number, and what it carries."""

    path: Path
    partner: Partner
    seq: int
    size: int
    counts: dict = field(default_factory=dict)


@dataclass
class ImportResult:
    """A partner's file read: whether it was new, what came in, how many conflicts to decide."""

    partner: Partner
    seq: int
    already_applied: bool
    counts: dict = field(default_factory=dict)
    conflicts: int = 0
    backup: Path | None = None


def _now(store) -> str:
    return store.complaints.now().isoformat(timespec="seconds")


def _database(store) -> Path:
    if str(store.path) == ":memory:":
        raise UserError(_t("An exchange needs a database file."))
    return Path(store.path)


# Pairing -----------------------------------------------------------------------------------------
def copy_for_partner(store, target: Path | str, name_there: str = "", name_here: str = "",
                     overwrite: bool = False) -> Partner:
    """Write at ``target`` a Palier database for another computer, paired with this one.

    The copy gets a block of numbers no table uses yet; this computer stops using that block.
    Both snapshots are the register as copied. Raises UserError (nothing written) when the target
    is not safe, or when this database is itself a copy (one first computer hands out the blocks).
    """
    database = _database(store)
    target = check_target(target, database, overwrite)
    if target.exists():
        target.unlink()
    db = store.db
    me = sync_state.identity(db)
    if me is not None and me[2] != 0:
        raise UserError(_t("This database is a copy made for another computer: make new copies on the first "
                           "computer ({name}'s partner). Nothing was written.").format(name=me[1]))
    name_here = name_here.strip() or _t("the office")
    name_there = name_there.strip() or _t("the laptop")
    at = _now(store)
    with store.atomic():
        me = sync_state.ensure_identity(db, name_here)
        block = sync_ids.free_block(db, list(sync_ids.NUMBERED))
    partner = Partner(uuid.uuid4().hex, name_there, block, 0, 0, 0, at, None, None)
    snapshot = sync_state.snapshot_path(database, partner.computer)
    partial = target.with_name(target.name + ".partial")
    first = Partner(me[0], me[1], 0, 0, 0, 0, at, None, None)
    try:
        with store.released():
            changesets.full_copy(database, partial)
        changesets.copy_file(partial, snapshot)
        changesets.strip_to_data(snapshot)
        changesets.pair_copy(partial, lambda conn: sync_state.become_copy(
            conn, partner.computer, partner.name, partner.block, first))
        shutil.move(partial, target)
        with store.atomic():
            sync_state.add_partner(db, partner)
            sync_ids.give_block(db, block)
    except BaseException:
        partial.unlink(missing_ok=True)
        snapshot.unlink(missing_ok=True)
        raise
    return partner


def take_pending_snapshot(store) -> None:
    """See ``sync_state.take_pending_snapshot`` (done when the store opens; here for stores opened
    before the copy was made)."""
    if not store.read_only_reason:
        sync_state.take_pending_snapshot(store, _database(store))


# Exchanging ---------------------------------------------------------------------------------------
def partners(store) -> list[Partner]:
    """The computers this one is paired with."""
    return sync_state.partners(store.db)


def choose_partner(store, computer: str | None = None) -> Partner:
    """The partner to exchange with: the only one, or the one named (by its id or its name)."""
    found = sync_state.partners(store.db)
    if not found:
        raise UserError(_t("This database is not paired with another computer yet: make a copy for the other "
                           "computer first (sync copy FILE, or File › Copy for another computer…)."))
    if computer:
        wanted = computer.strip().casefold()
        found = [p for p in found if p.computer == computer or p.name.casefold() == wanted]
        if not found:
            raise UserError(_t("There is no partner called “{name}”.").format(name=computer))
    if len(found) > 1:
        raise UserError(_t("This computer has several partners; say which one with --partner NAME."))
    return found[0]


def _snapshot(store, partner: Partner) -> Path:
    take_pending_snapshot(store)
    path = sync_state.snapshot_path(_database(store), partner.computer)
    if not path.is_file():
        raise UserError(_t("The record of the last exchange with {name} is missing ({path}). It lives in the "
                           "“exchange” folder beside the database: if the database was moved, move that folder "
                           "with it. Nothing was changed.").format(name=partner.name, path=path))
    return path


def export(store, target: Path | str, partner_name: str | None = None, overwrite: bool = False) -> ExportResult:
    """Write at ``target`` the changes ``partner`` lacks (see the module's note)."""
    database = _database(store)
    partner = choose_partner(store, partner_name)
    target = check_target(target, database, overwrite)
    snapshot = _snapshot(store, partner)
    with store.released():
        changes = changesets.diff(database, snapshot)
    me = sync_state.identity(store.db)
    seq = partner.sent + 1
    at = _now(store)
    manifest = {"from": me[0], "from_name": me[1], "to": partner.computer, "to_name": partner.name, "seq": seq,
                "ack": partner.received, "schema": applied_migration_names(store.db), "made_at": at,
                "decisions": sync_state.decisions_to_send(store.db, partner.computer),
                "contested": sync_state.contested(store.db, partner.computer)}
    exchange_bundle.write(target, Bundle(manifest, changes))
    with store.atomic():
        sync_state.record_export(store.db, partner.computer, seq, changes, at)
    counts = changesets.describe(changes, changesets.status_columns(store.db))
    return ExportResult(target, partner, seq, target.stat().st_size, dict(counts))


def check_file(store, source: Path | str) -> tuple[Bundle, Partner]:
    """Read the exchange file ``source`` and check it is for this computer, from a partner, made
    with the same schema (RefusedFile otherwise, nothing changed)."""
    bundle = exchange_bundle.read(Path(source))
    me = sync_state.identity(store.db)
    manifest = bundle.manifest
    partner = sync_state.partner(store.db, str(manifest["from"]))
    if me is None or manifest["to"] != me[0] or partner is None:
        raise RefusedFile(_t("{path} was written by a computer that is not paired with this one ({name}). "
                             "Nothing was changed.").format(path=source, name=manifest.get("from_name", "?")))
    exchange_bundle.check_schema(Path(source), list(manifest["schema"]), applied_migration_names(store.db))
    return bundle, partner


def import_file(store, source: Path | str) -> ImportResult:
    """Apply a partner's exchange file (see the module's note); RefusedFile when it cannot be."""
    database = _database(store)
    bundle, partner = check_file(store, source)
    seq, ack = int(bundle.manifest["seq"]), int(bundle.manifest["ack"])
    if seq <= partner.received:
        return ImportResult(partner, seq, already_applied=True)
    if store.read_only_reason:
        raise UserError(_t("This database is open read-only here; nothing was changed."))
    snapshot = _snapshot(store, partner)
    acknowledged = sync_state.outbox(store.db, partner.computer, partner.acknowledged, ack)
    contested = {(table, tuple(key), name) for table, key, name in bundle.manifest.get("contested") or []}
    copy = backups.backup(store, reason="before-exchange")
    at = _now(store)

    def finish(conn, result) -> None:
        sync_state.add_conflicts(conn, partner.computer, partner.name, at, result.conflicts)
        _apply_decisions(conn, partner, bundle.manifest.get("decisions") or [], at)
        sync_state.record_import(conn, partner.computer, seq, ack, at)

    # The partner says it has our file ``ack``: true whatever happens next, so the snapshot takes
    # it first, and the merge compares with what the partner had when it wrote this file.
    changesets.force_apply(snapshot, acknowledged)
    with store.released():
        merge(database, snapshot, bundle.changeset, finish, contested)
    # The register has everything now; the snapshot follows (only ever behind, never ahead: a
    # snapshot behind makes the next file carry a few changes twice, which changes nothing).
    changesets.force_apply(snapshot, [bundle.changeset])
    counts = changesets.describe(bundle.changeset, changesets.status_columns(store.db))
    return ImportResult(partner, seq, False, dict(counts), len(sync_state.conflicts(store.db)), copy.path)


def _apply_decisions(conn, partner: Partner, decisions: list[dict], at: str) -> None:
    """The partner decided conflicts this computer lists too: settle them here the same way."""
    for decision in decisions:
        conflict_id = sync_state.open_conflict_on(conn, decision["table"], decision["key"], decision["field"])
        if conflict_id is None:
            continue
        sync_state.set_values(conn, decision["table"], tuple(decision["key"]), decode(decision.get("values")) or {})
        kept = "theirs" if decision["kept"] == "mine" else "mine"
        sync_state.decide(conn, conflict_id, kept, partner.computer, at)


# Status and decisions ----------------------------------------------------------------------------
@dataclass
class PartnerStatus:
    """Where the exchanges with one partner stand."""

    partner: Partner
    unsent: int
    snapshot_missing: bool


def status(store) -> tuple[tuple[str, str, int] | None, list[PartnerStatus]]:
    """This computer (id, name, block) and, for each partner, how many changes it has not been sent."""
    database = _database(store)
    take_pending_snapshot(store)
    found = []
    for partner in sync_state.partners(store.db):
        snapshot = sync_state.snapshot_path(database, partner.computer)
        if not snapshot.is_file():
            found.append(PartnerStatus(partner, 0, True))
            continue
        with store.released():
            changes = changesets.diff(database, snapshot)
        counts = changesets.describe(changes, {})
        count = sum(number for (_table, op), number in counts.items() if op in ("INSERT", "UPDATE", "DELETE"))
        found.append(PartnerStatus(partner, count, False))
    return sync_state.identity(store.db), found


def resolve(store, conflict_id: int, keep: str) -> sync_state.ConflictRow:
    """Settle conflict ``conflict_id`` keeping "mine" (this computer's value) or "theirs"; the
    decision goes to the partner with the next file. UserError when it cannot be."""
    if keep not in ("mine", "theirs"):
        raise UserError(_t("Say which value to keep: mine or theirs."))
    found = sync_state.conflict(store.db, conflict_id)
    if found is None:
        raise UserError(_t("There is no conflict number {id}.").format(id=conflict_id))
    if found.decided_at is not None:
        raise UserError(_t("Conflict {id} was already decided.").format(id=conflict_id))
    if found.kind == "refused" and keep == "theirs":
        raise UserError(_t("The other computer's change would alter signed minutes: it cannot be kept. "
                           "A correction of signed minutes is an amendment."))
    with store.atomic():
        try:
            if found.kind == "field" and keep == "theirs":
                sync_state.set_values(store.db, found.table, found.key, decode(found.theirs) or {})
            elif (found.kind, keep) in (("deleted-there", "theirs"), ("deleted-here", "mine")):
                sync_state.delete_row(store.db, found.table, found.key)
        except Exception as error:  # noqa: BLE001 (a lock or a link refuses: a sentence)
            if "signed" in str(error) or "constraint" in str(error).lower():
                raise UserError(_t("This record cannot be changed any more (signed minutes, or other records "
                                   "depend on it). Nothing was changed.")) from error
            raise
        sync_state.decide(store.db, conflict_id, keep, store.profile or "", _now(store))
    return sync_state.conflict(store.db, conflict_id)
