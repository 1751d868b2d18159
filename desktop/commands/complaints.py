"""``list complaints|people`` and ``search TEXT``: the register read from the command line.

Plain output is an aligned table in the user's language; ``--json`` prints codes and ISO dates
for programs. A confidential reporter's name is never printed, in either form.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys

from desktop.cli import open_store
from desktop.domain.complaints import Complaint, ComplaintQuery, StatusGroup
from desktop.domain.errors import InvalidValue
from desktop.domain.people import Person
from desktop.i18n import current_language, tr
from desktop.store.complaints_query import fts_match

STATUS_GROUPS = tuple(group.value for group in StatusGroup)


def _t(text: str) -> str:
    return tr("CommandLine", text)


def register(subparsers) -> None:
    """Add the ``list`` and ``search`` commands."""
    listing = subparsers.add_parser(
        "list", help=_t("list complaints, people, meetings or commitments"),
        description=_t("List the complaints (the open ones unless --status says otherwise), the people, the "
                       "meetings or the commitments (all of them unless --status says otherwise)."),
    )
    listing.add_argument("what", choices=("complaints", "people", "meetings", "commitments"),
                         help=_t("what to list"))
    listing.add_argument("--status", metavar="STATUS",
                         help=_t("which complaints: open (the default), closed or all; which commitments: "
                                 "open, done or late"))
    _output_options(listing)
    listing.set_defaults(handler=run_list)

    search = subparsers.add_parser(
        "search", help=_t("find complaints by words"),
        description=_t("Find complaints, whatever their status, whose title, description, place or "
                       "landlord reference contain words starting with those given; accents and "
                       "capitals do not matter."),
    )
    search.add_argument("text", metavar="TEXT", help=_t("the words to look for"))
    _output_options(search)
    search.set_defaults(handler=run_search)


def _output_options(parser) -> None:
    parser.add_argument("--limit", metavar="N", help=_t("show at most N results"))
    parser.add_argument("--json", action="store_true", help=_t("print JSON for other programs"))


# Checking what the user typed -------------------------------------------------------------------
def whole_number(value: str, option: str, minimum: int | None = 0, maximum: int | None = None) -> int:
    """``value`` as a whole number within bounds, or InvalidValue naming ``option``."""
    try:
        number = int(str(value).strip())
    except ValueError:
        raise InvalidValue(_t("{option} needs a whole number, not “{value}”.").format(
            option=option, value=value)) from None
    if minimum is not None and number < minimum:
        raise InvalidValue(_t("{option} must be at least {minimum} (you gave {value}).").format(
            option=option, minimum=minimum, value=number))
    if maximum is not None and number > maximum:
        raise InvalidValue(_t("{option} must be at most {maximum} (you gave {value}).").format(
            option=option, maximum=format_number(maximum), value=number))
    return number


def _limit(args) -> int | None:
    return None if args.limit is None else whole_number(args.limit, "--limit", minimum=1)


def _status_group(args) -> StatusGroup:
    if args.status is None:
        return StatusGroup.OPEN
    value = args.status.strip().lower()
    if value not in STATUS_GROUPS:
        raise InvalidValue(_t("--status must be open, closed or all, not “{value}”.").format(value=args.status))
    return StatusGroup(value)


# Formatting -------------------------------------------------------------------------------------
def format_date(value: dt.date | None) -> str:
    """A date as the user reads it: 12/03/2026 in French, 2026-03-12 otherwise."""
    if value is None:
        return ""
    return value.strftime("%d/%m/%Y") if current_language() == "fr" else value.isoformat()


def format_number(value: int) -> str:
    """A count with thousands grouped: 100 000 in French, 100,000 otherwise."""
    text = f"{value:,}"
    return text.replace(",", "\u202f") if current_language() == "fr" else text


def complaint_json(complaint: Complaint) -> dict:
    """A complaint for ``--json``: codes and ISO dates; no name for a confidential reporter."""
    hidden = complaint.reporter_confidential
    return {
        "id": complaint.id, "title": complaint.title, "category": complaint.category_name,
        "status": complaint.status.value, "status_reason": complaint.status_reason,
        "duplicate_of": complaint.duplicate_of, "opened_on": complaint.opened_on.isoformat(),
        "place": complaint.place.label,
        "reporter": None if hidden else (complaint.reporter_name or None),
        "reporter_confidential": hidden, "external_ref": complaint.external_ref,
        "service": complaint.service.value if complaint.service else None,
        "urgency": complaint.urgency.value,
        "due_on": complaint.due_on.isoformat() if complaint.due_on else None,
        "description": complaint.description,
    }


def person_json(person: Person) -> dict:
    """A person for ``--json``."""
    return {
        "id": person.id, "name": person.name, "role": person.role.value, "phone": person.phone,
        "email": person.email, "organisation": person.organisation,
        "service": person.service.value if person.service else None, "entrance_ids": person.entrance_ids,
    }


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[:max(width - 1, 0)] + "…"


def table(headers: list[str], rows: list[list[str]], caps: list[int | None]) -> str:
    """Rows aligned under their headers; on a terminal the last column gets the room left."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row)]
    widths = [min(w, cap) if cap else w for w, cap in zip(widths, caps)]
    if sys.stdout.isatty():  # into a file or a pipe, nothing is cut
        room = shutil.get_terminal_size((120, 24)).columns - sum(widths[:-1]) - 2 * (len(widths) - 1)
        widths[-1] = max(20, min(widths[-1], room))
    lines = ["  ".join(_clip(h, w).ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(_clip(cell, w).ljust(w) for cell, w in zip(row, widths)).rstrip())
    return "\n".join(lines)


def _complaint_table(complaints: list[Complaint]) -> str:
    headers = [_t("No."), _t("Opened"), _t("Status"), _t("Category"), _t("Place"), _t("Title")]
    rows = [
        [str(c.id), format_date(c.opened_on), tr("Status", c.status.label), c.category_name,
         c.place.label, c.title]
        for c in complaints
    ]
    return table(headers, rows, [None, None, 24, 28, 40, None])


def _people_table(people: list[Person]) -> str:
    headers = [_t("No."), _t("Name"), _t("Role"), _t("Phone"), _t("E-mail")]
    rows = [[str(p.id), p.name, tr("Role", p.role.label), p.phone, p.email] for p in people]
    return table(headers, rows, [None, 30, 28, None, None])


def _print_json(items: list[dict]) -> None:
    print(json.dumps(items, ensure_ascii=False, indent=2))


# The commands -----------------------------------------------------------------------------------
def run_list(args) -> int:
    """Print the complaints of a status group, or the people, as a table or JSON."""
    limit = _limit(args)
    if args.what in ("meetings", "commitments"):
        from desktop.commands import meetings

        run = meetings.run_list_meetings if args.what == "meetings" else meetings.run_list_commitments
        return run(args, limit)
    if args.what == "people":
        if args.status is not None:
            raise InvalidValue(_t("--status applies to complaints and commitments, not to people."))
        store = open_store(args)
        try:
            people = store.people.list(limit=limit)
        finally:
            store.close()
        if args.json:
            _print_json([person_json(p) for p in people])
        else:
            print(_people_table(people) if people else _t("Nobody is recorded yet."))
        return 0
    group = _status_group(args)
    store = open_store(args)
    try:
        complaints = store.complaints.list(ComplaintQuery(statuses=ComplaintQuery.for_group(group)), limit=limit)
    finally:
        store.close()
    _print_complaints(complaints, args.json, _t("No complaint to show."))
    return 0


def run_search(args) -> int:
    """Print the complaints whose words start with those of TEXT, newest first."""
    limit = _limit(args)
    if fts_match(args.text) is None:
        raise InvalidValue(_t("Give at least one word to search for."))
    store = open_store(args)
    try:
        # The limit goes to SQL: the first N of 80,000 matches are read, not all of them.
        complaints = store.complaints.list(ComplaintQuery(text=args.text), limit=limit)
    finally:
        store.close()
    _print_complaints(complaints, args.json,
                      _t("No complaint matches “{text}”.").format(text=args.text))
    return 0


def _print_complaints(complaints: list[Complaint], as_json: bool, nothing: str) -> None:
    if as_json:
        _print_json([complaint_json(c) for c in complaints])
    else:
        print(_complaint_table(complaints) if complaints else nothing)
