from storyline.connect.shingles import sentences_words, shingles


def test_words_are_case_and_width_folded_and_punctuation_free():
    assert sentences_words("The PIER, closed!  Ｃｒａｎｅ fell.") == [
        ["the", "pier", "closed"], ["crane", "fell"],
    ]


def test_bigrams_stay_inside_sentences():
    assert shingles("Crane fell. Pier shut today.") == {"crane fell", "pier shut", "shut today"}


def test_a_short_sentence_is_one_shingle():
    assert shingles("Advertisement\nThe pier reopened on Friday.") == {
        "advertisement", "the pier", "pier reopened", "reopened on", "on friday",
    }


def test_reordering_sentences_keeps_the_shingles():
    a = "The crane fell on Tuesday. Two workers were hurt. The pier is closed."
    b = "Two workers were hurt. The pier is closed. The crane fell on Tuesday."
    assert shingles(a) == shingles(b)


def test_n_is_a_parameter_and_empty_text_has_none():
    assert shingles("one two three four", n=3) == {"one two three", "two three four"}
    assert shingles(" \n ...") == set()
