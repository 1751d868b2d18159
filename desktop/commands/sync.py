"""``sync copy|export|import|status|conflicts|resolve``: one register on two computers, and
``complaint status ID STATUS``, so that exchanges can be scripted. Thin over services/exchange."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.cli import database_path, open_store
from desktop.domain.complaints import ComplaintStatus
from desktop.domain.errors import InvalidValue
from desktop.i18n import tr


def _t(text: str) -> str:
    return tr("Exchange", text)


def register(subparsers) -> None:
    """Add the ``sync`` and ``complaint`` commands."""
    sync = subparsers.add_parser("sync", help=_t("exchange changes with another computer"),
                                 description=_t("Keep one register on two computers (the office PC and a "
                                                "laptop) by exchanging files, on a USB key for instance."))
    actions = sync.add_subparsers(dest="action", metavar="ACTION", required=True)
    copy = actions.add_parser("copy", help=_t("write a paired database for another computer"))
    copy.add_argument("file", metavar="FILE", help=_t("the database to write for the other computer"))
    copy.add_argument("--name", default="", help=_t("what to call the other computer (default: the laptop)"))
    copy.add_argument("--here", default="", help=_t("what to call this computer (default: the office)"))
    copy.set_defaults(handler=run_copy)
    export = actions.add_parser("export", help=_t("write the changes the other computer lacks"))
    export.add_argument("file", metavar="FILE", help=_t("the exchange file to write"))
    export.add_argument("--partner", help=_t("which partner, when there are several"))
    export.add_argument("--overwrite", action="store_true",
                        help=_t("replace FILE if it already exists (never the database or a backup)"))
    export.set_defaults(handler=run_export)
    apply = actions.add_parser("import", help=_t("apply the changes of the other computer"))
    apply.add_argument("file", metavar="FILE", help=_t("the exchange file the other computer wrote"))
    apply.add_argument("--json", action="store_true", help=_t("print JSON for other programs"))
    apply.set_defaults(handler=run_import)
    status = actions.add_parser("status", help=_t("partners, last exchanges, changes not yet sent"))
    status.add_argument("--json", action="store_true", help=_t("print JSON for other programs"))
    status.set_defaults(handler=run_status)
    conflicts = actions.add_parser("conflicts", help=_t("the changes to decide"))
    conflicts.add_argument("--all", action="store_true", help=_t("the decided ones too"))
    conflicts.add_argument("--json", action="store_true", help=_t("print JSON for other programs"))
    conflicts.set_defaults(handler=run_conflicts)
    resolve = actions.add_parser("resolve", help=_t("decide a conflict"))
    resolve.add_argument("id", metavar="ID", type=int, help=_t("the conflict's number"))
    resolve.add_argument("--keep", choices=("mine", "theirs"), required=True,
                         help=_t("keep this computer's value (mine) or the other one's (theirs)"))
    resolve.set_defaults(handler=run_resolve)

    complaint = subparsers.add_parser("complaint", help=_t("change a complaint"))
    what = complaint.add_subparsers(dest="what", metavar="ACTION", required=True)
    status_of = what.add_parser("status", help=_t("move a complaint along its life cycle"))
    status_of.add_argument("id", metavar="ID", type=int, help=_t("the complaint's number"))
    status_of.add_argument("status", metavar="STATUS",
                           help=_t("one of: {codes}").format(codes=", ".join(s.value for s in ComplaintStatus)))
    status_of.add_argument("--reason", default="", help=_t("why (needed to reject, reopen…)"))
    status_of.add_argument("--of", type=int, metavar="ID", help=_t("the complaint it duplicates"))
    status_of.set_defaults(handler=run_complaint_status)


def run_copy(args) -> int:
    from desktop.services import exchange

    store = open_store(args)
    try:
        partner = exchange.copy_for_partner(store, Path(args.file), args.name, args.here)
    finally:
        store.close()
    print(_t("{path} is a copy of this register for {name}, paired with this computer. Open it there with "
             "Palier; its new records are numbered from {first}. Exchange files then carry only what "
             "changed.").format(path=args.file, name=partner.name, first=f"{partner.block * 1_000_000:,}"))
    return 0


def run_export(args) -> int:
    from desktop.services import exchange, exchange_words

    store = open_store(args)
    try:
        result = exchange.export(store, Path(args.file), args.partner, args.overwrite)
    finally:
        store.close()
    print(_t("{path} holds the changes for {name} (file {seq}, {size} bytes): {what}.").format(
        path=result.path, name=result.partner.name, seq=result.seq, size=f"{result.size:,}",
        what=exchange_words.summary(result.counts)))
    print(exchange_words.privacy_note())
    return 0


def run_import(args) -> int:
    from desktop.services import exchange, exchange_words

    store = open_store(args)
    try:
        result = exchange.import_file(store, Path(args.file))
    finally:
        store.close()
    if args.json:
        print(json.dumps({"partner": result.partner.name, "seq": result.seq,
                          "already_applied": result.already_applied, "conflicts": result.conflicts,
                          "counts": {f"{table}.{op}": n for (table, op), n in result.counts.items()},
                          "backup": str(result.backup) if result.backup else None}, ensure_ascii=False, indent=2))
        return 0
    if result.already_applied:
        print(_t("File {seq} from {name} was already applied; nothing changed.").format(
            seq=result.seq, name=result.partner.name))
        return 0
    print(_t("From {name}: {what}.").format(name=result.partner.name, what=exchange_words.summary(result.counts)))
    if result.conflicts:
        print(_t("{count} to decide: see sync conflicts.").format(count=result.conflicts))
    return 0


def run_status(args) -> int:
    from desktop.services import exchange

    store = open_store(args)
    try:
        me, partners = exchange.status(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"computer": me[0] if me else None, "name": me[1] if me else None,
                          "partners": [{"computer": s.partner.computer, "name": s.partner.name,
                                        "files_sent": s.partner.sent, "files_received": s.partner.received,
                                        "last_export_at": s.partner.last_export_at,
                                        "last_import_at": s.partner.last_import_at, "unsent_changes": s.unsent,
                                        "snapshot_missing": s.snapshot_missing} for s in partners]},
                         ensure_ascii=False, indent=2))
        return 0
    if not partners:
        print(_t("This database is not paired with another computer."))
        return 0
    for state in partners:
        p = state.partner
        print(_t("{name}: {sent} files sent, {received} received; last exchange: {last}; {unsent} changes not "
                 "yet sent.").format(name=p.name, sent=p.sent, received=p.received,
                                     last=max(filter(None, (p.last_export_at, p.last_import_at)), default=_t("never")),
                                     unsent=state.unsent))
    return 0


def run_conflicts(args) -> int:
    from desktop.store import sync_state

    store = open_store(args)
    try:
        rows = sync_state.conflicts(store.db, open_only=not args.all)
    finally:
        store.close()
    if args.json:
        print(json.dumps([{"id": c.id, "table": c.table, "record": list(c.key), "field": c.field, "kind": c.kind,
                           "mine": json.loads(c.mine) if c.mine else None,
                           "theirs": json.loads(c.theirs) if c.theirs else None, "who": c.who, "when": c.at,
                           "decided_at": c.decided_at, "kept": c.kept} for c in rows],
                         ensure_ascii=False, indent=2))
        return 0
    from desktop.services import exchange_words

    if not rows:
        print(_t("Nothing to decide."))
    for c in rows:
        print(exchange_words.conflict_line(c))
    return 0


def run_resolve(args) -> int:
    from desktop.services import exchange

    store = open_store(args)
    try:
        exchange.resolve(store, args.id, args.keep)
    finally:
        store.close()
    print(_t("Conflict {id} decided; the decision goes to the other computer with the next exchange file.")
          .format(id=args.id))
    return 0


def _status(text: str) -> ComplaintStatus:
    wanted = text.strip().casefold().replace(" ", "_")
    for status in ComplaintStatus:
        if wanted in (status.value, status.label.casefold().replace(" ", "_"),
                      tr("Status", status.label).casefold().replace(" ", "_")):
            return status
    raise InvalidValue(_t("“{value}” is not a status; use one of: {codes}.").format(
        value=text, codes=", ".join(s.value for s in ComplaintStatus)))


def run_complaint_status(args) -> int:
    target = _status(args.status)
    store = open_store(args)
    try:
        complaint = store.complaints.change_status(args.id, target, args.reason, args.of)
    finally:
        store.close()
    print(_t("Complaint {id} is now “{status}”.").format(id=complaint.id, status=tr("Status", complaint.status.label)))
    return 0
