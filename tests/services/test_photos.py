"""Photos are stored upright, downscaled and without any metadata (GPS above all)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from desktop.domain.complaints import Complaint
from desktop.domain.errors import UserError
from desktop.services import photos
from desktop.services.photos import attach_photo, prepare_photo

GPS_TAG = 34853
ORIENTATION_TAG = 274


def jpeg_with_gps(width: int = 400, height: int = 200, orientation: int = 1) -> bytes:
    """A JPEG as a phone writes it: camera make, orientation and a GPS position in its EXIF."""
    image = Image.new("RGB", (width, height), (200, 30, 30))
    exif = Image.Exif()
    exif[271] = "PhoneMaker"  # Make
    exif[ORIENTATION_TAG] = orientation
    exif[GPS_TAG] = {1: "N", 2: (45.0, 46.0, 12.0), 3: "E", 4: (4.0, 52.0, 48.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, comment=b"taken at 12 rue des Tilleuls")
    return out.getvalue()


def test_the_test_photo_really_has_a_gps_position():
    with Image.open(io.BytesIO(jpeg_with_gps())) as image:
        assert GPS_TAG in image.getexif()


def test_prepared_photo_has_no_exif_gps_or_comment():
    prepared = prepare_photo(jpeg_with_gps(), "lift.jpg")
    for data in (prepared.data, prepared.thumbnail):
        assert b"Exif" not in data and b"PhoneMaker" not in data and b"Tilleuls" not in data
        with Image.open(io.BytesIO(data)) as image:
            assert image.format == "JPEG"
            assert len(image.getexif()) == 0
            assert "exif" not in image.info and "comment" not in image.info and "xmp" not in image.info
    assert prepared.filename == "lift.jpg"


def test_attached_photo_bytes_in_the_store_have_no_gps(residence_store, tmp_path):
    complaint = residence_store.complaints.create(
        Complaint(title="Lift stuck", category_id=residence_store.categories.list()[0].id)
    )
    path = tmp_path / "IMG_0042.jpg"
    path.write_bytes(jpeg_with_gps())
    photo = attach_photo(residence_store, complaint.id, path)
    stored = residence_store.photos.get(photo.id)
    assert stored.filename == "IMG_0042.jpg"
    with Image.open(io.BytesIO(stored.data)) as image:
        assert GPS_TAG not in image.getexif() and len(image.getexif()) == 0
    assert b"PhoneMaker" not in stored.data
    assert [p.id for p in residence_store.photos.thumbnails(complaint.id)] == [photo.id]


def test_photo_is_turned_upright_from_its_orientation():
    # Orientation 6 means "rotate 90° clockwise to display": a landscape file shows as portrait.
    prepared = prepare_photo(jpeg_with_gps(400, 200, orientation=6), "rotated.jpg")
    assert (prepared.width, prepared.height) == (200, 400)


def test_big_photo_is_downscaled_and_thumbnail_is_small():
    prepared = prepare_photo(jpeg_with_gps(3000, 1500), "big.jpg")
    assert max(prepared.width, prepared.height) == photos.MAX_SIDE
    with Image.open(io.BytesIO(prepared.thumbnail)) as thumb:
        assert max(thumb.size) == photos.THUMBNAIL_SIDE


def test_transparent_png_becomes_white_jpeg():
    image = Image.new("RGBA", (50, 50), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    prepared = prepare_photo(out.getvalue(), "logo.png")
    with Image.open(io.BytesIO(prepared.data)) as result:
        assert result.getpixel((25, 25))[0] > 240


def test_a_file_that_is_not_an_image_is_refused_with_its_name(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("not a photo")
    with pytest.raises(UserError, match="“minutes.txt” is not a photo"):
        prepare_photo(path)


def test_a_file_too_big_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(photos, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.jpg"
    path.write_bytes(jpeg_with_gps())
    with pytest.raises(UserError, match="“huge.jpg” is too big"):
        prepare_photo(path)


def test_a_missing_file_is_refused_with_its_name(tmp_path):
    with pytest.raises(UserError, match="“gone.jpg” cannot be opened"):
        prepare_photo(tmp_path / "gone.jpg")


def _png_declaring(width: int, height: int) -> bytes:
    """A small PNG file whose header declares ``width`` × ``height`` pixels (the attack: a few
    hundred bytes that would decode into gigabytes)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit grey
    body = zlib.compress(b"\0" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


@pytest.mark.parametrize("side", [13_000, 20_000])
def test_a_picture_of_too_many_pixels_is_refused_before_decoding(tmp_path, side):
    from desktop.services import photos

    path = tmp_path / "plan.png"
    path.write_bytes(_png_declaring(side, side))
    with pytest.raises(UserError) as refused:
        photos.prepare_photo(path)
    message = refused.value.message
    assert "plan.png" in message
    assert f"{side * side // 1_000_000} million" in message
    assert "at most 64 million" in message
    assert "not a photo" not in message
