"""``report agenda|attendance|minutes|posting --meeting ID --out FILE.pdf``: a meeting's documents;
``report register --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf``: the complaint register.

The PDF is written next to its destination first and moved into place once complete, so a
failure never leaves half a file behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop.cli import open_store
from desktop.commands.complaints import whole_number
from desktop.commands.meetings import parse_day
from desktop.domain.dates import long_date
from desktop.domain.errors import UserError
from desktop.i18n import N_, tr
from desktop.commands.lazy import LazyModule
from desktop.services import meetings as service

# reportlab takes most of a second to import: only the report commands pay for it, when they run.
documents = LazyModule("desktop.reports.meeting_documents")
register_document = LazyModule("desktop.reports.register")
gathering = LazyModule("desktop.services.reports")
DOCUMENTS = ("agenda", "attendance", "minutes", "posting")

DOCUMENT_NAMES = {
    "agenda": N_("the convocation with the agenda"),
    "attendance": N_("the attendance sheet"),
    "minutes": N_("the minutes"),
    "posting": N_("the posting version of the minutes"),
}


def _t(text: str) -> str:
    return tr("Reports", text)


def register(subparsers) -> None:
    """Add the ``report`` command."""
    parser = subparsers.add_parser(
        "report", help=_t("print a meeting's documents to PDF"),
        description=_t("Write a meeting's convocation with its agenda (agenda), its attendance sheet "
                       "(attendance), its minutes (minutes) or the version of the minutes for posting in "
                       "the entrance hall, without tenants' names (posting), as an A4 PDF file."),
    )
    parser.add_argument("document", choices=(*DOCUMENTS, "register"), metavar="DOCUMENT",
                        help=_t("agenda, attendance, minutes, posting or register"))
    parser.add_argument("--meeting", metavar="ID", help=_t("the meeting's number (see: list meetings)"))
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                        help=_t("register: the first day of the period"))
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help=_t("register: the last day of the period"))
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help=_t("the PDF file to write"))
    parser.add_argument("--overwrite", action="store_true",
                        help=_t("replace the PDF file if it already exists (never the database or a backup)"))
    parser.add_argument("--sign", action="store_true", help=_t("minutes: add the digital signatures of the signers"))
    parser.add_argument("--signer", action="append", default=[], metavar="NAME",
                        help=_t("with --sign: a local identity that signs (repeat; default: the chair, then "
                                "the secretary)"))
    parser.set_defaults(handler=run_report)


def write_file(path: Path, data: bytes, args) -> None:
    """Write ``data`` to ``path`` whole, or raise UserError saying why it could not be written:
    never over the database or a backup, over another existing file only with ``--overwrite``."""
    from desktop.cli import database_path
    from desktop.services.targets import check_target

    check_target(path, database_path(args), getattr(args, "overwrite", False))
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".palier-", suffix=".pdf", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except OSError as error:
        raise UserError(_t("Cannot write {path}: {reason}.").format(
            path=path, reason=error.strerror or error)) from None


def check_target_early(path: Path, args) -> None:
    """Refuse a target that is not safe before a long document is built (checked again when written)."""
    from desktop.cli import database_path
    from desktop.services.targets import check_target

    check_target(path, database_path(args), getattr(args, "overwrite", False))


def run_report(args) -> int:
    """Build the document asked for and write it; exit status 2 with a sentence when it cannot."""
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise UserError(_t("--out needs a file name ending in .pdf, not “{path}”.").format(path=args.out))
    if args.document == "register":
        return run_register(args, out)
    if args.meeting is None:
        raise UserError(_t("Say which meeting with --meeting ID (see: list meetings)."))
    meeting_id = whole_number(args.meeting, "--meeting", minimum=1)
    store = open_store(args)
    try:
        minutes = service.load_minutes(store, meeting_id)
        check_target_early(out, args)
        data = _meeting_document(args, store, minutes)
        write_file(out, data, args)
        store.audit.record("printed", "meeting", meeting_id, f"{args.document} → {out}")
    finally:
        store.close()
    print(_t("Wrote {document} of the meeting of {date} to {path}.").format(
        document=_t(DOCUMENT_NAMES[args.document]), date=long_date(minutes.meeting.date), path=out))
    return 0


def _meeting_document(args, store, minutes) -> bytes:
    """The document asked for; for minutes signed digitally, the copy kept (the same bytes)."""
    kept = store.meetings.signed_minutes(minutes.meeting.id) if args.document == "minutes" else None
    if kept is not None:
        from desktop.services.meeting_seals import refuse_changed_signed_copy

        refuse_changed_signed_copy(store, minutes.meeting.id)
        print(_t("The minutes of meeting {id} were signed by {signers} on {date}; the copy kept is written.")
              .format(id=minutes.meeting.id, signers=kept.signers, date=kept.signed_at.replace("T", " ")[:16]))
        return kept.pdf
    context = gathering.gather(store, minutes)
    if args.document == "posting":
        from desktop.commands.posting_review import print_review

        print_review(minutes, context)
    if args.sign:
        from desktop.commands.signing import sign_report  # pyHanko is loaded only to sign

        return sign_report(args, store, minutes, context)
    return documents.meeting_document(args.document, minutes, context)


def run_register(args, out: Path) -> int:
    """Write the complaint register and statistics of the period --from … --to …."""
    if args.start is None or args.end is None:
        raise UserError(_t("The register needs a period: --from YYYY-MM-DD --to YYYY-MM-DD."))
    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    store = open_store(args)
    try:
        check_target_early(out, args)
        data = gathering.gather_register(store, start, end)
        write_file(out, register_document.register_pdf(data), args)
        store.audit.record("printed", "register", None, f"{start.isoformat()} – {end.isoformat()} → {out}")
    finally:
        store.close()
    print(_t("Wrote the register of {count} complaints opened from {start} to {end} to {path}.").format(
        count=len(data.complaints), start=long_date(start), end=long_date(end), path=out))
    return 0
