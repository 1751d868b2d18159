"""Every control a person can reach has a name a screen reader can say, in every window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
               QAbstractItemView)
# Parts that Qt builds inside a composite control; the composite carries the name.
COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QCalendarWidget, QTabBar)


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Describe the reachable controls under ``root`` that have no accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _inside_composite(widget):
            continue
        if widget.focusPolicy().name == "NoFocus":
            continue
        name = widget.accessibleName().strip()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "").strip()
        if not name:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}")
    return missing


def test_every_page_of_the_main_window_names_its_controls(window):
    for key in window.PAGES:
        window.show_page(key)
    assert unnamed_controls(window) == []


@pytest.mark.parametrize("complaint", [False, True])
def test_the_complaint_form_names_its_controls(qtbot, residence_store, events, complaint):
    from desktop.domain.complaints import Complaint
    from desktop.ui.complaints.form import ComplaintDialog

    complaint_id = None
    if complaint:
        complaint_id = residence_store.complaints.create(Complaint(title="Fuite", category_id=1)).id
    dialog = ComplaintDialog(residence_store, events, complaint_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []


def test_the_other_dialogs_name_their_controls(qtbot, residence_store, store, events):
    from desktop.ui.first_run import FirstRunDialog
    from desktop.ui.importing.wizard import ImportWizard
    from desktop.ui.settings_dialog import SettingsDialog

    for dialog in (FirstRunDialog(store), ImportWizard(residence_store, events), SettingsDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
