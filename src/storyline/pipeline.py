"""Steps over a stream of articles, and executors that decide where the steps run.

A step is a callable taking an iterable of ``Article | Rejected`` and yielding the same kind
(the shape of datatrove's pipeline steps). Steps do not know which executor runs them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent import futures
from dataclasses import dataclass
from itertools import islice

from storyline.model import Article, Rejected

Item = Article | Rejected
Step = Callable[[Iterable[Item]], Iterable[Item]]


def chain(items: Iterable[Item], steps: list[Step]) -> Iterator[Item]:
    stream: Iterable[Item] = items
    for step in steps:
        stream = step(stream)
    yield from stream


@dataclass
class InProcessExecutor:
    """Runs every step in this process, streaming: constant memory whatever the input size."""

    def run(self, items: Iterable[Item], steps: list[Step]) -> Iterator[Item]:
        return chain(items, steps)


def _run_chunk(args: tuple[list[Item], list[Step]]) -> list[Item]:
    chunk, steps = args
    return list(chain(chunk, steps))


@dataclass
class ProcessExecutor:
    """Runs the steps in a pool of worker processes over chunks of the stream, in order.

    Steps must be picklable (module-level functions). At most ``workers * 2`` chunks are in
    flight, so memory stays bounded on long streams.
    """

    workers: int = 2
    chunk_size: int = 16

    def run(self, items: Iterable[Item], steps: list[Step]) -> Iterator[Item]:
        stream = iter(items)
        with futures.ProcessPoolExecutor(max_workers=self.workers) as pool:
            pending = []
            while True:
                while len(pending) < self.workers * 2:
                    chunk = list(islice(stream, self.chunk_size))
                    if not chunk:
                        break
                    pending.append(pool.submit(_run_chunk, (chunk, steps)))
                if not pending:
                    return
                yield from pending.pop(0).result()


def make_executor(workers: int) -> InProcessExecutor | ProcessExecutor:
    return ProcessExecutor(workers=workers) if workers > 1 else InProcessExecutor()


def default_steps() -> list[Step]:
    from storyline.understand.annotate import understand

    return [understand]
