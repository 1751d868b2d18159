"""The lock: after the chosen idle time, or on "Lock now" (Ctrl+L), nothing is shown until a
profile's password is typed again.

Only when profiles exist. Locking hides the pages, the menus, the status bar and every other
window (an open complaint form, the meeting mode...) and covers the main window with the lock
screen; unlocking shows them again exactly as they were, typing included, and puts the cursor
back where it was. The meeting mode keeps saving while it is hidden, as it always does.

Idle time is the time since the last key, click, wheel or mouse move in any of Palier's windows
(one event filter on the application). The clock is injectable and ``check_idle`` is the
timer's slot, so tests move time instead of waiting minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services import profiles
from desktop.ui.profiles.sign_in import SignInForm, caption

LOCK_KEYS = "Ctrl+L"
ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.TabletMove,
})
TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Profiles", text)


class LockScreen(QFrame):
    """What a locked window shows: who may go on, and nothing else."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.heading = caption("", "heading")
        self.explanation = caption("")
        self.form = SignInForm(store)
        self.unlock_button = QPushButton()
        self.unlock_button.setMinimumWidth(170)
        self.unlock_button.clicked.connect(self.form.submit)
        panel = QWidget()
        panel.setMaximumWidth(640)
        column = QVBoxLayout(panel)
        column.setSpacing(14)
        column.addWidget(self.heading)
        column.addWidget(self.explanation)
        column.addWidget(self.form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        column.addLayout(row)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(panel, 4)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)
        self.translate_ui()

    def translate_ui(self) -> None:
        """(Re)apply the visible strings."""
        self.heading.setText(_tr("Palier is locked"))
        self.explanation.setText(_tr("Nothing is shown while Palier is locked. Type your password to go "
                                     "on where you left off, or choose your own name if you are someone else."))
        self.unlock_button.setText(_tr("&Unlock"))
        self.unlock_button.setAccessibleName(_tr("Unlock Palier"))
        self.form.translate_ui()


class ScreenLock(QObject):
    """Locks ``window`` (a MainWindow) when idle or asked; unlocks it for a profile's password."""

    locked_changed = Signal(bool)

    def __init__(self, window, locked: bool = False, clock: Callable[[], float] = time.monotonic):
        super().__init__(window)
        self.window = window
        self.store = window.store
        self.clock = clock
        self.locked = False
        self.enabled = False
        self.delay_minutes = 0
        self.screen: LockScreen | None = None
        self._last_input = clock()
        self._saved: dict = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check_idle)
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(LOCK_KEYS))
        # From any of Palier's windows, the meeting mode included.
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(lambda _checked=False: self.lock())
        window.addAction(self.action)
        window.file_menu.insertAction(window.quit_action, self.action)
        self.who = QLabel()
        window.statusBar().addPermanentWidget(self.who)
        self._watching = False
        self.translate_ui()
        self.refresh()
        if locked:
            self.lock(hide_others=False)  # a new window: the other windows are not its own

    def translate_ui(self) -> None:
        """(Re)apply the visible strings (the main window calls it on a language change)."""
        self.action.setText(_tr("&Lock now"))
        self.action.setToolTip(_tr("Hide everything until your password is typed again ({keys})").format(
            keys=LOCK_KEYS))
        self.who.setAccessibleName(_tr("Who is working"))
        self.who.setText(_tr("Working as {name}").format(name=self.store.profile or "–"))
        if self.screen is not None:
            self.screen.translate_ui()

    # Settings ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read again whether profiles exist and the lock delay (after the Profiles dialog)."""
        self.enabled = profiles.profiles_enabled(self.store)
        if self.enabled != self._watching:  # without profiles, no event of the program is looked at
            if self.enabled:
                QApplication.instance().installEventFilter(self)
            else:
                QApplication.instance().removeEventFilter(self)
            self._watching = self.enabled
        self.delay_minutes = profiles.lock_after_minutes(self.store) if self.enabled else 0
        self.action.setVisible(self.enabled)
        self.action.setEnabled(self.enabled and not self.locked)
        self.who.setVisible(self.enabled)
        self.translate_ui()
        self._last_input = self.clock()
        self._schedule(self.delay_minutes * 60_000)

    def _schedule(self, milliseconds: int) -> None:
        if self.enabled and self.delay_minutes > 0 and not self.locked:
            self.timer.start(max(1, int(milliseconds)))
        else:
            self.timer.stop()

    # Idle time -----------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        """Any key, click or move in Palier restarts the idle time; Ctrl+L also locks from a
        dialog that blocks the main window (its shortcut cannot fire there)."""
        kind = event.type()
        if kind in ACTIVITY:
            self._last_input = self.clock()
            if (kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_L
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier
                    and self.enabled and not self.locked):
                self.lock()
                return True
        elif kind == QEvent.Type.Resize and watched is self.window and self.screen is not None:
            self.screen.setGeometry(self.window.rect())
        return False

    def check_idle(self) -> None:
        """The timer's slot: lock once nobody has touched Palier for the chosen delay."""
        if not self.enabled or self.locked or self.delay_minutes <= 0:
            return
        remaining = self.delay_minutes * 60 - (self.clock() - self._last_input)
        if remaining <= 0:
            self.lock()
        else:
            self._schedule(remaining * 1000)

    # Locking -------------------------------------------------------------------------------
    def lock(self, hide_others: bool = True) -> None:
        """Hide every window's content and ask for a password (only when profiles exist)."""
        if self.locked or not self.enabled:
            return
        self.locked = True
        self.timer.stop()
        app = QApplication.instance()
        focus = app.focusWidget() if hide_others else None
        others = [w for w in app.topLevelWidgets() if hide_others and w is not self.window and w.isVisible()]
        for widget in others:
            widget.hide()  # a dialog run by exec() is answered "Cancel": nothing is lost
        window = self.window
        parts = [window.centralWidget(), window.menuBar(), window.statusBar()]
        actions = [a for a in self._window_actions() if a.isEnabled() and a is not self.action]
        self._saved = {
            "focus": focus,
            "windows": [w for w in others if w.windowType() not in TRANSIENT],  # menus stay closed
            "parts": [(part, part.isVisible()) for part in parts if part is not None],
            "actions": actions,
        }
        for part, _visible in self._saved["parts"]:
            part.hide()
        for action in actions:
            action.setEnabled(False)
        self.action.setEnabled(False)
        screen = self._screen()
        screen.form.reset(self.store.profile)
        screen.setGeometry(window.rect())
        screen.show()
        screen.raise_()
        window.activateWindow()
        screen.form.password.setFocus()
        self.locked_changed.emit(True)

    def _window_actions(self) -> list[QAction]:
        actions = list(self.window.actions())
        for entry in self.window.menuBar().actions():
            if entry.menu() is not None:
                actions += entry.menu().actions()
        return actions

    def _screen(self) -> LockScreen:
        if self.screen is None:
            self.screen = LockScreen(self.store, self.window)
            self.screen.form.signed_in.connect(self.unlock)
        return self.screen

    def unlock(self, name: str = "") -> None:
        """Show everything again as it was (called once a profile's password was right)."""
        if not self.locked:
            return
        self.locked = False
        saved, self._saved = self._saved, {}
        self.screen.hide()
        for part, visible in saved.get("parts", []):
            part.setVisible(visible)
        for action in saved.get("actions", []):
            if shiboken6.isValid(action):
                action.setEnabled(True)
        for widget in saved.get("windows", []):
            if shiboken6.isValid(widget):
                widget.show()
        focus = saved.get("focus")
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.window().activateWindow()
            focus.setFocus()
        self.refresh()
        self.window.show_message(_tr("Unlocked: {name} is working.").format(name=name or self.store.profile))
        self.locked_changed.emit(False)
