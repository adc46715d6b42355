"""A coordinator's database made the real way: two laptops' bundles imported and merged.

Laptop A runs the Kutai Barat demo (Bimtek 1). Laptop B imports A's bundle, runs its own
Kutai Barat Bimtek 2 and a Katingan FGD, and changes the demo's venue while A changes it
too (a conflict). The coordinator imports both laptops' bundles, trusting their keys.
Shared by the service and the UI tests of the coordinator view.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fgd_app.services.checkin import check_in
from fgd_app.services.demo import ensure_demo
from fgd_app.services.workshop_setup import update_workshop
from fgd_app.store.database import Database, open_database
from fgd_app.store.models import Programme
from fgd_app.sync.exporter import export_bundle
from fgd_app.sync.importer import import_file
from fgd_app.sync.keys import device_key
from tests.helpers import add_input, add_participant, make_workshop

# Said in both Kutai Barat FGDs (spacing and case differ): the consolidated draft lists it once.
SHARED_PROBLEM = ("Layanan PATEN di kantor kecamatan belum berjalan penuh karena internet sering putus dan petugas "
                  "harus mencari sinyal di titik tertentu untuk mengunggah berkas.")
B_PROGRAMMES = ("Mal Pelayanan Publik Digital Sendawar", "Pasar Kampung Daring Kutai Barat")
LABEL_A, LABEL_B = "Fasilitator A (Sendawar)", "Fasilitator B (Tenaga Ahli)"


@dataclass
class Scenario:
    db: Database  # the coordinator's
    demo: str  # laptop A's Bimtek 1
    bimtek2: str  # laptop B's Kutai Barat Bimtek 2
    katingan: str  # laptop B's Katingan FGD
    tmp: Path


def build(tmp: Path) -> Scenario:
    keys = {name: device_key(tmp / f"key-{name}") for name in ("A", "B", "C")}
    a = open_database(tmp / "a.sqlite3", device_id="laptop-A")
    b = open_database(tmp / "b.sqlite3", device_id="laptop-B")
    coordinator = open_database(tmp / "coordinator.sqlite3", device_id="laptop-C")
    try:
        demo, _ = ensure_demo(a)
        export_bundle(a, tmp / "a1.fgdb", key=keys["A"])
        import_file(b, tmp / "a1.fgdb", key=keys["B"], trust_signer=True, signer_label="A")
        bimtek2 = make_workshop(b, regency_code="64.07", title="FGD Bimtek 2 Review Buku 1 Kutai Barat",
                                held_on="2021-08-12", stage="bimtek2", status="closed",
                                pillars=["governance", "economy"], facilitators=["Nadia Puspitasari, S.T., M.Sc."]).id
        said_again = "  " + SHARED_PROBLEM.lower().replace(" internet ", "  internet ") + " "
        source = add_input(b, bimtek2, said_again)
        add_input(b, bimtek2, "Antrean perizinan usaha masih manual di DPMPTSP", kind="problem")
        market = add_input(b, bimtek2, "Pasar kampung belum punya kanal jual daring", pillar_key="economy",
                           element_key="economy.transaction", kind="potential")
        with b.transaction() as tx:
            tx.insert(Programme, workshop_id=bimtek2, pillar_key="governance", element_key="governance.service",
                      name=B_PROGRAMMES[0], horizon="quick_win", lead_opd="DPMPTSP", supporting_opds=["Diskominfo"],
                      target_year=2022, impact=5, feasibility=4, input_ids=[source.id])
            tx.insert(Programme, workshop_id=bimtek2, pillar_key="economy", element_key="economy.transaction",
                      name=B_PROGRAMMES[1], horizon="medium", lead_opd="Dinas Perdagangan", target_year=2025,
                      input_ids=[market.id])
        people = [add_participant(b, bimtek2, name).id for name in ("Yohanes Lung", "Maria Ding", "Petrus Ajang")]
        for person in people[:2]:
            check_in(b, person)
        katingan = make_workshop(b, regency_code="62.06", title="FGD Bimtek 1 Katingan", held_on="2022-05-10").id
        add_input(b, katingan, "Blank spot di hulu Sungai Katingan")
        # both laptops change the demo's venue: one conflict for the coordinator
        update_workshop(a, demo, venue="Aula Bappelitbangda, Sendawar")
        update_workshop(b, demo, venue="Hotel Sendawar")
        export_bundle(a, tmp / "a2.fgdb", key=keys["A"])
        export_bundle(b, tmp / "b.fgdb", key=keys["B"])
        import_file(coordinator, tmp / "a2.fgdb", key=keys["C"], trust_signer=True, signer_label=LABEL_A)
        import_file(coordinator, tmp / "b.fgdb", key=keys["C"], trust_signer=True, signer_label=LABEL_B)
    except BaseException:
        coordinator.close()
        raise
    finally:
        a.close()
        b.close()
    return Scenario(coordinator, demo, bimtek2, katingan, tmp)
