"""The derived CAMEO lexicon and the coding rules added with it, on invented sentences."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.understand.actors import resolve_actors
from storyline.understand.event_lexicon import load_lexicon
from storyline.understand.events import code_events
from storyline.understand.quotes import find_quotes
from storyline.understand.times import find_times
from tests.understand.parsing import dyads

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
SHIPPED = ROOT / "src" / "storyline" / "data" / "event_lexicon.cameo.json"


@pytest.fixture(scope="module")
def code(nlp):
    def run(text: str):
        doc = nlp(text)
        actors = resolve_actors(doc)
        times = find_times(doc, dt.date(2021, 3, 4))
        return code_events(doc, actors, times, find_quotes(doc, actors))
    return run


def test_derived_tables_are_keyed_as_the_coder_reads_them():
    lexicon = load_lexicon()
    assert lexicon.derived_phrasal["call for"] == "020"
    assert lexicon.prep_object("look", "into", "allegation").type == "ACCUSE"
    assert lexicon.light_verb("reject", "proposal").type == "REJECT"
    assert lexicon.blocked("refuse", "comment")  # CAMEO 011: a statement, no PLOVER event


@pytest.mark.skipif(not (SHARED / "dictionaries" / "CAMEO.2.0.txt").exists(),
                    reason="shared CAMEO dictionary not found")
def test_build_script_reproduces_the_shipped_table():
    script = ROOT / "scripts" / "build_event_lexicon.py"
    code = (f"import sys, json, pathlib; sys.path.insert(0, {str(script.parent)!r});"
            "import build_event_lexicon as b;"
            f"d=pathlib.Path({str(SHARED)!r}); o=b.build_ontology(d);"
            "print(json.dumps(b.build_lexicon(d, o['cameo']), indent=1))")
    built = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout
    assert json.loads(built) == json.loads(SHIPPED.read_text())


def test_declined_to_comment_is_no_event(code):
    assert not code("Turkey declined to comment on the report.")


def test_negated_cooperation_is_a_refusal(code):
    events = code("Iran said it would not negotiate with the United States.")
    assert ("REJECT", "IRN", "USA") in dyads(events)
    refusal = next(e for e in events if e.type == "REJECT")
    assert not refusal.negated and refusal.mode == "meet"


def test_negated_conflict_stays_negated(code):
    events = code("Egypt did not arrest the Sudanese activists.")
    assert [e.type for e in events] == ["COERCE"] and events[0].negated


def test_promise_not_to_cooperate_is_a_refusal(code):
    events = code("Serbia vowed not to return the disputed villages to Croatia.")
    assert {(e.type, e.source.country) for e in events} == {("REJECT", "SRB")}


def test_ordered_arrest_is_the_arrest(code):
    events = code("Zambia's government ordered the arrest of two Malawian traders.")
    assert {e.type for e in events} == {"COERCE"}
    assert events[0].mode == "arrest"


def test_warning_of_own_conditional_act_is_a_threat(code):
    events = code("North Korea warned that it would strike back if South Korea held the drills.")
    assert "THREATEN" in {e.type for e in events}


def test_warning_about_a_danger_is_no_threat(code):
    events = code("Kenya warned that floods may hit Somalia.")
    assert "THREATEN" not in {e.type for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Nepal's opposition boycotted the talks with India.", ("REJECT", "NPL", "IND")),
    ("Sweden withheld aid from Tanzania.", ("SANCTION", "SWE", "TZA")),
    ("Bolivia nationalized the gas fields of two Brazilian companies.", ("COERCE", "BOL", "BRA")),
    ("Cuba denied entry to a delegation of Spanish lawmakers.", ("REJECT", "CUB", "ESP")),
])
def test_new_lexicon_entries(code, text, expected):
    assert expected in dyads(code(text)), text


def test_quick_tests_pass_every_key_of_the_lexicon():
    lexicon = load_lexicon()
    for table in (lexicon.verbs, lexicon.light, lexicon.derived_objects, lexicon.derived_phrasal,
                  lexicon.derived_prep_objects):
        assert all(lexicon.may_be_verb(key.split(" ", 1)[0], False) for key in table)
    assert all(lexicon.may_be_verb(lemma, True) for lemma in lexicon.derived_verbs)
    assert all(lexicon.may_be_noun(key.rsplit(" ", 1)[-1]) for key in lexicon.nouns)
    assert not lexicon.may_be_noun("teaspoon") and not lexicon.may_be_verb("yawn", False)
