"""Commitments (engagements): who promised what, by when, followed from meeting to meeting.

A commitment is stored open or done; "late" is not stored but read: open and past its due date.
``agreed_due_on`` is the date agreed at the meeting (part of its minutes, never changed);
``due_on`` may be postponed later, each change kept in the commitment's history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum

from desktop.domain.errors import InvalidValue
from desktop.domain.text import compose_fields
from desktop.i18n import N_, tr

WHAT_MAX = 2000


class CommitmentStatus(str, Enum):
    """What is stored: still to do, or done."""

    OPEN = "open"
    DONE = "done"


class CommitmentState(str, Enum):
    """What is shown and filtered on: open, done, or late (open and past its due date)."""

    OPEN = "open"
    DONE = "done"
    LATE = "late"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Commitment")."""
        return STATE_LABELS[self]


STATE_LABELS = {
    CommitmentState.OPEN: N_("Open"),
    CommitmentState.DONE: N_("Done"),
    CommitmentState.LATE: N_("Late"),
}


@dataclass
class Commitment:
    """A promise made at a meeting, usually on one of its agenda points."""

    what: str
    owner_name: str = ""
    owner_id: int | None = None
    due_on: dt.date | None = None
    agreed_due_on: dt.date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    done_on: dt.date | None = None
    meeting_id: int | None = None
    point_id: int | None = None
    meeting_date: dt.date | None = None
    id: int | None = None
    history: list["CommitmentChange"] = field(default_factory=list)

    def is_late(self, today: dt.date) -> bool:
        """True when it is still open after its due date."""
        return self.status == CommitmentStatus.OPEN and self.due_on is not None and self.due_on < today

    def state(self, today: dt.date) -> CommitmentState:
        """Open, done or late, as of ``today``."""
        if self.status == CommitmentStatus.DONE:
            return CommitmentState.DONE
        return CommitmentState.LATE if self.is_late(today) else CommitmentState.OPEN

    def validate(self) -> None:
        """Raise InvalidValue naming the first field that cannot be saved as is (texts composed
        first, as saved)."""
        compose_fields(self, "what", "owner_name")
        if not self.what.strip():
            raise InvalidValue(tr("Commitment", "Say what was promised."))
        if len(self.what) > WHAT_MAX:
            raise InvalidValue(
                tr("Commitment", "The commitment is too long ({count} characters, at most {limit}).")
                .format(count=len(self.what), limit=WHAT_MAX)
            )
        if not self.owner_id and not self.owner_name.strip():
            raise InvalidValue(tr("Commitment", "Say who made the commitment."))
        if self.status == CommitmentStatus.DONE and self.done_on is None:
            raise InvalidValue(tr("Commitment", "Give the date the commitment was kept."))


@dataclass
class CommitmentChange:
    """One dated change of a commitment (created, postponed, done, reopened...)."""

    commitment_id: int
    at: str
    field: str
    before: str
    after: str
    profile: str = ""
    note: str = ""
    meeting_id: int | None = None
    id: int | None = None
