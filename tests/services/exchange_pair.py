"""Two paired computers for the exchange tests: the office (the first) and the laptop (its copy)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from desktop.domain.complaints import Complaint
from desktop.domain.places import PlaceRef, Residence, ResidencePlan
from desktop.services import exchange
from desktop.store import Store

NOW = dt.datetime(2026, 3, 12, 10, 30, 0)


@dataclass
class Pair:
    office: Store
    laptop: Store
    folder: Path
    files: int = 0

    def send(self, source: Store, target: Store):
        """``source`` writes a file, ``target`` reads it; returns the import result."""
        return exchange.import_file(target, self.write(source))

    def write(self, source: Store) -> Path:
        self.files += 1
        path = self.folder / f"exchange-{self.files}.palier"
        exchange.export(source, path)
        return path

    def both_ways(self) -> None:
        self.send(self.laptop, self.office)
        self.send(self.office, self.laptop)

    def close(self) -> None:
        self.office.close()
        self.laptop.close()


def make_residence(store: Store) -> None:
    store.places.create_from_plan(ResidencePlan(
        Residence(name="Les Tilleuls", city="Villeurbanne", landlord="Habitat Rhône"),
        [("Bâtiment A", ["Entrée 1", "Entrée 2"]), ("Bâtiment B", ["Entrée 3"])]))


def pair(tmp_path: Path, complaints: int = 3) -> Pair:
    office = Store.open(tmp_path / "office.db", profile="gardien", now=lambda: NOW)
    make_residence(office)
    for number in range(complaints):
        add_complaint(office, f"Ascenseur en panne {number + 1}")
    exchange.copy_for_partner(office, tmp_path / "laptop.db")
    laptop = Store.open(tmp_path / "laptop.db", profile="representant", now=lambda: NOW)
    folder = tmp_path / "usb"
    folder.mkdir()
    return Pair(office, laptop, folder)


def add_complaint(store: Store, title: str, category: str = "Lift") -> Complaint:
    entrance = store.places.entrances()[0]
    return store.complaints.create(Complaint(
        title=title, category_id=store.categories.by_name()[category.casefold()],
        place=PlaceRef(entrance_id=entrance.id), opened_on=dt.date(2026, 2, 1)))


def jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


CONTENT = ("residences", "buildings", "entrances", "homes", "people", "person_entrances", "categories",
           "complaints", "complaint_history", "photos", "liaison_forms", "meetings", "invitations",
           "agenda_points", "agenda_point_complaints", "agenda_point_forms", "commitments",
           "commitment_history", "amendments", "handwritten_signatures", "signed_minutes", "audit")


def content(store: Store) -> dict:
    """Every row of the exchanged tables, to compare two computers."""
    return {table: store.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in CONTENT}
