"""What an exchange carried, in words: "12 complaints, 3 status changes, 1 meeting with its minutes"."""

from __future__ import annotations

import datetime as dt
import json

from desktop.i18n import N_, tr


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
    record = record_text(conflict.table, conflict.key)
    what = _t(KINDS.get(conflict.kind, conflict.kind)).format(who=conflict.who)
    if conflict.kind == "field":
        return _t("#{id} {record}, {field}: here {mine}; on {who} {theirs} ({when})").format(
            id=conflict.id, record=record, field=field_text(conflict.field),
            mine=values_text(conflict.table, conflict.mine), who=conflict.who,
            theirs=values_text(conflict.table, conflict.theirs), when=conflict.at)
    return f"#{conflict.id} {record}: {what} ({conflict.at})"


# The columns a conflict may be about, as a person names them.
FIELD_NAMES = {
    "title": N_("title"), "description": N_("description"), "status": N_("status"),
    "status_reason": N_("reason for the status"), "category_id": N_("category"), "urgency": N_("urgency"),
    "service": N_("landlord service"), "due_on": N_("due date"), "opened_on": N_("opening date"),
    "external_ref": N_("landlord reference"), "reporter_name": N_("reporter"), "reporter_id": N_("reporter"),
    "reporter_confidential": N_("confidential reporter"), "duplicate_of": N_("duplicate of"),
    "building_id": N_("place"), "entrance_id": N_("place"), "home_id": N_("place"), "common_area_id": N_("place"),
    "name": N_("name"), "phone": N_("telephone"), "email": N_("e-mail"), "role": N_("role"),
    "organisation": N_("organisation"), "civility": N_("civility"), "question": N_("question"),
    "answer": N_("answer"), "decision": N_("decision"), "discussion": N_("discussion"),
    "no_answer_reason": N_("reason for no answer"), "proposed_by": N_("proposed by"), "what": N_("what"),
    "owner_name": N_("who"), "date": N_("date"), "place": N_("place"), "start_time": N_("start"),
    "end_time": N_("end"), "position": N_("order of the agenda"), "duration_minutes": N_("duration"),
    "received_on": N_("date received"), "asker_name": N_("asker"),
}
RECORD_NAMES = {"complaints": N_("Complaint {id}"), "people": N_("Person {id}"),
                "liaison_forms": N_("Liaison form {id}"), "meetings": N_("Meeting {id}"),
                "agenda_points": N_("Agenda point {id}"), "commitments": N_("Commitment {id}"),
                "photos": N_("Photo {id}")}


def record_text(table: str, key) -> str:
    """"Complaint 612", "Person 41"… (the table's name for others)."""
    number = "/".join(str(part) for part in key)
    template = RECORD_NAMES.get(table)
    return _t(template).format(id=number) if template else f"{table} {number}"


def field_text(field: str) -> str:
    """"status" → "statut": a column as a person names it (the column itself when unknown)."""
    return _t(FIELD_NAMES[field]) if field in FIELD_NAMES else field


def _value(table: str, column: str, value) -> str:
    from desktop.domain.commitments import CommitmentState
    from desktop.domain.complaints import ComplaintStatus, Urgency
    from desktop.domain.people import LandlordService, Role

    enums = {"urgency": ("Urgency", Urgency), "service": ("Service", LandlordService), "role": ("Role", Role)}
    if column == "status":
        enums["status"] = ("Commitment", CommitmentState) if table == "commitments" else ("Status", ComplaintStatus)
    if column in enums:
        context, kind = enums[column]
        try:
            return tr(context, kind(value).label)
        except ValueError:
            return str(value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return str(value)


def values_text(table: str, values: str | None) -> str:
    """A conflict's stored values (JSON, column → value) as a person reads them: statuses and
    services by their names, dates as 31/01/2027, empty ones left out."""
    if not values:
        return ""
    decoded = json.loads(values)
    return "; ".join("…" if isinstance(v, dict) else _value(table, column, v)
                     for column, v in decoded.items() if v not in (None, ""))
