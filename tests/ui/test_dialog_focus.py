"""Every dialog opens with the cursor in its first field, and Tab follows the order the eye reads
(top to bottom, then left to right): typing never goes to a button that Space or Enter would press."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

from desktop.domain.complaints import Complaint
from desktop.domain.meetings import LiaisonForm
from desktop.services import meetings as service
from desktop.services import profiles


def _meeting(store):
    day = dt.date(2026, 3, 12) + dt.timedelta(days=7 * len(store.meetings.list()))
    return service.plan_meeting(store, day, place="Salle commune")


def _approved_meeting(store):
    meeting = _meeting(store)
    service.start_meeting(store, meeting.id)
    for point in store.agenda.points(meeting.id):
        store.agenda.update_point_fields(point.id, answer="Fait")
    service.close_meeting(store, meeting.id)
    service.approve_minutes(store, meeting.id, "Marie Martin", "Karim Benali")
    return meeting


def _form(store):
    return store.forms.save(LiaisonForm(question="Quand ?", received_on=dt.date(2026, 3, 2)))


def _dialogs():
    """name → a function (store, events) → the dialog, built as the program builds it."""
    from desktop.ui.complaints.form import ComplaintDialog
    from desktop.ui.documents.identity_dialog import IdentityDialog
    from desktop.ui.documents.signing import SignDialog
    from desktop.ui.first_run import FirstRunDialog
    from desktop.ui.importing.wizard import ImportWizard
    from desktop.ui.meetings.form_dialog import LinkComplaintDialog, LiaisonFormDialog, ToComplaintDialog
    from desktop.ui.meetings.minutes_dialogs import AmendmentDialog, ApproveDialog
    from desktop.ui.meetings.planning import PlanMeetingDialog
    from desktop.ui.people.logo_dialog import LogoDialog
    from desktop.ui.people.person_form import PersonDialog
    from desktop.ui.people.place_dialogs import CommonAreaDialog, HomesDialog, NameDialog
    from desktop.ui.profiles.dialog import ProfilesDialog
    from desktop.ui.profiles.forms import ChangePasswordDialog, NewProfileDialog
    from desktop.ui.profiles.sign_in import LoginDialog
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.signature_pad import SignatureDialog

    def profiled(store):
        if not profiles.profiles_enabled(store):
            profiles.create_profile(store, "Marie Curie", "correct horse battery")
        return store

    return {
        "complaint": lambda s, e: ComplaintDialog(s, e),
        "complaint (existing)": lambda s, e: ComplaintDialog(
            s, e, s.complaints.create(Complaint(title="Fuite", category_id=1)).id),
        "person": lambda s, e: PersonDialog(s, e),
        "building name": lambda s, e: NameDialog("Add a building", "Building &name:", "", lambda name: None),
        "homes": lambda s, e: HomesDialog(s, s.places.entrances()[0].id),
        "common area": lambda s, e: CommonAreaDialog(s, None, s.places.buildings()[0].id),
        "logo": lambda s, e: LogoDialog(s),
        "liaison form": lambda s, e: LiaisonFormDialog(s),
        "liaison form to complaint": lambda s, e: ToComplaintDialog(s, _form(s).id),
        "liaison form link": lambda s, e: LinkComplaintDialog(s, _form(s).id),
        "plan a meeting": lambda s, e: PlanMeetingDialog(s),
        "approve the minutes": lambda s, e: ApproveDialog(s, _held(s).id),
        "amendment": lambda s, e: AmendmentDialog(s, _approved_meeting(s).id),
        "sign digitally": lambda s, e: SignDialog(s, _approved_meeting(s).id),
        "signing identity": lambda s, e: IdentityDialog("Les Tilleuls", ["Marie Martin"]),
        "signature pad": lambda s, e: SignatureDialog("Marie Martin"),
        "settings": lambda s, e: SettingsDialog(store=s),
        "profiles": lambda s, e: ProfilesDialog(profiled(s)),
        "new profile": lambda s, e: NewProfileDialog(s),
        "change password": lambda s, e: ChangePasswordDialog(profiled(s), profiles.profile_named(s, "Marie Curie")),
        "sign in": lambda s, e: LoginDialog(profiled(s)),
        "first run": lambda s, e: FirstRunDialog(s),
        "import": lambda s, e: ImportWizard(s, e),
        "public wording": lambda s, e: _public_wording(),
        "copy for another computer": lambda s, e: _exchange("CopyDialog", s),
        "exchange": lambda s, e: _exchange("ExchangeDialog", s),
        "about": lambda s, e: __import__("desktop.ui.about", fromlist=["AboutDialog"]).AboutDialog("Palier"),
    }


def _exchange(name, store):
    import tempfile
    from pathlib import Path

    from desktop.services import exchange
    from desktop.ui.exchange import dialog

    if name == "ExchangeDialog" and not exchange.status(store)[1]:  # exchanging needs a partner
        exchange.copy_for_partner(store, Path(tempfile.mkdtemp()) / "laptop.db")
    return getattr(dialog, name)(store)


def _public_wording():
    from desktop.reports.posting_review import ReviewedSentence
    from desktop.ui.documents.public_wording import PublicWordingDialog

    return PublicWordingDialog([ReviewedSentence(key="1", automatic="Tapage chez [nom retiré].",
                                                 public="Tapage chez [nom retiré].", removed=["M. Brunet"],
                                                 where="3. Troubles de voisinage")])


def _held(store):
    meeting = _meeting(store)
    service.start_meeting(store, meeting.id)
    for point in store.agenda.points(meeting.id):
        store.agenda.update_point_fields(point.id, answer="Fait")
    return service.close_meeting(store, meeting.id)


DIALOGS = list(_dialogs())
# Where the cursor rightly starts elsewhere than the first field.
FIRST_FIELD_EXCEPTIONS = {
    "sign in": lambda dialog: dialog.form.password,  # the last profile is already chosen above
}


def every_dialog_class_of_the_program() -> set[str]:
    """The names of the QDialog subclasses the window can open (the private frames aside)."""
    import importlib
    import pkgutil

    import desktop.ui

    found = set()
    for module in pkgutil.walk_packages(desktop.ui.__path__, "desktop.ui."):
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, type) and issubclass(value, QDialog) and value.__module__ == module.name \
                    and not value.__name__.startswith("_") and value.__name__ not in ("FormDialog", "PhotoViewer"):
                found.add(value.__name__)
    return found


def test_the_list_below_covers_every_dialog(qapp, residence_store, events):
    covered = set()
    for make in _dialogs().values():
        dialog = make(residence_store, events)
        covered.add(type(dialog).__name__)
        dialog.deleteLater()
    assert every_dialog_class_of_the_program() <= covered


def _tab_stops(dialog: QWidget) -> list[QWidget]:
    """The controls Tab can reach, in the order the eye reads them."""
    stops = [w for w in dialog.findChildren(QWidget)
             if w.isVisibleTo(dialog) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
             and w.focusProxy() is None and w.window() is dialog]
    return sorted(stops, key=functools.cmp_to_key(lambda a, b: _reading_order(dialog, a, b)))


def _box(dialog, widget) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


def _reading_order(dialog, a, b) -> int:
    """Top to bottom, left to right; side-by-side panes are read one after the other, whole."""
    common = a
    while not (common is b or common.isAncestorOf(b)):
        common = common.parentWidget()
    first, second = _box(dialog, _child_towards(common, a)), _box(dialog, _child_towards(common, b))
    overlap = min(first.bottom(), second.bottom()) - max(first.top(), second.top())
    if overlap > min(first.height(), second.height()) / 2:
        return first.left() - second.left()
    return first.top() - second.top()


def _child_towards(ancestor, widget):
    """The child of ``ancestor`` that holds ``widget`` (``widget`` itself when it is one)."""
    while widget.parentWidget() is not None and widget.parentWidget() is not ancestor and widget is not ancestor:
        widget = widget.parentWidget()
    return widget


def _is_field(widget) -> bool:
    return not isinstance(widget, QAbstractButton) or not isinstance(widget.parentWidget(), QDialogButtonBox)


@pytest.fixture
def open_dialog(qtbot, residence_store, events, monkeypatch):
    from desktop.ui import dialogs

    monkeypatch.setattr(dialogs, "confirm", lambda *args: True)

    def opener(name):
        dialog = _dialogs()[name](residence_store, events)
        qtbot.addWidget(dialog)
        dialog.show()
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
        return dialog
    return opener


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_opens_in_its_first_field_and_tab_follows_the_reading_order(qtbot, open_dialog, name):
    dialog = open_dialog(name)
    stops = _tab_stops(dialog)
    fields = [w for w in stops if _is_field(w)]
    assert fields, "a dialog with nothing to type or choose"
    focused = QApplication.focusWidget()
    first = FIRST_FIELD_EXCEPTIONS[name](dialog) if name in FIRST_FIELD_EXCEPTIONS else fields[0]
    assert focused is first, f"the focus is on {type(focused).__name__} {getattr(focused, 'text', str)()!r}"
    walked = [focused]
    for _ in range(len(stops) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    start = stops.index(focused)  # Tab goes round: read the stops from where the cursor starts
    assert _in_order(walked) == _in_order(stops[start:] + stops[:start])


@pytest.mark.parametrize("name", DIALOGS)
def test_enter_in_the_first_field_never_cancels(qtbot, open_dialog, name):
    dialog = open_dialog(name)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    box = dialog.findChild(QDialogButtonBox)
    if box is None or not any(box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole for b in box.buttons()):
        return  # a dialog whose only button closes it (the profiles list): Enter may close it
    for button in defaults:
        role = box.buttonRole(button) if box is not None else None
        assert role != QDialogButtonBox.ButtonRole.RejectRole, f"Enter presses {button.text()!r}"


def _in_order(widgets) -> list[str]:
    """The controls named in turn; the row of buttons at the bottom counts as one stop, since the
    platform decides their left-to-right order."""
    names = []
    for widget in widgets:
        in_box = isinstance(widget.parentWidget(), QDialogButtonBox)
        name = "the row of buttons" if in_box else _describe(widget)
        if not names or names[-1] != name:
            names.append(name)
    return names


def _describe(widget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    name = widget.accessibleName() or (widget.parentWidget().accessibleName() if widget.parentWidget() else "")
    return f"{type(widget).__name__} {name or text!r}"
