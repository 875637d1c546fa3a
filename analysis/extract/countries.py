"""Countries: ISO 3166-1 alpha-3 codes from names, demonyms, short forms and capitals.

Names come from pycountry (dependent territories listed in ``non_states.txt`` are left
out) plus ``country_aliases.tsv`` (short forms, demonyms, capitals, historical names and
non-state phrases such as "Latin America" or "Korean Peninsula" that must not count).
A capital counts only where it stands for the government ("Tokyo lobbied", "talks with
Moscow"), not as a place ("meetings in Moscow"). A state named inside an organisation's
name counts only for the state's own bodies ("Parliament of Iraq"), not for "China
Resources Holdings" or "Islamic State of Iraq and Syria".
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..records import Article, Country
from ..text import load_table
from .names import POSTNOMINALS, family_first_names, given_names, stop_caps, titles
from .gazetteer import (_name_dictionary, country_aliases, country_names, mention_maker, sentences_of,
                        territory_states, trie_regex, word_set, WordScanner)
from .organizations import org_spans, readable_title


# patterns of the inline matches below, compiled once
_RX_CONJUNCT = re.compile(r"([A-Z][\w-]+)\s+and\s+$")     # "Paris and " before a capital
_RX0 = re.compile(r"\s+(?:and|or)\s+([A-Z][\w-]+)\s+(\w+)")


class RawCountry(NamedTuple):
    start: int
    end: int
    codes: tuple[str, ...]
    kind: str          # name | short | demonym | capital | historical


#: What must follow a country alias: not a word character, nor "$" ("US$7").
ALIAS_TAIL = r"(?![\w$])"


@lru_cache(maxsize=1)
def _country_scanner() -> WordScanner:
    """Finds the aliases in a text, as (start, end, alias). (No look-behind at the start: the
    word boundary before a match is checked by the caller.)"""
    return WordScanner(country_aliases(), ALIAS_TAIL)


# Words before a capital that make it a place ("in Moscow", "flights from Tokyo").
_PLACE_BEFORE = frozenset(
    "in at from to into near outside around across toward towards via through inside of "
    "visit visited visiting visits arrived arrive arriving landed land reached leave left "
    "leaving returned return based born held hosted host hosts embassy consulate mayor "
    "downtown central suburban streets".split())
# Words before a capital that make it an actor ("lobbied for by Tokyo", "talks with Moscow").
_ACTOR_BEFORE = frozenset("by with between against urged pressed told warned accused "
                          "criticized criticised and".split())
# Words after a capital that make it an actor ("Moscow said", "Tokyo has lobbied").
_ACTOR_AFTER = frozenset(
    "said says say has have had is was will would wants want lobbied accused agreed agrees "
    "announced announces warned warns rejected rejects responded responds denied denies "
    "insisted insists believes sees demanded demands urged urges called calls expelled "
    "recalled condemned condemns welcomed welcomes hopes hoped could should may might must "
    "did does refused refuses claimed claims considers considered threatened threatens "
    "imposed imposes blamed blames signed signs backed backs supports supported opposed "
    "opposes sent sends decided decides plans planned argued argues maintains maintained "
    "retaliated vowed vows pledged pledges struck launched insisted approved objected "
    "continues continued also fired tested summoned slammed protested dismissed".split())
_CURRENCY = frozenset(
    "dollar dollars $ cent cents franc francs yen yuan renminbi rouble roubles ruble rubles "
    "rupee rupees lira liras peso pesos won rand shilling shillings dinar dinars riyal riyals "
    "dirham dirhams kroner krone krona hryvnia zloty forint".split())
# Currency words that are also common English words: a currency only after their own state
# ("the South Korean won", but "Karsten Warholm of Norway won the final").
_CURRENCY_OF = {"won": frozenset({"KOR", "PRK"})}
# Street-type words after a state's name: a place's name ("Grenada Street"), not the state.
_STREET_AFTER = frozenset("Street St Road Avenue Boulevard Lane Drive Highway".split())
# Combining forms before a hyphen and another state ("Sino-Japanese", "Franco-German").
_COMBINING = {"Sino": ("CHN",), "Franco": ("FRA",), "Anglo": ("GBR",), "Russo": ("RUS",)}
# Names that are often part of a person's or place's name ("Chad Wolf", "Michael Jordan").
_NAME_LIKE = frozenset({"Jordan", "Chad", "Georgia", "Israel", "Washington", "Kuwait", "Lebanon",
                        "Cuba", "Kenya", "Mali", "Guinea", "Niger", "America", "India", "Trinidad"})
_LANGUAGE_AFTER = re.compile(r"[ -](?:language|languages|speaking|speakers|speaker|translation|subtitles|dialect|accent)\b")
# a list of capitalised words ("Portuguese, English, French and Spanish")
_CAP_ITEM = re.compile(r"[A-Z][a-z]+")
_CAP_LIST = re.compile(r"(?:[A-Z][a-z]+(?:,[ ]+|,?[ ]+(?:and|or)[ ]+))+[A-Z][a-z]+")
# ("in Spanish", and the second of two languages: "in French and English", "speak German or French")
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|from|speak|speaks|spoke|speaking|learn|learning|taught|teach|fluent)"
                              r"[ ](?:[A-Z][a-z]+,? (?:and|or) )?$")
_CUISINE_AFTER = re.compile(r"[ ](?:pubs?|bars?|restaurants?|cuisine|food|dish(?:es)?|cooking)\b")
_END_AFTER = re.compile(r"[ ]?(?:[,.;:)!?\"”]|$|and\b|or\b)")
_GEORGIA_CUES = re.compile(r"Tbilisi|Georgian|Caucasus|Abkhaz|Ossetia|Saakashvili|Ivanishvili|Zourabichvili|Kobakhidze|Georgia’s (?:government|president|prime)")
_WORD_BEFORE = re.compile(r"([\w’'.]+)([\s,]*)$")
_WORD_AFTER = re.compile(r"(?:’s|'s)|[\s,]*([\w$’'\-]+)")     # matched at a position


def _word_before(text: str, start: int) -> tuple[str, str]:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return (m.group(1), m.group(2)) if m else ("", "")


def _word_after(text: str, end: int) -> str:
    m = _WORD_AFTER.match(text, end, end + 40)
    if not m:
        return ""
    return m.group(0) if m.group(1) is None else m.group(1)


def _is_capital_actor(text: str, start: int, end: int, capitals: set[tuple[int, int]]) -> bool:
    after = _word_after(text, end)
    if after in ("’s", "'s"):
        return True
    before, gap = _word_before(text, start)
    lb = before.lower()
    if text[max(0, start - 4):start] in ("pro-", "nti-"):
        return True                    # "the pro-Beijing camp", "anti-Moscow"
    if text[end:end + 1] == "-":       # "Moscow-based"
        return False
    if after[:1].isupper() and not text[end:end + 2].startswith(","):
        return False                   # "Washington Post", "Paris Agreement"
    if lb in _PLACE_BEFORE and "," not in gap:
        return False
    if after.lower() in _ACTOR_AFTER:
        return True
    if lb == "and":
        # "in Paris and London": the capital before "and" says what both are
        first = _RX_CONJUNCT.search(text, max(0, start - 40), start)
        if first is not None and country_aliases().get(first.group(1), ("", ""))[1] == "capital":
            p_before, p_gap = _word_before(text, first.start(1))
            return not (p_before.lower() in _PLACE_BEFORE and "," not in p_gap)
        return True
    if lb in _ACTOR_BEFORE:
        return True
    # "Beijing and Washington agreed": look past a coordinated capital; and a capital
    # coordinated with a state or another capital acts as the one after "and" does
    # ("Washington and Beijing traded accusations")
    m = _RX0.match(text, end, end + 60)
    if m and (m.group(2).lower() in _ACTOR_AFTER or
              country_aliases().get(m.group(1), ("", ""))[1] in ("name", "short", "capital")):
        return True
    return False


@lru_cache(maxsize=1)
def _alias_codes() -> dict[str, tuple[tuple[str, ...], str] | None]:
    """Surface form -> (ISO codes, kind); None for the phrases that must not count."""
    return {alias: None if code == "-" else (tuple(code.split("+")), kind)
            for alias, (code, kind) in country_aliases().items()}


def find_country_mentions(text: str) -> list[RawCountry]:
    """Every place where a state is referred to, before the organisation filter."""
    aliases = country_aliases()
    alias_codes = _alias_codes()
    out: list[RawCountry] = []
    people: set[str] = set()
    for start, end, surface in _country_scanner()(text):
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        codes_kind = alias_codes[surface]
        if codes_kind is None:
            continue
        codes, kind = codes_kind
        after = _word_after(text, end)
        la = after.lower()
        own = _CURRENCY_OF.get(la)       # (None: a currency after any state)
        if la in _CURRENCY and (own is None or own & set(codes)) or text[end:end + 1] == "$":
            continue                    # "U.S. dollars", "US$7 billion"
        if kind in ("name", "short") and after in _STREET_AFTER and text[end:end + 1] == " ":
            continue                    # "Grenada Street", "Israel Road"
        if start > 1 and text[start - 1] == "-":
            hw = _WORD_BEFORE.search(text, max(0, start - 12), start - 1)
            if hw and hw.group(1) in _COMBINING and not hw.group(2):
                out.append(RawCountry(hw.start(1), start - 1, _COMBINING[hw.group(1)], "demonym"))
        if text.startswith("-style", end) or (kind == "demonym" and _CUISINE_AFTER.match(text, end)):
            continue                    # "Soviet-style", "an Irish pub", "Persian food": not the state
        if kind == "demonym" and (_LANGUAGE_AFTER.match(text, end) or
                                  (_LANGUAGE_BEFORE.search(text, max(0, start - 30), start) and
                                   _END_AFTER.match(text, end))):
            continue                    # "in Spanish", "Arabic-language", "Spanish speakers"
        if kind == "demonym" and _in_language_list(text, start, end):
            continue                    # "Portuguese, English, French and Spanish languages"
        if kind == "title-demonym" and not _title_after(text, end):
            continue                    # "in English", "the English page": the language
        if surface in _NAME_LIKE:
            before, gap = _word_before(text, start)
            if after[:1].isupper() and after not in ("’s", "'s") and text[end:end + 1] == " ":
                if not _country_scanner().match(text, end + 1):
                    continue            # "Chad Wolf", "Jordan Peterson"
            if before[:1].isupper() and gap == " " and before not in stop_caps() and \
                    before not in aliases and _capital_word(before):
                continue                # "Michael Jordan"
        if kind == "demonym" and " " not in surface and _FAMILY_NAME_END.match(text, end) \
                and _given_before(text, start, end):
            people.add(surface)         # "Volker Turk is", "Volker Turk said": a family name
            continue
        if kind in ("capital", "short", "name") and " " not in surface and _given_before(text, start, end) \
                and not (kind == "name" and _PLACE_WORD_BEFORE.search(text, max(0, start - 40), start)):
            people.add(surface)         # "Nikki Holland", "Sudesh Amman": a family name
            continue
        if kind == "demonym" and _END_AFTER.match(text, end) and _given_before(text, start, end):
            continue                    # "engineer Peter French and ...": this one a family name
        if kind == "capital" and not _is_capital_actor(text, start, end, set()):
            continue
        out.append(RawCountry(start, end, codes, kind))
    if text[:5].isupper() and text[:1].isalpha():
        out = _headline_capitals(text, alias_codes) + out
    if people:                          # the same family name alone later ("Amman had ...")
        out = [r for r in out if text[r.start:r.end] not in people]
    if any(r.codes == ("GEO",) for r in out) and any(r.codes == ("USA",) for r in out) \
            and not _GEORGIA_CUES.search(text):
        out = [r for r in out if r.codes != ("GEO",)]   # the US state of Georgia
    return out


_CAPS_OPENING = re.compile(r"(?:[A-Z][A-Z’'-]*[ ,]+){1,4}")
_CAPS_WORD = re.compile(r"([A-Z][A-Z-]+)(?:[’'][S])?(?=[ ,])")


def _headline_capitals(text: str, alias_codes) -> list[RawCountry]:
    """A state's name among the capitals an article opens with, in the style of some papers
    ("SPAIN’S Foreign Minister said", "BRITAIN has ..."): the state."""
    out = []
    opening = _CAPS_OPENING.match(text)
    for m in _CAPS_WORD.finditer(text, 0, opening.end() if opening is not None else 0):
        hit = alias_codes.get(m.group(1).capitalize())
        if hit is not None and hit[1] in ("name", "short"):
            out.append(RawCountry(m.start(1), m.end(1), hit[0], hit[1]))
    return out


def _in_language_list(text: str, start: int, end: int) -> bool:
    """Whether the demonym at [start, end) stands in a list of languages: one that holds
    "English" not followed by a title, or that ends before "language(s)"."""
    if text[end:end + 1] not in (",", " ") and text[start - 2:start] not in (", ", "d ", "r "):
        return False
    for m in _CAP_LIST.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if m.start() <= start and end <= m.end():
            items = _CAP_ITEM.findall(m.group(0))
            return (_LANGUAGE_AFTER.match(text, m.end()) is not None
                    or ("English" in items and not _title_after(text, m.end())))
    return False


# Titles after a language-named demonym that name the language taught or spoken, not the
# person's state ("English teacher", "Welsh speaker").
_SUBJECT_TITLES = frozenset("teacher teachers professor lecturer tutor instructor translator "
                            "interpreter speaker speakers student students editor".split())
_NEXT_WORDS = re.compile(r"[ ]([A-Za-z]+)(?:[ ]([A-Za-z]+))?")


def _title_after(text: str, end: int) -> bool:
    """A title or occupation right after a demonym that is also a language, or one word
    later ("English drummer A Bcd", "English rock drummer"): it qualifies a person."""
    m = _NEXT_WORDS.match(text, end, end + 40)
    if m is None:
        return False
    for w in m.groups():
        if w is None:
            return False
        lw = w.lower()
        if lw in _SUBJECT_TITLES:
            return False
        if lw in titles():
            return True
    return False


#: a preposition or article before the word before a state's name: "in Roman Egypt", "of
#: Christian Ethiopia" (a place), where "Luís Montenegro" names a person
_PLACE_WORD_BEFORE = re.compile(r"\b(?:of|in|into|from|to|across|throughout|the)[ ]\S+[ ]$")


#: what may follow a family name that is also a demonym: a stop, a possessive, or a verb of
#: the few a nationality's adjective never precedes, or a preposition of time ("Volker Turk said",
#: "Volker Turk on Thursday", not "German troops")
_FAMILY_NAME_END = re.compile(r"(?:[,.;:)]|['’]s\b|[ ](?:is|was|has|had|said|says|told|added|stressed|urged|"
                              r"warned|called|noted|wrote|met|visited|who|on|during|after|will|would|also|"
                              r"expressed|welcomed|condemned|announced|arrived|spoke)\b)")


def _given_before(text: str, start: int, end: int) -> bool:
    """A known given name right before a one-word state or capital, and no capital after
    (but letters after a name, "Anna Scotland QC"): the word is a person's family name
    ("Nikki Holland said"), not a state."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    before = text[text.rfind(" ", max(0, start - 30), start - 1) + 1:start - 1].rpartition("\n")[2]
    if before not in given_names() or before in stop_caps() or before in country_aliases() \
            or before in family_first_names():
        return False                    # ("Abe told Xi Tokyo was ...": a family name written first)
    after = text[end:end + 2]
    if after[:1] == " " and after[1:2].isupper():
        # ("Patricia Scotland QC": letters after a name leave it a name)
        return text[end + 1:end + 12].split(" ", 1)[0].rstrip(",.;:)") in POSTNOMINALS
    return True


def _capital_word(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def extract_countries(article: Article) -> list[Country]:
    """States the article refers to, in order of first mention, with every mention."""
    text = article.text
    raw = find_country_mentions(text)
    if not raw:
        return _title_countries(article, {})
    orgs = org_spans(article)
    make_mention = mention_maker(article, sentences_of(article))
    names = country_names()
    found: dict[str, list] = {}
    # the organisation spans are in text order and do not overlap, as the mentions are in
    # text order: the one span that may hold a mention is the last one starting at or
    # before it
    k, n = 0, len(orgs)
    for r in raw:
        while k < n and orgs[k][0] <= r.start:
            k += 1
        if k and r.end <= orgs[k - 1][1] and not orgs[k - 1][2]:
            continue                    # "China Resources Holdings", "Islamic State of Iraq"
        for code in r.codes:
            found.setdefault(code, []).append(make_mention(r.start, r.end))
    twins = _ambiguous_aliases()
    if any(m.text in twins for ms in found.values() for m in ms):
        _resolve_ambiguous(text, found, twins)
    out = [Country(code, names.get(code, code), tuple(ms)) for code, ms in found.items()]
    more = _title_countries(article, found)
    return sorted(out + more, key=lambda c: c.mentions[0].start) if more else out


@lru_cache(maxsize=1)
def _ambiguous_aliases() -> dict[str, tuple[str, ...]]:
    """alias -> the states it may name, the usual one first (ambiguous_states.tsv)."""
    return {row["alias"]: tuple(row["states"].split()) for row in load_table("ambiguous_states.tsv")}


@lru_cache(maxsize=1)
def _holders_by_state() -> dict[str, tuple[str, ...]]:
    """ISO code -> the full names of its office holders (office_holders.tsv and the others),
    flattened as _flat_name flattens a text."""
    out: dict[str, list[str]] = {}
    for name in ("office_holders.tsv", "past_office_holders.tsv", "ministers.tsv", "cabinet.tsv", "leaders.tsv"):
        for row in load_table(name):
            if row.get("country"):
                out.setdefault(row["country"], []).append(_flat_name(row["name"]))
    return {k: tuple(v) for k, v in out.items()}


def ambiguous_twin(code: str, codes) -> str | None:
    """The other state an article means by the usual state ``code`` of a shared name, when
    the article's states (``codes``) hold that one and not ``code``."""
    for states in _ambiguous_aliases().values():
        if states[0] == code:
            other = next((c for c in states[1:] if c in codes), None)
            if other is not None and code not in codes:
                return other
    return None


def _flat_name(text: str) -> str:
    """``text`` lower-cased, hyphens as spaces and apostrophes dropped, to find a holder's name
    however the article writes it."""
    return text.replace("-", " ").replace("’", "").replace("'", "").lower()


def _resolve_ambiguous(text: str, found: dict[str, list], twins: dict[str, tuple[str, ...]]) -> None:
    """Move the mentions of a shared name ("Congo", "Congolese") to the other state it may
    name when the article gives evidence of that one and none of the usual one: the state
    named otherwise, its capital or a region of it ("Brazzaville"), or the full name of one
    of its office holders."""
    places, state_of = _settings()
    placed: set[str] | None = None      # the states of the capitals and regions the text names
    flat: str | None = None             # the text as _flat_name flattens it

    def evidence(code: str) -> bool:
        nonlocal placed, flat
        if flat is None:
            flat = _flat_name(text)         # ("Denis Sassou-Nguesso", "Sassou N’Guesso" for "Sassou Nguesso")
        if any(name in flat for name in _holders_by_state().get(code, ())):
            return True
        if placed is None:
            placed = {state_of[m.group(0)] for m in places.finditer(text)}
        return code in placed

    for states in set(twins.values()):     # (one pass per group: "Congo", "Congolese")
        usual = states[0]
        shared = [m for m in found.get(usual, ()) if m.text in twins]
        if not shared or len(shared) < len(found[usual]):
            continue                    # (the usual state named unambiguously too)
        other = next((c for c in states[1:] if c in found or evidence(c)), None)
        if other is None or evidence(usual):
            continue
        del found[usual]
        found[other] = sorted([*found.get(other, ()), *shared], key=lambda m: m.start)


def _title_countries(article: Article, found) -> list[Country]:
    """The states of the places the title names that no mention gave ("Florida highway
    pileup ...": the story is set in the USA), each with the place's first mention in the
    text (a place the text never names adds nothing)."""
    if not article.title:
        return []
    text = article.text
    places, state_of = _settings()
    make_mention = None
    out: list[Country] = []
    for place, code in _title_setting(readable_title(article.title)):
        if code in found:
            continue
        i = text.find(place)
        while i >= 0 and ((i and text[i - 1].isalnum()) or text[i + len(place):i + len(place) + 1].isalnum()):
            i = text.find(place, i + 1)
        span = (i, i + len(place)) if i >= 0 else next(
            (m.span() for m in places.finditer(text) if state_of[m.group(0)] == code), None)
        if span is not None:            # (else another place of the state: "Catalonia" -> "Barcelona")
            make_mention = make_mention or mention_maker(article, sentences_of(article))
            found[code] = [make_mention(*span)]
            out.append(Country(code, country_names().get(code, code), tuple(found[code])))
    return out


# Words after a capital in a title that make it a document's or group's name, not a place
# ("Paris Agreement", "Minsk Protocol", "Paris Club").
_DOCUMENT_AFTER = frozenset("Agreement Agreements Accord Accords Protocol Convention Declaration "
                            "Treaty Club Consensus Format Principles Statement Charter".split())
# A meeting held in the place a title names: the venue, not the story's setting ("A and B
# willing to meet in Geneva", "talks in Doha")
_VENUE_BEFORE = re.compile(r"\b(?:meet|meets|meeting|talks|summit|conference|hold|holds|held|convene|"
                           r"convenes|gather|gathers)\s+in\s+$", re.IGNORECASE)
# Words after a place's name that keep it a place ("London Bridge"), where the name is also
# a given name ("Paris Hilton", "Sydney Sweeney", "Virginia Giuffre").
_PLACE_HEADS = frozenset("Bridge Street Road Avenue Square Airport Station Tower Park Harbour Harbor "
                         "Port Metro Underground Stadium Zoo Marathon Mall Subway".split())


@lru_cache(maxsize=1)
def _settings() -> tuple[re.Pattern, dict[str, str]]:
    """Regions and cities of a state (``territory_states.tsv``, less the dependent
    territories of ``non_states.txt``: "Puerto Rico", "Bermuda"), and the capitals."""
    import pycountry
    skip = word_set("non_states.txt")
    dependent = set()
    for c in pycountry.countries:
        if c.alpha_3 in skip:
            dependent.update(v for v in (c.name, getattr(c, "common_name", None)) if v)
    table = {t: code for t, code in territory_states().items() if t not in dependent}
    table.update({a: code for a, (code, kind) in country_aliases().items() if kind == "capital"})
    return re.compile(r"\b(?:" + trie_regex(sorted(table, key=len, reverse=True)) + r")(?![\w-])"), table


def _title_setting(title: str) -> list[tuple[str, str]]:
    """(place, state) of the regions, cities and capitals a title names: where the story is set
    ("Florida highway pileup", "Catalonia apartment block fire", "knife attack on London
    Bridge"), though the article may never name the state itself."""
    rx, table = _settings()
    codes = []
    for m in rx.finditer(title):
        place = m.group(0)
        after = _word_after(title, m.end())
        if after in _DOCUMENT_AFTER or _VENUE_BEFORE.search(title, max(0, m.start() - 30), m.start()):
            continue                    # (a meeting's venue: "leaders to meet in Geneva")
        if " " not in place and place in _name_dictionary():
            before, gap = _word_before(title, m.start())
            if (after[:1].isupper() and after not in _PLACE_HEADS and after not in ("’s", "'s")
                    and title[m.end():m.end() + 1] == " ") or (before in given_names() and gap == " "):
                continue                # "Paris Hilton", "Whitney Houston"
        codes.append((place, table[place]))
    return codes
