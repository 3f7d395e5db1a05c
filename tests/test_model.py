import jsonschema

from storyline.model import Article, Source, article_id
from tests.factories import make_article


def test_article_id_is_stable_and_depends_on_source_and_text():
    src = Source(path="a.txt")
    assert article_id(src, "Some  text\n") == article_id(src, "Some text")
    assert article_id(src, "Some text") != article_id(src, "Other text")
    assert article_id(Source(path="b.txt"), "Some text") != article_id(src, "Some text")
    assert article_id(Source(url="http://x/1", path="a"), "t") == article_id(
        Source(url="http://x/1", path="b"), "t")


def test_record_round_trips_and_validates_against_json_schema():
    record = make_article().to_record()
    assert record["schema"] == "storyline.article/1"
    assert set(record) >= {"id", "source", "title", "byline", "credit", "published", "text",
                           "removed", "actors", "times", "places", "events", "quotes",
                           "duplicate_of", "links", "patchwork", "story"}
    schema = Article.model_json_schema(by_alias=True)
    jsonschema.validate(record, schema)
    assert Article.model_validate(record).to_record() == record


def test_schema_rejects_unknown_event_type():
    record = make_article().to_record()
    record["events"][0]["type"] = "GOSSIP"
    schema = Article.model_json_schema(by_alias=True)
    try:
        jsonschema.validate(record, schema)
    except jsonschema.ValidationError:
        return
    raise AssertionError("an unknown PLOVER type validated")


def test_merged_event_evidence_is_in_the_schema_and_the_stored_record(tmp_path):
    from storyline.model import Evidence
    from storyline.store.db import open_store
    from storyline.store.queries import get_record
    from storyline.store.writes import write_article

    article = make_article()
    first = article.events[0]
    further = Evidence(sentence=first.sentence, span=first.span, trigger="threat")
    article.events[0] = first.model_copy(update={"more_evidence": [further]})
    record = article.to_record()
    assert record["events"][0]["more_evidence"] == [
        {"sentence": first.sentence, "span": list(first.span), "trigger": "threat"}]
    jsonschema.validate(record, Article.model_json_schema(by_alias=True))
    assert Article.model_validate(record).to_record() == record
    con = open_store(tmp_path / "s.duckdb")
    try:
        write_article(con, article)
        stored = get_record(con, article.id)
    finally:
        con.close()
    assert stored["events"][0]["more_evidence"] == record["events"][0]["more_evidence"]
