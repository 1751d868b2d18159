"""``demo [--seed S] [--complaints N]``: fill an empty database with the fictional residence."""

from __future__ import annotations

import sys

from desktop import paths
from desktop.cli import open_store
from desktop.commands.complaints import format_date, format_number, whole_number
from desktop.i18n import tr

DEFAULT_COMPLAINTS = 600
# Below this many complaints the demo takes a blink; above it, say how far it has gone.
PROGRESS_FROM = 5000


def _t(text: str) -> str:
    return tr("CommandLine", text)


def register(subparsers) -> None:
    """Add the ``demo`` command."""
    parser = subparsers.add_parser(
        "demo",
        help=_t("fill an empty database with a fictional residence, to try Palier"),
        description=_t("Fill an empty database with a fictional residence: 4 buildings, 12 entrances, "
                       "about 300 homes, 40 people and complaints over three years. The same seed "
                       "always gives the same data."),
    )
    parser.add_argument("--seed", default="1", metavar="S",
                        help=_t("a number choosing the data (default: 1)"))
    parser.add_argument("--complaints", default=str(DEFAULT_COMPLAINTS), metavar="N",
                        help=_t("how many complaints to create (default: 600)"))
    parser.set_defaults(handler=run)


def run(args) -> int:
    """Build the demo and print what was created in one sentence."""
    from desktop.services.demo import MAX_COMPLAINTS, build_demo

    seed = whole_number(args.seed, "--seed", minimum=None)
    count = whole_number(args.complaints, "--complaints", minimum=0, maximum=MAX_COMPLAINTS)
    store = open_store(args, create=True)
    try:
        summary = build_demo(store, seed=seed, complaints=count,
                             progress=_progress_printer() if count >= PROGRESS_FROM else None)
    finally:
        store.close()
    print(_summary_sentence(summary, args))
    return 0


def _progress_printer():
    """A callback printing "40,000 of 100,000 complaints written" on stderr every tenth or so."""
    shown = {"step": -1}
    live = sys.stderr.isatty()

    def report(done: int, total: int) -> None:
        step = done * 10 // max(total, 1)
        if step == shown["step"] and done != total:
            return
        shown["step"] = step
        line = _t("{done} of {total} complaints written").format(
            done=format_number(done), total=format_number(total))
        end = "\n" if (done == total or not live) else ""
        print(("\r" if live else "") + line, end=end, file=sys.stderr, flush=True)

    return report


def _summary_sentence(summary, args) -> str:
    text = _t("Demo loaded: {residence}, {buildings} buildings, {entrances} entrances, {homes} homes, "
              "{people} people and {complaints} complaints ({open} still open).").format(
        residence=summary.residence, buildings=summary.buildings, entrances=summary.entrances,
        homes=format_number(summary.homes), people=summary.people,
        complaints=format_number(summary.complaints), open=format_number(summary.open_complaints),
    )
    if summary.first_opened and summary.last_opened:
        text += " " + _t("They were opened from {first} to {last}.").format(
            first=format_date(summary.first_opened), last=format_date(summary.last_opened))
    if args.db:
        text += " " + _t("Open it with: {command} --db {path}").format(command=paths.command_name(),
                                                                        path=args.db)
    return text
