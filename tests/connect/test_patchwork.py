from storyline.connect.patchwork import assess
from storyline.connect.sentences import split
from storyline.model import SourceLink

A = "Ministers from both countries met in the capital to discuss a new trade agreement on grain."
B = "The ministers agreed to lower tariffs on grain and fertiliser over the next three years."
C = "Farmers' groups welcomed the trade agreement but warned that grain prices could fall."
D = "Negotiators will meet again in March to settle the remaining questions on fertiliser."
TEASER = "Famous singer cancels stadium concert tour after vocal injury"


def link(text: str, part: str, source: str) -> SourceLink:
    start = text.index(part)
    return SourceLink(span=(start, start + len(part)), source_article=source,
                      source_span=(0, len(part)), kind="copy", similarity=1.0)


def test_sentences_from_two_stories_make_a_patchwork():
    text = f"{A} {B}\n\n{TEASER}\n\n{C} {D}"
    links = [link(text, A, "s1"), link(text, B, "s1"), link(text, C, "s2"), link(text, D, "s2")]
    found = assess(text, split(text), links, {})
    assert found.sources == 2 and 0.8 < found.score < 1.0  # the teaser is not linked
    assert [text[a:b] for a, b in found.offtopic] == [TEASER]


def test_a_copy_of_one_story_is_not_a_patchwork_even_through_its_duplicates():
    text = f"{A} {B} {C} {D}"
    links = [link(text, A, "s1"), link(text, B, "s1"), link(text, C, "copy-of-s1")]
    found = assess(text, split(text), links, {"copy-of-s1": "s1"})
    assert (found.score, found.sources) == (0.0, 1)


def test_one_borrowed_background_sentence_does_not_make_a_patchwork():
    long_text = " ".join([A, B, C, D] * 3)
    sentences = split(long_text)
    links = [SourceLink(span=s.span, source_article="s2" if i == 11 else "s1",
                        source_span=s.span, kind="copy", similarity=1.0)
             for i, s in enumerate(sentences)]
    found = assess(long_text, sentences, links, {})
    assert (found.score, found.sources) == (0.0, 1)


def test_unrelated_sentences_inside_a_paragraph_are_not_flagged():
    text = f"{A} {TEASER}. {B} {C} {D}"
    assert assess(text, split(text), [], {}).offtopic == []
