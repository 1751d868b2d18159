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


def _remove_new_database(path: Path) -> None:
    """Remove the empty database made for a first run the user cancelled, with its working files."""
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-lock"):
        try:
            path.with_name(name).unlink()
        except OSError:
            pass


def run_window(args) -> int:
    """Open the window on the database (creating it on first run), until the user quits."""
    from desktop.store import opening

    path = Path(args.db) if args.db else paths.default_database()
    opening.check_ahead(path)  # the start-up check of the file runs while Qt loads
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui import crash, dialogs, settings, translator
    from desktop.ui.backups_startup import open_store_for_window
    from desktop.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Palier")
    app.setApplicationName("Palier")
    from desktop.ui.about import app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName("palier")  # the installed menu entry, which desktops match windows to
    crash.install()
    translator.install(app, args.lang or translator.choose_language(settings.read(settings.LANGUAGE)))
    apply_style(app, settings.read(settings.FONT_SIZE))
    # The start-up checks (network share, damage, another copy) ask the user what to do; with
    # --exit-after-start nobody is there to answer: every question is "no", its sentence printed.
    dialogs.set_unattended(args.exit_after_start)
    first_run = not path.exists() and not args.db
    store = open_store_for_window(path, profile=args.profile or settings.read(settings.PROFILE),
                                  first_run=first_run)
    if store is None:
        return 2
    # With profiles, "Who are you?" comes before anything is shown; Cancel quits.
    from desktop.ui.profiles.sign_in import sign_in_at_start

    signed_in = not args.exit_after_start and sign_in_at_start(store, store.profile)
    if not signed_in and not args.exit_after_start:
        store.close()
        return 0
    if store.is_empty() and not args.exit_after_start:
        from desktop.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(store)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            store.close()
            if first_run:
                _remove_new_database(path)  # nothing was agreed: nothing is left behind
            return 0
    from desktop.ui import backups_jobs
    from desktop.ui.main_window import MainWindow

    window = MainWindow(store, signed_in=signed_in)  # --exit-after-start with profiles: opens locked
    backups_jobs.install(window)  # the daily backup while it runs
    if args.page:
        window.show_page("reports" if args.page == "documents" else args.page)
    window.show_on_screen()
    if args.exit_after_start:
        app.processEvents()
        window.repaint()
        QTimer.singleShot(0, app.quit)
    status = app.exec()
    # The backup on closing (if anything changed), on the window a restore may have put instead.
    backups_jobs.close_session(window)
    return status
