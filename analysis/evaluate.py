"""Score predictions (the export of ``dispatches extract``) against hand annotations.

The matching rules are those of ``../shared/gold/GUIDELINES.md``:

- **persons** match when their family names agree (case- and accent-insensitive; the last
  word of the name, with Arabic articles such as ``al-``/``el-`` and suffixes such as
  ``Jr.`` set aside). Role and country are scored as accuracy over the matched pairs.
  Roles agree when, lower-cased and accent-folded, one equals the other or contains it as
  whole words ("Former Ambassador to the United Nations" / "Ambassador to the United
  Nations") -- unless the longer one adds a word that names a different office (``vice``,
  ``deputy``, ``prime``, ``assistant`` ...: "Vice President" is not "President"). A strict
  (equality) role accuracy is printed too. A null role or country agrees only with null.
- **countries** and **topics**: set precision/recall/F1 per article.
- **organizations** match when, lower-cased, accent-folded and stripped of "the", the names
  are equal, one is the acronym of the other (written with or without full stops: "U.N."),
  or one contains the other as whole words.
- **quotes** match when the predicted text begins with the gold ``start``, ignoring case,
  punctuation and spacing. Attribution accuracy is the share of matched quotes whose
  speakers' family names agree (or, for organisations, whose names match as organisations).
- **agreements** match when the predicted evidence holds at least half of the gold
  evidence's words (counted with repetition). Detection over all statuses; status accuracy
  and parties precision/recall/F1 over the matched pairs.

Matching is one-to-one: a predicted item matches at most one gold item and vice versa
(maximum bipartite matching, preferring the closest pairs). Every score is micro-averaged
over the articles. An empty field scored against an empty gold field counts as perfect.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from .errors import EvaluationError

FIELDS = ("persons", "countries", "organizations", "quotes", "agreements", "topics")

# --------------------------------------------------------------------------- normalising

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_WORDS = re.compile(r"[0-9a-z]+")
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_NAME_PARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ul-")
_ACRONYM_SKIP = frozenset({"of", "and", "for", "the", "on", "in", "to", "de", "du", "des", "la", "le", "&"})
#: A word that, added to a role, names a different office ("Vice President" is not "President").
_ROLE_CHANGERS = frozenset({"vice", "deputy", "assistant", "under", "prime", "lieutenant", "co",
                            "acting", "associate", "undersecretary", "sub"})


def fold(text: str) -> str:
    """Lower-case and strip accents ("Erdoğan" -> "erdogan")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("ı", "i").replace("ø", "o").replace("đ", "d").replace("ł", "l").replace("ß", "ss")


#: initials glued before a family name with full stops ("s.", "kh.", "m.k.")
_GLUED_INITIAL = re.compile(r"^(?:[a-z]{1,2}\.)+(?=[a-z]{3})")


def family_name(name: str | None) -> str:
    """The family name of a person, folded: the last word, ``al-``-type articles and
    ``Jr.``-type suffixes set aside ("Bashar al-Assad" -> "assad")."""
    if not name:
        return ""
    words = [w for w in re.split(r"\s+", fold(name).strip()) if w]
    if "." in words[-1]:                # ("S.Jaishankar", "Kh.Battulga": an initial glued on)
        words[-1] = _GLUED_INITIAL.sub("", words[-1])
    words = [re.sub(r"^[^0-9a-z]+|[^0-9a-z]+$", "", w) for w in words]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    if not words:
        return ""
    last = re.sub(r"['’]s$", "", words[-1])
    for particle in _NAME_PARTICLES:
        if last.startswith(particle) and len(last) > len(particle):
            last = last[len(particle):]
            break
    return _NON_ALNUM.sub("", last)


#: an acronym written with full stops ("u.n.", "e.u."): one word, the letters joined
_DOTTED_ACRONYM = re.compile(r"\b(?:[a-z]\.){2,}")


def _org_words(name: str) -> tuple[str, ...]:
    folded = fold(name).replace("&", " and ")
    folded = _DOTTED_ACRONYM.sub(lambda m: m.group().replace(".", ""), folded)   # "U.N." is "UN"
    return tuple(w for w in _WORDS.findall(folded) if w != "the")


def _acronyms(words: Sequence[str]) -> set[str]:
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in _ACRONYM_SKIP)}


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    n = len(shorter)
    if n == 0 or n > len(longer):
        return False
    return any(tuple(longer[i:i + n]) == tuple(shorter) for i in range(len(longer) - n + 1))


def org_match(gold: str | None, pred: str | None) -> int:
    """How well two organisation names match: 3 equal, 2 acronym, 1 containment, 0 no."""
    if not gold or not pred:
        return 0
    g, p = _org_words(gold), _org_words(pred)
    if not g or not p:
        return 0
    if g == p:
        return 3
    gj, pj = "".join(g), "".join(p)
    if (len(p) == 1 and pj in _acronyms(g)) or (len(g) == 1 and gj in _acronyms(p)):
        return 2
    if _contains(g, p) or _contains(p, g):
        return 1
    return 0


def _squash(text: str | None) -> str:
    """Case, accents, punctuation and spacing removed: for quote starts."""
    return "".join(c for c in fold(text or "") if c.isalnum())


def role_match(gold: str | None, pred: str | None, *, strict: bool = False) -> bool:
    """Whether two roles agree (see the module docstring)."""
    if not gold or not pred:
        return not gold and not pred
    g, p = _WORDS.findall(fold(gold)), _WORDS.findall(fold(pred))
    g = [w for w in g if w != "the"]
    p = [w for w in p if w != "the"]
    if g == p:
        return True
    if strict:
        return False
    longer, shorter = (g, p) if len(g) >= len(p) else (p, g)
    if not _contains(longer, shorter):
        return False
    extra = Counter(longer) - Counter(shorter)
    return not (set(extra) & _ROLE_CHANGERS)


def speaker_match(gold: str | None, pred: str | None) -> bool:
    if not gold or not pred:
        return False
    fg, fp = family_name(gold), family_name(pred)
    if fg and fg == fp:
        return True
    return org_match(gold, pred) > 0


def evidence_overlap(gold: str | None, pred: str | None) -> float:
    """Share of the gold evidence's words (with repetition) found in the predicted one."""
    g = _WORDS.findall(fold(gold or ""))
    if not g:
        return 0.0
    p = Counter(_WORDS.findall(fold(pred or "")))
    found = sum(min(n, p[w]) for w, n in Counter(g).items())
    return found / len(g)


# --------------------------------------------------------------------------- matching

def match_pairs(gold: Sequence, pred: Sequence, score: Callable[[object, object], float]) -> list[tuple[int, int]]:
    """One-to-one matching of gold and predicted items (maximum cardinality, trying each
    gold item's best-scoring partners first). ``score`` <= 0 means "no match"."""
    options: list[list[int]] = []
    for g in gold:
        scored = [(score(g, p), j) for j, p in enumerate(pred)]
        options.append([j for s, j in sorted(scored, key=lambda t: (-t[0], t[1])) if s > 0])
    owner: dict[int, int] = {}   # pred index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    # First pass: each gold item takes its best free partner (so close pairs win),
    # then augmenting paths add whatever the greedy pass missed.
    for i, opts in enumerate(options):
        for j in opts:
            if j not in owner:
                owner[j] = i
                break
    matched = set(owner.values())
    for i in range(len(gold)):
        if i not in matched and options[i]:
            augment(i, set())
            matched = set(owner.values())
    return sorted((i, j) for j, i in owner.items())


# --------------------------------------------------------------------------- counting

@dataclass
class Counts:
    """True positives, false positives, false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "support": self.support}


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, other: "Accuracy") -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def as_dict(self) -> dict:
        v = self.value
        return {"accuracy": None if v is None else round(v, 4), "right": self.right, "total": self.total}


#: The accuracy lines, in print order: name -> (field, description).
ACCURACIES = {
    "persons.role": "role right (equal or contained, see docs)",
    "persons.role_exact": "role equal (case/accents folded)",
    "persons.country": "country right",
    "quotes.speaker": "speaker's family name right",
    "agreements.status": "status right",
}


@dataclass
class ArticleScore:
    id: str
    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    parties: Counts = field(default_factory=Counts)
    accuracy: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in ACCURACIES})
    missing: bool = False


def _set_counts(gold: Iterable[str], pred: Iterable[str]) -> Counts:
    g = {str(x).strip().upper() for x in gold if x}
    p = {str(x).strip().upper() for x in pred if x}
    return Counts(len(g & p), len(p - g), len(g - p))


def _topic_counts(gold: Iterable[str], pred: Iterable[str]) -> Counts:
    g = {str(x).strip().lower() for x in gold if x}
    p = {str(x).strip().lower() for x in pred if x}
    return Counts(len(g & p), len(p - g), len(g - p))


def _party_key(party: str) -> str:
    party = str(party).strip()
    return party.upper() if re.fullmatch(r"[A-Za-z]{3}", party) else party


def _parties_counts(gold: Sequence[str], pred: Sequence[str]) -> Counts:
    g = [_party_key(x) for x in dict.fromkeys(gold or []) if x]
    p = [_party_key(x) for x in dict.fromkeys(pred or []) if x]

    def score(a, b):
        if a == b:
            return 3
        if len(a) == 3 and a.isupper() or len(b) == 3 and b.isupper():
            return 0
        return org_match(a, b)

    pairs = match_pairs(g, p, score)
    return Counts(len(pairs), len(p) - len(pairs), len(g) - len(pairs))


def _name(item, key: str) -> str:
    if isinstance(item, dict):
        value = item.get(key)
        return "" if value is None else str(value)
    return "" if item is None else str(item)


def score_article(gold: dict, pred: dict | None) -> ArticleScore:
    """Compare one gold annotation with one prediction (``None``: nothing predicted)."""
    score = ArticleScore(id=str(gold.get("id")), missing=pred is None)
    pred = pred or {}

    # persons
    gp, pp = list(gold.get("persons") or []), list(pred.get("persons") or [])

    def person_score(g, p):
        gn, pn = _name(g, "name"), _name(p, "name")
        fg = family_name(gn)
        if not fg or fg != family_name(pn):
            return 0
        return 2 if fold(gn).split() == fold(pn).split() else 1

    pairs = match_pairs(gp, pp, person_score)
    score.fields["persons"] = Counts(len(pairs), len(pp) - len(pairs), len(gp) - len(pairs))
    for i, j in pairs:
        g, p = gp[i], pp[j]
        g_role = g.get("role") if isinstance(g, dict) else None
        p_role = p.get("role") if isinstance(p, dict) else None
        g_cty = g.get("country") if isinstance(g, dict) else None
        p_cty = p.get("country") if isinstance(p, dict) else None
        score.accuracy["persons.role"].add(Accuracy(int(role_match(g_role, p_role)), 1))
        score.accuracy["persons.role_exact"].add(Accuracy(int(role_match(g_role, p_role, strict=True)), 1))
        same_country = (g_cty or None) == (p_cty or None) or (
            bool(g_cty) and bool(p_cty) and str(g_cty).upper() == str(p_cty).upper())
        score.accuracy["persons.country"].add(Accuracy(int(same_country), 1))

    # countries, topics
    score.fields["countries"] = _set_counts(gold.get("countries") or [], pred.get("countries") or [])
    score.fields["topics"] = _topic_counts(gold.get("topics") or [], pred.get("topics") or [])

    # organizations
    go = [_name(o, "name") for o in gold.get("organizations") or []]
    po = [_name(o, "name") for o in pred.get("organizations") or []]
    pairs = match_pairs(go, po, org_match)
    score.fields["organizations"] = Counts(len(pairs), len(po) - len(pairs), len(go) - len(pairs))

    # quotes
    gq, pq = list(gold.get("quotes") or []), list(pred.get("quotes") or [])
    pq_squashed = [_squash(_name(q, "text")) for q in pq]

    def quote_score(g, j):
        start = _squash(_name(g, "start"))
        return 1 if start and pq_squashed[j].startswith(start) else 0

    pairs = match_pairs(gq, list(range(len(pq))), quote_score)
    score.fields["quotes"] = Counts(len(pairs), len(pq) - len(pairs), len(gq) - len(pairs))
    for i, j in pairs:
        right = speaker_match(_name(gq[i], "speaker"), _name(pq[j], "speaker"))
        score.accuracy["quotes.speaker"].add(Accuracy(int(right), 1))

    # agreements
    ga, pa = list(gold.get("agreements") or []), list(pred.get("agreements") or [])

    def agreement_score(g, p):
        overlap = evidence_overlap(_name(g, "evidence"), _name(p, "evidence"))
        return overlap if overlap >= 0.5 else 0

    pairs = match_pairs(ga, pa, agreement_score)
    score.fields["agreements"] = Counts(len(pairs), len(pa) - len(pairs), len(ga) - len(pairs))
    for i, j in pairs:
        g, p = ga[i], pa[j]
        score.accuracy["agreements.status"].add(Accuracy(int(_name(g, "status") == _name(p, "status")), 1))
        score.parties.add(_parties_counts(g.get("parties") or [], p.get("parties") or []))
    return score


# --------------------------------------------------------------------------- results

@dataclass
class Scores:
    """Scores of a prediction file against a gold folder."""

    articles: list[ArticleScore]
    missing: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def totals(self) -> tuple[dict[str, Counts], Counts, dict[str, Accuracy]]:
        fields = {f: Counts() for f in FIELDS}
        parties = Counts()
        accuracy = {k: Accuracy() for k in ACCURACIES}
        for a in self.articles:
            for f in FIELDS:
                fields[f].add(a.fields[f])
            parties.add(a.parties)
            for k in ACCURACIES:
                accuracy[k].add(a.accuracy[k])
        return fields, parties, accuracy

    def as_dict(self) -> dict:
        fields, parties, accuracy = self.totals()
        out = {
            "articles": len(self.articles),
            "missing_predictions": list(self.missing),
            "ignored_predictions": len(self.ignored),
            "fields": {f: c.as_dict() for f, c in fields.items()},
            "agreements.parties": parties.as_dict(),
            "accuracy": {k: a.as_dict() for k, a in accuracy.items()},
            "warnings": list(self.warnings),
        }
        out["per_article"] = {
            a.id: {"fields": {f: c.as_dict() for f, c in a.fields.items()},
                   "agreements.parties": a.parties.as_dict(),
                   "accuracy": {k: v.as_dict() for k, v in a.accuracy.items()},
                   "missing": a.missing}
            for a in self.articles
        }
        return out

    def format(self, per_article: bool = False) -> str:
        fields, parties, accuracy = self.totals()
        lines = [f"{len(self.articles)} gold articles scored"
                 + (f"; {len(self.ignored)} predictions without gold ignored" if self.ignored else "")]
        for w in self.warnings:
            lines.append(f"warning: {w}")
        lines.append("")
        lines.append(f"{'field':<20}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}{'tp':>6}{'fp':>6}{'fn':>6}")
        rows = [(f, fields[f]) for f in FIELDS]
        rows.insert(FIELDS.index("agreements") + 1, ("  agreements.parties", parties))
        for name, c in rows:
            lines.append(f"{name:<20}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
                         f"{c.support:>9}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
        lines.append("")
        lines.append(f"{'accuracy over matched pairs':<48}{'acc':>7}{'right':>7}{'of':>6}")
        for k, desc in ACCURACIES.items():
            a = accuracy[k]
            v = "-" if a.value is None else f"{a.value:.3f}"
            lines.append(f"{k + ' (' + desc.split(' (')[0] + ')':<48}{v:>7}{a.right:>7}{a.total:>6}")
        if per_article:
            lines.append("")
            lines.append("per article: F1 (tp/fp/fn) per field; speaker accuracy")
            short = {"persons": "pers", "countries": "ctry", "organizations": "orgs", "quotes": "quot",
                     "agreements": "agrm", "topics": "topc"}
            for a in self.articles:
                cells = [f"{short[f]} {a.fields[f].f1:.2f} ({a.fields[f].tp}/{a.fields[f].fp}/{a.fields[f].fn})"
                         for f in FIELDS]
                spk = a.accuracy["quotes.speaker"]
                spk_text = "-" if spk.value is None else f"{spk.right}/{spk.total}"
                flag = "  [no prediction]" if a.missing else ""
                lines.append(f"{a.id}{flag}")
                lines.append("    " + "  ".join(cells) + f"  speaker {spk_text}")
        return "\n".join(lines)


# --------------------------------------------------------------------------- reading

def read_gold(gold_dir: Path | str) -> list[dict]:
    """Every ``*.json`` annotation of a folder, sorted by file name."""
    gold_dir = Path(gold_dir)
    if not gold_dir.exists():
        raise EvaluationError(f"gold folder {gold_dir} does not exist; give the folder of *.json annotations")
    if not gold_dir.is_dir():
        raise EvaluationError(f"{gold_dir} is not a folder; give the folder of *.json annotations")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise EvaluationError(f"no *.json gold files in {gold_dir}; "
                              f"annotations are one JSON object per article (see GUIDELINES.md)")
    out = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"{path}: line {exc.lineno}, column {exc.colno}: not valid JSON "
                                  f"({exc.msg}); fix or remove the file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise EvaluationError(f"{path}: cannot be read as UTF-8 text ({exc})") from None
        if not isinstance(data, dict):
            raise EvaluationError(f"{path}: line 1: expected one JSON object per gold file, "
                                  f"found {type(data).__name__}")
        data.setdefault("id", path.stem)
        if not data.get("id"):
            data["id"] = path.stem
        out.append(data)
    return out


def read_predictions(path: Path | str) -> tuple[dict[str, dict], list[str]]:
    """Prediction records by id (the first record of an id wins) and warnings."""
    path = Path(path)
    if not path.is_file():
        raise EvaluationError(f"prediction file {path} does not exist; "
                              f"write it with 'dispatches extract PATH... -o {path.name}'")
    records: dict[str, dict] = {}
    warnings: list[str] = []
    duplicates: list[str] = []
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot be opened ({exc})") from None
    with fh:
        try:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationError(f"{path}: line {number}: not valid JSON ({exc.msg}); "
                                          f"predictions are one JSON object per line") from None
                if not isinstance(record, dict) or "id" not in record:
                    raise EvaluationError(f"{path}: line {number}: expected a JSON object with an 'id' "
                                          f"(the export of 'dispatches extract')")
                rid = str(record["id"])
                if rid in records:
                    duplicates.append(rid)
                    continue
                records[rid] = record
        except UnicodeDecodeError as exc:
            raise EvaluationError(f"{path}: not UTF-8 text ({exc})") from None
    if duplicates:
        warnings.append(f"{len(duplicates)} duplicate prediction ids, the first record kept: "
                        + ", ".join(sorted(set(duplicates))[:10]))
    return records, warnings


def evaluate(gold: Sequence[dict], predictions: dict[str, dict]) -> Scores:
    """Score prediction records (by id) against gold annotations."""
    articles, missing = [], []
    for g in gold:
        gid = str(g.get("id"))
        p = predictions.get(gid)
        if p is None:
            missing.append(gid)
        articles.append(score_article(g, p))
    gold_ids = {str(g.get("id")) for g in gold}
    ignored = sorted(set(predictions) - gold_ids)
    warnings = []
    if missing:
        warnings.append(f"{len(missing)} gold articles have no prediction (scored as all false "
                        f"negatives): " + ", ".join(missing))
    return Scores(articles=articles, missing=missing, ignored=ignored, warnings=warnings)


def evaluate_files(gold_dir: Path | str, pred_path: Path | str) -> Scores:
    """``dispatches evaluate GOLD_DIR PRED.jsonl``."""
    gold = read_gold(gold_dir)
    predictions, warnings = read_predictions(pred_path)
    scores = evaluate(gold, predictions)
    scores.warnings = warnings + scores.warnings
    return scores
