"""Date resolution against the article date (conventions in analysis/extract/dates.py)."""
from __future__ import annotations

import re

import pytest

from analysis.extract.dates import find_dates, parse_iso, resolve_when


@pytest.mark.parametrize("text, article_date, expected", [
    # seasons are meteorological (northern hemisphere)
    ("a delegation will visit the islands this summer", "2017-04-29", "2017-06-01/2017-08-31"),
    ("talks resume next spring", "2017-04-29", "2018-03-01/2018-05-31"),
    ("this winter", "2018-01-15", "2017-12-01/2018-02-28"),
    ("the summer of 2018", "2017-04-29", "2018-06-01/2018-08-31"),
    # years
    ("the pipeline opens next year", "2017-04-29", "2018-01-01/2018-12-31"),
    ("sales fell last year", "2020-06-21", "2019-01-01/2019-12-31"),
    ("in 2015, Tesco centralised its management", "2020-06-21", "2015-01-01/2015-12-31"),
    ("full transition by the end of 2014", "2014-09-03", "2014-12-31"),
    ("the garrison goes home by the end of the year", "2014-09-03", "2014-12-31"),
    ("reported in mid-2019", "2020-06-21", "2019-05-01/2019-08-31"),
    # months: the coming one for plans, the latest one for reports
    ("the inspectors could arrive as early as May", "2017-04-29", "2017-05-01/2017-05-31"),
    ("the delegation will visit in March", "2017-04-29", "2018-03-01/2018-03-31"),
    ("Tesco sold its Thai stores in March", "2020-06-21", "2020-03-01/2020-03-31"),
    ("the IMF said in May", "2019-07-10", "2019-05-01/2019-05-31"),
    ("an agency bulletin in March of last year", "2020-06-21", "2019-03-01/2019-03-31"),
    ("later this month", "2014-09-03", "2014-09-01/2014-09-30"),
    ("May 2019", None, "2019-05-01/2019-05-31"),
    # days
    ("begin operations on July 1, 2020", "2019-07-10", "2020-07-01"),
    ("the November 27 deal", "2020-01-11", "2019-11-27"),
    ("In the November 27 deal they agreed on a line that would make the sea Turkish", "2020-01-11", "2019-11-27"),
    ("This Thursday the commission criticised the move, saying approval would be required", "2019-03-31", "2019-03-28"),
    ("signed on 3 March 2008", None, "2008-03-03"),
    ("On Thursday, alliance leaders promised aid", "2014-09-06", "2014-09-04"),
    ("Late on Sunday, the SDF announced", "2019-10-15", "2019-10-13"),
    ("the ministers will meet on Thursday", "2014-09-06", "2014-09-11"),
    ("next Monday", "2019-10-15", "2019-10-21"),
    ("last Friday", "2019-10-15", "2019-10-11"),
    ("Yesterday in Geneva", "2013-11-25", "2013-11-24"),
    ("a decision tomorrow", "2013-11-25", "2013-11-26"),
])
def test_resolve_when(text, article_date, expected):
    assert resolve_when(text, article_date) == expected


@pytest.mark.parametrize("text", [
    "they may visit the islands",            # "may" the verb is no month
    "a march through the capital",           # "march" the noun neither
    "in the near future",
    "over the last four years",
    "",
])
def test_no_date(text):
    assert resolve_when(text, "2017-04-29") is None


def test_relative_expressions_need_an_article_date():
    assert resolve_when("next year", None) is None
    assert resolve_when("on Thursday", None) is None
    assert resolve_when("by the end of 2014", None) == "2014-12-31"


def test_day_wins_over_range_and_spans_are_exact():
    text = "Next year, on July 1, 2020, trading starts."
    mentions = find_dates(text, "2019-07-10")
    assert [m.text for m in mentions] == ["Next year", "July 1, 2020"]
    assert all(text[m.start:m.end] == m.text for m in mentions)
    assert resolve_when(text, "2019-07-10") == "2020-07-01"


def test_future_can_be_forced():
    assert resolve_when("in March", "2017-04-29", future=True) == "2018-03-01/2018-03-31"
    assert resolve_when("in March", "2017-04-29", future=False) == "2017-03-01/2017-03-31"


@pytest.mark.parametrize("value, ok", [("2017-04-29", True), ("2017-04-29T10:00", True), ("29/04/2017", False), (None, False)])
def test_parse_iso(value, ok):
    assert (parse_iso(value) is not None) == ok


@pytest.mark.parametrize("text", [
    "On Thursday, alliance leaders promised aid by the end of 2014.",
    "THE SUMMIT ENDS NEXT WEEK, on MONDAY or may 5, 2020.",
    "They met on \u017funday and in May 2019.",         # long s: the case-insensitive path
    "Signed İn March 2019 and in May.",                 # İ changes length when lower-cased
    "Signed on 5 July 2019 in \u212aabul.",             # Kelvin sign
])
def test_lower_case_scan_finds_what_the_case_insensitive_one_does(monkeypatch, text):
    from analysis.extract import dates
    fast = find_dates(text, "2020-01-15")
    # force the case-insensitive scan of the original text
    monkeypatch.setattr(dates, "_SPECIAL_CASE", type("Any", (), {"search": staticmethod(lambda s: True)})())
    assert find_dates(text, "2020-01-15") == fast
    assert fast


def test_lower_case_regex_keeps_escapes_and_refuses_inline_flags():
    from analysis.extract.dates import lower_case_regex
    rx = lower_case_regex(r"\b(?P<Word>Said|SAYS)\s+\W")
    assert rx.pattern == r"\b(?P<Word>said|says)\s+\W"
    assert rx.search("he said: ok".lower()) is None and rx.search("he said ,") is not None
    with pytest.raises(ValueError):
        lower_case_regex(r"in\s+(?-i:[A-Z])\w+")


@pytest.mark.parametrize("text, value", [
    ("on Auguſt 3, 2020", "2020-08-03"),
    ("in ſpring 2020", "2020-03-01/2020-05-31"),
    ("laſt week", "2020-04-27/2020-05-03"),
])
def test_long_s_reads_as_s(text, value):
    # the long s (old typography, OCR) matches "s" case-insensitively; it must not crash
    assert [d.value for d in find_dates(text, "2020-05-05")] == [value]


@pytest.mark.parametrize("text", [
    "Nothing to report here.", "In 2019 they met.", "Next SUMMER", "on Mayday", "TONIGHT",
    "a fall", "The weekend", "Octobers", "Décembre", "the\u0663rd", "yearly", "Spring", "holidays",
    "marches", "the augusta", "no date words", "",
])
def test_date_prefilter_says_what_one_regex_says(text):
    from analysis.extract import dates
    one = re.compile(r"\d|spring|summer|autumn|fall|winter|year|month|week|day|tomorrow|tonight|january|"
                     r"february|march|april|may|june|july|august|september|october|november|december")
    low = text.lower()
    assert dates.may_hold_date(text, low) == bool(one.search(low))


@pytest.mark.parametrize("text", [
    "the end of the year, mid-2019 and late 2020", "on 5 july 2020 and july 6", "since 2010 by 2030",
    "yesterday's talks; next week, this summer of 2018", "as early as may", "x2019 in2020 _may",
    "later this month and the coming week", "3rd july", "end of 2014.", "", "in-may by-june",
    "the\u0663rd of july", "on\tmonday\nthe past year", "they met earlier this week in sept. 2019",
    "as late as december of next year", "thesummer, inmarch, ofall", "fall 2018 and the fall of 2018",
])
def test_date_scan_at_date_starts_finds_what_finditer_finds(text):
    from analysis.extract import dates
    spans = [m.span() for m in dates._DATE_RE_LOWER.finditer(text)]
    assert [m.span() for m in dates._date_matches(text)] == spans


@pytest.mark.parametrize("text,low_given", [
    ("The accord will be signed on July 1, 2020.", True), ("ΣΟΦΙΑ met on Monday.", True),
    ("İstanbul talks on Monday", False), ("They met next week.", True),
])
def test_find_dates_same_with_given_lower_case(text, low_given):
    low = text.lower()
    assert find_dates(text, "2020-06-01", low=low) == find_dates(text, "2020-06-01")
