"""Every setting, declared once: key, type, default and a translatable label. Stored in QSettings."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from desktop.i18n import N_


@dataclass(frozen=True)
class Setting:
    """One user setting."""

    key: str
    type: type
    default: Any
    label: str


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows set-ups
        return ""


LANGUAGE = Setting("ui/language", str, "auto", N_("Language"))
PROFILE = Setting("user/profile", str, "", N_("Your name (written in the history of changes)"))
LAST_DATABASE = Setting("files/last_database", str, "", N_("Last database opened"))
FONT_SIZE = Setting("ui/font_size", int, 12, N_("Text size"))
DOCUMENTS_FOLDER = Setting("files/documents_folder", str, "", N_("Folder of the last document saved"))

ALL = (LANGUAGE, PROFILE, LAST_DATABASE, FONT_SIZE, DOCUMENTS_FOLDER)


def read(setting: Setting) -> Any:
    """The stored value of ``setting``, or its default (the login name for the profile)."""
    value = QSettings().value(setting.key, setting.default)
    try:
        value = setting.type(value)
    except (TypeError, ValueError):
        value = setting.default
    if setting is PROFILE and not value:
        return _login_name()
    return value


def write(setting: Setting, value: Any) -> None:
    """Store ``value`` for ``setting``."""
    QSettings().setValue(setting.key, setting.type(value))
