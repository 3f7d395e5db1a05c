"""Per-article understanding: sentences, actors, times, events, quotes."""
