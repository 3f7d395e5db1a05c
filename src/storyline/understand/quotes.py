"""Quotes: direct, indirect and mixed, with the speaker resolved to an actor.

CONTRACT:  find_quotes(doc, actors: ActorIndex) -> list[model.Quote]

- direct: a clause or sentence in quotation marks, attributed by a reporting verb before
  ("Lu said: “...”"), after (“...,” Lu said / “...,” said Lu) or between two quotes of the
  same paragraph (“...,” Lu said. “...”); a paragraph-opening quote with no attribution of its
  own continues the quote of the paragraph before; a quote that runs over several paragraphs
  gives one record per paragraph, all with the speaker found in any of them.
- mixed: quoted words inside a sentence ('called it “a farce”'); the speaker is the subject of
  the nearest reporting or characterising verb that governs them, the content the whole
  reported complement with the quoted words in it ('it “a farce”'), a parenthetical
  attribution left inside; stretches split only by their attribution are one record.
- indirect: the clausal complement of a reporting verb ("X said (that) <clause>"), the
  clause around a parenthetical "X said", and "according to X, <clause>" (not when X is
  evidence or data: cues.NON_SOURCES).

Quote text and span are the content without its enclosing quotation marks (for direct quotes
trailing , ; : are dropped); a mixed quote's content keeps the marks inside it. Who the
speaker is and what it is called is quote_speakers' part (a pronoun the actor index cannot
resolve falls back to the last person actor named as a subject before it). The indirect
clause around a parenthetical cue keeps the cue inside ('The plan, Lu said, will fail'); one
reported by a mixed quote's cue is left to the mixed one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from storyline.model import Quote
from storyline.understand.actors import ActorIndex
from storyline.understand.cues import (
    MIXED_CUE_VERBS,
    NON_SOURCES,
    QUESTION_MARKERS,
    SETTING_PREPOSITIONS,
)
from storyline.understand.nlp import Children, children, columns, doc_text, token_starts
from storyline.understand.quote_marks import Quoted, find_quoted, paragraphs
from storyline.understand.quote_speakers import (
    MAX_CLIMB,
    SpeakerNamer,
    can_speak,
    following_noun,
    inverted_speaker,
    is_reporting_verb,
    reduced_relative_head,
    reporting_verb,
    sentence_root,
    subject_of,
)

NEWLINE = re.compile("\n")
SENTENCE_END = frozenset({".", "?", "!", "…"})
FREE_BEFORE = set(":,;—–-.?!(")  # a quote right after one of these starts a sentence part
FREE_AFTER = set(",.;:?!()—–-…")  # ... and one right before one of these ends it
MAX_TITLE_WORDS = 4  # a shorter quoted stretch without a verb may be a title or a name
NEAR_CUE = 8  # tokens after a closing mark within which "Lu said" still attributes the quote
OBJECTS = ("dobj", "dative", "iobj", "oprd")  # a cue's objects before the quoted complement
MAX_CLAUSE = 1500  # characters; a longer "reported clause" is a parse gone wrong


@dataclass
class Found:
    """A quote before its speaker is turned into a model.Speaker."""

    kind: str
    span: tuple[int, int]
    speaker: Token | None = None
    cue: str | None = None
    verb: Token | None = None  # the cue verb, whose clause cannot hold a pronoun's antecedent


@dataclass
class Attribution:
    speaker: Token
    cue: str | None
    verb: Token | None = None


def find_quotes(doc: Doc, actors: ActorIndex) -> list[Quote]:
    """All quotes of the document, in text order."""
    if len(doc) == 0:
        return []
    reader = QuoteReader(doc, actors)
    found = without_mixed_duplicates(reader.direct_and_mixed() + reader.indirect())
    found.sort(key=lambda f: f.span)
    return [reader.record(f) for f in found]


class QuoteReader:
    def __init__(self, doc: Doc, actors: ActorIndex) -> None:
        self.doc, self.actors, self.text = doc, actors, doc_text(doc)
        self.starts = token_starts(doc)
        self.quoted = find_quoted(self.text)
        self.quoted_opens = [q.open for q in self.quoted]
        self.paragraph_spans = paragraphs(self.text)
        self.in_quote = bytearray(len(doc))
        self.bounds = [self.token_bounds(q) for q in self.quoted]
        for first, last in self.bounds:
            self.in_quote[first:last + 1] = b"\x01" * (last + 1 - first)
        self.direct_spans: list[tuple[int, int]] = []
        self.newlines = [m.start() for m in NEWLINE.finditer(self.text)]
        self.verbs_before = [0]  # verbs_before[i]: how many of the first i tokens are verbs
        for pos in columns(doc).pos:
            self.verbs_before.append(self.verbs_before[-1] + (pos in ("VERB", "AUX")))
        # Token.children walks the whole subtree span; a table keeps lookups constant-time.
        self.kids: Children = children(doc)
        self._sentence_of: list[int] | None = None
        self._sentences: list[tuple[int, int]] = []
        self.speakers = SpeakerNamer(self)

    # --- positions ---------------------------------------------------------------------

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def token_bounds(self, q: Quoted) -> tuple[int, int]:
        """First and last token of a quotation, marks included."""
        return self.token_at(q.open), self.token_at(max(q.open, q.close - 1))

    def last_inside(self, q: Quoted) -> int:
        """The offset of the last character before a closed quotation's closing mark (one
        character, or two for ’’)."""
        at = q.close - 2
        pair = self.text[q.close - 2:q.close]
        return at - 1 if pair in ("’’", "''") and at > q.open + 1 else at

    def content_tokens(self, q: Quoted) -> range:
        return range(self.token_at(q.start), self.token_at(q.end - 1) + 1)

    # --- direct and mixed quotes ------------------------------------------------------

    def direct_and_mixed(self) -> list[Found]:
        kinds = [self.kind_of(k) for k in range(len(self.quoted))]
        own = [self.own_attribution(k) if kinds[k] == "direct" else None
               for k in range(len(self.quoted))]
        attributions = self.share_attributions(kinds, own)
        self.attribute_pull_quotes(kinds, attributions)
        found: list[Found] = []
        for k, q in enumerate(self.quoted):
            if kinds[k] != "direct":
                continue
            attribution = attributions[k]
            if attribution is None and self.word_count(q) < 3:
                continue
            self.direct_spans.append((q.start, q.end))
            found.append(Found("direct", (q.start, q.end),
                               attribution.speaker if attribution else None,
                               attribution.cue if attribution else None,
                               attribution.verb if attribution else None))
        self.direct_spans.sort()  # mixed spans are cut at direct quotes: find those first
        mixed = [self.mixed(k) for k in range(len(self.quoted)) if kinds[k] != "direct"]
        return found + self.merge_mixed([m for m in mixed if m is not None])

    def merge_mixed(self, mixed: list[Found]) -> list[Found]:
        """One record per reported content: stretches under the same cue that overlap or
        are split only by the attribution ('are not “X,” Lu said, but “Y”') become one."""
        merged: list[Found] = []
        for found in sorted(mixed, key=lambda f: f.span):
            last = merged[-1] if merged else None
            if last is not None and same_token(last.verb, found.verb) \
                    and self.only_attribution_between(last, found):
                last.span = (last.span[0], max(last.span[1], found.span[1]))
            else:
                merged.append(found)
        for found in merged:
            found.span = self.with_closing_marks(found.span)
        return merged

    def with_closing_marks(self, span: tuple[int, int]) -> tuple[int, int]:
        """Take in the closing mark of a quotation whose opening mark the span holds."""
        start, end = span
        at = bisect_left(self.quoted_opens, start)
        while at < len(self.quoted_opens) and self.quoted_opens[at] < end:
            q = self.quoted[at]
            if q.closed and end < q.close and self.text[end:q.end].strip(" .") == "":
                end = q.close
            at += 1
        return start, end

    def only_attribution_between(self, before: Found, after: Found) -> bool:
        """Whether two spans overlap, or only the attribution and a conjunction part them
        ('“X,” Lu said, but “Y”')."""
        if after.span[0] < before.span[1]:
            return True
        speaker, joined = before.speaker, False
        for i in range(self.token_at(before.span[1]), self.token_at(after.span[0])):
            token = self.doc[i]
            joined = joined or token.dep_ == "cc"
            if token.idx < before.span[1] or token.is_punct or token.is_space \
                    or token.dep_ == "cc" or token.i == before.verb.i:
                continue
            if speaker is None or not self.within(speaker, token.idx):
                return False
        return joined

    def kind_of(self, k: int) -> str:
        q = self.quoted[k]
        if self.is_grouped(k):
            return "direct"  # part of a quote that runs over several paragraphs
        start_kind = self.free_start(k)
        if start_kind is None or not self.free_end(k):
            return "mixed"
        if start_kind == "verb" and not self.has_verb(q):
            return "mixed"  # said “no” / warned of “revenge”
        return "direct"

    def free_start(self, k: int) -> str | None:
        """'clear' when the quote starts a sentence or follows : or ,; 'verb' when it follows a
        reporting verb; None when it sits inside a phrase."""
        q = self.quoted[k]
        floor = self.paragraph_floor(k)
        at = q.open - 1
        while at >= floor and self.text[at].isspace():
            at -= 1
        if at < floor or self.text[at] in FREE_BEFORE:
            return "clear"
        before = self.doc[self.token_at(at)]
        return "verb" if is_reporting_verb(before) else None

    def free_end(self, k: int) -> bool:
        q = self.quoted[k]
        if not q.closed:
            return True
        at = self.last_inside(q)
        while at > q.open and self.text[at].isspace():
            at -= 1
        if self.text[at] in FREE_AFTER:
            return True
        ceiling = self.paragraph_ceiling(k)
        at = q.close
        while at < ceiling and self.text[at].isspace():
            at += 1
        if at >= ceiling or self.text[at] in FREE_AFTER:
            return True
        # “We will win” Lu said (no comma): a clause followed at once by its attribution.
        window = self.after_window(k)[:NEAR_CUE]
        return self.has_verb(q) and cue_in(window, self, from_end=False) is not None

    def paragraph_floor(self, k: int) -> int:
        """Where the text before quote k starts: the previous quote's end or the paragraph's."""
        q = self.quoted[k]
        if k > 0 and self.quoted[k - 1].paragraph == q.paragraph:
            return self.quoted[k - 1].close
        return self.paragraph_spans[q.paragraph][0]

    def paragraph_ceiling(self, k: int) -> int:
        q = self.quoted[k]
        if k + 1 < len(self.quoted) and self.quoted[k + 1].paragraph == q.paragraph:
            return self.quoted[k + 1].open
        return self.paragraph_spans[q.paragraph][1]

    def before_window(self, k: int) -> list[Token]:
        """Tokens between the previous quote (or the paragraph start) and this one, from the
        last sentence end on."""
        first = self.bounds[k][0]
        floor = self.token_at(self.paragraph_floor(k))
        if k > 0 and self.quoted[k - 1].paragraph == self.quoted[k].paragraph:
            floor = self.bounds[k - 1][1] + 1
        tokens = list(self.doc[floor:first]) if floor < first else []
        for i in range(len(tokens) - 1, -1, -1):
            if tokens[i].text in SENTENCE_END:
                return tokens[i + 1:]
        return tokens

    def after_window(self, k: int) -> list[Token]:
        """Tokens after this quote up to the next quote, the paragraph end or a sentence end."""
        last = self.bounds[k][1]
        ceiling_char = self.paragraph_ceiling(k)
        title = k + 1  # '“...,” the “Pose” actor said': a short title is not a new quote
        while title < len(self.quoted) and ceiling_char == self.quoted[title].open \
                and self.is_title(self.quoted[title]):
            ceiling_char = self.paragraph_ceiling(title)
            title += 1
        tokens: list[Token] = []
        for i in range(last + 1, len(self.doc)):
            token = self.doc[i]
            if token.idx >= ceiling_char or token.text in SENTENCE_END:
                break
            tokens.append(token)
        return tokens

    def own_attribution(self, k: int) -> Attribution | None:
        before = self.before_window(k)
        if object_of_cue(before):
            # 'Lu said, “...,” the office said': the quote is the object of the cue before
            # it; the cue after reports the whole sentence
            found = cue_in(before, self, from_end=True)
            if found:
                return found
        after = self.after_window(k)
        if after and not (self.ends_sentence(k) and after[0].is_title and after[0].pos_ != "PRON"
                          and not is_reporting_verb(after[0])):
            found = cue_in(after, self, from_end=False)
            if found:
                return found
        if before and (before[-1].text in ":," or is_reporting_verb(before[-1])):
            return cue_in(before, self, from_end=True) or colon_speaker(before, self)
        return None

    def ends_sentence(self, k: int) -> bool:
        """The quoted content itself ends with a full stop (“... over.” Lu said ... is rare)."""
        q = self.quoted[k]
        return q.closed and self.text[self.last_inside(q)] == "."

    def share_attributions(self, kinds: list[str], own: list[Attribution | None]
                           ) -> list[Attribution | None]:
        """Give unattributed direct quotes the speaker of their multi-paragraph group, of a
        neighbouring quote in the paragraph, or of the paragraph before."""
        result = list(own)
        by_group: dict[int, Attribution] = {}
        for k, q in enumerate(self.quoted):
            if own[k] and q.group not in by_group:
                by_group[q.group] = own[k]
        for k, q in enumerate(self.quoted):
            if kinds[k] != "direct" or result[k]:
                continue
            result[k] = (by_group.get(q.group) if self.is_grouped(k) else None) \
                or self.neighbour_attribution(k, kinds, result) \
                or self.continued_attribution(k, kinds, result) \
                or self.reported_just_before(k)
        return result

    def attribute_pull_quotes(self, kinds: list[str],
                              attributions: list[Attribution | None]) -> None:
        """A pull quote (a quote set apart with no attribution) repeats words that the
        article quotes elsewhere with their speaker: it takes that speaker."""
        said = [(squeeze(self.text[q.start:q.end]), attributions[k])
                for k, q in enumerate(self.quoted) if kinds[k] == "direct" and attributions[k]]
        for k, q in enumerate(self.quoted):
            if kinds[k] != "direct" or attributions[k] is not None or self.word_count(q) < 3:
                continue
            words = squeeze(self.text[q.start:q.end]).rstrip(".,;:!?")
            attributions[k] = next((a for text, a in said if words in text), None)

    def is_grouped(self, k: int) -> bool:
        q = self.quoted[k]
        return q.group != k or (k + 1 < len(self.quoted) and self.quoted[k + 1].group == k)

    def neighbour_attribution(self, k: int, kinds: list[str], result: list[Attribution | None]
                              ) -> Attribution | None:
        q = self.quoted[k]
        if k > 0 and self.quoted[k - 1].paragraph == q.paragraph and kinds[k - 1] == "direct":
            between = self.doc[self.bounds[k - 1][1] + 1:self.bounds[k][0]]
            if result[k - 1] and sum(t.text in SENTENCE_END for t in between) <= 1:
                return result[k - 1]
        nxt = k + 1
        if nxt < len(self.quoted) and self.quoted[nxt].paragraph == q.paragraph \
                and kinds[nxt] == "direct" and result[nxt]:
            between = self.doc[self.bounds[k][1] + 1:self.bounds[nxt][0]]
            if not any(t.is_alpha for t in between):
                return result[nxt]
        return None

    def continued_attribution(self, k: int, kinds: list[str],
                              result: list[Attribution | None]) -> Attribution | None:
        """A paragraph that opens with an unattributed quote continues the speaker of the
        previous paragraph when that one was a direct quote with little else after it, or
        ended in a sentence that reports what someone said ("Lu said the talks failed.")."""
        q = self.quoted[k]
        if not q.at_paragraph_start or q.paragraph == 0:
            return None
        previous = self.quoted[k - 1] if k > 0 else None
        if previous is None or previous.paragraph < q.paragraph - 1 or kinds[k - 1] != "direct":
            return self.reported_at_end(q.paragraph - 1)
        if not result[k - 1]:
            return None
        paragraph_end = self.paragraph_spans[previous.paragraph][1]
        tail = self.doc[self.bounds[k - 1][1] + 1:self.token_at(paragraph_end - 1) + 1]
        if sum(t.text in SENTENCE_END for t in tail) > 1:
            return None
        return result[k - 1]

    def reported_just_before(self, k: int) -> Attribution | None:
        """'..., Lu said. “...”' or 'Lu added that X. “...”': a quote that opens a sentence
        right after a sentence of its paragraph that reports speech, with no other quote
        between, continues that speaker."""
        q = self.quoted[k]
        start = self.paragraph_spans[q.paragraph][0]
        if k > 0 and self.quoted[k - 1].paragraph == q.paragraph:
            start = self.quoted[k - 1].close
        at = q.open - 1
        while at >= start and self.text[at].isspace():
            at -= 1
        if at < start or self.text[at] not in SENTENCE_END:
            return None
        return self.reported_in(self.token_at(start), self.token_at(at))

    def reported_at_end(self, paragraph: int) -> Attribution | None:
        """The speaker and verb of a paragraph's last sentence when it reports speech."""
        start, end = self.paragraph_spans[paragraph]
        return self.reported_in(self.token_at(start), self.token_at(end - 1))

    def reported_in(self, first: int, last: int) -> Attribution | None:
        """The speaker and verb of the last sentence of tokens first..last when it reports
        speech."""
        while last > first and (self.doc[last].is_punct or self.doc[last].is_space):
            last -= 1
        at = last
        while at > first and self.doc[at - 1].text not in SENTENCE_END:
            at -= 1
        root = sentence_root(self.doc[last])
        verbs = [root, *(c for c in self.kids[root.i] if c.dep_ == "conj")]
        # 'X touched on Y and noted that ...': the reporting verb may be a conjunct
        verbs = [v for v in verbs if v.i >= at and is_reporting_verb(v)
                 and any(c.dep_ == "ccomp" for c in self.kids[v.i])]
        if not verbs:
            return None
        verb = verbs[-1]
        speaker = subject_of(verb, self)
        if speaker is None or not self.can_speak(speaker):
            return None
        return Attribution(speaker, verb.text, verb)

    def mixed(self, k: int) -> Found | None:
        q = self.quoted[k]
        governed = self.governing_cue(self.content_tokens(q))
        if governed is None:
            return self.mixed_before_cue(k)
        cue, complement = governed
        if complement is not None and complement.dep_ == "prep" \
                and complement.lower_ in SETTING_PREPOSITIONS:
            return None  # 'said on “Good Morning America”': a setting, not what was said
        speaker = subject_of(cue, self)
        if speaker is None or not self.can_speak(speaker) or self.within(speaker, q.start):
            return None  # no speaker, or the quoted words name the speaker (“X” star Y said)
        return Found("mixed", self.reported_span(q, cue, complement), speaker, cue.text, cue)

    def mixed_before_cue(self, k: int) -> Found | None:
        """'Hosting X “is our dream,” Lu said' where the parse misses the link: a quote that
        ends its clause with a comma inside the marks, followed at once by 'Lu said'; the
        content runs from the sentence start."""
        q = self.quoted[k]
        if not q.closed or self.text[self.last_inside(q)] != ",":
            return None
        found = cue_in(self.after_window(k)[:NEAR_CUE], self, from_end=False)
        before = [t for t in self.before_window(k) if not t.is_space]
        if found is None or found.verb is None or not before:
            return None
        first = before[0].i
        while first < before[-1].i and self.is_edge(self.doc[first], leading=True):
            first += 1
        return Found("mixed", (self.doc[first].idx, q.end), found.speaker, found.cue,
                     found.verb)

    def within(self, phrase_head: Token, char: int) -> bool:
        """Whether a character offset lies in the phrase headed by phrase_head."""
        last = phrase_head.right_edge
        return phrase_head.left_edge.idx <= char < last.idx + len(last)

    def governing_cue(self, tokens: range) -> tuple[Token, Token | None] | None:
        """The nearest reporting or characterising verb above the quoted words and its
        dependent that holds them, or a parenthetical reporting verb of their sentence
        ("X, Lu said, is “...”") and None."""
        inside = set(tokens)
        heads = [self.doc[i] for i in tokens
                 if self.doc[i].head.i not in inside or self.doc[i].head.i == i]
        heads = [t for t in heads if not t.is_punct] or heads
        if not heads:
            return None
        node = heads[0]
        complement, settled = node, False
        for _ in range(MAX_CLIMB):
            if node.head.i == node.i:
                break
            if not settled:
                complement = node
                # '... that A and that “B”': B's own clause is the content
                settled = node.dep_ == "conj" and self.own_mark(node)
            node = node.head
            if node.i in inside:
                continue
            if is_mixed_cue(node) and not self.in_quote[node.i]:
                return node, complement
        root = sentence_root(heads[0])
        for candidate in [root, *self.kids[root.i]]:
            if candidate.i in inside or self.in_quote[candidate.i]:
                continue
            attached = candidate is root or candidate.dep_ in ("parataxis", "ccomp", "advcl")
            if attached and is_reporting_verb(candidate):
                return candidate, None
        return None

    def own_mark(self, clause: Token) -> bool:
        return any(c.dep_ == "mark" for c in self.kids[clause.i])

    def reported_span(self, q: Quoted, cue: Token, complement: Token | None
                      ) -> tuple[int, int]:
        """The whole reported content of a mixed quote: the cue's complement that holds the
        quoted words ('called [the plan a “farce”]'), or, for a parenthetical cue, the
        sentence around it; never shorter than the quoted words."""
        if complement is None:
            root = sentence_root(self.doc[self.token_at(q.start)])
            first, last = root.left_edge.i, root.right_edge.i
        else:
            first, last = self.complement_edges(cue, complement)
        first, last = self.around_quote(first, last, q)
        while first <= last and self.is_edge(self.doc[first], leading=True):
            first += 1
        while last >= first and self.is_edge(self.doc[last], leading=False):
            last -= 1
        start, end = q.start, q.end
        if first <= last:
            start = min(start, self.doc[first].idx)
            end = max(end, self.doc[last].idx + len(self.doc[last]))
        if end - start > MAX_CLAUSE:
            start, end = q.start, q.end
        while end > q.start and self.text[end - 1] in " .":
            end -= 1
        return start, end

    def complement_edges(self, cue: Token, complement: Token) -> tuple[int, int]:
        """First and last token of a cue's complement: the dependent's phrase, from the
        cue's first object on ('described [the plan as “...”]'), without a further
        'and that ...' clause."""
        if complement.dep_ == "prep":  # 'apologised for [“...”]'
            complement = next((c for c in self.kids[complement.i]
                               if c.dep_ in ("pobj", "pcomp")), complement)
        first, last = complement.left_edge.i, complement.right_edge.i
        for clause in self.kids[complement.i]:
            if clause.dep_ == "conj" and self.own_mark(clause) and clause.i > complement.i:
                last = min(last, clause.left_edge.i - 1)
        if complement.i > cue.i:
            for sibling in self.kids[cue.i]:
                if cue.i < sibling.i < complement.i and sibling.dep_ in OBJECTS:
                    first = min(first, sibling.left_edge.i)
        return first, last

    def around_quote(self, first: int, last: int, q: Quoted) -> tuple[int, int]:
        """Keep a span within the quote's line and out of the direct quotes next to it."""
        line_start = self.text.rfind("\n", 0, q.open) + 1
        line_end = self.text.find("\n", q.end)
        line_end = len(self.text) if line_end < 0 else line_end
        first = max(first, self.token_at(line_start))
        last = min(last, self.token_at(max(line_start, line_end - 1)))
        at = bisect_right(self.direct_spans, (q.start, len(self.text)))
        if at > 0 and self.direct_spans[at - 1][1] > self.doc[first].idx:
            first = max(first, self.token_at(self.direct_spans[at - 1][1]) + 1)
        if at < len(self.direct_spans) and self.direct_spans[at][0] <= self.doc[last].idx:
            last = min(last, self.token_at(self.direct_spans[at][0]) - 1)
        return first, last

    def is_edge(self, token: Token, leading: bool) -> bool:
        """Punctuation, space, a complementiser or a conjunction at a span's edge."""
        if token.is_punct or token.is_space or token.dep_ == "cc":
            return True
        return leading and token.lower_ == "that" and token.dep_ == "mark"

    def is_title(self, q: Quoted) -> bool:
        return self.word_count(q) <= MAX_TITLE_WORDS and not self.has_verb(q)

    def word_count(self, q: Quoted) -> int:
        return sum(self.doc[i].is_alpha for i in self.content_tokens(q))

    def has_verb(self, q: Quoted) -> bool:
        return any(self.doc[i].pos_ in ("VERB", "AUX") for i in self.content_tokens(q))

    # --- indirect quotes --------------------------------------------------------------

    def indirect(self) -> list[Found]:
        found: list[Found] = []
        table = columns(self.doc)
        for i, (lower, lemma, tag) in enumerate(zip(table.lower, table.lemma, table.tag,
                                                    strict=True)):
            if self.in_quote[i]:
                continue
            if lower == "according":
                found.extend(self.according_to(self.doc[i]))
            elif tag.startswith("VB") and reporting_verb(lemma, tag) \
                    and not any(table.dep[c] == "neg" for c in self.kids.indices(i)):
                found.extend(self.reported_clause(self.doc[i]))
        return found

    def reported_clause(self, verb: Token) -> Iterable[Found]:
        speaker = subject_of(verb, self)
        if speaker is None or not self.can_speak(speaker):
            return
        clauses = [c for c in self.kids[verb.i] if c.dep_ == "ccomp"]
        spans = [self.clause_span(c.left_edge.i, c.right_edge.i, verb) for c in clauses
                 if not self.in_quote[c.i] and not is_question(c, self)]
        if not clauses and verb.dep_ == "parataxis" and not self.in_quote[verb.head.i]:
            spans.append(self.parenthetical_span(verb))
        for span in spans:
            if span is not None:
                yield Found("indirect", span, speaker, verb.text, verb)

    def parenthetical_span(self, verb: Token) -> tuple[int, int] | None:
        """'The plan will fail, the official said': the side of the clause with its verb;
        the whole clause, attribution inside, when it runs on both sides."""
        head = verb.head
        if head.left_edge.i < verb.left_edge.i and any(
                not t.is_punct for t in self.doc[verb.right_edge.i + 1:head.right_edge.i + 1]):
            # 'The plan, Lu said, will fail': the clause runs on both sides of the cue
            return self.clause_span(head.left_edge.i, head.right_edge.i, verb, around=True)
        if head.i < verb.left_edge.i:
            return self.clause_span(head.left_edge.i, verb.left_edge.i - 1, verb)
        return self.clause_span(verb.right_edge.i + 1, head.right_edge.i, verb)

    def according_to(self, according: Token) -> Iterable[Found]:
        to = next((c for c in self.kids[according.i] if c.lower_ == "to"), None)
        source = next((c for c in self.kids[to.i] if c.dep_ == "pobj"), None) if to else None
        if source is None or not is_source(source):
            return
        sentence_start, sentence_end = self.sentence_bounds(according)
        phrase_start, phrase_end = according.left_edge.i, according.right_edge.i
        if phrase_start - sentence_start >= sentence_end - phrase_end:
            span = self.clause_span(sentence_start, phrase_start - 1, according)
        else:
            span = self.clause_span(phrase_end + 1, sentence_end, according)
        if span is not None:
            yield Found("indirect", span, source, "according to")

    def sentence_bounds(self, token: Token) -> tuple[int, int]:
        """First and last token of the token's sentence (tables built once, on first use)."""
        if self._sentence_of is None:
            self._sentence_of, self._sentences = [], []
            for number, sentence in enumerate(self.doc.sents):
                self._sentences.append((sentence.start, sentence.end - 1))
                self._sentence_of.extend([number] * len(sentence))
        return self._sentences[self._sentence_of[token.i]]

    def clause_span(self, first: int, last: int, cue: Token, around: bool = False
                    ) -> tuple[int, int] | None:
        """The character span of tokens first..last with the complementiser and edge
        punctuation dropped; None when empty, around the cue (unless around), or inside a
        direct quote."""
        if first <= cue.i <= last and not around:
            return None
        first, last = self.same_line(first, last, cue)
        last = self.before_direct(first, last)
        while first <= last and (self.doc[first].is_punct or self.doc[first].is_space
                                 or (self.doc[first].lower_ == "that"
                                     and self.doc[first].dep_ == "mark")):
            first += 1
        while last >= first and (self.doc[last].is_punct or self.doc[last].is_space):
            last -= 1
        if last - first < 1 or self.verbs_before[last + 1] == self.verbs_before[first]:
            return None
        span = (self.doc[first].idx, self.doc[last].idx + len(self.doc[last]))
        if span[1] - span[0] > MAX_CLAUSE:
            return None
        return span if self.paragraph_of(span[0]) == self.paragraph_of(cue.idx) else None

    def paragraph_of(self, char: int) -> int:
        return bisect_right(self.paragraph_spans, (char, len(self.text)))

    def same_line(self, first: int, last: int, cue: Token) -> tuple[int, int]:
        """Cut a clause at a line break, keeping the part next to its cue: the parser runs
        a headline into the paragraph under it."""
        start, end = self.doc[first].idx, self.doc[last].idx
        at = bisect_right(self.newlines, start)
        if at == len(self.newlines) or self.newlines[at] >= end:
            return first, last
        if cue.i < first:
            return first, bisect_left(self.starts, self.newlines[at]) - 1
        later = bisect_right(self.newlines, end) - 1
        return bisect_left(self.starts, self.newlines[later]), last

    def before_direct(self, first: int, last: int) -> int:
        """Where a clause must end so as not to run into a direct quote ('said the talks
        failed, “and ...”' ends at 'failed'); before first when it starts inside one."""
        start, end = self.doc[first].idx, self.doc[last].idx + len(self.doc[last])
        at = bisect_right(self.direct_spans, (start, len(self.text)))
        if at > 0 and self.direct_spans[at - 1][1] > start:
            return first - 1  # starts inside a direct quote
        if at < len(self.direct_spans) and self.direct_spans[at][0] < end:
            return self.token_at(self.direct_spans[at][0]) - 1
        return last

    # --- records ---------------------------------------------------------------------

    def can_speak(self, token: Token) -> bool:
        return can_speak(token, self.in_quote)

    def record(self, found: Found) -> Quote:
        start, end = found.span
        speaker = (self.speakers.speaker(found.speaker, found.verb, found.span)
                   if found.speaker is not None else None)
        return Quote(speaker=speaker, text=self.text[start:end], kind=found.kind,
                     cue=found.cue, span=(start, end))


# --- mixed quotes ------------------------------------------------------------------------

def without_mixed_duplicates(found: list[Found]) -> list[Found]:
    """Drop an indirect quote that a mixed quote of the same cue already covers in part."""
    mixed: dict[int, list[tuple[int, int]]] = {}
    for f in found:
        if f.kind == "mixed" and f.verb is not None:
            mixed.setdefault(f.verb.i, []).append(f.span)
    return [f for f in found if f.kind != "indirect" or f.verb is None or not any(
        f.span[0] < end and start < f.span[1] for start, end in mixed.get(f.verb.i, ()))]


# --- syntax helpers ------------------------------------------------------------------------

def is_source(token: Token) -> bool:
    """Whether the object of 'according to' can be a speaker, not evidence or data."""
    return token.lemma_.lower() not in NON_SOURCES and token.lower_ not in NON_SOURCES


def is_mixed_cue(token: Token) -> bool:
    return token.lemma_.lower() in MIXED_CUE_VERBS and token.tag_.startswith("VB")


def is_question(clause: Token, reader: QuoteReader) -> bool:
    """'whether ...', 'what he meant': a clause that reports a question, not a statement."""
    if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKERS for c in reader.kids[clause.i]):
        return True
    first = clause.left_edge
    return first.tag_ in ("WDT", "WP", "WP$", "WRB") or first.lower_ in QUESTION_MARKERS


def cue_in(window: list[Token], reader: QuoteReader, from_end: bool) -> Attribution | None:
    """The reporting verb (or 'according to') in a window of tokens next to a quote, and
    who it says spoke."""
    order = range(len(window) - 1, -1, -1) if from_end else range(len(window))
    for n in order:
        token = window[n]
        if token.lower_ == "according" and n + 1 < len(window) and window[n + 1].lower_ == "to":
            source = next((c for c in reader.kids[window[n + 1].i] if c.dep_ == "pobj"), None)
            if source is not None and reader.can_speak(source) and is_source(source):
                return Attribution(source, "according to")
            continue
        if not is_reporting_verb(token):
            continue
        speaker = subject_of(token, reader) or reduced_relative_head(token, window[:n])
        if ((speaker is None or reader.in_quote[speaker.i]) and not from_end) \
                or (speaker is not None and speaker.i > token.i):
            # inverted: “...,” said Lu
            speaker = inverted_speaker(window[n + 1:], reader) or speaker
        if speaker is not None and reader.can_speak(speaker):
            return Attribution(speaker, token.text, token)
    return None


def object_of_cue(before: list[Token]) -> bool:
    """Whether a quote follows its reporting verb at once ('said “...”', 'said, “...”')."""
    tokens = [t for t in before[-2:] if not t.is_space]
    if tokens and tokens[-1].text in ",:":
        tokens = tokens[:-1]
    return bool(tokens) and is_reporting_verb(tokens[-1])


def colon_speaker(window: list[Token], reader: QuoteReader) -> Attribution | None:
    """'Smith shrugged: “...”' or a bare 'Smith: “...”': the subject or name before the colon."""
    if not window or window[-1].text != ":":
        return None
    for token in reversed(window):
        if token.pos_ in ("VERB", "AUX"):
            speaker = subject_of(token, reader)
            if speaker is not None and reader.can_speak(speaker):
                return Attribution(speaker, token.text, token)
            return None
    names = [t for t in window if t.pos_ == "PROPN"]
    if names:
        speaker = following_noun(names[-1:])
        if speaker is not None and reader.can_speak(speaker):
            return Attribution(speaker, None)
    return None


def squeeze(text: str) -> str:
    return " ".join(text.split()).lower()


def same_token(a: Token | None, b: Token | None) -> bool:
    return a is not None and b is not None and a.i == b.i

