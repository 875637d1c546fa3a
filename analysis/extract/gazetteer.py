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
#: the labels of a picture credit ("Image: Jane Doe", "Photo: the White House"): what follows
#: names the photographer or the source, never an actor of the story
CREDIT_LABELS = "Image|Photo|Picture|Photograph|Credit|Courtesy"


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


class WordScanner:
    """Finds literal words (gazetteer surface forms) in texts: called with a text, it gives
    what ``re.compile("(" + trie_regex(words) + ")" + tail).finditer`` finds, as (start, end,
    word) in text order: leftmost first, no overlaps, at each start the longest word whose
    ``tail`` (a look-ahead) holds after it. Like the regex, a match may begin inside a word
    ("Donald" in "McDonald"): callers check the boundary before it.

    Two ways to the same matches (tests/test_organizations.py compares both with the plain
    regex, on tricky texts and on the sample corpus):

    - First, dict look-ups, ready in milliseconds: candidate starts are the capitals that
      begin a word of the list, and, in texts that hold them, the places of the few words
      that begin otherwise ("the Gambia", "al-Qaeda", "dpa"); at each start a dict keyed by
      the first four characters gives the lengths to try, longest first.
    - Once the scanner has read ``COMPILE_AFTER`` characters, trie regexes, which scan about
      twice as fast but take up to a second to build and compile (every worker process paid
      that before its first article, and a small incremental ingest paid it in full): one of
      the capitalised words, the engine skipping ahead to the capitals; the one of every word
      only for texts that hold one of the others (a word starting with "t", "a" or "d" would
      make the engine try a match at every such letter).
    """

    #: Characters read the dict way before the regexes are compiled (about 1,000 short
    #: articles; by then the slower scan has cost about as much as compiling).
    COMPILE_AFTER = 2_000_000
    _KEY = 4

    def __init__(self, words, tail: str):
        words = sorted({w for w in words if w}, key=len, reverse=True)
        self._words = frozenset(words)
        self._tail_src = tail
        self._tail = re.compile(tail).match
        key = self._KEY
        lengths: dict[str, set[int]] = {}
        short: set[int] = set()
        for w in words:
            if len(w) >= key:
                lengths.setdefault(w[:key], set()).add(len(w))
            else:
                short.add(len(w))
        self._lengths = {k: sorted(v, reverse=True) for k, v in lengths.items()}
        self._short = sorted(short, reverse=True)
        self._upper_words = [w for w in words if w[0].isupper()]
        firsts = sorted({w[0] for w in self._upper_words})
        self._starts = re.compile("[" + "".join(re.escape(c) for c in firsts) + "]") if firsts else None
        self._others = [w for w in words if not w[0].isupper()]
        # (str.find over a text costs far less than a regex scan of it.) Words sharing their
        # first five characters are looked for through their common prefix first ("the State"
        # for "the State of Eritrea" and "the States"): one look-up for the group when it is absent.
        groups: dict[str, list[str]] = {}
        for w in self._others:
            groups.setdefault(w[:5], []).append(w)
        self._gates = []
        for group in groups.values():
            prefix = group[0]
            for w in group[1:]:
                while not w.startswith(prefix):
                    prefix = prefix[:-1]
            self._gates.append((prefix, group))
        self._read = 0
        self._upper_re: re.Pattern | None = None
        self._full_re: re.Pattern | None = None

    def match(self, text: str, p: int) -> tuple[int, int, str] | None:
        """The longest word at ``p`` whose tail holds, as (start, end, word), or None."""
        words, tail = self._words, self._tail
        room = len(text) - p             # (a slice past the end is shorter than asked)
        for n in self._lengths.get(text[p:p + self._KEY], ()):
            if n <= room:
                w = text[p:p + n]
                if w in words and tail(text, p + n):
                    return p, p + n, w
        for n in self._short:
            if n <= room:
                w = text[p:p + n]
                if w in words and tail(text, p + n):
                    return p, p + n, w
        return None

    def __call__(self, text: str) -> list[tuple[int, int, str]]:
        if self._upper_re is None:
            self._read += len(text)
            if self._read <= self.COMPILE_AFTER:
                return self._scan_dicts(text)
            # ("(?!)" matches nothing: a list without capitalised words)
            self._upper_re = re.compile(f"({trie_regex(self._upper_words) or '(?!)'}){self._tail_src}")
        for prefix, group in self._gates:
            if prefix in text and any(w in text for w in group):
                if self._full_re is None:
                    self._full_re = re.compile(f"({trie_regex(self._upper_words + self._others)}){self._tail_src}")
                pattern = self._full_re
                break
        else:
            pattern = self._upper_re
        return [(m.start(1), m.end(1), m.group(1)) for m in pattern.finditer(text)]

    def _scan_dicts(self, text: str) -> list[tuple[int, int, str]]:
        starts = [m.start() for m in self._starts.finditer(text)] if self._starts is not None else []
        extra = []
        for prefix, group in self._gates:
            if prefix in text:
                for w in group:
                    i = text.find(w)
                    while i >= 0:
                        extra.append(i)
                        i = text.find(w, i + 1)
        if extra:
            starts = sorted(set(starts).union(extra))
        out = []
        last = 0
        match = self.match
        for p in starts:
            if p < last:
                continue
            hit = match(text, p)
            if hit is not None:
                out.append(hit)
                last = hit[1]
        return out


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
def subdivision_names() -> frozenset[str]:
    """Names of several words of the states' provinces, regions and districts (ISO 3166-2,
    from pycountry): "Minas Gerais", "Rio de Janeiro". Places, never a person's name."""
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions if " " in s.name)


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
    for alias in [a for a in out if "'" in a]:
        out.setdefault(alias.replace("'", "’"), out[alias])    # "People’s Republic of China"
    return out


@lru_cache(maxsize=1)
def territory_states() -> dict[str, str]:
    """Region or city that is no state -> the state it belongs to (``territory_states.tsv``).
    Shared: do not modify."""
    return {r["territory"]: r["code"] for r in load_table("territory_states.tsv")}


# --------------------------------------------------------------------------- given names

_GENDER_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}


@lru_cache(maxsize=1)
def _name_dictionary() -> dict[str, str | None]:
    """Given name -> "m", "f" or None (both or unisex), from the dictionary of about
    45,000 given names of many countries that the gender-guesser package ships
    (``gender_guesser/data/nam_dict.txt``, Jörg Michael, GNU FDL; read, never copied).

    Parsing it takes about 0.2 s, a tenth of a small incremental ingest, so the result is
    kept in the user's cache (``paths.CACHE``, a pickle named by the file's path, size and
    time and this module's code) and read from there (~0.02 s) by later processes. A
    cache that cannot be read or written is ignored. Compound names ("Jean+Pierre") are
    kept in their hyphenated form ("Jean-Pierre")."""
    import importlib.util
    from pathlib import Path

    from ..errors import ResourceError

    spec = importlib.util.find_spec("gender_guesser")
    if spec is None or not spec.submodule_search_locations:
        raise ResourceError("the given-name dictionary needs the 'gender-guesser' package: "
                            "run '.venv/bin/pip install -e .' (it is a dependency)")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    cache = _cache_file("given-names", path)
    found = _cache_read(cache)
    if isinstance(found, dict):
        return found
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
    out = {n: (next(iter(g)) if len(g) == 1 and "?" not in g else None) for n, g in genders.items()}
    _cache_write(cache, out)
    return out


def _cache_file(kind: str, source):
    """The cache file for what this module derives from the file ``source``: named by the
    file's path, size and modification time and by this module's code; None when the file
    cannot be examined."""
    import hashlib
    import os

    from ..paths import CACHE

    try:
        st = os.stat(source)
        with open(__file__, "rb") as fh:
            code = fh.read()
    except OSError:
        return None
    key = hashlib.sha1(f"{os.path.abspath(source)}\0{st.st_size}\0{st.st_mtime_ns}\0".encode() + code)
    return CACHE / f"{kind}-{key.hexdigest()[:20]}.pickle"


def _cache_read(path):
    import pickle

    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except Exception:   # noqa: BLE001 - absent, unreadable or damaged: rebuild it
        return None


def _cache_write(path, value) -> None:
    import os
    import pickle

    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        kind = path.name.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{kind}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)     # made by other code or another dictionary
    except OSError:     # a read-only home: parse again next time
        pass


@lru_cache(maxsize=1)
def _given_name_stops() -> frozenset[str]:
    """Dictionary names that are not read as given names: the project's stop-list, and
    single-word states, demonyms and capitals."""
    stops = set(load_lines("given_name_stoplist.txt"))
    stops.update(a for a in country_aliases() if " " not in a)
    return frozenset(stops)


@lru_cache(maxsize=1)
def state_given_names() -> frozenset[str]:
    """One-word state and capital names that are also given names in the dictionary ("Israel",
    "Jordan", "Chad", "Santiago", "Sofia"): after an office they may open a person's name
    ("Foreign Minister Israel Katz", "Foreign Minister Santiago Cafiero")."""
    aliases = country_aliases()
    return frozenset(n for n in _name_dictionary() if aliases.get(n, ("-", ""))[0] != "-"
                     and aliases[n][1] in ("short", "name", "capital"))


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
    # the news often drops diacritics ("Asa" for "Åsa", "Sukru" for "Şükrü"): the plain form
    # of a name is one too, unless it is a listed word
    for n in [n for n in names if not n.isascii()]:
        plain = "".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)).replace("ı", "i")
        if len(plain) > 2 and plain.isascii() and plain not in blocked and plain.lower() not in title_words \
                and plain.lower() not in heads:
            names.add(plain)
    names.update(load_lines("given_names.txt"))
    return GivenNames(names)


class GivenNames(frozenset):
    """The given-name set; a hyphenated compound of two given names is one too
    ("Abdel-Wahid", "Anne-Sophie"), though the dictionary lists only some compounds."""
    __slots__ = ()

    def __contains__(self, word) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if "-" not in word:
            return False
        first, _, second = word.partition("-")
        return frozenset.__contains__(self, first) and frozenset.__contains__(self, second)


def given_name_gender(token: str) -> str | None:
    """"m" or "f" for a given name the dictionary knows with one gender ("Angela" -> "f",
    "Vladimir" -> "m"), as given_name_genders.tsv corrects it ("Sameh" -> "m"); None for
    unknown, unisex or ambiguous names."""
    fixed = _gender_corrections()
    return fixed[token] if token in fixed else _name_dictionary().get(token)


@lru_cache(maxsize=1)
def _gender_corrections() -> dict[str, str | None]:
    return {r["name"]: (r["gender"] if r["gender"] in ("m", "f") else None)
            for r in load_table("given_name_genders.tsv")}
