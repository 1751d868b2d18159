"""How the meeting mode is laid out: the agenda on the left, the point and its fields in the
middle, its complaints, forms and commitments on the right, the clock on top, the point keys and
"End the meeting" at the bottom. The window (meeting_mode.py) adds the behaviour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.meetings import meeting_label
from desktop.ui.flow import FlowLayout
from desktop.ui.meetings.meeting_mode_models import PointListModel
from desktop.ui.meetings.meeting_mode_panels import CommitmentsPanel, ComplaintsPanel

STYLE = """
QLabel#pointTitle { font-size: 19pt; font-weight: bold; color: #102a4c; }
QLabel#pointKind { font-size: 14pt; color: #333333; }
QLabel#pointQuestion { font-size: 15pt; }
QLabel#meetingTitle { font-size: 15pt; font-weight: bold; }
QLabel#clock { font-size: 15pt; font-weight: bold; }
QLabel#spent, QLabel#saveState { font-size: 13pt; }
QPlainTextEdit, QLineEdit { font-size: 14pt; }
QListView#points { font-size: 13pt; }
QListView#points::item { padding: 6px 0px; border-bottom: 1px solid #cccccc; }
QListView#points::item:selected { background: #1f4e8c; color: white; }
QPushButton#nav, QPushButton#end { font-size: 14pt; padding: 8px 18px; }
QFrame#unanswered { border: 2px solid #a00000; border-radius: 4px; background: #fff4f4; }
QLabel#corrections { font-size: 12pt; color: #333333; }
QLabel#correctingBanner { font-size: 13pt; font-weight: bold; border: 2px solid #1f4e8c; padding: 6px;
                          background: #eef3fa; color: #102a4c; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingMode", text)


class MeetingModeLayout:
    """The widgets of the meeting mode (a mixin for MeetingModeWindow, which is the QWidget)."""

    # Building -----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        self.correcting_banner = QLabel(_tr("The meeting has ended: you are correcting the draft minutes. "
                                            "Each change is dated in their history until they are approved."))
        self.correcting_banner.setObjectName("correctingBanner")
        self.correcting_banner.setWordWrap(True)
        self.correcting_banner.setVisible(self.correcting)
        layout.addWidget(self.correcting_banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.points_model = PointListModel(self)
        self.points_view = QListView()
        self.points_view.setObjectName("points")
        self.points_view.setModel(self.points_model)
        self.points_view.setWordWrap(True)
        self.points_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.points_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar appearing after the rows were measured would cut their last line ("…").
        self.points_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.points_view.setAccessibleName(_tr("Agenda points"))
        self.points_view.clicked.connect(lambda index: self.go_to(index.row()))
        self.points_view.activated.connect(lambda index: self.go_to(index.row()))
        splitter.addWidget(self.points_view)
        # On a small screen the point's fields scroll down rather than lie on top of each other.
        centre = QScrollArea()
        centre.setWidget(self._centre())
        centre.setWidgetResizable(True)
        centre.setFrameShape(QFrame.Shape.NoFrame)
        centre.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.centre_area = centre
        splitter.addWidget(centre)
        self.tabs = QTabWidget()
        self.complaints_panel = ComplaintsPanel(self.store, self.meeting_id)
        self.commitments_panel = CommitmentsPanel(self.store, near=self.meeting.date)
        self.tabs.addTab(self.complaints_panel, _tr("Complaints and forms"))
        self.tabs.addTab(self.commitments_panel, _tr("Commitments"))
        self.tabs.setAccessibleName(_tr("Complaints and commitments of the point"))
        self.complaints_panel.changed.connect(self._panel_changed)
        self.commitments_panel.changed.connect(self._panel_changed)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 4)
        splitter.setSizes([290, 540, 440])
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        layout.addWidget(self._unanswered_frame())
        bottom = self._bottom_bar()
        layout.addWidget(self.notice)  # its own line: a long sentence never widens the window
        layout.addLayout(bottom)

    def _top_bar(self) -> FlowLayout:
        bar = FlowLayout(spacing=24)  # title, saved, time spent, clock: a second line when narrow
        self.meeting_title = QLabel(meeting_label(self.meeting.date))
        self.meeting_title.setObjectName("meetingTitle")
        bar.addWidget(self.meeting_title)

        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName(_tr("Whether the minutes are saved"))
        bar.addWidget(self.save_state)
        self.spent = QLabel()
        self.spent.setObjectName("spent")
        bar.addWidget(self.spent)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("clock")
        self.clock_label.setAccessibleName(_tr("Time of day"))
        bar.addWidget(self.clock_label)
        return bar

    def _centre(self) -> QWidget:
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(8, 0, 8, 0)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("pointKind")
        self.kind_label.setWordWrap(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("pointTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.question_label = QLabel()
        self.question_label.setObjectName("pointQuestion")
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        question_area = QScrollArea()
        question_area.setWidget(self.question_label)
        question_area.setWidgetResizable(True)
        question_area.setFrameShape(QFrame.Shape.NoFrame)
        question_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_area = question_area
        column.addWidget(self.kind_label)
        column.addWidget(self.title_label)
        column.addWidget(question_area)
        self.fields = {
            "discussion": QPlainTextEdit(), "answer": QPlainTextEdit(),
            # The reason is often a sentence or two: on one line it would scroll out of sight.
            "no_answer_reason": QPlainTextEdit(), "decision": QPlainTextEdit(),
        }
        labels = {
            "discussion": (_tr("&Discussion:"), _tr("Discussion")),
            "answer": (_tr("The landlord's &answer:"), _tr("The landlord's answer")),
            "no_answer_reason": (_tr("No answer &yet, because:"), _tr("No answer yet, because")),
            "decision": (_tr("D&ecision:"), _tr("Decision")),
        }
        stretch = {"discussion": 3, "answer": 3, "no_answer_reason": 2, "decision": 2}
        self.corrections_label = QLabel()
        self.corrections_label.setObjectName("corrections")
        self.corrections_label.setWordWrap(True)
        self.corrections_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.corrections_label.setAccessibleName(_tr("Corrections of this point since the meeting ended"))
        for name, widget in self.fields.items():
            text, accessible = labels[name]
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(accessible)
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(2 * widget.fontMetrics().lineSpacing() + 16)  # two lines at least
                # Their height is shared out by stretch, not asked: the column then fits the
                # window whenever it can, and scrolls only when it cannot.
                widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
                widget.textChanged.connect(self._edited)
            else:
                widget.textEdited.connect(self._edited)
            widget.installEventFilter(self)
            column.addWidget(label)
            column.addWidget(widget, stretch[name])
        corrections = QScrollArea()
        corrections.setWidget(self.corrections_label)
        corrections.setWidgetResizable(True)
        corrections.setFrameShape(QFrame.Shape.NoFrame)
        corrections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        corrections.setMaximumHeight(96)  # about four lines; more scroll, the fields keep their room
        self.corrections_area = corrections
        column.addWidget(corrections)
        return centre

    def share_width(self) -> None:
        """The point's fields take about half the width; the agenda a fifth, its links the rest."""
        width = self.splitter.width()
        if width > 0:
            self.splitter.setSizes([int(width * 0.21), int(width * 0.47), width - int(width * 0.21) - int(width * 0.47)])

    def fit_reason(self) -> None:
        """Four lines at least for the reason (a sentence or two), in the font of the style sheet."""
        reason = self.fields["no_answer_reason"]
        reason.ensurePolished()
        frame = 2 * reason.frameWidth() + int(2 * reason.document().documentMargin()) + 4
        reason.setMinimumHeight(4 * reason.fontMetrics().lineSpacing() + frame)

    def _unanswered_frame(self) -> QFrame:
        self.unanswered = QFrame()
        self.unanswered.setObjectName("unanswered")
        row = QHBoxLayout(self.unanswered)
        self.unanswered_text = QLabel()
        self.unanswered_text.setWordWrap(True)
        self.unanswered_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidget(self.unanswered_text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMaximumHeight(150)
        row.addWidget(scroll, 1)
        buttons = QVBoxLayout()
        self.first_missing_button = QPushButton(_tr("&Go to the first one"))
        self.first_missing_button.setAccessibleName(_tr("Go to the first point without an answer"))
        self.first_missing_button.clicked.connect(self.go_to_first_missing)
        self.hide_missing_button = QPushButton(_tr("Hide this list"))
        self.hide_missing_button.setAccessibleName(_tr("Hide the list of points without an answer"))
        self.hide_missing_button.clicked.connect(lambda: self.unanswered.hide())
        buttons.addWidget(self.first_missing_button)
        buttons.addWidget(self.hide_missing_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self.unanswered.hide()
        self._missing_ids: list[int] = []
        return self.unanswered

    def _bottom_bar(self) -> FlowLayout:
        # The buttons flow onto a second line on a small screen or with large text.
        bar = FlowLayout(spacing=10)
        self.previous_button = QPushButton(_tr("◀ &Previous point"))
        self.previous_button.setAccessibleName(_tr("Previous point (Page Up)"))
        self.next_button = QPushButton(_tr("Ne&xt point ▶"))
        self.next_button.setAccessibleName(_tr("Next point (Page Down)"))
        self.end_button = QPushButton(_tr("E&nd the meeting"))
        self.end_button.setAccessibleName(_tr("End the meeting"))
        self.leave_button = QPushButton(_tr("&Leave the meeting mode"))
        self.leave_button.setAccessibleName(_tr("Leave the meeting mode without ending the meeting (Esc)"))
        self.leave_button.setToolTip(_tr("Esc: back to the Meetings page; the meeting goes on and can be resumed."))
        for button, name in ((self.previous_button, "nav"), (self.next_button, "nav"), (self.end_button, "end"),
                             (self.leave_button, "end")):
            button.setObjectName(name)
            button.setAutoDefault(False)
        self.previous_button.clicked.connect(self.previous_point)
        self.next_button.clicked.connect(self.next_point)
        self.end_button.clicked.connect(self.end_meeting)
        self.leave_button.clicked.connect(self.close)
        self.keys_hint = QLabel(_tr("Page Down / Page Up: next / previous point"))
        self.keys_hint.setProperty("role", "hint")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.keys_hint)
        bar.addWidget(self.leave_button)
        bar.addWidget(self.end_button)
        # Once ended, the meeting mode only corrects the minutes: there is nothing left to end.
        self.end_button.setVisible(not self.locked and not self.correcting)
        return bar
