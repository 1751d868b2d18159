"""Generating the demo's complaints: texts, places, reporters and a plausible dated life cycle.

Everything comes from one ``random.Random`` and the store's clock, so a seed always gives the same
register. Histories follow the domain's transition rules; the tests replay them to be sure.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from desktop.domain.complaints import Complaint, ComplaintStatus, HistoryEntry, Urgency
from desktop.domain.people import LandlordService
from desktop.domain.places import PlaceRef
from desktop.services import demo_texts as texts
from desktop.services.demo_cases import CATEGORY_PLANS, Case, CategoryPlan

S = ComplaintStatus
SPAN_DAYS = 3 * 365
MINUTES_A_DAY = 24 * 60


@dataclass
class PlacePick:
    """A place a complaint can point at, with what the texts need to know about it."""

    ref: PlaceRef
    kind: str
    entrance_id: int | None
    top_floor: int
    floor: int | None = None
    weight: int = 1


@dataclass
class Setting:
    """What the complaints are generated against: places, people, categories and the clock."""

    places: dict[str, list[PlacePick]]
    category_ids: dict[str, int]
    reporter_ids: list[int]
    profile_by_entrance: dict[int | None, str]
    now: dt.datetime
    first_id: int = 1


def floor_words(floor: int) -> str:
    """A floor as French speakers say it ("rez-de-chaussée", "1er étage", "4e étage")."""
    if floor <= 0:
        return "rez-de-chaussée"
    return "1er étage" if floor == 1 else f"{floor}e étage"


def _cumulative(weights) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


@dataclass
class _Draft:
    """A complaint being generated, before it becomes a domain object."""

    id: int
    plan: CategoryPlan
    case: Case
    pick: PlacePick
    opened_at: dt.datetime
    urgency: Urgency
    profile: str
    steps: list[tuple[str, str, str, str, dt.datetime]] = field(default_factory=list)
    status: ComplaintStatus = S.NEW
    reason: str = ""
    duplicate_of: int | None = None
    external_ref: str = ""
    service: LandlordService | None = None
    due_on: dt.date | None = None
    last_at: dt.datetime | None = None


class ComplaintFactory:
    """Makes complaints one after the other, in the order they were opened."""

    def __init__(self, rng: random.Random, setting: Setting, total: int):
        self.rng = rng
        self.setting = setting
        self.total = total
        self.now = setting.now
        self.plans = [p for p in CATEGORY_PLANS if p.category in setting.category_ids]
        winter = [p.weight * (3 if p.category == "Heating" else 1) for p in self.plans]
        summer = [p.weight * (0.3 if p.category == "Heating" else 1) for p in self.plans]
        self.winter_weights, self.summer_weights = _cumulative(winter), _cumulative(summer)
        self.place_weights = {kind: _cumulative(p.weight for p in picks) for kind, picks in setting.places.items()}
        self.recent: dict[tuple[str, str], tuple[int, dt.date]] = {}
        self.ref_counters: dict[int, int] = {}
        self.ref_step = max(1, min(40, 60_000 * 3 // max(1, total)))
        self.names = [f"{f} {n}" for f in texts.FIRST_NAMES for n in texts.LAST_NAMES]
        start = self.now.date() - dt.timedelta(days=SPAN_DAYS)
        # More complaints in recent years: the register was taken up gradually.
        days = sorted(int(SPAN_DAYS * rng.random() ** 0.8) for _ in range(total))
        self.dates = [start + dt.timedelta(days=d) for d in days]

    def _between(self, low: int, high: int) -> int:
        """A whole number from ``low`` to ``high``; three times cheaper than ``randint``."""
        return low + int(self.rng.random() * (high - low + 1))

    # One complaint ---------------------------------------------------------------------------
    def make(self, index: int) -> tuple[Complaint, list[HistoryEntry]]:
        """The ``index``-th complaint (0-based) and its history entries."""
        rng = self.rng
        opened_on = self.dates[index]
        weights = self.winter_weights if opened_on.month in (10, 11, 12, 1, 2, 3) else self.summer_weights
        plan = rng.choices(self.plans, cum_weights=weights)[0]
        case = rng.choice(plan.cases)
        pick = self._place(case)
        opened_at = dt.datetime.combine(opened_on, dt.time(8)) + dt.timedelta(minutes=self._between(0, 660))
        opened_at = min(opened_at, self.now)
        urgency = rng.choices([u for u, _ in plan.urgencies], [w for _, w in plan.urgencies])[0]
        profile = self.setting.profile_by_entrance.get(pick.entrance_id) or self.setting.profile_by_entrance[None]
        draft = _Draft(self.setting.first_id + index, plan, case, pick, opened_at, urgency, profile)
        draft.steps.append(("status", "", S.NEW.value, "", opened_at))
        draft.last_at = opened_at
        self._live(draft)
        return self._complaint(draft), self._history(draft)

    def _place(self, case: Case) -> PlacePick:
        rng = self.rng
        kinds = [kind for kind in case.places if self.setting.places.get(kind)]
        if not kinds:
            return rng.choice(self.setting.places["entrance"])
        kind = rng.choice(kinds)
        return rng.choices(self.setting.places[kind], cum_weights=self.place_weights[kind])[0]

    def _words(self, draft: _Draft) -> dict[str, object]:
        rng = self.rng
        pick = draft.pick
        floor = pick.floor if pick.floor is not None else self._between(0, pick.top_floor)
        return {
            "floor": floor_words(floor), "days": self._between(2, 15), "temp": self._between(14, 18),
            "hour": rng.choice((6, 7, 8, 21, 22, 23)), "weekday": rng.choice(texts.WEEKDAYS),
            "year": draft.opened_at.year - 1, "amount": self._between(80, 650),
        }

    def _complaint(self, draft: _Draft) -> Complaint:
        rng = self.rng
        words = self._words(draft)
        title = draft.case.title.format_map(words)
        details = [rng.choice(draft.case.details)]
        others = [d for d in draft.case.details + draft.plan.extras if d != details[0]]
        if others and rng.random() < 0.4:
            details.append(rng.choice(others))
        reporter_id, reporter_name = self._reporter()
        share = (texts.CONFIDENTIAL_SHARE_DISTURBANCE if draft.plan.category == "Neighbourhood disturbance"
                 else texts.CONFIDENTIAL_SHARE)
        confidential = bool((reporter_id or reporter_name) and rng.random() < share)
        return Complaint(
            id=draft.id, title=title, description=" ".join(details).format_map(words),
            category_id=self.setting.category_ids[draft.plan.category], place=draft.pick.ref,
            reporter_id=reporter_id, reporter_name=reporter_name, reporter_confidential=confidential,
            opened_on=draft.opened_at.date(), external_ref=draft.external_ref, service=draft.service,
            urgency=draft.urgency, due_on=draft.due_on, status=draft.status,
            status_reason=draft.reason, duplicate_of=draft.duplicate_of,
            updated_at=draft.last_at.isoformat(timespec="seconds"),
        )

    def _reporter(self) -> tuple[int | None, str]:
        roll = self.rng.random()
        if roll < 0.3 and self.setting.reporter_ids:
            return self.rng.choice(self.setting.reporter_ids), ""
        if roll < 0.88:
            return None, self.rng.choice(self.names)
        return None, ""

    def _history(self, draft: _Draft) -> list[HistoryEntry]:
        return [
            HistoryEntry(complaint_id=draft.id, at=at.isoformat(timespec="seconds"), profile=draft.profile,
                         field=name, before=before, after=after, note=note)
            for name, before, after, note, at in draft.steps
        ]

    # The life cycle --------------------------------------------------------------------------
    def _later(self, draft: _Draft, low: int, high: int) -> dt.datetime | None:
        """A moment ``low``..``high`` days after the last step, or None when it is still to come."""
        days = self._between(low, high)
        at = draft.last_at + dt.timedelta(minutes=days * MINUTES_A_DAY + self._between(20, 540))
        return at if at <= self.now else None

    def _move(self, draft: _Draft, target: ComplaintStatus, at: dt.datetime, reason: str = "") -> None:
        note = reason
        if target == S.DUPLICATE:
            note = f"#{draft.duplicate_of} {reason}"
        draft.steps.append(("status", draft.status.value, target.value, note, at))
        draft.status, draft.reason, draft.last_at = target, reason, at

    def _live(self, draft: _Draft) -> None:
        """Walk the complaint along its life cycle as far as the store's clock allows."""
        rng = self.rng
        roll = rng.random()
        # A duplicate is the same trouble reported again in the same entrance (or the same area).
        key = (draft.plan.category, draft.pick.entrance_id or draft.pick.ref.label)
        earlier = self.recent.get(key)
        self.recent[key] = (draft.id, draft.opened_at.date())
        if roll < 0.05:
            if earlier and (draft.opened_at.date() - earlier[1]).days <= 45:
                at = self._later(draft, 0, 3)
                if at:
                    draft.duplicate_of = earlier[0]
                    self._move(draft, S.DUPLICATE, at, texts.DUPLICATE_REASON)
                return
            roll = 0.5  # nothing recent to duplicate: an ordinary complaint
        if roll < 0.09:
            self._dismiss_early(draft)
            return
        if roll < 0.19:
            at = self._later(draft, 0, 4)
            if at:  # fixed at once by the caretaker, never passed on
                self._move(draft, S.RESOLVED, at)
                self._close_or_reopen(draft, allow_reopen=False)
            return
        self._ordinary(draft)

    def _dismiss_early(self, draft: _Draft) -> None:
        at = self._later(draft, 1, 10)
        if at is None:
            return
        if self.rng.random() < 0.5:
            self._move(draft, S.REJECTED, at, self.rng.choice(texts.REJECTION_REASONS))
        else:
            self._move(draft, S.NOT_LANDLORD_RESPONSIBILITY, at, self._not_landlord_reason(draft))

    def _not_landlord_reason(self, draft: _Draft) -> str:
        reasons = texts.NOT_LANDLORD_REASONS_BY_CATEGORY.get(draft.plan.category, texts.NOT_LANDLORD_REASONS)
        return self.rng.choice(reasons)

    def _pass_on(self, draft: _Draft) -> bool:
        at = self._later(draft, 0, 4)
        if at is None:
            return False
        rng = self.rng
        self._move(draft, S.PASSED_TO_LANDLORD, at)
        if not draft.external_ref:
            year = at.year
            counter = self.ref_counters.get(year) or self._between(100, 900)
            counter += self._between(1, self.ref_step)
            self.ref_counters[year] = counter
            draft.external_ref = f"REC-{year}-{counter:05d}"
            draft.steps.append(("external_ref", "", draft.external_ref, "", at))
        if draft.service is None:
            services = draft.plan.services
            draft.service = rng.choices([s for s, _ in services], [w for _, w in services])[0]
            draft.steps.append(("service", "", draft.service.value, "", at))
        if draft.due_on is None and rng.random() < 0.8:
            draft.due_on = at.date() + dt.timedelta(days=texts.DUE_DAYS[draft.urgency])
            draft.steps.append(("due_on", "", draft.due_on.isoformat(), "", at))
        return True

    def _ordinary(self, draft: _Draft) -> None:
        """New › passed on › in progress › resolved › closed, with the odd dismissal or reopening."""
        rng = self.rng
        if not self._pass_on(draft):
            return
        if rng.random() < 0.03:  # a few complaints stall with the landlord for a long time
            return
        if rng.random() < 0.06:
            at = self._later(draft, 3, 30)
            if at:
                self._move(draft, S.NOT_LANDLORD_RESPONSIBILITY, at, self._not_landlord_reason(draft))
            return
        self._work_and_resolve(draft)

    def _work_and_resolve(self, draft: _Draft) -> None:
        at = self._later(draft, 1, 10)
        if at is None:
            return
        self._move(draft, S.IN_PROGRESS, at)
        if self.rng.random() < 0.02:  # works announced, never finished
            return
        low, high = draft.plan.fix_days
        if draft.urgency in (Urgency.URGENT, Urgency.HIGH):
            high = max(low, high // 2)
        at = self._later(draft, low, high)
        if at is None:
            return
        self._move(draft, S.RESOLVED, at)
        self._close_or_reopen(draft, allow_reopen=True)

    def _close_or_reopen(self, draft: _Draft, allow_reopen: bool) -> None:
        rng = self.rng
        reopen = allow_reopen and rng.random() < (0.15 if draft.plan.category == "Lift" else 0.06)
        at = self._later(draft, 2, 20) if reopen else self._later(draft, 5, 40)
        if at is None:
            return
        if not reopen:
            self._move(draft, S.CLOSED, at)
            return
        self._move(draft, S.REOPENED, at, rng.choice(texts.REOPEN_REASONS))
        at = self._later(draft, 0, 5)
        if at is None:
            return
        self._move(draft, S.IN_PROGRESS, at)
        low, high = draft.plan.fix_days
        at = self._later(draft, low, high)
        if at is None:
            return
        self._move(draft, S.RESOLVED, at)
        self._close_or_reopen(draft, allow_reopen=False)
