"""The pieces of packaging/build.py that take seconds, not minutes: the version, the icons, the
licence list, the Debian control file and menu entry, the package's tree. The full build, run and
extracted, is packaging/check.py (by hand: it takes minutes)."""

import configparser
import os
import shutil
import subprocess
import tomllib
from pathlib import Path

from PIL import Image

from palier_build import debian, icons, licences, project

ROOT = Path(__file__).resolve().parents[2]


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]["version"]


def test_the_version_is_the_one_in_pyproject_for_the_build_and_the_program(tmp_path):
    from desktop.version import version

    assert project.version() == pyproject_version() == version()
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "palier"\nversion = "2.3.4"\ndependencies = []\n')
    assert project.version(other) == "2.3.4"


def test_the_control_file_describes_an_amd64_package_of_this_version():
    text = debian.control("2.3.4", 261_000)
    fields = dict(line.split(": ", 1) for line in text.splitlines() if line and not line.startswith(" "))
    assert fields["Package"] == "palier"
    assert fields["Version"] == "2.3.4"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "261000"
    assert "libegl1" in fields["Depends"] and "fonts-dejavu-core" in fields["Depends"]
    assert fields["Description"]  # the summary, then indented lines
    assert text.endswith("\n") and text.splitlines()[-1].startswith(" ")
    assert debian.package_name("2.3.4") == "palier_2.3.4_amd64.deb"


def test_the_menu_entry_is_french_in_office_with_the_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read_string(debian.desktop_entry())
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "palier" and section["Icon"] == "palier"
    assert section["Name[fr]"] == "Palier"
    assert section["Comment[fr]"] == "Registre des réclamations et réunions avec le bailleur"
    assert section["GenericName[fr]"] == "Réclamations et réunions"
    assert section["Categories"].split(";")[0] == "Office"


def test_the_icons_are_drawn_from_the_svg(tmp_path):
    pngs = icons.render_pngs(ROOT / "resources" / "palier.svg", tmp_path)
    assert sorted(pngs) == sorted(icons.PNG_SIZES)
    for size, path in pngs.items():
        image = Image.open(path)
        assert image.size == (size, size) and image.mode == "RGBA"
    large = Image.open(pngs[256])
    assert large.getpixel((0, 0))[3] == 0  # the rounded corner is transparent
    assert large.getpixel((128, 128))[3] == 255  # the drawing is there
    ico = icons.write_ico(pngs, tmp_path / "palier.ico")
    with Image.open(ico) as image:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(image.info["sizes"])


def test_the_licence_list_in_resources_is_the_one_the_installed_libraries_declare():
    """Adding a dependency without running the build (which rewrites the list) fails here."""
    committed = (ROOT / "resources" / "licences.txt").read_text(encoding="utf-8")
    assert committed == licences.licences_text()
    for requirement in project.runtime_requirements():
        name = requirement.split(">")[0].split("<")[0].split("=")[0].strip()
        assert name.lower().replace("-", "_") in committed.lower().replace("-", "_"), name
    assert "LGPL-3.0-only" in committed and "DejaVu" in committed


def fake_frozen_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "dist" / "palier"
    (folder / "_internal").mkdir(parents=True)
    (folder / "palier").write_text("#!/bin/sh\necho palier \"$@\"\n")
    (folder / "palier").chmod(0o755)
    (folder / "_internal" / "resources").mkdir()
    (folder / "_internal" / "resources" / "licences.txt").write_text("Qt 6\n    LGPL-3.0-only\n")
    return folder


def test_the_package_tree_puts_the_program_in_opt_and_a_command_in_usr_bin(tmp_path):
    pngs = icons.render_pngs(ROOT / "resources" / "palier.svg", tmp_path / "icons", sizes=(48, 256))
    root = debian.stage(fake_frozen_folder(tmp_path), pngs, ROOT / "resources" / "palier.svg", "2.3.4",
                        tmp_path / "root")
    assert os.access(root / "opt/palier/palier", os.X_OK)
    command = root / "usr/bin/palier"
    assert command.is_symlink() and not os.path.isabs(os.readlink(command))
    assert subprocess.run([str(command), "demo"], capture_output=True, text=True).stdout == "palier demo\n"
    assert (root / "usr/share/applications/palier.desktop").read_text(encoding="utf-8") == debian.desktop_entry()
    assert (root / "usr/share/icons/hicolor/48x48/apps/palier.png").exists()
    assert (root / "usr/share/icons/hicolor/scalable/apps/palier.svg").exists()
    assert "LGPL-3.0-only" in (root / "usr/share/doc/palier/copyright").read_text()
    control = (root / "DEBIAN/control").read_text(encoding="utf-8")
    assert "Version: 2.3.4" in control and "Installed-Size: " in control


def test_dpkg_deb_packs_the_tree_owned_by_root(tmp_path):
    assert shutil.which("dpkg-deb"), "dpkg-deb (Debian's dpkg package) is needed to build the .deb"
    pngs = icons.render_pngs(ROOT / "resources" / "palier.svg", tmp_path / "icons", sizes=(48,))
    root = debian.stage(fake_frozen_folder(tmp_path), pngs, ROOT / "resources" / "palier.svg", "2.3.4",
                        tmp_path / "root")
    deb = debian.build_deb(root, tmp_path / debian.package_name("2.3.4"))
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version"], capture_output=True,
                            text=True, check=True).stdout
    assert fields.split() == ["Package:", "palier", "Version:", "2.3.4"]
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    program = next(line for line in listing.splitlines() if line.endswith("./opt/palier/palier"))
    assert program.startswith("-rwxr-xr-x root/root")
    assert "./usr/bin/palier -> ../../opt/palier/palier" in listing
