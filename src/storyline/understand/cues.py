"""Cue words that introduce reported speech.

The verb list follows the reporting verbs used by quote extractors such as the
GenderGapTracker's: verbs whose subject is the source of a statement or a stated belief.
Lemmas, lower case.
"""

from __future__ import annotations

REPORTING_VERBS = frozenset("""
    acknowledge add admit advise affirm agree allege announce answer argue ask assert assure
    aver believe boast brief caution charge claim clarify comment complain concede conclude
    confess confirm contend continue counter declare demand deny disclose dispute elaborate
    emphasise emphasize estimate exclaim explain fear forecast grumble hint hope imply indicate
    inform insist instruct joke lament
    maintain mention note notify observe offer opine plead point posit predict proclaim promise
    propose protest quip reaffirm recall reckon recount reiterate remark remind reply report
    respond retort reveal say scoff shout signal speculate state stress suggest swear tell testify
    think threaten tweet underline urge vow warn whisper worry write
""".split()) | frozenset("""
    attest chime concur confide describe email gush highlight laugh marvel muse mutter post read
    reason reassure rebut refute remember shrug sigh summarise summarize surmise text
    theorise theorize underscore yell
""".split())  # 'the sign reads “...”', '“...,” she shrugged', '“...,” he described'

# Verbs whose subject characterises something in quoted words: 'called it "a farce"',
# 'accused them of "lying"'. A short quoted phrase under one of these (or a reporting
# verb) is a mixed quote.
CHARACTERISING_VERBS = frozenset("""
    accuse applaud blast blame brand call characterise characterize condemn criticise
    criticize decry denounce deride describe dismiss dub hail label laud praise refer
    slam term vilify apologise apologize
""".split())

MIXED_CUE_VERBS = REPORTING_VERBS | CHARACTERISING_VERBS

# Pronouns that can name a single person speaker and be resolved to the last person.
PERSON_PRONOUNS = frozenset({"he", "she"})

# Subjects that never name a speaker outside quotation marks.
NON_SPEAKERS = frozenset({"it", "there", "this", "that", "which", "who", "what"})

# Heads of an "according to" phrase that name evidence, not a source that speaks:
# 'according to the researchers' calculations'.
NON_SOURCES = frozenset("""
    calculation chart data estimate evidence figure measurement model number projection
    statistic tally
""".split())

# Prepositions that attach a setting, not what was said: 'said on “Good Morning America”'.
SETTING_PREPOSITIONS = frozenset({"at", "during", "in", "on", "via"})

# Marks that open a question clause: "did not say whether ..." reports no statement.
QUESTION_MARKERS = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who"})
