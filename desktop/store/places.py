"""Residences, buildings, entrances, homes and common areas."""

from __future__ import annotations

from desktop.store.database import Database

from desktop.domain.errors import InvalidValue, NotFound, UserError
from desktop.domain.places import (
    Building,
    CommonArea,
    CommonAreaKind,
    Entrance,
    Home,
    PlaceRef,
    Residence,
    ResidencePlan,
)
from desktop.i18n import counted, tr
from desktop.store.sync_ids import new_id

SEPARATOR = " › "


def _need_name(name: str, what: str) -> str:
    name = (name or "").strip()
    if not name:
        raise InvalidValue(tr("Place", "The {what} needs a name.").format(what=what))
    return name


class PlaceStore:
    """Reads and writes the places of the residence."""

    def __init__(self, db: Database):
        self.db = db

    # Residences ---------------------------------------------------------------------------
    def residences(self) -> list[Residence]:
        """Every residence, in creation order."""
        rows = self.db.execute("SELECT id, name, address, city, landlord FROM residences ORDER BY id")
        return [Residence(id=r[0], name=r[1], address=r[2], city=r[3], landlord=r[4]) for r in rows]

    def first_residence(self) -> Residence | None:
        """The residence this file is about, or None before the first-run wizard."""
        found = self.residences()
        return found[0] if found else None

    def save_residence(self, residence: Residence) -> Residence:
        """Insert or update ``residence``."""
        name = _need_name(residence.name, tr("Place", "residence"))
        values = [name, residence.address, residence.city, residence.landlord]
        with self.db.atomic():
            if residence.id is None:
                cursor = self.db.execute(
                    "INSERT INTO residences (id, name, address, city, landlord) VALUES (?, ?, ?, ?, ?)",
                    [new_id(self.db, "residences"), *values]
                )
                residence.id = cursor.lastrowid
            else:
                self.db.execute(
                    "UPDATE residences SET name=?, address=?, city=?, landlord=? WHERE id=?",
                    [*values, residence.id],
                )
        residence.name = name
        return residence

    def create_from_plan(self, plan: ResidencePlan) -> Residence:
        """Create a residence with its buildings and entrances in one transaction."""
        with self.db.atomic():
            residence = self.save_residence(plan.residence)
            for building_name, entrance_names in plan.buildings:
                building = self.save_building(Building(name=building_name, residence_id=residence.id))
                for entrance_name in entrance_names:
                    self.save_entrance(Entrance(name=entrance_name, building_id=building.id))
        return residence

    # Buildings ----------------------------------------------------------------------------
    def buildings(self) -> list[Building]:
        """Every building, by name."""
        rows = self.db.execute(
            "SELECT id, residence_id, name, address FROM buildings ORDER BY name COLLATE palier_natural, id"
        )
        return [Building(id=r[0], residence_id=r[1], name=r[2], address=r[3]) for r in rows]

    def save_building(self, building: Building) -> Building:
        """Insert or update ``building`` (attached to the first residence when none is given)."""
        name = _need_name(building.name, tr("Place", "building"))
        with self.db.atomic():
            if building.residence_id is None:
                residence = self.first_residence()
                if residence is None:
                    raise UserError(tr("Place", "Create the residence before its buildings."))
                building.residence_id = residence.id
            if building.id is None:
                cursor = self.db.execute(
                    "INSERT INTO buildings (id, residence_id, name, address) VALUES (?, ?, ?, ?)",
                    [new_id(self.db, "buildings"), building.residence_id, name, building.address],
                )
                building.id = cursor.lastrowid
            else:
                self.db.execute(
                    "UPDATE buildings SET name=?, address=? WHERE id=?",
                    [name, building.address, building.id],
                )
                self._refresh_labels("building_id", building.id)
        building.name = name
        return building

    # Entrances ----------------------------------------------------------------------------
    def entrances(self, building_id: int | None = None) -> list[Entrance]:
        """Entrances (of one building, or all), ordered by building then name."""
        sql = (
            "SELECT e.id, e.building_id, e.name, b.name FROM entrances e "
            "JOIN buildings b ON b.id = e.building_id"
        )
        params: list = []
        if building_id is not None:
            sql += " WHERE e.building_id = ?"
            params.append(building_id)
        sql += " ORDER BY b.name COLLATE palier_natural, e.name COLLATE palier_natural, e.id"
        return [
            Entrance(id=r[0], building_id=r[1], name=r[2], building_name=r[3])
            for r in self.db.execute(sql, params)
        ]

    def entrance(self, entrance_id: int) -> Entrance:
        """One entrance; NotFound when it does not exist."""
        for entrance in self.entrances():
            if entrance.id == entrance_id:
                return entrance
        raise NotFound(tr("Place", "There is no entrance number {id}.").format(id=entrance_id))

    def save_entrance(self, entrance: Entrance) -> Entrance:
        """Insert or update ``entrance``."""
        name = _need_name(entrance.name, tr("Place", "entrance"))
        if entrance.building_id is None:
            raise InvalidValue(tr("Place", "Choose the building of the entrance."))
        with self.db.atomic():
            if entrance.id is None:
                cursor = self.db.execute(
                    "INSERT INTO entrances (id, building_id, name) VALUES (?, ?, ?)",
                    [new_id(self.db, "entrances"), entrance.building_id, name],
                )
                entrance.id = cursor.lastrowid
            else:
                self.db.execute(
                    "UPDATE entrances SET building_id=?, name=? WHERE id=?",
                    [entrance.building_id, name, entrance.id],
                )
                self._refresh_labels("entrance_id", entrance.id)
        entrance.name = name
        return entrance

    # Homes --------------------------------------------------------------------------------
    def homes(self, entrance_id: int) -> list[Home]:
        """The homes of an entrance, by floor then number."""
        rows = self.db.execute(
            "SELECT id, entrance_id, floor, number FROM homes WHERE entrance_id = ? "
            "ORDER BY floor, number COLLATE palier_natural",
            [entrance_id],
        )
        return [Home(id=r[0], entrance_id=r[1], floor=r[2], number=r[3]) for r in rows]

    def home_count(self) -> int:
        """How many homes the residence has."""
        return self.db.execute("SELECT count(*) FROM homes").fetchone()[0]

    def save_home(self, home: Home) -> Home:
        """Insert or update ``home``."""
        number = _need_name(home.number, tr("Place", "home"))
        if home.entrance_id is None:
            raise InvalidValue(tr("Place", "Choose the entrance of the home."))
        with self.db.atomic():
            if home.id is None:
                cursor = self.db.execute(
                    "INSERT INTO homes (id, entrance_id, floor, number) VALUES (?, ?, ?, ?)",
                    [new_id(self.db, "homes"), home.entrance_id, home.floor, number],
                )
                home.id = cursor.lastrowid
            else:
                self.db.execute(
                    "UPDATE homes SET entrance_id=?, floor=?, number=? WHERE id=?",
                    [home.entrance_id, home.floor, number, home.id],
                )
                self._refresh_labels("home_id", home.id)
        home.number = number
        return home

    # Common areas -------------------------------------------------------------------------
    def common_areas(self) -> list[CommonArea]:
        """Every common area."""
        rows = self.db.execute(
            "SELECT id, kind, name, residence_id, building_id, entrance_id FROM common_areas "
            "ORDER BY building_id, entrance_id, name COLLATE palier_natural"
        )
        return [
            CommonArea(
                id=r[0], kind=CommonAreaKind(r[1]), name=r[2], residence_id=r[3],
                building_id=r[4], entrance_id=r[5],
            )
            for r in rows
        ]

    def save_common_area(self, area: CommonArea) -> CommonArea:
        """Insert or update a common area; its building follows from its entrance."""
        name = _need_name(area.name, tr("Place", "common area"))
        with self.db.atomic():
            if area.entrance_id is not None:
                row = self.db.execute(
                    "SELECT building_id FROM entrances WHERE id = ?", [area.entrance_id]
                ).fetchone()
                if row is None:
                    raise NotFound(tr("Place", "There is no entrance number {id}.").format(
                        id=area.entrance_id))
                area.building_id = row[0]
            if area.residence_id is None:
                residence = self.first_residence()
                area.residence_id = residence.id if residence else None
            values = [area.kind.value, name, area.residence_id, area.building_id, area.entrance_id]
            if area.id is None:
                cursor = self.db.execute(
                    "INSERT INTO common_areas (id, kind, name, residence_id, building_id, entrance_id) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [new_id(self.db, "common_areas"), *values],
                )
                area.id = cursor.lastrowid
            else:
                self.db.execute(
                    "UPDATE common_areas SET kind=?, name=?, residence_id=?, building_id=?, "
                    "entrance_id=? WHERE id=?",
                    [*values, area.id],
                )
                self._refresh_labels("common_area_id", area.id)
        area.name = name
        return area

    # Place references ---------------------------------------------------------------------
    def resolve(self, place: PlaceRef) -> PlaceRef:
        """Fill in the coarser ids and the label of ``place`` from its most precise id."""
        if place.home_id is not None:
            row = self.db.execute(
                "SELECT b.id, e.id, b.name, e.name, h.number FROM homes h "
                "JOIN entrances e ON e.id = h.entrance_id JOIN buildings b ON b.id = e.building_id "
                "WHERE h.id = ?",
                [place.home_id],
            ).fetchone()
            if row is None:
                raise NotFound(tr("Place", "There is no home number {id}.").format(id=place.home_id))
            return PlaceRef(row[0], row[1], place.home_id, None, SEPARATOR.join(row[2:]))
        if place.common_area_id is not None:
            row = self.db.execute(
                "SELECT c.building_id, c.entrance_id, b.name, e.name, c.name FROM common_areas c "
                "LEFT JOIN buildings b ON b.id = c.building_id "
                "LEFT JOIN entrances e ON e.id = c.entrance_id WHERE c.id = ?",
                [place.common_area_id],
            ).fetchone()
            if row is None:
                raise NotFound(
                    tr("Place", "There is no common area number {id}.").format(id=place.common_area_id)
                )
            label = SEPARATOR.join(part for part in row[2:] if part)
            return PlaceRef(row[0], row[1], None, place.common_area_id, label)
        if place.entrance_id is not None:
            row = self.db.execute(
                "SELECT b.id, b.name, e.name FROM entrances e JOIN buildings b ON b.id = e.building_id "
                "WHERE e.id = ?",
                [place.entrance_id],
            ).fetchone()
            if row is None:
                raise NotFound(
                    tr("Place", "There is no entrance number {id}.").format(id=place.entrance_id)
                )
            return PlaceRef(row[0], place.entrance_id, None, None, SEPARATOR.join(row[1:]))
        if place.building_id is not None:
            row = self.db.execute(
                "SELECT name FROM buildings WHERE id = ?", [place.building_id]
            ).fetchone()
            if row is None:
                raise NotFound(
                    tr("Place", "There is no building number {id}.").format(id=place.building_id)
                )
            return PlaceRef(place.building_id, None, None, None, row[0])
        return PlaceRef(label=(place.label or "").strip())

    def all_place_refs(self) -> list[PlaceRef]:
        """Every place a complaint can point at (buildings, entrances, common areas, homes)."""
        refs = [self.resolve(PlaceRef(building_id=b.id)) for b in self.buildings()]
        for entrance in self.entrances():
            refs.append(self.resolve(PlaceRef(entrance_id=entrance.id)))
        refs += [self.resolve(PlaceRef(common_area_id=a.id)) for a in self.common_areas()]
        for row in self.db.execute("SELECT id FROM homes ORDER BY entrance_id, floor, number"):
            refs.append(self.resolve(PlaceRef(home_id=row[0])))
        return refs

    def _refresh_labels(self, column: str, value: int) -> None:
        """After a rename, recompute the stored place labels of the complaints concerned."""
        rows = self.db.execute(
            f"SELECT id, building_id, entrance_id, home_id, common_area_id FROM complaints "
            f"WHERE {column} = ?",
            [value],
        ).fetchall()
        for complaint_id, building_id, entrance_id, home_id, area_id in rows:
            label = self.resolve(PlaceRef(building_id, entrance_id, home_id, area_id)).label
            self.db.execute(
                "UPDATE complaints SET place_label = ? WHERE id = ?", [label, complaint_id]
            )

    def delete_unused(self, place: PlaceRef) -> None:
        """Remove the place ``place`` points at (its most precise id) when nothing depends on it.

        Refused with a UserError when a complaint names it, or when an entrance still has homes or
        common areas, or a building still has entrances or common areas.
        """
        checks = (
            ("home_id", place.home_id, "homes", ()),
            ("common_area_id", place.common_area_id, "common_areas", ()),
            ("entrance_id", place.entrance_id, "entrances", (
                ("SELECT count(*) FROM liaison_forms WHERE entrance_id = ?",
                 (tr("Place", "1 liaison form comes from this entrance; it cannot be removed."),
                  tr("Place", "{count} liaison forms come from this entrance; it cannot be removed."))),
                ("SELECT count(*) FROM homes WHERE entrance_id = ?",
                 (tr("Place", "This entrance still has 1 home; remove it first."),
                  tr("Place", "This entrance still has {count} homes; remove them first."))),
                ("SELECT count(*) FROM common_areas WHERE entrance_id = ?",
                 (tr("Place", "This entrance still has 1 common area; remove it first."),
                  tr("Place", "This entrance still has {count} common areas; remove them first."))),
            )),
            ("building_id", place.building_id, "buildings", (
                ("SELECT count(*) FROM meeting_buildings WHERE building_id = ?",
                 (tr("Place", "1 meeting concerns this building; it cannot be removed."),
                  tr("Place", "{count} meetings concern this building; it cannot be removed."))),
                ("SELECT count(*) FROM entrances WHERE building_id = ?",
                 (tr("Place", "This building still has 1 entrance; remove it first."),
                  tr("Place", "This building still has {count} entrances; remove them first."))),
                ("SELECT count(*) FROM common_areas WHERE building_id = ?",
                 (tr("Place", "This building still has 1 common area; remove it first."),
                  tr("Place", "This building still has {count} common areas; remove them first."))),
            )),
        )
        column, value, table, contents = next((c for c in checks if c[1] is not None), checks[0])
        if value is None:
            return
        with self.db.atomic():
            used = self.db.execute(
                f"SELECT count(*) FROM complaints WHERE {column} = ?", [value]
            ).fetchone()[0]
            if used:
                raise UserError(counted(used, tr("Place", "1 complaint concerns this place; it cannot be removed."),
                                        tr("Place", "{count} complaints concern this place; it cannot be removed.")))
            for sql, (one, many) in contents:
                count = self.db.execute(sql, [value]).fetchone()[0]
                if count:
                    raise UserError(counted(count, one, many))
            self.db.execute(f"DELETE FROM {table} WHERE id = ?", [value])
