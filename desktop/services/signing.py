"""Digital signatures of the minutes (PAdES, with pyHanko).

Each signer adds one PAdES-B-B signature (subfilter ETSI.CAdES.detached) as an incremental update,
so a second signature leaves the first intact. The visible box on the last page shows the
signer's handwritten strokes (drawn to a PNG with Pillow) under their name and the time.

Only the chair and the secretary of the meeting sign its minutes, both of them. The verdict on a
signed PDF (is it the minutes of record, signed by them, unchanged?) is ``desktop.services.verdict``.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re

from asn1crypto import keys as asn1_keys, x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from PIL import Image
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop.domain.errors import UserError
from desktop.domain.signature import Strokes
from desktop.i18n import tr
from desktop.reports.signature import strokes_png
from desktop.services import identities
from desktop.services.identities import Identity

# Inside the blank cell of the signature blocks (3 cm = 85 pt high, half the text width wide), with a
# margin: the box never crosses the frame drawn around it.
BOX_WIDTH, BOX_HEIGHT = 226, 72  # the PNG is 4 times larger, for print
BELOW_NAME = 10  # from the baseline of the signer's name to the top of the box, below that row
MARGIN, FOOTER_TOP = 50, 60
FINGERPRINT = re.compile(r"\b[0-9a-f]{16}\b")

# pyHanko logs what it finds odd in a damaged file; the verdict says it in a sentence, so its
# messages must not reach a terminal through logging's last-resort handler.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def _t(text: str) -> str:
    return tr("Signing", text)


def asn1_certificate(certificate) -> asn1_x509.Certificate:
    """A ``cryptography`` certificate as the asn1crypto object pyHanko works with."""
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def make_signer(identity: Identity, passphrase: str) -> signers.SimpleSigner:
    """A pyHanko signer for ``identity``; UserError when the passphrase is wrong."""
    key = identities.load_private_key(identity, passphrase)
    der_key = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    root = asn1_certificate(identities.root_certificate())
    return signers.SimpleSigner(
        signing_cert=asn1_certificate(identity.certificate()),
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
    top = max(FOOTER_TOP + BOX_HEIGHT, lowest - BELOW_NAME)
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


def check_signers(minutes, chosen: list[Identity]) -> None:
    """UserError unless ``chosen`` are the meeting's chair and secretary, both of them, and no one else."""
    meeting = minutes.meeting
    of_record = {"chair": meeting.chair.strip(), "secretary": meeting.secretary.strip()}
    for identity in chosen:
        if identity.name.strip().casefold() not in {name.casefold() for name in of_record.values() if name}:
            raise UserError(_t("{name} is neither the chair nor the secretary of meeting {id}; only they sign its "
                               "minutes.").format(name=identity.name, id=meeting.id))
    names = {identity.name.strip().casefold() for identity in chosen}
    missing = {"chair": _t("the chair ({name})"), "secretary": _t("the secretary ({name})")}
    for role, name in of_record.items():
        if name and name.casefold() not in names:
            raise UserError(_t("Both the chair and the secretary sign the minutes; {who} is missing.").format(
                who=missing[role].format(name=name)))


def unsigned_minutes_pdf(minutes, context) -> bytes:
    """The minutes as they are signed: printed without the handwritten strokes in their signature
    blocks, since each signature's visible box carries them, under the signer's name."""
    import copy

    from desktop.reports.minutes import minutes_pdf

    plain = copy.copy(context)
    plain.handwritten = {}
    return minutes_pdf(minutes, plain)


def sign_minutes(minutes, context, signers_: list[tuple[Identity, str]], progress=None) -> bytes:
    """The minutes of an approved meeting signed by each (identity, passphrase) in turn: the
    chair and the secretary (``check_signers``)."""
    check_approved(minutes)
    if not signers_:
        raise UserError(_t("Choose at least one signer."))
    check_signers(minutes, [identity for identity, _passphrase in signers_])
    if context.warning:  # the data changed after the approval: signing them would vouch for the change
        raise UserError(context.warning)
    pdf = unsigned_minutes_pdf(minutes, context)
    for slot, (identity, passphrase) in enumerate(signers_):
        if progress is not None:
            progress(slot, len(signers_), _t("Signature of {name}…").format(name=identity.name))
        pdf = sign_pdf(pdf, identity, passphrase, f"Signature{slot + 1}",
                       strokes_for(identity, minutes, context.handwritten), slot)
    return pdf
