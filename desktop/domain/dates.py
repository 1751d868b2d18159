"""Dates as people write them in sentences ("Thursday 12 March 2026", « jeudi 12 mars 2026 »).

Below the window there is no QLocale, yet errors, agenda titles and command-line output name
meetings by their date; the month and weekday names go through the same catalogue as every other
word, so the French catalogue gives the French names.
"""

from __future__ import annotations

import calendar
import datetime as dt

from desktop.domain.errors import InvalidValue
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


_SEPARATORS = "/.-, "


def _two_digit_year(year: int) -> int:
    # "27" in a meeting or complaint is 2027: these dates are this century's.
    return 2000 + year


def _digits_only(text: str) -> tuple[int, int, int] | None:
    """31012027 → (31, 1, 2027); 310127 → (31, 1, 2027); None for other lengths."""
    if len(text) == 8:
        return int(text[:2]), int(text[2:4]), int(text[4:])
    if len(text) == 6:
        return int(text[:2]), int(text[2:4]), _two_digit_year(int(text[4:]))
    return None


def _parts(text: str, today: dt.date | None) -> tuple[int, int, int] | None:
    """(day, month, year) read from the pieces of a typed date, or None when they are not one."""
    for separator in _SEPARATORS[1:]:
        text = text.replace(separator, "/")
    pieces = [piece for piece in text.split("/") if piece]
    if not all(piece.isdigit() for piece in pieces):
        return None
    if len(pieces) == 1:
        return _digits_only(pieces[0])
    if len(pieces) == 2 and today is not None and all(len(piece) <= 2 for piece in pieces):
        return int(pieces[0]), int(pieces[1]), today.year
    if len(pieces) != 3:
        return None
    if len(pieces[0]) == 4:  # 2027-01-31, as stored and as some people write it
        return int(pieces[2]), int(pieces[1]), int(pieces[0])
    if len(pieces[0]) > 2 or len(pieces[1]) > 2 or len(pieces[2]) not in (2, 4):
        return None
    year = int(pieces[2])
    return int(pieces[0]), int(pieces[1]), _two_digit_year(year) if len(pieces[2]) == 2 else year


def read_typed_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date a person typed, day first as in France: "31/01/2027", "31012027", "31/1/27",
    "31.01.2027", "31-1-2027", "2027-01-31"; "31/1" is in ``today``'s year when it is given.

    Empty text is no date (None). Anything else that is not a real date raises ``InvalidValue``
    with a sentence naming what was typed.
    """
    stripped = (text or "").strip()
    if not stripped:
        return None
    parts = _parts(stripped, today)
    if parts is not None:
        day, month, year = parts
        try:
            if 1000 <= year <= 9999:
                return dt.date(year, month, day)
        except ValueError:
            pass
    raise InvalidValue(tr("Date", "“{text}” is not a date. Type the day, the month and the year, "
                                  "for example 31/01/2027.").format(text=stripped))


def typed_date(day: dt.date | None) -> str:
    """``day`` as the date fields show it: "31/01/2027" (empty for no date)."""
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
