import datetime as dt

from storyline.timeml import day_range


def test_day_ranges_of_timeml_values():
    assert day_range("2018-12-01") == (dt.date(2018, 12, 1), dt.date(2018, 12, 1))
    assert day_range("2019-W04") == (dt.date(2019, 1, 21), dt.date(2019, 1, 27))
    assert day_range("2020-02") == (dt.date(2020, 2, 1), dt.date(2020, 2, 29))
    assert day_range("2018") == (dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    assert day_range("P10D") is None and day_range(None) is None
    assert day_range("2019-02-30") is None and day_range("2019-W60") is None


def test_times_of_day_and_weekends_cover_their_day_and_week():
    assert day_range("2018-12-01T15:00") == (dt.date(2018, 12, 1), dt.date(2018, 12, 1))
    assert day_range("2018-12-01TNI") == (dt.date(2018, 12, 1), dt.date(2018, 12, 1))
    assert day_range("2019-W04-WE") == (dt.date(2019, 1, 21), dt.date(2019, 1, 27))
    assert day_range("PRESENT_REF") is None
