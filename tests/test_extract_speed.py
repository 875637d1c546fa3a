"""The shortcuts that make extraction fast must never change what it finds."""
from __future__ import annotations

import pytest

from analysis.extract import dates, persons, topics
from analysis.extract.organizations import _head_runs, _run_heads


@pytest.mark.parametrize("text", [
    "The ministers met on Monday.",
    "The deal will be signed by 2030.",
    "They may agree later.",
    "Talks resume in March of next year.",
    "The summit ends at the end of the month.",
    "Officials said the accord holds.",
    "They will meet toMORROW.",
    "The plan was adopted in \u017fpring 2020.",          # long s matches "s" case-insensitively
    "Signed on 5 \u212aune?",                           # Kelvin sign matches "k"
    "Signed on \u0663 July.",                           # an Arabic-Indic digit is a \\d
    "Nothing to report here.",
])
def test_date_prefilter_never_hides_a_match(text):
    if dates._DATE_RE.search(text):
        assert dates.may_hold_date(text)


@pytest.mark.parametrize("text,expected", [
    ("Officials said the accord holds.", False),
    ("The talks ended on Monday.", True),
    ("In 2019 they met.", True),
])
def test_date_prefilter_cases(text, expected):
    assert dates.may_hold_date(text) is expected


def test_find_dates_same_with_and_without_prefilter(monkeypatch):
    texts = ["The accord will be signed on July 1, 2020.", "They agreed.", "Next week they meet."]
    with_filter = [dates.find_dates(t, "2020-06-01") for t in texts]
    monkeypatch.setattr(dates, "may_hold_date", lambda text, low=None: True)
    assert [dates.find_dates(t, "2020-06-01") for t in texts] == with_filter


@pytest.mark.parametrize("text", [
    "The Ministry of Foreign Affairs said on Monday that Prime Minister John Smith left.",
    "Officials of the Kurdish-led Syrian Democratic Forces met.",
    "The House of Commons voted.",
    "Officials of the Ministry’s press office, the Defence Ministry, and the Kremlin said.",
    "The Foreign Ministry, Interior Ministry and Health Ministry of Iraq met.",
])
def test_head_runs_filter_keeps_every_run(monkeypatch, text):
    _run_heads.cache_clear()            # (memoised per run: both calls must compute)
    found = _head_runs(text)
    _run_heads.cache_clear()
    monkeypatch.setattr("analysis.extract.organizations._head_run_words",
                        lambda: type("Any", (), {"isdisjoint": staticmethod(lambda words: False)})())
    assert _head_runs(text) == found
    _run_heads.cache_clear()            # (no memo entry made under the patch survives)


@pytest.mark.parametrize("raw", ["word", "(U.S.)", "“Putin,", "—", "end.\"", "U.S.", "("])
def test_word_pieces_cover_the_word(raw):
    pieces = persons._word_pieces(raw)
    assert "".join(w for w, _, _ in sorted(pieces, key=lambda p: p[1])) == raw
    assert all(raw[a:b] == w for w, a, b in pieces)


def test_topic_count_is_stable_across_calls():
    lex = topics._lexicon()
    text = "The free trade agreement and free trade zone deal on nuclear weapons."
    first = lex.count(text)
    assert lex.count(text) == first
