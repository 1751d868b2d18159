"""The program a screen reader looks at: every page of the window and every dialog, open at once.

Run by ``tests/ui/atspi/walk.py`` on a virtual X screen with the accessibility bridge on. Once
everything is shown it writes to the file named first on its command line (as JSON) the text colours
that do not reach 4.5:1 against their background (read from the palette Qt paints with), prints
"ready", and keeps answering the screen reader until it is ended.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.store import Store  # noqa: E402
from desktop.ui.events import StoreEvents  # noqa: E402


def _luminance(color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(foreground, background) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def weak_contrasts(windows: list[QWidget]) -> list[str]:
    """Text shown with less than 4.5:1 contrast against its background, for enabled widgets."""
    found = []
    pairs = {QLabel: (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
             QAbstractButton: (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
             QLineEdit: (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
             QComboBox: (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
             QPlainTextEdit: (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
             QTextEdit: (QPalette.ColorRole.Text, QPalette.ColorRole.Base)}
    for window in windows:
        for widget in [window, *window.findChildren(QWidget)]:
            if not widget.isVisible() or not widget.isEnabled():
                continue
            for kind, (text_role, background_role) in pairs.items():
                if isinstance(widget, kind):
                    palette = widget.palette()
                    ratio = contrast(palette.color(text_role), palette.color(background_role))
                    if ratio < 4.5:
                        found.append(f"{type(widget).__name__} “{widget.accessibleName() or getattr(widget, 'text', lambda: '')()}” "
                                     f"in {type(window).__name__}: {ratio:.2f}:1")
                    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                        ratio = contrast(palette.color(QPalette.ColorRole.PlaceholderText),
                                         palette.color(QPalette.ColorRole.Base))
                        if ratio < 4.5:
                            found.append(f"placeholder of {type(widget).__name__} “{widget.accessibleName()}” in "
                                         f"{type(window).__name__}: {ratio:.2f}:1")
    return found


def _dialogs(store, events) -> list[QWidget]:
    """Every dialog a person meets in a quarter, built as the window builds them."""
    from desktop.ui.complaints.form import ComplaintDialog
    from desktop.ui.documents.identity_dialog import IdentityDialog
    from desktop.ui.first_run import FirstRunDialog
    from desktop.ui.importing.wizard import ImportWizard
    from desktop.ui.meetings.form_dialog import LiaisonFormDialog
    from desktop.ui.meetings.planning import PlanMeetingDialog
    from desktop.ui.people.person_form import PersonDialog
    from desktop.ui.profiles.dialog import ProfilesDialog
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.signature_pad import SignatureDialog

    first_complaint = store.complaints.list()[0].id
    made = [ComplaintDialog(store, events), ComplaintDialog(store, events, first_complaint),
            PersonDialog(store, events), LiaisonFormDialog(store), PlanMeetingDialog(store),
            SettingsDialog(store=store), ProfilesDialog(store), SignatureDialog("Jean Martin"),
            ImportWizard(store, events)]
    empty = Store.open(Path(tempfile.mkdtemp()) / "vide.db")
    made.append(FirstRunDialog(empty))
    made.append(IdentityDialog("Les Tilleuls", ["Marie Martin", "Karim Benali"]))
    return made


def main() -> int:
    from desktop.services.demo import build_demo
    from desktop.ui import translator
    from desktop.ui.main_window import MainWindow
    from desktop.ui.style import apply_style

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Palier")
    translator.install(app, "fr")
    apply_style(app, 12)
    store = Store.open(Path(tempfile.mkdtemp()) / "palier.db", profile="Gardien")
    build_demo(store, complaints=40)
    windows: list[QWidget] = []
    for key in MainWindow.PAGES:
        window = MainWindow(store, signed_in=True)
        window.setWindowTitle(f"Palier – {key}")
        window.show_page(key)
        window.show()
        windows.append(window)
    events = StoreEvents()
    for dialog in _dialogs(store, events):
        dialog.show()
        windows.append(dialog)
    for _ in range(10):
        app.processEvents()
    Path(sys.argv[1]).write_text(json.dumps(weak_contrasts(windows)), encoding="utf-8")
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
