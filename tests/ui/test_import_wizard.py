"""A person imports a landlord's extract with the wizard, and exports the register."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop.domain.complaints import Complaint
from desktop.ui.importing import export
from desktop.ui.importing.models import ErrorsModel, MappingModel, RowsModel
from desktop.ui.importing.wizard import ImportWizard

HEADER = ["Objet", "Catégorie", "Date", "Statut", "Lieu"]


def write(path, rows, encoding="utf-8-sig", delimiter=";"):
    with open(path, "w", encoding=encoding, newline="") as stream:
        csv.writer(stream, delimiter=delimiter).writerows(rows)
    return path


def open_wizard(qtbot, store, events):
    wizard = ImportWizard(store, events)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_path_and_go_on(qtbot, wizard, path):
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PREVIEW)


def error_lines(model):
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_a_person_previews_sets_bad_rows_aside_and_imports(qtbot, residence_store, events, tmp_path):
    path = write(tmp_path / "bailleur.csv", [
        HEADER,
        ["Ascenseur en panne", "Ascenseur", "12/03/2024", "En cours", "Bâtiment A › Entrée 1"],
        ["Date impossible", "Plomberie", "31/02/2024", "", ""],
        ["Tags dans le hall", "Graffitis", "2024-03-14", "Nouvelle", "Hall"],
    ], encoding="cp1252")
    wizard = open_wizard(qtbot, residence_store, events)
    type_path_and_go_on(qtbot, wizard, path)
    page = wizard.preview_page
    assert "Windows (cp1252)" in page.file_info.text() and "semicolon" in page.file_info.text()
    assert page.mapping.mappings() == {"Objet": "title", "Catégorie": "category", "Date": "opened_on",
                                       "Statut": "status", "Lieu": "place"}
    assert page.rows.data(page.rows.index(0, 0)) == "Ascenseur en panne"
    assert error_lines(page.errors) == ["Line 3: the date “31/02/2024” in column “Date” does not exist."]
    assert page.new_categories.text() == "New categories will be created: Graffitis."
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()  # all or nothing until the person chooses to set rows aside
    click(qtbot, page.skip)
    assert page.rejects_edit.text().endswith("bailleur-rejected.csv")
    assert commit.isEnabled()
    with qtbot.waitSignal(events.complaints_changed, timeout=10_000):
        click(qtbot, commit)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY)
    assert wizard.summary_page.summary.text().startswith("2 complaints imported, 1 category created")
    assert error_lines(wizard.summary_page.rejected)[0].startswith("Line 3:")
    titles = sorted(c.title for c in residence_store.complaints.list())
    assert titles == ["Ascenseur en panne", "Tags dans le hall"]
    assert (tmp_path / "bailleur-rejected.csv").exists()


def test_a_person_maps_an_unknown_column_with_the_combo_box(qtbot, store, events, tmp_path):
    path = write(tmp_path / "tableur.csv", [["Sujet", "Catégorie", "Date"],
                                            ["Porte du hall", "Portes", "01/02/2024"]], delimiter=",")
    wizard = open_wizard(qtbot, store, events)
    type_path_and_go_on(qtbot, wizard, path)
    page = wizard.preview_page
    assert "holds the title" in page.problem.text() and page.problem.isVisibleTo(page)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    combo = page.mapping_view.indexWidget(page.mapping.index(0, MappingModel.FIELD))
    assert combo.currentText() == "Do not import"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first field is the title
    assert combo.currentText() == "Title"
    qtbot.waitUntil(lambda: commit.isEnabled())
    assert page.mapping.mappings()["Sujet"] == "title"
    assert not page.problem.isVisibleTo(page)
    click(qtbot, commit)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY)
    assert [c.title for c in store.complaints.list()] == ["Porte du hall"]


def test_a_wrong_file_is_explained_on_the_first_page(qtbot, store, events, tmp_path):
    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    wizard = open_wizard(qtbot, store, events)
    qtbot.keyClicks(wizard.file_page.path_edit, str(picture))
    with qtbot.waitSignal(wizard.preview_loaded, timeout=10_000):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == ImportWizard.FILE
    assert "“photo.csv” is not a CSV table" in wizard.file_page.error.text()
    assert store.complaints.count() == 0


def test_without_setting_aside_bad_rows_nothing_is_imported(qtbot, store, events, tmp_path):
    path = write(tmp_path / "bad.csv", [HEADER, ["Bon", "Autre", "01/01/2024", "", ""],
                                        ["", "Autre", "01/01/2024", "", ""]])
    wizard = open_wizard(qtbot, store, events)
    type_path_and_go_on(qtbot, wizard, path)
    assert error_lines(wizard.preview_page.errors) == ["Line 3: the title in column “Objet” is empty."]
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert store.complaints.count() == 0


def test_models_behave(qtbot, store, events, tmp_path, qtmodeltester):
    path = write(tmp_path / "m.csv", [HEADER, ["A", "Autre", "01/01/2024", "", ""],
                                      ["", "Autre", "01/01/2024", "", ""]])
    wizard = open_wizard(qtbot, store, events)
    type_path_and_go_on(qtbot, wizard, path)
    page = wizard.preview_page
    for model in (page.mapping, page.rows, page.errors):
        qtmodeltester.check(model)
    fresh = MappingModel()
    fresh.set_preview(wizard.preview)
    assert fresh.setData(fresh.index(1, MappingModel.FIELD), "title")  # "Catégorie" → title...
    assert fresh.mappings()["Objet"] == "ignore"  # ...takes the title from "Objet"
    assert not fresh.setData(fresh.index(0, MappingModel.FIELD), "colour")
    qtmodeltester.check(fresh)
    qtmodeltester.check(RowsModel())
    qtmodeltester.check(ErrorsModel())


def test_a_person_exports_the_register(qtbot, store, events, tmp_path):
    category = store.categories.list()[0].id
    store.complaints.create(Complaint(title="=Fenêtre", category_id=category))
    target = tmp_path / "registre.csv"
    with qtbot.waitSignal(events.message, timeout=10_000) as said:
        export.export_complaints(None, store, events, None, path=str(target))
    assert said.args == [f"1 complaint exported to “{target}”."]
    text = target.read_text(encoding="utf-8-sig")
    assert "'=Fenêtre" in text


def test_a_failed_export_is_shown_as_a_sentence(qtbot, store, events, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda parent, text: shown.append(text))
    export.export_complaints(None, store, events, None, path=str(tmp_path / "missing" / "x.csv"))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "does not exist" in shown[0]


def test_a_very_long_cell_is_shortened_in_the_preview_and_imported_whole(qtbot, residence_store, events, tmp_path):
    description = "Infiltration au plafond du hall. " * 600  # about 20,000 characters, the most allowed
    path = write(tmp_path / "long.csv", [
        ["Objet", "Catégorie", "Date", "Description"],
        ["Fuite", "Plomberie", "12/03/2024", description],
    ])
    wizard = open_wizard(qtbot, residence_store, events)
    type_path_and_go_on(qtbot, wizard, path)
    rows = wizard.preview_page.rows
    shown = rows.data(rows.index(0, 3))
    assert len(shown) == 200 and shown.startswith("Infiltration au plafond") and shown.endswith("…")
    examples = wizard.preview_page.mapping
    assert all(len(examples.data(examples.index(r, 2)) or "") <= 200 for r in range(examples.rowCount()))
    with qtbot.waitSignal(events.complaints_changed, timeout=10_000):
        click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    [saved] = residence_store.complaints.list()
    assert residence_store.complaints.get(saved.id).description == description.strip()


def test_a_person_says_what_the_landlord_s_service_names_stand_for(qtbot, residence_store, events, tmp_path):
    path = write(tmp_path / "ville.csv", [["Objet", "Catégorie", "Date", "Service"],
                                          ["Tags", "Propreté", "12/03/2024", "graffitis"],
                                          ["Trottoir", "Propreté", "12/03/2024", "DPE-STPP-DT"],
                                          ["Tags 2", "Propreté", "13/03/2024", "Graffitis"]])
    wizard = open_wizard(qtbot, residence_store, events)
    type_path_and_go_on(qtbot, wizard, path)
    page = wizard.preview_page
    box = page.services_box
    qtbot.waitUntil(lambda: box.isVisibleTo(page))
    assert len(box.combos) == 2  # "graffitis" and "Graffitis" are one value
    assert len(error_lines(page.errors)) == 3
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert not commit.isEnabled()
    graffitis = next(combo for key, combo in box.combos.items() if "graffitis" in key)
    dpe = next(combo for key, combo in box.combos.items() if "dpe" in key)
    graffitis.setFocus()
    qtbot.keyClick(graffitis, Qt.Key.Key_Down)  # Maintenance (local management)
    qtbot.waitUntil(lambda: len(error_lines(page.errors)) == 1)
    dpe.setFocus()
    for _ in range(5):
        qtbot.keyClick(dpe, Qt.Key.Key_Down)  # the last choice: keep the landlord's name
    assert "Keep" in dpe.currentText()
    qtbot.waitUntil(lambda: error_lines(page.errors) == [] and commit.isEnabled())
    with qtbot.waitSignal(events.complaints_changed, timeout=10_000):
        click(qtbot, commit)
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.SUMMARY)
    found = {c.title: c for c in residence_store.complaints.list()}
    assert found["Tags"].service.value == "proximity" and found["Tags 2"].service.value == "proximity"
    assert found["Trottoir"].service is None and "DPE-STPP-DT" in found["Trottoir"].description
