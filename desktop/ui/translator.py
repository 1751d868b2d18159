"""Installs the shared message catalogue (desktop.i18n) as Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import i18n


class CatalogueTranslator(QTranslator):
    """A QTranslator answering from the .ts catalogue, so tr() and reports share one source."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802 (Qt name)
        # None (a null QString) lets Qt fall back to the source text; "" would blank it out.
        if (context or "").startswith("Q"):
            # Qt's own words (QPlatformTheme's "Close"…) are Qt's translation's to give: the
            # catalogue's any-context fallback would make the dialogs' Close a meeting's "Clôturer".
            # Only the few Qt leaves untranslated are in the catalogue, under Qt's own context.
            return i18n.catalogue(self.language).get((context, source_text or ""))
        return i18n.lookup(context or "", source_text or "", self.language)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return self.language == "en"


def choose_language(setting: str) -> str:
    """The language to use: the setting when it names one, else French on a French system."""
    if setting in i18n.SUPPORTED_LANGUAGES:
        return setting
    if QLocale.system().language() == QLocale.Language.French:
        return "fr"
    return i18n.language_from_environment()


_installed: list[QTranslator] = []


def qt_translator(language: str, parent=None) -> QTranslator | None:
    """Qt's own translation (``qtbase_fr.qm``, shipped with Qt): the file dialog ("Look in:"),
    message box buttons, the text fields' context menu (Undo, Copy, Paste…). None when absent."""
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder) or translator.load(f"qt_{language}", folder):
        return translator
    return None


def install(app: QCoreApplication, language: str) -> str:
    """Make ``language`` the language of the window, the reports and Qt's own dialogs."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_language(language)
    if language != "en":  # English is the source language: no translator at all
        # Qt asks the last installed first: Palier's catalogue, then Qt's own for its dialogs.
        qt_own = qt_translator(language, app)
        if qt_own is not None:
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        translator = CatalogueTranslator(language, app)
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France)
                       if language == "fr" else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return language
