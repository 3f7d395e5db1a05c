import datetime as dt

from storyline.connect import duplicates as d
from storyline.connect.shingles import shingles
from tests.connect.texts import OTHER, STORY, THIRD, lightly_edited, with_clutter


def stored(id_, text, day="2019-01-17", dup=None):
    return d.Stored(id_, text, (dt.date.fromisoformat(day), dt.datetime(2019, 1, 17), id_), dup)


def test_parameters_fit_together():
    assert d.BANDS * d.ROWS == d.NUM_PERM
    assert str(d.NUM_PERM) in d.PARAMS and f"b{d.BANDS}r{d.ROWS}" in d.PARAMS


def test_fingerprint_is_deterministic_with_one_bucket_per_band():
    a, b = d.fingerprint(STORY), d.fingerprint(STORY)
    assert a.buckets == b.buckets and len(a.buckets) == d.BANDS
    assert all(-(2**63) <= x < 2**63 for x in a.buckets)
    assert d.fingerprint("").buckets == []


def test_exact_and_cluttered_copies_share_buckets_unrelated_text_does_not():
    base = set(d.fingerprint(STORY).buckets)
    assert set(d.fingerprint(STORY).buckets) == base
    assert base & set(d.fingerprint(with_clutter(STORY)).buckets)
    assert base & set(d.fingerprint(lightly_edited(STORY)).buckets)
    assert not base & set(d.fingerprint(OTHER).buckets)


def test_minhash_estimates_jaccard():
    a, b = shingles(STORY), shingles(lightly_edited(STORY))
    exact = d.similarity(a, b).jaccard
    sa, sb = d.signature(a), d.signature(b)
    estimate = float((sa == sb).mean())
    assert abs(estimate - exact) < 0.1


def test_verify_keeps_copies_and_drops_unrelated_text():
    fp = d.fingerprint(with_clutter(STORY))
    found = d.verify(fp, [stored("x", OTHER), stored("s", STORY)])
    assert [m.id for m in found] == ["s"]
    assert found[0].containment == 1.0 and found[0].jaccard >= d.JACCARD_MIN
    assert [m.id for m in d.verify(d.fingerprint(lightly_edited(STORY)), [stored("s", STORY)])]


def test_containment_finds_a_copy_padded_with_new_text():
    padded = STORY + "\n\n" + OTHER + "\n\n" + THIRD
    a, b = shingles(padded), shingles(STORY)
    m = d.similarity(a, b)
    assert m.jaccard < d.JACCARD_MIN <= 1.0 == m.containment
    assert d.is_duplicate(m, a, b)


def test_earliest_is_by_date_then_ingest_order():
    new = d.Stored("n", "", (dt.date(2019, 1, 16), dt.datetime.max, "n"))
    old = stored("o", STORY, "2019-01-17")
    assert d.earliest(new, [old]) is new
    same_day = d.Stored("n", "", (dt.date(2019, 1, 17), dt.datetime.max, "n"))
    assert d.earliest(same_day, [old]) is old


def test_stored_signatures_prefilter_candidates():
    fp = d.fingerprint(lightly_edited(STORY))
    assert len(fp.signature) == 4 * d.NUM_PERM
    sigs = {"s": d.fingerprint(STORY).signature, "x": d.fingerprint(OTHER).signature}
    assert d.estimated_jaccard(sigs["s"], sigs["s"]) == 1.0
    assert d.likely(fp, sigs) == ["s"]


def test_signatures_hashed_in_blocks_equal_one_pass_over_all_members():
    import numpy as np

    from storyline.connect import minhash

    perms = minhash.Permutations(64, 3)
    groups = [["w"], [f"x{i}" for i in range(5000)], ["a", "b"], [f"y{i}" for i in range(70)]]
    members = np.array([minhash._hash64(m) for g in groups for m in g], dtype=np.uint64)
    starts = np.cumsum([0] + [len(g) for g in groups[:-1]])
    whole = np.minimum.reduceat(minhash._mix(members[:, None] ^ perms.salts), starts, axis=0)
    assert (perms.signatures(groups) == whole).all()
