"""The embedded DuckDB store: the only code that talks to the database."""
