"""A gentle reminder under a free-text field when the text mentions health, a judgement of a
person or an offence (DOMAIN.md: notes stay factual). It never blocks saving."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QScrollArea, QTextEdit, QWidget

from desktop.domain.privacy import sensitive_words
from desktop.ui.text import plain_text

# Checked once typing pauses: a warning flashing at every letter would be a nuisance.
PAUSE_MS = 400
# The warning's look: dark text on a pale amber band with a bar on the left, so that it reads as
# a warning without relying on colour (the sentence itself says what it is).
WARNING_STYLE = ("QLabel { background: #fff4d6; color: #3d2e00; border-left: 4px solid #8a6100; "
                 "padding: 6px 8px; }")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FactualWarning", text)


def warning_text(words: list[str]) -> str:
    """The sentence shown for ``words`` (found by ``sensitive_words``), or "" when there are none."""
    if not words:
        return ""
    quoted = _tr("”, “").join(words)
    return _tr("This text mentions “{words}”: keep to facts; no health information, judgement about a "
               "person or accusation of an offence.").format(words=quoted)


def _text_of(field: QWidget) -> str:
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        return plain_text(field)
    return field.text()


def reveal(label: QLabel) -> None:
    """Scroll the form holding ``label`` (when it scrolls) so that the whole warning shows: one
    appearing under the fold would go unread."""
    parent = label.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        label.adjustSize()
        QTimer.singleShot(0, lambda: parent.ensureWidgetVisible(label, 0, 0) if label.isVisible() else None)


class _PausedWarning(QLabel):
    """A warning band, hidden until ``check`` finds something in ``fields`` (text fields); checked
    once typing pauses in any of them."""

    def __init__(self, fields: list[QWidget], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self.setObjectName(name)
        self.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.check)
        for field in fields:
            field.textChanged.connect(self.timer.start)

    def check(self) -> None:  # pragma: no cover (each warning says what it looks for)
        raise NotImplementedError


class FactualWarning(_PausedWarning):
    """A label that follows ``field`` (a QPlainTextEdit, QTextEdit or QLineEdit): shown, with a
    sentence naming the words, when typing pauses on a text that mentions a sensitive word;
    hidden otherwise. Put it in the layout under the field."""

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__([field], "factualWarning", parent)
        self.field = field
        self.words: list[str] = []
        # The field's own description, read when first needed: forms often set it after this.
        self._base_description: str | None = None

    def check(self) -> None:
        """Look at the field's text now and show or hide the warning."""
        self.timer.stop()
        self.words = sensitive_words(_text_of(self.field))
        self._show_words()

    def _show_words(self) -> None:
        text = warning_text(self.words)
        self.setText(text)
        self.setAccessibleName(text)
        was_visible = not self.isHidden()
        self.setVisible(bool(text))
        if text and not was_visible:
            self._make_room()
            reveal(self)
        # A screen reader reading the field also hears the warning.
        if self._base_description is None:
            self._base_description = self.field.accessibleDescription()
        self.field.setAccessibleDescription(" ".join(part for part in (self._base_description, text) if part))

    def _make_room(self) -> None:
        # A dialog sized for the form without the warning would squeeze the wrapped lines on top
        # of each other: grow it (never shrink it) to what its layout needs, within the screen.
        window = self.window()
        layout = window.layout() if isinstance(window, QDialog) else None
        if layout is None or not window.isVisible():
            return
        width = window.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        screen = window.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height() - 40)
        if needed > window.height():
            window.resize(width, needed)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_words()
        super().changeEvent(event)


def naming_text(names: list[str]) -> str:
    """The sentence shown when a disturbance complaint names ``names``, or "" when none."""
    if not names:
        return ""
    quoted = _tr("”, “").join(names)
    return _tr("This neighbourhood disturbance names “{names}”. Where you can, describe what happens (the "
               "noise, the hours) rather than who or which home: the minutes sent to every representative "
               "keep these words; only the version posted in the hall leaves them out.").format(names=quoted)


class NamingWarning(_PausedWarning):
    """A label under a disturbance complaint's fields: shown, naming them, when typing pauses on
    a title or description that names a neighbour or a home (``names_in``); hidden otherwise and
    whenever ``concerned()`` says the complaint is not a disturbance. It never blocks saving."""

    def __init__(self, fields: list[QWidget], concerned, names_in, parent: QWidget | None = None):
        super().__init__(fields, "namingWarning", parent)
        self.fields, self.concerned, self.names_in = fields, concerned, names_in
        self.names: list[str] = []

    def check(self) -> None:
        """Look at the fields now and show or hide the warning."""
        self.timer.stop()
        self.names = self.names_in("\n".join(_text_of(f) for f in self.fields)) if self.concerned() else []
        self._show_names()

    def _show_names(self) -> None:
        text = naming_text(self.names)
        self.setText(text)
        self.setAccessibleName(text)
        was_visible = not self.isHidden()
        self.setVisible(bool(text))
        if text and not was_visible:
            reveal(self)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_names()
        super().changeEvent(event)
