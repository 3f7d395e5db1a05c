"""Person names from the tagger's entities: where a name ends."""

from storyline.understand.actors import resolve_actors


def test_a_name_never_runs_over_a_line_break(nlp):
    doc = nlp("Profile: Dana Okafor\nTimeline of the case\n\nDana Okafor said the case was "
              "over.")
    names = {a.name for a in resolve_actors(doc).actors if a.kind == "person"}
    assert not any("\n" in name or "Timeline" in name for name in names)


def test_nested_finds_names_inside_longer_ones():
    from storyline.understand.people import nested

    bounds = [(0, 3), (1, 3), (0, 3), (4, 5), (4, 6), (5, 6), (7, 8)]
    assert nested(bounds) == [False, True, False, True, False, True, False]
