"""The "People and places" page: three tabs to maintain people, places and categories."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.ui.people.categories_tab import CategoriesTab
from desktop.ui.people.people_tab import PeopleTab
from desktop.ui.people.places_tab import PlacesTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePlaces", text)


class PeoplePlacesPage(QWidget):
    """People, Places and Categories, each in its tab."""

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.tabs = QTabWidget()
        self.people = PeopleTab(store, events)
        self.places = PlacesTab(store, events)
        self.categories = CategoriesTab(store, events)
        self.tabs.addTab(self.people, "")
        self.tabs.addTab(self.places, "")
        self.tabs.addTab(self.categories, "")
        self.tabs.setAccessibleName(_tr("People, places and categories"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.translate_ui()

    def translate_ui(self) -> None:
        """The tab titles; the rest of the page is rebuilt with the data."""
        self.tabs.setTabText(0, _tr("&People"))
        self.tabs.setTabText(1, _tr("Place&s"))
        self.tabs.setTabText(2, _tr("Cate&gories"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def reload_from_store(self) -> None:
        """The data changed somewhere (``events.data_changed``): every tab reads it again."""
        self.people._reload()
        self.places.reload()
        self.categories._reload()
