"""``purge [--older-than YEARS] [--dry-run]``, ``person export ID --out FOLDER``,
``person forget ID [--yes]``, ``retention [YEARS]`` and ``audit``: thin over services/privacy.py and access_request.py."""

from __future__ import annotations

import sys

from desktop.domain.errors import InvalidValue
from desktop.domain.privacy import ACTION_LABELS
from desktop.i18n import counted, plural, tr

YES_WORDS = {"y", "yes", "o", "oui"}


def _t(text: str) -> str:
    return tr("PrivacyCommands", text)


def register(subparsers) -> None:
    """Add the ``purge``, ``person``, ``retention`` and ``audit`` commands."""
    command = subparsers.add_parser(
        "purge", help=_t("anonymise old finished complaints and liaison forms"),
        description=_t("Anonymise the finished complaints and the liaison forms older than the retention "
                       "(5 years unless changed): reporters and names are removed, photos deleted. "
                       "Signed minutes are not changed."))
    command.add_argument("--older-than", type=float, metavar="YEARS",
                         help=_t("the retention in years (default: the one set in the database)"))
    command.add_argument("--dry-run", action="store_true", help=_t("only say what would be done"))
    command.add_argument("--rewrite-backups", action="store_true",
                         help=_t("also remove what was purged from the backups made before"))
    command.set_defaults(handler=run_purge)

    person = subparsers.add_parser("person", help=_t("a person's access request, or forgetting a person"))
    actions = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help=_t("write everything held about a person (JSON and PDF)"))
    export.add_argument("id", type=int, metavar="ID", help=_t("the person's number"))
    export.add_argument("--out", required=True, metavar="FOLDER", help=_t("the folder to write the files in"))
    export.add_argument("--overwrite", action="store_true",
                        help=_t("replace the person's files if the folder already holds them"))
    export.set_defaults(handler=run_person_export)
    forget = actions.add_parser(
        "forget", help=_t("replace a person's name everywhere except in signed minutes"))
    forget.add_argument("id", type=int, metavar="ID", help=_t("the person's number"))
    forget.add_argument("--yes", action="store_true", help=_t("do not ask first"))
    forget.add_argument("--rewrite-backups", action="store_true",
                        help=_t("also remove the name from the backups made before"))
    forget.set_defaults(handler=run_person_forget)

    retention = subparsers.add_parser("retention", help=_t("show or change the retention (in years)"))
    retention.add_argument("years", type=int, nargs="?", metavar="YEARS",
                           help=_t("the new retention, from 1 to 30 years"))
    retention.set_defaults(handler=run_retention)

    audit = subparsers.add_parser("audit", help=_t("show the latest lines of the audit log"))
    audit.add_argument("--limit", type=int, default=20, metavar="N", help=_t("how many lines (default 20)"))
    audit.set_defaults(handler=run_audit)


def _store(args):
    from desktop.cli import open_store

    return open_store(args)


def run_purge(args) -> int:
    """``purge``: exit 0 with a sentence saying what was (or would be) anonymised."""
    from desktop.services import privacy

    if args.older_than is not None and args.older_than <= 0:
        raise InvalidValue(_t("--older-than needs a number of years above 0, not {years}.").format(
            years=f"{args.older_than:g}"))
    store = _store(args)
    try:
        report = privacy.purge(store, older_than_years=args.older_than, dry_run=args.dry_run)
        print(privacy.purge_summary(report))
        if not args.dry_run:
            _backups(store, args.rewrite_backups)
    finally:
        store.close()
    return 0


def run_person_export(args) -> int:
    """``person export ID --out FOLDER``: exit 0 once both files are written."""
    from desktop.services import access_request

    store = _store(args)
    try:
        files = access_request.export_person(store, args.id, args.out, overwrite=args.overwrite)
    finally:
        store.close()
    print(_t("Everything held about person {id} was written to {json} and {pdf}.").format(
        id=args.id, json=files.json_path, pdf=files.pdf_path))
    return 0


def run_person_forget(args) -> int:
    """``person forget ID [--yes]``: asks first unless --yes; exit 2 when not confirmed."""
    from desktop.services import privacy

    store = _store(args)
    try:
        person = store.people.get(args.id)
        if not args.yes and not _confirmed(person.name):
            return 2
        counts = privacy.forget_person(store, args.id)
        print(_t("{name} is forgotten: their name was replaced in {records} by “{new}”. "
                 "Signed minutes keep it.").format(name=person.name, records=privacy.records_counted(
                     sum(counts.values())), new=privacy.forgotten_name(args.id)))
        _backups(store, args.rewrite_backups)
    finally:
        store.close()
    return 0


def _backups(store, rewrite: bool) -> None:
    """Say which backups still hold what was removed, or rewrite them (``--rewrite-backups``)."""
    from desktop.services import backup_privacy

    if str(store.path) == ":memory:":
        return
    if rewrite:
        count = backup_privacy.rewrite_backups(
            store, progress=lambda step, total, text: print(f"[{step}/{total}] {text}", file=sys.stderr))
        print(counted(count, _t("{count} backup rewritten: it no longer holds purged or forgotten data."),
                      _t("{count} backups rewritten: they no longer hold purged or forgotten data.")))
    print(backup_privacy.exposure_sentence(backup_privacy.exposure(store)))


def _confirmed(name: str) -> bool:
    if sys.stdin is None or not sys.stdin.isatty():
        print(_t("Nothing was changed: forgetting a person asks first, and there is no one to answer here. "
                 "Add --yes to do it without being asked."), file=sys.stderr)
        return False
    try:
        answer = input(_t("Replace the name of {name} everywhere except in signed minutes? "
                          "This cannot be undone. [y/N] ").format(name=name))
    except EOFError:
        answer = ""
    if answer.strip().casefold() not in YES_WORDS:
        print(_t("Nothing was changed."), file=sys.stderr)
        return False
    return True


def run_audit(args) -> int:
    """``audit``: the latest lines of the audit log, newest first."""
    store = _store(args)
    try:
        entries = store.audit.list(limit=max(1, args.limit))
    finally:
        store.close()
    if not entries:
        print(_t("The audit log is empty."))
    for entry in entries:
        what = f"{entry.subject} {entry.subject_id}" if entry.subject_id is not None else entry.subject
        print(_t("{at}  {profile}  {action}  {what}  {detail}").format(
            at=entry.at, profile=entry.profile or "-", action=tr("Privacy", ACTION_LABELS[entry.action]),
            what=what, detail=entry.detail.replace("\n", " ")))
    return 0


def run_retention(args) -> int:
    """``retention [YEARS]``: say the retention, or change it."""
    store = _store(args)
    try:
        if args.years is not None:
            store.audit.set_retention_years(args.years)
        years = store.audit.retention_years()
    finally:
        store.close()
    print(plural(years, _t("Finished complaints and liaison forms are anonymised {years} year after their last "
                           "change."),
                 _t("Finished complaints and liaison forms are anonymised {years} years after their last "
                    "change.")).format(years=years))
    return 0
