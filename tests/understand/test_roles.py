"""may_end_role: the quick test before role_in must never refuse a role role_in finds."""

from storyline.understand.roles import may_end_role, role_in


def test_may_end_role_never_refuses_a_role_that_role_in_finds(nlp):
    doc = nlp("The Ruritanian foreign ministry spokeswoman and two senior officials met "
              "former diplomats, the company's chief financial officer and some farmers.")
    for token in doc:
        found = role_in([token])
        if found is not None:
            assert may_end_role(doc, token.lower_)
        assert may_end_role(doc, token.lower_, token.lemma_.lower()) or all(
            found is None or found[0].split()[-1] != token.lower_
            for found in [role_in(list(doc[max(0, token.i - 3):token.i + 1]))])


def test_may_end_role_refuses_words_no_role_ends_in(nlp):
    doc = nlp("The weather was mild on the coast last year.")
    assert not may_end_role(doc, "weather", "coast", "year")
    assert not may_end_role(doc, "spokeswoman")  # no token of the doc is written so
    assert may_end_role(nlp("Two officials spoke."), "officials")  # by its lemma "official"


def test_a_hyphenated_title_is_one_role(nlp):
    doc = nlp("NATO Secretary-General Mark Rutte spoke.")
    assert role_in(list(doc[1:4])) == ("secretary-general", "GOV")
