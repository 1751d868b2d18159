"""The posting version of the minutes, for the entrance hall: nobody's name who complained, asked
or was complained about, no home number in disturbance matters, larger type.

Nobody has to remember anything: ``posting_minutes`` builds sanitised Minutes from the data
itself. Tenants attending as listeners are counted, not named; every name of the register that
does not sit at the table in a public role, every reporter and asker, in every form the one
matcher knows (``desktop.domain.mentions``), and any capitalised word after a civility, is cut
out of every text of every point; in the points about neighbourhood disturbances (a property of
the category), homes and floors ("Appt 304", "le 203", "3e étage") become the entrance.
``posting_review`` also lists each sentence changed or suspected, for a person to confirm.
"""

from __future__ import annotations

import copy

from reportlab.platypus import Paragraph

from desktop.domain.complaints import DISTURBANCE_CATEGORY, looks_like_disturbance
from desktop.domain.dates import long_date
from desktop.domain.mentions import MentionFinder, fold
from desktop.domain.meetings import Invitation, Minutes, Presence, Side
from desktop.domain.people import Role
from desktop.i18n import tr
from desktop.reports.base import Letterhead, make_styles, render, text
from desktop.reports.context import ReportContext
from desktop.reports.minutes import fingerprint, minutes_story
from desktop.reports.posting_review import ReviewedSentence, Scrubber

BODY_SIZE = 14.5
PUBLIC_ROLES = frozenset({Role.BUILDING_REPRESENTATIVE, Role.TENANT_REPRESENTATIVE, Role.CARETAKER,
                          Role.LANDLORD_STAFF, Role.GUEST})
POINT_FIELDS = ("title", "question", "discussion", "answer", "no_answer_reason", "decision")


def _t(text_: str) -> str:
    return tr("Reports", text_)


def is_public(invitation: Invitation) -> bool:
    """True for those who sit at the table in a public capacity (representatives, staff, guests)."""
    if invitation.role is not None:
        return invitation.role in PUBLIC_ROLES
    return invitation.side in (Side.TENANTS, Side.LANDLORD, Side.GUEST)


def protected_names(minutes: Minutes, context: ReportContext) -> set[str]:
    """The names the posting must not show: complaint reporters, liaison form askers, everyone
    of the register who has no public role, listeners. Someone who sits at this meeting's table
    in a public role keeps their name there."""
    names = {facts.reporter for facts in context.complaints.values()}
    names |= set(context.form_askers.values())
    names |= set(context.tenant_names) | set(context.private_names)
    names |= {i.name for i in minutes.attendance if not is_public(i)}
    public = {" ".join(i.name.casefold().split()) for i in minutes.attendance if is_public(i)}
    return {n.strip() for n in names if n and n.strip() and " ".join(n.casefold().split()) not in public}


def _disturbance_entrance(point, context: ReportContext) -> str | None:
    """For a point about a neighbourhood disturbance: the entrance that stands for home numbers
    ("" when not known); None for any other point."""
    facts = [context.complaints[i] for i in point.complaint_ids if i in context.complaints]
    title = fold(point.title)
    categories = {fold(c) for c in context.disturbance_categories}
    categories |= {fold(tr("Category", DISTURBANCE_CATEGORY)), fold(DISTURBANCE_CATEGORY)}
    if not any(f.is_disturbance for f in facts) and not any(c and c in title for c in categories) \
            and not looks_like_disturbance(point.title):
        return None
    entrances = {f.entrance for f in facts if f.entrance}
    return entrances.pop() if len(entrances) == 1 else ""


def posting_review(minutes: Minutes, context: ReportContext) -> tuple[Minutes, int, list[ReviewedSentence]]:
    """Sanitised copy of ``minutes`` for posting, how many present listeners are left unnamed,
    and each sentence where something was removed or is suspected (with its public wording)."""
    protected = protected_names(minutes, context)
    finder = MentionFinder(protected)
    public_names = {i.name for i in minutes.attendance if is_public(i) and i.name not in protected}
    scrubber = Scrubber(finder, context.wordings, MentionFinder(public_names, civility=False))
    public = [copy.copy(i) for i in minutes.attendance if is_public(i)]
    for invitation in public:
        invitation.represented_by_name = scrubber.scrub(invitation.represented_by_name, None, _t("Participants"))
    points = []
    for point in minutes.points:
        clean = copy.deepcopy(point)
        entrance = _disturbance_entrance(point, context)
        where = f"{point.position}. {point.title}"
        for name in POINT_FIELDS:
            setattr(clean, name, scrubber.scrub(getattr(point, name), entrance, where))
        clean.proposed_by = scrubber.scrub(point.proposed_by, None, where)
        for commitment in clean.commitments:
            commitment.what = scrubber.scrub(commitment.what, entrance, where)
            commitment.owner_name = scrubber.scrub(commitment.owner_name, None, where)
        points.append(clean)
    amendments = [copy.copy(a) for a in minutes.amendments]
    for amendment in amendments:
        amendment.text = scrubber.scrub(amendment.text, None, _t("Amendments"))
        amendment.author = scrubber.scrub(amendment.author, None, _t("Amendments"))
    hidden = sum(1 for i in minutes.attendance if not is_public(i) and i.presence == Presence.PRESENT)
    return Minutes(copy.copy(minutes.meeting), public, points, amendments), hidden, scrubber.sentences


def posting_minutes(minutes: Minutes, context: ReportContext) -> tuple[Minutes, int]:
    """Sanitised copy of ``minutes`` for posting, and how many present listeners are left unnamed."""
    clean, hidden, _sentences = posting_review(minutes, context)
    return clean, hidden


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
                      fingerprint(clean), logo=context.logo, draft=not minutes.meeting.is_locked,
                      warning=context.warning)
    return render(story, head, f"{title} – {long_date(minutes.meeting.date)}")
