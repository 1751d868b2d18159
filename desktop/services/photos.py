"""Photos for complaints: re-encoded without their metadata (location above all) before storing.

A phone photo carries EXIF data: the GPS position where it was taken, the device, the time. The
privacy rules say photos lose their location when attached, so every photo is decoded and written
again as a plain JPEG from its pixels only. The result is also downscaled so that a database with
many photos stays small enough to copy onto a USB key.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageOps, UnidentifiedImageError

from desktop.domain.complaints import Photo
from desktop.domain.errors import UserError
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.store import Store

MAX_FILE_BYTES = 30 * 1024 * 1024
# A few kilobytes of PNG can declare a picture of gigabytes: the size is checked from the header,
# before any pixel is decoded. 64 million pixels is above what cameras and phones save (a 50 MP
# photo is 8,160 × 6,120) and decodes in about 200 MB.
MAX_PIXELS = 64_000_000
MAX_SIDE = 2000
THUMBNAIL_SIDE = 160
JPEG_QUALITY = 85
# File name suffixes offered by the file dialog; any format Pillow reads is still accepted.
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp")


@dataclass
class PreparedPhoto:
    """A photo ready to store: clean JPEG bytes, a JPEG thumbnail and its size in pixels."""

    filename: str
    data: bytes
    thumbnail: bytes
    width: int
    height: int


def _not_an_image(filename: str) -> UserError:
    return UserError(
        tr("Photos", "“{name}” is not a photo Palier can read (JPEG, PNG, GIF, BMP, TIFF or WebP).")
        .format(name=filename)
    )


def _read_source(source: Path | str | bytes, filename: str | None) -> tuple[bytes, str]:
    """The bytes of ``source`` and the name to show, refusing files that are too big."""
    if isinstance(source, (bytes, bytearray)):
        name = filename or tr("Photos", "photo")
        raw = bytes(source)
    else:
        path = Path(source)
        name = filename or path.name
        try:
            size = path.stat().st_size
        except OSError:
            raise UserError(tr("Photos", "The file “{name}” cannot be opened.").format(name=name)) from None
        if size > MAX_FILE_BYTES:
            raise _too_big(name, size)
        try:
            raw = path.read_bytes()
        except OSError:
            raise UserError(tr("Photos", "The file “{name}” cannot be opened.").format(name=name)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise _too_big(name, len(raw))
    return raw, name


def _too_big(name: str, size: int) -> UserError:
    return UserError(
        tr("Photos", "The file “{name}” is too big ({size} MB, at most {limit} MB).").format(
            name=name, size=round(size / 1024 / 1024), limit=MAX_FILE_BYTES // 1024 // 1024
        )
    )


def _pixels_only(image: Image.Image) -> Image.Image:
    """An RGB copy holding the pixels and nothing else (no EXIF, XMP, comment or GPS)."""
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        # Transparent areas become white, as on paper, instead of black.
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    else:
        image = image.convert("RGB")
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    return clean


def _jpeg(image: Image.Image, quality: int = JPEG_QUALITY) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality, optimize=True)
    return out.getvalue()


def read_pixels(source: Path | str | bytes, filename: str | None = None) -> tuple[Image.Image, str]:
    """The picture in ``source`` as plain RGB pixels (upright, no metadata), and the name to show;
    UserError naming the file when it is not an image Palier can read or is over 30 MB."""
    raw, name = _read_source(source, filename)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit says it
            opened = Image.open(io.BytesIO(raw))
        with opened:
            width, height = opened.size
            if width * height > MAX_PIXELS:
                raise _too_many_pixels(name, width, height)
            opened.load()
            return _pixels_only(opened), name
    except Image.DecompressionBombError as error:  # Pillow's own limit, met before ours was read
        found = re.search(r"\((\d+) pixels\)", str(error))
        raise _too_many_pixels(name, int(found[1]) if found else None) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise _not_an_image(name) from None


def _too_many_pixels(name: str, width: int | None, height: int | None = None) -> UserError:
    limit = MAX_PIXELS // 1_000_000
    if width is not None and height is not None:
        return UserError(tr("Photos", "“{name}” is a picture of {width} × {height} pixels ({count} million); "
                                      "Palier takes photos of at most {limit} million pixels. Make it smaller "
                                      "first.").format(name=name, width=width, height=height,
                                                       count=round(width * height / 1_000_000), limit=limit))
    if width is not None:
        return UserError(tr("Photos", "“{name}” is a picture of {count} million pixels; Palier takes photos of "
                                      "at most {limit} million pixels. Make it smaller first.").format(
                                          name=name, count=round(width / 1_000_000), limit=limit))
    return UserError(tr("Photos", "“{name}” is a picture of too many pixels; Palier takes photos of at most "
                                  "{limit} million pixels. Make it smaller first.").format(name=name, limit=limit))


def prepare_photo(source: Path | str | bytes, filename: str | None = None) -> PreparedPhoto:
    """Decode a photo file (or its bytes) and return it cleaned, downscaled and with a thumbnail.

    The picture is turned upright from its EXIF orientation, then written again as a JPEG with no
    metadata at all, at most ``MAX_SIDE`` pixels on its long side. Raises UserError naming the
    file when it is not an image, is unreadable or is over 30 MB. Safe to call from a worker
    thread: it touches neither Qt nor the database.
    """
    image, name = read_pixels(source, filename)
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    small = image.copy()
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE), Image.Resampling.LANCZOS)
    return PreparedPhoto(
        filename=name, data=_jpeg(image), thumbnail=_jpeg(small, 80),
        width=image.width, height=image.height,
    )


def store_prepared(store: Store, complaint_id: int, prepared: list[PreparedPhoto]) -> list[Photo]:
    """Attach already prepared photos to a complaint, all in one transaction."""
    with store.atomic():
        return [
            store.photos.add(
                Photo(complaint_id=complaint_id, filename=p.filename, data=p.data, thumbnail=p.thumbnail)
            )
            for p in prepared
        ]


def attach_photo(store: Store, complaint_id: int, path: Path | str) -> Photo:
    """Prepare the photo at ``path`` and attach it to complaint ``complaint_id``."""
    return store_prepared(store, complaint_id, [prepare_photo(path)])[0]
