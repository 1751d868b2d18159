"""Photos attached to complaints, kept inside the database file."""

from __future__ import annotations

import datetime as dt

from desktop.store.database import Database

from desktop.domain.complaints import Photo
from desktop.domain.errors import NotFound
from desktop.i18n import tr
from desktop.store.sync_ids import new_id


class PhotoStore:
    """Reads and writes photos; the image bytes are prepared by ``services.photos``."""

    def __init__(self, db: Database):
        self.db = db

    def add(self, photo: Photo) -> Photo:
        """Attach a photo (already cleaned of its metadata) to its complaint."""
        photo.added_at = photo.added_at or dt.datetime.now().isoformat(timespec="seconds")
        with self.db.atomic():
            if self.db.execute("SELECT 1 FROM complaints WHERE id = ?", [photo.complaint_id]).fetchone() is None:
                raise NotFound(
                    tr("Complaint", "There is no complaint number {id}.").format(id=photo.complaint_id)
                )
            cursor = self.db.execute(
                "INSERT INTO photos (id, complaint_id, filename, data, thumbnail, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                [new_id(self.db, "photos"), photo.complaint_id, photo.filename, photo.data, photo.thumbnail, photo.added_at],
            )
            photo.id = cursor.lastrowid
        return photo

    def thumbnails(self, complaint_id: int) -> list[Photo]:
        """The photos of a complaint without their full-size bytes (for the form)."""
        rows = self.db.execute(
            "SELECT id, complaint_id, filename, thumbnail, added_at FROM photos WHERE complaint_id = ? ORDER BY id",
            [complaint_id],
        )
        return [Photo(id=r[0], complaint_id=r[1], filename=r[2], thumbnail=r[3], added_at=r[4]) for r in rows]

    def get(self, photo_id: int) -> Photo:
        """One photo with its full-size bytes."""
        r = self.db.execute(
            "SELECT id, complaint_id, filename, data, thumbnail, added_at FROM photos WHERE id = ?", [photo_id]
        ).fetchone()
        if r is None:
            raise NotFound(tr("Complaint", "This photo no longer exists."))
        return Photo(id=r[0], complaint_id=r[1], filename=r[2], data=r[3], thumbnail=r[4], added_at=r[5])

    def delete(self, photo_id: int) -> None:
        """Remove a photo."""
        with self.db.atomic():
            self.db.execute("DELETE FROM photos WHERE id = ?", [photo_id])
