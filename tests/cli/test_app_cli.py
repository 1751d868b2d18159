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
