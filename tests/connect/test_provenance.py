from storyline.connect.duplicates import Stored
from storyline.connect.provenance import Candidate, links
from storyline.connect.sentence_hash import sentence_keys
from storyline.connect.sentences import split
from tests.connect.texts import OTHER, STORY

CRANE = ("The harbour authority of Port Velan closed the northern pier on Tuesday after a crane "
         "collapsed onto a cargo ship.")
TRAM = "The new line will run for eleven kilometres and serve twelve stations."


def stored(key: str, text: str, day: str = "2019-01-17", duplicate_of: str | None = None):
    return Stored(key, text, (day, key), duplicate_of)


def candidates(new_text: str, *sources: Stored) -> dict[int, list[Candidate]]:
    """Every linkable sentence of every source as a candidate of every new sentence."""
    new = split(new_text)
    pool = [Candidate(s, x) for s in sources for x in split(s.text) if x.linkable]
    return {i: pool for i, x in enumerate(new) if x.linkable}


def test_an_exact_sentence_is_a_copy_of_its_source_sentence():
    text = "Opening words of a new page here.\n" + CRANE
    (link,) = links(split(text), candidates(text, stored("wire", STORY)))
    assert text[slice(*link.span)] == CRANE
    assert STORY[slice(*link.source_span)] == CRANE
    assert (link.source_article, link.kind, link.similarity) == ("wire", "copy", 1.0)


def test_synonyms_and_dropped_words_make_a_rewrite():
    spun = ("The port authority of Port Velan shut the northern pier on Tuesday after a crane "
            "fell onto a cargo vessel.")
    (link,) = links(split(spun), candidates(spun, stored("wire", STORY)))
    assert link.kind == "rewrite" and 0.5 < link.similarity < 0.95
    assert STORY[slice(*link.source_span)] == CRANE and link.span == (0, len(spun))


def test_a_merged_sentence_links_each_part_to_its_source():
    merged = CRANE[:-1] + ", and " + TRAM[0].lower() + TRAM[1:]
    found = links(split(merged), candidates(merged, stored("wire", STORY), stored("city", OTHER)))
    assert {x.source_article for x in found} == {"wire", "city"}
    by_source = {x.source_article: x for x in found}
    assert merged[slice(*by_source["wire"].span)].startswith("The harbour authority")
    assert merged[slice(*by_source["city"].span)].endswith("twelve stations")
    assert OTHER[slice(*by_source["city"].source_span)] == TRAM


def test_an_unrelated_sentence_links_to_nothing():
    text = "The city council of Port Velan will meet on Tuesday to discuss the budget for schools."
    assert links(split(text), candidates(text, stored("wire", STORY), stored("city", OTHER))) == []


def test_identical_sources_resolve_to_the_earliest_and_copies_to_their_original():
    text = "A new page starts with this line.\n" + CRANE
    early, late = stored("early", STORY, "2019-01-16"), stored("late", STORY, "2019-01-18")
    (link,) = links(split(text), candidates(text, late, early))
    assert link.source_article == "early"
    # a copy of the original that happens to be a little closer still gives way to it
    closer = stored("copy", STORY.replace("cargo ship", "cargo vessel"), "2019-01-18", "early")
    text = "A new page starts with this line.\n" + CRANE.replace("cargo ship", "cargo vessel")
    (link,) = links(split(text), candidates(text, closer, early))
    assert link.source_article == "early"


def test_keys_are_stable_and_only_for_linkable_sentences():
    sentences = split("Advertisement\n" + CRANE)
    keys = sentence_keys(sentences)
    assert {seq for seq, _ in keys} == {1}
    assert keys == sentence_keys(split("Advertisement\n" + CRANE))
    spun = split("Advertisement\n" + CRANE.replace("closed", "shut"))
    assert set(keys) & set(sentence_keys(spun))  # one synonym swap keeps most keys
