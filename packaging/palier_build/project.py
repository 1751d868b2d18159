"""Where the checkout is, and what pyproject.toml says."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = ROOT / "pyproject.toml"
RESOURCES = ROOT / "resources"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
APP_NAME = "palier"


def pyproject(path: Path = PYPROJECT) -> dict:
    """The parsed pyproject.toml."""
    with open(path, "rb") as file:
        return tomllib.load(file)


def version(path: Path = PYPROJECT) -> str:
    """The version the build stamps on the folder, the .deb and the installer."""
    return pyproject(path)["project"]["version"]


def runtime_requirements(path: Path = PYPROJECT) -> list[str]:
    """The project's own dependencies (not the dev group): what the frozen program carries."""
    return list(pyproject(path)["project"]["dependencies"])
