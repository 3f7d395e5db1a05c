"""Opening the store: one DuckDB file, created with its tables on first use."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from storyline.store import link_index, sentence_index, stories
from storyline.store.schema import SCHEMA_VERSION, TABLES

DEFAULT_DB = "storyline.duckdb"
# A writer runs one article's small transactions at a time: one thread and a bounded buffer
# pool are enough, and they keep a run's memory flat (-46 MB over 400 articles, measured).
# A store of tens of thousands of articles needs more for its link indexes: set
# STORYLINE_DB_MEMORY (e.g. 2GB). Readers keep DuckDB's defaults for fast scans.
DB_MEMORY = "128MB"


def _writer_settings() -> tuple[str, ...]:
    memory = os.environ.get("STORYLINE_DB_MEMORY", DB_MEMORY)
    if not memory.replace(".", "").isalnum():
        raise StoreError(f"STORYLINE_DB_MEMORY must look like 512MB or 2GB, not {memory!r}")
    return ("SET threads = 1", f"SET memory_limit = '{memory}'")


class StoreError(RuntimeError):
    """The store cannot be opened or is of another schema version."""


def open_store(
    path: str | Path = DEFAULT_DB, *, read_only: bool = False
) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the store at path."""
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(f"no store at {path}: run `storyline run PATH` first")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as err:
        raise StoreError(f"cannot open store {path}: {err}") from err
    if not read_only:
        for setting in _writer_settings():
            con.execute(setting)
        con.execute(TABLES)
        con.execute(
            "INSERT INTO meta VALUES ('schema_version', ?) ON CONFLICT DO NOTHING",
            [str(SCHEMA_VERSION)],
        )
    version = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if version and int(version[0]) != SCHEMA_VERSION:
        raise StoreError(f"store {path} has schema version {version[0]}, expected {SCHEMA_VERSION}")
    if not read_only:
        link_index.ensure(con)
        sentence_index.ensure(con)
        stories.ensure_story_tables(con)
    return con
