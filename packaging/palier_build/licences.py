"""The list of what the frozen program carries and under which licence, read from the installed
distributions' metadata so it cannot drift from what is bundled (a test compares it with
``resources/licences.txt``; the build rewrites that file)."""

from __future__ import annotations

import importlib.metadata as metadata
import re

from packaging.markers import default_environment
from packaging.requirements import Requirement

from palier_build.project import runtime_requirements, version

# Bundled pieces that are not Python distributions of the project's dependency tree.
FIXED_ENTRIES = (
    ("Qt 6 (libraries, plugins and translations, through PySide6)", "LGPL-3.0-only",
     "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    ("DejaVu fonts (embedded in the documents)", "Bitstream Vera Fonts licence and public domain "
     "(resources/fonts/LICENSE-DejaVu.txt)", "https://dejavu-fonts.github.io/License.html"),
    ("Python 3", "PSF-2.0", "https://docs.python.org/3/license.html"),
    ("PyInstaller bootloader (starts the program)", "GPL-2.0-or-later WITH Bootloader-exception",
     "https://pyinstaller.org/en/stable/license.html"),
)


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;(]", requirement, maxsplit=1)[0]


def runtime_distributions() -> list[metadata.Distribution]:
    """Every installed distribution the project's dependencies pull in, on this platform."""
    environment = default_environment()
    environment["extra"] = ""
    seen: dict[str, metadata.Distribution] = {}
    pending = [_name(text) for text in runtime_requirements()]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        distribution = metadata.distribution(name)
        seen[key] = distribution
        for text in distribution.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate(environment):
                pending.append(requirement.name)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def licence_of(distribution: metadata.Distribution) -> str:
    """The licence as the distribution declares it: its SPDX expression, else its short licence
    field, else its trove classifiers."""
    meta = distribution.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and len(field) <= 80 and "\n" not in field:
        return field
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return " / ".join(classifiers) or "see the distribution's licence file"


def home_of(distribution: metadata.Distribution) -> str:
    """The project's address, for whoever wants the licence's full text or the source."""
    meta = distribution.metadata
    if meta.get("Home-page"):
        return meta["Home-page"]
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "source code"):
            return url.strip()
    return ""


def licences_text() -> str:
    """The text of ``resources/licences.txt``."""
    lines = [f"Palier {version()}: free software it is built with, and their licences.", "",
             "Bundled components", "------------------"]
    for name, licence, url in FIXED_ENTRIES:
        lines += [name, f"    {licence}", f"    {url}"]
    lines += ["", "Python libraries", "----------------"]
    for distribution in runtime_distributions():
        meta = distribution.metadata
        lines.append(f"{meta['Name']} {distribution.version}")
        lines.append(f"    {licence_of(distribution)}")
        if home_of(distribution):
            lines.append(f"    {home_of(distribution)}")
    return "\n".join(lines) + "\n"
