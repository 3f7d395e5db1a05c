"""Speaker resolution of quotes in small invented texts: where the speaker is named and how."""

import pytest

from storyline.understand.actors import resolve_actors
from storyline.understand.quotes import find_quotes


@pytest.fixture(scope="module")
def speakers_of(nlp):
    def run(text: str, kind: str = "direct") -> list[str | None]:
        doc = nlp(text)
        return [q.speaker.name if q.speaker else None
                for q in find_quotes(doc, resolve_actors(doc)) if q.kind == kind]
    return run


def test_quote_right_after_its_cue_is_the_cue_subjects_not_the_outer_reporters(speakers_of):
    text = ("During the call, Tom Baker said, “someone should stop her now,” the prosecutor's "
            "office said in a statement.")
    assert speakers_of(text)[-1] == "Tom Baker"


def test_inverted_cue_takes_the_person_after_a_title(speakers_of):
    text = ("“The work was brilliant,” said Northfield University's chancellor, Pradeep "
            "Kumaran.")
    assert speakers_of(text)[0].endswith("Kumaran")


def test_person_joined_to_the_subject_by_a_conjunction_is_the_speaker(speakers_of):
    text = ("Retired police officer and security expert Marta Olsen told the radio the gang "
            "had left the city.")
    assert speakers_of(text, "indirect")[0] == "Marta Olsen"


def test_statement_issuer_speaks_for_a_cue_on_the_statement(speakers_of):
    text = ("The Electoral Board issued a statement warning that “voters deserve honest "
            "campaigns.”")
    doc_speakers = speakers_of(text, "mixed") + speakers_of(text, "indirect")
    assert any(s and s.endswith("Board") for s in doc_speakers)


def test_she_after_an_unnamed_describing_subject_is_that_description(speakers_of):
    text = ("Anna Berg said she had been robbed. The head of the internal inspectors told the "
            "court “Basic checks were never done.” She also said “We were called far too "
            "late to the scene.”")
    assert speakers_of(text)[-1] == "The head of the internal inspectors"


def test_pull_quote_takes_the_speaker_of_the_quote_it_repeats(speakers_of):
    text = ("The clinic had never seen such a case.\n\n"
            "“Their immune system overreacts to feathers”\n\n"
            "“In rare people, their immune system overreacts to feathers,” Owen Dale told "
            "reporters.")
    assert speakers_of(text) == ["Owen Dale", "Owen Dale"]
