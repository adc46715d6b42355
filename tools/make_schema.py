"""Regenerate docs/workshop.schema.json from the table models.

    .venv/bin/python tools/make_schema.py

A test fails when the committed schema differs from what this writes.
"""

from pathlib import Path

from fgd_app.services.json_io import schema_text

TARGET = Path(__file__).resolve().parents[1] / "docs" / "workshop.schema.json"

if __name__ == "__main__":
    TARGET.write_text(schema_text(), "utf-8")
    print(TARGET)
