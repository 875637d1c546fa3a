"""resolve_actors: one actor id per person across the corpus."""
from __future__ import annotations

import pandas as pd

from analysis.corpus import COLUMNS, DOMINANT, resolve_actors


def _tables(rows):
    """persons, mentions and quotes tables from (article_id, actor_id, name) rows."""
    persons = pd.DataFrame([{"article_id": a, "actor_id": i, "name": n} for a, i, n in rows],
                           columns=COLUMNS["persons"])
    mentions = pd.DataFrame([{"article_id": a, "actor_id": i, "text": n} for a, i, n in rows],
                            columns=COLUMNS["mentions"])
    quotes = pd.DataFrame([{"article_id": a, "speaker": n, "speaker_id": i} for a, i, n in rows],
                          columns=COLUMNS["quotes"])
    return persons, mentions, quotes


def _resolved(rows):
    persons, mentions, quotes = _tables(rows)
    resolve_actors(persons, mentions, quotes)
    assert persons["actor_id"].tolist() == mentions["actor_id"].tolist() == quotes["speaker_id"].tolist()
    return dict(zip(persons["article_id"], persons["actor_id"]))


def test_a_family_name_alone_joins_the_only_fuller_name():
    got = _resolved([("a1", "vladimir-putin", "Vladimir Putin"), ("a2", "putin", "Putin")])
    assert got == {"a1": "vladimir-putin", "a2": "vladimir-putin"}


def test_a_family_name_alone_joins_a_dominant_fuller_name():
    rows = [(f"d{k}", "donald-trump", "Donald Trump") for k in range(DOMINANT)]
    rows += [("m1", "melania-trump", "Melania Trump"), ("t1", "trump", "Trump")]
    got = _resolved(rows)
    assert got["t1"] == "donald-trump" and got["m1"] == "melania-trump"


def test_a_family_name_alone_stays_apart_when_no_fuller_name_dominates():
    rows = [(f"b{k}", "boris-johnson", "Boris Johnson") for k in range(DOMINANT - 1)]
    rows += [("l1", "lyndon-johnson", "Lyndon Johnson"), ("j1", "johnson", "Johnson")]
    assert _resolved(rows)["j1"] == "johnson"
