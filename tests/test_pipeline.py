from storyline.model import Rejected, Source
from storyline.pipeline import InProcessExecutor, ProcessExecutor, chain
from tests.factories import make_article


def add_title_suffix(items):
    for item in items:
        if not isinstance(item, Rejected):
            item.title = (item.title or "") + "!"
        yield item


def items(n):
    out = []
    for i in range(n):
        if i % 5 == 4:
            out.append(Rejected(reason="empty file", source=Source(path=f"r{i}")))
        else:
            out.append(make_article(path=f"p{i}.txt"))
    return out


def test_chain_applies_steps_in_order():
    result = list(chain(items(3), [add_title_suffix, add_title_suffix]))
    assert [a.title for a in result] == ["Envoy warns!!"] * 3


def test_executors_give_the_same_stream_in_order():
    expected = [x.to_record() for x in InProcessExecutor().run(items(23), [add_title_suffix])]
    pooled = ProcessExecutor(workers=2, chunk_size=4).run(items(23), [add_title_suffix])
    assert [x.to_record() for x in pooled] == expected
    assert sum("rejected" in r for r in expected) == 4
