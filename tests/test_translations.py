"""The French catalogue is complete and actually used."""

import importlib.util
from pathlib import Path

from desktop import i18n
from desktop.domain.complaints import Complaint
from desktop.domain.errors import InvalidValue

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_user_visible_string_has_a_french_translation():
    missing = _tool().missing("fr")
    assert missing == [], "\n".join(f"{path.name}: {source!r}" for _c, source, path in missing)


def test_placeholders_are_kept_in_french():
    import re

    for (_context, source), translation in i18n.catalogue("fr").items():
        assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", translation)), source


def test_domain_errors_speak_french_when_french_is_chosen():
    i18n.set_language("fr")
    try:
        Complaint(title="", category_id=1).validate()
    except InvalidValue as error:
        assert error.message == "Une réclamation doit avoir un titre."
    else:  # pragma: no cover
        raise AssertionError("an empty title was accepted")


def test_french_is_chosen_from_the_environment(monkeypatch):
    monkeypatch.setenv("PALIER_LANG", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.language_from_environment() == "fr"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.language_from_environment() == "en"
