"""Storyline: news in, traceable records out."""

__version__ = "0.1.0"
