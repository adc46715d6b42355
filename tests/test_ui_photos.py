"""The photo panel: adding by button or drop, refusals, captions, pillar links, undo."""

import os; os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # noqa: E702
import pytest

pytestmark = pytest.mark.usefixtures("qt_settings")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fgd_app.ui.photos_panel import PhotosPanel  # noqa: E402
from tests.helpers import make_workshop, wait_written  # noqa: E402

RED, GREEN, BLUE = (220, 30, 30), (30, 170, 60), (30, 60, 220)


def photo_file(folder, name, colour, size=(640, 480)):
    path = folder / name
    Image.new("RGB", size, colour).save(path, "JPEG", quality=90)
    return str(path)


def stored(ctx):
    return ctx.db.rows("SELECT filename, caption, pillar_key FROM attachment ORDER BY position")


@pytest.fixture
def panel(qtbot, capture_ctx):
    w = make_workshop(capture_ctx.db, pillars=["governance", "economy"])
    panel = PhotosPanel(capture_ctx)
    capture_ctx.open_workshop(w.id)
    capture_ctx.set_pillar("governance")
    qtbot.addWidget(panel.ui)
    panel.ui.resize(1000, 650)
    panel.ui.show()
    qtbot.waitExposed(panel.ui)
    return panel


def settle(qtbot, panel):
    """Until the offered files are prepared and their write is committed and shown."""
    qtbot.waitUntil(lambda: not panel.preparing, timeout=20_000)
    wait_written(qtbot, panel.ctx)


def centre_colour(panel, row):
    icon = panel.model.index(row).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    image = icon.pixmap(panel.view.iconSize()).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2).getRgb()[:3]


def close_to(colour, expected, tolerance=30):
    return all(abs(a - b) <= tolerance for a, b in zip(colour, expected))


def test_adding_two_files_shows_two_thumbnails(qtbot, panel, tmp_path, refusals):
    files = [photo_file(tmp_path, "wall-1.jpg", RED), photo_file(tmp_path, "wall-2.jpg", BLUE)]

    with qtbot.waitSignals([panel.preparing_changed, panel.preparing_changed]):
        panel.add_files(files)
    settle(qtbot, panel)

    assert stored(panel.ctx) == [("wall-1.jpg", "", "governance"), ("wall-2.jpg", "", "governance")]
    assert panel.model.rowCount() == 2
    assert close_to(centre_colour(panel, 0), RED) and close_to(centre_colour(panel, 1), BLUE)
    assert panel.model.index(0).data() == "wall-1.jpg"  # no caption yet: the file name
    assert panel.selected_photo().filename == "wall-1.jpg"  # the first new photo is selected
    assert refusals == []
    assert not panel.ui.progress_box.isVisible()
    assert panel.ctx.undo_stack.undoText() == "Add photos (2)"  # one undo step for the whole drop


def test_a_non_image_is_refused_with_a_clear_message_and_nothing_written(qtbot, panel, tmp_path, refusals):
    notes = tmp_path / "notulen.txt"
    notes.write_text("Catatan rapat, bukan foto", "utf-8")
    revisions = panel.ctx.db.rows("SELECT count(*) FROM revision")

    panel.add_files([str(notes)])
    settle(qtbot, panel)

    assert len(refusals) == 1
    assert "notulen.txt is not a photo: choose a JPEG, PNG, WebP, GIF, BMP or TIFF image." in refusals[0]
    assert panel.ctx.db.rows("SELECT count(*) FROM revision") == revisions
    assert panel.ctx.db.rows("SELECT count(*) FROM blob") == [(0,)]
    assert panel.model.rowCount() == 0


def test_good_files_are_added_and_the_refused_ones_listed_together(qtbot, panel, tmp_path, refusals):
    good = photo_file(tmp_path, "good.jpg", GREEN)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(open(good, "rb").read()[:700])
    notes = tmp_path / "notes.pdf"
    notes.write_bytes(b"%PDF-1.4\n%%EOF\n")

    panel.add_files([str(broken), good, str(notes)])
    settle(qtbot, panel)

    assert stored(panel.ctx) == [("good.jpg", "", "governance")]
    assert len(refusals) == 1  # one message for the whole drop
    assert "The photo broken.jpg is damaged or incomplete" in refusals[0]
    assert "notes.pdf is not a photo" in refusals[0]

    panel.add_files([good])  # offered again
    settle(qtbot, panel)
    assert len(stored(panel.ctx)) == 1
    assert "good.jpg: the same photo is already attached to this workshop." in refusals[1]


def test_undo_removes_the_added_photos(qtbot, panel, tmp_path):
    panel.add_files([photo_file(tmp_path, "a.jpg", RED), photo_file(tmp_path, "b.jpg", BLUE)])
    settle(qtbot, panel)
    assert panel.model.rowCount() == 2

    panel.ctx.undo_stack.undo()
    wait_written(qtbot, panel.ctx)
    assert stored(panel.ctx) == []
    assert panel.model.rowCount() == 0

    panel.ctx.undo_stack.redo()
    wait_written(qtbot, panel.ctx)
    assert [row[0] for row in stored(panel.ctx)] == ["a.jpg", "b.jpg"]
    assert panel.model.rowCount() == 2


def test_caption_is_edited_in_place_and_persists(qtbot, panel, tmp_path):
    panel.add_files([photo_file(tmp_path, "a.jpg", RED)])
    settle(qtbot, panel)
    view = panel.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)

    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view and editor is not None
    qtbot.keyClicks(editor, "Pohon masalah layanan publik")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.index(0).data() == "Pohon masalah layanan publik")  # commit is queued
    wait_written(qtbot, panel.ctx)

    assert stored(panel.ctx) == [("a.jpg", "Pohon masalah layanan publik", "governance")]
    assert panel.model.index(0).data() == "Pohon masalah layanan publik"
    panel.ctx.undo_stack.undo()
    wait_written(qtbot, panel.ctx)
    assert stored(panel.ctx)[0][1] == ""


def test_a_caption_being_typed_survives_photos_arriving_meanwhile(qtbot, panel, tmp_path):
    panel.add_files([photo_file(tmp_path, "a.jpg", RED)])
    settle(qtbot, panel)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Hasil diskusi")

    panel.add_files([photo_file(tmp_path, "b.jpg", BLUE)])  # e.g. a colleague's drop
    settle(qtbot, panel)
    assert editor.isVisible() and editor.text() == "Hasil diskusi"

    qtbot.keyClicks(editor, " kelompok 1")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    wait_written(qtbot, panel.ctx)
    assert stored(panel.ctx) == [("a.jpg", "Hasil diskusi kelompok 1", "governance"), ("b.jpg", "", "governance")]
    assert [panel.model.index(r).data() for r in range(2)] == ["Hasil diskusi kelompok 1", "b.jpg"]


def test_files_dropped_on_the_list_are_added(qtbot, panel, tmp_path):
    files = [photo_file(tmp_path, "drop-1.jpg", GREEN), photo_file(tmp_path, "drop-2.jpg", RED)]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(path) for path in files])
    target = panel.view.viewport()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    assert drop.isAccepted()
    settle(qtbot, panel)

    assert [row[0] for row in stored(panel.ctx)] == ["drop-1.jpg", "drop-2.jpg"]
    assert panel.model.rowCount() == 2


def test_text_dragged_over_the_list_is_not_taken(qtbot, panel):
    mime = QMimeData()
    mime.setText("just some words")
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel.view.viewport(), enter)
    assert not enter.isAccepted()
    assert not panel.preparing


def test_delete_key_removes_the_photo_and_undo_brings_it_back(qtbot, panel, tmp_path):
    panel.add_files([photo_file(tmp_path, "a.jpg", RED), photo_file(tmp_path, "b.jpg", BLUE)])
    settle(qtbot, panel)
    panel.select(panel.model.photo_at(1).id)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)

    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    wait_written(qtbot, panel.ctx)
    assert [row[0] for row in stored(panel.ctx)] == ["a.jpg"]
    assert panel.model.rowCount() == 1
    assert panel.ctx.db.rows("SELECT count(*) FROM blob") == [(2,)]  # undo needs the bytes

    panel.ctx.undo_stack.undo()
    wait_written(qtbot, panel.ctx)
    assert [row[0] for row in stored(panel.ctx)] == ["a.jpg", "b.jpg"]
    assert panel.model.rowCount() == 2


def test_pillar_link_and_the_pillar_filter(qtbot, panel, tmp_path):
    panel.add_files([photo_file(tmp_path, "a.jpg", RED), photo_file(tmp_path, "b.jpg", BLUE)])
    settle(qtbot, panel)
    combo = panel.ui.pillar_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["No pillar", "Smart Governance", "Smart Economy"]
    panel.select(panel.model.photo_at(0).id)
    assert combo.currentText() == "Smart Governance"

    combo.setCurrentIndex(combo.findData("economy"))
    combo.activated.emit(combo.currentIndex())
    wait_written(qtbot, panel.ctx)

    assert stored(panel.ctx) == [("a.jpg", "", "economy"), ("b.jpg", "", "governance")]
    assert [panel.model.photo_at(r).filename for r in range(panel.model.rowCount())] == ["b.jpg"]  # this pillar
    panel.ui.all_pillars_radio.setChecked(True)
    assert panel.model.rowCount() == 2
    panel.ui.this_pillar_radio.setChecked(True)
    panel.ctx.set_pillar("economy")
    assert [panel.model.photo_at(r).filename for r in range(panel.model.rowCount())] == ["a.jpg"]

    panel.add_files([photo_file(tmp_path, "c.jpg", GREEN)])  # new photos join the pillar under discussion
    settle(qtbot, panel)
    assert stored(panel.ctx)[-1] == ("c.jpg", "", "economy")


def test_every_control_of_the_panel_is_named_for_screen_readers(panel):
    from tests.test_ui_accessibility import unnamed_controls

    assert unnamed_controls(panel.ui) == []
