"""The command line, end to end on small invented inputs (reading, understanding, store)."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from storyline.cli import main

FIXTURE = "tests/fixtures/wire_story.txt"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "t.duckdb")


def invoke(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


def test_every_command_has_help():
    for command in ["run", "extract", "events", "quotes", "actors", "articles", "show", "export",
                    "stories", "timeline", "dyads"]:
        result = invoke(command, "--help")
        assert result.exit_code == 0 and "Usage" in result.output


def test_run_stores_and_rerun_changes_nothing(db, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("   \n")
    first = invoke("--db", db, "run", FIXTURE, str(bad), "--date", "2019-03-07")
    assert first.exit_code == 0, first.output
    assert "1 articles (1 new" in first.output and "1 rejected" in first.output
    second = invoke("--db", db, "run", FIXTURE, "--date", "2019-03-07")
    assert "0 new, 1 unchanged" in second.output
    rows = json.loads(invoke("--db", db, "articles", "--format", "json").output)
    assert len(rows) == 1 and rows[0]["title"] == "Ruritania Warns Freedonia Over Detained Traders"


def test_run_fails_only_when_nothing_could_be_read(db, tmp_path):
    bad = tmp_path / "junk.bin"
    bad.write_bytes(bytes(range(256)) * 50)
    result = invoke("--db", db, "run", str(bad))
    assert result.exit_code == 1
    assert "rejected" in result.output


def test_listings_in_every_format(db):
    invoke("--db", db, "run", FIXTURE, "--date", "2019-03-07")
    quotes = json.loads(invoke("--db", db, "quotes", "--format", "json").output)
    assert any("home before the holiday" in q["text"] for q in quotes)
    table = invoke("--db", db, "actors").output
    assert "Anna Koval" in table
    rows = list(csv.DictReader(io.StringIO(invoke("--db", db, "events", "--format", "csv").output)))
    assert all(r["sentence"] for r in rows)
    none = invoke("--db", db, "events", "--type", "AGREE", "--format", "json")
    assert none.output.strip() == "[]"


def test_show_marks_quotes(db):
    invoke("--db", db, "run", FIXTURE, "--date", "2019-03-07")
    article_id = json.loads(invoke("--db", db, "articles", "--format", "json").output)[0]["id"]
    shown = invoke("--db", db, "show", article_id[:8]).output
    assert "«Q1" in shown and "Ruritania Warns Freedonia" in shown
    assert invoke("--db", db, "show", "ffffffffff").exit_code != 0


def test_extract_prints_valid_records_without_a_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    from storyline.model import Article

    result = CliRunner().invoke(main, ["extract", str(__import__("pathlib").Path(
        __file__).parent / "fixtures/wire_story.txt"), "--date", "2019-03-07"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.output.splitlines()]
    assert len(records) == 1
    Article.model_validate(records[0])
    assert records[0]["byline"] == ["Jan Novak"] and records[0]["credit"] == "Reuters"
    assert "Subscribe" not in records[0]["text"]
    assert not list(tmp_path.glob("*.duckdb"))


def test_missing_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "none.duckdb"), "events"])
    assert result.exit_code != 0 and "no store" in result.output


def test_process_pool_run_stores_what_the_in_process_run_stores(tmp_path):
    one, two = str(tmp_path / "one.duckdb"), str(tmp_path / "two.duckdb")
    inputs = [FIXTURE, "data/sample"]
    assert invoke("--db", one, "run", *inputs).exit_code == 0
    assert invoke("--db", two, "run", *inputs, "--workers", "2").exit_code == 0
    exported = [invoke("--db", db, "export").output.splitlines() for db in (one, two)]
    assert len(exported[0]) == 3
    assert sorted(exported[0]) == sorted(exported[1])


def test_actors_option_lays_user_actors_over_the_dictionary(tmp_path, db):
    story = tmp_path / "story.txt"
    story.write_text("Jane Roe said on Monday that the talks with Canada would go on.\n\n"
                     "Roe added that a deal was close.\n")
    actors = tmp_path / "mine.csv"
    actors.write_text("name,country,sector,kind,aliases,start,end\n"
                      "Jane Roe,NZL,GOV,person,,,\n")
    result = invoke("extract", str(story), "--date", "2020-01-01", "--actors", str(actors))
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.output.splitlines()]
    roe = next(a for a in record["actors"] if a["name"] == "Jane Roe")
    assert (roe["country"], roe["code"]) == ("NZL", "NZLGOV")
    result = invoke("--db", db, "run", str(story), "--actors", str(actors))
    assert result.exit_code == 0, result.output


def test_malformed_actors_file_is_a_bad_parameter_with_its_line(tmp_path):
    actors = tmp_path / "mine.csv"
    actors.write_text("name,country,kind\nJane Roe,CAN,person\nJohn Doe,XXX,person\n")
    result = CliRunner().invoke(main, ["extract", "x.txt", "--actors", str(actors)])
    assert result.exit_code == 2
    assert "Invalid value for '--actors'" in result.output
    assert "line 3: country 'XXX'" in result.output


WARNING = """Norway Warns Denmark Over Fishing Boats

OSLO – Norway's foreign minister warned Denmark on Tuesday to release two Norwegian fishing
boats and threatened sanctions if they were not freed.

Danish police seized the boats last week near the island of Bornholm, accusing their crews of
illegal fishing.
"""
SUMMONS = """Norway Summons Danish Ambassador Over Seized Boats

Norway summoned the Danish ambassador on Wednesday over the two seized fishing boats, a day
after Norway warned Denmark against keeping them.

Denmark rejected the Norwegian demand on Wednesday.
"""


def test_stories_timeline_and_dyads(db, tmp_path):
    (tmp_path / "warning.txt").write_text(WARNING)
    (tmp_path / "summons.txt").write_text(SUMMONS)
    assert invoke("--db", db, "run", FIXTURE, "--date", "2019-01-02").exit_code == 0
    assert invoke("--db", db, "run", str(tmp_path / "warning.txt"), "--date",
                  "2019-03-07").exit_code == 0
    assert invoke("--db", db, "run", str(tmp_path / "summons.txt"), "--date",
                  "2019-03-08").exit_code == 0
    rows = json.loads(invoke("--db", db, "stories", "--format", "json").output)
    assert [(r["title"], r["articles"]) for r in rows] == [
        ("Norway Warns Denmark Over Fishing Boats", 2),
        ("Ruritania Warns Freedonia Over Detained Traders", 1)]
    assert {"id", "title", "articles", "events", "first", "last"} == set(rows[0])
    assert rows[0]["id"][:8] in invoke("--db", db, "stories").output
    timeline = json.loads(invoke("--db", db, "timeline", rows[0]["id"], "--format",
                                 "json").output)
    assert len(timeline) == rows[0]["events"] > 0
    assert all(e["sentence"] and e["sources"] for e in timeline)
    csv_rows = list(csv.DictReader(io.StringIO(
        invoke("--db", db, "timeline", rows[0]["id"][:8], "--format", "csv").output)))
    assert len(csv_rows) == len(timeline)
    assert "Norway" in invoke("--db", db, "timeline", rows[0]["id"][:8]).output
    assert invoke("--db", db, "timeline", "ffffffff").exit_code != 0
    days = json.loads(invoke("--db", db, "dyads", "NOR", "DNK", "--both", "--format",
                             "json").output)
    assert days and all({"day", "events", "goldstein"} == set(d) for d in days)
    one_way = json.loads(invoke("--db", db, "dyads", "NOR", "DNK", "--format", "json").output)
    assert sum(d["events"] for d in one_way) <= sum(d["events"] for d in days)
    none = invoke("--db", db, "dyads", "NOR", "DNK", "--since", "2030-01-01", "--format", "json")
    assert none.output.strip() == "[]"


def test_export_fills_story_and_writes_parquet(db, tmp_path):
    invoke("--db", db, "run", FIXTURE, "--date", "2019-03-07")
    (record,) = [json.loads(line) for line in invoke("--db", db, "export").output.splitlines()]
    assert record["story"] == record["id"]  # the first article of a story names it
    target = tmp_path / "records.parquet"
    result = invoke("--db", db, "export", "--format", "parquet", "-o", str(target))
    assert result.exit_code == 0, result.output
    import duckdb

    con = duckdb.connect()
    row = con.execute("SELECT id, story, len(events), source.format FROM read_parquet(?)",
                      [str(target)]).fetchone()
    assert row == (record["id"], record["story"], len(record["events"]), "text")
    assert invoke("--db", db, "export", "--format", "parquet").exit_code != 0
