"""Only `fgd_app.ui` may import Qt: domain, storage, services and the CLI stay headless.

Complements the import-linter contracts in pyproject.toml (run by `make test`) with a
plain-Python check that also sees imports inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "fgd_app"


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_qt_is_imported_only_in_the_ui_package():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        qt = {m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "shiboken6"}}
        if qt:
            offenders[str(path.relative_to(PACKAGE))] = qt
    assert offenders == {}


def test_core_store_and_services_never_reach_up_into_the_ui():
    for layer in ("core", "store", "services"):
        for path in (PACKAGE / layer).rglob("*.py"):
            assert not any(m.startswith("fgd_app.ui") for m in imported_modules(path)), path


def test_only_the_cli_entry_reaches_the_ui_and_only_lazily():
    source = (PACKAGE / "cli.py").read_text("utf-8")
    top_level = [n for n in ast.parse(source).body if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert not any(getattr(n, "module", "") and n.module.startswith("fgd_app.ui") for n in top_level)
