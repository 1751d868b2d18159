"""Wiring: the command line or the window, the language, the settings, opening the store."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

from desktop import paths

# The options the window takes (see cli.build_parser): with a value, and without.
_WINDOW_VALUES = ("--db", "--lang", "--profile", "--page")
# The window's pages as --page names them (the window calls the documents page "reports"); the
# parser (desktop.cli) offers the same choices.
WINDOW_PAGES = ("dashboard", "complaints", "meetings", "people", "documents", "backups", "privacy")
_WINDOW_FLAGS = ("--exit-after-start",)


def main(argv: list[str]) -> int:
    """Run Palier: a command when one is given, the window otherwise. Returns the exit status."""
    from desktop import i18n

    # The help texts are translated as the parser is built, so the language comes first.
    i18n.set_language(_language_asked(argv) or i18n.language_from_environment())
    window_args = window_arguments(argv)
    if window_args is not None:
        # Building the parser imports every command; the window needs none of them.
        return run_window(window_args)
    from desktop import cli

    parser = cli.build_parser()
    args = parser.parse_args(argv[1:])
    if args.command:
        return cli.run(args)
    return run_window(args)


def window_arguments(argv: list[str]) -> SimpleNamespace | None:
    """The window's options when ``argv`` asks for the window and nothing else, read without
    argparse; None for anything the parser must read (a command, --help, a mistake)."""
    from desktop import i18n

    found = dict(db=None, lang=None, profile=None, page=None, exit_after_start=False, command=None)
    words = argv[1:]
    index = 0
    while index < len(words):
        word = words[index]
        name, equals, value = word.partition("=")
        if word in _WINDOW_FLAGS:
            found[word[2:].replace("-", "_")] = True
        elif name in _WINDOW_VALUES and equals:
            found[name[2:]] = value
        elif word in _WINDOW_VALUES and index + 1 < len(words) and not words[index + 1].startswith("-"):
            index += 1
            found[word[2:]] = words[index]
        else:
            return None
        index += 1
    if found["lang"] is not None and found["lang"] not in i18n.SUPPORTED_LANGUAGES:
        return None  # the parser says which languages there are
    if found["page"] is not None and found["page"] not in WINDOW_PAGES:
        return None  # and which pages
    return SimpleNamespace(**found)


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


def _report_first_paint() -> None:
    """With PALIER_FIRST_PAINT_CLOCK set (the benchmark does), print the system's monotonic clock
    at the first paint, so that start-up is measured to the paint rather than to the exit."""
    import os
    import time

    if os.environ.get("PALIER_FIRST_PAINT_CLOCK"):
        print(f"first-paint {time.monotonic():.6f}", flush=True)


def run_window(args) -> int:
    """Open the window on the database (creating it on first run), until the user quits."""
    path = Path(args.db) if args.db else paths.default_database()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui import crash, dialogs, settings, translator
    from desktop.ui.backups_startup import begin_check_after_first_paint, open_store_for_window, watch_file_check
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
    # The data shows at once; the damage check goes on in a thread once the window has painted,
    # and writes wait for its verdict.
    store = open_store_for_window(path, profile=args.profile or settings.read(settings.PROFILE),
                                  first_run=first_run, check_in_background=True, check_later=True)
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
    watch_file_check(window)  # a damaged file is set aside and the last good backup offered
    begin_check_after_first_paint(window)
    if args.page:
        window.show_page("reports" if args.page == "documents" else args.page)
    window.show_on_screen()
    if args.exit_after_start:
        app.processEvents()
        window.repaint()
        _report_first_paint()
        if store.file_check is not None:
            store.file_check.wait()  # after the first paint: a damaged file still says so
        QTimer.singleShot(0, app.quit)
    status = app.exec()
    if getattr(window, "closed_on_damage", False):
        status = 2  # the file was damaged and nothing was put back
    # The backup on closing (if anything changed), on the window a restore may have put instead.
    backups_jobs.close_session(window)
    return status
