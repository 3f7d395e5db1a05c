"""Actors: who the people, organisations and countries of an article are.

CONTRACT (events.py and quotes.py rely on it; keep it stable):

    index = resolve_actors(doc)          # doc: a parsed spaCy Doc of Article.text
    index.actors                         # list[model.Actor], ids "a1", "a2", ... with mentions
    index.for_token(token)               # Actor | None: the actor the token is part of a mention of
                                         #   (entity, resolved surname, pronoun, role noun)
    index.for_phrase(head_token)         # Actor | None: the actor a noun phrase headed by
                                         #   head_token denotes, e.g. "the Canadian government"
                                         #   -> Canada GOV, "China's ambassador" -> the ambassador
                                         #   actor or CHN GOV; creates actors as needed
    index.event_actor(actor)             # model.EventActor for an event's source/target
    index.get(actor_id)                  # Actor by id

This file is a first baseline; the dictionary-backed version replaces its internals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from storyline.model import Actor, EventActor, Mention

ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "country"}


@dataclass
class ActorIndex:
    doc: Doc
    actors: list[Actor] = field(default_factory=list)
    _by_token: dict[int, str] = field(default_factory=dict)
    _by_id: dict[str, Actor] = field(default_factory=dict)

    def add(self, name: str, kind: str, **fields) -> Actor:
        actor = Actor(id=f"a{len(self.actors) + 1}", name=name, kind=kind, **fields)
        self.actors.append(actor)
        self._by_id[actor.id] = actor
        return actor

    def mention(self, actor: Actor, start: int, end: int) -> None:
        """Record tokens doc[start:end] as a mention of actor."""
        span = self.doc[start:end]
        actor.mentions.append(Mention(text=span.text, span=(span.start_char, span.end_char)))
        for i in range(start, end):
            self._by_token[i] = actor.id

    def get(self, actor_id: str) -> Actor:
        return self._by_id[actor_id]

    def for_token(self, token: Token) -> Actor | None:
        actor_id = self._by_token.get(token.i)
        return self._by_id[actor_id] if actor_id else None

    def for_phrase(self, head: Token) -> Actor | None:
        found = self.for_token(head)
        if found:
            return found
        for child in head.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod"):
                found = self.for_token(child)
                if found:
                    return found
        return None

    def event_actor(self, actor: Actor) -> EventActor:
        return EventActor(actor=actor.id, name=actor.name, country=actor.country, code=actor.code)


def resolve_actors(doc: Doc) -> ActorIndex:
    """Baseline: one actor per distinct entity name; a lone surname joins an earlier full name."""
    index = ActorIndex(doc)
    by_name: dict[str, Actor] = {}
    for ent in doc.ents:
        kind = ENTITY_KINDS.get(ent.label_)
        if not kind:
            continue
        name = ent.text.strip()
        actor = by_name.get(name)
        if actor is None and kind == "person" and " " not in name:
            actor = next((a for n, a in by_name.items() if n.split()[-1] == name), None)
        if actor is None:
            actor = index.add(name, kind)
            by_name[name] = actor
        index.mention(actor, ent.start, ent.end)
    return index
