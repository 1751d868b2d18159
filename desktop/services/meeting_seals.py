"""Is every signed meeting as it was signed? The seals of ``desktop.store.meeting_seals``, in sentences.

Used at opening (the window's warning), by ``check`` (exit 2 naming the meeting and what differs),
by the documents of a meeting (a line saying they no longer match what was signed) and by
``verify``.
"""

from __future__ import annotations

from pathlib import Path

from desktop.domain.dates import long_date, parse_date
from desktop.domain.errors import UserError
from desktop.i18n import N_, tr
from desktop.store import integrity
from desktop.store import meeting_seals as seals

PART_WORDS = {
    "meeting": N_("its header (date, times, place, chair, secretary or status)"),
    "buildings": N_("the buildings it concerns"),
    "attendance": N_("its attendance"),
    "points": N_("its agenda points"),
    "links": N_("the complaints and liaison forms of its points"),
    "commitments": N_("its commitments"),
    "handwritten": N_("the handwritten signatures"),
    "signed_pdf": N_("the digitally signed copy kept"),
    "amendments": N_("its amendments"),
}


def _t(text: str) -> str:
    return tr("Signing", text)


def _which(finding: seals.Finding) -> str:
    if finding.date:
        return _t("meeting {id} of {date}").format(id=finding.meeting_id, date=long_date(parse_date(finding.date)))
    return _t("meeting {id}").format(id=finding.meeting_id)


def describe(finding: seals.Finding) -> str:
    """One sentence naming the meeting and what differs from what was signed."""
    which = _which(finding)
    if finding.unsealed:
        return _t("The fingerprint kept when {meeting} was signed is missing: its data can no longer be shown to be "
                  "those signed.").format(meeting=which)
    if finding.unsigned:
        return _t("In this database, {meeting} was signed but is no longer marked as signed, or was "
                  "removed.").format(meeting=which)
    parts = ", ".join(_t(PART_WORDS[name]) for name in finding.parts)
    return _t("The data of {meeting} were changed after it was signed: {parts}.").format(meeting=which, parts=parts)


def _triggers_sentence(names: list[str]) -> str:
    return _t("{count} of the database's locks on signed meetings are missing or altered ({names}): signed "
              "meetings could be changed without a trace.").format(count=len(names), names=", ".join(names))


def problems(store) -> list[str]:
    """Every difference between the signed meetings of ``store`` and what was signed, in sentences."""
    found = [describe(finding) for finding in store.meetings.seal_findings()]
    missing = store.meetings.missing_lock_triggers()
    if missing:
        found.append(_triggers_sentence(missing))
    return found


def file_problems(path: Path) -> list[str]:
    """``problems`` of the file at ``path``, read without writing to it (for ``check``)."""
    conn = integrity.open_read_only(Path(path))
    try:
        if not seals.sealed_file(conn):
            return []  # an older file: sealed when this version opens it
        found = [describe(finding) for finding in seals.findings(conn)]
        missing = seals.missing_triggers(conn)
    finally:
        conn.close()
    if missing:
        found.append(_triggers_sentence(missing))
    return found


def warning(store, meeting_id: int) -> str:
    """A sentence when the data of ``meeting_id`` no longer match what was signed, else ""."""
    findings = store.meetings.seal_findings(meeting_id)
    if not findings:
        return ""
    return _t("{problem} This document no longer matches what was signed.").format(problem=describe(findings[0]))


def refuse_changed_signed_copy(store, meeting_id: int) -> None:
    """UserError when the meeting's data no longer match what was signed. Its kept signed copy is
    then not handed out as if nothing had changed: it may itself be what was changed, and a warning
    cannot be added to it without breaking its signatures."""
    found = warning(store, meeting_id)
    if found:
        raise UserError(_t("{warning} The signed copy kept is not handed out: restore a backup made before the "
                           "change (check names the last good one).").format(warning=found))


def computer_notes() -> list[str]:
    """What ``check`` says about this computer's signing identities (a root key left in clear)."""
    from desktop.services import identities

    if identities.root_state() == "clear":
        return [_t("Note: the residence's root certificate's private key is kept in clear on this computer "
                   "(made by an older Palier); it will be protected by a passphrase when the next signing "
                   "identity is created.")]
    return []
