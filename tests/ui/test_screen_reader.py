"""Every page and dialog read through the accessibility tree, as a screen reader reads them.

The window runs on a virtual X screen with Qt's accessibility bridge on, in a D-Bus session of its
own, and ``tests/ui/atspi/walk.py`` reads it over AT-SPI (Debian's xvfb, dbus and at-spi2-core,
which ``.ci/run`` installs): every control that takes the focus has a name and a role, nothing
interactive is smaller than 24 × 24 pixels, text colours reach 4.5:1 against their background.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_a_screen_reader_finds_a_name_and_a_role_for_every_control(tmp_path):
    out = tmp_path / "screen-reader.json"
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env["PALIER_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run(
        ["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
         sys.executable, str(HERE / "atspi" / "walk.py"), str(out)],
        capture_output=True, text=True, timeout=300, env=env)
    assert out.exists(), result.stderr[-3000:]
    found = json.loads(out.read_text(encoding="utf-8"))
    titles = " | ".join(found["windows"])
    for page in ("dashboard", "complaints", "meetings", "people", "reports", "backups", "privacy"):
        assert f"Palier – {page}" in titles
    assert len(found["windows"]) >= 17 and found["nodes"] > 500, found
    assert found["problems"] == []
