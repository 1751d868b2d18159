"""Backups hold purged and forgotten data until they rotate out: say until when, and rewrite them.

A backup made before the latest purge or forgetting still holds what was removed. The rotation
(``services.backups``: 7 daily, 4 weekly, 12 monthly) keeps the newest backup of each of the 12
most recent months that have one, so such a copy is gone at the latest on the first day of the
thirteenth month after it was made, provided Palier keeps making backups (it does every day it is
used). Copies made before an update or a restore are kept until three newer ones exist.

``rewrite_backups`` applies the same anonymisation and forgetting to each of those copies: each is
copied aside, brought to the current schema, anonymised, checked, and put back in place of the old
one under the same name and date, so the rotation is unchanged.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.errors import UserError
from desktop.i18n import counted, plural, tr
from desktop.services import backups
from desktop.store import Store, integrity, snapshots
from desktop.store import privacy as store_privacy
from desktop.store.privacy import PrivacyStore

MONTHS_KEPT = backups.MONTHLY


def _t(text: str) -> str:
    return tr("Privacy", text)


@dataclass(frozen=True)
class BackupExposure:
    """Which backups still hold purged or forgotten data, and until when at the latest."""

    since: dt.datetime | None               # the latest purge or forgetting
    holding: list[snapshots.BackupInfo]     # backups made before it
    expires_on: dt.date | None              # when the rotation has dropped the last of them
    kept_safety_copies: int = 0             # "before an update/restore" copies among them

    @property
    def is_clear(self) -> bool:
        """True when no backup holds removed data."""
        return not self.holding


def _months_later(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def latest_removal(store) -> dt.datetime | None:
    """When data was last purged or a person forgotten (from the audit log), or None."""
    stamp = store_privacy.latest_removal_stamp(store.db)
    return dt.datetime.fromisoformat(stamp) if stamp else None


def exposure(store, folder: Path | None = None) -> BackupExposure:
    """The backups of ``store`` made before its latest purge or forgetting, and the date by which
    the rotation will have dropped the last of them."""
    since = latest_removal(store)
    if since is None or str(store.path) == ":memory:":
        return BackupExposure(since, [], None)
    database = Path(store.path)
    folder = Path(folder) if folder else backups.default_folder(database)
    holding = [info for info in snapshots.list_backups(folder, database.stem)
               if info.created < since and (snapshots.rewritten_at(info) or info.created) < since]
    if not holding:
        return BackupExposure(since, [], None)
    expires = max(_months_later(info.created.date(), MONTHS_KEPT + 1) for info in holding)
    safety = sum(1 for info in holding if info.reason.startswith("before-"))
    return BackupExposure(since, holding, expires, safety)


def exposure_sentence(found: BackupExposure) -> str:
    """What the Privacy page and ``purge``/``person forget`` say about backups."""
    if found.since is None:
        return _t("No data was purged or forgotten yet.")
    if found.is_clear:
        return _t("No backup holds purged or forgotten data.")
    text = plural(len(found.holding),
                  _t("1 backup made before {date} still holds purged or forgotten data. The rotation drops it "
                     "by {expires} at the latest; you can rewrite it now."),
                  _t("{count} backups made before {date} still hold purged or forgotten data. The rotation "
                     "drops the last of them by {expires} at the latest; you can rewrite them now.")).format(
        count=len(found.holding), date=backups.when(found.since), expires=found.expires_on.strftime("%d/%m/%Y"))
    if found.kept_safety_copies:
        text += " " + counted(found.kept_safety_copies,
                              _t("1 of them was made before an update or a restore and is kept until three "
                                 "newer ones exist."),
                              _t("{count} of them were made before an update or a restore and are kept until "
                                 "three newer ones exist."))
    return text


def _removed_in(store) -> tuple[list[int], list[int], list[int]]:
    return store_privacy.removed_ids(store.db)


def apply_removals(target, complaint_ids: list[int], form_ids: list[int], person_ids: list[int]) -> None:
    """Anonymise these complaints and liaison forms and forget these people in ``target`` (an
    open Store, a copy), as the live database did; one transaction."""
    from desktop.services import privacy

    rewriter = PrivacyStore(target.db, target.complaints.now)
    matcher = privacy.purge_matcher(rewriter)
    done_complaints, done_forms, _people = (set(ids) for ids in store_privacy.removed_ids(target.db))
    existing_complaints, existing_forms = store_privacy.existing_ids(target.db)
    rewriter.secure()
    with target.atomic():
        for complaint_id in complaint_ids:
            if complaint_id in existing_complaints and complaint_id not in done_complaints:
                rewriter.anonymise_complaint(complaint_id, matcher, privacy.removed_text(), privacy.another_person())
        for form_id in form_ids:
            if form_id in existing_forms and form_id not in done_forms:
                rewriter.anonymise_form(form_id, matcher, privacy.removed_text())
        for person_id in person_ids:
            name = store_privacy.person_name(target.db, person_id)
            if name is not None and name != privacy.forgotten_name(person_id):
                rewriter.forget_person(person_id, name, privacy.forgotten_name(person_id))
        rewriter.forget_in_search_index()


@dataclass(frozen=True)
class RewritePlan:
    """What rewriting the backups will do, read from the live database (in its own thread), so
    that the work itself (``run_rewrite``) touches only the backup files."""

    backups: list[snapshots.BackupInfo]
    complaint_ids: list[int]
    form_ids: list[int]
    person_ids: list[int]
    now: dt.datetime  # the store's clock: a rewritten backup counts from then on


def plan_rewrite(store, folder: Path | None = None) -> RewritePlan:
    """The backups to rewrite and what to remove from them, read from ``store``."""
    return RewritePlan(exposure(store, folder).holding, *_removed_in(store), store.complaints.now())


def run_rewrite(plan: RewritePlan, progress: Callable[[int, int, str], None] | None = None) -> int:
    """Rewrite the backups of ``plan``; returns how many. A backup that cannot be rewritten is
    left as it was and named in the UserError raised at the end."""
    failed: list[str] = []
    total = len(plan.backups)
    for step, info in enumerate(plan.backups):
        if progress is not None:
            progress(step, total, _t("Rewriting the backup of {date}…").format(date=backups.when(info.created)))
        try:
            _rewrite_one(info, (plan.complaint_ids, plan.form_ids, plan.person_ids), plan.now)
        except (UserError, OSError) as error:
            failed.append(f"{info.path.name} ({error})")
    if progress is not None:
        progress(total, total, _t("Done."))
    if failed:
        raise UserError(_t("These backups could not be rewritten and were left as they were: {names}.").format(
            names="; ".join(failed)))
    return total


def rewrite_backups(store, folder: Path | None = None,
                    progress: Callable[[int, int, str], None] | None = None) -> int:
    """Apply the purges and forgettings of ``store`` to every backup made before the latest of
    them (see the module docstring); returns how many backups were rewritten."""
    return run_rewrite(plan_rewrite(store, folder), progress)


def _rewrite_one(info: snapshots.BackupInfo, removals, now: dt.datetime) -> None:
    with tempfile.TemporaryDirectory(prefix="palier-rewrite-") as work:
        working = Path(work) / info.path.name
        shutil.copyfile(info.path, working)
        opened = Store.open(working)  # brought to the current schema; its own copies stay in ``work``
        try:
            apply_removals(opened, *removals)
        finally:
            opened.close()
        checked = Path(work) / ("checked-" + info.path.name)
        digest = integrity.snapshot_to(working, checked)  # compacted: freed pages are not copied
        snapshots.replace_backup(info, checked, digest, now)
