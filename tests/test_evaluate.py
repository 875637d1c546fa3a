"""The evaluation command: matching rules of GUIDELINES.md on tiny hand-made gold/pred pairs."""
from __future__ import annotations

import json

import pytest

from analysis import evaluate as ev
from analysis.cli import main
from analysis.errors import EvaluationError


def _gold(**fields) -> dict:
    base = {"id": "a1", "date": None, "persons": [], "countries": [], "organizations": [],
            "quotes": [], "agreements": [], "topics": []}
    base.update(fields)
    return base


def _pred(**fields) -> dict:
    base = {"id": "a1", "persons": [], "countries": [], "organizations": [], "quotes": [],
            "agreements": [], "topics": []}
    base.update(fields)
    return base


def _write(tmp_path, golds, preds):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for g in golds:
        (gold_dir / f"{g['id']}.json").write_text(json.dumps(g), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    return gold_dir, pred


def _score(tmp_path, gold, pred):
    gold_dir, pred_path = _write(tmp_path, [gold], [pred])
    return ev.evaluate_files(gold_dir, pred_path)


# --------------------------------------------------------------------------- rules


@pytest.mark.parametrize("gold, pred, same", [
    ("Ayşe Nur Doğan", "Dogan", True),                 # accents
    ("Kenji Morita", "MORITA", True),                  # case
    ("Kenji Morita", "Kenji Morita", True),
    ("Karim al-Haddad", "Kareem al Haddad", True),      # Arabic article
    ("John Henry Wells Jr.", "John Wells", True),       # suffix
    ("Kenji Morita", "Kenji Moreta", False),
    ("Pavel Dronov", "Pavel", False),                  # given name only
    ("R. Veldanam", "R.Veldanam", True),               # an initial glued on with its full stop
    ("Kh.Bayarsaikhan", "Bayarsaikhan", True),
    ("R.Veldanam", "R.Veldanov", False),
])
def test_family_names(gold, pred, same):
    assert (ev.family_name(gold) == ev.family_name(pred)) is same


@pytest.mark.parametrize("gold, pred, matched", [
    ("United Nations Security Council", "the United Nations Security Council", True),  # "the"
    ("North Atlantic Treaty Organisation", "NATO", True),          # acronym of the gold name
    ("NATO", "North Atlantic Treaty Organisation", True),          # and the other way round
    ("Bank of Trade and Development", "BTD", True),             # acronym skipping "of", "and"
    ("United Nations Security Council", "Security Council", True),  # containment
    ("European Union", "Union", True),                             # containment as whole words
    ("United Nations", "UN", True),
    ("United Nations", "U.N.", True),                              # an acronym written with stops
    ("E.U.", "European Union", True),
    ("United Nations", "U.S.", False),
    ("United Nations", "Unit", False),                             # no substring matches
    ("World Bank", "World Health Organization", False),
    ("African Union", "EU", False),
])
def test_organization_rule(gold, pred, matched):
    assert (ev.org_match(gold, pred) > 0) is matched


@pytest.mark.parametrize("gold, pred, lenient, strict", [
    ("President", "president", True, True),
    ("Former Ambassador to the United Nations", "Ambassador to the United Nations", True, False),
    ("Foreign Minister", "Minister", True, False),
    ("President", "Vice President", False, False),
    ("Minister", "Prime Minister", False, False),
    (None, None, True, True),
    ("President", None, False, False),
    (None, "President", False, False),
])
def test_role_rule(gold, pred, lenient, strict):
    assert ev.role_match(gold, pred) is lenient
    assert ev.role_match(gold, pred, strict=True) is strict


@pytest.mark.parametrize("gold, pred, share", [
    ("They agreed to build the bridge.", "They agreed to build the bridge.", 1.0),
    ("They agreed to build the bridge by spring", "they agreed", 2 / 8),
    ("a b c d", "a b x y z", 0.5),
])
def test_evidence_overlap(gold, pred, share):
    assert ev.evidence_overlap(gold, pred) == pytest.approx(share)


def test_persons_one_to_one_and_accuracies(tmp_path):
    gold = _gold(persons=[{"name": "Kenji Morita", "role": "Prime Minister", "country": "JPN"},
                          {"name": "Pavel Dronov", "role": "President", "country": "RUS"}])
    pred = _pred(persons=[{"name": "Morita", "role": "Prime Minister", "country": "JPN"},
                          {"name": "Kenji Morita", "role": None, "country": "JPN"},   # second Morita: fp
                          {"name": "Dronov", "role": "Vice President", "country": "USA"}])
    s = _score(tmp_path, gold, pred).as_dict()
    persons = s["fields"]["persons"]
    assert (persons["tp"], persons["fp"], persons["fn"]) == (2, 1, 0)
    # the full-name pair is preferred for Morita: role None vs "Prime Minister" is wrong
    assert s["accuracy"]["persons.role"] == {"accuracy": 0.0, "right": 0, "total": 2}
    assert s["accuracy"]["persons.country"]["right"] == 1


def test_one_prediction_matches_one_gold_only(tmp_path):
    gold = _gold(organizations=["United Nations", "United Nations Security Council"])
    pred = _pred(organizations=["United Nations Security Council"])
    s = _score(tmp_path, gold, pred).as_dict()["fields"]["organizations"]
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 1)


def test_matching_finds_maximum_pairs():
    # greedy would give "UN Security Council" to "United Nations" and leave the council unmatched
    gold = ["United Nations", "United Nations Security Council"]
    pred = ["United Nations Security Council", "UN"]
    pairs = ev.match_pairs(gold, pred, ev.org_match)
    assert len(pairs) == 2


def test_countries_and_topics_sets(tmp_path):
    gold = _gold(countries=["RUS", "JPN", "PRK"], topics=["diplomacy", "energy"])
    pred = _pred(countries=["RUS", "JPN", "JPN", "USA"], topics=["diplomacy"])
    s = _score(tmp_path, gold, pred).as_dict()["fields"]
    assert (s["countries"]["tp"], s["countries"]["fp"], s["countries"]["fn"]) == (2, 1, 1)
    assert s["topics"]["precision"] == 1.0 and s["topics"]["recall"] == 0.5


@pytest.mark.parametrize("start, text, matched", [
    ("The bridge over the river was", "the bridge over the River, was finished", True),   # case, punctuation
    ("[T]his hasty decision by the council has", "[T]his hasty decision by the council has", True),
    ("We haven't yet agreed on the tariff lists", "We havent  yet agreed on the tariff lists and", True),
    ("We see the quickest restart of the talks", "Indeed, we see the quickest restart of the talks", False),
])
def test_quote_start_rule(tmp_path, start, text, matched):
    gold = _gold(quotes=[{"speaker": "Pavel Dronov", "start": start}])
    pred = _pred(quotes=[{"speaker": "Dronov", "text": text}])
    s = _score(tmp_path, gold, pred).as_dict()
    assert s["fields"]["quotes"]["tp"] == int(matched)


def test_quote_attribution(tmp_path):
    gold = _gold(quotes=[{"speaker": "Pavel Dronov", "start": "We ask every side to keep"},
                         {"speaker": "Kenji Morita", "start": "President Dronov and I have agreed"},
                         {"speaker": "National Liberation Front", "start": "a ceasefire has been agreed"}])
    pred = _pred(quotes=[{"speaker": "Dronov", "text": "We ask every side to keep calm"},
                         {"speaker": "Pavel Dronov", "text": "President Dronov and I have agreed to meet"},
                         {"speaker": "NLF", "text": "a ceasefire has been agreed with the government"},
                         {"speaker": "Dronov", "text": "We ask every side to keep calm"}])  # twice
    s = _score(tmp_path, gold, pred).as_dict()
    assert s["fields"]["quotes"]["tp"] == 3 and s["fields"]["quotes"]["fp"] == 1
    assert s["accuracy"]["quotes.speaker"] == {"accuracy": round(2 / 3, 4), "right": 2, "total": 3}


def test_agreements_half_the_words_status_and_parties(tmp_path):
    gold = _gold(agreements=[
        {"evidence": "The ministers agreed to keep meeting every month and to draft a joint road map.",
         "status": "agreed", "parties": ["JPN", "RUS"]},
        {"evidence": "They also talked about the new bridge over the strait.",
         "status": "discussed", "parties": ["RUS", "JPN"]},
    ])
    pred = _pred(agreements=[
        # 8 of the 15 gold words: enough
        {"evidence": "the ministers agreed to keep meeting every month", "status": "planned",
         "parties": ["RUS", "JPN", "USA"]},
        # 3 of 10 words: not enough
        {"evidence": "the new bridge", "status": "discussed", "parties": ["RUS"]},
    ])
    s = _score(tmp_path, gold, pred).as_dict()
    a = s["fields"]["agreements"]
    assert (a["tp"], a["fp"], a["fn"]) == (1, 1, 1)
    assert s["accuracy"]["agreements.status"]["accuracy"] == 0.0
    parties = s["agreements.parties"]
    assert (parties["tp"], parties["fp"], parties["fn"]) == (2, 1, 0)


def test_missing_and_extra_predictions(tmp_path):
    g1 = _gold(id="a1", countries=["RUS"])
    g2 = _gold(id="a2", countries=["JPN", "USA"], quotes=[{"speaker": "X Y", "start": "one two three"}])
    gold_dir, pred = _write(tmp_path, [g1, g2], [_pred(id="a1", countries=["RUS"]), _pred(id="zz")])
    scores = ev.evaluate_files(gold_dir, pred)
    d = scores.as_dict()
    assert d["missing_predictions"] == ["a2"]
    assert d["ignored_predictions"] == 1
    assert d["fields"]["countries"]["fn"] == 2 and d["fields"]["countries"]["tp"] == 1
    assert d["fields"]["quotes"]["fn"] == 1
    text = scores.format()
    assert "a2" in text and "no prediction" in text and "1 predictions without gold ignored" in text


def test_empty_fields_are_perfect_not_errors(tmp_path):
    s = _score(tmp_path, _gold(), _pred()).as_dict()
    assert s["fields"]["quotes"]["f1"] == 1.0
    assert s["accuracy"]["quotes.speaker"]["accuracy"] is None


# --------------------------------------------------------------------------- errors and CLI


def test_missing_folder(tmp_path):
    with pytest.raises(EvaluationError, match="does not exist"):
        ev.evaluate_files(tmp_path / "nope", tmp_path / "pred.jsonl")


def test_no_gold_files(tmp_path):
    (tmp_path / "gold").mkdir()
    with pytest.raises(EvaluationError, match=r"no \*\.json gold files"):
        ev.evaluate_files(tmp_path / "gold", tmp_path / "pred.jsonl")


def test_bad_gold_json_names_file_and_line(tmp_path):
    gold_dir, pred = _write(tmp_path, [_gold()], [_pred()])
    (gold_dir / "broken.json").write_text('{\n  "id": "b",\n  "persons": [,]\n}', encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"broken\.json: line 3"):
        ev.evaluate_files(gold_dir, pred)


def test_bad_prediction_line(tmp_path):
    gold_dir, pred = _write(tmp_path, [_gold()], [_pred()])
    pred.write_text(json.dumps(_pred()) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"pred\.jsonl: line 2"):
        ev.evaluate_files(gold_dir, pred)


def test_missing_prediction_file(tmp_path):
    gold_dir, _ = _write(tmp_path, [_gold()], [])
    with pytest.raises(EvaluationError, match="dispatches extract"):
        ev.evaluate_files(gold_dir, tmp_path / "absent.jsonl")


def test_cli_table_json_and_per_article(tmp_path, capsys):
    gold_dir, pred = _write(tmp_path, [_gold(countries=["RUS"])], [_pred(countries=["RUS", "JPN"])])
    assert main(["evaluate", str(gold_dir), str(pred)]) == 0
    out = capsys.readouterr().out
    assert "countries" in out and "0.500" in out and "quotes.speaker" in out
    assert main(["evaluate", str(gold_dir), str(pred), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["fields"]["countries"]["precision"] == 0.5
    assert main(["evaluate", str(gold_dir), str(pred), "--per-article"]) == 0
    assert "a1" in capsys.readouterr().out
    assert main(["evaluate", str(tmp_path / "nope"), str(pred)]) == 2
    assert "does not exist" in capsys.readouterr().err
