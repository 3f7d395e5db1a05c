"""A user's own actors (--actors FILE): the CSV loader and its overlay on the dictionary."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.understand.actors import resolve_actors
from storyline.understand.lexicon import load_lexicon
from storyline.understand.nlp import load_nlp
from storyline.understand.user_actors import (
    UserActor,
    UserActorsError,
    load_user_actors,
    user_actors,
)

HEADER = "name,country,sector,kind,aliases,start,end\n"


def write(tmp_path, text, name="actors.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_become_user_actors(tmp_path):
    path = write(tmp_path, HEADER + "Jane Roe,CAN,GOV,person,J. Roe|Roe,2020-01-01,\n"
                                    "Acme Relief,,NGO,organisation,AR,,\n\n")
    roe, acme = load_user_actors(path)
    assert roe == UserActor("Jane Roe", "person", "CAN", "GOV", ("J. Roe", "Roe"),
                            "2020-01-01", None)
    assert (acme.kind, acme.country, acme.sector, acme.aliases) == (
        "organization", None, "NGO", ("AR",))


def test_columns_may_come_in_any_order_and_be_left_out(tmp_path):
    (actor,) = load_user_actors(write(tmp_path, "kind,name\nperson,Jane Roe\n"))
    assert (actor.name, actor.country, actor.aliases) == ("Jane Roe", None, ())


@pytest.mark.parametrize(("row", "message"), [
    ("Jane Roe,XXX,GOV,person,,,", "line 2: country 'XXX'"),
    ("Jane Roe,CAN,GOVERNMENT,person,,,", "line 2: sector"),
    ("Jane Roe,CAN,GOV,wizard,,,", "line 2: kind 'wizard'"),
    (",CAN,GOV,person,,,", "line 2: name is empty"),
    ("Jane Roe,CAN,GOV,person,,2020-13-01,", "line 2: start '2020-13-01'"),
    ("Oz,,,country,,,", "line 2: a country entry needs"),
    ("Jane Roe,CAN,GOV,person,,,,extra", "line 2: more fields"),
])
def test_malformed_rows_name_their_line(tmp_path, row, message):
    with pytest.raises(UserActorsError, match=message):
        load_user_actors(write(tmp_path, HEADER + row + "\n"))


def test_header_must_name_known_columns(tmp_path):
    with pytest.raises(UserActorsError, match="line 1: unknown column"):
        load_user_actors(write(tmp_path, "name,kind,colour\nX,person,red\n"))
    with pytest.raises(UserActorsError, match="line 1: .*missing kind"):
        load_user_actors(write(tmp_path, "name,country\nX,CAN\n"))


def test_yaml_is_refused_with_a_reason(tmp_path):
    with pytest.raises(UserActorsError, match="YAML"):
        load_user_actors(write(tmp_path, "- name: X\n", "actors.yaml"))


def test_overlay_wins_over_the_shipped_dictionary_only_inside_the_block():
    shipped = load_lexicon()
    mine = (UserActor("Huawei", "organization", "SWE", "BUS"),
            UserActor("Oz", "country", "AUS"),
            UserActor("Jane Roe", "person", "NZL", "GOV", ("J. Roe",), "2019-01-01", None))
    with user_actors(mine):
        lex = load_lexicon()
        assert lex.organizations["huawei"]["country"] == "SWE"
        assert lex.country_of_name("Oz") == "AUS"
        assert lex.office("J. Roe", dt.date(2020, 1, 1)).country == "NZL"
        assert lex.surname_holder("Roe", dt.date(2020, 1, 1)) == "jane roe"
    assert load_lexicon() is shipped
    assert shipped.organizations["huawei"]["country"] == "CHN"


def test_user_person_resolves_in_an_article():
    nlp = load_nlp()
    doc = nlp("Jane Roe said on Monday that the talks would go on. Roe left.")
    with user_actors((UserActor("Jane Roe", "person", "NZL", "GOV"),)):
        index = resolve_actors(doc, when=dt.date(2020, 1, 1))
    actor = next(a for a in index.actors if a.kind == "person")
    assert (actor.name, actor.country, actor.sector) == ("Jane Roe", "NZL", "GOV")
