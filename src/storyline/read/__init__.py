"""Reading sources into Articles (or Rejected records)."""

from storyline.read.sources import iter_input_files, read_file, read_paths

__all__ = ["iter_input_files", "read_file", "read_paths"]
