"""The photo wall of the capture screen (`forms/photos_panel.ui`): flipcharts and sticky walls.

Photos arrive through "Add photos…" or by dropping files on the list. Each file is made
safe and small (`services.photos.prepare_photo`: upright, no location, at most 2000 px)
on a worker thread, since a 50 MB photo takes a second; the UI shows the progress and
stays responsive. When every file of a drop is done, the good ones are written in ONE
`ctx.do` (one undo step) and the refused ones are listed in one message.

The list is a QListView in icon mode over `PhotoListModel`: thumbnails are decoded only
when shown (QImageReader decodes JPEG at the reduced size directly) and kept by hash.
Captions are edited in place (F2, double click); the combo under the list links the
selected photo to one of the workshop's pillars.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QObject,
    QRunnable,
    QSettings,
    QSignalBlocker,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QListView, QMessageBox, QWidget

from fgd_app.core.limits import SHORT_MAX
from fgd_app.errors import UserError
from fgd_app.services.changes import Change
from fgd_app.services.fields import text_value
from fgd_app.services.photos import (
    PhotoRow,
    PreparedPhoto,
    add_photos,
    attached_hashes,
    list_photos,
    photo_bytes,
    photo_hash,
    pillar_choices,
    prepare_photo_file,
    remove_photo,
    update_photo,
)
from fgd_app.ui.capture_context import CaptureContext
from fgd_app.ui.forms import load_form
from fgd_app.ui.photos_model import THUMB, PhotoListModel, PhotoListView
from fgd_app.ui.views import RefreshWhenShown

LAST_DIR_KEY = "photos/last_dir"

class _Batch:
    """Files offered together: written together once all are prepared."""

    def __init__(self, workshop_id: str, pillar_key: str | None, paths: list[str]):
        self.workshop_id, self.pillar_key, self.paths = workshop_id, pillar_key, paths
        self.results: list[PreparedPhoto | UserError | None] = [None] * len(paths)
        self.done = 0


class PhotosPanel(QObject):
    """Controller of forms/photos_panel.ui; `self.view` is the icon list placed into it."""

    preparing_changed = Signal(bool)  # True while offered files are being prepared
    _prepared = Signal(int, int, object)  # batch, file index, PreparedPhoto | UserError (from workers)

    def __init__(self, ctx: CaptureContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui: QWidget = load_form("photos_panel.ui")
        self.model = PhotoListModel(lambda sha: photo_bytes(ctx.db, sha), self)
        self.view = PhotoListView(self.ui.photo_list_holder)
        self.ui.photo_list_holder.layout().addWidget(self.view)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # two 50 MB photos decoding at once is plenty of memory
        self._batches: dict[int, _Batch] = {}
        self._next_batch = 0
        self._pillars: list = []
        self._refresh_after_edit = False
        self._setup_view()
        self._connect()
        self.retranslate()
        self._show_progress()
        self._shown = RefreshWhenShown(self.ui, self.refresh)  # hidden: re-read when shown
        self.refresh()

    # -- setup ---------------------------------------------------------------------------------

    def _setup_view(self) -> None:
        view = self.view
        view.setObjectName("photo_list")
        view.setModel(self.model)
        view.setViewMode(QListView.ViewMode.IconMode)
        view.setFlow(QListView.Flow.LeftToRight)
        view.setWrapping(True)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setMovement(QListView.Movement.Static)
        view.viewport().setAcceptDrops(True)  # a Static movement switched drops off on the viewport
        view.setUniformItemSizes(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setIconSize(THUMB)
        view.setSpacing(6)
        line = view.fontMetrics().height()
        view.setGridSize(QSize(THUMB.width() + 24, THUMB.height() + line + 20))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model.ratio = view.devicePixelRatioF()
        QWidget.setTabOrder(self.ui.remove_button, view)
        QWidget.setTabOrder(view, self.ui.pillar_combo)
        self.ui.hint_label.setStyleSheet("QLabel { color: palette(placeholder-text); }")

    def _connect(self) -> None:
        ctx, ui = self.ctx, self.ui
        # The context outlives a panel whose widget was closed: a write finishing later
        # must not reach a deleted widget, hence the links are dropped with the widget.
        self._ctx_links = ((ctx.workshop_changed, self._workshop_changed), (ctx.pillar_changed, self._pillar_changed),
                           (ctx.change_committed, self._committed), (ctx.reload_needed, self.refresh))
        for signal, slot in self._ctx_links:
            signal.connect(slot)
        ui.destroyed.connect(self._detach)
        ui.this_pillar_radio.toggled.connect(lambda _on: self.refresh())
        ui.add_button.clicked.connect(self.choose_and_add)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.pillar_combo.activated.connect(self._pillar_chosen)
        self.view.files_dropped.connect(self.add_files)
        self.view.selectionModel().currentChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)
        self.model.caption_edited.connect(self._caption_edited)
        self.view.itemDelegate().closeEditor.connect(self._editor_closed)
        self._prepared.connect(self._file_prepared)
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_selected)

    # -- the page's calls ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the photos shown (this pillar's or the workshop's) and keep the selection."""
        workshop_id = self.ctx.workshop_id
        self.ui.setEnabled(workshop_id is not None)
        if self.view.state() == QAbstractItemView.State.EditingState:
            self._refresh_after_edit = True  # a reset would close the caption being typed
            return
        current = self.selected_photo()
        if workshop_id is None:
            rows = []
        else:
            only = self.ctx.pillar_key if self.ui.this_pillar_radio.isChecked() else None
            rows = list_photos(self.ctx.db, workshop_id, only)
        self.model.set_rows(rows)
        if current is not None:
            self.select(current.id)

    def retranslate(self) -> None:
        self.view.setAccessibleName(QCoreApplication.translate("PhotosPanel", "Photos"))
        self.view.setAccessibleDescription(QCoreApplication.translate(
            "PhotosPanel", "F2 edits the caption of the selected photo; Delete removes it."))
        self.view.placeholder = QCoreApplication.translate(
            "PhotosPanel", "No photos here yet.\nDrop photos of flipcharts and sticky walls here, "
            "or click \"Add photos…\".")
        self.view.viewport().update()
        self._load_pillars()
        self._show_progress()

    def selected_photo(self) -> PhotoRow | None:
        index = self.view.currentIndex()
        return self.model.photo_at(index.row()) if index.isValid() else None

    def select(self, attachment_id: str) -> bool:
        row = self.model.row_of(attachment_id)
        if row < 0:
            return False
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        return True

    # -- adding ------------------------------------------------------------------------------------

    def choose_files(self) -> list[str]:
        """Ask for photo files (a separate method so tests can skip the dialog)."""
        settings = QSettings()
        paths, _ = QFileDialog.getOpenFileNames(
            self.ui,
            QCoreApplication.translate("PhotosPanel", "Add photos"),
            str(settings.value(LAST_DIR_KEY, "")),
            QCoreApplication.translate(
                "PhotosPanel", "Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff "
                "*.JPG *.JPEG *.PNG *.WEBP *.HEIC *.heic);;All files (*)"),
        )
        if paths:
            settings.setValue(LAST_DIR_KEY, str(Path(paths[0]).parent))  # "/" from Qt, "\\" from Windows
        return paths

    def choose_and_add(self) -> None:
        paths = self.choose_files()
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Prepare `paths` in the background, then attach them to the pillar being discussed."""
        if self.ctx.workshop_id is None or not paths:
            return
        batch_id = self._next_batch
        self._next_batch += 1
        self._batches[batch_id] = _Batch(self.ctx.workshop_id, self.ctx.pillar_key, list(paths))
        for index, path in enumerate(paths):
            self._pool.start(QRunnable.create(lambda b=batch_id, i=index, p=path: self._prepare(b, i, p)))
        self._show_progress()
        if len(self._batches) == 1:
            self.preparing_changed.emit(True)

    @property
    def preparing(self) -> bool:
        return bool(self._batches)

    def _prepare(self, batch_id: int, index: int, path: str) -> None:
        """Worker thread: no Qt objects but the signal, which queues to the UI thread."""
        try:
            result: PreparedPhoto | UserError = prepare_photo_file(path)
        except UserError as err:
            result = err
        except Exception as exc:  # noqa: BLE001 - any decoder failure is "cannot be read"
            result = UserError("photo.cannot_open", name=Path(path).name, detail=type(exc).__name__)
        try:
            self._prepared.emit(batch_id, index, result)
        except RuntimeError:  # the panel is gone (window closed meanwhile)
            pass

    def _file_prepared(self, batch_id: int, index: int, result) -> None:
        batch = self._batches.get(batch_id)
        if batch is None:  # another workshop was opened meanwhile: drop it
            return
        batch.results[index] = result
        batch.done += 1
        if batch.done == len(batch.paths):
            del self._batches[batch_id]
            self._write(batch)
            if not self._batches:
                self.preparing_changed.emit(False)
        self._show_progress()

    def _write(self, batch: _Batch) -> None:
        lang = self.ctx.lang
        known = attached_hashes(self.ctx.db, batch.workshop_id)
        good: list[PreparedPhoto] = []
        refused: list[str] = []
        for result in batch.results:
            if isinstance(result, UserError):
                refused.append(result.message(lang))
                continue
            digest = photo_hash(result)
            if digest in known:
                refused.append(UserError("photo.duplicate", name=result.filename).message(lang))
                continue
            known.add(digest)
            good.append(result)
        if good:
            text = QCoreApplication.translate("PhotosPanel", "Add photos ({count})").format(count=len(good))
            self.ctx.do(text, add_photos, batch.workshop_id, batch.pillar_key, good, on_done=self._added)
        if refused:
            title = QCoreApplication.translate("PhotosPanel", "Some files were not added")
            intro = QCoreApplication.translate("PhotosPanel", "These files were not added:")
            text = intro + "\n\n" + "\n".join(f"• {line}" for line in refused)
            self.ctx.feedback.info(refused[0])
            QMessageBox.warning(self.ctx.widget or self.ui, title, text)

    def _added(self, change: Change) -> None:
        created = change.created("attachment")
        if created and self.select(created[0]):
            self.view.setFocus()

    def _show_progress(self) -> None:
        total = sum(len(b.paths) for b in self._batches.values())
        done = sum(b.done for b in self._batches.values())
        self.ui.progress_box.setVisible(total > 0)
        if total:
            self.ui.progress_label.setText(QCoreApplication.translate(
                "PhotosPanel", "Preparing photos… {done} of {total}").format(done=done, total=total))
            self.ui.progress_bar.setRange(0, total)
            self.ui.progress_bar.setValue(done)

    # -- editing ------------------------------------------------------------------------------------

    def remove_selected(self) -> None:
        photo = self.selected_photo()
        if photo is None:
            return
        row = self.view.currentIndex().row()
        self.ctx.do(QCoreApplication.translate("PhotosPanel", "Remove photo"), remove_photo, photo.id,
                    on_done=lambda _change: self._select_row(row))

    def _select_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count:
            self.select(self.model.photo_at(min(row, count - 1)).id)

    def _editor_closed(self, *_: object) -> None:
        if self._refresh_after_edit:
            self._refresh_after_edit = False
            QTimer.singleShot(0, self.refresh)  # once the view has left its editing state

    def _caption_edited(self, attachment_id: str, caption: str) -> None:
        try:
            text_value(caption, SHORT_MAX)  # say it now rather than after the writer refuses
        except UserError as err:
            self.ctx.feedback.refused(self.ui, err)
            self.refresh()
            return
        self.ctx.do(QCoreApplication.translate("PhotosPanel", "Edit photo caption"), update_photo,
                    attachment_id, caption=caption)

    def _pillar_chosen(self, combo_index: int) -> None:
        photo = self.selected_photo()
        key = self.ui.pillar_combo.itemData(combo_index)
        if photo is None or key == photo.pillar_key:
            return
        self.ctx.do(QCoreApplication.translate("PhotosPanel", "Link photo to pillar"), update_photo,
                    photo.id, pillar_key=key)

    def _show_selected(self, *_: object) -> None:
        photo = self.selected_photo()
        combo = self.ui.pillar_combo
        with QSignalBlocker(combo):
            combo.setCurrentIndex(max(0, combo.findData(photo.pillar_key)) if photo else 0)
        combo.setEnabled(photo is not None)
        self.ui.pillar_label.setEnabled(photo is not None)
        self.ui.remove_button.setEnabled(photo is not None)

    # -- context signals ----------------------------------------------------------------------------

    def _workshop_changed(self, _workshop_id: str) -> None:
        if self._batches:  # files offered for the previous workshop are not written into this one
            self._batches.clear()
            self.preparing_changed.emit(False)
            self._show_progress()
        self._load_pillars()
        self._shown.request()

    def _pillar_changed(self, _pillar_key: str) -> None:
        self._shown.request()

    def _detach(self, *_: object) -> None:
        for signal, slot in self._ctx_links:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._batches.clear()

    def _committed(self, change: Change) -> None:
        tables = change.tables()
        if "workshop" in tables:
            self._load_pillars()
        if tables & {"attachment", "workshop"}:
            self._shown.request()

    def _load_pillars(self) -> None:
        lang = self.ctx.lang
        self._pillars = pillar_choices(self.ctx.db, self.ctx.workshop_id) if self.ctx.workshop_id else []
        combo = self.ui.pillar_combo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(QCoreApplication.translate("PhotosPanel", "No pillar"), None)
            for pillar in self._pillars:
                combo.addItem(pillar.name(lang), pillar.key)
        self.model.set_pillar_names({p.key: p.name(lang) for p in self._pillars})
        self._show_selected()
