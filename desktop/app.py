"""Wiring: the command line or the window, the language, the settings, opening the store."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop import cli, paths


def main(argv: list[str]) -> int:
    """Run Palier: a command when one is given, the window otherwise. Returns the exit status."""
    from desktop import i18n

    # The help texts are translated as the parser is built, so the language comes first.
    i18n.set_language(_language_asked(argv) or i18n.language_from_environment())
    parser = cli.build_parser()
    args = parser.parse_args(argv[1:])
    if args.command:
        return cli.run(args)
    return run_window(args)


def _language_asked(argv: list[str]) -> str | None:
    """The value of ``--lang`` when the command line gives one."""
    for index, word in enumerate(argv):
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def run_window(args) -> int:
    """Open the window on the database (creating it on first run), until the user quits."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.domain.errors import UserError
    from desktop.store import Store
    from desktop.ui import crash, settings, translator
    from desktop.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Palier")
    app.setApplicationName("Palier")
    crash.install()
    translator.install(app, args.lang or translator.choose_language(settings.read(settings.LANGUAGE)))
    apply_style(app, settings.read(settings.FONT_SIZE))
    path = Path(args.db) if args.db else paths.default_database()
    try:
        store = Store.open(path, profile=args.profile or settings.read(settings.PROFILE))
    except UserError as error:
        QMessageBox.critical(None, "Palier", error.message)
        return 2
    if store.is_empty() and not args.exit_after_start:
        from desktop.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(store)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            store.close()
            return 0
    from desktop.ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    if args.exit_after_start:
        app.processEvents()
        window.repaint()
        QTimer.singleShot(0, app.quit)
    status = app.exec()
    store.close()
    return status
