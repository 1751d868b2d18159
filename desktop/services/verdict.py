"""The verdict on a signed PDF: is it the signed minutes of record of a meeting of this database?

"Valid" means all of:

- every signature is intact, matches its certificate, and the certificate was issued by this
  residence's root (pyHanko's ``validate_pdf_signature`` with the root as the only trust root);
- the signed content is the minutes this database holds for the meeting: the file's first
  revision (what the first signature was made on) is byte for byte the minutes as Palier
  printed them, either those kept with the signed copy or those printed today from the data;
- from that first revision on, only signatures were added (pyHanko's difference analysis, at the
  "fill forms and sign" level): no annotation, page or content change a reader would see, and
  nothing at all after the last signature;
- every signer of record signed (the chair and the secretary named in the meeting), and no one else;
- the meeting's data in this database still match what was signed (its seal, see
  ``desktop.store.meeting_seals``).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

from pyhanko.pdf_utils import generic, misc
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import DEFAULT_DIFF_POLICY, ModificationLevel, SuspiciousModification
from pyhanko.sign.diff_analysis.commons import compare_dicts
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from desktop.i18n import tr
from desktop.services import identities

EOF_MARK = b"%%EOF"
# What signing adds to the catalogue: the form, the PDF 2.0 version and extensions of PAdES, and
# the XMP metadata pyHanko writes (none of it is drawn on a page).
CATALOG_SIGNING_KEYS = frozenset({"/AcroForm", "/Version", "/Extensions", "/Metadata"})


def _t(text: str) -> str:
    return tr("Signing", text)


@dataclass
class SignatureReport:
    """What one signature says: who signed, and whether it holds."""

    field: str
    signer: str
    signed_at: str
    ok: bool
    reason: str = ""


@dataclass
class MinutesOfRecord:
    """What this database holds for one meeting's minutes, to compare a signed PDF with."""

    meeting_id: int
    date: str  # in words, for the sentences
    chair: str = ""
    secretary: str = ""
    approved: bool = True
    kept: bytes | None = None  # the signed copy kept with the meeting
    printed: Callable[[], bytes] | None = None  # the unsigned minutes as printed from today's data
    tampered: str = ""  # a sentence when the meeting's data no longer match what was signed


@dataclass
class Verification:
    """The outcome of ``verify_pdf``: every signature, the matching meeting, and why it fails if it does."""

    signatures: list[SignatureReport] = field(default_factory=list)
    meeting_id: int | None = None
    meeting_date: str = ""
    fingerprint: str = ""
    problems: list[str] = field(default_factory=list)
    kept_copy: bool = False  # byte for byte the signed PDF kept in the database

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        """Plain values for --json."""
        return {"valid": self.ok, "meeting": self.meeting_id, "meeting_date": self.meeting_date,
                "fingerprint": self.fingerprint, "problems": self.problems, "kept_copy": self.kept_copy,
                "signatures": [vars(s) for s in self.signatures]}


def trust_context() -> ValidationContext:
    """pyHanko's validation context trusting this residence's root certificate only (nothing when
    this computer has none yet: then no signature is trusted)."""
    from desktop.services.signing import asn1_certificate

    roots = [asn1_certificate(identities.root_certificate())] if identities.root_state() != "missing" else []
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _check_signature(embedded, context: ValidationContext) -> SignatureReport:
    name = embedded.field_name
    try:
        status = validate_pdf_signature(embedded, context)
    except Exception as error:  # noqa: BLE001 - a damaged signature can fail in many ways
        return SignatureReport(name, "", "", False, _t("the signature cannot be checked: {reason}").format(reason=error))
    signer = status.signing_cert.subject.native.get("common_name", "") if status.signing_cert else ""
    when = status.signer_reported_dt.isoformat() if status.signer_reported_dt else ""
    if not status.intact:
        reason = _t("the signed content was changed after signing")
    elif not status.valid:
        reason = _t("the signature does not match the signer's certificate")
    elif not status.trusted:
        reason = _t("the signer's certificate was not issued by this residence's root certificate")
    elif not status.docmdp_ok:
        reason = _t("the document was changed after this signature in a way that alters what a reader sees")
    else:
        return SignatureReport(name, signer, when, True)
    return SignatureReport(name, signer, when, False, reason)


def first_revision(pdf_bytes: bytes, reader: PdfFileReader | None = None) -> bytes:
    """The bytes of the file's first revision (up to its end-of-file mark): what was printed."""
    reader = reader or PdfFileReader(io.BytesIO(pdf_bytes))
    start = reader.xrefs.get_startxref_for_revision(0)
    end = pdf_bytes.find(EOF_MARK, start)
    return pdf_bytes[:end + len(EOF_MARK)] if end >= 0 else pdf_bytes


def _signature_widget(annotation) -> bool:
    annotation = annotation.get_object()
    return annotation.get("/Subtype") == "/Widget" and annotation.get("/FT") == "/Sig"


def _first_signature_adds_only_itself(reader: PdfFileReader) -> bool:
    """True when the second revision (the first signature's) only adds a signature to the printed
    minutes: the catalogue gains its form, a page gains signature widgets, and nothing else changes.

    pyHanko's difference analysis starts from a revision that already holds a form; this is the
    same rule for the step before it, with pyHanko's own dictionary comparison."""
    xrefs = reader.xrefs
    if xrefs.total_revisions < 2 or xrefs.refs_freed_in_revision(1):
        return False
    old, new = reader.get_historical_resolver(0), reader.get_historical_resolver(1)
    printed = {(ref.idnum, ref.generation) for ref in xrefs.explicit_refs_in_revision(0)}
    root, info = old.trailer_view.raw_get("/Root"), old.trailer_view.raw_get("/Info")
    try:
        for ref in xrefs.explicit_refs_in_revision(1):
            if (ref.idnum, ref.generation) not in printed:
                continue  # a new object: reachable only through the entries checked below
            before, after = old.get_object(ref), new.get_object(ref)
            if (ref.idnum, ref.generation) == (root.idnum, root.generation):
                compare_dicts(before, after, CATALOG_SIGNING_KEYS)
            elif info is not None and (ref.idnum, ref.generation) == (info.idnum, info.generation):
                compare_dicts(before, after, frozenset({"/ModDate", "/Producer"}))
            elif isinstance(before, generic.DictionaryObject) and before.get("/Type") == "/Page":
                compare_dicts(before, after, frozenset({"/Annots"}))
                kept = {(a.idnum, a.generation) for a in (before.raw_get("/Annots") if "/Annots" in before else generic.ArrayObject())
                        if isinstance(a, generic.IndirectObject)}
                added = [a for a in after.get("/Annots", generic.ArrayObject())
                         if not isinstance(a, generic.IndirectObject) or (a.idnum, a.generation) not in kept]
                if not all(_signature_widget(a) for a in added):
                    return False
            else:
                return False
    except (SuspiciousModification, misc.PdfError):
        return False
    return True


def _only_signatures_added(reader: PdfFileReader) -> bool:
    """True when every revision after the printed minutes only adds or fills signature fields."""
    if not _first_signature_adds_only_itself(reader):
        return False
    try:
        outcome = DEFAULT_DIFF_POLICY.review_file(reader, 1)
    except Exception:  # noqa: BLE001 - a file pyHanko cannot compare is not one we can vouch for
        return False
    if isinstance(outcome, SuspiciousModification):
        return False
    return outcome.modification_level <= ModificationLevel.FORM_FILLING


def _same(name: str, other: str) -> bool:
    return bool(name.strip()) and name.strip().casefold() == other.strip().casefold()


def _check_signers(record: MinutesOfRecord, result: Verification) -> None:
    of_record = {"chair": record.chair, "secretary": record.secretary}
    for report in result.signatures:
        if report.signer and not any(_same(report.signer, name) for name in of_record.values()):
            result.problems.append(_t("{name} is neither the chair nor the secretary of meeting {id}").format(
                name=report.signer, id=record.meeting_id))
    words = {"chair": _t("the chair ({name}) did not sign"), "secretary": _t("the secretary ({name}) did not sign")}
    for role, name in of_record.items():
        if name and not any(_same(report.signer, name) for report in result.signatures):
            result.problems.append(words[role].format(name=name))


def _check_content(pdf_bytes: bytes, reader: PdfFileReader, record: MinutesOfRecord, result: Verification) -> None:
    if record.kept is not None and pdf_bytes == record.kept:
        result.kept_copy = True
        return
    printed = first_revision(pdf_bytes, reader)
    references = []
    if record.kept is not None:
        references.append(lambda: first_revision(record.kept))
    if record.printed is not None:
        references.append(lambda: record.printed().rstrip(b"\r\n"))
    if not any(printed == reference() for reference in references):
        result.problems.append(_t("the signed content is not the minutes of meeting {id} held in this database")
                               .format(id=record.meeting_id))


def verify_pdf(pdf_bytes: bytes, lookup: Callable[[str], MinutesOfRecord | None]) -> Verification:
    """The verdict on ``pdf_bytes``; ``lookup`` gives the minutes of record for a printed fingerprint."""
    from desktop.services.signing import FINGERPRINT

    result = Verification()
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes))
        embedded = reader.embedded_signatures
    except Exception as error:  # noqa: BLE001 - any unreadable file is simply not valid
        result.problems.append(_t("the file is not a readable PDF ({reason})").format(reason=error))
        return result
    if not embedded:
        result.problems.append(_t("the document holds no signature"))
    context = trust_context()
    for signature in embedded:
        report = _check_signature(signature, context)
        result.signatures.append(report)
        if not report.ok:
            result.problems.append(_t("signature {field}: {reason}").format(field=report.field, reason=report.reason))
    if embedded and embedded[-1].coverage != SignatureCoverageLevel.ENTIRE_FILE:
        result.problems.append(_t("the file was changed after the last signature"))
    elif embedded and not _only_signatures_added(reader):
        result.problems.append(_t("the document was changed after it was printed in a way that alters what a "
                                  "reader sees"))
    record = _match_meeting(pdf_bytes, FINGERPRINT, lookup, result)
    if record is None:
        return result
    if not record.approved:
        result.problems.append(_t("the minutes of meeting {id} are not approved in this database").format(
            id=record.meeting_id))
    if embedded:
        _check_content(pdf_bytes, reader, record, result)
        _check_signers(record, result)
    if record.tampered:
        result.problems.append(record.tampered)
    return result


def _match_meeting(pdf_bytes: bytes, pattern, lookup, result: Verification) -> MinutesOfRecord | None:
    from pypdf import PdfReader

    try:
        text = PdfReader(io.BytesIO(pdf_bytes)).pages[0].extract_text() or ""
    except Exception:  # noqa: BLE001
        text = ""
    for candidate in pattern.findall(text):
        record = lookup(candidate)
        if record is not None:
            result.fingerprint = candidate
            result.meeting_id, result.meeting_date = record.meeting_id, record.date
            return record
    result.problems.append(_t("its fingerprint matches no meeting of this database"))
    return None


def records_of(store) -> Callable[[str], MinutesOfRecord | None]:
    """The ``lookup`` of ``verify_pdf`` over ``store``: each meeting by the fingerprint its minutes
    print today, and by the one they printed when their signed copy was kept (an amendment
    changes the minutes afterwards). The store must stay open while the lookup is used."""
    from desktop.domain.dates import long_date
    from desktop.reports.minutes import fingerprint
    from desktop.services import meeting_seals
    from desktop.services.meetings import load_minutes
    from desktop.services.reports import gather
    from desktop.services.signing import unsigned_minutes_pdf

    index, loaded = {}, {}
    for meeting in store.meetings.list():
        loaded[meeting.id] = load_minutes(store, meeting.id)
        index[fingerprint(loaded[meeting.id])] = meeting.id
    for meeting_id, _sha256, printed in store.meetings.signed_minutes_index():
        index.setdefault(printed, meeting_id)

    def lookup(printed: str) -> MinutesOfRecord | None:
        meeting_id = index.get(printed)
        if meeting_id not in loaded:
            return None
        minutes = loaded[meeting_id]
        meeting = minutes.meeting
        kept = store.meetings.signed_minutes(meeting_id)
        return MinutesOfRecord(
            meeting_id, long_date(meeting.date), meeting.chair, meeting.secretary, meeting.status.is_locked,
            kept.pdf if kept is not None else None, lambda: unsigned_minutes_pdf(minutes, gather(store, minutes)),
            meeting_seals.warning(store, meeting_id))

    return lookup


def verify_minutes(store, pdf_bytes: bytes) -> Verification:
    """The verdict on ``pdf_bytes`` against the meetings of ``store``."""
    return verify_pdf(pdf_bytes, records_of(store))
