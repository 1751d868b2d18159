"""``backup FILE``, ``restore FILE [--yes]`` and ``check``: thin over services/backups.py."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import paths
from desktop.domain.errors import UserError
from desktop.i18n import tr

YES_WORDS = {"y", "yes", "o", "oui"}


def _t(text: str) -> str:
    return tr("BackupCommands", text)


def register(subparsers) -> None:
    """Add the ``backup``, ``restore`` and ``check`` commands."""
    command = subparsers.add_parser(
        "backup", help=_t("write a checked backup of the database to a file"),
        description=_t("Copy the database to FILE (for example on a USB key) and check the copy. "
                       "This works even while Palier is open."),
    )
    command.add_argument("file", metavar="FILE", help=_t("the backup file to write (or a folder to write it in)"))
    command.add_argument("--overwrite", action="store_true",
                         help=_t("replace FILE if it exists (never the database, a backup or another database)"))
    command.set_defaults(handler=run_backup)

    command = subparsers.add_parser(
        "restore", help=_t("replace the database with a backup"),
        description=_t("Replace the database with the backup FILE, after asking. What it held is "
                       "backed up first, in its backups folder."),
    )
    command.add_argument("file", metavar="FILE", help=_t("the backup to put back"))
    command.add_argument("--yes", action="store_true", help=_t("do not ask before replacing"))
    command.set_defaults(handler=run_restore)

    command = subparsers.add_parser(
        "check", help=_t("check that the database is sound"),
        description=_t("Run SQLite's quick check on the database without changing it. Exit status 0 "
                       "when it is sound, 2 when it is damaged (the last good backup is named)."),
    )
    command.set_defaults(handler=run_check)


def _database(args) -> Path:
    return Path(args.db) if args.db else paths.default_database()


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return _t("{size} MB").format(size=f"{size / (1024 * 1024):.1f}")
    return _t("{size} KB").format(size=max(1, round(size / 1024)))


def run_backup(args) -> int:
    """``backup FILE``: exit 0 once a checked copy is written, 2 when it cannot be."""
    from desktop.services import backups

    info = backups.write_copy(_database(args), Path(args.file), overwrite=args.overwrite)
    print(_t("Backup written to {path} ({size}) and checked: it is sound.").format(
        path=info.path, size=_size(info.size)))
    return 0


def run_restore(args) -> int:
    """``restore FILE``: ask (unless --yes), then replace the database; exit 2 when refused."""
    from desktop.services import backups

    database, backup_file = _database(args), Path(args.file)
    if not args.yes and not _confirmed(database, backup_file):
        return 2
    result = backups.restore(database, backup_file)
    print(_t("{path} now holds the backup {backup}.").format(path=database, backup=backup_file))
    if result.safety_backup is not None:
        print(_t("What it held before was backed up to {safety}.").format(safety=result.safety_backup.path))
    if result.set_aside is not None:
        print(_t("The damaged file it held was set aside as {aside}.").format(aside=result.set_aside))
    return 0


def _confirmed(database: Path, backup_file: Path) -> bool:
    from desktop.services import backups

    described = backups.describe_backup(backup_file)
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        print(_t("Nothing was replaced: restoring asks first, and there is no one to answer here. "
                 "Add --yes to restore without being asked."), file=sys.stderr)
        return False
    question = _t("Replace {path} with the backup of {date}? [y/N] ").format(path=database, date=described)
    try:
        answer = input(question)
    except EOFError:
        answer = ""
    if answer.strip().casefold() not in YES_WORDS:
        print(_t("Nothing was replaced."), file=sys.stderr)
        return False
    return True


def run_check(args) -> int:
    """``check``: exit 0 when the database is sound, 2 (with a sentence) when it is damaged."""
    from desktop.services import backups

    database = _database(args)
    report = backups.check(database)
    if report is not None:
        raise UserError(report)
    from desktop.services import meeting_seals  # signed meetings as they were signed (part 5)

    tampered = meeting_seals.file_problems(database)
    if tampered:
        raise UserError(" ".join(tampered))
    print(_t("{path} is sound: the quick check found no damage.").format(path=database))
    for note in meeting_seals.computer_notes():
        print(note)
    return 0
