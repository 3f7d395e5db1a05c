"""Games and elections: the words of a contest that name no political event.

"Russia beat Croatia on Monday" in a Davis Cup report, "Democrats beat the incumbent
governor", "Parise blocked a shot", "Rublev rallied to win": the verbs of force, protest
and support also tell who won a match or a vote. A sports article is known by its scores
and game words; an election by the words of the sentence itself.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from storyline.understand.nlp import columns, doc_text, per_doc

SCORE = re.compile(r"(?<![\d/.-])\d{1,2}[-\u2013]\d{1,2}(?![\d/.-])")  # "6-3", "2–1"
SPORTS_WORDS = frozenset({
    "match", "tournament", "championship", "league", "season", "coach", "goal",
    "quarterback", "touchdown", "inning", "wicket", "playoff", "semifinal", "quarterfinal",
    "striker", "midfielder", "goalkeeper", "pitcher", "stadium", "teammate", "scorer",
    "halftime", "overtime", "backstroke", "freestyle", "medal", "podium", "referee", "umpire",
    "penalty", "title", "cup", "final", "seed", "doubles", "singles", "fixture", "squad",
})  # fmt: skip
ELECTION_WORDS = frozenset({
    "election", "race", "primary", "incumbent", "candidate", "ballot", "vote", "poll",
    "seat", "runoff", "caucus", "nomination", "electorate", "contest",
})  # fmt: skip
# the verbs a contest is told with; in a game or a vote they name no event
CONTEST_VERBS = frozenset({
    "beat", "defeat", "rout", "thrash", "trounce", "crush", "edge", "overcome", "outscore",
    "rally", "block", "hit", "strike", "shoot", "attack", "tackle", "defend", "fight",
    "knock", "eliminate", "oust", "topple", "sweep", "down", "batter", "hammer", "fire",
    "clash",
})  # fmt: skip
# the objects of a move in a game: "conceded a goal", "blocked a shot", "dropped a catch"
GAME_OBJECTS = frozenset({"goal", "puck", "ball", "touchdown", "wicket", "rebound",
                          "equaliser", "equalizer"})  # not "food baskets", "a penalty"
SHOT_STOPPING = frozenset({"block", "save", "allow", "stop", "concede", "deflect"})
WINNING_VERBS = frozenset({"beat", "defeat", "edge", "rout", "trounce", "thrash"})
# who beats people with force, not in a vote
FORCES = frozenset({"police", "policeman", "officer", "soldier", "troop", "guard", "mob",
                    "crowd", "protester", "attacker", "gunman", "militant", "thug", "militia"})
MIN_SCORES = 2  # a report of games gives results: two scores and
MIN_SPORTS_WORDS = 4  # four game words (a political story may mention one match)
DENSE_SPORTS_WORDS = 8  # with no scores: eight game words,
SPORTS_DENSITY = 0.01  # one word in a hundred


@per_doc
def sports_report(doc: Doc) -> bool:
    """Is the whole text a report of games: scores and the words of sport, or the words of
    sport alone, densely ("Nelson's second goal of the game 2:55 into overtime")?"""
    lemmas = columns(doc).lemma
    words = sum(1 for lemma in lemmas if lemma.lower() in SPORTS_WORDS)
    if words >= MIN_SPORTS_WORDS and len(SCORE.findall(doc_text(doc))) >= MIN_SCORES:
        return True
    return words >= DENSE_SPORTS_WORDS and words >= SPORTS_DENSITY * len(lemmas)


def contest_sense(verb: Token) -> bool:
    """Does a verb of force, protest or support tell of a game or a vote here?"""
    if _game_object(verb):
        return True  # "blocked a shot", "allowed one shot on goal", "conceded a goal"
    if verb.lemma_.lower() not in CONTEST_VERBS:
        return False
    if sports_report(verb.doc):
        return True
    if verb.lemma_.lower() not in WINNING_VERBS or _by_force(verb):
        return False  # "police beat the opposition candidate": force, whatever the word
    return any(t.lemma_.lower() in ELECTION_WORDS for t in verb.sent)


def _game_object(verb: Token) -> bool:
    """Is the verb's object a thing of a game: a goal, a ball, a puck, or a shot that is
    blocked, saved or let through ("fired shots at protesters" is not)?"""
    for obj in (c for c in verb.children if c.dep_ == "dobj" or (
            c.dep_ in ("ccomp", "nsubjpass") and c.pos_ == "NOUN")):  # "allowed one shot"
        lemma = obj.lemma_.lower()
        if lemma in GAME_OBJECTS:
            return True
        if lemma == "shot" and (verb.lemma_.lower() in SHOT_STOPPING or any(
                g.dep_ == "prep" and g.lower_ in ("on", "at") and any(
                    o.lemma_.lower() == "goal" for o in g.children) for g in obj.children)):
            return True
    return False


def _by_force(verb: Token) -> bool:
    """Is the verb's doer police, soldiers or a mob (its subject, or its by-agent)?"""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in FORCES for d in doers)
