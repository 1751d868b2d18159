"""File › Copy for another computer… and File › Exchange…: a person pairs, reads a file, decides."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.complaints import ComplaintStatus
from desktop.services import exchange
from desktop.store import Store, sync_state
from desktop.ui.exchange.dialog import CopyDialog, ExchangeDialog
from tests.services.exchange_pair import add_complaint


def test_the_file_menu_offers_the_copy_and_the_exchange(window):
    texts = [action.text() for action in window.file_menu.actions()]
    assert "&Copy for another computer…" in texts and "E&xchange with the laptop / the office…" in texts


def test_a_person_pairs_a_laptop_reads_its_file_and_decides(window, qtbot, tmp_path):
    store = window.store
    for number in range(2):
        add_complaint(store, f"Ascenseur {number}")
    copy = CopyDialog(store, window)
    qtbot.addWidget(copy)
    copy.show()
    qtbot.keyClicks(copy.path, str(tmp_path / "laptop.db"))
    qtbot.mouseClick(copy.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: copy.copied is not None, timeout=20_000)
    assert "numbered from 1 000 000" in copy.result.text()
    assert "personal data" in copy.findChildren(type(copy.result))[0].text()
    # The office's window still works on its store.
    store.complaints.change_status(1, ComplaintStatus.IN_PROGRESS)

    laptop = Store.open(tmp_path / "laptop.db", profile="representant")
    laptop.complaints.change_status(1, ComplaintStatus.REJECTED, "Pas le bailleur")
    made = add_complaint(laptop, "Fuite au sous-sol")
    exchange.export(laptop, tmp_path / "from-laptop.palier")
    laptop.close()

    dialog = ExchangeDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Exchange with the laptop"
    assert "personal data" in dialog.warning.text()
    qtbot.keyClicks(dialog.path, str(tmp_path / "from-laptop.palier"))
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "From the laptop" in dialog.result.text(), timeout=20_000)
    assert "1 complaint" in dialog.result.text() and "1 status change" in dialog.result.text()
    assert "1 to decide" in dialog.result.text()
    assert store.complaints.get(made.id).title == "Fuite au sous-sol"
    model = dialog.conflicts
    assert model.rowCount() == 1
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert shown[:5] == ["Complaint 1", "status", "In progress", "Rejected; Pas le bailleur", "the laptop"]
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 0
    assert store.complaints.get(1).status == ComplaintStatus.REJECTED
    assert sync_state.conflicts(store.db) == []
    # Writing the answer for the laptop.
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "for-laptop.palier"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Written for the laptop" in dialog.result.text(), timeout=20_000)
    assert (tmp_path / "for-laptop.palier").is_file()


def test_an_unpaired_register_says_so_instead_of_opening_the_exchange(window, monkeypatch):
    shown = []
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda parent, text: shown.append(text))
    window.exchange_action.trigger()
    assert shown and "not paired" in shown[0]


def test_with_several_partners_the_window_asks_which_one(window, qtbot, tmp_path):
    """The window used to say "use --partner NAME": a step needing the command line."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog

    store = window.store
    exchange.copy_for_partner(store, tmp_path / "laptop.db", "le portable")
    exchange.copy_for_partner(store, tmp_path / "second.db", "le bureau de l'agence")
    seen = {}

    def exchange_window_shown():
        dialog = QApplication.activeModalWidget()
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    def pick_the_second():
        asking = QApplication.activeModalWidget()
        assert isinstance(asking, QInputDialog)
        seen["question"] = asking.labelText()
        combo = asking.findChild(QComboBox)
        seen["choices"] = [combo.itemText(i) for i in range(combo.count())]
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        QTimer.singleShot(0, exchange_window_shown)
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick_the_second)
    window.exchange_action.trigger()
    assert seen["question"] == "This computer is paired with several others. Exchange with:"
    assert [c.split(" (")[0] for c in seen["choices"]] == ["le portable", "le bureau de l'agence"]
    assert seen["title"] == "Exchange with le bureau de l'agence"


def test_choosing_no_partner_opens_nothing(window, qtbot, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from PySide6.QtWidgets import QInputDialog

    exchange.copy_for_partner(window.store, tmp_path / "a.db", "le portable")
    exchange.copy_for_partner(window.store, tmp_path / "b.db", "l'agence")
    asked = []

    def cancel():
        asked.append(type(QApplication.activeModalWidget()))
        qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    window.exchange_action.trigger()
    assert asked == [QInputDialog] and QApplication.activeModalWidget() is None
