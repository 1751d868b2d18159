"""``profile list|create|delete|password``: the optional profiles of a shared PC, thin over
services/profiles.py.

Passwords are never given on the command line (they would stay in the shell's history): they
come from the ``PALIER_PASSWORD`` environment variable (for scripts), else are asked twice on
the terminal. Without either, the command stops with status 2 and a sentence.
"""

from __future__ import annotations

import getpass
import os
import sys

from desktop.domain.errors import UserError
from desktop.i18n import tr

PASSWORD_VARIABLE = "PALIER_PASSWORD"
NEW_PASSWORD_VARIABLE = "PALIER_NEW_PASSWORD"
YES_WORDS = {"y", "yes", "o", "oui"}


def _t(text: str) -> str:
    return tr("ProfileCommands", text)


def register(subparsers) -> None:
    """Add the ``profile`` command and its actions."""
    parser = subparsers.add_parser(
        "profile", help=_t("the profiles that ask who is working on a shared computer"),
        description=_t("Once a profile exists, the window asks who you are and your password when it opens, "
                       "and locks itself when nobody uses it. Profiles stop a passer-by; they do not encrypt "
                       "the database. Passwords come from PALIER_PASSWORD, or are asked twice."))
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help=_t("list the profiles"))
    listing.set_defaults(handler=run_list)
    create = actions.add_parser("create", help=_t("create a profile (its password is asked twice)"))
    create.add_argument("name", metavar="NAME", help=_t("the name written in histories and the audit log"))
    create.set_defaults(handler=run_create)
    delete = actions.add_parser("delete", help=_t("delete a profile (histories keep its name)"))
    delete.add_argument("name", metavar="NAME", help=_t("the profile's name"))
    delete.add_argument("--yes", action="store_true", help=_t("do not ask first"))
    delete.set_defaults(handler=run_delete)
    password = actions.add_parser(
        "password", help=_t("give a profile a new password, without the old one"),
        description=_t("Give a profile a new password without asking for the old one: whoever holds the "
                       "database file can already read everything in it, so the command line does not "
                       "pretend to protect it. The audit log says the password was reset."))
    password.add_argument("name", metavar="NAME", help=_t("the profile's name"))
    password.set_defaults(handler=run_password)


def _store(args):
    from desktop.cli import open_store

    return open_store(args)


def ask_new_password(name: str, signed_in: str = "") -> tuple[str, str | None]:
    """A new password for ``name`` and its repetition (None when it comes from the environment).

    ``PALIER_NEW_PASSWORD`` gives it; so does ``PALIER_PASSWORD`` while nobody is signed in (the
    first profile): once profiles exist, ``PALIER_PASSWORD`` is the signed-in profile's own."""
    if os.environ.get(NEW_PASSWORD_VARIABLE):
        return os.environ[NEW_PASSWORD_VARIABLE], None
    if os.environ.get(PASSWORD_VARIABLE) and not signed_in:
        return os.environ[PASSWORD_VARIABLE], None
    if sys.stdin is None or not sys.stdin.isatty():
        variable = NEW_PASSWORD_VARIABLE if signed_in else PASSWORD_VARIABLE
        raise UserError(_t("No password for {name}: run this in a terminal, or set {variable}; "
                           "nothing was changed.").format(name=name, variable=variable))
    first = getpass.getpass(_t("New password for {name}: ").format(name=name))
    return first, getpass.getpass(_t("The same password again: "))


def run_list(args) -> int:
    """``profile list``: one name a line."""
    store = _store(args)
    try:
        found = store.profiles.list()
    finally:
        store.close()
    if not found:
        print(_t("No profile: Palier opens without asking who you are (see: profile create)."))
    for profile in found:
        print(profile.name)
    return 0


def run_create(args) -> int:
    """``profile create NAME``."""
    from desktop.services import profiles

    store = _store(args)
    try:
        name = profiles.clean_name(store, args.name)  # a taken name is said before asking anything
        password, repeat = ask_new_password(name, args.signed_in)
        profiles.create_profile(store, name, password, repeat)
    finally:
        store.close()
    print(_t("Created the profile {name}. Palier will ask who you are when it opens.").format(name=name))
    return 0


def run_delete(args) -> int:
    """``profile delete NAME [--yes]``: asks first unless --yes; exit 2 when not confirmed."""
    from desktop.services import profiles

    store = _store(args)
    try:
        profile = profiles.profile_named(store, args.name)
        if not args.yes and not _confirmed(profile.name):
            return 2
        profiles.delete_profile(store, profile)
        left = store.profiles.count()
    finally:
        store.close()
    print(_t("Deleted the profile {name}.").format(name=profile.name))
    if not left:
        print(_t("No profile is left: Palier opens without asking who you are."))
    return 0


def _confirmed(name: str) -> bool:
    if sys.stdin is None or not sys.stdin.isatty():
        print(_t("Nothing was changed: deleting a profile asks first, and there is no one to answer here. "
                 "Add --yes to do it without being asked."), file=sys.stderr)
        return False
    try:
        answer = input(_t("Delete the profile {name}? [y/N] ").format(name=name))
    except EOFError:
        answer = ""
    if answer.strip().casefold() not in YES_WORDS:
        print(_t("Nothing was changed."), file=sys.stderr)
        return False
    return True


def run_password(args) -> int:
    """``profile password NAME``: a new password, without the old one."""
    from desktop.services import profiles

    store = _store(args)
    try:
        profile = profiles.profile_named(store, args.name)
        password, repeat = ask_new_password(profile.name, args.signed_in)
        profiles.reset_password(store, profile.name, password, repeat)
    finally:
        store.close()
    print(_t("The password of {name} was changed.").format(name=profile.name))
    return 0
