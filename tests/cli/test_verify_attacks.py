"""``verify`` says "valid" only for the minutes of record, signed by the chair and the secretary,
with nothing visible added after, every certificate issued by the residence's root.

Each test is an attack someone holding an identity of the residence could try.
"""

from __future__ import annotations

import copy
import io
import shutil
import subprocess

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfgen.canvas import Canvas

from desktop.reports.minutes import fingerprint, minutes_pdf
from desktop.services import identities, signing
from desktop.services.meetings import load_minutes
from desktop.services.reports import gather
from desktop.store import Store
from tests.cli.test_signing_cli import demo_db, demo_template, run  # noqa: F401 - shared fixtures

MEETING = 9
CHAIR, SECRETARY = "Michel Muller", "Nathalie Aubert"  # meeting 9's chair and secretary in the demo
ROOT_PASSPHRASE = "root-of-the-residence"


@pytest.fixture
def signers(capsys, demo_db, monkeypatch):  # noqa: F811
    """The chair, the secretary and a third member of the residence, each with an identity."""
    monkeypatch.setenv("PALIER_ROOT_PASSPHRASE", ROOT_PASSPHRASE)
    for name, role in ((CHAIR, "chair"), (SECRETARY, "secretary"), ("Paul Intrus", "member")):
        monkeypatch.setenv("PALIER_PASSPHRASE", f"passphrase of {name}")
        assert run(capsys, demo_db, "identity", "create", "--name", name, "--role", role)[0] == 0
    monkeypatch.delenv("PALIER_PASSPHRASE")
    for name in (CHAIR, SECRETARY):
        monkeypatch.setenv("PALIER_PASSPHRASE_" + identities.slug(name).upper().replace("-", "_"),
                           f"passphrase of {name}")


def sign_as(pdf: bytes, *names: str) -> bytes:
    """``pdf`` signed by each named identity in turn, as pyHanko does for Palier."""
    for slot, name in enumerate(names):
        pdf = signing.sign_pdf(pdf, identities.find_identity(name), f"passphrase of {name}",
                               f"Signature{slot + 1}", None, slot)
    return pdf


def plain_minutes(db) -> bytes:
    """The unsigned minutes of meeting 9 exactly as Palier prints them before signing."""
    store = Store.open(db)
    try:
        minutes = load_minutes(store, MEETING)
        context = copy.copy(gather(store, minutes))
    finally:
        store.close()
    context.handwritten = {}
    return minutes_pdf(minutes, context)


def genuine(capsys, db, tmp_path) -> bytes:
    out = tmp_path / "genuine.pdf"
    status, _said, err = run(capsys, db, "report", "minutes", "--meeting", str(MEETING), "--sign", "--out", str(out))
    assert status == 0, err
    return out.read_bytes()


def verify(capsys, db, tmp_path, data: bytes):
    path = tmp_path / "to-check.pdf"
    path.write_bytes(data)
    return run(capsys, db, "verify", str(path))


def test_the_genuine_minutes_signed_by_the_chair_and_the_secretary_are_valid_for_verify_and_pdfsig(
        capsys, demo_db, signers, tmp_path):  # noqa: F811
    data = genuine(capsys, demo_db, tmp_path)
    status, said, err = verify(capsys, demo_db, tmp_path, data)
    assert status == 0, err
    assert "valid: the signed minutes of meeting 9" in said
    assert CHAIR in said and SECRETARY in said
    pdfsig = shutil.which("pdfsig")
    assert pdfsig, "poppler-utils (pdfsig) is needed"
    said = subprocess.run([pdfsig, str(tmp_path / "to-check.pdf")], capture_output=True, text=True,
                          check=False).stdout
    assert said.count("Signature is Valid.") == 2, said


def test_a_made_up_page_carrying_the_right_fingerprint_is_not_the_minutes(capsys, demo_db, signers,
                                                                          tmp_path):  # noqa: F811
    store = Store.open(demo_db)
    try:
        printed = fingerprint(load_minutes(store, MEETING))
    finally:
        store.close()
    buffer = io.BytesIO()
    page = Canvas(buffer)
    page.drawString(72, 700, "The landlord promised nothing. The meeting is over.")
    page.drawString(72, 40, f"Fingerprint: {printed}")
    page.save()
    forged = sign_as(buffer.getvalue(), CHAIR, SECRETARY)
    status, said, err = verify(capsys, demo_db, tmp_path, forged)
    assert status == 2
    assert "is valid" not in said
    assert "not the minutes of meeting 9 held in this database" in err


def test_the_real_minutes_with_the_secretary_signature_cut_off_are_not_valid(capsys, demo_db, signers,
                                                                             tmp_path):  # noqa: F811
    data = genuine(capsys, demo_db, tmp_path)
    first = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
    start, length = first.byte_range[2], first.byte_range[3]
    cut = data[:start + length]  # the file as it was after the chair signed
    status, said, err = verify(capsys, demo_db, tmp_path, cut)
    assert status == 2
    assert "is valid" not in said
    assert f"the secretary ({SECRETARY}) did not sign" in err


def test_the_real_minutes_signed_by_someone_else_are_not_valid(capsys, demo_db, signers, tmp_path):  # noqa: F811
    status, said, err = verify(capsys, demo_db, tmp_path, sign_as(plain_minutes(demo_db), "Paul Intrus"))
    assert status == 2
    assert "is valid" not in said
    assert "Paul Intrus is neither the chair nor the secretary" in err
    assert f"the chair ({CHAIR}) did not sign" in err and f"the secretary ({SECRETARY}) did not sign" in err
    # Nor may a third signature be added to genuine minutes.
    extra = signing.sign_pdf(genuine(capsys, demo_db, tmp_path), identities.find_identity("Paul Intrus"),
                             "passphrase of Paul Intrus", "Signature3", None, 0)
    status, _said, err = verify(capsys, demo_db, tmp_path, extra)
    assert status == 2 and "Paul Intrus is neither the chair nor the secretary" in err


def test_signing_the_minutes_in_someone_else_name_is_refused_before_any_passphrase(capsys, demo_db, signers,
                                                                                  tmp_path):  # noqa: F811
    out = tmp_path / "m.pdf"
    status, _said, err = run(capsys, demo_db, "report", "minutes", "--meeting", str(MEETING), "--sign",
                             "--signer", CHAIR, "--signer", "Paul Intrus", "--out", str(out))
    assert status == 2
    assert "Paul Intrus is neither the chair nor the secretary" in err
    assert not out.exists()
    status, _said, err = run(capsys, demo_db, "report", "minutes", "--meeting", str(MEETING), "--sign",
                             "--signer", CHAIR, "--out", str(out))
    assert status == 2 and f"the secretary ({SECRETARY})" in err and not out.exists()


def _with_a_note(pdf: bytes, words: str) -> bytes:
    """``pdf`` with a visible note on its first page, added as an incremental update."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    note = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (72, 600, 400, 640)]),
        generic.NameObject("/Contents"): generic.TextStringObject(words),
        generic.NameObject("/DA"): generic.TextStringObject("/Helv 14 Tf 0 g"),
    }))
    annotations = page.get("/Annots", generic.ArrayObject())
    annotations = generic.ArrayObject(list(annotations.get_object()) if annotations else [])
    annotations.append(note)
    page[generic.NameObject("/Annots")] = annotations
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_visible_note_added_after_or_between_the_signatures_is_not_valid(capsys, demo_db, signers,
                                                                          tmp_path):  # noqa: F811
    after = _with_a_note(genuine(capsys, demo_db, tmp_path), "Point 4: the landlord will pay everything.")
    status, _said, err = verify(capsys, demo_db, tmp_path, after)
    assert status == 2 and "changed after the last signature" in err
    chair_only = sign_as(plain_minutes(demo_db), CHAIR)
    between = signing.sign_pdf(_with_a_note(chair_only, "Approved without reservation."),
                               identities.find_identity(SECRETARY), f"passphrase of {SECRETARY}",
                               "Signature2", None, 1)
    status, said, err = verify(capsys, demo_db, tmp_path, between)
    assert status == 2
    assert "is valid" not in said
    assert "in a way that alters what a reader sees" in err
