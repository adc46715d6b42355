"""The coordinator panel: every workshop with its pillar counts, sorting, filtering, consolidated export."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import subprocess  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from tests import coordinator_scenario  # noqa: E402
from tests.coordinator_scenario import B_PROGRAMMES, LABEL_A  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")

EXPORT_TIMEOUT_MS = 60_000


@pytest.fixture
def scenario(tmp_path):
    built = coordinator_scenario.build(tmp_path)
    yield built
    built.db.close()


@pytest.fixture
def panel(qtbot, scenario):
    from fgd_app.ui.coordinator_panel import CoordinatorPanel

    panel = CoordinatorPanel(scenario.db)
    qtbot.addWidget(panel)
    panel.resize(1400, 420)
    with qtbot.waitExposed(panel):
        panel.show()
    yield panel
    panel.shutdown()


@pytest.fixture
def save_as(monkeypatch):
    """The file the save dialog 'returns', and what it was asked."""
    answer: dict = {"path": "", "filter": "", "asked": []}

    def fake(parent, title, suggested, filters, *args, **kwargs):
        answer["asked"].append((title, suggested, filters))
        return answer["path"], answer["filter"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return answer


def _visible(panel) -> list[list[str]]:
    proxy = panel.proxy
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def _row_of(panel, title_start: str) -> list[str]:
    title = panel.model.column("title")
    return next(row for row in _visible(panel) if row[title].startswith(title_start))


def test_panel_shows_every_workshop_with_its_pillar_counts(panel, scenario):
    m = panel.model
    assert m.rowCount() == 3 and panel.count_label.text() == "3 of 3 workshops"
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert headers[m.column("governance"):m.column("environment") + 1] == [
        "Governance", "Branding", "Economy", "Living", "Society", "Environment"]
    demo = _row_of(panel, "FGD Bimtek 1 Penyusunan")
    assert [demo[m.column(k)] for k in ("governance", "branding", "economy", "living", "society", "environment")] == [
        "25", "23", "22", "21", "20", "21"]
    assert (demo[m.column("programmes")], demo[m.column("present")], demo[m.column("conflicts")]) == (
        "22", "37 / 40", "1")
    assert demo[m.column("regency")] == "Kabupaten Kutai Barat" and demo[m.column("date")] == "17 June 2021"
    assert demo[m.column("stage")] == "Bimtek 1" and demo[m.column("province")] == "Kalimantan Timur"
    assert LABEL_A in demo[m.column("laptops")] and demo[m.column("last_change")].endswith(" WITA")
    assert demo[m.column("facilitators")].startswith("Dr. Ir. Aditya Wiranata Santoso")
    second = _row_of(panel, "FGD Bimtek 2")
    assert [second[m.column(k)] for k in ("governance", "economy", "branding", "programmes", "present")] == [
        "2", "1", "0", "2", "2 / 3"]


def test_sorting_is_by_value_and_filtering_by_regency_or_province(panel, qtbot):
    m = panel.model
    title = m.column("title")
    panel.table.sortByColumn(m.column("governance"), Qt.SortOrder.AscendingOrder)
    assert [row[m.column("governance")] for row in _visible(panel)] == ["1", "2", "25"]  # 25 after 2, not before
    panel.table.sortByColumn(m.column("date"), Qt.SortOrder.DescendingOrder)
    assert [row[m.column("date")] for row in _visible(panel)] == ["10 May 2022", "12 August 2021", "17 June 2021"]

    qtbot.keyClicks(panel.filter_edit, "kalimantan tengah")
    assert [row[title] for row in _visible(panel)] == ["FGD Bimtek 1 Katingan"]
    assert panel.count_label.text() == "1 of 3 workshops"
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "KUTAI barat")
    assert len(_visible(panel)) == 2
    panel.filter_edit.setText("64.07")
    assert len(_visible(panel)) == 2
    panel.filter_edit.setText("Papua")
    assert _visible(panel) == [] and not panel.export_button.isEnabled()


def test_selection_survives_a_refresh_and_a_filter_that_keeps_it(panel, scenario):
    assert not panel.export_button.isEnabled()  # nothing selected yet
    assert panel.select_workshop(scenario.bimtek2)
    assert panel.export_button.isEnabled()
    panel.refresh()
    assert panel.selected().id == scenario.bimtek2
    panel.filter_edit.setText("kutai")
    assert panel.selected().id == scenario.bimtek2
    panel.filter_edit.setText("katingan")  # filtered out: nothing hidden stays the export's target
    assert panel.selected() is None and not panel.export_button.isEnabled()


def test_consolidated_export_writes_a_pdf_of_the_selected_regency(panel, scenario, save_as, qtbot, tmp_path):
    QSettings().setValue("documents/paper", "f4")
    panel.select_workshop(scenario.katingan)
    panel.select_workshop(scenario.bimtek2)
    save_as["path"], save_as["filter"] = str(tmp_path / "out" / "kubar"), "PDF documents (*.pdf)"
    with qtbot.waitSignal(panel.export_finished, timeout=EXPORT_TIMEOUT_MS) as finished:
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
        assert not panel.export_button.isEnabled()  # busy
    path, error = finished.args
    assert error is None and path == tmp_path / "out" / "kubar.pdf" and path.stat().st_size > 10_000
    (title, suggested, filters), = save_as["asked"]
    assert "Kabupaten Kutai Barat" in title and os.path.basename(suggested).startswith(
        "Draf-Masterplan-Konsolidasi-Kutai-Barat-")  # the FGDs were held in Indonesian
    assert "Saved:" in panel.result_label.text() and panel.export_button.isEnabled()
    assert QSettings().value("documents/last_folder") == str(tmp_path / "out")
    if not shutil.which("pdftotext"):
        pytest.skip("poppler's pdftotext is not installed")
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert f"{B_PROGRAMMES[0]} [2]" in text and "Layanan Adminduk Jemput Bola Terjadwal Daring [1]" in text
    assert "FGD yang dirangkum" in text and "Katingan" not in text
    size = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "609.449 x 935.433 pts" in size  # F4, the Documents page's saved paper


def test_consolidated_export_as_word_by_file_name(panel, scenario, save_as, qtbot, tmp_path):
    import docx

    panel.select_workshop(scenario.demo)
    save_as["path"], save_as["filter"] = str(tmp_path / "kubar.docx"), "PDF documents (*.pdf)"
    with qtbot.waitSignal(panel.export_finished, timeout=EXPORT_TIMEOUT_MS) as finished:
        panel.export_consolidated()
    path, error = finished.args
    assert error is None and path.suffix == ".docx"
    document = docx.Document(str(path))
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert f"{B_PROGRAMMES[1]} [2]" in cells


def test_cancelled_dialog_writes_nothing(panel, scenario, save_as, tmp_path):
    panel.select_workshop(scenario.demo)
    panel.export_consolidated()
    assert save_as["asked"] and not panel.busy and panel.result_label.text() == ""
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_failed_export_says_why(panel, scenario, save_as, qtbot, tmp_path, refusals):
    (tmp_path / "not-a-folder").write_text("x")
    panel.select_workshop(scenario.katingan)
    save_as["path"] = str(tmp_path / "not-a-folder" / "x.pdf")
    with qtbot.waitSignal(panel.export_finished, timeout=EXPORT_TIMEOUT_MS) as finished:
        panel.export_consolidated()
    assert finished.args[0] is None and finished.args[1].code == "export.write_failed"
    assert refusals and "Cannot write" in refusals[0] and refusals[0] == panel.result_label.text()
    assert panel.export_button.isEnabled()


def test_panel_follows_the_interface_language(panel, qtbot):
    from fgd_app.ui import i18n

    i18n.apply_language("id")  # Qt posts LanguageChange to every widget; the panel retranslates itself
    qtbot.waitUntil(lambda: panel.export_button.text() == "Masterplan konsolidasi…")
    m = panel.model
    assert m.headerData(m.column("regency"), Qt.Orientation.Horizontal) == "Kabupaten/Kota"
    assert panel.count_label.text() == "3 dari 3 lokakarya"
    assert _row_of(panel, "FGD Bimtek 1 Penyusunan")[m.column("date")] == "17 Juni 2021"


def test_panel_picture(panel, tmp_path):
    """Not a check of looks: the picture is saved so a person can look at it."""
    panel.select_workshop(panel.model.workshop_at(0).id)
    image = panel.grab()
    assert not image.isNull() and image.width() >= 1400
    image.save(str(tmp_path / "coordinator_panel.png"))
