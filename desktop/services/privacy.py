"""Retention purge and forgetting a person (the access request is in access_request.py).

Both run in one transaction and leave a line in the audit log. Signed minutes are never
changed: they keep the names they were signed with (see desktop/store/privacy.py).
"""

from __future__ import annotations

import datetime as dt

from desktop.domain.mentions import MentionFinder, compose
from desktop.domain.privacy import PurgeReport, retention_cutoff
from desktop.i18n import counted, tr
from desktop.store.privacy import PrivacyStore


def _t(text: str) -> str:
    return tr("Privacy", text)


def removed_text() -> str:
    """What replaces a text removed because it named someone."""
    return _t("(text removed: it named a person)")


def another_person() -> str:
    """What replaces another person's name in what is shown to someone."""
    return _t("[another person]")


def forgotten_name(person_id: int) -> str:
    """The name a forgotten person is given."""
    return _t("Former tenant #{id}").format(id=person_id)


def purge(store, older_than_years: float | None = None, dry_run: bool = False,
          today: dt.date | None = None) -> PurgeReport:
    """Anonymise the finished complaints last changed, and the liaison forms received, more than
    the retention (``older_than_years``, or the setting) ago; liaison forms on the agenda of
    signed minutes are kept whole. A dry run only says what would be done."""
    years = older_than_years if older_than_years is not None else store.audit.retention_years()
    today = today or store.complaints.today()
    privacy = PrivacyStore(store.db, store.complaints.now)
    report = PurgeReport(cutoff=retention_cutoff(today, years), dry_run=dry_run)
    report.complaint_ids, report.form_ids = privacy.purge_candidates(report.cutoff)
    report.photos_removed = privacy.photo_count(report.complaint_ids)
    if dry_run or report.is_empty:
        return report
    matcher = purge_matcher(privacy)
    privacy.secure()
    with store.atomic():
        for complaint_id in report.complaint_ids:
            report.texts_removed += privacy.anonymise_complaint(complaint_id, matcher, removed_text(),
                                                                another_person())
        for form_id in report.form_ids:
            report.texts_removed += privacy.anonymise_form(form_id, matcher, removed_text())
        store.audit.record("purged", "retention", None, purge_summary(report))
    return report


def purge_matcher(privacy: PrivacyStore) -> MentionFinder:
    """The matcher a purge uses: every name the database knows, and any civility + name."""
    return MentionFinder(privacy.known_names())


def complaints_counted(count: int) -> str:
    """"1 complaint", "12 complaints"."""
    return counted(count, _t("{count} complaint"), _t("{count} complaints"))


def forms_counted(count: int) -> str:
    """"1 liaison form", "3 liaison forms"."""
    return counted(count, _t("{count} liaison form"), _t("{count} liaison forms"))


def records_counted(count: int) -> str:
    """"1 record", "7 records"."""
    return counted(count, _t("{count} record"), _t("{count} records"))


def purge_summary(report: PurgeReport) -> str:
    """The purge report as a sentence."""
    if report.is_empty:
        return _t("Nothing to anonymise: no finished complaint or liaison form is older than {date}.").format(
            date=report.cutoff.strftime("%d/%m/%Y"))
    text = _t("{complaints} and {forms} older than {date} anonymised; {photos} and {texts} naming someone "
              "removed.")
    if report.dry_run:
        text = _t("Dry run, nothing changed: {complaints} and {forms} older than {date} would be anonymised, "
                  "and {photos} removed.")
    text = text.format(complaints=complaints_counted(len(report.complaint_ids)),
                       forms=forms_counted(len(report.form_ids)), date=report.cutoff.strftime("%d/%m/%Y"),
                       photos=counted(report.photos_removed, _t("{count} photo"), _t("{count} photos")),
                       texts=counted(report.texts_removed, _t("{count} text"), _t("{count} texts")))
    ids = _ids_line(_t("Complaints:"), report.complaint_ids) + _ids_line(_t("Liaison forms:"), report.form_ids)
    return text + ids


def _ids_line(label: str, ids: list[int]) -> str:
    return f"\n{label} {', '.join(str(i) for i in ids)}" if ids else ""


def forget_person(store, person_id: int) -> dict[str, int]:
    """Replace a person's name everywhere except in signed minutes, which keep it, and clear
    their phone and e-mail; one transaction. Returns how many rows changed per table."""
    person = store.people.get(person_id)
    new = forgotten_name(person_id)
    privacy = PrivacyStore(store.db, store.complaints.now)
    privacy.secure()
    with store.atomic():
        counts = privacy.forget_person(person_id, person.name, new)
        store.audit.record("forgotten", "person", person_id,
                           _t("Name replaced in {records}; signed minutes keep it.").format(
                               records=records_counted(sum(counts.values()))))
    return counts


def register_matcher(store) -> MentionFinder:
    """A matcher for every name the register knows, and any civility + name: what the complaint
    form uses to see whether a disturbance complaint names someone."""
    return MentionFinder(PrivacyStore(store.db, store.complaints.now).known_names())


def named_in(matcher: MentionFinder, text: str) -> list[str]:
    """The names and homes ``text`` mentions, as written, each once, in order ("M. Brunet",
    "appt 203"): what a disturbance complaint should describe rather than name. Suspected names
    count too (the writer decides)."""
    composed = compose(text)
    found: list[str] = []
    for mention in matcher.find(composed, homes=True, fuzzy=True):
        words = " ".join(composed[mention.start:mention.end].split())
        if words and words not in found:
            found.append(words)
    return found
