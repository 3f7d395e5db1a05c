"""Helpers for tests that resolve actors in an invented sentence."""

from storyline.understand.actors import resolve_actors


def resolve(nlp, text):
    doc = nlp(text)
    return doc, resolve_actors(doc)


def actor_codes(nlp, text):
    """The codes of the actors resolved in one text."""
    return {a.code for a in resolve(nlp, text)[1].actors}


def actor_names(nlp, text):
    """The names of the actors resolved in one text."""
    return {a.name for a in resolve(nlp, text)[1].actors}


def token(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


def dyads(events):
    """(type, source country, target country) of each event."""
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in events}
