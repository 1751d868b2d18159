"""Numbers that never collide between paired computers.

Every record keeps its number for ever on every computer (complaint 1000612 made on the laptop is
complaint 1000612 at the office too), so two computers that both add complaints while apart must
never pick the same number. Each paired computer owns blocks of a million numbers: the first
computer keeps every number it already used and everything below the laptop's block; a copy made
for another computer gets a whole block of its own (block 1: 1,000,000 to 1,999,999; block 2 when
the first computer already used numbers in block 1, and so on). An unpaired database has no range
and lets SQLite number rows as it always did.
"""

from __future__ import annotations

from desktop.store.database import Database

BLOCK = 1_000_000
TOP = 2**62

# Tables whose rows both computers add, and therefore whose numbers this module hands out.
NUMBERED = ("residences", "buildings", "entrances", "homes", "common_areas", "people", "categories",
            "complaints", "complaint_history", "photos", "meetings", "invitations", "liaison_forms",
            "agenda_points", "commitments", "commitment_history", "amendments", "audit")


def ranges(db: Database) -> list[tuple[int, int]]:
    """The ranges ``[lo, hi)`` of numbers this computer may give, lowest first; [] when unpaired."""
    try:
        return [(lo, hi) for lo, hi in db.execute("SELECT lo, hi FROM sync_id_ranges ORDER BY lo")]
    except Exception:  # noqa: BLE001 (a file not yet migrated has no ranges)
        return []


def new_id(db: Database, table: str) -> int | None:
    """The number for a new row of ``table`` on this computer, or None to let SQLite choose.

    The next number after the highest one this computer gave in its ranges, moving to its next
    range when one is full. Raises OverflowError when every range is used (never in practice).
    """
    owned = ranges(db)
    if not owned:
        return None
    return next_in(db, table, owned)


def next_in(db: Database, table: str, owned: list[tuple[int, int]]) -> int:
    """The next free number of ``table`` within ``owned`` (see ``new_id``)."""
    for index in range(len(owned) - 1, -1, -1):
        lo, hi = owned[index]
        highest = db.execute(f"SELECT max(id) FROM [{table}] WHERE id >= ? AND id < ?", [lo, hi]).fetchone()[0]
        if highest is None:
            continue
        if highest + 1 < hi:
            return highest + 1
        if index + 1 < len(owned):
            return owned[index + 1][0]
        raise OverflowError(f"no number left for {table}")
    return owned[0][0]


def free_block(db: Database, tables: list[str]) -> int:
    """The first block (1 or more) where no table has any number yet: the one to give a new copy."""
    taken = {block for (block,) in db.execute("SELECT block FROM sync_partners")}
    block = 1
    while True:
        lo, hi = block * BLOCK, (block + 1) * BLOCK
        used = block in taken or any(
            db.execute(f"SELECT 1 FROM [{table}] WHERE id >= ? AND id < ? LIMIT 1", [lo, hi]).fetchone()
            for table in tables)
        if not used:
            return block
        block += 1


def give_block(db: Database, block: int) -> None:
    """Remove ``block`` from this computer's ranges (it now belongs to a partner). Inside the
    caller's transaction. An unpaired computer first owns every number from 1."""
    owned = ranges(db) or [(1, TOP)]
    lo_block, hi_block = block * BLOCK, (block + 1) * BLOCK
    kept: list[tuple[int, int]] = []
    for lo, hi in owned:
        if hi <= lo_block or lo >= hi_block:
            kept.append((lo, hi))
            continue
        if lo < lo_block:
            kept.append((lo, lo_block))
        if hi > hi_block:
            kept.append((hi_block, hi))
    set_ranges(db, kept)


def set_ranges(db: Database, owned: list[tuple[int, int]]) -> None:
    """Replace this computer's ranges (inside the caller's transaction)."""
    db.execute("DELETE FROM sync_id_ranges")
    for lo, hi in owned:
        db.execute("INSERT INTO sync_id_ranges (lo, hi) VALUES (?, ?)", [lo, hi])


def range_end(db: Database, number: int) -> int:
    """The end of the range of this computer that holds ``number`` (TOP when unpaired)."""
    for lo, hi in ranges(db):
        if lo <= number < hi:
            return hi
    return TOP
