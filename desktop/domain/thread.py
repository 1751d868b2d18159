"""The thread across quarters: every complaint, point, answer and commitment about one topic."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from desktop.i18n import N_


class ThreadKind(str, Enum):
    """What a line of the thread records."""

    COMPLAINT_OPENED = "complaint_opened"
    COMPLAINT_STATUS = "complaint_status"
    AGENDA_POINT = "agenda_point"
    ANSWER = "answer"
    NO_ANSWER = "no_answer"
    DECISION = "decision"
    COMMITMENT = "commitment"
    COMMITMENT_DONE = "commitment_done"

    @property
    def label(self) -> str:
        """English label, to be translated where shown (context "Thread")."""
        return THREAD_LABELS[self]


THREAD_LABELS = {
    ThreadKind.COMPLAINT_OPENED: N_("Complaint opened"),
    ThreadKind.COMPLAINT_STATUS: N_("Complaint status"),
    ThreadKind.AGENDA_POINT: N_("On the agenda"),
    ThreadKind.ANSWER: N_("Landlord's answer"),
    ThreadKind.NO_ANSWER: N_("No answer yet"),
    ThreadKind.DECISION: N_("Decision"),
    ThreadKind.COMMITMENT: N_("Commitment"),
    ThreadKind.COMMITMENT_DONE: N_("Commitment kept"),
}

# Within one moment, the order a reader expects: the point, then its answer, then what follows.
_ORDER = {kind: index for index, kind in enumerate(ThreadKind)}


@dataclass
class ThreadEntry:
    """One dated line of the thread; the ids say where to open it."""

    at: dt.datetime
    kind: ThreadKind
    text: str
    title: str = ""
    complaint_id: int | None = None
    meeting_id: int | None = None
    point_id: int | None = None
    commitment_id: int | None = None

    @property
    def sort_key(self) -> tuple:
        """Chronological, then point before answer before decision before commitment."""
        return (self.at, _ORDER[self.kind], self.meeting_id or 0, self.point_id or 0,
                self.complaint_id or 0, self.commitment_id or 0)
