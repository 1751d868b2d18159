"""The window's way in: it reads its few options without the command line's parser, and imports
neither the commands nor sqlite-utils (click, pluggy) before its first paint."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import window_arguments
from desktop.store import Store

ROOT = Path(__file__).resolve().parents[1]


def test_the_window_options_are_read_without_the_parser():
    args = window_arguments(["main.py", "--db", "/tmp/r.db", "--lang=fr", "--profile", "Annie",
                             "--exit-after-start"])
    assert (args.db, args.lang, args.profile, args.exit_after_start, args.command) == (
        "/tmp/r.db", "fr", "Annie", True, None)
    plain = window_arguments(["main.py"])
    assert (plain.db, plain.lang, plain.profile, plain.exit_after_start) == (None, None, None, False)


@pytest.mark.parametrize("words", [
    ["list", "complaints"], ["--db", "x.db", "search", "fuite"], ["--help"], ["-h"],
    ["--lang", "de"], ["--db"], ["--db", "--exit-after-start"], ["--exit"],
])
def test_anything_else_goes_to_the_parser(words):
    assert window_arguments(["main.py", *words]) is None


PROBE = """
import json, sys
from desktop.app import main
status = main(["main.py", "--db", sys.argv[1], "--exit-after-start"])
heavy = sorted(name for name in sys.modules
               if name.split(".")[0] in ("sqlite_utils", "click", "pluggy", "reportlab", "pyhanko")
               or name.startswith("desktop.commands") or name == "desktop.cli")
print(json.dumps({"status": status, "heavy": heavy}))
"""


def test_the_window_opens_without_the_commands_or_sqlite_utils(tmp_path):
    database = tmp_path / "palier.db"
    Store.open(database).close()
    done = subprocess.run([sys.executable, "-c", PROBE, str(database)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "PALIER_DATA_DIR": str(tmp_path / "data")})
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures == {"status": 0, "heavy": []}, done.stderr
