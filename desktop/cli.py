"""The headless commands, thin over services/. Exit 0 on success, 2 on bad input, 1 on a bug."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path

from desktop import i18n, logs, paths
from desktop.domain.errors import UserError
from desktop.i18n import tr

log = logging.getLogger("palier.cli")
# The damage checks still running on the files this command opened (see ``open_store``).
_checks: list = []
from desktop.app import WINDOW_PAGES  # noqa: E402 (one list of the pages --page names)


def _t(text: str) -> str:
    return tr("CommandLine", text)


def build_parser() -> argparse.ArgumentParser:
    """The parser for ``main.py [--db FILE] [COMMAND ...]``."""
    from desktop import cli_words

    cli_words.install()  # argparse's own headings and errors in the language of the messages
    parser = argparse.ArgumentParser(prog=paths.command_name(),
                                     description=_t("Palier: complaints and meetings of a residence."))
    parser.add_argument("--db", metavar="FILE", help=_t("the database file (default: the one in your data folder)"))
    parser.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, help=_t("language of messages"))
    parser.add_argument("--profile", help=_t("your name, written in the history of changes"))
    parser.add_argument("--exit-after-start", action="store_true",
                        help=_t("open the window, paint it once and exit (for checks)"))
    parser.add_argument("--page", choices=WINDOW_PAGES, metavar="PAGE",
                        help=_t("open the window on this page: {pages}").format(pages=", ".join(WINDOW_PAGES)))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Each command module adds its own sub-parser; see desktop/commands/.
    from desktop.commands import register_all

    register_all(sub)
    return parser


def open_store(args, create: bool = False):
    """Open the database named by ``--db`` (or the default one) for a command.

    Only ``demo`` creates a database (``create``); any other command on a missing file stops with
    a sentence and creates nothing. With profiles, ``run`` has already checked who is working
    (``authenticate``), and histories name that profile.

    As in the window, the damage check does not delay reading: it runs in a thread, a write waits
    for its verdict (and is refused on a damaged file), and ``run`` reports a damaged file
    (set aside, with the last good backup) when the verdict is in by the command's end or when a
    read met the damage. Only ``check`` waits for a full check: it is its whole purpose.
    """
    from desktop.store import Store

    if getattr(args, "signed_in", None) is None:
        authenticate(args)
    store = Store.open(database_path(args), profile=args.profile or _default_profile(), create=create,
                       check_in_background=True)
    if store.file_check is not None:
        _checks.append(store.file_check)
    return store


def _damage_found(wait: bool):
    """The sentence for a damaged file this command opened (the file set aside as the window
    does it), or None. ``wait``: for verdicts still to come (after a failure that damage may
    explain); else only verdicts already in count, and the command does not wait for the others."""
    for check in _checks:
        if (wait and check.wait()) or check.damaged:
            return check.damage().message
    return None


def database_path(args) -> Path:
    """The database a command works on: ``--db``, or the one in the data folder."""
    return Path(args.db) if args.db else paths.default_database()


def authenticate(args) -> None:
    """When the database has profiles, every command needs ``--profile NAME`` and that profile's
    password (``PALIER_PASSWORD``, or asked at the terminal, never on the command line). Sets
    ``args.profile`` to the profile's name as written and ``args.signed_in``; UserError otherwise."""
    from desktop.services import profiles
    from desktop.store.profiles import password_hashes_in_file

    hashes = password_hashes_in_file(database_path(args))
    if not hashes:
        args.signed_in = ""
        return
    if not args.profile:
        raise UserError(_t("This database has profiles: say who you are with --profile NAME (your password "
                           "comes from PALIER_PASSWORD or is asked). Nothing was done."))
    wanted = " ".join(args.profile.split()).casefold()
    name = next((known for known in hashes if known.casefold() == wanted), None)
    if name is None:
        raise UserError(_t("There is no profile called “{name}” in this database. Nothing was done.")
                        .format(name=args.profile))
    if not profiles.check_password(hashes[name], _password(name))[0]:
        raise profiles.WrongPassword(_t("This is not the password of {name}. Nothing was done.").format(name=name))
    args.profile = args.signed_in = name


def _password(name: str) -> str:
    """The password of ``name``: from PALIER_PASSWORD, else asked at the terminal (not echoed)."""
    import getpass
    import os

    if os.environ.get("PALIER_PASSWORD"):
        return os.environ["PALIER_PASSWORD"]
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserError(_t("The password of {name} is needed: run this in a terminal, or set "
                           "PALIER_PASSWORD. Nothing was done.").format(name=name))
    return getpass.getpass(_t("Password of {name}: ").format(name=name))


def _default_profile() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:
        return ""


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run(args) -> int:
    """Run the command in ``args``; user errors print a sentence and give status 2."""
    i18n.set_language(args.lang or i18n.language_from_environment())
    _checks.clear()
    try:
        authenticate(args)
        status = args.handler(args) or 0
        damage = _damage_found(wait=False)
        if damage:
            print(damage, file=sys.stderr)
            return 2
        return status
    except UserError as error:
        from desktop.store.safety import DamagedDatabase, StorageFailure

        damage = _damage_found(wait=isinstance(error, (DamagedDatabase, StorageFailure)))
        print(damage or error.message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_t("Interrupted; nothing was changed."), file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader stopped reading ("list complaints | head -1"): nothing is wrong, end quietly.
        # Python would otherwise complain again while flushing stdout at exit.
        _silence_stdout()
        return 0
    except Exception as error:
        import sqlite3

        damage = _damage_found(wait=isinstance(error, sqlite3.DatabaseError))
        if damage:
            print(damage, file=sys.stderr)
            return 2
        logs.setup()
        log.error("Unexpected error in a command\n%s", traceback.format_exc())
        print(
            _t("Something went wrong; nothing was changed. The details are in {path}.").format(path=logs.log_file()),
            file=sys.stderr,
        )
        return 1
