"""The command line's general rules: language, exit statuses, refusal of newer files."""

import pytest

from desktop.app import main
from desktop.store import Store
from desktop.store.connection import connect


def test_help_is_in_the_language_asked_for(capsys):
    with pytest.raises(SystemExit) as ended:
        main(["main.py", "--lang", "fr", "--help"])
    assert ended.value.code == 0
    assert "réclamations et réunions" in capsys.readouterr().out


def test_the_help_headings_and_the_usage_errors_are_french_too(capsys, tmp_path):
    """Issue 10: ``--help`` kept argparse's English headings ("positional arguments", "options")."""
    with pytest.raises(SystemExit):
        main(["main.py", "--lang", "fr", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation : ")
    assert "\narguments:\n" in out and "\noptions:\n" in out and "afficher cette aide et quitter" in out
    assert "positional arguments" not in out and "show this help" not in out
    with pytest.raises(SystemExit) as ended:
        main(["main.py", "--lang", "fr", "--db", str(tmp_path / "t.db"), "backup"])
    assert ended.value.code == 2
    err = capsys.readouterr().err
    assert "erreur : ces arguments sont obligatoires : FILE" in err and "usage" not in err
    with pytest.raises(SystemExit):
        main(["main.py", "--lang", "en", "list", "bogus"])
    assert "error: argument what: invalid choice: 'bogus'" in capsys.readouterr().err


def test_a_newer_file_is_refused_with_status_2_and_left_untouched(tmp_path, capsys):
    path = tmp_path / "future.db"
    Store.open(path).close()
    db = connect(path)
    db.execute("PRAGMA user_version = 999")
    db.conn.commit()
    db.close()
    before = path.read_bytes()
    assert main(["main.py", "--db", str(path), "list", "complaints"]) == 2
    assert "newer version" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_an_unexpected_error_gives_status_1_and_goes_to_the_log(tmp_path, capsys, monkeypatch):
    from desktop import logs
    from desktop.store.complaints import ComplaintStore

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("bug")

    Store.open(tmp_path / "t.db").close()
    monkeypatch.setattr(ComplaintStore, "list", broken)
    assert main(["main.py", "--db", str(tmp_path / "t.db"), "list", "complaints"]) == 1
    assert "Something went wrong" in capsys.readouterr().err
    assert "ZeroDivisionError" in logs.log_file().read_text(encoding="utf-8")


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    """``list complaints | head -1``: the pipe closes after one line; no error, no traceback."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    database = tmp_path / "t.db"
    assert main(["main.py", "--db", str(database), "demo", "--complaints", "3000"]) == 0
    for command in (["list", "complaints", "--status", "all"], ["search", "e", "--limit", "3000"]):
        process = subprocess.Popen([sys.executable, str(root / "main.py"), "--db", str(database), "--lang", "en",
                                    *command], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env={**os.environ, "PALIER_DATA_DIR": str(tmp_path / "data")})
        first = process.stdout.readline()
        process.stdout.close()  # as head does after its line
        err = process.stderr.read().decode()
        process.wait(timeout=60)
        assert first.strip()
        assert process.returncode == 0, err
        assert err == ""
        log = tmp_path / "data" / "logs" / "palier.log"
        assert not log.exists() or "Traceback" not in log.read_text(encoding="utf-8")
