"""The strokes signed on the pad at the approval, drawn on the minutes; the residence's logo."""

from __future__ import annotations

import io
import sqlite3

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop.domain.errors import UserError
from desktop.domain.signature import Strokes
from desktop.reports.meeting_documents import meeting_document
from desktop.services import identities, logo, signing, verdict
from desktop.services.meetings import approve_minutes, load_minutes
from desktop.services.reports import gather
from desktop.store import Store
from tests.reports.conftest import FIXED_NOW

ROOT = "root-passphrase"  # the residence root's own passphrase

DRAFTED = 10  # the demo's meeting whose minutes are drafted, not yet approved
CHAIR = Strokes.of([[(0.1, 0.6), (0.3, 0.2), (0.5, 0.7), (0.9, 0.4)]])
SECRETARY = Strokes.of([[(0.2, 0.8), (0.4, 0.1)], [(0.5, 0.5), (0.8, 0.5)]])
INK = b".078431 .156863 .431373 RG"  # the pad's blue, as reportlab writes it


@pytest.fixture
def store(demo_store, tmp_path):
    """A writable copy of the module's demo."""
    path = tmp_path / "copy.db"
    target = sqlite3.connect(path)
    demo_store.db.conn.backup(target)
    target.close()
    opened = Store.open(path, profile="tester", now=lambda: FIXED_NOW)
    yield opened
    opened.close()


def _approve(store, handwritten):
    return approve_minutes(store, DRAFTED, "Michel Muller", "Sylvie Perrin", handwritten=handwritten)


def _pages_content(data: bytes) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(io.BytesIO(data)).pages]


def _document(store, kind: str) -> bytes:
    minutes = load_minutes(store, DRAFTED)
    return meeting_document(kind, minutes, gather(store, minutes))


def test_the_strokes_signed_at_the_approval_are_kept_and_drawn_in_the_signature_blocks(store):
    before = _document(store, "minutes")
    _approve(store, {"chair": CHAIR, "secretary": SECRETARY})
    assert store.meetings.handwritten(DRAFTED) == {"chair": CHAIR, "secretary": SECRETARY}
    pages = _pages_content(_document(store, "minutes"))
    assert INK in pages[-1]  # drawn on the last page, where the signature blocks are
    assert not any(INK in page for page in _pages_content(before))
    # Reprinted, the approved minutes give the same bytes.
    assert _document(store, "minutes") == _document(store, "minutes")


def test_the_posting_version_shows_the_names_but_not_the_handwritten_signatures(store):
    _approve(store, {"chair": CHAIR, "secretary": SECRETARY})
    posting = _document(store, "posting")
    assert not any(INK in page for page in _pages_content(posting))
    assert "Michel Muller" in "".join(p.extract_text() for p in PdfReader(io.BytesIO(posting)).pages)


def test_a_pad_left_empty_leaves_the_block_blank_to_sign_on_paper(store):
    _approve(store, {"chair": CHAIR, "secretary": Strokes()})
    assert list(store.meetings.handwritten(DRAFTED)) == ["chair"]


def test_a_refused_approval_keeps_no_signature(store):
    with pytest.raises(UserError):
        approve_minutes(store, DRAFTED, "", "Sylvie Perrin", handwritten={"chair": CHAIR})
    assert store.meetings.handwritten(DRAFTED) == {}
    assert not store.meetings.get(DRAFTED).status.is_locked


def test_a_kept_handwritten_signature_cannot_be_changed(store):
    _approve(store, {"chair": CHAIR})
    with pytest.raises(sqlite3.DatabaseError, match="kept as given"):
        store.db.execute("UPDATE handwritten_signatures SET strokes = '[]'")


def test_digitally_signed_minutes_show_each_signature_once_in_its_box(store):
    _approve(store, {"chair": CHAIR, "secretary": SECRETARY})
    chair = identities.create_identity("Michel Muller", "Président", "secret-chair", "Les Tilleuls",
                                          root_passphrase=ROOT)
    secretary = identities.create_identity("Sylvie Perrin", "Secrétaire", "secret-secretary", "Les Tilleuls",
                                          root_passphrase=ROOT)
    minutes = load_minutes(store, DRAFTED)
    context = gather(store, minutes)
    assert signing.strokes_for(chair, minutes, context.handwritten) == CHAIR
    signed = signing.sign_minutes(minutes, context, [(chair, "secret-chair"), (secretary, "secret-secretary")])
    # The page drawn under the signature carries no ink of its own: the stamp shows the strokes.
    reader = PdfReader(io.BytesIO(signed))
    assert INK not in reader.pages[-1].get_contents().get_data()
    result = verdict.verify_minutes(store, signed)
    assert result.ok, result.problems
    assert [s.signer for s in result.signatures] == ["Michel Muller", "Sylvie Perrin"]


def _png(size=(400, 200), colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def _images_on_first_page(data: bytes) -> list:
    page = PdfReader(io.BytesIO(data)).pages[0]
    objects = page["/Resources"].get("/XObject", {})
    return [o.get_object() for o in objects.values() if o.get_object()["/Subtype"] == "/Image"]


def test_the_residence_logo_is_printed_in_every_letterhead(store, tmp_path):
    assert _images_on_first_page(_document(store, "agenda")) == []
    picture = tmp_path / "logo.png"
    picture.write_bytes(_png((1600, 800)))
    kept = logo.set_residence_logo(store, picture)
    assert Image.open(io.BytesIO(kept)).size == (600, 300)  # made small enough to keep in the file
    for kind in ("agenda", "attendance", "minutes", "posting"):
        images = _images_on_first_page(_document(store, kind))
        assert [i["/Width"] for i in images] == [600], kind
    assert store.audit.list(1)[0].subject == "residence"
    logo.set_residence_logo(store, None)
    assert _images_on_first_page(_document(store, "minutes")) == []


def test_a_file_that_is_not_a_picture_is_refused_and_the_logo_kept(store, tmp_path):
    logo.set_residence_logo(store, _png(), "logo.png")
    wrong = tmp_path / "notes.txt"
    wrong.write_text("not a picture", encoding="utf-8")
    with pytest.raises(UserError, match="notes.txt"):
        logo.set_residence_logo(store, wrong)
    assert logo.residence_logo(store) is not None
