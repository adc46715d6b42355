"""Shared fixtures: every test gets its own data dir and SQLite file; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    """No test touches the real user data dir, database or language settings."""
    home = tmp_path / "home"
    monkeypatch.setenv("FGD_APP_HOME", str(home))
    monkeypatch.delenv("FGD_APP_DB", raising=False)
    monkeypatch.setenv("FGD_APP_LANG", "en")
    return home


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "fgd.sqlite3"


@pytest.fixture
def db(db_path):
    from fgd_app.store.database import open_database

    database = open_database(db_path)
    yield database
    database.close()
