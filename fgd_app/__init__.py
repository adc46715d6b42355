"""fgd-app: offline Focus Group Discussion tool for Indonesia's Smart City masterplans.

The package is layered so that only `fgd_app.ui` imports Qt: `core` (pure rules and
vocabulary), `store` (SQLite through SQLModel, revision log), `services` (use cases the
GUI and the CLI share) and `cli` (headless entry point).
"""

__version__ = "0.1.0"
