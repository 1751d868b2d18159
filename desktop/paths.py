"""Where Palier keeps its files: one place decides, everything else asks here.

Plain Python rather than QStandardPaths so that the command line and the services, which must not
import Qt, agree with the window. The folders follow the same conventions as Qt's
AppDataLocation: %APPDATA%\\Palier on Windows, ~/Library/Application Support/Palier on macOS and
$XDG_DATA_HOME/palier (~/.local/share/palier) elsewhere. ``PALIER_DATA_DIR`` overrides it all,
which the tests use.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Palier"
DATABASE_NAME = "palier.db"
# The program's own files: the checkout when run from source; the folder PyInstaller unpacked the
# bundle into (``sys._MEIPASS``, beside the executable in a one-folder build) when frozen.
APP_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
RESOURCES_DIR = APP_ROOT / "resources"


def command_name() -> str:
    """How a person runs this copy of Palier at a terminal, for sentences that show a command:
    the installed program's name when frozen (on Windows the console one), else the checkout's."""
    if getattr(sys, "frozen", False):
        return "palier-cmd" if sys.platform.startswith("win") else "palier"
    return "uv run main.py"


def data_dir() -> Path:
    """The per-user folder holding the database, created on first use."""
    override = os.environ.get("PALIER_DATA_DIR")
    if override:
        folder = Path(override)
    elif sys.platform.startswith("win"):
        folder = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_NAME
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        folder = Path(base) / APP_NAME.lower()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    """The database used when no ``--db`` is given."""
    return data_dir() / DATABASE_NAME


def backup_dir(database: Path) -> Path:
    """Where copies of ``database`` are kept (a ``backups`` folder beside it)."""
    folder = Path(database).resolve().parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_dir() -> Path:
    """Where the rotating log file lives."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
