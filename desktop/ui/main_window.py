"""The main window: a navigation column, the pages, and a status bar saying what just happened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.store import Store
from desktop.ui.events import DataWatch, StoreEvents, follow_data


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class PlaceholderPage(QWidget):
    """A page that a later version of Palier fills in."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)


class CurrentPageStack(QStackedWidget):
    """A stack of pages whose size is the size of the page shown: a page hidden behind (however
    wide its tables) never makes the window wider than the screen."""

    def sizeHint(self):  # noqa: N802 (Qt name)
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self):  # noqa: N802 (Qt name)
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


def _scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area that gives it all the room there is and scrolls what a small
    screen or large text cannot hold (nothing is ever cut off or pushed off the screen)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class TrustBanner(QLabel):
    """Above every page, shown only when a signed meeting no longer matches what was signed (or a
    lock guarding signed meetings is gone): checked once, when the window opens."""

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        from desktop.services import meeting_seals

        self.problems = meeting_seals.problems(store)
        self.setWordWrap(True)
        self.setProperty("role", "error")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(bool(self.problems))
        self.translate_ui()

    def translate_ui(self) -> None:
        """The warning in the current language (the problems keep the language they were found in)."""
        self.setAccessibleName(_tr("Warning about signed minutes"))
        if self.problems:
            self.setText(_tr("Warning: signed minutes were changed outside Palier. {problems} Their documents say "
                             "so; restore a backup made before the change (Backups page).").format(
                problems=" ".join(self.problems)))


class _Pages(dict):
    """The window's pages by key, each made on first use."""

    def __init__(self, window: "MainWindow"):
        super().__init__()
        self._window = window

    def __missing__(self, key: str) -> QWidget:
        if key not in MainWindow.PAGES:
            raise KeyError(key)
        page = self._window._make_page(key)
        self[key] = page
        return page


class MainWindow(QMainWindow):
    """Palier's single main window."""

    PAGES = ("dashboard", "complaints", "meetings", "people", "reports", "backups", "privacy")

    def __init__(self, store: Store, parent=None, signed_in: bool = False):
        super().__init__(parent)
        self.store = store
        self.events = StoreEvents(self)
        self.events.message.connect(self.show_message)
        self.data_watch = DataWatch(store, self.events, self)
        self._residence_name = self._read_residence_name()
        self.events.places_changed.connect(self._residence_renamed)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(_tr("Sections"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setWordWrap(True)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.stack = CurrentPageStack()
        self._build_pages()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 0)
        self.trust_banner = TrustBanner(store)
        column.addWidget(self.trust_banner)
        row = QHBoxLayout()
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._show_row)
        self._build_actions()
        self.translate_ui()
        self.navigation.setCurrentRow(0)
        self.place_on_screen()
        # The mouse wheel never changes a drop-down list; the guard watches every event of the
        # application, so it starts once the window has painted (start-up stays quick).
        from desktop.ui.backups_startup import after_first_paint
        from desktop.ui.style import install_wheel_guard

        self.wheel_guard_starter = after_first_paint(self, lambda: install_wheel_guard(QApplication.instance()))
        # With profiles, a window nobody signed in to opens locked (after a restore, for instance).
        from desktop.ui.profiles.lock import ScreenLock

        self.profile_lock = ScreenLock(self, locked=not signed_in)

    # Placing the window ---------------------------------------------------------------------
    PREFERRED_SIZE = (1280, 800)

    def place_on_screen(self) -> None:
        """Size the window to fit the screen's available area (never larger than it); a screen
        smaller than the preferred size gets the window maximised (``show_on_screen``)."""
        from desktop.ui.screen_fit import place_on_screen

        self.start_maximised = place_on_screen(self, self.PREFERRED_SIZE)

    def show_on_screen(self) -> None:
        """Show the window: maximised on a small screen, centred in the available area otherwise."""
        if getattr(self, "start_maximised", False):
            self.showMaximized()
        else:
            self.show()

    # Text size, live (Ctrl++ / Ctrl+- / Ctrl+0) ---------------------------------------------
    def change_text_size(self, step: int) -> None:
        """Make the text one size larger or smaller (``step`` +1 / -1: 12, 14, 16, 18… points; 0:
        back to the default), kept for the next start; every page takes the new size at once."""
        from desktop.ui import settings
        from desktop.ui.style import apply_style, next_text_size

        current = settings.read(settings.FONT_SIZE)
        size = settings.FONT_SIZE.default if step == 0 else next_text_size(current, step)
        settings.write(settings.FONT_SIZE, size)
        apply_style(QApplication.instance(), size)
        self.translate_ui()
        self.show_message(_tr("Text size: {size} points").format(size=size))

    def _build_pages(self) -> None:
        # Pages are built the first time they are shown, so start-up pays only for the first one.
        self.pages = _Pages(self)
        for _key in self.PAGES:
            self.stack.addWidget(QWidget())
            self.navigation.addItem(QListWidgetItem())

    def _make_page(self, key: str) -> QWidget:
        # Each page's modules are imported when it is first shown: start-up imports one page.
        if key == "dashboard":
            from desktop.ui.dashboard import DashboardPage

            page = DashboardPage(self.store, self.events)
            page.open_complaint.connect(self._open_complaint)
        elif key == "complaints":
            from desktop.ui.complaints.page import ComplaintsPage

            page = ComplaintsPage(self.store, self.events)
        elif key == "people":
            from desktop.ui.people.page import PeoplePlacesPage

            page = PeoplePlacesPage(self.store, self.events)
        elif key == "backups":
            from desktop.ui.backups_page import BackupsPage

            page = BackupsPage(self.store, self.events)
        elif key == "privacy":
            from desktop.ui.privacy.page import PrivacyPage

            page = PrivacyPage(self.store, self.events)
        elif key == "meetings":
            from desktop.ui.meetings.page import MeetingsPage

            page = MeetingsPage(self.store, self.events)
        elif key == "reports":
            from desktop.ui.documents.page import DocumentsPage

            page = DocumentsPage(self.store, self.events)
        else:
            page = PlaceholderPage(_tr("Printed reports arrive in a later version of Palier."))
        from desktop.ui.flow import size_tabs_to_the_current_one

        for tabs in page.findChildren(QTabWidget):  # a wide tab behind never widens the window
            size_tabs_to_the_current_one(tabs)
        reload = getattr(page, "reload_from_store", None)
        if reload is not None:  # every page shows the store as it is now (events.data_changed)
            follow_data(page, self.events, reload)
        index = self.PAGES.index(key)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, _scrolling(page))
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        return page

    def current_page(self) -> QWidget:
        """The page in front (inside the scroll area that lets it fit any screen)."""
        holder = self.stack.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else holder

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.pages[self.PAGES[row]]  # built on first use, in its place in the stack
        self.stack.setCurrentIndex(row)
        self.stack.updateGeometry()

    def _build_actions(self) -> None:
        self.new_complaint_action = QAction(self)
        self.new_complaint_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_complaint_action.triggered.connect(self.new_complaint)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        for action in (self.new_complaint_action, self.find_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.new_complaint_action)
        self.file_menu.addAction(self.find_action)
        self.file_menu.addSeparator()
        self.copy_action = QAction(self)  # one register on two computers (part 7)
        self.copy_action.triggered.connect(self.copy_for_another_computer)
        self.exchange_action = QAction(self)
        self.exchange_action.triggered.connect(self.exchange_with_partner)
        self.file_menu.addAction(self.copy_action)
        self.file_menu.addAction(self.exchange_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.larger_action = QAction(self)
        # Ctrl++ (on AZERTY, Ctrl+Shift+=) and Ctrl+=, each once: a key given twice is ambiguous to Qt.
        self.larger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.larger_action.triggered.connect(lambda: self.change_text_size(+1))
        self.smaller_action = QAction(self)
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.smaller_action.triggered.connect(lambda: self.change_text_size(-1))
        self.normal_size_action = QAction(self)
        self.normal_size_action.setShortcut(QKeySequence("Ctrl+0"))
        self.normal_size_action.triggered.connect(lambda: self.change_text_size(0))
        self.view_menu = self.menuBar().addMenu("")
        for action in (self.larger_action, self.smaller_action, self.normal_size_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            self.view_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def translate_ui(self) -> None:
        """(Re)apply every visible string; called again when the language changes."""
        # No store access here: a language change may arrive while the store is busy or closed.
        name = self._residence_name
        self.setWindowTitle(f"Palier – {name}" if name else "Palier")
        labels = {
            "dashboard": _tr("Dashboard"),
            "complaints": _tr("Complaints"),
            "meetings": _tr("Meetings"),
            "people": _tr("People and places"),
            "reports": _tr("Reports"),
            "backups": _tr("Backups"),
            "privacy": _tr("Privacy"),
        }
        for row, key in enumerate(self.PAGES):
            self.navigation.item(row).setText(labels[key])
        # As wide as the longest word of the section names (a long name goes on two lines:
        # "Données / personnelles"), so that the pages keep the width on a small screen.
        self.navigation.ensurePolished()  # the style sheet sets the navigation's larger font
        metrics = self.navigation.fontMetrics()
        words = [word for text in labels.values() for word in text.split()]
        widest_word = max(metrics.horizontalAdvance(word) for word in words)
        widest_name = max(metrics.horizontalAdvance(text) for text in labels.values())
        self.navigation.setFixedWidth(min(widest_name, max(widest_word, metrics.averageCharWidth() * 14)) + 48)
        self.navigation.doItemsLayout()  # the names wrap at the new width (none is cut with "…")
        self.new_complaint_action.setText(_tr("&New complaint"))
        self.find_action.setText(_tr("&Search complaints"))
        self.settings_action.setText(_tr("S&ettings…"))
        self.quit_action.setText(_tr("&Quit"))
        self.about_action.setText(_tr("&About Palier"))
        self.file_menu.setTitle(_tr("&File"))
        self.view_menu.setTitle(_tr("&View"))
        self.larger_action.setText(_tr("&Larger text"))
        self.smaller_action.setText(_tr("&Smaller text"))
        self.normal_size_action.setText(_tr("&Normal text size"))
        self.copy_action.setText(_tr("&Copy for another computer…"))
        self.exchange_action.setText(_tr("E&xchange with the laptop / the office…"))
        self.help_menu.setTitle(_tr("&Help"))
        self.statusBar().setAccessibleName(_tr("What just happened"))
        if getattr(self, "profile_lock", None) is not None:
            self.profile_lock.translate_ui()
        if getattr(self, "trust_banner", None) is not None:
            self.trust_banner.translate_ui()

    def _read_residence_name(self) -> str:
        residence = self.store.places.first_residence()
        return residence.name if residence else ""

    def _residence_renamed(self) -> None:
        self._residence_name = self._read_residence_name()
        self.translate_ui()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def show_page(self, key: str) -> None:
        """Bring the page ``key`` (one of PAGES) to the front."""
        self.navigation.setCurrentRow(self.PAGES.index(key))

    def show_message(self, text: str) -> None:
        """Say in the status bar what just happened."""
        self.statusBar().showMessage(text, 10_000)

    def new_complaint(self) -> None:
        """Ctrl+N: open an empty complaint form."""
        self.show_page("complaints")
        self.pages["complaints"].new_complaint()

    def focus_search(self) -> None:
        """Ctrl+F: go to the register's search box."""
        self.show_page("complaints")
        self.pages["complaints"].focus_search()

    def open_settings(self) -> None:
        """Open the settings (language, text size, your name)."""
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, store=self.store)
        dialog.profile_changed.connect(self._set_profile)
        dialog.profiles_changed.connect(self.profile_lock.refresh)
        dialog.open()

    def _set_profile(self, name: str) -> None:
        self.store.profile = name

    def copy_for_another_computer(self) -> None:
        """File › Copy for another computer…: a paired database for a laptop."""
        from desktop.ui.exchange.dialog import CopyDialog

        CopyDialog(self.store, self).exec()

    def exchange_with_partner(self) -> None:
        """File › Exchange…: write and read exchange files, decide the conflicts."""
        from desktop.domain.errors import UserError
        from desktop.ui import dialogs
        from desktop.ui.exchange.dialog import ExchangeDialog, choose_partner

        try:
            partner = choose_partner(self)
            if partner is False:
                return
            dialog = ExchangeDialog(self.store, self, partner)
        except UserError as error:
            dialogs.show_error(self, error.message)
            return
        dialog.exec()

    def show_about(self) -> None:
        """A few words about Palier and where its data lives, its version and the licences."""
        from desktop.ui.about import AboutDialog

        AboutDialog(_tr("Palier helps building representatives keep the complaint register and "
                        "prepare the quarterly meetings, without any network.\n\nDatabase: {path}")
                    .format(path=self.store.path), self).open()

    def _open_complaint(self, complaint_id: int) -> None:
        self.show_page("complaints")
        self.pages["complaints"].open_complaint(complaint_id)
