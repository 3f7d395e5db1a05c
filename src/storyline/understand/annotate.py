"""The understand step: parse articles in batches and fill actors, times, events, quotes."""

from __future__ import annotations

import atexit
import datetime as dt
import gc
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.tokens import Doc

from storyline.model import Article, Rejected, Source
from storyline.understand.actors import resolve_actors
from storyline.understand.events import code_events
from storyline.understand.gazetteer import load_gazetteer
from storyline.understand.nlp import parse
from storyline.understand.quotes import find_quotes
from storyline.understand.times import find_times
from storyline.understand.user_actors import UserActor, user_actors

BATCH_SIZE = 1  # parser memory grows with the batch: 4 peaked 47 MB higher than 1 (295 articles)
WARM_UP_TEXT = ("The United Nations said on Monday that Canadian police had arrested two "
                "men in Paris, and the minister told reporters: \"We will act.\"")
_warm: list[bool] = []


def published_date(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.published.date) if article.published.date else None
    except ValueError:
        return None


def annotate(article: Article, doc: Doc) -> Article:
    """Fill the understanding fields of one article from its parsed text."""
    published = published_date(article)
    actors = resolve_actors(doc, when=published)
    times = find_times(doc, published)
    quotes = find_quotes(doc, actors)
    events = code_events(doc, actors, times, quotes, published=published)
    article.actors = actors.actors
    article.places = getattr(actors, "places", [])
    article.times = times.times
    article.quotes = quotes
    article.events = events
    return article


def warm_up() -> None:
    """Load the model and every dictionary the steps read (they load on first use), once per
    process, then freeze them out of the garbage collector's view: its full collections
    would otherwise walk these ~200,000 long-lived objects again and again (~15% of the
    steps' time on 100 news articles)."""
    if _warm:
        return
    for doc in parse([WARM_UP_TEXT], 1):
        annotate(Article(id="warm-up", text=WARM_UP_TEXT, source=Source()), doc)
    load_gazetteer()  # the warm-up text has no misspelt country: the steps load it lazily
    gc.collect()
    gc.freeze()
    atexit.register(gc.unfreeze)  # let the interpreter's shutdown free them as usual
    _warm.append(True)


def understand(items: Iterable[Article | Rejected], batch_size: int = BATCH_SIZE, *,
               actors: tuple[UserActor, ...] | None = None) -> Iterator[Article | Rejected]:
    """A pipeline step: articles come out annotated, rejected records pass through.
    actors: a user's own actors (--actors FILE), laid over the shipped dictionary."""
    stream = iter(items)
    while batch := list(islice(stream, batch_size)):
        articles = [item for item in batch if isinstance(item, Article)]
        if articles:
            warm_up()  # once: a stream of rejected records alone never loads the model
        docs = parse([a.text for a in articles], batch_size)
        for item in batch:
            yield (_annotate_or_reject(item, next(docs), actors) if isinstance(item, Article)
                   else item)


def _annotate_or_reject(article: Article, doc: Doc,
                        actors: tuple[UserActor, ...] | None = None) -> Article | Rejected:
    """A bug met on one article's text must not stop the run nor lose the article silently."""
    try:
        with user_actors(actors):
            return annotate(article, doc)
    except Exception as err:  # noqa: BLE001 - recorded as a Rejected with its reason
        reason = f"understanding failed: {type(err).__name__}: {err}"
        return Rejected(reason=reason[:500], source=article.source)
