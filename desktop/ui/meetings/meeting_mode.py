"""The meeting mode: the minutes taken live, on a laptop on the meeting-room table.

One agenda point at a time, in large text, with the fields the secretary types into. Every
keystroke restarts a short single-shot timer; when it fires, the fields that changed are
written in one small transaction, so a laptop whose battery dies loses at most a second or two
of typing. Changing point and closing the window save at once, and the meeting remembers its
current point, so reopening it returns there. The time spent on each point is counted with a
monotonic clock (injectable for tests) and added to the point when leaving it and at each save.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.domain.agenda import SCREEN_TITLE_LENGTH, AgendaPoint, summary_line
from desktop.domain.dates import clock_time, long_date
from desktop.domain.errors import UserError
from desktop.domain.agenda import missing_answers
from desktop.domain.meetings import MeetingStatus, UnansweredPoints, meeting_label
from desktop.i18n import tr
from desktop.services import meetings as service
from desktop.ui import dialogs
from desktop.ui.meetings.meeting_mode_layout import STYLE, MeetingModeLayout
from desktop.ui.meetings.meeting_mode_models import answer_state
from desktop.ui.screen_fit import place_on_screen
from desktop.ui.text import plain_text

AUTOSAVE_MS = 800
FIELDS = ("discussion", "answer", "no_answer_reason", "decision")
NEXT_KEYS = ((Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier),
             (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier))
PREVIOUS_KEYS = ((Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier),
                 (Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier))
LEAVE_KEY = (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)



def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingMode", text)


def correction_field(name: str) -> str:
    """What a person calls a correction ("Answer changed", "Point added")."""
    return {
        "title": _tr("Title changed"), "question": _tr("Question changed"),
        "discussion": _tr("Discussion changed"), "answer": _tr("Answer changed"),
        "no_answer_reason": _tr("“No answer yet, because” changed"), "decision": _tr("Decision changed"),
        "proposed_by": _tr("“Proposed by” changed"), "kind": _tr("Kind changed"),
        "duration_minutes": _tr("Duration changed"), "added": _tr("Point added"), "removed": _tr("Point removed"),
        "merged": _tr("Points merged"),
    }.get(name, name)


def duration_text(seconds: int) -> str:
    """"12 min 05 s", or "1 h 02 min" past an hour."""
    minutes, secs = divmod(max(0, int(seconds)), 60)
    if minutes >= 60:
        return _tr("{hours} h {minutes:02d} min").format(hours=minutes // 60, minutes=minutes % 60)
    return _tr("{minutes} min {seconds:02d} s").format(minutes=minutes, seconds=secs)


class MeetingModeWindow(MeetingModeLayout, QWidget):
    """The minutes of one meeting, taken live, point by point (open it with ``.show()``)."""

    def __init__(self, store, events, meeting_id: int, parent=None, clock=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.store = store
        self.events = events
        self.meeting_id = meeting_id
        self.clock = clock or time.monotonic
        self.meeting = store.meetings.get(meeting_id)
        if not self.meeting.status.has_taken_place:
            self.meeting = service.start_meeting(store, meeting_id)
        self.locked = self.meeting.is_locked
        # Ended but not approved: the secretary corrects the draft; every change is dated.
        self.correcting = self.meeting.status == MeetingStatus.MINUTES_DRAFTED
        self.point: AgendaPoint | None = None
        self.index = -1
        self._loading = False
        self._saved: dict[str, str] = {}
        self._entered = self.clock()
        self._base_seconds = 0
        title = _tr("Correcting the minutes – {meeting}") if self.correcting else _tr("Meeting mode – {meeting}")
        self.setWindowTitle(title.format(meeting=meeting_label(self.meeting.date)))
        self.setStyleSheet(STYLE)
        self._build()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(1000)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        self._shortcuts()
        self.title_label.installEventFilter(self)
        self.points_model.set_points(store.agenda.points(meeting_id))
        self.go_to(self._start_index(), save_first=False)
        # Within the screen (maximised on a small one), never 1280 px wide on a 1024 px screen.
        self.start_maximised = place_on_screen(self, (1280, 760))

    def _shortcuts(self) -> None:
        for keys, slot in ((NEXT_KEYS, self.next_point), (PREVIOUS_KEYS, self.previous_point)):
            for key, modifier in keys:
                shortcut = QShortcut(QKeySequence(modifier.value | key.value), self)
                shortcut.activated.connect(slot)


    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        """In the text fields, the point keys change point (a text field would take them)."""
        if watched is self.title_label and event.type() == QEvent.Type.Resize:
            self._fit_question()
        if event.type() == QEvent.Type.KeyPress:
            combo = (event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            if combo in NEXT_KEYS:
                self.next_point()
                return True
            if combo in PREVIOUS_KEYS:
                self.previous_point()
                return True
            if combo == LEAVE_KEY:
                self.close()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        """Esc leaves the meeting mode (saving); it never ends the meeting."""
        if (event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) == LEAVE_KEY:
            self.close()
            return
        super().keyPressEvent(event)

    # Moving between points ----------------------------------------------------------------
    def _start_index(self) -> int:
        ids = [p.id for p in self.points_model.points]
        current = self.meeting.current_point_id
        return ids.index(current) if current in ids else 0

    def next_point(self) -> None:
        """Show the next point (saving this one)."""
        if self.index + 1 < len(self.points_model.points):
            self.go_to(self.index + 1)

    def previous_point(self) -> None:
        """Show the previous point (saving this one)."""
        if self.index > 0:
            self.go_to(self.index - 1)

    def go_to(self, index: int, save_first: bool = True) -> None:
        """Show point number ``index`` (from 0), after saving the one shown."""
        points = self.points_model.points
        if not points or not 0 <= index < len(points):
            self._show(None)
            return
        if save_first and not self.save():
            return
        self.index = index
        point = self.store.agenda.point(points[index].id)
        if not self.locked and self.meeting.current_point_id != point.id:
            self._write(lambda: self.store.meetings.set_current_point(self.meeting_id, point.id))
            self.meeting.current_point_id = point.id
        self._show(point)

    def _show(self, point: AgendaPoint | None) -> None:
        self.point = point
        self._loading = True
        for name, widget in self.fields.items():
            value = getattr(point, name) if point else ""
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
            widget.setReadOnly(self.locked or point is None)
        self._loading = False
        self._saved = {name: self._text(name) for name in FIELDS}
        self._entered = self.clock()
        self._base_seconds = point.seconds_spent if point else 0
        self._show_header(point)
        if point is not None:
            self.complaints_panel.show_point(point)
            self.commitments_panel.show_point(point)
            self.tabs.setTabText(0, _tr("Complaints and forms ({count})").format(
                count=len(point.complaint_ids) + len(point.form_ids)))
            self.tabs.setTabText(1, _tr("Commitments ({count})").format(count=len(point.commitments)))
            self.points_view.selectionModel().setCurrentIndex(
                self.points_model.index(self.index), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.points_view.scrollTo(self.points_model.index(self.index))
        count = len(self.points_model.points)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(0 <= self.index < count - 1)
        self._set_state(_tr("Read only: the minutes are signed") if self.locked else _tr("Saved"))
        self._show_corrections()
        self.tick()

    def _show_corrections(self) -> None:
        """The dated changes made to this point since the meeting ended (none during it)."""
        lines = [] if self.point is None else [
            _tr("{when} – {field}{by}").format(
                when=correction.at.strftime("%d/%m/%Y %H:%M"), field=correction_field(correction.field),
                by=_tr(" by {name}").format(name=correction.profile) if correction.profile else "")
            for correction in self.store.corrections.of_point(self.point.id)]
        if lines:
            lines.insert(0, _tr("Corrections since the meeting ended:"))
        self.corrections_label.setText("\n".join(lines))
        self.corrections_label.setVisible(bool(lines))
        self.corrections_area.setVisible(bool(lines))

    def _show_header(self, point: AgendaPoint | None) -> None:
        if point is None:
            self.kind_label.setText("")
            self.title_label.setText(_tr("This meeting has no agenda point."))
            self.question_label.setText("")
            self.question_area.hide()
            return
        parts = [_tr("Point {position} of {count}").format(position=point.position,
                                                          count=len(self.points_model.points)),
                 tr("Agenda", point.kind.label), answer_state(point)]
        if point.carried_from:
            carried = self.store.meetings.get(point.carried_from)
            parts.append(_tr("carried from the meeting of {date}").format(date=long_date(carried.date)))
        self.kind_label.setText(" · ".join(parts))
        self.title_label.setText(summary_line(point.title, SCREEN_TITLE_LENGTH))
        self.title_label.setToolTip(point.title)
        self.centre_area.verticalScrollBar().setValue(0)  # each point shows from its title
        question = point.question.strip()
        self.question_label.setText(_tr("Question: {question}").format(question=question) if question else "")
        self.question_area.setVisible(bool(question))
        self._fit_question()

    def _fit_title(self) -> None:
        """The point's title on at most three lines at the width it has (cut with "…", whole in its
        tooltip): a wrapped label in a splitter is not given the height it needs on its own, and
        a long title must neither grow the window past the screen nor lie under the question."""
        label, whole = self.title_label, self.title_label.toolTip() or self.title_label.text()
        width = max(200, label.width())
        most = 3 * label.fontMetrics().lineSpacing() + 4
        text = summary_line(whole, SCREEN_TITLE_LENGTH)
        label.setText(text)
        while label.heightForWidth(width) > most and len(text) > 20:
            text = text[:max(20, int(len(text) * 0.9))].rstrip() + "…"
            text = text[:-1].rstrip() + "…" if text.endswith("……") else text
            label.setText(text)
        label.setFixedHeight(min(label.heightForWidth(width), most))
        # The line above it ("Point 3 of 28 · Complaints · No answer yet") wraps too.
        self.kind_label.setFixedHeight(self.kind_label.heightForWidth(max(200, self.kind_label.width())))

    def _fit_question(self) -> None:
        """Show the whole question when it is short, up to four lines with a scroll bar."""
        width = max(200, self.question_area.viewport().width())
        self._fit_title()
        lines = self.question_label.fontMetrics().lineSpacing()
        needed = self.question_label.heightForWidth(width) + 4
        self.question_area.setFixedHeight(max(lines + 4, min(needed, 4 * lines + 4)))

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        """The question's height depends on the width it gets."""
        super().resizeEvent(event)
        self._fit_question()

    def showEvent(self, event):  # noqa: N802 (Qt's name)
        """Fit the header once the columns have their real widths."""
        super().showEvent(event)
        if not getattr(self, "_width_shared", False):
            self._width_shared = True
            QTimer.singleShot(0, self, self.share_width)
        self.fit_reason()
        self._fit_question()

    # Saving -------------------------------------------------------------------------------
    def _text(self, name: str) -> str:
        widget = self.fields[name]
        return plain_text(widget) if isinstance(widget, QPlainTextEdit) else widget.text()

    def _edited(self, *_args) -> None:
        if self._loading or self.point is None or self.locked:
            return
        self._set_state(_tr("Saving…"))
        self.autosave_timer.start()

    def _write(self, action) -> bool:
        try:
            action()
        except UserError as error:
            self._set_state(_tr("Not saved: {reason}").format(reason=str(error)), error=True)
            return False
        return True

    def save(self) -> bool:
        """Write the fields that changed and the time spent; False (typing kept) on a refusal."""
        self.autosave_timer.stop()
        if self.point is None or self.locked:
            return True
        changed = {name: self._text(name) for name in FIELDS if self._text(name) != self._saved.get(name)}
        point_id = self.point.id
        if changed and not self._write(lambda: self.store.agenda.update_point_fields(point_id, **changed)):
            return False
        self._saved.update(changed)
        for name, value in changed.items():
            setattr(self.point, name, value)
        self._flush_time()
        if changed:
            self.points_model.set_points(self.store.agenda.points(self.meeting_id, with_commitments=False))
            self._show_header(self.point)
            if self.correcting:
                self._show_corrections()
            self._refresh_missing()
        self._set_state(_tr("Saved"))
        return True

    def _refresh_missing(self) -> None:
        """The list of points without an answer, when shown, follows what was just written: a
        point given a reason leaves it, and the list goes once none is left."""
        if self.unanswered.isHidden():
            return
        missing = missing_answers(self.points_model.points)
        self._missing_ids = [p.id for p in missing]
        if not missing:
            self.unanswered.hide()
            self.notice.setText(_tr("Every point now has an answer or a reason: the meeting can be ended."))
            return
        self.unanswered_text.setText(service.unanswered_message(self.meeting, missing))

    def _flush_time(self) -> None:
        """Add the whole seconds spent on the point since the last time they were counted."""
        seconds = int(self.clock() - self._entered)
        if seconds > 0 and self.point is not None and not self.locked:
            point_id = self.point.id
            if self._write(lambda: self.store.agenda.add_seconds(point_id, seconds)):
                self._entered += seconds
                self._base_seconds += seconds

    def _set_state(self, text: str, error: bool = False) -> None:
        self.save_state.setText(text)
        self.save_state.setProperty("role", "error" if error else "")
        self.save_state.style().unpolish(self.save_state)
        self.save_state.style().polish(self.save_state)

    def tick(self) -> None:
        """Refresh the clock and the time spent on the point."""
        self.clock_label.setText(clock_time(dt.datetime.now().time()))
        spent = self._base_seconds + max(0, int(self.clock() - self._entered))
        self.spent.setText(_tr("On this point: {duration}").format(duration=duration_text(spent)))

    def _panel_changed(self, sentence: str) -> None:
        self.notice.setText(sentence)
        self.keys_hint.hide()
        if self.point is not None:
            count = len(self.commitments_panel.model.commitments)
            self.tabs.setTabText(1, _tr("Commitments ({count})").format(count=count))
        self.events.message.emit(sentence)
        self.events.complaints_changed.emit()

    # Ending -------------------------------------------------------------------------------
    def end_meeting(self) -> None:
        """Close the meeting, after asking: refused, with the list of points lacking an answer,
        until each question has an answer or a reason for having none. Cancelling the question
        leaves the meeting going on."""
        if not self.save():
            return
        if not missing_answers(self.store.agenda.points(self.meeting_id, with_commitments=False)) \
                and not dialogs.confirm(
                    self, _tr("End the meeting"),
                    _tr("End the meeting of {date} now?\n\nThe minutes can still be corrected afterwards (each "
                        "change is dated) until the chair and the secretary approve them.").format(
                        date=long_date(self.meeting.date)),
                    _tr("End the meeting")):
            self._set_state(_tr("The meeting goes on."))
            return
        try:
            service.close_meeting(self.store, self.meeting_id)
        except UnansweredPoints as missing:
            self._missing_ids = [p.id for p in missing.points]
            self.unanswered_text.setText(str(missing))
            self.unanswered.show()
            self.first_missing_button.setFocus()
            return
        except UserError as error:
            dialogs.show_error(self, str(error))
            return
        self.unanswered.hide()
        self.ended = True
        self.events.message.emit(_tr("Meeting of {date} ended: its draft minutes can be corrected until they are "
                                     "approved.").format(date=long_date(self.meeting.date)))
        self.close()

    def go_to_first_missing(self) -> None:
        """Show the first point that still lacks an answer or a reason."""
        if not self.save():
            return
        self._refresh_missing()
        ids = [p.id for p in self.points_model.points]
        for point_id in self._missing_ids:
            if point_id in ids:
                self.go_to(ids.index(point_id))
                self.fields["answer"].setFocus()
                return

    ended = False

    def closeEvent(self, event):  # noqa: N802 (Qt's name)
        """Save what was typed and the time spent before the window goes; leaving a meeting
        that is not ended says that it goes on."""
        self.save()
        self.tick_timer.stop()
        if not self.ended and not self.locked and not self.correcting:
            self.events.message.emit(_tr("You left the meeting mode; the meeting of {date} goes on. Resume it "
                                         "from the Meetings page.").format(date=long_date(self.meeting.date)))
        meetings_changed = getattr(self.events, "meetings_changed", None)
        if meetings_changed is not None:
            meetings_changed.emit()
        super().closeEvent(event)
