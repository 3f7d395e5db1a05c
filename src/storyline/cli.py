"""The `storyline` command: a thin layer over runner, store.queries and the model."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from storyline.read.sources import iter_input_files
from storyline.render import render_article
from storyline.runner import ReadOptions, RunReport, extract_records, ingest, process
from storyline.store import export as exports
from storyline.store import queries, stories, story_queries
from storyline.store.db import DEFAULT_DB, StoreError, open_store

out = Console(highlight=False)
if not out.is_terminal:  # piped output: wide enough for a table row per event
    out = Console(highlight=False, width=160)
err = Console(stderr=True, highlight=False)

DATE = click.DateTime(formats=["%Y-%m-%d"])


def _iso(value: dt.datetime | None) -> str | None:
    return value.date().isoformat() if value else None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="The DuckDB store file.")
@click.version_option(package_name="storyline")
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """Storyline: who did what to whom, who said what, with the sentence that says so."""
    ctx.obj = {"db": db}


def _user_actors(_ctx, _param, value: str | None):
    if value is None:
        return None
    from storyline.understand.user_actors import UserActorsError, load_user_actors

    try:
        return load_user_actors(value)
    except UserActorsError as error:
        raise click.BadParameter(str(error)) from error


def read_options(f):
    f = click.option("--actors", "user_actors", callback=_user_actors,
                     type=click.Path(exists=True, dir_okay=False),
                     help="Your own actors: a CSV file with columns name, country, sector, "
                          "kind, aliases ('|'-separated), start, end; they win over the "
                          "shipped dictionary.")(f)
    f = click.option("--outlet", help="Outlet name for every input (overrides metadata).")(f)
    f = click.option("--url", help="Source URL for every input (overrides metadata).")(f)
    f = click.option("--date", type=DATE,
                     help="Publication date YYYY-MM-DD for every input (overrides metadata).")(f)
    return f


@main.command()
@click.argument("paths", nargs=-1, required=True)
@read_options
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes for reading and understanding.")
@click.option("--replace", is_flag=True, help="Re-write articles already in the store.")
@click.pass_obj
def run(obj: dict, paths: tuple[str, ...], date, url, outlet, user_actors, workers: int,
        replace: bool) -> None:
    """Read, understand and store every article in PATHS (files, folders, globs)."""
    options = ReadOptions(date=_iso(date), url=url, outlet=outlet)
    files = list(iter_input_files(paths))
    con = _open(obj["db"])
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        task = progress.add_task("files", total=len(files))
        items = process(files, options, workers=workers, actors=user_actors,
                        on_file=lambda _p: progress.advance(task))
        report = ingest(con, _counted(items, progress), replace=replace)
    stories.backfill(con)  # articles the writer left without a story (none once it assigns)
    _print_run_report(report, obj["db"], con)
    con.close()
    if report.nothing_read:
        raise SystemExit(1)


def _counted(items, progress: Progress):
    """Pass items on, counting them: one WARC or JSON Lines file may hold thousands."""
    task = progress.add_task("items stored", total=None)
    for item in items:
        yield item
        progress.advance(task)


def _print_run_report(report: RunReport, db: str, con) -> None:
    for rejected in report.rejected:
        where = rejected.source.path or rejected.source.url or "?"
        line = f":{rejected.source.line}" if rejected.source.line else ""
        err.print(f"[yellow]rejected[/] {where}{line}: {rejected.reason}", markup=True,
                  highlight=False)
    out.print(
        f"{report.articles} articles ({report.new} new, {report.unchanged} unchanged, "
        f"{report.replaced} replaced), {len(report.rejected)} rejected, "
        f"{sum(report.events.values())} events, {report.quotes} quotes -> {db}"
    )
    totals = queries.summary(con)
    out.print(f"store: {totals['articles']} articles, {totals['events']} events, "
              f"{totals['quotes']} quotes, {totals['actors']} actors, "
              f"{totals['rejected']} rejected inputs")
    if totals["events_by_type"]:
        out.print("events by type: " + ", ".join(
            f"{row['type']} {row['n']}" for row in totals["events_by_type"]))
    if totals["top_actors"]:
        out.print("top actors: " + ", ".join(
            f"{row['name']} ({row['country'] or '?'}, {row['mentions']})"
            for row in totals["top_actors"]))


@main.command()
@click.argument("paths", nargs=-1, required=True)
@read_options
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64))
def extract(paths: tuple[str, ...], date, url, outlet, user_actors, workers: int) -> None:
    """Print the article record of every input as JSON Lines, without touching a store."""
    options = ReadOptions(date=_iso(date), url=url, outlet=outlet)
    read_any = False
    for record in extract_records(paths, options, workers=workers, actors=user_actors):
        read_any = read_any or "rejected" not in record
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    if not read_any:
        raise SystemExit(1)


def _open(db: str, read_only: bool = False):
    try:
        return open_store(db, read_only=read_only)
    except StoreError as error:
        raise click.ClickException(str(error)) from error


def listing_options(f):
    f = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                     default="table", show_default=True, help="Output format.")(f)
    f = click.option("--limit", type=click.IntRange(1), default=None, help="At most N rows.")(f)
    f = click.option("--article", help="Only this article (id or id prefix).")(f)
    f = click.option("--until", type=DATE, help="Up to this date (YYYY-MM-DD).")(f)
    f = click.option("--since", type=DATE, help="From this date (YYYY-MM-DD).")(f)
    f = click.option("--type", "type_", help="PLOVER event type, e.g. COERCE.")(f)
    f = click.option("--country", help="ISO-3 country code of an actor, e.g. CAN.")(f)
    f = click.option("--actor", help="Actor name (substring) or code.")(f)
    return f


def _filters(actor, country, type_, since, until, article, limit) -> queries.Filters:
    return queries.Filters(
        actor=actor, country=country, type=type_, article=article, limit=limit,
        since=since.date() if since else None, until=until.date() if until else None,
    )



def _read(db: str, query, *args):
    """Run one store query on a read-only connection; an ambiguous id prefix is a usage error."""
    con = _open(db, read_only=True)
    try:
        return query(con, *args)
    except queries.AmbiguousId as error:
        raise click.ClickException(str(error)) from error
    finally:
        con.close()


def _listing(name: str, query, table_columns: list[str]):
    @main.command(name=name, help=f"List the stored {name} (filters combine with AND).")
    @listing_options
    @click.pass_obj
    def command(obj, actor, country, type_, since, until, article, limit, fmt):
        rows = _read(obj["db"], query, _filters(actor, country, type_, since, until, article,
                                                limit))
        _print_rows(rows, fmt, table_columns)

    return command


def _event_cells(row: dict) -> dict:
    flags = [f for f in ("negated", "hypothetical") if row.get(f)]
    return {
        **row,
        "article": row["article_id"][:8],
        "date": row["date"],
        "event": row["type"] + (f"/{row['mode']}" if row.get("mode") else ""),
        "source": _who(row["source_name"], row["source_code"] or row["source_country"]),
        "target": _who(row["target_name"], row["target_code"] or row["target_country"]),
        "flags": ",".join(flags),
        "evidence": row["sentence"],
    }


def _who(name: str | None, code: str | None) -> str:
    return f"{name} ({code})" if name and code else name or ""


events = _listing("events", queries.query_events,
                  ["article", "date", "event", "source", "target", "flags", "evidence"])
quotes = _listing("quotes", queries.query_quotes,
                  ["article_id", "speaker_name", "kind", "cue", "text"])
actors = _listing("actors", queries.query_actors,
                  ["name", "kind", "country", "sector", "code", "articles", "mentions"])
articles = _listing("articles", queries.query_articles,
                    ["id", "published", "outlet", "title", "duplicate_of", "events", "quotes"])


def _print_rows(rows: list[dict], fmt: str, table_columns: list[str]) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, default=str, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else [])
        writer.writeheader()
        writer.writerows(rows)
    else:
        out.print(_table(rows, table_columns))


def _table(rows: list[dict], columns: list[str]) -> Table | str:
    if not rows:
        return "(nothing)"
    if "evidence" in columns:
        rows = [_event_cells(row) for row in rows]
    table = Table(show_lines=False, header_style="bold", expand=True)
    for name in columns:
        wide = name in ("evidence", "text", "title")
        table.add_column(name, overflow="fold", ratio=1 if wide else None,
                         no_wrap=name in ("article", "article_id", "id", "date", "kind"))
    for row in rows:
        table.add_row(*(_cell(row.get(name), name) for name in columns))
    return table


def _cell(value, name: str) -> str:
    text = "" if value is None else str(value)
    if name in ("article_id", "id"):
        return text[:8]
    return text if len(text) <= 240 else text[:237] + "..."


@main.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="Print the stored record as JSON.")
@click.pass_obj
def show(obj: dict, article_id: str, as_json: bool) -> None:
    """Show one article with its events and quotes marked in the text."""
    record = _read(obj["db"], queries.get_record, article_id)
    if record is None:
        raise click.ClickException(f"no article with id {article_id!r}")
    if as_json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
    else:
        out.print(render_article(record))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="jsonl",
              show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), default="-",
              help="File to write (default: standard output; parquet needs a file).")
@click.pass_obj
def export(obj: dict, fmt: str, output: str) -> None:
    """Write every stored article record (OUTPUT.md), with its story and duplicate links."""
    if fmt == "parquet" and output == "-":
        raise click.UsageError("--format parquet needs --output FILE")
    con = _open(obj["db"], read_only=True)
    try:
        if fmt == "parquet":
            n = exports.write_parquet(con, output)
            err.print(f"{n} records -> {output}")
        elif output == "-":
            _write_jsonl(exports.iter_records(con), sys.stdout)
        else:
            with Path(output).open("w", encoding="utf-8") as stream:
                _write_jsonl(exports.iter_records(con), stream)
    finally:
        con.close()


def _write_jsonl(records, stream) -> None:
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def format_option(f):
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                        default="table", show_default=True, help="Output format.")(f)


@main.command(name="stories")
@click.option("--since", type=DATE, help="Stories still running on or after this date.")
@click.option("--until", type=DATE, help="Stories begun on or before this date.")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most N rows.")
@format_option
@click.pass_obj
def stories_command(obj: dict, since, until, limit, fmt: str) -> None:
    """List the stories, the latest first: articles (copies included) and events (once)."""
    rows = _read(obj["db"], lambda con: story_queries.list_stories(
        con, since=since.date() if since else None, until=until.date() if until else None,
        limit=limit))
    _print_rows(rows, fmt, ["id", "title", "articles", "events", "first", "last"])


@main.command()
@click.argument("story")
@format_option
@click.pass_obj
def timeline(obj: dict, story: str, fmt: str) -> None:
    """A story's events by date, each once, with its evidence and every source (copies too)."""
    rows = _read(obj["db"], story_queries.timeline, story)
    if not rows and fmt == "table":
        raise click.ClickException(f"no story with id {story!r} (or it has no events)")
    if fmt == "csv":  # one cell for the sources
        rows = [{**r, "sources": " ".join(s["article"] for s in r["sources"])} for r in rows]
    _print_rows(rows, fmt, ["date", "event", "source", "target", "goldstein", "articles",
                            "article", "evidence"])


@main.command()
@click.argument("a")
@click.argument("b")
@click.option("--since", type=DATE, help="From this day (YYYY-MM-DD).")
@click.option("--until", type=DATE, help="Up to this day (YYYY-MM-DD).")
@click.option("--both", is_flag=True, help="Count events from B to A as well.")
@format_option
@click.pass_obj
def dyads(obj: dict, a: str, b: str, since, until, both: bool, fmt: str) -> None:
    """Relations over time: per day, the events from actor A to actor B and their Goldstein
    sum (A and B: a name substring, an actor code or an ISO-3 country)."""
    rows = _read(obj["db"], story_queries.dyads, story_queries.Dyad(
        a, b, since=since.date() if since else None, until=until.date() if until else None,
        both=both))
    _print_rows(rows, fmt, ["day", "events", "goldstein"])


if __name__ == "__main__":
    main()
