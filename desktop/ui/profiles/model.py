"""The profiles as a list model (a handful of names, read from the store on ``refresh``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


class ProfileListModel(QAbstractListModel):
    """One row per profile, by name; ``ProfileRole`` gives the Profile itself."""

    ProfileRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.profiles: list = []
        self.refresh()

    def refresh(self) -> None:
        """Read the profiles again."""
        self.beginResetModel()
        self.profiles = self.store.profiles.list()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self.profiles)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.profiles):
            return None
        profile = self.profiles[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return profile.name
        if role == self.ProfileRole:
            return profile
        return None

    def row_of(self, name: str) -> int:
        """The row of the profile called ``name`` (capitals aside), or -1."""
        for row, profile in enumerate(self.profiles):
            if profile.name.casefold() == (name or "").casefold():
                return row
        return -1
