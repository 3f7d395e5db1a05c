"""Shared fixtures of the understanding tests: one loaded spaCy pipeline (load_nlp is cached)."""

import pytest

from storyline.understand.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()
