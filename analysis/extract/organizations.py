"""Organisations: named bodies, ministries, parties, media, companies; acronyms tied to
their expansions.

Four sources of evidence, all precompiled once:

1. the gazetteer ``organizations.tsv`` (well-known bodies with acronyms and variants);
2. acronym definitions in the text: "Syrian Democratic Forces (SDF)", "NATO (North
   Atlantic Treaty Organisation)"; a later bare "SDF" is a mention of the same body;
3. capitalised runs ending in an organisation word (``org_heads.txt``: Ministry, Council,
   Party, Forces, News, ...), optionally followed by "of/for/on/in/to" and capitalised
   words ("Ministry of Foreign Affairs", "US Embassy in London");
4. contexts that only organisations fill: "told Izvestia", "according to Gazeta Prawna",
   "retailer Tesco", "UOKiK, the Polish anti-monopoly agency", "Gazeta Prawna reports".

A name found once is then looked up everywhere else in the article. The article's own
publisher (``publishers_of``: ``Article.source``, a dateline's agency, and their other names
in ``publishers.tsv``) is left out.
The reported name is the fullest form the article itself uses.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from ..errors import ResourceError
from ..records import Article, Country, Organization
from ..text import load_lines, load_table
from .gazetteer import (CREDIT_LABELS, _name_dictionary, country_aliases, fold, main_state, mention_maker,
                        sentences_of, territory_states, WordScanner)
from .topics import body_tokens
from .names import (HONORIFICS, SPOKES_NOUNS, affiliation_adjectives, east_asian_name, runs, given_names, is_cap, org_heads,
                    person_stopwords, stop_caps, strip_possessive, title_words as _title_words, titles, tokens)


# patterns of the inline matches below, compiled once
_RX0 = re.compile(r"[\s,\-–]+")
_RX1 = re.compile(r"\bof (?:the )?([A-Z][\w .'-]+)$")
_RX2 = re.compile(r"(?:^|(?<=[\s(]))([A-Z][\w.]*(?: [A-Z][\w.]*)?) $")


class OrgHit(NamedTuple):
    start: int
    end: int
    key: str            # grouping key (fold of the canonical or fullest name)
    surface: str        # text as written, without a leading "the" or trailing "'s"
    acronym: str | None
    kind: str | None
    country: str | None
    is_acronym: bool
    publisher: bool = False     # the article's own publisher: blocks names, never reported


_make_hit = OrgHit._make        # from a plain tuple, faster than _replace


# Bodies of a state: a state named inside them still counts as a reference to the state.
_GOV_HEADS = frozenset("ministry army navy police embassy consulate government department "
                       "parliament senate congress cabinet guard guards duma assembly "
                       "force forces office court".split())
#: Bodies whose name may put "General" after the head ("Directorate General of ...").
_GENERAL_BODIES = frozenset({"directorate", "secretariat", "inspectorate", "commissariat"})
_IN_HEADS = frozenset({"embassy", "consulate", "office", "mission", "delegation"})
_GOV_KINDS = frozenset({"government", "military", "court"})
_MEDIA_HEADS = frozenset("news times post journal tribune herald gazette reporter daily network "
                         "broadcasting radio television tv press media magazine".split())
_COMPANY_HEADS = frozenset("company corporation corp corp. holdings investment investments "
                           "industries enterprises airlines airways inc inc. ltd ltd. plc llc "
                           "ag sa gmbh co. group".split())
_PARTY_HEADS = frozenset({"party", "movement", "front"})

# Nouns that introduce or describe an organisation's name ("retailer Tesco", "the Kaufland
# chain", "UOKiK, the Polish anti-monopoly agency").
_ORG_NOUNS = ("retailer|company|firm|chain|developer|agency|newspaper|daily|broadcaster|channel|"
              "outlet|website|magazine|carrier|airline|lender|insurer|conglomerate|supermarket|"
              "manufacturer|maker|giant|operator|publisher|tabloid|watchdog|group|bank|network|"
              "station|portal|weekly|paper|think tank|party|organisation|organization|"
              "news agency|news outlet|militia|movement|charity|foundation|nonprofit|institute|"
              "association|union|center|centre|band|journal")
# Checked around each capitalised run (anchored at the run's start or end, so cheap).
_CONTEXT_BEFORE = re.compile(
    rf"(?:\b(?:[Aa]ccording to|told|[Ss]peaking to|[Ss]poke to|[Ii]nterview with|"
    rf"(?:as )?(?:reported|quoted|cited|published|operated|organi[sz]ed|owned) by|[Ww]riting in|wrote in|"
    rf"[Cc]ontributor to|[Ss]pokes(?:person|man|woman) for|[Cc]olumnist for|reports? by|article in|"
    rf"[Cc]hief executive officer of|[Ff]ounder of|[Cc]hief executive of|CEO of|[Cc]hair(?:wo)?man of|"
    rf"subsidiary of|shareholders (?:of|in)|(?:[Dd]ata|[Ff]igures|[Ss]tatistics) from|"
    rf"(?:stores|chains|companies|firms|retailers|banks|outlets|newspapers|brands|supermarkets|"
    rf"broadcasters|airlines|groups|parties|organi[sz]ations|charities)[ ](?:like|such[ ]as|including))|"
    rf"(?<![\w-])(?:{_ORG_NOUNS}))[ ](?:the[ ])?$")
_CONTEXT_AFTER = re.compile(
    rf"[ ](?:reported|reports(?![ ](?:from|of|on|suggest|say|said|indicate|indicated|stated|claimed)\b|,)|chain|stores?|"
    rf"newspaper|magazine|daily|agency|said in a statement)\b"
    rf"|,[ ](?:the|a|an)[ ](?:(?!(?:of|on|in|by|to|for|with|from)[ ])[\w\-]+[ ]){{0,4}}(?:{_ORG_NOUNS})\b")
_CONTEXT_LAST = frozenset(["to", "told", "with", "by", "in", "for", "like", "as", "including", "of", "from"] + _ORG_NOUNS.replace(" ", "|").split("|"))
# Cheap necessary conditions, checked before those regexes (see _may_be_context): the
# last characters of every _CONTEXT_BEFORE match before its optional "the ", five of
# them for "told " and the nouns (every noun's last word has four letters or more),
# eight for the other phrases, whose fixed words the pattern gives ("according to ");
# and the start of every _CONTEXT_AFTER match. Keep them in step with the patterns
# (tests/test_organizations.py::test_context_test_never_hides_a_context checks them).
_BEFORE_TAILS5 = frozenset(["told ", "like "] + [n.split(" ")[-1][-4:] + " " for n in _ORG_NOUNS.split("|")])
_BEFORE_TAILS8 = frozenset(["ding to ", "king to ", "poke to ", "ew with ", "rted by ", "oted by ",
                            "ited by ", "shed by ", "ated by ", "ized by ", "ised by ", "wned by ", "ting in ", "rote in ",
                            "utor to ", "son for ", "man for ", "nist for ", "port by ", "orts by ",
                            "icle in ", "such as ", "cluding ",
                            "icer of ", "nder of ", "ta from ", "es from ", "cs from ",
                            "tive of ", " CEO of ", "rman of ", "iary of ", "ders of ", "ders in "])
_AFTER_PREFIXES = (" reported", " reports", " chain", " store", " newspaper", " magazine", " daily", " agency",
                   " said in a statement", ", the ", ", a ", ", an ")
# The last four characters of every tail -> what to look at: 1 (it is "the "): the tails
# before it; 2: _BEFORE_TAILS5; 4: _BEFORE_TAILS8. A place whose last four characters
# are none of these has no context before it.
def _tail_table() -> dict[str, int]:
    table = {"the ": 1}
    for bit, tails in ((2, _BEFORE_TAILS5), (4, _BEFORE_TAILS8)):
        for t in tails:
            table[t[-4:]] = table.get(t[-4:], 0) | bit
    return table


_TAIL4 = _tail_table()
_RUN_END = itemgetter(1)
_SUBRUN_SPLIT = re.compile(r",[ ]|[ ](?:and|in|on|to|against)[ ]")
# "(SDF)" after its long form; found from the parenthesis (a literal the engine scans for
# fast), the match then starting one earlier when a space comes before it
_ACRONYM_AFTER = re.compile(r"\((?:the[ ])?([A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9+]*)\)")   # (also "PG&E")
_PREFIX_HYPHEN = re.compile(r"(?<![\w-])(?:ex|pro|anti)-$")
# a picture credit before a name ("Image: Department of Energy.")
_CREDIT = re.compile(rf"(?:{CREDIT_LABELS})s?:[ ]*(?:the[ ])?$")
# ", or NIPT," after its long form
_ACRONYM_OR = re.compile(r",[ ]or[ ](?:the[ ])?([A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9+]*)(?=[,.;:)]|[ ][a-z])")
# the look-behind comes after the first capital so the engine scans for capitals fast
_ACRONYM_BEFORE = re.compile(r"([A-Z](?<![\w-][A-Z])[A-Za-z]*[A-Z][A-Za-z0-9+]*)[ ]\((?:the[ ])?([^()]{4,120})\)")
# its parenthesis part: every match of _ACRONYM_BEFORE ends with one, and starts in the
# word (of these characters only) right before it
_PAREN_LONG = re.compile(r"[ ]\((?:the[ ])?[^()]{4,120}\)")
# a one-word short form in parentheses that is not the initials (step 5b)
_SHORT_FORM = re.compile(r"\(([A-Z][a-z][A-Za-z\-]{2,})\)")     # "(Phivolcs)", "(CalFire)"
_ACRONYM_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+")
_CONNECTORS = frozenset({"and", "of", "the", "for", "on", "in", "&"})   # not in a name's prefix
_MODEL = re.compile(r"[ ][A-Z]{0,3}-?\d")      # a model number after a maker's name
_POLICE = re.compile(r"[ ]police\b")
_POLICE_PLACE = re.compile(r"(?<![\w’'\-])([A-Z][a-z]+)$")
_POLICE_PLACE2 = re.compile(r"(?<![\w’'\-])([A-Z][a-z]+[ ][A-Z][a-z]+)$")
_ADJ_SUFFIXES = ("-based", "-led", "-backed", "-born", "-owned", "-run", "-funded", "-allied", "-supported",
                 "-sponsored", "-linked", "-aligned", "-controlled", "-held", "-operated", "-brokered",
                 "-appointed", "-affiliated", "-financed", "-mediated")
_THE = re.compile(r"^(?:the|The)[ ]")
# a state body written with a lower-case head, named by the state after "of"/"in":
# "ministry of internal affairs of Belarus", "U.S. embassy in Beijing" (the state before
# the head is looked for with _RX2). Matched only where str.find sees a _LOWER_HEADS word.
_LOWER_BODY = re.compile(
    r"(ministry|embassy|consulate|parliament)"
    r"((?:[ ](?:of|for)[ ](?:the[ ])?[a-z]+(?:[ ](?:and[ ])?[a-z]+){0,3})?)"
    r"[ ](of|in)[ ](?:the[ ])?([A-Z][\w.]*)(?:[ ]([A-Z][\w.]*))?")
# a list of bodies: "The proscribed organizations include A, the B, C and D"
_LIST_NOUN_WORDS = ("organi", "groups", "NGOs", "charities", "associations")
_LIST_INTRO = re.compile(r"\b(?:organi[sz]ations|groups|NGOs|charities|associations)[ ,]+(?:include|included|including|"
                         r"such[ ]as|like)[ ]*:?[ ]+")
# ... or named right after a plural kind: "trade unions Unite and ASLEF", "newspapers Le Monde and El País"
_LIST_DIRECT_KINDS = frozenset(("unions", "parties", "companies", "newspapers", "broadcasters", "chains", "retailers",
                                "supermarkets", "airlines", "carriers", "banks", "lenders", "insurers"))
_PLURAL_BEFORE_CAP = re.compile(r"s[ ]+(?=[A-Z])")
_LIST_END = re.compile(r"[.!?](?:[ \n]|$)|\n")
_LIST_SEP = re.compile(r"[,;][ ]*(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or)[ ]+")
_LIST_ITEM = re.compile(r"(?:the[ ])?([A-Z][\w.’'&-]*(?:[ ](?:[A-Z][\w.’'&-]*|of|for|on|and|de|dos|da|del|la|le|in))*)[ ]*")
# the lower-case kind of a court after its place's name ("the Tbilisi city court")
_COURT_KINDS = tuple(f"{k} court" for k in ("city", "district", "regional", "municipal", "provincial",
                                              "county", "military", "garrison", "appeals"))
_COURT_PLACE = re.compile(r"([A-Z][\w-]+(?:[ ][A-Z][\w-]+)?)[ ]$")
#: nouns an embassy word modifies ("the US embassy staff"): no body named alone
_EMBASSY_NOUNS = frozenset("staff staffer staffers employee employees worker workers official officials guard guards "
                           "building buildings compound grounds car cars gate gates".split())
# a legislature by its one-word name ("the Senate", "a majority in Parliament")
_LOWER_HEADS = ("ministry ", "embassy ", "consulate ", "parliament ")
_LEGISLATURE_WORDS = ("Senate", "Parliament", "Congress")
#: the portfolio words of a ministry written in lower case
_PORTFOLIO_LOWER = (r"(?:foreign|defen[cs]e|interior|finance|economy|health|justice|education|trade|agriculture|"
                    r"energy|environment|information|culture|labou?r|transport|home|science|technology|industry|"
                    r"commerce|tourism|oil|petroleum|mines|water|communications|digital|emergencies|security)")
#: what follows a body that acts or speaks: ' said', ' has said', ' dismissed', ' urges the',
#: ' spokesperson', "'s statement"
_ACTS_AFTER = re.compile(r"(?:['’]s)?[ ](?:(?:has|had|also|later|then|on[ ][A-Z][a-z]+)[ ])?(?:said|says|told|"
                         r"[a-z]{3,}ed|[a-z]{3,}s[ ](?:that|the|a|it)|spokes(?:man|woman|person)|statement)\b")
#: a state's ministry or presidency in lower case after its demonym ("the Chinese foreign
#: ministry said", "the Kenyan presidency said")
_DEMONYM_LOWER_BODY = re.compile(
    r"\b(?:[Tt]he[ ](([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?))"
    rf"[ ](?:{_PORTFOLIO_LOWER}[ ](?:and[ ]{_PORTFOLIO_LOWER}[ ])?)?(?:ministry|presidency(?![ ]of\b))"
    # (a state's possessive: its ministry of a portfolio, "Japan's foreign ministry"; not "Russia's
    # presidency" of a bloc)
    r"|(([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)['’]s)"
    rf"[ ]{_PORTFOLIO_LOWER}[ ](?:and[ ]{_PORTFOLIO_LOWER}[ ])?ministry)\b")
#: a capitalised name that is a web address: a site or its company ("Domain.com", "News.com.au")
_CAP_DOMAIN = re.compile(r"[A-Z][A-Za-z0-9\-]*\.(?:com|org|net|io)(?:\.[a-z]{2})?")
# a news site by its lower-case domain name after a media noun ("the news site oe24.at")
_DOMAIN_NOUNS = ("site ", "website ", "portal ", "outlet ", "blog ")
_DOMAIN = re.compile(r"([a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)?\.[a-z]{2,4})\b(?!\w|\.\w|/)")
#: a given name and perhaps one more capitalised word right before a word ("Elias Bou ")
_GIVEN_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]+)[ ](?:[A-Z][\w’'-]+[ ])?$")
_PREV_WORD = re.compile(r"([\w.’'\-]+)[ ]$")
#: more of a person's name after a word: "al-Sisi", "El Sayed", "bin Salman", "Abbas"
_NAME_GOES_ON = re.compile(r"[ ](?:(?:[Aa]l|[Ee]l)-[A-Z]|(?:bin|ibn|ben|Abu|Al|El)[ ][A-Z]|[A-Z][a-z]+\b(?![ ](?:[A-Z]|of\b)))")
# plural heads after bodies named together ("the Democratic and Republican parties") -> the
# head of each body's name
_PLURAL_HEADS = {"committees": "Committee", "parties": "Party", "ministries": "Ministry",
                 "councils": "Council", "commissions": "Commission", "agencies": "Agency",
                 "departments": "Department", "universities": "University", "unions": "Union"}
_PLURAL_AFTER = tuple(" " + h for h in _PLURAL_HEADS)
_PLURAL_HEAD = re.compile(r"[ ](" + "|".join(_PLURAL_HEADS) + r")\b")
_COORDINATED = re.compile(r"[ ]and[ ][A-Z][^,]*$")    # the last body joined by "and"
# a Center of these kinds is a venue or ward, not a body ("Mesquite Convention Center");
# "Search and Rescue" is an operation, not a body
_VENUES = ("Convention Center", "Convention Centre", "Trauma Center", "Shopping Center",
           "Shopping Centre", "Conference Center", "Conference Centre", "Exhibition Center",
           "Exhibition Centre", "Events Center", "Event Center", "Community Center", "Search and Rescue")


@lru_cache(maxsize=1)
def _non_org_tails() -> frozenset[str]:
    return frozenset(load_lines("non_org_tails.txt")) | frozenset(titles())


_COLLECTIVES = frozenset({"people", "peoples", "women", "men", "children"})


def _collective_possessive(word: str) -> bool:
    """A possessive of people in general that a body's name holds ("Sudan People's Liberation
    Army", "Kurdistan Workers' Party", "Catholic Bishops' Conference"), unlike an owner's
    ("Russia's Foreign Ministry", "ABC News' reporter")."""
    bare = strip_possessive(word)
    return bare.lower() in _COLLECTIVES or (word.endswith(("s'", "s’")) and _plural_person_noun(bare))


@lru_cache(maxsize=4096)
def _plural_person_noun(word: str) -> bool:
    """Whether ``word`` is the plural of a noun for people the speaker-noun or title lists
    hold ("Witnesses", "Officials", "Analysts")."""
    nouns = _person_nouns()
    low = word.lower()
    return any(low.endswith(end) and low[:len(low) - len(end)] in nouns for end in ("s", "es"))


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    return frozenset(row["noun"].lower() for row in load_table("speaker_nouns.tsv") if row["kind"] == "person") \
        | frozenset(w.lower() for w in titles() if " " not in w)


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes ("USD", "EUR"), from pycountry."""
    import pycountry
    return frozenset(c.alpha_3 for c in pycountry.currencies)


#: a number or an amount word right before a currency code ("11.4 billion USD", "220 million")
_AMOUNT_BEFORE = re.compile(r"(?:\d|\b(?:thousand|million|billion|trillion|mln|bln|bn|m))[ ]$")


@lru_cache(maxsize=1)
def _non_org_names() -> frozenset[str]:
    return frozenset(load_lines("non_org_names.txt"))


def _person_with_initials(name: str) -> bool:
    """A long form before an acronym that is a person's name: two words or more, the first a
    given name, none a word that heads a body's name ("Ana María Ruiz Torres (AMRT)", not
    "the Ana Ruiz Foundation (ARF)")."""
    words = name.split(" ")
    return len(words) >= 2 and words[0] in given_names() and not any(w.lower() in org_heads() for w in words)


def _not_org_name(name: str) -> bool:
    """The name ends in a word of non_org_tails.txt or a title, or is a title before "of"
    ("... Act", "... Space Station", "Member of Parliament"): a law, product, place or
    title, not a body."""
    words = name.split(" ")
    if len(words) == 1 and "-" in name and all(country_aliases().get(w) for w in name.split("-")):
        return True                     # "the Iran-Pakistan-India (IPI) pipeline": states, no body
    return name not in _gazetteer() and (words[-1].lower() in _non_org_tails() or (
        len(words) > 2 and words[1] == "of" and words[0].lower() in titles()) or (
        len(words) > 3 and words[2] == "of" and words[0].lower() in _title_words()
        and words[1].lower() in titles()))      # "Vice President of the United States"


#: What must follow a gazetteer surface form: not a word character, nor a hyphenated word.
#: (a listed name ends before a word character or a hyphenated word, except the participle of
#: an adjective it makes: "the UN-backed government", "a NATO-led force", "the Westinghouse-designed
#: reactor" name the body)
GAZETTEER_TAIL = (r"(?![\w]|-(?!(?:backed|led|brokered|sponsored|mediated|funded|financed|supported|run|"
                  r"organi[sz]ed|hosted|drafted|chaired|commissioned|developed|designed|built|operated)\b|[A-Z])\w)")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, dict]:
    """Surface form -> entry (``_gazetteer_scanner()`` finds the surface forms in a text)."""
    surfaces: dict[str, dict] = {}
    for row in load_table("organizations.tsv"):
        entry = {"name": row["name"], "acronym": row["acronym"] or None,
                 "kind": row["kind"] or None, "country": row["country"] or None,
                 "key": fold(_THE.sub("", row["name"]))}
        forms = [row["name"], *(v for v in row["variants"].split("|") if v)]
        if row["acronym"]:
            forms.append(row["acronym"])
        for form in forms:
            surfaces.setdefault(form, entry)
            if form.startswith("The ") and " " in form[4:]:
                surfaces.setdefault(form[4:], entry)    # "Washington Post", not "Independent"
        for form in forms:
            for other in _spelling_variants(form):
                surfaces.setdefault(other, entry)
    return surfaces


def listed_state(name: str) -> str | None:
    """The state organizations.tsv gives a listed body ("White House": USA), else None (a
    body's state read from an article, as for a bare "Senate", is not a listed one)."""
    entry = _gazetteer().get(name)
    return entry["country"] if entry is not None else None


def listed_kind(name: str) -> str | None:
    """The kind organizations.tsv gives a listed body ("ICJ": "court"), else None."""
    entry = _gazetteer().get(name)
    return entry["kind"] if entry is not None else None


def listed_name(name: str) -> str | None:
    """The full name organizations.tsv gives a listed body's form ("FBI": "Federal Bureau
    of Investigation"), else None."""
    entry = _gazetteer().get(name)
    return entry["name"] if entry is not None else None


_CAPS_WORD = re.compile(r"[A-Z][A-Z'’]*")
#: short words a headline in capitals writes that are no names ("TALKS ON DEBT")
_HEADLINE_SMALL = frozenset("A AN AND AS AT BY FOR FROM IN OF ON OR THE TO WITH".split())


def readable_title(title: str) -> str:
    """A headline written in capitals, as wire services send them ("BRAZIL CRITICISES
    DEBT PLAN"), in the case of a text ("Brazil Criticises Debt Plan"), so that names
    in it read as names; two-letter words ("UK", "EC"), dotted ones ("U.S.") and the
    listed abbreviations of states and bodies ("USA", "NATO", "IMF") stay as written. Any
    other title is returned as it is."""
    if not title or any(ch.islower() for ch in title):
        return title
    keep = country_aliases()

    def word(m: re.Match) -> str:
        w = m.group(0)
        if w in _HEADLINE_SMALL:
            return w.lower()
        if len(w) <= 2 or w in keep or _is_listed_acronym(w):
            return w
        return w[0] + w[1:].lower()

    return _CAPS_WORD.sub(word, title)


def _is_listed_acronym(word: str) -> bool:
    entry = _gazetteer().get(word)
    return entry is not None and entry["acronym"] == word


def _spelling_variants(form: str) -> list[str]:
    """Other ways news copy writes a listed name: a hyphenated acronym's word in title case
    ("ZANU-PF" as "Zanu-PF"; single words such as "Nato" are listed as variants, since
    "Rand" or "Sana" would take people and places), the Arabic article capitalised in its
    other spelling ("Al Jazeera" as "Al-Jazeera"; lower-case forms such as "al-Jazeera" are
    listed as variants, since each costs a search of every text)."""
    out = []
    if " " not in form and "-" in form and form.upper() == form:
        cased = "-".join(p.capitalize() if len(p) >= 4 and p.isalpha() else p for p in form.split("-"))
        if cased != form:
            out.append(cased)
    for article in ("Al ", "Al-", "al-", "al "):
        if form.startswith(article) and form[len(article):][:1].isupper():
            rest = form[len(article):]
            out += [a + rest for a in ("Al ", "Al-") if a != article]
            break
    return out


@lru_cache(maxsize=1)
def _gazetteer_scanner() -> WordScanner:
    """Finds the gazetteer's surface forms in a text, as (start, end, surface). (No
    look-behind at the start: the word boundary before a match is checked by the caller.)"""
    return WordScanner(_gazetteer(), GAZETTEER_TAIL)


@lru_cache(maxsize=1)
def _publishers() -> list[frozenset[str]]:
    return [frozenset(fold(n) for n in row["names"].split("|")) for row in load_table("publishers.tsv")]


@lru_cache(maxsize=1)
def _publisher_groups() -> dict[str, list[frozenset[str]]]:
    """Folded publisher name -> the groups of _publishers() holding it, in their order."""
    index: dict[str, list[frozenset[str]]] = {}
    for group in _publishers():
        for name in group:
            index.setdefault(name, []).append(group)
    return index


@lru_cache(maxsize=65536)
def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2) and \
        word.upper() != word.capitalize()


def _acronym_matches(acronym: str, words: list[str]) -> bool:
    """True when ``acronym`` can be spelled from the starts of ``words`` in order (lower-case
    connectors may be skipped; a word may give more than its first letter: "AfCFTA")."""
    target = [c.lower() for c in acronym if c.isalpha()]
    ws = [w.lower() for w in words]
    memo: dict[tuple[int, int], bool] = {}   # a plain dict: an lru_cache per call costs more

    def go(i: int, j: int) -> bool:
        found = memo.get((i, j))
        if found is None:
            found = memo[i, j] = _go(i, j)
        return found

    def _go(i: int, j: int) -> bool:      # i: letter index, j: word index
        if i == len(target):
            return j == len(ws) or all(not words[k][:1].isupper() for k in range(j, len(ws)))
        if j == len(ws):
            return False
        w = ws[j]
        # take 1..n leading letters of word j
        k = 0
        while k < len(w) and i + k < len(target) and w[k] == target[i + k]:
            k += 1
            if go(i + k, j + 1):
                return True
            if not w[k:k + 1].isalpha():
                break
        # skip a lower-case connector or a hyphen-joined piece
        return not words[j][:1].isupper() and go(i, j + 1)

    return go(0, 0)


def _split_words(surface: str) -> list[str]:
    return [w for w in _RX0.split(surface) if w]


@lru_cache(maxsize=65536)
def _head_of(surface: str) -> str:
    """The organisation word of a name ("Ministry" of "Turkish Ministry of Foreign Affairs")."""
    words = _split_words(surface)
    heads = org_heads()
    for i, w in enumerate(words):
        lw = strip_possessive(w).lower()
        if lw in heads and (i + 1 == len(words) or words[i + 1] in ("of", "for", "on", "in", "to")):
            return lw
    return strip_possessive(words[-1]).lower() if words else ""


def _kind_from_head(head: str) -> str | None:
    if head in _MEDIA_HEADS:
        return "media"
    if head in _COMPANY_HEADS:
        return "company"
    if head in _PARTY_HEADS:
        return "party"
    if head in _GOV_HEADS:
        return "government"
    return None


@lru_cache(maxsize=65536)
def _state_prefix(surface: str) -> str | None:
    """ISO code of a leading state name or demonym ("Turkish Ministry ..." -> TUR) or a
    trailing "of <state>" ("Parliament of Iraq" -> IRQ); none for a body named after the
    affairs of a state it deals with ("Taiwan Affairs Office")."""
    aliases = country_aliases()
    words = surface.split(" ")
    for n in (3, 2, 1):
        hit = aliases.get(" ".join(words[:n]))
        if hit and words[n:n + 1] == ["Affairs"]:
            return None         # "Taiwan Affairs Office": a body dealing with the state, not its own
        if hit and hit[0] != "-" and hit[1] != "capital":
            return hit[0].split("+")[0]
    m = _RX1.search(surface)
    if m:
        hit = aliases.get(m.group(1))
        if hit and hit[0] != "-":
            return hit[0].split("+")[0]
    return None


def _looks_like_person(words: list[str]) -> bool:
    if not words:
        return False
    first = words[0]
    return first in given_names() or first.lower() in titles() or first.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr")


#: words that end an organisation's name only after one of the given words ("School District")
_PAIRED_HEADS = {"district": ("School", "Water", "Irrigation", "Sanitation", "Fire")}


@lru_cache(maxsize=1)
def _head_forms() -> frozenset[str]:
    """Lower-cased words that may be an organisation word (or "house") once a possessive
    is stripped: "ministry", "ministry's", "forces’". A cheap necessary condition."""
    out = set()
    for head in {h.lower() for h in org_heads()} | {"house"} | _PAIRED_HEADS.keys():
        out.update((head, head + "’s", head + "'s"))
        if head.endswith("s"):
            out.update((head + "’", head + "'"))
    return frozenset(out)


@lru_cache(maxsize=1)
def _head_run_words() -> frozenset[str]:
    """_head_forms and the same forms with the comma a run may hold after a word."""
    forms = _head_forms()
    return forms | {f + "," for f in forms}


def _head_runs(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised runs that end in an organisation word (with of-phrases)."""
    out = []
    for r_start, r_end, r_text in runs(text):
        if " " in r_text:           # one word: no head with words before it
            # "the House's Committee on X": a heading right after a possessive
            after_possessive = (text[r_start - 2:r_start] in ("' ", "’ ", "s ")
                                and text[r_start - 3:r_start - 1] in ("s'", "s’", "'s", "’s"))
            for a, b in _run_heads(r_text, after_possessive):
                if a == 0 and r_text.split(" ", 1)[0] in affiliation_adjectives() and \
                        text.endswith((" a ", " an ", "A ", "An "), 0, r_start):
                    continue        # "a European Federation": one of a kind, unnamed
                if a == 0 and " and " in r_text[:b] and (prev := _PREV_WORD.search(text, max(0, r_start - 30), r_start)) \
                        and prev.group(1).islower() and prev.group(1) in titles():
                    a = r_text.index(" and ", 0, b) + 5     # "chairman A Bcd and Foreign Ministry director
                                                            # C Def": a name after the title, then the body
                out.append((r_start + a, r_start + b))
    return out


#: bodies after whose name "of the US" tells where they are ("Kestrel State University of the
#: US"), not which one they are (as "Central Bank of the UAE" does)
_SITED_HEADS = frozenset({"university", "college", "institute", "school", "hospital", "museum"})


def _head_in_run(toks, k: int, heads) -> bool:
    """Whether the run of capitalised words from token ``k`` holds an organisation's head word
    ("Central Committee", "Armed Forces")."""
    while k < len(toks) and is_cap(toks[k][0]):
        if strip_possessive(toks[k][0]).lower() in heads:
            return True
        k += 1
    return False


def _another_body(toks, j: int, heads) -> bool:
    """Whether the capitalised words from ``toks[j]`` end in an organisation word of their own
    ("the Institute of Technology and Kestrel State University": two bodies; not "Ministry
    of Defence and Armed Forces", whose plural word names a branch of the one)."""
    for word, _, _ in toks[j:j + 4]:
        if not is_cap(word):
            return False
        low = strip_possessive(word).lower()
        if low in heads and not low.endswith("s"):
            return True
    return False


#: words that make an office of the title after them ("Prime Minister", "Deputy Governor"), unlike
#: a portfolio's ("Department of Energy Deputy Secretary": the department's, then his title)
_OFFICE_MODIFIERS = frozenset("prime deputy vice acting assistant associate senior first chief executive "
                              "principal permanent under lord attorney solicitor inspector".split())
#: stop words that open the place or field of an of-phrase when a name follows ("University of
#: Western Kestrel", "Institute of Latin American Studies")
_REGION_ADJECTIVES = frozenset({"Northern", "Southern", "Eastern", "Western", "Middle", "Latin",
                                "African", "European", "Asian", "Arabic"})


@lru_cache(maxsize=65536)
def _run_heads(r_text: str, after_possessive: bool = False) -> tuple[tuple[int, int], ...]:
    """_head_runs of one run of several words, as spans in ``r_text`` (they depend on the
    run's words only)."""
    # no organisation word among the run's words (a run's tokens are its space-separated
    # words, a trailing comma apart: a run whose lower-cased words miss every head form
    # has no token the loop below would stop at)
    if _head_run_words().isdisjoint(r_text.lower().split(" ")):
        return ()
    heads = org_heads()
    stops = stop_caps()
    title_words = titles()
    title_starts = _title_words()       # titles and their modifiers ("Deputy", "Prime")
    aliases = country_aliases()
    may_head = _head_forms()
    out = []
    toks = tokens(r_text, 0, len(r_text))
    n = len(toks)
    i = 0
    floor = -1                          # the last token of the body found before
    while i < n:
        word = toks[i][0]
        if word.lower() not in may_head:
            i += 1
            continue
        bare = strip_possessive(word)
        low = bare.lower()
        is_head = low in heads and is_cap(word) and (i > 0 or (
            n > 2 and toks[1][0] in ("of", "on", "for") and (after_possessive or low != "government"))
            or n > 3 and toks[1][0] == "General" and low in _GENERAL_BODIES)
        if low == "house" and i + 1 < n and toks[i + 1][0] == "of":
            is_head = True
        elif low in _PAIRED_HEADS:      # "Irving Independent School District", not "Federal District"
            is_head = i > 0 and toks[i - 1][0] in _PAIRED_HEADS[low]
        elif low == "press" and i + 1 < n and toks[i + 1][0].lower() in title_words:
            is_head = False             # "White House Press Secretary": a press officer's title
        if not is_head:
            i += 1
            continue
        # what follows the head: a title ("Cabinet Secretary") or another capitalised
        # word that is not a connector means the head is a modifier, not the end (but a
        # flight's number is the airline's: "Northwest Airlines Flight 253")
        end_i = h = i
        if low in _GENERAL_BODIES and bare == word and i + 2 < n and toks[i + 1][0] == "General":
            end_i = h = i + 1           # "Directorate General of Civil Aviation": "General" ends the head
        if bare == word and h + 1 < n:
            nxt = toks[h + 1][0]
            if (nxt in ("of", "for", "on", "to", "against") or
                    (nxt == "in" and low in _IN_HEADS)) and h + 2 < n:
                j = h + 2
                if toks[j][0] == "the":
                    j += 1
                if nxt == "to" and j < n and (toks[j][0].lower() in title_words or toks[j][0] in given_names()):
                    j = n               # "the Cabinet Office to President A Bcd": the one spoken to, no name
                last = None
                for k in range(min(n, j + 4), j + 1, -1):
                    state = aliases.get(" ".join(t[0] for t in toks[j:k - 1]) + " " + strip_possessive(toks[k - 1][0]))
                    if state and state[1] in ("name", "short") and state[0] != "-":
                        last, j = k - 1, n  # "the Embassy in the Central African Republic": the state's whole name
                        break
                while j < n and ((is_cap(toks[j][0]) and (toks[j][0] not in stops or (
                        toks[j][0] in _REGION_ADJECTIVES and j + 1 < n and is_cap(toks[j + 1][0])
                        and toks[j + 1][0] not in stops))) or     # "University of Southern Kestrel"
                                 (toks[j][0] in ("and", "the", "of", "&") and j + 1 < n and is_cap(toks[j + 1][0])
                                  and (i or after_possessive or toks[j][0] != "and"))):   # "University of X and Y"
                    if toks[j][0] == "and" and (toks[j + 1][0] == bare or _another_body(toks, j + 1, heads)):
                        break       # "the Ministry of Defence and Ministry of Interior": two bodies
                    if toks[j - 1][0] == "of" and j + 1 < n and is_cap(toks[j + 1][0]) \
                            and (state := aliases.get(strip_possessive(toks[j][0]))) \
                            and state[1] in ("name", "short") and state[0] != "-" \
                            and not _head_in_run(toks, j + 1, heads):
                        last = j    # "the State Committee for Border Safety of Kyrgyzstan
                        break       # A Bcd said": the state ends the name, a person follows
                                    # (not "of China Central Committee": another body's words)
                    if is_cap(toks[j][0]):
                        if last is not None and toks[j][0].lower() in title_starts:
                            k = j + 1
                            while k < n and toks[k][0].lower() in title_starts:
                                k += 1
                            if toks[k - 1][0].lower() in title_words and toks[k - 1][0].lower() not in heads and (k == n or (
                                    is_cap(toks[k][0]) and toks[k][0] not in stops and toks[k][0].lower() not in heads)):
                                # "Bank of Erewhon Deputy Governor Mark A", "[former Museum of Kestrel
                                # CEO] A Bcd": a person's title (and name); but "Office of the Prime
                                # Minister A Bcd" is the office's
                                if toks[last][0].lower() not in title_starts or (
                                        last == j - 1 and toks[last - 1][0] in ("of", "for")
                                        and toks[last][0].lower() not in _OFFICE_MODIFIERS
                                        and (toks[j][0].lower() in _OFFICE_MODIFIERS
                                             or toks[j][0].lower() in title_words)):
                                    break   # (also after a portfolio word: "Department of Mines
                                            # Deputy Director A Bcd"; not "Office of Prime Minister")
                        if last is not None and (toks[j][0] in given_names() or toks[j][0] in _name_dictionary()
                                                 and toks[j][0].lower() not in title_starts
                                                 and f"{toks[j - 1][0]} {toks[j][0]}" not in territory_states()) \
                                and toks[j][0] not in stops and j + 1 < n and is_cap(toks[j + 1][0]):
                            # (a dictionary name the given-name list leaves out as a word, "Heather", too;
                            # not one ending a place, "University of South Carolina Beaufort")
                            if toks[last][0].lower() in title_words and last > h + 2 and is_cap(toks[last - 1][0]) \
                                    and toks[last - 1][0].lower() not in title_starts:
                                last -= 1   # "House of Commons Speaker Jane Doe": the title is the person's
                            break       # "House of Representatives Jane Doe": a person after the name
                        last = j
                        if strip_possessive(toks[j][0]) != toks[j][0]:
                            break
                    if toks[j][0] == ",":
                        break
                    j += 1
                if last is not None:
                    end_i = last
            elif h + 2 == n and (state := aliases.get(nxt)) and state[1] in ("name", "short") and state[0] != "-":
                end_i = h + 1               # "Marriage Equality Coalition Taiwan": the body's national branch
            elif is_cap(nxt) and nxt.lower() not in title_words and nxt != "," and nxt != "Flight" and not (
                    h + 2 < n and toks[h + 2][0] in given_names() and toks[h + 2][0] not in stops
                    and low not in ("house", "office")):
                # (a capitalised word and a given name after the head: a misspelt or
                # unknown title before a person, "Intelligence Committee Represenative Adam")
                i += 1
                continue
        # walk left over capitalised words
        start_i = i
        j = i - 1
        office_title = False        # "Prosecutor General's Office", "the Sheriff's Office"
        adjective = False           # an affiliation adjective was taken into the name
        while j > floor:                # (not into the body found before: "X of Y and Z University")
            w = toks[j][0]
            if w == ",":
                break
            if is_cap(w) and low == "office" and bare == word and w not in stops and (
                    (j == i - 1 and strip_possessive(w) != w and strip_possessive(w).lower() in title_words)
                    or (office_title and w.lower() in title_words)):
                office_title = True
                start_i = j
                j -= 1
                continue
            if is_cap(w):
                if j >= 1 and toks[j - 1][0] in given_names() and toks[j - 1][0] not in stops and end_i > j + 1 and (
                        toks[end_i][0] == "Party" or " ".join(t[0] for t in toks[j + 1:end_i + 1]) in _gazetteer()):
                    break       # "2 A Bcd Green Party 9,120" (a results table): a person before a party or a listed body
                if w in stops and w in affiliation_adjectives() and start_i == j + 1 and \
                        all(is_cap(t[0]) and t[0].lower() not in title_words for t in toks[j + 1:i]):
                    start_i = j         # "United African Organization": the adjective is in the name,
                    adjective = True    # and no connector before it ("Leaders of African Union")
                    j -= 1
                    continue
                if w in stops or (w.lower() in title_words and w not in ("General", "Justice")) or \
                        w in ("Acting", "Interim") or \
                        (strip_possessive(w) != w and not _collective_possessive(w)) or \
                        ("-" in w and (w.rsplit("-", 1)[1].islower()       # "Kurdish-led"
                                       or w.partition("-")[0] in ("Pro", "Anti")
                                       and strip_possessive(w.partition("-")[2]) in aliases)):
                    break       # "Pro-Beijing X Party": a stance toward a state, not the name
                start_i = j
            elif w in ("of", "for", "and", "&", "de"):
                if j - 1 < 0 or not is_cap(toks[j - 1][0]) or adjective:
                    break
                if w == "and" and j + 1 == i and end_i > i:
                    break           # "the Center for X and Center for Y": two bodies
                if w == "and" and any(toks[k][0].lower() in title_words and 1 <= j - k - 1 <= 3
                                      and all(is_cap(t[0]) and t[0].lower() not in title_words
                                              and t[0] not in stops for t in toks[k + 1:j])
                                      for k in range(max(0, j - 4), j - 1)):
                    break           # "President A Bcd and Serbian Parliament Speaker": a titled
                                    # name before "and", then the body
                if w in ("of", "and") and j >= 2 and (toks[j - 2][0] in given_names() or toks[j - 2][0].split("-", 1)[0]
                                                     in given_names()) and toks[j - 2][0] not in stops:
                    break           # "Jennifer Daskal of American University", "Nils-Erik Dahl of ...": a person
                                    # before "of"; "Chief of Mission A Bcd and Acting Mission Director": before "and"
                if w == "and" and (toks[j - 1][0] in aliases or toks[j - 1][0].lower() in heads
                                   or toks[j - 1][0].lower() in _PAIRED_HEADS or
                                   toks[j - 1][0] in _gazetteer()       # "the AP and NBC News"
                                   or j + 1 == i and _is_acronym(toks[j - 1][0])):   # "unions XYZ and Community"
                    break
            else:
                break
            j -= 1
        if start_i < i and end_i == i + 3 and low in _SITED_HEADS and toks[i + 2][0] == "the" and \
                aliases.get(toks[end_i][0], ("", ""))[1] == "short":
            end_i = i                   # "Kestrel State University of the US": where it is, not its name
        if start_i < i or end_i > i or (low in ("parliament", "congress", "senate") and start_i == i):
            if not (start_i == i and end_i == i):
                words = [t[0] for t in toks[start_i:end_i + 1]]
                if office_title or words[0].lower() not in title_words or (words[0] == "General" and len(words) > 2) or \
                        (words[0] == "Justice" and words[-1] in ("Department", "Ministry")):
                    out.append((toks[start_i][1], toks[end_i][2]))
                    floor = end_i
        i = end_i + 1
    return tuple(out)


#: the form of a state's official name before the name ("Republic of", "Kingdom of the")
_STATE_FORM = re.compile(r"(?:(?:Federal|Democratic|People's|Islamic|Socialist|United)[ ])*"
                         r"(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate)[ ]of[ ]")


def _state_named(words: str, aliases) -> bool:
    """Whether ``words`` are a state's name, in its short or official form ("Pakistan", "the
    Republic of Korea", "Republic of India")."""
    words = _THE.sub("", words)
    return words in aliases or (m := _STATE_FORM.match(words)) is not None and _THE.sub("", words[m.end():]) in aliases


#: a firm named for its founders: "A Bcd and Co", "Cde, Fgh & Co." (without the period),
#: "A Bcd & Sons Ltd"; not "Co Louth and Co Mayo" (Irish counties)
_AND_CO = re.compile(r"\b([A-Z][\w’'.-]*(?:,?[ ][A-Z][\w’'.-]*){0,3}),?[ ](?:and|&)[ ]"
                     r"(?:Co(?![ ](?!(?:Inc|Ltd|LLC|Plc|plc|USA|UK)\b)[A-Z])|(?:Sons|Daughters)(?![ ]of\b))\b"
                     r"(?:[ ](?:Inc|Ltd|LLC|Plc|plc|USA|UK)\b)?")


#: a source naming the agency it carries or the site it came through: "Daily Kestrel (AFP)",
#: "Reuters (via Yahoo News)"
_SOURCE_WITH_CARRIER = re.compile(r"(.+?)\s*\((?:via\s+)?([^()]+)\)$")


def publishers_of(article: Article) -> tuple[str, ...]:
    """The names of the article's own publishers: its source (and the agency or site it
    names in brackets), and a dateline's agency when the record comes from another site
    ("CARACAS (Reuters) -" on a newspaper's page)."""
    source = article.source or ""
    m = _SOURCE_WITH_CARRIER.match(source) if source.endswith(")") else None
    sources = (source, *m.groups()) if m else (source,)
    return tuple(name for name in (*sources, *(article.agency or "").split(" / ")) if name)


#: an Arabic name's particle right before a word ("al Houthi", "bin Zayed")
_PARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:al|Al|el|El|bin|ibn|abu|Abu)[ ]$")


#: a capitalised word right after or before a hyphen
_WORD_AFTER_HYPHEN = re.compile(r"[A-Z][\w.]*")
_WORD_BEFORE_HYPHEN = re.compile(r"(?<![\w.’'-])[A-Z][\w.]*$")


def _state_word_after(text: str, i: int, aliases) -> bool:
    """Whether a state's name or demonym begins at ``i`` ("ASEAN-China")."""
    m = _WORD_AFTER_HYPHEN.match(text, i)
    return m is not None and m.group() in aliases


def _state_word_before(text: str, i: int, aliases) -> bool:
    """Whether a state's name or demonym ends at ``i`` ("China-ASEAN")."""
    m = _WORD_BEFORE_HYPHEN.search(text, max(0, i - 30), i)
    return m is not None and m.group() in aliases


@lru_cache(maxsize=256)
def _analyse(text: str, publishers: tuple[str, ...] | None) -> tuple[OrgHit, ...]:
    surfaces = _gazetteer()
    aliases = country_aliases()
    stops = stop_caps()
    non_org = _non_org_names()          # "West Bank": a place
    hits: list[OrgHit] = []

    def add(start: int, end: int, surface: str, *, key=None, acronym=None, kind=None, country=None,
            is_acr=False, body_of_state=False):
        surface = strip_possessive(surface)
        head, _, last = surface.rpartition(" ")
        if head and last.lower() in SPOKES_NOUNS:
            surface = head              # "Ministry of Foreign Affairs Spokesperson A Bcd": the body, then his title
        end = start + len(surface) if text.startswith(surface, start) else end
        if surface.startswith(("the ", "The ")):
            start, surface = start + 4, surface[4:]
        if not surface or surface in stops or (surface in aliases and not body_of_state) or \
                surface.endswith(_ADJ_SUFFIXES) or surface in non_org:
            return                      # "Brussels-based", "Saudi-led": adjectives, not names
        if surface.startswith("Government of ") and _state_named(surface[14:], aliases):
            return                      # "the Government of Pakistan": the state, not a body
        hits.append(OrgHit(start, end, key or fold(surface), surface, acronym, kind, country, is_acr))

    # 1. gazetteer
    for g_start, g_end, surface in _gazetteer_scanner()(text):
        if g_start and (text[g_start - 1].isalnum() or text[g_start - 1] in "-_") \
                and not _PREFIX_HYPHEN.search(text, max(0, g_start - 6), g_start) \
                and not (text[g_start - 1] == "-" and _state_word_before(text, g_start - 1, aliases)):
            continue                # ("ex-CIA", "pro-NATO": the body itself is named; "China-ASEAN
                                    # relations": a state and the body)
        if text.startswith("-", g_end) and text[g_end + 1:g_end + 2].isupper() \
                and not _state_word_after(text, g_end + 1, aliases):
            continue                # ("ASEAN-China cooperation", "Israel-Hamas conflict": the body;
                                    # not the first word of another name)
        entry = surfaces[surface]
        if entry["kind"] == "company" and _MODEL.match(text, g_end):
            continue                # "a Boeing 737", "Airbus A300s": the product, not the maker
        if entry["kind"] == "company" and " " not in surface and (
                text[g_start - 1:g_start] == " " and (pn := _GIVEN_BEFORE.search(text, max(0, g_start - 40), g_start))
                is not None and pn.group(1) in given_names() or _after_given_name(text, surface)):
            continue                # "Elias Bou Saab": a family name, not the carmaker (also where
                                    # it stands alone: "the minister, Robert Telus ... Telus said")
        if " " not in surface and text[g_start - 1:g_start] == " " and _NAME_GOES_ON.match(text, g_end) \
                and (pw := _PREV_WORD.search(text, max(0, g_start - 30), g_start)) is not None \
                and pw.group(1) in given_names() and pw.group(1)[:1].isupper():
            continue                # "Abdel Fatah al-Sisi": a name between a given name and more
                                    # of the name, not the party
        if " " not in surface and _PARTICLE_BEFORE.search(text, max(0, g_start - 5), g_start):
            continue                # "Mohammed Ali al Houthi": a family name after its particle
        start = g_start
        is_acr = surface == entry["acronym"] or (_is_acronym(surface) and " " not in surface)
        if not is_acr and " " not in surface and surface != entry["name"] and text.startswith(" of ", g_end) \
                and text[g_end + 4:g_end + 5].isupper():
            continue                # "the Commonwealth of Massachusetts": a one-word short form
                                    # before "of" and a name is another body's or a state's
        # a state or demonym right before a body without a state: "Libyan House of Representatives"
        country = entry["country"]
        key = entry["key"]
        pm = _RX2.search(text[max(0, start - 30):start]) \
            if entry["kind"] in ("government", "military") and not is_acr else None
        if pm:
            hit = aliases.get(pm.group(1))
            if hit and hit[0] != "-" and hit[1] != "capital":
                start -= len(pm.group(1)) + 1
                surface = text[start:g_end]
                if not entry["country"] or entry["country"] == hit[0]:
                    country = hit[0].split("+")[0]
                    key = entry["key"] if entry["country"] == country else fold(surface)
        # (a listed body that also stands for its state, "Palestinian Authority", "Kremlin", is both)
        add(start, g_end, surface, key=key, acronym=entry["acronym"], kind=entry["kind"],
            country=country, is_acr=is_acr, body_of_state=aliases.get(surface, ("", ""))[1] in ("short", "capital"))

    # 2. acronym definitions
    acronyms: dict[str, str] = {}     # acronym -> key
    foreign_keys: set[str] = set()    # listed names the text gives another acronym: no listed state
    has_paren = "(" in text         # (str.find costs far less than the regex scans below)
    # (acronym, its start and end, where the long form before it ends)
    defined = [(m.group(1), m.start(1), m.end(1), m.start() - 1 if m.start() and text[m.start() - 1] == " " else m.start())
               for m in (_ACRONYM_AFTER.finditer(text) if has_paren else ())]
    if ", or " in text:             # "the National Institute for ..., or NIPT, said"
        defined += [(m.group(1), m.start(1), m.end(1), m.start()) for m in _ACRONYM_OR.finditer(text)]
    all_runs = runs(text)           # in text order, so their ends increase
    for acr, a_start, a_end, m_start in defined:
        i = bisect_left(all_runs, m_start, key=_RUN_END)
        if i == len(all_runs) or all_runs[i][1] != m_start:
            continue                # no run ends right before the parenthesis
        run = all_runs[i]
        words = _split_words(run[2])
        for k in range(len(words) - 1, -1, -1):
            if not words[k][:1].isupper():
                continue
            if _acronym_matches(acr, words[k:]) or (
                    k == 0 and len(words) >= 2 and "," not in run[2] and words[0][0] == acr[0] and
                    set(c for c in acr if c.isupper()) <= {w[0] for w in words}) or (
                    # the initials in another order: the acronym of the name in another
                    # language ("Independent National Electoral Commission (CENI)")
                    k == 0 and len(words) >= 3 and "," not in run[2] and acr.isupper() and
                    sorted(acr) == sorted(w[0] for w in words if w[:1].isupper())):
                long = " ".join(words[k:])
                # recover exact text of the long form
                pos = text.rfind(words[k], run[0], m_start)
                long = text[pos:m_start].rstrip()
                long = strip_possessive(_THE.sub("", long))
                if long in aliases or long in stops or (_not_org_name(long) and acr not in surfaces) \
                        or _STATE_FORM.match(long) and _THE.sub("", _STATE_FORM.sub("", long)) in aliases:
                    break               # (a state: "the Republic of Gambia (ROG)")
                if acr not in surfaces and _person_with_initials(long):
                    break               # "President Ana María Ruiz Torres (AMRT)": a person
                entry = surfaces.get(long) or surfaces.get(acr)
                if entry and surfaces.get(acr) is not entry and entry.get("acronym") and entry["acronym"] != acr:
                    # another state's body of that name: "(CENI)" is not Nigeria's INEC
                    entry = None
                    foreign_keys.add(fold(long))
                key = entry["key"] if entry else fold(long)
                acronyms[acr] = key
                kind = entry["kind"] if entry else _kind_from_head(_head_of(long))
                country = entry["country"] if entry else _state_prefix(long)
                add(pos, pos + len(long), long, key=key, acronym=acr, kind=kind, country=country)
                add(a_start, a_end, acr, key=key, acronym=acr, kind=kind, country=country, is_acr=True)
                break
    for pm in (_PAREN_LONG.finditer(text) if has_paren else ()):
        # the word before the parenthesis; the leftmost match starting in it is the one
        # _ACRONYM_BEFORE.finditer would give (its look-behind sees before ``ws``)
        ws = pm.start()
        while ws and text[ws - 1] in _ACRONYM_CHARS:
            ws -= 1
        m = _ACRONYM_BEFORE.search(text, ws, pm.end()) if ws < pm.start() else None
        if m is None:
            continue
        acr, inner = m.group(1), m.group(2)
        inner_words = _split_words(inner)
        if not inner_words or not inner_words[0][:1].isupper():
            continue
        if (_acronym_matches(acr, inner_words) and not _not_org_name(inner)) or surfaces.get(inner) or (
                # a listed acronym's gloss is a name only in a name's capitals: "MONUSCO (the
                # UN force)" glosses it
                surfaces.get(acr) and not any(w[:1].islower() and len(w) > 3 for w in inner_words)):
            entry = surfaces.get(inner) or surfaces.get(acr)
            key = entry["key"] if entry else fold(inner)
            acronyms[acr] = key
            kind = entry["kind"] if entry else _kind_from_head(_head_of(inner))
            country = entry["country"] if entry else _state_prefix(inner)
            istart = m.start(2) + (4 if text.startswith("the ", m.start(2)) else 0)
            add(istart, m.end(2), text[istart:m.end(2)], key=key, acronym=acr, kind=kind, country=country)
            add(m.start(1), m.end(1), acr, key=key, acronym=acr, kind=kind, country=country, is_acr=True)

    # 3. capitalised runs ending in an organisation word
    for start, end in _head_runs(text):
        surface = text[start:end]
        first, _, rest = surface.partition(" ")
        if first.endswith("ing") and rest in _LEGISLATURE_WORDS \
                and (not start or text[start - 2:start] == ". " or text[start - 1] == "\n"):
            continue                    # "Proroguing Parliament is ...": a verb opening the sentence
        entry = surfaces.get(surface)
        if entry or surface.startswith(("Member ", "Members ")) or surface.endswith(_VENUES):
            continue
        if surface.endswith("Cabinet") and text.startswith(" Secretary", end):
            continue                    # "Interior Cabinet Secretary A Bcd": Kenya's minister, a title
        head = _head_of(surface)
        add(start, end, surface, kind=_kind_from_head(head), country=_state_prefix(surface))

    # 3b. a firm named for its founders: "A Bcd and Co", "Cde, Fgh & Co."
    if " and Co" in text or " & Co" in text or " Sons" in text or " Daughters" in text:
        for m in _AND_CO.finditer(text):
            words = m.group(1).split(" ")
            while words and words[0].rstrip(",") in stops:
                words = words[1:]       # ("Yesterday Bcd and Co": the sentence's first word)
            if words:
                start = m.end(1) - len(" ".join(words))
                add(start, m.end(), text[start:m.end()], kind="company")

    # 4. contexts only organisations fill
    # pieces of the runs between commas and "and": each may be a name. Only the few that
    # pass the cheap test get the exact one; kept in text order.
    # A piece that the checks on its words drop whatever the article (a stop word, a state,
    # a given name ...: most one-word runs) is not looked at (_dropped_piece).
    all_runs = runs(text)
    pieces = []                     # in text order, as the runs are
    coordinated = []                # runs of several words right before a plural head
    for r_start, r_end, r_text in all_runs:
        if " " not in r_text:       # one word: one piece (separators hold a space)
            if not _dropped_word(r_text) and (_may_be_context(text, r_start, r_end)
                                              or _site_name(text, r_start, r_end)):
                pieces.append((r_start, r_end))
            continue
        if text.startswith(_PLURAL_AFTER, r_end):
            coordinated.append((r_start, r_end, r_text))   # (step 4e)
        if r_text.startswith("CEO of "):
            pieces.append((r_start + 7, r_end))     # "CEO of A Bcd Mining": the run holds the title
        for a, b in _live_subruns(r_text):
            s = r_start + a
            e = r_start + b
            if _may_be_context(text, s, e):
                pieces.append((s, e))
    candidates = []
    for p_start, p_end in pieces:
        if (p_start and _follows_context(text, p_start)) or _CONTEXT_AFTER.match(text, p_end) \
                or _site_name(text, p_start, p_end):
            candidates.append((p_start, text[p_start:p_end]))   # (a site's name: "Domain.com, a ... site")
    known_surnames = None
    for start, surface in candidates:
        # (the checks on the piece's words alone were made by _dropped_piece above)
        words = surface.split(" ")
        if words[0].rstrip(".") in HONORIFICS:
            continue                # "According to Mr Okonkwo", "Dr Meerjady said": a person
        words = _trim_leading(words)
        start += len(surface) - len(surface := " ".join(words))
        for k in range(len(words) - 2):
            if strip_possessive(words[k]) != words[k] and not _collective_possessive(words[k]) \
                    and _person_named(words[k + 1:]):
                words = words[:k + 1]   # "the group Civic Front's Tam Siu-fai": the body, then
                surface = " ".join(words)   # its member (add() drops the possessive)
                break
        if (surface[4:] if surface.startswith("the ") else surface) in territory_states():
            continue                # "Texas reported", "the El Paso mayor": a place
        if len(words) == 1 and surface in _currency_codes() and _AMOUNT_BEFORE.search(text, max(0, start - 24), start):
            continue                # "5.9 billion USD, which is": a sum of money, no body
        if len(words) == 1 and words[0][-1:] == "s" and _plural_person_noun(words[0]):
            continue                # "Witnesses reported": people, no body
        if len(words) == 1:
            if known_surnames is None:
                known_surnames = _surnames(text)    # only needed for one-word names
            if words[0] in known_surnames:
                continue            # a person's family name
        elif _after_given_name(text, surface):
            continue                # "Eddie Van Halen": the band "Van Halen" is named after him
        if _appos_title_re().match(text, start + len(surface)):
            continue                # "According to Sadie Weiner, Hagan's former spokeswoman"
        if any(h.start <= start and start + len(surface) <= h.end and h.end - h.start > len(surface) for h in hits):
            continue                # "the Chile Mining and Energy Research Agency":
                                    # a conjunct of a longer name already found is no body of its own
        if any(" ".join(words[:k]) in surfaces and words[k] not in aliases for k in range(1, len(words))):
            continue                # "told NPR Hamza bin Laden had", "ABC of Australia reported"
        add(start, start + len(surface), surface, kind=_kind_from_head(_head_of(surface)))

    # 4b. lower-case state bodies named by their state: "ministry of internal affairs of Belarus"
    for pos, head_end in _find_words(text, _LOWER_HEADS):
        m = _LOWER_BODY.match(text, pos)
        if m is None:
            pm = _RX2.search(text, max(0, pos - 30), pos) if text.startswith(("embassy", "consulate"), pos) else None
            if pm is not None:
                word = pm.group(1).rpartition(" ")[2]
                s0 = pm.end(1) - len(word)
                pre = aliases.get(word)
                nxt = _NEXT_WORD.match(text, head_end)
                if pre and pre[0] != "-" and pre[1] in ("demonym", "short", "name") \
                        and text[max(0, s0 - 4):s0].lower() == "the " \
                        and not (nxt and (nxt.group(1).lower() in _title_words() or nxt.group(1) in _EMBASSY_NOUNS)):
                    # "the Myanma embassy confirmed" (not "a Chilean consulate employee")
                    add(s0, head_end, text[s0:head_end], kind="government", country=pre[0].split("+")[0])
            continue
        tail = m.group(4)
        hit = aliases.get(f"{tail} {m.group(5)}") if m.group(5) else None
        end = m.end(5) if hit else m.end(4)
        hit = hit or aliases.get(tail)
        if hit is not None and hit[0] == "-":
            continue
        if hit is None:
            if m.group(3) != "in":
                continue
            # "the Saudi consulate in Istanbul": any city (a full stop ends it)
            city = m.group(4).rstrip(".")
            hit = aliases.get(city) if city != m.group(4) else None    # ("in Belarus. In May")
            if hit is not None and hit[0] == "-":
                continue
            end = m.end(5) if m.group(5) and city == m.group(4) else m.start(4) + len(city)
        start = m.start()
        pm = _RX2.search(text, max(0, start - 30), start)
        pre = aliases.get(pm.group(1)) if pm else None
        if pm and pre is None and " " in pm.group(1):       # "The Canadian": the last word
            pre = aliases.get(pm.group(1).split(" ")[1])
            pre_start = pm.start(1) + pm.group(1).index(" ") + 1
        else:
            pre_start = pm.start(1) if pm else start
        pre = pre if pre and pre[0] != "-" and pre[1] != "capital" else None
        if m.group(3) == "in":
            if not pre or m.group(1) not in ("embassy", "consulate"):
                continue            # "the embassy in Beijing": whose embassy is not said
        elif hit[1] == "capital":
            continue
        if pre:
            start = pre_start
        add(start, end, text[start:end], kind="government",
            country=(pre or hit)[0].split("+")[0])

    # 4b2. a lower-case ministry or presidency after its state's demonym: "the Chinese
    # foreign ministry", "the Kenyan presidency"
    if "ministry" in text or "presidency" in text:
        for m in _DEMONYM_LOWER_BODY.finditer(text):
            # "the Chinese foreign ministry", "the South Korean foreign ministry", "Japan's
            # science and technology ministry" (the body from its state's word on)
            word, start = (m.group(2), m.start(1)) if m.group(2) else (m.group(4), m.start(3))
            if not m.group(2) and not _ACTS_AFTER.match(text, m.end()):
                continue                # (a state's possessive ministry only as it acts or speaks:
                                        # "Benin's foreign ministry said"; not "told Japan's ...")
            pre = aliases.get(word)
            if pre and pre[0] != "-" and pre[1] in ("demonym", "short", "name") \
                    and (m.group(2) or pre[1] != "demonym"):
                add(start, m.end(), text[start:m.end()], kind="government", country=pre[0].split("+")[0])

    # 4c. a legislature by its one-word name, not inside a longer capitalised name nor
    # before a title ("Senate Minority Leader"); a mention of the article's longer name
    # for it where there is one ("the Parliament of Iraq ... the Parliament's decision")
    for start, end in _find_words(text, _LEGISLATURE_WORDS):
        pw = _PREV_WORD.search(text, max(0, start - 30), start)
        prev = pw.group(1) if pw else ""
        if prev and is_cap(prev) and prev not in stops:
            continue                # "US Senate", "Iraqi Parliament": the longer name
        if prev in ("of", "Of") and pw:
            pw2 = _PREV_WORD.search(text, max(0, pw.start() - 30), pw.start())
            if pw2 and is_cap(pw2.group(1)):
                continue            # "Member of Parliament", "Houses of Parliament"
        if _before_name(text, end):
            continue                # "Congress Party", "Senate Armed Services Committee": another name
        word = text[start:end]      # ("Senate minority leader A Bcd": the Senate, as annotators list it)
        longer = [h for h in hits if word in h.surface.split(" ") and h.surface != word]
        if longer:
            h = max(longer, key=lambda h: len(h.surface))
            hits.append(OrgHit(start, end, h.key, word, h.acronym, h.kind, h.country, False))
        else:
            add(start, end, word, kind="government")

    # 4c2. the names listed after "organizations include", "groups such as": each a body
    # (str.find on the plural nouns first: a regex scan of every text cost 2% of extraction each)
    # (where each list's names begin, and whether it is a direct one)
    intros = [(lm.end(), False) for lm in _LIST_INTRO.finditer(text)] \
        if any(w in text for w in _LIST_NOUN_WORDS) else []
    for sm in _PLURAL_BEFORE_CAP.finditer(text):    # (one scan for "...s Name"; a plural kind's word next)
        ws = text.rfind(" ", max(0, sm.start() - 14), sm.start()) + 1
        if text[ws:sm.start() + 1] in _LIST_DIRECT_KINDS:
            intros.append((sm.end(), True))
    for names_at, direct in intros:
        stop = _LIST_END.search(text, names_at)
        end_at = stop.start() if stop else len(text)
        pos = names_at
        for sep in [*_LIST_SEP.finditer(text, names_at, end_at), None]:
            piece_end = sep.start() if sep is not None else end_at
            im = _LIST_ITEM.fullmatch(text, pos, piece_end)
            if im is None and sep is None and direct:
                # the last name of a direct list, the clause going on: "chains A and B lowered ..."
                im = _LIST_ITEM.match(text, pos, piece_end)
                if im is not None and not text.startswith(" ", im.end(1)):
                    im = None
            pos = sep.end() if sep is not None else end_at
            if im is None:
                if direct:
                    break               # (a direct list ends with its first piece that is no name)
                continue
            item = im.group(1)
            words = item.split(" ")
            if len(words) > 8 or item in aliases or item in stops or words[0] in stops \
                    or _looks_like_person(words) or not is_cap(words[-1]):
                continue
            add(im.start(1), im.end(1), item)

    # 4d. a court named by its place and a lower-case kind: "the Tbilisi city court",
    # "Moscow's Meshchansky district court" (the place's state, where it is known)
    for start, end in _find_words(text, _COURT_KINDS):
        m = _COURT_PLACE.search(text, max(0, start - 40), start)
        if m is None:
            continue
        place = m.group(1)
        while place and place.split(" ", 1)[0] in stops:
            place = place.partition(" ")[2]     # "The Tbilisi city court"
        if not place or text.endswith((" a ", " an ", "A ", "An "), 0, m.end(1) - len(place)):
            continue                # "a Moscow district court": one of them, unnamed
        code = aliases[place][0] if place in aliases else territory_states().get(place)
        s = m.end(1) - len(place)
        add(s, end, text[s:end], kind="court",
            country=code.split("+")[0] if code and code != "-" else None)

    # 4e. a news site by its lower-case domain name ("the Austrian news site oe24.at")
    for _, end in _find_words(text, _DOMAIN_NOUNS):
        d = _DOMAIN.match(text, end + 1)
        if d:
            add(d.start(1), d.end(1), d.group(1), kind="media")

    # 4f. bodies named together before one plural head: "the Foreign Affairs and
    # Intelligence committees", "the Democratic and Republican parties"
    for r_start, r_end, r_text in coordinated:
        m = _PLURAL_HEAD.match(text, r_end)
        subs = _subruns(r_text)
        if m is None or len(subs) < 2 or not _COORDINATED.search(r_text):
            continue
        head = _PLURAL_HEADS[m.group(1)]
        for a, b in subs:
            piece = r_text[a:b]
            words = _trim_leading(piece.split(" "))
            while words and not is_cap(words[0]):
                words = words[1:]       # "Both the Green and ..."
            if not words or _looks_like_person(words):
                continue
            surface = " ".join(words)
            s = r_start + b - len(surface)
            name = f"{surface} {head}"
            entry = surfaces.get(name)
            if entry:
                hits.append(OrgHit(s, s + len(surface), entry["key"], name, entry["acronym"], entry["kind"],
                                   entry["country"], False))
            else:
                hits.append(OrgHit(s, s + len(surface), fold(name), name, None, _kind_from_head(head.lower()),
                                   None, False))

    # 4g. an unlisted acronym a person is "of", or whose possessive a person's name follows:
    # "A Bcd of the XYZ", "Wong Kwok-kin of FTU", "the XYZ's A Bcd" (a party, a union)
    for m in _ACRONYM_AFTER_OF.finditer(text):
        before = _WORDS_BEFORE_OF.search(text, max(0, m.start() - 60), m.start())
        if before is not None:
            _person_acronym(m.group(1), m.start(1), before.group(1).split(), add)
    for mark in ("'s ", "’s "):
        pos = text.find(mark)
        while pos >= 0:
            acr = _ACRONYM_END.search(text, max(0, pos - 7), pos)
            after = _WORDS_AFTER_POSSESSIVE.match(text, pos + 3) if acr is not None else None
            if after is not None:
                _person_acronym(acr.group(1), acr.start(1), after.group(1).split(), add)
            pos = text.find(mark, pos + 3)

    # 4h. an unlisted acronym that names the body a description heads: "the ruling party,
    # XYZ, has", "the peacekeeping mission in Kestria, known as KESMIS," (not a listed name,
    # a state or a stop word)
    if ", " in text:
        for m in _SET_OFF_ACRONYM.finditer(text):
            head = _BODY_NOUN_END.search(text, max(0, m.start() - 40), m.start())
            if head is None:
                continue
            acr = m.group(1)
            if acr not in _gazetteer() and acr not in country_aliases() and acr not in territory_states() \
                    and acr not in stop_caps() and acr not in _non_org_names() and acr.lower() not in titles():
                add(m.start(1), m.end(1), acr, kind=_kind_from_head(head.group(1).lower()), is_acr=True)

    # 5. "<Place> police" ("Northamptonshire police")
    for m in (_POLICE.finditer(text) if " police" in text else ()):
        w = _POLICE_PLACE.search(text, max(0, m.start() - 30), m.start())
        two = _POLICE_PLACE2.search(text, max(0, m.start() - 40), m.start()) if w else None
        if two is not None and two.group(1) in territory_states():
            # "Hong Kong police", "New York police": a two-word place's force, of its state
            add(two.start(1), m.end(), f"{two.group(1)} Police", kind="government",
                country=territory_states()[two.group(1)])
        elif w and w.group(1) not in stops and w.group(1) not in aliases:
            add(w.start(1), m.end(), f"{w.group(1)} Police", kind="government")

    # 5b. a one-word short form in parentheses right after a long name, not its initials
    # but starting with its letter: "Philippine Institute of Volcanology and Seismology (Phivolcs)"
    for h in ([h for h in hits if not h.is_acronym and text.startswith(" (", h.end)] if has_paren else ()):
        m = _SHORT_FORM.match(text, h.end + 1)
        if m and m.group(1)[0] == h.surface[0] and " " in h.surface and m.group(1) not in aliases \
                and m.group(1) not in stops:
            acronyms.setdefault(m.group(1), h.key)
            hits.append(OrgHit(m.start(1), m.end(1), h.key, m.group(1), m.group(1), h.kind, h.country, True))

    # 6. a name found once is a mention wherever it recurs
    by_surface = {}
    for h in hits:
        by_surface.setdefault(h.surface, h)
    for acr, key in acronyms.items():
        by_surface.setdefault(acr, None)
    for surface, h in list(by_surface.items()):
        if len(surface) < 2:
            continue
        bare_legislature = surface in _LEGISLATURE_WORDS
        pos = text.find(surface)
        while pos >= 0:
            end = pos + len(surface)
            if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "-")) and \
                    (end >= len(text) or not text[end].isalnum()) and \
                    not (bare_legislature and _before_title(text, end)):
                if h is None:
                    key = acronyms[surface]
                    hits.append(OrgHit(pos, end, key, surface, surface, None, None, True))
                else:
                    hits.append(_make_hit((pos, end, *h[2:])))      # h._replace(start=, end=)
            pos = text.find(surface, end)

    # 7. an acronym the text never defines, of a body it names in full before ("the Indian Air
    # Force ... an IAF pilot"), also over a listed body of those letters that the text never
    # names in full ("the Strategic Plans Division ... SPD chief": not Germany's SPD)
    hits = _implicit_acronyms(text, hits, aliases, stops)

    # longest hit wins where hits overlap
    if foreign_keys:
        hits = [h._replace(country=None) if h.key in foreign_keys else h for h in hits]
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[OrgHit] = []
    last_end = -1
    for h in hits:
        if h.start >= last_end:
            kept.append(h)
            last_end = h.end
        elif h.end > last_end and h.surface in surfaces and kept[-1].surface not in surfaces \
                and not kept[-1].is_acronym:
            # "the United Nations International Kestrel Court": a listed name
            # that runs on past a name read off the text, which stopped inside it, wins
            kept[-1] = h
            last_end = h.end
    # the publisher's own names are never organisations of the story
    for one in publishers or ():
        src = fold(one)
        # (a publisher publishers.tsv does not list is known by its name: "Organization of
        # American States" publishing its own press release names it as it likes)
        for group in _publisher_groups().get(src) or [frozenset((src,))]:
            kept = [h._replace(publisher=True) if fold(h.surface) in group or fold(h.acronym or "") in group
                    or h.key in group else h for h in kept]
    if has_paren:                   # (an acronym in parentheses needs one)
        kept = [h._replace(publisher=True) if (h.is_acronym and text[h.start - 1:h.start] == "(" and
                                               fold(h.surface) in _publisher_groups()) else h
                for h in kept]
    return tuple(kept)


_NEXT_WORD = re.compile(r"[ ]([\w’'\-]+)")
#: the small words an acronym skips ("Ministry of Foreign Affairs": MFA)
_ACRONYM_SKIPS = frozenset({"of", "for", "and", "the", "on", "in", "de", "&"})


def _initials(surface: str) -> str:
    """The initials of a name of three capitalised words or more ("Indian Air Force": "IAF"),
    small words skipped; "" for a name with another lower-case word or fewer capitals."""
    letters = []
    for w in surface.split():
        if w in _ACRONYM_SKIPS:
            continue
        if not w[:1].isupper() or not w[1:2].islower():
            return ""
        letters.append(w[0])
    return "".join(letters) if 3 <= len(letters) <= 6 else ""


def _implicit_acronyms(text: str, hits: list[OrgHit], aliases, stops) -> list[OrgHit]:
    """Step 7 of _analyse: ``hits`` with the mentions of an acronym the text never defines,
    of the first body it names in full whose initials it is (after that name), over a listed
    body of those letters whose full name the text never gives."""
    firsts: dict[str, OrgHit] = {}
    for h in hits:
        if not h.is_acronym and " " in h.surface and not h.acronym:
            ini = _initials(h.surface)
            if ini and ini not in firsts and ini not in aliases and ini not in stops and ini in text:
                firsts[ini] = h
    if not firsts:
        return hits
    named = {h.key for h in hits if not h.is_acronym}
    for ini, h in firsts.items():
        pos = text.find(ini, h.end)
        while pos >= 0:
            end = pos + len(ini)
            if not (text[pos - 1].isalnum() or text[end:end + 1].isalnum()):
                same = [x for x in hits if x.start == pos and x.end == end]
                if not same or all(x.key not in named for x in same):
                    if same:
                        hits = [x for x in hits if not (x.start == pos and x.end == end)]
                    hits.append(OrgHit(pos, end, h.key, ini, ini, h.kind, h.country, True))
            pos = text.find(ini, end)
    return hits


def _site_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a capitalised web address, not inside an address or an e-mail
    ("Domain.com, a property site")."""
    return "." in text[start:end] and _CAP_DOMAIN.fullmatch(text, start, end) is not None \
        and text[start - 1:start] not in ("@", "/", ".")


def _before_name(text: str, end: int) -> bool:
    """The word after ``end`` is capitalised and no title nor a title's "Majority"/"Minority":
    the legislature word begins a longer name ("Congress Party")."""
    m = _NEXT_WORD.match(text, end)
    if m is None or not is_cap(m.group(1)):
        return False
    low = m.group(1).lower()
    return low not in _title_words() and low not in ("majority", "minority")


def _before_title(text: str, end: int) -> bool:
    """The word after ``end`` is capitalised or begins a title: "Senate Minority Whip",
    "Senate minority leader", "Congress Party" (the legislature word is a modifier there)."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and (is_cap(m.group(1)) or m.group(1).lower() in _title_words())


def _find_words(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each place ``str.find`` sees one of ``words`` as a whole word (a
    trailing space in a word is looked for but not kept), in text order: far faster than a
    regex scan for rare words."""
    out = []
    for word in words:
        n = len(word.rstrip())
        pos = text.find(word)
        while pos >= 0:
            after = pos + n
            if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "-")) and \
                    (after >= len(text) or not (text[after].isalnum() or text[after] == "-")):
                out.append((pos, after))
            pos = text.find(word, pos + 1)
    out.sort()
    return out


def _may_be_context(text: str, start: int, end: int) -> bool:
    """False when neither a _CONTEXT_BEFORE match can end at ``start`` nor a
    _CONTEXT_AFTER match start at ``end`` (a look at a few characters); True when one may."""
    if start < 12 or text.startswith(_AFTER_PREFIXES, end):
        return True                 # (too near the start for the slices below)
    k = _TAIL4.get(text[start - 4:start])     # most places: one slice and no more
    return k is not None and ((k & 2 and text[start - 5:start] in _BEFORE_TAILS5) or
                              (k & 4 and text[start - 8:start] in _BEFORE_TAILS8) or
                              (k & 1 and (text[start - 9:start - 4] in _BEFORE_TAILS5 or    # "according to the "
                                          text[start - 12:start - 4] in _BEFORE_TAILS8)))


def _trim_leading(words: list[str]) -> list[str]:
    """``words`` without the stop words, "and"/"or", states and possessives they open with."""
    stops = stop_caps()
    aliases = country_aliases()
    while words and (words[0] in stops or words[0] in ("and", "or") or strip_possessive(words[0]) in aliases or
                     strip_possessive(words[0]) != words[0] or words[0].endswith(_ADJ_SUFFIXES)):
        words = words[1:]
    return words


def _dropped_piece(surface: str) -> bool:
    """True when the piece ``surface`` of a run is no organisation on its words alone, in any
    article (step 4 of _analyse): nothing but stop words, a state, a gazetteer name, a
    person's name, a title word or a person stop-word at its end ("Guangdong Province")."""
    words = _trim_leading(surface.split(" "))
    if not words:
        return True
    surface = " ".join(words)
    if surface in country_aliases() or surface in _gazetteer() or _looks_like_person(words) or \
            any(w.lower() in titles() or w in given_names() for w in words):
        return True
    return words[-1] in person_stopwords() and words[-1].lower() not in org_heads()


#: _dropped_piece of a one-word run (most runs), memoised
_dropped_word = lru_cache(maxsize=65536)(_dropped_piece)


@lru_cache(maxsize=65536)
def _live_subruns(r_text: str) -> tuple[tuple[int, int], ...]:
    """The _subruns of a run of several words that _dropped_piece keeps."""
    return tuple(p for p in _subruns(r_text) if not _dropped_piece(r_text[p[0]:p[1]]))


@lru_cache(maxsize=65536)
def _subruns(r_text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) in ``r_text`` of its pieces between commas, "and", "in", "on", "to"
    and "against"."""
    out = []
    pos = 0
    for sep in _SUBRUN_SPLIT.finditer(r_text):
        out.append((pos, sep.start()))
        pos = sep.end()
    out.append((pos, len(r_text)))
    return tuple(out)


# (each pattern opens with literal text, which the regex engine finds fast)
#: ", (known as) ACRONYM" closing a phrase (group 1 the acronym; the scan starts at the comma,
#: a literal the regex engine finds fast), after a lower-case body noun, perhaps "in/of/for
#: <Place>" (_BODY_NOUN_END, group 1 the noun)
_SET_OFF_ACRONYM = re.compile(r",[ ](?:(?:also[ ])?(?:known[ ]as|called|named|dubbed)[ ])?([A-Z][A-Z&]{2,8})"
                              r"(?=[,;.)]|[ ]for[ ])")
_BODY_NOUN_END = re.compile(
    r"\b(party|commission|mission|movement|group|agency|council|front|alliance|coalition|union|committee|"
    r"organi[sz]ation|militia|tribunal)(?:[ ](?:in|of|for)[ ][A-Z][\w-]*(?:[ ][A-Z][\w-]*)?)?$")
_ACRONYM_AFTER_OF = re.compile(r" of (?:the )?([A-Z]{2,6})(?![\w'’.-])")
_WORDS_BEFORE_OF = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}),?$")
_ACRONYM_END = re.compile(r"(?<![\w'’.-])([A-Z]{2,6})$")
_WORDS_AFTER_POSSESSIVE = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2})")


def _person_acronym(acronym: str, start: int, person: list[str], add) -> None:
    """Add ``acronym`` as an organisation if ``person`` names a person and the acronym is no
    listed name, state, territory or stop word (those have their own steps)."""
    if acronym in _gazetteer() or acronym in country_aliases() or acronym in territory_states() \
            or acronym in stop_caps() or acronym in _non_org_names() or acronym.lower() in titles() \
            or not _person_named(person[-3:]):
        return
    add(start, start + len(acronym), acronym, is_acr=True)


def _person_named(words: list[str]) -> bool:
    """Two or three words that name a person: a given name first ("Ana Costa") or a family
    name written first ("Wong Kwok-kin")."""
    return len(words) in (2, 3) and (words[0] in given_names() or east_asian_name(words))


#: titles that stand right before a person's name (and never before a body's)
_PERSON_TITLES = frozenset({"minister", "president", "premier", "chancellor", "senator", "secretary",
                            "governor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson"})


def _after_given_name(text: str, surface: str) -> bool:
    """``surface`` comes right after a given name somewhere in ``text`` ("Eddie Van Halen"),
    or after a person's title ("Prime Minister A Bcd" where "told A Bcd:" reads as an outlet)."""
    given = given_names()
    pos = text.find(" " + surface)
    while pos >= 0:
        pw = _PREV_WORD.search(text, max(0, pos - 30), pos + 1)
        if pw and (pw.group(1) in given or pw.group(1).lower() in _PERSON_TITLES):
            return True
        pos = text.find(" " + surface, pos + 1)
    return False


def _follows_context(text: str, p: int) -> bool:
    """The text before ``p`` is a context only organisations fill: "according to (the) ",
    "told ", "retailer "."""
    prev = text[p - 18 if p > 18 else 0:p].rsplit(None, 2)    # (whole "organization ", "the ")
    if prev and prev[-1] == "the":
        prev = prev[:-1]
    if len(prev) > 1 and prev[-1] in ("daily", "weekly") and prev[-2] in ("a", "A"):
        return False                    # "a daily Aspirin": how often, no newspaper
    return bool(prev) and prev[-1] in _CONTEXT_LAST and \
        _CONTEXT_BEFORE.search(text, p - 30 if p > 30 else 0, p) is not None


@lru_cache(maxsize=1)
def _appos_title_re() -> re.Pattern:
    words = sorted((t for t in titles() if " " not in t), key=len, reverse=True)
    # (not a clause going on after the comma: "according to X, have been serving official roles")
    return re.compile(r",[ ](?!(?:" + _CLAUSE_WORDS + r")[ ])(?:[\w’'\-]+[ ]){0,5}?(?:"
                      + "|".join(map(re.escape, words)) + r")\b", re.I)


#: words that go on with the sentence's clause after a comma, never open an apposition
_CLAUSE_WORDS = ("have|has|had|is|are|was|were|will|would|can|could|may|might|must|should|"
                 "said|says|told|added|who|which|that|and|but|while|when|where")


#: lower-case words inside proper names of bodies ("Ministry of Foreign Affairs and Trade")
_LOWER_NAME_WORDS = frozenset("of for and the on in de du des la le el al at to from with by against without over under a an".split())


def _surnames(text: str) -> frozenset[str]:
    """Words that are people's names in this text: those after a known given name or a
    title inside a capitalised run ("Vladimir Putin", "President Putin"), and the family
    names of the office-holder gazetteer."""
    out = set(_holder_families())
    title_words = titles()
    for start, _, r_text in runs(text):
        if " " in r_text:           # one word: no surname in it
            out.update(_run_surnames(r_text))
            if r_text.count(" ") <= 2 and start > 2 and text[start - 1] == " " \
                    and text[max(0, start - 30):start - 1].rpartition(" ")[2].lower() in title_words:
                # "spokesperson Mao Ning", then "according to Mao": a family name written first
                out.add(r_text.partition(" ")[0])
            name = r_text.partition(",")[0]
            if 1 <= name.count(" ") <= 2 and text.startswith(",", start + len(name)) \
                    and _appos_title_re().match(text, start + len(name)):
                # "Tan Jian, Chinese ambassador to ...", then "according to Tan": the same
                out.add(name.partition(" ")[0])
    return frozenset(out)


@lru_cache(maxsize=65536)
def _run_surnames(r_text: str) -> tuple[str, ...]:
    """The surnames _surnames takes from one capitalised run."""
    given = given_names()
    title_words = titles()
    stops = stop_caps()
    out = []
    words = r_text.replace(",", " ").split()
    if len(words) >= 2 and words[0] not in stops and words[-2][:1].isupper():
        out.append(strip_possessive(words[-1]))    # "Muammar al-Eryani" ... "al-Eryani said"
    for i in range(len(words) - 1):
        w = words[i]
        if w in given or w.lower() in title_words:
            out.append(strip_possessive(words[i + 1]))
            if i + 2 < len(words) and words[i + 2][:1].isupper():
                out.append(strip_possessive(words[i + 2]))
    return tuple(out)


@lru_cache(maxsize=1)
def _holder_families() -> frozenset[str]:
    return frozenset(strip_possessive(row["name"].split()[-1]) for row in load_table("office_holders.tsv"))


def org_spans(article: Article) -> list[tuple[int, int, bool]]:
    """(start, end, is_state_body) of every organisation mention; a state named inside a
    state body ("Parliament of Iraq") still counts as a reference to the state."""
    out = []
    for h in _analyse(article.text, publishers_of(article)):
        gov = h.kind in _GOV_KINDS or _head_of(h.surface) in _GOV_HEADS
        out.append((h.start, h.end, gov))
    return out


@lru_cache(maxsize=1)
def _folded_state_names() -> frozenset[str]:
    """Folded state names, short forms and demonyms ("united states", "us", "indian")."""
    return frozenset(fold(a) for a, (code, _) in country_aliases().items() if code != "-")


@lru_cache(maxsize=65536)
def _key_tails(key: str) -> frozenset[str]:
    """The strings that end ``key`` after one of its spaces."""
    parts = key.split(" ")
    return frozenset(" ".join(parts[i:]) for i in range(1, len(parts)))


#: political titles after which a party's adjective names the party (party_adjectives.tsv)
_PARTY_TITLES = (r"MPs?|MSPs?|MEPs?|MLAs?|leader|leadership|candidates?|[Ss]enators?|[Cc]ongress(?:wo)?m[ae]n|"
                 r"[Rr]epresentatives?|lawmakers?|legislators?|politicians?|councill?ors?|peers?|party|"
                 r"[Gg]overnors?|[Mm]ayors?|[Pp]residential|[Pp]rimary|[Pp]rimaries|[Cc]aucus")


@lru_cache(maxsize=1)
def _party_adjectives() -> tuple[re.Pattern, list[tuple[str, list[tuple[str, dict]]]], frozenset[str], frozenset[str]]:
    """The regex of a political title after a party's adjective, [(adjective or members' plural,
    [(state, gazetteer entry)])] longest first, their first words, and the plurals
    (party_adjectives.tsv)."""
    surfaces = _gazetteer()
    table: dict[str, list[tuple[str, dict]]] = {}
    members: set[str] = set()
    for row in load_table("party_adjectives.tsv"):
        entry = surfaces.get(row["party"])
        if entry is None:
            raise ResourceError(f"party_adjectives.tsv: {row['party']!r} is not a name in organizations.tsv "
                                "(add it there or correct the row)")
        table.setdefault(row["adjective"], []).append((row["country"], entry))
        if row.get("members"):
            table.setdefault(row["members"], []).append((row["country"], entry))
            members.add(row["members"])
    # (the body's words are split at whitespace: an adjective before a title is one of them)
    return (re.compile(rf"[ ](?:{_PARTY_TITLES})\b"), sorted(table.items(), key=lambda kv: -len(kv[0])),
            frozenset(w.split(" ", 1)[0] for w in table), frozenset(members))


def _party_hits(article: Article, countries: list[Country]) -> list[OrgHit]:
    """"Labour MP A Bcd", "the Republican candidate", "Republicans objected": the party of a
    state the article names."""
    if not countries:
        return []
    title_after, table, firsts, members = _party_adjectives()
    present = firsts.intersection(body_tokens(article))
    if not present:
        return []                       # (one set test: most texts name no party)
    text = article.text
    mentions = None
    out: list[OrgHit] = []
    taken: list[tuple[int, int]] = []   # (a longer adjective first: "Liberal Democrat MP")
    for word, rows in table:
        i = text.find(word) if word.split(" ", 1)[0] in present else -1
        while i >= 0:
            j = i + len(word)
            if (not i or not (text[i - 1].isalnum() or text[i - 1] in "_’'-")) \
                    and (_members_alone(text, i, j) if word in members else title_after.match(text, j)) \
                    and not any(a <= i < b for a, b in taken):
                if mentions is None:
                    mentions = {c.code: len(c.mentions) for c in countries}
                options = [(mentions[code], entry) for code, entry in rows if code in mentions]
                if options:
                    entry = max(options, key=itemgetter(0))[1]
                    out.append(OrgHit(i, j, entry["key"], entry["name"], entry["acronym"],
                                      entry["kind"], entry["country"], False))
                    taken.append((i, j))
            i = text.find(word, j)
    out.sort()
    return out


def _members_alone(text: str, i: int, j: int) -> bool:
    """Whether the members' plural at ``i:j`` stands alone: no capitalised word joined to it
    before ("Young Republicans", "Sweden Democrats") or after ("Republicans Overseas")."""
    if j < len(text) and (text[j].isalnum() or text[j] in "-’'"):
        return False
    before = text[max(0, i - 30):i]
    if before.endswith(" ") and before[:-1].rpartition(" ")[2][:1].isupper() and before[-2:-1] not in ",;:.":
        prev = before[:-1].rpartition(" ")[2]
        if prev not in ("The", "Senate", "House", "Congressional") and not prev.endswith(("’s", "'s")):
            return False                # ("Senate Republicans": the party's senators)
    return not (text.startswith(" ", j) and text[j + 1:j + 2].isupper() and text[j + 1:j + 3] != "I ")


#: what a paper is on, right before a capitalised run: "an MoU on Media Exchange", "the Agreement on
#: Reciprocal Promotion and Protection of Investments" (a subject, no body)
_PAPER_ON_END = re.compile(r"\b(?:MoUs?|MOUs?|Memorand(?:um|a)[ ]of[ ]Understanding|[Aa]greements?|Treat(?:y|ies)|"
                           r"Conventions?|Protocols?)[ ]on[ ](?:the[ ])?$")
#: a minister's portfolio right before a capitalised run: "Minister of Industry, " before "Trade
#: and Investment", "Coordinating Minister for " before "Maritime Affairs and Investment"
_PORTFOLIO_END = re.compile(r"(?<!Prime[ ])\bMinister[ ](?:of|for)[ ](?:the[ ])?(?:[A-Z][\w’'-]*,?[ ](?:and[ ])?)*$")


def _subject_not_body(text: str, h: OrgHit) -> bool:
    """Whether the hit ``h``, no body the gazetteer lists, is what a paper is on or a
    minister's portfolio."""
    if h.start < 4 or text[h.start - 1] != " " or listed_name(h.surface):
        return False
    before = text[max(0, h.start - 90):h.start]
    return _PAPER_ON_END.search(before) is not None or _PORTFOLIO_END.search(before) is not None


def extract_organizations(article: Article, countries: list[Country]) -> list[Organization]:
    """Organisations of the article in order of first mention, each with every mention."""
    text = article.text
    hits = [h for h in _analyse(text, publishers_of(article)) if not h.publisher
            and not (":" in text[h.start - 6 if h.start > 6 else 0:h.start]
                     and _CREDIT.search(text, max(0, h.start - 18), h.start))
            and not ((text.endswith("on ", 0, h.start) or text.endswith(("of ", "for ", ", ", "the "), 0, h.start))
                     and _subject_not_body(text, h))]
    party = _party_hits(article, countries)
    if party:
        taken = [(h.start, h.end) for h in hits]
        hits += [p for p in party if not any(a < p.end and p.start < b for a, b in taken)]
        hits.sort(key=lambda h: h.start)
    if not hits:                    # (a picture credit, "Image: US Federal Government.", names no actor)
        return []
    make_mention = mention_maker(article, sentences_of(article))
    groups: dict[str, list[OrgHit]] = {}
    for h in hits:
        groups.setdefault(h.key, []).append(h)
    if len(groups) > 1:
        # "United States General Services Administration" and "General Services
        # Administration": one body, under the state-prefixed form
        states = _folded_state_names()
        for long in sorted(groups, key=len, reverse=True):
            if long not in groups or " " not in long:
                continue
            tails = _key_tails(long)
            if tails.isdisjoint(groups):
                continue
            for short in [k for k in groups if k != long and k in tails]:
                pre = long[:-len(short) - 1].removeprefix("the ")
                if pre in states or (" " in short and _CONNECTORS.isdisjoint(pre.split(" "))):
                    groups[long].extend(groups.pop(short))   # (or "Oversight and Reform Committee")
        # an acronym the article defines, found again by a context: "NDRRMC report"
        defined = {fold(h.surface): h.key for h in hits if h.is_acronym and fold(h.surface) != h.key}
        for short in [k for k in groups if k in defined and defined[k] in groups]:
            groups[defined[short]].extend(groups.pop(short))
        # a bare "Congress" where the article names "Congress of the Philippines"
        for short in [k for k, hs in groups.items() if hs[0].surface in _LEGISLATURE_WORDS
                      and all(h.surface == hs[0].surface for h in hs)]:
            longer = [k for k in groups if k.startswith(hs_word + " of ")] \
                if (hs_word := groups[short][0].surface.lower()) else []
            if len(longer) == 1:
                groups[longer[0]].extend(groups.pop(short))
    out = []
    for key, hs in groups.items():
        # one pass: the longest full form (the first of them), the first acronym given,
        # the first acronym written, the first kind and the first state
        name = acronym = written = kind = country = None
        longest = -1
        for h in hs:
            if h.is_acronym:
                if written is None:
                    written = h.surface
            elif len(h.surface) > longest:
                name = h.surface
                longest = len(name)
            if acronym is None and h.acronym:
                acronym = h.acronym
            if kind is None and h.kind:
                kind = h.kind
            if country is None and h.country:
                country = h.country
        if name is None or written is not None and any(
                w[:1].islower() and w not in _LOWER_NAME_WORDS for w in name.split()):
            name = written or hs[0].surface     # "UNHCR" over a description ("the UN refugee agency")
        acronym = acronym or written
        if acronym == name:
            acronym = next((h.surface for h in hs if h.is_acronym and h.surface != name), acronym)
        if kind == "party" and country and countries and all(c.code != country for c in countries) \
                and written is None and not any(h.is_acronym for h in hs):
            country = None          # "Democratic Party" in a story about Hong Kong: not the American one
                                    # (an acronym names one party: "AfD", "BJP")
        if country is None and name in _LEGISLATURE_WORDS:
            # "the Senate" of an article about one state
            country = main_state({c.code: len(c.mentions) for c in countries})
        out.append(Organization(name=name, acronym=acronym, kind=kind, country=country,
                                mentions=tuple([make_mention(h.start, h.end) for h in hs])))
    return out
