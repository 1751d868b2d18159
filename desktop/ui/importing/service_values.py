"""The landlord's own service names in an extract, and what each stands for in Palier.

A city's or a landlord's extract names its services its own way ("DPE-STPP-DT", "graffitis"): each
value the file holds that is none of Palier's four services gets a choice here — one of Palier's
services, or "keep the landlord's name" (written in the complaint's description) — and the
preview is read again with that choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel

from desktop.domain.people import LandlordService
from desktop.i18n import tr
from desktop.services.import_fields import KEEP, normalise


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


class ServiceValuesBox(QGroupBox):
    """One choice per unknown service name of the file; ``changed`` when the person chooses."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(_tr("Services named by the landlord"))
        self._form = QFormLayout(self)
        self._intro = QLabel(_tr("These values of the service column are not Palier's services. Say what "
                                 "each one stands for:"))
        self._intro.setWordWrap(True)
        self._form.addRow(self._intro)
        self.combos: dict[str, QComboBox] = {}  # normalised value → its choice
        self.hide()

    def show_values(self, values: list[str]) -> None:
        """Offer a choice for each of ``values`` (keeping choices already made)."""
        for value in values:
            key = normalise(value)
            if key in self.combos:
                continue
            combo = QComboBox()
            combo.addItem(_tr("(choose)"), None)
            for service in LandlordService:
                combo.addItem(tr("Service", service.label), service.value)
            combo.addItem(_tr("Keep the landlord's name (in the description)"), KEEP)
            combo.setAccessibleName(_tr("What “{value}” stands for").format(value=value))
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
            label = QLabel(f"“{value}”")
            label.setBuddy(combo)
            self._form.addRow(label, combo)
            self.combos[key] = combo
        self.setVisible(bool(self.combos))

    def chosen(self) -> dict[str, object]:
        """``{normalised value: LandlordService | KEEP}`` for the values given a meaning."""
        found: dict[str, object] = {}
        for key, combo in self.combos.items():
            data = combo.currentData()
            if data == KEEP:
                found[key] = KEEP
            elif data:
                found[key] = LandlordService(data)
        return found
