"""Sentences that show a command name the one the person can type: the installed program's
name in a frozen build, the checkout's ``uv run main.py`` otherwise."""

import sys

from desktop import paths
from desktop.app import main


def test_the_command_is_the_checkouts_from_source_and_palier_when_installed(monkeypatch):
    assert paths.command_name() == "uv run main.py"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert paths.command_name() == "palier"
    monkeypatch.setattr(sys, "platform", "win32")
    assert paths.command_name() == "palier-cmd"  # the console executable beside palier.exe


def test_demo_says_how_to_open_the_file_with_the_installed_program(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    database = tmp_path / "essai.db"
    assert main(["palier", "--db", str(database), "--lang", "fr", "demo", "--complaints", "20"]) == 0
    said = capsys.readouterr().out
    assert f"Pour l'ouvrir : palier --db {database}" in said
    assert "uv run" not in said


def test_help_names_the_installed_program(monkeypatch, capsys):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    try:
        main(["palier", "--help"])
    except SystemExit as leaving:
        assert leaving.code == 0
    assert capsys.readouterr().out.startswith("usage: palier ")
