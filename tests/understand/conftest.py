"""Shared fixtures of the understanding tests: one loaded spaCy pipeline (load_nlp is cached)
and the event coder run on one invented text."""

import pytest

from storyline.understand.actors import resolve_actors
from storyline.understand.events import code_events
from storyline.understand.nlp import load_nlp
from storyline.understand.quotes import find_quotes
from storyline.understand.times import find_times


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def code(nlp):
    """The events of one text, coded with no publication date."""

    def run(text: str):
        doc = nlp(text)
        actors = resolve_actors(doc)
        return code_events(doc, actors, find_times(doc, None), find_quotes(doc, actors))

    return run
