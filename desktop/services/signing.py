"""Digital signatures of the minutes (PAdES, with pyHanko) and their verification.

Each signer adds one PAdES-B-B signature (subfilter ETSI.CAdES.detached) as an incremental update,
so a second signature leaves the first intact. The visible box on the last page shows the
signer's handwritten strokes (drawn to a PNG with Pillow) under their name and the time.

Verification trusts only the residence's root certificate: a signature is accepted when it is
intact, valid, chains to that root and nothing outside what signatures allow changed after it.
The document must also carry, in its footer, the fingerprint of a meeting of this database.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from dataclasses import dataclass, field

from asn1crypto import keys as asn1_keys, x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from PIL import Image
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop.domain.errors import UserError
from desktop.domain.signature import Strokes
from desktop.i18n import tr
from desktop.reports.signature import strokes_png
from desktop.services import identities
from desktop.services.identities import Identity

BOX_WIDTH, BOX_HEIGHT = 230, 80  # the PNG is 4 times larger, for print
MARGIN, FOOTER_TOP = 50, 60
FINGERPRINT = re.compile(r"\b[0-9a-f]{16}\b")

# pyHanko logs what it finds odd in a damaged file; the verdict says it in a sentence, so its
# messages must not reach a terminal through logging's last-resort handler.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def _t(text: str) -> str:
    return tr("Signing", text)


def _asn1_certificate(certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def make_signer(identity: Identity, passphrase: str) -> signers.SimpleSigner:
    """A pyHanko signer for ``identity``; UserError when the passphrase is wrong."""
    key = identities.load_private_key(identity, passphrase)
    der_key = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    root = _asn1_certificate(identities.root_certificate())
    return signers.SimpleSigner(
        signing_cert=_asn1_certificate(identity.certificate()),
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore.from_certs([root]),
    )


def _lowest_text(pdf_bytes: bytes, page_index: int) -> float | None:
    """The height of the lowest line of text above the footer on a page (PDF points), if any."""
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(pdf_bytes)).pages[page_index]
    heights: list[float] = []

    def visit(text, cm, tm, _font, _size):
        # The text's height on the page: its text matrix placed by the current transformation.
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and y > FOOTER_TOP:
            heights.append(y)

    page.extract_text(visitor_text=visit)
    return min(heights) if heights else None


def signature_box(pdf_bytes: bytes, slot: int) -> tuple[int, tuple[int, int, int, int]]:
    """(page index, box) for the ``slot``-th signature: under the signature blocks of the last page.

    The minutes end with the chair's (left) and the secretary's (right) blocks, whose last row is
    left blank to sign in: the box goes just below the lowest text of the last page.
    """
    reader = PdfFileReader(io.BytesIO(pdf_bytes))
    count = int(reader.root["/Pages"]["/Count"])
    media = reader.root["/Pages"]["/Kids"][0].get_object().get("/MediaBox", [0, 0, 595, 842])
    width = float(media[2])
    lowest = _lowest_text(pdf_bytes, count - 1) or (FOOTER_TOP + BOX_HEIGHT + 10)
    top = max(FOOTER_TOP + BOX_HEIGHT, lowest - 6)
    left = MARGIN + 4 if slot % 2 == 0 else width / 2 + 4
    return count - 1, (int(left), int(top - BOX_HEIGHT), int(left + BOX_WIDTH), int(top))


def _stamp(identity: Identity, strokes: Strokes | None) -> StaticStampStyle:
    """The visible box: the handwritten strokes, then the signer's name and role and the time."""
    who = f"{identity.name} – {identity.role}" if identity.role else identity.name
    when = _t("Signed on {date}").format(date=dt.datetime.now().strftime("%d/%m/%Y %H:%M"))
    picture = strokes_png(strokes, caption=[who, when])
    return StaticStampStyle(background=PdfImage(Image.open(io.BytesIO(picture))), border_width=1)


def sign_pdf(pdf_bytes: bytes, identity: Identity, passphrase: str, field_name: str,
             appearance_strokes: Strokes | None = None, slot: int = 0) -> bytes:
    """``pdf_bytes`` with one more PAdES signature by ``identity``, added as an incremental update."""
    signer = make_signer(identity, passphrase)
    page, box = signature_box(pdf_bytes, slot)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        name=identity.name, reason=_t("Approval of the minutes"), location=identity.folder.parent.name)
    pdf_signer = signers.PdfSigner(meta, signer, stamp_style=_stamp(identity, appearance_strokes),
                                   new_field_spec=fields.SigFieldSpec(field_name, on_page=page, box=box))
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
        existing = [name for name, _value, _ref in fields.enumerate_sig_fields(writer)]
    except Exception as error:  # noqa: BLE001 - pyHanko raises many kinds on unreadable PDFs
        raise UserError(_t("The PDF cannot be read, so it cannot be signed: {reason}.").format(reason=error)) from None
    if field_name in existing:
        raise UserError(_t("The document already holds a signature named {field}.").format(field=field_name))
    return pdf_signer.sign_pdf(writer).getvalue()


@dataclass
class SignatureReport:
    """What one signature says: who signed, and whether it holds."""

    field: str
    signer: str
    signed_at: str
    ok: bool
    reason: str = ""


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
        reason = _t("the document was changed after this signature in a way it does not allow")
    else:
        return SignatureReport(name, signer, when, True)
    return SignatureReport(name, signer, when, False, reason)


def verify_pdf(pdf_bytes: bytes, meeting_fingerprints: dict[str, tuple[int, str]]) -> Verification:
    """Check every signature against the residence's root and match the footer's fingerprint.

    ``meeting_fingerprints`` maps each meeting's fingerprint to (meeting id, its date in words).
    """
    result = Verification()
    try:
        reader = PdfFileReader(io.BytesIO(pdf_bytes))
        embedded = reader.embedded_signatures
    except Exception as error:  # noqa: BLE001 - any unreadable file is simply not valid
        result.problems.append(_t("the file is not a readable PDF ({reason})").format(reason=error))
        return result
    if not embedded:
        result.problems.append(_t("the document holds no signature"))
    context = ValidationContext(trust_roots=[_asn1_certificate(identities.root_certificate())], allow_fetching=False)
    for signature in embedded:
        report = _check_signature(signature, context)
        result.signatures.append(report)
        if not report.ok:
            result.problems.append(_t("signature {field}: {reason}").format(field=report.field, reason=report.reason))
    if embedded and embedded[-1].coverage != SignatureCoverageLevel.ENTIRE_FILE:
        result.problems.append(_t("the file was changed after the last signature"))
    _match_meeting(pdf_bytes, meeting_fingerprints, result)
    return result


def _match_meeting(pdf_bytes: bytes, meeting_fingerprints: dict, result: Verification) -> None:
    from pypdf import PdfReader

    try:
        text = PdfReader(io.BytesIO(pdf_bytes)).pages[0].extract_text() or ""
    except Exception:  # noqa: BLE001
        text = ""
    for candidate in FINGERPRINT.findall(text):
        if candidate in meeting_fingerprints:
            result.fingerprint = candidate
            result.meeting_id, result.meeting_date = meeting_fingerprints[candidate]
            return
    result.problems.append(_t("its fingerprint matches no meeting of this database"))


def strokes_for(identity: Identity, minutes, handwritten: dict) -> Strokes | None:
    """The strokes shown in ``identity``'s signature box: those signed on the pad at the approval
    when the identity is the chair or the secretary, otherwise those saved with the identity."""
    meeting = minutes.meeting
    for role, name in (("chair", meeting.chair), ("secretary", meeting.secretary)):
        if name and name.strip().casefold() == identity.name.strip().casefold() and role in handwritten:
            return handwritten[role]
    return identity.strokes()


def check_approved(minutes) -> None:
    """UserError unless the chair and the secretary approved the minutes (only then can they be signed)."""
    if not minutes.meeting.status.is_locked:
        raise UserError(_t("The minutes of meeting {id} are not approved yet: the chair and the secretary "
                           "approve them first, then they can be signed digitally.").format(id=minutes.meeting.id))


def sign_minutes(minutes, context, signers_: list[tuple[Identity, str]], progress=None) -> bytes:
    """The minutes of an approved meeting signed by each (identity, passphrase) in turn.

    The page itself is printed without the handwritten strokes in its signature blocks: each
    signature's visible box carries them, under the signer's name, so they appear once.
    """
    import copy

    from desktop.reports.minutes import minutes_pdf

    check_approved(minutes)
    if not signers_:
        raise UserError(_t("Choose at least one signer."))
    plain = copy.copy(context)
    plain.handwritten = {}
    pdf = minutes_pdf(minutes, plain)
    for slot, (identity, passphrase) in enumerate(signers_):
        if progress is not None:
            progress(slot, len(signers_), _t("Signature of {name}…").format(name=identity.name))
        pdf = sign_pdf(pdf, identity, passphrase, f"Signature{slot + 1}",
                       strokes_for(identity, minutes, context.handwritten), slot)
    return pdf
