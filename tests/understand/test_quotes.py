import time
from pathlib import Path

import pytest

from storyline.model import Actor
from storyline.understand.actors import resolve_actors
from storyline.understand.quotes import find_quotes

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample" / "000_328e5db03dccc51f.txt"


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str):
        doc = nlp(text)
        quotes = find_quotes(doc, resolve_actors(doc))
        for quote in quotes:
            assert text[quote.span[0]:quote.span[1]] == quote.text
            if quote.speaker and quote.speaker.span:
                start, end = quote.speaker.span
                assert text[start:end] == quote.speaker.text
        return quotes
    return run


def only(quotes, kind=None):
    chosen = [q for q in quotes if kind is None or q.kind == kind]
    assert len(chosen) == 1, [(q.kind, q.text) for q in quotes]
    return chosen[0]


# --- direct quotes: where the speaker is -----------------------------------------------------

def test_speaker_after_the_quote(quotes_of):
    quote = only(quotes_of("“We will build the bridge next year,” Maria Lopez said."))
    assert quote.kind == "direct"
    assert quote.text == "We will build the bridge next year"
    assert quote.speaker.name == "Maria Lopez"
    assert quote.cue == "said"


def test_quote_interrupted_by_its_attribution_is_two_records(quotes_of):
    # the annotation convention (benchmarks/data/quotes/README.md): one record per stretch
    quotes = quotes_of("“The bridge will open in May,” Maria Lopez said, “and the road "
                       "will follow in June.”")
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert [q.speaker.name for q in quotes] == ["Maria Lopez", "Maria Lopez"]
    assert quotes[1].text == "and the road will follow in June."


def test_short_quoted_title_before_the_cue_keeps_the_attribution(quotes_of):
    quote = only(quotes_of("“We will not give up,” the “Harbour Lights” actor said on Monday."))
    assert (quote.kind, quote.cue) == ("direct", "said")
    assert quote.speaker.text == "the “Harbour Lights” actor"


def test_sign_reads(quotes_of):
    quote = only(quotes_of("The sign at the gate reads: “No entry after dark.”"))
    assert (quote.kind, quote.cue, quote.speaker.text) == ("direct", "reads", "The sign")


def test_quote_as_the_object_of_saying(quotes_of):
    quotes = quotes_of("Saying “the budget cannot carry another cut” (a line from her "
                       "speech), Nina Patel left the room.")
    direct = only(quotes, "direct")
    assert direct.text == "the budget cannot carry another cut"
    assert direct.speaker.name == "Nina Patel"


def test_speaker_after_an_inverted_cue(quotes_of):
    quote = only(quotes_of("“The budget is balanced at last,” said Peter Olsen."))
    assert quote.kind == "direct"
    assert quote.speaker.name == "Peter Olsen"


def test_speaker_before_a_colon_and_several_sentences_are_one_quote(quotes_of):
    text = "Anna Berg said: “The museum will open in May. It has been a long wait.”"
    quote = only(quotes_of(text))
    assert quote.kind == "direct"
    assert quote.text == "The museum will open in May. It has been a long wait."
    assert quote.speaker.name == "Anna Berg"
    assert quote.speaker.text == "Anna Berg"


def test_speaker_between_two_quotes(quotes_of):
    text = ("“The river is rising fast,” Tom Hale said on Monday. "
            "“We must leave the village tonight.”")
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert [q.speaker.name for q in quotes] == ["Tom Hale", "Tom Hale"]
    assert quotes[1].text == "We must leave the village tonight."


def test_pronoun_speaker_is_the_person_named_before(quotes_of):
    text = ("Mayor John Reed said the city has enough money for the project. "
            "But he added, “We still need the council to agree.”")
    direct = only(quotes_of(text), "direct")
    assert direct.speaker.text == "he"
    assert direct.speaker.name == "John Reed"
    assert direct.cue == "added"


def test_quote_running_over_paragraphs(quotes_of):
    text = ("Lena Fox described the plan to the committee.\n\n"
            "“We start with the roads. Then we repair the schools.\n\n"
            "“After that, we build the new hospital,” Fox said.")
    quotes = only_kind(quotes_of(text), "direct")
    assert [q.text for q in quotes] == ["We start with the roads. Then we repair the schools.",
                                        "After that, we build the new hospital"]
    assert all(q.speaker.name == "Lena Fox" for q in quotes)


def test_quote_paragraph_without_cue_continues_the_previous_speaker(quotes_of):
    text = ("“The mine will close in June,” said union leader Paul Kerr.\n\n"
            "“Nobody in this town knows what comes next.”")
    quotes = quotes_of(text)
    assert [q.speaker.name for q in quotes] == ["Paul Kerr", "Paul Kerr"]


def test_quote_paragraph_after_a_reported_statement_continues_its_speaker(quotes_of):
    text = "Mayor Tom Hale said the plan was flawed.\n\n“It will never work in this city.”"
    direct = only(quotes_of(text), "direct")
    assert direct.speaker.name == "Tom Hale"


def test_question_with_asked(quotes_of):
    quote = only(quotes_of("“Why now, after ten years?” Tom Hale asked."))
    assert (quote.kind, quote.cue, quote.speaker.name) == ("direct", "asked", "Tom Hale")


def test_quote_paragraph_after_narrative_has_no_speaker(quotes_of):
    text = ("The mine employs four hundred people.\n\n"
            "“Nobody in this town knows what comes next.”")
    quote = only(quotes_of(text))
    assert quote.kind == "direct"
    assert quote.speaker is None


def only_kind(quotes, kind):
    return [q for q in quotes if q.kind == kind]


# --- mixed quotes ------------------------------------------------------------------------------

def test_quoted_phrase_after_called_is_mixed(quotes_of):
    quote = only(quotes_of("Carlos Ortega called the report “deeply flawed.”"))
    assert quote.kind == "mixed"
    assert quote.text == "the report “deeply flawed.”"  # the reported content, marks kept
    assert quote.speaker.name == "Carlos Ortega"
    assert quote.cue == "called"


def test_quoted_phrase_after_accused_is_mixed(quotes_of):
    quote = only(quotes_of("Carlos Ortega accused the company of “open fraud” in its filings."))
    assert (quote.kind, quote.text, quote.cue) == (
        "mixed", "the company of “open fraud”", "accused")
    assert quote.speaker.name == "Carlos Ortega"


def test_mixed_quote_spans_the_reported_clause(quotes_of):
    quote = only(quotes_of("Nina Patel said that the harbour “is too small for the ferries.”"))
    assert quote.kind == "mixed"
    assert quote.text == "the harbour “is too small for the ferries.”"
    assert quote.speaker.name == "Nina Patel"


def test_mixed_quote_before_its_cue_spans_from_the_sentence_start(quotes_of):
    quote = only(quotes_of("Building the stadium “is our dream,” Nina Patel said."))
    assert (quote.kind, quote.text) == ("mixed", "Building the stadium “is our dream,”")
    assert quote.speaker.name == "Nina Patel"


def test_mixed_quote_keeps_a_parenthetical_cue_inside(quotes_of):
    quote = only(quotes_of("The mayor’s plan, Nina Patel said, is “a recipe for disaster” "
                           "and will fail."))
    assert quote.kind == "mixed"
    assert quote.text == ("The mayor’s plan, Nina Patel said, is “a recipe for disaster” "
                          "and will fail")


def test_mixed_quote_split_by_its_attribution_is_one_record(quotes_of):
    quote = only(quotes_of("Rates are not “a burden,” Nina Patel said, but “an investment "
                           "in the future.”"))
    assert quote.kind == "mixed"
    assert quote.text.startswith("Rates are not “a burden,” Nina Patel said, but")
    assert quote.text.endswith("in the future.”")


def test_two_reported_clauses_with_that_are_two_mixed_quotes(quotes_of):
    quotes = quotes_of("Nina Patel says that the harbour “remains the main entry point” "
                       "and that “the port must be expanded.”")
    assert [(q.kind, q.text) for q in quotes] == [
        ("mixed", "the harbour “remains the main entry point”"),
        ("mixed", "the port must be expanded")]


def test_mixed_quote_under_a_preposition_drops_it(quotes_of):
    quote = only(quotes_of("Nina Patel apologised to the town for “a foolish mistake.”"))
    assert (quote.kind, quote.text, quote.cue) == ("mixed", "a foolish mistake", "apologised")


def test_mixed_cue_after_a_preposition_takes_the_main_subject(quotes_of):
    quote = only(quotes_of("Nina Patel left the stage after describing the plan as "
                           "“a farce.”"))
    assert (quote.kind, quote.text) == ("mixed", "the plan as “a farce.”")
    assert quote.speaker.name == "Nina Patel"


def test_quoted_title_as_a_setting_is_not_a_quote(quotes_of):
    quotes = quotes_of("Nina Patel said on “Morning Talk” that the road would open soon.")
    assert [q.kind for q in quotes] == ["indirect"]


def test_quoted_title_inside_the_subject_is_not_the_subjects_words(quotes_of):
    quotes = quotes_of("“Harbour Lights” star Chris Evans said the film was too long.")
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "the film was too long")]


def test_scare_quotes_without_a_cue_are_not_quotes(quotes_of):
    assert quotes_of("The company sells “smart” kettles in three countries.") == []


# --- indirect quotes -----------------------------------------------------------------------

def test_indirect_quote_without_that(quotes_of):
    quote = only(quotes_of("Carlos Ortega said the factory would reopen in March."))
    assert quote.kind == "indirect"
    assert quote.text == "the factory would reopen in March"
    assert quote.speaker.name == "Carlos Ortega"


def test_indirect_quote_with_that_drops_the_complementiser(quotes_of):
    quote = only(quotes_of("Carlos Ortega warned that prices would rise sharply."))
    assert (quote.kind, quote.text, quote.cue) == ("indirect", "prices would rise sharply",
                                                   "warned")


def test_direct_quote_then_adding_that(quotes_of):
    quotes = quotes_of("“We will win,” Tom Hale said, adding that the party was ready.")
    assert [(q.kind, q.text, q.cue) for q in quotes] == [
        ("direct", "We will win", "said"), ("indirect", "the party was ready", "adding")]
    assert {q.speaker.name for q in quotes} == {"Tom Hale"}


def test_told_reporters(quotes_of):
    quote = only(quotes_of("Carlos Ortega told reporters the strike was over."))
    assert (quote.kind, quote.text) == ("indirect", "the strike was over")


def test_according_to(quotes_of):
    quote = only(quotes_of("According to Carlos Ortega, the factory will reopen in March."))
    assert (quote.kind, quote.cue) == ("indirect", "according to")
    assert quote.text == "the factory will reopen in March"
    assert quote.speaker.name == "Carlos Ortega"


def test_according_to_data_is_not_a_speaker(quotes_of):
    assert quotes_of("The lake is shrinking fast, according to data from the survey.") == []
    assert quotes_of("The lake is shrinking, according to the council’s calculations.") == []


def test_clause_around_a_parenthetical_cue_is_one_indirect_quote(quotes_of):
    quote = only(quotes_of("The new plan, Nina Patel said, will cut costs by half."))
    assert (quote.kind, quote.text) == ("indirect", "The new plan, Nina Patel said, will cut "
                                        "costs by half")


def test_said_without_a_clause_is_not_a_quote(quotes_of):
    assert quotes_of("Carlos Ortega said goodbye to the workers on Friday.") == []
    assert quotes_of("Carlos Ortega did not say whether the factory would reopen.") == []


def test_direct_quote_is_not_counted_again_as_indirect(quotes_of):
    quotes = quotes_of("“Prices will rise next year,” Carlos Ortega said.")
    assert [q.kind for q in quotes] == ["direct"]
    quotes = quotes_of("Carlos Ortega added, “I think the strike is over.”")
    assert [q.kind for q in quotes] == ["direct"]


# --- marks and robustness --------------------------------------------------------------------

def test_straight_quotes_and_apostrophes(quotes_of):
    text = 'Canada\'s minister didn\'t comment. "We can\'t wait any longer," said Carlos Ortega.'
    quote = only(quotes_of(text))
    assert quote.text == "We can't wait any longer"
    assert quote.speaker.name == "Carlos Ortega"


def test_unclosed_quote_stops_at_its_paragraph(quotes_of):
    text = ("Carlos Ortega said: “The strike is over and the plant reopens.\n\n"
            "The union voted on Monday. Pay will rise by four percent.")
    quote = only(quotes_of(text), "direct")
    assert quote.text == "The strike is over and the plant reopens."
    assert quote.span[1] < text.index("The union")


def test_text_without_punctuation(quotes_of):
    quote = only(quotes_of("the mayor said the factory would reopen in march and nobody cared"))
    assert quote.kind == "indirect"
    assert quote.text.startswith("the factory would reopen in march")
    assert quote.speaker.text == "the mayor"


LONG_UNIT = ('Carlos Ortega said “the plant is open,” and "workers\'s pay rises while '
             "the ‘union leaders agree that nothing changed ")


def long_line(length: int) -> str:
    return LONG_UNIT * (length // len(LONG_UNIT))


def check_long_line(doc, actors) -> None:
    quotes = find_quotes(doc, actors)
    assert quotes
    assert max(q.span[1] - q.span[0] for q in quotes) < 2_000


def test_long_single_line_does_not_crash(nlp):
    doc = nlp(long_line(20_000))
    check_long_line(doc, resolve_actors(doc))


def test_hundred_thousand_characters_without_a_parse(nlp):
    doc = nlp.make_doc(long_line(100_000))  # tokens only: no tags, no tree, no sentences
    started = time.perf_counter()
    check_long_line(doc, NamesOnly(doc))
    assert time.perf_counter() - started < 10


@pytest.mark.slow
def test_hundred_thousand_character_line(nlp):
    doc = nlp(long_line(100_000))
    check_long_line(doc, resolve_actors(doc))


# --- the pronoun fallback, for an actor index that leaves pronouns alone ------------------

class NamesOnly:
    """An actor index that knows named people and nothing else."""

    def __init__(self, doc):
        self.actors, self._by_token = [], {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                actor = Actor(id=f"a{len(self.actors) + 1}", name=ent.text, kind="person")
                self.actors.append(actor)
                for token in ent:
                    self._by_token[token.i] = actor

    def for_token(self, token):
        return self._by_token.get(token.i)

    def for_phrase(self, head):
        return self.for_token(head)


def test_pronoun_fallback_prefers_the_last_main_clause_subject(nlp):
    doc = nlp("Maria Lopez met Victor Stone in the capital on Monday. "
              "She said the talks were useful.")
    quote = only(find_quotes(doc, NamesOnly(doc)))
    assert (quote.speaker.text, quote.speaker.name) == ("She", "Maria Lopez")


def test_pronoun_fallback_follows_a_chain_of_pronouns(nlp):
    doc = nlp("Maria Lopez arrived in the capital on Monday. She met Victor Stone. "
              "“The talks were useful,” she said.")
    quote = only(find_quotes(doc, NamesOnly(doc)))
    assert quote.speaker.name == "Maria Lopez"


# --- a real article -----------------------------------------------------------------------

def test_sample_article_speakers(quotes_of):
    quotes = quotes_of(SAMPLE.read_text(encoding="utf-8"))

    def speaker_of(start: str) -> str:
        matching = [q for q in quotes if q.text.startswith(start)
                    or (q.kind == "mixed" and start in q.text)]
        assert matching, start
        return matching[0].speaker.name

    assert speaker_of("We hope Canada thinks twice") == "Lu Shaye"
    assert speaker_of("China will not be isolated") == "Lu Shaye"
    assert speaker_of("There will be repercussions") == "Lu Shaye"
    assert speaker_of("I think your foreign minister may be in a hurry") == "Hua Chunying"
    assert speaker_of("I really think that’s just the beginning") == "John McCallum"
    assert speaker_of("This is an issue that not only concerns Canada") == "Chrystia Freeland"
    assert speaker_of("The detention of Ms. Meng is a matter of rule of law") == \
        "Chrystia Freeland"
    detention = next(q for q in quotes if q.text.startswith("The detention of Ms. Meng"))
    assert detention.text.endswith("statement of our relationship with China.")
    assert speaker_of("politically motivated") == "Lu Shaye"
    assert speaker_of("white supremacy") == "Lu Shaye"
    kinds = {q.kind for q in quotes}
    assert kinds == {"direct", "indirect", "mixed"}


# --- speakers named beside a role noun, relative clauses, pronouns, continued quotes ---------

def test_speaker_named_in_apposition_to_a_role_noun(quotes_of):
    text = ("The chief of the Harbour Trust, Olga Brandt, told reporters that the pier "
            "will reopen in June.")
    quote = only(quotes_of(text), "indirect")
    assert quote.speaker.name == "Olga Brandt"


def test_speaker_of_a_relative_clause_is_the_noun_it_modifies(quotes_of):
    text = ('The plan was written by Henrik Dahl, who said, "It follows years of work by '
            'the farmers of the valley."')
    quote = only(quotes_of(text), "direct")
    assert quote.speaker.name == "Henrik Dahl"


def test_unattributed_quote_continues_a_paragraph_ending_in_a_reporting_conjunct(quotes_of):
    text = ("In his first post, Tomas Reyes spoke about the flood and noted that the town "
            "needs “more pumps” soon.\n\n"
            "“We lost three houses in one night and nobody came to help us for two days.”")
    direct = only(quotes_of(text), "direct")
    assert direct.speaker.name == "Tomas Reyes"


def test_pronoun_is_not_the_person_named_in_its_own_clause(quotes_of):
    text = ("Karl Vogt chaired the meeting on Monday. "
            "When he met Lena Frost, he said the budget was too small.")
    quote = only(quotes_of(text), "indirect")
    assert quote.speaker.name == "Karl Vogt"


# --- subject phrases: whose report, which group ---------------------------------------------

def test_owner_of_a_report_is_its_speaker(quotes_of):
    quote = only(quotes_of("A UN report concluded that the camps were unsafe."))
    assert quote.speaker.name in ("UN", "United Nations")


def test_actor_inside_a_partitive_subject_is_not_the_speaker(quotes_of):
    text = ("Dr Dara Vell led the study. More than 95% of the participants in her study "
            "indicated they would use the kits again.")
    quote = only(quotes_of(text))
    assert quote.speaker.name == "the participants"


def test_actor_inside_a_prepositional_phrase_of_a_non_source_head_is_not_the_speaker(
        quotes_of):
    quote = only(quotes_of("A neighbour of Dara Vell said the house had been empty."))
    assert quote.speaker.name != "Dara Vell"
