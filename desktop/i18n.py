"""The message catalogue, shared by the window, the command line and the reports.

Sources are written in English. Translations live in Qt Linguist files
(``resources/translations/<lang>/*.ts``) so a translator can open them in Linguist; we read them
ourselves rather than compiling ``.qm`` files, so nothing generated is committed and the Qt-free
layers (command line, reports) use the very same catalogue as the window.

``N_`` marks a string for translation where it is declared (enum labels in ``domain/``); it is
translated where it is shown, with ``tr``.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from functools import lru_cache

from desktop.paths import RESOURCES_DIR

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
SUPPORTED_LANGUAGES = ("en", "fr")

_language = "en"


def N_(text: str) -> str:
    """Mark ``text`` for translation without translating it now."""
    return text


@lru_cache(maxsize=None)
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """Return ``{(context, source): translation}`` for ``language``, read from its .ts files.

    Unfinished or empty translations are left out, so the English source shows instead.
    """
    entries: dict[tuple[str, str], str] = {}
    folder = TRANSLATIONS_DIR / language
    if not folder.is_dir():
        return entries
    for path in sorted(folder.glob("*.ts")):
        root = ElementTree.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None or not (translation.text or ""):
                    continue
                if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                entries[(name, source)] = translation.text
    return entries


@lru_cache(maxsize=None)
def _by_source(language: str) -> dict[str, str]:
    return {source: text for (_context, source), text in catalogue(language).items()}


def lookup(context: str, text: str, language: str | None = None) -> str | None:
    """Return the translation of ``text`` in ``context`` (or any context), or None."""
    language = language or _language
    if language == "en":
        return None
    found = catalogue(language).get((context, text))
    if found is None:
        found = _by_source(language).get(text)
    return found


def tr(context: str, text: str) -> str:
    """Translate ``text`` into the current language; the English source when none is known."""
    return lookup(context, text) or text


def plural(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both already translated) as the current language says for ``count``:
    French takes the singular for 0 and 1 ("0 jour", "1 page"), English for 1 only."""
    if _language == "fr":
        return one if abs(count) < 2 else many
    return one if count == 1 else many


def counted(count: int, one: str, many: str) -> str:
    """``plural`` filled in: ``counted(3, tr(.., "1 backup"), tr(.., "{count} backups"))`` is
    "3 backups"."""
    return plural(count, one, many).format(count=count)


def set_language(language: str) -> None:
    """Choose the language of every later ``tr`` call ("en" or "fr")."""
    global _language
    _language = language if language in SUPPORTED_LANGUAGES else "en"


def current_language() -> str:
    """The language ``tr`` translates into."""
    return _language


def language_from_environment() -> str:
    """French when the environment asks for it (PALIER_LANG, then LC_ALL, LC_MESSAGES, LANG)."""
    for variable in ("PALIER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"
