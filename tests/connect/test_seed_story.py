"""The sample corpus end to end: its two documents belong to one story.

`storyline run` stores them, then assigns stories to what the writer left unassigned
(store.stories.backfill; once write_article calls assign_story itself, that finds nothing).
"""

import json

from click.testing import CliRunner

from storyline.cli import main


def test_both_sample_documents_land_in_one_story(tmp_path):
    db = str(tmp_path / "sample.duckdb")
    run = CliRunner().invoke(main, ["--db", db, "run", "data/sample"], catch_exceptions=False)
    assert run.exit_code == 0, run.output
    (story,) = json.loads(CliRunner().invoke(main, ["--db", db, "stories", "--format", "json"]
                                             ).output)
    assert story["articles"] == 2
    records = [json.loads(line) for line in
               CliRunner().invoke(main, ["--db", db, "export"]).output.splitlines()]
    assert len(records) == 2 and {r["story"] for r in records} == {story["id"]}
    assert story["title"] == min(records, key=lambda r: r["published"]["date"])["title"]
