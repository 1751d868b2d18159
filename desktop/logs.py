"""The rotating log file that every unexpected error is written to."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop import paths

_configured: Path | None = None


def log_file() -> Path:
    """Path of the current log file."""
    return paths.log_dir() / "palier.log"


def setup() -> Path:
    """Send warnings and errors to a rotating file (1 MB × 5); returns its path."""
    global _configured
    if _configured is None:
        path = log_file()
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _configured = path
    return _configured
