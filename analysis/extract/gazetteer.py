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


def trie_scanner(words, tail: str):
    """``finditer`` of ``re.compile("(" + trie_regex(words longest first) + ")" + tail)``,
    faster: the few words that do not begin with a capital ("the Gambia", "al-Qaeda",
    "dpa") would make the engine try a match at every "t", "a" or "d" of a text, so texts
    go through a trie of the capitalised words only, unless one of the others occurs in
    them. Same matches: a capital starts only capitalised words (the trie branches on the
    first character), and a text holding none of the other words gives none of their
    matches."""
    words = sorted(words, key=len, reverse=True)
    full = re.compile("(" + trie_regex(words) + ")" + tail)
    others = [w for w in words if not w[:1].isupper()]
    if not others:
        return full.finditer
    upper = re.compile("(" + trie_regex([w for w in words if w[:1].isupper()]) + ")" + tail)
    # (str.find over a text costs far less than a regex scan of it.) Words sharing their
    # first five characters are looked for through their common prefix first ("the State"
    # for "the State of Eritrea" and "the States"): one scan for the group when it is absent.
    groups: dict[str, list[str]] = {}
    for w in others:
        groups.setdefault(w[:5], []).append(w)
    gates = []
    for group in groups.values():
        prefix = group[0]
        for w in group[1:]:
            while not w.startswith(prefix):
                prefix = prefix[:-1]
        gates.append((prefix, tuple(group) if len(group) > 1 else None))

    def finditer(text: str):
        for prefix, group in gates:
            if prefix in text and (group is None or any(w in text for w in group)):
                return full.finditer(text)
        return upper.finditer(text)

    return finditer


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
