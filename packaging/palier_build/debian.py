"""The Debian package: the frozen folder under /opt/palier, a ``palier`` command, a menu entry."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

INSTALL_DIR = "opt/palier"
# What the folder still takes from the system: PyInstaller leaves out the C library and the
# graphics stack on purpose (they must match the machine's drivers), the font configuration is
# the system's, and one font must be there for the window. Everything else (Qt, the X11 and xcb
# extension libraries, fontconfig's library, SQLite, OpenSSL...) is inside. The C library can be
# no older than the build machine's (Debian 12: 2.36).
DEPENDS = ("libc6 (>= 2.36)", "libgl1", "libegl1", "libxcb1", "libwayland-client0",
           "fontconfig-config", "fonts-dejavu-core")
RECOMMENDS = ("libwayland-cursor0",)


def control(version: str, installed_size_kib: int) -> str:
    """The DEBIAN/control file."""
    return "\n".join([
        "Package: palier",
        f"Version: {version}",
        "Section: misc",
        "Priority: optional",
        "Architecture: amd64",
        f"Installed-Size: {installed_size_kib}",
        "Maintainer: Palier <palier@localhost>",
        f"Depends: {', '.join(DEPENDS)}",
        f"Recommends: {', '.join(RECOMMENDS)}",
        "Description: complaints register and meetings of a social housing residence",
        " Palier keeps the register of tenants' complaints for building representatives and",
        " caretakers, prepares the quarterly meetings with the landlord and prints the signed",
        " minutes. It works entirely offline, in French.",
        "",
    ])


def desktop_entry() -> str:
    """The menu entry (freedesktop .desktop file), in English with its French name and comment."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=Palier",
        "Name[fr]=Palier",
        "GenericName=Complaints and meetings",
        "GenericName[fr]=Réclamations et réunions",
        "Comment=Complaint register and meetings with the landlord",
        "Comment[fr]=Registre des réclamations et réunions avec le bailleur",
        "Exec=palier",
        "TryExec=palier",
        "Icon=palier",
        "Terminal=false",
        "Categories=Office;",
        "Keywords=complaints;meetings;landlord;tenants;",
        "Keywords[fr]=réclamations;réunions;bailleur;locataires;amicale;",
        "StartupWMClass=palier",
        "",
    ])


def folder_size_kib(folder: Path) -> int:
    """What the installed files take, as dpkg counts it (KiB, rounded up)."""
    total = sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink())
    return -(-total // 1024)


def stage(app_folder: Path, pngs: dict[int, Path], svg: Path, version: str, root: Path) -> Path:
    """Lay out the package's tree in ``root`` (emptied first): what dpkg-deb packs as is."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(app_folder, root / INSTALL_DIR, symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    # Relative, so the command also works in a tree extracted anywhere (the check does that).
    os.symlink("../../opt/palier/palier", root / "usr/bin/palier")
    applications = root / "usr/share/applications"
    applications.mkdir(parents=True)
    (applications / "palier.desktop").write_text(desktop_entry(), encoding="utf-8")
    icons = root / "usr/share/icons/hicolor"
    for size, png in pngs.items():
        (icons / f"{size}x{size}/apps").mkdir(parents=True)
        shutil.copy2(png, icons / f"{size}x{size}/apps/palier.png")
    (icons / "scalable/apps").mkdir(parents=True)
    shutil.copy2(svg, icons / "scalable/apps/palier.svg")
    documentation = root / "usr/share/doc/palier"
    documentation.mkdir(parents=True)
    # Debian wants the licences beside every package: the same list "About Palier" shows.
    shutil.copy2(app_folder / "_internal" / "resources" / "licences.txt", documentation / "copyright")
    (root / "DEBIAN").mkdir()
    size = folder_size_kib(root)
    (root / "DEBIAN/control").write_text(control(version, size), encoding="utf-8")
    for path in [root, *root.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    return root


def build_deb(root: Path, target: Path) -> Path:
    """Pack the staged tree with dpkg-deb, every file owned by root."""
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def package_name(version: str) -> str:
    """``palier_VERSION_amd64.deb``, as Debian names it."""
    return f"palier_{version}_amd64.deb"
