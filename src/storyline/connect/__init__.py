"""Cross-article linking: duplicates, provenance, stories (later issues)."""
