"""Signing approved minutes digitally from the Documents page, as the chair and the secretary would."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.services import identities
from desktop.services.verdict import verify_minutes
from desktop.ui.documents import output, signing as signing_module
from tests.ui.test_documents_page import choose_kind
from tests.ui.people_helpers import type_into
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_documents_page import demo_store, documents  # noqa: F401 - shared fixtures

ROOT = "root-passphrase"  # the residence root's own passphrase


def _choose_signed_meeting(qtbot, page, store):
    """The newest meeting whose minutes are approved (signed on paper, not yet digitally)."""
    approved = max((m for m in store.meetings.list() if m.status.is_locked), key=lambda m: m.date)
    choose_kind(qtbot, page, "minutes")
    page.meeting_combo.setCurrentIndex(page.model.row_of(approved.id))
    return approved


def _open_sign_dialog(qtbot, page):
    assert page.signing.sign_button.isVisible()
    qtbot.mouseClick(page.signing.sign_button, Qt.MouseButton.LeftButton)
    dialog = page.signing.dialog
    qtbot.waitExposed(dialog)
    return dialog


def _create_identity(qtbot, dialog, passphrase, name=None):
    qtbot.mouseClick(dialog.new_identity_button, Qt.MouseButton.LeftButton)
    creating = dialog.identity_dialog
    if name is not None:
        creating.name.clear()
        type_into(qtbot, creating.name, name)
    type_into(qtbot, creating.role, "Président")
    type_into(qtbot, creating.passphrase, passphrase)
    type_into(qtbot, creating.again, passphrase)
    type_into(qtbot, creating.root_passphrase, ROOT)
    if creating.root_again.isVisible():  # the first identity: the root's passphrase is chosen
        type_into(qtbot, creating.root_again, ROOT)
    qtbot.mouseClick(creating.create_button, Qt.MouseButton.LeftButton)
    return creating


def test_the_chair_creates_an_identity_and_signs_then_reprints_give_the_kept_bytes(
        qtbot, documents, demo_store, events, tmp_path, monkeypatch):  # noqa: F811
    meeting = _choose_signed_meeting(qtbot, documents, demo_store)
    assert "Optional: the chair and the secretary can add their digital signatures" in documents.signing.status.text()
    dialog = _open_sign_dialog(qtbot, documents)
    assert dialog.rows["chair"].chosen() == ""  # no identity yet on this computer
    creating = _create_identity(qtbot, dialog, "mot-de-passe-long")
    assert creating.result() == creating.DialogCode.Accepted
    assert dialog.rows["chair"].chosen() == meeting.chair  # created with the chair's name, chosen
    type_into(qtbot, dialog.rows["chair"].passphrase, "mot-de-passe-long")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)  # the secretary has no identity yet
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30000)
    assert f"the secretary ({meeting.secretary}) is missing" in dialog.error.text()
    assert demo_store.meetings.signed_minutes(meeting.id) is None
    creating = _create_identity(qtbot, dialog, "secretary-passphrase", name=meeting.secretary)
    assert dialog.rows["secretary"].chosen() == meeting.secretary
    type_into(qtbot, dialog.rows["secretary"].passphrase, "secretary-passphrase")
    dialog.grab().save(str(tmp_path / "sign-dialog.png"))
    with qtbot.waitSignal(documents.signing.signed, timeout=30000):
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    kept = demo_store.meetings.signed_minutes(meeting.id)
    assert kept is not None and kept.signers == f"{meeting.chair}, {meeting.secretary}"
    result = verify_minutes(demo_store, kept.pdf)
    assert result.ok, result.problems
    assert [s.signer for s in result.signatures] == [meeting.chair, meeting.secretary]
    assert "Signed digitally by" in documents.signing.status.text()
    assert not documents.signing.sign_button.isVisible()
    # Saving now writes the very bytes kept, and the audit log says so.
    qtbot.waitUntil(lambda: not documents.is_busy())
    target = tmp_path / "minutes.pdf"
    monkeypatch.setattr(output, "ask_save_path", lambda *args: str(target))
    with qtbot.waitSignal(events.message):
        qtbot.mouseClick(documents.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists())
    assert target.read_bytes() == kept.pdf
    assert len(PdfReader(str(target)).pages) >= 1
    line = demo_store.audit.list(1)[0]
    assert (line.action, line.subject, line.subject_id) == ("printed", "meeting", meeting.id)


def test_a_wrong_passphrase_is_said_and_nothing_is_kept(qtbot, documents, demo_store):  # noqa: F811
    meeting = _choose_signed_meeting(qtbot, documents, demo_store)
    identities.create_identity(meeting.chair, "Président", "the-right-one", "Les Tilleuls", root_passphrase=ROOT)
    identities.create_identity(meeting.secretary, "Secrétaire", "secretary-one", "Les Tilleuls", root_passphrase=ROOT)
    dialog = _open_sign_dialog(qtbot, documents)
    assert dialog.rows["chair"].chosen() == meeting.chair
    type_into(qtbot, dialog.rows["chair"].passphrase, "the-wrong-one")
    type_into(qtbot, dialog.rows["secretary"].passphrase, "secretary-one")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=30000)
    assert "passphrase" in dialog.error.text().lower()
    assert dialog.rows["chair"].passphrase.text() == "the-wrong-one"  # the typing is kept
    assert demo_store.meetings.signed_minutes(meeting.id) is None
    assert dialog.isVisible() and dialog.sign_button.isEnabled()


def test_signing_needs_a_signer_and_mismatched_passphrases_are_refused(qtbot, documents, demo_store):  # noqa: F811
    _choose_signed_meeting(qtbot, documents, demo_store)
    dialog = _open_sign_dialog(qtbot, documents)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "at least one signer" in dialog.error.text()
    qtbot.mouseClick(dialog.new_identity_button, Qt.MouseButton.LeftButton)
    creating = dialog.identity_dialog
    type_into(qtbot, creating.passphrase, "abcdefgh1")
    type_into(qtbot, creating.again, "abcdefgh2")
    qtbot.mouseClick(creating.create_button, Qt.MouseButton.LeftButton)
    assert "differ" in creating.error.text() and creating.isVisible()
    assert identities.list_identities() == []
    assert unnamed_controls(dialog) == [] and unnamed_controls(creating) == []


def test_minutes_not_yet_approved_cannot_be_signed(qtbot, documents, demo_store):  # noqa: F811
    drafted = max((m for m in demo_store.meetings.list() if not m.status.is_locked and m.status.has_taken_place),
                  key=lambda m: m.date)
    choose_kind(qtbot, documents, "minutes")
    documents.meeting_combo.setCurrentIndex(documents.model.row_of(drafted.id))
    assert "once they are approved" in documents.signing.status.text()
    assert not documents.signing.sign_button.isVisible()
    choose_kind(qtbot, documents, "posting")
    assert not documents.signing.isVisible()


def test_the_root_certificate_is_exported_for_the_landlord(qtbot, documents, demo_store, tmp_path,
                                                           monkeypatch):  # noqa: F811
    _choose_signed_meeting(qtbot, documents, demo_store)
    dialog = _open_sign_dialog(qtbot, documents)
    target = tmp_path / "certificat"
    monkeypatch.setattr(signing_module, "ask_certificate_path", lambda *args: str(target))
    errors = []
    monkeypatch.setattr(signing_module.dialogs, "show_error", lambda _parent, text: errors.append(text))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)  # no identity yet: no certificate
    assert len(errors) == 1 and "made with the first signing identity" in errors[0]
    written = tmp_path / "certificat.pem"
    assert not written.exists()
    _create_identity(qtbot, dialog, "mot-de-passe-long")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert written.read_bytes() == identities.root_pem()
    assert "give it to the landlord" in dialog.error.text()


def test_cancelling_while_the_signatures_are_made_keeps_nothing(qtbot, documents, demo_store):  # noqa: F811
    meeting = _choose_signed_meeting(qtbot, documents, demo_store)
    identities.create_identity(meeting.chair, "Président", "the-right-one", "Les Tilleuls", root_passphrase=ROOT)
    identities.create_identity(meeting.secretary, "Secrétaire", "secretary-one", "Les Tilleuls", root_passphrase=ROOT)
    dialog = _open_sign_dialog(qtbot, documents)
    type_into(qtbot, dialog.rows["chair"].passphrase, "the-right-one")
    type_into(qtbot, dialog.rows["secretary"].passphrase, "secretary-one")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.job.signals.finished, timeout=30000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the person changes their mind
    assert not dialog.isVisible()
    assert demo_store.meetings.signed_minutes(meeting.id) is None
    assert "Optional: the chair and the secretary can add their digital signatures" in documents.signing.status.text()


def test_new_identities_need_the_root_passphrase_chosen_twice_first_then_typed_once(qtbot, documents,
                                                                                   demo_store):  # noqa: F811
    meeting = _choose_signed_meeting(qtbot, documents, demo_store)
    dialog = _open_sign_dialog(qtbot, documents)
    qtbot.mouseClick(dialog.new_identity_button, Qt.MouseButton.LeftButton)
    first = dialog.identity_dialog
    assert first.root_again.isVisible()  # no root yet: its passphrase is chosen, twice
    for field, text in ((first.passphrase, "chair-passphrase"), (first.again, "chair-passphrase"),
                        (first.root_passphrase, ROOT), (first.root_again, ROOT + "x")):
        type_into(qtbot, field, text)
    qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    assert "passphrases of the root certificate differ" in first.error.text()
    assert identities.list_identities() == [] and identities.root_state() == "missing"
    first.root_again.clear()
    type_into(qtbot, first.root_again, ROOT)
    qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    assert first.result() == first.DialogCode.Accepted
    assert b"ENCRYPTED PRIVATE KEY" in (identities.identities_dir() / "root" / "root-key.pem").read_bytes()

    qtbot.mouseClick(dialog.new_identity_button, Qt.MouseButton.LeftButton)
    second = dialog.identity_dialog
    assert not second.root_again.isVisible()  # the root exists: its passphrase is typed once
    second.name.clear()
    for field, text in ((second.name, meeting.secretary), (second.passphrase, "secretary-passphrase"),
                        (second.again, "secretary-passphrase"), (second.root_passphrase, "not-the-root-one")):
        type_into(qtbot, field, text)
    qtbot.mouseClick(second.create_button, Qt.MouseButton.LeftButton)
    assert "root certificate is wrong" in second.error.text() and second.isVisible()
    assert [i.name for i in identities.list_identities()] == [meeting.chair]
    assert unnamed_controls(second) == []


def test_an_identity_in_another_name_is_said_at_once_and_refused(qtbot, documents, demo_store):  # noqa: F811
    """The walk: an identity typed "Sophie LeroyChargée de clientèle" was taken for the secretary
    "Sophie Leroy", and her drawn signature vanished. Now the dialog says so and does not sign."""
    meeting = _choose_signed_meeting(qtbot, documents, demo_store)
    dialog = _open_sign_dialog(qtbot, documents)
    secretary = dialog.rows["secretary"]
    _create_identity(qtbot, dialog, "secretary-pass", name=meeting.secretary + "Chargée de clientèle")
    qtbot.waitUntil(lambda: secretary.identity.count() > 1)
    wrong = meeting.secretary + "Chargée de clientèle"
    secretary.identity.setCurrentIndex(secretary.identity.findData(wrong))
    assert secretary.warning.isVisibleTo(dialog)
    assert f"“{wrong}” is not {meeting.secretary}" in secretary.warning.text()
    type_into(qtbot, secretary.passphrase, "secretary-pass")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog) and "would not count" in dialog.error.text()
    assert demo_store.meetings.signed_minutes(meeting.id) is None


def test_new_identity_opens_with_the_name_of_the_signer_who_has_none(qtbot, documents, demo_store):  # noqa: F811
    meeting = _choose_signed_meeting(qtbot, documents, demo_store)
    dialog = _open_sign_dialog(qtbot, documents)
    _create_identity(qtbot, dialog, "chair-passphrase")  # the first one is the chair's (proposed first)
    qtbot.mouseClick(dialog.new_identity_button, Qt.MouseButton.LeftButton)
    assert dialog.identity_dialog.name.text() == meeting.secretary
    dialog.identity_dialog.reject()
