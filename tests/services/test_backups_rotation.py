"""The rotation of backups: 7 daily, 4 weekly, 12 monthly, decided from their times alone."""

from __future__ import annotations

import datetime as dt
import random

from desktop.services import backups
from desktop.store import snapshots

D = dt.datetime


def every_day(start: dt.datetime, days: int, hour: int = 18) -> list[dt.datetime]:
    return [(start + dt.timedelta(days=n)).replace(hour=hour, minute=0) for n in range(days)]


def test_nothing_to_keep_from_nothing_and_a_single_backup_is_kept():
    assert backups.select_kept([]) == set()
    assert backups.select_kept([D(2026, 3, 12, 10, 0)]) == {D(2026, 3, 12, 10, 0)}


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_and_12_months():
    stamps = every_day(D(2025, 1, 1), 436)  # 1 January 2025 to 12 March 2026
    kept = backups.select_kept(stamps)

    newest = max(stamps)
    assert newest == D(2026, 3, 12, 18, 0)
    days = {newest - dt.timedelta(days=n) for n in range(7)}  # 6 to 12 March
    # Newest of each of the last 4 ISO weeks: the current week's is the newest backup; then Sundays.
    weeks = {newest, D(2026, 3, 8, 18), D(2026, 3, 1, 18), D(2026, 2, 22, 18)}
    # Newest of each of the last 12 months: this month's newest, then the last day of each month.
    month_ends = [D(2025, m, 1, 18) - dt.timedelta(days=1) for m in range(5, 13)]  # April to November
    months = {newest, D(2026, 2, 28, 18), D(2026, 1, 31, 18), D(2025, 12, 31, 18), *month_ends}
    assert len(months) == 12 and D(2025, 4, 30, 18) in months
    assert kept == days | weeks | months
    assert len(kept) == 7 + 2 + 11  # the rules overlap: the newest backup, and Sunday 8 March


def test_of_several_backups_in_a_day_only_the_newest_stays_once_the_day_is_past():
    stamps = [D(2026, 3, day, hour) for day in range(1, 13) for hour in (9, 12, 18)]
    kept = backups.select_kept(stamps)
    assert all(stamp.hour == 18 for stamp in kept)
    assert {stamp.day for stamp in kept} >= set(range(6, 13))


def test_days_without_backups_do_not_count():
    # Palier opened about once a week: the 7 daily backups reach back seven uses.
    stamps = [D(2026, 1, 5, 18) + dt.timedelta(days=7 * n) for n in range(10)]
    kept = backups.select_kept(stamps, weekly=0, monthly=0)
    assert kept == set(sorted(stamps)[-7:])


def test_weeks_are_iso_weeks_across_the_new_year():
    # 29 December 2025 to 4 January 2026 is ISO week 1 of 2026: one weekly pick for all of it.
    stamps = [D(2025, 12, 29, 18) + dt.timedelta(days=n) for n in range(7)]
    assert backups.select_kept(stamps, daily=0, weekly=4, monthly=0) == {D(2026, 1, 4, 18)}


def test_months_without_backups_do_not_count():
    stamps = [D(2024, 1, 15), D(2024, 6, 15), D(2025, 2, 15), D(2026, 3, 1)]
    assert backups.select_kept(stamps, daily=0, weekly=0, monthly=3) == {D(2024, 6, 15), D(2025, 2, 15), D(2026, 3, 1)}


def test_the_choice_depends_only_on_the_times_not_their_order_or_repeats():
    stamps = every_day(D(2025, 6, 1), 200)
    shuffled = stamps * 2
    random.Random(4).shuffle(shuffled)
    assert backups.select_kept(shuffled) == backups.select_kept(stamps)


def test_the_rotation_never_keeps_more_than_its_rules_allow():
    rnd = random.Random(7)
    start = D(2023, 1, 1)
    stamps = [start + dt.timedelta(minutes=rnd.randrange(60 * 24 * 1100)) for _ in range(3000)]
    kept = backups.select_kept(stamps)
    assert max(stamps) in kept
    assert len(kept) <= 7 + 4 + 12
    assert len({stamp.date() for stamp in kept}) == len(kept)  # never two of the same day


# Pruning real files ------------------------------------------------------------------------------
def fake_backup(folder, stem, reason, created, template):
    info = snapshots.BackupInfo(path=folder / snapshots.backup_name(folder / f"{stem}.db", reason, created),
                                created=created, reason=reason, size=len(template), verified=True)
    info.path.write_bytes(template)
    snapshots._write_note(info)
    return info.path


def test_prune_deletes_what_the_rotation_drops_with_its_note(tmp_path):
    template = b"SQLite format 3\x00" + bytes(100)
    made = {stamp: fake_backup(tmp_path, "palier", "daily", stamp, template)
            for stamp in every_day(D(2026, 1, 1), 60)}  # 1 January to 1 March
    other = fake_backup(tmp_path, "autre", "daily", D(2025, 1, 1), template)
    (tmp_path / "notes.txt").write_text("mine")

    removed = backups.prune(tmp_path, "palier")

    kept = set(backups.select_kept(made))
    assert {path for stamp, path in made.items() if stamp not in kept} == set(removed)
    assert all(not path.exists() and not path.with_suffix(".json").exists() for path in removed)
    assert all(made[stamp].exists() for stamp in kept)
    assert other.exists() and (tmp_path / "notes.txt").exists()


def test_prune_keeps_the_latest_backups_and_the_copies_made_before_a_restore(tmp_path):
    template = b"SQLite format 3\x00" + bytes(100)
    day = D(2026, 3, 12)
    safety = [fake_backup(tmp_path, "palier", "before-restore", D(2026, 2, 2, h), template) for h in (9, 10, 11, 12)]
    same_day = [fake_backup(tmp_path, "palier", "manual", day.replace(hour=h), template) for h in range(8, 16)]

    backups.prune(tmp_path, "palier")

    # The 5 newest of the day stay (a manual backup survives the closing one an hour later) ...
    assert [path.exists() for path in same_day] == [False, False, False, True, True, True, True, True]
    # ... and the 3 newest copies taken before a restore, whatever the rotation says.
    assert [path.exists() for path in safety] == [False, True, True, True]
