"""The Documents tab: preview in the document's language, options, exports on a worker thread."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import base64  # noqa: E402
import importlib.util  # noqa: E402
import re  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from fgd_app.services.demo import ensure_demo  # noqa: E402

pytestmark = pytest.mark.usefixtures("qt_settings")

EXPORT_TIMEOUT_MS = 60_000
NAMED = "Paulus Beraq Bilung"  # demo participant who agreed to be named and to share his number
AGREED_PHONE = "0813-4652-1187"
REFUSED_PHONE = "0812-5471-3306"  # the chair: named, but did not agree to share his number


def _renderer_missing(fmt: str) -> bool:
    return importlib.util.find_spec(f"fgd_app.documents.{fmt}_render") is None


@pytest.fixture
def page(qtbot, ui_db):
    from fgd_app.ui.documents_page import DocumentsPage
    from fgd_app.ui.feedback import Feedback

    workshop_id, _ = ensure_demo(ui_db)
    page = DocumentsPage(ui_db, Feedback())
    qtbot.addWidget(page.ui)
    page.ui.resize(1200, 800)
    with qtbot.waitExposed(page.ui):
        page.ui.show()
    page.set_workshop(workshop_id)
    yield page
    page.shutdown()


@pytest.fixture
def opened(page):
    """URLs handed to the desktop instead of opening a file manager."""
    urls = []
    page.open_url = lambda url: urls.append(url.toLocalFile()) or True
    return urls


def preview_text(page) -> str:
    return page.ui.preview.toPlainText()


def choose(qtbot, combo, data) -> None:
    """Pick an entry the way a keyboard user does: focus the combo and press Down/Up."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def export_through_page(qtbot, page, button, target: Path) -> list[str]:
    """Click an export button with the file dialog answered by `target`; wait for the worker."""
    suggested = []
    page.ask_path = lambda fmt, proposal: suggested.append(proposal) or str(target)
    with qtbot.waitSignal(page.export_finished, timeout=EXPORT_TIMEOUT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return suggested


# -- preview ----------------------------------------------------------------------------------


def test_preview_shows_the_indonesian_minutes_of_the_workshop(page):
    text = preview_text(page)
    assert "NOTULEN" in text
    assert "Kamis, 17 Juni 2021" in text
    assert NAMED in text
    assert "MINUTES" not in text


def test_document_language_is_independent_of_the_interface_language(page, qtbot):
    from fgd_app.ui import i18n

    assert i18n.current_language() == "en"  # the interface is English, the workshop's documents Indonesian
    assert page.ui.language_combo.currentData() == "id"
    choose(qtbot, page.ui.language_combo, "en")
    qtbot.waitUntil(lambda: "MINUTES" in preview_text(page))
    text = preview_text(page)
    assert "Thursday, 17 June 2021" in text
    assert "NOTULEN" not in text and "Kamis" not in text
    assert i18n.current_language() == "en"
    assert page.ui.kind_combo.currentText() == "Minutes (notulen)"  # the interface did not switch

    choose(qtbot, page.ui.language_combo, "id")
    qtbot.waitUntil(lambda: "NOTULEN" in preview_text(page))
    assert i18n.current_language() == "en"


def test_indonesian_interface_can_write_english_documents(page, qtbot):
    from fgd_app.ui import i18n

    if i18n.apply_language("id") != "id":
        pytest.skip("the Indonesian catalogue is not built")
    page.retranslate()
    choose(qtbot, page.ui.language_combo, "en")
    qtbot.waitUntil(lambda: "MINUTES" in preview_text(page))
    assert "Thursday, 17 June 2021" in preview_text(page)
    assert i18n.current_language() == "id"


def test_masterplan_for_one_pillar_shows_only_that_pillar(page, qtbot):
    ui = page.ui
    assert not ui.pillar_combo.isEnabled()  # minutes: the pillar does not apply
    choose(qtbot, ui.kind_combo, "masterplan")
    assert ui.pillar_combo.isEnabled() and not ui.phones_check.isEnabled()
    qtbot.waitUntil(lambda: "DRAF MASTERPLAN" in preview_text(page))
    everything = preview_text(page)
    assert "Smart Governance" in everything and "Smart Economy" in everything

    choose(qtbot, ui.pillar_combo, "economy")
    qtbot.waitUntil(lambda: "Smart Governance" not in preview_text(page))
    text = preview_text(page)
    assert "DRAF MASTERPLAN" in text
    assert "I. Pilar Smart Economy" in text
    for other in ("Smart Governance", "Smart Branding", "Smart Living", "Smart Society", "Smart Environment"):
        assert other not in text


def test_phone_numbers_appear_only_when_asked_and_only_with_consent(page, qtbot):
    ui = page.ui
    assert not ui.phones_check.isChecked()  # off by default
    assert "agreed" in ui.phones_note.text()
    assert AGREED_PHONE not in preview_text(page) and REFUSED_PHONE not in preview_text(page)

    ui.phones_check.setFocus()
    qtbot.keyClick(ui.phones_check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: AGREED_PHONE in preview_text(page))
    assert REFUSED_PHONE not in preview_text(page)

    qtbot.keyClick(ui.phones_check, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: AGREED_PHONE not in preview_text(page))


def test_paper_choice_is_remembered_for_the_next_time(page, qtbot, ui_db):
    from fgd_app.ui.documents_page import DocumentsPage
    from fgd_app.ui.feedback import Feedback

    assert page.ui.paper_combo.currentData() == "a4"
    choose(qtbot, page.ui.paper_combo, "f4")
    assert page.options().paper == "f4"
    again = DocumentsPage(ui_db, Feedback())
    qtbot.addWidget(again.ui)
    assert again.ui.paper_combo.currentData() == "f4"


# -- export -----------------------------------------------------------------------------------


def test_export_word_and_pdf_through_the_page(page, qtbot, tmp_path, opened):
    out = tmp_path / "out"
    out.mkdir()
    ui = page.ui
    if _renderer_missing("docx"):
        pytest.skip("fgd_app.documents.docx_render is not written yet")
    suggested = export_through_page(qtbot, page, ui.export_docx_button, out / "notulen")
    assert Path(suggested[0]).name == "Notulen-FGD-Kutai-Barat-2021-06-17.docx"
    written = out / "notulen.docx"  # the extension is added when the name lacks it

    import docx

    document = docx.Document(str(written))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "NOTULEN" in body
    assert str(written) in ui.result_label.text() and ui.result_label.isVisible()
    assert ui.open_folder_button.isVisible() and ui.open_document_button.isVisible()
    assert ui.export_docx_button.isEnabled() and not ui.progress_bar.isVisible()
    qtbot.mouseClick(ui.open_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.open_document_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out), str(written)]

    if _renderer_missing("pdf"):
        pytest.skip("fgd_app.documents.pdf_render is not written yet")
    choose(qtbot, ui.language_combo, "en")
    suggested = export_through_page(qtbot, page, ui.export_pdf_button, out / "minutes.pdf")
    assert Path(suggested[0]) == out / "Minutes-FGD-Kutai-Barat-2021-06-17.pdf"  # the last folder used
    assert (out / "minutes.pdf").read_bytes().startswith(b"%PDF")
    assert QSettings().value("documents/last_folder") == str(out)


def test_masterplan_file_name_names_the_pillar(page, qtbot):
    choose(qtbot, page.ui.kind_combo, "masterplan")
    assert page.default_file_name("pdf") == "Draf-Masterplan-FGD-Kutai-Barat-2021-06-17.pdf"
    choose(qtbot, page.ui.pillar_combo, "economy")
    choose(qtbot, page.ui.language_combo, "en")
    assert page.default_file_name("docx") == "Draft-Masterplan-FGD-Kutai-Barat-2021-06-17-Smart-Economy.docx"


def test_cancelled_file_dialog_writes_nothing(page, qtbot, tmp_path):
    page.ask_path = lambda fmt, proposal: ""
    qtbot.mouseClick(page.ui.export_pdf_button, Qt.MouseButton.LeftButton)
    assert not page.busy and page.ui.export_pdf_button.isEnabled()
    assert not page.ui.result_label.isVisible()


def test_while_exporting_the_buttons_wait_and_a_progress_bar_runs(page, qtbot, tmp_path, monkeypatch):
    from fgd_app.ui import documents_page

    release = threading.Event()
    started = threading.Event()

    def slow_export(db, workshop_id, path, fmt, lang, paper, include_phones=False):
        started.set()
        release.wait(10)
        Path(path).write_bytes(b"%PDF-1.4 stand-in")
        return Path(path)

    monkeypatch.setattr(documents_page, "export_minutes", slow_export)
    ui = page.ui
    page.ask_path = lambda fmt, proposal: str(tmp_path / "slow.pdf")
    qtbot.mouseClick(ui.export_pdf_button, Qt.MouseButton.LeftButton)
    assert started.wait(10)
    assert page.busy
    assert ui.progress_bar.isVisible() and "slow.pdf" in ui.progress_label.text()
    assert not ui.export_pdf_button.isEnabled() and not ui.export_docx_button.isEnabled()
    choose(qtbot, ui.language_combo, "en")  # the window stays usable meanwhile
    qtbot.waitUntil(lambda: "MINUTES" in preview_text(page))
    with qtbot.waitSignal(page.export_finished, timeout=EXPORT_TIMEOUT_MS):
        release.set()
    assert not page.busy and not ui.progress_bar.isVisible()
    assert ui.export_pdf_button.isEnabled() and ui.export_docx_button.isEnabled()
    assert "slow.pdf" in ui.result_label.text()


def test_a_locked_target_gets_a_clear_message_and_keeps_the_old_file(page, qtbot, tmp_path, monkeypatch,
                                                                       refusals, opened):
    if _renderer_missing("pdf"):
        pytest.skip("fgd_app.documents.pdf_render is not written yet")
    target = tmp_path / "Notulen.pdf"
    target.write_bytes(b"the old minutes")

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used")

    monkeypatch.setattr("fgd_app.fileio.os.replace", locked)
    export_through_page(qtbot, page, page.ui.export_pdf_button, target)
    assert len(refusals) == 1
    assert "is open in another program" in refusals[0] and str(target) in refusals[0]
    assert target.read_bytes() == b"the old minutes"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary left
    assert refusals[0] in page.ui.result_label.text()
    assert not page.ui.open_document_button.isVisible()
    assert page.ui.export_pdf_button.isEnabled()


def test_an_unexpected_failure_is_reported_and_the_page_recovers(page, qtbot, tmp_path, monkeypatch, refusals):
    from fgd_app.ui import documents_page

    def broken(*args, **kwargs):
        raise ZeroDivisionError("renderer bug")

    monkeypatch.setattr(documents_page, "export_minutes", broken)
    export_through_page(qtbot, page, page.ui.export_docx_button, tmp_path / "x.docx")
    assert len(refusals) == 1 and "could not be made" in refusals[0]
    assert not page.busy and page.ui.export_docx_button.isEnabled()
    assert not (tmp_path / "x.docx").exists()


# -- keyboard and screen readers ----------------------------------------------------------------


def test_every_control_is_named_and_reachable_by_tab(page, qtbot):
    from tests.test_ui_accessibility import unnamed_controls

    assert unnamed_controls(page.ui) == []
    ui = page.ui
    choose(qtbot, ui.kind_combo, "masterplan")
    ui.kind_combo.setFocus()
    seen = []
    widget = ui.kind_combo
    for _ in range(12):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(ui) and widget.isEnabled()):
            widget = widget.nextInFocusChain()
        seen.append(widget.objectName())
        if widget is ui.preview:
            break
    assert seen[:6] == ["pillar_combo", "language_combo", "paper_combo", "export_docx_button",
                        "export_pdf_button", "preview"]


# -- the HTML itself -------------------------------------------------------------------------------


def test_preview_html_escapes_text_keeps_line_breaks_and_shrinks_photos(qapp):
    from fgd_app.documents.model import Document, Image, ImageCell, Paragraph, Table
    from fgd_app.ui.document_preview import PHOTO_MAX_PX, to_html

    photo = QImage(3000, 2000, QImage.Format.Format_RGB32)
    photo.fill(Qt.GlobalColor.darkGreen)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    photo.save(buffer, "JPEG")
    buffer.close()
    jpeg = bytes(data.data())
    doc = Document(title="t", lang="id")
    doc.add(Paragraph.of("<script>alert(1)</script> & “kutip”\nbaris kedua"),
            Table(("No", "Tanda tangan"), (("1", ImageCell(jpeg, 9.0)),), (1, 3)),
            Image(jpeg, 150.0, "Foto <1>"))
    html = to_html(doc, text_width_px=640)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert "alert(1)&lt;/script&gt; &amp; “kutip”<br>baris kedua" in html
    assert "Foto &lt;1&gt;" in html
    uris = re.findall(r'src="data:image/(?:png|jpeg);base64,([^"]+)"', html)
    assert len(uris) == 2
    widths = sorted(QImage.fromData(base64.b64decode(u)).width() for u in uris)
    assert widths[-1] <= PHOTO_MAX_PX and all(w > 0 for w in widths)
    assert len(html) < len(jpeg) * 4  # scaled down, not the original bytes inlined
