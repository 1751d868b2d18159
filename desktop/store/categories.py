"""The editable list of complaint categories."""

from __future__ import annotations

from desktop.store.database import Database

from desktop.domain.complaints import Category, looks_like_disturbance
from desktop.domain.errors import InvalidValue, UserError
from desktop.domain.text import composed
from desktop.i18n import counted, tr
from desktop.store.sync_ids import new_id


class CategoryStore:
    """Reads and writes complaint categories."""

    def __init__(self, db: Database):
        self.db = db

    def list(self) -> list[Category]:
        """Categories in their display order."""
        rows = self.db.execute("SELECT id, name, position, disturbance FROM categories ORDER BY position, name")
        return [Category(id=r[0], name=r[1], position=r[2], disturbance=bool(r[3])) for r in rows]

    def disturbance_ids(self) -> set[int]:
        """The ids of the categories that are neighbourhood disturbances."""
        return {r[0] for r in self.db.execute("SELECT id FROM categories WHERE disturbance = 1")}

    def set_disturbance(self, category_id: int, disturbance: bool) -> None:
        """Say whether a category is a neighbourhood disturbance (its homes are never posted)."""
        with self.db.atomic():
            self.db.execute("UPDATE categories SET disturbance = ? WHERE id = ?", [int(bool(disturbance)), category_id])

    def by_name(self) -> dict[str, int]:
        """``{lower-cased name: id}``, for matching imported values."""
        return {c.name.casefold(): c.id for c in self.list()}

    def save(self, category: Category) -> Category:
        """Insert or rename a category; names are unique whatever their case."""
        name = composed(category.name.strip())
        if not name:
            raise InvalidValue(tr("Category", "A category needs a name."))
        # Compared in Python: SQLite's NOCASE folds ASCII letters only ("Électricité" ≠ "électricité").
        clash = any(other.id != category.id and other.name.casefold() == name.casefold()
                    for other in self.list())
        if clash:
            raise InvalidValue(tr("Category", "There is already a category “{name}”.").format(name=name))
        with self.db.atomic():
            if category.id is None:
                position = self.db.execute(
                    "SELECT coalesce(max(position), -1) + 1 FROM categories"
                ).fetchone()[0]
                # A new category named like a disturbance ("Troubles de voisinage") is one.
                category.disturbance = category.disturbance or looks_like_disturbance(name)
                cursor = self.db.execute(
                    "INSERT INTO categories (id, name, position, disturbance) VALUES (?, ?, ?, ?)",
                    [new_id(self.db, "categories"), name, position, int(category.disturbance)]
                )
                category.id, category.position = cursor.lastrowid, position
            else:
                self.db.execute("UPDATE categories SET name = ? WHERE id = ?", [name, category.id])
        category.name = name
        return category

    def ensure(self, name: str) -> int:
        """The id of the category called ``name``, created when it does not exist yet."""
        existing = self.by_name().get(name.strip().casefold())
        if existing is not None:
            return existing
        return self.save(Category(name=name)).id

    def delete(self, category_id: int) -> None:
        """Remove a category that no complaint uses."""
        with self.db.atomic():
            used = self.db.execute(
                "SELECT count(*) FROM complaints WHERE category_id = ?", [category_id]
            ).fetchone()[0]
            if used:
                raise UserError(
                    counted(used, tr("Category", "1 complaint uses this category; it cannot be removed."),
                            tr("Category", "{count} complaints use this category; it cannot be removed."))
                )
            self.db.execute("DELETE FROM categories WHERE id = ?", [category_id])

    def usage_counts(self) -> dict[int, int]:
        """``{category id: number of complaints in it}``; unused categories are left out."""
        return dict(self.db.execute(
            "SELECT category_id, count(*) FROM complaints GROUP BY category_id"
        ).fetchall())
