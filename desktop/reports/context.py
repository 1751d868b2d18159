"""What a meeting's documents need besides its Minutes: the residence, who is who, and the facts
that decide what the posting version must hide (who complained, who asked, where they live).

``desktop.services.reports.gather`` reads them from the store, so the documents themselves stay
plain functions of domain objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.complaints import looks_like_disturbance
from desktop.domain.meetings import Meeting


@dataclass
class ComplaintFacts:
    """What a document may need to know of a complaint linked to a point."""

    category: str = ""
    entrance: str = ""
    reporter: str = ""
    disturbance: bool = False  # the category's own property (set in the categories list)

    @property
    def is_disturbance(self) -> bool:
        """True for a neighbourhood disturbance, whose home numbers are never posted: the
        category says so, or its name does ("Troubles de voisinage")."""
        return self.disturbance or looks_like_disturbance(self.category)


@dataclass
class ReportContext:
    """Everything besides the Minutes that the meeting documents print or hide."""

    residence: str
    address: str = ""
    landlord: str = ""
    organisations: dict[int, str] = field(default_factory=dict)
    women: set[int] = field(default_factory=set)  # people known to be women ("Présente")
    meeting_dates: dict[int, dt.date] = field(default_factory=dict)
    complaints: dict[int, ComplaintFacts] = field(default_factory=dict)
    form_askers: dict[int, str] = field(default_factory=dict)
    tenant_names: list[str] = field(default_factory=list)
    # Everyone of the register who does not sit at tables in a public role: never posted.
    private_names: list[str] = field(default_factory=list)
    disturbance_categories: list[str] = field(default_factory=list)
    # The public wording of sentences of the posting version, as the secretary confirmed them:
    # {sentence key: text} (see desktop.reports.posting_review).
    wordings: dict[str, str] = field(default_factory=dict)
    next_meeting: Meeting | None = None
    handwritten: dict = field(default_factory=dict)  # "chair"/"secretary" -> Strokes signed on the pad
    logo: bytes | None = None  # the residence's logo (PNG), printed in the letterhead
    warning: str = ""  # printed on every page when the meeting's data no longer match what was signed
