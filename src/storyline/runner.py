"""The library calls behind `storyline run` and `storyline extract` (and the API later)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import duckdb

from storyline.model import Rejected
from storyline.pipeline import Item, default_steps, make_executor
from storyline.read.sources import iter_input_files, read_file
from storyline.store.writes import write_article, write_rejected


@dataclass
class ReadOptions:
    date: str | None = None
    url: str | None = None
    outlet: str | None = None


@dataclass
class RunReport:
    files: int = 0
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    events: Counter = field(default_factory=Counter)
    quotes: int = 0

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.replaced

    @property
    def nothing_read(self) -> bool:
        return self.articles == 0


def read_items(files: Iterable[Path], options: ReadOptions,
               on_file: Callable[[Path], None] | None = None) -> Iterator[Item]:
    """Stream the items of every file; on_file is called after each file is read."""
    for path in files:
        yield from read_file(path, date=options.date, url=options.url, outlet=options.outlet)
        if on_file:
            on_file(path)


def process(files: Iterable[Path], options: ReadOptions | None = None, *, workers: int = 1,
            on_file: Callable[[Path], None] | None = None, actors: tuple | None = None
            ) -> Iterator[Item]:
    """Read and understand every article in files: a stream of Article | Rejected.
    actors: a user's own actors (understand.user_actors.load_user_actors)."""
    items = read_items(files, options or ReadOptions(), on_file)
    return make_executor(workers).run(items, understand_steps(actors))


def understand_steps(actors: tuple | None) -> list:
    if not actors:
        return default_steps()
    from storyline.understand.annotate import understand

    return [partial(understand, actors=actors)]  # a partial of a module function pickles


def ingest(con: duckdb.DuckDBPyConnection, items: Iterable[Item], *, replace: bool = False
           ) -> RunReport:
    """Store a processed stream, one transaction per article, and report what happened."""
    report = RunReport()
    for item in items:
        if isinstance(item, Rejected):
            write_rejected(con, item)
            report.rejected.append(item)
            continue
        try:
            outcome = write_article(con, item, replace=replace)
        except duckdb.Error as err:  # rolled back; keep the run going and say why
            rejected = Rejected(reason=f"could not store: {err}"[:500], source=item.source)
            write_rejected(con, rejected)
            report.rejected.append(rejected)
            continue
        setattr(report, outcome, getattr(report, outcome) + 1)
        report.events.update(e.type for e in item.events)
        report.quotes += len(item.quotes)
    return report


def extract_records(paths: Iterable[str], options: ReadOptions | None = None, *,
                    workers: int = 1, actors: tuple | None = None) -> Iterator[dict]:
    """OUTPUT.md records (dicts) for every input item, without a store."""
    for item in process(iter_input_files(paths), options, workers=workers, actors=actors):
        yield item.to_record()
