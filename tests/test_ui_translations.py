"""The committed Indonesian translation is complete and matches the sources.

Regenerate both files with `.venv/bin/python tools/translations.py` when these fail.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tools" / "translations.py"


def load_tool_module():
    spec = importlib.util.spec_from_file_location("fgd_translations_tool", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tools = load_tool_module()


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def test_every_message_is_translated():
    committed = messages(tools.TS_FILE)
    assert committed
    for (context, source), message in committed.items():
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        assert translation is not None, where
        assert translation.get("type") is None, f"{where} is {translation.get('type')}"
        text = translation.text or ""
        assert text.strip(), f"{where} has an empty translation"
        # Placeholders filled in by str.format must survive translation.
        assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", source)), where
        assert (text.count("&") == 1) == (source.count("&") == 1), f"{where}: keep exactly one mnemonic"


def test_ts_holds_exactly_the_strings_lupdate_finds(tmp_path):
    lupdate = tools.tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh_id.ts"
    subprocess.run([str(lupdate), "-silent", *tools.sources(), "-ts", str(fresh), *tools.LUPDATE_OPTIONS],
                   cwd=ROOT, check=True)
    expected, committed = set(messages(fresh)), set(messages(tools.TS_FILE))
    assert expected - committed == set(), "new strings: run tools/translations.py and translate them"
    assert committed - expected == set(), "stale strings: run tools/translations.py"
    # The form's strings are among them (lupdate reads the .ui, not only Python).
    assert ("MainWindow", "&File") in expected and ("WorkshopTableModel", "Regency/City") in expected


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    lrelease = tools.tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "fgd_app_id.qm"
    subprocess.run([str(lrelease), "-silent", str(tools.TS_FILE), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == tools.QM_FILE.read_bytes(), "stale .qm: run tools/translations.py"


def test_qm_translates_at_run_time():
    pytest.importorskip("PySide6.QtCore")
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(tools.QM_FILE))
    assert translator.translate("MainWindow", "&File") == "&Berkas"
    assert translator.translate("WorkshopTableModel", "Regency/City") == "Kabupaten/Kota"
