"""The photos of a complaint: a strip of thumbnails, add by file dialog or drag and drop, remove.

Photos are decoded and cleaned (services.photos) in a QThreadPool worker, because a 12-megapixel
phone photo takes a few hundred milliseconds to decode and re-encode; the database write happens
back on the UI thread, where the SQLite connection lives.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import plural
from desktop.domain.complaints import Photo
from desktop.domain.errors import UserError
from desktop.services.photos import IMAGE_SUFFIXES, THUMBNAIL_SIDE, prepare_photo, store_prepared
from desktop.ui import dialogs


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintPhotos", text)


def image_paths(mime) -> list[Path]:
    """The local files carried by a drag (any file: the service refuses what is not an image)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class PhotoModel(QAbstractListModel):
    """The thumbnails of one complaint's photos."""

    PhotoIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.complaint_id: int | None = None
        self._photos: list[Photo] = []
        self._pixmaps: dict[int, QPixmap] = {}

    def set_complaint(self, complaint_id: int | None) -> None:
        """Show the photos of ``complaint_id`` (none for an unsaved complaint)."""
        self.complaint_id = complaint_id
        self.refresh()

    def refresh(self) -> None:
        """Read the thumbnails again from the store."""
        self.beginResetModel()
        self._photos = self.store.photos.thumbnails(self.complaint_id) if self.complaint_id else []
        self._pixmaps = {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt name)
        return 0 if parent.isValid() else len(self._photos)

    def _pixmap(self, photo: Photo) -> QPixmap:
        if photo.id not in self._pixmaps:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.thumbnail)
            self._pixmaps[photo.id] = pixmap
        return self._pixmaps[photo.id]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._photos):
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.filename
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmap(photo)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return _tr("Photo “{name}”, added {when}").format(
                name=photo.filename, when=photo.added_at.replace("T", " ")[:16]
            )
        if role == self.PhotoIdRole:
            return photo.id
        return None

    def photo_id(self, row: int) -> int:
        """The store id of the photo on ``row``."""
        return self._photos[row].id


class _Signals(QObject):
    done = Signal(object, int, object, object)  # job, complaint id, prepared photos, errors


class _PrepareJob(QRunnable):
    """Decode and clean photo files off the UI thread (no Qt widgets, no database here)."""

    def __init__(self, paths: list[Path], complaint_id: int):
        super().__init__()
        self.paths = paths
        self.complaint_id = complaint_id
        self.signals = _Signals()

    def run(self) -> None:
        prepared, errors = [], []
        for path in self.paths:
            try:
                prepared.append(prepare_photo(path))
            except UserError as error:
                errors.append(error.message)
        self.signals.done.emit(self, self.complaint_id, prepared, errors)


class PhotoViewer(QDialog):
    """One photo, larger, in a window of its own."""

    def __init__(self, photo: Photo, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Photo “{name}”").format(name=photo.filename))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pixmap = QPixmap()
        pixmap.loadFromData(photo.data)
        if pixmap.width() > 1000 or pixmap.height() > 650:
            pixmap = pixmap.scaled(1000, 650, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.image = QLabel()
        self.image.setPixmap(pixmap)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(self.windowTitle())
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(min(pixmap.width() + 60, 1060), min(pixmap.height() + 110, 760))


class PhotoPanel(QWidget):
    """Thumbnails with Add / View / Remove buttons; accepts image files dropped on it."""

    # Photos were added or removed (the store already holds the change).
    photos_changed = Signal()

    def __init__(self, store, events, parent=None):
        super().__init__(parent)
        self.store, self.events = store, events
        self.complaint_id: int | None = None
        self.pool = QThreadPool.globalInstance()
        self._jobs: set[_PrepareJob] = set()
        self.setAcceptDrops(True)
        self.model = PhotoModel(store, self)
        self.view = self._build_view()
        self.hint = QLabel()
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(_tr("&Add photo…"))
        self.add_button.setAccessibleName(_tr("Add a photo from a file"))
        self.view_button = QPushButton(_tr("View &larger"))
        self.view_button.setAccessibleName(_tr("View the selected photo larger"))
        self.remove_button = QPushButton(_tr("Remove photo"))
        self.remove_button.setAccessibleName(_tr("Remove the selected photo"))
        self.remove_button.setToolTip(_tr("Remove the selected photo (Delete key)"))
        for button in (self.add_button, self.view_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose_files)
        self.view_button.clicked.connect(self.view_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.set_complaint(None)

    def _build_view(self) -> QListView:
        view = QListView()
        view.setModel(self.model)
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setIconSize(QSize(THUMBNAIL_SIDE, THUMBNAIL_SIDE))
        view.setGridSize(QSize(THUMBNAIL_SIDE + 24, THUMBNAIL_SIDE + 48))
        view.setMovement(QListView.Movement.Static)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        view.setAcceptDrops(False)
        view.viewport().setAcceptDrops(False)
        view.setAccessibleName(_tr("Photos of the complaint"))
        view.activated.connect(self._view_index)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, view)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        return view

    def set_complaint(self, complaint_id: int | None) -> None:
        """Show the photos of a saved complaint; an unsaved one cannot have photos yet."""
        self.complaint_id = complaint_id
        self.model.set_complaint(complaint_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        saved = self.complaint_id is not None
        busy = bool(self._jobs)
        selected = self.selected_row() is not None
        self.add_button.setEnabled(saved and not busy)
        self.view_button.setEnabled(selected)
        self.remove_button.setEnabled(selected and not busy)
        if not saved:
            self.hint.setText(_tr("Photos can be added once the complaint is saved."))
        elif busy:
            self.hint.setText(_tr("Preparing the photos (removing their location)…"))
        else:
            self.hint.setText(_tr("Add a photo with the button, or drag image files here. "
                                  "Their location is removed."))

    def selected_row(self) -> int | None:
        """The row of the selected photo, or None."""
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return rows[0].row() if rows else None

    # Adding -------------------------------------------------------------------------------
    def choose_files(self) -> None:
        """Ask for image files with the file dialog (not blocking), then add them."""
        patterns = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
        dialog = QFileDialog(self, _tr("Add photos"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([_tr("Images ({patterns})").format(patterns=patterns),
                               _tr("All files (*)")])
        dialog.filesSelected.connect(lambda files: self.add_files([Path(f) for f in files]))
        dialog.open()

    def add_files(self, paths: list[Path]) -> bool:
        """Prepare ``paths`` in a worker, then attach them; False when photos cannot be added now."""
        if self.complaint_id is None:
            dialogs.show_error(self, _tr("Save the complaint before adding photos."))
            return False
        if not paths:
            return False
        job = _PrepareJob(list(paths), self.complaint_id)
        # A bound method of this widget: queued to the UI thread, dropped if the form is gone.
        job.signals.done.connect(self._prepared)
        self._jobs.add(job)
        self._update_buttons()
        self.pool.start(job)
        return True

    def _prepared(self, job: _PrepareJob, complaint_id: int, prepared: list, errors: list) -> None:
        self._jobs.discard(job)
        if prepared:
            try:
                store_prepared(self.store, complaint_id, prepared)
            except UserError as error:
                errors = [*errors, error.message]
            else:
                self.model.refresh()
                self.events.complaints_changed.emit()
                self.events.message.emit(
                    plural(len(prepared), _tr("{count} photo added to complaint {id}"),
                           _tr("{count} photos added to complaint {id}")).format(
                        count=len(prepared), id=complaint_id)
                )
                self.photos_changed.emit()
        self._update_buttons()
        if errors:
            dialogs.show_error(self, "\n".join(errors))

    def is_busy(self) -> bool:
        """True while photos are being prepared."""
        return bool(self._jobs)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self.complaint_id is not None and image_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt name)
        paths = image_paths(event.mimeData())
        if paths and self.add_files(paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    # Viewing and removing -----------------------------------------------------------------
    def _view_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_photo(self.model.photo_id(index.row()))

    def view_selected(self) -> None:
        """Show the selected photo larger."""
        row = self.selected_row()
        if row is not None:
            self.show_photo(self.model.photo_id(row))

    def show_photo(self, photo_id: int) -> PhotoViewer | None:
        """Open a window with the photo ``photo_id`` at a readable size."""
        try:
            photo = self.store.photos.get(photo_id)
        except UserError as error:
            dialogs.show_error(self, error.message)
            return None
        self.viewer = PhotoViewer(photo, self)
        self.viewer.open()
        return self.viewer

    def remove_selected(self) -> None:
        """Remove the selected photo, after asking."""
        row = self.selected_row()
        if row is None:
            return
        name = self.model.data(self.model.index(row), Qt.ItemDataRole.DisplayRole)
        if not dialogs.confirm(
            self, _tr("Remove photo"),
            _tr("Remove the photo “{name}” from the complaint? It cannot be brought back.").format(name=name),
            _tr("Remove"),
        ):
            return
        self.store.photos.delete(self.model.photo_id(row))
        self.model.refresh()
        self._update_buttons()
        self.events.complaints_changed.emit()
        self.events.message.emit(_tr("Photo “{name}” removed").format(name=name))
        self.photos_changed.emit()
