"""The labelling rules of the clutter benchmark (scripts/build_clutter_set.py)."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def builder():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "build_clutter_set", ROOT / "scripts" / "build_clutter_set.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "text",
    [
        "Marchers crossing the bridge. Image: Jane Doe (flickr).",
        "The old mill by the river.Image: Town Archive.",
        "Photo: Jane Doe, AP",
        "(Image credit: Example Magazine)",
    ],
)
def test_captions_and_image_credits_are_left_out(builder, text):
    assert builder.relabel(text, "body") is None
    assert builder.relabel(text, "clutter") is None


@pytest.mark.parametrize(
    "text",
    [
        "Copyright 2019 Example News. All rights reserved.",
        "© 2019 Example Media, LLC",
        "Example may receive a commission from purchases made through links.",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "By Jane Doe",
        "Provided by Example Space Agency",
    ],
)
def test_furniture_counts_as_clutter_whatever_the_source_said(builder, text):
    assert builder.relabel(text, "body") == "clutter"


@pytest.mark.parametrize(
    "text",
    [
        "The notice alleged a violation of copyright protection rules, the company said.",
        "Photos: Ten bridges through the years",
        "By subject",
        "The council voted by seven votes to two on Tuesday evening after a long debate.",
    ],
)
def test_prose_and_gallery_links_keep_their_label(builder, text):
    assert builder.relabel(text, "body") == "body"
    assert builder.relabel(text, None) is None
