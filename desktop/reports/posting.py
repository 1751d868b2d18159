"""The posting version of the minutes, for the entrance hall: nobody's name who complained, asked
or was complained about, no home number in disturbance matters, larger type.

Nobody has to remember anything: ``posting_minutes`` builds sanitised Minutes from the data
itself. Tenants attending as listeners are counted, not named; every name that the register
links to the meeting as a reporter of a complaint, an asker of a liaison form or a tenant is cut
out of every text of every point; in the points about neighbourhood disturbances, "Appt 304",
"logement 12" and the like become the entrance.
"""

from __future__ import annotations

import copy
import re

from reportlab.platypus import Paragraph

from desktop.domain.dates import long_date
from desktop.domain.meetings import Invitation, Minutes, Presence, Side
from desktop.domain.people import Role
from desktop.i18n import tr
from desktop.reports.base import Letterhead, make_styles, render, text
from desktop.reports.context import ReportContext
from desktop.reports.minutes import fingerprint, minutes_story

BODY_SIZE = 14.5
PUBLIC_ROLES = frozenset({Role.BUILDING_REPRESENTATIVE, Role.TENANT_REPRESENTATIVE, Role.CARETAKER,
                          Role.LANDLORD_STAFF, Role.GUEST})
POINT_FIELDS = ("title", "question", "discussion", "answer", "no_answer_reason", "decision")
HOME_NUMBER = re.compile(
    r"\b(?:appartements?|appts?|apt|logements?|log|flats?|homes?|portes?|n°|no)\.?\s*(?:n°\s*)?\d+\s*[a-z]?\b",
    re.IGNORECASE)
TITLES = r"(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle|Mr\.?|Mrs\.?|Ms\.?)"


def _t(text_: str) -> str:
    return tr("Reports", text_)


def is_public(invitation: Invitation) -> bool:
    """True for those who sit at the table in a public capacity (representatives, staff, guests)."""
    if invitation.role is not None:
        return invitation.role in PUBLIC_ROLES
    return invitation.side in (Side.TENANTS, Side.LANDLORD, Side.GUEST)


def protected_names(minutes: Minutes, context: ReportContext) -> set[str]:
    """The names the posting must not show: complaint reporters, liaison form askers, tenants,
    listeners. Someone who also sits at the table in a public role keeps their name there."""
    names = {facts.reporter for facts in context.complaints.values()}
    names |= set(context.form_askers.values())
    names |= set(context.tenant_names)
    names |= {i.name for i in minutes.attendance if not is_public(i)}
    return {n.strip() for n in names if n and n.strip()}


def _name_pattern(names: set[str]) -> re.Pattern | None:
    """A pattern for the full names, and for "M. Surname" / "Mme Surname"."""
    parts = sorted({re.escape(n) for n in names}, key=len, reverse=True)
    surnames = sorted({re.escape(n.split()[-1]) for n in names if len(n.split()) > 1}, key=len, reverse=True)
    if not parts:
        return None
    alternatives = "|".join(parts)
    if surnames:
        alternatives = rf"{TITLES}\s+(?:{'|'.join(surnames)})\b|{alternatives}"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def scrub(value: str, names: re.Pattern | None, entrance: str | None) -> str:
    """``value`` without the protected names and, when ``entrance`` is given, without home numbers."""
    if names is not None:
        value = names.sub(_t("[name withheld]"), value)
    if entrance is not None:
        value = HOME_NUMBER.sub(entrance or _t("[home withheld]"), value)
    return value


def _disturbance_entrance(point, context: ReportContext) -> str | None:
    """For a point about a neighbourhood disturbance: the entrance that stands for home numbers
    ("" when not known); None for any other point."""
    facts = [context.complaints[i] for i in point.complaint_ids if i in context.complaints]
    category = tr("Category", "Neighbourhood disturbance").casefold()
    if not any(f.is_disturbance for f in facts) and category not in point.title.casefold() \
            and "neighbourhood disturbance" not in point.title.casefold():
        return None
    entrances = {f.entrance for f in facts if f.entrance}
    return entrances.pop() if len(entrances) == 1 else ""


def posting_minutes(minutes: Minutes, context: ReportContext) -> tuple[Minutes, int]:
    """Sanitised copy of ``minutes`` for posting, and how many present listeners are left unnamed."""
    names = protected_names(minutes, context)
    pattern = _name_pattern(names)
    public = [copy.copy(i) for i in minutes.attendance if is_public(i)]
    for invitation in public:
        invitation.represented_by_name = scrub(invitation.represented_by_name, pattern, None)
    points = []
    for point in minutes.points:
        clean = copy.deepcopy(point)
        entrance = _disturbance_entrance(point, context)
        for name in POINT_FIELDS:
            setattr(clean, name, scrub(getattr(point, name), pattern, entrance))
        clean.proposed_by = scrub(point.proposed_by, pattern, None)
        for commitment in clean.commitments:
            commitment.what = scrub(commitment.what, pattern, entrance)
            commitment.owner_name = scrub(commitment.owner_name, pattern, None)
        points.append(clean)
    amendments = [copy.copy(a) for a in minutes.amendments]
    for amendment in amendments:
        amendment.text = scrub(amendment.text, pattern, None)
        amendment.author = scrub(amendment.author, pattern, None)
    hidden = sum(1 for i in minutes.attendance if not is_public(i) and i.presence == Presence.PRESENT)
    return Minutes(copy.copy(minutes.meeting), public, points, amendments), hidden


def posting_pdf(minutes: Minutes, context: ReportContext) -> bytes:
    """The posting version as PDF bytes, in large type, with its own fingerprint."""
    clean, hidden = posting_minutes(minutes, context)
    clean_context = copy.copy(context)
    clean_context.organisations = dict(context.organisations)
    # A handwritten signature is not put up in a hall where anyone could copy it: the names stay.
    clean_context.handwritten = {}
    title = _t("Minutes – version for posting")
    styles = make_styles(BODY_SIZE)
    story = minutes_story(clean, clean_context, styles, title)
    if hidden:
        # Right after the participants' tables: how many tenants came to listen, without names.
        note = Paragraph(text(_t("Tenants present as listeners: {count}.").format(count=hidden)), styles["field"])
        index = next(i for i, f in enumerate(story) if getattr(f, "text", None) == text(_t("Agenda and answers")))
        story.insert(index, note)
    head = Letterhead(context.residence, context.address, context.landlord, _t("Version for posting"),
                      fingerprint(clean), logo=context.logo, warning=context.warning)
    return render(story, head, f"{title} – {long_date(minutes.meeting.date)}")
