"""Capitalised-word scanning shared by the organisation and person extractors.

One precompiled regex finds runs of capitalised words (with the connectors and particles
names use: "of", "for", "al-", "von der", "da"); the extractors then look at the few runs
an article holds with dict and set lookups only.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..text import load_lines, load_table

#: Upper-case letters, ASCII, Latin-1, Latin Extended-A/B and Latin Extended Additional
#: (accented names; the last holds Vietnamese letters: "Phạm Thu Hằng").
_LATIN = [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]
UPPER = "A-Z" + "".join(chr(c) for c in _LATIN if chr(c).isupper())
LOWER = "a-z" + "".join(chr(c) for c in _LATIN if c >= 0x00DF and chr(c).islower())

#: Prefixes joined to a name by a hyphen ("al-Assad").
_PREFIXES = ("al", "el", "ad", "as", "ash", "at", "az", "ul", "bin", "ibn", "abu", "da", "de", "di",
             "du", "van", "von", "le", "la", "der", "den", "del", "della", "dos", "das")
#: One capitalised word: "Putin", "Jean-Yves", "O'Brien", "McAllister", "AfCFTA", "U.S.",
#: "al-Assad", "el-Sisi", "S." (an initial), "Portfolio.hu".
CAP_WORD = (
    rf"(?:(?:{'|'.join(_PREFIXES)})-|d[’'](?=[{UPPER}]))?"
    rf"(?:[{UPPER}]\.(?:[{UPPER}]\.)*(?![{UPPER}{LOWER}0-9])|[{UPPER}](?:[{UPPER}{LOWER}0-9]|(?:[’'\-.+&]|–(?=[{UPPER}])|[‘ʻ](?![sS](?![{UPPER}{LOWER}0-9])))(?=[{UPPER}{LOWER}0-9]))*)"
)
#: Lower-case particles inside personal names.
PARTICLES = ("al", "el", "bin", "ibn", "bint", "abu", "von", "van", "der", "den", "de", "da",
             "do", "dos", "das", "di", "du", "del", "della", "dela", "delos", "la", "le", "ter", "ten",
             "y", "e", "vel")             # ("vel": a Polish double name, "A Bcd vel Cde")
#: Connectors inside organisation names.
CONNECTORS = ("of", "for", "on", "to", "in", "and", "the", "from", "against", "&")
#: The nouns of a spokesman's post.
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})
#: The nouns of those who seek an office ("the presidential candidate"): a person, never the
#: party named with them; the office right before one is part of the role ("chancellor candidate").
CANDIDATE_NOUNS = frozenset({"candidate", "nominee", "hopeful", "challenger", "contender", "frontrunner",
                             "front-runner"})


def _trie(words) -> str:
    """A literal alternation factored as a trie (same matches as a flat alternation of
    words that must be followed by a fixed character: at most one of them can be)."""
    from .gazetteer import trie_regex
    return trie_regex(sorted(words))


# The run and token regexes, written for speed. A match never needs to backtrack into a
# word: whatever the greedy match of a word is, the rest of the pattern (an optional
# repetition, or nothing) accepts it, so possessive quantifiers and atomic groups give
# exactly the matches of the plain pattern (CAP_WORD above) while sparing the engine its
# backtracking bookkeeping; "X*(?:sep X+)*" matches what "(?:X|sep(?=X))*" matches, with one
# character-class loop per stretch of letters instead of one alternation per letter; the
# word lists are tries. tests/test_organizations.py checks them against the plain forms.
_WORD_BODY = rf"[{UPPER}{LOWER}0-9]*+(?:(?:[’'\-.+&]|–(?=[{UPPER}])|[‘ʻ](?![sS](?![{UPPER}{LOWER}0-9])))[{UPPER}{LOWER}0-9]++)*+"
_RUN_CAP_WORD = (
    rf"(?>(?:{_trie(_PREFIXES)})-|d[’'](?=[{UPPER}]))?"
    rf"(?>[{UPPER}]\.(?:[{UPPER}]\.)*+(?![{UPPER}{LOWER}0-9])|[{UPPER}]{_WORD_BODY})"
)
#: A run of capitalised words joined by single spaces, particles or connectors.
# The run starts with a plain capital (checked first, so the engine skips ahead fast);
# the look-behind then rules out a capital inside a word ("McAllister", "al-Assad").
_FIRST_WORD = rf"[{UPPER}](?<![\w’'\-][{UPPER}])(?>\.(?:[{UPPER}]\.)*+(?![{UPPER}{LOWER}0-9])|{_WORD_BODY})"
RUN_RE = re.compile(
    rf"({_FIRST_WORD})((?:,?[ ](?:(?:{_trie(set(PARTICLES) | set(CONNECTORS))})[ ])*+{_RUN_CAP_WORD})*+)"
)


@lru_cache(maxsize=64)
def runs(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every capitalised run of ``text`` as (start, end, run text); computed once per text."""
    found = [(m.start(), m.end(), m.group()) for m in RUN_RE.finditer(text)]
    if "Image:" in text or "Photo:" in text:
        found = [_unglued(r, text) if r[2].endswith(("Image", "Photo")) else r for r in found]
    verbs = _capital_verbs()
    for i, r in enumerate(found):
        k = r[2].rfind(" ")
        if k > 0 and r[2][k + 1:] in verbs and r[2][k - 1].islower():
            found[i] = (r[0], r[0] + k, r[2][:k])   # "Minister A Bcd Tweeted that ...": the name ends before it
    if " St. " in text:
        found = _saint_names(text, found)
    return tuple(found)


def _saint_names(text: str, found: list) -> list:
    """The runs with a family name of "St." joined: "Joseph St. Clair", "Kevin St. John" (a
    given name, "St", the period, and the run right after it)."""
    out: list = []
    for r in found:
        prev = out[-1] if out else None
        if prev is not None and prev[2].endswith(" St") and prev[2].count(" ") == 1 \
                and prev[2].partition(" ")[0] in given_names() and r[0] == prev[1] + 2 \
                and text.startswith(". ", prev[1]):
            out[-1] = (prev[0], r[1], text[prev[0]:r[1]])
        else:
            out.append(r)
    return out


@lru_cache(maxsize=1)
def _capital_verbs() -> frozenset[str]:
    """The past forms of reporting_verbs.txt capitalised after a word ("Minister A Bcd
    Tweeted that ..." in a careless copy): they end a run, a name never holds them."""
    return frozenset(w.capitalize() for w in load_lines("reporting_verbs.txt")
                     if " " not in w and (w.endswith("ed") or w in ("told", "wrote")))


def _unglued(run: tuple[int, int, str], text: str) -> tuple[int, int, str]:
    """A run without the picture-credit label a page scrape glued to the caption's last word
    ("Jo JorgensenImage: A Bcd." -> "Jo Jorgensen")."""
    start, end, r_text = run          # (the caller passes runs ending in either label only)
    if r_text[-6:-5].islower() and text.startswith(":", end):
        return start, end - 5, r_text[:-5]
    return run
TOKEN_RE = re.compile(rf"{_RUN_CAP_WORD}|[\w’'\-]+|[,&]")     # _RUN_CAP_WORD: CAP_WORD, faster


def is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (len(word) > 3 and "-" in word[:5] and word.split("-", 1)[1][:1].isupper()))


#: Words of address written before a name ("Mr Okonkwo", "Dr. A Bcd"), without their dot.
HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Mme", "Mlle", "Sir", "Dame", "H.E",
                        "Cde",           # ("Cde": Comrade, a style in southern Africa)
                        "Shri", "Smt", "Shrimati",      # (India's "Mr" and "Mrs")
                        "Mahatma",      # ("Great Soul", an Indian style of honour)
                        "Md"})          # ("Md. A Bcd": Mohammad shortened, as Bangladesh writes it)

#: Honours and professional letters written after a name ("Kama Melly QC"), not part of it.
POSTNOMINALS = frozenset({"QC", "KC", "SC", "MP", "MEP", "MSP", "MLA", "OBE", "MBE", "CBE",
                          "KBE", "DBE", "FRS", "PhD"})


@lru_cache(maxsize=1)
def stop_caps() -> frozenset[str]:
    return frozenset(load_lines("stop_caps.txt"))


@lru_cache(maxsize=1)
def person_stopwords() -> frozenset[str]:
    return frozenset(load_lines("person_stopwords.txt"))


@lru_cache(maxsize=1)
def family_place_words() -> frozenset[str]:
    """Place and thing words that end a person's name after a given name ("Kanye West"):
    family_place_words.txt."""
    return frozenset(load_lines("family_place_words.txt"))


@lru_cache(maxsize=1)
def platforms() -> frozenset[str]:
    """Social media platforms ("Twitter", "Telegram"): platforms.txt."""
    return frozenset(load_lines("platforms.txt"))


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    return frozenset(load_lines("org_heads.txt"))


@lru_cache(maxsize=1)
def affiliation_adjectives() -> frozenset[str]:
    """Capitalised adjectives of party, faith, people or continent ("Shiite", "African"):
    they open a title ("a Shiite member of parliament") or a body's name ("United African
    Organization") though they are stop words elsewhere."""
    return frozenset(load_lines("affiliation_adjectives.txt"))


@lru_cache(maxsize=1)
def family_first_names() -> frozenset[str]:
    """Family names written before the given name ("Zhang" of "Zhang Qisheng")."""
    return frozenset(load_lines("family_first_names.txt"))


#: A given name of two syllables joined by a hyphen, as Korean and Cantonese names are
#: written ("Jae-in", "Kwok-kin", "Yiu-chung", "Cheuk-yan").
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,6}")
#: words after a hyphen that make a compound, not a second syllable of a given name
#: ("Hong Kong-led", "a Seoul-born", "Hong Kong-style"); participles ("-based") too
_COMPOUND_TAILS = frozenset("run born made like held wide type era only free area zone line side day "
                            "days time year war rule size long old up down out off age rich high low "
                            "new style class level state party built".split())


def east_asian_name(words) -> bool:
    """A family name written first and a given name of two syllables joined by a hyphen
    ("Wong Kwok-kin", "Choe Son-hui", "Ko Wen-je"): the shape is a person's name."""
    if len(words) != 2 or words[0] not in family_first_names() or _HYPHENED_GIVEN.fullmatch(words[1]) is None:
        return False
    tail = words[1].partition("-")[2]
    return tail not in _COMPOUND_TAILS and not tail.endswith("ed")


@lru_cache(maxsize=1)
def titles() -> dict[str, str]:
    """Lower-case title word or phrase -> kind (office, rank, occupation)."""
    return {row["word"].lower(): row["kind"] for row in load_table("titles.tsv")}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Lower-case words that begin a title: titles and their modifiers ("minority", "vice")."""
    return frozenset(titles()) | frozenset(w.lower() for w in load_lines("title_modifiers.txt"))


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given-name gazetteer (a broad dictionary, see gazetteer.given_name_set)."""
    from .gazetteer import given_name_set
    return given_name_set()


def strip_possessive(word: str) -> str:
    """"Putin's" -> "Putin", "Forces’" -> "Forces"."""
    last = word[-1:]
    if last == "s":
        if word.endswith(("’s", "'s")):
            return word[:-2]
    elif last in ("’", "'") and word.endswith(("s’", "s'")):
        return word[:-1]
    return word


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Words and commas of ``text[start:end]`` with their offsets."""
    return [(m.group(0), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]
