"""Games and elections told with the verbs of force, protest and support."""

from __future__ import annotations

from storyline.understand.contests import sports_report

DAVIS_CUP = (
    "Spain reached the Davis Cup semifinal on Tuesday.\n\n"
    "Nadal defeated Khachanov 6-3, 7-6 to level the tie after Rublev had rallied to beat "
    "Bautista-Agut.\n\n"
    "Russia beat Croatia on Monday, and Australia beat Colombia 2-1 in the group stage of "
    "the tournament. Spain will face defending champion Croatia in the final of the cup."
)


def test_a_report_of_games_names_no_force_protest_or_support(nlp, code):
    assert sports_report(nlp(DAVIS_CUP))
    assert code(DAVIS_CUP) == []


def test_a_political_story_with_one_match_is_no_sports_report(nlp, code):
    text = ("Police beat protesters in Minsk on Sunday after the football match, "
            "witnesses said. Belarusian police detained 200 people.")
    assert not sports_report(nlp(text))
    assert "ASSAULT" in {e.type for e in code(text)}


def test_beating_a_candidate_in_a_vote_is_no_assault(code):
    assert code("Kenya's opposition party beat the ruling party in the election.") == []
    assert "ASSAULT" in {e.type for e in code(
        "Kenyan police beat the opposition candidate outside his home in Nairobi.")}
    assert "ASSAULT" in {e.type for e in code(
        "The Kenyan opposition candidate was beaten by police outside his home in Nairobi.")}


def test_dense_game_words_make_a_sports_report_without_scores(nlp, code):
    text = ("Brock Nelson scored his second goal of the game in overtime, and the Islanders "
            "extended their league-best streak. Nelson fired a shot at Toronto's goalkeeper "
            "Matt Murray. The coach praised the squad after the match; the team's season "
            "continues at home, where the stadium was full for the playoff push.")
    assert sports_report(nlp(text))
    assert "ASSAULT" not in {e.type for e in code(text)}


def test_a_move_in_a_game_is_no_event_outside_a_sports_report(code):
    assert code("For good measure, Parise blocked a shot in the third period.") == []
    assert code("Portugal allowed only one shot on goal and converted half its chances.") == []
    assert [e.type for e in code("Soldiers fired shots at the protesters in Lagos.")] == [
        "ASSAULT"]
    assert "AID" in {e.type for e in code(
        "Saudi Arabia shipped 12,000 food baskets to displaced families in Yemen.")}
