"""The residence's logo, printed in the letterhead of every document.

The picture is decoded and written again as a small PNG from its pixels only (no metadata), at
most ``MAX_SIDE`` pixels wide, and kept inside the database with the other settings, so that a
backup or a copy of the file carries it and documents print the same on every computer.
"""

from __future__ import annotations

import base64
import binascii
import io
from pathlib import Path

from PIL import Image

from desktop.services.photos import read_pixels

LOGO_KEY = "residence_logo"
MAX_SIDE = 600


def prepare_logo(source: Path | str | bytes, filename: str | None = None) -> bytes:
    """The PNG bytes to keep for the picture ``source``; UserError naming the file when it is not
    an image Palier can read or is too big. Touches neither Qt nor the database."""
    image, _name = read_pixels(source, filename)
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def set_residence_logo(store, source: Path | str | bytes | None, filename: str | None = None) -> bytes | None:
    """Keep ``source`` as the residence's logo (None removes it); returns the PNG kept."""
    if source is None:
        with store.atomic():
            store.audit.set_setting(LOGO_KEY, "")
            store.audit.record("changed", "residence", None, "logo removed")
        return None
    data = prepare_logo(source, filename)
    with store.atomic():
        store.audit.set_setting(LOGO_KEY, base64.b64encode(data).decode("ascii"))
        store.audit.record("changed", "residence", None, "logo")
    return data


def residence_logo(store) -> bytes | None:
    """The residence's logo as PNG bytes, or None when there is none (or it cannot be read)."""
    kept = store.audit.setting(LOGO_KEY, "")
    if not kept:
        return None
    try:
        return base64.b64decode(kept, validate=True)
    except (binascii.Error, ValueError):
        return None

