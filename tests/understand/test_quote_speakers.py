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


def test_dateline_taken_for_a_subject_gives_way_to_the_nearer_one(speakers_of):
    text = ("OAKVILLE, Ont. — Hours before the game Friday, Wild coach Brent Harlow expressed "
            "confidence in the winger, saying he always finds a way to score.")
    assert speakers_of(text, "indirect") == ["Brent Harlow"]


def test_reporting_participle_after_a_reported_clause_is_the_reporters(speakers_of):
    text = ("Minister Dana Okafor said that after a long review Ottawa had concluded the tax "
            "was fair, saying she trusted the courts to decide.")
    assert speakers_of(text, "indirect")[-1] == "Dana Okafor"


def test_supporters_of_a_person_speak_for_themselves(speakers_of):
    text = ("Mark Tolley was fined on Monday. Tolley's supporters have stated that he had no "
            "choice but to act.")
    assert speakers_of(text, "indirect") == ["Tolley's supporters"]


def test_proper_name_in_apposition_to_a_describing_subject_is_the_speaker(speakers_of):
    text = ("The group that owns most of her songs, Blue Harbor, says she will be allowed to "
            "play them on Sunday.")
    assert speakers_of(text, "indirect") == ["Blue Harbor"]


def test_they_after_a_company_subject_is_that_company(speakers_of):
    text = ("The company that runs the awards, Penrose Media, denies that anything has been "
            "sorted. \"Any agreement must be made with her team. We have no further comment,\" "
            "they said.")
    assert speakers_of(text) == ["Penrose Media"]


def test_another_stands_for_the_noun_of_the_speaker_before(speakers_of):
    text = ("One user on the forum posted: \"How did these two get to the city by train?\" "
            "Another said: \"Next year will be worse, and the year after that too.\"")
    assert speakers_of(text)[-1] == "Another user"


def test_those_is_named_by_the_words_after_it(speakers_of):
    text = ("Those in favor of a ban have said that the driver started the crash on purpose.")
    assert speakers_of(text, "indirect") == ["Those in favor of a ban"]


def test_quote_after_a_sentence_that_reports_speech_continues_its_speaker(speakers_of):
    text = ("Farmers should \"keep careful records\" of their herds, Dr. Lena Morrow said. "
            "\"That way they may find what makes the animals ill.\"")
    assert speakers_of(text) == ["Lena Morrow"]


def test_cue_parsed_as_a_reduced_relative_clause_keeps_its_noun(speakers_of):
    text = ("\"Climbing the stairs took me half an hour as I could only manage two at a time,\" "
            "the patient described in the report.")
    assert speakers_of(text) == ["the patient"]


def test_another_never_takes_a_persons_name(speakers_of):
    text = ("Ann Lee posted: \"The harvest was poor this year in the valley.\" "
            "Another said: \"Next year will be worse, and the year after that too.\"")
    assert "Another Lee" not in speakers_of(text)
