"""Unit tests of analysis.views and analysis.network on small hand-built corpora.

``make_corpus()`` builds a realistic little corpus straight from the tables' columns
(analysis.corpus.COLUMNS), independent of the extractors; tests/test_notebooks.py reuses it.
"""
from __future__ import annotations

import hashlib

import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import ActorNotFound, ReportError, views
from analysis.corpus import COLUMNS, Corpus
from analysis.network import ego_graph, ego_network

SCRIPT = "<script>alert(1)</script>"

# (id, date, source, title, sentences, extraction) -- sentence indexes refer to the list.
ARTICLES = [
    ("eir-2017-04-12", "2017-04-12", "EIR", "Abe and Putin agree to study joint fisheries projects", [
        "Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin in Moscow on April 11.",
        "The two leaders agreed to set up a working group on joint fisheries projects.",
        "\u201cOur cooperation in the Far East will bring benefits to both peoples,\u201d Putin told reporters.",
    ], {
        "persons": [("vladimir-putin", "Vladimir Putin", "President", "RUS", 2, 0),
                    ("shinzo-abe", "Shinzo Abe", "Prime Minister", "JPN", 1, 0)],
        "countries": [("RUS", "Russia", 0), ("JPN", "Japan", 0), ("PRK", "North Korea", 2)],
        "quotes": [("Vladimir Putin", "vladimir-putin", "Our cooperation in the Far East will bring benefits to both peoples", 2)],
        "agreements": [("agreed", ["JPN", "RUS"], [], "set up a working group on joint fisheries projects", ["economy"], 1)],
        "topics": [("diplomacy", 0.9), ("territorial_dispute", 0.5), ("economy", 0.3)],
    }),
    ("eir-2017-06-15", "2017-06-15", "EIR", "Xi and Putin sign gas deal", [
        "Chinese President Xi Jinping and Vladimir Putin signed a thirty-year gas supply contract.",
        "Turkish President Recep Tayyip Erdo\u011fan also attended the forum.",
        "\u201cEnergy cooperation is the cornerstone of our strategic partnership,\u201d Xi said.",
    ], {
        "persons": [("xi-jinping", "Xi Jinping", "President", "CHN", 2, 0),
                    ("vladimir-putin", "Vladimir Putin", "President", "RUS", 1, 0),
                    ("recep-tayyip-erdogan", "Recep Tayyip Erdo\u011fan", "President", "TUR", 1, 1)],
        "countries": [("CHN", "China", 0), ("RUS", "Russia", 0), ("TUR", "Turkey", 1)],
        "organizations": [("gazprom", "Gazprom", None, "company", "RUS", 0)],
        "quotes": [("Xi Jinping", "xi-jinping", "Energy cooperation is the cornerstone of our strategic partnership", 2)],
        "agreements": [("agreed", ["CHN", "RUS"], [], "a thirty-year gas supply contract", ["energy"], 0)],
        "topics": [("energy", 0.8), ("diplomacy", 0.6), ("trade", 0.4)],
    }),
    ("wn-2018-03-02", "2018-03-02", "Wikinews", "UN Security Council discusses Korean peninsula", [
        "The United Nations Security Council called on North Korea to halt its missile tests.",
        "Secretary-General Ant\u00f3nio Guterres said \u201cdialogue remains the only path to lasting peace in the region.\u201d",
        "Russia and the United States discussed a freeze of military exercises.",
        "US Ambassador Nikki Haley met Xi Jinping's envoy.",
    ], {
        "persons": [("antonio-guterres", "Ant\u00f3nio Guterres", "Secretary-General", None, 1, 1),
                    ("nikki-haley", "Nikki Haley", "Ambassador", "USA", 1, 3),
                    ("xi-jinping", "Xi Jinping", None, "CHN", 1, 3)],
        "countries": [("PRK", "North Korea", 0), ("RUS", "Russia", 2), ("USA", "United States", 2)],
        "organizations": [("united-nations-security-council", "United Nations Security Council", "UNSC",
                           "international", None, 0)],
        "quotes": [("Ant\u00f3nio Guterres", "antonio-guterres", "dialogue remains the only path to lasting peace in the region.", 1)],
        "agreements": [("called_for", ["United Nations Security Council"], ["PRK"], "halt its missile tests", ["security"], 0),
                       ("discussed", ["RUS", "USA"], [], "a freeze of military exercises", ["security"], 2)],
        "topics": [("security", 0.9), ("diplomacy", 0.5)],
    }),
    ("wn-2018-11-10", "2018-11-10", "Wikinews", f"Leaders meet {SCRIPT} in Singapore", [
        "Vladimir Putin and Shinzo Abe met in Singapore.",
        f"\u201c{SCRIPT} is not a policy, and we will talk about a peace treaty,\u201d Putin said.",
        "The two leaders will hold talks on a peace treaty in January.",
    ], {
        "persons": [("vladimir-putin", "Vladimir Putin", "President", "RUS", 2, 0),
                    ("shinzo-abe", "Shinzo Abe", "Prime Minister", "JPN", 1, 0)],
        "countries": [("RUS", "Russia", 0), ("JPN", "Japan", 0)],
        "quotes": [("Vladimir Putin", "vladimir-putin", f"{SCRIPT} is not a policy, and we will talk about a peace treaty", 1)],
        "agreements": [("planned", ["JPN", "RUS"], [], "hold talks on a peace treaty", ["territorial_dispute"], 2)],
        "topics": [("diplomacy", 0.8), ("territorial_dispute", 0.7)],
    }),
    ("eir-2019-02-28", "2019-02-28", "EIR", "Hanoi summit ends without agreement", [
        "President Donald Trump and Kim Jong Un ended their Hanoi summit without an agreement.",
        "Prime Minister Shinzo Abe and his wife Akie Abe followed the talks from Tokyo.",
        "\u201cSometimes you have to walk, and this was just one of those times,\u201d Trump said.",
    ], {
        "persons": [("donald-trump", "Donald Trump", "President", "USA", 2, 0),
                    ("kim-jong-un", "Kim Jong Un", None, "PRK", 1, 0),
                    ("shinzo-abe", "Shinzo Abe", "Prime Minister", "JPN", 1, 1),
                    ("akie-abe", "Akie Abe", None, "JPN", 1, 1)],
        "countries": [("USA", "United States", 0), ("PRK", "North Korea", 0), ("VNM", "Vietnam", 0),
                      ("JPN", "Japan", 1)],
        "quotes": [("Donald Trump", "donald-trump", "Sometimes you have to walk, and this was just one of those times", 2)],
        "agreements": [("failed", ["PRK", "USA"], [], "an agreement at the Hanoi summit", ["security"], 0)],
        "topics": [("security", 0.9), ("diplomacy", 0.8)],
    }),
    ("undated-commentary", None, "Wikinews", "Commentary on trade", [
        "Trade between China and its neighbours keeps growing.",
    ], {
        "countries": [("CHN", "China", 0)],
        "topics": [("trade", 0.7)],
    }),
]


def make_corpus(articles=ARTICLES, *, rejections: bool = True) -> Corpus:
    """A small corpus built straight from the table columns (no extractors involved)."""
    rows = {name: [] for name in COLUMNS}
    for aid, date, source, title, sentences, x in articles:
        offsets, start = [], 0
        for s in sentences:
            offsets.append((start, start + len(s)))
            start += len(s) + 1
        text = " ".join(sentences)
        rows["articles"].append({
            "id": aid, "title": title, "date": date, "source": source, "dateline": None, "url": None,
            "byline": None, "text": text, "paragraphs": 1, "sentences": len(sentences),
            "word_count": len(text.split()), "content_hash": hashlib.sha1(text.encode()).hexdigest(),
            "path": f"{aid}.txt", "line": None, "warnings": None})
        rows["manifest"].append({"path": f"{aid}.txt", "line": None, "status": "loaded", "reason": None,
                                 "id": aid, "duplicate_of": None})
        for i, (s, (a, b)) in enumerate(zip(sentences, offsets)):
            rows["sentences"].append({"article_id": aid, "sentence": i, "paragraph": 0, "start": a, "end": b, "text": s})

        def span(word, i):
            a = offsets[i][0] + max(0, sentences[i].find(word))
            return a, a + len(word)

        for actor_id, name, role, country, n, i in x.get("persons", []):
            a, b = span(name.split()[-1], i)
            rows["persons"].append({"article_id": aid, "actor_id": actor_id, "name": name, "role": role,
                                    "country": country, "mentions": n, "start": a, "end": b, "sentence": i})
            for _ in range(n):
                rows["mentions"].append({"article_id": aid, "actor_id": actor_id, "text": name, "start": a,
                                         "end": b, "sentence": i})
        for code, name, i in x.get("countries", []):
            a, b = span(name, i)
            rows["countries"].append({"article_id": aid, "code": code, "name": name, "mentions": 1,
                                      "start": a, "end": b, "sentence": i})
        for org_id, name, acronym, kind, country, i in x.get("organizations", []):
            a, b = span(name, i)
            rows["organizations"].append({"article_id": aid, "org_id": org_id, "name": name, "acronym": acronym,
                                          "kind": kind, "country": country, "mentions": 1, "start": a, "end": b,
                                          "sentence": i})
        for speaker, speaker_id, quote, i in x.get("quotes", []):
            a, b = span(quote, i)
            rows["quotes"].append({"article_id": aid, "speaker": speaker, "speaker_kind": "person",
                                   "speaker_id": speaker_id, "text": quote, "start": a, "end": b,
                                   "sentence": i, "cue": "said"})
        for k, (status, parties, targets, what, topics, i) in enumerate(x.get("agreements", [])):
            rows["agreements"].append({"article_id": aid, "agreement_id": f"{aid}#{k}", "status": status,
                                       "parties": parties, "targets": targets, "what": what, "topics": topics,
                                       "when": None, "cue": None, "reported_by": None, "evidence": sentences[i],
                                       "start": offsets[i][0], "end": offsets[i][1], "sentence": i})
        for label, score in x.get("topics", []):
            rows["topics"].append({"article_id": aid, "label": label, "score": score, "terms": [label]})
    if rejections:
        rows["manifest"] += [
            {"path": "copy-of-eir.txt", "line": None, "status": "duplicate", "reason": "same content as eir-2017-04-12",
             "id": "copy-of-eir", "duplicate_of": "eir-2017-04-12"},
            {"path": "empty.txt", "line": None, "status": "rejected", "reason": "empty file", "id": None,
             "duplicate_of": None},
            {"path": "feed.jsonl", "line": 3, "status": "rejected", "reason": f"malformed JSON {SCRIPT}",
             "id": None, "duplicate_of": None},
        ]
    tables = {name: pd.DataFrame(rows[name], columns=COLUMNS[name]) for name in COLUMNS}
    return Corpus(origin="hand-built test corpus", **tables)


def empty_extractions() -> Corpus:
    """Articles only: every extracted table empty."""
    full = make_corpus()
    return Corpus(articles=full.articles, manifest=full.manifest, sentences=full.sentences,
                  origin="articles only")


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return make_corpus()


@pytest.fixture(scope="module")
def bare() -> Corpus:
    return empty_extractions()


def _is_chart(fig, table):
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_title(), "every chart has a title"
    assert isinstance(table, pd.DataFrame) and not table.empty
    return ax


# --------------------------------------------------------------------------- display and escaping

def test_show_table_escapes_markup_and_hides_index():
    html = views.show_table(pd.DataFrame({"title": [f"Leaders meet {SCRIPT}"], "n": [3]}))._repr_html_()
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<th></th>" not in html and ">0<" not in html  # no index column


def test_show_table_empty_shows_the_message():
    block = views.show_table(pd.DataFrame(columns=["a"]), empty="no agreements in this period")
    assert "no agreements in this period" in block._repr_html_()


def test_show_table_truncates_and_says_so():
    html = views.show_table(pd.DataFrame({"n": range(30)}), max_rows=10)._repr_html_()
    assert "First 10 of 30 rows" in html and html.count("<tr>") == 11
    html = views.show_table(pd.DataFrame({"n": range(3000)}), max_rows=1000,
                            more="the whole table is <all>.csv")._repr_html_()
    assert "First 1,000 of 3,000 rows; the whole table is &lt;all&gt;.csv." in html
    assert "First" not in views.show_table(pd.DataFrame({"n": range(3)}), max_rows=10, more="x")._repr_html_()


def test_note_and_header_escape(corpus):
    assert SCRIPT not in views.note(f"quote: {SCRIPT}")._repr_html_()
    header = views.report_header(f"Report {SCRIPT}", corpus, "2017-01-01", None, actor=SCRIPT)._repr_html_()
    assert SCRIPT not in header and "&lt;script&gt;" in header and "from 2017-01-01" in header


def test_save_chart_writes_png_beside_csv(corpus, tmp_path):
    fig, table = views.articles_per_month(corpus)
    chart = views.save_chart(fig, table, "Articles per month", tmp_path / "charts")
    assert (tmp_path / "charts" / "articles-per-month.png").read_bytes()[:4] == b"\x89PNG"
    saved = pd.read_csv(tmp_path / "charts" / "articles-per-month.csv")
    assert list(saved.columns) == ["month", "articles"] and saved["articles"].sum() == 5
    assert chart._repr_png_() == chart._repr_png_()  # deterministic bytes
    assert views.save_chart(None, table, "nothing", "") is None
    assert views.save_chart(fig, table, "../escape", tmp_path) is not None
    assert not (tmp_path.parent / "escape.png").exists()


# --------------------------------------------------------------------------- dates

def test_filter_dates_keeps_tables_in_step(corpus):
    part = views.filter_dates(corpus, "2018-01-01", "2018-12-31")
    assert sorted(part.articles["id"]) == ["wn-2018-03-02", "wn-2018-11-10"]
    for name in ("sentences", "persons", "quotes", "agreements", "topics", "countries"):
        assert set(getattr(part, name)["article_id"]) <= set(part.articles["id"]), name
    assert len(part.manifest) == len(corpus.manifest)


@pytest.mark.parametrize("date_from,date_to,expected", [
    (None, None, 6), ("", "", 6), ("2019-01-01", None, 1), (None, "2017-06", 2), (None, "2017", 2),
    ("2017-06-15", "2017-06-15", 1), ("2030-01-01", None, 0),
])
def test_filter_dates_bounds(corpus, date_from, date_to, expected):
    assert len(views.filter_dates(corpus, date_from, date_to).articles) == expected


@pytest.mark.parametrize("date_from,date_to", [("yesterday-ish", None), ("2019-01-01", "2018-01-01")])
def test_filter_dates_rejects_bad_bounds(corpus, date_from, date_to):
    with pytest.raises(ReportError, match="date"):
        views.filter_dates(corpus, date_from, date_to)


def test_month_range_spans_gaps(corpus):
    months = views.month_range(corpus)
    assert str(months[0]) == "2017-04" and str(months[-1]) == "2019-02" and len(months) == 23


# --------------------------------------------------------------------------- actors

def test_actors_table(corpus):
    table = views.actors(corpus).set_index("actor_id")
    putin = table.loc["vladimir-putin"]
    assert putin["articles"] == 3 and putin["quotes"] == 2 and putin["country"] == "RUS"
    assert putin["first_seen"] == "2017-04-12" and putin["last_seen"] == "2018-11-10"
    assert table.loc["xi-jinping", "role"] == "President"
    assert table.loc["united-nations-security-council", "kind"] == "organization"
    assert views.actors(corpus)["actor_id"].iloc[0] == "vladimir-putin"  # most seen first


@pytest.mark.parametrize("query,actor_id", [
    ("vladimir-putin", "vladimir-putin"),
    ("Vladimir Putin", "vladimir-putin"),
    ("putin", "vladimir-putin"),
    ("VLADIMIR", "vladimir-putin"),
    ("Erdogan", "recep-tayyip-erdogan"),
    ("recep tayyip erdogan", "recep-tayyip-erdogan"),
    ("Antonio Guterres", "antonio-guterres"),
    ("UNSC", "united-nations-security-council"),
    ("security council", "united-nations-security-council"),
    ("Jinping", "xi-jinping"),
])
def test_find_actor_matches(corpus, query, actor_id):
    assert views.find_actor(corpus, query)["actor_id"] == actor_id


def test_find_actor_ambiguous_lists_candidates(corpus):
    with pytest.raises(ActorNotFound) as err:
        views.find_actor(corpus, "Abe")
    message = str(err.value)
    assert "ambiguous" in message and "Shinzo Abe" in message and "Akie Abe" in message


def test_find_actor_unknown_lists_closest(corpus):
    with pytest.raises(ActorNotFound) as err:
        views.find_actor(corpus, "Vladmir Putn")
    assert "Vladimir Putin" in str(err.value) and "closest" in str(err.value)


def test_find_actor_nothing_close_lists_most_seen(corpus):
    with pytest.raises(ActorNotFound, match="most seen actors are: Vladimir Putin"):
        views.find_actor(corpus, "Zzyzx Qwerty")


def test_find_actor_on_corpus_without_actors(bare):
    with pytest.raises(ActorNotFound, match="no actors"):
        views.find_actor(bare, "Putin")


def test_actor_card(corpus):
    card = dict(zip(*views.actor_card(corpus, "Putin").T.values))
    assert card["country"] == "Russia (RUS)" and card["articles"] == 3 and card["roles"] == "President"
    later = views.filter_dates(corpus, "2019-01-01", None)
    card = dict(zip(*views.actor_card(later, views.find_actor(corpus, "Putin")).T.values))
    assert card["articles"] == 0 and card["first seen"] == "(not in this period)"


def test_actor_mentions_over_time(corpus, capsys):
    fig, table = views.actor_mentions_over_time(corpus, "Putin")
    ax = _is_chart(fig, table)
    assert ax.get_xlabel() and ax.get_ylabel()
    assert table["articles"].sum() == 3 and table["mentions"].sum() == 5
    assert table.loc[table["month"] == "2017-06", "articles"].item() == 1
    fig, table = views.actor_mentions_over_time(views.filter_dates(corpus, "2019-01-01"),
                                                views.find_actor(corpus, "Putin"))
    assert fig is None and "not named" in capsys.readouterr().out


def test_co_occurrences_and_co_actors(corpus):
    pairs = views.co_occurrences(corpus)
    top = pairs.iloc[0]
    assert (top["actor_a"], top["actor_b"], top["articles"]) == ("shinzo-abe", "vladimir-putin", 2)
    assert (pairs["actor_a"] < pairs["actor_b"]).all()
    co = views.co_actors(corpus, "Putin")
    assert list(co["name"][:1]) == ["Shinzo Abe"] and "Vladimir Putin" not in set(co["name"])


def test_ego_network_is_deterministic(corpus):
    graph = ego_graph(corpus, "Putin")
    assert set(graph) == {"vladimir-putin", "shinzo-abe", "xi-jinping", "recep-tayyip-erdogan"}
    assert graph["shinzo-abe"]["vladimir-putin"]["weight"] == 2
    fig, table = ego_network(corpus, "Putin")
    assert fig.axes[0].get_title().startswith("Who is named with Vladimir Putin")
    assert views.figure_png(fig) == views.figure_png(ego_network(corpus, "Putin")[0])
    assert table.iloc[0]["shared_articles"] == 2


def test_ego_network_alone(corpus, capsys):
    fig, table = ego_network(corpus, "Guterres")  # named with Haley and Xi
    assert fig is not None
    april = views.filter_dates(corpus, "2017-04-01", "2017-04-30")
    fig, table = ego_network(april, views.find_actor(corpus, "Shinzo Abe"))
    assert fig is not None and set(table["target"]) | set(table["source"]) == {"Shinzo Abe", "Vladimir Putin"}
    solo = make_corpus([ARTICLES[0][:4] + (ARTICLES[0][4], {"persons": ARTICLES[0][5]["persons"][:1]})])
    fig, table = ego_network(solo, "Putin")
    assert fig is None and table.empty and "no other person" in capsys.readouterr().out


def test_actor_quotes_escaped_and_dated(corpus):
    quotes = views.actor_quotes(corpus, "Putin")
    assert list(quotes["date"]) == ["2017-04-12", "2018-11-10"]
    assert quotes["title"].iloc[1].endswith("in Singapore")
    html = views.show_table(quotes)._repr_html_()
    assert SCRIPT not in html and "&lt;script&gt;alert(1)&lt;/script&gt; is not a policy" in html


def test_actor_agreements_through_country(corpus):
    table = views.actor_agreements(corpus, "Putin")
    assert list(table["status"]) == ["agreed", "agreed", "planned"]
    assert "Japan; Russia" in set(table["parties"])
    # Russia/US talks in an article not naming Putin are not his
    assert "discussed" not in set(table["status"])
    assert views.actor_agreements(corpus, "Guterres").empty  # no country, not a party


def test_actor_agreements_by_name_for_organisations(corpus):
    table = views.actor_agreements(corpus, "UNSC")
    assert list(table["status"]) == ["called for"] and table["parties"].item() == "United Nations Security Council"
    assert table["targets"].item() == "North Korea"


def test_actor_topics(corpus):
    fig, table = views.actor_topics(corpus, "Putin")
    _is_chart(fig, table)
    assert table.iloc[0]["topic"] == "diplomacy" and table.iloc[0]["articles"] == 3
    assert table.iloc[0]["share"] == 1.0


# --------------------------------------------------------------------------- overview

def test_corpus_summary(corpus):
    summary = dict(zip(*views.corpus_summary(corpus).T.values))
    assert summary["articles"] == 6 and summary["undated articles"] == 1
    assert summary["first article"] == "2017-04-12" and summary["agreements"] == 6


def test_articles_per_month(corpus):
    fig, table = views.articles_per_month(corpus)
    ax = _is_chart(fig, table)
    assert ax.get_xlabel() == "month" and ax.get_ylabel() == "articles"
    assert len(table) == 23 and table["articles"].sum() == 5
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[0] == "Apr 2017" and len(labels) <= 14


def test_sources_and_lengths(corpus):
    fig, table = views.sources(corpus)
    _is_chart(fig, table)
    assert dict(zip(table["source"], table["articles"])) == {"EIR": 3, "Wikinews": 3}
    fig, table = views.article_lengths(corpus)
    _is_chart(fig, table)
    assert table["articles"].sum() == 6


def test_manifest_counts_and_rejections(corpus):
    counts = dict(zip(views.manifest_counts(corpus)["status"], views.manifest_counts(corpus)["inputs"]))
    assert counts == {"loaded": 6, "duplicate": 1, "rejected": 2, "total": 9}
    table = views.rejections(corpus)
    assert list(table["status"]) == ["rejected", "rejected", "duplicate"]
    assert "3" in set(table["line"]) and "empty file" in set(table["reason"])
    assert SCRIPT not in views.show_table(table)._repr_html_()


@pytest.mark.parametrize("kind,first,articles", [
    ("actors", "Vladimir Putin", 3), ("countries", "Russia", 4), ("organizations", "Gazprom", 1),
    ("topics", "diplomacy", 5),
])
def test_leading(corpus, kind, first, articles):
    fig, table = views.leading(corpus, kind, n=3)
    _is_chart(fig, table)
    assert table.iloc[0]["name"] == first and table.iloc[0]["articles"] == articles
    assert len(table) <= 3 and 0 < table.iloc[0]["share"] <= 1


def test_leading_unknown_kind(corpus):
    with pytest.raises(ReportError, match="unknown kind"):
        views.leading(corpus, "planets")


def test_share_over_time(corpus):
    fig, table = views.share_over_time(corpus, "topics", n=2)
    _is_chart(fig, table)
    # five dated articles over two years: shares per year, not per month of one article
    assert list(table.columns) == ["year", "diplomacy", "security"]
    assert dict(zip(table["year"], table["security"])) == {"2017": 0.0, "2018": 0.5, "2019": 1.0}
    assert table.loc[table["year"] == "2018", "diplomacy"].item() == 1.0


@pytest.mark.parametrize("articles,months,freq", [(100, 3, "M"), (100, 24, "Q"), (30, 24, "Y"), (1, 1, "Y")])
def test_share_period_follows_articles_per_period(articles, months, freq):
    dates = pd.Series(pd.date_range("2019-01-01", periods=months, freq="MS")).sample(
        articles, replace=True, random_state=1)
    assert views._period_freq(dates) == freq


def test_agreements_by_status(corpus):
    fig, table = views.agreements_by_status(corpus)
    _is_chart(fig, table)
    assert list(table["status"]) == ["agreed", "planned", "called_for", "discussed", "failed"]
    assert list(table["agreements"]) == [2, 1, 1, 1, 1]


# --------------------------------------------------------------------------- empty tables

@pytest.mark.parametrize("call", [
    lambda c: views.agreements_by_status(c),
    lambda c: views.agreements_timeline(c),
    lambda c: views.party_matrix(c),
    lambda c: views.leading(c, "actors"),
    lambda c: views.leading(c, "topics"),
    lambda c: views.share_over_time(c, "countries"),
    lambda c: views.topic_volume(c, "energy"),
])
def test_charts_on_empty_tables_print_a_message(bare, capsys, call):
    fig, table = call(bare)
    assert fig is None and isinstance(table, pd.DataFrame)
    out = capsys.readouterr().out
    assert out.startswith("No ") and "period" in out


@pytest.mark.parametrize("call", [
    lambda c: views.agreements_register(c), lambda c: views.topic_quotes(c, "security"),
    lambda c: views.topic_agreements(c, "security"), lambda c: views.rejections(
        Corpus(articles=c.articles, manifest=c.manifest.iloc[:0])),
    lambda c: views.co_occurrences(c), lambda c: views.actors(c),
])
def test_tables_on_empty_tables(bare, call):
    table = call(bare)
    assert isinstance(table, pd.DataFrame) and table.empty and len(table.columns) > 0


def test_everything_on_an_empty_period(corpus, capsys):
    empty = views.filter_dates(corpus, "2030-01-01", None)
    for fig, _ in (views.articles_per_month(empty), views.sources(empty), views.article_lengths(empty),
                   views.agreements_by_status(empty), views.agreements_timeline(empty)):
        assert fig is None
    assert dict(zip(*views.corpus_summary(empty).T.values))["articles"] == 0
    assert "No agreements in this period." in capsys.readouterr().out


# --------------------------------------------------------------------------- topics

@pytest.mark.parametrize("given,label", [("diplomacy", "diplomacy"), ("Human rights", "human_rights"),
                                         ("Territorial dispute", "territorial_dispute")])
def test_find_topic(corpus, given, label):
    assert views.find_topic(corpus, given) == label


def test_find_topic_unknown_suggests(corpus):
    with pytest.raises(ReportError, match="Did you mean diplomacy"):
        views.find_topic(corpus, "diplomcy")


def test_topic_volume(corpus):
    fig, table = views.topic_volume(corpus, "security")
    _is_chart(fig, table)
    assert table["articles"].sum() == 2 and table.loc[table["month"] == "2019-02", "share"].item() == 1.0


def test_topic_leading_actors_and_countries(corpus):
    ids = views.topic_articles(corpus, "security")
    table = views.leading_table(corpus, "actors", article_ids=ids)
    assert set(table["name"]) >= {"Donald Trump", "Nikki Haley"} and "Vladimir Putin" not in set(table["name"])
    countries = views.leading_table(corpus, "countries", article_ids=ids)
    assert countries.iloc[0]["name"] in ("North Korea", "United States") and countries.iloc[0]["articles"] == 2


def test_topic_quotes(corpus):
    quotes = views.topic_quotes(corpus, "diplomacy", n=3, per_speaker=1)
    assert len(quotes) == 3 and quotes["speaker"].is_unique
    assert list(quotes["date"]) == sorted(quotes["date"], reverse=True)
    assert views.topic_quotes(corpus, "trade").empty or set(views.topic_quotes(corpus, "trade")["speaker"]) == {"Xi Jinping"}


def test_topic_quotes_put_named_speakers_before_unnamed_ones(corpus):
    import dataclasses
    named = views.topic_quotes(corpus, "diplomacy", n=1)
    row = corpus.quotes[corpus.quotes["text"] == named["quote"].iloc[0]].iloc[0]
    unnamed = row.copy()
    unnamed["speaker"], unnamed["speaker_kind"], unnamed["speaker_id"] = "senior official", "unnamed", None
    unnamed["text"] = row["text"] + " That is all we can say for now."
    other = dataclasses.replace(corpus, quotes=pd.concat([pd.DataFrame([unnamed]), corpus.quotes], ignore_index=True))
    assert list(views.topic_quotes(other, "diplomacy", n=1)["speaker"]) == list(named["speaker"])
    assert "senior official" in set(views.topic_quotes(other, "diplomacy", n=50)["speaker"])


def test_topic_agreements_by_own_topic_or_article(corpus):
    table = views.topic_agreements(corpus, "energy")
    assert list(table["what"]) == ["a thirty-year gas supply contract"]
    economy = views.topic_agreements(corpus, "economy")  # the agreement's own topic
    assert list(economy["article_id"]) == ["eir-2017-04-12"]
    assert len(views.topic_agreements(corpus, "security")) == 3


# --------------------------------------------------------------------------- agreements register

def test_register_has_evidence_and_source(corpus):
    table = views.agreements_register(corpus)
    assert list(table.columns) == views.REGISTER_COLUMNS and len(table) == 6
    first = table.iloc[0]
    assert first["evidence"].startswith("The two leaders agreed") and first["title"].startswith("Abe and Putin")
    assert list(table["date"]) == sorted(table["date"])


@pytest.mark.parametrize("party,status,expected", [
    ("RUS", None, 4), ("Russia", None, 4), ("russia", "agreed", 2), ("Japan", "planned", 1),
    (None, "called for", 1), (None, "failed", 1), ("United Nations Security Council", None, 1),
    ("Canada", None, 0),
])
def test_register_filters(corpus, party, status, expected):
    assert len(views.agreements_register(corpus, party, status)) == expected


def test_register_unknown_status(corpus):
    with pytest.raises(ReportError, match="use one of agreed"):
        views.agreements_register(corpus, status="maybe")


def test_agreements_timeline(corpus):
    fig, table = views.agreements_timeline(corpus)
    ax = _is_chart(fig, table)
    assert ax.get_ylabel() == "agreement records"
    assert table[list(views.STATUSES)].to_numpy().sum() == 6
    assert table.loc[table["month"] == "2018-03", "called_for"].item() == 1


def test_party_matrix(corpus):
    fig, table = views.party_matrix(corpus)
    _is_chart(fig, table)
    matrix = table.set_index("party")
    assert matrix.loc["Russia", "Russia"] == 4 and matrix.loc["Russia", "Japan"] == 2
    assert matrix.loc["Japan", "Russia"] == 2 and matrix.loc["China", "United States"] == 0
    texts = {t.get_text() for t in fig.axes[0].texts}
    assert "4" in texts  # annotated counts


def test_party_matrix_filtered_by_party(corpus):
    _, table = views.party_matrix(corpus, party="USA")
    assert set(table["party"]) == {"United States", "Russia", "North Korea"}


# --------------------------------------------------------------------------- chart -> sentences

def test_rows_and_sentences_behind_a_bar(corpus):
    rows = views.rows_behind(corpus, "mentions", month="2017-06", actor_id="vladimir-putin")
    assert len(rows) == 1
    sentences = views.sentences_behind(corpus, "agreements", status="agreed")
    assert sentences["sentence_text"].str.startswith(("The two leaders agreed", "Chinese President")).all()
    by_party = views.rows_behind(corpus, "agreements", parties="JPN")
    assert len(by_party) == 2
    topics = views.sentences_behind(corpus, "topics", label="trade")
    assert set(topics["title"]) == {"Xi and Putin sign gas deal", "Commentary on trade"}
    with pytest.raises(ReportError, match="no column"):
        views.rows_behind(corpus, "quotes", colour="red")


def test_store_round_trip_keeps_views_working(corpus, tmp_path):
    from analysis import load_corpus
    from analysis.store import write_store

    loaded = load_corpus(write_store(corpus, tmp_path / "store"))
    assert views.agreements_register(loaded, "Japan").equals(views.agreements_register(corpus, "Japan"))
    assert views.find_actor(loaded, "Erdogan")["actor_id"] == "recep-tayyip-erdogan"
    assert views.party_matrix(loaded)[1].equals(views.party_matrix(corpus)[1])


def test_explorer_widgets_build(corpus):
    pytest.importorskip("ipywidgets")
    for widget in (views.actor_explorer(corpus), views.topic_explorer(corpus),
                   views.sentence_search(corpus, initial="peace")):
        assert len(widget.children) == 2


def test_share_over_time_leaves_periods_without_articles_blank():
    long = [(f"a-{year}", f"{year}-06-01", "EIR", f"Article {year}", ["Russia and Japan talked."],
             {"countries": [("RUS", "Russia", 0)], "topics": [("diplomacy", 0.9)]}) for year in (2010, 2016)]
    fig, table = views.share_over_time(make_corpus(long), "countries")
    assert fig is not None and list(table.columns) == ["year", "Russia"]
    assert list(table["year"]) == [str(y) for y in range(2010, 2017)]
    assert table["Russia"].iloc[0] == 1.0 and table["Russia"].isna().sum() == 5


def test_show_table_keeps_short_columns_whole_and_wraps_long_text():
    html = views.show_table(pd.DataFrame({"date": ["2017-04-12"], "evidence": ["word " * 30]}))._repr_html_()
    assert '<td class="short">2017-04-12</td>' in html and '<td class="long">' in html


def test_related_topics(corpus, capsys):
    fig, table = views.related_topics(corpus, "security")
    _is_chart(fig, table)
    assert list(table["topic"]) == ["diplomacy"] and table["share"].item() == 1.0
    fig, table = views.related_topics(corpus, "trade")  # Xi's gas article also has energy, diplomacy
    assert set(table["topic"]) == {"energy", "diplomacy"}
    fig, table = views.related_topics(views.filter_dates(corpus, "2030-01-01"), "trade")
    assert fig is None and "no other topic" in capsys.readouterr().out


def test_header_shows_the_corpus_relative_to_the_checkout(corpus):
    import dataclasses

    from analysis.paths import RAW

    html = views.report_header("Overview", dataclasses.replace(corpus, origin=str(RAW)))._repr_html_()
    assert "Corpus data/raw:" in html and str(RAW) not in html


def test_snapshot_gives_the_same_views_and_its_saved_actors(corpus, tmp_path):
    """A report kernel reads the build's snapshot instead of the store: same tables, same
    views; the actors table comes from the snapshot until a table it depends on changes."""
    from analysis import load_corpus, store
    from analysis.store import write_store

    path = write_store(corpus, tmp_path / "store")
    snapshot = store.write_snapshot(path, tmp_path / "snap",
                                    derived=lambda c: {"actors": views.actors(c).assign(saved=True)})
    fresh = load_corpus(snapshot)
    assert fresh.derived("actors", ("persons",)) is not None
    assert views.actors(fresh)["saved"].all()                   # taken from the snapshot
    loaded = load_corpus(path)
    for call in (lambda c: views.actors(c), lambda c: views.agreements_register(c, "Japan"),
                 lambda c: views.party_matrix(c)[1], lambda c: views.topic_quotes(c, "diplomacy"),
                 lambda c: views.leading_table(c, "actors", n=5)):
        pd.testing.assert_frame_equal(call(load_corpus(snapshot)).drop(columns="saved", errors="ignore"),
                                      call(loaded))
    fresh.persons = fresh.persons.head(1)                       # a changed table: recomputed
    assert fresh.derived("actors", ("persons",)) is None
    assert "saved" not in views.actors(fresh).columns
    assert len(views.actors(fresh)) < len(views.actors(loaded))


@pytest.mark.parametrize("values", [set(), {"a1"}, {f"id{i}" for i in range(100)} | {"a2", "a3"}])
def test_isin_matches_pandas(values):
    series = pd.Series(["a1", None, "a2", "x", "a3"] * 20, dtype="str", index=range(100, 200))
    pd.testing.assert_series_equal(views._isin(series, values), series.isin(values))


def test_topic_quotes_one_per_text_and_at_most_per_speaker(corpus):
    everything = views.topic_quotes(corpus, "diplomacy", n=100, per_speaker=100)
    assert everything["quote"].map(views._norm).is_unique
    for per_speaker in (1, 2):
        table = views.topic_quotes(corpus, "diplomacy", n=100, per_speaker=per_speaker)
        assert table["speaker"].fillna("").map(views._norm).value_counts().max() <= per_speaker
    assert len(views.topic_quotes(corpus, "diplomacy", n=1)) == 1
