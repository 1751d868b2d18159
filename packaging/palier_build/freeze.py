"""The frozen folder, ``dist/palier``, made by PyInstaller from ``packaging/palier.spec``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from palier_build.project import BUILD, DIST, ROOT

SPEC = ROOT / "packaging" / "palier.spec"


def freeze() -> Path:
    """Run PyInstaller; returns the folder holding the executable."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(SPEC)],
                   check=True, cwd=ROOT)
    return DIST / "palier"
