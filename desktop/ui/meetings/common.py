"""Small helpers the meetings views share: dates in words, labels, the Qt date conversion."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def label(context: str, text: str) -> str:
    """An English label declared with N_ in the domain, translated in its context."""
    return QCoreApplication.translate(context, text)


def to_qdate(value: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())


def words_date(value: dt.date | None) -> str:
    """A date in words in the user's locale ("jeudi 12 mars 2026")."""
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


def short_date(value: dt.date | None) -> str:
    """A date in the user's locale, short form ("12/03/2026")."""
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.ShortFormat)
