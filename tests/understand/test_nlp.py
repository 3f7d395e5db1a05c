from storyline.understand.nlp import chunk_text, load_nlp, parse


def test_chunks_join_back_exactly_and_stay_bounded():
    paragraphs = "\n\n".join(f"Paragraph {i} says something about the world." * 8
                             for i in range(200))
    for text in (paragraphs, "word " * 20_000, "x" * 30_000, "", "short text"):
        pieces = chunk_text(text, limit=1_000)
        assert "".join(pieces) == text
        assert all(len(p) <= 2_000 for p in pieces)
    assert all(p.endswith("\n\n") for p in chunk_text(paragraphs, limit=1_000)[:-1])


def test_parse_in_pieces_gives_one_doc_per_text_with_the_same_text():
    long = "\n\n".join(f"Officials in Ruritania met envoys from Freedonia on day {i}."
                       for i in range(600))
    texts = [long, "A short one.", long[:900]]
    docs = list(parse(texts, batch_size=2))
    assert [d.text for d in docs] == texts
    whole = load_nlp()(long)
    assert len(list(docs[0].sents)) == len(list(whole.sents))
    assert [e.text for e in docs[0].ents] == [e.text for e in whole.ents]


def test_sentences_never_cross_blank_lines():
    text = "Connect with us\n\nWorld News\n\nRuritania Warns Freedonia\n\nThe envoy spoke."
    doc = load_nlp()(text)
    assert [s.text.strip() for s in doc.sents] == [
        "Connect with us", "World News", "Ruritania Warns Freedonia", "The envoy spoke."]


def test_columns_and_tables_equal_the_token_attributes():
    from storyline.understand.nlp import children, columns, doc_text, token_starts

    text = "The Ruritanian envoys met officials in Freedonia on Monday.\n\nTalks went on."
    doc = next(parse([text], batch_size=1))
    table = columns(doc)
    assert table.text == [t.text for t in doc]
    assert table.lower == [t.lower_ for t in doc]
    assert table.pos == [t.pos_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    assert table.alpha == [t.is_alpha for t in doc]
    assert table.lemma == [t.lemma_ for t in doc]
    assert table.tag == [t.tag_ for t in doc]
    assert token_starts(doc) == [t.idx for t in doc]
    assert all(children(doc).indices(t.i) == [c.i for c in t.children] for t in doc)
    assert doc_text(doc) == doc.text == text  # parse() gives the text it was handed
    messy = "  Talks\u00a0went  on.\t\n\n \"Yes,\" he said. \r\n"
    doc = next(parse([messy], batch_size=1))
    assert doc_text(doc) == doc.text == messy  # runs of spaces, tabs, NBSP, CRLF


def test_sentence_numbers_count_doc_sents():
    from storyline.understand.nlp import sentence_numbers

    text = "The envoy spoke. Officials met on Monday.\n\nTalks went on. They ended."
    doc = next(parse([text], batch_size=1))
    expected = [n for n, sent in enumerate(doc.sents) for _ in sent]
    assert sentence_numbers(doc) == expected and expected[-1] >= 2
