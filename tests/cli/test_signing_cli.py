"""``identity create|list|export-root``, ``report minutes --sign`` and ``verify``, run as from a terminal."""

from __future__ import annotations

import hashlib
import io
import json
import shutil

import pytest
from cryptography import x509
from pyhanko.pdf_utils.reader import PdfFileReader

from desktop.app import main
from desktop.reports.signature import INK
from desktop.services.demo import build_demo
from desktop.store import Store
from tests.reports.conftest import FIXED_NOW


SIGNED_MEETING = 9  # approved by its chair and secretary in the demo; meeting 10 is only drafted


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("signcli") / "demo.db"
    store = Store.open(path, profile="tester", now=lambda: FIXED_NOW)
    build_demo(store, complaints=60)
    store.close()
    return path


def run(capsys, db, *arguments):
    status = main(["main.py", "--db", str(db), *arguments])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A fresh copy per test: signing keeps the signed minutes in the database."""
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def two_signers(capsys, demo_db, monkeypatch):
    monkeypatch.setenv("PALIER_ROOT_PASSPHRASE", "root-of-the-residence")
    monkeypatch.setenv("PALIER_PASSPHRASE", "chair-secret")
    assert run(capsys, demo_db, "identity", "create", "--name", "Michel Muller", "--role", "chair")[0] == 0
    monkeypatch.setenv("PALIER_PASSPHRASE", "secretary-secret")
    assert run(capsys, demo_db, "identity", "create", "--name", "Nathalie Aubert", "--role", "secretary")[0] == 0
    monkeypatch.delenv("PALIER_PASSPHRASE")
    monkeypatch.setenv("PALIER_PASSPHRASE_MICHEL_MULLER", "chair-secret")
    monkeypatch.setenv("PALIER_PASSPHRASE_NATHALIE_AUBERT", "secretary-secret")


def sign(capsys, db, out, *extra, meeting=SIGNED_MEETING):
    return run(capsys, db, "report", "minutes", "--meeting", str(meeting), "--sign", "--signer", "Michel Muller",
               "--signer", "Nathalie Aubert", "--out", str(out), *extra)


def test_identities_are_created_listed_and_the_root_exported(capsys, demo_db, two_signers, tmp_path):
    status, said, _err = run(capsys, demo_db, "identity", "list")
    assert status == 0
    assert said.index("Michel Muller (chair)") < said.index("Nathalie Aubert (secretary)")
    root = tmp_path / "root.pem"
    status, said, _err = run(capsys, demo_db, "identity", "export-root", str(root))
    assert status == 0 and str(root) in said
    certificate = x509.load_pem_x509_certificate(root.read_bytes())
    assert certificate.issuer == certificate.subject  # self-signed: the residence's root
    assert "Les Tilleuls" in certificate.subject.rfc4514_string()


def test_without_a_passphrase_identity_create_says_how_to_give_one(capsys, demo_db, monkeypatch):
    monkeypatch.delenv("PALIER_PASSPHRASE", raising=False)
    status, _said, err = run(capsys, demo_db, "identity", "create", "--name", "Paul", "--role", "chair")
    assert status == 2
    assert "PALIER_PASSPHRASE" in err and "Traceback" not in err


def test_signed_minutes_verify_and_say_which_meeting(capsys, demo_db, two_signers, tmp_path):
    out = tmp_path / "signed.pdf"
    status, said, err = sign(capsys, demo_db, out)
    assert status == 0, err
    assert str(out) in said
    status, said, err = run(capsys, demo_db, "verify", str(out))
    assert status == 0, err
    assert "meeting 9" in said and "Michel Muller" in said and "Nathalie Aubert" in said
    assert "identical, byte for byte, to the copy kept" in said
    status, said, _err = run(capsys, demo_db, "verify", str(out), "--json")
    answer = json.loads(said)
    assert status == 0 and answer["valid"] and answer["meeting"] == 9 and answer["kept_copy"]
    assert [s["signer"] for s in answer["signatures"]] == ["Michel Muller", "Nathalie Aubert"]


def test_one_byte_changed_makes_verify_fail_with_the_reason(capsys, demo_db, two_signers, tmp_path):
    out = tmp_path / "signed.pdf"
    assert sign(capsys, demo_db, out)[0] == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0x01
    out.write_bytes(bytes(data))
    status, _said, err = run(capsys, demo_db, "verify", str(out))
    assert status == 2
    assert "is not valid" in err and "Traceback" not in err


def test_unsigned_minutes_do_not_verify(capsys, demo_db, tmp_path):
    out = tmp_path / "plain.pdf"
    assert run(capsys, demo_db, "report", "minutes", "--meeting", "9", "--out", str(out))[0] == 0
    status, _said, err = run(capsys, demo_db, "verify", str(out))
    assert status == 2 and "no signature" in err


def test_a_wrong_passphrase_is_a_sentence_and_writes_nothing(capsys, demo_db, two_signers, tmp_path, monkeypatch):
    monkeypatch.setenv("PALIER_PASSPHRASE_NATHALIE_AUBERT", "not-the-right-one")
    out = tmp_path / "signed.pdf"
    status, _said, err = sign(capsys, demo_db, out)
    assert status == 2
    assert "passphrase of Nathalie Aubert is wrong" in err and "Traceback" not in err
    assert not out.exists()


def test_an_unknown_signer_and_a_document_that_is_not_the_minutes_are_refused(capsys, demo_db, two_signers,
                                                                              tmp_path):
    status, _said, err = run(capsys, demo_db, "report", "minutes", "--meeting", "9", "--sign", "--signer",
                             "Nobody", "--out", str(tmp_path / "m.pdf"))
    assert status == 2 and "Nobody" in err
    status, _said, err = run(capsys, demo_db, "report", "agenda", "--meeting", "10", "--sign",
                             "--out", str(tmp_path / "a.pdf"))
    assert status == 2 and "Only the minutes" in err


def test_the_signed_minutes_are_kept_and_reprinting_gives_the_same_bytes(capsys, demo_db, two_signers, tmp_path,
                                                                        monkeypatch):
    first, again = tmp_path / "first.pdf", tmp_path / "again.pdf"
    assert sign(capsys, demo_db, first)[0] == 0
    monkeypatch.delenv("PALIER_PASSPHRASE_MICHEL_MULLER")  # no passphrase needed: nothing is signed again
    status, said, err = sign(capsys, demo_db, again)
    assert status == 0, err
    assert "copy kept" in said
    assert again.read_bytes() == first.read_bytes()
    store = Store.open(demo_db, profile="tester")
    try:
        kept = store.meetings.signed_minutes(SIGNED_MEETING)
    finally:
        store.close()
    assert kept.pdf == first.read_bytes()
    assert kept.signers == "Michel Muller, Nathalie Aubert"
    assert kept.sha256 == hashlib.sha256(kept.pdf).hexdigest()


def test_minutes_not_yet_approved_cannot_be_signed(capsys, demo_db, two_signers, tmp_path):
    status, _said, err = sign(capsys, demo_db, tmp_path / "draft.pdf", meeting=10)
    assert status == 2
    assert "not approved yet" in err
    assert not (tmp_path / "draft.pdf").exists()


def test_by_default_the_chair_then_the_secretary_sign(capsys, demo_db, tmp_path, monkeypatch):
    monkeypatch.setenv("PALIER_ROOT_PASSPHRASE", "root-of-the-residence")
    monkeypatch.setenv("PALIER_PASSPHRASE", "same-for-both")
    for name in ("Michel Muller", "Nathalie Aubert"):  # meeting 9's chair and secretary in the demo
        assert run(capsys, demo_db, "identity", "create", "--name", name)[0] == 0
    out = tmp_path / "m.pdf"
    status, _said, err = run(capsys, demo_db, "report", "minutes", "--meeting", "9", "--sign", "--out", str(out))
    assert status == 0, err
    status, said, _err = run(capsys, demo_db, "verify", str(out), "--json")
    assert status == 0
    assert [s["signer"] for s in json.loads(said)["signatures"]] == ["Michel Muller", "Nathalie Aubert"]


def test_a_handwritten_signature_kept_for_a_signer_is_drawn_in_their_box(capsys, demo_db, two_signers, tmp_path):
    strokes = tmp_path / "strokes.json"
    strokes.write_text("[[[0.1, 0.5], [0.3, 0.2], [0.6, 0.8]], [[0.2, 0.9], [0.8, 0.9]]]", encoding="utf-8")
    status, said, err = run(capsys, demo_db, "identity", "signature", "--name", "Michel Muller", "--strokes",
                            str(strokes))
    assert status == 0, err
    assert "2 strokes" in said
    out = tmp_path / "signed.pdf"
    assert sign(capsys, demo_db, out)[0] == 0
    reader = PdfFileReader(io.BytesIO(out.read_bytes()))
    widgets = {a.get_object()["/T"]: a.get_object() for a in reader.root["/Pages"]["/Kids"][-1].get_object()["/Annots"]}
    ink = {}
    for field in ("Signature1", "Signature2"):
        resources = widgets[field]["/AP"]["/N"].get_object()["/Resources"]
        (image,) = [x.get_object() for x in resources["/XObject"].values()]
        ink[field] = image.data.count(bytes(INK))  # raw RGB pixels of the pen's colour
    assert ink["Signature1"] > 1000  # Michel Muller's strokes are drawn in her box
    assert ink["Signature2"] == 0  # Nathalie Aubert kept none: his box holds only his name and the time
    strokes.write_text('{"not": "strokes"}', encoding="utf-8")
    status, _said, err = run(capsys, demo_db, "identity", "signature", "--name", "Michel Muller", "--strokes",
                             str(strokes))
    assert status == 2 and "does not hold strokes" in err
