"""Coreference by rule (coref.py): role nouns, bodies named by a word of their name, and
pronoun subjects that never take their own objects."""

from __future__ import annotations

from tests.understand.parsing import resolve, token


def name_of(index, tok):
    actor = index.for_phrase(tok)
    return actor.name if actor else None


def test_participle_object_is_not_the_pronoun_subject(nlp):
    doc, index = resolve(nlp, (
        "The Daily Courier reported that Governor Arlo Pennick of Westmark accepted the blame "
        "for the collapse of the bridge. Speaking to Tomas Ferrant of the Courier, he said, "
        "\"It happened on my watch.\""))
    assert name_of(index, token(doc, "he")) == "Arlo Pennick"


def test_object_of_the_pronouns_verb_is_not_its_subject(nlp):
    doc, index = resolve(nlp, "Arlo Pennick met Tomas Ferrant on Monday. He told Ferrant "
                              "that the bridge would reopen.")
    assert name_of(index, token(doc, "He")) == "Arlo Pennick"


def test_bare_role_noun_goes_to_the_person_the_text_is_about(nlp):
    doc, index = resolve(nlp, (
        "Dorian Vell has been voted off the dance show. Vell said the week had been hard "
        "for his family. \"It makes you more human,\" said the actor."))
    assert name_of(index, token(doc, "actor")) == "Dorian Vell"


def test_role_noun_with_a_title_in_marks_goes_to_the_person_too(nlp):
    doc, index = resolve(nlp, (
        "Dorian Vell has been voted off the dance show. Vell said the week had been hard. "
        "\"We never take it for granted,\" the \"Harbour\" actor said."))
    assert name_of(index, token(doc, "actor")) == "Dorian Vell"


def test_role_noun_never_takes_a_person_with_another_role(nlp):
    doc, index = resolve(nlp, "Defence minister Arlo Pennick spoke on Monday. "
                              "\"It is over,\" said the actor.")
    assert name_of(index, token(doc, "actor")) is None


def test_role_noun_of_a_described_person_is_that_person(nlp):
    doc, index = resolve(nlp, "Iran detained a British engineer. An Iranian spokesman "
                              "defended the detention of the engineer.")
    engineers = [index.for_token(t) for t in doc if t.text == "engineer"]
    assert engineers[0] is engineers[1] is not None


def test_a_thing_in_the_role_dictionary_is_no_person(nlp):
    doc, index = resolve(nlp, "Dorian Vell opened a bar. \"Clean air for all,\" the "
                              "website reads.")
    assert name_of(index, token(doc, "website")) is None


def test_organisation_noun_is_the_body_with_that_word_in_its_name(nlp):
    doc, index = resolve(nlp, (
        "The Northland Commission on Public Broadcasting announced on Friday that the "
        "second debate was cancelled. In a statement, the commission said it regretted it."))
    assert name_of(index, token(doc, "commission")) == \
        "Northland Commission on Public Broadcasting"


def test_its_prefers_a_clause_subject_to_a_prepositional_object(nlp):
    doc, index = resolve(nlp, "Officials said Acme Corp. is at the call of the Chinese state, "
                              "while warning that its equipment may contain back doors.")
    assert name_of(index, token(doc, "its")) == "Acme Corp."
