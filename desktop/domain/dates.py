"""Dates as people write them in sentences ("Thursday 12 March 2026", « jeudi 12 mars 2026 »).

Below the window there is no QLocale, yet errors, agenda titles and command-line output name
meetings by their date; the month and weekday names go through the same catalogue as every other
word, so the French catalogue gives the French names.
"""

from __future__ import annotations

import calendar
import datetime as dt

from desktop.i18n import N_, current_language, tr

MONTHS = (
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
    N_("August"), N_("September"), N_("October"), N_("November"), N_("December"),
)
WEEKDAYS = (
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"),
    N_("Sunday"),
)


def long_date(day: dt.date, weekday: bool = False) -> str:
    """``day`` in words: "12 March 2026" ("12 mars 2026", "1er mars 2026" in French)."""
    month = tr("Date", MONTHS[day.month - 1])
    number = "1er" if day.day == 1 and current_language() == "fr" else str(day.day)
    text = f"{number} {month} {day.year}"
    if weekday:
        text = f"{tr('Date', WEEKDAYS[day.weekday()])} {text}"
    return text


def clock_time(moment: dt.time | None) -> str:
    """A time of day as written on a convocation: "18:00" ("18 h 00" in French)."""
    if moment is None:
        return ""
    if current_language() == "fr":
        return f"{moment.hour} h {moment.minute:02d}"
    return f"{moment.hour:02d}:{moment.minute:02d}"


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by ``months`` calendar months, its day of month kept when it exists
    (31 January + 1 month is 28 or 29 February)."""
    year, month_index = divmod(day.month - 1 + months, 12)
    year += day.year
    last = calendar.monthrange(year, month_index + 1)[1]
    return dt.date(year, month_index + 1, min(day.day, last))


def nearest_weekday(day: dt.date, weekday: int) -> dt.date:
    """The date with the given weekday (0 = Monday) closest to ``day`` (at most 3 days away)."""
    shift = (weekday - day.weekday()) % 7
    if shift > 3:
        shift -= 7
    return day + dt.timedelta(days=shift)


def parse_time(text: str | None) -> dt.time | None:
    """A stored "HH:MM" (or "HH:MM:SS") time, or None."""
    return dt.time.fromisoformat(text) if text else None


def parse_date(text: str | None) -> dt.date | None:
    """A stored ISO date, or None."""
    return dt.date.fromisoformat(text) if text else None
