"""The Sync tab: export, import (file picker and drag and drop), held keys, conflicts, keys, receipts.

Real widgets on a real SQLite file (the demo workshop); "the other laptop" is a second
database with its own device key, and its bundles are made by the real exporter.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QRadioButton  # noqa: E402

from fgd_app.errors import UserError  # noqa: E402
from fgd_app.services.demo import ensure_demo  # noqa: E402
from fgd_app.store.database import open_database  # noqa: E402
from fgd_app.store.models import Input, Workshop  # noqa: E402
from fgd_app.store.replay import dump_hash  # noqa: E402
from fgd_app.sync import keys  # noqa: E402
from fgd_app.sync.bundle import read_bundle  # noqa: E402
from fgd_app.sync.exporter import export_bundle  # noqa: E402
from fgd_app.sync.importer import import_file  # noqa: E402
from fgd_app.sync.receipts import export_receipt  # noqa: E402
from helpers import make_workshop  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")

IMPORT_TIMEOUT_MS = 30_000
CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, ui_db):
    from fgd_app.ui.feedback import Feedback
    from fgd_app.ui.sync_page import SyncPage

    workshop_id, _ = ensure_demo(ui_db)
    page = SyncPage(ui_db, Feedback())
    qtbot.addWidget(page.ui)
    page.ui.resize(1200, 800)
    with qtbot.waitExposed(page.ui):
        page.ui.show()
    page.set_workshop(workshop_id)
    page.workshop = workshop_id
    yield page
    page.shutdown()


@pytest.fixture
def other(tmp_path):
    """A second laptop: its own database file, device id and key."""
    db = open_database(tmp_path / "other.sqlite3", device_id="dev-B")
    db.key = keys.device_key(tmp_path / "other")
    yield db
    db.close()


def save_dialog_answers(monkeypatch, target: Path) -> list[str]:
    """QFileDialog.getSaveFileName returns `target`; returns the suggestions it was shown."""
    suggested = []

    def answer(parent, title, proposal, filters, *args, **kwargs):
        suggested.append(proposal)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def drop_files(qtbot, page, paths: list[Path]) -> None:
    """Drag files from a file manager onto the page and let go; wait for the imports."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = page.ui.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, CLICK, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page.ui, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, CLICK, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(page.import_finished, timeout=IMPORT_TIMEOUT_MS):
        QApplication.sendEvent(page.ui, drop)


def pick_files(qtbot, page, monkeypatch, paths: list[Path], button=None) -> None:
    """Click "Import files…" and choose `paths` in the (patched) file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    with qtbot.waitSignal(page.import_finished, timeout=IMPORT_TIMEOUT_MS):
        qtbot.mouseClick(button or page.ui.import_button, CLICK)


def report_line(page, row: int = -1) -> dict[str, str]:
    model = page.report
    row = row % model.rowCount()
    names = ("file", "status", "new", "duplicates", "conflicts", "message")
    return {name: model.data(model.index(row, column)) for column, name in enumerate(names)}


def workshop_titles(db) -> set[str]:
    return {title for (title,) in db.rows("SELECT title FROM workshop")}


def share_demo(page, other, tmp_path) -> None:
    """The other laptop starts from this laptop's demo workshop (and trusts this laptop)."""
    bundle = tmp_path / "start.fgdb"
    export_bundle(page.db, bundle, page.workshop, key=page.key)
    import_file(other, bundle, other.key, trust_signer=True, signer_label="Laptop A")
    keys.trust(page.db, other.key.public, "Laptop B", "dev-B")


def rename_workshop(db, workshop_id: str, title: str) -> None:
    with db.transaction() as tx:
        tx.update(Workshop, workshop_id, title=title)


def receive_from(other, page, qtbot, tmp_path) -> None:
    """The other laptop exports the demo workshop; the file is dropped onto this laptop's page."""
    from_b = tmp_path / "dari-b.fgdb"
    export_bundle(other, from_b, page.workshop, key=other.key)
    drop_files(qtbot, page, [from_b])


def title_conflict(page, other, qtbot, tmp_path, here: str, there: str) -> None:
    """Both laptops rename the demo workshop before they meet; this one then imports the other's bundle."""
    share_demo(page, other, tmp_path)
    rename_workshop(page.db, page.workshop, here)
    rename_workshop(other, page.workshop, there)
    receive_from(other, page, qtbot, tmp_path)


# -- export ---------------------------------------------------------------------------------------


def test_export_writes_a_bundle_that_verifies(page, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "stick" / "kirim"
    suggested = save_dialog_answers(monkeypatch, target)
    qtbot.mouseClick(page.ui.export_button, CLICK)

    name = Path(suggested[0]).name
    assert name.startswith("fgd-kabupaten-kutai-barat-") and name.endswith(".fgdb")
    written = target.with_name("kirim.fgdb")  # the extension is added when left out
    bundle = read_bundle(written.read_bytes(), written.name, page.key)
    total = page.db.scalar("SELECT count(*) FROM revision")
    assert len(bundle.revisions) == total and bundle.manifest["workshops"] == [page.workshop]
    assert bundle.signer == page.key.public
    result = page.ui.export_result.text()
    assert str(written) in result and f"{total} changes" in result and "safe to remove the USB stick" in result


def test_minutes_profile_leaves_out_phones(page, qtbot, monkeypatch, tmp_path):
    combo = page.ui.profile_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "minutes"
    assert "Without phone numbers" in page.ui.profile_note.text()
    save_dialog_answers(monkeypatch, tmp_path / "notulen.fgdb")
    qtbot.mouseClick(page.ui.export_button, CLICK)

    bundle = read_bundle((tmp_path / "notulen.fgdb").read_bytes(), "notulen.fgdb", page.key)
    participants = [r for r in bundle.revisions if r.entity == "participant" and r.snapshot]
    assert participants and all("phone" not in r.snapshot and "phone" in r.redacted for r in participants)
    assert page.db.scalar("SELECT count(*) FROM participant WHERE phone != ''") > 0  # only the bundle lacks them


def test_export_encrypted_to_a_trusted_key(page, other, qtbot, monkeypatch, tmp_path):
    keys.trust(page.db, other.key.public, "Koordinator", "dev-B")
    page.refresh()
    combo = page.ui.encrypt_combo
    combo.setCurrentIndex(combo.findData(other.key.public.fingerprint))
    save_dialog_answers(monkeypatch, tmp_path / "rahasia.fgdb")
    qtbot.mouseClick(page.ui.export_button, CLICK)

    data = (tmp_path / "rahasia.fgdb").read_bytes()
    assert len(read_bundle(data, "rahasia.fgdb", other.key).revisions) > 0
    with pytest.raises(UserError) as caught:
        read_bundle(data, "rahasia.fgdb", page.key)
    assert caught.value.code == "bundle.not_for_me"
    assert other.key.public.fingerprint in page.ui.export_result.text()


# -- import ---------------------------------------------------------------------------------------


def test_unknown_signer_is_held_until_accepted_then_reimport_says_nothing_new(page, other, qtbot, monkeypatch,
                                                                            tmp_path):
    make_workshop(other, title="FGD Katingan dari laptop B", regency_code="62.06")
    bundle = tmp_path / "dari-b.fgdb"
    export_bundle(other, bundle, key=other.key)
    before = dump_hash(page.db, include_log=False)

    drop_files(qtbot, page, [bundle])
    line = report_line(page)
    assert line["file"] == "dari-b.fgdb" and line["status"] == "Held"
    fingerprint = other.key.public.fingerprint
    assert fingerprint in page.ui.detail_label.text()
    assert page.ui.accept_button.isVisible()
    assert dump_hash(page.db, include_log=False) == before
    assert "FGD Katingan dari laptop B" not in workshop_titles(page.db)

    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda parent, title, text, *a, **k: asked.append(text) or ("Maria, laptop B", True))
    replaced = []
    page.data_replaced.connect(lambda: replaced.append(True))
    with qtbot.waitSignal(page.import_finished, timeout=IMPORT_TIMEOUT_MS):
        qtbot.mouseClick(page.ui.accept_button, CLICK)
    assert fingerprint in asked[0]
    assert report_line(page)["status"] == "Imported"
    assert "FGD Katingan dari laptop B" in workshop_titles(page.db)
    assert [(k.label, k.fingerprint) for k in keys.trusted_keys(page.db)] == [("Maria, laptop B", fingerprint)]
    assert replaced and not page.ui.accept_button.isVisible()
    assert page.ui.scope_combo.findText("FGD Katingan dari laptop B", Qt.MatchFlag.MatchStartsWith) >= 0

    pick_files(qtbot, page, monkeypatch, [bundle])
    assert page.report.rowCount() == 2
    line = report_line(page)
    assert line["status"] == "Nothing new" and line["message"] == "Already imported, nothing new."
    assert line["new"] == "0" and int(line["duplicates"]) > 0


def test_a_corrupt_file_is_refused_and_changes_nothing(page, other, qtbot, monkeypatch, tmp_path):
    from fgd_app.ui import i18n

    make_workshop(other, title="FGD rusak")
    good = tmp_path / "baik.fgdb"
    export_bundle(other, good, key=other.key)
    keys.trust(page.db, other.key.public, "Laptop B", "dev-B")
    bad = tmp_path / "rusak.fgdb"
    bad.write_bytes(good.read_bytes()[:-200])  # cut short, as a stick pulled out too early leaves it
    before = dump_hash(page.db)

    pick_files(qtbot, page, monkeypatch, [bad])
    with pytest.raises(UserError) as expected:
        import_file(page.db, bad, page.key)
    line = report_line(page)
    assert line["status"] == "Refused" and line["message"] == expected.value.message("en")
    assert "nothing was imported" in line["message"].lower()
    assert dump_hash(page.db) == before
    page.ui.report_view.selectRow(0)
    assert page.ui.detail_label.text() == expected.value.message("en")

    if i18n.apply_language("id") != "id":
        pytest.skip("the Indonesian catalogue is not built")
    page.retranslate()
    assert report_line(page)["status"] == "Ditolak"
    assert page.ui.detail_label.text() == expected.value.message("id")


def test_several_files_import_each_on_its_own(page, other, qtbot, monkeypatch, tmp_path):
    keys.trust(page.db, other.key.public, "Laptop B", "dev-B")
    make_workshop(other, title="FGD Paser")
    good = tmp_path / "paser.fgdb"
    export_bundle(other, good, key=other.key)
    junk = tmp_path / "catatan.fgdb"
    junk.write_bytes(b"bukan paket")

    pick_files(qtbot, page, monkeypatch, [junk, good])
    assert [report_line(page, row)["status"] for row in range(2)] == ["Refused", "Imported"]
    assert "FGD Paser" in workshop_titles(page.db)
    assert page.ui.import_progress.maximum() == 2 and page.ui.import_progress.value() == 2
    assert "2 files" in page.ui.progress_label.text()


# -- conflicts ------------------------------------------------------------------------------------


def test_same_field_edited_on_two_laptops_is_listed_and_resolved(page, other, qtbot, tmp_path):
    title_conflict(page, other, qtbot, tmp_path, "FGD Kutai Barat (judul laptop A)", "FGD Kutai Barat (judul laptop B)")
    assert report_line(page)["conflicts"] == "1"
    tabs = page.ui.sync_tabs
    assert tabs.tabText(tabs.indexOf(page.ui.conflicts_tab)) == "C&onflicts (1)"
    tabs.setCurrentWidget(page.ui.conflicts_tab)
    assert page.ui.conflict_list.count() == 1
    assert page.ui.conflict_list.item(0).text().startswith("Workshop: ")
    shown = " | ".join(label.text() for label in page.ui.decision_area.widget().findChildren(type(page.ui.empty_label)))
    assert "FGD Kutai Barat (judul laptop A)" in shown and "FGD Kutai Barat (judul laptop B)" in shown
    radios = {r.text().split(" · ")[0]: r for r in page.ui.decision_area.widget().findChildren(QRadioButton)}
    assert {"this laptop", "Laptop B"} <= set(radios)

    qtbot.mouseClick(radios["Laptop B"], CLICK)
    qtbot.mouseClick(page.ui.save_button, CLICK)
    assert page.db.scalar("SELECT count(*) FROM conflict") == 0
    assert page.db.scalar("SELECT title FROM workshop WHERE id = ?", (page.workshop,)) == \
        "FGD Kutai Barat (judul laptop B)"
    assert page.ui.empty_label.isVisible() and tabs.tabText(tabs.indexOf(page.ui.conflicts_tab)) == "C&onflicts (0)"


def test_a_decision_needs_a_value_for_every_field(page, other, qtbot, tmp_path, refusals):
    title_conflict(page, other, qtbot, tmp_path, "Judul A", "Judul B")
    page.ui.sync_tabs.setCurrentWidget(page.ui.conflicts_tab)

    qtbot.mouseClick(page.ui.save_button, CLICK)  # nothing picked yet
    assert refusals and "title" in refusals[-1]
    assert page.db.scalar("SELECT count(*) FROM conflict") == 1

    choice = page.conflicts.choices[0]
    assert not choice.other_radio.isChecked()
    choice.other_edit.setFocus()
    qtbot.keyClick(choice.other_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(choice.other_edit, "Judul gabungan A dan B")
    assert choice.other_radio.isChecked()
    qtbot.mouseClick(page.ui.save_button, CLICK)
    assert page.db.scalar("SELECT title FROM workshop WHERE id = ?", (page.workshop,)) == "Judul gabungan A dan B"


def test_edit_against_delete_offers_keep_or_delete(page, other, qtbot, tmp_path, monkeypatch):
    share_demo(page, other, tmp_path)
    input_id = page.db.scalar("SELECT id FROM input WHERE workshop_id = ? AND id NOT IN "
                              "(SELECT input_id FROM vote WHERE input_id IS NOT NULL) ORDER BY id LIMIT 1",
                              (page.workshop,))
    with page.db.transaction() as tx:
        tx.delete(Input, input_id)
    with other.transaction() as tx:
        tx.update(Input, input_id, text="Diperbaiki di laptop B")
    receive_from(other, page, qtbot, tmp_path)
    page.ui.sync_tabs.setCurrentWidget(page.ui.conflicts_tab)

    assert page.ui.keep_button.isVisible() and page.ui.delete_button.isVisible()
    assert not page.ui.save_button.isVisible()
    texts = [label.text() for label in page.ui.decision_area.widget().findChildren(type(page.ui.empty_label))]
    assert "(deleted)" in texts
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.ui.delete_button, CLICK)
    assert page.db.scalar("SELECT count(*) FROM conflict") == 0
    assert page.db.scalar("SELECT count(*) FROM input WHERE id = ?", (input_id,)) == 0


def test_no_conflicts_shows_the_empty_state(page):
    page.ui.sync_tabs.setCurrentWidget(page.ui.conflicts_tab)
    assert page.ui.empty_label.isVisible() and not page.ui.conflicts_splitter.isVisible()
    assert page.ui.conflict_list.count() == 0


# -- keys and receipts ----------------------------------------------------------------------------


def test_keys_tab_shows_this_laptops_fingerprint_and_qr_code(page):
    page.ui.sync_tabs.setCurrentWidget(page.ui.keys_tab)
    assert page.ui.fingerprint_label.text() == page.key.public.fingerprint
    assert page.ui.public_key_edit.text() == page.key.public.text
    assert not page.ui.qr_label.pixmap().isNull() and page.ui.qr_label.pixmap().width() >= 150
    page.ui.copy_key_button.click()
    assert QApplication.clipboard().text() == page.key.public.text


def test_adding_and_removing_a_trusted_key_by_text(page, other, qtbot, monkeypatch, refusals):
    ui = page.ui
    ui.sync_tabs.setCurrentWidget(ui.keys_tab)
    qtbot.keyClicks(ui.new_key_edit, "bukan-kunci")
    qtbot.mouseClick(ui.add_key_button, CLICK)
    assert refusals and "not a valid fgd-app public key" in refusals[-1]
    assert keys.trusted_keys(page.db) == []

    ui.new_key_edit.clear()
    qtbot.keyClicks(ui.new_key_edit, other.key.qr_text)  # what a phone reads from the other laptop's QR code
    qtbot.keyClicks(ui.new_label_edit, "Koordinator Bappeda")
    qtbot.keyClick(ui.new_label_edit, Qt.Key.Key_Return)
    fingerprint = other.key.public.fingerprint
    assert [(k.label, k.fingerprint) for k in keys.trusted_keys(page.db)] == [("Koordinator Bappeda", fingerprint)]
    assert ui.trusted_table.rowCount() == 1 and ui.trusted_table.item(0, 1).text() == fingerprint
    assert ui.encrypt_combo.findData(fingerprint) > 0  # offered at once for "encrypt to"
    assert ui.new_key_edit.text() == ""

    ui.trusted_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(ui.remove_key_button, CLICK)
    assert keys.trusted_keys(page.db) == [] and ui.trusted_table.rowCount() == 0
    assert ui.encrypt_combo.findData(fingerprint) < 0


def test_a_coordinators_receipt_marks_changes_delivered(page, other, qtbot, monkeypatch, tmp_path):
    share_demo(page, other, tmp_path)
    assert page.ui.delivery_label.text().startswith("0 of ")
    receipt = tmp_path / "tanda-terima.fgdr"
    export_receipt(other, receipt, key=other.key)

    pick_files(qtbot, page, monkeypatch, [receipt], button=page.ui.import_receipt_button)
    line = report_line(page)
    total = page.db.scalar("SELECT count(*) FROM revision WHERE workshop_id = ?", (page.workshop,))
    assert line["status"] == "Receipt" and line["message"].startswith("Receipt from Laptop B:")
    assert page.ui.delivery_label.text().startswith(f"{total} of {total} changes")
    assert "no receipt yet" not in page.ui.delivery_label.text()


def test_export_receipt_for_coordinators(page, qtbot, monkeypatch, tmp_path):
    suggested = save_dialog_answers(monkeypatch, tmp_path / "terima.fgdr")
    qtbot.mouseClick(page.ui.export_receipt_button, CLICK)
    assert Path(suggested[0]).suffix == ".fgdr"
    bundle = read_bundle((tmp_path / "terima.fgdr").read_bytes(), "terima.fgdr", page.key)
    assert bundle.kind == "receipt"
    assert len(bundle.receipt["revision_ids"]) == page.db.scalar("SELECT count(*) FROM revision")


# -- in the main window ---------------------------------------------------------------------------


def test_alt_6_opens_sync_and_an_import_reaches_the_workshop_list(ui_db, make_window, qtbot, tmp_path, other):
    ensure_demo(ui_db)
    window = make_window(ui_db)
    qtbot.keyClick(window.ui.workshop_table, Qt.Key.Key_Return)
    qtbot.keyClick(window.ui, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert window.ui.workshop_tabs.currentWidget() is window.ui.sync_tab
    page = window._page_by_tab[window.ui.sync_tab]
    assert page.ui.isVisible()

    keys.trust(ui_db, other.key.public, "Laptop B", "dev-B")
    make_workshop(other, title="FGD Manggarai Timur", regency_code="53.19")
    bundle = tmp_path / "mantim.fgdb"
    export_bundle(other, bundle, key=other.key)
    before = window.workshops.rowCount()
    drop_files(qtbot, page, [bundle])
    assert window.workshops.rowCount() == before + 1
    window.close()


def test_coordinator_tab_embeds_the_overview_of_all_workshops(page):
    page.ui.sync_tabs.setCurrentWidget(page.ui.coordinator_tab)
    assert page.coordinator is not None and page.coordinator.isVisible()
    assert page.coordinator.model.rowCount() == 1  # the demo workshop


def test_every_control_of_every_section_is_named(page, other, qtbot, tmp_path):
    from test_ui_accessibility import unnamed_controls

    title_conflict(page, other, qtbot, tmp_path, "Judul A", "Judul B")  # a report line and a decision editor
    tabs = page.ui.sync_tabs
    missing = {}
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if found := unnamed_controls(tabs.widget(index)):
            missing[tabs.tabText(index)] = found
    assert missing == {}
