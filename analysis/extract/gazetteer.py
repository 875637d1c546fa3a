"""Shared helpers of the actor extractors: resource tables loaded once, regex tries,
accent folding and slugs.

Everything here is built once per process (module level or ``lru_cache``) so the
extractors themselves only run precompiled regular expressions and dict lookups.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

from ..records import Mention, Sentence
from ..text import load_lines, load_table, sentence_index

# --------------------------------------------------------------------------- strings


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, accent-free form used for comparing names ("Erdoğan" -> "erdogan")."""
    if text.isascii():
        return text.replace("’", "'").lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("ı", "i").replace("’", "'").lower()


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """URL-safe key of a name ("Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan")."""
    return _SLUG_DROP.sub("-", fold(text)).strip("-")


def trie_regex(words) -> str:
    """A regex alternation for a set of literal strings, factored as a trie so that the
    engine does not try every alternative at every position. Longest match wins."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        if len(branches) == 1 and not end:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if end else body

    return build(trie)


# --------------------------------------------------------------------------- word index
#
# The gazetteers (country aliases, organisation names) are looked up at the words of a
# text rather than scanned for with a regex. A match of the regex ``(trie_regex(words))tail`` that
# begins at a word start begins with the entry's first word (its leading \w-run), and that
# word ends where the text's word does; so a dict keyed by first words, looked up at the
# text's word starts, finds every entry there. The words where an entry may begin are the
# capitalised words, which the capitalised runs of names.runs (computed once per text and
# shared with the other extractors) already hold, plus the few capitals right after a
# hyphen or an apostrophe, where no run begins ("pro-Beijing"); the entries that do not
# begin with a capitalised word ("the Gambia", "al-Qaeda", "dpa") are looked for with
# str.find. Runs recur across articles, so what a run's words may begin is worked out once
# per run text (WordScanner.run_starts): for most runs, nothing.

_WRUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _capitalised() -> re.Pattern:
    """A word as names.RUN_RE's capitalised words begin: a capital, letters, digits."""
    from .names import LOWER, UPPER
    return re.compile(rf"[{UPPER}][{UPPER}{LOWER}0-9]*")


def _tail_state(text: str, q: int) -> bool:
    r"""``(?![\w$])`` at ``q``."""
    c = text[q:q + 1]
    return not c or not (c.isalnum() or c == "_" or c == "$")


def _tail_org(text: str, q: int) -> bool:
    r"""``(?![\w]|-\w)`` at ``q``."""
    c = text[q:q + 1]
    if not c:
        return True
    if c.isalnum() or c == "_":
        return False
    if c == "-":
        d = text[q + 1:q + 2]
        return not d or not (d.isalnum() or d == "_")
    return True


_TAILS = {r"(?![\w$])": _tail_state, r"(?![\w]|-\w)": _tail_org}


class WordIndex:
    """Literal strings looked up at word starts: at each place, the longest entry that
    the text holds there and ``tail`` (one of the look-aheads of _TAILS) accepts after.

    ``buckets``: first word -> the entries beginning with it, longest first. ``others``:
    the entries whose first word is not a capitalised word of names.runs (lower-case:
    "the Gambia"), found through a later capitalised word or with str.find (see
    WordScanner)."""

    def __init__(self, words, tail: str):
        self.tail_ok = _TAILS[tail]
        capitalised = _capitalised()
        groups: dict[str, list[str]] = {}
        others = []
        for w in words:
            m = _WRUN.match(w)
            if not m:
                from ..errors import ResourceError
                raise ResourceError(f"gazetteer entry {w!r} does not begin with a letter or a digit: "
                                    "fix it in its resource file")
            groups.setdefault(m.group(), []).append(w)
            if not capitalised.fullmatch(m.group()):
                others.append(w)
        self.buckets = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in groups.items()}
        self.others = tuple(others)

    def match_at(self, text: str, p: int, key: str) -> int:
        """The end of the match at ``p``, where the text's word is ``key``; or 0."""
        tail_ok = self.tail_ok
        for w in self.buckets.get(key, ()):
            if text.startswith(w, p) and tail_ok(text, p + len(w)):
                return p + len(w)
        return 0

    def finditer(self, text: str) -> list:
        """Match-like objects (``span(1)``, ``group(1)``) of the matches in ``text``
        (for a text looked at once, a title)."""
        return [_Hit(s, e, w) for s, e, w in _scanner(self).matches(text)[0]]


class _Hit(NamedTuple):
    s: int
    e: int
    w: str

    def start(self, group: int = 0) -> int:
        return self.s

    def end(self, group: int = 0) -> int:
        return self.e

    def span(self, group: int = 0) -> tuple[int, int]:
        return self.s, self.e

    def group(self, group: int = 0) -> str:
        return self.w


class WordScanner:
    """The matches of several WordIndex in a text, from one look at its words."""

    def __init__(self, indexes: tuple[WordIndex, ...]):
        from .names import PARTICLES, CONNECTORS, UPPER, _RUN_CAP_WORD, _trie, runs
        self.runs = runs
        self.indexes = indexes
        self.tails = tuple(i.tail_ok for i in indexes)
        self.keys = frozenset().union(*(i.buckets for i in indexes))
        # a capital right after a hyphen or an apostrophe: no capitalised run begins there
        # (one pattern per mark: a literal first character is found fast)
        self.after_marks = tuple(re.compile(rf"{mark}([{UPPER}]\w*)").finditer for mark in "-’'")
        # what a capitalised run would take in after its end (names.RUN_RE's repetition)
        self.run_goes_on = re.compile(
            rf",?[ ](?:(?:{_trie(set(PARTICLES) | set(CONNECTORS))})[ ])*+{_RUN_CAP_WORD}").match
        self.memo: dict[str, tuple] = {}
        # the entries that begin otherwise: found through a later capitalised word of theirs
        # ("Gambia" of "the Gambia", "Qaeda" of "al-Qaeda"), which begins a run or follows a
        # hyphen or an apostrophe: anchor word -> ((its offset, entry, first word), ...);
        # the few without one ("dpa") with str.find, grouped by their first five characters:
        # (the group's common prefix, ((entry, first word), ...)), one str.find for a group
        # that is absent
        capitalised = _capitalised()
        anchors: dict[str, list] = {}
        groups: dict[str, list[str]] = {}
        for index in indexes:
            for w in index.others:
                first = _WRUN.match(w).group()
                anchor = next((m for m in _WRUN.finditer(w, len(first)) if capitalised.fullmatch(m.group())), None)
                if anchor is not None:
                    links = anchors.setdefault(anchor.group(), [])
                    if (anchor.start(), w, first) not in links:
                        links.append((anchor.start(), w, first))
                    continue
                group = groups.setdefault(w[:5], [])
                if w not in group:
                    group.append(w)
        self.anchors = {k: tuple(v) for k, v in anchors.items()}
        self.keys = self.keys | frozenset(anchors)
        gates = []
        for group in groups.values():
            prefix = group[0]
            for w in group[1:]:
                while not w.startswith(prefix):
                    prefix = prefix[:-1]
            gates.append((prefix, tuple((w, _WRUN.match(w).group()) for w in group)))
        self.gates = tuple(gates)

    def run_starts(self, r_text: str) -> tuple:
        """(offset, (entries per index, ...)) for the words of a capitalised run where an
        entry may begin: the entries that agree with the run's text from there. An entry
        that goes on past the run's end does so with what the run could not take in (a
        capitalised word after a space would have been part of the run); an entry that
        ends inside the run must have its look-ahead there."""
        n = len(r_text)
        out = []
        for m in _WRUN.finditer(r_text):
            key = m.group()
            if key not in self.keys:
                continue
            rel = m.start()
            rest = r_text[rel:]
            lists = []
            for index, tail_ok in zip(self.indexes, self.tails):
                keep = []
                for w in index.buckets.get(key, ()):
                    q = rel + len(w)
                    if q <= n:
                        if not r_text.startswith(w, rel):
                            continue
                        if q < n and not (r_text[q] == "-" and q + 1 == n) and not tail_ok(r_text, q):
                            continue
                    elif not w.startswith(rest) or self.run_goes_on(w, len(rest)):
                        continue
                    keep.append(w)
                lists.append(tuple(keep))
            lists.append(self.anchors.get(key, ()))
            if any(lists):
                out.append((rel, tuple(lists)))
        found = tuple(out)
        if len(self.memo) >= 65536:
            self.memo.clear()
        self.memo[r_text] = found
        return found

    def matches(self, text: str) -> list[list[tuple[int, int, str]]]:
        """Per index, (start, end, entry) of its matches at the word starts of ``text``
        in text order, each match hiding the places it covers as a regex scan's would."""
        all_runs = self.runs(text)
        # the runs' memo entries, looked up in C loops: the Python loop below goes over
        # the few runs that hold a place
        at = list(map(self.memo.get, map(_THIRD, all_runs)))
        if None in at:
            at = [self.memo.get(r[2]) or self.run_starts(r[2]) for r in all_runs]
        found: dict[int, tuple] = {}
        anchored = []
        for (r_start, _, _), rs in zip(compress(all_runs, at), filter(None, at)):
            for rel, lists in rs:
                found[r_start + rel] = lists
                if lists[-1]:
                    anchored.append((r_start + rel, lists[-1]))
        keys = self.keys
        extra = []
        for after_mark in self.after_marks:
            for m in after_mark(text):
                key = m.group(1)
                if key in keys:
                    extra.append((m.start(1), key))
                    if key in self.anchors:
                        anchored.append((m.start(1), self.anchors[key]))
        for pos, links in anchored:
            for k, w, key in links:
                p = pos - k
                if p >= 0 and text.startswith(w, p) and \
                        (p == 0 or not (text[p - 1].isalnum() or text[p - 1] == "_")):
                    extra.append((p, key))
        for prefix, group in self.gates:
            if prefix in text:
                for w, key in group:
                    pos = text.find(w)
                    while pos >= 0:
                        if pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_"):
                            extra.append((pos, key))
                        pos = text.find(w, pos + 1)
        for pos, key in extra:
            if pos not in found:
                found[pos] = tuple(index.buckets.get(key, ()) for index in self.indexes)
        places = sorted(found.items())
        out = []
        safe = _SAFE_AFTER
        for i, tail_ok in enumerate(self.tails):
            hits = []
            last = 0
            for p, lists in places:
                if p < last:
                    continue
                for w in lists[i]:
                    q = p + len(w)
                    if text.startswith(w, p) and (text[q:q + 1] in safe or tail_ok(text, q)):
                        last = q
                        hits.append((p, q, w))
                        break
            out.append(hits)
        return out


_THIRD = itemgetter(2)
#: characters after which every tail of _TAILS holds (and "": the end of the text)
_SAFE_AFTER = frozenset(["", " ", "\n", ",", ".", ";", ":", "!", "?", "’", "'", '"', "”", "“", ")", "(",
                         "/", "–", "—"])


@lru_cache(maxsize=8)
def _scanner(*indexes: WordIndex) -> WordScanner:
    return WordScanner(indexes)


@lru_cache(maxsize=1)
def state_index() -> WordIndex:
    """The country aliases (country_aliases), looked up at word starts."""
    return WordIndex(country_aliases(), r"(?![\w$])")


@lru_cache(maxsize=16)
def gazetteer_matches(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """(start, end, entry) of the country aliases and of the organisation names in
    ``text``, each list in text order: the matches of the gazetteers' trie regexes
    (``trie_regex``) that begin at a word start, from one look at the text's words."""
    from .organizations import _gazetteer
    states, orgs = _scanner(state_index(), _gazetteer()[1]).matches(text)
    return states, orgs


def mention(article, start: int, end: int, sentences=None) -> Mention:
    """A Mention of ``article.text[start:end]`` with its sentence index."""
    sents = sentences if sentences is not None else article.sentences
    index = sentence_index(sents, start) if sents else 0
    return Mention(start, end, article.text[start:end], index)


def mention_maker(article, sentences):
    """A function (start, end) -> the Mention that ``mention(article, start, end,
    sentences)`` gives, with the sentence starts gathered once for many mentions."""
    text = article.text
    if not sentences:
        return lambda start, end: Mention(start, end, text[start:end], 0)
    starts = [s.start for s in sentences]

    def make(start: int, end: int) -> Mention:
        # the same search as text.sentence_index: the last sentence starting at or before
        i = bisect_right(starts, start)
        return Mention(start, end, text[start:end], i - 1 if i else 0)

    return make


def main_state(counts: dict[str, int]) -> str | None:
    """The state an article is about, from its mentions per state: the only one named, or
    one with at least two mentions and more than half of them all."""
    if not counts:
        return None
    top = max(counts, key=counts.get)
    if len(counts) == 1 or (counts[top] >= 2 and 2 * counts[top] > sum(counts.values())):
        return top
    return None


def sentences_of(article) -> tuple[Sentence, ...]:
    """The article's sentences (split on the fly when the loader did not)."""
    if article.sentences:
        return article.sentences
    return _split(article.text)


@lru_cache(maxsize=64)
def _split(text: str) -> tuple[Sentence, ...]:
    from ..text import split_sentences
    return tuple(split_sentences(text))


# --------------------------------------------------------------------------- word lists


@lru_cache(maxsize=None)
def word_set(name: str, *, lower: bool = False) -> frozenset[str]:
    """A one-item-per-line resource file as a set."""
    items = load_lines(name)
    return frozenset(i.lower() for i in items) if lower else frozenset(items)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-3 -> short English name, for the states the project counts."""
    import pycountry

    skip = word_set("non_states.txt")
    names: dict[str, str] = {}
    for c in pycountry.countries:
        if c.alpha_3 in skip:
            continue
        names[c.alpha_3] = getattr(c, "common_name", None) or c.name
    names["XKX"] = "Kosovo"
    overrides = {"RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "PRK": "North Korea",
                 "KOR": "South Korea", "TWN": "Taiwan", "TZA": "Tanzania", "VEN": "Venezuela",
                 "BOL": "Bolivia", "MDA": "Moldova", "LAO": "Laos", "VNM": "Vietnam",
                 "PSE": "Palestine", "COD": "DR Congo", "COG": "Republic of the Congo",
                 "FSM": "Micronesia", "VAT": "Vatican", "BRN": "Brunei", "TUR": "Turkey",
                 "CZE": "Czech Republic", "GBR": "United Kingdom", "USA": "United States"}
    names.update({k: v for k, v in overrides.items() if k in names or k == "XKX"})
    return names


@lru_cache(maxsize=1)
def country_aliases() -> dict[str, tuple[str, str]]:
    """Surface form -> (ISO alpha-3 or "-", kind). Case-sensitive keys."""
    import pycountry

    keep = country_names()
    out: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        if c.alpha_3 not in keep:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                out[value] = (c.alpha_3, "name")
                if value.startswith("the "):
                    out[value[4:]] = (c.alpha_3, "name")
    for row in load_table("country_aliases.tsv"):
        out[row["alias"]] = (row["code"], row["kind"])
    return out


# --------------------------------------------------------------------------- given names

_GENDER_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}


@lru_cache(maxsize=1)
def _name_dictionary() -> dict[str, str | None]:
    """Given name -> "m", "f" or None (both or unisex), from the dictionary of about
    45,000 given names of many countries that the gender-guesser package ships
    (``gender_guesser/data/nam_dict.txt``, Jörg Michael, GNU FDL; read, never copied).

    Parsed once per process (about 0.1 s). Compound names ("Jean+Pierre") are kept in
    their hyphenated form ("Jean-Pierre")."""
    import importlib.util
    from pathlib import Path

    from ..errors import ResourceError

    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:
        raise ResourceError("the given-name dictionary needs the 'gender-guesser' package: "
                            "run '.venv/bin/pip install -e .' (it is a dependency)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    genders: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line[:1] in ("#", "=", ""):
                continue
            code, _, rest = line.partition(" ")
            name = rest.lstrip().split(" ", 1)[0].replace("+", "-")
            if not name or not name[0].isupper():
                continue
            g = _GENDER_CODES.get(code)
            genders.setdefault(name, set()).add(g or "?")
    return {n: (next(iter(g)) if len(g) == 1 and "?" not in g else None) for n, g in genders.items()}


@lru_cache(maxsize=1)
def _given_name_stops() -> frozenset[str]:
    """Dictionary names that are not read as given names: the project's stop-list, and
    single-word states, demonyms and capitals."""
    stops = set(load_lines("given_name_stoplist.txt"))
    stops.update(a for a in country_aliases() if " " not in a)
    return frozenset(stops)


@lru_cache(maxsize=1)
def given_name_set() -> frozenset[str]:
    """The given-name gazetteer: the dictionary minus the stop-lists, plus the project's
    additions (``given_names.txt``). Also excludes words that the project's own lists
    treat as titles or ordinary capitalised words."""
    from .names import org_heads, person_stopwords, stop_caps, titles

    blocked = _given_name_stops() | stop_caps() | person_stopwords()
    title_words = titles()
    heads = org_heads()
    names = {n for n in _name_dictionary()
             if n not in blocked and n.lower() not in title_words and n.lower() not in heads}
    names.update(load_lines("given_names.txt"))
    return frozenset(names)


def given_name_gender(token: str) -> str | None:
    """"m" or "f" for a given name the dictionary knows with one gender ("Angela" -> "f",
    "Vladimir" -> "m"); None for unknown, unisex or ambiguous names."""
    return _name_dictionary().get(token)
