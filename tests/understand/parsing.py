"""Helpers for tests that resolve actors in an invented sentence."""

from storyline.understand.actors import resolve_actors


def resolve(nlp, text):
    doc = nlp(text)
    return doc, resolve_actors(doc)


def token(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


def dyads(events):
    """(type, source country, target country) of each event."""
    return {(e.type, e.source.country, e.target.country if e.target else None) for e in events}
