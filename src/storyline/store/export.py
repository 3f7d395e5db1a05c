"""Exports of the stored article records (OUTPUT.md) as JSON Lines or Parquet.

The record stored with an article is the one written at ingest; the linking fields that can
change later are filled from the tables: ``duplicate_of`` (copies are re-pointed when an
earlier copy arrives), ``patchwork`` and ``story``.
Parquet is written by DuckDB (COPY ... TO ... (FORMAT parquet)) with one column per record
field, typed from the model (model.Article), so the file's schema does not depend on the data.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterator
from pathlib import Path

import duckdb
from pydantic import BaseModel

from storyline.model import Article
from storyline.store.story_queries import has_stories

_SCALARS = {str: "VARCHAR", int: "BIGINT", float: "DOUBLE", bool: "BOOLEAN"}


def _records_sql(con: duckdb.DuckDBPyConnection) -> str:
    story = ("coalesce((SELECT story_id FROM story_articles sa WHERE sa.article_id = a.id),"
             " a.story)") if has_stories(con) else "a.story"
    return (
        "SELECT json_merge_patch(a.record, json_object('duplicate_of', a.duplicate_of,"
        f" 'patchwork', a.patchwork, 'story', {story})) AS record"
        " FROM articles a ORDER BY a.ingested_at, a.id"
    )


def iter_records(con: duckdb.DuckDBPyConnection) -> Iterator[dict]:
    """Every stored record with its linking fields filled, in ingestion order."""
    cur = con.execute(_records_sql(con))
    while batch := cur.fetchmany(256):
        for (record,) in batch:
            yield json.loads(record)


def _duck_type(annotation) -> object:
    """The JSON structure (json_transform's) of a model field's type."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return _duck_type(inner[0])
    if origin is typing.Literal:
        return "VARCHAR"
    if origin is list:
        return [_duck_type(args[0])]
    if origin is tuple:  # a span
        return [_duck_type(args[0])]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {(f.alias or name): _duck_type(f.annotation)
                for name, f in annotation.model_fields.items()}
    return _SCALARS[annotation]


def record_structure() -> str:
    return json.dumps(_duck_type(Article))


def write_parquet(con: duckdb.DuckDBPyConnection, path: str | Path) -> int:
    """Write every record to a Parquet file; returns the number of records."""
    shape = record_structure().replace("'", "''")
    target = str(path).replace("'", "''")
    con.execute(f"COPY (SELECT unnest(json_transform(record, '{shape}')) FROM "
                f"({_records_sql(con)})) TO '{target}' (FORMAT parquet)")
    return con.execute(f"SELECT count(*) FROM read_parquet('{target}')").fetchone()[0]
