"""``profile list|create|delete|password`` on the command line."""

import pytest

from desktop.app import main
from desktop.services import profiles
from desktop.store import Store

PASSWORD = "tilleuls-2026"


def run(db, *args):
    return main(["main.py", "--db", str(db), "--lang", "en", *args])


def _store(db):
    return Store.open(db)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "palier.db"


def test_create_list_reset_and_delete_a_profile(db, capsys, monkeypatch):
    assert run(db, "profile", "list") == 0
    assert "No profile" in capsys.readouterr().out
    monkeypatch.setenv("PALIER_PASSWORD", PASSWORD)
    assert run(db, "--profile", "Gardien", "profile", "create", "  Marie Curie ") == 0
    assert "Created the profile Marie Curie." in capsys.readouterr().out
    assert run(db, "profile", "list") == 0
    assert capsys.readouterr().out == "Marie Curie\n"
    monkeypatch.setenv("PALIER_PASSWORD", "un autre mot de passe")
    assert run(db, "profile", "password", "marie curie") == 0
    assert "The password of Marie Curie was changed." in capsys.readouterr().out
    store = _store(db)
    try:
        profile = store.profiles.find("Marie Curie")
        assert profiles.check_password(store.profiles.password_hash(profile.id), "un autre mot de passe")[0]
        details = [(e.profile, e.action, e.detail) for e in reversed(store.audit.list())]
    finally:
        store.close()
    assert details == [("Gardien", "created", "Marie Curie"),
                       (details[1][0], "changed", "password of Marie Curie reset")]
    assert run(db, "profile", "delete", "Marie Curie") == 2  # nobody to answer "are you sure?"
    assert "Add --yes" in capsys.readouterr().err
    assert run(db, "profile", "delete", "Marie Curie", "--yes") == 0
    assert "No profile is left" in capsys.readouterr().out


def test_bad_input_gets_a_sentence_and_status_2(db, capsys, monkeypatch):
    monkeypatch.delenv("PALIER_PASSWORD", raising=False)
    assert run(db, "profile", "create", "Marie") == 2  # no terminal to ask the password on
    assert "set PALIER_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("PALIER_PASSWORD", "court")
    assert run(db, "profile", "create", "Marie") == 2
    assert "at least 8 characters" in capsys.readouterr().err
    monkeypatch.setenv("PALIER_PASSWORD", PASSWORD)
    assert run(db, "profile", "create", "Marie") == 0
    assert run(db, "profile", "create", "MARIE") == 2
    assert "already a profile called “Marie”" in capsys.readouterr().err
    assert run(db, "profile", "create", "   ") == 2
    assert "needs a name" in capsys.readouterr().err
    assert run(db, "profile", "password", "Paul") == 2
    assert "no profile called “Paul”" in capsys.readouterr().err
    assert run(db, "profile", "delete", "Paul", "--yes") == 2


def test_passwords_are_asked_twice_on_a_terminal(db, capsys, monkeypatch):
    import getpass
    import sys

    monkeypatch.delenv("PALIER_PASSWORD", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    assert run(db, "profile", "create", "Marie") == 2
    assert "not the same" in capsys.readouterr().err
    answers = iter([PASSWORD, PASSWORD])
    assert run(db, "profile", "create", "Marie") == 0


def test_the_help_says_profiles_do_not_protect_the_file(capsys):
    with pytest.raises(SystemExit):
        main(["main.py", "--lang", "en", "profile", "password", "--help"])
    assert "whoever holds the database file can already read everything" in " ".join(capsys.readouterr().out.split())
