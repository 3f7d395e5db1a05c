"""Person names from the tagger's entities: where a name ends."""

from storyline.understand.actors import resolve_actors
from tests.understand.parsing import actor_names


def test_a_name_never_runs_over_a_line_break(nlp):
    doc = nlp("Profile: Dana Okafor\nTimeline of the case\n\nDana Okafor said the case was "
              "over.")
    names = {a.name for a in resolve_actors(doc).actors if a.kind == "person"}
    assert not any("\n" in name or "Timeline" in name for name in names)


def test_nested_finds_names_inside_longer_ones():
    from storyline.understand.people import nested

    bounds = [(0, 3), (1, 3), (0, 3), (4, 5), (4, 6), (5, 6), (7, 8)]
    assert nested(bounds) == [False, True, False, True, False, True, False]


def test_hyphenated_names_stay_whole(nlp):
    for text, name in (("Kim Jong-un fired missiles. Kim later met envoys.", "Kim Jong-un"),
                       ("Mary-Jane Smith, a lawyer, said no.", "Mary-Jane Smith"),
                       ("Ahmed al-Sharaa met the envoy.", "Ahmed al-Sharaa")):
        assert name in actor_names(nlp, text), text


def test_name_part_the_tagger_cut_at_a_hyphen_joins_the_name(nlp):
    assert "Moon Jae-in" in actor_names(nlp, "South Korean President Moon Jae-in met reporters.")


def test_a_hyphen_that_makes_a_modifier_of_a_name_is_not_part_of_it(nlp):
    for text, name in (("A Putin-backed candidate won the vote.", "Putin"),
                       ("Angela Merkel-led coalition talks collapsed.", "Angela Merkel")):
        assert name in actor_names(nlp, text), text
