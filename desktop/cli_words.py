"""argparse's own words — "usage:", the headings of ``--help`` and its error sentences — in the
language of the messages. argparse asks ``gettext`` for them through its module-level ``_`` and
``ngettext``; ``install`` points those at Palier's catalogue (context "argparse")."""

from __future__ import annotations

import argparse

from desktop.i18n import N_, plural, tr


def _t(text: str) -> str:
    return tr("argparse", text)


# The sentences a person may meet (Python 3.11 to 3.13), listed so that the catalogue carries them.
WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"), N_("%(prog)s: error: %(message)s\n"),
    N_("unrecognized arguments: %s"), N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"), N_("not allowed with argument %s"),
    N_("expected one argument"), N_("expected at most one argument"), N_("expected at least one argument"),
    N_("expected %s argument"), N_("expected %s arguments"),
    N_("ambiguous option: %(option)s could match %(matches)s"), N_("ignored explicit argument %r"),
    N_("invalid %(type)s value: %(value)r"), N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"), N_("can't open '%(filename)s': %(error)s"),
    N_("unexpected option string: %s"),
)


def _gettext(text: str) -> str:
    return _t(text)


def _ngettext(one: str, many: str, count: int) -> str:
    return plural(count, _t(one), _t(many))


def install() -> None:
    """From now on argparse speaks the current language of ``desktop.i18n``."""
    argparse._ = _gettext
    argparse.ngettext = _ngettext
