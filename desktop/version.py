"""Palier's version, read from ``pyproject.toml`` (the one place it is written).

The frozen build carries ``pyproject.toml`` at the root of its bundle, so the window shows the
same number whether it runs from a checkout or from an installed copy.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

from desktop.paths import APP_ROOT


@lru_cache(maxsize=1)
def version() -> str:
    """The version of this copy of Palier, e.g. ``"0.1.0"``."""
    with open(APP_ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]["version"]
