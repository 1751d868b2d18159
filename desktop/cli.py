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


def _t(text: str) -> str:
    return tr("CommandLine", text)


def build_parser() -> argparse.ArgumentParser:
    """The parser for ``main.py [--db FILE] [COMMAND ...]``."""
    parser = argparse.ArgumentParser(prog="main.py", description=_t("Palier: complaints and meetings of a residence."))
    parser.add_argument("--db", metavar="FILE", help=_t("the database file (default: the one in your data folder)"))
    parser.add_argument("--lang", choices=i18n.SUPPORTED_LANGUAGES, help=_t("language of messages"))
    parser.add_argument("--profile", help=_t("your name, written in the history of changes"))
    parser.add_argument("--exit-after-start", action="store_true",
                        help=_t("open the window, paint it once and exit (for checks)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Each command module adds its own sub-parser; see desktop/commands/.
    from desktop.commands import register_all

    register_all(sub)
    return parser


def open_store(args):
    """Open the database named by ``--db`` (or the default one) for a command."""
    from desktop.store import Store

    path = Path(args.db) if args.db else paths.default_database()
    return Store.open(path, profile=args.profile or _default_profile())


def _default_profile() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:
        return ""


def run(args) -> int:
    """Run the command in ``args``; user errors print a sentence and give status 2."""
    i18n.set_language(args.lang or i18n.language_from_environment())
    try:
        return args.handler(args) or 0
    except UserError as error:
        print(error.message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(_t("Interrupted; nothing was changed."), file=sys.stderr)
        return 2
    except Exception:
        logs.setup()
        log.error("Unexpected error in a command\n%s", traceback.format_exc())
        print(
            _t("Something went wrong; nothing was changed. The details are in {path}.").format(path=logs.log_file()),
            file=sys.stderr,
        )
        return 1
