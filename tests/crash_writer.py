"""Subprocess for the crash test: writes inputs one transaction each, forever.

After each commit returns it prints the input's id, so the parent knows exactly which
inputs the app would have shown as saved when it SIGKILLs this process.
"""

import sys

from fgd_app.store.database import open_database
from fgd_app.store.models import Input


def main(db_path: str, workshop_id: str) -> None:
    db = open_database(db_path)
    n = 0
    while True:
        n += 1
        with db.transaction() as tx:
            item = tx.insert(Input, workshop_id=workshop_id, pillar_key="economy", kind="idea",
                             text=f"Masukan ke-{n}: pasar digital untuk UMKM rotan " * 3)
        sys.stdout.write(item.id + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
