"""One entry point for the four documents of a meeting, for the command line and the window.

    pdf = meeting_document("minutes", minutes, gather(store, minutes))
"""

from __future__ import annotations

from desktop.domain.errors import InvalidValue
from desktop.domain.meetings import Minutes
from desktop.i18n import tr
from desktop.reports.attendance import attendance_pdf
from desktop.reports.context import ReportContext
from desktop.reports.convocation import convocation_pdf
from desktop.reports.minutes import minutes_pdf
from desktop.reports.posting import posting_pdf

BUILDERS = {
    "agenda": convocation_pdf,
    "attendance": attendance_pdf,
    "minutes": minutes_pdf,
    "posting": posting_pdf,
}
DOCUMENTS = tuple(BUILDERS)


def meeting_document(kind: str, minutes: Minutes, context: ReportContext) -> bytes:
    """The PDF bytes of the document ``kind`` (agenda, attendance, minutes or posting)."""
    if kind not in BUILDERS:
        raise InvalidValue(tr("Reports", "Unknown document “{kind}”: choose one of {choices}.").format(
            kind=kind, choices=", ".join(DOCUMENTS)))
    return BUILDERS[kind](minutes, context)
