"""A person's access request: everything held about them, as one JSON file and one PDF.

Complaints reported by others that name the person (in any form the one matcher knows) are
included too (data about them), without their reporter or history. Other people's identities
never appear: other reporters, collectors, who typed each change (profiles) and who represented
whom are left out, other people's names inside free texts (any known name, or a civility
followed by a name) are replaced by "[another person]" and their homes ("du logement 204") by
"[another home]". The person's own mentions ("M. Brunet", "BRUNET") and own homes are kept.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.complaints import ComplaintStatus
from desktop.domain.dates import long_date
from desktop.domain.errors import UserError
from desktop.domain.meetings import Presence
from desktop.domain.agenda import PLACE_SEPARATOR
from desktop.domain.mentions import MentionFinder, compose, fold
from desktop.i18n import tr
from desktop.paths import RESOURCES_DIR
from desktop.services.privacy import another_person
from desktop.services.targets import check_target
from desktop.store.privacy import PrivacyStore

FONT_PATHS = (RESOURCES_DIR / "fonts" / "DejaVuSans.ttf",
              Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))


def _t(text: str) -> str:
    return tr("Privacy", text)


@dataclass
class AccessFiles:
    """The two files written for an access request."""

    json_path: Path
    pdf_path: Path


def another_home() -> str:
    """What replaces another person's home in what is shown to someone."""
    return _t("[another home]")


class _Hider:
    """Hides other people's names and homes in a text, never the person's own mentions."""

    def __init__(self, privacy: PrivacyStore, own_name: str, own_places: list[str]):
        own = fold(" ".join(own_name.split()))
        self.others = MentionFinder([n for n in privacy.known_names() if fold(" ".join(n.split())) != own])
        self.own = MentionFinder([own_name], civility=False)
        # The homes of the person's own complaints are theirs to see.
        self.own_numbers = {n for place in own_places for n in re.findall(r"\d+", place.split(PLACE_SEPARATOR)[-1])}

    def __call__(self, text: str | None) -> str:
        composed = compose(text or "")
        mine = [(m.start, m.end) for m in self.own.find(composed)]

        def keep(start: int, end: int) -> bool:
            if any(s < end and start < e for s, e in mine):
                return True
            numbers = set(re.findall(r"\d+", composed[start:end]))
            return bool(numbers) and numbers <= self.own_numbers

        return self.others.redact(composed, another_person(), another_home(), keep=keep)


def collect(store, person_id: int) -> dict:
    """Everything held about one person: all their own mentions, and no one else's name or home."""
    person = store.people.get(person_id)
    privacy = PrivacyStore(store.db, store.complaints.now)
    own_ids = privacy.complaint_ids_of(person_id, person.name)
    hide = _Hider(privacy, person.name, [c.place.label for c in store.complaints.by_ids(own_ids)])
    complaints = []
    for complaint in store.complaints.by_ids(own_ids):
        complaints.append({
            "id": complaint.id, "title": hide(complaint.title), "category": complaint.category_name,
            "status": complaint.status.value, "status_reason": hide(complaint.status_reason),
            "opened_on": complaint.opened_on.isoformat() if complaint.opened_on else None,
            "place": complaint.place.label, "description": hide(complaint.description),
            "external_ref": complaint.external_ref, "confidential": complaint.reporter_confidential,
            "photos": len(store.photos.thumbnails(complaint.id)),
            "history": [{"at": h.at, "field": h.field, "before": hide(h.before), "after": hide(h.after),
                         "note": hide(h.note)} for h in store.complaints.history(complaint.id)
                        if h.field not in ("reporter_name",)],
        })
    reported = [c["id"] for c in complaints]
    mentioning = [{"id": c.id, "title": hide(c.title), "category": c.category_name, "status": c.status.value,
                   "opened_on": c.opened_on.isoformat() if c.opened_on else None, "place": c.place.label,
                   "description": hide(c.description)}
                  for c in store.complaints.by_ids(privacy.complaint_ids_mentioning(person.name, reported))]
    forms = [{"id": f.id, "question": hide(f.question), "received_on": f.received_on.isoformat(),
              "confidential": f.confidential, "entrance": f.entrance_label, "complaint_id": f.complaint_id}
             for f in (store.forms.get(i) for i in privacy.form_ids_of(person_id, person.name))]
    commitments = [{"id": c.id, "what": hide(c.what), "meeting_date": c.meeting_date.isoformat(),
                    "due_on": c.due_on.isoformat() if c.due_on else None, "status": c.status.value,
                    "done_on": c.done_on.isoformat() if c.done_on else None}
                   for c in (store.commitments.get(i) for i in privacy.commitment_ids_of(person_id))]
    return {
        "person": {"id": person.id, "name": person.name, "role": person.role.value, "phone": person.phone,
                   "email": person.email, "organisation": person.organisation,
                   "entrances": [e.label for e in store.places.entrances() if e.id in person.entrance_ids]
                   if person.entrance_ids else []},
        "complaints": complaints, "complaints_mentioning": mentioning, "liaison_forms": forms,
        "meetings": privacy.invitations_of(person_id), "commitments": commitments,
        "exported_at": store.complaints.now().isoformat(timespec="seconds"),
    }


def file_paths(person_id: int, folder: Path | str) -> tuple[Path, Path]:
    """The JSON and PDF files an access request for ``person_id`` writes in ``folder``."""
    folder = Path(folder)
    return folder / f"person-{person_id}.json", folder / f"person-{person_id}.pdf"


def export_person(store, person_id: int, folder: Path | str, overwrite: bool = False) -> AccessFiles:
    """Write ``person-ID.json`` and ``person-ID.pdf`` in ``folder`` and note it in the audit log.

    ``folder`` is created when its parent exists; files already there are replaced only with
    ``overwrite`` (and never a database or a backup: ``targets.check_target``)."""
    data = collect(store, person_id)
    folder = Path(folder)
    files = AccessFiles(*file_paths(person_id, folder))
    if not folder.is_dir():
        check_target(folder, store.path)  # its parent must exist; nothing may be in the way
    for path in (files.json_path, files.pdf_path):
        if folder.is_dir():
            check_target(path, store.path, overwrite)
    try:
        folder.mkdir(exist_ok=True)
        files.json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        _write_pdf(files.pdf_path, data)
    except OSError as error:
        raise UserError(_t("The files could not be written in {folder}: {reason}.").format(
            folder=folder, reason=error.strerror or error)) from None
    with store.atomic():
        store.audit.record("access_request", "person", person_id, str(folder))
    return files


def _font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # A name of its own: the reports register a "PalierSans" family, which must not be replaced.
    if "PalierAccessSans" in pdfmetrics.getRegisteredFontNames():
        return "PalierAccessSans"
    for path in FONT_PATHS:
        if path.exists():
            pdfmetrics.registerFont(TTFont("PalierAccessSans", str(path)))
            return "PalierAccessSans"
    return "Helvetica"


def _day(iso: str | None) -> str:
    return long_date(dt.date.fromisoformat(iso)) if iso else "-"


def _write_pdf(path: Path, data: dict) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from xml.sax.saxutils import escape

    font = _font()
    body = ParagraphStyle("body", fontName=font, fontSize=12, leading=16)
    head = ParagraphStyle("head", parent=body, fontSize=16, leading=22, spaceBefore=10)
    flow = []

    def line(text: str, style=body) -> None:
        flow.append(Paragraph(escape(text).replace("\n", "<br/>"), style))

    person = data["person"]
    line(_t("Everything held about {name}").format(name=person["name"]), head)
    line(_t("Written on {date}.").format(date=_day(data["exported_at"][:10])))
    for key in ("phone", "email", "organisation"):
        if person[key]:
            line(f"{person[key]}")
    line(_t("Complaints reported ({count})").format(count=len(data["complaints"])), head)
    for c in data["complaints"]:
        line(_t("No. {id}, {date}: {title} ({status})").format(
            id=c["id"], date=_day(c["opened_on"]), title=c["title"],
            status=tr("Status", ComplaintStatus(c["status"]).label)))
        if c["description"]:
            line(c["description"])
    line(_t("Complaints reported by others that name this person ({count})").format(
        count=len(data["complaints_mentioning"])), head)
    for c in data["complaints_mentioning"]:
        line(_t("No. {id}, {date}: {title}").format(id=c["id"], date=_day(c["opened_on"]), title=c["title"]))
        if c["description"]:
            line(c["description"])
    line(_t("Liaison forms ({count})").format(count=len(data["liaison_forms"])), head)
    for f in data["liaison_forms"]:
        line(_t("{date}: {question}").format(date=_day(f["received_on"]), question=f["question"]))
    line(_t("Meetings ({count})").format(count=len(data["meetings"])), head)
    for m in data["meetings"]:
        line(_t("{date}: {presence}").format(date=_day(m["meeting_date"]),
                                             presence=tr("Meeting", Presence(m["presence"]).label)))
    line(_t("Commitments ({count})").format(count=len(data["commitments"])), head)
    for c in data["commitments"]:
        line(_t("{what} (due {due})").format(what=c["what"], due=_day(c["due_on"])))
    flow.append(Spacer(1, 12))
    SimpleDocTemplate(str(path), pagesize=A4, title=_t("Access request")).build(flow)
