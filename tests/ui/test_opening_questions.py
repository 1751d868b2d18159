"""The window creates a database only once the person agreed, and answers "no" when nobody is there."""

from __future__ import annotations

from desktop.ui import backups_startup, dialogs


def test_the_window_asks_before_creating_a_database(qapp, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text, action: asked.append(text) or False)
    target = tmp_path / "nouvelle.db"
    assert backups_startup.open_store_for_window(target) is None
    assert "There is no Palier database at" in asked[0] and str(target) in asked[0]
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)
    store = backups_startup.open_store_for_window(target)
    try:
        assert store is not None and target.exists() and store.is_empty()
    finally:
        store.close()


def test_the_first_run_on_the_default_database_is_asked_by_the_wizard(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(dialogs, "confirm", lambda *args: (_ for _ in ()).throw(AssertionError("asked")))
    store = backups_startup.open_store_for_window(tmp_path / "palier.db", first_run=True)
    store.close()


def test_unattended_every_question_is_no_and_its_sentence_printed(qapp, tmp_path, capsys):
    dialogs.set_unattended(True)
    try:
        assert backups_startup.open_store_for_window(tmp_path / "x.db", first_run=True) is None
        assert dialogs.confirm(None, "Title", "Delete everything?", "Delete") is False
        dialogs.show_error(None, "Something to say.")
    finally:
        dialogs.set_unattended(False)
    err = capsys.readouterr().err
    assert "There is no Palier database at" in err and "Delete everything?" in err and "Something to say." in err
    assert list(tmp_path.iterdir()) == []
