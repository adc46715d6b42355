"""SQLite storage through SQLModel: tables, migrations, the revision log, queries.

Nothing here imports Qt. The database path is always passed in.
"""
