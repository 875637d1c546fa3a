"""Topic classification: one short text per label, scoring rules, and the gold floor."""
from __future__ import annotations

import pytest

from analysis.extract.topics import MAX_LABELS, classify_topics, score_topics, topic_terms
from analysis.records import TOPIC_LABELS, Article


def _article(text: str, title: str | None = None) -> Article:
    return Article(id="t", text=text, title=title, word_count=len(text.split()))


@pytest.mark.parametrize("label, text", [
    ("diplomacy", "The foreign ministers held bilateral talks at the summit and met the ambassador."),
    ("security", "Troops and tanks moved to the front as the military launched an offensive against rebel militias."),
    ("territorial_dispute", "Both countries claim the disputed islands; the maritime border and sovereignty remain contested."),
    ("trade", "The free trade agreement removes tariffs on exports and imports of most commodities."),
    ("sanctions", "The European Union extended sanctions and an arms embargo against the regime."),
    ("energy", "The gas pipeline will carry natural gas from the offshore fields; oil prices fell."),
    ("infrastructure", "The high-speed railway and a new port are the largest infrastructure projects, with a bridge and highways."),
    ("economy", "The central bank raised rates as inflation rose and economic growth slowed; the currency fell."),
    ("domestic_politics", "The opposition party won the parliamentary election after protests; voters turned out in the referendum."),
    ("human_rights", "Human rights groups said refugees and displaced civilians need humanitarian aid."),
    ("environment", "The hurricane caused floods; scientists link the disaster to climate change and emissions."),
    ("health", "The World Health Organization declared a pandemic as the virus spread and hospitals filled with patients."),
    ("science_technology", "Astronomers using a space telescope found an exoplanet; the technology was built by NASA scientists."),
    ("culture_society", "The museum and the cathedral are part of the cultural heritage; the festival drew tourists and students."),
])
def test_one_text_per_label(label, text):
    topics = classify_topics(_article(text))
    assert topics and topics[0].label == label, [(t.label, t.score) for t in topics]
    assert topics[0].terms  # the terms that triggered it are kept


def test_at_most_four_labels_best_first_and_deterministic():
    text = " ".join([
        "The summit of foreign ministers discussed sanctions, the gas pipeline, the railway,",
        "troops on the border, the election, refugees, climate change, the pandemic and the museum.",
    ])
    first = classify_topics(_article(text))
    assert 1 <= len(first) <= MAX_LABELS
    assert [t.score for t in first] == sorted((t.score for t in first), reverse=True)
    assert first == classify_topics(_article(text))
    assert all(t.label in TOPIC_LABELS for t in first)


def test_title_and_lead_weigh_more():
    body = "Officials met.\n\nLater the talks also touched on oil exports."
    plain = {t.label: t.score for t in score_topics(_article(body))}
    titled = {t.label: t.score for t in score_topics(_article(body, title="Oil deal reached"))}
    assert titled["energy"] > plain["energy"]
    lead = {t.label: t.score for t in score_topics(_article("Oil exports rose.\n\nOfficials met."))}
    late = {t.label: t.score for t in score_topics(_article("Officials met.\n\nOil exports rose."))}
    assert lead["energy"] > late["energy"]


def test_repeated_term_is_damped_and_length_normalises():
    once = {t.label: t.score for t in score_topics(_article("The election was held."))}
    many = {t.label: t.score for t in score_topics(_article("The election was held. " * 5))}
    assert many["domestic_politics"] < 5 * once["domestic_politics"]


def test_acronyms_are_case_sensitive():
    assert "health" in topic_terms("The WHO declared an emergency.")
    assert "health" not in topic_terms("Leaders who met agreed.")


def test_no_keyword_no_label():
    assert classify_topics(_article("He said so.")) == []


@pytest.mark.parametrize("label, text", [
    # general news: disasters, accidents, health, science, and a few genre terms
    ("environment", "Rescuers searched the rubble after a landslide; the death toll rose."),
    ("environment", "Firefighters fought the blaze for hours."),
    ("environment", "Aftershocks of magnitude 5 shook the region."),
    ("environment", "A thunderstorm and a storm surge flooded the coast."),
    ("health", "SARS-CoV-2 spread and a lockdown began; public health officials urged quarantine."),
    ("health", "HIV patients were hospitalised after an overdose."),
    ("infrastructure", "The plane crash killed all passengers; the aircraft had been serviced."),
    ("infrastructure", "The train derailed near the station."),
    ("science_technology", "The study published in the journal describes a fossil found by biologists."),
    ("sanctions", "The blockade imposed restrictions on trade with the island."),
    ("human_rights", "The UN rapporteur said press freedom is under threat."),
    ("human_rights", "The court ruled the ban on same-sex unions was discrimination."),
    ("human_rights", "Campaigners against the death penalty decried the crackdown and the censorship."),
    ("diplomacy", "The special representative discussed the extradition request."),
])
def test_general_news_coverage(label, text):
    assert label in topic_terms(text), topic_terms(text)


@pytest.mark.parametrize("text", [
    "Protesters tried to storm the parliament.",   # "storm" the verb is no weather
])
def test_storm_the_verb_is_no_environment(text):
    assert "environment" not in topic_terms(text)


def test_token_memo_shows_each_new_token_once_to_every_classifier():
    from analysis.extract.topics import TokenMemo
    memo = TokenMemo()
    first: list[str] = []
    memo.register(first.append)
    memo.update({"a", "b"})
    memo.update({"b", "a"})                       # seen before: nothing new
    assert sorted(first) == ["a", "b"]
    second: list[str] = []
    memo.register(second.append)                  # a late classifier sees every token again
    words = frozenset({"b", "c"})
    memo.update(words)
    memo.update(words)
    assert sorted(second) == ["b", "c"] and sorted(first) == ["a", "b", "b", "c"]


def test_token_memo_past_its_limit_still_classifies(monkeypatch):
    from analysis.extract.topics import TokenMemo
    memo = TokenMemo()
    monkeypatch.setattr(memo, "LIMIT", 1)
    seen: list[str] = []
    memo.register(seen.append)
    memo.update({"a", "b"})
    memo.update({"c"})                            # not remembered any more, still shown
    memo.update({"c"})
    assert sorted(seen) == ["a", "b", "c", "c"]


def test_shared_memo_gives_the_same_topics_as_a_private_one():
    from analysis.extract.topics import _Lexicon, _lexicon
    from analysis.text import load_table
    private = _Lexicon(load_table("topic_keywords.tsv"))
    text = "The free trade agreement and the WHO nuclear deal; free trade zones, NATO troops."
    assert private.count(text) == _lexicon().count(text)
    art = _article(text)
    assert classify_topics(art) == classify_topics(art)
