"""What an exchange carried, in words: "12 complaints, 3 status changes, 1 meeting with its minutes"."""

from __future__ import annotations

from desktop.i18n import tr


def _t(text: str) -> str:
    return tr("Exchange", text)


# (table, operation) → (singular, plural), in the order they are told.
PARTS = (
    (("complaints", "INSERT"), "{n} complaint", "{n} complaints"),
    (("complaints", "status"), "{n} status change", "{n} status changes"),
    (("complaints", "UPDATE"), "{n} complaint changed", "{n} complaints changed"),
    (("complaints", "DELETE"), "{n} complaint deleted", "{n} complaints deleted"),
    (("meetings", "signed"), "{n} meeting with its signed minutes", "{n} meetings with their signed minutes"),
    (("meetings", "INSERT"), "{n} meeting", "{n} meetings"),
    (("meetings", "UPDATE"), "{n} meeting changed", "{n} meetings changed"),
    (("agenda_points", "UPDATE"), "{n} agenda point written", "{n} agenda points written"),
    (("photos", "INSERT"), "{n} photo", "{n} photos"),
    (("people", "INSERT"), "{n} person", "{n} people"),
    (("people", "UPDATE"), "{n} person changed", "{n} people changed"),
    (("liaison_forms", "INSERT"), "{n} liaison form", "{n} liaison forms"),
    (("commitments", "INSERT"), "{n} commitment", "{n} commitments"),
)


def summary(counts: dict) -> str:
    """The counts of ``changesets.describe`` as a sentence part; "nothing new" when empty."""
    counts = dict(counts)
    # A complaint whose status changed is told once, as a status change.
    counts[("complaints", "UPDATE")] = counts.get(("complaints", "UPDATE"), 0) - counts.get(("complaints", "status"), 0)
    counts[("meetings", "INSERT")] = counts.get(("meetings", "INSERT"), 0) - counts.get(("meetings", "signed"), 0)
    parts = []
    for key, one, many in PARTS:
        number = counts.get(key, 0)
        if number > 0:
            parts.append((_t(one) if number == 1 else _t(many)).format(n=number))
    others = sum(n for (table, op), n in counts.items()
                 if op in ("INSERT", "UPDATE", "DELETE") and not any(key == (table, op) for key, _o, _m in PARTS)
                 and table not in ("complaint_history", "audit", "commitment_history"))
    if others > 0:
        parts.append(_t("{n} other changes").format(n=others))
    return ", ".join(parts) if parts else _t("nothing new")


def privacy_note() -> str:
    """The reminder that goes with every exchange file."""
    return _t("An exchange file holds personal data, like the register itself: carry it on a key that "
              "stays with you, and delete it once the other computer has read it.")


KINDS = {
    "field": "both computers changed it",
    "deleted-there": "deleted on {who}, changed here: kept",
    "deleted-here": "deleted here, changed on {who}: kept",
    "refused": "the change from {who} would alter signed minutes: not applied",
}


def conflict_line(conflict) -> str:
    """One conflict in a line: number, record, field, both values, who and when."""
    record = f"{conflict.table} {'/'.join(str(k) for k in conflict.key)}"
    what = _t(KINDS.get(conflict.kind, conflict.kind)).format(who=conflict.who)
    if conflict.kind == "field":
        return _t("#{id} {record}, {field}: here {mine}; on {who} {theirs} ({when})").format(
            id=conflict.id, record=record, field=conflict.field, mine=conflict.mine, who=conflict.who,
            theirs=conflict.theirs, when=conflict.at)
    return f"#{conflict.id} {record}: {what} ({conflict.at})"
