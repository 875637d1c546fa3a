"""Quotes: quoted speech with its speaker.

How it works, in three passes over an article (all regex- and bisect-driven, no per-token
loops over word lists):

1. **Marks.** Every quotation mark of a paragraph is classified as opening or closing:
   typographic marks by their shape (“ ” « » ‘ ’), straight ``"`` by what stands on either
   side (space before: opening; punctuation or space after: closing), with a stack so nested
   quotes (‘…’, or a ``"scare quote"`` inside a straight-quoted quote) stay inside the outer
   one. ``’`` is an apostrophe (Japan’s, the rebels’) unless it closes an open ‘. A paragraph that
   ends inside a quote continues into the next one when that opens with a mark (the
   multi-paragraph convention; each paragraph's part is a quote of its own, all of them
   the first part's speaker's); otherwise the stray mark is dropped and the
   parser re-synchronises at the paragraph boundary, so an unbalanced mark costs one quote.
2. **Candidates.** The outermost quoted passages. A passage that starts a sentence (or
   follows a comma, a colon or a reporting verb) with a capital is a *full* quote; one inside
   a sentence is a *partial* quote and needs five words or more and a reporting cue, so scare
   quotes and titles ("a grave error", "Project Blue Horizon") are not quotes. A full quote
   with no cue of its own must be a sentence (end in . ! ?) and find a speaker.
3. **Speakers.** Looked for, in order: right after the quote (``“…,” Dronov said``, ``said
   reporter Jean Marchetti``; across a paragraph break when the quote stands alone); in the
   quote's sentence before it (``For his part Morita said, “…”``, ``according to President
   Dronov, both sides “…”``, ``X emphasized …, saying “…”``, ``Xinhua quoted X as saying``,
   ``X welcomed the deal: “…”``); the previous quote of the paragraph (a speaker's turn
   continues); the subject of the previous sentence. A speaker phrase is a person mention
   (from ``Person.mentions``), an organisation or country mention, a pronoun (he/she: the
   nearest person mentioned before it outside quotes whose gender, when the text gives one
   cheaply, fits; they/it: the nearest organisation), a nominal ("the Russian leader", "the
   government spokesman": the person whose role holds the noun and whose country the
   modifiers name; "the Foreign Ministry": that body; "the statement": whoever issued it),
   or a capitalised name next to the cue that the lists lack (the name becomes the speaker;
   "X of/at <organisation>" gives X). A cue whose speaker cannot be resolved still makes
   a quote, with ``speaker=None``.

Word lists: ``resources/reporting_verbs.txt`` and ``resources/speaker_nouns.tsv``.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import islice
from operator import itemgetter

from ..records import Article, Country, Organization, Person, Quote
from ..text import load_lines, load_table, sentence_index, split_sentences
from .gazetteer import country_aliases, given_name_gender
from .names import (CANDIDATE_NOUNS, HONORIFICS, POSTNOMINALS, SPOKES_NOUNS, UPPER, affiliation_adjectives,
                    family_first_names, given_names, platforms, stop_caps, title_words, titles)
from .organizations import listed_name
from .persons import (_OF_OBJECT_END, _STYLES_AFTER_OFFICE, _dateline_state, _edit_distance_one, _is_modifier,
                      _title_initialisms, _title_kind)

MASK = "\x01"
_BY_START, _BY_END = itemgetter(0), itemgetter(1)
#: how far before a quote (characters) its cue and speaker are looked for
_WINDOW = 400

#: quotation marks; an apostrophe between two letters or digits ("Japan’s", "don't") is
#: never one, and _marks leaves it out
_MARK_CHARS = '"“”«»„‘’\''
_ASCII_MARK_CHARS = '"\''


def _marks(text: str) -> list[int]:
    """The positions of the quotation marks in ``text``, in order. (str.find runs over the
    text at memory speed for the few mark characters it holds; a regex would test every
    character against the class.)"""
    out: list[int] = []
    for ch in (_ASCII_MARK_CHARS if text.isascii() else _MARK_CHARS):   # (isascii: a flag look-up)
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    if not out:
        return out
    out.sort()
    last = len(text) - 1
    return [i for i in out if not (text[i] in "’'‘" and 0 < i < last
                                   and text[i - 1].isalnum() and text[i + 1].isalnum())]
    # (an apostrophe inside a word, also the opening single mark typed for one: "Iran‘s")


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_OPEN_BEFORE = frozenset(" \t\n([{—–-/:" + MASK)
_CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}—–-…")
_OPENING_MARKS = "\"“«„‘'"

_UP = UPPER
_CAP = rf"(?:\b(?:al|el|bin|ibn|abu|de|van|von|da|di|du|le|la)[-\s])?[{_UP}][\w’'.-]*"
_CAPRUN = re.compile(rf"{_CAP}(?:\s+{_CAP})*")
#: a fronted phrase naming a statement and who released it, then a comma before the
#: sentence's subject ("In a statement put out by her spokesman A Bcd, C Def urged ...")
_FRONTED_STATEMENT = re.compile(
    r"\b[Ii]n[ ](?:a|an|its|his|her|their|the)[ ](?:[a-z-]+[ ])?(?:statement|communiqu[eé]|declaration|press[ ]release)"
    r"[ ](?:released|issued|published|put[ ]out|read[ ]out|sent[ ]out)[ ]by[ ][^,.;\n]{2,80},[ ](?:the[ ])?")
#: a letter to someone fronted before the sentence's subject: "In a congratulatory letter to A, "
_FRONTED_LETTER = re.compile(r"\b[Ii]n[ ](?:a|an|his|her|its|their)[ ](?:[a-z-]+[ ])?letter[ ]to[ ][^,.;\n]{2,80},[ ]")
_CAPRUN_END = re.compile(rf"({_CAP}(?:\s+{_CAP})*)\s*$")
_PRONOUN_WORDS = frozenset("he she they it He She They It you You we We I".split())


def _pronoun_end(s: str) -> tuple[str, int] | None:
    """(the pronoun, its offset) when the last word of ``s``, white space apart, is one of
    _PRONOUN_WORDS; else None."""
    r = s.rstrip()
    i = len(r)
    while i and (r[i - 1].isalnum() or r[i - 1] == "_"):
        i -= 1
    word = r[i:]
    return (word, i) if word in _PRONOUN_WORDS else None


def _caprun_end(s: str, pos: int, endpos: int):
    """``_CAPRUN_END.search(s, pos, endpos)``, from after the last comma or mask before
    ``endpos`` (no match holds one, and every match runs to ``endpos``)."""
    cut = max(s.rfind(",", pos, endpos), s.rfind(MASK, pos, endpos))
    return _CAPRUN_END.search(s, cut + 1 if cut >= 0 else pos, endpos)


_PRONOUN_ANY = re.compile(r"\b(he|she|they|He|She|They)\b")
_TITLED_SUBJECT = re.compile(
    r"\b(?:[Pp]resident|[Pp]remier|[Pp]rime\s+[Mm]inister|[Mm]inister|[Cc]hancellor|[Ss]ecretary|[Ll]eader|"
    r"[Kk]ing|[Qq]ueen|[Pp]rince|[Gg]eneral|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Ee]nvoy|[Gg]overnor|[Mm]ayor)"
    rf"\s+({_CAP}(?:\s+{_CAP}){{0,2}})\s+[a-z]")
_PRONOUN_AFTER = re.compile(r"[^\w\n]*\s*(?:he|she)\s+[a-z]")
_OBJECT_PRONOUN = re.compile(r"^\s*(him|her|them|Him|Her|Them)\s*$")
_PRONOUN_START = re.compile(r"^\s*(he|she|they|it|He|She|They|It)\b")
_NOMINAL_END = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
                          r"(?:[A-Z][a-z]+day|[Tt]oday|[Yy]esterday)['’]s)\s+"     # ("Thursday’s joint statement")
                          r"((?:(?!(?:the|an?|another|its|their|his|her)\s)(?:[\w’'-]+|(?:[A-Z]\.){2,3}|\([A-Z]{2,6}\))\s+){0,4}?)([\w-]+)\s*$")
#: "the" and a capitalised office of several words at the end: "The Minister of Foreign Affairs"
_OFFICE_NAMED_END = re.compile(r"(?:^|(?<=[\s“\"]))[Tt]he\s+([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|for|the)){1,8})\s*$")
#: a leader named by the office ("the Bolivian head of state", "the head of government")
_HEAD_OF_STATE_END = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\w’'-]+\s+){0,3}?)[Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment)\s*$")
#: an informant introduced without a name: "a Tarvan diplomat who asked for anonymity",
#: "a senior official, speaking on condition of anonymity" (group 1 the description)
_ANONYMOUS_INTRO = re.compile(r"\b((?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?:official|diplomat|source|aide|officer|"
                              r"negotiator|adviser|advisor|person))\b,?\s+(?:who\s+(?:requested|asked|spoke|declined)|"
                              r"speaking\s+on\s+condition|on\s+condition|familiar\s+with|close\s+to|briefed\s+on)")
#: a sentence opening with its source: "According to Tan," (group 1 the name)
_ACCORDING_OPEN = re.compile(r"\s*According to ((?:[A-Z][\w’'.-]*[ ]){0,3}[A-Z][\w’'.-]*),[ ]")
#: a state's possessive before a nominal, no article: "Guatemala's president", "Japan's foreign
#: minister" (group 1 the possessor, 2 the lower-case modifiers, 3 the head noun); ending a
#: phrase, or opening a sentence's subject ("Japan's foreign minister praised ...")
_POSSESSOR_NOMINAL = r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+((?:[a-z][\w-]*\s+){0,3}?)([a-z][\w-]+)"
_POSSESSOR_NOMINAL_END = re.compile(rf"(?<![\w'’]){_POSSESSOR_NOMINAL}\s*$")
_POSSESSOR_NOMINAL_START = re.compile(rf"\s*{_POSSESSOR_NOMINAL}\s+[a-z]")
#: a relative clause opening after a name ("A, who stood alongside B, said")
_RELATIVE_OPEN = re.compile(r", (?:who|whom|whose) ")
#: the whole phrase after a cue ("reads an AEW press release")
#: a nominal opening a phrase after a cue ("a spokesman for ...", "the country's foreign minister ...")
_NOMINAL_LEAD = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]+)"
                           r"(?=\s+(?:for|of|at|in|with|to)\s|,)")
_NOMINAL_WHOLE = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|one|another)\s+((?:[\w’'.-]+\s+){0,4})([\w-]+)\s*")
#: a state's possessive and a lower-case noun, with a phrase after it: "Iraq’s representative
#: to the committee" (group 1 the possessive, 2 modifiers, 3 the noun)
_STATE_NOMINAL = re.compile(r"\s*([A-Z][\w.-]*(?:[ ][A-Z][\w.-]*)?['’]s)[ ]((?:[a-z-]+[ ]){0,2}?)([a-z-]+)"
                            r"(?:[ ](?:to|of|at|in|for)[ ].*)?")
#: adverbs between a subject and its reporting verb ("he further said", "A later wrote")
_CUE_ADVERBS = ("also", "later", "then", "further", "again", "earlier", "previously", "once", "reportedly",
                "publicly", "repeatedly", "finally", "separately", "simply", "flatly")
_TRAIL_WORDS = frozenset(_CUE_ADVERBS) | frozenset(
    "quickly had has have was is were are who which that immediately today yesterday "
    "recently would will could just first".split())


def _described_before(text: str, start: int, noun: str) -> bool:
    """Whether the name at ``start`` follows "the <noun>" in an apposition of its sentence:
    "the mediator for Tarva, former President A Bcd"."""
    window = text[max(0, start - 100):start]
    m = None
    for m in re.finditer(rf"\bthe(?:[ ][\w-]+){{0,3}}?[ ]{re.escape(noun)}(?=[ ,])", window, re.IGNORECASE):
        pass                            # (the last: "the current Kestrel Chairman-in-Office, A Bcd")
    if m is None:
        return False
    between = window[m.start():]
    return "," in between and ". " not in between and "\n" not in between


#: the initials of a foreign or defence ministry, for the ministry the article names
_FOREIGN_MINISTRY = re.compile(r"\bForeign (?:Affairs )?Ministry\b|\bMinistry of Foreign Affairs\b")
_DEFENCE_MINISTRY = re.compile(r"\bDefen[cs]e Ministry\b|\bMinistry of (?:National )?Defen[cs]e\b")
_MINISTRY_INITIALS = {"MFA": _FOREIGN_MINISTRY, "MOFA": _FOREIGN_MINISTRY, "MoFA": _FOREIGN_MINISTRY,
                      "MOD": _DEFENCE_MINISTRY, "MoD": _DEFENCE_MINISTRY}


@lru_cache(maxsize=64)
def _named_body(head: str) -> re.Pattern:
    """Up to three capitalised words and the noun ``head`` (its first letter either case):
    "Turkish Presidency", "the Interior ministry"."""
    return re.compile(rf"\b((?:[A-Z][\w’'-]*\s+){{1,3}})(?:{re.escape(head)}|{re.escape(head.capitalize())})\b")


@lru_cache(maxsize=1)
def _nominal_subject() -> re.Pattern:
    """A sentence opening with a definite nominal and (an adverb and) a reporting verb: "The
    Prime Minister also said" (group 1 the modifiers, 2 the head noun)."""
    return re.compile(r"\s*[Tt]he\s+((?:[\w’'-]+\s+){0,3}?)([\w-]+)\s+(?:(?:also|further|later|then)\s+)?"
                      rf"(?=(?:{_cues().pattern}))")


def _initials(role: str) -> str:
    """The capitals of a role's capitalised words ("National Security Adviser" -> "NSA")."""
    return "".join(w[0] for w in role.split() if w[:1].isupper())


def _last_match(rx: re.Pattern, s: str, a: int, b: int) -> re.Match | None:
    """The last match of ``rx`` in ``s[a:b]``, or None."""
    found = None
    for found in rx.finditer(s, a, b):
        pass
    return found


def _introduced_unnamed(masked: str, head: str, pos: int) -> re.Match | None:
    """The last indefinite phrase with the noun ``head`` ("a diplomat briefed on ...", "one
    senior official") before ``pos``: someone the text describes and never names; or None."""
    return _last_match(_unnamed_intro(head), masked, max(0, pos - 5000), pos)


@lru_cache(maxsize=256)
def _unnamed_intro(head: str) -> re.Pattern:
    """The indefinite phrase of _introduced_unnamed for the noun ``head``."""
    return re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b")


def _strip_trail(s: str) -> str:
    """``s`` without its trail of separators (white space, commas) and adverbs or auxiliaries
    (_TRAIL_WORDS and "later on"; whole words, a word character being ``isalnum()`` or "_"),
    read from the end (a regex anchored at the end would be tried at every position)."""
    end = len(s)
    while True:
        j = end
        while j and (s[j - 1] == "," or s[j - 1].isspace()):
            j -= 1
        i = j
        while i and (s[i - 1].isalnum() or s[i - 1] == "_"):
            i -= 1
        word = s[i:j]
        if word in _TRAIL_WORDS:
            end = i
        elif word == "on" and s[i - 6:i] == "later " and (i == 6 or not (s[i - 7].isalnum() or s[i - 7] == "_")):
            end = i - 6
        else:
            return s[:j]


_APPOSITION_END = re.compile(r",\s*[^,\x01]{1,130},$")
#: an apposition of one to three capitalised words: a place after a body ("..., Springfield,")
_PLACE_APPOSITION = re.compile(r",\s*[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2},$")
_TERMINAL = re.compile(r"[.!?](?=[\"”’)\]]*(?:\s|$))")
_ABBREVIATIONS = frozenset("mr mrs ms dr gen lt col sen rep gov capt sgt st jr sr prof rev maj adm "
                           "cmdr atty supt insp no pres amb hon mt ft brig cpl pvt".split())
_CLAUSE_CUT = re.compile(r"[,;:!?()\x01\n]|\s(?:as|who|which|that|when|while|after|before|of|in|on|upon|at|to|from|for|during|per|via|with|through)\s")
#: groups a report names without an article ("Police said", "Kenyan officials told reporters")
_GROUP_WORDS = frozenset("police officials authorities witnesses residents investigators prosecutors doctors "
                         "rebels protesters demonstrators analysts experts diplomats lawmakers militants activists "
                         "organisers organizers sources critics observers campaigners survivors relatives officers "
                         "paramedics firefighters rescuers medics villagers".split())
_GROUPS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(_GROUP_WORDS))
#: such a group at the end of the words before a cue, perhaps after a capitalised modifier
_GROUP_END = re.compile(rf"((?:[A-Z][\w-]+\s+)?)({_GROUPS})\s*$")
_SUBJECT_OK = re.compile(
    rf"^(?:(?:he|she|they|it|He|She|They|It|one|another|{_GROUPS})"
    # (a party's acronym in brackets inside: "the Christian Democratic (CDU) minister")
    r"|(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|one|another)\s+(?:[\w’'\s.-]|\([A-Z]{2,6}\)){1,60}"
    rf"|[{_UP}](?:[\w’'\s.-]|\([A-Z][A-Za-z]{{1,5}}\)){{0,70}}"   # ("Foreign Office (FO) Spokesperson A")
    # a name opening with a lower-case particle: '"…," al-Bashir said'
    rf"|(?:al|el|ad|as|ash|bin|ibn|abu|de|van|von|da|di|du|le|la)[-\s][{_UP}][\w’'\s.-]{{0,60}}"
    # a lower-case title before the name: '"…," team member A Bcd told the press'
    rf"|(?!(?:and|but|or|while|as|when|after|before|because|so|then|if|until|since)\s)(?:[a-z][\w’'-]*\s+){{1,3}}[{_UP}][\w’'\s.-]{{0,60}}"
    # a lower-case title with its of-phrase, then the name: '"…," spokesman of the alliance, A Bcd, said'
    rf"|(?:[a-z][\w’'-]*\s+){{1,2}}(?:of|for)\s+[^,]{{1,60}},\s+[{_UP}][\w’'\s.-]{{0,60}},?)"
    # an apposition closed by a comma, or by the verb: '"…," A Bcd, president of NAWG said'
    r"(?:,[^,]{1,110},|,\s+[a-z][^,]{0,70})?\s*$")
_ORG_WORDS = frozenset(
    "ministry department office agency army forces force police council committee commission "
    "parliament party union organization organisation government administration embassy bank "
    "fund court group coalition alliance front movement news times post press service "
    "institute foundation association league corporation company".split())
_DEMONYM_END = re.compile(r"(?:an|ian|ese|ish|i|ic)$")
_LEAD_STOP = frozenset(
    "On In At But And Then Meanwhile Later Earlier Speaking Yesterday Today However Also "
    "Afterwards The A An This That Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December "
    "Asked When While After Before Finally Separately Instead Still Now Last Next".split())
_AGE_WORD = re.compile(r"\d|-year-old$|-old$")
_OF_GAP_END = re.compile(r"\s+(?:of|from|at)\s+(?:[Tt]he\s+)?$")
_APPOSED_NAME = re.compile(rf"\s*({_CAP}(?:\s+{_CAP})*)\s*(?:[,.;]|$)")
_MALE_WORDS = frozenset("mr king prince father husband son brother sir lord he his".split())
_GENDER_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Madam|Sir|Lord|Lady|King|Queen|Prince|Princess|"
                            r"father|mother|husband|wife|son|daughter|brother|sister)(?:\.|(?<=[a-z]),)?\s+$")
#: nouns that give a person's gender in a role or an apposition
_GENDERED = {**{w: "m" for w in "spokesman chairman congressman businessman king prince fiancé husband widower "
                "father son brother boyfriend duke emperor sultan".split()},
             **{w: "f" for w in "spokeswoman chairwoman congresswoman businesswoman queen princess fiancée "
                "fiancee wife widow mother daughter sister girlfriend actress duchess empress".split()}}
# (not "A, whose wife ...", "A, who with his wife ...": the relative names someone else)
_GENDER_APPOSED = re.compile(r",\s*(?!(?:whose|who|with)\b)(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?(" +
                             "|".join(sorted(_GENDERED, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_OFFICE_OF = re.compile(r"\b[Tt]he[ ]((?:[A-Z][a-z]+[ ]){1,3})of[ ](?:the[ ])?$")
_STYLE_NOUNS = frozenset({"prince", "princess", "sheikh", "sheikha", "general", "admiral", "colonel", "brigadier"})
#: the offices of a reigning monarch: "the monarch" and "His Majesty" are their holder's
_MONARCH_ROLE = re.compile(r"\b(?:king|queen|emperor|empress|sultan|emir|amir|grand duke|grand duchess|monarch)\b")
_FOREIGN_OFFICE = re.compile(r"\bforeign (?:minister|secretary|affairs)|\bsecretary of state\b|\bminister of foreign")
#: a foreign ministry named right before its spokesperson's title and name ("Russian Foreign
#: Ministry Spokeswoman A Bcd"): "the diplomat" is that spokesperson
_FOREIGN_BODY_BEFORE = re.compile(r"\b(?:Foreign|External)[ ](?:Ministry|Office|Affairs(?:[ ]Ministry)?)[ ]"
                                  r"[Ss]pokes(?:man|woman|person)[ ]$")
#: a foreign ministry in a spokesperson's own role ("official spokeswoman of Kestria's Foreign Ministry")
_FOREIGN_BODY_IN_ROLE = re.compile(r"\b(?:foreign|external)[ ](?:ministry|office|affairs)|ministry of (?:foreign|external)")
_ENVOY = re.compile(r"\b(?:ambassador|envoy|consul|diplomat|charg[eé]|high commissioner|permanent representative)")
#: a seat in a legislature, the office "the lawmaker" or "the legislator" names
_LEGISLATOR_ROLE = re.compile(r"\b(?:congress(?:wo)?man|congressmember|senator|representative|mp|"
                              r"member of (?:the )?(?:parliament|congress|house)|assembly(?:wo)?man|parliamentarian|"
                              r"legislator|lawmaker)\b")
#: the nouns for any member of a legislature
_LEGISLATOR_NOUNS = frozenset({"lawmaker", "legislator", "parliamentarian"})
_HIS_OFFICE = re.compile(r"\b(his|her|His|Her)[ ]office\b")
_SAYING_ADVERB = re.compile(r"(?:also|further|later|then|again|previously|earlier) ")
#: "she" right after a quote: '…," she said'
_SHE_AFTER = re.compile(r"[^\w\n]{0,4}\s*she\s")
#: "Holiness" right before a name: "His Holiness the Dalai Lama"
_HOLINESS_BEFORE = re.compile(r"Holiness[ ](?:the[ ])?$")
#: a style standing for its holder at the end of the words before a cue: "His Excellency"
_STYLE_END = re.compile(r"\b(His|Her)[ ](?:Excellency|Majesty|Royal[ ]Highness|Highness|Holiness)\s*$")


def _style_end(s: str) -> re.Match | None:
    """_STYLE_END in ``s`` (the regex only where one of its words stands)."""
    return _STYLE_END.search(s) if "Excellency" in s or " Majesty" in s or "Highness" in s or "Holiness" in s \
        else None


#: a pronoun and adverbs before a cue: '"…," he further said'
_PRONOUN_ADVERB = re.compile(rf"(?:he|she|they|it|He|She|They|It)(?:\s+(?:had|has|have|{'|'.join(_CUE_ADVERBS)}))+")
_HE = re.compile(r"\b(?:he|his|him|He|His|Him)\b")
_SHE = re.compile(r"\b(?:she|her|hers|She|Her)\b")
#: a state's government named: "the Burundian government", "the government of Burundi"
_STATE_GOVERNMENT = re.compile(r"\b[Gg]overnment[ ]of[ ](?:the[ ])?([A-Z][\w-]+(?:[ ][A-Z][\w-]+)?)|"
                               r"\b(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|New)[ ])([A-Z][a-z]+)(?:['’]s)?[ ]"
                               r"(?:government|administration)\b")


#: a person's correspondence, by any of its names: "the message" after "A Bcd's telegram"
_LETTERS = frozenset({"letter", "message", "telegram", "cable"})
_LETTER_NOUNS = "(?:" + "|".join(sorted(_LETTERS)) + ")"


@lru_cache(maxsize=256)
def _owned(nouns: str) -> re.Pattern:
    """A document or utterance of a named owner, ``nouns`` a pattern: "Judge A Bcd's ruling",
    "A Bcd's remark"; group 1, the owner."""
    return re.compile(rf"\b([A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){{0,4}})['’]s[ ](?:[a-z-]+[ ]){{0,2}}{nouns}\b")


@lru_cache(maxsize=256)
def _document_after(masked: str, pos: int) -> str | None:
    """The noun of the document a closing attribution at ``pos`` names ('," said a statement
    issued by X' -> "statement", '," a Kestrian embassy press release said' -> "release")."""
    m = _DOCUMENT_AFTER.match(masked, pos)
    if m is None:
        return None
    return next((w for w in m.group(1).lower().split() if _noun_kind(w) == "document"), None)


def _body_document(noun: str) -> re.Pattern:
    """A document introduced with its body's name as modifiers: "a Finance Ministry readout";
    group 1, the name (and a lower-case word before the noun, "press")."""
    return re.compile(rf"\b(?:[Aa]n?|[Tt]he)[ ]((?:[A-Z][\w.’'-]*[ ]){{1,4}}(?:[a-z]+[ ])?){noun}\b")


#: a statement, remark or pledge of a named speaker whose words the quote gives: "a statement
#: by candidate A Bcd in October that "…"", "A Bcd's remark that "…"" (the quote follows
#: "that", the statement's content: not "B responded to A's comments: "…"", B's words)
_SPEECH_NOUNS = r"(?:statement|remark|comment|claim|pledge|promise|assertion|assurance|vow|warning|declaration)s?"
_SPEECH_BY = re.compile(rf"\b{_SPEECH_NOUNS}[ ](?:made[ ])?by[ ]")
_SPEECH_CONTENT_END = re.compile(r"[ ]that[ ]*$")
#: "quoting President A Bcd, "…"": the one quoted speaks (a name, no clause, before the quote)
#: (a full stop only after an initial or a short title: "George W. Bush", "Gen. A Bcd")
_QUOTING = re.compile(r"\b[Qq]uoting[ ]+(?=[A-Z])(?:[^,;:.\"“”]|(?<=[ .][A-Z])\.|(?<=[ ][A-Z][a-z])\.|(?<=[ ][A-Z][a-z]{2})\.)"
                      r"{3,80}[,:][ ]*$")
#: a passive auxiliary before "quoted by X as saying": the subject before it speaks
_PASSIVE_END = re.compile(r"\b(?:was|were|is|are|has[ ]been|had[ ]been)[ ]$")
#: a nominal whose head noun takes an of/for/to-phrase: "the envoy of the Kestrel Mission", "Kestria’s
#: ambassador to Lorvia"
#: (group 2 the noun; group 1 as in _NOMINAL_END)
_NOUN_OF_PHRASE = re.compile(r"\s*((?:the|a|an|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+(?:[\w-]+\s+){0,2}?)"
                             r"([A-Za-z-]+)\s+(?:of|for|at|to)\s[^,;]{1,60}")
#: after a quote: '"…," the agency quoted A Bcd as saying'
_QUOTED_AFTER = re.compile(r"\s+(.{1,80}?)\s+as\s+(?:saying|telling|stating|writing)\b")
#: after a quote: '"…," the agency quoted A Bcd's message' (group 1 the owner, 2 the noun)
_QUOTED_OWNED = re.compile(r"\s+((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)['’]s?\s+(?:[a-z-]+\s+)?([a-z]+)\b")
#: what a person says or sends, beside the letters and the document nouns of speaker_nouns.tsv
_UTTERANCES = _LETTERS | {"greeting", "greetings", "address", "speech", "remarks", "words"}
#: a person's counterpart of a state: "Marek's Japanese counterpart" (group 1 the demonym)
_COUNTERPART = r"[A-Z][\w.-]*['’‘]s\s+((?:[A-Z][\w-]*\s+){1,2})counterpart"
_COUNTERPART_END = re.compile(_COUNTERPART + "$")
_COUNTERPART_START = re.compile(r"\s*(?:[A-Z][\w.-]*\s+){0,2}" + _COUNTERPART + r"\b")
#: a finite cue whose object, not its subject, says what follows ("reports A saying")
_REPORTS_OBJECT = frozenset({"reports", "reported", "quoted", "quotes", "cited", "cites"})
#: a capitalised participle opening a sentence ("Straddling", "Speaking")
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+ing\b")
#: a body's act right after its name in a lede: "the Kestrel Council has asked states"
_LEDE_ACT = re.compile(r"[ ](?:has[ ]|have[ ]|had[ ])?(?:unanimously[ ])?[a-z]+ed\b")
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+(.{1,80}?)\s+as\s+(?:saying|telling|stating|writing)"
                        r"(?:\s+[^\s.;!?\"“”]+){0,6}?\W*$")   # ('as saying that the "…"': a partial quote)
_NOMINAL_UNKNOWN = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w-]*\s+){0,3}[a-z-]+\s*")
#: a subject after a fronted lower-case phrase: "In the filing itself Ford also ..."
_FRONTED_SUBJECT = re.compile(rf"\s*(?:In|At|On|After|During|Before|Later|Earlier)\s+(?:the\s+|a\s+|its\s+)?"
                              rf"(?:[a-z]+\s+){{0,3}}({_CAP}(?:\s+{_CAP})*)\s+[a-z]")
#: the subject of an absolute or coordinated participle clause: "with X of Ohio calling", "and X saying"
_ABSOLUTE_SUBJECT = re.compile(rf"(?:(?<=,[ ])with|\band)\s+({_CAP}(?:\s+(?:(?:von|van|de|del|der|da|di|al|bin)\s+)?{_CAP})+)"
                               rf"(?:\s+(?:of|from)\s+{_CAP}(?:\s+{_CAP})*)?"
                               r"(?:,[^,\x01\n]{1,120},)?\s+$")     # (an apposition may follow the name)
#: the same with a title of lower-case words before the name ("with Kremlin spokesman A Bcd")
_ABSOLUTE_TITLED = re.compile(rf"\bwith\s+((?:[A-Za-z][\w.’'-]*\s+){{1,3}}?{_CAP}(?:\s+{_CAP})+)\s+$")
_SUBJECT_RUN = re.compile(rf"\s*({_CAP}(?:\s+{_CAP})*)\s+[a-z]")
_NEXT_LOWER = re.compile(r"\s+([a-z][\w-]*)")

_TITLE_BEFORE = re.compile(
    r"\b(?:named|titled|entitled|dubbed|nicknamed|known\s+as|labell?ed|branded|headlined|"
    r"(?:is|are|was|were|be|been|being)\s+called|the\s+(?:slogan|hashtag|motto|banner|sign|title|"
    r"headline|film|book|song|album|novel|programme|program|operation|campaign|question|phrase|term))\s*,?\s*$")
#: the last words of the _TITLE_BEFORE phrases (keep them in step)
_TITLE_LAST = ("named", "titled", "dubbed", "as", "labeled", "labelled", "branded", "headlined",
               "called", "slogan", "hashtag", "motto", "banner", "sign", "title", "headline", "film",
               "book", "song", "album", "novel", "programme", "program", "operation", "campaign",
               "question", "phrase", "term")
#: after a quoted name in apposition: ', was posted', ', were released'
_NAMED_AFTER = re.compile(r",\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ung|ld)\b")
_PREP_BEFORE = re.compile(r"\b(?:during|after|before|since|over|under|about|in|at|on|of|from|for|with|by|to)\s+$")
#: where a clause's subject may start: the text's start, a mark, or a conjunction
_CLAUSE_OPEN_END = re.compile(r"(?:\A|[,;:.!?\"“”\x01(—–-]|\b(?:and|but|or|while|as|because|when|after|before|where)|\b[A-Z]\w*)\s*$")
#: "one of " opening the clause before a plural nominal ("one of the rebels told")
_ONE_OF_END = re.compile(r"(?:^|[,;:]\s*|\s)\s*([Oo]ne\s+of\s+)$")
#: words that may follow a name that is no clause's subject ("meetings with A and B, and ...")
_OBJECT_FOLLOWERS = frozenset("and or of in on at for to with from by as".split())
_PREP_END = re.compile(r"\b(?:of|in|from|at|for|to|by|with|on)\s+$")
# before a body its speaker belongs to: "X of ", "X, an analyst at the ", "X of the British
# rights group, " (then X, the person before, speaks for it)
_MEMBER_OF_END = re.compile(r"\b(?:of|in|from|at|for|to|by|with|on)\s+(?:(?:the|a|an)\s+)?"
                            r"(?:(?:[\w’'-]+\s+){0,4}[a-z][\w’'-]*,\s+)?$")
# a description opening a clause before an appositive name: "A spokesman for Putin", "The
# head of the agency"
_DESCRIPTION = (r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
                r"\s+(?:for|of|to|at)\s+[^,;]{1,60}")
_DESCRIPTION_END = re.compile(rf"(?:\A\s*|[.;:!?]\s+|\n|\b(?:and|after|before|when|while|as|since|because|until)\s+)"
                              rf"{_DESCRIPTION}$")
#: a nominal of lower-case words opening a clause: "the foreign minister", "his spokesman"
_BARE_NOMINAL_END = re.compile(r"(?:\A\s*|[.;:!?]\s+|\n)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)"
                               r"(?:\s+[a-z][\w-]*){1,4}$")
_DESCRIPTION_APPOS = re.compile(rf"\s*{_DESCRIPTION},\s*")
#: a capitalised title opening a clause before an appositive name: "Special Assistant to the
#: President on Media, A Bcd,", "Canadian Deputy Minister for the Americas, A Bcd," (after an
#: opening phrase too: "After the talks, ...")
_TITLE_DESCRIPTION_END = re.compile(
    r"(?:\A\s*|[.;:!?]\s+|\n|\b(?:and|after|before|when|while|as|since|because|until)\s+"
    r"|\b(?:[Aa]fter|[Ff]ollowing|[Dd]uring|[Ii]n|[Oo]n|[Aa]t)\s[^,;:.]{1,60},\s+)(?:[Tt]he\s+)?"
    r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)(?:\s+(?:for|of|to|on|at|in)\s+[^,;]{1,70})?$")
# " of Somalia Water and Land Management", " from the Red Cross": a named body after a person
_MEMBER_BODY = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*|and|of|for|the)(?:\s+(?:[A-Z][\w.’'&-]*|and|of|for|the))*\s*")
#: the sentence right after a quote that names who said it: ". This was stated by"
_STATED_BY_NEXT = re.compile(r"[.!?]?\s*(?:(?:This|That|These|It|So)\s+(?:was|were|is|has\s+been)\s+"
                             r"(?:[a-z]+ly\s+)?(stated|said|declared|announced|noted|written|stressed|"
                             r"emphasi[sz]ed|underlined|reported)\s+by"
                             # '"…". These are the words of A Bcd upon arrival', '"…" With these words, A Bcd ...'
                             r"|(?:These|Those|Such)\s+(?:are|were)\s+(?:the\s+)?(words)\s+(?:of|by|from)"
                             r"|(?:With|In)\s+(?:these|those)\s+(words),)\s+")
#: a second verb of the subject after its name: " and thanked", " and added"
_AND_VERB = re.compile(r"[ ]and[ ](?:[a-z]+ly[ ])?[a-z]+ed\b")
#: cues whose speaker follows them as the object: "according to X", "in the words of X"
_ACCORDING_CUES = ("according", "in the words of")
# "according to" and up to five title words before a name
_ACCORDING_TO_END = re.compile(r"\b[Aa]ccording\s+to\s+(?:[\w.’'-]+\s+){0,5}$")
_AND_END = re.compile(r"\b(?:and|but)(?:\s+(?:later|then|also|subsequently|afterwards))?\s*$")
_POSSESSIVE = re.compile(r"['’]s?\b|(?<=s)['’](?=[ ])")     # ("Abbas’ adviser")
_OF_GAP = re.compile(r"\s+(?:of|from|for|at)\s+(?:[Tt]he\s+)?(?:[A-Z][\w.]*(?:['’]s|s['’])\s+)?(?:[a-z-]+\s+){0,4}")
#: a mention right after these is the one addressed, not a speaker ("Speaking to X, he said")
_ADDRESSED = re.compile(r"\b(?:[Ss]peaking|[Ss]poke|[Tt]alking|[Tt]alked|told|telling|[Ii]nterview(?:ed)?\s+(?:with|by)|"
                        r"(?:asked|questioned|interviewed)(?:\s+by)?)\s+(?:to\s+|with\s+)?(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")
#: "he"/"she" as the subject of a clause (a word on its own, before a verb or adverb)
_SUBJECT_PRONOUN = {"he": re.compile(r"\b[Hh]e(?=[ ][a-z])"), "she": re.compile(r"\b[Ss]he(?=[ ][a-z])")}
#: the agent of a passive verb of saying: "This was announced on Saturday by the ministry's
#: spokeswoman " (the one who speaks on, unlike a prepositional object)
_SAYING_AGENT = re.compile(r"\b(?:was|were|been)[ ](?:[a-z]+[ ])?(?:announced|said|stated|declared|voiced|"
                           r"expressed|reported|confirmed)\b[^.;\n]{0,40}[ ]by[ ](?:the[ ])?(?:[a-z][\w-]*[ ]){0,2}$")
#: a passive's agent right before a name: "Brazil was asked by President A Bcd to" (its subject
#: no personal pronoun: "he was received by A" is his)
_PASSIVE_AGENT = re.compile(r"(?<!\b[Hh]e[ ])(?<!\b[Ss]he[ ])(?<!\b[Tt]hey[ ])(?<!\b[Ww]e[ ])(?<!\bI[ ])(?<!\bwho[ ])"
                            r"\b(?:is|are|was|were|been|being)[ ](?:[a-z]+[ ])?(?:[a-z]+ed|told|given|sent|led|met|taken)"
                            r"[ ]by[ ](?:the[ ])?(?:[a-z][\w-]*[ ]){0,2}$")
#: a body named by a nominal that issued a statement: "The ministry released a statement"
_BODY_RELEASED = re.compile(r"[Tt]he[ ]((?:[A-Z][\w’'-]*[ ]){0,3})([a-z][\w-]*)[ ](?:also[ ])?(?:released|issued|"
                            r"published|put[ ]out)[ ](?:a|an|its)[ ](?:[a-z]+[ ])?(?:statement|communiqué|note)\b")
#: a spokesman described by whom he speaks for, with no name: "the prime minister's spokesman"
_OWNED_SPOKESMAN = re.compile(r"\b(?:[a-z]+[ ])?[a-z]+['’]s[ ](?:spokes(?:man|woman|person))\b(?![ ][A-Z])")
#: a pronoun and the verb of speaking to someone, whom the name after it gives: "he told "
_TOLD_AFTER = re.compile(r"(?:[Hh]e|[Ss]he)[ ](?:told|assured|reminded|informed|said[ ]to|wrote[ ]to)[ ]"
                         r"(?:(?:[A-Z][\w.’'-]*|the)[ ]){0,3}")
_PREP_OBJECT = re.compile(r"(?<![Aa]ccording\s)\b(?:of|for|against|about|on|at|from|by|with)\s+"
                          r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w.-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,2}$"
                          # "sent a letter to Minister A": the one written to
                          r"|(?<![Aa]ccording\s)(?<![Dd]ue\s)\bto\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$")
#: a coordinated clause opening right before a name ("A said so, while Interior Minister B wrote"):
#: the name is that clause's subject
_CLAUSE_OPENS = re.compile(r"(?:\b(?:while|whereas|but)|[;]|,[ ]and)\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")
#: a name used as a modifier ("a former Saakashvili ally", "the Putin government") is no antecedent
_NAME_AS_MODIFIER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|former|ex-|pro-|anti-)[ ]?$")
#: a person noun between a name modifying it and the name it titles: "A adviser B"
_NOUN_GAP = re.compile(r"[ ]([a-z]+)[ ](?=[A-Z])")
_LOWER_NOUN_AFTER = re.compile(r"[ ](?!(?:said|says|told|added|who|was|is|has|had)\b)[a-z]{3,}\b")
#: "the latter", "the former" as a cue's subject: one of the last two persons named
_LATTER_FORMER_END = re.compile(r"(?<![\w-])[Tt]he[ ](latter|former)$")
_PRONOUN_SUBJECT_END = re.compile(r"\b(?:[Hh]e|[Ss]he)[ ]$")
#: between two persons speaking together ("A Bcd and Dr C Def")
_PAIR_GAP = re.compile(r"[ ]and[ ](?:[A-Z][a-z]{0,2}\.?[ ])?")
#: a sentence opening with a pronoun subject and a verb ("He said ...", "She told ...")
_LEADING_PRONOUN = re.compile(r"\s*(?:(?!During\b)[A-Z][a-z]+ing\b[^,\x01]{0,150},[ ]+|(?:Meanwhile|However|Later|"
                              r"Earlier|Separately|Also|Moreover|Furthermore|Still|Yet|Then|Additionally),[ ]+|(?:But|And|Yet)[ ]+)?"
                              r"([Hh]e|[Ss]he)[ ]+[a-z]")
#: a description of a person opening a sentence as its subject, before its verb ("The
#: mainland official pointed out ...", "The spokesperson also urged ..."); group 1 the
#: modifiers, 2 the head noun
_LEADING_NOMINAL = re.compile(r"\s*(?:(?:In|At|After|Following|During|For|(?!According)[A-Z][a-z]+ing)[ ][^,\x01]{3,80},"
                              r"(?:[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){1,3},)?[ ]+)?"   # (", João Lourenço,": a name in apposition)
                              # (no article before a capitalised modifier: "Turkish minister said")
                              r"(?:[Tt]he[ ]+|(?=[A-Z][a-z]+[ ][a-z]))((?:[\w-]+[ ]+){0,3}?)([A-Za-z][a-z-]+)[ ]+(?:[a-z]+ly[ ]+|also[ ]+)?"
                              r"(?:[a-z]+(?:ed|s)|said|told|wrote|paid|made|gave|met|spoke|held|took|sent)[ ]")
#: a joint document, and the nouns that may stand for it after it
_JOINT_DOCUMENT = re.compile(r"\b[Jj]oint[ ](?:statement|communiqu[eé]|declaration)\b")
_JOINT_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "declaration"})
#: right before a platform named as the place of a post: "on ", "on the ", "(formerly "
_ON_PLATFORM_END = re.compile(r"\b(?:on|via|formerly)[ ](?:the[ ]|its[ ]|their[ ])?(?:[A-Z][\w-]*[ ]\(formerly[ ])?$")
#: ... as an office of a state: "The President of France described" (group 1 the office, group
#: 2 the state)
_LEADING_OFFICE_OF = re.compile(r"\s*[Tt]he[ ]+([A-Za-z-]+)[ ]+of[ ]+(?:the[ ]+)?"
                                r"([A-Z][\w-]+(?:[ ][A-Z][\w-]+)?)[ ]+(?:[a-z]+ly[ ]+|also[ ]+)?"
                                r"(?:[a-z]+(?:ed|s)|said|told|wrote|paid|made|gave|met|spoke|held|took|sent)[ ]")
#: between a reporting verb and the subject of the clause it reports ("said that Mr. A", "said A")
_REPORTED_GAP = re.compile(r"\s+(?:that\s+)?(?:[A-Z][a-z]{0,2}\.\s+)?(?:[A-Z][\w’'-]*\s+){0,3}")
#: a reporting clause set off after what it reports ("A Bcd was also sentenced, he said, ...")
_REPORTING_AFTER = re.compile(r",\s+(?:he|she)\s+(?:said|says|added|stated)[,.;]")
#: nouns of a body's head or envoy ("the AU chairman", "the UN envoy"): a person, not the body
_LEAD_NOUNS = frozenset("chairman chairwoman chairperson chair envoy head chief coordinator representative "
                        "commissioner secretary-general director-general".split())
#: a reporting verb right before a pronoun, its clause's subject ("said he", "said that she")
_SAID_BEFORE_PRONOUN = re.compile(r"\b(?:said|says|stated|added|noted|insisted)[ ](?:that[ ])?$")
#: a verb whose object is a victim, who does not speak next: "claimed to have killed A Bcd"
_VICTIM_BEFORE = re.compile(r"\b(?:killed|assassinated|murdered|executed|arrested|detained|captured|kidnapped|"
                            r"abducted|jailed|imprisoned|extradited|deported|eliminated|shot|hanged)[ ](?:the[ ])?$")
#: a name opening a prepositional relative clause ("..., in which Smith became ...") is seldom the
#: antecedent of the next sentence's "he" while the main clause has a subject
_SUBORDINATE = re.compile(r"\b(?:in|under|by|through|during|with|for|to|from|after)\s+(?:which|whom)\s+(?:[a-z]+\s+){0,2}$"
                          r"|,\s+where\s+(?:[a-z]+\s+){0,2}$")   # (", where the President will speak")
_CAMPAIGN = frozenset({"campaign"})
#: capitalised words of a side, not of a body ("a Western diplomat", "a Republican aide")
_SIDE_WORDS = frozenset({"Western", "Eastern", "Northern", "Southern"})
#: a sentence opening with a document as its subject ("The report echoed", "Its new study found")
_DOC_SUBJECT = re.compile(r"\s*(?:The|This|That|Its|Their)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+[a-z]")
#: a subject that is one of an unnamed group ('"…," another said')
_ONE_OF_THEM = frozenset({"one", "another", "One", "Another"})
_INDEFINITE = re.compile(r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
_ASIDE_DASH = re.compile(r"\s[—–]\s")
#: the platform a statement was posted on, after its cue: " on Twitter", " on its Facebook page"
_ON_PLATFORM = re.compile(r"\s*on\s+(?:its\s+|his\s+|her\s+|their\s+)?([A-Z][\w.]*)(?:\s+(?:page|account))?")
#: a sentence opening with an unnamed, indefinite speaker ("An eyewitness", "Some of the protesters")
_ANONYMOUS = re.compile(r"\s*(?:An?|One|Another|Some|Several|Many|Two|Three|Other)\s+(?:number\s+of\s+|of\s+(?:the\s+)?)?"
                        r"(?:[a-z][\w-]*|[A-Z][a-z]+s|[A-Z]{2,4})\b")
#: at most three capitalised words (a title) before a name: "Senator ", "Foreign Minister "
_TITLE_GAP = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}")
#: a relative clause closing before the verb and its auxiliaries: ", which is owned by Saudi
#: Aramco, would only"
_RELATIVE_END = re.compile(r",\s*(?:which|that|whose)\s[^,\x01]{1,120},(?:\s+[a-z]+){0,3}\s*$")
#: an aside on what the speaker was asked or answered, opening after the subject's comma
#: ("A, when asked about the letter from B, said")
_ASKED_ABOUT = re.compile(r",[ ](?:(?:on|after|when)[ ](?:being[ ])?)?(?:asked|questioned|responding|reacting|"
                          r"replying|commenting|referring)[ ](?:about|on|to|over)[ ]")
#: a person named by a relation to "his"/"her" ("with her predecessor A Bcd"): the one the
#: possessive stands for is the topic, not A
_RELATION_BEFORE = re.compile(r"\b(his|her)[ ](?:predecessor|successor|counterpart|deputy|host|guest)[ ]"
                              r"(?:[A-Z][\w.’'-]*[ ]){0,3}$")
#: an apposition of lower-case title words and "of"/"for" between a name and a body ("A Bcd,
#: representative of the ")
_TITLE_OF_GAP = re.compile(r",[ ](?:the[ ]|a[ ])?(?:[a-z-]+[ ]){1,3}(?:of|for)[ ](?:the[ ])?")
#: the name of a court or tribunal
_COURT_NAME = re.compile(r"\b(?:Court|Tribunal)\b")
#: a document and its issuer before the verb, a place after: "the statement from the X embassy in Paris"
_DOC_FROM_END = re.compile(r"\b([a-z]+)[ ](?:from|by)[ ]((?:the[ ])?[^,;:\x01\n]{1,80}?)"
                           r"(?:[ ]in[ ][A-Z][\w.’'-]*(?:,?[ ][A-Z][\w.’'-]*){0,2})?$")
#: a short aside closing before the verb: ", in a statement,", ", on Monday,", ", for its part,"
_ASIDE_END = re.compile(r",[ ](?:in[ ](?:a|an|its|his|her|their)[ ](?:[\w-]+[ ]){0,2}(?:statement|interview|letter|"
                        r"speech|post|tweet|message|communiqu[eé])(?:[ ]on[ ][A-Z][\w.]*)?|on[ ][A-Z][a-z]+|however|meanwhile|though|"
                        r"for[ ](?:its|his|her|their)[ ]part|in[ ](?:turn|response|reply))(?:[ ](?:(?:to|with)[ ][^,]{1,40}))?,$")
#: "in a (Twitter) message" ending the phrase before "that read": the sentence subject's document
_IN_A_DOCUMENT = re.compile(r"\b[Ii]n[ ]an?[ ](?:[\w-]+[ ]){0,2}([a-z]+)$")
#: an unnamed voice of a body ending the subject: "the representative of the Kestrian foreign ministry"
_VOICE_OF_END = re.compile(r"\b[Tt]he[ ](?:official[ ])?(?:representative|spokes(?:man|woman|person))[ ](?:of|for)[ ]the[ ]"
                           r"([A-Za-z][\w’'-]*(?:[ ][A-Za-z][\w’'-]*){1,4})[ ]*(?:also[ ])?$")
#: an aide named by his principal's office: "the press secretary of the Kestrian president",
#: "the Spokeswoman to the Chief Minister" (the aide speaks, not the principal)
_AIDE_OF_END = re.compile(r"\b[Tt]he[ ]((?:[A-Za-z]+[ ]){0,2})((?i:secretary|spokes(?:man|woman|person)|advis[eo]r|aide))"
                          r"[ ](?:of|to|for)[ ](?:the[ ])?(?:[A-Za-z][\w’'-]*[ ]){0,3}[A-Za-z][\w’'-]*[ ]*$")
#: a document noun and the participle that ends a speaker phrase cut at its preposition:
#: "the statement posted (on ...)", "a note released (by ...)"
_DOC_PARTICIPLE_END = re.compile(r"\b([a-z]+)[ ](?:posted|issued|released|published|carried|shared|circulated"
                                 r"|distributed|sent|signed|delivered|read[ ]out)$")
#: a document noun and a participle phrase of where it went, ending the subject before a cue
#: ("the embassy letter sent to the Herald", "the ministry's note posted on its website")
_DOC_PARTICIPLE_BEFORE = re.compile(r"\b[Tt]he[ ]((?:[\w’'-]+[ ]){0,3}?)([a-z]+)[ ](?:posted|issued|released|published|"
                                    r"carried|shared|circulated|distributed|sent|delivered)[ ](?:to|on)[ ][^,;:.]{1,60}$")
#: "the mayor of ", "the provincial governor of ": an office held in a place named next
_PLACE_OFFICE_END = re.compile(r"\b[Tt]he[ ]((?:[A-Za-z-]+[ ]){0,2}[A-Za-z]+)[ ]of[ ](?:the[ ])?$")
#: a person noun and "in" right before a place: "the Ukrainian ambassador in "
_IN_PLACE_END = re.compile(r"\b(?:ambassador|envoy|consul|correspondent|representative|delegate|present|based|stationed|posted)[ ]in[ ]$")
#: an envoy described by the state he is posted to, ending the words before the cue: "the
#: Kestrian envoy to Peru", "the ambassador in Tokyo"
_ENVOY_TO_END = re.compile(r"\b([Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er)[ ]((?:[\w’'-]+[ ]){0,2}?)(ambassador|envoy|consul|"
                           r"high[ ]commissioner)[ ](?:to|in)[ ](?:the[ ])?[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3}$")
#: an unnamed spokesperson attributing the quote just closed ('," said the company's spokesperson')
_SPOKES_AFTER = re.compile(r"[^\n.]{0,40}?\b(?:spokes(?:man|woman|person)|representative)\b")
#: a body named after "in" ("officials in the ministry"): a place, not the subject
_IN_BODY = re.compile(r"\b(?:in|into|within)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
#: a document's issuer in a participle clause after it: "The statement, published by X,"
_ISSUED_BY = re.compile(r",[ ](?:published|issued|released|signed|put[ ]out|sent)[ ]by[ ]")
#: a participle's clause closing before the verb: ", released on Monday," / ", meeting in Rome,"
#: / ", set to speak at noon,"
_PARTICIPLE_END = re.compile(r",[ ](?:[a-z]+(?:ed|ing|en)|(?:set|due)(?=[ ]to[ ]))\b[^,\x01\n\"“”]{0,60},$"
                             # ", while commenting on the border clashes of last week,"
                             r"|,[ ](?:while|when|after|before)[ ][a-z]+ing\b[^,\x01\n\"“”]{0,120},$")
_ACCORDING_CUT = re.compile(r"[,;:!?()\x01\n]")
#: an unnamed spokesman and the body he speaks for, if named: "spokeswoman for the ministry"
_SPOKES_FOR = re.compile(r"spokes(?:man|woman|person)(?:\s+(?:for|of)\s+(?:the\s+)?([^,;]{2,60}))?")
#: the end of a title phrase after a cue ("said Mayor of London Sadiq Khan (no relation)")
#: an unnamed spokesman described by a lower-case body: "A foreign ministry spokesman" (group 1
#: the body's modifiers, 2 its noun)
_BODY_SPOKESMAN = re.compile(r"\b[Aa]n?[ ]((?:[a-z]+[ ]){0,2})([a-z]+)[ ]spokes(?:man|woman|person)\b")
_LOWER_BODY_NOUNS = frozenset({"ministry", "department", "office", "army", "police", "embassy", "military",
                               "government", "presidency", "agency", "commission", "council"})
#: plural bodies that speak together ("a dozen groups said", "several unions said")
_COLLECTIVE_NOUNS = frozenset({"groups", "organisations", "organizations", "parties", "unions", "associations",
                               "movements", "charities", "agencies", "churches"})
#: "in a statement" before a quote: its speaker is the one "the statement" names later
_IN_STATEMENT = re.compile(r"\bin[ ](?:a|an|its|his|her|their)[ ](?:[a-z-]+[ ])?statement\b")
#: '"…," said a statement issued by X', "…," a Kestrian embassy press release said: the
#: document's words; "the statement", "the press release" later is the same document's
_DOCUMENT_AFTER = re.compile(r"[ ,]*(?:(?:said|read|added|stated)[ ])?(?:a|an|the|its)[ ]((?:[\w.’'-]+[ ]){0,4}[\w.’'-]+)")
#: "X released a statement", "X said in a statement": the issuer of a document quoted later
#: ("the statement read")
_ISSUED = re.compile(r"(?:\s(?:released|issued|published|posted|sent|put\s+out|(?:said|stated|wrote|added)\s+in)"
                     r"|,\s+in)\s+"      # (an aside: "A Bcd, in a statement late on Sunday, called")
                     r"(?:a|an|its|their|his|her)\s+(?:[a-z-]+\s+)?"
                     r"(?:statement|communiqu[eé]|declaration|press\s+release|letter|report|invitation|telegram"
                     r"|message|cable)\b")
#: nouns of what is posted online ("the tweet reads", "the post said")
_POSTS = frozenset({"tweet", "post", "posting"})
#: "A Bcd wrote on Twitter", "tweeted": the author of "the tweet" or "the post" (no other document's)
_POSTED = re.compile(r"\s(?:wrote|said|posted|stated|commented)\s+on\s+(?:Twitter|X|Telegram|Facebook|Instagram"
                     r"|social\s+media|(?:his|her|its|their)\s+(?:official\s+)?(?:[A-Z]\w*\s+)?(?:account|page|channel))\b"
                     r"|\stweeted\b")
#: a document and the body it came from: "a statement from the Lorvian Interior Ministry",
#: "the communique issued by X"
_DOC_SOURCE = re.compile(r"\b(?:statement|document|communiqu[eé]|declaration|release|readout)[ ]"
                         r"(?:(?:issued|released|published)[ ])?(?:from|by)[ ](?:the[ ])?")
_OWNED_DOC = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?([a-z]+)\s*$")
#: "RIAA's DMCA notice alleged", "Stardom's official statement read": a document and its owner
_OWNED_DOC_END = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s*$")
#: a bracket of one to three capitalised words in a name ("Bcd Securities (Japan)")
_SHORT_PAREN = re.compile(r"\([A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2}\)")
#: a phrase of time or place after an appositive name that ends the speaker phrase:
#: 'said the chairman of the committee, A Bcd, on Friday at a briefing'
_PHRASE_AFTER_NAME = re.compile(r"(?:on|at|in|during|after|before|last|earlier|yesterday|today)\b")
_APPOSED_STOP = re.compile(r"[;:()\x01\n]|\s[—–]\s")
#: capitalised words, possessives, "of/the/for" and lower-case role words before a capital or
#: "for"/"of" ("spokesperson for the UN ..."), up to a name
_TITLE_PHRASE = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|of|the|for|to|at|on|and|[a-z]+(?=[\s,]+(?:[A-Z]|$|(?:for|of|to|at|on)\s)))[\s,]+){0,14}")


# --------------------------------------------------------------------------- resources

# patterns of the inline matches below, compiled once
_RX0 = re.compile(r"[’']s?$")
_RX1 = re.compile(r"^\s*(?:[A-Z][\w ,]{0,40}?,\s*|(?:But|And|Yet)[ ])?(he|she|they|He|She|They)\b")


#: how words were sent, after "said by" ("spoke by satellite phone from the hills")
_MEDIA_AFTER_BY = (r"(?:(?:(?:satellite|mobile|cell)[ ])?phone|telephone|video(?:[ ]link)?|videolink|text(?:[ ]message)?|"
                   r"e-?mail|radio|letter|SMS|WhatsApp|Skype|Zoom|message|telegram|fax|cable)")


@lru_cache(maxsize=1)
def _cues() -> re.Pattern:
    """One regex for every reporting verb and phrase of reporting_verbs.txt."""
    # Longest entries first. The alternatives are grouped by their first letter (keeping
    # that order inside a group) so the engine tries a handful of them at a word start, not
    # all: lower case opens every entry, a capital only the -ing forms and the phrases
    # (which may start a sentence). At most one group can match at a position, so the
    # matches are those of the flat alternation.
    lower: dict[str, list[str]] = {}
    upper: dict[str, list[str]] = {}
    for entry in sorted(set(load_lines("reporting_verbs.txt")), key=len, reverse=True):
        first = re.escape(entry[0])
        body = r"\s+".join(re.escape(w) for w in entry.split())[len(first):]
        if entry in ("called", "calling", "calls", "call"):
            body += r"(?!\s+(?:for|on|upon)\b(?!\s*(?:[\"“\x01]|$)))"     # 'called on "..."' quotes the appeal
        if entry in ("found", "finds"):   # 'found guilty of "…"' is a verdict's wording, not a finding's
            body += r"(?!\s+(?:guilty|not|innocent|dead|alive|liable|responsible|in|on|at|with)\b)"
        lower.setdefault(first, []).append(body)
        if entry.endswith("ing") or " " in entry:
            upper.setdefault(re.escape(entry[0].upper()), []).append(body)
    # (?<![\w-]) first: no word character or hyphen before the cue. (Tested before the
    # letter groups, it turns the engine away from the inside of every word at once.)
    groups = [f"{first}(?:{'|'.join(bodies)})"
              for first, bodies in [*lower.items(), *upper.items()]]
    # (not before "by": "was said by X" is a passive; but "said by phone" names the medium)
    return re.compile(r"(?<![\w-])(?:" + "|".join(groups) + r")(?![\w-])(?!\s+by\b(?!\s+" + _MEDIA_AFTER_BY + r"\b))")



@lru_cache(maxsize=2)
def _synonyms(name: str, key: str) -> dict[str, tuple[str, ...]]:
    """A synonym table (``name``, columns ``key`` and "same"): each word's phrases, padded
    with spaces for whole-word search."""
    out: dict[str, tuple[str, ...]] = {}
    for row in load_table(name):
        out[row[key]] = out.get(row[key], ()) + (f" {row['same']} ",)
    return out


def _same_portfolio(word: str, role: str) -> bool:
    """Whether ``role`` (lower-case) holds another word for the portfolio ``word``: "the
    Interior Minister" of a "minister of internal affairs" (portfolio_synonyms.tsv)."""
    same = _synonyms("portfolio_synonyms.tsv", "word").get(word)
    return same is not None and any(p in f" {role} " for p in same)


def _same_office(noun: str, role: str) -> bool:
    """Whether ``role`` (lower-case) holds another word for the office ``noun``: "the
    premier" of a "prime minister", "the ombudsman" of a "commissioner for human rights"
    (office_synonyms.tsv)."""
    same = _synonyms("office_synonyms.tsv", "noun").get(noun)
    return same is not None and any(p in f" {role} " for p in same)


@lru_cache(maxsize=1)
def _speaker_nouns() -> dict[str, tuple[str, bool]]:
    return {row["noun"].lower(): (row["kind"], row["generic"] == "1")
            for row in load_table("speaker_nouns.tsv")}


@lru_cache(maxsize=1)
def _named_only() -> frozenset[str]:
    """Nouns of bodies that speak only as a body named before ("the museum"; speaker_nouns.tsv "n")."""
    return frozenset(row["noun"].lower() for row in load_table("speaker_nouns.tsv") if row["generic"] == "n")


def _noun_kind(word: str) -> str:
    """The kind speaker_nouns.tsv gives ``word`` as written ("person", "organization",
    "document", "media"), or "" for a word it does not list."""
    info = _speaker_nouns().get(word)
    return info[0] if info is not None else ""


#: words that open a description of an unnamed speaker, and words that end it: an auxiliary,
#: an adverb or a relative pronoun after the head noun ("Some protesters were saying")
_UNNAMED_OPEN = frozenset("a an one some several many two three four other the another".split())
#: ("Some people say "…"": anyone's words, nobody's quote)
_UNNAMED_NOBODY = frozenset("people persons someone somebody anyone anybody everyone everybody others".split())
_UNNAMED_END = frozenset("was were is are has have had also then later who which that whose and "
                         "holds held reads read".split())

#: where a description ends at the latest (a comma, bracket or dash: "An official, who ..."),
#: the words of a phrase after its head ("head of ..."), and the words a description may hold
_UNNAMED_CUT = re.compile(r"[,;:()\x01\n]|\s[—–]\s")
_OF_WORDS = frozenset({"of", "for", "at", "close", "familiar"})   # ("a source close to the talks")
_UNNAMED_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
#: nouns ending in -ly, no adverbs ("a lawyer for the family")
_LY_NOUNS = frozenset("family ally assembly rally supply monopoly anomaly".split())
#: a description opening its clause, a person's noun and what it heads: "The head of the
#: police's internal investigators", "A lawyer for the family", "a source close to the talks"
_OF_DESCRIPTION = re.compile(r"(?:\A\s*|[.;:!?]\s+|\n)((?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+"
                             r"(?:of|for|at|close\s+to|familiar\s+with)\s+[^,;:\x01\n]{3,60}?)\s*$")


def _title_phrase(phrase: str) -> bool:
    """Whether ``phrase`` is a title before a name: capitalised words and small words
    (_TITLE_PHRASE), or lower-case words of titles too ("Bcd Securities associate vice
    president")."""
    if _TITLE_PHRASE.fullmatch(phrase):
        return True
    words = phrase.replace(",", " ").split()
    if not 0 < len(words) <= 14:
        return False
    if all(w[:1].isupper() or w in ("of", "the", "for", "and") or w.lower() in title_words() for w in words):
        return True
    # ending in a title, lower-case modifiers of titles too: "chief of staff and senate speaker",
    # "cabinet chief of staff"
    head = words[-1].lower() in title_words() or [w.lower() for w in words[-3:]] == ["chief", "of", "staff"]
    return head and all(
        w[:1].isupper() or w in ("of", "the", "for", "and", "staff") or w.lower() in title_words()
        or _is_modifier(w) for w in words)


def _unnamed(phrase: str) -> Speaker | None:
    """An unnamed speaker described by a noun phrase, the description as its name ("A senior
    administration official said" -> "senior administration official"), kind "unnamed"; None
    for a phrase that is no such description."""
    words = _UNNAMED_CUT.split(phrase, 1)[0].split()    # "An official, who spoke on condition ...,"
    while words and words[0].lower() in _UNNAMED_OPEN:
        words = words[1:]
        if words[:1] == ["of"]:            # "one of the protesters", "a number of voters"
            words = words[1:]
    if words[:1] == ["number"] and words[1:2] == ["of"]:
        words = words[2:]
        while words and words[0].lower() in _UNNAMED_OPEN:
            words = words[1:]
    for i in range(len(words) - 1, 0, -1):
        if words[i] in ("the", "a", "an") and not _OF_WORDS.intersection(words[:i]):
            words = words[i + 1:]           # "Two days later the same caller": the caller
            break
    for i, w in enumerate(words):
        if w.lower() in _UNNAMED_END or w.endswith("ly") and w.lower() not in _LY_NOUNS:
            words = words[:i]
            break
    if not words or len(words) > (8 if _OF_WORDS.intersection(words) else 5) \
            or not all(_UNNAMED_WORD.fullmatch(w) for w in words) \
            or not _UNNAMED_NOBODY.isdisjoint(w.lower() for w in words):
        return None
    return (" ".join(words), "unnamed", None)


def _is_person_noun(word: str) -> bool:
    """A noun naming a person: a title or occupation of titles.tsv, or a person noun of
    speaker_nouns.tsv ("delegate", "eyewitness"); "the banner read" names none."""
    w = word.lower()
    return w in titles() or _noun_kind(w) == "person"


def _bare_name(words: list[str]) -> str:
    """A speaker's name without the titles before it or the letters after it, for a name
    no extractor knows: "Judge Durham Hall QC" -> "Durham Hall"."""
    known = titles()
    last = max((i for i, w in enumerate(words[:-1]) if w.lower() in known), default=-1)
    words = words[last + 1:]
    while len(words) > 1 and words[-1].rstrip(".,") in POSTNOMINALS:
        words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """Lower-cased, accents stripped: for comparing family names ("Doğan" = "Dogan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


#: modifiers of a body's noun that tell nothing of its name ("the state agency")
_PLAIN_MODIFIERS = frozenset("state local national federal regional official government foreign other "
                             "central private public international".split())


def _terminal(seg: str) -> int:
    """Where the first sentence of ``seg`` ends (len(seg) if it does not): a . ! or ? that
    is not part of an initial ("U.S.", "George W.") or an abbreviation ("Gen.", "Rep.")."""
    for m in _TERMINAL.finditer(seg):
        if seg[m.start()] == ".":
            i = m.start()
            j = i
            while j > 0 and (seg[j - 1].isalnum() or seg[j - 1] == "."):
                j -= 1
            token = seg[j:i]
            if token.lower() in _ABBREVIATIONS or (len(token.replace(".", "")) <= 2 and token[:1].isupper()):
                continue
        return m.start()
    return len(seg)


def _is_participle(cue: str) -> bool:
    word = cue.split()[0].lower()
    return word.endswith("ing") and word != "according"


# --------------------------------------------------------------------------- candidates

@dataclass
class _Candidate:
    open: int                 # position of the opening mark
    close: int | None         # position of the closing mark (None: runs to paragraph end)
    para: int                 # paragraph index
    segments: list[tuple[int, int]] = field(default_factory=list)   # trimmed inner spans
    unclosed: bool = False
    continues: bool = False   # runs on into the next paragraph

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
        b -= 1
    return a, b


def _scan_paragraph(text: str, ps: int, pe: int, marks: list[int]):
    """Quotation pairs of one paragraph: ([(open, close, kind)], [unclosed (pos, kind)], the
    position of a closing double mark that opens the paragraph's marks, or None).
    ``marks``: the positions of its marks (_marks)."""
    stray = None
    stack: list[tuple[int, str]] = []
    kinds: list[str] = []               # the kinds of ``stack``, for membership tests
    pairs: list[tuple[int, int, str]] = []
    for pos in marks:
        ch = text[pos]
        prev = text[pos - 1] if pos > ps else " "
        nxt = text[pos + 1] if pos + 1 < pe else " "
        open_ctx = prev in _OPEN_BEFORE or prev in _OPENING_MARKS
        close_ctx = nxt in _CLOSE_AFTER or nxt in "”’»\""
        has_double = "d" in kinds
        if ch == '"':
            kind = "d"
            if open_ctx and not close_ctx:
                role = "open"
            elif close_ctx and not open_ctx:
                role = "close"
            else:
                role = "close" if has_double else "open"
        elif ch in "“«„":
            kind = "d"
            role = "close" if has_double and (close_ctx and not open_ctx or ch == "“" and (
                nxt in ",.;:" or prev == "," or prev in ".!?" and pos == marks[-1]
                or nxt.islower() and text[pos - 2:pos] == ", ")) else "open"
            # (an opening mark typed to close an open quote: 'Ukraine “, – said A', 'ally,“A said',
            # 'season, “said the chancellor',
            # 'terrorism.“The spokesman said' as the paragraph's last mark; not 'term.“The studies
            # will …”': a quote after a quote)
        elif ch in "”»":
            kind = "d"
            role = "open" if (not has_double and open_ctx and not close_ctx) else "close"
        elif ch == "‘":
            if prev.isalnum():
                continue
            kind, role = "s", "open"
        elif ch == "'":
            # straight single quotes: an opening one stands before a word after a space
            # ("'We will…"); a closing one closes an open one; anything else is an apostrophe
            if prev.isalnum() and nxt.isalnum():
                continue
            if open_ctx and (nxt.isalnum() or nxt == "["):
                kind, role = "s", "open"
            elif "s" in kinds and not prev.isspace() and close_ctx:
                kind, role = "s", "close"
            else:
                continue
        else:  # ’: apostrophe unless it closes an open single quote
            if prev.isalnum() and nxt.isalnum():
                continue
            if nxt == "’" and "s" not in kinds:
                kind, role = "d", "close"   # „…’’: two single marks typed for a double one
            elif "s" not in kinds:
                continue
            else:
                kind, role = "s", "close"
        if role == "open":
            stack.append((pos, kind))
            kinds.append(kind)
            continue
        for i in range(len(stack) - 1, -1, -1):
            if stack[i][1] == kind:
                break
        else:
            if kind == "d" and pos == marks[0]:
                stray = pos     # a closing mark first in the paragraph: its opening one may be lost
            continue  # a stray closing mark
        pairs.append((stack[i][0], pos, kind))
        del stack[i:]
        del kinds[i:]
    return pairs, stack, stray


#: a reporting clause right after a closing mark: ', he said', '," Jane Doe, the minister, told'
_LOST_OPENING = re.compile(r"[ ]?[,.]?[ ]*((?:[\w.’'-]+,?[ ]){1,8}?)?(?:said|says|added|told|stated|mentioned|noted|stressed)\b")
#: a reporting verb in a paragraph's narrative
_NARRATIVE_CUE = re.compile(r"\b(?:said|says|told|added|stated)\b")


def _candidates(text: str, paragraphs: list[tuple[int, int]], marks: list[int] | None = None
                ) -> list[_Candidate]:
    out: list[_Candidate] = []
    pending: _Candidate | None = None        # a quote running on from the previous paragraph
    if marks is None:
        marks = _marks(text)
    k, n = 0, len(marks)                # marks[k:] lie in this paragraph or later ones
    for index, (ps, pe) in enumerate(paragraphs):
        if k == n:
            break                       # no mark left: nothing to pair
        if marks[k] >= pe:
            continue                    # no mark: nothing to pair, and a pending quote waits
        k2 = bisect_left(marks, pe, k)
        pairs, unclosed, stray = _scan_paragraph(text, ps, pe, marks[k:k2])
        k = k2
        if stray is not None and pending is None \
                and (lost := _LOST_OPENING.match(text, stray + (2 if text.startswith("’’", stray) else 1))) is not None \
                and text[ps].isupper() and (lost.group(1) or not _NARRATIVE_CUE.search(text, ps, stray)):
            # (a cue right after the mark, '…," said A', only where no cue before it in the
            # paragraph tells of speech in the narrator's words: 'A said it was hoped …')
            # 'I came here to consult ... nations," he said.': a paragraph of speech whose
            # opening mark was lost, closed and attributed as a quote is; after a quote left
            # open at the end of the paragraph before, it is that quote's end
            prev = out[-1] if out else None
            if prev is not None and index - 3 <= prev.para < index and prev.close is None and prev.unclosed \
                    and prev.segments[-1][1] >= paragraphs[prev.para][1] - 1 \
                    and bisect_left(marks, ps) == bisect_left(marks, paragraphs[prev.para][1]):
                # (also over up to two paragraphs between with no mark at all: the speech runs on)
                prev.segments[-1] = (prev.segments[-1][0], _trim(text, ps, stray)[1])    # (one quote, as written)
                prev.close, prev.unclosed = stray, False
            elif text.count(" ", ps, stray) >= 5:
                out.append(_Candidate(open=ps, close=stray, para=index, segments=[_trim(text, ps, stray)]))
        nxt_open = index + 1 < len(paragraphs) and text[paragraphs[index + 1][0]] in _OPENING_MARKS
        run_on = next((pos for pos, kind in unclosed if kind == "d"), None) if unclosed else None
        if run_on is not None and nxt_open:
            # the multi-paragraph convention is for whole sentences: 'said "sure of it.' is a stray mark
            body = text[run_on + 1:pe].lstrip(" [(")
            nxt_open = bool(body) and (body[0].isupper() or body[0].isdigit())
        run_on_single = unclosed[0][0] if run_on is None and unclosed else None
        spans: list[tuple[int, int | None]] = []
        # outermost closed pairs (a pair inside a run-on quote belongs to it when it runs on)
        pairs.sort()
        reach = -1
        for o, c, _ in pairs:
            if c <= reach:
                continue
            if run_on is not None and nxt_open and o > run_on:
                continue
            spans.append((o, c))
            reach = c
        if run_on is not None:
            if nxt_open:
                spans.append((run_on, None))
            elif not any(o > run_on for o, _ in spans):
                spans.append((run_on, None))     # unbalanced: kept only with a cue
        elif run_on_single is not None and nxt_open and text[paragraphs[index + 1][0]] in "‘'":
            spans.append((run_on_single, None))
        spans.sort()
        for o, c in spans:
            a, b = _trim(text, o + 1, pe if c is None else c)
            if b <= a:
                continue
            if pending is not None and o == ps:
                pending.segments.append((a, b))
                pending.close = c
                pending.continues = c is None and nxt_open
                if not pending.continues:
                    pending.unclosed = c is None
                    pending = None
                continue
            if pending is not None:
                pending.unclosed, pending = True, None
            cand = _Candidate(open=o, close=c, para=index, segments=[(a, b)])
            if c is None:
                if nxt_open and (o, c) == spans[-1]:
                    cand.continues = True
                    pending = cand
                else:
                    cand.unclosed = True
            out.append(cand)
    if pending is not None:
        pending.unclosed = True
    return out


# --------------------------------------------------------------------------- resolution

Speaker = tuple[str, str, str | None]   # name, kind, key


#: a courtesy title glued to the name after it ("Mr.Ahmad")
_GLUED_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.[A-Z][a-z]")


#: "government" after a state's name or demonym ("the UK government", "the Japanese Government")
_GOVERNMENT_AFTER = re.compile(r" [Gg]overnment\b")


class _Resolver:
    """Per-article state for speaker resolution."""

    def __init__(self, article: Article, persons, organizations, countries,
                 masked: str, paragraphs: list[tuple[int, int]], sentences):
        self.text = article.text
        self.dateline = article.dateline
        self.sent_starts = [s.start for s in sentences]
        self.masked = masked
        self.paragraphs = paragraphs
        self.para_starts = [p[0] for p in paragraphs]
        self.persons = list(persons)
        self.organizations = list(organizations)
        self.countries = list(countries)
        self._dominant: str | None = None     # _dominant_state, computed when first asked
        # every mention that does not start inside a quote
        n = len(masked)
        mentions = [(m.start, m.end, "person", p) for p in persons for m in p.mentions
                    if 0 <= m.start < n and masked[m.start] != MASK]
        #: persons by the initials of their office ("NSA": the National Security Adviser)
        self.by_initials: dict[str, list] = {}
        for p in persons:
            if p.role and " " in p.role and p.role[:1].isupper():   # (not "spokesman of the Armed
                self.by_initials.setdefault(_initials(p.role), []).append(p)    # Forces of X": the body's)
        for o in organizations:   # "the NSA" after "National Security Adviser A Bcd": A Bcd
            holders = self.by_initials.get(o.name) if o.name.isupper() and len(o.name) <= 4 else None
            kind, obj = ("person", holders[0]) if holders and len(holders) == 1 else ("organization", o)
            mentions += [(m.start, m.end, kind, obj) for m in o.mentions if 0 <= m.start < n and masked[m.start] != MASK]
        mentions += [(m.start, m.end, "country", c) for c in countries for m in c.mentions
                     if 0 <= m.start < n and masked[m.start] != MASK]
        # by start, the longer first (two stable sorts on C keys: the order of key (start, -end))
        mentions.sort(key=_BY_END, reverse=True)
        mentions.sort(key=_BY_START)
        self.mentions = mentions
        self.starts = [m[0] for m in mentions]
        self.person_names = {p.name for p in persons}
        self._gender: dict[str, str] | None = None
        self._weak_gender: set[str] = set()
        #: the previous quote's speaker and where it was named (set by extract_quotes)
        self.last_speaker: tuple[Speaker, int] | None = None
        #: the end of the previous quote whose cue has an unnamed subject ("The head of X told")
        self.last_unnamed: int | None = None
        self.last_unnamed_speaker: Speaker | None = None   # its description, where one was given
        #: the speaker of the last quote taken from each kind of document ("X said in a
        #: statement", "a Kestrian embassy press release said"), by the document's noun
        self.last_documents: dict[str, Speaker] = {}
        #: the speaker of the last quote a person "wrote", and where it ended ("the letter stated")
        self.last_letter: tuple[Speaker, int] | None = None
        #: the span of the quote being attributed (set by extract_quotes)
        self.quote_span: tuple[int, int] = (0, 0)

    @cached_property
    def person_by_family(self) -> dict[str, Person]:
        """Persons by folded family name (built on first use: name() only reads it)."""
        by_family: dict[str, Person] = {}
        for p in self.persons:
            words = p.name.split()
            if words:
                by_family.setdefault(_fold(words[-1]), p)
        for p in self.persons:          # "Abdollahian said", of "Hossein Amir-Abdollahian"
            tail = p.name.rpartition(" ")[2].rpartition("-")[2]
            if len(tail) > 3 and tail != p.name.rpartition(" ")[2] and tail[:1].isupper():
                by_family.setdefault(_fold(tail), p)
        return by_family

    @cached_property
    def person_by_part(self) -> dict[str, Person]:
        """Then other parts of names, for single-word runs (a family name written first, a
        given name, a popular name)."""
        by_part: dict[str, Person] = {}
        for p in self.persons:
            for w in p.name.split()[:-1]:
                if len(w) > 2 and w[0].isupper() and not w.endswith("."):
                    by_part.setdefault(_fold(w), p)
        return by_part

    # -- helpers -------------------------------------------------------------------

    def _between(self, a: int, b: int, kind: str | None = None):
        i = bisect_left(self.starts, a)
        j = bisect_right(self.starts, b)
        return [m for m in self.mentions[i:j] if m[1] <= b and (kind is None or m[2] == kind)]

    def _speaker(self, m) -> Speaker:
        obj, kind = m[3], m[2]
        if kind == "person":
            return obj.name, "person", obj.key or None
        if kind == "organization":
            if obj.name in _MINISTRY_INITIALS:
                obj = self._body_named(obj.name) or obj     # "the MoD": the ministry named before
            return obj.name, "organization", obj.name
        gov = _GOVERNMENT_AFTER.match(self.text, m[1]) if self.text[m[1] - 1:m[1]].isalpha() else None
        if gov is not None:
            # "according to the Chilean government": the government as the article names it
            return self.text[m[0]:gov.end()], "country", obj.code
        return obj.name, "country", obj.code

    def window_start(self, pos: int, ps: int) -> int:
        """Start of the sentence holding ``pos`` (not before the paragraph start ``ps``)."""
        i = bisect_right(self.sent_starts, pos) - 1
        return max(self.sent_starts[i], ps) if i >= 0 else ps

    def _next_sentence_start(self, pos: int) -> int:
        """Start of the sentence after the one holding ``pos`` (the text's end if none)."""
        i = bisect_right(self.sent_starts, pos)
        return self.sent_starts[i] if i < len(self.sent_starts) else len(self.masked)

    def _para_of(self, pos: int) -> int:
        return max(bisect_right(self.para_starts, pos) - 1, 0)

    def _narrative_back(self, pos: int, n: int) -> int:
        """The start of the paragraph ``n`` before the one holding ``pos``, not counting
        paragraphs that are all quotation (a statement run over four paragraphs, then "he
        said": the narrative before the statement is as near as one paragraph's)."""
        k = self._para_of(pos)
        masked = self.masked
        while n and k:
            k -= 1
            ps, pe = self.paragraphs[k]
            if masked[ps] != MASK or masked[pe - 1] != MASK or masked.find(" ", ps, pe) >= 0:
                n -= 1
        return self.paragraphs[k][0]

    def described(self, phrase: str, pos: int) -> Speaker | None:
        """_unnamed's speaker for a description, or for an unnamed spokesman the body he
        speaks for ("A spokesman for the trust said": the trust)."""
        if phrase[:4] in ("its ", "Its "):
            # '"We regret …," its delegate told ...': the delegate of the state or body named
            # last before, in this paragraph or the one before
            limit = self.paragraphs[max(self._para_of(pos) - 1, 0)][0]
            owners = [m for m in (self._before(pos, "country", limit), self._before(pos, "organization", limit)) if m]
            if owners:
                return self._speaker(max(owners, key=lambda m: m[0]))
        if "iplomacy" in phrase or "oreign" in phrase:
            hd = _HEAD_OF_DIPLOMACY.search(phrase)
            if hd is not None and phrase[:hd.start()].strip() in ("", "the", "The") \
                    and (spk := self.nominal("", "head", pos)) is not None:
                return spk              # "The head of Kestrian diplomacy said": the foreign minister
        spk = _unnamed(phrase)
        return (self.spokes_body(spk[0], pos) or spk) if spk is not None else None

    def spokes_body(self, phrase: str, pos: int) -> Speaker | None:
        """The body an unnamed spokesman speaks for: "spokesman for the trust" -> the trust
        named before, "spokeswoman for Velor Airways" -> that company; a bare "spokesman" ->
        the organisation named last in this paragraph or the one before. None otherwise."""
        m = _SPOKES_FOR.fullmatch(phrase)
        if m is None:
            return None
        body = m.group(1)
        if body:
            words = body.split()
            if words[0][:1].isupper():
                return self.name(body)
            # ("the trust", a noun the speaker nouns lack: the body named before that holds it)
            return self.nominal(" ".join(words[:-1]), words[-1], pos) or self._body_of_noun(words[-1], pos)
        o = self._last_body(pos)
        return self._speaker(o) if o else None

    def _body_of_noun(self, head: str, pos: int) -> Speaker | None:
        """The body named before ``pos`` whose name holds ``head`` ("the court", "the trust"):
        the most mentioned so far, the latest on a tie (the Court of Session the article is
        about, not the Supreme Court named in passing)."""
        j = bisect_left(self.starts, pos)
        low = head.lower()
        tally: dict[str, list] = {}
        for m in islice(reversed(self.mentions), len(self.mentions) - j, None):
            if m[2] == "organization" and (low in m[3].name.lower()
                                           or low in (listed_name(m[3].name) or "").lower()):
                tally.setdefault(m[3].name, [0, m])[0] += 1     # ("the bureau": the FBI)
        return self._speaker(max(tally.values(), key=lambda t: t[0])[1]) if tally else None

    def _last_body(self, pos: int):
        """The organisation mention named last before ``pos``, in its paragraph or the one before."""
        return self._before(pos, "organization", self.paragraphs[max(self._para_of(pos) - 1, 0)][0])

    def _before(self, pos: int, kind: str, limit: int):
        """Nearest mention of ``kind`` ending before ``pos`` and after ``limit``."""
        j = bisect_left(self.starts, pos)
        for m in islice(reversed(self.mentions), len(self.mentions) - j, None):
            if m[0] < limit:
                break
            if m[2] == kind and m[1] <= pos:
                return m
        return None

    # -- speaker phrases -------------------------------------------------------------

    def _genders(self) -> dict[str, str]:
        """'m' or 'f' for persons the text genders cheaply: a gendered title or noun right
        before a mention ("Mrs", "his wife"), or the pronouns of sentences naming them alone."""
        if self._gender is not None:
            return self._gender
        tally: dict[str, list[int]] = {}
        masked = self.masked
        for p in self.persons:
            t = tally.setdefault(p.name, [0, 0])
            words = p.name.split()
            if len(words) > 1 and words[0] in family_first_names():
                words = words[1:]       # ("Kim Jong-un": the family name first, "Kim" no given name)
            if len(words) > 1:          # the given name's usual gender ("Anna", "Pavel")
                g = given_name_gender(words[0])
                if g in ("m", "f") and (len(words) == 2 or given_name_gender(words[1]) in (None, g)):
                    t[0 if g == "m" else 1] += 1    # ("Mumtaz Zahra Baloch": two genders, none)
            for word in _WORD.findall((p.role or "").lower()):
                if word in _GENDERED:   # "spokeswoman", "Crown Prince"
                    t[0 if _GENDERED[word] == "m" else 1] += 3
            for m in p.mentions:
                g = _GENDER_BEFORE.search(masked, max(m.start - 25, 0), m.start)
                if g:
                    t[0 if g.group(1).lower() in _MALE_WORDS else 1] += 3
                g = _GENDER_APPOSED.match(masked, m.end)
                if g:   # "Hatice Cengiz, fiancée of ...", "X, his wife,"
                    t[0 if _GENDERED[g.group(1).lower()] == "m" else 1] += 3
        starts = self.sent_starts + [len(masked)]
        by_sentence: dict[int, set[str]] = {}
        first_named: dict[int, int] = {}
        for m in self.mentions:
            if m[2] == "person":
                i = bisect_right(self.sent_starts, m[0]) - 1
                by_sentence.setdefault(i, set()).add(m[3].name)
                first_named.setdefault(i, m[0])
        for i, names in by_sentence.items():
            if len(names) != 1 or i < 0:
                continue
            if _HE.search(masked, starts[i], first_named[i]) or _SHE.search(masked, starts[i], first_named[i]):
                continue    # ('"…," she told A, who praised her': a pronoun before the name is someone else)
            if _OF_OBJECT_END.search(masked, max(starts[i], first_named[i] - 40), first_named[i]):
                continue    # ("The sister of leader A said her ...": the pronoun is the sister's)
            seg = masked[starts[i]:starts[i + 1]]
            he = len(_HE.findall(seg))
            she = len(_SHE.findall(seg))
            if he or she:
                t = tally[next(iter(names))]
                t[0] += he
                t[1] += she
        self._gender = {name: ("m" if he > she else "f") for name, (he, she) in tally.items() if he != she}
        # a gender from the given-name dictionary alone is weak ("Nouri" is French and female
        # there, Arabic and male in the news)
        self._weak_gender = {name for name, (he, she) in tally.items() if he + she == 1}
        return self._gender

    def _in_relative_clause(self, m) -> bool:
        """Whether the mention ``m`` stands in a relative clause set off by commas after a
        person ("A, who stood alongside B, said ...": B is not the sentence's actor)."""
        rel = _RELATIVE_OPEN.search(self.masked, max(0, m[0] - 60), m[0])
        if rel is None or "," in self.masked[rel.end():m[0]]:
            return False
        if self.masked.find(",", m[1], m[1] + 40) < 0:
            return False                # (the clause closes: the sentence's verb comes after it)
        before = self._between(max(0, rel.start() - 40), rel.start(), "person")
        return bool(before) and before[-1][1] == rel.start()

    def _same_sentence(self, a: int, b: int) -> bool:
        starts = self.sent_starts
        return bisect_right(starts, a) == bisect_right(starts, b)

    def _opens_its_sentence(self, start: int, i: int) -> bool:
        """Whether a mention at ``start`` opens sentence ``i`` after at most a title (three
        capitalised words), or after a participle's phrase and its comma ("Speaking on
        television yesterday, A Bcd touched on ..."): the sentence's subject."""
        text = self.masked[self.sent_starts[i]:start]
        lead = text.split()
        if len(lead) <= 5 and all(w[:1].isupper() for w in lead):
            return True
        k = text.rfind(", ")
        if not 0 < k <= 70:
            return False
        title = text[k + 2:].split()
        if _is_person_noun(text[:k].rpartition(" ")[2]):
            return False                # "Speaking after talks with his counterpart, A Bcd, the
                                        # visiting President": A is in apposition, not the subject
        return len(title) <= 3 and all(w[:1].isupper() for w in title) \
            and bool(_FRONTED.match(text, 0, k) or _FRONTED_PHRASE.match(text, 0, k)
                     or _FRONTED_LINK.fullmatch(text, 0, k))

    def _pronoun_opens_sentence(self, pos: int) -> bool:
        """Whether the pronoun at ``pos`` is its sentence's first word ("He described it")."""
        i = bisect_right(self.sent_starts, pos) - 1
        return i >= 0 and not self.masked[self.sent_starts[i]:pos].strip()

    def _opens_sentence_before(self, m, pos: int) -> bool:
        """Whether mention ``m`` opens (after at most a title) the sentence of ``pos`` or the
        one before it: the subject a pronoun there most likely refers to."""
        starts = self.sent_starts
        if not starts:
            return False
        i, j = bisect_right(starts, m[0]) - 1, bisect_right(starts, pos) - 1
        while j - i > 1 and self.masked[starts[j]:starts[j] + 1] == MASK:
            j -= 1                      # (the sentences of a quote before the pronoun are not the text's)
        if i < 0 or j - i not in (0, 1):
            return False
        return self._opens_its_sentence(m[0], i)

    def _possessive_topic(self, m, best, pos: int) -> bool:
        """Whether the possessor ``m`` opens the sentence right before the pronoun's, after
        at most a title ("Actor Brendan Fraser's appearance was ... He quipped"), while
        ``best`` is named in an earlier sentence: then the possessor is the topic."""
        if not _POSSESSIVE.match(self.masked, m[1]):
            return False
        starts = self.sent_starts
        i = bisect_right(starts, m[0]) - 1
        if i < 0 or bisect_right(starts, pos) - 1 != i + 1:
            return False
        if bisect_right(starts, best[0]) - 1 >= i:
            # "C's tour of the region took in talks with President A and B. ... he met ...":
            # a name further in the possessor's sentence, after a clause of its own
            # (not "Putin's spokesman A said ...": the possessor's own title and name)
            gap = self.masked[m[1]:best[0]]
            if best[0] < m[1] or sum(1 for w in gap.split() if w.islower()) < 4:
                return False
            nxt = self.masked[best[1]:best[1] + 20].split()[:1]
            if nxt and nxt[0].islower() and nxt[0] not in _OBJECT_FOLLOWERS:
                return False            # ("When B's budget was sent, Secretary A defended it": A's clause)
        return self._opens_its_sentence(m[0], i)

    def _reported_subject(self, m) -> bool:
        """Whether mention ``m`` is the subject of a clause another person of its sentence
        reports ("Mr. Bcd said Mr. Efg had proposed cuts. He said "…"", "Mr. Efg had
        proposed cuts, he said"): the reporter, not the one reported on, is the topic a
        following "he" continues."""
        i = bisect_right(self.sent_starts, m[0]) - 1
        s0 = self.sent_starts[i] if i >= 0 else 0
        s1 = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.masked)
        if _REPORTING_AFTER.search(self.masked, m[1], min(s1, m[1] + 200)):
            return True                 # "A Bcd was also sentenced, he said": what he reports
        cue = None
        for cue in _cues().finditer(self.masked, max(s0, m[0] - 45), m[0]):
            pass
        if cue is None or cue.group(0).endswith("ing") or not _REPORTED_GAP.fullmatch(self.masked, cue.end(), m[0]):
            return False
        if self.masked[max(0, cue.start() - 2):cue.start()] == ", " and self.masked[m[1]:m[1] + 1] in (",", "."):
            return False                # "A is still there, said B, who …": B reports (inverted)
        if _PRONOUN_SUBJECT_END.search(self.masked, max(s0, cue.start() - 5), cue.start()):
            return True                 # "where he says Syrian President A is the obstacle"
        nominal = _nominal_subject().match(self.masked, s0, cue.end())
        if nominal is not None and nominal.end() == cue.start() and nominal.group(2).islower() \
                and _noun_kind(nominal.group(2)) == "person":
            return True                 # "The Kremlin aide also noted that Defence Minister A …"
        return any(k[2] == "person" and k[3] is not m[3] for k in self._between(s0, cue.start()))

    def _first_of_pair(self, m):
        """'Dr A Bcd and C Def of the University say': the first of two persons joined by
        "and" speaks for both."""
        j = bisect_left(self.starts, m[0])
        for k in range(j - 1, max(j - 4, -1), -1):
            x = self.mentions[k]
            if x[2] == "person" and x[3] is not m[3] and x[1] <= m[0] \
                    and _PAIR_GAP.fullmatch(self.masked, x[1], m[0]):
                return x
        return m

    def _previous_sentence(self, pos: int) -> int:
        """The index of the sentence before ``pos``'s, past sentences inside a quote (-1 if none)."""
        i = bisect_right(self.sent_starts, pos) - 2
        while i >= 0 and self.masked[self.sent_starts[i]:self.sent_starts[i] + 2].strip() in (MASK, MASK * 2) \
                and not self._told_after_quote(i):
            i -= 1
        return i

    def _told_after_quote(self, i: int) -> bool:
        """Whether sentence ``i``, opening on a quote, goes on after it with a clause of the
        text's ('"…." This was said by Prime Minister A at ...'): five words or more."""
        a = self.sent_starts[i]
        b = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.masked)
        k = self.masked.rfind(MASK, a, b)
        return len(self.masked[k + 1:b].split()) >= 5

    def _pronoun_chain(self, w: str, pos: int, depth: int = 0) -> Speaker | None:
        """"Silva expressed … ¶ He stressed … ¶ On Libya, he said … ¶ He expressed …, saying:
        "…"": where "he" (``w``) at ``pos`` reaches nobody, the one the same pronoun stood for as
        a subject of the sentence before, no person named since (six sentences back at most)."""
        i = self._previous_sentence(pos)
        if i < 0 or depth >= 6 or self._between(self.sent_starts[i], pos, "person"):
            return None
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.masked)
        m = _SUBJECT_PRONOUN[w].search(self.masked, self.sent_starts[i], min(end, pos))
        if m is None:
            return None
        return self._he_she(w, m.start()) or self._pronoun_chain(w, m.start(), depth + 1)

    def _leading_pronoun(self, w: str, pos: int) -> int | None:
        """The position of a "He"/"She" (``w``) opening the sentence before ``pos``'s, where
        no person is named opening a sentence between it and ``pos``: the same person
        ('He said President A invited B. "…," he said.')."""
        i = self._previous_sentence(pos)
        if i < 0:
            return None
        s0 = self.sent_starts[i]
        m = _LEADING_PRONOUN.match(self.masked, s0, pos)
        if m is None or m.group(1).lower() != w:
            return None
        if self.last_speaker is not None and m.end(1) < self.last_speaker[1] < pos:
            return None                 # a quote someone spoke since ('"…," A told the panel')
        own_end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.masked)
        for x in self._between(m.end(1), pos, "person"):
            if x[0] >= own_end:
                return None             # named in a later sentence ('"…," A told the panel')
            if self._opens_its_sentence(x[0], bisect_right(self.sent_starts, x[0]) - 1):
                return None             # someone else is the subject since
        return m.start(1)

    def _leading_nominal(self, w: str, pos: int) -> Speaker | None:
        """The previous quote's speaker, when a description of them opens the sentence before
        ``pos``'s ('"…," A Bcd said. The ministry official pointed out ... "…," she said'),
        the pronoun ``w`` fits them and no person is named opening a sentence since."""
        i = self._previous_sentence(pos)
        if i < 0:
            return None
        s0 = self.sent_starts[i]
        m = _LEADING_NOMINAL.match(self.masked, s0, pos)
        if m is None:
            return None
        mods, head, at = m.group(1), m.group(2), s0 + m.start(1)
        if _noun_kind(head.lower()) != "person" and (of := _LEADING_OFFICE_OF.match(self.masked, s0, pos)) is not None:
            # "The President of France described …": France's President
            m, mods, head, at = of, of.group(2), of.group(1), s0 + of.start(2)
        if _noun_kind(head.lower()) != "person":
            return None
        first = self.last_speaker is None and self.last_unnamed is None   # (no quote before)
        if not first and mods.strip() and self.masked.startswith(w.capitalize() + " ", pos) \
                and bisect_right(self.sent_starts, pos) - 2 == i:
            # 'The Russian president declared … He believes that "…"': a description with a
            # modifier opening the sentence right before the one "He" opens, whoever spoke last
            first = True
        if not first and (self.last_speaker is None or self.last_speaker[0][1] != "person"
                          or (self.last_unnamed is not None and self.last_speaker[1] < self.last_unnamed)):
            return None
        if not first and m.end() < self.last_speaker[1] < pos:
            return None                 # a quote someone spoke since
        for x in self._between(m.end(), pos, "person"):
            if self._opens_its_sentence(x[0], bisect_right(self.sent_starts, x[0]) - 1):
                return None             # someone else is the subject since
        spk = self.nominal(mods, head, at)
        if spk is None or spk[1] != "person" or (not first and spk != self.last_speaker[0]) \
                or self._genders().get(spk[0]) not in (None, "m" if w == "he" else "f"):
            return None
        # ('In remarks to reporters, the US envoy voiced his resolve ... "…," he said', before
        # any quote: the envoy)
        return spk

    def _only_speaker_since(self, speaker: Speaker, w: str, a: int, b: int) -> bool:
        """Whether every reporting verb between ``a`` and ``b`` has the pronoun ``w`` or a
        description of ``speaker`` as subject ('The Russian leader said …. Trade grows, he
        said.'), so that no one else spoke since."""
        for c in _cues().finditer(self.masked, a, b):
            before = self.masked[max(a, c.start() - 60):c.start()]
            pe = _pronoun_end(before)
            if pe is not None and pe[0].lower() == w:
                continue
            n = _NOMINAL_END.search(before)
            if n is not None and _noun_kind(n.group(2).lower()) == "person" \
                    and self.nominal(n.group(1), n.group(2), c.start() - len(before) + n.start()) == speaker:
                continue
            return False
        return True

    def _says_after(self, end: int) -> bool:
        """A finite reporting verb right after a mention ending at ``end`` ("A said")."""
        i = end + 1 if self.masked.startswith(" ", end) else end
        adverb = _SAYING_ADVERB.match(self.masked, i)     # ("A also said")
        m = _cues().match(self.masked, adverb.end() if adverb else i)
        return m is not None and not m.group().endswith("ing")

    def _agent_of_thing(self, m, t: int) -> bool:
        """Whether the person mention ``m`` (its title from ``t``) is the agent of a passive
        whose subject is no person: "Brazil was asked by President A Bcd to lead" (A asked);
        not "C was received by A" (C, the sentence's person, is whom a pronoun goes back to)."""
        if _PASSIVE_AGENT.search(self.masked, max(t - 60, 0), t) is None:
            return False
        s0 = self.sent_starts[max(bisect_right(self.sent_starts, t) - 1, 0)] if self.sent_starts else 0
        return not any(x[2] == "person" and s0 <= x[0] < t for x in self.mentions)

    def _title_start(self, m) -> int:
        """Where the person's title written before mention ``m`` starts ("with Minister of
        Foreign Affairs of Turkey HE A Bcd", "with Russian President A Bcd"), else the
        mention's own start."""
        role = m[3].role if m[2] == "person" else None
        if not role or len(role) > 120:
            return m[0]
        base = max(0, m[0] - len(role) - 20)
        head = self.masked[base:m[0]]
        styled = True
        while styled:                   # the styles between title and name ("HE Sheikh")
            styled = next((st for st in _STYLES_AFTER_OFFICE if head.endswith(st)), None)
            head = head[:-len(styled)] if styled else head
        head = head.rstrip()
        if head.endswith(","):          # "by Kestria's foreign minister, A Bcd": an apposition
            head = head[:-1]
        if not head.lower().endswith(role.lower()):
            return m[0]
        start = base + len(head) - len(role)
        if self.masked.endswith(("then-", "ex-"), 0, start):
            start = self.masked.rfind(" ", 0, start) + 1    # ("hosted by then-president A")
        k = self.masked.rfind(" ", 0, start - 1) + 1
        if start and self.masked[start - 1] == " " \
                and country_aliases().get(self.masked[k:start - 1], ("", ""))[1] in ("demonym", "short"):
            start = k                   # ("by hugging Russian President A": the demonym opens it;
                                        # "a visit by U.S. Adviser A": a short form does)
        return start

    def latter_or_former(self, word: str, pos: int) -> Speaker | None:
        """"A invited B to visit, while the latter said": of the last two persons named before
        ``pos`` (in this sentence or the one before), the second; "the former": the first."""
        k = bisect_right(self.sent_starts, pos) - 2
        named: list = []
        for m in self._between(self.sent_starts[k] if k >= 0 else 0, pos, "person"):
            if m[3] in named:
                named.remove(m[3])
            named.append(m[3])          # (in the order of their last mentions)
        if len(named) < 2:
            return None
        p = named[-1] if word == "latter" else named[-2]
        return p.name, "person", p.key or None

    def pronoun(self, word: str, pos: int, chained: bool = False) -> Speaker | None:
        w = word.lower()
        if w in ("he", "she") and not chained and _SAID_BEFORE_PRONOUN.search(self.masked, max(0, pos - 16), pos):
            # "The secretary general added that he meant ...": the nominal opening the sentence
            s0 = self.sent_starts[max(bisect_right(self.sent_starts, pos) - 1, 0)] if self.sent_starts else 0
            m = _LEADING_NOMINAL.match(self.masked, s0, pos)
            if m is not None and m.end() <= pos and _noun_kind(m.group(2).lower()) == "person":
                spk = self.nominal(m.group(1), m.group(2), s0 + m.start(2))
                if spk is not None and spk[1] == "person" \
                        and self._genders().get(spk[0]) in (None, "m" if w == "he" else "f"):
                    return spk
        if w in ("he", "she") and not chained:
            lead = self._leading_pronoun(w, pos)
            if lead is not None:
                for _ in range(6):      # "He has had talks with A and B. He met C. He also
                    back = self._leading_pronoun(w, lead)   # spoke to D": the first "He" of the run
                    if back is None:
                        break
                    lead = back
                return self.pronoun(word, lead, True)
            described = self._leading_nominal(w, pos)
            if described is not None:
                return described
        if w in ("he", "she"):
            found = self._he_she(w, pos)
            if found is None:
                found = self._pronoun_chain(w, pos)
            genders = self._genders()
            if found is not None and found[1] == "person" and found[0] not in genders:
                # '"…," he told Zelensky': the one "he" stands for is a man from now on
                genders[found[0]] = "m" if w == "he" else "f"
                self._weak_gender.add(found[0])
            return found
        if w in ("i", "you"):
            return None                 # ("To them, I say, "…"": a person, named in the lists or not)
        if w == "it" and (i := self._previous_sentence(pos)) >= 0:
            # 'The bureau blamed the A group for it. It said they were "…"': the body
            # a nominal opening the sentence before names, not the last body named in it
            m = _LEADING_NOMINAL.match(self.masked, self.sent_starts[i], pos)
            if m is not None and _noun_kind(m.group(2).lower()) == "organization":
                spk = self.nominal(m.group(1), m.group(2), self.sent_starts[i] + m.start(2))
                if spk is not None and spk[0].lower() != m.group(2).lower():
                    return spk          # (not the bare noun of a body no list names)
        if w == "they":
            pair = self._pair_subject(pos)
            if pair is not None:        # "Minister A and Attorney-General B welcomed ... "…," they
                return pair             # said": a joint statement, given to the first named
        limit = max(pos - 600, self.paragraphs[max(self._para_of(pos) - 1, 0)][0])
        doc = self._document_subject(pos, limit)
        if doc is not None:
            # 'The report echoed warnings by the central bank. "…," it said.': the body that
            # issued the report, named before it, not the bodies the report's sentence names
            m = self._before(doc, "organization", limit)
            if m is not None:
                return self._speaker(m)
        m = self._before(pos, "organization", limit)
        while m is not None and m[3].name in platforms():
            m = self._before(m[0], "organization", limit)   # ("X shared a message on Twitter": X)
        if m is not None and (_PREP_OBJECT.search(self.masked, max(m[0] - 40, 0), m[0])
                              or _IN_BODY.search(self.masked, max(m[0] - 40, 0), m[0])):
            # "The X Mission said 18 of its workers were seized by the Taliban. ... "…," it said": the
            # body that spoke before, not the object of a preposition named after it ("brought to
            # the notice of officials in the ministry")
            spoke = self._before(m[0], "organization", limit)
            while spoke is not None and not self._says_after(spoke[1]) \
                    and not _ISSUED.match(self.masked, spoke[1]):
                spoke = self._before(spoke[0], "organization", limit)
            if spoke is not None and spoke[3].name != m[3].name:
                m = spoke
        if m is None and w == "it":
            # 'The ban covers nine lawmakers, the foreign ministry announced. "…," it added':
            # the body a nominal before a reporting verb names, no list naming any body
            said = _last_match(_nominal_subject(), self.masked, limit, pos)
            if said is not None and _noun_kind(said.group(2).lower()) == "organization":
                spk = self.nominal(said.group(1), said.group(2), said.start(2))
                if spk is not None:
                    return spk
        last = self.last_speaker
        if m is None and last is not None and last[0][1] in ("organization", "country") and last[1] < pos \
                and (self._para_of(pos) - self._para_of(last[1]) <= 1
                     or self._para_of(pos) - self._para_of(last[1]) == 2
                     and not self._between(last[1], pos, "organization")):
            # '"…," the presidential office said. "…," it added': the body no list names, quoted
            # last; over a paragraph that names no other body ("The statement said the remarks …")
            return last[0]
        return self._speaker(m) if m else None

    def _he_she(self, w: str, pos: int) -> Speaker | None:
        """The person "he" or "she" (``w``) at ``pos`` stands for."""
        want = "m" if w == "he" else "f"
        limit = self._narrative_back(pos, 3)
        j = bisect_left(self.starts, pos)
        genders = self._genders()
        fits, first = [], None
        for m in islice(reversed(self.mentions), len(self.mentions) - j, None):
            if m[0] < limit or len(fits) > 2 and not self._same_sentence(m[0], fits[-1][0]):
                break               # (three at most, and the rest of the sentence of the third)
            if m[2] != "person" or m[1] > pos:
                continue
            g = genders.get(m[3].name)
            # (a weak gender may be wrong for "he": "Nouri" is a female given name in the
            # dictionary; "she" after a man's given name is far rarer in the news)
            if g is None or g == want or (want == "m" and m[3].name in self._weak_gender
                                          and (self._para_of(m[0]) == self._para_of(pos)
                                               # (or the paragraph before, as the last quote's speaker
                                               # or with "He" opening the next: "A confirmed it.¶He
                                               # described it as "…"")
                                               or self._para_of(pos) - self._para_of(m[0]) == 1
                                               and (self.last_speaker is not None
                                                    and self.last_speaker[0][0] == m[3].name
                                                    or self._pronoun_opens_sentence(pos)))
                                          and self._opens_sentence_before(m, pos)):
                fits.append(m)
            elif first is None:
                first = m
        if want == "f" and len(fits) > 1 and not (genders.get(fits[0][3].name) is None
                                                   and self._opens_sentence_before(fits[0], pos)
                                                   and self._says_after(fits[0][1])):
            # "she" after a woman's name and a man's of a given name the lists do not know
            # ("Giorgos"): the woman; not over the one the sentence before reports ("A also
            # said that ... "…," she said")
            women = [m for m in fits if genders.get(m[3].name) == "f"]
            if women:
                fits = women
        told = _TOLD_AFTER.match(self.masked, pos)
        heard = next((m[3].name for m in self.mentions[j:j + 3] if m[2] == "person" and m[0] <= told.end() <= m[1]),
                     None) if told is not None else None
        if heard is not None and any(m[3].name == heard for m in fits):
            # '"…," he told Zelensky.': not the one he speaks to
            rest = [m for m in fits if m[3].name != heard]
            if not rest:
                # ('… he embraced Zelensky. "…," he told Zelensky.': the "he" before him is the one)
                prior = _last_match(_SUBJECT_PRONOUN[w], self.masked, limit, fits[0][0])
                if prior is not None:
                    return self._he_she(w, prior.start())
            fits = rest
        if len(fits) > 1:
            # '"We welcome the President of Cyprus …," he said': not the one the quote
            # speaks of (a mention of him inside it), while another fits
            q0, q1 = self.quote_span
            named = {p.name for p in self.persons if any(q0 <= m.start < q1 for m in p.mentions)}
            rest = [m for m in fits if m[3].name not in named]
            if rest and len(rest) < len(fits):
                fits = rest
        # a possessor ("Dronov's plan") is seldom the antecedent when a subject is near
        # nor is the one spoken to ("Speaking to Martin Smith, he said")
        # nor is the one spoken to or a prepositional object ("Speaking to Martin Smith, he
        # said"; "the murder of journalist X")
        sent_start = self.sent_starts[max(bisect_right(self.sent_starts, pos) - 1, 0)] if self.sent_starts else 0
        # nor the object ending the phrase the pronoun's sentence opens with ("Speaking at a
        # press conference with A, he said": not A; but "When A returned, he said": A)
        lead = _LEADING.match(self.masked, sent_start, pos)
        lead_end = lead.end() if lead is not None else -1
        best = next((m for m in fits if not _POSSESSIVE.match(self.masked, m[1])
                     and not (sent_start <= m[0] < lead_end and self.masked[m[1]:lead_end].strip() == ",")
                     and not _SUBORDINATE.search(self.masked, max(m[0] - 24, 0), m[0])
                     and not (m[0] >= sent_start
                              and _ADDRESSED.search(self.masked, max(m[0] - 40, sent_start), m[0]))
                     and not (_PREP_OBJECT.search(self.masked, max((t := self._title_start(m)) - 40, 0), t)
                              and not _SAYING_AGENT.search(self.masked, max(t - 90, 0), t)
                              and not self._agent_of_thing(m, t))
                     and not (_NAME_AS_MODIFIER_BEFORE.search(self.masked, max(m[0] - 12, 0), m[0])
                              and _LOWER_NOUN_AFTER.match(self.masked, m[1]))
                     and not self._reported_subject(m)
                     and not self._in_relative_clause(m)
                     and not _VICTIM_BEFORE.search(self.masked, max((t := self._title_start(m)) - 30, 0), t)), None) \
            or next((m for m in fits if self.sent_starts and m[0] >= self.sent_starts[0]
                     and self._opens_its_sentence(m[0], bisect_right(self.sent_starts, m[0]) - 1)), None) \
            or (fits[0] if fits else None)  # (none fits alone: one opening his sentence, "A's jet landed")
        poss = next((m for m in fits if m is not best and _POSSESSIVE.match(self.masked, m[1])), None) \
            if best is not None else None
        if poss is not None and self._possessive_topic(poss, best, pos):
            best = poss
        if best is not None and genders.get(best[3].name) not in (None, want):
            # ("Ruth Calder met Ivo Marek. "…," he said": of two given names' genders, the
            # dictionary's only, the pronoun's own wins)
            best = next((m for m in fits if genders.get(m[3].name) == want and m[3].name in self._weak_gender
                         and best[3].name in self._weak_gender and self._same_sentence(m[0], best[0])), best)
        if best is not None and len(fits) > 1 and not self._opens_sentence_before(best, pos) \
                and not _CLAUSE_OPENS.search(self.masked, max(best[0] - 50, 0), best[0]) \
                and not _VERB_AFTER.match(self.masked, best[1]) \
                and not _SAID_TITLED_BEFORE.search(self.masked, max(best[0] - 60, 0), best[0]):
            # ("A is still there, said B": B reports, the topic of what follows)
            # "Brown says that he expects Afghan president Hamid Karzai to act. He said …":
            # the subject opening the sentence, not a name further in it, is the topic
            i = bisect_right(self.sent_starts, best[0])
            opener = next((m for m in fits if m is not best and bisect_right(self.sent_starts, m[0]) == i
                           and not _POSSESSIVE.match(self.masked, m[1])
                           and self._opens_sentence_before(m, pos)), None)
            if opener is not None and not (want == "f" and genders.get(best[3].name) == "f"
                                           and genders.get(opener[3].name) is None) \
                    and not (genders.get(best[3].name) == want and genders.get(opener[3].name) not in (None, want)
                             and {best[3].name, opener[3].name} <= self._weak_gender):
                best = opener           # (not a subject of unknown gender over a woman for "she")
        if best is not None and len(fits) > 1 and not self._says_after(best[1]):
            # "…, Prime Minister A said, commenting on a meeting with B and C. He added that
            # "…"": the one the sentence reports, not a name after him
            sayer = next((m for m in fits if m is not best and self._same_sentence(m[0], best[0])
                          and self._says_after(m[1])
                          and not _PREP_END.search(self.masked, max(0, m[0] - 8), m[0])), None)
            if sayer is not None:
                best = sayer
        if best is not None and len(fits) > 1:
            # 'According to analyst A Bcd, X is a thorn in their side. "…," he said': the
            # source the previous sentence names speaks on, not the one it talks about
            prev_start = self.sent_starts[max(bisect_right(self.sent_starts, pos) - 2, 0)] \
                if self.sent_starts else 0
            source = next((m for m in fits if m[0] >= prev_start and m is not best
                           and _ACCORDING_TO_END.search(self.masked, max(m[0] - 60, 0), m[0])), None)
            if source is not None and not _ACCORDING_TO_END.search(self.masked, max(best[0] - 60, 0), best[0]):
                best = source
        last = self.last_speaker
        un, ref = self.last_unnamed, best or first
        if un is not None and un < pos and un > (ref[1] if ref else limit) and (last is None or last[1] < un) \
                and self._para_of(un) == self._para_of(pos):
            # '"The head of the unit told the court "…". She also said "…"': the unnamed speaker goes on
            return self.last_unnamed_speaker
        if last is not None and last[0][1] == "person" and last[1] < pos < last[1] + 80 \
                and genders.get(last[0][0]) in (None, want) and self._para_of(last[1]) == self._para_of(pos) \
                and not self._between(last[1], pos, "person"):
            # '"…," A told the panel. Acting out the events, he added "…"': right after the
            # previous quote, with no one named between, its speaker goes on
            return last[0]
        if want == "f" and best is not None and last is not None and last[0][1] == "person" \
                and last[1] < best[0] < pos and (genders.get(last[0][0]) == "f"
                                                 or _SHE_AFTER.match(self.masked, last[1])) \
                and genders.get(best[3].name) != "f" and 0 <= self._para_of(pos) - self._para_of(last[1]) <= 2 \
                and not any(genders.get(f[3].name) == "f" for f in fits if f[0] > last[1]) \
                and not (self._opens_sentence_before(best, pos) and self._says_after(best[1])):
            # '"…," she said. ... signed by Presidents A and B ... "…," she said': the woman
            # quoted last, over men or names of no known gender named since
            return last[0]
        if best is not None and last is not None and last[0][1] == "person" and last[1] < best[0] < pos \
                and genders.get(last[0][0]) in (None, want) and 0 <= self._para_of(pos) - self._para_of(last[1]) <= 1 \
                and "," in self.text[last[1] - (2 if self.text[last[1] - 1:last[1]] in "’'" else 1):last[1] + 3]:
            # ('…,” A said', '…”, A said', '… ‘…,’” A said')
            said_end = self._next_sentence_start(last[1])
            if all(f[0] < said_end for f in fits if f[0] > last[1]) and said_end <= pos \
                    and _cues().search(self.masked, last[1], said_end):
                # '"…," A Bcd, adviser to premier C Def, said. "…," he added': those named in
                # the attribution of the previous quote are not its speaker, who goes on
                return last[0]
        if last is not None and last[1] > (best[1] if best else limit) and last[0][1] == "person" \
                and last[1] < pos and (0 <= self._para_of(pos) - self._para_of(last[1]) <= 1
                                       or self._para_of(pos) - self._para_of(last[1]) == 2
                                       and not self._between(last[1], pos, "person")) \
                and genders.get(last[0][0]) in (None, want) \
                and not (best is not None and genders.get(last[0][0]) is None
                         and genders.get(best[3].name) == want
                         and (self._para_of(pos) - self._para_of(last[1]) > 1
                              or any(x[3].name != last[0][0] for x in self._between(last[1], pos, "person")))):
            # the previous quote's speaker stays the topic until someone else is named:
            # 'He said Morita was "…"; however, "…," he added.' (one whose gender no list
            # gives, too, over a man named before, when "he" opens the next paragraph with no
            # one else named since)
            return last[0]
        if best is not None and last is not None and last[0][1] == "person" and last[1] < pos \
                and genders.get(last[0][0]) in (None, want) and self._para_of(pos) - self._para_of(last[1]) <= 3 \
                and all(_POSSESSIVE.match(self.masked, f[1]) for f in fits if f[1] > last[1]) \
                and last[0][0] not in {f[3].name for f in fits if f[1] > last[1]}:
            # '"…," A said. ... B's regime will go on ... "…," he stressed': only possessors
            # named since the last quote, none of them a subject: its speaker goes on
            return last[0]
        if best is not None and (gap := _NOUN_GAP.match(self.masked, best[1])) is not None \
                and _is_person_noun(gap.group(1)):
            # "Prince A adviser B, a former envoy, said": A names whose adviser B is, the subject
            # (of a weak gender too: "Ok" is a woman's given name in the dictionary)
            best = next((m for m in self._between(gap.end(), gap.end() + 60, "person") if m[0] == gap.end()
                         and (genders.get(m[3].name) in (None, want) or m[3].name in self._weak_gender)), best)
        if best is not None:
            rel = _RELATION_BEFORE.search(self.masked, max(best[0] - 40, 0), best[0])
            if rel is not None and rel.group(1).lower() == ("his" if want == "m" else "her"):
                # "... with her predecessor A Bcd appealing for ... "…," she said": she is the
                # one "her" stands for, not A
                other = self._he_she(w, rel.start())
                if other is not None and other[0] != best[3].name:
                    return other
            return self._speaker(best)
        if first and not _POSSESSIVE.match(self.masked, first[1]):
            # (a name of the other gender, whose given name may be wrongly gendered; not one
            # who only owns something: "under President A's crackdown ... "…," she added")
            return self._speaker(first)
        if last is not None and last[0][1] == "organization" and last[1] < pos \
                and self._para_of(pos) - self._para_of(last[1]) <= 1 \
                and _SPOKES_AFTER.match(self.masked, last[1]) and not self._between(last[1], pos, "person"):
            return last[0]          # '"…," said the spokesperson. "…," she added': the body's voice goes on
        if last is not None and last[0][1] == "person" and last[1] < pos \
                and genders.get(last[0][0]) in (None, want) and not self._between(last[1], pos, "person") \
                and self._only_speaker_since(last[0], w, self._next_sentence_start(last[1]),
                                             self.window_start(pos, limit)):
            return last[0]          # the previous quote's speaker, with nobody named or speaking since
        # no person the lists know: a titled name opening a clause of the paragraph
        # ("Kestrian president Erdoğan urged ...; "…", he said")
        ps = self.paragraphs[self._para_of(pos)][0]
        found = None
        for found in _TITLED_SUBJECT.finditer(self.masked, max(ps, pos - _WINDOW), pos):
            pass
        if found:
            spk = self.name(found.group(1))
            if spk and spk[1] == "person":
                return spk
        return None

    def _pair_before(self, head: str, pos: int) -> Speaker | None:
        """The first of the two persons the nearest sentence before ``pos`` names (or ``pos``'s
        own, before it), in its paragraph or the one before, who may be what the plural
        ``head`` names ("the two ministers": two ministers; "both leaders": two heads of state
        or government): the pair it stands for; None where that sentence names more or one."""
        limit = self.paragraphs[max(self._para_of(pos) - 1, 0)][0]
        i = bisect_right(self.sent_starts, pos) - 1
        for k in range(i, max(i - 5, -1), -1):
            ss = self.sent_starts[k]
            if ss < limit:
                break
            end = min(pos, self.sent_starts[k + 1]) if k + 1 < len(self.sent_starts) else pos
            named = []
            for m in self._between(ss, end, "person"):
                if all(m[3] is not x[3] for x in named):
                    named.append(m)
            fit = [m for m in named if _pair_member(head, m[3].role)]
            if len(fit) == 2 == len(named):
                return self._speaker(fit[0])
            if fit:
                return None             # (three named, or one: no pair)
        return None

    def _pair_subject(self, pos: int) -> Speaker | None:
        """The first of two persons joined by "and" who open the sentence of ``pos`` or the
        one before it, titles aside ("Foreign Minister A and Attorney-General B said"); None
        if neither sentence opens so."""
        i = bisect_right(self.sent_starts, pos) - 1
        for k in (i, i - 1):
            if k < 0:
                break
            ss = self.sent_starts[k]
            end = min(pos, self.sent_starts[k + 1]) if k + 1 < len(self.sent_starts) else pos
            two = self._between(ss, end, "person")[:2]
            if len(two) == 2 and _PAIR_JOIN.fullmatch(self.masked, two[0][1], two[1][0]) \
                    and _TITLE_RUN.fullmatch(self.masked, ss, two[0][0]) and two[0][3] is not two[1][3]:
                return self._speaker(two[0])
        return None

    def _document_subject(self, pos: int, limit: int) -> int | None:
        """The start of the sentence before ``pos`` (or of ``pos``'s own) that opens with a
        document as its subject ("The report echoed ...", "Its statement added ..."), if
        an organisation is named in it after the document; else None."""
        i = bisect_right(self.sent_starts, pos) - 1
        for k in (i, i - 1):
            if k < 0 or self.sent_starts[k] < limit:
                break
            s0 = self.sent_starts[k]
            m = _DOC_SUBJECT.match(self.masked, s0, pos)
            if m is not None and _noun_kind(m.group(1).lower()) == "document":
                end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else pos
                return s0 if self._between(m.end(), min(end, pos), "organization") else None
        return None

    def _dominant_state(self) -> str | None:
        """The state the article names most, if one leads."""
        if self._dominant is None:
            ranked = sorted(self.countries, key=lambda c: len(c.mentions), reverse=True)
            self._dominant = ranked[0].code if ranked and (
                len(ranked) == 1 or len(ranked[0].mentions) > len(ranked[1].mentions)) else ""
        return self._dominant or None

    def _owner_of(self, mods: list[str], head: str, pos: int) -> Speaker | None:
        """"Marek's army media office said ... the media office added", "the IAEA press
        service informed ... the press service informed": the one whose office (press service,
        ...) the same words named last before ``pos`` (a person, a body, or "the ministry's":
        the body that nominal names), or None."""
        words = f"{re.escape(' '.join(mods))}[ ]{re.escape(head)}"
        a = max(0, pos - 3000)
        owned = _last_match(re.compile(
            rf"\b(?:(?:(?P<owner>(?:[A-Z][\w’'-]*[ ]){{0,3}}[A-Z][\w’'-]*)|[Tt]he[ ](?P<noun>(?:[a-z]+[ ])?[a-z]+))"
            rf"['’]s[ ](?:[a-z]+[ ]){{0,2}}|(?P<body>(?:[A-Z][\w’'-]*[ ]){{0,2}}[A-Z][\w’'-]*)[ ]){words}\b"),
            self.masked, a, pos)
        if owned is None:
            # "the press service of the Kestrian President ... the press service says": the
            # service as the article names it
            owned = _last_match(re.compile(rf"\b{words}[ ]of[ ](?:the[ ])?"
                                           r"[A-Z][\w’'-]*(?:[ ](?:of[ ](?:the[ ])?)?[A-Z][\w’'-]*){0,5}"),
                                self.masked, a, pos)
            return (owned.group(), "organization", None) if owned is not None else None
        if owned.group("noun"):         # "the ministry's press service": that ministry
            mod, _, noun = owned.group("noun").rpartition(" ")
            if _noun_kind(noun) == "person":    # "the prime minister's press office": the holder
                spk = self.nominal(mod, noun, owned.start())
                return spk if spk is not None and spk[1] == "person" else None
            return self.nominal(mod, noun, owned.start()) if _noun_kind(noun) == "organization" else None
        spk = self.name(owned.group("owner") or owned.group("body"))    # ("the IAEA press service": the IAEA)
        return spk if spk is not None and spk[1] in ("person", "organization") else None

    def nominal(self, modifiers: str, head: str, pos: int, indefinite: bool = False) -> Speaker | None:
        if head == "head" and not indefinite and (hd := _HEAD_OF_DIPLOMACY.search(self.masked, pos, pos + 90)) is not None \
                and self.masked[pos:hd.start()].strip() in ("", "the", "The") \
                and (hd.group(1) is None or self._codes([hd.group(1)])):    # (not "the head of EU diplomacy")
            # "the head of Peruvian diplomacy", "the head of the Foreign Ministry": the foreign
            # minister (of the state the demonym names); first, one the text named so before
            for m in reversed(list(_HEAD_OF_DIPLOMACY.finditer(self.masked, max(0, pos - 3000), pos))):
                k = bisect_left(self.starts, m.end())
                named = [x for x in self.mentions[k:k + 2] if x[2] == "person" and x[0] <= m.end() + 3]
                if named:               # ("The head of Polish diplomacy A Bcd called ... the head
                    return self._speaker(named[0])      # of diplomacy noted": A)
            spk = self.nominal(f"{hd.group(1) or ''} foreign".strip(), "minister", pos)
            if spk is not None:
                return spk
        if head.lower() in _CAMPAIGN:   # "the Biden campaign": the candidate
            last = modifiers.split()[-1] if modifiers.strip() else ""
            p = self.person_by_family.get(_fold(last)) if last[:1].isupper() else None
            return (p.name, "person", p.key or None) if p is not None else None
        info = _speaker_nouns().get(head.lower())
        if info is None:
            return None
        kind, generic = info
        mods = [w for w in modifiers.split() if w]
        if head.lower() == "office" and not mods and (own := _HIS_OFFICE.search(self.masked, max(0, pos - 12), pos + 12)):
            # "…," a statement from his office added: his, as the person named for it
            return self.pronoun("he" if own.group(1).lower() == "his" else "she", own.start())
        codes = self._codes(mods)
        if kind == "document" and any(w.lower() == "joint" for w in mods):
            # "the joint statement said": the statement of two or more parties, none of them
            # alone (as annotators write it)
            return f"joint {head.lower()}", "unnamed", None
        if kind == "document" and not mods and head.lower() in _JOINT_DOCUMENTS \
                and (joint := _last_match(_JOINT_DOCUMENT, self.masked, 0, pos)) is not None \
                and not _ISSUED.search(self.masked, joint.end(), pos):
            # "According to the joint statement, A and B discussed … ¶ "…" stressed the
            # communiqué": the joint one named before, none issued since
            return joint.group(0).lower(), "unnamed", None
        if kind == "document":   # "the statement said": whoever issued it, mentioned before
            if any(w in platforms() for w in mods):
                # "an official government Twitter account": the account's owner, not the platform
                mods = [w for w in mods if w not in platforms() and w.lower() != "official"]
            owner = _POSSESSIVE.sub("", mods[-1]) if mods and mods[-1][-2:] in ("'s", "’s") else ""
            if owner.lower() in _speaker_nouns() and _speaker_nouns()[owner.lower()][0] != "document":
                return self.nominal(" ".join(mods[:-1]), owner, pos)   # "the court's summary": the court
            k = len(mods) - 1
            while k > 0 and mods[k] in ("news", "press", "media"):
                k -= 1                  # "a government news release": the government's
            if mods and mods[k].islower() and _noun_kind(mods[k]) == "organization":
                return self.nominal(" ".join(mods[:k]), mods[k], pos)  # "the government statement": the government
            caps = [w for w in mods if w[:1].isupper()]
            named = [w for w in caps if not self._codes([w])]
            if caps and not named and not owner and len(codes) == 1 and len(caps) == len(mods):
                # "a Kestrian statement read", "the U.S. statement": the state's
                code = next(iter(codes))
                c = next((c for c in self.countries if c.code == code), None)
                if c is not None:
                    return c.name, "country", c.code
            if named and not owner and all(w[:1].isupper() for w in mods[:len(caps)]):
                # "a White House statement", "an AEW press release": the body named in it
                run = " ".join(named)
                o = self._body_named(run)
                return (o.name, "organization", o.name) if o is not None else (run, "organization", run)
            limit = self.paragraphs[max(self._para_of(pos) - 2, 0)][0]
            owned = None
            for owned in (_owned(re.escape(head.lower())).finditer(self.masked, limit, pos) if not mods else ()):
                pass
            if owned is not None:
                # "the ruling reads", after "Judge A Bcd's ruling": its owner
                spk = self.name(owned.group(1))
                if spk is not None:
                    return spk
            if owned is None and not mods and not indefinite:
                # '…," the readout said', after "said a Finance Ministry readout": that body
                named = _last_match(_body_document(re.escape(head.lower())), self.masked, limit, pos)
                if named is not None:
                    return self.nominal(named.group(1), head, named.start(1), True)
            if all(w.islower() for w in mods) and not indefinite and head.lower() in self.last_documents:
                # "the statement added", "the press release said": whoever was quoted from one before
                return self.last_documents[head.lower()]
            if head.lower() in _LETTERS and not mods and not indefinite:
                # "the message read", after "A Bcd's telegram said"; "the letter stated", after
                # '"Dear ...," A Bcd wrote': the writer
                letter = _last_match(_owned(_LETTER_NOUNS), self.masked, limit, pos)
                spk = self.name(letter.group(1)) if letter is not None else None
                if spk is not None:
                    return spk
                if self.last_letter is not None and self._para_of(pos) - self._para_of(self.last_letter[1]) <= 3:
                    return self.last_letter[0]
            if not mods and not indefinite and (src := _last_match(_DOC_SOURCE, self.masked, limit, pos)):
                # '…," the document says', after "as a statement from the X Ministry and the
                # Y Ministry put it": the body named first after "from"
                spk, fronted = self._fronted_issuer(pos)
                if spk is not None and fronted.start() <= src.start() < fronted.end():
                    return spk          # (not the one who released it for the subject)
                i = bisect_left(self.starts, src.end())
                first = self.mentions[i] if i < len(self.mentions) else None
                if first is not None and first[2] in ("organization", "person") and (
                        first[0] <= src.end() + 3 or first[2] == "person" and first[0] - src.end() <= 60
                        and _title_phrase(self.masked[src.end():first[0]].strip())):
                    return self._speaker(first)     # (also after a title: "a statement from State
                                                    # House Spokesperson A Bcd")
            issued = self._issuer(limit, pos, _POSTED if head.lower() in _POSTS else _ISSUED)
            if issued is not None:
                return issued
            for k in ("organization", "person", "country"):
                m = self._before(pos, k, limit)
                while m is not None and k == "organization" and m[3].name in platforms() \
                        and _ON_PLATFORM_END.search(self.masked, max(0, m[0] - 30), m[0]):
                    m = self._before(m[0], k, limit)    # ("posted on the council's X (formerly
                                                        # Twitter) account": the poster, not the site)
                if m:
                    return self._speaker(m)
            if not mods and not indefinite and self.paragraphs:
                # "The resolution calls for ...", three paragraphs after a lede on "the Kestrel
                # Council has asked ...": the body whose act the story opens on (its first
                # sentence's subject), if the lede names one
                lede_end = self.sent_starts[1] if len(self.sent_starts) > 1 else self.paragraphs[0][1]
                first = next(iter(self._between(self.paragraphs[0][0], min(lede_end, pos))), None)
                if first is not None and first[2] == "organization" \
                        and (self._says_after(first[1]) or _LEDE_ACT.match(self.masked, first[1])):
                    return self._speaker(first)
            return None
        if kind == "media":
            # "the newspaper said": the outlet named last ("the Ostrava Daily newspaper wrote
            # on Monday", "Lebanese daily An Nahar reported"), in this paragraph or the two before
            if indefinite:
                return None
            limit = self.paragraphs[max(self._para_of(pos) - 2, 0)][0]
            j = bisect_left(self.starts, pos)
            low = head.lower()
            for m in islice(reversed(self.mentions), len(self.mentions) - j, None):
                if m[0] < limit:
                    break
                if m[2] == "organization" and m[1] <= pos and (
                        m[3].kind == "media" or self.masked.startswith(" " + low, m[1])
                        or self.masked.endswith(low + " ", 0, m[0])):
                    return self._speaker(m)
            return None
        if kind == "organization":
            owner = _POSSESSIVE.sub("", mods[-1]) if head.lower() == "office" and mods \
                and mods[-1][-2:] in ("'s", "’s") else ""
            if owner.lower() in _speaker_nouns() and _speaker_nouns()[owner.lower()][0] == "person":
                # "the Kestrian leader's office said": the leader, as for "his office"
                spk = self.nominal(" ".join(mods[:-1]), owner, pos)
                if spk is not None:
                    return spk
            if head.islower() and mods and all(w.islower() for w in mods) and not indefinite:
                owned = self._owner_of(mods, head, pos)
                if owned is not None:
                    return owned
            body = self._body_of_noun(head, pos)
            if body is None and head.lower() in ("agency", "group", "body", "watchdog") and mods \
                    and mods[-1].islower() and len(mods[-1]) > 4 and mods[-1] not in _PLAIN_MODIFIERS:
                body = self._body_of_noun(mods[-1], pos)    # "the UN health agency": the World Health Organization
            if body is not None:
                return body
            if head.lower() == "bloc" and not indefinite:
                # "the bloc urged": the international body named last, three paragraphs back at most
                limit = self.paragraphs[max(self._para_of(pos) - 3, 0)][0]
                m = next((m for m in reversed(self._between(limit, pos, "organization"))
                          if m[1] <= pos and getattr(m[3], "kind", None) == "international"), None)
                if m is not None:
                    return self._speaker(m)
            if head.lower() in ("company", "firm") and not indefinite:
                # "Chevron said ... the company said": the company named last, three paragraphs back at most
                limit = self.paragraphs[max(self._para_of(pos) - 3, 0)][0]
                m = next((m for m in reversed(self._between(limit, pos, "organization"))
                          if m[1] <= pos and getattr(m[3], "kind", None) == "company"
                          and not (m[3].name in platforms() and self.masked.endswith(("on ", "via "), 0, m[0]))),
                         None)          # (not the platform a thing was seen on: "trends on Twitter")
                if m is not None:
                    return self._speaker(m)
            if generic and not indefinite:
                # "the organization said": the body named last, in this paragraph or the one before
                m = self._last_body(pos)
                if m is not None:
                    return self._speaker(m)
            # the government as the article names it: "the Haitian government said", or "the
            # government said" after "the German government" (a possessive "Germany's" aside)
            written = " ".join([w for w in mods if w[:1].isupper()] + [head]) if codes \
                and head.lower() == "government" and mods[-1][:1].isupper() else None
            if written is not None and written not in self.text:
                written = None          # ("Chile's government": the state)
            if head.lower() in ("government", "administration") and not codes and not indefinite:
                # "the government said": the state whose government was named last before
                # ("the Burundian government", "the government of Burundi", "Burundi's government")
                for g in _STATE_GOVERNMENT.finditer(self.masked, max(0, pos - 3000), pos):
                    found = self._codes([g.group(1) or g.group(2)])
                    if found:
                        codes, written = found, None
                        if head.lower() == "government" and "government" in g.group(0).lower() \
                                and not g.group(0).endswith(("'s government", "’s government")):
                            written = g.group(0)[:1].upper() + g.group(0)[1:]
            if head.lower() in ("government", "administration") and codes:
                for c in self.countries:
                    if c.code in codes:
                        return written or c.name, "country", c.code
            if head[:1].isupper():   # "the Foreign Ministry", "the Peruvian Army": the name itself
                caps = [w for w in mods if w[:1].isupper()]
                if caps and caps == mods[len(mods) - len(caps):]:
                    run = " ".join(caps + [head])
                    return run, "organization", run
                if not mods:
                    return head, "organization", head
            if head.lower() in ("court", "tribunal") and not indefinite \
                    and all(w.endswith("-based") or w.islower() for w in mods):
                # "The Hague-based tribunal said ...": the court or tribunal named last before
                court = None
                for m in self._between(max(0, pos - 3000), pos, "organization"):
                    if _COURT_NAME.search(m[3].name):
                        court = m
                if court is not None:
                    return self._speaker(court)
            if head.islower() and not mods and not indefinite:
                # "the Turkish Presidency announced ... the presidency said": the body so named before
                named = None
                for named in _named_body(head).finditer(self.masked, max(0, pos - 3000), pos):
                    pass
                words = named.group(1).split() if named is not None else []
                while words and words[0] in ("The", "A", "An", "In", "On", "But", "And"):
                    words.pop(0)
                if words and words[-1][-2:] in ("'s", "’s") and head == "office":
                    spk = self.name(_POSSESSIVE.sub("", " ".join(words)))
                    if spk is not None and spk[1] == "person":
                        return spk      # "Abiy's office said ... the office said": Abiy, as for "his office"
                if words:
                    name = " ".join(words) + " " + named.group(0).split()[-1]
                    return name, "organization", None
            if head.islower() and not indefinite and head not in _named_only() \
                    and not _TOLD_BEFORE.search(self.masked, max(0, pos - 12), pos):
                # "the army said", no army named: the body itself (not "told the court")
                name = " ".join(w for w in mods if w[:1].isupper() and not w.endswith(("'s", "’s"))) + " " + head
                return name.strip(), "organization", None
            return None
        # a person: score by role noun and country, most recent mention breaks ties;
        # "a government official" is someone new, never a person named before
        best, best_score, best_home, best_named, best_pos, best_fits = None, 0, False, 0, -1, False
        persons = () if indefinite else self.persons
        mod_words = {w.lower() for w in mods}
        low_head = head.lower()
        plain = _DEPUTY_WORDS.isdisjoint(mod_words)    # no "deputy", "vice" ... in the phrase
        if low_head == "official" and not indefinite and mods and mods[-1].islower() \
                and _noun_kind(mods[-1]) == "organization" \
                and not any(mods[-1] in (p.role or "").lower() for p in persons):
            # '"…," the department official added', after "the State Department said": the
            # body, no person of whose role the word is
            body = self._body_of_noun(mods[-1], pos)
            if body is not None:
                return body
        k = self._previous_sentence(pos)    # (the two sentences before pos's, not counting those
        if k >= 0:                          # inside the quote: '"A. B. C," the minister said')
            k = self._previous_sentence(self.sent_starts[k])
        recent = self.sent_starts[k] if k > 0 else 0
        j = self._previous_sentence(pos)    # the sentence right before the quote's, if it
        opener_from = self.sent_starts[j] if j >= 0 and self.masked.count(      # quotes no one (a
            MASK, self.sent_starts[j], self.sent_starts[j + 1] if j + 1 < len(self.sent_starts) else pos) < 30 \
            else -1                     # phrase in marks aside: 'described it as a "historic relationship"')
        described = self.text.find("the " + low_head, 0, pos) >= 0 or self.text.find("The " + low_head, 0, pos) >= 0 \
            or (modifiers and re.compile(re.escape(low_head), re.IGNORECASE).search(self.text, 0, pos) is not None)
        # (with modifiers, any case: "The current Kestrel Chairman-in-Office, A Bcd")
        host = _dateline_state(self.dateline, {c.code for c in self.countries}) if "visiting" in mod_words else ""
        most_named = None               # the most mentions before pos of one holder of the noun (when asked)
        body_mods = None                # a generic noun's capitalised modifiers naming no state (when asked)
        for p in persons:
            last = max((m.end for m in p.mentions if m.end <= pos), default=-1)
            if last < 0:
                continue
            role = (p.role or "").lower()
            if "-" in low_head and low_head not in role:
                role = role.replace(" ", "-")   # "the Director-General" of a "Director General of ..."
            score = 0
            fits = False                # the role itself fits the noun (not the noun's generality)
            if generic:
                score += 1
                if low_head == "leader" and _TOP_OFFICE.search(role) \
                        and _DEPUTY_WORDS.isdisjoint(role.replace("-", " ").split()):
                    score += 1          # "the socialist leader": the President, not his ambassador
                if low_head not in role and mod_words:
                    # "the ministry official": the spokeswoman for the ministry
                    score += len(mod_words.intersection(role.split()))
                    if body_mods is None:
                        body_mods = [w for w in mods if w[:1].isupper() and not self._codes([w])]
                    if body_mods and any(re.search(rf"\b{re.escape(w)}\b", self.text[max(0, m.start - 40):m.start])
                                         for w in body_mods for m in p.mentions if m.start < pos):
                        score += 2      # "the Kremlin official", after "Kremlin Aide A Bcd"
            if low_head == "secretary" and "press" in mod_words and "spokes" in role \
                    or low_head.startswith("spokes") and "press secretary" in role:
                score += 3              # "the press secretary": the spokesman named before (and
                fits = True             # "the spokesperson": the press secretary)
            if low_head == "diplomat" and (_FOREIGN_OFFICE.search(role) or _FOREIGN_BODY_IN_ROLE.search(role) or (
                    "spokes" in role and any(
                        _FOREIGN_BODY_BEFORE.search(self.text, max(0, m.start - 50), m.start) for m in p.mentions))):
                # "the (top) diplomat": the foreign minister, or an official of a foreign ministry
                # ("director of the Kestrian Foreign Ministry's Second Department")
                score += 3 if "top" in mod_words and _FOREIGN_OFFICE.search(role) else 2
                fits = True
            elif low_head in ("diplomat", "envoy") and "top" not in mod_words and low_head not in role \
                    and _ENVOY.search(role):
                score += 2              # "the diplomat", "the envoy": an ambassador or high commissioner named before
                fits = True
            if low_head in _LEGISLATOR_NOUNS and low_head not in role and _LEGISLATOR_ROLE.search(role):
                score += 2              # "the top Democratic lawmaker": the Congressman named before
                fits = True
            if low_head in ("monarch", "sovereign") and _MONARCH_ROLE.search(role) and "former" not in role:
                score += 2              # "the monarch said": the King (or Sultan, Emperor) named before
                fits = True
            if low_head in _STYLE_NOUNS and any(self.text[max(0, m.start - len(low_head) - 1):m.start].lower()
                                                == low_head + " " for m in p.mentions):
                score += 2              # "the prince", "the general", after "Prince A Bcd", "General
                fits = True             # A Bcd" (whose role is his office or command)
            elif described and low_head not in role and any(_described_before(self.text, m.start, low_head)
                                                            for m in p.mentions if m.start < pos):
                score += 2              # "the mediator", after "a team under the mediator for Tarva, A Bcd"
                fits = True
            if low_head in role or _same_office(low_head, role):
                # (a word of the role, "vice-president" too, or a part of one; or its other name)
                score += 2
                fits = True
                score += sum(1 for w in mod_words if w in role or _same_portfolio(w, role))
                if mods and mods[-1].lower() not in role and not _same_portfolio(mods[-1].lower(), role) \
                        and mods[-1].lower() in title_words() \
                        and mods[-1] not in affiliation_adjectives() \
                        and (mods[-1][:1].isupper() or low_head in _PORTFOLIO_HEADS and mods[-1] not in _RANK_QUALIFIERS) \
                        and not any(self.text[max(0, m.start - len(role) - len(mods[-1]) - 2):m.start].lower()
                                    == f"{mods[-1].lower()} {role} " for m in p.mentions):
                    score -= 2          # "the Prime Minister", "the prime minister": not the
                    fits = False        # Foreign or Information Minister ("the senior minister" may be;
                                        # "the Kremlin spokesman": "Kremlin spokesperson A Bcd")
                if role.startswith(("former ", "ex-", "late ")) and mod_words.isdisjoint(("former", "ex", "late")):
                    score -= 1      # "the President said": the sitting one before a former one
                if plain and not _DEPUTY_WORDS.isdisjoint(role.replace("-", " ").split()):
                    score -= 1      # "the Prime Minister": not the Deputy Prime Minister named last
                elif not plain and (_DEPUTY_WORDS & mod_words).isdisjoint(role.replace("-", " ").split()):
                    continue            # "the deputy prime minister": not the Prime Minister
            if codes and p.country in codes:
                score += 2
            elif codes and p.country and p.country not in codes:
                score -= 2
            if fits and "visiting" in mod_words and p.country and p.country == host:
                score -= 2              # "the visiting President": not the host of the dateline's state
            if fits and opener_from >= 0 and any(opener_from <= m.start < pos and self._opens_its_sentence(m.start, j)
                                                 for m in p.mentions):
                score += 2              # ('A, in turn, thanked his host. "…," the president said': A,
                                        # the subject of the sentence right before)
            if score > 0 and self.last_speaker is not None and self.last_speaker[0][0] == p.name \
                    and self.last_speaker[1] < pos and self._para_of(pos) - self._para_of(self.last_speaker[1]) <= 2:
                score += 1              # (of two ministers, "the minister" is the one quoted last)
            elif score > 0 and self.last_speaker is None and any(
                    recent <= m.start and m.end <= pos and self._says_after(m.end)
                    and not self._between(self.window_start(m.start, 0), m.start, "person") for m in p.mentions):
                score += 1              # (before any quote: the one who "said" first in the sentences before)
            named = sum(1 for m in p.mentions if m.end <= pos)
            # (not one named once in passing, when another holder of the office is named three
            # times or more: "King A, in Kestria on a visit, will also see King C")
            if named == 1 and low_head in role and most_named is None:
                most_named = max((sum(1 for m in q.mentions if m.end <= pos) for q in self.persons
                                  if low_head in (q.role or "").lower()), default=0)
            home = p.country is not None and p.country == self._dominant_state() \
                and not (named == 1 and low_head in role and most_named >= 3)
            if score > 0 and (score, home, named, last) > (best_score, best_home, best_named, best_pos):
                # (of two holders of the office, "the President" is the one of the state the
                # story is about: "President A met his counterpart B. The President told B ...")
                best, best_score, best_home, best_named, best_pos, best_fits = p, score, home, named, last, fits
        if best is None and not indefinite and not generic and self._para_of(pos) == 0 and len(self.paragraphs) > 1:
            # a lede's "The US President has described ..." before the name: the one person
            # the next two paragraphs name whose role holds the noun (and the state the words name)
            ahead = self.paragraphs[min(2, len(self.paragraphs) - 1)][1]
            fits = [p for p in persons if low_head in (p.role or "").lower() and (not codes or p.country in codes)
                    and pos < min((m.start for m in p.mentions), default=-1) < ahead]
            if len(fits) > 1:
                # (of several, the first named, when he opens his sentence: "The foreign minister
                # said … ¶ A Bcd, Minister of Foreign Affairs, held talks with his counterpart C")
                first = min(fits, key=lambda p: min(m.start for m in p.mentions))
                at = min(m.start for m in first.mentions)
                fits = [first] if self._opens_its_sentence(at, bisect_right(self.sent_starts, at) - 1) else fits
            if len(fits) == 1:
                best = fits[0]
        intro = _introduced_unnamed(self.masked, low_head, pos) if not indefinite and not best_fits \
            and self.masked.find(low_head, max(0, pos - 5000), pos) >= 0 else None
        unnamed = intro is not None
        if low_head in ("source", "sources") and not indefinite and not best_fits:
            # '… said a Tarvan diplomat who asked not to be named. "…," the source added':
            # the informant the paragraph describes without a name
            ps = self.paragraphs[max(self._para_of(pos) - 1, 0)][0]
            anon = _last_match(_ANONYMOUS_INTRO, self.masked, ps, pos)
            if anon is not None:
                return self.described(anon.group(1), pos)
        if best is not None and unnamed:
            # "a diplomat briefed on the talks said ... said the diplomat": the one introduced
            # without a name, described, not whoever was named last
            return self.described(intro.group(0), pos)
        if best is None and codes and not indefinite and (_ENVOY.match(low_head) or low_head in SPOKES_NOUNS):
            # "The Ukrainian ambassador in Paris voiced "anger" ... Ukrainian ambassador
            # A Bcd wrote": the one of that state and office named next, not yet named before
            ahead = [(min(m.start for m in p.mentions if m.start > pos), p.name, p) for p in self.persons
                     if p.role and low_head in p.role.lower() and p.country in codes
                     and all(m.start > pos for m in p.mentions) and any(m.start < pos + 1500 for m in p.mentions)]
            if ahead:
                p = min(ahead)[2]
                return p.name, "person", p.key or None
        if best is None:
            # "a City Police spokesman", "a Treasury Department official": the body they speak for
            span_end = pos + len(modifiers) + len(head) + 8
            orgs = self._between(pos, span_end, "organization") if low_head not in CANDIDATE_NOUNS else ()
            if orgs and not indefinite and low_head in _LEAD_NOUNS:
                # 'A said "…" ¶ The AU chairman then argued ...': the body's head, who spoke just
                # before and whose role the lists give otherwise, not the body itself
                last = self.last_speaker
                if last is not None and last[0][1] == "person" and last[1] < pos \
                        and self._para_of(pos) - self._para_of(last[1]) <= 1:
                    return last[0]
            if orgs:                    # (a candidate is no party's voice: "the Republican candidate")
                return self._speaker(orgs[0])
            caps = [w for w in mods if w[:1].isupper() and not _DEMONYM_END.search(w) and low_head not in CANDIDATE_NOUNS
                    and w.lower() not in _speaker_nouns() and not self._codes([w])
                    and w not in _SIDE_WORDS and w not in affiliation_adjectives()]
            if caps and mods and mods[-1] in caps and head[:1].islower() \
                    and not self._state_named(" ".join(mods[len(mods) - len(caps) - 1:])):
                # (not "the Vice President", "the Foreign Minister": the words of a title; not
                # "Africa" of "South Africa's president")
                if mods[-1][-2:] in ("'s", "’s"):
                    # "the PM’s spokesman": an aide of an office or a body no list knows, described
                    return self.described(f"{' '.join(mods)} {head}", pos)
                run = " ".join(caps)
                return run, "organization", run
            if not indefinite and not unnamed and not (low_head in SPOKES_NOUNS and _OWNED_SPOKESMAN.search(
                    self.masked, max(0, pos - 1500), pos)):
                # (not for "the spokesman" after "the premier's spokesman said": one
                # unnamed, who speaks for the one named, not the one named)
                i = bisect_right(self.sent_starts, pos) - 2
                m = self._before(pos, "person", self.sent_starts[i] if i >= 0 else 0)
                if m and (plain or not m[3].role):  # (not the Prime Minister for "the deputy prime minister")
                    return self._speaker(m)
                last = self.last_speaker
                if last is not None and last[0][1] == "person" and last[1] < pos \
                        and self._para_of(pos) - self._para_of(last[1]) <= 1 \
                        and not any(p.role for p in self.persons if p.name == last[0][0]):
                    # "…," he added. The minister argued that "…"': no one holds the office by
                    # the text, so the speaker quoted just before, whose office it does not give
                    return last[0]
            if head.lower() in SPOKES_NOUNS and not indefinite:
                # "A defence ministry spokesman told ... "…," the spokesman added": the body of
                # the spokesman described before
                described = None
                for described in _BODY_SPOKESMAN.finditer(self.masked, max(0, pos - 600), pos):
                    pass
                if described is not None and described.group(2).lower() in _LOWER_BODY_NOUNS:
                    body = f"{described.group(1)}{described.group(2)}".strip()
                    return body, "organization", None
            if head.lower() in SPOKES_NOUNS:
                # "An Interior Ministry spokeswoman told Radio Kestrel ... the spokeswoman
                # added": the body the spokeswoman was described by, not the outlet
                own = next((o for o in reversed(self._between(max(0, pos - 600), pos, "organization"))
                            if self.masked.startswith((" spokesman", " spokeswoman", " spokesperson"), o[1])), None)
                if own is not None:
                    return self._speaker(own)
                # "an Interpol spokesperson stated ... The spokesperson added": the body
                # named last, for a spokesperson the persons do not hold
                m = self._last_body(pos)
                while m and getattr(m[3], "kind", None) == "media":
                    # ("A Korean Air plane left, a company representative told AFP. "…," said the
                    # spokesperson": the company, not the agency told)
                    m = self._before(m[0], "organization", self.paragraphs[max(self._para_of(pos) - 1, 0)][0])
                if m:
                    return self._speaker(m)
                owned = _last_match(_OWNED_SPOKESMAN, self.masked, max(0, pos - 1500), pos)
                if owned is not None:       # "the premier's spokesman said ... the
                    return self.described(owned.group(0), pos)  # spokesman added": that one
            if codes and not indefinite and mods and mods[-1][-2:] in ("'s", "’s") and not generic:
                # '"…," said Iraq’s representative to the committee': the state's holder of the
                # post, whom the article does not name
                return self.described(f"{' '.join(mods)} {head}", pos)
            return None
        return best.name, "person", best.key or None

    def _fronted_issuer(self, pos: int) -> tuple[Speaker | None, re.Match | None]:
        """"In a statement released by his spokesperson C Def, A Bcd urged ...": the subject
        after the fronted phrase issued the statement, not the one who released it (the last
        such phrase before ``pos``, paragraphs before too: the story's statement)."""
        fronted = _last_match(_FRONTED_STATEMENT, self.masked, 0, pos) if "released by" in self.masked \
            or "issued by" in self.masked else None
        if fronted is None and " letter to " in self.masked:
            # "In a warm letter to the new minister, the head of the Fund, A Bcd, wrote": the
            # person the subject names (in apposition), the letter's writer
            letter = _last_match(_FRONTED_LETTER, self.masked, 0, pos)
            if letter is not None:
                i = bisect_left(self.starts, letter.end())
                first = next((m for m in self.mentions[i:i + 4] if m[0] <= letter.end() + 80 and m[2] == "person"), None)
                return (self._speaker(first) if first is not None else None), letter
        if fronted is None:
            return None, None
        i = bisect_left(self.starts, fronted.end())
        m = self.mentions[i] if i < len(self.mentions) else None
        if m is not None and m[0] <= fronted.end() + 4 and m[2] in ("person", "organization"):
            return self._speaker(m), fronted
        return None, fronted

    def _issuer(self, limit: int, pos: int, issued: re.Pattern) -> Speaker | None:
        """Who "released a statement" (the last phrase ``issued`` finds between ``limit`` and ``pos``):
        the mention ending nearest before the verb in its sentence, else the capitalised
        name right before it ("the Combined Joint Task Force ... released a statement")."""
        last = None
        for last in issued.finditer(self.masked, limit, pos):
            pass
        if last is None:
            return self._fronted_issuer(pos)[0]
        a = self.window_start(last.start(), limit)
        near = self._between(a, last.start())
        if near and self.masked[a:last.start()].rstrip().endswith(","):
            # "A Bcd, who thanked C Def for the talks, said in a statement": the subject
            # before the relative clause, not a name inside it
            subject = next((x for x in near if x[2] == "person" and self.masked.startswith(", who ", x[1])), None)
            if subject is not None:
                return self._speaker(subject)
        if near:
            return self._speaker(max(near, key=_BY_END))
        run = _CAPRUN_END.search(self.masked, a, last.start())
        name = run.group(1).removeprefix("The ") if run is not None else ""
        return (name, "organization", name) if name else None

    def _codes(self, words: list[str]) -> set[str]:
        codes = set()
        for w in words:
            if not w[:1].isupper():
                continue
            lw = w.lower().rstrip("’'s")
            for c in self.countries:
                name = c.name.lower()
                if lw == name or (len(lw) > 3 and lw[:4] == name[:4]):
                    codes.add(c.code)
                for mm in c.mentions:
                    if mm.text.lower() == w.lower():
                        codes.add(c.code)
        return codes

    def _state_named(self, run: str) -> bool:
        """Whether ``run`` is, as a whole, a name the article gives a state ("North Korea")."""
        return any(run == c.name or any(m.text == run for m in c.mentions) for c in self.countries)

    def _state_possessor(self, run: str) -> bool:
        """Whether ``run``, before a possessive, is a state ("Japan", "North Korea")."""
        return bool(self._codes(run.split()[-1:])) or self._state_named(run)

    def _body_named(self, run: str):
        """The organisation of that name or acronym; for a ministry's initials ("MFA"), the
        ministry the article names ("the Georgian Foreign Ministry")."""
        o = next((o for o in self.organizations if run in (o.name, o.acronym)), None)
        ministry = _MINISTRY_INITIALS.get(run) if o is None or o.name == run else None
        if ministry is not None:        # (also over the bare initials read as a body of their own)
            o = next((o for o in self.organizations if ministry.search(o.name)), o)
        return o

    def name(self, run: str, states: set[str] = frozenset()) -> Speaker | None:
        """A capitalised name next to a cue: a known actor, or the name itself. ``states``:
        the codes of the states named right before it."""
        words = [w for w in run.split() if not _AGE_WORD.search(w)]
        written = [w for w in words if w[:1].isupper()]     # (before the office's words are taken off)
        if "." in run and any(_GLUED_TITLE.match(w) for w in words):
            # "Mr.Ahmad said": a space left out after the title
            words = [p for w in words for p in (w.replace(".", ". ", 1).split() if _GLUED_TITLE.match(w) else (w,))]
        while words and words[0].rstrip(",.") in _LEAD_STOP:
            words.pop(0)
        nouns = _speaker_nouns()
        while len(words) > 1 and (words[0].lower() in nouns or words[0].rstrip(".") in
                                  ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gen", "Col", "Lt")
                                  or (_DEMONYM_END.search(words[0]) and words[0][0].isupper()
                                      and len(words) > 2)
                                  or words[0] in ("Foreign", "Prime", "Deputy", "Vice", "Former",
                                                  "Senior", "Chief", "Defence", "Defense",
                                                  "Interior", "Finance", "Trade", "State")):
            words.pop(0)
        if not words or words[-1].lower() in nouns:
            return None
        run = _RX0.sub("", " ".join(words).rstrip("."))
        words = run.split()
        if not words:
            return None
        if run in ("I", "We", "The", "A", "An", "In", "On", "But", "And", "You", "They", "He", "She") \
                or run.startswith(("I’", "I'")):
            return None
        p = self.person_by_family.get(_fold(words[-1]))
        if p is None and len(words) == 1 and len(written) > 1 and words[0].lower() in title_words() \
                and words[0] not in _title_initialisms():
            # "Foreign Affairs remarked", "a post from State House said": a body's name, whose
            # last word is no person's name
            return " ".join(written), "organization", None
        if p is None and len(words) <= 3 and (title := _title_initialisms().get(words[-1])):
            # "the Turkish PM said": the one Prime Minister of the article; "the Fiji PM
            # said": the one of that state
            codes = self._codes(words[:-1]) | states
            if len(words) == 1 or codes:
                holders = [q for q in self.persons if q.role and _office_key(q.role) == _office_key(title)
                           and (not codes or q.country in codes)]
                p = holders[0] if len(holders) == 1 else None
                if len(holders) > 1 and self.last_speaker is not None:
                    # two Prime Ministers: the one quoted last, whose words go on
                    p = next((q for q in holders if q.name == self.last_speaker[0][0]), None)
        if p is None and len(words) == 1 and run.isupper() and 2 <= len(run) <= 4:
            # "the NSA said", after "the National Security Adviser, A Bcd": the one person
            # whose office has those initials
            holders = self.by_initials.get(run, ())
            p = holders[0] if len(holders) == 1 else None
        if p is None and len(words) == 1:
            p = self.person_by_part.get(_fold(words[0]))
        if p is None and len(words) == 2 and words[0] in country_aliases():
            # "in Havana Lula said": a place before the name (no comma after the place)
            p = self.person_by_part.get(_fold(words[1]))
        if p is not None:
            return p.name, "person", p.key or None
        o = self._body_named(run)
        if o is not None:
            return o.name, "organization", o.name
        for c in self.countries:
            if run == c.name:
                return c.name, "country", c.code
        if run.isupper() or set(w.lower() for w in words) & _ORG_WORDS:
            return run, "organization", run
        if len(words) == 1 and not run[0].isupper():
            return None
        if (len(words) == 1 and run in stop_caps()) or country_aliases().get(run, ("", ""))[1] == "demonym" \
                or country_aliases().get(run, ("", ""))[1] == "none" and run.endswith(("an", "ese", "ish", "ic")):
            return None                 # "First reported by ...", "The Costa Rican president", "The South
                                        # American head of state": no name
        if len(words) == 1 and len(run) >= 5:
            # "UN spokesperson Jeremy Laurence said ... Laurance urged": a misspelt family name
            # of one person named before (one letter changed, added, dropped or swapped)
            folded = _fold(run)
            near = [p for f, p in self.person_by_family.items() if f[:1] == folded[:1] and _edit_distance_one(f, folded)]
            if len(near) == 1:
                return near[0].name, "person", near[0].key or None
        return _bare_name(words), "person", None

    # -- subject search ---------------------------------------------------------------

    def _owner(self, best):
        """'President X of Peru', 'X of the Foreign Ministry': the person, not the place."""
        if best[2] == "person":
            return best
        j = bisect_left(self.starts, best[0])
        at = best[0]
        if j >= 1 and self.masked[self.mentions[j - 1][1]:at].strip() == "(":
            j -= 1                      # "X of the National Crime Agency (NCA) said"
            at = self.mentions[j][0]
        for m in reversed(self.mentions[max(j - 4, 0):j]):
            if m[2] == "person" and m[1] <= at and _OF_GAP.fullmatch(self.masked, m[1], at):
                return m
        if best[2] == "country" and (office := _OFFICE_OF.search(self.masked, max(0, at - 40), at)):
            # "the President of Kyrgyzstan said": the one holder of that office for that state
            title = office.group(1).strip().lower()
            holders = [p for p in self.persons if p.role and p.role.lower() == title and p.country == best[3].code]
            if len(holders) == 1:
                return best[0], best[1], "person", holders[0]
        return best

    def _owner_name(self, best) -> Speaker | None:
        """'Biologist Ana Ruiz of the Marine Institute': a name the person list lacks."""
        if best[2] == "person":
            return None
        gap = _OF_GAP_END.search(self.masked, max(best[0] - 12, 0), best[0])
        if not gap:
            return None
        m = _caprun_end(self.masked, max(gap.start() - 60, 0), gap.start())
        if m and m.end(1) == gap.start():
            return self.name(m.group(1))
        return None

    def _run_owner(self, start: int) -> Speaker | None:
        """'Dr. Ilse Brandt at Saint Mary Hospital', 'Aiko Tan of Equality Network': the person."""
        gap = _OF_GAP_END.search(self.masked, max(start - 14, 0), start)
        if not gap:
            return None
        g = gap.start()
        for m in self._between(max(g - 80, 0), g, "person"):
            if m[1] >= g - 1:
                return self._speaker(m)
        m = _caprun_end(self.masked, max(g - 60, 0), g)
        return self.name(m.group(1)) if m else None

    def _run_name(self, a: int, b: int) -> Speaker | None:
        """name() of the capitalised run ``a:b`` without the body or state naming it at its
        start; the states so named choose among an initialism's holders ("Fiji PM")."""
        codes = {self._speaker(m)[2] for m in self._between(a, b, "country") if m[1] < b}
        return self.name(self._unprefixed(a, b), codes - {None})

    def _unprefixed(self, a: int, b: int) -> str:
        """A capitalised run without the organisation or country naming it at its start
        ("Relief International Anna Berg" -> "Anna Berg")."""
        for m in self._between(a, b):
            if m[0] == a and m[2] != "person" and m[1] < b:
                a = m[1]
        return self.masked[a:b].strip()

    def _place_office_holder(self, office: str, place: str) -> Speaker | None:
        """The one person holding ``office`` in ``place`` (a town's mayor, a province's
        governor) or of that portfolio, as the article titles him: "Lima Mayor A Bcd", "A Bcd,
        mayor of Lima", "Minister of Water Resources A Bcd"."""
        head = office.split()[-1].lower()
        before = re.compile(rf"{re.escape(place)}(?:['’]s)?[ ](?:[\w-]+[ ]){{0,2}}$")
        after = re.compile(rf",[ ](?:the[ ])?(?:[\w-]+[ ]){{0,2}}{re.escape(head)}[ ]of[ ]{re.escape(place)}\b", re.I)
        whole = f"{office} of {place}".lower()      # ("the Minister of Water Resources": the portfolio)
        turned = f"{place} {head}".lower()          # (the same portfolio before the office: "Electricity Minister")
        holders = [p for p in self.persons if p.role and (p.role.lower().endswith((whole, turned)) or (
            p.role.lower().split()[-1] == head and (
                f"of {place}" in p.role or any(before.search(self.text, max(0, m.start - len(p.role) - len(place) - 24),
                                                             m.start - len(p.role) - 1)
                                               or after.match(self.text, m.end) for m in p.mentions))))]
        return (holders[0].name, "person", holders[0].key or None) if len(holders) == 1 else None

    def _member_before(self, a: int, stop: int, end: int):
        """The last person named before ``stop`` (within 160 characters of ``end``, not before
        ``a``) that a body's phrase ending at ``end`` follows ("A Bcd of/from the X Church of
        Finland"), or None."""
        member = [x for x in self._between(max(a, end - 160), stop, "person")
                  if _MEMBER_BODY.fullmatch(self.masked, x[1], end)]
        return member[-1] if member else None

    def styled(self, style: str, pos: int) -> Speaker | None:
        """The holder of a style standing for them ("His Excellency", "Her Majesty"): a
        monarch named before for a Majesty, else the person "he" or "she" would be."""
        if "Majesty" in style:
            spk = self.nominal("", "monarch", pos)
            if spk is not None:
                return spk
        if "Holiness" in style:         # "His Holiness said": the one styled so before ("His Holiness the Dalai Lama")
            held = [p for p in self.persons if any(m.start < pos and _HOLINESS_BEFORE.search(
                self.text, max(0, m.start - 16), m.start) for m in p.mentions)]
            if len(held) == 1:
                return held[0].name, "person", held[0].key or None
        return self.pronoun("he" if style.startswith("His") else "she", pos)

    def subject_before(self, a: int, b: int) -> tuple[bool, Speaker | None]:
        """The speaker phrase of a cue at ``b`` in the window ``[a, b)``: (found, speaker);
        found with no speaker is a pronoun or nominal that resolves to no actor."""
        # the phrase right before the cue lies in its last 200 characters: regexes anchored
        # at the end ($) run on that tail only, so long sentences cost nothing extra
        t0 = max(a, b - 200)
        e = t0 + len(_strip_trail(self.masked[t0:b]))
        on = self.masked.rfind(" on ", t0, e)
        if on > a and self.masked[on + 4:e].strip() in platforms() and \
                _noun_kind(self.masked[t0:on].rpartition(" ")[2].lower()) == "document":
            return self.subject_before(a, on)   # "the statement on Twitter said": the statement's
        stripped = self.masked[a:e]
        tail = self.masked[t0:e]
        aide = _AIDE_OF_END.search(tail) if " of " in tail or " to " in tail or " for " in tail else None
        if aide is not None and (aide.group(2).lower() != "secretary" or "press" in aide.group(1).lower()):
            # "the press secretary of the Kestrian premier remarked": the press secretary
            # named before, not the president
            spk = self.nominal(aide.group(1).strip(), aide.group(2).lower(), t0 + aide.start(2))
            if spk is not None and spk[1] == "person":
                return True, spk
        ofs = _OFFICE_OF_STATE_END.search(tail) if " of " in tail else None
        if ofs is not None and _noun_kind(ofs.group(2)) == "person" and self._codes([ofs.group(3)]):
            # "The trade minister of Peru, in turn, wrote": the holder of that state's
            # office, not the state
            spk = self.nominal(f"{ofs.group(3)} {ofs.group(1)}".strip(), ofs.group(2), t0 + ofs.start(2))
            if spk is not None and spk[1] == "person":
                return True, spk
        pe = _pronoun_end(tail)
        if pe:
            return True, self.pronoun(pe[0], t0 + pe[1])
        if tail.endswith(_PAIR_HEADS) and (pn := _PAIR_NOMINAL_END.search(tail)) is not None \
                and (pair := self._pair_before(pn.group(2), t0 + pn.start(1))) is not None:
            return True, pair           # "the two ministers said": the first of the pair named before
        if tail.endswith(("latter", "former")) and (lf := _LATTER_FORMER_END.search(tail)) is not None:
            return True, self.latter_or_former(lf.group(1), t0 + lf.start())
        st = _style_end(tail)
        if st is not None:              # "His Excellency said": the office holder named before, as "he"
            return True, self.styled(st.group(0), t0 + st.start())
        if tail.strip() in _ONE_OF_THEM:
            return True, None           # '"…," one said': one of the unnamed experts, nobody named
        doc = _IN_A_DOCUMENT.search(tail) if self.masked[e:b].lstrip().startswith(("that ", "which ")) else None
        if doc is not None and _noun_kind(doc.group(1)) == "document":
            # "A Bcd congratulated C Def in a letter which read:": the sentence's
            # subject wrote it, not the one congratulated
            i = bisect_right(self.sent_starts, t0 + doc.start()) - 1
            subject = next((x for x in self._between(max(a, self.sent_starts[i]), t0 + doc.start(), "person")
                            if self._opens_its_sentence(x[0], i)), None) if i >= 0 else None
            if subject is not None:
                return True, self._speaker(subject)
        if ", who " in stripped:
            opener = self._between(a, e, "person")[:1]
            if opener and not stripped[:opener[0][0] - a].strip() and self.masked.startswith(", who ", opener[0][1]) \
                    and self.masked.find(",", opener[0][1] + 6, e) >= 0:
                # "A, who stood between B and C at the podium, thanked them, saying": A
                return True, self._speaker(opener[0])
        last_word = (tail.split() or ("",))[-1].lower().lstrip(".;:!?”\",")   # (the regex only where it may match)
        group = _GROUP_END.search(tail) if last_word in _GROUP_WORDS else None
        if group is not None and (not tail[:group.start()].strip() or tail[:group.start()].rstrip()[-1] in ".;:!?”\","):
            # "Police said", "Kenyan officials told reporters": a group with no article opens the clause
            spk = self.nominal(group.group(1), group.group(2).lower(), t0 + group.start(2), True)
            return True, spk or self.described(group.group(0).strip(), t0 + group.start())
        window_tail = self.masked[t0:b].rstrip()
        if _AND_END.search(window_tail):
            # "X lauded Y's work and claimed ...": a second verb of the sentence's subject (not
            # a nominal the object ends in: "X defended the WHO and said", "X addressed the
            # statement by Kerry and said")
            spk = self.sentence_subject(a, b)
            if spk:
                return True, spk
        if " from " in tail or " by " in tail:
            doc = _DOC_FROM_END.search(tail)
            aside = _ASKED_ABOUT.search(tail, 0, doc.start()) if doc is not None else None
            if aside is not None and not tail[aside.end():doc.start()].count(","):
                # "A, when asked about the letter from B, said:": the subject before the
                # aside speaks, B's statement is what he was asked about
                return self.subject_before(a, t0 + aside.start())
            if doc is not None and _noun_kind(doc.group(1).lower()) == "document":
                # "the statement from the Yemeni embassy in Washington read": the issuer, not the place
                issuer = [x for x in self._between(t0 + doc.start(2), t0 + doc.end()) if x[2] != "country"]
                if issuer:
                    # (a person the phrase ends in over the body before the title: "a statement
                    # from State Department press secretary A Bcd")
                    head = next((x for x in issuer if x[2] == "person" and x[1] >= t0 + doc.end() - 1), None)
                    return True, self._speaker(head or issuer[0])
                if doc.end(2) < len(tail):
                    return True, None   # ("the statement from the X embassy in Paris": not Paris)
        dp = _DOC_PARTICIPLE_BEFORE.search(tail) if " to " in tail or " on " in tail else None
        if dp is not None and _noun_kind(dp.group(2)) == "document":
            # '"…," the embassy letter sent to the Herald said': the letter's issuer, not
            # the paper it was sent to
            spk = self.nominal(dp.group(1).strip(), dp.group(2), t0 + dp.start(2))
            if spk is not None:
                return True, spk
        if window_tail[-1:] == "," and (na := _NOMINAL_ASIDE_OPEN.match(self.masked, a, b)) is not None \
                and _noun_kind(na.group(2)) == "person" and MASK not in self.masked[a:b]:
            # "The Peruvian envoy, accredited to the OAS in May 2021, a week
            # before ..., said": the nominal the sentence opens on, not a body in its aside
            spk = self.nominal(na.group(1).strip(), na.group(2), na.start(2))
            if spk is not None:
                return True, spk
        if window_tail[-1:] == ",":
            clause = _PARTICIPLE_END.search(window_tail) or _ASIDE_END.search(window_tail)
            issued = _ISSUED_BY.match(window_tail, clause.start()) if clause is not None else None
            doc = window_tail[max(0, clause.start() - 40):clause.start()].rsplit(" ", 1)[-1] if issued else ""
            if issued is not None and _noun_kind(doc.lower()) == "document":
                # "The letter, issued by Peru's Interior Ministry, read": the ministry
                by = [x for x in self._between(t0 + issued.end(), t0 + len(window_tail) - 1) if x[2] != "country"
                      or not self.masked.startswith(("'s", "’s"), x[1])]
                if by:
                    return True, self._speaker(by[-1] if by[-1][2] != "person" or len(by) == 1 else by[0])
            if clause is not None:      # "The ruling, released on Monday, read": the subject before it
                found, spk = self.subject_before(a, t0 + clause.start())
                if found:
                    return found, spk
        ends = []
        app = _APPOSITION_END.search(window_tail)
        if app and window_tail.startswith((", which ", ", that ", ", whose "), app.start()):
            app = None                  # a relative clause (below), not an apposition
        if app and _PLACE_APPOSITION.match(window_tail, app.start()) and any(
                x[1] == t0 + app.start() and x[2] != "person" for x in self._between(t0, t0 + app.start())) \
                and not any(x[0] == t0 + app.start() + 2 for x in self._between(t0 + app.start(), b, "person")):
            # (not a person's name: "the head of the Kestrel Council, A Bcd, said")
            # "X, curator at the University of Kestrel, Springfield, said": the town says where
            # the body is; the subject is read before it
            found, spk = self.subject_before(a, t0 + app.start())
            if found and spk is not None and spk[1] == "person":
                return found, spk
        if app:   # "X, the minister of Y, said": X speaks
            inner = [x for x in self._between(t0 + app.start() + 1, t0 + app.end() - 1, "person")
                     if not self.masked[t0 + app.start() + 1:x[0]].strip()
                     and not self.masked[x[1]:t0 + app.end() - 1].strip()]
            before_app = self.masked[max(a, t0 + app.start() - 80):t0 + app.start()]
            if inner and (_DESCRIPTION_END.search(before_app) or _BARE_NOMINAL_END.search(before_app)):
                # "A spokesman for Putin, Dmitry Peskov, said"; '"…," the foreign minister, A
                # Bcd, told reporters': the name, not the last holder of the office named before
                return True, self._speaker(inner[0])
            if inner:
                wa = max(a, t0 + app.start() - 160)
                td = _TITLE_DESCRIPTION_END.search(self.masked, wa, t0 + app.start())
                if td is not None and (td.start() > wa or wa == a) and _title_kind(td.group(1).split()):
                    # "Special Assistant to the Premier on Media Affairs, A Bcd, said":
                    # the name, not the last capitalised word of the office
                    return True, self._speaker(inner[0])
            ends.append(t0 + len(_strip_trail(window_tail[:app.start()])))
        ends.append(e)
        rel = _RELATIVE_END.search(window_tail) if not app and ("which" in tail or "that" in tail
                                                                 or "whose" in tail) else None
        if rel is not None:
            # "X Marine, which is owned by Saudi Aramco, would only say": the body before the
            # relative clause (a person before one is found below)
            end = t0 + len(_strip_trail(tail[:rel.start()]))
            body = [x for x in self._between(max(a, end - 160), end) if x[1] >= end - 1]
            if body and body[0][2] == "organization":
                return True, self._owner_name(body[0]) or self._speaker(body[0])
            # the subject is what stands before the clause: a body or platform the clause
            # names does not speak ("The notice, which was shared on Twitter, said")
            tail = tail[:len(_strip_trail(tail[:rel.start()]))]
            e = t0 + len(tail)
            ends = [e]
        voice = _VOICE_OF_END.search(tail) if "of the " in tail or "for the " in tail else None
        if voice is not None:
            # "the representative of the Kestrian foreign ministry wrote": its spokeswoman named
            # before, whose role names that body
            body = voice.group(1).lower()
            holders = [p for p in self.persons if p.role and "spokes" in p.role.lower()
                       and any(m.end <= t0 + voice.start() for m in p.mentions)
                       and (body in p.role.lower()      # ("Russian Foreign Ministry spokeswoman A Bcd")
                            or any(body in self.text[max(0, m.start - 80):m.start].lower() for m in p.mentions))]
            if len(holders) == 1:
                return True, (holders[0].name, "person", holders[0].key or None)
        office = _OFFICE_NAMED_END.search(tail) if "he " in tail else None
        if office is not None and " " in office.group(1):
            # "The Premier and Minister of Foreign Affairs went on": the one person
            # holding that office as written, not a name read from its last words
            title = office.group(1).lower()
            holders = [p for p in self.persons if p.role and p.role.lower() == title]
            if not holders and (at := self.text.lower().find(f", the {title}, ", 0, t0 + office.start())) >= 0:
                # "the monarch, the Keeper of the Twin Shrines, King A Bcd, ... ¶ The Keeper of
                # the Twin Shrines said": the one named right after the style
                # set off in apposition
                after = at + len(title) + 8
                holders = [p for p in self.persons if any(after <= m.start <= after + 40 for m in p.mentions)][:1]
            if len(holders) == 1:
                return True, (holders[0].name, "person", holders[0].key or None)
        hs = _HEAD_OF_STATE_END.search(tail) if "ead of " in tail else None   # (also "the Head of State")
        if hs is not None:              # "a Peruvian head of state told": the Peruvian leader
            spk = self.nominal(hs.group(1), "leader", t0 + hs.start())
            p = next((p for p in self.persons if p.name == spk[0]), None) \
                if spk is not None and spk[1] == "person" else None
            role = (p.role or "").lower() if p is not None else ""
            # (a leader in a top office, not the minister the modifiers' state also has)
            return True, spk if _TOP_OFFICE.search(role) and _DEPUTY_WORDS.isdisjoint(role.split()) else None
        env = _ENVOY_TO_END.search(tail) if " to " in tail or " in " in tail else None
        if env is not None:
            # "the Kestrian envoy to Peru added": the envoy, not the state he is posted to
            return True, self.nominal(env.group(2), env.group(3), t0 + env.start(3),
                                      env.group(1).lower() in ("a", "an"))
        hd = _HEAD_OF_DIPLOMACY_END.search(tail) if tail.endswith(_DIPLOMACY_ENDS) else None
        if hd is not None and (spk := self.nominal("", "head", t0 + hd.start())) is not None:
            # "Through Twitter, the head of Kestrian diplomacy said", "the head of Kestria's
            # foreign ministry said": the foreign minister, not the ministry
            return True, spk
        for end in ends:
            # the one spoken to is no speaker ("X, speaking to the BBC, said")
            near = [x for x in self._between(max(a, end - 160), end) if x[1] >= end - 1
                    and not _ADDRESSED.search(self.masked, max(x[0] - 40, a), x[0])
                    # (not the platform a post was made on: "Through Twitter, the minister said")
                    and not (x[2] == "organization" and x[3].name in platforms()
                             and self.masked.endswith(_ON_A_PLATFORM, 0, x[0]))]
            near.sort(key=lambda x: ({"person": 0, "organization": 1, "country": 2}[x[2]], -x[1]))
            if near and near[0][2] == "organization" and self.masked[near[0][0] - 1:near[0][0]] == "(":
                # "..., Tax Coordinator at the Kestrel Network on Debt (Kend) said": the body
                # the acronym in brackets follows stands for both
                outer = [x for x in self._between(max(a, near[0][0] - 160), near[0][0] - 1, "organization")
                         if x[1] == near[0][0] - 2]
                if outer:
                    near = [outer[-1]]
            if near and near[0][2] == "person" and _PREP_END.search(self.masked, max(a, near[0][0] - 8), near[0][0]):
                # "A Bcd, chief of staff to C Def told ..." (the apposition left open): A speaks
                opener = [x for x in self._between(a, near[0][0], "person") if self.masked.startswith(", ", x[1])]
                if opener:
                    return True, self._speaker(opener[-1])
            if near and near[0][2] == "person":
                return True, self._speaker(self._first_of_pair(near[0]))
            m = _caprun_end(self.masked, max(a, end - 80), end)
            if m and _ADDRESSED.search(self.masked, max(m.start(1) - 40, a), m.start(1)):
                m = None
            if end != e:
                # before an apposition only a person will do ("The mayor of Lima, Rosa Quispe,")
                if m and not near and not _PREP_END.search(self.masked, max(0, m.start(1) - 8), m.start(1)):
                    spk = self._run_owner(m.start(1)) or self._run_name(m.start(1), end)
                    if spk and spk[1] == "person":
                        return True, spk
                # "A Bcd of Somalia Water and Land Management, the agency where ..., told": A Bcd
                member = self._member_before(a, end, end)
                if member is not None:
                    return True, self._speaker(member)
                continue
            if near and near[0][2] != "person":
                # "Archbishop A Bcd from the Evangelical Lutheran Church of Finland welcomed": the
                # person the body or state is attached to
                member = self._member_before(a, near[0][0], end)
                if member is not None:
                    return True, self._speaker(self._first_of_pair(member))
            if near and near[0][2] != "person" \
                    and _PREP_END.search(self.masked, max(0, near[0][0] - 8), near[0][0]):
                # "A Bcd, author of a book about cooperatives in Argentina told X": the state or
                # body ends a phrase of the apposition; the person opening the sentence speaks
                opener = [x for x in self._between(a, near[0][0], "person") if self.masked.startswith(", ", x[1])
                          and self._opens_its_sentence(x[0], bisect_right(self.sent_starts, x[0]) - 1)]
                if opener:
                    return True, self._speaker(opener[0])
            obj = near[0][0] if near and near[0][2] == "organization" else m.start(1) if m and not near else -1
            if obj > 0 and _MEMBER_OF_END.search(self.masked, max(0, obj - 60), obj):
                subj = self._between(max(a, end - 160), obj, "person")
                if subj:                # "X of Y University and contributor to Slate wrote": X
                    return True, self._speaker(self._first_of_pair(subj[-1]))
            if m and not near and self.masked.endswith(("the ", "The "), 0, m.start(1)) \
                    and len(words := m.group(1).split()) == 2 and _noun_kind(words[1].lower()) == "person" \
                    and self._codes(words[:1]):
                # "..., the German Chancellor said:": the nominal, not whoever the state's
                # mention is tied to
                spk = self.nominal(words[0], words[1], m.start(1))
                if spk is not None:
                    return True, spk
            if near and not (near[0][2] == "country" and m and m.start(1) < near[0][0]):
                best = self._owner(near[0])
                if best[2] == "person":
                    best = self._first_of_pair(best)
                return True, self._owner_name(best) or self._speaker(best)
            if m and near and near[0][2] == "country" and (best := self._owner(near[0]))[2] == "person":
                return True, self._speaker(best)    # "the President of Kyrgyzstan said": its holder
            if m and (off := _PLACE_OFFICE_END.search(self.masked, max(a, m.start(1) - 40), m.start(1))) \
                    and (holder := self._place_office_holder(off.group(1), m.group(1))) is not None:
                return True, holder     # "the mayor of Lima wrote": "Lima Mayor A Bcd", named before
            if m and not _IN_PLACE_END.search(self.masked, max(a, m.start(1) - 40), m.start(1)):
                # a name the lists lack; "X of/at <run>": X speaks (not the place an envoy is
                # posted in: "The Ukrainian ambassador in Paris voiced")
                spk = self._run_owner(m.start(1)) or self._run_name(m.start(1), end)
                if spk:
                    return True, spk
        d = _OWNED_DOC_END.search(tail)
        if d is not None and _noun_kind(d.group(1)) == "document":
            owner = [x for x in self._between(t0, t0 + d.start()) if x[1] == t0 + d.start()]
            if owner:                   # the owner, not a body the document's name holds
                return True, self._speaker(owner[-1])
        m = _NOMINAL_END.search(tail)
        indefinite = m is not None and _INDEFINITE.match(m.group(0)) is not None
        if m and (m.group(2).lower() in _speaker_nouns() or m.group(2).lower() in _CAMPAIGN
                  or indefinite and _is_person_noun(m.group(2))):     # "one senior banker said"
            if _MEMBER_OF_END.search(tail, max(0, m.start() - 12), m.start()):
                subj = self._between(max(a, t0 + m.start() - 160), t0 + m.start(), "person")
                if subj and subj[-1][1] >= t0 + m.start() - 12:
                    return True, self._speaker(subj[-1])     # "X of the Y party said": X
                if subj and _TITLE_OF_GAP.fullmatch(self.masked, subj[-1][1], t0 + m.start()):
                    # "General A Bcd, envoy of the Kestrian army welcomed ...
                    # by saying": A, whose apposition the writer did not close
                    return True, self._speaker(subj[-1])
            if tail[:m.start()].endswith(", "):
                named = [x for x in self._between(max(a, t0 + m.start() - 80), t0 + m.start(), "person")
                         if x[1] == t0 + m.start() - 2]
                if named:                   # "Ellen Laipson, the other ex-CIA official also stated": she
                    return True, self._speaker(named[-1])
            det = m.group(0).split(None, 1)[0].lower()
            if det in ("his", "her") and _noun_kind(m.group(2).lower()) == "document":
                # '"…," her statement today says': hers, whoever "she" is here
                return True, self.pronoun("he" if det == "his" else "she", t0 + m.start())
            spk = self.nominal(m.group(1), m.group(2), t0 + m.start(), indefinite)
            if spk is None and _is_person_noun(m.group(2)) and det == "the" \
                    and (intro := _introduced_unnamed(self.masked, m.group(2).lower(), t0 + m.start())) is not None:
                # '…, according to a Kestrian army source. "…," the source said': the one so
                # described, written out
                spk = self.described(intro.group(0), intro.start())
            if spk is None and _is_person_noun(m.group(2)):
                spk = self.described(m.group(0), t0 + m.start())   # "a senior administration official said"
            if spk is not None or m.group(2).lower() not in _named_only():
                return True, spk        # (a body named only before, not found: the phrase may say
                                        # more, "the head of the trade mission")
        one = _ONE_OF_END.search(tail, 0, m.start()) if m is not None and m.group(2).endswith("s") else None
        if one is not None and m.group(2).islower():
            # '"…," one of the rebels told a radio station': one of them, unnamed
            return True, self.described(tail[one.start(1):], t0 + one.start(1))
        if (m and m.group(2).islower() and not m.group(1).strip() or m and _NOMINAL_UNKNOWN.fullmatch(m.group(0))
                or m and m.group(1).islower() and _is_person_noun(m.group(2))) \
                and not _PREP_BEFORE.search(tail, 0, m.start()):   # not "... during the debate"
            # "a South African delegate said", "the mission member told": a speaker the lists
            # cannot name, described
            if _is_person_noun(m.group(2)):
                if tail[:m.start()].endswith(", "):
                    named = [x for x in self._between(max(a, t0 + m.start() - 80), t0 + m.start(), "person")
                             if x[1] == t0 + m.start() - 2]
                    if named:           # "Ana Ruiz, the third witness, told": she
                        return True, self._speaker(named[-1])
                return True, self.described(m.group(0), t0 + m.start())
            if " who " not in tail[:m.start()] or _CLAUSE_OPEN_END.search(tail, 0, m.start()) \
                    or self.masked[e:b].lstrip().startswith(("that ", "which ")):
                return True, None       # "the banner read", "a banner that read": no one to name
            # ("X who flew to Quito to attend the summit said": the object in a relative
            # clause, not the subject; the subject is read below)
        if m and indefinite and m.group(2) in _COLLECTIVE_NOUNS and not _PREP_BEFORE.search(tail, 0, m.start()):
            # "a dozen groups wrote in a letter": the groups, described
            return True, self.described(m.group(0), t0 + m.start())
        cp = _COUNTERPART_END.search(tail) if tail.endswith("counterpart") else None
        if cp is not None and cp.group(1).strip():
            # "Marek's Japanese counterpart said": the person of that state, not the possessor
            spk = self.nominal(cp.group(1), "counterpart", t0 + cp.start(1))
            if spk is not None:
                return True, spk
        pm = _POSSESSOR_NOMINAL_END.search(tail) if "s " in tail else None
        state_owner = pm is not None and self._state_possessor(pm.group(1))
        if state_owner and _noun_kind(pm.group(3)) == "person":
            # "Guatemala's president said": the person with that role who acts for the state
            spk = self.nominal(f"{pm.group(1)} {pm.group(2)}", pm.group(3), t0 + pm.start())
            return True, spk or self.described(pm.group(0).strip(), t0 + pm.start())
        if state_owner and _noun_kind(pm.group(3)) == "organization":
            # "Algeria's presidency said", "Finland's defence ministry said": the state's body,
            # under the name the text gives it
            spk = self.nominal(f"{pm.group(1)} {pm.group(2)}", pm.group(3), t0 + pm.start())
            name = pm.group(0).strip()
            if spk is None or (spk[1] == "organization" and len(spk[0]) <= len(name)):
                spk = (name, "organization", None)      # (not a bare "presidency")
            return True, spk
        a = max(a, e - _WINDOW)
        stripped = self.masked[a:e]
        lo = a + stripped.rfind(";") + 1
        for kind in ("person", "organization"):
            every = self._between(lo, e, kind)
            found = [x for x in every if not _POSSESSIVE.match(self.masked, x[1])]
            if kind == "person" and not found and every and any(
                    o[0] <= every[-1][1] + 3 and o[3].name not in platforms() and o[3].kind != "media"
                    for o in self._between(every[-1][1], e, "organization")):
                continue                # "Netanyahu's Likud party said": the party, not its leader
            found = found or every
            if found:
                return True, self._speaker(self._owner(found[-1]))
        m = _caprun_end(tail, 0, len(tail))
        if m and not _IN_PLACE_END.search(tail, max(0, m.start(1) - 40), m.start(1)):
            spk = self._run_name(t0 + m.start(1), e)
            if spk:
                return True, spk
        # "Rosa Quispe from the opposition bloc said": the first name-like run of the clause
        for m in _CAPRUN.finditer(self.masked, lo, e):
            if _PREP_END.search(self.masked, max(0, m.start() - 8), m.start()):
                continue
            spk = self.name(m.group())
            if spk and spk[1] == "person" and (spk[0] in self.person_names or len(spk[0].split()) > 1):
                return True, spk
        found = list(_PRONOUN_ANY.finditer(stripped))
        if found:
            return True, self.pronoun(found[-1].group(1), a + found[-1].start(1))
        d = _OF_DESCRIPTION.search(tail)
        if d is not None and _is_person_noun(d.group(2)):
            return True, self.described(d.group(1), t0 + d.start())   # "The head of the internal investigators told"
        return False, None

    def subject_after(self, a: int, b: int, *, according: bool = False,
                      documents: bool = False) -> tuple[bool, Speaker | None]:
        """The speaker phrase right after a cue at ``a``: 'said Ecuadorian president Rafael
        Arroyo', 'according to President Dronov'. Unless ``according``, the phrase must fill
        the clause ('said the rebels had agreed' has no speaker after 'said')."""
        seg = self.masked[a:b]
        seg = seg[:_terminal(seg)]
        lead = len(seg) - len(seg.lstrip())
        cut = (_ACCORDING_CUT if according else _CLAUSE_CUT).search(seg, lead + 1)
        if cut:
            seg = seg[:cut.start()]
        seg = seg.rstrip()
        if not according and (pp := _DOC_PARTICIPLE_END.search(seg)) is not None \
                and _noun_kind(pp.group(1).lower()) == "document":
            seg = seg[:pp.end(1)]       # '"…," said the ministry's statement posted on its website'
        end = a + len(seg)
        if not according and (on := _ON_PLATFORM.fullmatch(seg)) is not None and on.group(1) in platforms():
            return False, None          # '…," in a statement on Twitter': the platform is no speaker
        if according:
            m = _OBJECT_PRONOUN.match(seg)
            if m:   # "according to him": the person last named
                word = {"him": "he", "her": "she", "them": "they"}[m.group(1).lower()]
                return True, self.pronoun(word, a + m.start(1))
            found = self._between(a, end, "person")
            if found:
                return True, self._speaker(found[0])
            d = _NOMINAL_END.search(seg) if cut is not None and self.masked.startswith(", ", end) else None
            if cut is not None and self.masked.startswith(", ", end) and (
                    d is None or seg[:d.start()].strip() or d.group(2).lower() not in _speaker_nouns()):
                # "quoted the envoy of the Kestrel Mission, A Bcd,": the noun before its phrase
                d = _NOUN_OF_PHRASE.fullmatch(seg)
            if d is not None and not seg[:d.start()].strip() and d.group(2).lower() in _speaker_nouns():
                # "according to the PMDB leader, Senator A Bcd, the …": the person the nominal names
                named = [x for x in self._between(end + 2, end + 60, "person")
                         if _TITLE_GAP.fullmatch(self.masked, end + 2, x[0]) and self.masked.startswith(",", x[1])]
                if named:
                    return True, self._speaker(named[0])
            if cut is not None and self.masked.startswith(", ", end) and any(
                    _noun_kind(w.lower()) == "document" for w in _WORD.findall(seg)):
                # "According to the Armenian readout of the talks, A “stressed …”": the person
                # the document reports, opening the clause after it
                named = [x for x in self._between(end + 2, b, "person") if x[0] == end + 2]
                if named:
                    return True, self._speaker(named[0])
            runs = _CAPRUN.findall(seg)
            spk = self.name(runs[-1]) if runs else None
            if spk and spk[1] == "person" and spk[0] in self.person_names:   # known by family name
                return True, spk
            found = self._between(a, end, "organization")
            if found:
                return True, self._speaker(found[0])
            if spk:
                return True, spk
            found = self._between(a, end, "country")
            if found:
                return True, self._speaker(found[0])
            d = _NOMINAL_END.search(seg)
            if d and seg.lstrip()[:3] in ("its", "Its", "the", "The") and not seg[:d.start()].strip() \
                    and _noun_kind(d.group(2).lower()) == "document":
                # "according to its press release, the league was "…"": the body the clause names
                after = self._between(end, b, "organization")
                if after and not self._between(end, after[0][0], "person"):
                    return True, self._speaker(after[0])
            m = _NOMINAL_WHOLE.fullmatch(seg)
            if m and _INDEFINITE.match(seg) is None and _noun_kind(m.group(2).lower()) == "organization":
                # "according to the ministry, …": the body the nominal names
                spk = self.nominal(m.group(1), m.group(2), a + m.start(2))
                if spk is not None:
                    return True, spk
            if documents and m and seg.lstrip()[:4] in ("the ", "The ") and _noun_kind(m.group(2).lower()) == "document":
                # ('"…," according to the report.': the body that issued or reported it, when asked)
                spk = self.nominal(m.group(1), m.group(2), a + m.start(2))
                if spk is not None and spk[1] == "organization":
                    return True, spk
            return False, None
        m = _PRONOUN_START.match(seg)
        if m and not seg[m.end():].strip():
            return True, self.pronoun(m.group(1), a + m.start(1))
        st = _style_end(seg)
        if st is not None and not seg[:st.start()].strip():
            return True, self.styled(st.group(0), a + st.start())    # '"…," said His Majesty.'
        d = _DOCUMENT_BY.match(self.masked, a, b)    # (before the cut at "from")
        if d is not None and _noun_kind(d.group(1).lower()) == "document":
            # '"…," read a note issued by the Kestrian Presidency': its issuer
            found, spk = self.subject_after(d.end(), b)
            if found:
                return found, spk
        if seg.strip() in _ONE_OF_THEM and cut is None:
            return True, None           # '"…," said one.': one of those described before, unnamed
        if " and " in seg and (first := next(iter(self._between(a + lead, end, "person")), None)) is not None \
                and first[0] == a + lead and _AND_VERB.match(self.masked, first[1]):
            # '"…," said A and thanked China for its support': A, the subject of both verbs
            return True, self._speaker(first)
        found = [x for x in self._between(a, end) if x[1] >= end - 1]
        found.sort(key=lambda x: {"person": 0, "organization": 1, "country": 2}[x[2]])
        if not found or found[0][2] != "person":
            # 'said Mayor of London Sadiq Khan', 'said X University's chancellor, Pradeep Khosla':
            # a title phrase that ends in a named person speaks through that person
            whole = self.masked[a:min(b, a + 200)]
            whole = whole[:_terminal(whole)]
            if "(" in whole:            # 'said Bcd Securities (Japan) vice president A Bcd': a
                whole = _SHORT_PAREN.sub(lambda p: " " * len(p.group()), whole)     # name's bracket
            stop = _APPOSED_STOP.search(whole)
            whole_end = a + len((whole[:stop.start()] if stop else whole).rstrip(" ,"))
            # (the person may end the phrase or be followed by a clause: "... Chuck Hagel on Tuesday")
            apposed = next((x for x in self._between(a, min(whole_end, a + 120), "person")
                            if (x[1] >= whole_end - 1 or _CLAUSE_CUT.match(self.masked, x[1]))
                            and (_title_phrase(whole[:x[0] - a]) or (
                                (h := _HEAD_OF_PHRASE.fullmatch(whole, 0, x[0] - a)) is not None
                                and h.group(1).lower() in title_words()))), None)
            if apposed is None:
                # 'said a spokesman for the presidency in an interview, A Bcd.': a nominal with
                # its phrases, then the name that ends the sentence
                nom = _NOMINAL_LEAD.match(self.masked, a, whole_end)
                last = self._between(a, whole_end, "person")[-1:] if nom is not None else ()
                if last and (last[0][1] >= whole_end - 1 or self.masked.startswith(", ", last[0][1])
                             and _PHRASE_AFTER_NAME.match(self.masked, last[0][1] + 2)) \
                        and self.masked[a:last[0][0]].rstrip().endswith(",") \
                        and nom.group(1).lower() in _speaker_nouns():
                    apposed = last[0]
            if apposed is not None:
                return True, self._speaker(apposed)
        d = _OWNED_DOC.search(seg) if not found or found[0][2] != "person" else None
        if d is not None and ((doc := _noun_kind(d.group(1).lower()) == "document") or d.group(1) == "office"):
            # 'reads Judge Miller's statement', 'said the ministry's report': the owner; '"…,"
            # said Nehamer’s office': a person owner, as for "his office" (not a body so named)
            owner = [x for x in self._between(a, a + d.start()) if x[1] >= a + d.start() - 1
                     and (doc or x[2] == "person")]
            if owner:
                return True, self._speaker(owner[0])
        sp = _STATE_NOMINAL.fullmatch(seg) if not found or found[0][2] != "person" else None
        if sp is not None and self._codes([sp.group(1)]) and _noun_kind(sp.group(3).lower()) == "person":
            # '"…," said Iraq’s representative to the committee': a state's holder of that post
            spk = self.nominal(f"{sp.group(1)} {sp.group(2)}", sp.group(3), a + sp.start(3))
            if spk is not None:
                return True, spk
        if found:
            return True, self._speaker(found[0])
        m = _NOMINAL_WHOLE.fullmatch(seg)
        if m and cut and cut.group() == "," and len(seg.split()) <= 4:
            named = self._apposed_person(a + cut.end(), b)
            if named is not None:       # 'said a local farmer, A Bcd, who ...': the name, not the noun
                return True, named
        indefinite = m is not None and _INDEFINITE.match(seg, m.start()) is not None
        if m and (m.group(2).lower() in _speaker_nouns() or indefinite and _is_person_noun(m.group(2))):
            spk = self.nominal(m.group(1), m.group(2), a, indefinite)
            if spk is None and indefinite and _is_person_noun(m.group(2)):
                spk = self.described(seg, a)     # 'said one Western envoy': the description speaks
            return True, spk
        runs = list(_CAPRUN.finditer(seg))
        if runs and not seg[runs[-1].end():].strip():
            spk = self.name(runs[-1].group())
            if spk:
                return True, spk
            words = runs[-1].group().split()
            if len(words) > 1 and _noun_kind(words[-1].lower()) in ("media", "organization"):
                # "reported Daily Nation Newspaper": a body or outlet named with its noun (an
                # outlet's "Newspaper" or "Magazine" describes it: "Daily Nation")
                run = " ".join(words[:-1]) if words[-1] in ("Newspaper", "Magazine") else runs[-1].group()
                o = self._body_named(run)
                return True, (o.name, "organization", o.name) if o is not None else (run, "organization", run)
        if cut and cut.group() == "," and len(seg.split()) <= 4:
            # "said his brother, Omar Haddad, after ...": the name in the apposition
            a2 = a + cut.end()
            named = self._apposed_person(a2, b)
            if named is not None:
                return True, named
            m = _APPOSED_NAME.match(self.masked, a2, b)
            spk = self.name(m.group(1)) if m else None
            if spk:
                return True, spk
        return False, None

    def _apposed_person(self, a: int, b: int) -> Speaker | None:
        """The person named alone in the apposition that starts at ``a`` (", Omar Haddad,"),
        if the name ends it; else None."""
        m = _APPOSED_NAME.match(self.masked, a, b)
        if m is None:
            return None
        found = self._between(a, m.end(1), "person")
        return self._speaker(found[-1]) if found else None

    def opening_subject(self, a: int, b: int) -> Speaker | None:
        """The person a sentence opens with ("Mohr lauded ...", "Then just 19, she looked ..."),
        when no relative clause with a subject of its own stands before ``b``; else None."""
        if _RELATIVE.search(self.masked, a, b):
            return None
        po = _PAIR_OPEN.match(self.masked, a, b)
        if po is not None and not _PASSIVE.match(self.masked, po.end(1)) \
                and not self.masked.endswith(" of ", 0, b):     # ('agreed on a policy of "…"': a name)
            # "In a joint note, the two envoys defended their wish to "…"": the first of the
            # pair named before
            return self._pair_before(po.group(2), po.start(1))
        m = _OPENING.match(self.masked, a, b)
        p = m.end() if m else a
        if m and m.group(1):
            if _PASSIVE.match(self.masked, m.end(1)):
                return None     # "He was known as a "...": what others call him
            return self.pronoun(m.group(1), m.start(1))
        first = self._between(p, b, "person")
        if first and _TITLE_RUN.fullmatch(self.masked, p, first[0][0]) \
                and not _POSSESSIVE.match(self.masked, first[0][1]) and not _PASSIVE.match(self.masked, first[0][1]):
            return self._speaker(first[0])
        return None

    def sentence_subject(self, a: int, b: int) -> Speaker | None:
        """The first actor of a sentence (persons first), or its opening pronoun."""
        seg = self.masked[a:b]
        if seg[:1].isupper() and (fr := _PARTICIPLE_OPEN.match(seg)) is not None \
                and not (fr.group(1) and fr.group(1) in country_aliases()):
            # "Asked whether he had hurt ties with the bloc's members, and had lost ..., the
            # Prime Minister repeated ...", "Reflecting on the road in front, the economist
            # emphasised ...": the subject follows the clause's last comma that opens no
            # continuation of it (not "Beijing has said": a capital)
            c = fr.end()
            while (c := seg.find(",", c, 260)) >= 0:
                if not _CLAUSE_GOES_ON.match(seg, c + 1):
                    spk = self.sentence_subject(a + c + 1, b)
                    if spk is not None:     # (the next comma where the words after it name
                        return spk          # nobody: "Noting that on Monday, the vote …, he")
                c += 1
        acc = _ACCORDING_OPEN.match(seg) if "ccording to " in seg[:16] else None
        if acc is not None:             # "According to Tan, the ban would …. "…"": Tan's words
            spk = self.name(acc.group(1))
            if spk is not None and spk[1] == "person":
                return spk
        cp = _COUNTERPART_START.match(seg) if "counterpart" in seg else None
        if cp is not None:              # "Marek's Japanese counterpart also agreed": not Marek
            spk = self.nominal(cp.group(1), "counterpart", a + cp.start(1))
            if spk is not None:
                return spk
        d = _DESCRIPTION_APPOS.match(seg)
        if d is not None:               # "A spokesman for Gaddafi, Moussa Ibrahim, ... said"
            named = [x for x in self._between(a + d.end(), b, "person") if x[0] == a + d.end()
                     and self.masked.startswith(",", x[1])]
            if named:
                return self._speaker(named[0])
        po = _PAIR_OPEN.match(seg) if "oth " in seg[:70] or "he " in seg[:70] else None
        if po is not None and (pair := self._pair_before(po.group(2), a + po.start(1))) is not None:
            return pair                 # "In a joint note, the two envoys defended": the first of the pair
        m = _SUBJECT_RUN.match(seg)
        spk, run_end = None, a
        if m and _PARTICIPLE_OPENING.match(m.group(1)) and m.group(1).split()[0] not in given_names():
            m = None                    # "Straddling the Kestrel River, the city was ...": no subject
        if m:
            nxt = _NEXT_LOWER.match(seg, m.end(1))
            if nxt is not None and nxt.group(1).lower() in _speaker_nouns() and \
                    _speaker_nouns()[nxt.group(1).lower()][0] == "person":
                # "The Kestrian head of the mission wrote": a nominal, its capitals modifiers
                named = [x for x in self._between(a + nxt.end(), b, "person")
                         if x[0] == a + nxt.end() + 1 and self.masked[a + nxt.end()] == " "]
                if named:               # "Kremlin spokesperson Dmitry Peskov ...": the name the title heads
                    return self._speaker(named[0])
                spk = self.nominal(m.group(1), nxt.group(1), a + m.start(1))
                if spk is not None:
                    return spk
            spk, run_end = self.name(m.group(1)), a + m.end(1)
            if spk and spk[0] in self.person_names:
                return spk
            words = m.group(1).split()
            if spk is None and 1 < len(words) <= 3 and _speaker_nouns().get(words[-1].lower(), ("",))[0] == "person" \
                    and _title_kind(words) == "office":
                # "Prime Minister offered his sympathy to President A and said": the office
                # written without "the", the one who holds it
                held = self.nominal(" ".join(words[:-1]), words[-1], a + m.start(1))
                if held is not None and held[1] == "person":
                    return held
        if seg[:4] in ("The ", "the ") and ((rel := _BODY_RELEASED.match(seg)) is not None
                                           or (rel := _nominal_subject().match(seg)) is not None) \
                and _noun_kind(rel.group(2)) == "organization":
            # "The ministry released a statement after A announced ...", "The ministry said
            # that Ambassador A was handed a note": the body (its statement speaks in the
            # paragraphs after), not the person the sentence names
            spk = self.nominal(rel.group(1), rel.group(2), a + rel.start(2))
            if spk is not None:
                return spk
        first_person = self._between(a, b, "person")
        if len(first_person) > 1:       # "After Biden's win, Trump issued ...": not a possessor
            first_person = [x for x in first_person if not _POSSESSIVE.match(self.masked, x[1])] or first_person
            fronted = _LEADING.match(seg)
            if fronted is not None:     # "Following Guterres, President Lula ... urging": Lula
                first_person = [x for x in first_person if x[0] >= a + fronted.end()] or first_person
        first_org = self._between(a, b, "organization")
        m = _PRONOUN_START.match(seg) or _RX1.match(seg)
        if m and not (first_person and first_person[0][0] < a + m.start(1)):
            return self.pronoun(m.group(1), a + m.start(1))
        if first_person and first_org and first_org[0][1] <= first_person[0][0] \
                and all(_POSSESSIVE.match(self.masked, x[1]) for x in first_person) \
                and not _ADDRESSED.search(self.masked, max(a, first_org[0][0] - 40), first_org[0][0]):
            return self._speaker(first_org[0])  # "Kestria's Trade Ministry hit back at Marek's
                                                # remarks, saying": the body, not a possessor after it
        if first_person and first_org and first_org[0][1] < first_person[0][0] - 60 \
                and not _ADDRESSED.search(self.masked, max(a, first_org[0][0] - 40), first_org[0][0]):
            return self._speaker(first_org[0])  # (not "Speaking to the X Agency during ..., A said")
        if first_person:
            return self._speaker(first_person[0])
        if spk and spk[1] == "person" and len(spk[0].split()) > 1 \
                and not (first_org and first_org[0][0] < run_end):
            return spk      # "Mick Jagger of the band also reacted on Twitter": a name the lists lack
        if first_org:
            return self._speaker(first_org[0])
        lead = _LEADING.match(seg) if seg.lstrip()[:4] not in ("The ", "the ") else None
        k = lead.end() if lead is not None else 0   # ("In a release, the Presidency explains …")
        pm = _POSSESSOR_NOMINAL_START.match(seg, k) if "s " in seg[k:k + 40] else None
        if pm is not None and _noun_kind(pm.group(3)) == "person" \
                and self._state_possessor(pm.group(1)):
            # "For her part, Chile's president-elect hailed …, saying": the one who holds it
            return self.nominal(f"{pm.group(1)} {pm.group(2)}", pm.group(3), a + pm.start(3))
        m = _nominal_subject().match(seg, k) if seg[k:].lstrip()[:4] in ("The ", "the ") else None
        if m is not None and m.group(2).lower() in _speaker_nouns():
            # "The Prime Minister said that ...": the office holder the nominal names
            return self.nominal(m.group(1), m.group(2), a + m.start(2))
        m = _FRONTED_SUBJECT.match(seg)
        return self.name(m.group(1)) if m else None   # "In the filing itself Ford also wrote"


# --------------------------------------------------------------------------- the extractor

def _mask(text: str, cands: list[_Candidate], paragraphs) -> str:
    pieces, last = [], 0
    for c in cands:
        for i, (a, b) in enumerate(c.segments):
            o = c.open if i == 0 else a - 1
            while o > 0 and text[o] not in _OPENING_MARKS and o > a - 3 and not (i == 0 and text[o] in "”»") \
                    and text[o - 1] != "\n":
                o -= 1                  # (a "”" opening the quote is its mark: 'told:”It …”')
            o = min(o, a)
            z = b
            if c.close is not None and i == len(c.segments) - 1:
                z = c.close + 1
            else:
                p = paragraphs[bisect_right([p[0] for p in paragraphs], a) - 1]
                z = p[1]
            if o < last:
                o = last
            pieces.append(text[last:o])
            pieces.append(MASK * (z - o))
            last = z
    pieces.append(text[last:])
    masked = "".join(pieces)
    if "‘" in masked:
        masked = _INWORD_OPEN_SINGLE.sub("’", masked)  # "Iran‘s": an apostrophe, as "Iran’s"
    if " (" in masked and _NAME_ASIDE.search(masked):
        # "Rosalia Wu (吳思瑤) said", "chairman A Bcd (Kadima) said": a name's native spelling
        # or party in brackets after it stands apart from nothing: the name and its verb read
        # as adjacent
        masked = _NAME_ASIDE.sub(
            lambda m: " " * len(m.group()) if masked[m.start() - 1:m.start()].isalnum() else m.group(), masked)
    return masked


#: a sentence opening on a definite nominal and a participle aside: "The Nicaraguan
#: ambassador, accredited to ..." (group 1 the capitalised modifiers, 2 the noun)
_NOMINAL_ASIDE_OPEN = re.compile(r"\s*[Tt]he[ ]((?:[A-Z][\w’'-]*[ ]){0,2})([a-z]+),[ ][a-z]+(?:ed|en|ing)\b")
#: a definite office of a named state ending a speaker phrase: "The trade minister of Peru,
#: in turn," (group 1 modifiers, 2 the noun, 3 the state's name)
_OFFICE_OF_STATE_END = re.compile(r"(?:^|(?<=[\s,;]))[Tt]he[ ]((?:[a-z]+[ ]){0,2})([a-z]+)[ ]of[ ](?:the[ ])?"
                                  r"([A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2})"
                                  r"(?:,[ ](?:in[ ]turn|for[ ](?:his|her|its)[ ]part|too))?\s*$")
#: the words before a platform named as the medium of a post ("Through Twitter, the minister said")
_ON_A_PLATFORM = ("on ", "On ", "via ", "Via ", "through ", "Through ")
#: what "the head" heads when he is the foreign minister: "of the Czech diplomacy", "of
#: Peruvian diplomacy", "of the Foreign Affairs Ministry", "of Peru's foreign ministry"
_HEAD_OF_DIPLOMACY_WORDS = (r"\bhead[ ]of[ ](?:the[ ])?(?:([A-Z][\w’'-]+?)(?:['’]s)?[ ])?(?:diplomacy|[Ff]oreign[ ][Mm]inistry|"
                            r"Ministry[ ]of[ ]Foreign[ ]Affairs|[Ff]oreign[ ][Oo]ffice)\b")
_HEAD_OF_DIPLOMACY = re.compile(_HEAD_OF_DIPLOMACY_WORDS)
#: "the head of Kestrian diplomacy" ending a clause (its last words, as _HEAD_OF_DIPLOMACY)
_HEAD_OF_DIPLOMACY_END = re.compile(_HEAD_OF_DIPLOMACY_WORDS + "$")
_DIPLOMACY_ENDS = ("diplomacy", "inistry", "Affairs", "ffice")     # (its last words, for a cheap test)
#: an opening single mark typed for an apostrophe inside a word ("Iran‘s")
_INWORD_OPEN_SINGLE = re.compile(r"(?<=\w)‘(?=\w)")
#: a bracket holding only non-Latin script ("Rosalia Wu (吳思瑤)"), or up to four words opening
#: with a capital before a lower-case word ("A Bcd (Kadima) said"; not an acronym, "the Centre
#: for X (CFX) said", which a subject before the body may own); a literal start, for speed
_NAME_ASIDE = re.compile(r" \((?:[^\x00-\u024f()]+\)|(?=[^)]{0,40}[a-z])[A-Z][\w.’'-]*(?:[ -][\w.’'-]+){0,3}\)(?=[ ][a-z]))")




_DETERMINER_END = re.compile(r"\b(?:a|an|the|as|his|her|its|their|our|this|that)$", re.I)


def _is_full(text: str, cand: _Candidate, ps: int) -> bool:
    a = cand.start
    body = text[a:cand.end].lstrip("[(.… ")
    if not body or not (body[0].isupper() or body[0].isdigit()):
        return False
    before = text[ps:cand.open].rstrip()
    if not before:
        return True
    if before[-1] in ".!?,:;—–-" or before[-1] in "”\"’":
        return True
    # 'Morita said "We ..."' (no comma): full only when long enough not to be a name or title
    if bool(_cues().search(before[-12:])) and len(_WORD.findall(text[a:cand.end])) >= 5:
        return True
    # 'X told the court "Basic checks weren't done."': a short sentence closed by its own full
    # stop, after a cue and its object, is a sentence too (a title seldom ends in a full stop)
    # ('described it as a "Hollywood-produced infomercial."' is a noun phrase, not a sentence)
    # (so is one closed by a comma, "!" or "?" right after the cue: 'X said "We couldn't win," and')
    closing = text[cand.end:cand.close] if cand.close is not None else ""
    if closing.strip() in (",", "!", "?") and _SAY_END.search(before[-12:]):
        return True
    return text[cand.end - 1:cand.end] == "." and bool(_cues().search(before[-40:])) \
        and not _DETERMINER_END.search(before[-8:])


#: a verb of saying right before an opening mark ('X said "We couldn't win," and ...')
_SAY_END = re.compile(r"\b(?:said|says|added|adds|asked|asks|replied|replies|declared|shouted|exclaimed|"
                      r"wrote|writes|tweeted)$")


class _Attribution:
    """What the attribution search found for one quote."""

    __slots__ = ("speaker", "cue", "strong")

    def __init__(self, speaker: Speaker | None, cue: str | None, strong: bool):
        self.speaker, self.cue, self.strong = speaker, cue, strong


_DASH_CREDIT = re.compile(r"[ ]?(?:[-–—]{1,2}|―)[ ]?(?=[A-Z])")


def _dash_credit(text: str, cand: _Candidate, paragraphs, res: _Resolver) -> _Attribution | None:
    """A quote standing as its paragraph, credited after a dash to a person: '"…." - A Bcd'
    or '"…" — A Bcd, The Daily Post' (a pull quote, an epigraph). (A publisher after a dash
    follows the title of a story in a list of sources: no speaker.)"""
    if cand.close is None:
        return None
    pe = paragraphs[res._para_of(cand.close)][1]
    m = _DASH_CREDIT.match(text, cand.close + 1, pe)
    if m is None or text[paragraphs[cand.para][0]:cand.open].strip() or pe - m.end() > 80:
        return None
    first = res._between(m.end(), pe)[:1]
    if not first or first[0][0] != m.end() or first[0][2] != "person" \
            or (text[first[0][1]:pe].strip() not in ("", ".") and not text.startswith(",", first[0][1])):
        return None                     # (the name ends the paragraph, or a description follows it)
    return _Attribution(res._speaker(first[0]), None, True)


def _last_clause_cue(seg: str) -> re.Match | None:
    """A reporting cue in the last clause of ``seg`` (after its last ", ") with at most six
    words after it: the clause that attributes a quote inside a long sentence."""
    last = seg.rfind(", ")
    m = _cues().search(seg, last + 2) if last > 0 else None
    return m if m is not None and len(_WORD.findall(seg[m.end():])) <= 6 else None


#: a name and the comma opening its apposition, right after a quote ('," A Bcd, director ...')
_NAME_COMMA = rf"[ ,]*({_CAP}(?:[ ]{_CAP}){{1,3}}),[ ]"
_NAME_APPOSED = re.compile(_NAME_COMMA + "[a-z]")
#: a name opening the words after a quote, and the comma of an apposition after it
_NAME_UNCLOSED = re.compile(_NAME_COMMA)


#: the rest of a closing clause after its cue that only says where, when or to whom: "in talks
#: with the ambassador at the National Assembly on Monday" (no second clause, no quote)
_CIRCUMSTANCE_AFTER_CUE = re.compile(r"[ ](?:in|at|during|on|before|to|after|while|with)[ ](?:(?!that\b|which\b|who\b)[^\x01,;:\"“”])*[.!?]?\s*")
#: a reporting verb's place or occasion right after it (" in a speech", " at a rally")
#: a possessive opening the object of a verb: " A Bcd's detention", " its plan"
_POSSESSIVE_OBJECT = re.compile(r"[ ](?:[A-Z][\w-]*[ ]){0,2}[A-Z][\w-]*['’]s[ ]|[ ](?:its|their)[ ]")
#: the press a speaker told something: " reporters", " journalists", " the media"
_TOLD_PRESS = re.compile(r"[ ](?:reporters|journalists|the[ ]press|the[ ]media|a[ ]news[ ]conference)\b")
_PLACE_AFTER_CUE = re.compile(r"[ ](?:in|at|during|on|before|to)[ ](?:a|an|the|his|her)[ ]")


#: a dash after a closing mark, signing the quote with a name: '” — A Bcd, …'
_DASH_BYLINE = re.compile(r"[ ]?(?:—|–|--)[ ]?")
#: a reporting clause going on to name whom it quotes: '…," the report said, quoting A Bcd'
_QUOTING_AFTER = re.compile(r",?[ ](?:quoting|citing)[ ]")


#: the verbs that alone attribute a whole quote standing in the paragraph before them
_PLAIN_SAYING = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "stated", "states",
                           "continued", "explained", "concluded", "asked", "replied", "insisted", "noted"})


def _after(text: str, masked: str, cand: _Candidate, paragraphs, res: _Resolver) -> _Attribution | None:
    """'"...," Dronov said' / '"...," said Dronov' / across a paragraph break when the quote
    stands alone in its paragraph."""
    if cand.close is None:
        return None
    last_para = res._para_of(cand.end)
    lp_start, lp_end = paragraphs[last_para]
    fp_start = paragraphs[cand.para][0]
    ce = cand.close + 1
    crossed = False
    nxt = masked.find(MASK, ce, lp_end)
    lim = lp_end if nxt < 0 else nxt
    if (not masked[ce:lim].strip() and lim == lp_end and last_para + 1 < len(paragraphs)
            and not masked[fp_start:cand.open].strip()):
        nps, npe = paragraphs[last_para + 1]
        if text[nps] not in _OPENING_MARKS:
            ce = nps
            crossed = True
            nxt = masked.find(MASK, nps, npe)
            lim = npe if nxt < 0 else nxt
    seg = masked[ce:lim]
    cut_at = _terminal(seg)
    t = cut_at < len(seg)
    seg_cut = seg[:cut_at]
    # (a long apposition may stand between the name and the verb, '"…," A Bcd, attorney general
    # of X and chairman of ..., told the panel', unless the quote ended its sentence)
    m = _cues().search(seg_cut, 0, 90 if text[cand.end - 1:cand.end] in (".", "!", "?") else 130)
    if text[cand.end - 1:cand.end] not in (".", "!", "?") and (na := _NAME_APPOSED.match(seg_cut)) is not None \
            and seg_cut.count(",", na.end(1), (m.start() if m else 220)) > 1:
        # '"…," A Bcd, director general of the X Institute, a think tank under the Y Academy,
        # told Xinhua': a name and a long apposition of two parts, closed by a comma before the verb
        m2 = m or _cues().search(seg_cut, 0, 220)
        if m2 is not None and not _is_participle(m2.group()) and seg_cut[:m2.start()].rstrip().endswith(",") \
                and MASK not in seg_cut[:m2.start()]:
            first = res._between(ce + na.start(1), ce + na.end(1), "person")[:1]
            if first and first[0][0] == ce + na.start(1):
                return _Attribution(res._speaker(first[0]), m2.group(), True)
    if not m and t and text[cand.end - 1:cand.end] not in (".", "!", "?"):
        # a partial quote in a long sentence whose last clause attributes it ('A came "…" as
        # planned, yet saw neither B nor C, the envoy is quoted by AFP as saying.')
        m = _last_clause_cue(seg_cut)
    if not m and not t and nxt >= 0 and text[cand.end - 1:cand.end] not in (".", "!", "?"):
        # another quote follows in the sentence ('A and B agreed that "…" on the "…" that the
        # EU tabled, Borrell said.'): the sentence's last clause attributes both
        whole = masked[ce:min(res._next_sentence_start(cand.end), lp_end)]
        m2 = _last_clause_cue(whole)
        subject = whole[whole.rfind(", ") + 2:m2.start()] if m2 is not None else ""
        if 0 < len(subject.split()) <= 4 and subject[:1].isupper():
            found, spk = res.subject_before(ce + m2.start() - len(subject), ce + m2.start())
            if found and spk is not None:
                return _Attribution(spk, m2.group(), True)
    if not m and (text[cand.end - 1:cand.close].rstrip().endswith(",") or text[cand.close + 1:cand.close + 2] == ","):
        # '"…," he revealed.', '"…," the statement concludes.': a verb the lists lack, in
        # the short clause that follows a quote ending in a comma
        inv = _INVERTED_CLAUSE.match(seg_cut)
        m = _VERB_CUE.match(seg_cut, inv.start(1)) if inv is not None else None
    if not m and (dash := _DASH_BYLINE.match(seg)) is not None:
        # '“…” — A Bcd, deputy commissioner of the district.': the name the dash signs it with
        named = [x for x in res._between(ce + dash.end(), ce + dash.end() + 60, "person") if x[0] == ce + dash.end()]
        if named:
            return _Attribution(res._speaker(named[0]), "—", True)
    if not m:
        return None
    if text[cand.end - 1:cand.end] in (".", "!", "?") and text[cand.start:cand.start + 1].islower() \
            and text[cand.open - 2:cand.open].strip() not in (",", ":"):
        return None                     # ('He thinks that "the tension must come down." Grossi
                                        # talked about …': the fragment closed the sentence)
    if crossed and text[cand.end - 1:cand.end] in (".", "!", "?") and m.group() not in _PLAIN_SAYING:
        return None                     # ('“….”\n\nPrime Minister A expressed thanks for the boat.':
                                        # a new sentence, not the quote's attribution)
    lead = len(seg_cut) - len(seg_cut.lstrip(" ,;:—–-\n"))
    if m.group() in ("quoted", "cited") and (pv := _PASSIVE_END.search(seg_cut, lead, m.start())) is not None:
        # '"…," A was quoted in Lima as saying': A speaks, not the place
        found, spk = res.subject_before(ce + lead, ce + pv.start())
        if found and spk is not None:
            return _Attribution(spk, m.group(), True)
    if m.group() in ("quoted", "cited"):
        qa = _QUOTED_AFTER.match(seg_cut, m.end())
        if qa is not None:              # '"…," the agency quoted A Bcd as saying': A Bcd speaks
            found, spk = res.subject_after(ce + qa.start(1), ce + qa.end(1), according=True)
            if found and spk is not None:
                return _Attribution(spk, m.group(), True)
        qo = _QUOTED_OWNED.match(seg_cut, m.end())
        if qo is not None and (qo.group(2) in _UTTERANCES or _noun_kind(qo.group(2)) == "document"):
            # '"…," the agency quoted A Bcd's greeting, read out by C': the greeting's owner speaks
            found, spk = res.subject_after(ce + qo.start(1), ce + qo.end(1), according=True)
            if found and spk is not None:
                return _Attribution(spk, m.group(), True)
    if m.group() == "saying" and (qa := _QUOTED_AS.search(seg_cut, lead, m.end())) is not None \
            and qa.group(1).startswith("by ") \
            and (pv := _PASSIVE_END.search(seg_cut, max(lead, qa.start() - 16), qa.start())) is not None:
        # '"…," the envoy is quoted by AFP as saying': the subject speaks, the
        # agency reports
        comma = seg_cut.rfind(", ", lead, pv.start())
        found, spk = res.subject_before(ce + (comma + 2 if comma >= 0 else lead), ce + pv.start())
        return _Attribution(spk, "quoted", True) if found else None
    if not _is_participle(m.group()) and _GLOSS.fullmatch(seg_cut, 0, m.start()):
        # '"… of KESFOR," the acronym of the UN force there, said A Bcd': a gloss of the
        # quote's last word, then the cue and its speaker
        found, spk = res.subject_after(ce + m.end(), lim)
        if found and spk is not None:
            return _Attribution(spk, m.group(), True)
    if (nu := _NAME_UNCLOSED.match(seg_cut, 0, m.start())) is not None and "," not in seg_cut[nu.end():m.start()] \
            and not _is_participle(m.group()) and MASK not in seg_cut[:m.start()] \
            and any(_noun_kind(w.lower()) == "person" for w in _WORD.findall(seg_cut[nu.end():m.start()])):
        # '"…," Dr A Bcd, Andean desk chief and press officer at the Foreign Office
        # announced': the name, its apposition left open before the verb (no one else named in it)
        named = res._between(ce + nu.start(1), ce + m.start(), "person")
        named = named[:1] + [x for x in named[1:] if not _POSSESSIVE.match(res.masked, x[1])]
        # (an owner of the apposition's noun is no one else: "A Bcd, Duda's top aide said")
        if len(named) == 1 and named[0][1] == ce + nu.end(1):
            return _Attribution(res._speaker(named[0]), m.group(), True)
    subject = seg_cut[lead:m.start()].strip()
    if subject and not _SUBJECT_OK.match(subject) and not _PRONOUN_ADVERB.fullmatch(subject):
        # 'X will "never …," and would take measures ..., a spokesperson said on Friday.': a
        # partial quote inside a sentence whose closing clause attributes it
        last = seg_cut.rfind(", ", lead, m.start())
        if last > lead and last + 2 == m.start() and text[cand.end - 1:cand.end] not in (".", "!", "?") \
                and not _is_participle(m.group()) and not m.group().lower().startswith(_ACCORDING_CUES) \
                and cut_at < len(seg) and not text[cand.end - 1:cand.close].rstrip().endswith(",") \
                and text[cand.close + 1:cand.close + 2] != ",":
            # '"I am here to talk prices" and other details, said A Bcd upon arrival': the
            # sentence's closing clause, its speaker after the cue
            found, spk = res.subject_after(ce + m.end(), lim)
            if found and spk is not None:
                return _Attribution(spk, m.group(), True)
        if not (last > lead and text[cand.end - 1:cand.end] not in (".", "!", "?")
                and cut_at < len(seg) and (len(_WORD.findall(seg_cut[m.end():])) <= 6
                                           or _CIRCUMSTANCE_AFTER_CUE.fullmatch(seg_cut, m.end()))
                and _SUBJECT_OK.match(seg_cut[last + 2:m.start()].strip())):
            return None
        lead, subject = last + 2, seg_cut[last + 2:m.start()].strip()
    starts_lower = seg_cut[lead:lead + 1].islower()
    quote_ends_sentence = not starts_lower and (text[cand.end - 1:cand.end] in (".", "!", "?") or
                                                text[cand.end - 3:cand.end] in ("[.]", "[!]", "[?]") or
                                                text[cand.end:cand.close].strip() in (".", "!", "?"))
    if quote_ends_sentence:
        # '"... done." Wexler later wrote, "..."' introduces the next quote; and
        # '"...." The agency said a new rule ...' is a new sentence, not an attribution.
        if not t and nxt >= 0:
            return None
        if _POSSESSIVE_OBJECT.match(seg_cut, m.end()) and m.group() not in ("told", "tells", "asked", "asks"):
            return None                 # '"… how it happened." Kigali announced A's detention': a new sentence
        if len(_WORD.findall(seg_cut[m.end():])) > 6 and not (
                # '"… in peace." A Bcd said in an address to the dinner': a named speaker and where
                # he said it, the paragraph's last quote (not 'The agency said a new rule ...');
                # '"… be wary of?" Li said, according to an interpreter': the verb closes its clause
                (nxt < 0 and (_PLACE_AFTER_CUE.match(seg_cut, m.end()) or seg_cut.startswith(", ", m.end()))
                 # ('"… change a treaty?" A told reporters in Lima before …. "…"': the press told)
                 or m.group() == "told" and _TOLD_PRESS.match(seg_cut, m.end()))
                and subject[:1].isupper() and len(subject.split()) <= 3
                and (res._between(ce + lead, ce + m.start(), "person") or seg_cut.startswith(", ", m.end()))):
            return None
    if subject:
        end = m.start()
        rel = seg_cut.find(", who ", lead, end)
        if rel > lead and seg_cut[lead:rel].strip() and seg_cut[:end].rstrip().endswith(","):
            end = rel                   # '"…," the top Democratic lawmaker, who co-chairs the X
                                        # Caucus, said': the one the relative clause describes
        found, spk = res.subject_before(ce + lead, ce + end)
        if (spk is None or spk[1] != "person") and (qt := _QUOTING_AFTER.match(seg_cut, m.end())) is not None:
            # '"…," the report said, quoting Security Chief A Bcd': the one quoted, not the
            # report (a person who speaks "citing" another's figures still speaks)
            named = [x for x in res._between(ce + qt.end(), ce + qt.end() + 80, "person")
                     if _TITLE_GAP.fullmatch(masked, ce + qt.end(), x[0]) and not _POSSESSIVE.match(masked, x[1])]
            if named:
                return _Attribution(res._speaker(named[0]), m.group(), True)
    elif _is_participle(m.group()):
        return None
    else:
        according = m.group().lower().startswith(_ACCORDING_CUES)
        found, spk = res.subject_after(ce + m.end(), lim, according=according,
                                       documents=according and not seg_cut[:m.start()].strip(" ,"))
        # ('"…," according to the report.': whoever issued or reported it)
        if not found and not according:
            # '"…," said William Hague the Foreign Secretary of ...': after a quote, the person
            # named right after the cue speaks, whatever description follows (not "X's")
            a = ce + m.end()
            a += len(masked[a:lim]) - len(masked[a:lim].lstrip())
            first = res._between(a, lim)[:1]
            if first and first[0][0] == a and first[0][2] == "person" \
                    and not masked.startswith(("'s", "’s"), first[0][1]):
                found, spk = True, res._speaker(first[0])
    if not found:
        return None
    return _Attribution(spk, m.group(), True)


#: a gloss of a quote's last word between the quote and its cue: ', the acronym of the UN force
#: in Mali, ', ', the French acronym for the mission, '
_GLOSS = re.compile(r"[ ,]*(?:the|an?)[ ](?:[\w-]+[ ]){0,2}?(?:name|acronym|abbreviation|nickname)[ ](?:of|for)[ ]"
                    r"[^,\x01\n]{1,60},[ ]")
#: a short clause after a quote: a subject and a verb (past or present), then its end or a
#: place or time ('," he revealed.', '," the statement concludes.', '," he conveyed during ...')
_INVERTED_CLAUSE = re.compile(r"[ ,]*(?:he|she|it|they|the[ ][a-z]+(?:[ ][a-z]+)?|[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})"
                              r"[ ](?:had[ ])?(?!(?:has|was|is|does|seems|comes|goes|means|remains)\b)"
                              r"([a-z]{3,}(?:ed|es|ws|ds|ts|ls|ns))(?=[ ]?[.,;]|$|[ ](?:at|during|in|on|to|after|before)\b)")
_VERB_CUE = re.compile(r"[a-z]+")
#: a document and who issued it, after a cue: 'read a statement released by ', 'said a letter from '
_DOCUMENT_BY = re.compile(r"\s*(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+"
                          r"(?:(?:released|issued|published|posted|sent|signed)\s+by|from)\s+")
#: between a reporting verb and the verb of the statement it names: ' in a statement that '
_STATEMENT_THAT = re.compile(r"[ ](?:on [A-Z][a-z]+[ ])?in[ ]a[ ](?:[a-z]+[ ]){0,2}(?:statement|letter|communiqu[eé]|post)"
                             r"(?:[ ]on[ ][A-Z]\w*)?,?[ ](?:that|which)[ ](?:also[ ])?")


#: a reporting verb opening the sentence before its subject and the quote: 'Added Wray, "…"'
_INVERTED_OPENING = re.compile(r"\s*(?:Added|Said|Asked|Continued|Explained|Noted|Replied|Answered|Recalled|Warned|"
                               r"Insisted|Wrote)[ ]((?:[A-Z][\w.’'-]*[ ]?){1,4})[,:][ ]*")


#: a coordinated clause opening after a quote or a comma: '"…," while ', ', but ', '; and '
_CLAUSE_SWITCH = re.compile(r"[,;\x01][ ](?:while|whereas|but|and)[ ]")   # (\x01: a masked quote)
#: a finite verb in the lower case right after a name (not a possessive, not "and")
_LOWER_VERB_AFTER = re.compile(r"[ ](?:also[ ]|later[ ]|then[ ])?(?!and\b|or\b|of\b|in\b|on\b|at\b|for\b|with\b|from\b|to\b)[a-z]+(?:ed|s)\b")


def _before(text: str, masked: str, cand: _Candidate, paragraphs, res: _Resolver) -> _Attribution | None:
    """A cue in the quote's sentence before it: 'For his part Morita said, "..."',
    'According to President Dronov, both sides "..."', 'X emphasized ..., saying "..."',
    or an introducing colon or comma ('X welcomed the deal: "..."')."""
    ps = paragraphs[cand.para][0]
    we = cand.open
    ws = max(res.window_start(cand.open, ps), we - _WINDOW)   # a cue lies near its quote
    if not masked[ws:we].strip() and cand.open == ps and cand.para > 0:
        pps, ppe = paragraphs[cand.para - 1]
        if masked[pps:ppe].rstrip().endswith((",", ":", "—")):
            ws, we = max(res.window_start(ppe, pps), ppe - _WINDOW), ppe
    if masked.startswith("Quote:", ps) and not masked[ps + 6:we].strip():
        # a feed's labelled lines: "Source: President A Bcd in his evening address ¶ Quote:
        # "…"": the source named above, else the one quoted last
        spk = None
        for k in range(cand.para - 1, max(cand.para - 5, -1), -1):
            sps, spe = paragraphs[k]
            if masked.startswith("Source:", sps):
                cit = masked.find(" citing ", sps, spe)     # ("Source: X Pravda, citing a
                sps = cit if cit > 0 else sps                # statement by the ministry": the ministry)
                named = res._between(sps, spe, "person") or res._between(sps, spe, "organization")
                spk = res._speaker(named[0]) if named else None
                break
        if spk is None and res.last_speaker is not None:
            spk = res.last_speaker[0]
        if spk is not None:
            return _Attribution(spk, "quote", True)
    quoting = _QUOTING.search(masked, max(ws, we - 100), we)
    if quoting is not None:
        spk = res.subject_after(quoting.start() + 8, we, according=True)[1]
        if spk is not None:
            return _Attribution(spk, "quoting", True)
    if (inv := _INVERTED_OPENING.fullmatch(masked, ws, we)) is not None:
        # 'Added Wray, "…"': the verb opens the sentence, its subject follows
        ok, spk = res.subject_after(inv.start(1), inv.end(1), according=True)
        if ok and spk is not None:
            return _Attribution(spk, inv.group().split()[0].lower(), True)
    found = list(_cues().finditer(masked, ws, we))
    if found and (sw := _last_match(_CLAUSE_SWITCH, masked, found[-1].end(), we)) is not None:
        # 'A said before that "…," whereas B demanded "…"': the subject of
        # the clause the quote stands in, not the cue's before it
        named = [x for x in res._between(sw.end(), we, "person") if x[0] == sw.end()]
        if named and _LOWER_VERB_AFTER.match(masked, named[0][1]):
            return _Attribution(res._speaker(named[0]), None, True)
    if _SPEECH_CONTENT_END.search(masked, max(ws, we - 8), we):
        spk = _speech_owner(masked, max(found[-1].end(), ws) if found else ws, we, res)
        if spk is not None:
            return _Attribution(spk, "statement by", True)
    if len(found) > 1:
        # a cue inside a dash aside is not the quote's ("X commented — which the paper
        # noted as unusual — "..."")
        found = [f for f in found if not (_ASIDE_DASH.search(masked, ws, f.start())
                                          and _ASIDE_DASH.search(masked, f.end(), we))] or found
    if found:
        m = found[-1]
        word = m.group()
        qa = _QUOTED_AS.search(masked, max(ws, we - 120), we) if word in ("saying", "telling", "stating", "writing") else None
        if word.lower().startswith(_ACCORDING_CUES) or word.endswith(" by"):   # "was told by X": X speaks
            ok, spk = res.subject_after(m.end(), we, according=True)
            if spk is not None and spk[1] == "organization" and (comma := masked.find(", ", m.end(), we)) > 0 \
                    and any(o.name == spk[0] and o.kind == "media" for o in res.organizations):
                # 'According to AFP, A ordered the ministries to "…"': the outlet reports, the
                # person the clause opens on speaks
                named = [x for x in res._between(comma + 2, min(we, comma + 60), "person") if x[0] == comma + 2]
                if named:
                    spk = res._speaker(named[0])
            if (comma := masked.find(", ", m.end(), we)) > 0 \
                    and (he := _CLAUSE_PRONOUN.match(masked, comma + 2)) is not None and he.end() < we \
                    and any(_noun_kind(w.lower()) == "document" for w in _WORD.findall(masked, m.end(), comma)):
                # 'According to a readout the palace put out, he also hoped that "…"': the
                # one the statement reports, the clause's subject, speaks
                spk = res.pronoun(he.group(1).lower(), comma + 2) or spk
            if spk is None and masked[ws:m.start()].rstrip().endswith(","):
                # 'X decided, according to the summary, "…"': the clause's subject speaks
                spk = res.subject_before(ws, m.start())[1]
            if spk is None and not masked[ws:m.start()].strip(" ,"):
                # '"…," according to the report.': whoever issued or reported it
                spk = res.subject_after(m.end(), we, according=True, documents=True)[1]
        elif qa and qa.group(1).startswith(("by ", "on ", "in ")) \
                and (pv := _PASSIVE_END.search(masked, max(ws, qa.start() - 16), qa.start())):
            # "X was quoted by TASS (on a radio station, in a daily) as saying": X speaks, the outlet reports
            spk = res.subject_before(ws, pv.start())[1]
        elif qa:   # "Xinhua quoted the minister as saying": the minister speaks
            ok, spk = res.subject_after(qa.start(1), qa.end(1), according=True)
            if not ok and (nm := _NOMINAL_WHOLE.fullmatch(qa.group(1))) is not None \
                    and _INDEFINITE.match(qa.group(1)) is None and _is_person_noun(nm.group(2)):
                # "The outlet cited the emir as saying": the emir named before
                spk = res.nominal(nm.group(1), nm.group(2), qa.start(1) + nm.start(2))
                ok = spk is not None
            if not ok:
                spk = res.subject_before(ws, qa.start())[1]
        elif _is_participle(word) and (run := _ABSOLUTE_SUBJECT.search(masked, max(ws, m.start() - 200), m.start())):
            # "..., with X of Ohio calling it "…" and Y of Utah calling the process "…"": the named subject
            named = res._between(run.start(1), run.end(1), "person")
            spk = res._speaker(named[-1]) if named else res.name(run.group(1))
        elif _is_participle(word) and (run := _ABSOLUTE_TITLED.search(masked, max(ws, m.start() - 80), m.start())) \
                and (named := res._between(run.start(1), run.end(1), "person")):
            # "Russia scoffed, with Kremlin spokesman A Bcd telling reporters "…"": the person named
            spk = res._speaker(named[-1])
        elif _is_participle(word) or word.lower().startswith("in a statement"):
            finite = _finite_cues(found[:-1])
            by = _VERB_BY.search(masked, max(ws, m.start() - 30), m.start())
            if by is not None and (not finite or finite[-1].end() <= by.start()):
                # 'After A implied ..., B responded by saying "…"': the subject of "responded"
                ok, spk = res.subject_before(ws, by.start())
            elif finite and finite[-1].group() in _REPORTS_OBJECT \
                    and (named := res._between(finite[-1].end(), m.start(), "person")) \
                    and not _TERMINAL.search(masked, finite[-1].end(), m.start()):
                # 'The Daily Star reports the minister, A Bcd, saying "…"': the outlet reports, the
                # person it reports speaks
                ok, spk = True, res._speaker(named[-1])
            else:
                ok, spk = res.subject_before(ws, finite[-1].start()) if finite else (False, None)
                if ok and finite[-1].group() in ("reported", "reports") \
                        and masked[finite[-1].end():m.start()].strip() == "," \
                        and (comma := masked.rfind(", ", ws, finite[-1].start())) > ws:
                    # 'A made the announcement in Taipei, AFP reported, saying "…"': the outlet
                    # reports, the subject of the sentence speaks
                    spk = res.sentence_subject(ws, comma) or spk
            if not ok:
                spk = res.sentence_subject(ws, m.start())
                if spk is None and cand.close is not None and not masked[ws:m.start()].strip():
                    # 'Saying "…", President X elaborated': the subject follows the quote
                    nxt = res._between(cand.close, cand.close + 160, "person")
                    if nxt and not _TERMINAL.search(masked, cand.close + 1, nxt[0][0]):
                        spk = res._speaker(nxt[0])
                if spk is None and not masked[ws:m.start()].strip() \
                        and (comma := masked.find(", ", m.end(), cand.open)) > 0:
                    # 'Writing in a blog post, A Bcd called it "…"': the subject after the phrase
                    nxt = res._between(comma + 2, cand.open, "person")
                    if nxt and (nxt[0][0] == comma + 2 or masked[comma + 2:nxt[0][0]].rstrip(" .") in HONORIFICS):
                        spk = res._speaker(nxt[0])  # (also after "Mr."/"Ms.": 'Speaking in French, Mr. A')
                if spk is None and not masked[ws:m.start()].strip() and m.end() < we:
                    # 'Noting that the vote was due, he called on it to "…"': the subject of the
                    # main clause after the opening participle's
                    spk = res.sentence_subject(ws, we)
        else:
            if word.lower() in _INVERTED_CUES and masked[ws:m.start()].rstrip().endswith(",") \
                    and (aside := _INVERTED_ASIDE.fullmatch(masked, m.end(), we)) is not None:
                # 'The deal, said A Bcd, "…"': the name after the cue speaks
                ok, spk = res.subject_after(m.end(), aside.end(1))
                if ok and spk is not None:
                    return _Attribution(spk, word, True)
            end = m.start()
            rel = masked.find(", who ", ws, end)
            if rel > ws and masked[ws:rel].strip() and masked[ws:end].rstrip().endswith(","):
                end = rel               # 'A customs officer, who saw the haul, told AFP "…"':
                                        # the one the relative clause describes
            ok, spk = res.subject_before(ws, end)
            outer = _finite_cues(found[:-1]) if len(found) > 1 else []
            if outer and _STATEMENT_THAT.fullmatch(masked, outer[-1].end(), m.start()):
                # '"…," the ministry declared in a letter that denounced "…"': the one whose
                # letter it is
                ok2, spk2 = res.subject_before(ws, outer[-1].start())
                if ok2 and spk2 is not None:
                    return _Attribution(spk2, word, True)
            if len(found) > 1 and (masked[ws:m.start()].endswith((" they ", " we "))
                                   or (spk is not None and spk[1] != "person")):
                # 'X said that in all the towns they observed, "…"', 'He said Russia had claimed
                # Crimea "…"': a plural pronoun, a state or a body is the subject of a clause
                # that a person reports; the reporter speaks
                outer = _finite_cues(found[:-1])
                if outer and _REPORTED_CLAUSE.fullmatch(masked, outer[-1].end(), m.start()):
                    ok2, spk2 = res.subject_before(ws, outer[-1].start())
                    if ok2 and spk2 and spk2[1] == "person":
                        ok, spk = ok2, spk2
            if spk is None and len(found) > 1 and (_pronoun_end(masked[ws:m.start()]) or ("",))[0] not in ("I", "you", "You"):
                # 'X said the shootdown highlighted the need ... and "…"': the cue's subject is
                # no speaker, the one of the reporting verb before it is (not after "I say")
                outer = _finite_cues(found[:-1])
                if outer:
                    spk = res.subject_before(ws, outer[-1].start())[1]
            if not ok:
                ok, spk = res.subject_after(m.end(), we)
        return _Attribution(spk, word, True)
    tail = masked[ws:we].rstrip()
    if tail.endswith((":", ",", "—")):
        # "Dronov, also on social media, defended the plan, "..."": a subject opens the sentence
        head = masked[ws:min(we, ws + 60)]
        first = [x for x in res._between(ws, ws + 60) if x[2] != "country"]
        if first or _PRONOUN_START.match(head):
            spk = res.sentence_subject(ws, we)
            if spk:
                return _Attribution(spk, tail[-1], tail.endswith(":"))
        if tail.endswith(","):
            # "…, such as 56-year-old refugee A Bcd, "…"": the person the clause ends on
            last = [x for x in res._between(ws, ws + len(tail) - 1, "person") if x[1] == ws + len(tail) - 1]
            if last and not _PREP_OBJECT.search(masked, max(last[0][0] - 40, 0), last[0][0]) \
                    and not _ADDRESSED.search(masked, max(last[0][0] - 40, 0), last[0][0]):
                return _Attribution(res._speaker(last[0]), ",", False)
    return None


def _speech_owner(masked: str, ws: int, we: int, res: _Resolver) -> Speaker | None:
    """The named speaker of a statement whose content the quote at ``we`` gives ("a statement
    by candidate A Bcd in October that", "A Bcd's remark that"), found between ``ws`` and
    ``we``; None when there is none, or it lies in another sentence or far from the quote."""
    last = None
    for last in _SPEECH_BY.finditer(masked, ws, we):
        pass
    if last is not None and we - last.end() < 100 and not _TERMINAL.search(masked, last.end(), we):
        ok, spk = res.subject_after(last.end(), we, according=True)
        if spk is not None:
            return spk
    owned = None
    for owned in _owned(_SPEECH_NOUNS).finditer(masked, ws, we):
        pass
    if owned is not None and we - owned.end() < 40 and not _TERMINAL.search(masked, owned.end(), we):
        return res.name(owned.group(1))
    return None


def _finite_cues(cues: list[re.Match]) -> list[re.Match]:
    """The cues with a subject of their own: no participle ("saying"), "according to" nor
    "in a statement"."""
    return [f for f in cues if not _is_participle(f.group())
            and not f.group().lower().startswith((*_ACCORDING_CUES, "in a statement"))]


#: a verb and "by" before a participle cue ('responded by| saying')
_VERB_BY = re.compile(r"\b(?:[a-z]{3,}ed|responds|reacts|replies|answers|ends|concludes)\s+by\s+$")

#: a reporting verb's clause up to the next cue, in one piece ('said| that in all the towns
#: they |observed', 'said| Russia had |claimed')
_REPORTED_CLAUSE = re.compile(r"\s+[^,;:()\x01\n]{1,80}")

#: what may stand between two quotes of one speaker: punctuation and up to three lower-case words
_COORDINATED = re.compile(r"[ ,;:—–-]*(?:[a-z]+[ ,;:—–-]+){0,3}")


def _is_title(text: str, cand: _Candidate, ps: int) -> bool:
    """'a robot named "…"', 'a campaign dubbed "…"', 'they are called "…"': a name, not speech."""
    # (every _TITLE_BEFORE match ends in one of _TITLE_LAST, then white space and a comma:
    # a look at the end first spares the regex its scan of the forty characters)
    before = text[max(ps, cand.open - 40):cand.open].rstrip()
    if before.endswith(","):
        before = before[:-1].rstrip()
    if before.endswith(_TITLE_LAST) and _TITLE_BEFORE.search(text, max(ps, cand.open - 40), cand.open):
        return True
    # 'his event, "Storm the Gates", was posted as a joke': a name in apposition, subject of a passive
    return cand.close is not None and text[max(ps, cand.open - 2):cand.open].strip() == "," \
        and bool(_NAMED_AFTER.match(text, cand.close + 1))


#: a reporting verb right before a quote's opening mark, with no comma or colon between
_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|says|added|adds)[ ]$")
#: "the head of A's medical team " before a name: a title and its of-phrase, whatever words
#: the phrase holds ('said the chief of Bcd's press team C Def')
_HEAD_OF_PHRASE = re.compile(r"\s*the\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+of\s+[^,;.\x01\n]{1,80}")
#: the same, with a title before the name ("said Kremlin Aide A Bcd")
_SAID_TITLED_BEFORE = re.compile(r"\b(?:said|says|added|adds)[ ](?:[A-Z][\w’'.-]*[ ]){0,4}$")
#: a participle's phrase before a sentence's subject, with no comma ("Speaking on television
#: yesterday, A Bcd touched on ...")
_FRONTED = re.compile(r"\s*(?!(?:During|According|Following|Regarding|Concerning|Including)\b)[A-Z][a-z]+ing\b[^,\x01]*$")
#: a verb right after a name: the subject of a clause of its own ("..., a charge that A quickly denied")
_VERB_AFTER = re.compile(r"[ ](?:who[ ])?(?:[a-z]+ly[ ])?(?:[a-z]+(?:ed|s)\b(?<!\bas)(?<!\bis)(?<!\bhas)(?<!\bwas)"
                         r"|said\b|told\b)")  # ("General A Bcd who said the operation ...": his verb)
#: a pronoun opening the clause after an "according to" phrase, and its verb
_CLAUSE_PRONOUN = re.compile(r"(he|she|He|She)[ ](?:[a-z]+ly[ ]|also[ ])?[a-z]+(?:ed|s)\b")
#: a linking phrase before a sentence's subject ("For his part, A Bcd ratified ...")
_FRONTED_LINK = re.compile(r"\s*For[ ](?:his|her|its|their)[ ]part")
#: a fronted prepositional phrase before a sentence's subject ("In an address to parliament, A Bcd
#: commended ...")
_FRONTED_PHRASE = re.compile(r"\s*(?:In|At|On|Upon|During|After|Before|Later|Earlier|Since|Following)\b[^,\x01]{0,60}$")
#: a fronted phrase before a sentence's subject, with its comma ("Following Guterres, ", "In
#: talks with A, ")
_LEADING_PHRASE = (r"\s*(?:In|At|On|Upon|During|After|Before|Then|Later|Earlier|Since|When|While|Following|Like|"
                   r"Unlike|Echoing|Addressing|Responding|Speaking|Welcoming|Asked|Answering|Replying)"
                   r"\b[^,\x01]{0,90},\s*")
_LEADING = re.compile(_LEADING_PHRASE)
#: the cues that may close a sentence with the speaker's name after them (", said A Bcd.")
_INVERTED_CUES = ("said", "says", "added", "stated")
#: the speaker named after such a cue in an aside before the quote: ", said Kremlin aide A Bcd, "
_INVERTED_ASIDE = re.compile(r"[ ](?!(?:on|in|at|to|for|from|with|after|before|during|by|via|over|about|through)[ ])"
                             r"([^,;:\x01\n]{0,60}?[A-Z][\w’'-]*),[ ]*")
#: a participle clause opening a sentence, which may run long and hold commas ("Asked whether
#: ..., and whether ..., the minister said"), and the words after a comma that continue it
_PARTICIPLE_OPEN = re.compile(r"(?:Asked|Answering|Responding|Replying|Pressed|Questioned|Speaking|Commenting|Addressing)\b"
                              r"|(?!According)([A-Z][a-z]+ing)[ ](?=[a-z])"
                              r"|(?:While|Whereas|Although|Though)[ ]")   # ("While A had touched on ..., B gave")
_CLAUSE_GOES_ON = re.compile(r"\s*(?:and|or|but|which|who|whom|whose|where|when|while|as|if|including|such|not|nor)\b|"
                             r"\s*[\d\x01]")
#: a sentence's opening: a fronted phrase ("In a later speech,") and a pronoun subject
_OPENING = re.compile(f"(?:{_LEADING_PHRASE})?" r"(?:(he|she|He|She)\b)?")
#: a relative or adverbial clause with its own subject ("the award, with which Time credits")
_RELATIVE = re.compile(r",\s*(?:\w+\s+)?(?:which|who|whom|whose|where|when|while)\b")
#: a passive after the subject: the words that follow are others' ("He was known for ...")
_PASSIVE = re.compile(r"\s+(?:was|is|were|are|has\s+been|had\s+been|have\s+been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b")
#: a plural of persons that stands for a pair named before ("the two ministers", "both leaders")
_PAIR_HEADS = ("leaders", "ministers", "presidents", "premiers", "representatives", "men", "women",
               "counterparts", "diplomats", "chancellors", "heads of state")
_PAIR_NOMINAL_END = re.compile(r"(?:^|[\s,])((?:[Tt]he(?:[ ]two)?|[Bb]oth(?:[ ]the)?)[ ](?:[a-z]+[ ]){0,2}?"
                               rf"({'|'.join(_PAIR_HEADS)}))\s*$")


#: a sentence opening on such a plural and its verb, perhaps after a phrase ("In a joint
#: note, the two envoys defended")
_PAIR_OPEN = re.compile(r"\s*(?:(?:In|At|On|During|After|Through|Later)\b[^,]{0,50},\s*)?"
                        r"((?:[Tt]he(?:[ ]two)?|[Bb]oth(?:[ ]the)?)"
                        rf"[ ](?:[a-z]+[ ]){{0,2}}?({'|'.join(_PAIR_HEADS)}))[ ](?:also[ ])?"
                        r"(?!of\b|in\b|at\b|from\b|who\b|to\b)[a-z]")


#: a minister's office written with its portfolio after it ("minister of foreign affairs")
_MINISTER_OF = re.compile(r"minister[ ](?:of|for)[ ](?:the[ ])?([a-z]+)(?:[ ]affairs)?")


def _office_key(role: str) -> str:
    """A role lower-cased with a ministry's portfolio before "minister" ("Minister of Foreign
    Affairs" -> "foreign minister"), to tell one office written two ways."""
    low = role.lower()
    m = _MINISTER_OF.fullmatch(low)
    return f"{m.group(1)} minister" if m is not None else low


def _pair_member(head: str, role: str | None) -> bool:
    """Whether a person of ``role`` may be one of a pair called ``head`` ("leaders": one who
    heads a state or its government, no deputy; "ministers": a minister or secretary; others:
    anyone)."""
    low = (role or "").lower()
    if head in ("leaders", "presidents", "premiers", "chancellors", "heads of state"):
        return bool(_TOP_OFFICE.search(low)) and _DEPUTY_WORDS.isdisjoint(low.split())
    if head == "ministers":
        return "minister" in low or "secretary" in low
    return True


#: what joins two persons named as a pair: " and ", perhaps with the second one's title
_PAIR_JOIN = re.compile(r",?[ ]and[ ](?:(?:[A-Z][\w.’'-]*|of|for|the)[ ]){0,5}")
#: the titles before a name at a sentence's start ("US Secretary of State ")
_TITLE_RUN = re.compile(r"\s*(?:(?:[A-Z][\w.’'-]*|of|for|the)\s+)*")
#: the offices of those who lead a state or a party, whom "the leader" names
_TOP_OFFICE = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|leader)\b")
#: office nouns whose holders differ by a portfolio word before them ("the foreign minister")
_PORTFOLIO_HEADS = frozenset({"minister", "secretary", "ministers", "secretaries"})
#: words before an office noun that qualify its rank or time, not which office it is
_RANK_QUALIFIERS = frozenset({"senior", "junior", "top", "chief", "acting", "deputy", "vice", "former", "new",
                              "current", "then", "outgoing", "incoming", "interim", "caretaker", "assistant",
                              "principal", "executive", "general", "first"})
#: words that make a role a lesser one than the title they qualify ("Deputy Prime Minister")
_DEPUTY_WORDS = frozenset({"deputy", "vice", "assistant", "under", "junior", "associate"})
#: small words a title may hold in lower case ("Out of the Blue, a Song for All of Us")
_TITLE_SMALL = frozenset("of the and a an in on for to at by with vs".split())


def _title_case(passage: str) -> bool:
    """Every word capitalised (or a small word): a name or title, not speech."""
    return all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in _WORD.findall(passage))


#: a sentence closed by a pronoun's reporting clause: "…, he said. "
_PRONOUN_CLOSING = re.compile(r",[ ](?:he|she)[ ][a-z]+\.\s*$")


def _closing_cue_speaker(masked: str, a: int, b: int, res: _Resolver, *, named_after: bool = False) -> Speaker | None:
    """The person or body of a reporting verb that closes the sentence [a, b) ('…, the
    Director-General said.', '…, said Kremlin aide A Bcd.'), or None; ``named_after``: only
    the second kind, a capitalised name after the cue."""
    sentence = masked[a:b].rstrip(" .\n")
    last = None
    for last in _cues().finditer(sentence):
        pass
    if last is None or _is_participle(last.group()):
        return None
    rest = sentence[last.end():].strip()
    if rest:
        if not sentence[:last.start()].rstrip().endswith(",") or len(rest.split()) > 6 \
                or last.group().lower() not in _INVERTED_CUES or named_after and not rest.split()[-1][:1].isupper():
            return None
        # '…, said Kremlin aide A Bcd.': the name after the cue that closes the sentence
        found, spk = res.subject_after(a + last.end(), a + len(sentence))
        return spk if found else None
    if named_after:
        return None
    k = max(sentence.rfind(",", 0, last.start()), sentence.rfind(MASK, 0, last.start()))
    found, spk = res.subject_before(a + k + 1, a + last.start())    # (the clause of the cue)
    return spk if found else None


def _ends_sentence(text: str, cand: _Candidate, ps: int = -1) -> bool:
    """A quote with no cue of its own must be a sentence: '.', '!', '?' or '…' at its end
    (inside the marks, or right after them); or, given its paragraph's start ``ps``, fill its
    paragraphs from the first one's start to the last one's end ('“… within it”' with the
    full stop left out)."""
    tail = text[cand.end - 1:cand.end]
    if tail in ("’", "'") and cand.end - 2 >= cand.start:
        tail = text[cand.end - 2:cand.end - 1]  # '“… of ‘one country, two systems.’”': a quote inside
    after = text[cand.close + 1:cand.close + 2] if cand.close is not None else ""
    if tail in (".", "!", "?", "…", "]") or after in (".", "!", "?"):
        return True
    if ps < 0 or cand.close is None or text[ps:cand.open].strip():
        return False
    end = text.find("\n", cand.close)
    return not text[cand.close + 1:end if end >= 0 else len(text)].strip()


def _word_count(text: str, segments: list[tuple[int, int]], cap: int = 5) -> int:
    """The number of words in ``segments``, counted up to ``cap`` (the tests on it are
    "< 2" and "< 5"; a long quote needs no full count)."""
    n = 0
    for a, b in segments:
        for _ in _WORD.finditer(text, a, b):
            n += 1
            if n >= cap:
                return n
    return n


_INTERVIEW_TURN = re.compile(r"(?:^|\n)[ \t]*\(\(([A-Z][^()\n]{1,60})\)\)")
_FIRST_PERSON_CUE = re.compile(r"\b(?:I|[Ww]e)\s+(?:[a-z’']+\s+){0,2}(?:say|said|says|told|tell|wrote|write|asked|ask|"
                               r"was\s+like|am\s+like|called\s+it)\b[^.!?\"“”\n]{0,25}$")
#: "((WN)) In your blog post you wrote "…"": the interviewer quotes the answerer
_SECOND_PERSON_CUE = re.compile(r"\b[Yy]ou\s+(?:[a-z’']+\s+){0,2}(?:say|said|says|told|wrote|write|mentioned|stated|"
                                r"described|called|argued|claimed)\b[^.!?\"“”\n]{0,40}$")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|to|asked)\s*$")
#: the interviewer's tag in an interview's turns ("((WN))")
_INTERVIEWER = ("WN", "Wikinews")


def _turn_before(text: str, pos: int) -> re.Match | None:
    """The last interview turn tag ("((A Bcd))") within 3,000 characters before ``pos``."""
    found = None
    for found in _INTERVIEW_TURN.finditer(text, max(0, pos - 3000), pos):
        pass
    return found


def _interviewee(text: str, pos: int, res: _Resolver) -> Speaker | None:
    """The answerer of an interview turn ("((A Bcd)) ... I say, "…"") holding ``pos``; None
    in the interviewer's turn ("((WN))") or outside an interview."""
    if _FIRST_PERSON_CUE.search(text, max(0, pos - 80), pos):
        found = _turn_before(text, pos)
    elif _SECOND_PERSON_CUE.search(text, max(0, pos - 100), pos):
        found = _turn_before(text, pos)     # "((WN)) ... you wrote "…"": the answerer of the next turn
        if found is None or found.group(1) not in _INTERVIEWER:
            return None
        found = _INTERVIEW_TURN.search(text, pos, pos + 3000)
    else:
        return None                     # "my mom said", "people say": someone the answer quotes
    if found is None or found.group(1) in _INTERVIEWER:
        return None
    name = found.group(1).strip()
    p = next((p for p in res.persons if p.name == name), None) or res.person_by_family.get(_fold(name.split()[-1]))
    return (p.name, "person", p.key or None) if p is not None else (name, "person", None)


#: a quotation mark typed as two single ones ("``", "''", "‘‘", "’’")
_DOUBLED_MARK = re.compile(r"``|''|‘‘|’’")


def _one_mark(m: re.Match) -> str:
    """The double mark standing for a doubled single one, padded with a space on its outer
    side: an opening mark before a word after a space or a bracket, else a closing one."""
    s, i = m.string, m.start()
    before = s[i - 1] if i else " "
    after = s[m.end()] if m.end() < len(s) else " "
    if m.group() in ("``", "‘‘") or (before in _OPEN_BEFORE and after.isalnum()):
        return "“ "
    return " ”"


def extract_quotes(article: Article, persons: list[Person], organizations: list[Organization],
                   countries: list[Country]) -> list[Quote]:
    """Quoted speech of an article with its speaker (see the module docstring)."""
    text = article.text
    if "``" in text or "’’" in text or "''" in text or "‘‘" in text:
        # ``typed'' and ‘‘doubled’’ marks: one double mark each, at the same offsets
        text = _DOUBLED_MARK.sub(_one_mark, text)
        article = replace(article, text=text)
    marks = _marks(text) if text else None
    if not marks:
        return []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    cands = _candidates(text, paragraphs, marks)
    if not cands:
        return []
    # the passages that may be quotes (these tests read the text only): an article with
    # none needs no masked text and no resolver
    kept = []
    for cand in cands:
        ps = paragraphs[cand.para][0]
        words = _word_count(text, cand.segments)
        full = _is_full(text, cand, ps)
        if words < 2 or (not full and words < 5) or _is_title(text, cand, ps):
            continue
        if text[cand.end - 1] not in ".!?…" and _title_case(text[cand.start:cand.end]):
            continue                    # 'the "Kestrel Internet Countdown" site': a name, not speech
        kept.append((cand, ps, words, full))
    if not kept:
        return []
    masked = _mask(text, cands, paragraphs)
    sentences = article.sentences or tuple(split_sentences(text))
    res = _Resolver(article, persons, organizations, countries, masked, paragraphs, sentences)

    out: list[Quote] = []
    previous: tuple[_Candidate, Speaker | None, str | None] | None = None
    media = {o.name for o in organizations if o.kind == "media"}
    for cand, ps, words, full in kept:
        res.quote_span = (cand.open, cand.end)
        att = _after(text, masked, cand, paragraphs, res) or _dash_credit(text, cand, paragraphs, res)
        if att is not None and _PRONOUN_AFTER.match(masked, cand.end) \
                and masked[max(0, cand.open - 40):cand.open].rstrip().endswith((",", ":")):
            # 'Abe said, "…," he said.': the named introduction decides, the pronoun repeats it
            before = _before(text, masked, cand, paragraphs, res)
            if before is not None and before.strong and before.speaker is not None:
                att = before
        elif att is not None and (
                # 'X called it "…", according to NBC' (or ', Reuters reported'): the outlet
                # reports, X speaks
                att.cue and (att.cue[:9].lower() == "according" or att.cue in ("reported", "reports")
                             and att.speaker is not None)
                # ('A told B that they had "…", Reuters said, citing a statement': the outlet relays)
                or att.speaker is not None and att.speaker[1] == "organization" and att.speaker[0] in media
                # 'A nodded and said "we will settle it," spokesman B said': the words are A's,
                # B relays them
                or att.speaker is not None and att.speaker[1] == "person"
                and _SAID_RIGHT_BEFORE.search(masked, max(0, cand.open - 12), cand.open)
                and text[cand.open + 1:cand.open + 2].islower()):
            before = _before(text, masked, cand, paragraphs, res)
            if before is not None and before.strong and before.speaker is not None and before.speaker[1] == "person":
                att = before
        if att is None and previous is not None and previous[1] is not None and previous[0].close is not None \
                and previous[0].para == cand.para and previous[0].close + 1 < cand.open \
                and _COORDINATED.fullmatch(text, previous[0].close + 1, cand.open):
            # 'as saying "…" and "…"', '"…," further remarking, "…"': the same speaker goes on
            att = _Attribution(previous[1], previous[2], True)
        att = att or _before(text, masked, cand, paragraphs, res)
        if att is None and cand.close is not None \
                and (nxt := next((c for c in cands if c.open > cand.open), None)) is not None and nxt.para == cand.para \
                and cand.close + 1 < nxt.open and _COORDINATED.fullmatch(text, cand.close + 1, nxt.open):
            # 'X is "…" and therefore "…," A underlined': the cue after the second quote is
            # the first one's too
            res.quote_span = (nxt.open, nxt.end)
            ahead = _after(text, masked, nxt, paragraphs, res)
            res.quote_span = (cand.open, cand.end)
            if ahead is not None and ahead.strong and ahead.speaker is not None:
                att = ahead
        speaker = att.speaker if att else None
        cue = att.cue if att else None
        strong = bool(att and att.strong)
        goes_on = False                 # the turn of the paragraph's previous speaker goes on
        if att is None and previous is not None:
            # the speaker's turn continues: '"...," he said. "We see ..."'
            pc, pspk, pcue = previous
            last_para = pc.para + len(pc.segments) - 1      # (a quote over paragraphs ends in its last)
            if pspk and (pc.para == cand.para or (last_para == cand.para - 1 and cand.open == ps)):
                speaker, cue = pspk, pcue
                # (right after the sentence that attributed the previous quote)
                between = text[pc.close + 1:cand.open] if pc.close is not None else ""
                goes_on = pc.para == cand.para and between.rstrip()[-1:] in (".", "!", "?") \
                    and len(_WORD.findall(between)) <= 12
                if last_para == cand.para - 1 and cand.open == ps and words >= 5 and not cand.unclosed \
                        and text[cand.close - 1:cand.close] == "," and not text[cand.close + 1:paragraphs[cand.para][1]].strip():
                    # a whole paragraph in quotation marks whose attribution the writer left
                    # out ('"One real possibility is …,"' after a paragraph of the speaker's):
                    # the speaker goes on
                    strong = True
                elif last_para == cand.para - 1 and cand.open == ps and words >= 5 and cand.unclosed \
                        and cand.para == len(paragraphs) - 1:
                    # the article's last paragraph opens a quote it never closes (a copy cut
                    # short): the speaker of the quote before goes on
                    strong = True
        if speaker is None and att is None and full and cand.close is not None \
                and (by := _STATED_BY_NEXT.match(masked, cand.close + 1)) is not None:
            # '"I cannot accept …". ¶ This was stated by Prime Minister A Bcd in an interview':
            # the sentence after the quote names its speaker
            ok, spk = res.subject_after(by.end(), res._next_sentence_start(by.end()), according=True)
            if spk is not None:
                speaker, cue, strong = spk, by.group(1) or by.group(2) or by.group(3), True
        if speaker is None and att is None and full:
            # the subject of the previous sentence: 'X criticised the decision. "..."'
            ws = res.window_start(cand.open, ps)
            if ws < cand.open and text[ws:cand.open].rstrip()[-1:] in (".", "!", "?", ":"):
                # 'Zenawi claims one was arrested. " The second time …"' (a mark and a space
                # kept the sentences together): the sentence before the quote; 'Ms. Joly had
                # little to add: "…"': the clause before the colon, when it names a known actor
                speaker = res.sentence_subject(ws, cand.open)
                if speaker is not None and speaker[2] is None and text[ws:cand.open].rstrip()[-1:] == ":":
                    speaker = None
            elif ws > ps:
                # ('… to come into the country, he said. "So we reject …"': the reporting clause that
                # closes the sentence before names its speaker, before its subject does)
                # (a closing "he said" gives way to a person opening the sentence: "A Bcd insisted
                # that ..., he said. "…"")
                before = res.window_start(ws - 1, ps)
                speaker = _closing_cue_speaker(masked, before, ws, res)
                if speaker is None or _PRONOUN_CLOSING.search(masked, before, ws):
                    subject = res.sentence_subject(before, ws)
                    speaker = subject if speaker is None or subject is not None and subject[1] == "person" else speaker
            elif cand.para > 0:
                pps, ppe = paragraphs[cand.para - 1]
                last_start = res.window_start(ppe, pps)
                speaker = res.sentence_subject(last_start, ppe)
                closing = _closing_cue_speaker(masked, last_start, ppe, res, named_after=True) \
                    if speaker is not None else None
                if closing is not None and closing[1] == "person":
                    # 'A will address the forum on Ukraine, said Kremlin aide B. ¶ "In his
                    # speech, our president will …"': the one named as saying it, not its topic
                    speaker = closing
                if speaker is None:
                    # 'The outlook is "dire," the Director-General said. ¶ "People are …"':
                    # the speaker of the cue that ends the paragraph before
                    speaker = _closing_cue_speaker(masked, res.window_start(ppe, pps), ppe, res)
                if speaker is None and cand.para > 1 and last_start == pps and MASK not in masked[pps:ppe] \
                        and not res._between(pps, ppe, "person"):
                    # 'But A said the treaty obliges them to act. ¶ But the country has not acted.
                    # ¶ "The treaty is very clear. …"': the one who spoke two paragraphs up, past
                    # one sentence that names no one
                    p2s, p2e = paragraphs[cand.para - 2]
                    first_end = res._next_sentence_start(p2s)
                    first_end = p2e if first_end <= p2s or first_end > p2e else first_end
                    subject = res.sentence_subject(p2s, first_end)
                    if subject is not None and subject[1] == "person" and _cues().search(masked, p2s, first_end):
                        speaker = subject
        if att is None and not full and words >= 5 and cand.close is not None \
                and not _title_case(text[cand.start:cand.end]):
            # 'She also said she hoped to work with Ruiz to "build a fairer tax system …"': a
            # partial quote with no cue of its own is the words of the person the sentence is about
            subj = res.opening_subject(res.window_start(cand.open, ps), cand.open)
            if subj is not None:
                speaker, strong = subj, True
        if not strong and (not full or cand.unclosed or words < 5 or not _ends_sentence(text, cand, ps)) \
                and not (goes_on and full and words >= 3 and _ends_sentence(text, cand)):
            # (a speaker's next sentence may be short, '"…," said A Bcd. "He is a victim."', or
            # lack its closing mark at the paragraph's end)
            continue
        if speaker is None and not strong:
            continue
        anon = _ANONYMOUS.match(masked, res.window_start(cand.open, ps), cand.open) \
            if speaker is None or speaker[2] is None else None
        if anon is not None and (speaker is None or speaker[0] in anon.group()):
            # "An eyewitness said, "…"", "One MP told": no name; the description speaks, and a
            # "he" that goes on ('"…," he added') is that speaker, not someone named before
            cut = _cues().search(masked, anon.start(), cand.open) if cue else None
            speaker = res.described(masked[anon.start():cut.start()], cand.open) if cut is not None else None
            if speaker is None:
                res.last_unnamed, res.last_unnamed_speaker = cand.end, None
                previous = (cand, None, None)
                continue
        if cue in ("reported", "reports") and speaker is not None and speaker[1] == "organization" \
                and res.last_speaker is not None and res.last_speaker[0][1] == "person" \
                and res._para_of(res.last_speaker[1]) == res._para_of(cand.open) \
                and all(x[3].name == res.last_speaker[0][0] for x in res._between(res.last_speaker[1], cand.open, "person")) \
                and any(o.name == speaker[0] and o.kind == "media" for o in res.organizations):
            # '"…," he said in a TV address. "…," Kestrel News reported.': the outlet reports
            # the words of the one quoted just before
            speaker = res.last_speaker[0]
        # an interview answer: "I say", "I told you" is the answerer, whoever is named near
        speaker = _interviewee(text, cand.open, res) or speaker
        name, kind, key = speaker if speaker else (None, None, None)
        for a, b in cand.segments:      # a quote running over paragraphs: one quote per paragraph
            out.append(Quote(
                text=text[a:b], start=a, end=b,
                sentence=sentence_index(sentences, a) if sentences else 0,
                speaker=name, speaker_kind=kind, speaker_key=key, cue=cue,
            ))
        previous = (cand, speaker, cue)
        if speaker is not None:
            if _IN_STATEMENT.search(masked, max(0, cand.open - 120), cand.open):
                res.last_documents["statement"] = speaker
            doc = _document_after(masked, cand.close + 1) if cand.close is not None else None
            if doc is not None:
                res.last_documents[doc] = speaker
        if speaker is not None and speaker[1] != "unnamed":
            res.last_speaker = (speaker, cand.end)
            if cue in ("wrote", "writes") and speaker[1] == "person":
                res.last_letter = (speaker, cand.end)
        elif speaker is not None or strong:
            res.last_unnamed, res.last_unnamed_speaker = cand.end, speaker
    return out
