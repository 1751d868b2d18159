"""Reading what a document prints from the store; the reports themselves never see the store.

Reports depend on the domain only (DESIGN.md); these functions gather their input.
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.complaints import ComplaintQuery, SortKey
from desktop.domain.dates import long_date
from desktop.domain.errors import InvalidValue
from desktop.domain.people import Role
from desktop.i18n import tr
from desktop.reports.context import ComplaintFacts, ReportContext
from desktop.reports.posting import PUBLIC_ROLES
from desktop.reports.register import RegisterData
from desktop.services import meeting_seals
from desktop.services.logo import residence_logo


def postal_line(residence) -> str:
    """The residence's address for a letterhead, with its city once ("8 allée des Tilleuls,
    Villeurbanne"; an address that already ends with the city does not get it twice)."""
    from desktop.domain.text import folded_words

    address, city = (residence.address or "").strip(), (residence.city or "").strip()
    if city and folded_words(city) and folded_words(city) == folded_words(address)[-len(folded_words(city)):]:
        return address
    return ", ".join(part for part in (address, city) if part)


def _t(text_: str) -> str:
    return tr("Reports", text_)


def gather(store, minutes) -> ReportContext:
    """The ReportContext of ``minutes`` read from ``store`` (nothing is written)."""
    residence = store.places.first_residence()
    people = store.people.list()
    complaint_ids = sorted({i for point in minutes.points for i in point.complaint_ids})
    form_ids = sorted({i for point in minutes.points for i in point.form_ids})
    entrances = {e.id: e.label for e in store.places.entrances()}
    disturbances = store.categories.disturbance_ids()
    complaints = {
        c.id: ComplaintFacts(c.category_name, entrances.get(c.place.entrance_id, ""), c.reporter_name,
                             c.category_id in disturbances)
        for c in store.complaints.by_ids(complaint_ids)
    }
    askers = {}
    for form_id in form_ids:
        askers[form_id] = store.forms.get(form_id).asker_name
    meetings = store.meetings.list()
    later = [m for m in meetings if m.date > minutes.meeting.date]
    return ReportContext(
        residence=residence.name if residence else "",
        address=postal_line(residence) if residence else "",
        landlord=residence.landlord if residence else "",
        organisations={p.id: p.organisation for p in people if p.organisation},
        women={p.id for p in people if p.is_woman},
        meeting_dates={m.id: m.date for m in meetings},
        complaints=complaints,
        form_askers=askers,
        tenant_names=[p.name for p in people if p.role == Role.TENANT],
        private_names=[p.name for p in people if p.role not in PUBLIC_ROLES],
        disturbance_categories=[c.name for c in store.categories.list() if c.disturbance],
        wordings=store.posting_wordings.of(minutes.meeting.id),
        next_meeting=min(later, key=lambda m: m.date) if later else None,
        handwritten=store.meetings.handwritten(minutes.meeting.id) if minutes.meeting.id else {},
        logo=residence_logo(store),
        warning=meeting_seals.warning(store, minutes.meeting.id) if minutes.meeting.id else "",
    )


def gather_register(store, start: dt.date, end: dt.date) -> RegisterData:
    """The RegisterData of the complaints opened from ``start`` to ``end`` (both included)."""
    if end < start:
        raise InvalidValue(_t("The period ends ({end}) before it starts ({start}).").format(
            end=long_date(end), start=long_date(start)))
    residence = store.places.first_residence()
    query = ComplaintQuery(opened_from=start, opened_to=end, sort=SortKey.OPENED_ON, descending=False)
    return RegisterData(
        residence=residence.name if residence else "", start=start, end=end, today=store.complaints.today(),
        complaints=store.complaints.list(query), closed_on=store.statistics.closed_on(start, end),
        buildings={b.id: b.name for b in store.places.buildings()},
        address=postal_line(residence) if residence else "",
        landlord=residence.landlord if residence else "",
        logo=residence_logo(store),
    )
