"""Check-in search with 300 participants: the service index alone and the real page.

    .venv/bin/python bench/bench_checkin_search.py

300 participants with Indonesian names (titles, several regions' naming customs),
agencies (OPD) and NIPs are written to a throwaway database. 1,000 queries are what a
facilitator types at the door: the first 1-10 letters of someone's name (70 %), the
start of an agency word (15 %) or the first digits of a NIP (15 %).

- service: `CheckinIndex.search(query)`;
- widget: `search_edit.setText(query)` on a shown `CheckinPage` until its model holds
  the matches and pending events (layout, repaint) are processed, i.e. what a key
  press costs the person typing.

Goal (issue 3): under 50 ms; the index aims for under 2 ms.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import fresh_home, summary_ms  # noqa: E402

PARTICIPANTS = 300
QUERIES = 1000
SEED = 20210617

GIVEN = [
    "Yohanes", "Maria", "Paulus", "Lusia", "Agustinus", "Bernadus", "Yustina", "Emilianus", "Fransiska", "Stefanus",
    "Muhammad", "Siti", "Ahmad", "Nur", "Rina", "Dewi", "Agus", "Budi", "Sri", "Hendra", "Rudy", "Desi", "Wahyu",
    "Andi", "Fitriani", "Rahmat", "Syamsul", "Ma'ruf", "Djoko", "Soetrisno", "Tjahjo", "Made", "Ketut", "Putu",
    "Nyoman", "Ni Luh", "Togar", "Hotman", "Rosmawati", "Daeng", "Achmad", "Yusuf", "Indah", "Novita", "Ratna",
    "Wulan", "Eko", "Bambang", "Slamet", "Suparman", "Aryani", "Natalia", "Kristina", "Ignatius", "Theresia",
]
FAMILY = [
    "Lahang", "Uluq", "Beraq Bilung", "Hanyeq", "Tonang", "Lenjau", "Ajang", "Seriaq", "Luhat", "Ukung", "Ibau",
    "Santoso", "Wijaya", "Saputra", "Kurniawan", "Hidayat", "Nugroho", "Pratama", "Siregar", "Nasution",
    "Simanjuntak", "Hutapea", "Pangaribuan", "Rahman", "Hasanuddin", "Mappanyukki", "Pakpahan", "Wibowo",
    "Setiawan", "Susilo", "Soesilo", "Gunawan", "Purnomo", "Suryadi", "Rusdi", "Baharuddin", "Tanoto", "Lumban Gaol",
]
TITLES_BEFORE = ["", "", "", "", "Ir.", "Dr.", "Dra.", "Drs.", "H.", "Hj.", "dr."]
TITLES_AFTER = ["", "", "", ", S.Kom.", ", S.T.", ", S.Sos.", ", M.Si.", ", S.E., M.M.", ", S.H.", ", S.IP.", ", M.T."]
OPDS = [
    "Bappelitbangda", "Diskominfo SP", "Dinas Kesehatan", "Dinas Pendidikan dan Kebudayaan", "Dinas Pariwisata",
    "Dinas Perhubungan", "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil", "BPBD",
    "Dinas Penanaman Modal dan PTSP", "Dinas Koperasi dan UKM", "Dinas Sosial", "Inspektorat", "BPKAD",
    "Sekretariat Daerah", "RSUD Harapan Insan Sendawar", "Satpol PP", "Kecamatan Barong Tongkok",
    "Kecamatan Melak", "Universitas Mulawarman", "Bank Kaltimtara", "Polres Kutai Barat", "DPRD",
]
POSITIONS = ["Kepala Dinas", "Sekretaris", "Kepala Bidang", "Kepala Seksi", "Analis Kebijakan", "Pranata Komputer",
             "Staf", "Camat", "Dosen", "Direktur"]


def make_people(rng: random.Random) -> list[dict]:
    people = []
    for _ in range(PARTICIPANTS):
        core = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        title = rng.choice(TITLES_BEFORE)
        name = f"{title + ' ' if title else ''}{core}{rng.choice(TITLES_AFTER)}"
        civil_servant = rng.random() < 0.7
        nip = (f"{rng.randint(1965, 1998)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
               f"{rng.randint(1990, 2022)}{rng.randint(1, 12):02d}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"
               if civil_servant else "")
        people.append(dict(name=name, core=core, institution=rng.choice(OPDS), position=rng.choice(POSITIONS),
                           nip=nip, gender=rng.choice("LP")))
    return people


def make_queries(rng: random.Random, people: list[dict]) -> list[str]:
    queries = []
    for _ in range(QUERIES):
        person = rng.choice(people)
        roll = rng.random()
        if roll < 0.7 or (roll >= 0.85 and not person["nip"]):
            text = person["core"]
            queries.append(text[: rng.randint(1, min(10, len(text)))])
        elif roll < 0.85:
            word = rng.choice(person["institution"].split())
            queries.append(word[: rng.randint(1, len(word))])
        else:
            queries.append(person["nip"][: rng.randint(4, 10)])
    return queries


def measure_service(db, workshop_id: str, queries: list[str]) -> tuple[dict, float]:
    from fgd_app.services.checkin import CheckinIndex

    start = time.perf_counter()
    index = CheckinIndex.build(db, workshop_id)
    build_ms = (time.perf_counter() - start) * 1000
    samples = []
    for query in queries:
        start = time.perf_counter()
        index.search(query)
        samples.append(time.perf_counter() - start)
    return summary_ms(samples), build_ms


def measure_widget(db, workshop_id: str, queries: list[str]) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from fgd_app.services.checkin import CheckinIndex
    from fgd_app.ui.checkin_page import CheckinPage
    from fgd_app.ui.feedback import Feedback

    app = QApplication.instance() or QApplication([sys.argv[0]])
    page = CheckinPage(db, Feedback())
    page.ui.resize(1100, 700)
    page.ui.show()
    page.set_workshop(workshop_id)
    app.processEvents()
    reference = CheckinIndex.build(db, workshop_id)
    samples = []
    for query in queries:
        expected = len(reference.search(query))
        start = time.perf_counter()
        page.ui.search_edit.setText(query)
        while page.model.rowCount() != expected:  # the model updates synchronously; guard anyway
            app.processEvents()
        app.processEvents()  # layout and repaint of the list, as after a real key press
        samples.append(time.perf_counter() - start)
        page.ui.search_edit.clear()
        app.processEvents()
    page.ui.close()
    return summary_ms(samples)


def run() -> dict:
    from fgd_app.store.database import open_database
    from fgd_app.store.models import Participant, Workshop

    home = fresh_home()
    rng = random.Random(SEED)
    people = make_people(rng)
    queries = make_queries(rng, people)
    with open_database(home / "checkin.sqlite3") as db:
        with db.transaction() as tx:
            workshop_id = tx.insert(Workshop, regency_code="64.07", title="Bench check-in", held_on="2021-06-17").id
            for p in people:
                tx.insert(Participant, workshop_id=workshop_id, name=p["name"], institution=p["institution"],
                          position=p["position"], nip=p["nip"], gender=p["gender"])
        service, build_ms = measure_service(db, workshop_id, queries)
        widget = measure_widget(db, workshop_id, queries)
    result = {"participants": PARTICIPANTS, "queries": QUERIES, "index_build_ms": build_ms,
              "service": service, "widget": widget}
    print(f"check-in search, {PARTICIPANTS} participants, {QUERIES} typed prefixes: "
          f"index build {build_ms:.2f} ms | service median {service['median']:.3f} ms p99 {service['p99']:.3f} ms | "
          f"widget median {widget['median']:.2f} ms p99 {widget['p99']:.2f} ms (goal < 50 ms)", flush=True)
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
