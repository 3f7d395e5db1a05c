"""Reading sources into Articles (or Rejected records)."""
