"""``identity create|list|export-root`` and ``verify FILE.pdf [--json]``; helpers for ``report --sign``.

Passphrases are never given on the command line (they would stay in the shell's history). For
each signer, in this order: the environment variable ``PALIER_PASSPHRASE_<NAME>`` (the name in
capitals, other characters as ``_``: ``PALIER_PASSPHRASE_MARIE_DUPONT``), then
``PALIER_PASSPHRASE``, then a question on the terminal. Without any of them the command stops
with status 2 and a sentence. Issuing an identity also needs the passphrase of the residence's
root certificate: ``PALIER_ROOT_PASSPHRASE``, or a question (twice, the first time).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sys
from pathlib import Path

from desktop.cli import open_store
from desktop.commands.reports import write_file
from desktop.domain.dates import long_date
from desktop.domain.errors import UserError
from desktop.domain.signature import Strokes
from desktop.i18n import tr
from desktop.commands.lazy import LazyModule

# pyHanko (and the network client it brings) takes over a second to import: only the signing
# commands pay for it, when they run.
identities = LazyModule("desktop.services.identities")
signing = LazyModule("desktop.services.signing")
verdict = LazyModule("desktop.services.verdict")
minutes_document = LazyModule("desktop.reports.minutes")


def fingerprint(minutes) -> str:
    """The fingerprint printed in the footer of ``minutes``."""
    return minutes_document.fingerprint(minutes)


def _t(text: str) -> str:
    return tr("Signing", text)


def passphrase_variable(name: str) -> str:
    """The environment variable holding one signer's passphrase."""
    return "PALIER_PASSPHRASE_" + identities.slug(name).upper().replace("-", "_")


def ask_passphrase(name: str, confirm: bool = False) -> str:
    """The passphrase of ``name``: from the environment, else asked on the terminal."""
    for variable in (passphrase_variable(name), "PALIER_PASSPHRASE"):
        if os.environ.get(variable):
            return os.environ[variable]
    if not sys.stdin.isatty():
        raise UserError(_t("No passphrase for {name}: run this in a terminal, or set PALIER_PASSPHRASE.").format(
            name=name))
    first = getpass.getpass(_t("Passphrase of {name}: ").format(name=name))
    if confirm and getpass.getpass(_t("The same passphrase again: ")) != first:
        raise UserError(_t("The two passphrases differ; nothing was created."))
    return first


def ask_root_passphrase() -> str:
    """The passphrase of the residence's root certificate, to issue an identity: from
    ``PALIER_ROOT_PASSPHRASE``, else asked on the terminal (twice when it is being chosen)."""
    if os.environ.get("PALIER_ROOT_PASSPHRASE"):
        return os.environ["PALIER_ROOT_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise UserError(_t("No passphrase for the residence's root certificate: run this in a terminal, or set "
                           "PALIER_ROOT_PASSPHRASE."))
    if identities.root_state() == "protected":
        return getpass.getpass(_t("Passphrase of the residence's root certificate: "))
    first = getpass.getpass(_t("Choose a passphrase for the residence's root certificate (it protects the key "
                               "that issues identities): "))
    if getpass.getpass(_t("The same passphrase again: ")) != first:
        raise UserError(_t("The two passphrases differ; nothing was created."))
    return first


def register(subparsers) -> None:
    """Add the ``identity`` and ``verify`` commands."""
    parser = subparsers.add_parser("identity", help=_t("the local signing identities"),
                                   description=_t("Create and list the signers' identities, and export the "
                                                  "residence's root certificate for the landlord to trust."))
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help=_t("create a signer's key and certificate"))
    create.add_argument("--name", required=True, metavar="NAME", help=_t("the signer's full name"))
    create.add_argument("--role", default="", metavar="ROLE", help=_t("for example: chair, secretary"))
    create.set_defaults(handler=run_create)
    drawn = actions.add_parser("signature", help=_t("keep a handwritten signature for a signer"),
                               description=_t("The strokes (a JSON list of strokes, each a list of [x, y] "
                                              "points between 0 and 1) are drawn in the signer's box."))
    drawn.add_argument("--name", required=True, metavar="NAME", help=_t("the signer's full name"))
    drawn.add_argument("--strokes", required=True, metavar="FILE.json", help=_t("the strokes, as JSON"))
    drawn.set_defaults(handler=run_signature)
    listing = actions.add_parser("list", help=_t("list the signers"))
    listing.set_defaults(handler=run_list)
    export = actions.add_parser("export-root", help=_t("write the root certificate to a .pem file"))
    export.add_argument("file", metavar="FILE.pem", help=_t("the file to write"))
    export.add_argument("--overwrite", action="store_true",
                        help=_t("replace the file if it already exists (never the database or a backup)"))
    export.set_defaults(handler=run_export_root)

    verify = subparsers.add_parser("verify", help=_t("check the signatures of signed minutes"),
                                   description=_t("Exit status 0 when the document is the minutes this database "
                                                  "holds for a meeting, signed by its chair and its secretary "
                                                  "(certificates issued by this residence's root certificate), "
                                                  "with nothing visible added after; 2 otherwise, saying what "
                                                  "failed."))
    verify.add_argument("file", metavar="FILE.pdf", help=_t("the signed PDF"))
    verify.add_argument("--json", action="store_true", help=_t("answer in JSON"))
    verify.set_defaults(handler=run_verify)


def _residence_name(args) -> str:
    store = open_store(args)
    try:
        residence = store.places.first_residence()
        return residence.name if residence else "Palier"
    finally:
        store.close()


def run_create(args) -> int:
    passphrase = ask_passphrase(args.name, confirm=True)
    root_passphrase = ask_root_passphrase()
    identity = identities.create_identity(args.name, args.role, passphrase, _residence_name(args),
                                          root_passphrase=root_passphrase)
    print(_t("Created the identity of {name} in {folder}.").format(name=identity.name, folder=identity.folder))
    return 0


def run_signature(args) -> int:
    identity = identities.find_identity(args.name)
    path = Path(args.strokes)
    try:
        strokes = Strokes.from_json(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise UserError(_t("Cannot read {path}: {reason}.").format(path=path, reason=error.strerror or error)) from None
    except ValueError:
        raise UserError(_t("{path} does not hold strokes: a JSON list of strokes, each a list of [x, y] points "
                           "between 0 and 1.").format(path=path)) from None
    identities.save_strokes(identity, strokes)
    print(_t("Kept the handwritten signature of {name} ({count} strokes).").format(
        name=identity.name, count=len(strokes.strokes)))
    return 0


def run_list(args) -> int:
    found = identities.list_identities()
    if not found:
        print(_t("No signer yet (see: identity create)."))
    for identity in found:
        expires = identity.certificate().not_valid_after_utc.date()
        print(_t("{name} ({role}), certificate valid until {date}").format(
            name=identity.name, role=identity.role or "–", date=long_date(expires)))
    return 0


def run_export_root(args) -> int:
    from desktop.commands.reports import check_target_early

    path = Path(args.file)
    check_target_early(path, args)  # a refused target: nothing is read or written
    write_file(path, identities.root_pem(), args)
    print(_t("Wrote the residence's root certificate to {path}.").format(path=path))
    return 0


def _when(iso: str) -> str:
    """"12 March 2026 at 18:40" in local time, from the ISO time a signature reports."""
    if not iso:
        return "?"
    moment = dt.datetime.fromisoformat(iso).astimezone()
    return _t("{date} at {time}").format(date=long_date(moment.date()), time=moment.strftime("%H:%M"))


def run_verify(args) -> int:
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(_t("Cannot read {path}: {reason}.").format(path=path, reason=error.strerror or error)) from None
    store = open_store(args)
    try:
        result = verdict.verify_minutes(store, data)
    finally:
        store.close()
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        for report in result.signatures:
            state = _t("valid") if report.ok else _t("NOT valid: {reason}").format(reason=report.reason)
            print(_t("{field}: signed by {signer} on {when}, {state}").format(
                field=report.field, signer=report.signer or "?", when=_when(report.signed_at), state=state))
        if result.ok:
            print(_t("{path} is valid: the signed minutes of meeting {id} of {date}.").format(
                path=path, id=result.meeting_id, date=result.meeting_date))
            if result.kept_copy:
                print(_t("It is identical, byte for byte, to the copy kept in this database."))
        else:
            print(_t("{path} is not valid: {reasons}.").format(path=path, reasons="; ".join(result.problems)),
                  file=sys.stderr)
    return 0 if result.ok else 2


def sign_report(args, store, minutes, context) -> bytes:
    """``report minutes --sign``: the approved minutes signed by --signer NAME… (default: the chair,
    then the secretary), kept in the database once. The caller gives the kept copy when there is one."""
    if args.document != "minutes":
        raise UserError(_t("Only the minutes can be signed; remove --sign."))
    meeting = minutes.meeting
    signing.check_approved(minutes)  # before asking any passphrase
    names = args.signer or [n for n in (meeting.chair, meeting.secretary) if n]
    if not names:
        raise UserError(_t("Say who signs with --signer NAME (see: identity list)."))
    chosen = [identities.find_identity(name) for name in names]
    signing.check_signers(minutes, chosen)  # before asking any passphrase
    signers_ = [(identity, ask_passphrase(identity.name)) for identity in chosen]
    signed = signing.sign_minutes(minutes, context, signers_)
    store.meetings.save_signed_minutes(meeting.id, signed, fingerprint(minutes), ", ".join(names))
    return signed
