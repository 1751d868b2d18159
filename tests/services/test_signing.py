"""Local identities, PAdES signatures of the minutes (pyHanko) and their verification."""

from __future__ import annotations

import io
import json
import shutil
import subprocess

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from desktop.domain.errors import UserError
from desktop.domain.signature import Strokes
from desktop.reports.meeting_documents import meeting_document
from desktop.services import identities, signing, verdict
from desktop.services.reports import gather
from tests.reports.conftest import demo_store  # noqa: F401 - the module's shared demo

ROOT = "root-passphrase"  # the residence root's own passphrase

STROKES = Strokes.of([[(0.1, 0.6), (0.25, 0.2), (0.4, 0.7), (0.6, 0.3), (0.9, 0.5)], [(0.2, 0.9), (0.8, 0.85)]])


@pytest.fixture
def minutes_pdf(demo_store):  # noqa: F811
    from desktop.services.meetings import load_minutes

    minutes = load_minutes(demo_store, 10)
    return meeting_document("minutes", minutes, gather(demo_store, minutes))


@pytest.fixture
def signers():
    chair = identities.create_identity("Marie Dupont", "Présidente", "secret-chair", "Les Tilleuls",
                                          root_passphrase=ROOT)
    secretary = identities.create_identity("Jean Martin", "Secrétaire", "secret-secretary", "Les Tilleuls",
                                          root_passphrase=ROOT)
    return chair, secretary


def sign_twice(pdf: bytes, chair, secretary) -> bytes:
    once = signing.sign_pdf(pdf, chair, "secret-chair", "Signature1", STROKES, slot=0)
    return signing.sign_pdf(once, secretary, "secret-secretary", "Signature2", STROKES, slot=1)


def trusting_root() -> ValidationContext:
    return ValidationContext(trust_roots=[signing.asn1_certificate(identities.root_certificate())],
                             allow_fetching=False)


def test_identities_are_issued_by_the_residence_root_and_keys_are_encrypted(signers):
    chair, _secretary = signers
    root = identities.root_certificate()
    assert chair.certificate().issuer == root.subject
    assert chair.certificate().subject.rfc4514_string().startswith("CN=Marie Dupont,OU=Présidente")
    assert b"ENCRYPTED PRIVATE KEY" in chair.key_path.read_bytes()
    assert [i.name for i in identities.list_identities()] == ["Jean Martin", "Marie Dupont"]
    assert identities.root_pem().startswith(b"-----BEGIN CERTIFICATE-----")


def test_two_signatures_one_after_the_other_are_both_valid_for_pyhanko(minutes_pdf, signers, demo_store):  # noqa: F811
    signed = sign_twice(minutes_pdf, *signers)
    embedded = PdfFileReader(io.BytesIO(signed)).embedded_signatures
    assert [s.field_name for s in embedded] == ["Signature1", "Signature2"]
    statuses = [validate_pdf_signature(s, trusting_root()) for s in embedded]
    for status in statuses:
        assert status.intact and status.valid and status.trusted and status.docmdp_ok
        assert status.bottom_line
    assert [s.signing_cert.subject.native["common_name"] for s in statuses] == ["Marie Dupont", "Jean Martin"]
    assert embedded[0].sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert embedded[0].coverage == SignatureCoverageLevel.ENTIRE_REVISION
    assert embedded[1].coverage == SignatureCoverageLevel.ENTIRE_FILE

    result = verdict.verify_minutes(demo_store, signed)
    assert result.meeting_id == 10
    assert [(s.signer, s.ok) for s in result.signatures] == [("Marie Dupont", True), ("Jean Martin", True)]
    # Meeting 10 is only drafted, and these two are not its chair and secretary: not its minutes of record.
    assert "the minutes of meeting 10 are not approved in this database" in result.problems
    assert "Marie Dupont is neither the chair nor the secretary of meeting 10" in result.problems


def test_the_visible_boxes_show_the_handwritten_strokes_on_the_last_page(minutes_pdf, signers):
    signed = sign_twice(minutes_pdf, *signers)
    reader = PdfFileReader(io.BytesIO(signed))
    last = reader.root["/Pages"]["/Kids"][-1].get_object()
    widgets = [a.get_object() for a in last["/Annots"] if a.get_object().get("/FT") == "/Sig"]
    assert sorted(w["/T"] for w in widgets) == ["Signature1", "Signature2"]
    for widget in widgets:
        x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
        assert x2 - x1 > 100 and y2 - y1 > 40  # visible, not a zero-sized invisible field
        resources = widget["/AP"]["/N"].get_object()["/Resources"]
        images = [x.get_object() for x in resources["/XObject"].values()]
        assert [i["/Subtype"] for i in images] == ["/Image"]  # the strokes, drawn
        assert [i["/Width"] for i in images] == [920]
        assert "/Font" not in resources  # name and date are drawn in the picture: no unembedded font
    left, right = sorted(float(w["/Rect"][0]) for w in widgets)
    assert right - left > 200  # the chair on the left, the secretary on the right


def test_poppler_pdfsig_reports_each_signature_valid(minutes_pdf, signers, tmp_path):
    pdfsig = shutil.which("pdfsig")
    assert pdfsig, "poppler-utils (pdfsig) is needed"
    path = tmp_path / "signed.pdf"
    path.write_bytes(sign_twice(minutes_pdf, *signers))
    said = subprocess.run([pdfsig, str(path)], capture_output=True, text=True, check=False).stdout
    assert said.count("Signature is Valid.") == 2, said
    assert "Marie Dupont" in said and "Jean Martin" in said
    assert said.count("ETSI.CAdES.detached") == 2


def test_changing_one_signed_byte_breaks_the_signatures(minutes_pdf, signers, demo_store):  # noqa: F811
    signed = bytearray(sign_twice(minutes_pdf, *signers))
    at = len(signed) // 3  # inside the content both signatures cover
    signed[at] ^= 0x01
    result = verdict.verify_minutes(demo_store, bytes(signed))
    assert not result.ok
    assert [p for p in result.problems if p.startswith("signature ")] == [
        f"signature {field}: the signed content was changed after signing" for field in ("Signature1", "Signature2")]


def test_an_unknown_root_is_not_trusted(minutes_pdf, signers, demo_store):  # noqa: F811
    signed = sign_twice(minutes_pdf, *signers)
    shutil.rmtree(identities.identities_dir())  # another residence: a new root
    identities.ensure_root("Ailleurs", ROOT)
    result = verdict.verify_minutes(demo_store, signed)
    assert not result.ok
    assert "root certificate" in " ".join(result.problems)


def test_minutes_of_no_meeting_of_this_database_are_refused(minutes_pdf, signers):
    result = verdict.verify_pdf(sign_twice(minutes_pdf, *signers), lambda _printed: None)
    assert not result.ok
    assert "matches no meeting" in " ".join(result.problems)


def test_an_unsigned_document_is_refused(minutes_pdf, demo_store):  # noqa: F811
    result = verdict.verify_minutes(demo_store, minutes_pdf)
    assert not result.ok and "no signature" in " ".join(result.problems)
    assert result.meeting_id == 10


def test_a_wrong_passphrase_gives_a_sentence(minutes_pdf, signers):
    with pytest.raises(UserError) as caught:
        signing.sign_pdf(minutes_pdf, signers[0], "not-the-one", "Signature1")
    assert "passphrase of Marie Dupont is wrong" in caught.value.message


def test_an_identity_needs_a_name_a_long_passphrase_and_a_new_name(signers):
    with pytest.raises(UserError):
        identities.create_identity("  ", "", "long-enough", root_passphrase=ROOT)
    with pytest.raises(UserError):
        identities.create_identity("Paul", "", "short", root_passphrase=ROOT)
    with pytest.raises(UserError, match="already exists"):
        identities.create_identity("Marie Dupont", "", "long-enough", root_passphrase=ROOT)


def test_strokes_round_trip_through_json_and_are_clamped():
    strokes = Strokes.of([[(0.1, 0.2), (1.5, -0.2)], []])
    assert strokes.strokes == (((0.1, 0.2), (1.0, 0.0)),)
    assert Strokes.from_json(strokes.to_json()) == strokes
    assert json.loads(strokes.to_json()) == [[[0.1, 0.2], [1.0, 0.0]]]
    with pytest.raises(ValueError):
        Strokes.from_json('{"a": 1}')


def test_strokes_are_drawn_as_vector_paths_on_a_reportlab_page():
    from reportlab.pdfgen.canvas import Canvas

    from desktop.reports.signature import draw_strokes

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    draw_strokes(canvas, STROKES, 100, 100, 200, 60)
    canvas.save()
    page = buffer.getvalue()
    # One path per stroke. (0.1, 0.6) from the pad's top-left corner, in a 200 x 60 box whose
    # bottom-left corner is (100, 100): x = 100 + 20, y = 100 + (1 - 0.6) * 60.
    assert b"n 120 124 m 150 148 l" in page and b"n 140 106 m 260 109 l" in page


def test_the_signature_boxes_stay_inside_the_blank_cells_of_the_signature_blocks(residence_store):
    """The visible signatures crossed the frame of the blocks: each box now sits inside its cell."""
    import datetime as dt

    from desktop.reports.meeting_documents import meeting_document
    from desktop.services import meetings as service
    from desktop.services import signing
    from desktop.services.reports import gather

    meeting = service.plan_meeting(residence_store, dt.date(2026, 3, 10))
    service.start_meeting(residence_store, meeting.id)
    for point in residence_store.agenda.points(meeting.id):
        residence_store.agenda.update_point_fields(point.id, answer="Réponse")
    service.close_meeting(residence_store, meeting.id)
    service.approve_minutes(residence_store, meeting.id, "Marie Martin", "Karim Benali")
    minutes = service.load_minutes(residence_store, meeting.id)
    pdf = meeting_document("minutes", minutes, gather(residence_store, minutes))
    from pypdf import PdfReader
    import io

    last = len(PdfReader(io.BytesIO(pdf)).pages) - 1
    name_baseline = signing._lowest_text(pdf, last)
    # The names row ends 8 pt under the names' baseline (measured on the printed page); the blank
    # row under it, where the boxes go, is 3 cm (85 pt) high.
    cell_top = name_baseline - 8
    cell_bottom = cell_top - 85
    width = 595.27
    for slot in (0, 1):
        page, (left, bottom, right, top) = signing.signature_box(pdf, slot)
        assert page == last
        assert cell_bottom <= bottom < top <= cell_top, (slot, bottom, top, cell_bottom, cell_top)
        column_left = 1.75 * 28.35 if slot == 0 else width / 2
        assert column_left <= left < right <= column_left + (width - 2 * 1.75 * 28.35) / 2
