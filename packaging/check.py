"""Check the built program as a user's machine would run it: ``uv run python packaging/check.py``.

Builds (unless ``--no-build``), then runs a quarter's commands, the signing and the window
(offscreen) twice: from ``dist/palier`` moved to another folder, and from the .deb extracted into
a temporary root. Each run has a bare environment (no uv, no virtual environment, no PYTHON*
variables, PATH without the checkout) and is traced: a file opened from the checkout or from any
Python installation outside the folder fails the check. Takes a few minutes; not part of the
default test run. Prints one line per step and exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from palier_build import debian  # noqa: E402
from palier_build.project import DIST, ROOT, version  # noqa: E402

# The chair and the secretary of the meeting signed (only they may sign its minutes), each with
# a passphrase; their names are read from the demo (``meeting show``).
SIGNED_MEETING = "9"
PASSPHRASES = {"chair": "lilas-2026", "secretary": "tilleul-2026"}
failures: list[str] = []


def step(name: str, ok: bool, detail: str = "") -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}", flush=True)
    if not ok:
        failures.append(name)


def bare_environment(home: Path) -> dict[str, str]:
    """What a user's session gives the program: no uv, no virtual environment, no Python paths."""
    return {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "PALIER_DATA_DIR": str(home / "data"), "QT_QPA_PLATFORM": "offscreen", "TZ": "Europe/Paris"}


def run(exe: Path, work: Path, env: dict, *arguments: str, extra_env: dict | None = None,
        trace: Path | None = None) -> subprocess.CompletedProcess:
    command = [str(exe), "--db", str(work / "residence.db"), *arguments]
    if trace is not None:
        command = ["strace", "-f", "-qq", "-e", "trace=open,openat,execve", "-o", str(trace), *command]
    return subprocess.run(command, cwd=work, env={**env, **(extra_env or {})}, capture_output=True,
                          text=True, timeout=300)


def expect(name: str, result: subprocess.CompletedProcess, status: int = 0, says: str = "") -> bool:
    ok = result.returncode == status and says in result.stdout + result.stderr \
        and "Traceback" not in result.stdout + result.stderr
    output = (result.stdout + result.stderr).strip().splitlines()
    step(name, ok, f"exit {result.returncode}" + (f", {output[-1][:110]}" if output else ""))
    return ok


def is_pdf_with_embedded_fonts(path: Path) -> bool:
    data = path.read_bytes() if path.exists() else b""
    return data.startswith(b"%PDF") and b"/FontFile2" in data and b"DejaVu" in data


def outside_files(trace: Path, folder: Path) -> list[str]:
    """Files the traced run opened from the checkout or from a Python installation other than
    its own folder: the signs of a build that only works on the developer's machine."""
    forbidden = [str(ROOT), "/usr/lib/python3", "/usr/local/lib/python3", str(Path.home() / ".local/share/uv")]
    found = set()
    for line in trace.read_text(errors="replace").splitlines():
        match = re.search(r'(?:openat|open|execve)\((?:AT_FDCWD, )?"([^"]+)"', line)
        if not match or "ENOENT" in line or "= -1" in line:
            continue
        path = match.group(1)
        if path.startswith(str(folder)):
            continue
        if any(path.startswith(prefix) for prefix in forbidden):
            found.add(path)
    return sorted(found)


def opened(trace: Path, name: str) -> list[str]:
    return [line for line in trace.read_text(errors="replace").splitlines()
            if name in line and "= -1" not in line]


def scenario(label: str, exe: Path, folder: Path, scratch: Path) -> None:
    """Everything a user does, with the executable ``exe`` (its files in ``folder``)."""
    print(f"\n== {label}: {exe}")
    work = scratch / label
    work.mkdir()
    inside = folder / "_internal"
    step("inside: icon, licences, version, fonts, Qt's French",
         all((inside / name).exists() for name in ("resources/palier.svg", "resources/licences.txt", "pyproject.toml",
                                                   "resources/fonts/DejaVuSans.ttf",
                                                   "PySide6/Qt/translations/qtbase_fr.qm")))
    env = bare_environment(work)
    if not expect("demo", run(exe, work, env, "demo", "--complaints", "600"), says="600"):
        return
    expect("list complaints", run(exe, work, env, "list", "complaints", "--limit", "3"))
    expect("search (French words, accents)", run(exe, work, env, "--lang", "fr", "search", "electricite"))
    for document in ("agenda", "attendance", "minutes", "posting"):
        out = work / f"{document}.pdf"
        expect(f"report {document}", run(exe, work, env, "--lang", "fr", "report", document, "--meeting", "10",
                                         "--out", str(out)))
        step(f"  {document}.pdf has its fonts embedded", is_pdf_with_embedded_fonts(out))
    out = work / "register.pdf"
    expect("report register", run(exe, work, env, "report", "register", "--from", "2024-01-01",
                                  "--to", "2026-12-31", "--out", str(out)))
    step("  register.pdf has its fonts embedded", is_pdf_with_embedded_fonts(out))
    expect("export complaints", run(exe, work, env, "export", "complaints", str(work / "export.csv")))
    sys.path.insert(0, str(ROOT))  # the program's own rule for naming a signer's passphrase variable
    from desktop.commands.signing import passphrase_variable

    shown = json.loads(run(exe, work, env, "meeting", "show", SIGNED_MEETING, "--json").stdout)
    signers = [(shown[role], role, PASSPHRASES[role]) for role in ("chair", "secretary")]
    for name, role, passphrase in signers:
        expect(f"identity create ({role})", run(exe, work, env, "identity", "create", "--name", name, "--role", role,
                                                extra_env={"PALIER_PASSPHRASE": passphrase,
                                                           "PALIER_ROOT_PASSPHRASE": "racine-2026"}))
    signed = work / "signed.pdf"
    passphrases = {passphrase_variable(name): passphrase for name, _role, passphrase in signers}
    expect("report minutes --sign", run(exe, work, env, "report", "minutes", "--meeting", SIGNED_MEETING, "--sign",
                                        "--signer", signers[0][0], "--signer", signers[1][0], "--out", str(signed),
                                        extra_env={**passphrases, "PALIER_ROOT_PASSPHRASE": "racine-2026"}))
    expect("verify the signed minutes", run(exe, work, env, "verify", str(signed)), says="is valid")
    if shutil.which("pdfsig") and signed.exists():
        pdfsig = subprocess.run(["pdfsig", str(signed)], capture_output=True, text=True)
        step("  poppler's pdfsig agrees", pdfsig.stdout.count("Signature is Valid") == 2)
    if signed.exists():
        data = bytearray(signed.read_bytes())
        data[len(data) // 3] ^= 0x01
        tampered = work / "tampered.pdf"
        tampered.write_bytes(bytes(data))
        expect("verify refuses one changed byte", run(exe, work, env, "verify", str(tampered)), status=2,
               says="not valid")
    expect("backup", run(exe, work, env, "backup", str(work / "copy.db")), says="sound")
    expect("check", run(exe, work, env, "check"), says="sound")
    expect("check on a French system speaks French", run(exe, work, env, "check",
                                                          extra_env={"LANG": "fr_FR.UTF-8"}), says="est intact")
    trace = work / "window.trace"
    window = run(exe, work, env, "--lang", "fr", "--exit-after-start", trace=trace)
    expect("window: --exit-after-start (offscreen, French)", window)
    strays = outside_files(trace, folder)
    step("  nothing read from the checkout or another Python", not strays, ", ".join(strays[:5]))
    qt_french = opened(trace, "qtbase_fr.qm")
    step("  Qt's own French translation loaded from the folder",
         bool(qt_french) and all(str(folder) in line for line in qt_french))
    palier_french = opened(trace, "translations/fr/window.ts")
    step("  Palier's French catalogue read from the folder",
         bool(palier_french) and all(str(folder) in line for line in palier_french))
    for page in ("complaints", "meetings", "documents", "backups", "privacy"):
        expect(f"window on the {page} page", run(exe, work, env, "--exit-after-start", "--page", page))
    starts = []
    for _ in range(5):
        began = time.perf_counter()
        run(exe, work, env, "--exit-after-start")
        starts.append(time.perf_counter() - began)
    print(f"     start-up to first paint and exit, 600 complaints: median {statistics.median(starts):.2f} s "
          f"(min {min(starts):.2f} s)")


def check_deb(deb: Path, root: Path) -> Path:
    """Extract the package as dpkg would install it, and check what the menu will show."""
    print(f"\n== {deb.name} ({deb.stat().st_size / 2**20:.0f} MB)")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True).stdout
    step("control: package, version, architecture",
         "Package: palier" in fields and f"Version: {version()}" in fields and "Architecture: amd64" in fields)
    step("program under /opt/palier", os.access(root / "opt/palier/palier", os.X_OK))
    command = root / "usr/bin/palier"
    step("a palier command", command.is_symlink() and command.resolve() == (root / "opt/palier/palier").resolve())
    entry_path = root / "usr/share/applications/palier.desktop"
    entry = entry_path.read_text(encoding="utf-8") if entry_path.exists() else ""
    step("menu entry: French name and comment, Office, icon",
         "Name[fr]=" in entry and "Comment[fr]=" in entry and "Categories=Office;" in entry and "Icon=palier" in entry)
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(entry_path)], capture_output=True, text=True)
        step("desktop-file-validate", result.returncode == 0, result.stdout.strip()[:200])
    step("icons installed", (root / "usr/share/icons/hicolor/scalable/apps/palier.svg").exists()
         and (root / "usr/share/icons/hicolor/48x48/apps/palier.png").exists())
    return command


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="check the dist/ already built")
    args = parser.parse_args()
    if not args.no_build:
        subprocess.run([sys.executable, str(ROOT / "packaging/build.py")], check=True)
    folder, deb = DIST / "palier", DIST / debian.package_name(version())
    print(f"dist/palier: {folder_mb(folder):.0f} MB; {deb.name}: {deb.stat().st_size / 2**20:.0f} MB")
    with tempfile.TemporaryDirectory(prefix="palier-check-") as scratch_name:
        scratch = Path(scratch_name)
        moved = scratch / "elsewhere" / "Palier moved"  # a space in the path, as on Windows
        shutil.copytree(folder, moved, symlinks=True)
        scenario("moved-folder", moved / "palier", moved, scratch)
        command = check_deb(deb, scratch / "root")
        scenario("deb-root", command, scratch / "root/opt/palier", scratch)
    print(f"\n{'all checks passed' if not failures else str(len(failures)) + ' FAILED: ' + ', '.join(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
