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
    path = tmp_path / "palier.db"
    Store.open(path).close()  # commands never create a database (only demo and the window do)
    return path


def test_create_list_reset_and_delete_a_profile(db, capsys, monkeypatch):
    assert run(db, "profile", "list") == 0
    assert "No profile" in capsys.readouterr().out
    monkeypatch.setenv("PALIER_PASSWORD", PASSWORD)
    assert run(db, "--profile", "Gardien", "profile", "create", "  Marie Curie ") == 0
    assert "Created the profile Marie Curie." in capsys.readouterr().out
    assert run(db, "--profile", "marie curie", "profile", "list") == 0  # signed in as Marie Curie
    assert capsys.readouterr().out == "Marie Curie\n"
    monkeypatch.setenv("PALIER_NEW_PASSWORD", "un autre mot de passe")
    assert run(db, "--profile", "Marie Curie", "profile", "password", "marie curie") == 0
    assert "The password of Marie Curie was changed." in capsys.readouterr().out
    store = _store(db)
    try:
        profile = store.profiles.find("Marie Curie")
        assert profiles.check_password(store.profiles.password_hash(profile.id), "un autre mot de passe")[0]
        details = [(e.profile, e.action, e.detail) for e in reversed(store.audit.list())]
    finally:
        store.close()
    assert details == [("Gardien", "created", "Marie Curie"),
                       ("Marie Curie", "changed", "password of Marie Curie reset")]
    monkeypatch.setenv("PALIER_PASSWORD", "un autre mot de passe")
    assert run(db, "--profile", "Marie Curie", "profile", "delete", "Marie Curie") == 2  # nobody to answer
    assert "Add --yes" in capsys.readouterr().err
    assert run(db, "--profile", "Marie Curie", "profile", "delete", "Marie Curie", "--yes") == 0
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
    monkeypatch.setenv("PALIER_NEW_PASSWORD", PASSWORD)
    assert run(db, "--profile", "Marie", "profile", "create", "MARIE") == 2
    assert "already a profile called “Marie”" in capsys.readouterr().err
    assert run(db, "--profile", "Marie", "profile", "create", "   ") == 2
    assert "needs a name" in capsys.readouterr().err
    assert run(db, "--profile", "Marie", "profile", "password", "Paul") == 2
    assert "no profile called “Paul”" in capsys.readouterr().err
    assert run(db, "--profile", "Marie", "profile", "delete", "Paul", "--yes") == 2


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


# With profiles, every command says who it is (part 5's attacks) -----------------------------------
@pytest.fixture
def protected(db, monkeypatch):
    """A database with the profile Alice and a tenant, and no password in the environment."""
    from desktop.domain.people import Person, Role

    store = _store(db)
    profiles.create_profile(store, "Alice", PASSWORD)
    person = store.people.save(Person(name="Ahmed Brunet", role=Role.TENANT))
    store.close()
    monkeypatch.delenv("PALIER_PASSWORD", raising=False)
    monkeypatch.delenv("PALIER_NEW_PASSWORD", raising=False)
    return db, person.id


def _audit_and_people(db):
    store = _store(db)
    try:
        return [(e.profile, e.action) for e in store.audit.list()], [p.name for p in store.people.list()]
    finally:
        store.close()


@pytest.mark.parametrize("command", [("list", "people"), ("list", "complaints"), ("search", "Brunet"),
                                     ("audit",), ("profile", "list"), ("profile", "delete", "Alice", "--yes"),
                                     ("person", "forget", "{id}", "--yes"), ("demo",)])
def test_without_a_profile_no_command_runs(protected, command, capsys):
    db, person_id = protected
    before = _audit_and_people(db)
    assert run(db, *[part.format(id=person_id) for part in command]) == 2
    assert "--profile NAME" in capsys.readouterr().err
    assert _audit_and_people(db) == before


def test_a_profile_without_its_password_changes_nothing(protected, capsys):
    db, person_id = protected
    before = _audit_and_people(db)
    assert run(db, "--profile", "alice", "person", "forget", str(person_id), "--yes") == 2
    assert "PALIER_PASSWORD" in capsys.readouterr().err
    assert _audit_and_people(db) == before


def test_a_wrong_password_or_an_unknown_profile_gets_status_2(protected, capsys, monkeypatch):
    db, person_id = protected
    before = _audit_and_people(db)
    monkeypatch.setenv("PALIER_PASSWORD", "pas le bon mot de passe")
    assert run(db, "--profile", "Alice", "list", "people") == 2
    assert "not the password of Alice" in capsys.readouterr().err
    monkeypatch.setenv("PALIER_PASSWORD", PASSWORD)
    assert run(db, "--profile", "Mallory", "person", "forget", str(person_id), "--yes") == 2
    assert "no profile called “Mallory”" in capsys.readouterr().err
    assert _audit_and_people(db) == before


def test_with_her_password_alice_works_and_the_audit_log_names_her(protected, capsys, monkeypatch):
    db, person_id = protected
    monkeypatch.setenv("PALIER_PASSWORD", PASSWORD)
    assert run(db, "--profile", "alice", "person", "forget", str(person_id), "--yes") == 0
    audit, people = _audit_and_people(db)
    assert audit[0] == ("Alice", "forgotten")
    assert "Ahmed Brunet" not in people


def test_the_password_is_asked_at_the_terminal(protected, capsys, monkeypatch):
    import getpass
    import sys

    db, _person = protected
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    asked = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or PASSWORD)
    assert run(db, "--profile", "Alice", "list", "people") == 0
    assert asked == ["Password of Alice: "]
    assert "Ahmed Brunet" in capsys.readouterr().out
