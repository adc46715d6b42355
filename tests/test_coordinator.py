"""The coordinator's overview and the consolidated masterplan, on bundles merged from two laptops."""

from __future__ import annotations

import json
import shutil
import subprocess
import time

import pytest

from fgd_app.cli import main
from fgd_app.core.hlc import unpack
from fgd_app.documents.export import export_consolidated_masterplan
from fgd_app.documents.masterplan import build_consolidated_masterplan, build_masterplan
from fgd_app.documents.model import Table, plain_text
from fgd_app.errors import UserError
from fgd_app.resources import resource
from fgd_app.services.coordinator import overview, regencies_with_workshops, resolve_regency
from fgd_app.store.database import open_database
from tests import coordinator_scenario
from tests.coordinator_scenario import B_PROGRAMMES, LABEL_A, LABEL_B, SHARED_PROBLEM
from tests.helpers import make_workshop

PILLARS = ("governance", "branding", "economy", "living", "society", "environment")


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """Built once: two laptops' bundles imported into the coordinator's database (about a second)."""
    import os

    tmp = tmp_path_factory.mktemp("coordinator")
    previous = os.environ.get("FGD_APP_HOME")
    os.environ["FGD_APP_HOME"] = str(tmp / "home")
    try:
        built = coordinator_scenario.build(tmp)
    finally:
        if previous is None:
            os.environ.pop("FGD_APP_HOME", None)
        else:
            os.environ["FGD_APP_HOME"] = previous
    yield built
    built.db.close()


def _demo_data() -> dict:
    return json.loads(resource("demo", "kutai_barat_bimtek1.json").read_text("utf-8"))


# -- overview ------------------------------------------------------------------------------------


def test_overview_counts_every_workshop_of_both_laptops(scenario):
    rows = {w.id: w for w in overview(scenario.db)}
    assert set(rows) == {scenario.demo, scenario.bimtek2, scenario.katingan}
    data = _demo_data()
    demo = rows[scenario.demo]
    assert demo.regency_code == "64.07" and demo.regency_name == "Kabupaten Kutai Barat"
    assert demo.province_name == "Kalimantan Timur" and demo.timezone == "WITA"
    assert (demo.held_on, demo.stage) == (data["workshop"]["date"], "bimtek1")
    assert list(demo.facilitators) == data["workshop"]["facilitators"]
    assert list(demo.inputs_by_pillar) == list(PILLARS)
    for pillar in PILLARS:
        assert demo.inputs_by_pillar[pillar] == sum(1 for i in data["inputs"] if i["pillar"] == pillar)
    assert demo.programmes == len(data["programmes"])
    assert demo.participants == len(data["participants"])
    assert demo.attended == sum(1 for p in data["participants"] if p.get("checked_in_local"))
    assert demo.conflicts == 1  # the venue, changed on both laptops

    second = rows[scenario.bimtek2]
    assert second.inputs_by_pillar == {"governance": 2, "branding": 0, "economy": 1, "living": 0, "society": 0,
                                       "environment": 0}
    assert (second.programmes, second.participants, second.attended, second.conflicts) == (2, 3, 2, 0)
    assert second.facilitators == ("Nadia Puspitasari, S.T., M.Sc.",)

    katingan = rows[scenario.katingan]
    assert (katingan.regency_name, katingan.province_name) == ("Kabupaten Katingan", "Kalimantan Tengah")
    assert katingan.inputs == 1 and katingan.programmes == katingan.participants == 0


def test_overview_names_the_laptops_by_their_trusted_keys(scenario):
    rows = {w.id: w for w in overview(scenario.db)}
    demo = {d.device_id: d for d in rows[scenario.demo].devices}
    assert set(demo) == {"laptop-A", "laptop-B"}  # A ran it, B changed its venue
    assert (demo["laptop-A"].label, demo["laptop-B"].label) == (LABEL_A, LABEL_B)
    assert demo["laptop-A"].revisions > 200 and demo["laptop-B"].revisions == 1
    assert not any(d.local for d in demo.values())
    assert [d.device_id for d in rows[scenario.bimtek2].devices] == ["laptop-B"]
    # the last change is the newest revision's clock time, whichever laptop made it
    for w in rows.values():
        newest = scenario.db.scalar("SELECT max(hlc) FROM revision WHERE workshop_id = ?", (w.id,))
        assert w.last_change_ms == unpack(newest)[0]
        assert abs(w.last_change.timestamp() - time.time()) < 3600


def test_overview_marks_this_laptops_own_device(tmp_path):
    with open_database(tmp_path / "own.sqlite3", device_id="laptop-own") as db:
        workshop = make_workshop(db).id
        (row,) = overview(db)
        assert row.id == workshop
        assert [(d.device_id, d.local, d.label) for d in row.devices] == [("laptop-own", True, "")]
        assert row.inputs_by_pillar == dict.fromkeys(PILLARS, 0) and row.conflicts == 0


def test_overview_newest_first_and_by_regency(scenario):
    everything = overview(scenario.db)
    assert [w.held_on for w in everything] == sorted((w.held_on for w in everything), reverse=True)
    kutai = overview(scenario.db, "64.07")
    assert {w.id for w in kutai} == {scenario.demo, scenario.bimtek2}
    assert overview(scenario.db, "53.19") == []
    assert [json.dumps(w.as_json()) for w in kutai]  # plain JSON for `--json` outputs


def test_regencies_with_workshops(scenario):
    assert [tuple(r) for r in regencies_with_workshops(scenario.db)] == [
        ("62.06", "Kabupaten Katingan", "Kalimantan Tengah", 1, "2022-05-10", "2022-05-10"),
        ("64.07", "Kabupaten Kutai Barat", "Kalimantan Timur", 2, "2021-06-17", "2021-08-12"),
    ]


def test_overview_reads_200_workshops_with_a_fixed_number_of_queries(tmp_path):
    """No query per row: the statement count does not grow with the number of workshops."""
    with open_database(tmp_path / "many.sqlite3", device_id="laptop-A") as db:
        def statements() -> int:
            seen: list[str] = []
            db.conn.set_trace_callback(seen.append)
            try:
                started = time.perf_counter()
                rows = overview(db)
                elapsed = time.perf_counter() - started
            finally:
                db.conn.set_trace_callback(None)
            print(f"overview of {len(rows)} workshops: {elapsed * 1000:.1f} ms, {len(seen)} statements")
            return len(seen)

        make_workshop(db)
        few = statements()
        from fgd_app.store.models import Input, Workshop

        with db.transaction() as tx:
            for n in range(199):
                w = tx.insert(Workshop, regency_code=("64.07", "62.06", "53.19")[n % 3], title=f"FGD {n}",
                              held_on=f"2022-{n % 12 + 1:02d}-10", pillars=["governance"])
                for i in range(10):
                    tx.insert(Input, workshop_id=w.id, pillar_key=PILLARS[i % 6], kind="problem", text=f"Masalah {i}")
        assert statements() == few
        rows = overview(db)
        assert len(rows) == 200 and all(sum(w.inputs_by_pillar.values()) in (0, 10) for w in rows)


def test_resolve_regency_by_code_or_name(scenario):
    db = scenario.db
    assert resolve_regency(db, "64.07") == "64.07"
    assert resolve_regency(db, "  kutai   BARAT ") == "64.07"
    assert resolve_regency(db, "Kabupaten Kutai Barat") == "64.07"
    assert resolve_regency(db, "Kota Bogor") == "32.71"
    with pytest.raises(UserError) as ambiguous:
        resolve_regency(db, "Bogor")
    assert ambiguous.value.code == "regency.ambiguous" and "Kota Bogor" in ambiguous.value.message("en")
    with pytest.raises(UserError) as unknown:
        resolve_regency(db, "Kutai Tengah")
    assert unknown.value.code == "regency.not_found"
    assert "Kutai Tengah" in unknown.value.message("id")


# -- consolidated masterplan ----------------------------------------------------------------------


def _demo_programmes() -> list[str]:
    return [p["name"] for p in _demo_data()["programmes"]]


def test_consolidated_draft_holds_both_fgds_and_cites_them(scenario):
    doc = build_consolidated_masterplan(scenario.db, "64.07", "id")
    text = plain_text(doc)
    # the front part lists both FGDs, oldest first, with their attendance
    sources = next(b for b in doc.blocks if isinstance(b, Table) and b.header[0] == "No")
    assert [row[:3] for row in sources.rows] == [("1", "17 Juni 2021", "Bimtek 1"),
                                                 ("2", "12 Agustus 2021", "Bimtek 2")]
    assert sources.rows[0][3].startswith("FGD Bimtek 1 Penyusunan") and sources.rows[1][3].startswith("FGD Bimtek 2")
    assert sources.rows[0][4] == "37 / 40" and sources.rows[1][4] == "2 / 3"
    assert "konsolidasi 2 FGD" in doc.header_text
    # every programme of both workshops, each citing the FGD it came from
    for name in _demo_programmes():
        assert f"{name} [1]" in text
    for name in B_PROGRAMMES:
        assert f"{name} [2]" in text
    # the problem said in both FGDs is listed once, citing both
    assert text.count(f"{SHARED_PROBLEM} [1, 2]") == 1
    assert "Antrean perizinan usaha masih manual di DPMPTSP [2]" in text
    # a quick win of the second FGD is ranked among the first FGD's
    assert f"{B_PROGRAMMES[0]} [2]" in _section(doc, "1.3 Quick win")
    # the roadmap starts in the year of the first FGD
    roadmap = next(b for b in doc.blocks if isinstance(b, Table) and b.header[1:2] == ("2021",))
    assert roadmap.header[-1] == "2030"
    # the other regency's FGD stays out
    assert "Katingan" not in text


def _section(doc, heading: str) -> str:
    from fgd_app.documents.model import Document, Heading

    start = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Heading) and b.text == heading)
    end = next(i for i, b in enumerate(doc.blocks[start + 1:], start + 1) if isinstance(b, Heading) and b.level <= 2)
    part = Document(title="", lang=doc.lang)
    part.add(*doc.blocks[start:end])
    return plain_text(part)


def test_consolidated_draft_for_one_pillar_in_english(scenario):
    doc = build_consolidated_masterplan(scenario.db, "64.07", "en", pillar="economy")
    text = plain_text(doc)
    assert "Pillar Smart Economy" in text and "Pillar Smart Governance" not in text
    assert f"{B_PROGRAMMES[1]} [2]" in text and "consolidated from 2 FGDs" in text
    assert "A number in square brackets" in text


def test_single_workshop_draft_cites_nothing(scenario):
    text = plain_text(build_masterplan(scenario.db, scenario.bimtek2, "id"))
    assert B_PROGRAMMES[0] in text and "[2]" not in text and "[1]" not in text


def test_consolidated_docx_and_pdf_hold_the_programmes_of_both_fgds(scenario, tmp_path):
    import docx

    written = export_consolidated_masterplan(scenario.db, "64.07", tmp_path / "kubar.docx")
    document = docx.Document(str(written))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    body = "\n".join(texts)
    for name in (*B_PROGRAMMES, *_demo_programmes()[:5]):
        assert name in body
    assert "FGD yang dirangkum" in body and "12 Agustus 2021" in body

    if not shutil.which("pdftotext"):
        pytest.skip("poppler's pdftotext is not installed")
    pdf = export_consolidated_masterplan(scenario.db, "64.07", tmp_path / "kubar.pdf", lang="en", paper="f4")
    plain = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                    check=True).stdout.split())
    for name in (*B_PROGRAMMES, *_demo_programmes()[:5]):
        assert name in plain
    assert "FGDs this draft draws on" in plain and "12 August 2021" in plain and "17 June 2021" in plain


def test_a_regency_without_workshops_is_refused_and_nothing_is_written(scenario, tmp_path):
    target = tmp_path / "none.pdf"
    with pytest.raises(UserError) as err:
        export_consolidated_masterplan(scenario.db, "53.19", target)
    assert err.value.code == "masterplan.no_workshops"
    assert "Kabupaten Manggarai Timur" in err.value.message("id") and "impor" in err.value.message("id")
    assert not target.exists()
    with pytest.raises(UserError) as unknown:
        build_consolidated_masterplan(scenario.db, "99.99")
    assert unknown.value.code == "setup.unknown_regency"
    with pytest.raises(UserError) as pillar:
        build_consolidated_masterplan(scenario.db, "64.07", pillar="tourism")
    assert pillar.value.code == "setup.unknown_pillar"


# -- command line ---------------------------------------------------------------------------------


def test_cli_exports_the_consolidated_draft_by_regency_name(scenario, tmp_path, capsys):
    db_path = scenario.tmp / "coordinator.sqlite3"
    out = tmp_path / "Draf-Kutai-Barat.docx"
    assert main(["--db", str(db_path), "export", "masterplan", "--regency", "Kutai Barat", "-o", str(out)]) == 0
    assert out.stat().st_size > 10_000 and capsys.readouterr().out.strip() == str(out)


@pytest.mark.parametrize(("args", "message"), [
    (["--regency", "Manggarai Timur"], "Belum ada FGD untuk Kabupaten Manggarai Timur"),
    (["--regency", "Bogor"], "cocok dengan lebih dari satu kabupaten/kota"),
    (["01a2", "--regency", "64.07"], "bukan keduanya"),
    ([], "Sebutkan lokakarya yang diekspor"),
])
def test_cli_refuses_with_one_line(scenario, tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.setenv("FGD_APP_LANG", "id")
    db_path = scenario.tmp / "coordinator.sqlite3"
    out = tmp_path / "x.pdf"
    assert main(["--db", str(db_path), "export", "masterplan", *args, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_reading_the_overview_and_the_draft_changes_nothing(scenario):
    from fgd_app.store.replay import dump_hash

    before = dump_hash(scenario.db)
    overview(scenario.db)
    build_consolidated_masterplan(scenario.db, "64.07")
    assert dump_hash(scenario.db) == before
