"""Build Palier for office PCs: ``uv run python packaging/build.py``.

Everywhere: the icons from resources/palier.svg, resources/licences.txt from the installed
libraries, and the one-folder program ``dist/palier/`` (PyInstaller). On Linux, also
``dist/palier_VERSION_amd64.deb``; on Windows, also the installer when Inno Setup's ``iscc`` is
found (see packaging/windows/).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from palier_build import debian, icons, licences  # noqa: E402
from palier_build.freeze import freeze  # noqa: E402
from palier_build.project import BUILD, DIST, RESOURCES, ROOT, version  # noqa: E402


def derive_icons() -> dict[int, Path]:
    """PNGs for Linux, the ICO for Windows, under build/icons."""
    folder = BUILD / "icons"
    pngs = icons.render_pngs(RESOURCES / "palier.svg", folder)
    icons.write_ico(pngs, folder / "palier.ico")
    return pngs


def windows_installer() -> Path | None:
    """Inno Setup's compiler on the Windows script, when it is installed."""
    iscc = shutil.which("iscc") or shutil.which(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    if iscc is None:
        print("Inno Setup (iscc) not found: dist/palier is built, the installer is not.")
        return None
    subprocess.run([iscc, f"/DAppVersion={version()}", f"/DSourceRoot={ROOT}",
                    str(ROOT / "packaging" / "windows" / "palier.iss")], check=True)
    return DIST / f"palier-{version()}-setup.exe"


def main() -> int:
    pngs = derive_icons()
    (RESOURCES / "licences.txt").write_text(licences.licences_text(), encoding="utf-8")
    folder = freeze()
    print(f"built {folder}")
    if sys.platform.startswith("linux"):
        root = debian.stage(folder, pngs, RESOURCES / "palier.svg", version(), BUILD / "deb-root")
        deb = debian.build_deb(root, DIST / debian.package_name(version()))
        print(f"built {deb}")
    elif sys.platform.startswith("win"):
        installer = windows_installer()
        if installer:
            print(f"built {installer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
