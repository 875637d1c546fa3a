"""Persons: named people with their role and the state they act for.

A capitalised run is a person's name when the article gives evidence for it: a title
before it ("Japanese Prime Minister Shinzo Abe", "reporter Anna Lindqvist"), an
apposition ("Pavel Ostrovin, the minister for ...", "Ruritania's president, Jan
Kovar"), a known given name ("Nikos Arvanitis"), a speech verb ("Tavo Renkel said"), or
the office-holder gazetteer (``office_holders.tsv``). Later mentions by family name
("Putin", "President Putin", "Erdogan" for "Erdoğan") and unambiguous nominal references
("the Russian leader", "the prime minister") join the person under the fullest name.

Given names come from a broad dictionary (gender-guesser's ~45,000 names, minus
``given_name_stoplist.txt``, plus ``given_names.txt``); see ``gazetteer.given_name_set``.
Genre rules: a one-word name right after an office ("the security minister Suharyo"), a
given name after a family noun ("his wife Martina"), regnal numbers ("Felipe VI"), a
family name that is also a word after a given name ("Theresa May"), dash appositions.

``role`` is the title as written (offices and ranks title-cased: "Ecuadorian president" ->
"President"); ``country`` comes from a demonym, possessive or "of <state>" around the
name, then from an organisation the title names (international bodies give none), then
from a state named inside the role, then from the gazetteer of office holders, then
(except for business and press roles, and only in a story about a state's affairs) from the
state that has more than half of the article's state mentions.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate

from ..records import Article, Country, Organization, Person
from ..text import load_lines, load_table, sentence_index
from .gazetteer import (CREDIT_LABELS, country_aliases, fold, main_state, mention_maker, sentences_of, slug,
                        given_name_gender, state_given_names, subdivision_names, territory_states, trie_regex)
from .names import (CANDIDATE_NOUNS, HONORIFICS, PARTICLES, POSTNOMINALS, SPOKES_NOUNS, affiliation_adjectives, runs,
                    family_first_names, given_names, east_asian_name, is_cap, org_heads, person_stopwords,
                    stop_caps, strip_possessive, titles, family_place_words)
from .organizations import (OrgHit, _analyse as _org_hits, _party_adjectives, listed_kind, listed_state,
                            publishers_of, readable_title)
from .countries import _VENUE_BEFORE, _alias_codes, _country_scanner, ambiguous_twin
from .topics import body_tokens

_SPEECH = frozenset(
    "said says say told tells wrote writes added adds stated states explained explains announced "
    "announces noted notes tweeted tweets asked asks replied replies warned warns insisted insists "
    "argued argues claimed claims confirmed confirms denied denies declared declares urged urges "
    "stressed stresses emphasized emphasised commented continued responded recalled suggested "
    "acknowledged admitted called described praised criticized criticised welcomed reiterated "
    "spoke speaks met meets visited visits signed signs pledged vowed agreed who whose".split())
_TEMPORAL = frozenset("outgoing caretaker incoming current sitting late embattled ousted exiled "
                      "deposed new newly elected re-elected then acting interim retired".split())
#: Party adjectives before an office in an apposition ("Pelosi, the Democratic Speaker of the House").
_KIN = re.compile(r"\b(?:wife|husband|widow|widower|son|daughter|brother|sister|mother|father|"
                  r"partner|fiancée?),?[ ]$")
#: given names listed after a plural kin noun: "their two sons Tomas and Erik", "three
#: daughters, Ingrid, Astrid, and Liv"
_KIN_PLURALS = ("sons", "daughters", "children", "brothers", "sisters", "grandchildren")
_KIN_TOKENS = frozenset(w + p for w in _KIN_PLURALS for p in ("", ","))
_KIN_LIST = re.compile(rf"(?:\b([A-Z][\w’'-]+)[ ])?\b(?:{'|'.join(_KIN_PLURALS)}),?[ ]"
                       r"(?:[A-Z][\w’'-]+(?:,[ ](?:and[ ])?|[ ]and[ ]))*$")
_LIST_SPLIT = re.compile(r",[ ](?:and[ ])?|[ ]and[ ]")
#: a person's brother, sister, son or daughter named by the given name, who shares the family name
_BLOOD_KIN_OF = re.compile(r"(?:^|[^\w’'-])([A-Z][\w’'-]+)['’]s[ ](?:younger[ ]|older[ ]|elder[ ])?(?:brother|sister|son|daughter),?[ ]$")


def _kin_owner(text: str, s: int) -> str | None:
    """The family name of the person whose brother, sister, son or daughter the given name
    at ``s`` is: "Alden's brother Joe", "Alden's sons, Joe, who ..."."""
    m = _BLOOD_KIN_OF.search(text, max(0, s - 40), s)
    if m is not None:
        return m.group(1)
    m = _KIN_LIST.search(text, max(0, s - 80), s)
    owner = m.group(1) if m is not None else None
    return strip_possessive(owner) if owner and owner[-2:] in ("'s", "’s") else None


_SMALL = frozenset({"of", "for", "the", "and", "to", "in", "on", "at", "against"})
_DETS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "The", "A", "An", "His", "Her", "Their", "Its"})
_INTERNATIONAL = frozenset({"international"})
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|(?:St|Mt|Ft)\.(?=[ ][A-Z])|[\w’'\-–&]+(?:\.(?=\w)[\w]+)*|[.!?,;:()\[\]\"“”—]")
#: Endings of the abstract nouns that name an office's portfolio ("Minister of Economic
#: Development", "of Higher Education", "of Homeland Security"), which no family name has.
_OF_BEFORE = re.compile(r" of (?:the )?$")
_PORTFOLIO_END = re.compile(r"(?:ment|tion|sion|ity|ance|ence|ure|ics|ism|ing|ship)$")
#: A state's name before one of these names a war, not the state a person acts for.
_WAR_WORDS = frozenset({"War", "war", "Wars", "wars"})
#: prepositions and conjunctions: a state before one is not the title's ("talks in Paris
#: between President A Bcd and ...", "a cable from Paris to President A Bcd")
_LINKING_WORDS = frozenset("between with to from by for of in on at and or than as into against after before "
                           "under over via like including about among".split())
#: endings of lower-case plural nouns of people ("the Indian dignitaries Speaker A Bcd": the
#: state before them is the group's, not the titled person's)
_PERSON_PLURAL_ENDS = ("ies", "ers", "ors", "ants", "ents", "ists", "ians", "als", "ates")
_BARRIERS = frozenset([".", "!", "?", ",", ";", ":", "(", ")", "\"", "“", "”", "[", "]", "—"])
#: Titles that modify the title after them rather than stand alone ("Chief Cabinet Secretary").
_MODIFIER_TITLES = frozenset("chief deputy vice executive head general major lieutenant first senior "
                             "special assistant acting principal justice".split())
_APPOS_WORD = r"(?:(?:[A-Za-z]\.){2,}|(?:St|Mt|Ft)\.(?=[ ][A-Z])|[\w’'\-–&]+(?:\.(?=\w)\w+)*)"
#: taking or holding an office by its name: "assumed the post of", "held the office of", "took office as"
_TOOK_OFFICE = (r"(?:re-?)?(?:assume[sd]?|resume[sd]?|t[oa]ok(?:es)?(?:[ ]up)?|h[eo]ld[s]?|retain(?:s|ed)?)"
                r"[ ]the[ ](?:office|post|position|role)[ ]of|t[oa]ok(?:es)?[ ](?:office|over)[ ]as")
_WHO_IS = (r"who[ ](?:(?:is|was)[ ]considered|(?:is|was)[ ](?:currently|now|then)|is|was|has[ ]been|had[ ]been|(?:has[ ]|had[ ])?serve[sd][ ]as|became|"
           rf"{_TOOK_OFFICE}|"
           r"(?:succeeded|replaced)[ ](?:him|her|them|[A-Z]\w+)[ ]as)[ ]")
#: names.HONORIFICS as a regex alternation
_HONORIFIC_ALT = "|".join(map(re.escape, sorted(HONORIFICS)))
_APPOS_BODY = (rf"({_APPOS_WORD}(?:[ ]{_APPOS_WORD}){{0,19}}?)"
                    r"(?=[,.;:)\n]|[ ][—–(]|[ ](?:who|which|said|says|told|until|since|from|between|when|after|before|during|"
                    r"this|last|next|earlier|previously|"   # ("who held the post of Chancellor last year")
                    # (a second title after "and the": "the Assistant Secretary of State for ... and the US
                    # negotiator"; not after a relation: "his wife and the current chairwoman of ...")
                    r"and" + "".join(f"(?<!{w} and)" for w in ("wife", "husband", "widow", "widower", "son", "daughter",
                                                               "father", "mother", "brother", "sister", "spouse",
                                                               "successor", "predecessor"))
                    + r"[ ](?:the|a|an)[ ]|"
                    + rf"and[ ](?:{_HONORIFIC_ALT})\.?[ ]|"    # (the next name of a list)
                    # (an apposition the writer did not close: "A Bcd, Pakistan's Interior Minister was quoted")
                    + r"was|is|had|has|also|"
                    r"paid|added|announced|stated|noted|wrote|urged|warned|called|confirmed|"
                    r"denied|praised|welcomed|criticised|criticized|met|visited|arrived)\b|$)")
_APPOS = re.compile(rf"(?:,|[ ]—|[ ]–)[ ](?:then[ ](?=the[ ]))?(?:{_WHO_IS})?" + _APPOS_BODY)
#: an office or a state in brackets after a name: " (US President)", " (Rwanda)", "(Congo)"
_APPOS_PAREN = re.compile(r"[ ]?\(((?:the[ ])?[A-Z][\w.’'-]*(?:[ ](?:[A-Z][\w.’'-]*|of|for|the|and)){0,6})\)")
#: a state's possessive and a capitalised word opening an apposition: "Bulgaria's Rumen"
_STATE_POSSESSIVE_NAME = re.compile(r"([A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){0,2})['’]s?[ ]([A-Z][\w-]+(?:[ ][A-Z][\w-]+)*)(?=[ ,]|$)")
#: an auxiliary or modal verb: a clause, in a run of words read as an apposition
_AUXILIARY = re.compile(r"\b(?:will|would|can|could|should|shall|may|might|must|are|were|have|be|been|do|does|did)\b")
#: the state's name (one to three capitalised words) opening an apposition
_STATE_WORDS_OPEN = re.compile(r"(?:the[ ])?([A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,2})")
#: a finite verb right after a word read as an apposition: a clause's subject instead
_CLAUSE_VERB_AFTER = re.compile(r"[ ](?:does|do|did|is|was|are|were|has|have|had|will|would|can|could|should|must|may|might)[ ]")
#: what closes an apposition set off after a name
_APPOS_ENDS = frozenset(",.;:)\n—–")
#: a reporting clause in the present perfect closing its sentence after a nominal: " has
#: announced." (an apposition left open before a plain "said" is common: "A Bcd, AU commissioner said")
_CLOSING_REPORT = re.compile(r"[ ](?:has|have)[ ](?:announced|said|stated)[.,]")
#: the relative clause after an apposition's description: "A Bcd, a career diplomat who served as
#: Foreign Minister, ...": the office
_APPOS_WHO = re.compile(rf"[ ]{_WHO_IS}" + _APPOS_BODY)
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: a legislature's one-word name, kept in the office it opens ("Senate Majority Leader")
_CHAMBERS = frozenset({"Senate", "Congress", "Parliament"})
#: an apposition the writer set off with no comma: "said A Bcd the Foreign Secretary of ..."
_APPOS_THE = re.compile(r"[ ](?=the[ ])" + _APPOS_BODY)
#: "now in his sixth term as ", "in her second year as ": the office held follows
_TERM_AS = re.compile(r"(?:(?:now|currently|then)[ ])?in[ ](?:his|her|their)[ ](?:[a-z-]+[ ])?(?:term|year|tenure|stint)[ ]as[ ]")
_INITIALS = re.compile(r"[A-Z]{2,3}")
#: a middle initial ("C." in "Kevin C. King")
_INITIAL = re.compile(r"[A-Z]\.?")
#: a name with its father's initial glued before it, as Mongolian outlets write names
#: ("Kh.Battulga", "D.Tsogtbaatar", "L.Oyun-Erdene"): the name after the initial is the family's
#: (not an abbreviation glued to a place or a name: "St.Petersburg", "Mt.Kenya", "Dr.Ali")
_GLUED_FORM = r"(?!(?:St|Mt|Ft|Pt|Dr|Mr|Ms|No|Co|Jr|Sr|Lt|Rd|Av)\.)[A-Z][a-z]?\.([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
_GLUED_INITIAL = re.compile(_GLUED_FORM)


def _glued_name(word: str) -> bool:
    """Whether ``word`` is a name with the father's initial glued on ("D.Tsogtbaatar")."""
    return "." in word and _GLUED_INITIAL.fullmatch(word) is not None

_NAME_CAPS = re.compile(_GLUED_FORM + r"|(?:[A-Z]\.)+|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})|[dD][’'][A-Z]\w+|Mc[A-Z]\w+|Mac[A-Z]\w+|[A-Z]\w*[-’'][A-Z]\w+|"
                        r"(?:al|el|bin|de|di|da|le|la)-?[A-Z]\w+|[A-Z][a-z]+[A-Z][a-z]+")
#: lower-case nouns that make a body of the capitalised name before them ("the NATO forces")
_BODY_NOUNS = frozenset("forces force military army troops navy police mission delegation contingent "
                        "government embassy".split())
_TAIL_STOPS = frozenset("that which who whom whose where when while since until decided said says "
                        "told added with".split())
_LOWER_TAIL = re.compile(r"(?!(?:said|says|told|who|which|that|has|had|was|is|were|are|will|would)$)(?:[a-z]+(?:-[a-z]+)?|[0-9]+-[a-z]+)")
_ACADEMIC = re.compile(r"\b(?:University|College|Institute|School|Academy)\b")
# Heads of research centres, foundations, societies and campaigns: bodies that act for no state
_NONSTATE_BODY = re.compile(r"\b(?:Center|Centre|Foundation|Society|Association|Network|Campaign|Trust|"
                            r"Initiative|Research|Laboratory|Observatory|Museum|Gallery)\b")
#: heads of the names of members' bodies: trade associations, societies, leagues (not
#: "National Institute of ...", often a state's)
_MEMBERS_BODIES = frozenset({"Association", "Society", "Foundation", "Trust", "Campaign", "League", "Network"})
#: kinds of organisation that are a state's own bodies
_STATE_BODIES = frozenset({"government", "military", "party", "court"})
#: an office at a school, a museum or a foundation ("director of the gallery", "dean at Kestrel
#: College"): it acts for no state
_FOUNDATION_WORDS = "Museum|Gallery|Foundation"
_FOUNDATION = re.compile(rf"\b(?:{_FOUNDATION_WORDS})\b")     # (its staff: no state)
_INSTITUTION_ROLE = re.compile(rf"[ ](?:of|at)[ ](?:.*[ ])?(?:University|College|School|{_FOUNDATION_WORDS})\b", re.I)
_AFFILIATED_SAID = re.compile(r"[ ](?:from|of)[ ](?:the[ ])?[\w’'\-]+(?:[ ][\w’'\-]+){0,5}[ ]"
                              r"(?:said|says|told|wrote|added|commented|stated|noted|explained|warned|argued)\b"
                              r"|,[ ](?:the|his|her)[ ](?:son|daughter|wife|husband|brother|sister|father|mother|widow)[ ]of[ ][A-Z]"
                              r"|,[ ](?:his|her)[ ](?:ex-|late[ ]|former[ ])?(?:son|daughter|wife|husband|brother|sister|father|mother|widow|partner)\b")
#: a passive that befalls people, not bodies or places, right after a name
_HUMAN_PASSIVE = re.compile(r"[ ](?:was|were)[ ](?:convicted|sentenced|arrested|jailed|imprisoned|born|killed|shot|"
                            r"injured|wounded|detained|pardoned|indicted|acquitted|executed|hospitali[sz]ed|"
                            r"kidnapped|abducted|murdered|stabbed)\b")
#: the prefixes of ships' names ("USS", "HMS", the Philippine Navy's and coast guard's "BRP")
_SHIP_PREFIXES = "MV|MS|SS|HMS|USS|RV|HMAS|HMCS|HMNZS|INS|FV|BRP|KRI|TCG|ROKS|PNS"
#: the last words of the names of laws, treaties and decorations, which no person's name ends
#: in ("General Data Protection Regulation", "the Imam Bukhari Order")
_INSTRUMENT_ENDS = frozenset({"Regulation", "Regulations", "Directive", "Act", "Convention", "Treaty", "Accord",
                              "Protocol", "Charter", "Order", "Doctrine", "Statute", "Declaration"})
#: prepositions that end no title before a name ("... administration from A Bcd")
_PREPOSITIONS_BEFORE_NAME = frozenset("from by with against than after before over into between".split())
#: an honorific (names.HONORIFICS) right before a name ("Cde A", "Mrs. A")
_HONORIFIC_BEFORE = re.compile(rf"\b(?:{_HONORIFIC_ALT})\.?[ ]$")
#: a capitalised part of a hyphenated family name ("Kashiri")
_CAP_TAIL = re.compile(r"[A-Z][a-z]{2,}")
_SHIP_PREFIX_SET = frozenset(_SHIP_PREFIXES.split("|"))
#: the last letter of each prefix and a space: a text with none names no ship (a cheap test)
_SHIP_PREFIX_ENDS = frozenset(p[-1] + " " for p in _SHIP_PREFIX_SET)
_SHIP_BEFORE = re.compile(rf"\b(?:{_SHIP_PREFIXES})[ ](?:[A-Z][\w.]*[ ])?$")
#: the words after a hyphen that make a name a kind of thing ("the Arleigh Burke-class
#: destroyer"), and those that make it an agent's ("the A Bcd-led government")
_NAME_KIND_ENDS = frozenset("class type style era like".split())
_NAME_AGENT_ENDS = frozenset("led backed brokered funded sponsored allied aligned appointed".split())
_SHIP_NAME = re.compile(rf"\b(?:{_SHIP_PREFIXES})[ ]([A-Z][\w.-]*(?:[ ][A-Z][\w.-]*){{0,3}})")
_VESSEL_BEFORE = re.compile(r"\b(?:yacht|ship|vessel|tanker|freighter|trawler|ferry|frigate|destroyer|cruiser|"
                            r"submarine|aircraft[ ]carrier|warship|liner)[ ]$")
#: ... or the plural of one before a list of names: "carriers A Bcd, Nimitz and " (looked
#: for only in an article that holds one of the plurals)
_VESSEL_PLURALS = ("carriers", "ships", "vessels", "destroyers", "frigates", "submarines", "tankers")
_VESSELS_BEFORE = re.compile(r"\b(?:carriers|warships|ships|vessels|destroyers|frigates|submarines|tankers)[ ]"
                             r"(?:[A-Z][\w.-]*(?:[ ][A-Z][\w.-]*)*(?:,[ ]|,?[ ]and[ ]))*$")
_LOWER_RUN = re.compile(r"[a-z0-9 -]+")
#: the endings of image file names a wiki page may leave in the text ("File:A Bcd.jpg")
_FILE_ENDS = (".jpg", ".jpeg", ".png", ".gif", ".svg", ".tif", ".tiff", ".webp")
_ADVERBS = frozenset({"formerly", "currently", "previously", "now", "also"})
_AGE_ADJ = re.compile(r"\d+-year-old|[a-z]+-year-old|[a-z]+-(?:month|week)-old")
#: clerical styles written between an office and the name ("archbishop Monsignor A Bcd")
_STYLES = frozenset("monsignor monseñor monsenor reverend sheikh".split())
#: ... and professions some presses write as styles after an office ("Science Minister
#: Architect A Bcd", "Minister Engineer C Def", "Law Minister Barrister E Fgh"), and the
#: offices they follow (not "Chief Engineer A Bcd": his post)
_PROFESSION_STYLES = frozenset("architect engineer engr barrister advocate".split())
_STYLED_OFFICES = frozenset("minister secretary adviser advisor mayor governor ambassador chairman "
                            "chairperson president lawmaker".split())
_PLURAL_TITLE = re.compile(r"\b(?:[Pp]residents|[Mm]inisters|[Ll]eaders|[Ss]enators|[Aa]mbassadors|[Gg]overnors)\b")
_LIST_GAP = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w’'\-]+(?:\s(?:of\s)?[A-Z][\w’'\-]+)*)?(?:,\s+|,?\s+and\s+)")
_ROLE_HEAD_CACHE: dict[str, str] = {}
#: between two names of a list, an honorific allowed: ", Dr "
_LIST_GAP_HONORIFIC = re.compile(r"(?:,\s+|,?\s+and\s+)(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir)\.?\s+)?")
#: a title set off by commas between two names, then at most a style ("A Bcd, Emir of Kuwait,
#: Sheikh C Def"): the first one's apposition, not a title before the second
_TITLE_BETWEEN_NAMES = re.compile(r",[ ][^,;.\n“”\"()]{2,80}?,[ ](?:[A-Z][\w.]*[ ]){0,2}")
#: what follows a name inside a list: another name, or the list's end before a verb
_LIST_NEXT = re.compile(r",|,?\s+and\s|\s+(?!and\b)[a-z]+")
#: another name right after a name: the name opens a list (", C Def" / " and C Def")
_LIST_ON = re.compile(r"(?:,[ ]|,?[ ]and[ ])(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir)\.?[ ])?[A-Z][a-z]")
#: a picture credit ("Image: Jane Doe (flickr)"): the photographer is no actor of the story
_CREDIT = re.compile(rf"(?:{CREDIT_LABELS}|Source|[Ee]ditor|[Tt]ranslator)s?:[ ]*$")
#: ... but "Source: A Bcd, Kestria's Foreign Minister, speaking to reporters beside ...": a
#: sentence goes on after the name (a wire's note of whom a report quotes)
_SOURCE_SENTENCE = re.compile(r",[ ][^\n]{40,}")
#: ... with an abbreviated rank or title before the name ("Image: Sgt. A Bcd")
_CREDIT_SLASH = re.compile(rf"(?:{CREDIT_LABELS})s?:[^\n:]{{1,40}}[ ]/[ ]$")
#: ... with the name in brackets after an account or body ("Image: File Upload Bot (A Bcd)")
_CREDIT_PAREN = re.compile(rf"(?:{CREDIT_LABELS})s?:[^\n:()]{{1,50}}[(]$")
#: ... or a later name of a list of credits ("Image: A Bcd, C Def, Efg.")
_CREDIT_LIST = re.compile(rf"(?:{CREDIT_LABELS})s?:[ ]*"
                          r"(?:[A-Z][\w.’'-]*(?:[ ][A-Za-z][\w.’'-]*){0,3}(?:,[ ]|,?[ ]and[ ]))+$")
_CREDIT_TITLED = re.compile(rf"(?:{CREDIT_LABELS}|Source)s?:[ ]*[A-Z][a-z]{{1,5}}\.[ ]$")
#: an age in apposition after a name ("A Bcd, 22, killed ..."): a person
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old[ ]$")
#: a candidacy after a name: "the ticket of A Bcd for Vice President", "nominated A Bcd for governor"
_CANDIDACY = re.compile(r"[ ]for[ ](?:(?:[Vv]ice|[Dd]eputy)[ -])?(?:[Pp]resident|[Gg]overnor|[Mm]ayor|[Ss]enator?|"
                        r"[Pp]rime[ ][Mm]inister|[Cc]hancellor)\b")
#: what befalls a person, before the name: "the police killing of A Bcd"
_FATE_OF = re.compile(r"\b(?:killing|murder|death|assassination|execution|arrest|detention|funeral|kidnapping|"
                      r"abduction)[ ]of[ ]$")
_AGE_AFTER = re.compile(r",[ ](?:1[01]\d|[1-9]?\d),")
#: titles held under one name ("Pope Francis", "King Charles"): a given name is the name
_REGNAL = re.compile(r"\b(?:Pope|King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Sheikh|Sheikha|"
                     r"Patriarch|Cardinal|Archbishop|Grand Duke|Grand Duchess)[ ]+$")
#: "then-prime-minister X", "ex-president X": a hyphenated title before a name
_HYPHEN_TITLE = re.compile(r"(?<![\w-])(?:then|ex|former|now)-(?:[A-Z][\w.]*-)?([a-z]+(?:-[a-z]+){0,3})[ ]+$")
#: A Korean given name after the family name ("Won-soon", "Jae-in", "Jong-un").
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")
#: Chinese family names that are also English words the lists stop ("He", "You"), and a
#: given name of one or two pinyin syllables ("Yadong", "Lifeng"), lower-cased
_CHINESE_FAMILY_WORDS = frozenset({"He", "You"})
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|"
                    r"ui|ue|er|a|o|e|i|u)")
_PINYIN_GIVEN = re.compile(rf"{_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}?")
#: "two presidents have been impeached: " before a list of names ending the sentence (_LIST_TAIL)
_COUNTED = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth)[ ]([A-Za-z]+s)\b[^.;:!?\"“”\n]{0,70}[:,][ ]$")
_LIST_TAIL = re.compile(r"(?:(?:,[ ]|,?[ ]and[ ])[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3}){0,6}[ ]?[.;]")
#: a list of examples after a plural title ("political commentators such as A Bcd and C Def")
_SUCH_AS = re.compile(r",?[ ](?:such[ ]as|including)[ ]$")
#: the role position of a role only such a list gives: any title at the person's own mentions wins
_LIST_ROLE_POS = 10 ** 9 - 1
#: the separators of a list of names, after and before a name
_LIST_SEP = re.compile(r",[ ](?:and[ ])?|[ ]and[ ]")
_LIST_SEP_END = re.compile(r"(?:,[ ](?:and[ ])?|[ ]and[ ])$")
#: nouns before "named" that make the next word a person's name ("a student named Wong")
_PERSON_NOUNS = frozenset("man woman boy girl person resident student worker protester".split())
#: family nouns before a name ("his sister A Bcd"), kin nouns that are also clergy titles
_KIN_WORDS = frozenset("wife husband widow widower son daughter brother sister mother father partner "
                       "fiance fiancé fiancée".split())
_KIN_TITLES = frozenset({"father", "mother", "brother", "sister"})
_POSSESSIVE_DETS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
#: "his successor, A Bcd", "Efg's mother, A Bcd": a relative or successor shares a state
_RELATED = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|([A-Z][\w’'\-]+['’]s))[ ]+(?:late[ ]+|eldest[ ]+|elder[ ]+|younger[ ]+|"
                      r"older[ ]+)?(?:father|mother|son|daughter|brother|sister|wife|husband|widow|widower|successor|"
                      r"predecessor|cousin|uncle|aunt|nephew|niece|spouse|fiancée?)[ ]*,?[ ]+(?:(?:Sultan|King|Queen|"
                      r"Prince|Princess|Sheikh|Emir)[ ]+)?$")
_PEER_WORDS = frozenset({"Lord", "Lady", "Baron", "Baroness", "Sir", "Dame", "Viscount", "Viscountess", "Earl",
                         "Countess", "Duke", "Duchess", "Marquess"})
#: "member(s) of (the)" right before a capitalised run: what follows is a body
_MEMBER_OF = re.compile(r"\b[Mm]embers?[ ]of[ ](?:the[ ])?$")
#: a name going on after a run's words: a number or a possessive and a capital ("Flight 103")
_MORE_NAME_AFTER = re.compile(r"[ ]\d|['’]s[ ][A-Z]")
#: peerages that name their holder ("Lord Alli"): not "Duke" nor "Earl", also given names, nor
#: the honours and courtesy titles "Sir", "Dame", "Lady"
_PEERAGE_TITLES = _PEER_WORDS - {"Lady", "Sir", "Dame", "Earl", "Duke", "Duchess"}
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "ben"})
#: royal styles before a name, which an office named before them outranks
_ROYAL_STYLES = frozenset({"Prince", "Princess", "Sheikh", "Sheikha"})
#: a lower-case compound adjective before an office ("long-serving", "newly-elected")
_HYPHEN_ADJ = re.compile(r"[a-z]+(?:-[a-z]+)+|longtime|veteran")
#: styles between a kin word and a name ("his wife Tun Dr ")
_KIN_STYLES_END = re.compile(r"(?<=[ ])(?:(?:Tun|Toh[ ]Puan|Datin|Dr\.?)[ ])+$")
_RELATION_NOUNS = frozenset("father mother son daughter brother sister wife husband widow widower successor "
                            "predecessor cousin uncle aunt nephew niece spouse fiance fiancé fiancée".split())
#: a term of office before "of" and a name ("the Brazilian presidency of A Bcd"; group 1 a
#: demonym, group 2 the term), and the office each names
_TERM_OFFICES = {"presidency": "President", "premiership": "Prime Minister", "chancellorship": "Chancellor"}
_TERM_OF = re.compile(r"(?:([A-Z][a-z]+)[ ])?([Pp]residency|[Pp]remiership|[Cc]hancellorship)[ ]of[ ]$")
#: "A Bcd's presidency": a possessive before an office noun names a person
_OFFICE_OF = re.compile(r"['’]s[ ](?:[Pp]residency|premiership|government|administration|regime|rule|reign|"
                        r"cabinet|tenure|term[ ]in[ ]office|presidential[ ]campaign)\b")
#: "A Bcd became prime minister": the office taken, where no title stands by the name
#: ("voted to keep A Bcd as their prime minister": the office held)
_PREDICATE_STARTS = (" became", " becomes", " was ", " is ", " has been ", " had been ", " served", " serves",
                     " has served", " resigned as ", " resigns as ", " quit as ", " kept his post as ",
                     " kept her post as ", " remained ", " remains ", " said he", " said she", " announced he",
                     " announced she", " says he", " says she", " announces he", " announces she", " stood down",
                     " stepped down", " as ", " to serve as ", " assume", " resume", " took", " take", " held ",
                     " hold", " retain", " reassume", " won ", " wins ", " regained ", " secured ", " began ",
                     " sought ", " seeks ", " has survived as ", " survived as ", " survives as ", " continues as ",
                     " stays as ", " on his appointment as ", " on her appointment as ", " on his election as ",
                     " on her election as ", " on his re-election as ", " on her re-election as ", " was in office as ",
                     " is in office as ")
#: connectors a role cannot end with
_DANGLING_ENDS = (" of", " the", " for", " and", " to", " in", " at", " on")
_DANGLING = re.compile(r"(?:" + "|".join(_DANGLING_ENDS) + r")+$")
#: a predicate of taking an office now, which outranks an office once held
_TAKING_OFFICE = (" was sworn", " has been sworn", " is sworn", " became", " becomes", " was elected",
                  " has been elected", " is elected", " was inaugurated")
#: a time word between a name and its predicate ("A Bcd yesterday announced")
_TIME_AFTER = re.compile(r"[ ](?:yesterday|today|tonight|earlier|later|also|then|now|"
                         r"on[ ](?:" + "|".join(sorted(_WEEKDAYS)) + r"))(?=[ ])")
_PREDICATE_ROLE = re.compile(r"[ ](?:became|becomes|was[ ](?:(?:re-?)?elected(?:[ ]as)?|appointed(?:[ ]as)?|named|made|sworn(?:[ ]in)?(?:[ ][^;!?\",]{1,60}?)?[ ]as)|"
                             r"(?:is|was)[ ](?:set|expected|likely|poised)[ ]to[ ]be[ ](?:re-?)?(?:elected|appointed|named)(?:[ ]as)?|"
                             r"(?:said|announced|says|announces)[ ](?:that[ ])?(?:he|she)[ ](?:[a-z]+[ ]){0,2}?"
                             r"(?:stand|step)[ ]down[ ]as|(?:stood|stepped)[ ]down[ ]as|"
                             r"is[ ](?:elected|appointed|named)|ha[sd][ ]been[ ](?:re-?)?(?:elected|appointed|named)(?:[ ]by[ ][a-z]+)?(?:[ ]as)?|"
                             r"(?:is|ha[sd][ ]been)[ ]sworn[ ]in(?:[ ][^;!?\",]{1,60}?)?[ ]as|"
                             r"(?:has[ ])?served[ ]as|serves[ ]as|to[ ]serve[ ]as|resign(?:ed|s)[ ]as|quit[ ]as|"
                             r"(?:won|wins|regained|secured|began|sought|seeks)[ ](?:an?[ ])?(?:second|third|fourth|fifth|"
                             r"new|another|fresh|full|consecutive|[a-z]+-year)?[ ]?term[ ]as|"
                             r"was[ ](?:forced|asked)[ ]to[ ](?:resign|step[ ]down|quit)[ ]as|" + _TOOK_OFFICE + "|"
                             r"kept[ ](?:his|her)[ ]post[ ]as|(?:has[ ])?survive[sd][ ]as|continues[ ]as|stays[ ]as|"
                             r"on[ ](?:his|her)[ ](?:appointment|(?:re-?)?election)[ ]as|(?:was|is)[ ]in[ ]office[ ]as|remain(?:ed|s)(?=[ ](?:the[ ]|an?[ ])?[A-Za-z\-]+[ ](?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Cc]hancellor))|as)[ ]"
                             r"(?:the[ ]|a[ ]|an[ ]|its[ ]|their[ ])?(?:(?P<owner>[A-Z][\w\-]*(?:[ ][A-Z][\w\-]*)?)['’]s[ ]"
                             r"|(?:country|nation)['’]s[ ])?"
                             r"(?:(?:new|first|interim|acting|female|woman|second|third|[a-z]+th|\d+(?:st|nd|rd|th))[ ]){0,2}"
                             r"(?P<office>(?:[A-Za-z\-]+[ ]){0,3}[A-Za-z\-]+)")
#: the state after an office: " of Latvia", " of the Philippines"
_OF_STATE = re.compile(r"[ ]of[ ](?:the[ ])?([A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})")
#: a sentence opening on the state (or its capital) where an official acts, before his name
#: and title: "In South Korea, ", "In Seoul, Foreign Ministry spokesman "
_IN_STATE_OPENING = re.compile(r"(?:^|(?<=[.!?][ ])|(?<=\n))In[ ]([A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}),[ ]"
                               r"(?:[^,.;:\n\"“”]{0,60}[ ])?$")
#: a term of office between a name and " as <office>" ("re-elected A Bcd for a second term")
_FOR_A_TERM = re.compile(r"[ ]for[ ]an?[ ](?:[a-z]+[ ]){0,2}?term(?=[ ]as[ ])")
#: a verb that gives, keeps or passes on an office before "<name> as <office>"
_HOLDER_VERB_BEFORE = re.compile(r"\b(?:keep|keeps|kept|retain(?:s|ed)?|appoint(?:s|ed)?|name[sd]?|re-?elect(?:s|ed)?|"
                                 r"confirm(?:s|ed)?|install(?:s|ed)?|swore[ ]in|sworn[ ]in|reappoint(?:s|ed)?|"
                                 r"succeed(?:s|ed)?|replace[sd]?|appointment(?:[ ]today|[ ]on[ ][A-Z][a-z]+)?[ ]of|"
                                 r"(?:inauguration|swearing-in|investiture|re-?election)[ ]of)"
                                 r"(?:[ ][A-Z][\w.’'-]*){0,2}[ ]$")
#: "at the Bcd Efg in ...": a venue, not a person
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ ]$")
_VENUE_AFTER = re.compile(r"[ ]?(?:[,.;:)]|$|(?:in|at|on|of|for|to|and|near|from|with|was|is|has|had|will)\b)")
#: a peerage in apposition ("A Bcd, Lord Efg, the Lord President ...")
_PEERAGE = re.compile(r"(?:Lord|Lady|Baron|Baroness|Sir|Dame|Viscount|Viscountess|Earl|Countess|Duke|Duchess|"
                      r"Marquess)(?:[ ][A-Z][\w’'\-]+){1,3}(?:[ ]of[ ][A-Z][\w’'\-]+(?:[ ][A-Z][\w’'\-]+)?)?")
#: a second, unlisted description after a title and "and" ("... and Trump loyalist ")
_COORD_TITLE = re.compile(r"[ ]and[ ]((?:[A-Za-z][\w-]*[ ])?[a-z][\w-]*)[ ]$")
#: a demonym noun in apposition before a name ("An Australian, A Bcd,")
_DEMONYM_BEFORE = re.compile(r"(?:^|[.!?;]\s+|\s)(?:[Aa]n?|[Oo]ne|[Tt]he)[ ]([A-Z][a-z]+),[ ]$")
#: "his Kenyan colleague, A Bcd": a demonym and a lower-case noun in apposition before a name
_DEMONYM_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Oo]ne|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ ]([A-Z][a-z]+)[ ][a-z]+,[ ]$")
#: a demonym right before a name ("Briton A Bcd"; "the Kenyan A Bcd")
_NATIONAL_RIGHT_BEFORE = re.compile(r"(?:^|[^\w’'-])([A-Z][a-z]+)[ ]$")
#: a demonym before a titled name and "and" before this one's title: both are of that state
#: a plural demonym and a list of names after it: "two Canadians - A Bcd and C Def"
_NATIONALS_LIST = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth|the)[ ](?:other[ ])?"
                             r"(?:([A-Z][a-z]+s)|([A-Z][a-z]+)[ ](?:nationals|citizens))"   # ("two French nationals")
                             r"(?:[ ](?:with[ ]whom|whom|who)[ ][^—–:(\n]{1,60}?)?[ ]?(?:[-–—:,(][ ]?)"
                             r"(?:(?:[A-Z][\w’'.-]*[ ]){1,4}(?:and[ ]|,[ ]))*$")
#: a one-word name in brackets right after a full name: " (Jokowi)"
_BRACKET_ALIAS = re.compile(r"[ ]\(([A-Z][a-z]{2,})\)")
#: a delegation of a state and who leads it, before a name: "The Kestrian side was headed by "
_SIDE_LED_BY = re.compile(r"\b[Tt]he[ ]([A-Z][a-z]+)[ ](?:side|delegation|team)[ ](?:(?:was|is|will[ ]be|were)[ ])?"
                          r"(?:led|headed)[ ]by[ ]$")
#: a list of names closed by "and N other <demonym> citizens" (group 1 the demonym): "A, B, and
#: two other American citizens"
_NATIONALS_AFTER = re.compile(r"(?:,[ ](?:and[ ])?(?:[A-Z][\w’'.-]*[ ]?){1,4})*,?[ ]and[ ](?:two|three|four|five|\d+)[ ]"
                              r"other[ ]([A-Z][a-z]+)[ ](?:citizens|nationals|prisoners|detainees|hostages)\b")
_COORD_DEMONYM = re.compile(r"(?:^|[^\w’'-])([A-Z][a-z]+|[A-Z]{2,4})[ ](?:[A-Z][\w’'.-]*[ ]){0,5}[A-Z][\w’'.-]*(?:[ ]and|,)[ ]"
                            r"(?:[A-Z][\w’'.-]*[ ]){1,4}$")   # (or a comma: "..., Intelligence Chief B")
#: an office after a copula: "<name> is Ghana's foreign minister", "<name> was the prime minister"
_COPULA_TITLE = re.compile(r"[ ](?:is|was|ha[sd][ ]been)[ ](?:also[ ])?(?:the[ ]|an?[ ]|([A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)['’]s[ ])"
                           r"((?:[\w-]+[ ]){0,3}[\w-]+)")
#: "<name>, 37, from Queensland, Australia": where the person comes from
_FROM_PLACE = re.compile(r"(?:,[ ]\d{1,3},)?[ ]from[ ](?:the[ ])?([A-Z][\w’'-]*(?:,?[ ](?:of[ ])?[A-Z][\w’'-]*){0,5})"
                         r"(?=[,.;)]|[ ][a-z]|$)")
#: a demonym alone as a subject ("the Nigerian was granted a visa")
_VERB_AFTER = re.compile(r"[ ](?:was|is|had|has|who|said|says|told|denied|admitted)\b")
#: a demonym and a lower-case noun right before a name ("Retired British couple A and B Cde",
#: "American tourist A Bcd", "Azeri axe-murderer A Bcd"): the person's state, with no role
_NATIONAL_NOUN_BEFORE = re.compile(
    r"(?:^|[^\w’'-])((?:[A-Z][a-z]+[ ])?[A-Z][a-z]+)[ ]"
    r"(?:aid[ ]worker|(?!(?:and|or|but|of|the|to|with|by|for|in|on|at|as|from|than|said|says|told|was|is)[ ])"
    r"[a-z]+(?:-[a-z]+)?"
    # (two words, the second a noun of a person: "American basketball star")
    r"(?:[ ](?:star|player|champion|national|citizen|journalist|reporter|student|tourist|activist|"
    r"businessman|businesswoman|executive|athlete|writer|researcher|scholar|academic|teacher|pilot|"
    r"worker|engineer|volunteer|veteran|blogger|photographer|filmmaker|dissident|lawyer))?)[ ]$")
#: a plain capitalised word ("Matembo"), no acronym, initial or hyphenated compound
_PLAIN_CAP = re.compile(r"[A-Z][a-z]{2,}")
#: a capitalised word of a field or an activity, never a name's ("Planning", "Promotion",
#: "Assistance", "Employment")
_ABSTRACT_WORD = re.compile(r"[a-z](?:tion|sion|ment|ance|ence|ship|ism|ity|ing|ness)$")
#: ... one of which has an ending no name has ("Florence Manning" is a name)
_FIELD_WORD = re.compile(r"[a-z](?:tion|sion|ment|ance|ship|ism|ness)$")
#: a noun of a thing or a state of affairs, not a person ("captivity", "occupation", "government")
_ABSTRACT_NOUN_END = re.compile(r"[a-z](?:ity|tion|sion|ment|ness|ship|ism|ance|ence|ure)[ ]$")
#: modifiers that change an office and may stand before the state that splits them from it
#: temporal words left out of a role ("acting" stays: an acting leader holds another office)
_TEMPORAL_DROPPED = _TEMPORAL - {"acting"}
_STATE_SPLIT_MODIFIERS = frozenset({"deputy", "acting", "vice", "assistant", "associate", "interim"})
#: posts held at an international body for a state ("the Israeli UN envoy")
_ENVOYS = frozenset({"envoy", "ambassador", "representative", "delegate", "permanent representative"})
#: the envoys "in" a place names where they are posted ("Britain's ambassador in Iran, A Bcd")
_POSTED_ABROAD = frozenset({"ambassador", "envoy", "consul", "consul-general", "consul general"})
#: the capitalised word right before a position ("Israeli" before "UN envoy")
_WORD_BEFORE = re.compile(r"([A-Z][\w.’'-]*)\s+$")
#: ... or before rank words: "South Korea's deputy " (group 1 the state's word)
_STATE_BEFORE_RANK = re.compile(r"([A-Z][\w.’'-]*)\s+(?:(?:deputy|acting|permanent|alternate)\s+)*$")
_CAP_WORD = re.compile(r"[A-Z][\w’'-]+")
#: nationality stated as a predicate ("A Bcd is a Turkish national")
_NATIONAL = re.compile(r"[ ](?:is|was)[ ]an?[ ]([A-Z][a-z]+)[ ](?:national|citizen)\b")
#: nationality in apposition, with no title noun ("Siti Aishah, an Indonesian;", "A Bcd, a British national,")
_NATIONAL_APPOSED = re.compile(r",[ ]an?[ ]((?:[A-Z][a-z]+[ ])?[A-Z][a-z]+)(?:[ ](?:national|citizen))?(?=[,;.)]|[ ]who\b)")
#: "X of the <organisation>" after a name ("A Bcd of the MDC")
_GOVERNED = re.compile(r"\b(?!(?:and|but|or|while|whereas|although|though)\b)[a-z]+[ ]+(?:the|a|an|his|her|its|their)[ ]+(?:[a-z-]+[ ]+){0,2}$")
#: a name closed by a comma or a full stop: the end of an apposition ("…, A Bcd, in Abuja")
_NAME_CLOSED = re.compile(r"(?:(?:[A-Z][\w’'.-]*|bin|bint|ibn|al|el|de|da|dos|van|von)[ ]){0,5}"
                          r"[A-Z][\w’'-]*(?:,|\.(?:\s|$))")
_OF_ORG = re.compile(r",?[ ]of[ ](?:the[ ])?(?=[A-Z])")
#: the comma closing an apposition after a body, maybe after a noun ("United Front| coalition,")
_APPOS_CLOSE = re.compile(r"(?:[ ][a-z]+)?,")


# patterns of the inline matches below, compiled once
_RX0 = re.compile(r"[\w’'\-]+")
_RX1 = re.compile(r"[\s,]*([\w’']+)")
_RX2 = re.compile(r"(?:said|says|told|by|identified[ ]as|[Mm]r\.?|[Mm]rs\.?|[Mm]s\.?|[Dd]r\.?)\s+$")
_RX3 = re.compile(r"\s+(?:of|from)\s+(?:[Tt]he\s+)?([A-Z][\w’'\- ]+?)(?=[\s,.;:]|$)")
_RX4 = re.compile(r"[ ]+([A-Z]\w*)")
_RX5 = re.compile(r",?\s+(?:and\s+)?|,\s*")
_span = re.Match.span


@dataclass(slots=True)
class _Cand:
    name: str
    words: list[str]
    mentions: list[tuple[int, int]] = field(default_factory=list)
    role: str | None = None
    role_pos: int = 10 ** 9
    country: str | None = None
    country_rank: int = 9       # lower is stronger evidence
    international: bool = False
    company: bool = False       # works for a company or a newspaper (no state)
    related: tuple[str, int] | None = None   # whose relative or successor: ("his" or a family name, position)
    counterpart_of: "_Cand | None" = None    # the anchor of "his counterpart, A Bcd" when its state was unknown


@lru_cache(maxsize=1)
def _counterpart_offices() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """(lower-case office, state) -> the generic office, and (generic office with "defence"
    spelt "defense", state) -> the office a counterpart of that state holds
    (counterpart_offices.tsv)."""
    own, given = {}, {}
    for row in load_table("counterpart_offices.tsv"):
        own[(row["office"].lower(), row["state"])] = row["generic"]
        if row["given"] == "yes":
            given[(row["generic"].lower().replace("defence", "defense"), row["state"])] = row["office"]
    return own, given


#: a state's name ending an office: "Minister of Mines of Kestria"
_OF_STATE_END = re.compile(r"[ ]of[ ](?:the[ ])?([A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3})$")


def _stateless_role(role: str) -> str:
    """An anchor's role for his counterpart, without the anchor's state ending it ("Minister
    of Mines of Kestria" -> "Minister of Mines")."""
    m = _OF_STATE_END.search(role) if " of " in role else None
    return role[:m.start()] if m is not None and _is_country_word(m.group(1)) and " " in role[:m.start()] else role


#: a foreign minister's office joined with another portfolio ("Minister of Foreign Affairs and
#: Culture", "Minister for Foreign Affairs and Worship")
_FOREIGN_AND_MORE = re.compile(r"(?i:minister[ ](?:of|for)[ ]foreign[ ]affairs|foreign[ ]affairs)(?:,?[ ]and[ ]|,[ ])")
#: a foreign minister's office after another one ("Vice-Premier, and Minister of Foreign
#: Affairs, Kestrians Abroad", "First Deputy Premier and Foreign Minister")
_AND_FOREIGN = re.compile(r"(?i)[ ]and[ ](?:the[ ])?(?:minister[ ](?:of|for)[ ]foreign[ ]affairs|foreign[ ]minister)\b")


def _counterpart_role(role: str, anchor_state: str | None, code: str | None) -> str:
    """The office of an anchor's counterpart of state ``code``: the generic office where the
    anchor's state names it its own way ("Secretary of State" -> "Foreign Minister"), the
    counterpart state's own name for it where it has one ("Foreign Minister" -> "Secretary of
    State" for a US counterpart); else the anchor's role as it is."""
    own, given = _counterpart_offices()
    role = _stateless_role(role)        # ("Minister of Foreign Affairs of Kestria": not the counterpart's state)
    if code != anchor_state and (_FOREIGN_AND_MORE.match(role) or _AND_FOREIGN.search(role)):
        role = "Foreign Minister"       # (a joint portfolio's foreign affairs, or a deputy premier's
                                        # foreign affairs: the office other states give a minister
                                        # of its own)
    if anchor_state is None:            # (the state of the one office of the name, as the
        anchor_state = next((st for (o, st) in own if o == role.lower()), None)   # gazetteer would give)
    generic = own.get((role.lower(), anchor_state)) if anchor_state and anchor_state != code else None
    if generic is not None:
        role = generic
    return given.get((role.lower().replace("defence", "defense"), code), role) if code != anchor_state else role


@lru_cache(maxsize=1)
def _national_offices() -> dict[str, frozenset[str]]:
    """Lower-case office -> the few states that use the title (national_offices.tsv)."""
    return {row["office"].lower(): frozenset(row["states"].split()) for row in load_table("national_offices.tsv")}


@lru_cache(maxsize=1)
def _ruling_families() -> dict[str, str]:
    """A Gulf ruling house's name, folded without spaces and hyphens ("althani") -> the state
    it rules (ruling_families.tsv)."""
    return {_joined(row["family"]): row["code"] for row in load_table("ruling_families.tsv")}


def _joined(name: str) -> str:
    return fold(name).replace(" ", "").replace("-", "")


def _ruling_family_state(words) -> str | None:
    """The state whose ruling house's name ends a name ("... Al Thani", "... Al-Thani",
    "... Althani"), or None."""
    table = _ruling_families()
    return table.get(_joined(words[-1])) or table.get(_joined(words[-2] + words[-1]))


@lru_cache(maxsize=1)
def _territories() -> tuple[re.Pattern, dict[str, str]]:
    """Territories that are no states, and the state their officials act for."""
    table = territory_states()
    return re.compile(r"(?<![\w-])(?:" + trie_regex(table) + r")(?![\w-])"), table


def _territory_word(words: list[tuple[str, int, int]], k: int) -> str | None:
    """The state of the region or city that ``words[k]`` names, alone or as the end of a
    two-word name ("Florida", "South Carolina", "Toronto's")."""
    table = _territories()[1]
    w = strip_possessive(words[k][0])
    if w in _REGION_NOUNS and k >= 1:   # "Hunan Province Governor": the province's name before
        k, w = k - 1, words[k - 1][0]
    return table.get(w) or (table.get(words[k - 1][0] + " " + w) if k >= 1 else None)


#: the nouns a region's name may stand before ("Hunan Province", "Lagos State")
_REGION_NOUNS = frozenset({"Province", "State", "Region", "Prefecture", "Oblast", "Krai", "County", "Governorate"})


@lru_cache(maxsize=1)
def _holder_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``office_holders.tsv``, read once."""
    return tuple(load_table("office_holders.tsv"))


@lru_cache(maxsize=1)
def _past_holder_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``past_office_holders.tsv`` (1945-2000), read once."""
    return tuple(load_table("past_office_holders.tsv"))


@lru_cache(maxsize=1)
def _minister_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``ministers.tsv``, ``cabinet.tsv`` (the other cabinet posts) and
    ``leaders.tsv`` (heads of state and government, deputies, speakers, army chiefs), read once."""
    return tuple(load_table("ministers.tsv")) + tuple(load_table("cabinet.tsv")) + tuple(load_table("leaders.tsv"))


@lru_cache(maxsize=1)
def _inner_name_holders() -> dict[str, tuple[str, frozenset[str]]]:
    """fold(word) -> (state, words of the office) for a word inside a current office holder's
    name of three words or more, neither the first nor the last nor a particle, that no other
    holder's name holds and that is no common family name ("Lula", a word inside the listed
    full name of Brazil's President): the name the news may call him by, trusted only after a
    title of that office."""
    seen: dict[str, set[tuple[str, frozenset[str]] | None]] = {}
    rows = _holder_rows()
    by_state: dict[str, list[str]] = {}
    for row in rows:
        by_state.setdefault(row["country"], []).append(row["name"])
    for row in rows:
        words = row["name"].split()
        if any(n.endswith(" " + row["name"]) for n in by_state[row["country"]]):
            continue                    # ("Lula da Silva": the end of another row's name)
        for i, w in enumerate(words):
            key = fold(w)
            if 0 < i < len(words) - 1 and len(w) >= 4 and w not in PARTICLES and w[:1].isupper() \
                    and row["country"]:
                seen.setdefault(key, set()).add((row["country"], _role_words(row.get("role") or "")))
            else:
                seen.setdefault(key, set()).add(None)   # (a first or last word: another holder's)
    common = _common_family_keys()
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and None not in v and k not in common}


#: posts of international bodies, held by former ministers of a state ("Commissioner for
#: Energy", "Secretary-General")
_INTL_POST = re.compile(r"(?i)commissioner|secretary[- ]general|director[- ]general|high representative")


@lru_cache(maxsize=1)
def _minister_only() -> frozenset[str]:
    """The folded full names of ``ministers.tsv`` and ``cabinet.tsv`` that the other gazetteers do not hold."""
    return frozenset(_minister_terms()) - {fold(row["name"]) for row in _holder_rows() + _past_holder_rows()}


@lru_cache(maxsize=1)
def _minister_terms() -> dict[str, tuple[tuple[int, int, str], ...]]:
    """fold(full name) -> (first year, last year (9999: still in office), state) of each row
    of ``ministers.tsv`` and ``cabinet.tsv``, earliest first: known by full name only."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for row in _minister_rows():
        out.setdefault(fold(row["name"]), []).append((int(row["from"]), int(row["to"] or 9999), row["country"]))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _minister_state(p: _Cand, year: int | None) -> str | None:
    """The state of a minister of ``ministers.tsv`` or ``cabinet.tsv`` by full name; in a dated article, only
    from six years before the term to six after it (a namesake years away is someone else:
    "Andrew Yang", Taiwan's defence minister in 2013, in a 2020 story on US primaries)."""
    terms = _minister_terms().get(fold(p.name))
    for short in () if terms else _shorter_forms(p.words):
        terms = _minister_terms().get(short)
        if terms:
            break
    if not terms:
        return None
    near = [c for a, b, c in terms if year is None or a - 6 <= year <= b + 6]
    return near[-1] if near else None


#: a name opening with two or three initials, written with or without periods and spaces
#: ("K. P. ", "KP ", "K P "; group 1 the initials)
_INITIALS_FORMS = re.compile(r"((?:[A-Z]\.?[ ]?){1,2}[A-Z]\.?)[ ](?=[A-Z][a-z])")


@lru_cache(maxsize=1)
def _office_holders() -> tuple[dict[str, str], dict[str, str]]:
    """fold(full name) -> ISO code; fold(family name) -> ISO code (unambiguous ones only)."""
    full: dict[str, str] = {}
    since: dict[str, int] = {}          # a name with two offices takes its latest one's state
    for row in _holder_rows() + _past_holder_rows() + _minister_rows():
        code = row["country"] or None   # empty: heads of international bodies act for no state
        key, start = fold(row["name"]), int(row["from"] or 0)
        if start >= since.get(key, -1):
            full[key], since[key] = code, start
        for alias in row.get("aliases", "").split("|"):
            if alias:
                full[fold(alias)] = code
        initials = _INITIALS_FORMS.match(row["name"])
        if initials is not None:
            # "K. P. Sharma Oli", "KP Sharma Oli": also "K P Sharma Oli", "KP", "K.P."
            letters = initials.group(1).replace(".", "").replace(" ", "")
            rest = fold(row["name"][initials.end():])
            for form in (" ".join(letters), letters, ".".join(letters) + ".", ". ".join(letters) + "."):
                full.setdefault(f"{fold(form)} {rest}", code)
    # the same holders under the other forms of their given names ("Bob Dole": "Robert
    # Dole"), where no holder has that name already
    forms = _given_name_forms()
    for key in list(full):
        given, sep, rest = key.partition(" ")
        for other in forms.get(given, ()) if sep else ():
            full.setdefault(f"{other} {rest}", full[key])
    for key in list(full):
        words = key.split()
        if len(words) > 1 and words[0] in _GAZETTEER_STYLES:
            full.setdefault(" ".join(words[1:]), full[key])     # "King Mohammed VI" as "Mohammed VI"
        if len(words) == 3 and "-" not in key:
            # "Yoon Suk-yeol" for "Yoon Suk Yeol": the two syllables of a Korean given name joined
            full.setdefault(f"{words[0]} {words[1]}-{words[2]}", full[key])
        if len(words) == 2 and words[1].count("-") == 1 and len(words[0]) <= 4:
            # "Lee Jaemyung", "Woo Won Shik" for "Lee Jae-myung", "Woo Won-shik": the
            # syllables written as one word or as two
            full.setdefault(f"{words[0]} {words[1].replace('-', '')}", full[key])
            full.setdefault(f"{words[0]} {words[1].replace('-', ' ')}", full[key])
        forms_of = [key]
        if words[0] in _ABD_PREFIXES and len(words) > 2:
            # "Abdel Fattah al-Sisi" written "Abdelfattah al-Sisi" ("Abdul Aziz" as "Abdulaziz")
            forms_of.append(f"{words[0]}{words[1]} {' '.join(words[2:])}")
        elif words[0][:5] in _ABD_PREFIXES and len(words[0]) >= 9 and len(words) > 1:
            forms_of.append(f"{words[0][:5]} {words[0][5:]} {' '.join(words[1:])}")    # and the reverse
        for form in forms_of:
            full.setdefault(form, full[key])
            if "al" in form or "el" in form:
                # "Mohammed Shia al-Sudani" written "Mohammed Shia Al Sudani", and the reverse
                alt = _ARTICLE_AT_WORD.sub(lambda m: m.group(0)[:-1] + ("-" if m.group(0)[-1] == " " else " "), form)
                if alt != form:
                    full.setdefault(alt, full[key])
    return full, {k: next(iter(v)) for k, v in _holder_families().items() if len(v) == 1 and len(k) >= 5}


#: the first word of Arabic given names of two words, which writers also join to the next
#: ("Abdel Fattah", "Abdelfattah")
_ABD_PREFIXES = frozenset({"abdel", "abdul"})
#: the Arabic article before a family name, joined by a hyphen or a space ("al-Sudani", "Al Sudani")
_ARTICLE_AT_WORD = re.compile(r"(?:(?<= )|^)(?:al|el)[- ](?=\w)")
#: a regnal number ("Charles III", "Abdullah II")
_REGNAL_NUMBER = re.compile(r"[IVX]+")


def _regnal_name(words: list[str]) -> str | None:
    """The one name of a monarch's gazetteer name without style and number ("King Charles
    III": "Charles"), or None for a name of several words."""
    rest = [w for w in words if w.lower() not in _GAZETTEER_STYLES and not _REGNAL_NUMBER.fullmatch(w)]
    return rest[0] if len(rest) == 1 else None


@lru_cache(maxsize=1)
def _regnal_holders() -> dict[tuple[str, str], str | None]:
    """(fold(name), fold(role)) -> state of the monarchs and popes the gazetteer lists under
    one name ("King Charles III": ("charles", "king")), for a one-word name after its title."""
    out: dict[tuple[str, str], str | None] = {}
    for row in _holder_rows():
        name = _regnal_name(row["name"].split())
        if name is not None and row["role"]:
            out[(fold(name), fold(row["role"]))] = row["country"] or None
    return out

#: titles some gazetteer names are written with ("King Mohammed VI"), matched without them too
_GAZETTEER_STYLES = frozenset({"king", "queen", "emir", "sheikh", "prince", "sultan", "pope", "emperor", "empress"})


@lru_cache(maxsize=1)
def _given_name_forms() -> dict[str, tuple[str, ...]]:
    """fold(given name) -> the folded other forms of it (given_name_forms.tsv): "robert" ->
    ("bob", "bobby", "rob"), "bob" -> ("robert",); "steve" -> ("stephen", "steven")."""
    out: dict[str, set[str]] = {}
    for row in load_table("given_name_forms.tsv"):
        formal = fold(row["formal"])
        for short in row["short"].split("|"):
            if short:
                out.setdefault(formal, set()).add(fold(short))
                out.setdefault(fold(short), set()).add(formal)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@lru_cache(maxsize=1)
def _holder_families() -> dict[str, frozenset[str | None]]:
    """fold(family name) -> the states of the office holders with it (None: an international
    body's head); without the family names too common to stand alone ("Hassan", "Santos") and
    states' names ("Montenegro"), which name no office holder by themselves."""
    family: dict[str, set[str | None]] = {}
    for row in _holder_rows():
        words = row["name"].split()
        if words[0] != "Pope" and (name := _regnal_name(words)) is not None and name in given_names():
            continue                    # "Charles III": a given name, no family name
        family.setdefault(_family(words), set()).add(row["country"] or None)
    common = _common_family_keys()
    return {k: frozenset(v) for k, v in family.items() if k not in common}


@lru_cache(maxsize=1)
def _common_family_keys() -> frozenset[str]:
    """Folded family names too common to name an office holder alone, and states' names."""
    return frozenset({fold(w) for w in load_lines("common_family_names.txt")} | {fold(k) for k in country_aliases()})


@lru_cache(maxsize=1)
def _holder_given() -> dict[str, tuple[tuple[str, ...], ...]]:
    """fold(family name) -> the folded other words of each office holder's name with it."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in _holder_rows():
        words = row["name"].split()
        out.setdefault(_family(words), []).append(tuple(fold(w) for w in words[:-1]))
    return {k: tuple(v) for k, v in out.items()}


def _holder_given_fits(words: list[str]) -> bool:
    """A name of more than one word is an office holder's only if one of its given names is
    the holder's, or its first one starts as the holder's does ("Sergey" / "Sergei"): a
    "Maria Santos" is not President Juan Manuel Santos."""
    if len(words) < 2:
        return True
    given = [fold(w) for w in words[:-1]]
    for names in _holder_given().get(_family(words), ()):
        if not names or any(g in names for g in given):
            return True
        if given[0][:1] == names[0][:1]:
            # (not a first name of the other gender: a "Michael Payne" is not Marise Payne)
            mine, theirs = given_name_gender(words[0]), given_name_gender(names[0].capitalize())
            if not (mine and theirs and mine != theirs):
                return True
    return False


@lru_cache(maxsize=1)
def _stateless_holders() -> tuple[frozenset[str], frozenset[str]]:
    """Folded full and family names of office holders who act for no state (the heads of
    the UN, NATO, the WHO...): they never take the state an article is mostly about."""
    full, family = _office_holders()
    return (frozenset(k for k, v in full.items() if v is None),
            frozenset(k for k, v in family.items() if v is None))


def _acts_for_no_state(p) -> bool:
    full, family = _stateless_holders()
    return fold(p.name) in full or (len(p.words) <= 3 and _family(p.words) in family and _holder_given_fits(p.words))


@lru_cache(maxsize=1)
def _title_words() -> dict[str, str]:
    return titles()


@lru_cache(maxsize=1)
def _title_abbreviations() -> dict[str, str]:
    """"Sen" -> "Senator": the abbreviated titles of title_abbreviations.tsv, without their period."""
    return {row["abbreviation"].rstrip("."): row["title"] for row in load_table("title_abbreviations.tsv")}


@lru_cache(maxsize=1)
def _periodless_abbreviations() -> dict[str, str]:
    """"Gen" -> "General": the abbreviated titles British style writes without their period."""
    return {row["abbreviation"].rstrip("."): row["title"] for row in load_table("title_abbreviations.tsv")
            if row["periodless"] == "yes"}


@lru_cache(maxsize=1)
def _title_initialisms() -> dict[str, str]:
    """"FM" -> "Foreign Minister": titles written as initials (title_initialisms.tsv)."""
    return {row["initialism"]: row["title"] for row in load_table("title_initialisms.tsv")}


def _title_kind(words: list[str]) -> str | None:
    """Kind of the title ending ``words`` ("Foreign Minister" -> office), or None."""
    if not words:
        return None
    if len(words) >= 2:
        two = _title_word(words[-2] + " " + words[-1])
        if two:
            return two
    return _title_word(words[-1])


_OF_FOR = re.compile(r"[ ](?:of|for)[ ]")


def _is_office(role: str | None) -> bool:
    """Whether ``role`` is an office, by the title before its of-phrase ("President of the
    Court": an office; "spokesman for the army", "lawyer": no)."""
    return bool(role) and _title_kind(_OF_FOR.split(role, 1)[0].split()) == "office"   # (also "Secretary for X")


def _title_kind_at(words: list[tuple[str, int, int]], i: int) -> str | None:
    """_title_kind of the token texts ``words[:i + 1]`` without building that list."""
    w = words[i][0]
    if w[-1:] == "s" and w[:1].isupper() and _plural_office(w):
        return "office"                 # "Senators A of X and B of Y"
    if (w[-1:] == "s" or w.endswith("men")) and _plural_lower(w):
        return _title_word(_singular(w))     # "officers A and B", "spokesmen A and B"
    if i >= 1:
        two = _title_word(words[i - 1][0] + " " + words[i][0])
        if two:
            return two
    return _title_word(words[i][0])


#: the capitalised run after a comma (with the small words of titles)
_CAP_RUN_AFTER_COMMA = re.compile(r",[ ](?:the[ ])?((?:[A-Z][\w’'-]*|for|of|the|and)"
                                  r"(?:[ ](?:[A-Z][\w’'-]*|for|of|the|and)){1,12})")


def _next_titled_name(text: str, e: int) -> bool:
    """Whether the words after the comma at ``e`` are a title and another person's name
    (", Peruvian Deputy Minister for Trade Affairs Ana Ruiz,"), not an apposition."""
    m = _CAP_RUN_AFTER_COMMA.match(text, e)
    if m is None:
        return False
    words = m.group(1).split()
    given = given_names()
    return any(words[i] in given and words[i + 1][:1].isupper() and any(_title_word(w) == "office" for w in words[:i])
               for i in range(1, len(words) - 1))


@lru_cache(maxsize=8192)
def _title_word(word: str) -> str | None:
    low = strip_possessive(word).lower()
    if low.startswith(("then-", "ex-")):
        low = low.partition("-")[2]     # "then-governor of Alaska A Bcd"
    found = _title_words().get(low)
    if found is None and (full := _periodless_abbreviations().get(strip_possessive(word))):
        return _title_kind(full.lower().split())    # "Gen Wei": "General"
    if found is None and "-" in low:
        first, _, last = low.rpartition("-")
        if first in ("vice", "deputy") or (_title_words().get(first) and "-" not in first):
            found = _title_words().get(last)    # "vice-premier", "Major-General"
    return found


def _singular(word: str) -> str:
    """The singular of a title's plural: "deputies" -> "deputy", "officers" -> "officer",
    "spokesmen" -> "spokesman"."""
    if word.endswith("men") and len(word) > 5:
        return word[:-2] + "an"
    return word[:-3] + "y" if word.endswith("ies") and len(word) > 5 else word[:-1]


@lru_cache(maxsize=8192)
def _plural_lower(word: str) -> bool:
    """"officers", "lawyers", "deputies": the lower-case plural of a title before a list of names."""
    return len(word) > 4 and word.islower() and word.endswith(("s", "men")) and _title_word(word) is None \
        and _title_word(_singular(word)) is not None


def _counted_title(text: str, start: int) -> str | None:
    """The office of a counted plural that a list of names ending its sentence spells out:
    "only two presidents have been impeached: A and B." -> "President"."""
    if text[start - 2:start] not in (": ", ", "):
        return None
    m = _COUNTED.search(text, max(0, start - 100), start)
    if m is None:
        return None
    word = m.group(1)
    kind = _title_word(_singular(word)) if word.endswith("s") else None
    return _format_role([_singular(word)], kind) if kind in ("office", "rank") else None


#: a plural title as the subject of a list of names: "The ambassadors are " / "The new envoys
#: were:" (group 1 the plural)
_PLURAL_ARE = re.compile(r"\b[Tt]he[ ](?:(?:new|two|three|four|five|six|seven|eight|nine|ten|[a-z]+-appointed)[ ])?"
                         r"([a-z]+s)[ ](?:are|were)[: ]+")
#: a description with an article before a name in apposition: "A leading rights activist
#: based in Peru" (group 1 the person noun), up to the comma
_DESCRIBED_APPOSITION = re.compile(r"(?:^|[.!?]\s+|\n)(?:[Aa]n?|[Tt]he)[ ](?:[\w’'-]+[ ]){0,4}?([a-z]+)"
                                   r"(?:[ ](?:based|living|from|of|in|at)[ ][^,.;]{1,50})?$")
#: what may stand between two names of such a list: a state after "from" or "of", a comma, "and"
_PREDICATE_LIST_GAP = re.compile(r"(?:[ ](?:from|of)[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|and|of|the))*)?"
                                 r"(?:,[ ]|,?[ ]and[ ])")


def _predicate_list_title(text: str, start: int) -> str | None:
    """The office of a plural title whose list of names the name at ``start`` belongs to:
    "The ambassadors are A Bcd from Albania, C Def from Mexico, and E Fgh" -> "Ambassador"."""
    k = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    m = None
    for m in _PLURAL_ARE.finditer(text, k + 1, start):
        pass
    if m is None:
        return None
    word = m.group(1)
    kind = _title_word(_singular(word))
    if kind not in ("office", "rank"):
        return None
    # every stretch between the list's start and the name is a name and its gap
    pos = m.end()
    while pos < start:
        run = _NAME_IN_LIST.match(text, pos)
        if run is None:
            return None
        gap = _PREDICATE_LIST_GAP.match(text, run.end())
        if gap is None:
            return None
        pos = gap.end()
    return _format_role([_singular(word)], kind) if pos == start else None


_NAME_IN_LIST = re.compile(r"[A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,4}")


def _plural_before(text: str, start: int) -> bool:
    """A plural title ends right before ``start`` ("officers A", "foreign ministers A")."""
    m = _SUCH_AS.search(text, max(0, start - 12), start)
    if m is not None:
        start = m.start() + 1           # "commentators such as A and B": the plural before "such as"
    if text[start - 3:start] == "s, ":
        start -= 1                      # "the two presidents, A and B"
    word = text[text.rfind(" ", 0, start - 1) + 1:start - 1]
    if word[-1:] == "." and word[:-1] in _title_abbreviations():
        full = _title_abbreviations()[word[:-1]]              # "Sens. A and B", "Gens. A and B"
        return full[-1] == "s" and _title_word(full[:-1]) in ("office", "rank")
    return _plural_lower(word) or _PLURAL_TITLE.fullmatch(word) is not None


@lru_cache(maxsize=8192)
def _plural_office(word: str) -> bool:
    """"Senators", "Presidents": the plural of an office before a list of names."""
    return (len(word) > 4 or len(word) > 2 and word[:-1].isupper()) and word.endswith("s") \
        and _title_word(_singular(word)) == "office"     # (also "MPs", "MSPs", "Deputies")


def _demonym_state(word: str) -> str | None:
    """The state a demonym names ("Kenyan" -> KEN); None for any other word, a state's own
    name included."""
    return _is_country_word(word) if country_aliases().get(word, ("", ""))[1] == "demonym" else None


def _is_country_word(word: str) -> str | None:
    hit = country_aliases().get(strip_possessive(word))
    if hit and hit[0] != "-" and hit[1] != "title-demonym":     # ("Bill English": see _left_title)
        return hit[0].split("+")[0]
    return None


@lru_cache(maxsize=1)
def _title_spellings() -> dict[str, str]:
    """"minster" -> "minister": title_spellings.tsv."""
    return {row["written"]: row["standard"] for row in load_table("title_spellings.tsv")}


def _format_role(words: list[str], kind: str | None) -> str:
    if words and words[0].lower() in _TEMPORAL_DROPPED:
        words = words[1:]
    spellings = _title_spellings()
    if spellings.keys() & map(str.lower, words):      # "Prime Minster" -> "Prime Minister"
        words = [w if w.lower() not in spellings else spellings[w.lower()] if w.islower()
                 else spellings[w.lower()].capitalize() for w in words]
    if words and words[0].lower().startswith("then-"):
        words = [words[0][5:]] + words[1:]      # "then-governor": the office
    role = " ".join(words).replace(" , ", ", ")    # ("Minister of Mines, Trade and Tourism")
    if kind in ("office", "rank") and role == role.upper() and len(role) > 3:
        role = role.lower()             # "PRIME MINISTER A Bcd" (a paper's capitals): written as an office
        words = role.split()
    if kind in ("office", "rank") and role == role.lower():
        role = " ".join(w if w in _SMALL or w in ("a", "an") else (w[:2] + w[2:3].upper() + w[3:]) if w[:2] in ("d'", "d’")
                        else (w[:1].upper() + w[1:]) for w in words)      # ("Chargé d'Affaires")
    if kind in ("office", "rank"):
        role = role[:1].upper() + role[1:]
    # plural titles ("Presidents A of X and B of Y")
    last = role.split(" ")[-1]
    if last.lower() in ("presidents", "ministers") and not role.endswith(" of " + last):
        role = role[:-1]                # (not "Head of the Kestrian Council of Ministers")
    elif len(words) > 2 and words[1] in ("of", "for") and _plural_office(words[0]):
        role = role[:len(words[0]) - 1] + role[len(words[0]):]    # "members of the House A and B": each a member
    return role


@lru_cache(maxsize=1)
def _modifiers() -> frozenset[str]:
    from ..text import load_lines
    from .names import org_heads
    return frozenset(w.lower() for w in load_lines("title_modifiers.txt")) | org_heads()


def _is_modifier(word: str) -> bool:
    """A word that may stand before a title inside a role ("Foreign", "Cabinet", "trade")."""
    low = word.lower()
    if low.startswith("ex-") and len(low) > 3:
        low, word = low[3:], word[3:]
    elif low.startswith("then-") and len(low) > 5:
        low, word = low[5:], word[5:]   # "then-Prime Minister"
    if "-" in low and low not in _modifiers() and low.partition("-")[0] in _SPLIT_MODIFIERS:
        return _is_modifier(word.partition("-")[2])     # "Vice-Foreign Minister", "Deputy-Prime Minister"
    if "/" in word and word.count("/") == 1 and all(word.split("/")):
        return all(map(_is_modifier, word.split("/")))  # "High Representative/Vice President": two
                                                        # offices held, written with a slash
    return low in _modifiers() or (_title_kind([word]) is not None and low not in ("former", "fellow"))


#: modifiers written joined by a hyphen to the next one ("Vice-Foreign")
_SPLIT_MODIFIERS = frozenset({"vice", "deputy", "first", "acting", "assistant", "under", "junior", "senior"})


def _affiliation(org):
    """"international" for bodies of states, "company" for firms, media, armed groups and
    non-governmental organisations (no state), else False."""
    if org.kind in _INTERNATIONAL:
        return "international"
    if org.country is None and org.kind not in ("company", "media") \
            and org.surface.startswith(("UN ", "U.N. ", "United Nations ")):
        return "international"      # "the UN Truce Supervision Organization": a body of the UN's
    if org.country is None and org.kind in (None, "court", "government") and _listed_international(org.surface):
        return "international"      # "Ecowas Commission", "ICJ": a body of states' own organ or court;
                                    # "NATO Liaison Office": an office of theirs
    if org.kind in ("company", "media", "ngo") or org.kind == "armed_group" and org.country is None:
        return "company"            # (a charity's spokesman acts for no state either, nor a group's
                                    # that the table gives none: "Islamic State")
    if org.kind not in _STATE_BODIES and org.country is None and _FOUNDATION.search(org.surface):
        return "company"            # a museum's, a gallery's or a foundation's staff: no state
    if org.kind is None and org.country is None \
            and re.split(r"[ ](?:of|for)[ ]", org.surface, 1)[0].rpartition(" ")[2] in _MEMBERS_BODIES:
        return "company"            # a trade association's, a society's: no state either
    return False


def _listed_international(surface: str) -> bool:
    """A body organizations.tsv lists among states' organisations or courts with no state of its
    own ("ICJ", "International Criminal Court"), or a named organ of one, its name opening the
    surface ("Ecowas Commission", "African Union Peace and Security Council")."""
    if listed_kind(surface) in ("international", "court") and listed_state(surface) is None:
        return True
    words = surface.split(" ")
    if any(listed_kind(" ".join(words[:n])) == "international" for n in range(1, min(4, len(words)))):
        return True
    head, of, tail = surface.rpartition(" of ")
    tail = tail[4:] if tail.startswith("the ") else tail
    # "Office of the Chief of NATO", "Staff Office of NATO": an office of the body its name ends in
    return bool(of) and listed_kind(tail) == "international" and listed_state(tail) is None


@lru_cache(maxsize=1)
def _alias_first_words() -> frozenset[str]:
    """First words of multi-word state names ("United", "South", "Saudi")."""
    return frozenset(a.split(" ", 1)[0] for a in country_aliases() if " " in a)


@lru_cache(maxsize=4096)
def _state_in_name(name: str | None) -> str | None:
    """The one state a name holds, by name, demonym or capital: the state an outlet is named
    after ("The Korea Herald", "China Daily", "Capital FM (Kenya)", "Taipei Times") or a
    state body ("Royal Thai Navy"); None for none or several."""
    if not name:
        return None
    alias_codes = _alias_codes()
    codes = {code for start, _, alias in _country_scanner()(name)
             if not (start and name[start - 1].isalnum()) and alias_codes[alias]
             for code in alias_codes[alias][0]}
    return codes.pop() if len(codes) == 1 else None


def _org_country(org) -> str | None:
    """The state an organisation gives its officials: state bodies, parties and a state's
    national institutions listed as "other" (a cricket board, a university, a national
    church); a company's or a newspaper's staff do not act for a state."""
    if org.kind in ("government", "military", "party", "court", None, "other", "armed_group"):
        return org.country              # (an armed group's: the state it fights in or rules, as
                                        # annotators give the Houthis' spokesman Yemen)
    if org.kind == "company" and (org.key if isinstance(org, OrgHit) else fold(org.name)) in _state_enterprises():
        return org.country              # "Rosatom Director General A Bcd": the owning state's
    return None


@lru_cache(maxsize=1)
def _state_enterprises() -> frozenset[str]:
    """Folded names of the companies a state owns and runs (state_enterprises.txt)."""
    return frozenset(fold(name) for name in load_lines("state_enterprises.txt"))


#: a leader's office before a post and a name: "Prime Minister's Office Spokesperson "
_LEADER_OFFICE_BEFORE = re.compile(r"\b(Prime[ ]Minister|President|Presidential)(?:['’]s)?[ ]Office[ ]"
                                   r"(?:[A-Z][\w.-]*[ ]){1,5}$")


def _office_states(persons, p, fits, final: dict, holder: dict) -> set[str]:
    """The states of the persons other than ``p`` whose role (lower-case) ``fits``: their
    state as settled so far, else as found, else the gazetteer's."""
    return {c for q in persons if q is not p and q.mentions and q.role and fits(q.role.lower())
            and (c := final.get(id(q)) or q.country or holder.get(id(q)))}


def _last_country_before(countries: list[tuple[int, str]], pos: int, text: str | None = None) -> str | None:
    """The state named last before ``pos``; with ``text``, not one named inside a quotation
    ('"Leave Ivory Coast now," said A Bcd, a government spokesperson': not Ivory Coast's)."""
    best = None
    for start, code in countries:
        if start >= pos:
            break
        if text is None or not _inside_quote(text, start):
            best = code
    return best


#: a capitalised word, and the next if capitalised: a capital's name ("Caracas", "Kuala Lumpur")
_PLACE_NAME = re.compile(r"\b[A-Z][a-z]+(?=([ ][A-Z][a-z]+)?)")


def _last_country_mention(countries: list[tuple[int, str]], pos: int) -> tuple[int, str | None]:
    """(start, state) of the country mention last before ``pos`` (sorted ``countries``), or (-1, None)."""
    i = bisect_left(countries, (pos,))
    return countries[i - 1] if i else (-1, None)


#: the end of an of-phrase before a name: "sister of leader ", "The sister of the Kestrian leader "
_OF_OBJECT_END = re.compile(r"\b[a-z][a-z-]+[ ]of[ ](?:the[ ])?(?:[\w-]+[ ]){0,3}$")
#: a finite verb right after an apposition's words: " also stressed", " said"
_VERB_AFTER_APPOS = re.compile(r"[ ](?:also[ ]|then[ ]|later[ ])?(?:[a-z]+ed|said|says|told|spoke|met|wrote|is|was|has|had|will|would)\b")
#: a preposition right before a name: "with A Bcd"
_PREP_BEFORE_NAME = re.compile(r"\b(?:with|to|by|from|for|of|and)[ ]$")
#: a bracketed acronym and a name after an office: " (MAA) Ivo Marek"
_NAME_AFTER_ACRONYM = re.compile(r"[ ]\([A-Z]{2,}\)[ ]([A-Z][\w’'-]+)[ ][A-Z]")
#: a preposition before a state's name: "a deal with Israel"
_PREP_BEFORE_STATE = re.compile(r"\b(?:with|to|against|from|into|toward|towards)[ ](?:the[ ])?$")


#: an agency's credit in brackets opening a paragraph: "(MENAFN) "
_CREDIT_OPENING = re.compile(r"\([A-Z][A-Za-z]{1,10}\)[ ]+")
#: the rest of a state's name opening a sentence and its verb: "Niger| has confirmed"
_STATE_SUBJECT = re.compile(r"[\w’'-]*(?:[ ][A-Z][\w-]+){0,2}[ ](?:has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)[ ]")


def _opening_state(ctx: "_Ctx", at: int, credit: bool = False) -> tuple[int, str | None]:
    """(start, state) of the state mention that opens the sentence of ``at`` (with ``credit``,
    past an agency's credit in brackets: "(MENAFN) Niger has ..."); (start, None) if none does."""
    text = ctx.text
    opening = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    while opening < at and text[opening] == " ":
        opening += 1
    if credit and text.startswith("(", opening) and (m := _CREDIT_OPENING.match(text, opening)) is not None:
        opening = m.end()
    i = bisect_left(ctx.country_mentions, (opening,))
    hit = i < len(ctx.country_mentions) and ctx.country_mentions[i][0] == opening
    return opening, ctx.country_mentions[i][1] if hit else None


def _the_countrys(ctx: "_Ctx", pos: int) -> str | None:
    """The state "the country's" at ``pos`` refers to: the one named last before, or a
    capital named as a place after it ("touched down in Caracas, said the country's
    President A Bcd"), which the country mentions leave out."""
    last, best = _last_country_mention(ctx.country_mentions, pos)
    text = ctx.text
    opening, code = _opening_state(ctx, pos, credit=True)
    if code is not None and opening < pos and _STATE_SUBJECT.match(text, opening + 1):
        # "Niger has decided to reopen its Russian embassy, the country's
        # foreign minister": the state the sentence opens on as its subject, not one named after
        return code
    if last > 0 and _PREP_BEFORE_STATE.search(text, max(0, last - 10), last):
        # "Syria may sign a deal with Israel, believes the country's president": the state the
        # sentence opens on, not the one after a preposition
        best = _opening_state(ctx, last)[1] or best
    aliases = country_aliases()
    for m in _PLACE_NAME.finditer(ctx.text, max(last + 1, pos - 300), pos):
        for name in (m.group() + (m.group(1) or ""), m.group()):
            code, kind = aliases.get(name, ("", ""))
            if kind == "capital":
                best = code
                ctx.region_states.add(code)     # (a state the article places, as regions do)
                break
    return best


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened in its paragraph."""
    ps = text.rfind("\n", 0, pos) + 1
    if text.rfind("“", ps, pos) > text.rfind("”", ps, pos):
        return True
    return text.count('"', ps, pos) % 2 == 1


@lru_cache(maxsize=1)
def _venue_nouns() -> frozenset[str]:
    """Nouns that make the name right before them a place or a business (venue_nouns.txt)."""
    return frozenset(load_lines("venue_nouns.txt"))


def _venue_names(text: str) -> set[tuple[str, ...]]:
    """Names of places and businesses: the words (two or more, from the end) of each
    capitalised run right before a venue noun ("the Cipriani Dolci restaurant" gives
    ("Cipriani", "Dolci")). Elsewhere in the article they name no person either."""
    nouns = _venue_nouns()
    out: set[tuple[str, ...]] = set()
    for _, end, r_text in runs(text):
        if " " in r_text and text.startswith(" ", end):
            after = text[end + 1:end + 40].split(" ", 2)
            noun = after[0].rstrip(",.;:)")
            if noun not in nouns and len(after) > 1 and noun.islower() and noun == after[0]:
                noun = after[1].rstrip(",.;:)")                 # "the King Vapealot vape store"
            if noun in nouns and strip_possessive(r_text) == r_text:
                # (not after a possessive: "A Bcd's restaurant" is a person's)
                words = [strip_possessive(w) for w in r_text.replace(",", "").split()]
                out.update(tuple(words[k:]) for k in range(len(words) - 1))
                if _title_word(words[0]) and len(words) == 2:
                    out.add((words[1],))    # (the title is no person's: "King Vapealot" names no king)
    return out


@lru_cache(maxsize=1)
def _name_like() -> frozenset[str]:
    """Given names, including those the given-name dictionary leaves out as common words."""
    return given_names() | frozenset(load_lines("given_name_stoplist.txt"))


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:][\"”’)]*\s+|\n\s*)[\"“‘(]?$")


def _relative(words: list[str], text: str, start: int) -> bool:
    """"Grace Mugabe" in an article about "Robert Mugabe": a first word that is no common
    word (never written lower-case in the article, a known name where a sentence or a name
    of three words opens with it), no title and no organisation head."""
    first = words[0]
    if not (len(first) >= 4 and first.isalpha() and first not in stop_caps() and not _title_word(first)
            and words[-1].lower() not in org_heads()):
        return False
    if (len(words) == 3 or _SENTENCE_OPEN.search(text, max(0, start - 4), start)) and first not in _name_like():
        return False
    return f" {first.lower()} " not in text


def _written_lower(text: str, word: str) -> bool:
    """``word`` is written in lower case somewhere in ``text``, after a space or a hyphen."""
    low = word.lower()
    pos = text.find(low)
    while pos >= 0:
        if pos and text[pos - 1] in " -" and not text[pos + len(low):pos + len(low) + 1].isalpha():
            return True
        pos = text.find(low, pos + 1)
    return False


@lru_cache(maxsize=65536)
def _ends_in_person(surface: str) -> bool:
    """An organisation name that runs on into a titled person ("House of Commons Speaker
    Jane Doe"): a title, a given name and one or two more capitalised words end it."""
    words = surface.split()
    if len(words) < 4:
        return False
    for k in (len(words) - 3, len(words) - 4):
        if k >= 1 and _title_word(words[k]) in ("office", "rank") and words[k + 1] in given_names() \
                and all(is_cap(w) and not _title_word(w) for w in words[k + 1:]):
            return True
    return False


class _Ctx:
    """Per-article lookups: organisation spans, country mentions, sentence starts."""

    def __init__(self, article: Article, countries: list[Country]):
        self.text = article.text
        #: the styles an office may stand before that the text holds (most hold none)
        self.styles = tuple(st for st in _STYLES_AFTER_OFFICE if st in article.text)
        self.country_mentions = sorted([(m.start, c.code) for c in countries for m in c.mentions])
        self.country_spans = sorted([(m.start, m.end) for c in countries for m in c.mentions])
        # (not a body inside a state's official name: "Commonwealth" in "the Commonwealth of the Bahamas")
        wide = [(a, b) for a, b in self.country_spans if " " in self.text[a:b]]
        self.orgs = [h for h in _org_hits(article.text, publishers_of(article))
                     if not any(a <= h.start and h.end <= b and b - a > h.end - h.start for a, b in wide)]
        self.org_at = {}
        for h in self.orgs:
            self.org_at[h.end] = h
        self.org_first = [h.start for h in self.orgs]
        self.country_first = [s for s, _ in self.country_spans]
        self.country_start = {m.start: (m.end, c.code) for c in countries for m in c.mentions}
        # organisation and country mentions together, and the furthest end up to each, for touches()
        spans = sorted([(h.start, h.end) for h in self.orgs] + self.country_spans)
        self.any_first = [s for s, _ in spans]
        self.any_reach = list(accumulate([e for _, e in spans], max))
        self.region_states: set[str] = set()     # states of regions before titles ("Florida Governor")

    def touches(self, start: int, end: int) -> bool:
        """Whether an organisation or country mention overlaps ``start:end`` (when none
        does, in_org and in_country are false for everything inside)."""
        k = bisect_left(self.any_first, end)
        return k > 0 and self.any_reach[k - 1] > start

    def in_org(self, start: int, end: int):
        """The organisation mention holding ``start:end``, if any."""
        k = bisect_right(self.org_first, start) - 1
        if k >= 0:
            h = self.orgs[k]
            if h.start <= start and end <= h.end and not _ends_in_person(h.surface):
                return h
        return None

    def overlaps_org(self, start: int, end: int):
        k = bisect_right(self.org_first, end - 1) - 1
        while k >= 0:
            h = self.orgs[k]
            if h.end > start:
                return None if _ends_in_person(h.surface) else h
            if h.end <= start:
                return None
            k -= 1
        return None

    def in_country(self, start: int, end: int) -> bool:
        k = bisect_right(self.country_first, end - 1) - 1
        return k >= 0 and self.country_spans[k][1] > start


_LEAD = "\"“‘([—"
_TRAIL = ".,;:)\"”’!?]—"
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")


def _in_credit_list(text: str, s: int) -> bool:
    """Whether the name at ``s`` follows ", " or " and " in a list of picture credits
    ("Image: A Bcd, C Def and Efg"), or stands in a wire service's staff credit ("(Reporting
    by A Bcd; Editing by C Def and E Fgh)", "Writing by A Bcd")."""
    if " by " in text[s - 4:s] or "By " in text[s - 3:s] or text[s - 2] in ",;" or text.endswith(" and ", 0, s):
        p0 = text.rfind("\n", 0, s) + 1
        if _WIRE_CREDIT.match(text, p0, s) is not None:
            return True
    return (text[s - 2] == "," or text.endswith(" and ", 0, s)) \
        and _CREDIT_LIST.search(text, max(0, s - 150), s) is not None


#: a paragraph of a wire service's staff credits up to a name in it
_WIRE_CREDIT = re.compile(r"\(?(?:By|Reporting[ ]by|Writing[ ]by|Editing[ ]by|Additional[ ]reporting[ ]by|"
                          r"Compiled[ ]by)[ ][^\n()]{0,200}$")


def _word_pieces(raw: str) -> tuple[tuple[str, int, int], ...]:
    """The pieces of one whitespace-separated word, offsets relative to its start, in the
    reverse order _words_before collects them (trailing punctuation, the word, leading
    punctuation); memoised per process."""
    hit = _PIECES.get(raw)
    if hit is not None:
        return hit
    out = []
    w = raw
    while w and w[-1] in _TRAIL and not _DOTTED.fullmatch(w):
        if w[-1] in "’'" and len(w) > 3 and w[-2] == "s" and w[0].isupper() and not out:
            break                       # "the Philippines’ Foreign Secretary": a possessive
        out.append((w[-1], len(w) - 1, len(w)))
        w = w[:-1]
    head = []
    b = 0
    while b < len(w) and w[b] in _LEAD:
        head.append((w[b], b, b + 1))
        b += 1
    if b < len(w):
        full = _title_abbreviations().get(w[b:]) if out and out[-1][0] == "." else \
            _title_initialisms().get(w[b:]) if not out and w[b:].isupper() else \
            _periodless_abbreviations().get(w[b:]) if not out else None
        if full is not None:            # "Sen." is read as "Senator", "Lt. Gen." as "Lieutenant General"
            if out:
                out[-1] = (full, b, len(w) + 1)
            else:                       # "FM" is read as "Foreign Minister"
                out.extend((part, b, len(w)) for part in reversed(full.split()))
        else:
            d = max(w.rfind("–", b), w.rfind("—", b))
            if d > b and d + 1 < len(w) and w[d + 1].isupper() and w[d - 1].isalpha():
                # "RIGA, Latvia–Prime Minister": a dateline glued to the title by a dash
                out += [(w[d + 1:], d + 1, len(w)), (w[d], d, d + 1), (w[b:d], b, d)]
            else:
                out.append((w[b:], b, len(w)))
    out.extend(reversed(head))
    if ("[" in raw or "]" in raw) and any(p[0].replace("-", "").isalpha() for p in out):
        # an editor's insertion in a quotation ("the [Ukrainian] Minister", "[President]
        # A Bcd") is read as the words it inserts
        out = [p for p in out if p[0] not in "[]"]
    hit = tuple(out)
    if len(_PIECES) < 500_000:
        _PIECES[raw] = hit
    return hit


_PIECES: dict[str, tuple[tuple[str, int, int], ...]] = {}


#: "named", "named as" or "identified as" between a title and a name, with or without a
#: comma: "a student named A Bcd", "a third protester, identified as A Bcd"
_NAMED_AS = re.compile(r",?[ ](?:named(?:[ ]as)?|identified[ ]as)[ ]$")


#: "one of the (senior) protesters, ", "one of the three nominees standing for the council, "
#: right before a name
_ONE_OF_BEFORE = re.compile(r"\b[Oo]ne[ ]of[ ](?:the|his|her|its|their)[ ](?:(?:two|three|four|five|six|seven|eight|"
                            r"nine|ten|\d+)[ ])?((?:[a-z-]+[ ]){0,2}[a-z-]{3,}s)(?:[ ][a-z][^,;:.\n]{0,40})?,[ ]$")


def _one_of_before(text: str, s: int) -> str | None:
    """The singular title of "one of the protesters, A Bcd" ("protester"), or None."""
    m = _ONE_OF_BEFORE.search(text, s - 60 if s > 60 else 0, s)
    if m is None:
        return None
    words = m.group(1).split()
    words[-1] = _singular(words[-1])
    kind = _title_kind(words)
    return _format_role(words, kind) if kind and all(_is_modifier(w) for w in words[:-1]) else None


#: a body's noun before "called" / "named" (the name after it is the body's)
_BODY_CALLED = re.compile(r"\b(?:group|party|movement|organi[sz]ation|company|firm|network|coalition|alliance|"
                          r"campaign|platform|initiative|association|union|militia|outfit|collective|charity|"
                          r"faction|front|committee|council|foundation|agency|body)[ ](?:called|named)[ ]$")


def _named_as(text: str, s: int) -> int | None:
    """Where the words before "named (as)" / "identified as" end, for the name at ``s``."""
    if text[s - 3:s] != "ed " and text[s - 4:s] != " as ":
        return None
    m = _NAMED_AS.search(text, s - 18 if s > 18 else 0, s)
    if m is not None and _APPOINTED_AS.match(text, s):
        return None                     # "the prime minister named A Bcd as foreign minister":
                                        # an appointment, not "a man named A Bcd"
    return m.start() + (m.group().startswith(" ")) if m is not None else None


#: a name and " as " after "named": "named A Bcd as the new ..."
_APPOINTED_AS = re.compile(r"(?:[A-Z][\w'’.-]*[ ]){1,4}as[ ]")


def _words_before(text: str, start: int, n: int = 12, end: int | None = None) -> list[tuple[str, int, int]]:
    """The last ``n`` words before ``start`` with offsets, punctuation split off (a dotted
    acronym such as "U.S." keeps its dots).

    ``end``: the start of the words already read before ``start`` (the first offset of an
    earlier answer): the ``n`` words before them, in the same window, so that
    ``_words_before(text, start, k + n) == _words_before(text, start, n, w[0][1]) + w`` for
    ``w = _words_before(text, start, k)``."""
    lo = start - 100 if start > 100 else 0
    para = text.rfind("\n", lo, start)
    if para >= 0:
        lo = para + 1                   # (a paragraph break ends the words: a heading above
                                        # the paragraph, "China's actions", titles no one in it)
    parts = None
    if end is not None:
        start = end                     # (the window still starts at lo)
    elif n <= 3 and start > 48 and para < start - 48:
        # three words mostly fit in 48 characters: when more than three words stand there,
        # the last three are whole and the same as in the full window
        parts = text[start - 48:start].rsplit(None, n)
        parts = parts[1:] if len(parts) > n else None
    if parts is None:
        parts = text[lo:start].rsplit(None, n)     # the last n words, and the rest unsplit
        if len(parts) > n:
            parts = parts[1:]
        elif lo and parts and not text[lo - 1].isspace():
            parts = parts[1:]               # a word cut by the window
    out: list[tuple[str, int, int]] = []
    append = out.append
    end = start
    for raw in reversed(parts):
        pos = text.rfind(raw, lo, end)
        end = pos
        for w, a, b in _PIECES.get(raw) or _word_pieces(raw):
            append((w, pos + a, pos + b))
    out.reverse()
    return out


#: the offices a minister may sit in, after "in" ("Minister in the Presidency, A Bcd", "Minister
#: in the Prime Minister's Department, A Bcd")
_SEATS_OF_GOVERNMENT = frozenset({"Presidency", "Office", "Department", "Chancellery", "Cabinet"})


#: posts held "to" an office holder: "Special Adviser to the President on Media, A Bcd"
_AIDE_TITLES = frozenset({"adviser", "advisor", "assistant", "aide", "counsellor", "counselor"})


def _aide_to(words: list[tuple[str, int, int]], i: int) -> int | None:
    """The index of an aide's title before "to (the) <office> on/for <portfolio>" whose head is
    ``words[i]`` ("Senior Assistant to Prime Minister on Youth Affairs A Bcd": the assistant,
    not the Prime Minister), or None. Without a portfolio after the office the name is the
    office holder's ("adviser to President A Bcd")."""
    if i + 1 >= len(words) or words[i + 1][0] not in ("on", "for"):
        return None
    j = i - 1
    while j >= 0 and is_cap(words[j][0]) and _is_modifier(words[j][0]) and i - j <= 3:
        j -= 1                          # ("Prime" before "Minister")
    if j >= 0 and words[j][0] == "the":
        j -= 1
    if j >= 1 and words[j][0] == "to" and words[j - 1][0].lower() in _AIDE_TITLES:
        return j - 1
    return None


def _title_head(words: list[tuple[str, int, int]], lower_ok: bool = False
                ) -> tuple[list[tuple[str, int, int]], int | None, bool]:
    """The title head before a name: the last word that ends a title, with only a
    capitalised of/for/to phrase between it and the name.

    Returns (words without a trailing comma or bracketed aside, head index or None,
    settled): settled when a missing head does not depend on words before ``words``
    (the search stopped at its second word or later, and no bracket or honorific was
    skipped). ``lower_ok``: a lower-case office with an of-phrase may end the words."""
    settled = True
    if len(words) > 2 and words[-1][0] == "." and words[-2][0] in HONORIFICS:
        words = words[:-2]              # "the agency's director, Dr. A Bcd"
        settled = False
    elif len(words) > 2 and words[-1][0] in HONORIFICS and words[-2][0] == ",":
        words = words[:-1]              # "the general manager of the Bcd Media, Dr A Bcd"
        settled = False
    # allow "..., NAME" apposition-before ("Peru's president, Jan Kovar")
    joined = words[-1][0] != ","        # (the title right before the name)
    if not joined:
        words = words[:-1]
    # skip an expansion or acronym in brackets ("Labour MP (Member of Parliament) A Bcd")
    if words and words[-1][0] == ")":
        settled = False
        opening = next((k for k in range(len(words) - 2, max(-1, len(words) - 8), -1)
                        if words[k][0] == "("), None)
        if opening is not None and opening >= 1:
            words = words[:opening]
    for i in range(len(words) - 1, max(-1, len(words) - 14), -1):
        w = words[i][0]
        listed = w == "," and i + 1 < len(words) and (is_cap(words[i + 1][0]) and any(t[0] == "and" for t in words[i + 2:])
                                                       or words[i + 1][0] == "and" and i + 2 < len(words)
                                                       and is_cap(words[i + 2][0]) and i >= 1 and is_cap(words[i - 1][0]))
        # (a comma in "Energy, Commerce and Industry", "Industry, Mining, and Trade")
        if w in _BARRIERS and not listed:
            return words, None, settled
        # (from here on the word before, words[i - 1], may decide: settled needs i >= 1)
        if _title_kind_at(words, i):
            # words after the head must be a connector phrase or nothing
            tail = [t[0] for t in words[i + 1:]]
            # ("in" only right before the name: "Kenya's envoy in Mogadishu A Bcd", not "the
            # commander in Iraq, General A Bcd", whose rank is the title; a comma only of a list
            # closed by "and", as the walk to here let through: "Minister of Mines, Trade and Tourism A Bcd")
            if not tail or ((tail[0] in ("of", "for", "to", "on", "from") or tail[0] == "in" and (
                    joined or tail[-1] in _SEATS_OF_GOVERNMENT or w.lower() in _POSTED_ABROAD
                    or w.lower() in SPOKES_NOUNS or i >= 1 and f"{words[i - 1][0]} {w}".lower() in _POSTED_ABROAD)) and
                            all(is_cap(x) or x in _SMALL or x in ("–", "-", "from", "its", "their", ",")
                                for x in tail) and is_cap(tail[-1])
                            and tail[-1][-2:] not in ("'s", "’s")):    # "chef of New York City's A Bcd": a thing
                aide = _aide_to(words, i)
                return words, (i if aide is None else aide), settled
            if lower_ok and w[1:].islower() and tail[0] in ("of", "for", "near", "in", "at") and len(tail) <= 6 and tail[-1] not in _SMALL and tail[-1] != "and" \
                    and all(_LOWER_TAIL.fullmatch(x) or is_cap(x) for x in tail) and _LOWER_TAIL.fullmatch(tail[-1]):
                return words, i, settled        # "speaker of the parliament A Bcd", "Member of parliament A Bcd"
            if lower_ok and w.islower() and len(tail) <= 2 and all(_LOWER_TAIL.fullmatch(x) for x in tail):
                continue                        # "chief of the UN observer team, A Bcd": a noun naming the body
            if tail and len(tail) <= 2 and all(is_cap(x) for x in tail) and tail[-1].lower() in org_heads() \
                    and i >= 1 and words[i - 1][0] == "the":
                # "Deputy Head of the President Office A Bcd": a body named for an office, in
                # the title's of-phrase (read on, past three words)
                if i < 2:
                    return words, None, False
                if words[i - 2][0] in ("of", "for"):
                    continue
            return words, None, settled and i >= 1
        if not (is_cap(w) or w in _SMALL or w in ("from", "its", "their") or listed
                or (lower_ok and _LOWER_TAIL.fullmatch(w) and len(words) - i <= 6)):
            return words, None, settled and i >= 1
    return words, None, False


def _republic_before(text: str, j: int) -> bool:
    """"Rep." at ``j`` ends a state's name ("the Dominican Rep."), no title."""
    words = text[j - 40 if j > 40 else 0:j].split()[-2:]
    return any(" ".join(words[k:] + ["Republic"]) in country_aliases() for k in range(len(words)))


def _from_place_state(text: str, e: int) -> str | None:
    """The state of the place a person is "from" right after the name (an age may come
    between): "A Bcd, 37, from Queensland, Australia", "A Bcd from Peebles, Scotland"."""
    m = _FROM_PLACE.match(text, e)
    if m is None:
        return None
    for place in reversed(m.group(1).split(", ")):
        code = _is_country_word(place) or _territories()[1].get(place)
        if code:
            return code
    return None


def _national_noun_state(text: str, s: int) -> str | None:
    """The state of a demonym and a person noun right before ``s`` ("Retired British couple",
    "American tourist"), or None."""
    m = _NATIONAL_NOUN_BEFORE.search(text, max(0, s - 40), s)
    if m is None:
        return None
    return _demonym_state(m.group(1)) or _demonym_state(m.group(1).rpartition(" ")[2])


def _couple_mates(text: str, couples, cands: list[_Cand], given) -> None:
    """"Paul and Rachel Chandler": the given name before "and" is a person of the full name's
    family, added to ``cands`` (sorted again); both take a demonym before the pair."""
    by_start = {c.mentions[0][0]: c for c in cands}
    for word, s, e in couples:
        c = by_start.get(e + 5)
        if c is None or len(c.words) < 2 or c.words[0] not in given or word in c.words:
            continue
        mate = _Cand(" ".join([word, *c.words[1:]]), [word, *c.words[1:]], [(s, e)])
        code = _national_noun_state(text, s)
        for x in (mate, c):
            if code and x.country is None:
                _set_country(x, code, 0)
        cands.append(mate)
    cands.sort(key=lambda c: c.mentions[0][0])


#: the word after a demonym in a title ("Brazilian| President")
_TITLE_WORD_AFTER = re.compile(r"[ ]([A-Za-z][\w-]*)")


def _title_actor_state(title: str, source, persons, holders_family) -> tuple[int, str] | None:
    """(position, state) of the first actor of a state in ``title`` (the part of the title
    before the state it names): a body of that state ("FBI", "White House") or a known office
    holder who is a person of the article ("Trump"), or, opening the title, one whose family
    name no one else bears ("Museveni strikes migrant pact with Trump": Uganda's
    story; not "Fake police station, Gandhi portraits found in Cambodia")."""
    first = None
    for h in _org_hits(title, source):
        code = _org_country(h) if h.kind != "armed_group" else None   # (a state's body, not a militia)
        if code and (first is None or h.start < first[0]):
            first = (h.start, code)
    families = {_family(p.words) for p in persons if p.mentions}
    for m in _CAP_WORD.finditer(title, 0, first[0] if first else len(title)):
        key = fold(m.group(0))
        if holders_family.get(key) and (key in families or m.start() == 0 and key not in _common_family_keys()):
            return m.start(), holders_family[key]
    return first


#: a rank's words as written before a name, abbreviations too ("Col.", "Lt. Gen.")
@lru_cache(maxsize=1)
def _rank_written() -> re.Pattern:
    """An abbreviated rank ending the text before a name: "Col. ", "Lt. Gen. ", and the
    periodless forms of title_abbreviations.tsv ("Maj Gen ")."""
    bare = "|".join(map(re.escape, sorted(_periodless_abbreviations())))
    return re.compile(rf"(?:(?:[A-Z][a-z]{{0,5}}\.|(?:{bare})(?=[ ]|$))[ ]?){{1,3}}$")


def _office_before_rank(ctx: _Ctx, start: int, role, country, intl):
    """The office before a rank or an academic title that precedes a name ("Army Chief of
    Staff Colonel A Bcd", "Prime Minister General A Bcd", "the Israeli UN envoy, Professor
    A Bcd"): the office is the role; (role, country, intl) as given where no office stands there."""
    head = ctx.text[:start].rstrip()
    if not role:
        return role, country, intl
    if not head.endswith(role):
        # an abbreviated rank ("Thai army spokesman Col. A Bcd"): its words as written
        m = _rank_written().search(head)
        words = [_title_abbreviations().get(w.rstrip("."), w) for w in m.group(0).split()] if m is not None else []
        if not words or _title_kind(words) != "rank":
            return role, country, intl
        role_at = m.start()
    else:
        role_at = len(head) - len(role)
    service = _SERVICE_END.search(head, max(0, role_at - 14), role_at)
    if service is not None and service.end() == role_at:
        role_at = service.start()       # ("Pentagon spokesman Navy Capt. A Bcd": the spokesman)
    office, ocountry, ointl, okind = _left_title(ctx, role_at)
    if office and okind == "occupation" and office.rpartition(" ")[2].lower() in SPOKES_NOUNS \
            and (head[:role_at].endswith(", ") or head[role_at - 2:role_at - 1].isalpha()):
        # "the ministry's spokesman, Lieutenant-General A Bcd", "Thai army spokesman Col. A
        # Bcd": the post over the rank
        return office, ocountry or country, ointl or intl
    head = head[:role_at] + role
    if (not office or okind != "office") and head.endswith(", " + role):
        # "the Deputy Commandant for Logistics, Vice Admiral A Bcd": a capitalised
        # office closed by the comma
        office, okind = _capitalised_office_before(head[:len(head) - len(role) - 2]), "office"
    if not office or okind != "office" or office.startswith(_FORMER_PREFIXES):
        return role, country, intl      # (a former office leaves the rank held now)
    return office, ocountry or country, ointl or intl


def _capitalised_office_before(head: str) -> str | None:
    """The capitalised office (with its of- or for-phrase) that ends ``head``: "Chief of Naval
    Staff", "Deputy Commandant for Logistics"; None if the words end no office."""
    words = head[-90:].split(" ")[1:] if len(head) > 90 else head.split(" ")
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in ("of", "for")) \
            and not words[k - 1].endswith((",", ".", ":", ";")):
        k -= 1
    while k < len(words) and not (_is_modifier(words[k]) or _title_word(words[k])):
        k += 1                          # ("PCG Deputy Commandant": the body's acronym is not the office)
    run = words[k:]
    if not run or run[0] in ("of", "for") or run[-1] in ("of", "for"):
        return None
    head_words = " ".join(run).split(" of ")[0].split(" for ")[0].split()
    return " ".join(run) if _title_kind(head_words) in ("office", "rank") and _title_word(head_words[-1]) else None


#: a style between a title and the name ("the Honourable", "the Rt. Hon.")
_HONOURABLE = re.compile(r"(?:(?<![\w-])[Tt]he[ ])?(?:(?:Right|Rt\.?)[ ]Hon\.?|(?:Right[ ])?Honou?rable|Hon\.|(?<=[Tt]he[ ])Hon|"
                         r"\[(?:Rt\.?[ ])?Hon\.?\])[ ]$")


#: the end of a list of titles before a name: ", and " or " and " and the last title's words
_TITLES_AND = re.compile(r",?[ ]and[ ](?:[A-Z][\w-]*[ ]){0,3}$")    # (a party's or body's words before the last)
#: the same before an expert's title, whose field may be in lower case ("and terrorism specialist")
_TITLES_AND_FIELD = re.compile(r",?[ ]and[ ](?:[A-Za-z][\w-]*[ ]){0,3}$")


def _first_of_titles(ctx: _Ctx, start: int, role: str) -> tuple[str | None, str | None, bool] | None:
    """The first title of a list of titles before a name whose last one is ``role``
    ("Canadian radio presenter, novelist, and philanthropist A Bcd"): (role,
    state, international), or None where ``role`` is no list's last title."""
    text = ctx.text
    lo = max(0, start - len(role) - 3)
    at = text[lo:start].lower().rfind(role.split(" ", 1)[0].lower())     # (a role may be capitalised)
    at = lo + at if at >= 0 else -1
    m = (_TITLES_AND_FIELD if role.rpartition(" ")[2].lower() in _FIELD_HEADS else _TITLES_AND).search(
        text, max(0, at - 40), at) if at > 0 else None
    if m is None:
        return None
    end = m.start()
    ends = [end]
    for _ in range(4):                  # over the titles between: ", television host"
        comma = text.rfind(", ", max(0, end - 40), end)
        if comma < 0 or not text[comma + 2:end].replace(" ", "").replace("-", "").isalpha() \
                or not _title_kind(text[comma + 2:end].split()):
            break
        end = comma
        ends.append(end)
    if len(ends) > 1 and text[max(0, end - 1):end] in ("\"", "”", "’", "'"):
        end = ends[-2]                  # ('"…", Prime Minister and party leader A said': a quote's
                                        # comma, not a list's, before the first title)
    before = text[max(0, end - 40):end].split()
    if not before or _plural_lower(before[-1]) or _plural_office(before[-1]) or before[-2:-1] in (["for"], ["as"], ["to"]):
        return None                     # "He met journalists and activist A Bcd": a group, then the person;
                                        # "A Bcd for president and podcaster C Def": another's candidacy
    if before[-1][:1].isupper() and not _title_word(before[-1].rstrip(",")):
        return None                     # "Secretary of State A Bcd and counterpart C Def": a name
                                        # ends the words before "and", not a title
    first, country, intl, kind = _left_title(ctx, end)
    if first is None or kind not in ("office", "occupation"):
        return None
    return first, country, intl


#: what joins the items of a list ("A, B and C")
_LIST_JOINS = frozenset({", ", " and ", ", and "})
#: rank words that, in lower case, are adjectives ("a major Kestrel donor", "his first major
#: Commonwealth summit", "the private A Bcd collection") unless a service or "retired" stands
#: before them ("army major A Bcd")
_ADJECTIVE_RANKS = frozenset({"major", "private"})
_RANK_SERVICE_END = re.compile(r"(?:^|[ \"“(])(?:[Aa]rmy|[Pp]olice|[Mm]arines?|[Ff]orces?|[Nn]avy|[Gg]uard|[Cc]orps|"
                               r"[Rr]etired|[Rr]eserve|[Mm]ilitary|[Ss]ecurity)[ ]$")


def _adjective_rank(text: str, word: str, start: int) -> bool:
    """Whether ``word`` at ``start`` is a rank word used as an adjective ("a major donor")."""
    return word in _ADJECTIVE_RANKS and not _RANK_SERVICE_END.search(text, max(0, start - 10), start)


#: an office as the complement of "as" right before a comma ("... B as the nation’s acting
#: head of state,", "sworn in as the fifth President of Kestria,"): the office of the one named
#: before "as" (not after "such as", "as well as": a list of names and their titles)
_AS_COMPLEMENT = re.compile(r"(?<!such)(?<!well)[ ]as[ ](?:(?:the|its|his|her|their|a|an)[ ])?(?:\d+(?:st|nd|rd|th)[ ])?"
                            r"(?:[A-Za-z]+[’'\u2019]s[ ])?(?:[A-Za-z-]+[ ]){0,4}[A-Za-z-]+$")
#: a sentence opening with a prepositional or participle phrase up to a comma ("During the
#: meeting with his Kestrian counterpart,"), or a that-clause opening with one ("It is worth
#: adding that in a video of the talks with A,")
_FRONTED_BEFORE = re.compile(r"(?:(?:^|[.!?]\s+|\n)(?:During|In|At|After|Before|Following|Speaking|Meeting|On|Upon|Ahead of"
                             r"|[A-Z][a-z]{3,}ing(?=[ ](?:that|the|a|an|his|her|its|their)[ ]))"   # ("Underlining that ...")
                             r"|\bthat[ ](?:during|in|at|after|before|following|upon))"
                             r"[ ][^.,;:\n]{3,120}$")
#: a sentence opening with a participle phrase that runs to ``end`` with no comma or stop
#: ("Answering a question about ... from A"), and a reporting verb right after a description
_FRONTED_PARTICIPLE = re.compile(r"(?:^|[.!?]\s+|\n)(?:Asked|Pressed|Questioned|(?!According)[A-Z][a-z]+ing)[ ][^.,;:\n]{3,180}$")
_OPEN_REPORT = re.compile(r"[ ](?:said|told|added|noted|stated|stressed|explained|insisted)\b")
#: a name followed by a finite verb, no comma: the subject of its clause ("A Bcd noted that")
_SUBJECT_NAME = re.compile(r"(?:[A-Z][\w’'.-]*[ ]){0,3}[A-Z][\w’'.-]*[ ](?:also[ ])?(?:[a-z]+(?:ed|s)|said|told|wrote|met|spoke)\b")
#: a royal style or an honorific that may stand between an office and a name (the Malay
#: "Tun" before another: "Prime Minister Tun Dr A Bcd"; the royal "Tengku" before "Datuk Seri")
_STYLES_AFTER_OFFICE = ("Prince ", "Princess ", "Sheikh ", "Sheikha ", "Dr ", "Dr. ", "Prof ", "Prof. ", "H.E. ", "H.E ", "HE ",
                        "Tun ", "Tengku ", "Tunku ", "Datuk Seri ", "Dato Sri ", "Dato' Sri ", "Dato’ Sri ", "Tan Sri ", "Dato Paduka ",
                        "Datuk ", "Dato ", "Dato' ", "Dato’ ", "Senator ", "Cardinal ", "Archbishop ", "Monsignor ",
                        "Msgr. ", "Counselor ", "Counsellor ", "Cde ",
                        "Shri ", "Smt ", "Smt. ", "Shrimati ", "Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ",
                        "His Highness ", "Her Highness ", "His Excellency ", "Her Excellency ")
#: titles of those who seek an office the word before names ("AfD chancellor candidate A Bcd")
_CANDIDACIES = CANDIDATE_NOUNS | {"candidates"}
#: Malay styles of honour that stand alone or before "Seri"/"Sri" (stop_caps.txt lists them too)
_MALAY_TITLES = ("Datuk", "Dato", "Dato'", "Dato’", "Datin")
#: the words before a Malay style's "Sri" ("Tan Sri", "Puan Sri", "Dato' Sri")
_SRI_AFTER = frozenset({"Tan", "Puan", *_MALAY_TITLES})
#: the last words of Malay and Bruneian styles of honour, right before the name they style
#: ("Sri", a given name too, is read as one only after a style)
_MALAY_STYLES = frozenset({*_MALAY_TITLES, "Seri", "Sri", "Paduka"})
#: a ruler's title after a demonym and a leader noun: "Omani leader Sultan ", "Saudi ruler King "
_ROYAL_WORDS = frozenset({"Sultan", "King", "Queen", "Emir", "Amir", "Sheikh", "Sheikha"})
_ROYAL_AFTER_LEADER = re.compile(r"\b([A-Z][a-z]+)[ ](?:leader|ruler|monarch)[ ](" + "|".join(sorted(_ROYAL_WORDS)) + r")[ ]$")
#: church ranks, and the style "Counselor" of some civil services, that an office given with
#: them outranks ("Cardinal A Bcd, the Holy See's secretary of state"; "the Spokesman for the
#: Presidency, Counselor A Bcd")
_CLERICAL_RANKS = frozenset({"Cardinal", "Archbishop", "Monsignor", "Counselor", "Counsellor"})
#: styles that an office before them and a comma outranks: those ranks, and the academic
#: "Prof." ("Minister of Foreign Affairs, Prof. A Bcd")
_RANKS_AFTER_COMMA = _CLERICAL_RANKS | {"Prof"}


#: offices an honorific may stand before ("Mr President A Bcd"), unlike a title word that is
#: also a name ("Dr Sultan A Bcd")
_HIGH_OFFICES = frozenset({"President", "Minister", "Premier", "Chancellor", "Speaker", "Secretary", "Justice",
                           "Ambassador", "Governor", "Mayor", "Senator", "Chairman", "Director", "Commissioner"})
#: the rest of a joined portfolio before its office ("[Culture] and Tourism Minister")
_JOINED_PORTFOLIO = re.compile(r"[ ]and[ ]((?:[A-Z][\w-]*[ ]){1,3})")
#: a rank's words right before a name ("Vice Adm. ", "Lt. Gen. ")
_RANK_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*[ ]){1,3}")
#: "(retired)" between a rank and the name ("Lt Gen (retd) A Bcd")
_RETIRED_AFTER = re.compile(r"[ ]\((?:[Rr]etired|[Rr]etd\.?|[Rr]td\.?|[Rr]et\.)\)[ ][A-Z]")


#: a body or state set off by commas right before a name, after a title: ", Ministry of Foreign
#: Affairs, " (group 1 the aside)
_ASIDE_BEFORE_NAME = re.compile(r"[a-z],[ ]((?:the[ ])?[A-Z][\w’'.-]*(?:[ ](?:[A-Z][\w’'.-]*|of|for|and|the)){0,7}),[ ]$")


def _left_title(ctx: _Ctx, start: int) -> tuple[str | None, str | None, bool, str | None]:
    """Title before a name: (role, country, international, role_kind).

    Reads backwards from ``start``: an of/for/to phrase, the title head, modifiers, then a
    demonym, state possessive or organisation that gives the country."""
    text = ctx.text
    if start >= 2 and text[start - 1] in "[(" and text[start - 2] == " ":
        start -= 1                      # "President [A Bcd]": an editor's bracket around the name
                                        # ("our deputy minister (A Bcd)": the name in brackets)
    if text.find("Hon", start - 16 if start > 16 else 0, start) >= 0:
        hon = _HONOURABLE.search(text, max(0, start - 24), start)
        if hon is not None:
            start = hon.start()         # "Minister of Finance the Honourable A Bcd": the title before the style
    if start > 4 and text[start - 2] == "," and (aside := _ASIDE_BEFORE_NAME.search(text, max(0, start - 70), start)):
        # "The Spokesperson, Ministry of Foreign Affairs, A Bcd", "the Minister of Information,
        # Ghana, Hon. A Bcd": the title before the body or state set off by commas; the state
        # the aside names
        a, b = aside.span(1)
        code = _is_country_word(aside.group(1))
        body = ctx.in_org(a, b) if code is None and ctx.touches(a, b) else None
        if code is not None or body is not None and body.start == a and body.end == b:
            found = _left_title(ctx, a)
            if found[0] is not None:
                return found[0], code or (body.country if body is not None else None) or found[1], found[2], found[3]
    for style in ctx.styles:
        k = start - len(style)
        if k >= 2 and text.startswith(style, k) and text[k - 1] == " " and (
                text[k - 2].isalnum() or text[k - 2] == "," and style.rstrip(" .") in _RANKS_AFTER_COMMA):
            # "Saudi Foreign Minister Prince A Bcd", "WHO Director General Dr A Bcd", "the
            # Vatican's foreign minister, Archbishop A Bcd": the office before the style or
            # honorific (else the style: "Prince A Bcd")
            if _plural_lower(text[text.rfind(" ", 0, k - 1) + 1:k - 1]):
                break                   # "told reporters Mr A Bcd": the plural is no title of his
            found = _left_title(ctx, k)
            if found[0] is not None and (found[3] == "office" or style.rstrip(" .") in _CLERICAL_RANKS
                                         or text[k - 2] != "," and style.rstrip(" .") in HONORIFICS):
                return found            # (any title before a plain honorific: "spokesman Shri A Bcd")
            break
    # the word right before the name (a ruler's title or a rank's last word, if either)
    word_before = text[text.rfind(" ", start - 14, start - 1) + 1:start - 1] \
        if start > 14 and text[start - 1] == " " else ""
    if word_before in _ROYAL_WORDS \
            and (rl := _ROYAL_AFTER_LEADER.search(text, max(0, start - 60), start)) is not None \
            and (code := _demonym_state(rl.group(1))) is not None:
        # "Omani leader Sultan A": the demonym before the leader noun gives the ruler's state
        kind = _title_kind([rl.group(2).lower()])
        return _format_role([rl.group(2)], kind), code, False, kind
    if word_before in _RANK_HEADS \
            and (rk := _RANK_BEFORE_NAME.search(text, max(0, start - 40), start)) is not None \
            and rk.start() > 2 and text[rk.start() - 1] == " " and text[rk.start() - 2].isalpha():
        before = text[max(text.rfind(" ", 0, rk.start() - 1), text.rfind("\n", 0, rk.start() - 1)) + 1:rk.start() - 1]
        if (before[:1].isupper() or before == "chief") \
                and not _title_words().get(f"{before} {rk.group(0).split(' ', 1)[0]}".lower()):
            # (a formal post, or a service's "chief"; not "former adviser Vice Adm. A Bcd", nor
            # "Director General A Bcd", "Attorney General A Bcd": one title)
            found = _left_title(ctx, rk.start())
            if found[0] is not None and found[3] == "office":
                return found            # "Defence Attaché Brigadier General A Bcd": the post before the rank
    for style in ("Sir ", "Dame "):
        k = start - len(style)
        if k >= 1 and text.startswith(style, k) and text[k - 1] == " ":
            start = k                   # "Conservative MP Sir A Bcd": the title before the style
            break
    # cheap exit: a title ends right before the name, or a capitalised/of-phrase or a
    # comma ("Peru's president, Jan Kovar") separates them
    i = start - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i < 0 or text[i] == "\n":
        return None, None, False, None  # (a name opening a paragraph: the words before are another's)
    lower_ok = False                    # a lower-case office with an of-phrase ends here
    comma_lower = False                 # ... and a comma: "the governor of the region, A Bcd"
    if text[i] != ",":
        j = text.rfind(" ", i - 40 if i > 40 else 0, i) + 1
        prev = text[j:i + 1]
        if text[i] in ".\n" and prev.rstrip()[-1:] == "." and prev.rstrip()[:-1] in _title_abbreviations() and (
                prev.count("\n") > 1 or prev.rstrip() == "Rep." and _republic_before(text, j)):
            return None, None, False, None      # "... the Dominican Rep." ending a paragraph or sentence
        if "\n" in prev and prev.rpartition("\n")[2][:1].isupper():
            prev = prev.rpartition("\n")[2]    # a title opening a paragraph
        if _adjective_rank(text, prev, j):
            return None, None, False, None      # "a major Kestrel donor": an adjective, not the rank
        if prev in _PREPOSITIONS_BEFORE_NAME:
            return None, None, False, None      # "took over the premiership of a caretaker
                                                # government from A Bcd": the name is another's
        if text.endswith(" and ", 0, j) and prev.rstrip(".") in HONORIFICS:
            return None, None, False, None      # "..., Director of the Centre and Dr A Bcd": the
                                                # honorific opens the next in a list of names
        if not prev or not (prev[0].isupper() or prev in _SMALL or _title_word(prev)
                            or prev[0] in "\"“([" or ((prev[-1] == "s" or prev.endswith("men")) and _plural_lower(prev))
                            or prev.islower() and j > 1 and _title_word(text[text.rfind(" ", 0, j - 1) + 1:i + 1])
                            # ("US first lady A Bcd": a title of two lower-case words)
                            or prev[1:2] in ("’", "'") and prev[2:3].isupper()):   # "Chargé d’Affaires"
            lower_ok = bool(prev) and _lower_office_of(text, i)
            if not lower_ok:
                return None, None, False, None
        elif prev in _SMALL and _no_title_ends_small():
            return None, None, False, None      # "the death of A Bcd": no title ends in "of"
        elif not prev.strip("\"“(["):
            return None, None, False, None      # "((A Bcd))", "“A Bcd": a bracket or mark ends the words
        elif prev[0] == "(" and prev[-1] == ")" and j >= 2:
            lower_ok = _lower_office_of(text, j - 2)    # "Member of parliament (MP) A Bcd"
        elif j >= 4 and prev.rstrip(".") in HONORIFICS and text[j - 2] == "," and text[j - 3].islower():
            # "The head of the hospital, Dr A Bcd,": the office before the honorific
            lower_ok = comma_lower = _lower_office_of(text, j - 3, True)
    elif i >= 2 and text[i - 1].islower():
        if text.find(" as ", i - 60 if i > 60 else 0, i) >= 0 and _AS_COMPLEMENT.search(text, max(0, i - 60), i) \
                and not _NAME_CLOSED.match(text, start):
            return None, None, False, None  # "backed B as the nation’s acting head of state, A
                                            # stays on": the office is B's, a clause ends at the comma
                                            # (not "as its president, A Bcd, announced": his)
        if _FRONTED_BEFORE.search(text, max(0, i - 130), i) and _SUBJECT_NAME.match(text, start):
            return None, None, False, None  # "During talks with his Kestrian counterpart, A noted":
                                            # a fronted phrase, then its subject
        lower_ok = comma_lower = _lower_office_of(text, i - 1, True)  # "the new governor of the region, A Bcd,"
    elif i >= 2 and text[i - 1] == ")":
        po = text.rfind(" (", max(0, i - 120), i)
        if po > 0 and text[po - 1].islower() and text.find(")", po, i - 1) < 0:
            # "the secretary of the X union (Union of ...), A Bcd": the office before the brackets
            lower_ok = comma_lower = _lower_office_of(text, po - 1, True)
            if lower_ok:
                start = po              # (the words read are those before the brackets)
    # Most names have no title before them and the last three words show it; the
    # twelve-word window is read where a title is found or the search reaches further
    # (and always after a lower-case office, which three words cannot settle).
    head3 = None
    # a body ending right before the name (or its comma: "the spokesman of the Justice and
    # Development Party, A Bcd"), after "of"
    of_org = ctx.org_at.get(i + 1) if text[i] != "," else None if lower_ok else ctx.org_at.get(i)
    if of_org is not None and not _OF_BEFORE.search(text, max(0, of_org.start - 8), of_org.start):
        office = _office_named_body(of_org) if text[i] != "," else None
        if office is not None:          # "the Kestrel Council High Commissioner for Water A Bcd":
            return office               # the body is named for its head's office
        of_org = None
    if of_org is not None:
        # "Chief of General Staff A Bcd": the body ends an office's of-phrase; it stands as
        # one word after the office (its own words are no title: "General")
        full = _words_before(text, start)
        k = next((n for n, w in enumerate(full) if w[2] > of_org.start), len(full))
        words, head_i, _ = _title_head(full[:k] + [(text[of_org.start:of_org.end], of_org.start, of_org.end)],
                                       True)
    elif not lower_ok:
        words3 = _words_before(text, start, 3)
        if not words3:
            return None, None, False, None
        trimmed, head3, settled = _title_head(words3)
        if head3 is None and settled:
            return None, None, False, None
    if of_org is not None:
        pass                            # (read above)
    elif head3 is not None and len(words3) > 2 and words3[-1][0] != ")":
        # the twelve words end with the three: the head found there is the head here (no
        # bracketed aside was skipped, which a longer window could see further back). The
        # walk over modifiers below never passes a barrier or determiner: a shorter window
        # holding one before the title reads the same words.
        words = words3
        for more in (0, 3, 6):          # the 3, 6 and 12 words before the name
            if more:
                words = _words_before(text, start, more, words[0][1]) + words
            head_i = head3 + len(words) - len(words3)
            if more == 6 or any(w in _BARRIERS or w in _DETS for w, _, _ in words[:head_i - 1]):
                break
        cut = len(words3) - len(trimmed)
        if cut:
            words = words[:-cut]
        aide = _aide_to(words, head_i)
        if aide is None and words[0][0] in ("to", "the"):
            wider = _words_before(text, start, 3, words[0][1]) + words     # (the window stopped at "the")
            aide = _aide_to(wider, head_i + len(wider) - len(words))
            if aide is not None:
                words = wider
        if aide is not None:
            head_i = aide               # ("Adviser to the Prime Minister on Commerce A Bcd")
    else:
        words = _words_before(text, start)
        if not words:
            return None, None, False, None
        if ")" in text[words[0][1]:start]:
            words = _without_initialisms(words)
        words, head_i, _ = _title_head(words, lower_ok)
    if head_i is None:
        return None, None, False, None
    if head_i >= 1 and words[head_i][0].islower() and words[head_i - 1][0] in ("in", "In") \
            and text.startswith(",", words[head_i][2]):
        return None, None, False, None  # "In general, Mr Bcd": an idiom, no rank
    if head_i >= 1 and head_i == len(words) - 1 and words[head_i][0].lower() in _STYLES \
            and _title_kind_at(words, head_i - 1):
        words, head_i = words[:head_i], head_i - 1  # "archbishop Monsenor A Bcd": the office, not the style
    elif head_i >= 1 and head_i == len(words) - 1 and words[head_i][0].lower().rstrip(".") in _PROFESSION_STYLES \
            and words[head_i - 1][0].lower() in _STYLED_OFFICES:
        words, head_i = words[:head_i], head_i - 1  # "Science Minister Architect A Bcd": the office
    if of_org is None and _plural_lower(words[head_i][0]) and text[words[head_i][2]:start].strip():
        return None, None, False, None  # "Warren earned 8 delegates, Joe Biden ...": no title
    if head_i and words[head_i][0][:1].isupper():
        org = ctx.in_org(words[head_i][1], words[head_i][2])
        if org is not None and org.start < words[head_i][1]:
            # "delegate to the House of Representatives, A Bcd": the body's last word is no
            # title; the body stands as one word of the of/to-phrase after the real one
            # (from the full window: a short one may end inside the phrase)
            full = _words_before(text, start)
            k = next(i for i, w in enumerate(full) if w[2] > org.start)
            words, head_i, _ = _title_head(full[:k] + [(text[org.start:org.end], org.start, org.end)], True)
            if head_i is None:
                return None, None, False, None
    country = None
    if words[head_i][0] in _KIN_TITLES and head_i >= 1 and (
            words[head_i - 1][0].lower() in _POSSESSIVE_DETS or words[head_i - 1][0].endswith(("'s", "’s"))):
        return None, None, False, None  # "his father, Abdul Bakr": kin, not a priest
    if comma_lower and _GOVERNED.search(text, max(0, words[head_i][1] - 40), words[head_i][1]) \
            and not _NAME_CLOSED.match(text, start):
        return None, None, False, None  # "talks with the head of the delegation, A Bcd said": no apposition
                                        # (but "met the head of the bank, A Bcd, in Abuja": one)
    tail_words = [t[0] for t in words[head_i + 1:]]
    if text[i] == "," and len(tail_words) > 2 and words[-1][2] == i and any(
            (w in given_names() or fold(w).capitalize() in given_names()) and is_cap(tail_words[k + 1])
            and w not in stop_caps() and ctx.in_org(*words[head_i + 1 + k][1:]) is None
            for k, w in enumerate(tail_words[1:-1], 1)):
        # "Kestria's Minister of Foreign Affairs Ana Bea Ruiz, A Bcd": the office ends in
        # its holder's name; the name after the comma is another's
        return None, None, False, None
    named_tail = bool(tail_words)       # (a body there still tells an international official)
    if comma_lower and "the" in tail_words:
        # "of the region": the office alone, the body is unnamed; a demonym before it gives
        # the state ("the chair of the Latvian senate, A Bcd")
        country = next((c for w in tail_words[tail_words.index("the") + 1:-1]
                        if w[:1].isupper() and (c := _demonym_state(w))), None)
        tail_words = []
    # "President of the United States" -> the state, not part of the role
    if tail_words:
        phrase = " ".join(tail_words[1:])
        phrase_nt = phrase[4:] if phrase.startswith("the ") else phrase
        code = _is_country_word(phrase_nt) if tail_words[0] == "of" else None
        if code is None and tail_words[0] == "of" and len(tail_words) > 3 and phrase == phrase_nt:
            # "Foreign Minister of Burkina Faso Boukary A Bcd": a given name the lists lack
            # after the state's name ends the of-phrase (not "of Tunisian Parliament", "of US Treasury")
            rest = phrase_nt.split()
            state = " ".join(rest[:-1])
            if rest[-1][:1].isupper() and rest[-1].lower() not in org_heads() \
                    and country_aliases().get(state, ("", ""))[1] not in ("demonym", "title-demonym", "capital"):
                code = _is_country_word(state)
        if code:
            country = code
            tail_words = []
    international = False
    for t, _, t_end in words[head_i + 1:] if named_tail else ():
        if t == ",":
            break                       # "Minister of Mines, African Union and Trade":
                                        # the bodies of a list of portfolios employ no one
        org = ctx.org_at.get(t_end)
        if org is not None and org.start > words[head_i][2]:
            # "Director-General of the World Health Organization": the body's official
            if org.kind in _INTERNATIONAL or org.kind == "armed_group" or _affiliation(org) == "international":
                international = _affiliation(org)
            break
    # walk left over modifiers
    j = head_i
    two = _title_kind_at(words, head_i)
    kind = two
    if head_i >= 1 and (words[head_i - 1][0] + " " + words[head_i][0]).lower() in _title_words():
        j = head_i - 1
    split = None                        # a modifier before the state word ("Deputy U.S. ...")
    joined = False                      # a title joined by "for"/"of" continues the role
    k = j - 1
    while k >= 0:
        w, ws, we = words[k]
        if w == ")" and k >= 2 and words[k - 2][0] == "(" and (
                words[k - 1][2] in ctx.org_at or _is_country_word(words[k - 1][0])
                and (k < 3 or words[k - 3][0][:1].isupper())):
            k -= 1                      # "Organisation of Islamic Cooperation (OIC) chief": the body;
            continue                    # "The United States (US) ambassador": the state
        if w in _BARRIERS or w in _DETS or w in _WAR_WORDS:
            break                       # ("Iraq War veteran A Bcd": the war's state, not his)
        if k < j and not joined and w.lower() not in _MODIFIER_TITLES and (
                _title_kind([w]) == "office" and not (k == head_i - 1 and words[head_i][0].lower() in _CANDIDACIES)
                or kind == "rank" and _title_kind([w]) == "occupation"):
            if not country and k >= 1 and w.endswith(("’s", "'s")) \
                    and (head_org := ctx.org_at.get(words[k - 1][2])) is not None and head_org.country is None:
                international = _affiliation(head_org)  # "Kestrel Council Secretary-General's Envoy": the
            break                       # body's; "AU chairperson President X", "spokesman Colonel X": the nearer title
        joined = False
        org = ctx.org_at.get(we)
        if org is not None and org.start <= ws:
            if org.kind in _INTERNATIONAL or org.kind == "armed_group" or org.country is None and (
                    org.kind is None or org.kind == "court"):
                international = _affiliation(org)   # ("ICJ president A Bcd": the court's, as a UN body's)
            if _org_country(org) and not country:
                country = _org_country(org)
            if not country and not international:
                own = _WORD_BEFORE.search(text, max(0, org.start - 30), org.start)
                if own is not None and own.group(1).endswith(("’s", "'s")):
                    country = _is_country_word(own.group(1))    # "China's Defence Ministry spokesperson"
            if international == "international" and words[head_i][0].lower() in _ENVOYS:
                # (also over a rank: "Peru's deputy U.N. ambassador")
                own = _STATE_BEFORE_RANK.search(text, max(0, org.start - 50), org.start)
                code = _is_country_word(own.group(1)) if own is not None else None
                if code:                # "the Israeli UN envoy": Israel's envoy to the body
                    country, international = country or code, False
            if org.start == ws and w in _CHAMBERS:
                j = k                   # "Senate Majority Leader": the chamber is part of the office
            break
        code = None
        if k >= 2 and words[k - 1][0] == "and":
            # "Trinidad and Tobago's Trade Minister": a state's name joined by "and"
            hit = country_aliases().get(f"{words[k - 2][0]} and {strip_possessive(w)}")
            if hit is not None and hit[0] != "-":
                code = hit[0].split("+")[0]
                k -= 2
        if code is None and k >= 1:
            pair = country_aliases().get(words[k - 1][0] + " " + strip_possessive(w))
            if pair is not None:
                if pair[0] == "-":     # "New Mexico Governor": not a state, but a
                    country = country or _territories()[1].get(words[k - 1][0] + " " + strip_possessive(w))
                    if country:
                        ctx.region_states.add(country)
                    break               # "Hong Kong Chief Executive" acts for China
                code = pair[0].split("+")[0]
                if pair[1] == "capital" and strip_possessive(w) == w and kind in ("office", "rank"):
                    ctx.region_states.add(code)     # "Abu Dhabi Crown Prince": the capital's state
                k -= 1
        if code is None:
            code = _is_country_word(w)
            if code and kind in ("office", "rank") and country_aliases().get(w, ("", ""))[1] == "capital":
                ctx.region_states.add(code)         # "Moscow Mayor A Bcd": the city's state (not
                                                    # "Lima's press chief" of an Alan Lima: a person's,
                                                    # nor "Washington lobbyist": a place)
        if code is None:
            code = _territory_word(words, k)    # "Florida Governor A Bcd", "South Carolina Governor"
            if code:
                ctx.region_states.add(code)
        if code:
            if not country:
                country = code
            if k >= 1 and words[k - 1][0].lower() in _STATE_SPLIT_MODIFIERS:
                split = words[k - 1][0]     # "Deputy U.S. Attorney General": the deputy's office
            break
        if w.endswith(("’s", "'s")):
            if w.lower().startswith("country"):
                country = country or _the_countrys(ctx, ws)
            else:
                country = country or _owner_country(w)
                if country is None and k >= 1 and words[k - 1][0][:1].isupper():
                    country = _is_country_word(words[k - 1][0])     # "the Afghan team's coach"
                owner = ctx.in_org(ws, we - 2) if country is None and w[:1].isupper() else None
                if owner is not None:   # "the UN's special envoy": the body's official
                    international = _affiliation(owner)
                    country = _org_country(owner)
            break
        if w.lower() == "former":
            j = k
            if not country and k >= 1 and (prev := words[k - 1][0]).endswith(("’s", "'s")) and prev[:1].isupper():
                country = _is_country_word(strip_possessive(prev))  # "Spain’s former President A": a Spaniard
            break
        if _is_modifier(w) and not (w.islower() and k >= 1 and words[k - 1][0] == "to"
                                    and w not in _STATE_SPLIT_MODIFIERS):
            j = k                       # (not "the decision to fire director A": a verb)
        elif w == "and" and k >= 1 and _is_modifier(words[k - 1][0]):
            j = k
            # "Defence Minister and Deputy Prime Minister A Bcd": two offices held, both the role
            joined = kind == "office" and words[k - 1][0][:1].isupper() and words[head_i][0][:1].isupper() \
                and _title_kind([words[k - 1][0]]) == "office"
        elif w in ("for", "of") and k >= 1 and words[k - 1][0][:1].isupper() and \
                _title_kind([words[k - 1][0]]) == "office":
            j, joined = k, True         # "Deputy Premier for Trade and Minister of ..."
        else:
            if k >= 1 and k == j - 1 and w[:1].islower() and not country and w not in _LINKING_WORDS \
                    and not w.endswith(_PERSON_PLURAL_ENDS):
                # "US theoretical astrophysicist A Bcd", "Finnish open-source game developer",
                # "Ghana's late President A": adjectives before the title (not "Syria has
                # condemned President A", "Syria condemned President A": a verb)
                office = words[head_i][0][:1].isupper()
                for m in range(k - 1, k - 4 if k > 3 else -1, -1):
                    if words[m][0] in _AUXILIARIES or office and m < k - 1:
                        break           # (one adjective at most before an office: "Ghana's late")
                    two = country_aliases().get(f"{words[m - 1][0]} {strip_possessive(words[m][0])}") if m >= 1 else None
                    country = two[0].split("+")[0] if two is not None and two[0] != "-" \
                        else _is_country_word(words[m][0])      # ("North Korea reported leader A": not Korea)
                    if country is None and m >= 1 and words[m][0].endswith(("'s", "’s")):
                        pair = country_aliases().get(words[m - 1][0] + " " + strip_possessive(words[m][0]))
                        if pair is not None and pair[0] != "-":
                            country = pair[0].split("+")[0]     # "New Zealand's conservation minister"
                    if country and office and not words[m][0].endswith(("'s", "’s")) \
                            and country_aliases().get(words[m][0], ("", ""))[1] not in ("demonym", "title-demonym"):
                        country = None      # (a state's bare name before a verb: its subject)
                        break
                    if country or not words[m][0][:1].islower():
                        break
            break
        k -= 1
        if head_i - k > 10:
            break
    if not country and not international and head_i >= 1 and words[head_i][0].lower() not in _ENVOYS:
        international = _portfolio_body(ctx, words, head_i)
    role_words = [t[0] for t in words[j:head_i + 1]] + tail_words
    if split and role_words and role_words[0].lower() not in _STATE_SPLIT_MODIFIERS:
        role_words = [split, *role_words]
    while role_words and (role_words[0] in _SMALL or role_words[0] == "and"):
        role_words = role_words[1:]
    if not role_words:
        return None, country, international, kind
    if role_words[0].lower() in stop_caps() and role_words[0].lower() != "former" and len(role_words) > 1:
        role_words = role_words[1:]
    if _plural_office(role_words[-1]) and role_words[-1][:1].isupper():
        role_words = role_words[:-1] + [_singular(role_words[-1])]
        kind = "office"
    elif _plural_lower(role_words[-1]):
        role_words = role_words[:-1] + [_singular(role_words[-1])]
    dep = _DEPENDENT_BEFORE.search(text, max(0, words[j][1] - 60), words[j][1]) \
        if text[start - 2:start] == ", " or text[start - 1:start] == " " else None
    if dep is not None and dep.group(2).lower() in _DEPENDENT_TITLES and dep.group(2)[:1].isupper() \
            and text[start - 1:start] == " " and _TO_THE.search(dep.group(1)):
        # "Special Assistant to the PM A Bcd", "Adviser to the Prime Minister A Bcd": a title of
        # its own (with "the", the office is nobody's name), the assistant's
        return f"{dep.group(1)}{_format_role(role_words, kind)}", country, international, "office"
    if dep is not None and text[start - 2:start] == ", " and dep.group(2).lower() in _DEPENDENT_TITLES \
            and _SAID_END.search(text, max(0, dep.start() - 30), dep.start()):
        # 'said a spokesman for the Secretary-General, A Bcd': the spokesman's role, not his
        # principal's. (Without the comma the name is the principal's: "a spokesman for
        # President A Bcd"; and 'A spokesman for the minister, A Bcd, said' may name either.)
        return f"{dep.group(1)}{_format_role(role_words, kind)}", country, international, "occupation"
    if dep is not None and text[start - 2:start] == ", " and " the " in dep.group(1) \
            and (dep.group(2).lower() in _DEPENDENT_TITLES
                 or dep.group(2).lower() == "secretary" and text[dep.start() - 6:dep.start()].lower() == "press ") \
            and not _INDEFINITE_END.search(text, max(0, dep.start() - 24), dep.start()):
        # "the press secretary of the Kestrian Head of State, A Bcd", "Deputy Spokesman
        # to the Chief Minister, A Bcd": the aide's role (definite, and the office is nobody's
        # name: "the" before it), not his principal's
        opening = _AIDE_MODIFIERS_END.search(text, max(0, dep.start() - 30), dep.start())
        lead = text[opening.start():dep.start()] if opening is not None else ""
        return f"{lead}{dep.group(1)}{_format_role(role_words, kind)}", country, international, "occupation"
    if not country and not international and len(role_words) == 1 and text.endswith(", ", 0, words[j][1]):
        same = _SAME_TITLE_OF.search(text, max(0, words[j][1] - 60), words[j][1])
        if same is not None and same.group(1).lower() == role_words[0].lower():
            country = _is_country_word(same.group(2))   # "the King of Kestria, King A Bcd": Kestria's
    return _format_role(role_words, kind), country, international, kind


def _without_initialisms(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The words without an office's initialism in brackets after it, which the title runs on
    past: "Minister of State (MoS) for Railways A Bcd" (its capitals are the initials of the
    capitalised words before it)."""
    for k in range(len(words) - 3, 0, -1):
        if words[k][0] == "(" and words[k + 2][0] == ")" and words[k + 3:]:
            caps = [ch for ch in words[k + 1][0] if ch.isupper()]
            before = [w[0][0] for w in words[:k] if w[0][:1].isupper()][-len(caps):] if caps else []
            if 1 < len(caps) == len(before) and caps == before:
                words = words[:k] + words[k + 3:]
    return words


def _place_before_state(words, i: int) -> bool:
    """Whether ``words[i]`` is a place's or state's possessive right before another state's
    word ("Puerto Rico's Chinese Consul General", "Kestria's U.S. ambassador"): where the office
    is held, not whose it is."""
    return words[i][0].endswith(("’s", "'s")) and i + 1 < len(words) and bool(_is_country_word(words[i + 1][0]))


def _office_named_body(org) -> tuple[str, str | None, bool | str, str] | None:
    """(role, country, international, kind) when a body's name is its head's office after the
    body that holds it ("Kestrel Council High Commissioner for Water": the High Commissioner
    for Water, of the Kestrel Council); None for any other name."""
    words = org.surface.split()
    for k in range(1, len(words) - 1):
        if _title_word(words[k]) == "office" and words[k + 1] in ("for", "of", "on"):
            j = k
            while j > 1 and _is_modifier(words[j - 1]):
                j -= 1
            return " ".join(words[j:]), org.country, _affiliation(org), "office"
    return None


def _commission_member(word: str, title: str) -> bool:
    """"European Commissioner": a member of the European Commission, who acts for no state
    (the adjective is no state's)."""
    return word == "European" and title.lower() == "commissioner"


def _portfolio_body(ctx: _Ctx, words, head_i: int):
    """An international body before a title and its capitalised portfolio words ("EU External
    Relations Commissioner A Bcd", "AU Commission chairman"): the body's official, who acts
    for no state, though the walk over modifiers stopped at the portfolio."""
    for k in range(head_i - 1, max(-1, head_i - 5), -1):
        w, ws, we = words[k]
        if not w[:1].isupper() or w in _BARRIERS:
            return False
        if w.lower() not in _MODIFIER_TITLES and _title_kind([w]) == "office" and ctx.org_at.get(we) is None:
            return False                # "AU Chair President A Bcd": the body's post is another
                                        # title; the nearer one is the person's own
        if _commission_member(w, words[head_i][0]):
            return "international"      # ("European Migration Commissioner": its portfolio between)
        org = ctx.org_at.get(we)
        if org is not None and org.start <= ws:
            return _affiliation(org) == "international" and "international"
    return False


#: verbs that end a noun phrase read leftwards ("Syria has condemned ...")
_AUXILIARIES = frozenset("has have had is are was were will would did does do been be".split())
#: a title that works for another's office, and its connector, before that office: "spokesman
#: for the ", "an adviser to the United Nations "
#: the connector of a dependent title and "the" ("Assistant to the ")
_TO_THE = re.compile(r"[ ](?:to|for)[ ]the[ ]$")
_DEPENDENT_BEFORE = re.compile(r"\b(([A-Za-z-]+)[ ](?:for|to|of)[ ](?:the[ ])?(?:[A-Z][\w.'’-]*[ ]){0,3})$")
#: a reporting verb right before a speaker's description: 'said a spokesman for ...'
_SAID_END = re.compile(r"\b(?:said|says|added|adds|stated|explained|noted|according[ ]to)[ ](?:(?:a|an|the)[ ])?$")
#: an indefinite article (or a number) before an aide's title: "a spokesman for the minister, A"
_INDEFINITE_END = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ ](?:[\w-]+[ ]){0,2}$")
#: modifiers before an aide's title: "Deputy Press Secretary", "senior press secretary"
_AIDE_MODIFIERS_END = re.compile(r"(?:\b(?:[Dd]eputy|[Ss]enior|[Cc]hief|[Aa]ssistant|[Ss]pecial|[Pp]ress|[Pp]rincipal)[ ])+$")
_DEPENDENT_TITLES = frozenset("spokesman spokeswoman spokesperson adviser advisor aide assistant envoy "
                              "representative counsel lawyer attorney".split())


@lru_cache(maxsize=1)
def _no_title_ends_small() -> bool:
    """No title ends in a connector ("of", "the"), so none ends right before a name that
    follows one (_title_head finds no head then: the words after a head must end capitalised)."""
    return not any(t.rsplit(" ", 1)[-1] in _SMALL for t in _title_words())


def _lower_office_of(text: str, i: int, named: bool = False) -> bool:
    """A lower-case office with an of-phrase ends at ``i`` ("speaker of the parliament");
    ``named``: the phrase may name its body before a lower-case noun ("secretary of the RMT union")."""
    k = max(text.rfind(" of ", max(0, i - 50), i), text.rfind(" for ", max(0, i - 50), i))
    if k >= 10 and text.endswith(" in charge", 0, k):
        k -= 10                         # "the minister in charge of pilgrimages, A Bcd,"
    if named and (k < 0 or not _LOWER_RUN.fullmatch(text, k, i + 1)):
        m = _NAMED_BODY.search(text, max(0, i - 50), i + 1)
        k = m.start() if m is not None else -1
    elif k < 0 or not _LOWER_RUN.fullmatch(text, k, i + 1):
        return False
    if k < 0:
        return False
    return bool(_title_word((text[max(0, k - 30):k].rsplit(None, 1) or [""])[-1]))   # (a paragraph may open with it)


#: a name of two capitalised words or more right after a comma: ", Sheikh Hasina"
_NAME_AFTER_COMMA = re.compile(r",[ ][A-Z][\w’'.-]+[ ][A-Z]")


def _apposition(ctx: _Ctx, end: int, start: int | None = None) -> tuple[str | None, str | None, bool]:
    """Title in an apposition after a name: ", the Iranian president," / ", CEO of Tesco,";
    ``start``, the name's start, tells a spokesman from a spokeswoman (", speaking for ...")."""
    text = ctx.text
    if text.startswith(", ", end) and text[end + 2:end + 3].isdigit():
        age = _AGE_APPOS.match(text, end)
        if age is not None:
            end = age.end() - 2         # "A Bcd, 54, a lawyer,": the apposition after the age
    c = text[end:end + 1]
    if c == " " and text[end + 1:end + 2].isupper() and (k := text.find(",", end + 2, end + 6)) > 0 \
            and text[end + 1:k] in POSTNOMINALS:
        end, c = k, ","                 # "A Bcd QC, Secretary-General": the apposition after the letters
    if c == " " and text.startswith(" of ", end):
        place = _OF_PLACE.match(text, end)      # "A Bcd of Ohio, the Green Party's nominee,"
        if place is not None and (_is_country_word(place.group(1)) or territory_states().get(place.group(1))):
            end = place.end()
            c = ","
    if c == " " and text.startswith(" (", end) or c == "(":
        par = _APPOS_PAREN.match(text, end, end + 80)
        if par is not None:             # "A Bcd (US President)": an office in brackets
            office, state, intl = _apposition_of(ctx, par, end)
            if _is_office(office):
                return office, state, intl
            code = _is_country_word(par.group(1))
            if code:                    # "A Bcd (Rwanda)", "A Bcd(Mozambique)": his state
                return None, code, False
        return None, None, False
    if c == " " and text.startswith(" the ", end) and text[end + 5:end + 6].isupper():
        bare = _APPOS_THE.match(text, end, end + 140)
        if bare is not None and text[bare.end(1):bare.end(1) + 1] in ",.;:)\n":
            # "said A Bcd the Foreign Secretary of ...": an office only (not "told A Bcd the President was")
            office, state, intl = _apposition_of(ctx, bare, end)
            if _is_office(office):
                return office, state, intl
        return None, None, False
    if c != "," and (c != " " or text[end + 1:end + 2] not in ("—", "–")):
        return None, None, False        # (what _APPOS opens with: most names have no apposition)
    if text.startswith(", who ", end):
        heads = _WHO_HEADS.match(text, end, end + 140)
        if heads is not None:           # "A Bcd, who heads the Kestrian Red Cross,": its head
            return _who_heads(ctx, heads)
    m = _APPOS.match(text, end, end + 140)        # (an end beyond the text is the text's end)
    if m is not None and m.group(1).count(" ") >= 14 and _AUXILIARY.search(m.group(1)):
        m = None                        # a long clause, not a description: "A Bcd, Kestria's
                                        # ratification will bring the count to seven"
    if m is not None and _PEERAGE.fullmatch(m.group(1)):
        # "A Bcd, Lord Efg, the Lord President of the Council": the office follows the peerage
        m = _APPOS.match(text, m.end(1), min(len(text), m.end(1) + 140))
    if m is not None and _OPEN_REPORT.match(text, m.end(1)) \
            and _FRONTED_PARTICIPLE.search(text, max(0, end - 200), end) is not None:
        # "Answering a question about whether B is distancing himself from A, the German
        # Chancellor said:": the fronted clause ends at the comma; its subject follows
        return None, None, False
    if not m or _CLOSING_REPORT.match(text, m.end(1)):
        # ("A Bcd is free to stay, its interior minister has announced.": the clause
        # that reports the sentence, not a description of A Bcd)
        return None, None, False
    if (sp := _STATE_POSSESSIVE_NAME.match(m.group(1))) is not None and _is_country_word(sp.group(1)) \
            and not any(_title_word(w) or _is_modifier(w) or _is_country_word(w) for w in sp.group(2).split()) \
            and ctx.in_org(m.start(1) + sp.start(2), m.start(1) + sp.end(2)) is None:
        return None, None, False        # "A Bcd, Bulgaria's C Def, ...": the next of a list of
                                        # leaders, each after his state, not a description of A
    if _VERB_AFTER_APPOS.match(text, m.end(1)) and start is not None and _PREP_BEFORE_NAME.search(text, max(0, start - 6), start) \
            and _FRONTED_BEFORE.search(text, max(0, end - 130), end):
        return None, None, False        # "During the call with A, the Kestrian minister also
                                        # stressed": the subject after a fronted phrase, left open
    if text.startswith(" (", m.end(1)) and (na := _NAME_AFTER_ACRONYM.match(text, m.end(1))) is not None \
            and na.group(1) in given_names():
        return None, None, False        # "A Bcd, the Minister of Agriculture (MAA) C Def and ...":
                                        # the next name's title in a list, not A's
    if m.group(1).startswith(("his ", "her ")) and m.group(1).endswith(("counterpart", "counterparts")) \
            and _NAME_AFTER_COMMA.match(text, m.end(1)):
        return None, None, False        # "Prime Minister A Bcd, his Bangladeshi counterpart, C Def,
                                        # and ...": the next name's title, not A's
    role, country, international = _apposition_of(ctx, m, end)
    if role is None and country is not None and m.group(1).startswith(("the ", "a ", "an ")) \
            and _OPEN_REPORT.match(text, m.end(1)):
        return None, None, False        # "welcomed by A Bcd, the Qatari court said": the body
                                        # that reports, not a description of A
    if role is None and country is not None and (st := _STATE_WORDS_OPEN.match(text, m.start(1))) is not None \
            and _is_country_word(st.group(1)) and _CLAUSE_VERB_AFTER.match(text, st.end(1)):
        return None, None, False        # "... under President A Bcd, Russia does not see ...": the
                                        # state opens the next clause, no apposition of A's
    if role and role.rpartition(" ")[2] in _WEEKDAYS and role.rpartition(" ")[0].endswith(" on"):
        role = role.rpartition(" ")[0][:-3]     # ", his UAE counterpart on Monday,": the day is no office's
    if start is not None and (role is None or text[m.end(1):m.end(1) + 1] not in _APPOS_ENDS) \
            and text[max(0, start - 13):start].lower() == "according to ":
        # "According to A Bcd, NATO's members can act": the clause he is the source of, not
        # an apposition (one here is set off and holds an office: "according to A Bcd, the
        # ministry's spokesman, ...")
        return None, None, False
    if role is not None and country is None and not international and text.startswith(", ", m.end(1)) \
            and text[m.end(1) + 2:m.end(1) + 3].isupper():
        # "Admiral A Bcd, Chief of Staff, Kestrian Naval Forces;": the body
        # set off after the office is the one it is held in
        org = ctx.in_org(m.end(1) + 2, m.end(1) + 3)
        if org is not None and org.start == m.end(1) + 2 and text[org.end:org.end + 1] in (",", ";", ".", ")", "") \
                and _is_office(role):
            country, international = _org_country(org), _affiliation(org)
            if country is None and org.kind in ("government", "military"):
                country = _state_in_name(org.surface)  # "Royal Thai Navy"
    if role is None and m.group(1).startswith(_SPEAKING_FOR):
        return _speaking_for(ctx, m, start)
    if role is not None and text.startswith(", ", m.end(1)) and _PORTFOLIO_OPEN.search(role) \
            and (more := _PORTFOLIO_LIST_AFTER.match(text, m.end(1))) is not None \
            and (not more.group(1).startswith(", and ") or more.group(1).count(",") > 1) \
            and not any(w in given_names() for w in _PORTFOLIO_ITEM_FIRST.findall(more.group(1))) \
            and not any(_title_word(w) or w.rstrip(".") in HONORIFICS for w in more.group(1).split()):
        # "A Bcd, Minister of Foreign Affairs, Kestrian Affairs and Cooperation, said": the
        # portfolio's list goes on past the comma
        role += more.group(1)
    if text.startswith(" who ", m.end(1)) and (role is None or _title_kind(role.split()) == "occupation"):
        rel = _APPOS_WHO.match(text, m.end(1), m.end(1) + 140)
        if rel is not None:             # "A Bcd, a career diplomat who served as Foreign Minister,"
            office, state, intl = _apposition_of(ctx, rel, end)
            if _is_office(office):
                return office, country or state, intl
    return role, country, international


#: an office's portfolio: "Minister of Foreign Affairs", "Commissioner for Trade"
_PORTFOLIO_OPEN = re.compile(r"[ ](?:of|for)[ ](?:the[ ])?[A-Z]")
#: the rest of a portfolio's list after a comma, closed by "and" and its last item:
#: ", European Union and Cooperation", ", Mining, and Trade"
_PORTFOLIO_LIST_AFTER = re.compile(r"((?:,[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|for))*)*"
                                   r",?[ ]and[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the))*?)"
                                   r"(?=[,.;)]|[ ]\()")
#: the first word of each item of such a list
_PORTFOLIO_ITEM_FIRST = re.compile(r"(?:,|and)[ ](?:the[ ])?([A-Z][\w’'-]*)")
#: "who heads (leads, chairs, directs) <a named body>" after a name; group 1 the verb, 2 the
#: body with its article and lower-case modifiers
_WHO_HEADS = re.compile(r",[ ]who[ ](heads|leads|chairs|directs)[ ]((?:the[ ])?(?:[a-z]+[ ]){0,2}"
                        r"[A-Z][\w’'.&-]*(?:[ ](?:[A-Z][\w’'.&-]*|of|for|on|and|the))*)(?=[,.;:\n])")
_HEAD_NOUNS = {"heads": "head", "leads": "leader", "chairs": "chair", "directs": "director"}


def _who_heads(ctx: _Ctx, m: re.Match) -> tuple[str | None, str | None, bool]:
    """The role of "who heads the X" ("head of the X") and the state of the body X."""
    country, international = None, False
    for w in _WORD.finditer(ctx.text, m.start(2), m.end(2)):
        org = ctx.in_org(*w.span()) if is_cap(w.group()) else None
        if org is not None:
            country, international = _org_country(org), _affiliation(org)
            break
        code = _is_country_word(w.group())
        if code:
            country = code
            break
    return f"{_HEAD_NOUNS[m.group(1)]} of {m.group(2)}", country, international


#: an age set off after a name, before an apposition (", 54, ")
_AGE_APPOS = re.compile(r",[ ]\d{1,3},[ ]")
#: " of Ohio" (or "of New South Wales") before an apposition's comma
_OF_PLACE = re.compile(r"[ ]of[ ]([A-Z][\w’'.\-]*(?:[ ][A-Z][\w’'.\-]*){0,2})(?=,[ ])")
#: an apposition that makes its person a spokesperson: "A Bcd, speaking for the Interior Ministry,"
_SPEAKING_FOR = ("speaking for ", "speaking on behalf of ")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|him|[Ss]he|[Hh]er)\b")


def _speaking_for(ctx: _Ctx, m: re.Match, start: int | None) -> tuple[str | None, str | None, bool]:
    """Role and state of "A Bcd, speaking for the country's Interior Ministry,": the body's
    spokesman (spokeswoman, or spokesperson when the given name does not tell), its state from
    the body, a demonym or "the country's"."""
    text = ctx.text
    gender = given_name_gender(text[start:m.start()].split()[0]) if start is not None and start < m.start() else None
    if gender is None:                  # (a given name of either gender: the next pronoun tells)
        pronoun = _PRONOUN.search(text, m.end(), m.end() + 200)
        gender = None if pronoun is None else "f" if pronoun.group().lower() in ("she", "her") else "m"
    role = {"m": "spokesman", "f": "spokeswoman"}.get(gender, "spokesperson")
    country = None
    international = False
    for w in _WORD.finditer(text, m.start(1), m.end(1)):
        word = w.group()
        org = ctx.in_org(*w.span()) if is_cap(word) else None
        if org is not None:
            country = country or _org_country(org)
            international = international or _affiliation(org)
        elif word.lower().startswith(("country’s", "country's")):
            country = country or _the_countrys(ctx, w.start())
        elif is_cap(word):
            country = country or _is_country_word(word)
    return role, country, international


#: verbs that open a clause after a name and its age, where an apposition would stand
_CLAUSE_VERBS = frozenset("became becomes become remains remained won took takes was is has had".split())


def _apposition_of(ctx: _Ctx, m: re.Match, end: int) -> tuple[str | None, str | None, bool]:
    """_apposition's reading of the description ``m`` (an _APPOS match) after the name ending at ``end``."""
    text = ctx.text
    seg_start = m.start(1)
    words = [(seg[a:b], seg_start + a, seg_start + b)
             for seg in (m.group(1),) for a, b in map(_span, _WORD.finditer(seg))]
    if not words or words[0][0] in _CLAUSE_VERBS or words[0][0] == "and":
        return None, None, False        # "A Bcd, 63, became king": a clause, no apposition; "A
                                        # Bcd, and head of the X division C Def": the list's next
    if len(words) >= 4 and words[-1][0][:1].isupper() and words[-2][0][:1].isupper() \
            and _title_word(words[0][0]) == "office" and words[0][0][:1].isupper() and any(
            fold(text[words[k][1]:words[-1][2]]) in _office_holders()[0] and words[k - 1][0][:1].isupper()
            and not _title_word(words[k - 1][0]) for k in range(len(words) - 2, max(0, len(words) - 5), -1)):
        return None, None, False        # "his wife, A Bcd, Minister of Foreign Affairs C Def,": a
                                        # listed holder right after his own title, the list's next
                                        # person (not "..., Spokesman for Secretary-General C Def,")
    if len(words) > 2 and ("’" in m.group(1) or "'" in m.group(1) or "&" in m.group(1)):
        # a state's name holding a lower-case particle or "&" ("Cote d’Ivoire", "Trinidad &
        # Tobago") is one word here, so the role does not end inside it
        merged, k = [], 0
        while k < len(words):
            w, a, b = words[k]
            long_state = ctx.country_start.get(a)
            if long_state is not None and long_state[0] > b and words[-1][2] >= long_state[0]:
                j = k
                while j + 1 < len(words) and words[j + 1][2] <= long_state[0]:
                    j += 1
                merged.append((text[a:words[j][2]], a, words[j][2]))
                k = j + 1
                continue
            merged.append(words[k])
            k += 1
        words = merged
    i = 0
    term = _TERM_AS.match(m.group(1))
    if term is not None:                # "A Bcd, now in his sixth term as President,": the office
        i = next((k for k, w in enumerate(words) if w[1] >= seg_start + term.end()), len(words))
        if i >= len(words):
            return None, None, False
    if words[i][0] in _ADVERBS and len(words) > i + 2 and words[i + 1][0] in _DETS:
        i += 1                          # "A Bcd, formerly the director of ..."
    one_of = i + 3 < len(words) and words[i][0] in ("one", "One") and words[i + 1][0] == "of" \
        and words[i + 2][0] in _DETS
    if one_of:
        i += 2                          # "A Bcd, one of the organisers,": an organiser
    det = words[i][0] in _DETS          # a noun phrase follows: its first adjective qualifies
    indefinite = words[i][0] in ("a", "an")
    if det or (words[i][0] == "another" and i + 2 < len(words)):
        i += 1                          # "A Bcd, another lawyer for the victim": a lawyer too
    if i + 3 < len(words) and words[i][0] in _RELATION_NOUNS and words[i + 1][0] == "and" and words[i + 2][0] in _DETS:
        i += 3                          # "A Bcd, her husband and the present head of ...": the office
    country = None
    international = False
    former = False                      # "a former British ambassador": "former" before the state
    # leading possessive / demonym / state / organisation
    while i < len(words):
        w, ws, we = words[i]
        long_state = ctx.country_start.get(ws) if i + 3 < len(words) else None
        if long_state is not None and long_state[0] > words[i + 1][2]:
            country = country or long_state[1]  # "the Democratic Republic of Congo's": a name of three words or more
            while i < len(words) and words[i][1] < long_state[0]:
                i += 1
            continue
        if w == "former" and not former and i + 2 < len(words) and _is_country_word(words[i + 1][0]):
            former = True
            i += 1
            continue
        if country is None and det and i + 1 < len(words) and words[i + 1][0] in ("on", "in", "from", "of", "and") \
                and (party := _party_states().get(w)) is not None:
            country = party             # "A Bcd, a Republican on the Senate energy panel,": the party's state
            ctx.region_states.add(party)    # (a state the article names through its party)
        if i + 2 < len(words) and f"{w} {words[i + 1][0]}" in _party_states():
            i += 2                      # "A Bcd, a New Democrat MP,": a party's adjective of two words
            continue
        if i + 1 < len(words) and _commission_member(w, words[i + 1][0]):
            international = "international"
        if i + 1 < len(words) and (_AGE_ADJ.fullmatch(w) or w in affiliation_adjectives() or w in _TEMPORAL_DROPPED
                                   or w == "other" or w == "fellow" and words[i + 1][0] not in _SMALL or (len(w) == 4 and w.startswith(("19", "20")) and w.isdigit())):
            i += 1                      # "a three-year-old Syrian boy", "the Republican leader", "a sitting", "the other", "the 2020"
            continue
        org = ctx.in_org(ws, we) if is_cap(w) else \
            ctx.in_org(ws + 3, we) if w.startswith("ex-") and is_cap(w[3:]) else None   # ("ex-CIA")
        if org is None and is_cap(w) and w.endswith(("’s", "'s")):
            org = ctx.in_org(ws, we - 2)            # "A Bcd, the EU's special envoy": the body's post
        if org is not None:
            if _org_country(org) and not country:
                country = _org_country(org)
            international = _affiliation(org)
            if w in _CHAMBERS and org.start == ws:
                break                   # "the Senate minority leader": the chamber is part of the office
            while i < len(words) and words[i][2] <= org.end:
                i += 1
            if i < len(words) and words[i][1] < org.end:
                i += 1                  # (the possessive: "EU's")
            continue
        code = _is_country_word(w)
        if code and i + 1 < len(words) and words[i + 1][0] in _WAR_WORDS:
            i += 2                      # "A Bcd, an Iraq War veteran": the war's state, not his
            continue
        if code is None and i + 1 < len(words):
            code2 = _is_country_word(w + " " + words[i + 1][0])
            if code2:
                if not _place_before_state(words, i + 1):
                    country = country or code2
                i += 2
                continue
        if code is None and i + 2 < len(words) and _territory_word(words, i + 1) and \
                not _territories()[1].get(strip_possessive(words[i + 1][0])):
            code2 = _territory_word(words, i + 1)                  # "A Bcd, a New York lawyer,"
            ctx.region_states.add(code2)
            if not _place_before_state(words, i + 1):
                country = country or code2
            i += 2
            continue
        if code is None and i + 1 < len(words):
            code = _territories()[1].get(strip_possessive(w))      # "A Bcd, a Toronto lawyer,"
            if code:
                ctx.region_states.add(code)
        if code:
            if not _place_before_state(words, i):
                country = country or code
            i += 1
            continue
        if w.lower().startswith(("country’s", "country's")):
            country = country or _the_countrys(ctx, ws)
            i += 1
            continue
        if det and w[:1].isupper() and i + 2 < len(words) and (
                k := next((k for k in range(i + 1, min(i + 3, len(words) - 1))
                           if words[k][0].lower().startswith(("country’s", "country's"))), None)) is not None \
                and all(x[0][:1].isupper() and not _title_word(x[0]) for x in words[i:k]):
            i = k                       # "A Bcd, the Andean country’s Trade Minister, ...": the
            continue                    # region's words before "country's"
        if w.endswith(("’s", "'s")):
            country = country or _owner_country(w)     # "Trump's envoy": Trump's state
            owner = ctx.in_org(ws, we - 2) if not country and is_cap(w) else None
            if owner is not None and owner.kind in ("company", "media", "ngo"):
                international = "company"   # "A Bcd, Kestrel Air's vice president": the firm's, no state
            i += 1
            continue
        if country is None and w.islower() and i + 2 < len(words) and _is_modifier(w) \
                and (code := _is_country_word(words[i + 1][0])) and not _is_country_word(words[i + 2][0]):
            country = code              # "A Bcd, the special US envoy for Tarva,": the state inside the title
        break
    rest = [t[0] for t in words[i:]]
    rest_at = words[i:]                 # (the same words with their offsets)
    if not rest:
        return None, None, False
    if one_of:                          # the plural's singular: "one of the protesters" -> protester
        k = next((k for k, w in enumerate(rest[:4]) if len(w) > 4 and w[-1] == "s" and _title_word(_singular(w))), None)
        if k is None:
            return None, country, international
        rest[k] = _singular(rest[k])
    k_and = next((k for k in range(1, min(4, len(rest))) if rest[k] == "and"), None)
    if k_and is not None and k_and + 1 < len(rest) and rest[k_and + 1][:1].isupper() \
            and not any(_title_kind(rest[:k + 1]) for k in range(k_and)) \
            and not all(_is_modifier(w) for w in rest[:k_and]):     # ("Law and Parliamentary Affairs Minister")
        rest, rest_at = rest[k_and + 1:], rest_at[k_and + 1:]   # "A Bcd, potter and Chairman of the guild": the office
    # find the title head in rest
    head = None
    joined = None                       # the head before "and"
    for k in range(len(rest)):
        if rest[k] in _SMALL and k > 0:
            if rest[k] == "and" and head == k - 1:
                joined = head
                continue                # "the president and chief executive officer of ...": one role
            if rest[k] == "and" and head is None and _is_modifier(rest[k - 1]):
                continue                # "Law and Parliamentary Affairs Minister": a joined portfolio
            break
        if _title_kind(rest[:k + 1]):
            head = k
    if head is None:
        return None, country, international
    if joined is not None and head > joined + 1 and not all(_is_modifier(w) for w in rest[joined + 2:head]):
        head = joined                   # "a marine ecologist and Regents Professor at ...": the first title
    # an owner before the title ("Puerto Rico's governor"): not part of the role
    owner = max((k for k in range(head) if rest[k].endswith(("’s", "'s"))), default=-1)
    if owner >= 0:
        code = _is_country_word(" ".join(rest[:owner + 1]))
        if code:
            country = country or code
        rest = rest[owner + 1:]
        rest_at = rest_at[owner + 1:]
        head -= owner + 1
    # the words before the title must qualify it ("economic minister", "caretaker Prime
    # Minister"), not be a clause ("who succeeded him as ..."); a body may ("a senior Hamas official")
    # (a title of several words is the head's: "Under Secretary of the Treasury")
    titled = next((j for j in range(max(0, head - 2), head) if " ".join(rest[j:head + 1]).lower() in titles()), head)
    bodies = [ctx.in_org(rest_at[k][1], rest_at[k][2]) if is_cap(w) else None for k, w in enumerate(rest[:head])]
    # an expert's field before the noun, in capitals or not ("a Gulf War expert", "an arms
    # control specialist"): the field is part of the role
    field = det and 1 < head <= 3 and rest[head].lower() in _FIELD_HEADS and all(
        w.isalpha() and w not in _SMALL and w.lower() not in _TAIL_STOPS and w not in stop_caps() for w in rest[:head])
    if not field and not all(_is_modifier(w) or w.lower() in _TEMPORAL or w == "and" or _HYPHEN_ADJ.fullmatch(w)
               or (k == 0 and is_cap(w) and w not in stop_caps()) or (k == 0 and det and w.isalpha() and w.islower())
               or (k == 1 and det and rest[0].endswith("ly") and rest[0].islower() and w.isalpha() and w.islower())
               or (k == 1 and indefinite and head == 2 and rest[0].isalpha() and rest[0].islower() and w.isalpha()
                   and w.islower() and not w.endswith(("ly", "ed")) and not rest[0].endswith(("ly", "ed"))
                   and w not in _ADVERBS and w not in _SMALL and w not in _TAIL_STOPS and w != "year"
                   and rest[0] not in _ADVERBS and rest[0] not in _SMALL and rest[0] not in _TAIL_STOPS)
               # ("a rhino issues manager": a field of two nouns; not "a sixth year student")
               or (k == 0 and i == 0 and head == 1 and w.isalpha() and w.islower() and not w.endswith("ly")
                   and w not in _ADVERBS and w not in _SMALL and w not in _TAIL_STOPS)
               or bodies[k] is not None
               or (k > 0 and is_cap(w) and w not in stop_caps() and rest[0].lower() in _MODIFIER_TITLES
                   and all(map(is_cap, rest[1:k])))   # "the Chief Technological Officer of ..."
               for k, w in enumerate(rest[:titled])):
        return None, country, international
    for org in bodies:
        if org is not None:
            international = international or _affiliation(org)
            country = country or _org_country(org)
    lead = 0
    while not field and lead < titled and (_HYPHEN_ADJ.fullmatch(rest[lead]) or rest[lead].lower() in _TEMPORAL_DROPPED
                           or (lead == 0 and (is_cap(rest[0]) or det) and not _is_modifier(rest[0])
                               and rest[0] not in _CHAMBERS)
                           or (lead == 1 and det and rest[0].endswith("ly") and rest[0].islower()
                               and not _is_modifier(rest[1]))):
        lead += 1                       # "the long-serving Sultan of ...", "a Toronto lawyer": the office only
    role_words = rest[lead:head + 1]
    tail = rest[head + 1:]
    if tail[:1] in (["with"], ["at"]) and not country:
        # "an official with the Israeli Foreign Ministry", "spokesman at the Korean Foreign
        # Ministry": the body's state (the role stays)
        for w, ws, we in rest_at[head + 2:]:
            if w.endswith(("'s", "’s")) and (code := _is_country_word(w)):
                country = code          # "an aide at Ghana's U.N. mission": the state's mission
                break
            org = ctx.in_org(ws, we)
            if org is not None:
                country = _org_country(org)
                break
    named = False                       # a capitalised word seen in the tail
    body_after = False                  # ... and a lower-case noun after it ("the U.S. military")
    body_noun = None                    # ... that names a body right after the name ("the NATO forces")
    for k, w in enumerate(tail):
        if w in _TAIL_STOPS or (named and not is_cap(w) and w not in _SMALL):
            body_after = w not in _TAIL_STOPS and w.isalpha()
            if body_after and w in _BODY_NOUNS and is_cap(tail[k - 1]):
                body_noun = w
            tail = tail[:k]             # "President of France for twelve years"
            break
        named = named or is_cap(w)
    while tail and (tail[-1] in _SMALL or tail[-1] == "and"):
        tail = tail[:-1]
    cut = next((k for k, w in enumerate(tail) if (k > 1 or w[-2:] == "ed" and w.islower() and len(w) > 4)
                and (w in _PLACE_PREPS or (w[-2:] == "ed" and w.islower())
                                                          or w in ("yesterday", "today")
                                                          or (w == "on" and tail[k + 1:k + 2] and tail[k + 1] in _WEEKDAYS))), None)
    if cut is not None:
        tail = tail[:cut]               # "a witness of the blast near the Egyptian embassy": where, not whose;
                                        # "secretary of state nominated in a recess": how
        body_noun = None
    if tail:
        other = next((k for k in range(1, len(tail) - 1)
                      if tail[k] in given_names() and is_cap(tail[k + 1]) and tail[k] not in stop_caps()
                      and ctx.in_org(*rest_at[head + 1 + k][1:]) is None), None) if len(tail) > 2 else None
        if other is None and len(tail) > 1 and tail[0] in ("for", "to") and tail[1].rstrip(".") in HONORIFICS:
            other = 1                   # "spokesman for Mr. Def": the post
        if other is None and len(tail) > 3 and tail[0] in ("for", "to"):
            # "for Kestrian Prime Minister Zorik Def": titles, then a name the lists lack
            k = 2 if tail[1] == "the" else 1
            while k < len(tail) and is_cap(tail[k]) and not _title_kind([w for w in tail[1:k + 1] if w != "the"
                                                                         and not _demonym_state(w)]):
                k += 1
            k += 1                      # (past the title's last word, if one was found)
            if k + 1 < len(tail) and is_cap(tail[k - 1]) and is_cap(tail[k]) \
                    and is_cap(tail[k + 1]) and tail[k] not in stop_caps():
                other = k
        if other is not None and tail[0] in ("for", "to"):
            # "A, spokesman for President C Def,", "A, a lawyer for C Def,": the post, without
            # the other's name
            tail = tail[:other]
            while tail and tail[-1] in _SMALL:
                tail = tail[:-1]
            rest = [w for w in tail[1:] if w != "the"]
            titled = [w for w in rest if not _demonym_state(w)]
            if titled and _title_kind(titled):
                # "press secretary for Peruvian Prime Minister C Def": the post alone, the
                # state of the demonym
                country = country or next((_demonym_state(w) for w in rest if _demonym_state(w)), None)
                tail = []
        elif other is not None:
            return None, None, False    # "A, the Minister of Finance Antônio Palocci, ...": another person's title
    if tail:
        if tail[0] in ("of", "for", "to", "on"):
            phrase = " ".join(tail[1:])
            phrase_nt = phrase[4:] if phrase.startswith("the ") else phrase
            code = _is_country_word(phrase_nt) if tail[0] == "of" else None
            if tail[0] == "for" and _demonym_state(phrase_nt):
                code = _demonym_state(phrase_nt)        # "spokesman for the Indonesian military"
            elif tail[0] == "for" and body_after:
                code = _is_country_word(phrase_nt)      # "a spokesman for the U.S. military in ..."
            if code:
                country = country or code
            else:
                org = None
                if tail[0] in ("of", "for") and len(tail) > 1:
                    body = strip_possessive(phrase_nt)      # "the leader of Hamas' political wing"
                    pos = text.find(body, end)
                    org = ctx.in_org(pos, pos + len(body)) if pos >= 0 else None
                if org is None and len(tail) > 3:   # "director of trade policy for the X Association"
                    org = next(filter(None, (ctx.in_org(ws, we) for w, ws, we in rest_at[head + 2:head + 1 + len(tail)]
                                             if is_cap(w))), None)
                if org is not None:
                    if _org_country(org) and not country:
                        country = _org_country(org)
                    international = _affiliation(org)
                at = text.find(tail[2], end) if tail[1:2] == ["the"] and tail[2:3] and \
                    tail[2].replace("’", "'") in ("country's", "nation's") else -1
                named_at, last = _last_country_mention(ctx.country_mentions, at) if at >= 0 and not country \
                    else (-1, None)
                if last is not None and "\n" not in text[named_at:at]:
                    # "Russia’s ... A Bcd, now deputy chairman of the nation’s Security Council": the
                    # state named before in the paragraph, its own body
                    country, international = last, False
                role_words = role_words + tail[:-1] + [strip_possessive(tail[-1])] + ([body_noun] if body_noun else [])
        elif tail[0] in ("in", "from", "at"):
            # "a politician in Austria"; "a senator from California", "an administrator at FEMA": the role
            # (an international body's "office director in Nicaragua" is posted there, for no state)
            if not (tail[0] == "in" and international == "international"):
                country = country or _is_country_word(" ".join(tail[1:]))
        elif tail[0] in ("and", "&"):
            pass                        # "a 36-year-old physician and al-Qaeda sympathizer": the first
        elif not (tail[0].endswith(("ing", "ed")) and tail[0].islower()):
            # "a lawyer representing A Bcd", "the Egyptian president ousted in February"
            return None, None, False
    kind = _title_kind(rest[:head + 1])
    if former and role_words and role_words[0].lower() != "former":
        role_words = ["former"] + role_words
    return _format_role(role_words, kind), country, international


#: "... of/for the RMT union": a named body before a lower-case noun ends an office's phrase
_NAMED_BODY = re.compile(r"[ ](?:of|for|near|in|at)[ ](?:(?:the|its|their)[ ](?:[A-Z][\w’'.\-]*[ ]){1,3}|[A-Z][\w.\-]*['’]s[ ](?:[A-Z][\w’'.\-]*[ ]){0,2})"
                         r"[a-z]+(?:-[a-z]+)?(?:[ ][a-z]+(?:-[a-z]+)?){0,2}$")
#: a determiner opening the words before a title ("the Indonesian agriculture ")
_DET_TITLE = re.compile(r"\b(?:the|its|their)[ ](?:[A-Za-z][\w’'-]*[ ]){0,3}$")
#: a title and its state's of-phrase right before a comma: "the King of Saudi Arabia, "
_SAME_TITLE_OF = re.compile(r"\b([A-Za-z]+)[ ]of[ ](?:the[ ])?([A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3}),[ ]$")
#: a lower-case word and a comma right before a name ("minister, "), as _PREV_LOWER without it
_PREV_LOWER_COMMA = re.compile(r"(?<![\w\-])([a-z][a-z\-]+),[ ]$")
_PREV_LOWER = re.compile(r"(?<![\w\-])([a-z][a-z\-]+)[ ]$")
_LOWER_OR_HYPHEN = frozenset("abcdefghijklmnopqrstuvwxyz-")
_RUN_TOKEN = re.compile(r"[^\s,]+|,")
_SEG_BREAKS = frozenset(("of", "for", "on", "to", "in", "and", "the", "from", "against", "&", ","))


_RUN_SEGMENTS: dict[str, tuple[tuple[tuple[str, int, int], ...], ...]] = {}
_WORD_INFO: dict[str, tuple] = {}


def _run_segments(run_text: str) -> tuple[tuple[tuple[str, int, int], ...], ...]:
    """The tokens of a run split at connectors and commas, offsets relative to the run;
    memoised per process."""
    hit = _RUN_SEGMENTS.get(run_text)
    if hit is not None:
        return hit
    raw_segs = []
    cur: list[tuple[str, int, int]] = []
    for m in _RUN_TOKEN.finditer(run_text):
        tok = m.group(0)
        if tok in _SEG_BREAKS:
            if cur:
                raw_segs.append(tuple(cur))
            cur = []
            continue
        cur.append((tok, m.start(), m.end()))
    if cur:
        raw_segs.append(tuple(cur))
    hit = tuple(raw_segs)
    if len(_RUN_SEGMENTS) < 200_000:
        _RUN_SEGMENTS[run_text] = hit
    return hit


def _word_info(w: str) -> tuple:
    """What _name_words needs to know of one token, memoised per process: (bare form,
    first word of a multi-word state name, title word, stop word, may still be a family
    name after a given name, state word, particle)."""
    bare = strip_possessive(w)
    stop = bare in stop_caps() or bare in person_stopwords()
    country_w = bool(_is_country_word(bare))
    info = (bare, w in _alias_first_words(),
            bool((_title_word(bare) or _plural_office(bare)) and bare[:1].isupper() or bare.lower() == "former"
                 or bare in _title_initialisms()),
            stop, bare[:1].isupper() and not bare.isupper() and not country_w,
            country_w, w in PARTICLES)
    if len(_WORD_INFO) < 500_000:
        _WORD_INFO[w] = info
    return info


def _not_family(w: str) -> bool:
    """A title, stop or state word: no family name."""
    info = _WORD_INFO.get(w) or _word_info(w)
    return info[2] or info[3] or info[5]


def _name_words(ctx: _Ctx, run_start: int, run_text: str) -> tuple:
    """Split a capitalised run into name segments: (tokens, title_before, words,
    not_name), token offsets relative to the run, ``words`` the token texts and
    ``not_name`` whether one of them is no name word (_not_name_word).

    Connectors ("of", "and") and commas end a segment. Inside a segment the name is what
    follows the last barrier: a title word ("President"), a state or demonym ("Russian",
    "United States"), an organisation ("United Nations"), a place word ("Far East") or a
    sentence word ("The").

    Only the organisation and country mentions come from the article: they are read as a
    bit mask over the run's tokens, and the split is memoised per (run text, mask)."""
    mask = 0
    if ctx.touches(run_start, run_start + len(run_text)):
        in_org, in_country = ctx.in_org, ctx.in_country
        bit = 1
        for seg in _run_segments(run_text):
            for _, s, e in seg:
                if in_org(run_start + s, run_start + e) is not None or in_country(run_start + s, run_start + e):
                    mask |= bit
                bit <<= 1
    if run_start > 3 and ctx.text[run_start - 2] == "." and ctx.text[run_start - 1] == " " \
            and ctx.text[ctx.text.rfind(" ", 0, run_start - 2) + 1:run_start - 2] in HONORIFICS:
        # "Dr. Sultan Al Jaber": the honorific's period ends the run before the name; read it
        # with the honorific before it, as "Dr Sultan Al Jaber"
        hit = _name_segments("Dr " + run_text, mask << 1)
        return tuple((tuple((w, a - 3, b - 3) for w, a, b in seg), titled, words, not_name)
                     for seg, titled, words, not_name in hit if seg[0][1] >= 3)
    if not mask:                        # (most runs touch no mention: keyed by the text alone)
        hit = _NAME_SEGMENTS0.get(run_text)
        if hit is None:
            hit = _name_segments(run_text, 0)
            if len(_NAME_SEGMENTS0) < 200_000:
                _NAME_SEGMENTS0[run_text] = hit
        return hit
    hit = _NAME_SEGMENTS.get((run_text, mask))
    if hit is None:
        hit = _name_segments(run_text, mask)
    return hit


_NAME_SEGMENTS: dict[tuple[str, int], tuple] = {}
_NAME_SEGMENTS0: dict[str, tuple] = {}


#: title words that, after a given name and before more of the name, are part of the name
#: ("Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed")
_INNER_NAME_TITLES = frozenset({"Sheikh", "Sheik", "Shaikh"})
#: the Arabic particles of descent: a title word after one is a father's name ("bin Sultan")
_DESCENT_PARTICLES = frozenset({"bin", "Bin", "bint", "Bint", "ibn", "Ibn", "ben", "Ben"})
#: generational suffixes that may follow a family name ("Jr.", "III")
_GENERATIONAL = frozenset({"Jr", "Sr", "II", "III", "IV"})
_SUFFIXES = _GENERATIONAL | {w + "." for w in _GENERATIONAL}    # ("Jr." too)
_WORD_AFTER_SUFFIX = re.compile(r"[ ]([A-Z][a-z]+)")


def _family_title(run_text: str, seg: list, i: int, bare: str, barrier: int, titled: bool,
                  given) -> bool:
    """Whether the title word ``seg[i]`` (``bare`` without its possessive) ending a run is a
    family name: after a given name that is no title ("John Major" for a rank; "Paul Singer",
    "Kate Bishop" for any title word unless a comma follows, other than an apposition's ("Kate
    Bishop, the American"), or the given name is also a place), or after an occupation and one
    word ("Actor Minnie Driver")."""
    prev = seg[i - 1][0]
    kind = _title_word(bare)
    if _title_word(prev):
        return False
    if _INITIAL.fullmatch(prev) and i - 2 > barrier:
        prev = seg[i - 2][0]            # "Kevin C. King": the given name before the initial
    if prev in given and kind == "rank":
        return True
    if not (prev in given or titled and i == barrier + 2
            and kind == _title_word(seg[barrier][0]) == "occupation"):
        return False
    return bool(kind) and prev not in _territories()[1] and (
        not run_text.startswith(",", seg[i][2]) or run_text.startswith((", the ", ", a ", ", an ", ", and "), seg[i][2])
        or i >= 2 and seg[i - 2][0].rstrip(".") in HONORIFICS)    # ("Ms Julie Bishop, on Sunday")


def _name_segments(run_text: str, mask: int) -> tuple:
    """_name_words of a run whose tokens inside an organisation or country mention are
    the set bits of ``mask`` (token k is bit k, counted over all segments)."""
    aliases = country_aliases()
    given = given_names()
    out = []
    bit0 = 0                            # bit of the segment's first token
    for seg in _run_segments(run_text):
        seg = list(seg)
        n = n_all = len(seg)
        if n >= 3 and seg[-1][0] in POSTNOMINALS:
            seg, n = seg[:-1], n - 1    # "the Rt Hon A Bcd QC, Secretary-General ...": the letters
        barrier = -1                    # are no part of the name
        titled = False
        # the name's last word, before a generational suffix ("Martin Luther King Jr.")
        last = n - 2 if n > 1 and seg[-1][0].rstrip(".") in _GENERATIONAL else n - 1
        i = 0
        while i < n:
            w, s, e = seg[i]
            info = _WORD_INFO.get(w)
            if info is None:
                info = _word_info(w)
            bare, first, title, stop, stop_ok, country_w, particle = info
            if w == "St." and 0 < i < last and seg[i - 1][0] in given:
                title = stop = False    # "Joseph St. Clair": the family name's first word
            elif w == "Elect" and i == barrier + 1 and i < last and titled:
                title = True            # "President Elect A Bcd": the office's word
            if title and bare in _periodless_abbreviations() and (
                    i == last or i + 1 < n and fold(w + " " + seg[i + 1][0]) in _office_holders()[0]):
                title = False           # "Stefano Del Col": a name's last word, no "Col" before one;
                                        # "Defense Minister Gen Nakatani": a known holder's given name
            # multi-word state names ("United States", "South Korea")
            hit = None
            if first:
                for k in (3, 2):
                    if i + k <= n:
                        phrase = " ".join(t[0] for t in seg[i:i + k])
                        a = aliases.get(strip_possessive(phrase))
                        if a:           # a state, or a place that is none ("Hong Kong")
                            hit = k
                            break
            if hit:
                barrier, titled = i + hit - 1, False
                i += hit
                continue
            in_mention = mask >> (bit0 + i) & 1     # inside an organisation or country mention
            if i > barrier + 2 and (
                    # "A Bcd Efg Sudan's Minister for ...": the name before a state's or body's possessive
                    (in_mention or country_w) and bare != w and i + 1 < n
                    # "2 A Bcd Green Party 9,120" (a results table): the name before the body's
                    or in_mention and seg[barrier + 1][0] in given and not mask >> (bit0 + i - 1) & 1
                    and len(seg[i - 1][0]) > 2 and seg[i - 1][0][-1].isalpha()):
                out.append((tuple(seg[barrier + 1:i]), titled))
                barrier, titled = i, False
            elif in_mention:
                barrier, titled = i, False
            elif title and i == last and i > barrier + 1 and _family_title(
                    run_text, seg, i, bare, barrier, titled, given):
                pass                    # "John Major", "Paul Singer": a title word ending the run is a family name
            elif title and barrier + 1 < i < last and (
                    bare in _INNER_NAME_TITLES and (seg[i - 1][0] in given or barrier < 0 and i == 1 and (
                        # ("..., Awat Sheikh Janab,": a first name no list has, opening the segment)
                        seg[0][0].isalpha() and not _title_word(seg[0][0]) and not _is_modifier(seg[0][0]) and not _not_name_word(seg[0][0])))
                    or bare == "Sultan" and (seg[i - 1][0] in _DESCENT_PARTICLES
                                             or seg[i - 1][0] in given and i + 2 <= last)):
                pass                    # "Hassan Sheikh Mohamud": "Sheikh" inside a Somali or Arabic name;
                                        # "A bin Bcd bin Sultan Al Cde": a father's name
            elif title and barrier >= 0 and seg[barrier][0] in HONORIFICS and i < last \
                    and i <= barrier + 2 and not _title_word(seg[i + 1][0]) and bare not in _HIGH_OFFICES:
                pass                    # "Dr Sultan Al Jaber", "Dr Fazle Rabbi Sadeque Ahmed": after an
                                        # honorific, a title word inside the name is the name's
            elif title and barrier >= 0 and i == barrier + 2 and i < last and bare == w \
                    and (titled or seg[barrier][0] in _MALAY_STYLES) \
                    and not _is_modifier(seg[i - 1][0]) and not _is_modifier(seg[i + 1][0]) \
                    and seg[i - 1][0] not in PARTICLES and seg[i + 1][0] not in PARTICLES:
                pass                    # "Tourism Minister Tiong King Sing": after a title or style and a
                                        # name's first word, a title word before more of the name is the name's
            elif title and i == barrier + 1 and i < last and bare in _INNER_NAME_TITLES \
                    and fold(" ".join(t[0] for t in seg[i:])) in _office_holders()[0]:
                pass                    # "Sheikh Hasina": a holder the gazetteer names with the word
            elif title and not (i + 1 < n and bare in _title_initialisms() and seg[i + 1][0].lower() in org_heads()):
                # ("Dealer's Den": no title of the next word; "FM Radio Kestria": a station, no title)
                barrier, titled = i, bare == w
            elif stop and i > barrier + 1 and bare in _WEEKDAYS:
                # "met with Prime Minister A Bcd Thursday": the day ends the name
                out.append((tuple(seg[barrier + 1:i]), titled))
                barrier, titled = i, False
            elif stop and i > barrier + 1 and stop_ok and i == last and (
                    seg[i - 1][0] in given or i == barrier + 2 and bare in family_place_words()):
                pass                    # "Theresa May": a given name, then a family name that is also a word
                                        # ("rapper Kanye West": the caller asks for a title)
            elif country_w and i == n - 1 and seg[i - 1][0] in given and (
                    i == barrier + 2 or fold(seg[i - 1][0] + " " + w) in _office_holders()[0]):
                pass                    # "Nikki Holland": a family name the countries pass left out
                                        # (after any words, for a known holder: "... for Protection Volker Turk")
            elif stop and (titled or n == 2) and bare in _CHINESE_FAMILY_WORDS and i == barrier + 1 and i == n - 2 \
                    and _PINYIN_GIVEN.fullmatch(strip_possessive(seg[i + 1][0]).lower()):
                pass                    # "spokesman He Yadong", "Vice Premier He Lifeng": after a title, a
                                        # Chinese family name that is also a pronoun, then a given name
            elif stop and i == barrier + 1 and i == n - 2 and _KOREAN_GIVEN.fullmatch(strip_possessive(seg[i + 1][0])):
                pass                    # "Park Won-soon", "Moon Jae-in": a family name that is also a word
                                        # (also before a possessive: "Park Geun-hye's")
            elif stop and titled and i == barrier + 1 and i == n - 2 and bare in family_first_names() \
                    and (nxt_w := strip_possessive(seg[i + 1][0]))[:1].isupper() and nxt_w[1:].islower() \
                    and not _not_family(nxt_w) \
                    and not _not_name_word(nxt_w):
                pass                    # "Foreign Minister Park Jin", "Health Minister Park Neunghoo": after a
                                        # title, a family name written first that is also a word, then a name
            elif stop and barrier + 1 < i < last \
                    and fold(" ".join(t[0] for t in seg[barrier + 1:])) in _office_holders()[0]:
                pass                    # "Aung San Suu Kyi": a holder the gazetteer names in full
            elif stop and (i == barrier + 1 and i < last and bare == w or i == last > barrier + 1) \
                    and fold(" ".join([t[0] for t in seg[barrier + 1:last]] + [strip_possessive(seg[last][0])])) \
                    in _office_holders()[0]:
                pass                    # "President To Lam", "Defence Minister Dong Jun": a holder the
                                        # gazetteer names in full, a stopped word first or last
            elif country_w and titled and i == barrier + 1 and i + 1 == last and bare == w \
                    and w in state_given_names() and not _not_family(seg[last][0]):
                pass                    # "Foreign Minister Israel Katz": after an office, a state's
                                        # name that is also a given name opens the name
            elif country_w and i == barrier + 1 and i < last and bare == w and w in state_given_names() \
                    and fold(" ".join(t[0] for t in seg[i:])) in _office_holders()[0]:
                pass                    # "and Santiago Cafiero of Argentina": a holder the gazetteer
                                        # names in full, opened by a capital's name
            elif stop or country_w or w == "Sri" and i > 0 and seg[i - 1][0] in _SRI_AFTER:
                barrier, titled = i, False      # ("Tan Sri A Bcd", "Dato' Sri A Bcd": a style)
            elif particle and i == barrier + 1:
                barrier = i
            elif i == barrier + 1 and i + 1 < n and seg[i + 1][0] in given and bare in affiliation_adjectives():
                barrier, titled = i, False  # "Conservative Tom Orvel": the party, then the name
            elif bare != w and i + 1 < n:
                # "Trump's Special Envoy": a possessive ends the name
                out.append((tuple(seg[barrier + 1:i]) + ((bare, s, s + len(bare)),), titled))
                barrier, titled = i, False
            i += 1
        bit0 += n_all
        name = seg[barrier + 1:]
        if name and name[-1][0] != strip_possessive(name[-1][0]):
            w, s, e = name[-1]
            name = name[:-1] + [(strip_possessive(w), s, s + len(strip_possessive(w)))]
        # a title modifier directly before a title ("Chief Cabinet Secretary") is no name
        while name and name[-1][0] in PARTICLES:
            name = name[:-1]
        if name:
            out.append((tuple(name), titled))
    # with each segment its words, and whether one of them rules a name out
    # (not in a full name the office-holder gazetteer lists: "Aung San Suu Kyi")
    hit = tuple((seg, titled, words, any(_not_name_word(w) for w in words if w != "St.")
                 and fold(" ".join(words)) not in _office_holders()[0])
                for seg, titled in out for words in (tuple([w for w, _, _ in seg]),))
    if len(_NAME_SEGMENTS) < 200_000:
        _NAME_SEGMENTS[(run_text, mask)] = hit
    return hit


@lru_cache(maxsize=65536)
def _portfolio_after_office(text: str, start: int, words, given) -> bool:
    """Whether the capitalised words at ``start`` are the portfolio of an office named
    before them: all words that may stand in a role ("Foreign Affairs", "Homeland
    Security"), none a given name, after "<office> of" or "<office> for", or after "and"
    or a comma that continue such a portfolio ("Minister for Infrastructure and Regional
    Development")."""
    if text.endswith((" and ", ", "), 0, start):
        m = _PORTFOLIO_BEFORE.search(text, max(0, start - 80), start)
        if m is None or not all(_is_modifier(w) for w in m.group(2).replace(",", "").split()):
            return False
        start = m.end(1)
    if not text.endswith((" of ", " for "), 0, start):
        return False
    if not all(_is_modifier(w) and w not in given for w in words):
        return False
    cut = start - (4 if text.endswith(" of ", 0, start) else 5)
    office = text[text.rfind(" ", 0, cut) + 1:cut]
    return _title_word(office) == "office"


#: an office and its portfolio so far, ending before a name-like run: "Minister of State for
#: Housing and " (group 1 the office word)
_PORTFOLIO_RUN_END = re.compile(r"(?<![\w-])([A-Za-z-]+)[ ](?:of|for)[ ](?:(?:[A-Z][\w’'-]*|of|for|and|the)[ ])*$")
#: the first part of a coordinated portfolio, before the "and" or comma that ends the
#: text it is searched in ("... Minister for| Infrastructure |and ")
_PORTFOLIO_BEFORE = re.compile(r"[ ](?:of|for)[ ]()((?:[A-Z][\w’'-]*,?[ ])+)(?:and[ ]|,[ ]|)$")


#: a line of a source list: authors, a headline in marks, a dash and the outlet
# ('Dean Yates and Ibon Villelabeitia. "Bombs kill 17 people in Baghdad" —Reuters, April 22')
_SOURCE_LINE = re.compile(r"^([A-Z][^\n\"“.]{2,80}?)\.[ ]+[\"“][^\n\"”]{3,200}[\"”][ ]?[—–-]", re.M)


def _source_list_authors(text: str) -> list[tuple[int, int]]:
    """Spans of the author names that open the lines of a source list, bylines there."""
    if '" —' not in text and '” —' not in text and '"—' not in text and '”—' not in text:
        return []
    return [m.span(1) for m in _SOURCE_LINE.finditer(text)]


def _office_right_before(text: str, start: int, end: int) -> bool:
    """A capitalised office or rank right before a one-word name that is also a given name
    ("President Reagan", "Senator Warren", "General Allen"): the family name of someone the
    article names no further (not before a number, "Minister May 5", nor an editor's
    bracket, "[Prime Minister Narendra] Modi")."""
    if start < 2 or text[start - 1] != " " or _DIGIT_AFTER.match(text, end) or text.startswith("]", end):
        return False
    prev = text[text.rfind(" ", 0, start - 1) + 1:start - 1]
    return prev[:1].isupper() and _title_word(prev) in ("office", "rank")


_DIGIT_AFTER = re.compile(r"[ ]?\d")


_PLACE_PREPS = frozenset({"near", "outside", "behind", "beside", "opposite"})
_PARTICIPLE_TAIL = re.compile(r"-(?:[a-z]+(?:ing|ed)|born|based)$")   # ("Oscar-nominated", "California-born")


#: initials in brackets right after a name: "Ana María Ruiz Torres (AMRT)"
_BRACKETED_INITIALS = re.compile(r"[ ]\(([A-Z]{2,6})\)")     # (after a word character: checked where used)


def _initials_of(words: list[str], initials: str) -> bool:
    """``initials`` are those of the name's words, with or without its particles ("MBS" for
    "Mohammed bin Salman", "AMRT" for "Ana María Ruiz Torres")."""
    every = "".join(w[0] for w in words).upper()
    return initials in (every, "".join(w[0] for w in words if w[0].isupper()))


def _inner_name_words(words: list[str], given) -> set[str]:
    """The folded inner words of the name ``words`` that may stand for it alone: neither its
    first nor last, nor a particle or a word after one ("bin Hamad"), nor a second given name
    after the first ("Andrés Manuel")."""
    return {fold(words[i]) for i in range(1, len(words) - 1)
            if words[i].lower() not in PARTICLES and words[i - 1].lower() not in PARTICLES
            and words[i - 1] not in _DESCENT_PARTICLES and not (i == 1 and words[0] in given)}


@lru_cache(maxsize=1)
def _person_like_places() -> frozenset[str]:
    """Places whose names read as a given and a family name ("Diego Garcia", "Raj Ghat")
    (person_like_places.txt)."""
    return frozenset(load_lines("person_like_places.txt"))


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, list[str]]:
    """Short name -> the words of the full name it stands for (nicknames.tsv)."""
    return {row["nickname"]: row["name"].split() for row in load_table("nicknames.tsv")}


@lru_cache(maxsize=1)
def _state_first_names() -> frozenset[str]:
    """The states' names (not capitals) that are also given names: "Jordan", "Chad", "Georgia"."""
    aliases = country_aliases()
    return frozenset(n for n in state_given_names() if aliases[n][1] in ("short", "name"))


def _state_first_name(ctx: _Ctx, r_start: int, r_text: str) -> tuple | None:
    """A run of two words opened by a state's name that is also a given name, the countries
    pass left as no state ("Jordan Bardella", "prime minister Georgia Meloni"): one name
    segment when a title stands right before it or the second word comes back alone in the
    article, else None (the state, then a place or body: "Jordan Valley", "Kenya Airways")."""
    first, _, second = r_text.partition(" ")
    family = strip_possessive(second)
    if not (family[:1].isupper() and family[1:].isalpha() and family[1:].islower()) \
            or _not_name_word(family) or _not_family(family) or family.lower() in org_heads() \
            or ctx.in_country(r_start, r_start + len(first)) or ctx.overlaps_org(r_start, r_start + len(r_text)):
        return None
    text = ctx.text
    prev = text[text.rfind(" ", 0, r_start - 1) + 1:r_start - 1].rstrip(",") \
        if r_start > 1 and text[r_start - 1] == " " else ""
    if not (prev and _title_word(prev)) and text.count(family) <= text.count(first + " " + family):
        return None
    seg = ((first, 0, len(first)), (second, len(first) + 1, len(r_text)))
    return ((seg, False, (first, second), False),)


def _not_name_word(w: str) -> bool:
    """A word no name of several words holds: a person stop word, a state or demonym, an
    acronym or a word with odd capitals."""
    return w in person_stopwords() or bool(_is_country_word(w)) or \
        (w[1:] != w[1:].lower() and not _NAME_CAPS.fullmatch(w)) or \
        ("-" in w and _PARTICIPLE_TAIL.search(w) is not None)   # "Prize-winning", "Oscar-nominated"


_SKIP, _GIVEN, _OTHER = 0, 1, 2
#: one-word run -> _SKIP (never a name on its own: stop word, acronym, title word), _GIVEN
#: (a given name) or _OTHER; memoised per process, bounded
_SINGLE_KIND: dict[str, int] = {}


def _single_kind(r_text: str, stops, pstop, given) -> int:
    bare = strip_possessive(r_text)
    if bare in stops or bare in pstop or len(bare) < 2 or bare.isupper() or \
            not bare.replace("-", "").replace("’", "").replace("'", "").isalpha() and not _glued_name(bare):
        kind = _SKIP
    elif bare in given:
        kind = _GIVEN
    elif bare.lower() in _title_words():
        kind = _SKIP
    else:
        kind = _OTHER
    if len(_SINGLE_KIND) < 500_000:
        _SINGLE_KIND[r_text] = kind
    return kind


#: a one-word nickname in marks inside a name ('Edward Lodewijk "Eddie" Van Halen')
# (one regex per mark: a literal first character makes the scan fast)
# (a space the writer left before the closing mark too: 'Joko “Jokowi ” Widodo')
_NICKNAME = (re.compile(r'"[A-Z][a-z.]+ ?" (?=[A-Z])'), re.compile(r'“[A-Z][a-z.]+ ?” (?=[A-Z])'))


def _nickname_runs(text: str, found: tuple) -> tuple[tuple, dict]:
    """``found`` (runs of ``text``) with a name run, a nickname in marks and the name run
    after it joined into one, the nickname blanked out (offsets stay those of the text);
    and for each such name, (folded nickname, family name) -> its folded first given name
    ('Edward Lodewijk "Eddie" Van Halen': ("eddie", "halen") -> "edward")."""
    nicks = {m.start() - 1: m.end() for rx in _NICKNAME for m in rx.finditer(text)
             if text[m.start() - 1:m.start()] == " " and text[m.start() - 2:m.start() - 1].islower()}
    if not nicks:
        return found, {}
    out, i = [], 0
    aliases: dict[tuple[str, str], str] = {}
    while i < len(found):
        r = found[i]
        b = nicks.get(r[1])
        if b is not None and i + 2 < len(found) and found[i + 2][0] == b and found[i + 1][1] < b \
                and sum(1 for _ in itertools.takewhile(lambda w: w[:1].isupper() or w in PARTICLES,
                                                       found[i + 2][2].partition(" and ")[0].split())) <= 3:
            # (the name's run may go on after "and": 'A "B" Cde and Prime Minister F Ghi'; and
            # with small words: 'A "B" Cde in Lima')
            nxt = found[i + 2]           # (found[i + 1] is the nickname)
            nick = text[r[1] + 2:b - 2].strip()
            # (the name's words only: not a title before it, nor words the run goes on with:
            # 'President Ivo "Ivito" Marek on Monday')
            given_words = r[2].split()
            while len(given_words) > 1 and _title_word(given_words[0]):
                given_words = given_words[1:]
            family_words = list(itertools.takewhile(lambda w: w[:1].isupper() or w in PARTICLES, nxt[2].split()))
            aliases[(fold(nick), _family(family_words or nxt[2].split()))] = fold(given_words[0])
            r = (r[0], nxt[1], r[2] + " " * (b - r[1]) + nxt[2])
            i += 2
        out.append(r)
        i += 1
    return tuple(out), aliases


#: a bracket of capitalised words closed before a capitalised word ("(Russian President Vladimir) Putin",
#: "[Foreign Minister A] Bcd": an editor's insertion in a quote)
_BRACKETED_GIVEN = re.compile(r"\([A-Z][^()\n]{0,60}[a-z]\) [A-Z]|\[[A-Z][^\[\]\n]{0,60}[a-z]\] [A-Z]")
_CLOSING_BRACKET = {"(": ") ", "[": "] "}


def _bracket_joined_runs(text: str, found: tuple) -> tuple:
    """``found`` with an editor's bracket around a title and given names joined to the family
    name after it ("(Russian President Vladimir) Putin": one run, the bracket blanked out;
    offsets stay those of the text)."""
    out, i = [], 0
    while i < len(found):
        r = found[i]
        if r[0] and text[r[0] - 1] in _CLOSING_BRACKET and text.startswith(_CLOSING_BRACKET[text[r[0] - 1]], r[1]) \
                and i + 1 < len(found) \
                and found[i + 1][0] == r[1] + 2 and " " not in found[i + 1][2] \
                and found[i + 1][2].lower() not in org_heads():     # ("the [Vagner] Group": a body)
            r = (r[0], found[i + 1][1], r[2] + "  " + found[i + 1][2])
            i += 1
        out.append(r)
        i += 1
    return tuple(out)


#: the words that open a Spanish or Portuguese place's name ("San Pedro Sula", "Santo Domingo")
_SAINT_PLACES = ("San ", "Santa ", "Santo ", "São ", "Sao ")


def extract_persons(article: Article, countries: list[Country],
                    organizations: list[Organization]) -> list[Person]:
    """Every named person once, under the fullest name, with role, country and mentions."""
    text = article.text
    if not text:
        return []
    ctx = _Ctx(article, countries)
    given = given_names()
    pstop = person_stopwords()
    holders_full, holders_family = _office_holders()
    byline = {fold(w) for w in _RX0.findall(article.byline or "") if w[:1].isupper()}

    cands: list[_Cand] = []
    # names a ship bears ("USS A Bcd"): no person's at any of their mentions
    fleets = any(w in text for w in _VESSEL_PLURALS)     # (_VESSELS_BEFORE only where one stands)
    ships = {m.group(1).rstrip(".") for m in _SHIP_NAME.finditer(text)} \
        if any(end in text for end in _SHIP_PREFIX_ENDS) else ()
    families: set[str] = set()          # family names of the persons found so far
    org_states: set[str] = set()        # states read from an organisation's name after a person
    kin: list[tuple[str, int, int]] = []
    singles: list[tuple[str, int, int, bool]] = []   # (word, start, end, titled)
    unproven: list[tuple[int, int, list[str]]] = []   # names without evidence of their own
    couples: list[tuple[str, int, int]] = []    # a given name before "and" and a full name
    stops = stop_caps()
    venues = _venue_names(text)
    joined_runs, nicknames = _nickname_runs(text, runs(text))
    if (") " in text or "] " in text) and _BRACKETED_GIVEN.search(text):
        joined_runs = _bracket_joined_runs(text, joined_runs)
    credits = _source_list_authors(text)
    kin_lists = not _KIN_TOKENS.isdisjoint(body_tokens(article))    # (the article's word set, made once)
    # initials in brackets after a name ("Ana María Ruiz Torres (AMRT)") -> where the name ends
    bracketed = {m.group(1): m.start() for m in _BRACKETED_INITIALS.finditer(text)
                 if m.start() and text[m.start() - 1].isalnum()} if " (" in text else {}
    for r_start, r_end, r_text in joined_runs:
        if credits and any(a <= r_start < b for a, b in credits):
            continue                    # 'Barry Moody. "Headline" —Reuters, April 22, 2007'
        if "." in r_text and r_text.lower().endswith(_FILE_ENDS) \
                or text[r_start - 1:r_start] == ":" and text.endswith("File:", 0, r_start):
            continue                    # "File:Leticia Lee See-yin.jpg": an image's file name
        if r_text.startswith("Operation "):
            continue                    # "Operation Protective Edge": a military operation's name
        if r_text.startswith(_SAINT_PLACES) and not any(map(_title_word, r_text.split())):
            continue                    # "San Pedro Sula", "Santo Domingo": a place's name (not
                                        # "Santa Barbara County Sheriff A Bcd")
        if r_text.startswith("Sri ") and text.endswith(("Dato' ", "Dato’ "), 0, r_start):
            r_start, r_text = r_start + 4, r_text[4:]   # "Dato’ Sri A Bcd": the style's second word
        kl = _KIN_LIST.search(text, max(0, r_start - 80), r_start) if kin_lists and " " in r_text else None
        if kl is not None:
            parts = _LIST_SPLIT.split(r_text)
            if all(p in given for p in parts):      # "their two sons Tomas and Erik": each a person
                family = strip_possessive(kl.group(1)) if kl.group(1) and kl.group(1) not in stops else None
                pos = r_start
                for p in parts:                     # ("the Lindqvist sisters Ingrid and Astrid": Ingrid Lindqvist)
                    pos = text.find(p, pos)
                    kin.append((p + " " + family if family else p, pos, pos + len(p)))
                    pos += len(p)
                continue
        if " " not in r_text:           # one word: the common case, kept cheap
            if bracketed and (bare := strip_possessive(r_text)) in bracketed:
                if r_start != bracketed[bare] + 2:
                    singles.append((bare, r_start, r_start + len(bare), False))     # "AMLO said"
                continue
            kind = _SINGLE_KIND.get(r_text)
            if kind is None:
                kind = _single_kind(r_text, stops, pstop, given)
            if kind == _SKIP:
                continue
            if ctx.touches(r_start, r_end) and \
                    (ctx.overlaps_org(r_start, r_end) or ctx.in_country(r_start, r_end)):   # (most touch nothing)
                continue
            bare = strip_possessive(r_text)
            if kind == _GIVEN:
                if _KIN.search(text, max(0, r_start - 16), r_start) or (
                        kin_lists and _KIN_LIST.search(text, max(0, r_start - 80), r_start)):
                    kin.append((bare, r_start, r_start + len(bare)))   # "his wife Anna", "two sons A and B"
                    continue
                # a given name may also be a family name ("Erdoğan", "Abe"): it can only
                # join a person named in full or a known office holder
                singles.append((bare, r_start, r_start + len(bare), None))
                continue
            # (a name with its father's initial glued on, "D.Tsogtbaatar", is a person's by its
            # form, as a titled one)
            singles.append((bare, r_start, r_start + len(bare), _glued_name(bare)))
            continue
        if r_text.rpartition(" ")[2] in _GENERATIONAL and text.startswith(".", r_end):
            m = _WORD_AFTER_SUFFIX.match(text, r_end + 1)
            if m and m.group(1) in pstop:
                continue                # "Martin Luther King Jr. Day": a holiday, an award, no person
        if r_text.rpartition(" ")[2] in POSTNOMINALS or r_text.endswith(" Independent") and r_text.count(" ") >= 2:
            r_text = r_text.rpartition(" ")[0]     # "Kama Melly QC": the letters are no part of the name,
                                                   # nor a candidate's label in a results table
        segs = _name_words(ctx, r_start, r_text)
        state_first = None
        if r_text.count(" ") == 1 and r_text.partition(" ")[0] in _state_first_names():
            state_first = _state_first_name(ctx, r_start, r_text)
            segs = state_first or segs
        for seg, titled, words, not_name in segs:
            if titled and len(words) > 1 and words[-1].lower() in org_heads():
                continue                # "Justice Alliance Party": a body's name after a title word
            if titled and len(words) == 1 and words[0] in _periodless_abbreviations() \
                    and _RETIRED_AFTER.match(text, r_start + seg[-1][2]):
                continue                # "Lt Gen (retd) A Bcd": the rank's second word, no name
            if titled and len(words) == 1 and _is_modifier(words[0]) and words[0] not in given \
                    and (jp := _JOINED_PORTFOLIO.match(text, r_start + seg[-1][2])) is not None \
                    and any(_title_word(w) for w in jp.group(1).split()):
                continue                # "Deputy Culture and Tourism Minister A Bcd": a portfolio
            if r_start > 2 and text[r_start - 2:r_start] == " (" and text.startswith(") ", r_start + seg[-1][2]) \
                    and text[r_start + seg[-1][2] + 2:r_start + seg[-1][2] + 3].isupper() \
                    and _title_word(text[text.rfind(" ", 0, r_start - 2) + 1:r_start - 2]):
                continue                # "Director (Air Quality) A Bcd": the post's field in brackets
            # (token offsets are relative to the run)
            if not titled and len(seg) >= 3 and (seg[0][1] > 0 or text.endswith(" of ", 0, r_start)) \
                    and seg[0][0] not in given and seg[0][0] not in family_first_names() \
                    and (seg[1][0] in given or _is_modifier(seg[0][0]) or
                         _PORTFOLIO_END.search(seg[1][0]) is not None
                         or len(seg) >= 4 and _is_modifier(seg[1][0]) and not _is_modifier(seg[2][0])
                         and seg[2][0][:1].isupper()) \
                    and text[r_start + seg[0][1] - 2:r_start + seg[0][1] - 1].isalpha() \
                    and (seg[0][1] > 0 or _title_word(text[text.rfind(" ", 0, r_start - 4) + 1:r_start - 4])) \
                    and r_text[:seg[0][1]].rstrip(" .").rpartition(" ")[2] not in HONORIFICS \
                    and r_text[:seg[0][1]].rstrip(" ").rpartition(" ")[2] not in _MALAY_STYLES \
                    and r_text[:seg[0][1]].rstrip(" ,").rpartition(" ")[2] not in _WEEKDAYS:  # ("Dr A Bcd Cde", "On Monday A Bcd Cde")
                # (after a lower-case "of" only a title's of-phrase: "the government of A B Cde" is a name)
                seg = seg[1:]           # "... of the Russian Arctic Pavel Ostrovin", "of Information A Bcd": the role's tail
                words = words[1:]
                while len(seg) >= 3 and seg[0][0] not in given and seg[0][0] not in family_first_names() and (
                        seg[1][0] in given or _PORTFOLIO_END.search(seg[0][0]) is not None
                        or _is_modifier(seg[0][0])):
                    seg = seg[1:]       # "Minister of Foreign Affairs Sergei Lavrov": the whole tail
                    words = words[1:]
                not_name = any(map(_not_name_word, words))
            if not titled and len(seg) >= 3 and seg[0][1] == 0 and seg[0][0] not in given and seg[1][0] in given \
                    and _SENTENCE_OPEN.search(text, max(0, r_start - 4), r_start) \
                    and (_written_lower(text, seg[0][0]) or seg[0][0].endswith("ing") and len(seg[0][0]) > 6):
                # ("Identifying A Bcd Cde as the official": a participle opening the sentence)
                seg = seg[1:]           # "Pan-democrat A Bcd won": a word the article writes in lower case
                words = words[1:]       # elsewhere, capitalised only as the sentence's first
                not_name = any(map(_not_name_word, words))
            if not titled and _portfolio_after_office(text, r_start + seg[0][1], words, given):
                continue                # "The Minister of Foreign Affairs said": the office, no name
            if len(words) > 1 and all(_ABSTRACT_WORD.search(w) for w in words) \
                    and any(_FIELD_WORD.search(w) for w in words) and not any(w in given for w in words):
                continue                # "Director for Country Assistance Planning, A Bcd": a field, no name
            s, e = r_start + seg[0][1], r_start + seg[-1][2]
            if not titled and words[0] not in given and _MORE_NAME_AFTER.match(text, e) \
                    and (_MEMBER_OF.search(text, max(0, r_start - 24), r_start)
                         or (s > r_start and r_text.startswith(("Members of ", "Member of ")))):
                continue                # "a member of UK Families Flight 103", "Members of the London Gay
                                        # Men's Chorus": a body named on after the words
            if ctx.overlaps_org(s, e):
                continue
            if not_name and not (
                    len(words) == 2 and words[0] in given and not _not_name_word(words[0])
                    and _is_country_word(words[1]) and not ctx.in_country(s + seg[1][1] - seg[0][1], e)) \
                    and not (len(words) == 2 and _KOREAN_GIVEN.fullmatch(words[1])
                             and not _is_country_word(words[0])) \
                    and not (len(words) in (2, 3) and _INITIALS.fullmatch(words[0])
                             and words[0] != "HE" and words[0] not in _SHIP_PREFIX_SET
                             and not _is_country_word(words[0]) and not any(map(_not_name_word, words[1:]))
                             and (_left_title(ctx, s)[0] is not None or _apposition(ctx, e, s)[0] is not None)) \
                    and not (len(words) == 2 and words[1] in family_place_words() and not _not_name_word(words[0])
                             and (words[0] in given or _left_title(ctx, s)[0] is not None)) \
                    and not (titled and len(words) == 2 and words[0] in state_given_names()
                             and not _not_name_word(words[1])) \
                    and not (titled and len(words) == 2 and words[0] in family_first_names()
                             and not _is_country_word(words[0]) and not _not_family(words[1])
                             and not _not_name_word(words[1])):
                # (a title or an apposition, then two capitals as initials and a name: "chief
                # executive CY Leung", "Foreign Minister AK Abdul Momen", "PK Saxena, India's Commissioner";
                # a given name or a title, then a family name that is also a place word: "Kanye West";
                # a title, then a state's name that is also a given name: "Foreign Minister Israel Katz";
                # a title, then a family name written first that is also a place word: "Foreign
                # Minister Park Jin")
                continue                # stop words, states, acronyms and odd capitals ("ISIS", "TurkStream")
            words = list(words)
            if len(words) > 1 and text.startswith(".", e) and words[-1] in _title_abbreviations() \
                    and all(w in _title_abbreviations() or _is_modifier(w) or _title_word(w) or w == "Rear"
                            for w in words[:-1]):
                continue                # "former adviser Vice Adm. A Bcd": an abbreviated title, no name
            if len(words) == 1:
                if text.startswith(".", e) and (words[0] in _title_abbreviations() or words[0] in HONORIFICS):
                    continue            # "Former Gov. A Bcd", "Advisor Md. A Bcd": an abbreviated title
                                        # or style, no name
                if venues and (words[0],) in venues:
                    continue            # "the King Vapealot vape store": a shop
                if titled and text[s - 7:s].lower() == "former " and (nt := _RX1.match(text, e)) is not None \
                        and nt.group(1).islower() and _title_word(nt.group(1)):
                    continue            # "Former Labour leader A Bcd": the party, then the title
                singles.append((words[0], s, e, titled or _glued_name(words[0])))
                if words[0] in given and text.startswith(" and ", e) and not titled:
                    couples.append((words[0], s, e))    # "Paul and Rachel Chandler", not "President Reagan and Joe Clark"
                continue
            after = text[e:e + 30]
            nxt = _RX1.match(after)
            nxt_word = nxt.group(1).lower() if nxt else ""
            if venues and tuple(words) in venues:
                continue                # "the Cipriani Dolci restaurant" (anywhere in the article): a place
            if len(words) > 1 and ((joined := " ".join(words)) in subdivision_names() or joined in _place_runs()):
                continue                # "Minas Gerais": a state's province; "Nagorno Karabakh": a territory
            before = text[s - 16 if s > 16 else 0:s]
            if s > r_start and not any(w in given for w in words) and before.endswith((" of ", " for ", " and ")) \
                    and (pf := _PORTFOLIO_RUN_END.search(text, max(r_start, s - 90), s)) is not None \
                    and _title_word(pf.group(1)) == "office" and fold(" ".join(words)) not in holders_full \
                    and not (cands and cands[-1].mentions[-1][1] > pf.start()):  # (not "Ministers of Defence A and B")
                continue                # "A Bcd, Minister of International Cooperation, said", "Minister
                                        # of State for Housing and Urban Renewal": the portfolio
            evidence = (titled or words[0] in given or nxt_word in _SPEECH or state_first is not None or
                        # "Datuk Seri A Bcd", "Tan Sri A Bcd": a Malay style of honour
                        seg[0][1] > 0 and r_text[:seg[0][1]].rstrip(" ").rpartition(" ")[2] in _MALAY_STYLES or
                        len(words) > 1 and _SPEAKING_AFTER.match(after) is not None or   # "A Bcd was speaking"
                        # "Fiame Naomi Mata'afa ... Fiame said": a known given name second of three,
                        # the first word a name the article uses again
                        (len(words) == 3 and words[1] in given and words[0][1:].islower()
                         and text.find(words[0] + " ", e) >= 0 and not _title_word(words[0])
                         and words[0] not in HONORIFICS) or
                        # "along with Salivius Francis Matembo": a known given name between two
                        # plain capitalised words that are no title, place or stop word
                        (len(words) == 3 and words[1] in given and words[0] not in given
                         and s > 1 and text[s - 1] == " " and text[s - 2].islower()
                         and _PLAIN_CAP.fullmatch(words[0]) and _PLAIN_CAP.fullmatch(words[2])
                         and not any(_title_word(w) or _not_name_word(w) or w in stop_caps() for w in words)) or
                        fold(" ".join(words)) in holders_full or
                        _said_before(text, s, before) or
                        before.rstrip(", ").rpartition(" ")[2] in _KIN_WORDS or  # "his sister A Bcd"
                        (len(words) <= 3 and words[-1] in families and
                         (" ".join(words) in families or _relative(words, text, s))) or
                        east_asian_name(words))
            if s >= 2 and (text[s - 2] == ":" and (cr := _CREDIT.search(text, max(0, s - 14), s)) is not None
                           and not (cr.group().startswith("Source") and _SOURCE_SENTENCE.match(text, e))
                           or text[s - 2] == "." and _CREDIT_TITLED.search(text, max(0, s - 24), s)
                           or text[s - 2] == "/" and _CREDIT_SLASH.search(text, max(0, s - 60), s)
                           or text[s - 1] == "(" and _CREDIT_PAREN.search(text, max(0, s - 60), s)
                           or _in_credit_list(text, s)):
                continue                # "Image: Jane Doe", "Image: Sgt. Jane Doe", "Image: U.S. Navy / Jane Doe",
                                        # "Image: File Upload Bot (Jane Doe)": a picture credit
            if text[s - 3:s] == "ed " and _BODY_CALLED.search(text, max(0, s - 40), s):
                continue                # "an activist group called Vamos Juntos": a body's name
            if not evidence and len(words) >= 2:
                # "Lokke Rasmussen appealed", after "Lars Lokke Rasmussen": his last names, named
                # in full before (a particle capitalised as the sentence's first: "Von der Leyen said")
                tails = {tuple(words), (words[0].lower(), *words[1:])}
                evidence = any(len(c.words) > len(words) and tuple(c.words[-len(words):]) in tails for c in cands)
            if not evidence and text[s - 2:s] == ", " and text.startswith(", ", e) and 2 <= len(words) <= 3 \
                    and (ap := _DESCRIBED_APPOSITION.search(text, max(0, s - 100), s - 2)) is not None \
                    and _title_word(ap.group(1)) in ("office", "occupation"):
                evidence = True         # "a leading activist based in the US, A Bcd, lauded": the
                                        # person the description set off by commas names
            if not evidence and _AGE_AFTER.match(text, e):
                evidence = True         # "A Bcd, 22, killed two men"
            if not evidence and text.startswith("old ", s - 4) and _AGE_BEFORE.search(text, max(0, s - 20), s):
                evidence = True         # "the first victim was 40-year-old A Bcd"
            if not evidence and nxt_word in ("was", "were") and _HUMAN_PASSIVE.match(text, e):
                evidence = True         # "A Bcd was convicted of conspiracy": what befalls people
            if not evidence and _copula_title(text, e)[0]:
                evidence = True         # "A Bcd is Ghana's foreign minister"
            if not evidence and text.startswith(_PREDICATE_STARTS, e) and _predicate_role(text, e)[0]:
                evidence = True         # "A Bcd was appointed defence minister last year"
            if not evidence and text.startswith((", a ", ", an "), e) and (nat := _NATIONAL_APPOSED.match(text, e)) \
                    and _demonym_state(nat.group(1)):
                evidence = True         # "A Bcd, a Kenyan national, was arrested"
            if not evidence and text.startswith("s ", e + 1) and _OFFICE_OF.match(text, e):
                evidence = True         # "during A Bcd's presidency"
            if not evidence and nxt_word in ("from", "of", "the", "his", "her") and _AFFILIATED_SAID.match(text, e):
                evidence = True         # "A Bcd from the opposition camp said", ", the son of"
            if not evidence and len(words) <= 3 and (words[0] in _name_like() or text.startswith(", of ", e)):
                of = _OF_ORG.match(text, e, e + 12)
                org = ctx.overlaps_org(of.end(), of.end() + 1) if of is not None else None
                if org is not None and (words[0] in _name_like() or _APPOS_CLOSE.match(text, org.end)):
                    evidence = True     # "A Bcd of the Movement for ...", "A Bcd, of the United Front coalition,"
            if not evidence and text.startswith(" for ", e) and _CANDIDACY.match(text, e):
                evidence = True         # "the ticket of A Bcd for Vice President": a candidate
            if not evidence and text.endswith("of ", 0, s) and _FATE_OF.search(text, max(0, s - 24), s):
                evidence = True         # "the police killing of A Bcd"
            role, country, intl, kind = _left_title(ctx, s)
            if kind == "rank" or (role and (role.lower() in _ACADEMIC_ROLES or role in _ROYAL_STYLES
                                            or role in _MILITARY_RANKS)
                                  and text[s - len(role) - 3:s - len(role) - 1] == ", "):
                # ("Minister for Foreign Affairs, Prince A Bcd": the office, not the style)
                role, country, intl = _office_before_rank(ctx, s, role, country, intl)
            elif role and kind in ("occupation", "office") \
                    and text.find(" and ", s - len(role) - 40 if s > len(role) + 40 else 0, s) >= 0:
                first = _first_of_titles(ctx, s, role)
                if first is not None and kind == "office" and (
                        role.rpartition(" ")[2].lower() not in _PARTY_POSTS
                        or _title_kind(first[0].split()) != "office" or first[0].startswith(_FORMER_PREFIXES)):
                    # an office before a party's post is the role ("Deputy Prime Minister and Green
                    # Party leader A"); not before another office ("the French ambassador and Malian
                    # President A": two people), nor a former one
                    first = None
                if first is not None:           # "radio presenter, novelist, and philanthropist A
                    role, country, intl = first     # Bcd", "The Senator and former diplomat A Bcd": the first
            if role and cands and cands[-1].role == role \
                    and _TITLE_BETWEEN_NAMES.fullmatch(text, cands[-1].mentions[-1][1], s) \
                    and _left_title(ctx, cands[-1].mentions[-1][0])[0] in (None, *_ROYAL_STYLES):
                # "Sheikh A Bcd, Emir of Kuwait, Sheikh C Def": the title the name before took
                # (not "the Prime Minister of X, A Bcd, the Prime Minister of Y, C Def")
                role, country, intl = None, None, False
            if text.startswith(" as ", e) and (as_role := _as_office(text, s, e)) is not None:
                # "A was named Finance Minister, B as the Foreign Minister": the office "as" gives
                # him, not the one before the comma
                role, country, intl = as_role, None, False
            weak = False
            if not role:
                hy = _HYPHEN_TITLE.search(text, max(0, s - 40), s) if text.find("-", s - 30 if s > 30 else 0, s) >= 0 else None
                hy_kind = _title_kind(hy.group(1).split("-")) if hy is not None else None
                if hy_kind:
                    role = _format_role(hy.group(1).split("-"), hy_kind)
                elif (named := _named_as(text, s)) is not None:
                    role, country, intl, _ = _left_title(ctx, named)   # "a university student named A Bcd"
                elif text[s - 2:s] == ", " and (one_of := _one_of_before(text, s)):
                    role = one_of                       # "one of the protesters, A Bcd"
                elif text[s - 4:s] in (" as ", "ing "):
                    such = _SUCH_AS.search(text, max(0, s - 12), s)     # "commentators such as A Bcd and C Def"
                    if such is not None and (text[such.start() - 1] == "s" or _plural_of_body(ctx, such.start())):
                        # (also after a comma: "five presidents, including A Bcd of X")
                        role, country, intl, _ = _left_title(ctx, such.start() + (1 if text[such.start()] == " " else 2))
                        weak = role is not None     # a title at the name itself wins over the list's
                elif text[s - 3:s] == "s, " and _LIST_ON.match(text, e) \
                        and (_plural_lower(pl := text[text.rfind(" ", 0, s - 3) + 1:s - 2]) or _plural_office(pl)):
                    role, country, intl, _ = _left_title(ctx, s - 2)   # "the three deputies, A Bcd and C Def,"
                elif text[s - 2:s] in (": ", ", ") and _LIST_TAIL.match(text, e):
                    role = _counted_title(text, s)   # "two presidents were impeached: A and B."
                elif (text.find(" are ", s - 400 if s > 400 else 0, s) >= 0
                      or text.find(" were ", s - 400 if s > 400 else 0, s) >= 0) \
                        and (listed := _predicate_list_title(text, s)) is not None:
                    role, weak = listed, True   # "The ambassadors are A from X, B from Y" (an
                                                # office in apposition to the name wins)
                elif text.endswith("ship of ", 0, s) or text.endswith("ency of ", 0, s):
                    po = _TERM_OF.search(text, max(0, s - 40), s)
                    if po is not None:      # "during the Brazilian presidency of A Bcd": the office
                        role = _TERM_OFFICES[po.group(2).lower()]
                        country = _demonym_state(po.group(1)) if po.group(1) else None
                elif text.find(" and ", s - 40 if s > 40 else 0, s) >= 0:
                    co = _COORD_TITLE.search(text, max(0, s - 40), s)
                    if co is not None and not _KIN_WORDS.intersection(co.group(1).split()) \
                            and co.group(1).rpartition(" ")[2] not in _SMALL \
                            and text[max(0, co.start() - 40):co.start()].split()[-2:-1] not in (["for"], ["as"], ["of"], ["to"]):
                        # "businessman and Trump loyalist A Bcd": the title before "and"
                        role, country, intl, _ = _left_title(ctx, co.start())
            if role and (kind == "rank" or role in ("Ambassador", "Senator")) and text[s - 1:s] == " " \
                    and (k := text.rfind(", ", max(0, s - 30), s)) > 0 and _RANK_WORDS.fullmatch(text, k + 2, s):
                office = _left_title(ctx, k + 2)
                if office[0] is not None and (office[3] == "office" or role == "Ambassador" and office[1]):
                    # ("Kestrian High Commissioner to Peru, Ambassador A Bcd": "Ambassador" a style;
                    # "Chile's Minister of Mines, Senator A Bcd": the office held)
                    # "The Chief of the Defence Staff, Vice Adm. A Bcd,": the office before the
                    # rank's comma is the post held
                    role, country, intl = office[0], country or office[1], intl or office[2]
            appos = None                # (_apposition's answer, when asked already)
            if role and text[s - 3:s] == "s, " and text.startswith((", the ", ", a ", ", an "), e) \
                    and _plural_office(text[text.rfind(" ", 0, s - 3) + 1:s - 2]) \
                    and (appos := _apposition(ctx, e, s))[0]:
                evidence = True         # "to foreign ministers, A Bcd, the League's deputy secretary
                role = None             # general, told": his own office, not the plural's
            elif (weak or role in _ROYAL_STYLES) and text.startswith(", ", e) \
                    and _is_office((appos := _apposition(ctx, e, s))[0]):
                evidence = True         # "officials including A Bcd, Greenland's new prime minister,":
                role, country, intl = None, None, False     # his own office, not the list's (nor a
                                                            # style's: "Sheikh A Bcd, the President of X,")
            if role:
                evidence = True
            arole, acountry, aintl = (None, None, False)
            if not role:
                arole, acountry, aintl = appos or _apposition(ctx, e, s)
                if arole:
                    evidence = True
            elif role.lower() in _ACADEMIC_ROLES and text.startswith((", ", " of "), e):
                arole, acountry, aintl = _apposition(ctx, e, s)
                role = None if arole else role      # "Professor A Bcd, Director General of ...": the office
            elif role.rpartition(" ")[2].lower() in _PARTY_POSTS and text.startswith(", who ", e) \
                    and not text.startswith((", who is also ", ", who was also "), e):
                arole, acountry, aintl = _apposition(ctx, e, s)
                if _is_office(arole) and not arole.startswith(_FORMER_PREFIXES):
                    role = None                     # "Socialist leader A Bcd, who is acting prime minister,": the
                                                    # office (not the one "as" gives a party's leader)
                else:
                    arole, acountry, aintl = None, None, False
            elif role.startswith(_FORMER_PREFIXES) and text.startswith(", ", e):
                arole, acountry, aintl = _apposition(ctx, e, s)
                if _is_office(arole) and not arole.startswith(_FORMER_PREFIXES):
                    role = None                     # "Ex-Prime Minister A Bcd, the current President of ...": the office now held
                else:
                    arole, acountry, aintl = None, None, False
            elif (_title_kind(role.split()) == "rank" or role in _CLERICAL_RANKS or role == "Ambassador"
                  or _SERVICE_BEFORE.match(role) is not None) and (
                    text.startswith(", ", e) or text.startswith("., ", e) and words[-1] in _GENERATIONAL):
                arole, acountry, aintl = _apposition(ctx, e + (text[e] == "."), s)  # (after "Jr.")
                if _office_after_rank(role, arole):
                    role = None                     # "Admiral A Bcd, commander of ...": the command
                else:
                    arole, aintl = None, False      # "Colonel A Bcd, a pilot,": the rank
                    acountry = acountry if country is None and not intl else None
            elif country is None and not intl and text.startswith(", ", e):
                arole, acountry, _ = _apposition(ctx, e, s)  # "Major General A Bcd, spokesman for the Indonesian army,"
                if _is_office(arole) and _is_office(role) and \
                        {w.lower() for w in role.split()}.isdisjoint(w.lower() for w in arole.split(" of ", 1)[0].split()):
                    # "Once Secretary of State A had left, Peru's foreign minister said":
                    # another office, the subject of the clause, not A's
                    acountry = None
                elif acountry is not None and _next_titled_name(text, e):
                    acountry = None     # "Deputy Minister for Saudi Affairs A, Iranian Deputy
                                        # Minister B, and ...": the next one's title and state
                arole = None
            if country is None and not role and text[s - 2:s] == ", ":
                dm = _DEMONYM_BEFORE.search(text, max(0, s - 24), s) or _DEMONYM_NOUN_BEFORE.search(
                    text, max(0, s - 40), s)
                if dm is not None:
                    country = _demonym_state(dm.group(1))       # "An Australian, A Bcd", "his Kenyan colleague, A Bcd"
                elif not text.endswith("s", 0, s - 2) or text.endswith("ss", 0, s - 2):
                    # "Canadian citizen, A Bcd" (not "after talks led by Sudanese mediators, A Bcd")
                    before = text[max(0, s - 42):s - 2] + " "
                    if not _ABSTRACT_NOUN_END.search(before):   # (not "back from Russian captivity, A Bcd")
                        country = _national_noun_state(before, len(before))
            elif country is None and not role and s >= 2 and text[s - 1] == " " and text[s - 2].isalpha():
                dm = _NATIONAL_RIGHT_BEFORE.search(text, max(0, s - 24), s)
                if dm is not None:
                    country = _demonym_state(dm.group(1))       # "Briton A Bcd", "Kenyan A Bcd was abducted"
                    if country is None and dm.start(1) > 1 and text[dm.start(1) - 1] == " ":
                        two = _NATIONAL_RIGHT_BEFORE.search(text, max(0, dm.start(1) - 16), dm.start(1))
                        if two is not None:                     # "South Korean A Bcd"
                            country = _demonym_state(f"{two.group(1)} {dm.group(1)}")
                if country is None:
                    country = _national_noun_state(text, s)     # "American tourist A Bcd"
                if country is None and text.endswith(" and ", 0, s) and cands and not cands[-1].role \
                        and cands[-1].mentions[-1][1] == s - 5 and not text.startswith((" of ", ", ", " (", " from "), e):
                    # "her Tanzanian co-accused A Bcd and C Def": both of the state before the pair
                    country = _national_noun_state(text, cands[-1].mentions[-1][0])
                if country is None and not aintl and text[s - 2] in "s’'":
                    country = _possessive_state_before(text, ((s, e),))     # "Belarus’s A Bcd"
            if not (role or arole or titled) and " ".join(words) in _person_like_places():
                continue                # "the base on Diego Garcia", "a wreath at Raj Ghat": a place
            if not evidence:
                if len(words) <= 3:
                    unproven.append((s, e, words))     # a person if listed with persons (below)
                continue
            if not (role or arole or titled) and s >= 4 and text[s - 2] == "e" and _THE_BEFORE.search(text, s - 4, s) \
                    and _VENUE_AFTER.match(text, e) and fold(" ".join(words)) not in holders_full:
                continue                # "at the Bharat Mandapam in Delhi": a place, not a person
            if byline and all(fold(w) in byline for w in words):
                continue
            if role and role.rpartition(" ")[2].lower() in _PRESS and _publisher_before(text, publishers_of(article), s):
                continue                # "Wikinews accredited reporter A Bcd": the article's own journalist
            near = text[max(0, s - 24):s]
            if ("V " in near or "S " in near) and _SHIP_BEFORE.search(near) or _VESSEL_BEFORE.search(near) \
                    or fleets and _VESSELS_BEFORE.search(text, max(0, s - 90), s):
                continue                # "the MV Professor A Bcd", "their yacht Lynn Rival", "the
                                        # destroyers Kestrel, Hawk and A Bcd": a ship
            if cands and words[0] in _PEER_WORDS and _PEERAGE.match(text, s, e) \
                    and text[cands[-1].mentions[-1][1]:s] == ", ":
                cands[-1].mentions.append((s, e))       # "A Bcd, Lord Efg,": the same person's peerage
                continue
            if len(words) > 1 and (all(w.lower() in _modifiers() for w in words) or words[-1] in _INSTRUMENT_ENDS):
                continue                # "the Director General of Public Works said": a portfolio;
                                        # "the General Data Protection Regulation": a law
            cand = _Cand(" ".join(words), words, [(s, e)])
            if not (role or arole) and cands and cands[-1].role and cands[-1].mentions[-1][0] >= r_start \
                    and (_PLURAL_TITLE.search(text, r_start, cands[-1].mentions[-1][0])
                         or any(_plural_office(w.rstrip(",")) for w in text[r_start:cands[-1].mentions[-1][0]].split())
                         or _plural_before(text, cands[-1].mentions[-1][0])      # "officers A and B"
                         or _counted_title(text, cands[-1].mentions[-1][0]) == cands[-1].role
                         or (len(cands) > 1 and cands[-2].role == cands[-1].role    # "officers A, B and C"
                             and _LIST_GAP.fullmatch(text, cands[-2].mentions[-1][1], cands[-1].mentions[-1][0]))) \
                    and _LIST_GAP.fullmatch(text, cands[-1].mentions[-1][1], s):
                role = cands[-1].role        # "Presidents A of Nigeria and B of Benin"
                weak = cands[-1].role_pos == _LIST_ROLE_POS
            elif not (role or arole) and cands and cands[-1].role and cands[-1].role_pos == _LIST_ROLE_POS \
                    and _LIST_GAP_HONORIFIC.fullmatch(text, cands[-1].mentions[-1][1], s) and _LIST_NEXT.match(text, e):
                # "members of the Assembly including A, B and C": the list goes on (its end: a
                # verb or clause after the last name)
                role, weak = cands[-1].role, True
            _set_role(cand, role or arole, _LIST_ROLE_POS if weak else s, country or acountry, intl or aintl, 0)
            if not (role or arole) and text[s - 3:s - 1] in ("'s", "’s"):
                org = ctx.in_org(text.rfind(" ", 0, s - 3) + 1, s - 3)
                if org is not None and org.kind in ("ngo", "media", "company"):
                    cand.company = True     # "BBC's A Bcd": works for the broadcaster, no state
            age = _AGE_AFTER.match(text, e)     # ("A Bcd, 31, of the Kestrian army")
            e_post = age.end() if age is not None else e
            post = _RX3.match(text[e_post:e_post + 60])
            org = ctx.in_org(e_post + post.start(1), e_post + post.end(1)) if post else None
            if org is not None and org.kind == "company" and (owner := _org_country(org)) is not None:
                _set_country(cand, owner, 0)    # "A Bcd of Rosatom": the owning state's
            elif org is not None and (_ACADEMIC.search(org.surface) or org.kind in ("ngo", "media", "company")
                                      or (org.country is None and _NONSTATE_BODY.search(org.surface))) \
                    and (not (role or arole) or (org.country is None and _title_kind((role or arole).split()[-1:]) == "occupation")):
                cand.company = True     # "A Bcd of the University of Essex", "ecologist A Bcd of the Center for ...": no state
            elif org is not None and _affiliation(org) == "international":
                cand.international = True   # "A Bcd of the World Health Organization": no state
            elif post is None and (of := _OF_ORG.match(text, e_post, e_post + 12)) is not None:
                body = ctx.in_org(of.end(), of.end() + 1)
                if body is not None and body.kind in ("government", "military") and body.country:
                    _set_country(cand, body.country, 0)     # "A Bcd, 31, of the U.S. Army": the
                    org_states.add(body.country)            # state body's state
            elif post and not (post.group(1).endswith(("'s", "’s")) and text[e_post + post.end() + 1:
                                                                             e_post + post.end() + 2].islower()):
                # (not "told A of China's plan"; but "A of Peru's Kestrel Agency")
                code = _is_country_word(post.group(1))
                nxt2 = _RX4.match(text, e_post + post.end()) if code is None else None
                if nxt2 is not None:    # "of South Korea", "from New Zealand"
                    code = _is_country_word(post.group(1) + " " + nxt2.group(1))
                if code is None and not ctx.in_org(e_post + post.start(1), e_post + post.end(1)):
                    code = _territories()[1].get(post.group(1)) or (nxt2 is not None and _territories()[1].get(
                        post.group(1) + " " + nxt2.group(1))) or None       # "A Bcd of South Carolina"
                    if code:
                        ctx.region_states.add(code)
                if code:
                    _set_country(cand, code, 0)
                    if org is not None:
                        org_states.add(code)    # "A Bcd of the United States National Institute of ..."
            cands.append(cand)
            families.add(words[-1])
            families.add(cand.name)         # a full name found before is evidence again

    if unproven and singles:
        # "Eliud Kipchoge from Kenya ran ... 'We did it,' said Kipchoge": a name without evidence
        # of its own whose family name alone speaks elsewhere in the article is a person's
        speaking = {fold(word) for word, ws, we, _ in singles if _speaks(text, ws, we)}
        if speaking:
            known = {c.mentions[0][0] for c in cands}
            for s, e, words in unproven:
                if s not in known and len(words) >= 2 and fold(words[-1]) in speaking \
                        and not _THE_BEFORE.search(text, max(0, s - 4), s) \
                        and (words[0] in given or not _opens_sentence(text, s)):
                    # (not "Longtime Imus", "Neither Dasbach": a capitalised word opening a sentence)
                    cand = _Cand(" ".join(words), words, [(s, e)])
                    role, country, intl, _ = _left_title(ctx, s)
                    if country is None and not role:
                        country = _possessive_state_before(text, ((s, e),))     # "hosted by Belarus’s A Bcd"
                    _set_role(cand, role, s, country, intl, 0)
                    cands.append(cand)
                    known.add(s)
                    families.add(words[-1])

    if unproven and cands:
        # "Three residents, Pale Tuli, Rosa Tuli, and John Fitisemanu": the other names of a
        # list that holds a person are persons too (read right to left, then left to right)
        starts = {c.mentions[0][0] for c in cands}
        ends = {c.mentions[0][1] for c in cands}
        for seq in (reversed(unproven), unproven):
            for s, e, words in seq:
                if s in starts:
                    continue
                nxt = _LIST_SEP.match(text, e)
                prev = _LIST_SEP_END.search(text, max(0, s - 6), s)
                if ((nxt is not None and nxt.end() in starts) or (prev is not None and prev.start() in ends)) \
                        and not _THE_BEFORE.search(text, max(0, s - 4), s) \
                        and not text.endswith((" of ", " for "), 0, s) \
                        and not _title_word(text[e:e + 30].split(" ", 2)[1] if text[e:e + 1] == " " else ""):
                    # (not "The Moral Landscape", nor "Grateful Dead drummer A Bcd")
                    cand = _Cand(" ".join(words), words, [(s, e)])
                    lead = next((c for c in cands if prev is not None and c.mentions[0][1] == prev.start()), None)
                    if lead is not None and lead.role and _plural_before(text, lead.mentions[0][0]):
                        # "Vice Presidents A Bcd and C Def": the plural's office for the next name too
                        _set_role(cand, lead.role, _LIST_ROLE_POS, None, False, 0)
                    cands.append(cand)
                    starts.add(s)
                    ends.add(e)
        cands.sort(key=lambda c: c.mentions[0][0])

    if couples:
        _couple_mates(text, couples, cands, given)

    if ships:
        # "USS A Bcd ... A Bcd's transit": the ship again (not a person the ship was named
        # after, whom the article gives a state or an office)
        cands = [c for c in cands if c.name not in ships or c.role or c.country]
    if any("-" in c.words[-1] for c in cands):
        # "the Arleigh Burke-class destroyer": a name made a kind of thing names no one; "the
        # A Bcd-led government" names its leader
        kept = []
        for c in cands:
            stem, _, end = c.words[-1].rpartition("-")
            if end in _NAME_AGENT_ENDS and stem:
                c.words[-1] = stem
                c.name = " ".join(c.words)
                c.mentions = [(s, e - len(end) - 1) for s, e in c.mentions]
            if end not in _NAME_KIND_ENDS:
                kept.append(c)
        cands = kept
    # merge full names of the same person ("Shinzo Abe" twice, "Omar Said Halabi" ~ "Halaby")
    persons: list[_Cand] = []
    by_fam: dict[str, list[_Cand]] = {}
    for c in cands:
        fam = _family(c.words)
        pool = by_fam.get(fam, []) if len(c.words) < 3 else persons
        target = next((p for p in pool if _same_person(p.words, c.words)), None)
        if target is None and len(c.words) == 2 and c.words[0] in _PEERAGE_TITLES:
            # "Foreign Secretary David Cameron ... Lord Cameron said": the one person of that
            # family name named before, under his peerage
            named = [p for p in by_fam.get(fam, ()) if len(p.words) > 1 and p.words[0] not in _PEER_WORDS]
            target = named[0] if len(named) == 1 else None
        second_family = False
        if target is None and len(c.words) == 2 and (first := _family_word(c.words[0])) in by_fam:
            # "Marcelo Ebrard", later "Ebrard Casaubón" (his two family names); "Péter Szijjártó",
            # later "Szijjártó Péter" (the Hungarian order): one person, under the name given first
            backwards = [fold(w) for w in c.words[::-1]]
            target = next((p for p in by_fam[first] if len(p.words) == 2 and (
                c.words[0] not in family_first_names() and _second_family_name_added(p.words, c.words)
                or [fold(w) for w in p.words] == backwards)), None)
            second_family = target is not None
        if target is None and nicknames:
            # 'Edward Lodewijk "Eddie" Van Halen' and 'Eddie Van Halen': one person
            first = fold(c.words[0])
            target = next((p for p in by_fam.get(fam, ()) if
                           nicknames.get((first, fam)) == fold(p.words[0]) or
                           nicknames.get((fold(p.words[0]), fam)) == first), None)
        if target is None and len(c.words) == 2:
            # "John Luk" after "John Luk Jok": the first two names of a longer name
            short = [fold(w) for w in c.words]
            target = next((p for p in persons if len(p.words) > 2 and
                           [fold(w) for w in p.words[:2]] == short), None)
            if target is None:
                # "Abdel Wahid" after "Abdel-Wahid Al Nur": the compound given name written apart
                joined = "-".join(short)
                target = next((p for p in persons if len(p.words) > 1 and fold(p.words[0]) == joined), None)
        typo = False
        if target is None and len(c.words) == 2 and len(fam) >= 5:
            # "Lynn Boylann" ... "Lynn Boylan": one given name, a family name one letter apart
            first = fold(c.words[0])
            target = next((p for p in persons if len(p.words) == 2 and fold(p.words[0]) == first
                           and _edit_distance_one(_family(p.words), fam)), None)
            # (a typo is written once, and not beside the right spelling: "John Smith met
            # John Smyth ... Smyth said" are two)
            if target is not None and (min(_word_count(text, c.words[-1]), _word_count(text, target.words[-1])) > 1
                                       or not _SENTENCE_GAP.search(text, target.mentions[0][1], c.mentions[0][0])):
                target = None
            typo = target is not None
        if target is None:
            persons.append(c)
            by_fam.setdefault(fam, []).append(c)
            continue
        if typo:                        # the spelling the article uses more often
            if _word_count(text, c.words[-1]) > _word_count(text, target.words[-1]):
                target.name, target.words = c.name, c.words
        elif len(" ".join(c.words)) > len(target.name) and c.words[0] not in _PEER_WORDS and not second_family:
            target.name, target.words = c.name, c.words     # (not "Lord Cameron" for "David Cameron")
        target.mentions.extend(c.mentions)
        _merge_attrs(target, c)

    by_family: dict[str, _Cand] = {}
    namesakes: dict[str, list[_Cand]] = {}      # every person a short name may be

    def short_name(key: str, p: _Cand) -> None:
        by_family.setdefault(key, p)
        owners = namesakes.setdefault(key, [])
        if p not in owners:
            owners.append(p)

    family_first = family_first_names()
    for p in persons:
        short_name(_family(p.words), p)
        if len(p.words) >= 3 and p.words[-2] in PARTICLES:
            short_name(fold(p.words[-2] + " " + p.words[-1]), p)
        k = next((k for k in range(1, len(p.words) - 1) if p.words[k] in _PATRONYMIC), 0)
        if k:                           # "Qaboos bin Said" is "Qaboos"; "Muhammad Saleh bin
            short_name(fold(p.words[k - 1]), p)     # Taher Benten" is "Saleh"
        if len(p.words) >= 2 and p.words[0] in family_first:
            short_name(fold(p.words[0]), p)     # "Zhang Qisheng" is "Zhang"
    for (nick, fam), first in nicknames.items():
        owners = by_fam.get(fam, ())    # (the run before the nickname may hold a title: "President Joko")
        p = next((q for q in owners if fold(q.words[0]) == first), owners[0] if len(owners) == 1 else None)
        if p is not None:
            short_name(nick, p)         # 'Joko "Jokowi" Widodo ... President Jokowi said'
    for p in persons:
        if len(p.words) >= 2:
            for _, e in p.mentions:
                alias = _BRACKET_ALIAS.match(text, e) if text.startswith(" (", e) else None
                if alias is not None and not _is_country_word(alias.group(1)) and alias.group(1) not in given \
                        and ctx.in_org(alias.start(1), alias.end(1)) is None:
                    short_name(fold(alias.group(1)), p)     # "Joko Widodo (Jokowi) ... President Jokowi"
    for p in persons:
        if len(p.words) == 3 and p.words[1] not in given and p.words[1][:1].isupper() and p.words[1] not in PARTICLES:
            short_name(fold(p.words[1]), p)     # "Rosselló" is "Ricardo Rosselló Nevares"
        elif len(p.words) == 4 and p.words[1] in given and p.words[2] not in given and p.words[2][:1].isupper() \
                and p.words[2] not in PARTICLES:
            short_name(fold(p.words[2]), p)     # "Giammattei" is "Alejandro Eduardo Giammattei Falla"
    # family names by (length, first letter), for the misspelt ones ("Saree" for "Sarea")
    shapes = {(len(f), f[:1]) for f in (_family(p.words) for p in persons if len(p.words) > 1) if len(f) >= 5}
    # single-word mentions: family names of known persons, titled surnames, famous names
    full_families = None                # (family name, person) of the full names, when asked
    openers: dict[str, list[_Cand]] | None = None    # fold(first word) -> persons of several words
    inners: dict[str, list[_Cand]] | None = None     # fold(inner word) -> persons it may stand for
    for word, s, e, titled in singles:
        key = _family_word(word)        # ("Kh.Battulga": battulga; "Al-Qahtani": qahtani, as the full name's)
        p = by_family.get(key)
        if p is not None and titled and len(p.words) >= 3 and p.words[-2] in _DESCENT_PARTICLES:
            p = None                    # "Sheikh Mohammed" after "A bin Mohammed": the father's name, another man
        if p is None and word in bracketed:
            # "AMRT said", after "Ana María Ruiz Torres (AMRT)": the one whose initials they are
            p = next((q for q in persons if len(q.words) > 1 and any(m[1] == bracketed[word] for m in q.mentions)
                      and _initials_of(q.words, word)), None)
        if p is None and len(key) >= 4 and not by_family.get(key):
            # "Lula said", after the Brazilian's full name; "Ruiz" after "Ana María Ruiz
            # Torres": an inner word of one person's name of three words or more, after the
            # given names (not a second given name, nor a father's name after "bin")
            if inners is None:          # (built once, as openers)
                inners = {}
                for q in persons:
                    for w in _inner_name_words(q.words, given):
                        inners.setdefault(w, []).append(q)
            inner = [q for q in inners.get(key, ()) if q.mentions and q.mentions[0][0] < s]
            p = inner[0] if len(inner) == 1 else None
        if p is None and word in _nicknames():
            full = _nicknames()[word]   # "Jokowi" after "Joko Widodo": his
            p = next((q for q in persons if len(q.words) > 1 and _family(q.words) == _family(full)
                      and fold(q.words[0]) == fold(full[0])), None)
        if p is not None and len(namesakes.get(key, ())) > 1 \
                and not any(m[0] < s and " " not in text[m[0]:m[1]] for m in p.mentions):
            # "Kim Jong Un's sister, Kim Yo Jong, ... Kim said": of two persons of that name,
            # the one named last, until one of them is the one the short name stands for
            # (one named only in an of-phrase, "the sister of ruler Kim Tae Oh", seldom; "Kim
            # warned" after "Kim Ra Hee, sister of ruler Kim Tae Oh, warned" is the sister)
            p = max(namesakes[key], key=lambda q: (
                any(not _OF_OBJECT_END.search(text, max(0, m[0] - 30), m[0]) for m in q.mentions if m[0] < s),
                max((m[0] for m in q.mentions if m[0] < s), default=-1)))
        if p is None:
            # "Princess Ubolratana", "Sheikh Tamim": a title with a known person's given name
            p = next((q for q in persons if len(q.words) > 1 and any(
                fold(w) == key and (i == 0 or q.words[i - 1] not in _DESCENT_PARTICLES) for i, w in enumerate(q.words))),
                None) if titled else None       # (not a father's name after "bin")
        if p is None and len(key) >= 4 and word not in given:
            # "Tedros, 58, pledged ...", after "Tedros Adhanom Ghebreyesus": the first name alone of
            # the one person it opens, where the news calls him by it (no given name the
            # dictionary knows, which would more often be someone else's)
            if openers is None:         # (built once: this loop adds persons of one word only)
                openers = {}
                for q in persons:
                    if len(q.words) > 1:
                        openers.setdefault(fold(q.words[0]), []).append(q)
            opened = openers.get(key, ())
            p = opened[0] if len(opened) == 1 and opened[0].mentions and opened[0].mentions[0][0] < s else None
        if p is None and titled is not None and (len(key), key[:1]) in shapes:
            if _speech_after(text, e):
                # "Saree said" after "Yahya Sarea": the family name misspelt by one letter
                p = next((q for q in persons if len(q.words) > 1 and _one_edit(_family(q.words), key)), None)
        if p is None and titled is not None and len(key) >= 6:
            # "Zelensky" after "Volodymyr Zelenskyy": the family name with one letter doubled
            if full_families is None:
                full_families = [(_family(q.words), q) for q in persons if len(q.words) > 1]
            p = next((q for f, q in full_families if abs(len(f) - len(key)) == 1 and f[0] == key[0]
                      and _letter_doubled(f, key) and not (titled and q.words[-2] in _DESCENT_PARTICLES)), None)
            if p is None and titled and word not in given:
                # "President Guelle" after "Ismail Omar Guelleh": after a title, the one family
                # name the word is with one letter dropped (no given name: "Sheikh Mohamed" is
                # not "A bin Mohammed")
                dropped = [q for f, q in full_families if len(f) == len(key) + 1 and f[0] == key[0]
                           and _edit_distance_one(f, key) and q.words[-2] not in _DESCENT_PARTICLES]
                p = dropped[0] if len(dropped) == 1 else None
        if p is None and "-" in word and _HONORIFIC_BEFORE.search(text, max(0, s - 8), s):
            first, _, second = word.partition("-")
            head = by_family.get(fold(first))
            if head is not None and len(head.words) > 1 and len(namesakes.get(fold(first), ())) <= 1 \
                    and _CAP_TAIL.fullmatch(second) and fold(second) not in by_family:
                # "Cde Muchinguri-Kashiri" after "Oppah Muchinguri": her family name in full,
                # which her name then takes (not "Mr Biden-Harris": two persons)
                p = head
                p.words = [*p.words[:-1], word]
                p.name = " ".join(p.words)
        if p is None and not titled and _speech_after(text, e):
            # "Mahathir said" after "Mahathir Mohamad": the one person of that first name
            named = [q for q in persons if len(q.words) > 1 and fold(q.words[0]) == key]
            p = named[0] if len(named) == 1 else None
        if p is None and not titled:
            # "Finance Minister Suzuki Shunichi ... Suzuki is to speak": the family name written
            # first, the one person whose second name never stands alone
            named = [q for q in persons if len(q.words) == 2 and fold(q.words[0]) == key]
            if len(named) == 1 and text.count(named[0].words[1]) == text.count(named[0].name):
                p = named[0]
        if titled is None:              # a given name: only a known family name
            if p is None and key in holders_family and _person_context(text, s, e):
                p = _Cand(word, [word], [])
                persons.append(p)
                by_family[key] = p
            if p is None:
                continue
            titled = False
        if p is None and not titled:
            # "Indonesia's security minister Wiranto": a one-word name after an office
            m = _PREV_LOWER.search(text, s - 24 if s > 24 else 0, s) \
                if s >= 3 and text[s - 1] == " " and text[s - 2] in _LOWER_OR_HYPHEN else None   # its last chars
            if m is None and s >= 4 and text[s - 2:s] == ", " and text.startswith(",", e) \
                    and text[s - 3] in _LOWER_OR_HYPHEN:
                # "the Kestrian trade minister, Kestrano, has": the name set off by commas
                m = _PREV_LOWER_COMMA.search(text, s - 26 if s > 26 else 0, s)
                m = m if m is not None and _DET_TITLE.search(text, max(0, m.start() - 60), m.start()) else None
            if m is not None and _title_word(m.group(1)) in ("office", "rank") and not (
                    _adjective_rank(text, m.group(1), m.start(1))):
                titled = True           # (not "his first major Commonwealth summit")
            elif m is not None and m.group(1) == "named":
                n = _PREV_LOWER.search(text, max(0, m.start() - 24), m.start())
                # "a university student named Wong", "a man named Ali"
                titled = n is not None and (_title_word(n.group(1)) is not None or n.group(1) in _PERSON_NOUNS)
        if p is None and (titled or (key in holders_family and _person_context(text, s, e))):
            if word in stop_caps() or word in pstop or word.lower() in org_heads() or \
                    (text.startswith(".", e) and word in _title_abbreviations()) or \
                    (word in given and not _REGNAL.search(text, max(0, s - 16), s)
                     and not (titled and _office_right_before(text, s, e))):
                continue                # "Justice Department", "Sheriff's Office"
            if word.endswith("s") and _title_kind([word[:-1]]) is not None and text.startswith(" of ", e):
                continue                # "Consul Generals of 30 nations": a plural title
            if s >= 2 and (text[s - 2] == ":" and _CREDIT.search(text, max(0, s - 14), s)
                           or _in_credit_list(text, s)):
                continue
            if byline and key in byline:
                continue
            p = _Cand(word, [word], [])
            persons.append(p)
            by_family[key] = p
        if p is None:
            continue
        p.mentions.append((s, e))
        if p.role_pos < s and p.country_rank == 0 and _title_kind(p.role.split() if p.role else ()) != "rank" \
                and (p.role or "").lower() != "leader" and p.role not in _ROYAL_STYLES:
            continue                    # role and state already settled by an earlier mention (not by a
                                        # style: "Sheikh A ... Sheikh A, the foreign minister of Qatar,")
        role, country, intl, _ = _left_title(ctx, s)
        if not role and (named := _named_as(text, s)) is not None:
            role, country, intl, _ = _left_title(ctx, named)   # "a university student named Wong"
        if not role or role in _ROYAL_STYLES and text.startswith(", ", e):
            arole, acountry, aintl = _apposition(ctx, e, s)
            if not role or _is_office(arole):   # ("Sheikh A, Emir of the country,": the office, not the style)
                role, country, intl = arole or role, acountry or country, aintl or intl
        elif not country and not intl and text.startswith(" of ", e):
            of = _OF_STATE.match(text, e)   # "King Abdullah of Jordan": the state after the name
            country = _is_country_word(of.group(1)) if of is not None else None
        _set_role(p, role, s, country, intl, 0)

    _article_family_mentions(text, persons)
    _word_family_mentions(text, persons)
    _title_family_mentions(text, persons)
    for word, s, e in kin:
        key = fold(word)
        if not any(key in map(fold, q.words) for q in persons):
            words = word.split(" ")
            owner = _kin_owner(text, s) if len(words) == 1 else None
            if owner is not None and any(_family(q.words) == fold(owner) for q in persons if len(q.words) > 1):
                words.append(owner)     # "Alden's brother Joe" is Joe Alden
            persons.append(_Cand(" ".join(words), words, [(s, e)]))
    if " known as " in text:
        _known_as(ctx, persons)
    _lede_office(ctx, persons)
    year = _article_year(article)
    _counterparts(ctx, persons, year)
    if "his " in text or "her " in text:
        _own_officials(ctx, persons)
    _office_lists(ctx, persons)
    _delegations(ctx, persons)
    _nominal_mentions(ctx, persons)
    _gazetteer_offices(ctx, persons, year)
    _demonym_nouns(ctx, persons)

    out = []
    states = {c.code for c in countries}
    sentences = sentences_of(article)
    make_mention = mention_maker(article, sentences)
    # states the article names, and those of the well-known office holders it names
    # ("Trump's envoy" is American even where the article never writes a state)
    counts: dict[str, int] = {}
    for _, code in ctx.country_mentions:
        counts[code] = counts.get(code, 0) + 1
    for o in organizations if counts else ():
        # a state's own bodies speak for it as its name does ("the White House said"), against
        # the states named (alone, a NASA official's story names no state)
        if o.kind in ("government", "military") and o.country and listed_state(o.name) == o.country:
            counts[o.country] = counts.get(o.country, 0) + len(o.mentions)
    dominant = main_state(counts)
    if dominant is None and len(counts) > 2:
        # no majority among many states, but one named twice as often as any other ("New Zealand"
        # six times, Fiji, Tuvalu and Kiribati twice each: the New Zealand delegation's tour)
        ranked = sorted(counts.values(), reverse=True)
        if ranked[0] >= 4 and ranked[0] >= 2 * ranked[1]:
            dominant = max(counts, key=counts.get)
    # a title listing three states or more ("Kestrel, Erewhon and Utopia win") sets no story
    title = readable_title(article.title or "")
    title_hits = _country_scanner()(title) if title else []
    if any(title[title_hits[k][1]:title_hits[k + 1][0]] in _LIST_JOINS
           and title[title_hits[k + 1][1]:title_hits[k + 2][0]] in _LIST_JOINS for k in range(len(title_hits) - 2)):
        title, title_hits = "", []
    if dominant is None and len(counts) > 1 and title:
        # no majority: the first state the title names, if it is named most ("Paris court
        # jails ..."), or if an office of it follows ("Brazilian President A meets B": the actor's)
        for _, end, alias in title_hits:
            hit = _alias_codes().get(alias)
            if hit:
                after = _TITLE_WORD_AFTER.match(title, end) if hit[1] in ("demonym", "title-demonym") else None
                if counts.get(hit[0][0]) == max(counts.values()) or (
                        hit[0][0] in counts and after is not None and _title_word(after.group(1)) == "office"):
                    dominant = hit[0][0]
                break
    if title and counts:
        # the state the title names first (a region or city of it, or its name, not a demonym)
        # is the story's, over a body majority ("Gunman opens fire in El Paso, Texas" and its
        # many "Mexican" victims; "UK urges US ..." set in England)
        terr = _territories()[0].search(title)
        if terr is not None and _VENUE_BEFORE.search(title, max(0, terr.start() - 30), terr.start()):
            terr = None                 # ("A and B to meet in Geneva": a venue, not the setting)
        for start, _, alias in title_hits:
            hit = _alias_codes().get(alias)
            if hit and hit[1] not in ("demonym", "title-demonym") and (terr is None or start < terr.start()):
                terr = None
                actor = _title_actor_state(title[:start], publishers_of(article), persons, holders_family) \
                    if start > 2 else None
                if actor is not None:
                    # "President Trump fires FBI Director ..., raising questions about Russia
                    # investigation": a state's body or office holder acts first; the state
                    # named after it is the object, not the setting
                    if actor[1] in counts:
                        dominant = actor[1]
                elif hit[0][0] in counts or hit[1] == "capital":
                    dominant = hit[0][0]
                break
        if terr is not None:
            dominant = _territories()[1][terr.group(0)]
    if not counts:
        terr = _territories()[0].search(text)
        if terr is not None:            # "Hong Kong" only: its officials act for China
            dominant = _territories()[1][terr.group(0)]
    home = _state_in_name(article.source)
    if home is not None and home in counts:
        # an outlet named after a state it names in the story reports from there ("The Korea
        # Times" on a Korean delegation's visit to Tokyo): its officials are that state's
        dominant = home
    holder: dict[int, str | None] = {}
    dated_stateless: dict[int, bool] = {}   # (the year settles whether the holder acts for a state)
    for p in persons:
        if p.mentions:
            dated, code = _held_in(p, year)
            if dated:
                holder[id(p)] = code
                dated_stateless[id(p)] = code is None
            elif fold(p.name) in _minister_only():
                # (only near the term; not for a post of an international body the article gives
                # a former minister: "European Commissioner for Energy A Bcd")
                holder[id(p)] = _minister_state(p, year) if not (p.role and _INTL_POST.search(p.role)) else None
            else:
                holder[id(p)] = _holder_country(p)
            if holder[id(p)] is None and not dated and (code := _office_named_state(p)) is not None:
                # an undated article giving the office the gazetteer has him hold for a state
                # ("Foreign Minister Miroslav Lajčák", later an EU envoy): that state
                holder[id(p)], dated_stateless[id(p)] = code, False
    if not counts and dominant is None:
        # no state named: the one state of the office holders the gazetteer knows, two at least,
        # and of the state bodies named ("Prime Minister A ... Education Minister B ... the Knesset")
        held = [c for c in holder.values() if c]
        if len(held) >= 2 and len(set(held)) == 1 and all(
                _org_country(o) in (None, held[0]) for o in organizations if o.kind in ("government", "military")):
            dominant = held[0]
    public = None       # _public_affairs: asked only when someone would take the default
    from_dateline = None    # the state of the dateline's capital, named in the story ("" for none)
    # (a state body's state counts as named: "White House adviser A Bcd" acts for the US)
    known = states | {c for c in holder.values() if c} | org_states | ctx.region_states \
        | {c for o in organizations if (c := _org_country(o))}
    final: dict[int, str | None] = {}
    breakaway = any(map(text.__contains__, _unrecognised_names()))  # (a breakaway state named at all;
                                                                # plain substring tests cost less than the regex)
    fam_count: dict[str, int] = {}
    for p in persons:
        if p.mentions:
            f = _family(p.words)
            fam_count[f] = fam_count.get(f, 0) + 1
    for p in persons:
        if not p.mentions:
            continue
        country = p.country
        if country is not None and country not in known:
            # "Georgia" the US state, "New Mexico"; "Congo's" in a story of the other Congo: that one
            country = ambiguous_twin(country, states)
        if country is None and p.international and p.role and " to " in p.role \
                and (sender := _OF_STATE_TO.search(p.role)) is not None \
                and (code := _is_country_word(sender.group(1))) is not None:
            country = code              # "Permanent Representative of Kestria to the United
                                        # Nations": the state that sends him, not the body
        if country is None and not p.international:
            for _, e in p.mentions:     # "A Bcd is a Turkish national": stated, so it beats kin and context
                if text.startswith(" (", e) and _US_PARTY_TAG.match(text, e):
                    country = "USA"     # "Sen. A Bcd (R-Mo.)": an American lawmaker's party and state
                    break
                nat = _NATIONAL.match(text, e) if text.startswith((" is a", " was a"), e) else \
                    _NATIONAL_APPOSED.match(text, e) if text.startswith(", a", e) else None
                country = _demonym_state(nat.group(1)) if nat is not None else _copula_title(text, e)[1]
                if country is None and text.startswith((", ", " from "), e) \
                        and not (holder[id(p)] and text.startswith(" from ", e)):
                    # (not "the aircraft carrying A from Shanghai" for a holder the gazetteer knows)
                    country = _from_place_state(text, e)    # "A Bcd, 37, from Queensland, Australia"
                if country is None and text.startswith(("(", " ("), e):
                    par = _APPOS_PAREN.match(text, e, e + 60)
                    country = _is_country_word(par.group(1)) if par is not None else None  # "A Bcd (Rwanda)"
                if country:
                    break
            if country is None:
                country = _possessive_state_before(text, p.mentions)
        if country is None and not p.international:
            if p.role:
                words = p.role.split() if not _sent_to_a_state(p.role) else ()
                if not words and (sender := _OF_STATE_TO.search(p.role)) is not None:
                    words = [sender.group(1)]   # "Ambassador of Kyrgyzstan to Russia": Kyrgyzstan's
                for i, w in enumerate(words):
                    if words[i + 1:i + 2] == ["Affairs"]:
                        continue        # "the Taiwan Affairs Office": the state dealt with
                    code = _is_country_word(w)      # (not the state an envoy is sent to)
                    if w[:1].isupper() and i + 1 < len(words) and (not code or code not in states):
                        # "Prime Minister of the Solomon Islands", "Head of the United States Office
                        # ...": a state's name of several words (the role spells it out)
                        # (the longest first: "People's Republic of China", not "Republic of China")
                        multi = next((c for n in (5, 4, 3, 2) if i + n <= len(words)
                                      and (c := _is_country_word(" ".join(words[i:i + n])))), None)
                        if multi:
                            country = multi
                            break
                    if code and code in states:
                        country = code
                        break
            if country is None and p.role and len(p.role) > 20:
                # "Head of the Policy Unit at the White House", "Member of Fatah's Revolutionary
                # Council": a state's own body or party the role names
                country = next((o.country for o in organizations if o.kind in ("government", "military", "party")
                                and o.country and len(o.name) > 4 and o.name in p.role), None) \
                    or _listed_body_state(p.role, organizations)
            if country is None and p.role and " of " in p.role and not _INSTITUTION_ROLE.search(p.role):
                terr = _territories()[0].search(p.role)     # (not "the University of Kestrel": a name)
                if terr is not None:    # "Chief Executive of Hong Kong"
                    country = _territories()[1][terr.group(0)]
            if country is None and p.role and "government" in p.role.lower() and holder[id(p)] is None:
                # ("Head of Government A Bcd" the gazetteer knows: its state, not the last named)
                heads = _office_states(persons, p, lambda r: r.startswith("prime minister"), final, holder) \
                    if "spokes" in p.role.lower() else ()
                # "Government Spokesman A Bcd": the state of the one Prime Minister named, else
                # the state named last before him
                country = next(iter(heads)) if len(heads) == 1 else \
                    _last_country_before(ctx.country_mentions, p.mentions[0][0], text)
            if country is None:
                country = holder[id(p)]
            if country is None and len(p.words) >= 3:
                country = _ruling_family_state(p.words)     # "Sheikh A bin B Al Thani": Qatar's
            if country is None and p.role and (here := _IN_STATE_OPENING.search(
                    text, max(0, p.mentions[0][0] - 90), p.mentions[0][0])) is not None:
                country = _is_country_word(here.group(1))   # "In South Korea, A Bcd, the Foreign
                                                            # Ministry's director-general, summoned"
            leader_office = _LEADER_OFFICE_BEFORE.search(text, max(0, p.mentions[0][0] - len(p.role) - 60),
                                                         p.mentions[0][0]) \
                if country is None and p.role and "ffice" in text else None
            if country is None and p.role and ("presidential" in (low := p.role.lower()) or "presidency" in low
                                               or leader_office is not None):
                # "deputy presidential spokesperson A Bcd", "spokesperson for the Presidency": the
                # state of the one President named;
                # "Prime Minister's Office Spokesperson A Bcd": of the one Prime Minister
                head = "president" if leader_office is None or leader_office.group(1).startswith("Pres") \
                    else "prime minister"
                heads = _office_states(persons, p, lambda r: r == head, final, holder)
                country = heads.pop() if len(heads) == 1 else None
            if country is None and p.role and " " not in p.role:
                # "Peru's ambassador was called in on Monday ... the ambassador, A Bcd, left":
                # the state of the unnamed holder of his office named before him
                country = _office_state_before(text, p.role, min(p.mentions)[0])
            if country is None:
                for b, b_end in sorted(p.mentions):
                    nl = _NATIONALS_LIST.search(text, max(0, b - 120), b)
                    if nl is not None and (country := _demonym_state(nl.group(1)[:-1] if nl.group(1) else nl.group(2))):
                        break           # "two Canadians - A Bcd and C Def": both are Canadian
                    if text.endswith("by ", 0, b) and (led := _SIDE_LED_BY.search(text, max(0, b - 60), b)) is not None \
                            and (country := _demonym_state(led.group(1))):
                        break           # "The Kestrian side was headed by A Bcd": the side's state
                    if text.startswith(",", b_end) and (na := _NATIONALS_AFTER.match(text, b_end)) is not None \
                            and (country := _demonym_state(na.group(1))):
                        break           # "A Bcd, C Def, and two other American citizens"
            if country is None:
                # "Polish Prime Minister A and Defence Minister B", "DPRK Foreign Minister A and ..."
                country = _coordinated_demonym(text, p)
        if country is None and not p.international and not p.company:
            first = min(p.mentions)[0]       # (the smallest start)
            if text[first - 4:first] in ("Dr. ", " Dr ", "Tun ") and (st := _KIN_STYLES_END.search(
                    text, max(0, first - 30), first)) is not None:
                first = st.start()          # "his wife Tun Dr A Bcd": the kin word before the styles
            near = first - 12 if first > 12 else 0
            rel = _RELATED.search(text, max(0, first - 50), first) \
                if text.find(",", near, first) >= 0 \
                or text[near:first].rstrip().rpartition(" ")[2] in _RELATION_NOUNS else None
            if rel is not None:     # "his successor, A Bcd", "Efg's mother, A Bcd"
                p.related = (fold(strip_possessive(rel.group(1))) if rel.group(1) else "his", rel.start())
            other = _relative_of(p, persons) if rel is not None else None
            if other is None and p.role and p.role.lower() in _SPOUSE_OFFICES and len(p.words) > 1:
                # "President A Bcd and First Lady C Bcd": the spouse of the same family name
                other = next((q for q in persons if q is not p and len(q.words) > 1
                              and _family(q.words) == _family(p.words) and q.role
                              and q.role.lower() not in _SPOUSE_OFFICES), None)
            if other is not None:
                country = final.get(id(other), other.country)   # kin and successors share a state
        if country is None and p.role and not p.international and not p.company:
            owner = _role_owner(text, p, persons) or _principal(p, persons)
            if owner is not None:       # "Lula's Economy Minister A Bcd": the state Lula acts for
                country = final.get(id(owner)) or owner.country or holder.get(id(owner))
                if country is None and (owner.international or dated_stateless.get(id(owner))):
                    p.international = True  # "A Bcd, spokesman for Guterres": no state, as Guterres
            elif "accompanied by" in text or " alongside " in text or "Joining " in text or "ling with " in text:
                lead = _accompanied(text, sentences, p, persons)
                if lead is not None:    # "President A, accompanied by Foreign Minister B; ...": A's state
                    country = final.get(id(lead)) or lead.country or holder.get(id(lead))
        if country is None and p.role and not p.international:
            # "Defence Secretary A Bcd" in a story naming India and China: the one named state
            # that has the office
            low = p.role.lower()
            users = _national_offices().get(low)
            if users is None and low.startswith("union ") and low.endswith("minister"):
                users = _national_offices().get("union minister")   # "Union Environment Minister"
            if users is not None and len(named := users & states) == 1:
                country = next(iter(named))
        if country is None and p.role and not p.international and not p.company \
                and text.find(" by ", max(0, (at := min(p.mentions)[0]) - 120), at) >= 0 \
                and (gr := _GREETED_BY.search(text, max(0, at - 200), at)) is not None \
                and (_TITLE_GAP.fullmatch(gr.group(1)) is not None or _lower_title_gap(gr.group(1))):
            # "Lavrov was welcomed on landing by Vice Foreign Minister A Bcd": the host's official,
            # of the state the visitor came to (not the visitor's)
            visitor = next((q for q in persons if q is not p and any(e == gr.start() for _, e in q.mentions)), None)
            if visitor is None and text.endswith((" he", " she"), 0, gr.start()):
                # "He landed at A, where he was welcomed by Minister B": whom the opening "He" names
                visitor = _pronoun_subject(text, sentences, sentence_index(sentences, at), gr.start(), persons)
            vstate = (final.get(id(visitor)) or visitor.country or holder.get(id(visitor))) \
                if visitor is not None else None
            if vstate is not None:
                country = _visited_state(ctx, vstate, gr.start()) or _other_state(ctx, vstate)
        defaulted = False
        if country is None and p.role and not p.international and not p.company \
                and (of_body := _OF_MINISTRY_ROLE.search(p.role) or _MINISTRY_POST_ROLE.match(p.role)
                     or _ministry_before_post(text, p) or _PORTFOLIO_MINISTER.match(p.role)
                     or _THE_MINISTRYS.search(p.role)) is not None:
            # "A Bcd, a spokesman for the Ministry of Trade," "Foreign Ministry spokesman A Bcd",
            # "head of the ministry's X Department", after "the Kestrian Trade Ministry ...": the
            # ministry named before with the same portfolio (any, for "the ministry's")
            country = _same_ministry_state(text, p, of_body.group(1), organizations)
        if country is None and p.role and not p.international and not p.company and " to " in text \
                and (vm := _VISIT_MET.search(text, max(0, (at := min(p.mentions)[0]) - 240), at)) is not None \
                and _TITLE_GAP.fullmatch(vm.group(2)) is not None:
            # "During her visit to Chile, Ruiz then met with Senate President A Bcd": an
            # official the visitor met there acts for the state visited
            country = _is_country_word(vm.group(1))
        if country is None and not p.international and " as its " in text:
            at, end = min(p.mentions)
            ap = _APPOINTED_BY.search(text, max(0, at - 60), at)
            if ap is not None and _AS_ITS.match(text, end):
                # "Peru appointed A Bcd, a veteran diplomat, as its envoy to Chile":
                # the state that appointed him
                country = _is_country_word(ap.group(1))
        if country is None and dominant and not p.international and not p.company \
                and not (_private_role(p.role) and p.role_pos != _LIST_ROLE_POS and not _running(text, p)) \
                and not (dated_stateless[id(p)] if id(p) in dated_stateless else _acts_for_no_state(p)) \
                and not _sent_to_a_state(p.role):
            if public is None:
                public = _public_affairs(organizations, persons, countries, holder)
            if public:
                country = dominant          # the state the article is mostly about (a role only from a
                defaulted = True            # list, "commentators such as A Bcd", settles no state)
                if from_dateline is None:
                    from_dateline = _dateline_state(article.dateline, states)
                if from_dateline and p.role and _is_office(p.role) and dominant != home:
                    # "WARSAW (Reuters) - ... Russian cyberattack ..., Digital Affairs Minister A
                    # Bcd said": an official the article gives no state is the dateline's (but
                    # "The Korea Times" from Tokyo: the outlet's state, as above)
                    country = from_dateline
        if defaulted and p.counterpart_of is not None and final.get(id(p.counterpart_of)) == country:
            # "During a visit to Kestria, Tourism Minister A signed ... with his counterpart, B":
            # the anchor took the story's state; his counterpart acts for the other state it
            # names most, if one leads
            country = _other_state(ctx, country) or country
        if defaulted and p.role and p.counterpart_of is None:
            # "Austin will travel to A to meet Prime Minister B, along with Minister C": an
            # official the article's own leader meets acts for the other state it names most
            country = _met_by_state(ctx, sentences, p, persons, final, holder, country) or country
        if defaulted and "anction" in text:
            country = _sanctioned_state(ctx, p, country) or country
        if defaulted and p.role and _SPOKES_ROLE.search(p.role):
            country = _voiced_state(text, p, states) or country
        if defaulted and p.role and (body := _BODY_NOUN_ROLE.match(p.role)) is not None:
            country = _anaphoric_body_state(text, p, body.group(1), organizations) or country
        if country is not None and country not in states and country != holder.get(id(p)) \
                and (twin := ambiguous_twin(country, states)):
            country = twin              # "Congolese" in an article about the Republic of the Congo
                                        # (not the state the gazetteer gives the holder: President
                                        # Yoon in a story that names only North Korea)
        if breakaway and _holds_unrecognised_office(text, p, persons):
            country, defaulted = None, False    # "Turkish Cypriot leader A Bcd": no ISO state's
        final[id(p)] = country
        spans = sorted(set(p.mentions))
        role = p.role
        if role is not None and _BARE_COUNTERPART.match(role):
            role = None                 # a relation, not an office ("his host counterpart", "her
                                        # counterpart from Chile"): no role, once it gave the state
        if role is None or role.lower() in _HONORIFIC_ROLES or role.lower() == "leader" \
                or role.startswith(_FORMER_PREFIXES):
            # "B became prime minister": the office taken (unless two persons share the name);
            # also over a doctor's title ("swore in Doctor A Bcd as prime minister"), a leader's
            # ("reformist leader A Bcd was sworn in as president") and an office once held ("B,
            # the former mayor of X," sworn in as president)
            once = role is not None and role.startswith(_FORMER_PREFIXES)
            for b, e in spans:
                if text.startswith(" for ", e) and (term := _FOR_A_TERM.match(text, e)) is not None \
                        and _HOLDER_VERB_BEFORE.search(text, max(0, b - 30), b):
                    e = term.end()      # "the inauguration of A Bcd for a further term as president"
                if text.startswith(" as ", e) and not _HOLDER_VERB_BEFORE.search(text, max(0, b - 30), b):
                    continue            # "endorse A Bcd as president": a candidacy, not the office
                if once and not text.startswith(_TAKING_OFFICE, e):
                    continue            # (over an office once held, only one taken: not "was president")
                if (text.startswith(_PREDICATE_STARTS, e) or _TIME_AFTER.match(text, e)) \
                        and fam_count.get(_family(p.words)) == 1:
                    office, state = _predicate_role(text, e)
                    if office:
                        role = office
                        if state and (country is None or defaulted):
                            country = final[id(p)] = state  # "became prime minister of Latvia"
                        break
        if role is None:
            role = _office_held(text, spans)    # "during A Bcd's presidency": the President
        if role is None and len(p.words) > 1 and p.words[0] in _PEERAGE_TITLES:
            role = p.words[0]           # "Lord Alli", "Baroness Stowell": the peerage is the title
        if role is not None and role.endswith(_DANGLING_ENDS):
            role = _DANGLING.sub("", role) or None  # ("the president of the dissolved party": an
                                                    # of-phrase cut at a lower-case word)
        if role is not None and role.lower() in _SHEIKH_STYLES:
            role = None                 # "Sheikh A bin Bcd": a style of the Gulf, no office
        out.append((spans[0][0], Person(
            name=p.name, role=role, country=country,
            mentions=tuple([make_mention(s, e) for s, e in spans]),
            key=_slug(p.name)), defaulted and _is_office(role)))
    out.sort(key=lambda t: t[0])
    if any(t[2] for t in out):
        _list_mates(text, out)
    if len(out) > 1 and any(p.role and len(p.role) > 24 for _, p, _ in out):
        out = [t for t in out if not _inside_a_role(t[1], out)]
    return [p for _, p, _ in out]


@lru_cache(maxsize=1)
def _unrecognised_names() -> tuple[str, ...]:
    """The names of breakaway and de facto states (unrecognised_states.txt), longest first."""
    return tuple(sorted(load_lines("unrecognised_states.txt"), key=len, reverse=True))


@lru_cache(maxsize=1)
def _place_runs() -> frozenset[str]:
    """Territories and breakaway states of more than one word (territory_states.tsv,
    unrecognised_states.txt), never a person's name."""
    return frozenset(n for n in (*territory_states(), *_unrecognised_names()) if " " in n)


@lru_cache(maxsize=1)
def _unrecognised() -> re.Pattern:
    """Those names as one pattern of whole words."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, _unrecognised_names())) + r")\b")


#: the words between such a state's name and a name its office stands before: capitalised or
#: lower-case words of a title, a bracket ("Pridnestrovian Moldavian Republic (Transnistria), ")
_UNRECOGNISED_GAP = re.compile(r"\)?(?:['’]s)?(?:[ -](?:[A-Za-z][\w’'.-]*|\([^()]{1,30}\))){1,7}(?:,[ ]|[ ]\(?)")
#: an apposition's words up to such a state's name after the name (", the president of the ")
_UNRECOGNISED_APPOSITION = re.compile(r",[ ](?:[A-Za-z][\w’'.-]*[ -]){1,7}")
#: lower-case words such a title may hold besides office words
_UNRECOGNISED_TITLE_WORDS = frozenset({"of", "the", "de-facto", "de", "facto", "self-proclaimed", "self-styled",
                                       "unrecognized", "unrecognised", "breakaway", "separatist", "so-called"})


def _holds_unrecognised_office(text: str, p: _Cand, persons: list[_Cand]) -> bool:
    """``p`` holds an office of a breakaway state: its name in his role ("chief of the Abkhaz
    team"), in the title right before his name ("Somaliland's separatist leader, A Bcd",
    "Sukhumi's de facto envoy A Bcd") or in his apposition; not when another person's name
    stands between ("Turkish Cypriot leader A and Greek Cypriot President B")."""
    rx = _unrecognised()
    if p.role and (m := rx.search(p.role)) is not None and not p.role.endswith((" to ", " to the "), 0, m.start()):
        return True                     # (not an envoy sent to one: "Envoy to the Sahrawi camps")
    for b, e in p.mentions:
        for m in rx.finditer(text, max(0, b - 100), b):
            gap = _UNRECOGNISED_GAP.fullmatch(text, m.end(), b)
            if gap is not None and all(map(_unrecognised_title_word, gap.group().split())) \
                    and not any(m.end() <= s < b for q in persons if q is not p for s, _ in q.mentions):
                return True
        if text.startswith(", ", e) and (m := rx.search(text, e, e + 80)) is not None \
                and _UNRECOGNISED_APPOSITION.fullmatch(text, e, m.start()) is not None \
                and all(map(_unrecognised_title_word, text[e + 2:m.start()].split())):
            return True                 # "A Bcd, self-styled president of the Saharawi Republic"
    return False


def _unrecognised_title_word(word: str) -> bool:
    """A word of the title between a breakaway state's name and a name: an office word, a
    capitalised word that names no recognised state ("Republic", not "Somali"), a bracket."""
    word = word.strip("(),’'")
    if word in ("", "s") or word.lower() in _UNRECOGNISED_TITLE_WORDS:
        return True
    if word[:1].isupper():
        return _is_country_word(strip_possessive(word)) is None
    return _title_word(word) is not None


def _inside_a_role(q: Person, out: list) -> bool:
    """``q`` is words of another person's long role, read as a name: "Minister for Health,
    Water Supply and Sanitation A Bcd", "A Bcd, Head of Regional Water Accords for the
    Ministry" (not a known given name: "spokesman for Guterres" names one)."""
    if q.name.split(" ")[0] in given_names():
        return False
    for _, r, _ in out:
        if r is q or not r.role or len(r.role) <= 24 or q.name not in r.role:
            continue
        first = r.mentions[0]
        reach = len(r.role) + 4
        if all(first.start - reach <= m.start < first.start or first.end < m.start <= first.end + reach
               for m in q.mentions):
            return True
    return False


#: a spokesperson's role
_SPOKES_ROLE = re.compile(r"\b(?:spokes(?:man|woman|person)|press secretary)\b", re.I)
#: a quotation that opens with a state taking a stand: '"China firmly opposes', '"The US
#: strongly condemns' (group 1 the state's word or words)
_STATE_STANCE = re.compile(r"[\"“](?:The[ ])?([A-Z][\w.]*(?:[ ][A-Z][\w.]*)?)[ ](?:(?:strongly|firmly|fully|"
                           r"also|deeply|highly|sincerely|resolutely)[ ])?(?:appreciates|condemns|welcomes|opposes|"
                           r"supports|rejects|urges|calls|hopes|regrets|deplores|denounces|demands|reiterates|"
                           r"reaffirms|stands|remains|will|is|has)\b")


#: a role named for a body by its common noun alone ("embassy spokesperson", "ministry official")
_BODY_NOUN_ROLE = re.compile(r"(embassy|ministry|consulate|mission|presidency)[ ](?:spokes\w+|official|press[ ]\w+|"
                             r"counsellor|counselor|secretary|attach[eé])$", re.I)
#: "the" and the body's noun opening the role right before a name ("the embassy spokesperson ")
_THE_NOUN_ROLE_END = re.compile(r"\bthe[ ](\w+)[ ]\S+[ ]$", re.I)


#: a post of a ministry named without its state: "press officer at the Ministry of
#: Energy" (group 1 the ministry's name)
_OF_MINISTRY_ROLE = re.compile(r"[ ](?:of|for|at)[ ]the[ ](Ministry[ ]of[ ][A-Z][\w ]+|[A-Z]\w+[ ]Ministry)$")
_MINISTRY_FILLER = frozenset({"Ministry", "of", "the", "and", "Affairs"})
#: a ministry named by its portfolio's one or two words ("Foreign Ministry"; a group)
_PORTFOLIO_MINISTRY = r"((?:[A-Z][a-z]+[ ]){1,2}Ministry)"
#: a ministry's post with the ministry first: "Foreign Ministry spokesman" (group 1 the ministry)
_MINISTRY_POST_ROLE = re.compile(_PORTFOLIO_MINISTRY + r"[ ][a-z]")
#: a post in "the ministry's" department (group 1 "Ministry"): the ministry named before
_THE_MINISTRYS = re.compile(r"\bthe[ ](?i:(ministry))['’]s[ ]")
#: a minister of a portfolio ("Deputy Foreign Minister"; group 1 the portfolio)
_PORTFOLIO_MINISTER = re.compile(r"(?:(?:First[ ])?(?:Deputy|Vice)[ ])?([A-Z][a-z]+)[ ]Minister$")
#: a ministry right before a post written alone ("Foreign Ministry spokesman "; group 2 the post)
_MINISTRY_BEFORE_POST = re.compile(_PORTFOLIO_MINISTRY + r"[ ]([A-Za-z][\w-]*(?:[ ][a-z][\w-]*)?)[ ]$")


def _ministry_before_post(text: str, p: _Cand) -> re.Match | None:
    """"Foreign Ministry spokesman A Bcd", the role being the post alone: the ministry before it
    (group 1), or None."""
    first = min(p.mentions)[0]
    rank = _RANK_BEFORE_NAME.search(text, max(0, first - 40), first)
    if rank is not None:
        first = rank.start()            # "Defence Ministry spokesperson Lt Gen A Bcd": the post before the rank
    m = _MINISTRY_BEFORE_POST.search(text, max(0, first - 60), first)
    return m if m is not None and m.group(2).lower() == p.role.lower() else None




def _same_ministry_state(text: str, p: _Cand, body: str, organizations) -> str | None:
    """The state of the ministry with the portfolio of ``body`` ("Foreign" in "Ministry of
    Foreign Affairs") named last before the person, with its state ("Chinese Foreign Ministry")."""
    body = "Ministry" if body.lower() == "ministry" else body
    key = set(body.split()) - _MINISTRY_FILLER
    if not key and body != "Ministry":
        return None                     # (body "Ministry": any ministry, "the ministry's")
    first = min(p.mentions)[0]
    best, at = None, -1
    for o in organizations:
        if "Ministry" not in o.name or o.kind not in ("government", None) or not key <= set(o.name.split()):
            continue
        for m in o.mentions:
            if at < m.start < first:
                code = _org_country(o) or _possessive_state_before(text, ((m.start, m.end),)) \
                    or _demonym_before(text, m.start)
                if code is not None:
                    best, at = code, m.start
    if best is None and len(key) == 1:
        # "Poland's foreign ministry", written in lower case (no body the lists name)
        word = next(iter(key))
        for m in re.finditer(rf"\b(?:{word}|{word.lower()})[ ][Mm]inistry\b", text[:first]):
            code = _possessive_state_before(text, ((m.start(), m.end()),)) or _demonym_before(text, m.start())
            if code is not None:
                best = code
    return best


def _demonym_before(text: str, start: int) -> str | None:
    """The state of a demonym right before ``start`` ("Chinese Foreign Ministry")."""
    k = text.rfind(" ", 0, start - 1) + 1
    return _demonym_state(text[k:start - 1]) if start > 1 and text[start - 1] == " " else None


def _anaphoric_body_state(text: str, p: _Cand, noun: str, organizations) -> str | None:
    """"The U.S. embassy replied ... The embassy spokesperson A Bcd said": after "the", the
    body the noun names back to (the last one named before with that noun) gives its state."""
    first = min(p.mentions)[0]
    the = _THE_NOUN_ROLE_END.search(text, max(0, first - len(noun) - 20), first)
    if the is None or the.group(1).lower() != noun.lower():
        return None
    best, at = None, -1
    for o in organizations:
        if noun.lower() not in o.name.lower() or o.kind not in ("government", None):
            continue
        for m in o.mentions:
            if at < m.start < first:
                # (the body's own state, or a state's possessive before it: "Chile's Foreign Ministry")
                code = _org_country(o) or _possessive_state_before(text, ((m.start, m.end),))
                if code is not None:
                    best, at = code, m.start
    return best


def _voiced_state(text: str, p: _Cand, states: set[str]) -> str | None:
    """The state a spokesperson's own quotation speaks for: '"China appreciates the US
    cooperation," spokesperson A Bcd said' (the quotation right before the name, or right after
    its "said:")."""
    first = min(p.mentions)[0]
    k = text.rfind("“", max(0, first - 400), first)
    k = max(k, text.rfind('"', max(0, first - 400), first - 30 if first > 30 else 0))
    for at in (k, text.find("“", first, first + 80), text.find('"', first, first + 80)):
        if at < 0:
            continue
        m = _STATE_STANCE.match(text, at)
        if m is not None and (code := _is_country_word(m.group(1))) and code in states:
            return code
    return None


def _dateline_state(dateline: str | None, states: set[str]) -> str:
    """The state whose capital (or name) the dateline gives ("Warsaw", "Warsaw, Poland"), if
    the story names it; "" otherwise."""
    if not dateline:
        return ""
    hit = _alias_codes().get(dateline.partition(",")[0].strip())
    if hit is None or len(hit[0]) != 1 or hit[1] not in ("capital", "name", "short") or hit[0][0] not in states:
        return ""
    return hit[0][0]


def _list_mates(text: str, out: list) -> None:
    """"Chile's Minister of Trade, A Bcd; Minister of Mines, C Def; and aides", "meeting Prime
    Minister A Bcd and Foreign Minister C Def": an office holder in a list or a pair who took
    the story's state by default takes the state of the list's first member, which the article
    gives (``out``: (start, person, defaulted office holder), in text order; changed in place)."""
    for k, (start, p, took_default) in enumerate(out):
        if not took_default:
            continue
        sent = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
        for j in range(k):
            s0, q, q_default = out[j]
            if s0 > sent and not q_default and q.country and q.country != p.country and q.role and (
                    "; " in text[s0:start]
                    # "meeting Prime Minister A Bcd and Foreign Minister C Def": a pair of office holders
                    or any(_AND_TITLE.fullmatch(text, m.end, start) for m in q.mentions if s0 <= m.end < start)
                    # "Foreign Minister A Bcd, Trade Minister C Def and ...": a list of them
                    or any(_TITLED_LIST.fullmatch(text, m.end, start) for m in q.mentions if s0 <= m.end < start)
                    # "US Senators A Bcd, C Def and E Fgh": the names a plural title gave its office
                    or p.role == q.role
                    and any(_NAME_LIST.fullmatch(text, m.end, start) for m in q.mentions if s0 <= m.end < start)):
                out[k] = (start, replace(p, country=q.country), False)
                break
        else:
            # "Science Minister A Bcd, PM's Secretary C Def and Bangladesh Ambassador E Fgh were
            # present": a list of three or more whose later members the article gives a state
            # (not a pair: "Food Minister A Bcd and Russian Ambassador C Def" are counterparts)
            end = next((m.end for m in p.mentions if m.start == start), None)
            stop = text.find(". ", start)
            for s0, q, q_default in out[k + 1:]:
                if stop >= 0 and s0 > stop:
                    break
                if not q_default and q.country and q.country != p.country and q.role and end is not None \
                        and text.startswith(", ", end) and _TITLED_LIST.fullmatch(text, end, s0):
                    out[k] = (start, replace(p, country=q.country), False)
                    break


#: between two office holders named as a pair: " and Foreign Minister "
_AND_TITLE = re.compile(r"[ ]and[ ](?:[A-Z][\w-]*[ ]){1,4}")
#: ... or in a list: ", Defense Minister C Def, Trade and Industry Minister "
_TITLED_LIST = re.compile(r"(?:,[ ](?:(?:[A-Z][\w-]*|and|of|for|to)[ ]){1,6}[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){1,3})*"
                          r"(?:,[ ]|,?[ ]and[ ])(?:(?:[A-Z][\w-]*|and|of|for|to)[ ]){1,6}")


#: ... or names alone after a plural title: ", C Def, and "
_NAME_LIST = re.compile(r"(?:,[ ][A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){1,3})*(?:,[ ]|,?[ ]and[ ])")


#: a title of an office held before ("Ex-Prime Minister", "former President")
_FORMER_PREFIXES = ("Ex-", "ex-", "Former ", "former ")
#: a party's or a movement's posts, which a state office named with them outranks
_PARTY_POSTS = frozenset({"leader", "chairman", "chairwoman", "chair", "co-leader", "founder", "co-founder"})

_slug = lru_cache(maxsize=16384)(slug)


def _publisher_before(text: str, source: tuple[str, ...], s: int) -> bool:
    """The article's own publisher is named right before the title that ends at ``s``, with
    only lower-case words between ("Wikinews accredited reporter A Bcd", "a Wikinews reporter")."""
    for h in _org_hits(text, source):
        if h.publisher and s - 40 <= h.end < s:
            between = text[h.end:s].rstrip(", ")
            if between.replace(" ", "").isalpha() and between.islower():
                return True
    return False


#: the office a person's term names ("A Bcd's presidency")
_TERMS = {"presidency": "President", "premiership": "Prime Minister", "chancellorship": "Chancellor"}
_TERM_AFTER = re.compile(r"['’]s[ ](" + "|".join(f"[{t[0].upper()}{t[0]}]{t[1:]}" for t in _TERMS) + r")\b")


def _office_held(text: str, spans) -> str | None:
    """The office of "A Bcd's presidency" (or premiership, chancellorship) after a mention."""
    for _, e in spans:
        if text.startswith(("'s ", "’s "), e):
            m = _TERM_AFTER.match(text, e)
            if m is not None:
                return _TERMS[m.group(1).lower()]
    return None


_PLACE_BEFORE = re.compile(r"(?:County|Mount|Lake|Port|Fort|Saint|St\.|Cape|Camp|of|in|at|from)[ ]$")


def _person_context(text: str, start: int, end: int) -> bool:
    """A lone famous family name is a person unless it looks like part of a place name
    ("County Kerry") or of a longer capitalised name, nor a common noun written with a capital
    ("one of the Gates of the Temple Mount")."""
    if _PLACE_BEFORE.search(text, max(0, start - 8), start):
        return False
    if text.startswith(" of ", end) and text.endswith(("the ", "The "), 0, start):
        return False
    nxt = _RX4.match(text[end:end + 20])
    return nxt is None


_BUSINESS = frozenset({"ceo", "executive", "founder", "manager"})
_PRESS = frozenset({"reporter", "journalist", "correspondent", "editor", "photographer", "columnist",
                    "commentator", "analyst", "anchor", "presenter", "broadcaster", "host", "blogger",
                    "pollster"})
#: military ranks the tables read as offices; after an office and a comma, the office is the
#: role ("the president of Fiji, Commander A Bcd")
_MILITARY_RANKS = frozenset({"Commander", "General", "Colonel", "Admiral", "Marshal", "Brigadier", "Major",
                             "Captain", "Lieutenant"})
#: a military rank's words right before a name ("Lt Gen ", "Maj. Gen. ", "Rear Admiral ",
#: "First Admiral "): those ranks, their abbreviations and the words before them
_RANK_BEFORE_NAME = re.compile(r"(?<![\w.])(?:(?:" + "|".join(sorted(_MILITARY_RANKS | {
    "Lt", "Lieut", "Maj", "Gen", "Col", "Brig", "Adm", "Capt", "Cmdr", "Cdr", "Rear", "Vice", "Air", "First"})) + r")\.?[ ]){1,3}$")
#: the last words of such ranks (a cheap test before the pattern)
_RANK_HEADS = frozenset({"Gen", "Gen.", "Col", "Col.", "Adm", "Adm.", "General", "Colonel", "Brigadier", "Admiral",
                         "Marshal", "Major", "Captain", "Commander", "Capt", "Capt."})
#: titles of address that an office the text gives the person outranks
_HONORIFIC_ROLES = frozenset({"doctor", "dr", "dr."})
_ACADEMIC_ROLES = frozenset({"professor", "lecturer", "researcher", "scientist", "scholar", "academic", "fellow"})
#: experts, whose field may come before the noun ("a Middle East expert") and who act for no state
_EXPERTS = frozenset({"expert", "specialist", "analyst", "economist", "strategist"})
_FIELD_HEADS = _EXPERTS | _ACADEMIC_ROLES
#: the arts, entertainment and invention act for no state ("singer", "fashion designer")
_CULTURE = frozenset({"singer", "artist", "designer", "musician", "drummer", "guitarist", "bassist", "pianist",
                      "conductor", "composer", "songwriter", "rapper", "actor", "actress", "comedian", "filmmaker",
                      "painter", "sculptor", "novelist", "poet", "author", "playwright", "dancer", "model",
                      "producer", "inventor", "entrepreneur", "tycoon", "chef"})
#: words near a mention that put an artist or entrepreneur into politics (a candidacy)
_POLITICS_NEAR = re.compile(r"\b(?:for[ ](?:president|vice[ ]president|governor|mayor|senate|congress)|presidential|"
                            r"candidac(?:y|ies)|candidates?|nominee|nomination|running[ ]mate|campaign|ticket)\b", re.I)


def _running(text: str, p) -> bool:
    """Whether an artist or entrepreneur of the story stands for office ("rapper A Bcd ...
    was running for president"): the story's state is then theirs as for any candidate."""
    if not p.role or _CULTURE.isdisjoint(p.role.lower().split()):
        return False
    return any(_POLITICS_NEAR.search(text, max(0, b - 160), e + 160) for b, e in p.mentions)


#: the clergy act for a church, not a state ("Grand Ayatollah", "the Reverend")
_CLERGY = frozenset({"pope", "cardinal", "archbishop", "bishop", "ayatollah", "imam", "rabbi", "cleric", "priest",
                     "pastor", "reverend", "mufti", "patriarch", "vicar", "chaplain", "monk", "nun"})


#: Verbs after (or before) a lone family name that make it a speaking person.
_SAID = frozenset("said says told tells added adds wrote writes noted notes explained explains stated "
                  "states tweeted tweets asked asks replied replies quipped recalled commented".split())
_SAID_BEFORE = re.compile(r"(?:said|says|added|asked|replied|wrote|quipped)[ ]$")


def _said_before(text: str, start: int, before: str) -> bool:
    """Whether ``before`` (the text right before ``start``) ends in a word that introduces a
    person's name: "said", "told", "Mr", "identified as", or "by" after a lower-case word
    ("was killed by A Bcd"; not "Zooarchaeology by Mass Spectrometry", a method)."""
    m = _RX2.search(before)
    if m is None:
        return False
    if before.startswith("by", m.start()):
        at = start - len(before) + m.start()
        prev = text[max(0, at - 30):at].rstrip().rpartition(" ")[2]
        return not prev[:1].isupper()
    return True


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence or a paragraph (after an opening quotation mark)."""
    before = text[max(0, start - 4):start].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?:\n"


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is the subject of a verb of saying right after it
    ("Kipchoge said") or follows one ("... ," said Kipchoge)."""
    nxt = _RX1.match(text, end, end + 20)
    if nxt is not None and nxt.group(1) in _SAID:
        return True
    return _SAID_BEFORE.search(text, max(0, start - 8), start) is not None


#: words of roles in a state's service that an office list may lack ("police officer", "judge")
_STATE_SERVICE = frozenset({"officer", "police", "policeman", "policewoman", "soldier", "judge", "prosecutor",
                            "sheriff", "detective", "constable", "trooper", "official", "officials"})


def _public_affairs(organizations, persons, countries, holder: dict) -> bool:
    """Whether the story is about a state's affairs: it names a state body (a ministry, an
    army, a party, a court), someone in a state's service (an office or rank, a police
    officer, a judge), a known office holder (``holder``: person id -> state) or a capital
    acting for its government ("Moscow announced"). Only then do the people in it take the
    story's state by default: in an obituary of a singer or a report on a study, the people
    named act for no state."""
    return any(o.kind in _STATE_BODIES for o in organizations) or any(
        (_is_office(p.role) or _title_kind(p.role.split()) == "rank" or not _STATE_SERVICE.isdisjoint(p.role.lower().split()))
        and not _INSTITUTION_ROLE.search(p.role)    # ("director of the gallery": no state's service)
        for p in persons if p.mentions and p.role and not p.company and not p.international) \
        or any(holder.values()) \
        or any(country_aliases().get(m.text, ("", ""))[1] == "capital" for c in countries for m in c.mentions)


def _private_role(role: str | None) -> bool:
    """A role that does not act for a state: an occupation ("reporter", "singer"), a post in
    business ("CEO for Central Europe"), a chair at a university ("Professor") or in a
    church ("Archbishop")."""
    if not role:
        return False
    for w in role.lower().split():
        if w in _BUSINESS or w in _PRESS or w in _ACADEMIC_ROLES or w in _EXPERTS or w in _CLERGY or w in _CULTURE:
            return True
    return (" of " in role or " at " in role) and _INSTITUTION_ROLE.search(role) is not None


#: an office sent to a state: "Ambassador to Russia", "special envoy for Syria"
_SENT_TO = re.compile(r"\b(?:to|for|(?<=[Aa]mbassador[ ])in|(?<=[Ee]nvoy[ ])(?:in|on)|(?<=[Rr]epresentative[ ])on)[ ](?:the[ ])?([A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3})$")


#: the state an envoy comes from, before the one he is sent to: "Ambassador of Kyrgyzstan to Russia"
_OF_STATE_TO = re.compile(_OF_STATE.pattern + r"[ ]to[ ]")


def _sent_to_a_state(role: str | None) -> bool:
    """Whether ``role`` ends by naming the state it is sent to ("Ambassador to Russia"): the
    story's state is then no default for the holder, who seldom acts for it."""
    m = _SENT_TO.search(role) if role and role[-1:].isalpha() else None
    return m is not None and _is_country_word(m.group(1)) is not None


def _owner_country(word: str) -> str | None:
    """The state of a well-known office holder named in a possessive before a title
    ("Trump's special envoy" -> USA), from the office-holder gazetteer's family names."""
    bare = strip_possessive(word)
    if not bare[:1].isupper():
        return None
    return _office_holders()[1].get(_family([bare]))


def _family(words: list[str]) -> str:
    """Folded family name without an Arabic article ("al-Assad" -> "assad") or a
    generational suffix ("Marcos Jr" -> "marcos")."""
    if words[-1] in _SUFFIXES and len(words) > 1:
        return _family_word(words[-2])
    return _family_word(words[-1])


@lru_cache(maxsize=16384)
def _family_word(word: str) -> str:
    if "." in word and (glued := _GLUED_INITIAL.fullmatch(strip_possessive(word))) is not None:
        word = glued.group(1)           # "Kh.Battulga": Battulga
    last = fold(word)
    for particle in ("al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ul-"):
        if last.startswith(particle) and len(last) > len(particle) + 1:
            return last[len(particle):]
    return last


#: a plural title and "of (the)" before a body: "members of the "
_PLURAL_OF_END = re.compile(r"\b[A-Za-z]+s[ ]of[ ](?:the[ ])?$")


def _plural_of_body(ctx: _Ctx, end: int) -> bool:
    """Whether a body named after a plural title ends at ``end`` ("members of the Provincial
    Assembly including A, B and C": a list of members)."""
    org = ctx.org_at.get(end)
    return org is not None and _PLURAL_OF_END.search(ctx.text, max(0, org.start - 30), org.start) is not None


def _lone_mentions(text: str, p: _Cand, form: str, before: str, fits=None) -> None:
    """Add to ``p`` every whole-word occurrence of ``form`` outside its mentions (no letter,
    digit or character of ``before`` right before it); with ``fits``, only where
    ``fits(start, end)`` holds."""
    n = len(form)
    i = text.find(form)
    while i >= 0:
        e = i + n
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in before)) \
                and (e == len(text) or not text[e].isalnum()) \
                and not any(b <= i < f for b, f in p.mentions) and (fits is None or fits(i, e)):
            p.mentions.append((i, e))
        i = text.find(form, e)


def _article_family_mentions(text: str, persons: list[_Cand]) -> None:
    """Add the mentions of a family name that opens with a lower-case article ("al-Islam" of
    "Seif al-Islam"): no capitalised run holds them, so the single-word pass never sees them."""
    for p in persons:
        last = p.words[-1] if len(p.words) > 1 else ""
        if last[:1].islower() and "-" in last[:4]:
            for form in (last, last[0].upper() + last[1:]):     # ("Al-Assad" opening a sentence)
                _lone_mentions(text, p, form, "-")


#: words before a month or other time word: "in May", "since May", "last May"
_TIME_BEFORE = frozenset("in on since until till by from last next early late mid this of before after "
                         "during through to and or between".split())
_MONTHS = frozenset("January February March April May June July August September October November "
                    "December".split())
_NUMBER_AFTER = re.compile(r"[ ]?[-–]?\d")


@lru_cache(maxsize=1)
def _name_stops() -> frozenset[str]:
    return stop_caps() | person_stopwords()


def _word_family_mentions(text: str, persons: list[_Cand]) -> None:
    """Add the mentions of a family name that is also a stop word ("May" of "Theresa May",
    "Day" of "Doris Day"): the single-word pass skips such words, which are mostly months or
    places; here they count where the full name was found, unless a time word or a number
    stands by them ("in May", "May 6", "April and May") or a capitalised word follows ("May Day")."""
    stops = _name_stops()
    for p in persons:
        if p.words[-1] in stops and len(p.words) >= 2:
            _lone_mentions(text, p, p.words[-1], "-’'", lambda i, e: _not_a_time(text, i, e))


def _title_family_mentions(text: str, persons: list[_Cand]) -> None:
    """Add the mentions of a family name that is also a title ("Bishop" of "Julie Bishop",
    "Major" of "John Major"), which the single-word pass reads as titles: after a word of
    address ("Ms Bishop") or before a reporting verb or a possessive ("Bishop said",
    "Bishop's office")."""
    for p in persons:
        last = p.words[-1]
        if len(p.words) >= 2 and _title_word(last) and last[:1].isupper():
            _lone_mentions(text, p, last, "-’'", lambda i, e: _addressed_or_speaking(text, i, e))


def _addressed_or_speaking(text: str, i: int, e: int) -> bool:
    """A word of address right before ``i`` ("Ms ", "Mr. "), or a reporting verb or a
    possessive right after ``e``."""
    prev = text[max(0, i - 6):i].split()
    if prev and prev[-1].rstrip(".") in HONORIFICS:
        return True
    return text.startswith(("'s ", "’s "), e) or _speech_after(text, e)


#: a reporting verb after an auxiliary: "A Bcd was speaking in Oslo", "A Bcd has said"
_SPEAKING_AFTER = re.compile(r"[ ](?:was|is|has|had)[ ](?:speaking|talking|said|told|written|quoted)\b")


def _speech_after(text: str, e: int) -> bool:
    """A reporting verb is the next word after ``e`` ("... Bishop said")."""
    nxt = _RX1.match(text, e, e + 20)
    return nxt is not None and nxt.group(1).lower() in _SPEECH


def _not_a_time(text: str, i: int, e: int) -> bool:
    """Whether the word at ``i:e`` stands with no time word, number or capitalised word by it."""
    prev = text[max(0, i - 12):i].split()
    prev = prev[-1].strip(",") if prev else ""
    nxt = text[e:e + 16]
    return prev.lower() not in _TIME_BEFORE and prev not in _MONTHS and not _NUMBER_AFTER.match(nxt) \
        and not (nxt[:1] == " " and nxt[1:2].isupper()) and not nxt.startswith(" of ")


def _predicate_role(text: str, end: int) -> tuple[str | None, str | None]:
    """(office, state) in "<name> became / was elected / served as (the) <office>", or in
    "<name> is (the | <State>'s) <office>"; the state from a possessive, a demonym or an
    of-phrase: "became Latvia's prime minister", "served as foreign minister of Latvia"."""
    t = _TIME_AFTER.match(text, end)
    if t is not None:                   # "A Bcd yesterday announced he will stand down as ..."
        end = t.end()
    if not text.startswith(_PREDICATE_STARTS, end):
        return None, None
    m = _PREDICATE_ROLE.match(text, end)
    if m is None:
        return _copula_title(text, end)
    words = m.group("office").split()
    span = _office_span(words, bodies=True)
    if span is None:
        return None, None
    j, k, role = span
    state = _is_country_word(m.group("owner")) if m.group("owner") else None
    if state is None:                   # words[j:k]: the office's modifiers, then its head
        # (one capitalised word before them is a demonym, not a body: "Norwegian defence minister")
        mods = words[max(j - 2, 0):k - 1]
        state = next((c for n in (2, 1) for i in range(len(mods) - n + 1)
                      if (c := _demonym_state(" ".join(mods[i:i + n])))), None)   # ("South Korean")
        if state is None:
            of = _OF_STATE.match(text, m.start("office") + len(" ".join(words[:k])))
            state = _is_country_word(of.group(1)) if of is not None and not _demonym_state(of.group(1)) else None
    return role, state


def _copula_title(text: str, end: int) -> tuple[str | None, str | None]:
    """(office, state) of "<name> is Ghana's foreign minister", "<name> was the prime minister",
    "<name> had been the driver";
    (None, None) where no office follows the copula."""
    m = _COPULA_TITLE.match(text, end) if text.startswith((" is ", " was ", " has been ", " had been "), end) else None
    if m is None:
        return None, None
    role = _office_of_words(m.group(2).split(), occupations=True)
    if role is None:
        return None, None
    return role, _is_country_word(m.group(1)) if m.group(1) else None


@lru_cache(maxsize=1)
def _party_states() -> dict[str, str]:
    """A party member's noun or adjective of party_adjectives.tsv -> the party's state, where
    it names a party of one state only ("Democrat" -> USA; not "Labour", of several)."""
    out = {}
    for word, parties in _party_adjectives()[1]:
        codes = {code for code, _ in parties}
        if len(codes) == 1:
            out[word] = codes.pop()
    return out


def _office_of_words(words: list[str], occupations: bool = False, bodies: bool = False) -> str | None:
    """The office the words open with, after modifiers only ("foreign minister of ..."), or
    None; with ``occupations``, an occupation too ("driver"); with ``bodies``, after a body's
    capitalised name too ("Scottish Labour Party leader": "leader")."""
    span = _office_span(words, occupations, bodies)
    return span[2] if span is not None else None


def _office_span(words: list[str], occupations: bool = False, bodies: bool = False) -> tuple[int, int, str] | None:
    """(j, k, office) of :func:`_office_of_words`: the office is told by ``words[j:k]``."""
    kinds = ("office", "rank", "occupation") if occupations else ("office", "rank")
    for k in range(len(words), 0, -1):
        kind = _title_kind(words[:k])
        if kind in kinds and words[k - 1].lower() not in _KIN_TITLES \
                and all(_is_modifier(w) for w in words[:k - 1]):
            return 0, k, _format_role(words[:k], kind)
    if len(words) > 1 and _demonym_state(words[0]):
        span = _office_span(words[1:], occupations, bodies)   # "Spanish Prime Minister"
        return (1 + span[0], 1 + span[1], span[2]) if span is not None else None
    if bodies:
        j = 0
        while j < len(words) - 1 and is_cap(words[j]):
            j += 1
        if 0 < j < len(words) and words[j][:1].islower():
            span = _office_span(words[j:], occupations)
            return (j, j + span[1], span[2]) if span is not None else None
    return None


#: a person's possessive or name right before a title: "Lula's Economy Minister ", "Putin's spokesman ",
#: "Sarkozy spokeswoman "
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w’'-]+?)(['’]s)?[ ]((?:[\w-]+[ ]){1,4})$")
#: an office written for its holder before an aide's title ("PM's Press Secretary"), and the
#: roles (lower-case) its holder may have
_OWNER_OFFICES = {"pm": ("prime minister", "premier"), "premier": ("prime minister", "premier"),
                  "president": ("president",)}
#: ... or after a name: ", Lula's Economy Minister," / ", the Economy Minister of Lula,"
#: ... and the holder named in full after his title: ", the press secretary to President "
_OWNER_AFTER_TITLED = re.compile(r",[ ](?:the[ ]|an?[ ])?[^,.;]{3,60}?[ ](?:of|for|to)[ ](?:[A-Z][\w.’'-]*[ ]){1,3}")
_OWNER_AFTER = re.compile(r",[ ](?:([A-Z][\w’'-]+)['’]s[ ][^,.;]{3,60}|(?:the[ ]|an?[ ])?[^,.;]{3,60}?[ ](?:of|for|to)[ ]([A-Z][\w’'-]+))[,.;]")


def _possessive_state_before(text: str, mentions) -> str | None:
    """The state whose possessive stands right before a mention: "Armenia’s A Bcd"."""
    for b, _ in sorted(mentions):
        if b >= 4 and text[b - 1] == " " and text[b - 2] in "s’'":
            lo = max(0, b - 40)
            word = text[max(text.rfind(" ", lo, b - 1), text.rfind("\n", lo, b - 1)) + 1:b - 1]  # (also opening a paragraph)
            if word != strip_possessive(word) and (code := _is_country_word(word)) \
                    and country_aliases().get(strip_possessive(word), ("", ""))[1] in ("name", "short"):
                return code
    return None


#: the office an aide serves, ending his role: "Spokesman to the Chief Minister"
_PRINCIPAL_END = re.compile(r"\b(?:[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Aa]dvis[eo]r|[Aa]ide|[Aa]ssistant)"
                            r"[ ](?:to|for|of)[ ]the[ ](?:\w+[ ]){0,2}?((?:[A-Z][\w-]*[ ]){0,2}[A-Z][\w-]*)$")


#: an office given after a name with "as": "A Bcd as the Minister of Interior"
_AS_OFFICE = re.compile(r"[ ]as[ ](?:the[ ]|its[ ]|their[ ])?(?:new[ ])?((?:[A-Z][\w-]*)(?:[ ](?:[A-Z][\w-]*|of|for|and|the))*?)"
                        r"(?=[,.;]|[ ](?:and|while|in|on|after|since|until)[ ]|$)")
#: a verb of appointment in the sentence of such a list: "named", "appointed"
_APPOINTED = re.compile(r"\b(?:named|appointed|nominated|designated|elected|chosen|picked|tapped|sworn|"
                        r"reappointed|retained|installed|includes?|including)\b")


def _as_office(text: str, s: int, e: int) -> str | None:
    """The office "as" gives the name at ``s``..``e`` in a sentence of appointments ("B as the
    Foreign Minister", after "A has been named Finance Minister"), or None."""
    m = _AS_OFFICE.match(text, e)
    if m is None or not _is_office(m.group(1)) or m.group(1).endswith(("'s", "’s")):
        return None
    start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    return m.group(1) if _APPOINTED.search(text, start, s) else None


def _listed_body_state(role: str, organizations) -> str | None:
    """The state of a listed state body that opens the name of a body a role holds ("Chair
    of the State Duma Committee on International Affairs": the State Duma's), or None."""
    for o in organizations:
        if o.country is None and " " in o.name and o.name in role:
            words = o.name.split()
            for k in range(len(words) - 1, 0, -1):
                head = " ".join(words[:k])
                if listed_kind(head) in ("government", "military") and (code := listed_state(head)):
                    return code
    return None


def _principal(p: _Cand, persons: list[_Cand]) -> _Cand | None:
    """The one person holding the office an aide's role serves ("Spokesman to the
    Chief Minister" of a "Chief Minister" named in the story), or None."""
    m = _PRINCIPAL_END.search(p.role) if " the " in p.role else None
    if m is None:
        return None
    office = m.group(1).lower().replace("advisor", "adviser")
    heads = [q for q in persons if q is not p and q.role and q.mentions
             and q.role.lower().replace("advisor", "adviser") == office]
    return heads[0] if len(heads) == 1 else None


def _role_owner(text: str, p: _Cand, persons: list[_Cand]) -> _Cand | None:
    """The office holder whose title ``p`` holds ("Lula's Economy Minister A Bcd",
    "A Bcd, the Economy Minister of Lula,"): another person, named by family name, who
    holds an office himself."""
    s = p.role_pos
    if s >= len(text):
        return None
    e = next((e for b, e in p.mentions if b == s), s)
    last = p.role.split()[-1].lower()
    m = _OWNER_BEFORE.search(text, max(0, s - 60), s)
    # (without a possessive, only the title itself after the name: not "Biden told host A Bcd")
    word = m.group(1) if m is not None and last in m.group(3).lower() \
        and (m.group(2) or m.group(3).lower() == p.role.lower() + " ") else None
    if word is None:
        m = _OWNER_AFTER.match(text, e)
        if m is not None and last in m.group(0).lower():
            word = m.group(1) or m.group(2)
    if word is None and text.startswith(", ", e):
        # "A Bcd, the chief spokesman to President C Def,": the holder named
        # in full after the aide's title and his own
        for q in persons:
            if q is not p and q.role and any(
                    e < b <= e + 90 and (g := _OWNER_AFTER_TITLED.fullmatch(text, e, b)) is not None
                    and last in g.group(0).lower() for b, _ in q.mentions):
                return q
    if word is None:
        return None
    key = _family_word(word)
    offices = _OWNER_OFFICES.get(key)
    if offices is not None:             # "PM's Press Secretary A Bcd": the one Prime Minister named
        heads = [q for q in persons if q is not p and q.role and q.role.lower() in offices]
        return heads[0] if len(heads) == 1 else None
    return next((q for q in persons if q is not p and q.role and _family(q.words) == key), None) \
        or next((q for q in persons if q is not p and q.role and len(q.words) > 2
                 and key in map(_family_word, q.words[1:])), None)   # "Lula" of "Luiz Inácio Lula da Silva"


@lru_cache(maxsize=1024)
def _office_rx(office: str) -> re.Pattern:
    """A state's possessive or demonym and the office, unnamed ("Peru's ambassador was",
    "the Russian ambassador was"); group 1 the state's word."""
    return re.compile(r"\b([A-Z][\w-]+?)(?:['’]s)?[ ](?:" + re.escape(office.lower()) + r")(?![\w-])(?![ ,]+[A-Z])")


def _office_state_before(text: str, office: str, pos: int) -> str | None:
    """For a person at ``pos`` introduced as "the <office>, A Bcd" (one word): the state of
    the last unnamed holder of that office named before him; as "<Office> A Bcd": the state
    of the unnamed holders named before him, if they share one."""
    low = office.lower()
    k = pos - len(low) - 1
    titled = text[max(0, k):pos] == f"{office} " and (     # "that Ambassador A Bcd" (the title alone)
        k <= 0 or text[k - 1] in "\n\"“" or text[k - 1] == " " and text[k - 2:k - 1].islower())
    if not titled and text[max(0, pos - len(low) - 6):pos].lower() != f"the {low}, " \
            or text.find(low, 0, pos - len(low) - 2) < 0:
        return None
    codes = [c for m in _office_rx(office).finditer(text, 0, pos) if (c := _is_country_word(m.group(1)))]
    if titled:                          # ("Ecuador expelled the American ambassador. ... that
        return codes[0] if len(set(codes)) == 1 else None   # Ambassador A Bcd was": one holder only)
    return codes[-1] if codes else None


#: a state that appointed someone, right before his name: "Iran appointed ", "Peru has named "
_APPOINTED_BY = re.compile(r"\b([A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2})[ ](?:has[ ]|had[ ])?"
                           r"(?:appointed|named|nominated|designated|picked|chosen|chose)[ ]$")
#: ... and "as its <office>" after the name, past an apposition: ", a veteran diplomat, as its "
_AS_ITS = re.compile(r"(?:,[^,.;]{1,60},)?[ ]as[ ]its[ ][a-z]")
#: a visit to a state, then "met (with)" and the words before a name, in one sentence: "During her
#: visit to Chile, Ruiz then met with Senate President " (group 1 the state, 2 the words)
_VISIT_MET = re.compile(r"\b(?:visit|trip|tour)[ ]to[ ](?:the[ ])?([A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)"
                        r"[^.;:\n]{0,100}?\bmet(?:[ ]with)?[ ]([^.;:,\n]{0,80})$")
#: a visitor "met", "greeted", "received" or "welcomed" by his host's official ("was welcomed on
#: landing by the State Minister ", group 1 the title before the name)
_GREETED_BY = re.compile(r"[ ](?:was|were)[ ](?:met|greeted|received|welcomed|seen[ ]off)"
                         r"(?:[ ](?:at|on|upon)[ ][^,.;:\n]{0,40}?)?[ ]by[ ](?:the[ ])?([^.;:,\n]{0,80})$")
#: an inverted list of those with a leader: "Joining Fernández were " (group 1 his family name)
_JOINING = re.compile(r"Joining[ ](?:[A-Z][\w'’-]+[ ])?([A-Z][\w'’-]+)[ ](?:were|was)[ ]")


def _accompanied(text: str, sentences, p: _Cand, persons: list[_Cand]) -> _Cand | None:
    """The titled person an office holder accompanies: ``p`` is first named in the list after
    "accompanied by", and the titled person named last before it in the sentence leads
    ("President A Bcd is attending, accompanied by Minister of Defence, C Def and Minister in
    the Presidency, E Fgh"): his officials act for his state."""
    first = min(b for b, _ in p.mentions)
    j = text.rfind("Joining ", max(0, first - 200), first)
    if j >= 0 and (jn := _JOINING.match(text, j)) is not None and jn.end() <= first \
            and sentence_index(sentences, j) == sentence_index(sentences, first):
        # "Joining Marek were Trade Minister A and Health Minister B": Marek's officials
        return next((q for q in persons if q is not p and _family(q.words) == _family_word(jn.group(1))), None)
    k = max(text.rfind("accompanied by ", max(0, first - 900), first),
            text.rfind(" alongside ", max(0, first - 400), first),      # ("Putin alongside Deputy PM A")
            text.rfind(" traveling with ", max(0, first - 900), first),     # ("A is traveling with
            text.rfind(" travelling with ", max(0, first - 900), first))    # Minister B, ...")
    i = sentence_index(sentences, k) if k >= 0 else -1
    if i < 0 or first >= sentences[i].end:
        return None                     # (no "accompanied by" before the name in its sentence)
    sentence = sentences[i].start
    lead = _last_titled_before(persons, k, k - sentence + 1, lambda q: q is p)
    if lead is None:
        # "Marek will be accompanied by Minister A; Minister B; ...": the subject right before,
        # titled or not
        return next((q for q in persons if q is not p and any(
            b >= sentence and _ACCOMPANIED_GAP.fullmatch(text, e, k) for b, e in q.mentions)), None) \
            or _pronoun_subject(text, sentences, i, k, persons)     # "He is accompanied by ..."
    return lead if any(b >= sentence for b, _ in lead.mentions) else None


#: between a subject and "accompanied by": "Marek will be accompanied by", "Marek, accompanied by"
_ACCOMPANIED_GAP = re.compile(r",?[ ](?:(?:will|would|was|is|were|has|had)[ ](?:been[ ]|be[ ])?)?")


#: a meeting's verb before the persons met ("met with", "will meet", "held talks with", "called
#: on", "had an audience with"): what follows up to the name may only be a list of titled names
_MET_VERB = re.compile(r"\b(?:met|meet|meets|meeting|(?:held|hold|holds|holding)[ ]talks|talks|called[ ]on|"
                       r"(?:paid|pays|pay)[ ](?:a[ ])?(?:courtesy[ ])?(?:call|visit)[ ]on|an[ ]audience)"
                       r"(?:[ ](?:with|on))?[ ](?![Hh]is[ ]|[Hh]er[ ]|[Tt]heir[ ]|[Ii]ts[ ])")


def _met_by_state(ctx: _Ctx, sentences, p: _Cand, persons: list[_Cand], final: dict, holder: dict,
                  code: str) -> str | None:
    """The state of an official ``p`` who took the story's state by default but whom a person
    of that same state meets in the sentence ("Austin will travel to A to meet Prime Minister
    B"; "the Emir held talks with Sultan B"): the state visited named just before, else the
    other state the article names most."""
    text = ctx.text
    if _LOCAL_OFFICE.search(p.role):
        return None                     # ("met Punjab Chief Minister A", "Governor of Grodno Region
                                        # A": a leader at home meets his own regions' heads)
    at = min(p.mentions)[0]
    i = sentence_index(sentences, at)
    if i < 0:
        return None
    begin = max(sentences[i].start, at - 160)
    verb = None
    for m in _MET_VERB.finditer(text, begin, at):
        verb = m
    if verb is None or not _MET_GAP.fullmatch(text, verb.end(), at):
        return None                     # (only titles and other names between the verb and his name)
    lead = None
    for q in persons:
        if q is p:
            continue
        e = max((e for b, e in q.mentions if sentences[i].start <= b and e <= verb.start()), default=-1)
        if e >= 0 and (lead is None or e > lead[0]):
            lead = (e, q)
    q = lead[1] if lead is not None else _pronoun_subject(text, sentences, i, verb.start(), persons)
    if q is None:
        return None
    state = final.get(id(q)) or q.country or holder.get(id(q))
    if state != code:
        return None
    return _visited_state(ctx, code, verb.start()) or _other_state(ctx, code)


#: a sentence opening on a personal pronoun as its subject ("He will meet", "She later held")
_PRONOUN_OPENING = re.compile(r"(?:[A-Z][a-z]+[ ]\w+,[ ])?(?:He|She)[ ]")


def _pronoun_subject(text: str, sentences, i: int, pos: int, persons: list[_Cand]) -> _Cand | None:
    """Whom "He"/"She" opening sentence ``i`` (before ``pos``) stands for: the person named
    first in the sentence before, when that name opens it (its subject: "Mr. A is to arrive on
    Monday. He will meet ...")."""
    if i < 1 or _PRONOUN_OPENING.match(text, sentences[i].start, pos) is None:
        return None
    for k in range(i - 1, max(-1, i - 4), -1):
        start, end = sentences[k].start, sentences[k].end
        if _PRONOUN_OPENING.match(text, start, end) is not None:
            continue                    # ("He also met A. He then ...": the same "He" further back)
        for q in persons:
            if any(b == start or (start < b < end and _TITLE_GAP.fullmatch(text, start, b))
                   for b, _ in q.mentions):
                return q                # (the name, after its title, opening the sentence)
        return None
    return None


#: an office of a region or town, which a leader meets at home
_LOCAL_OFFICE = re.compile(r"\b(?:[Gg]overnor|[Cc]hief[ ][Mm]inister|[Mm]ayor|[Rr]egion|[Pp]rovince|[Pp]rovincial|[Rr]egional|"
                           r"[Oo]blast|[Cc]ounty|[Mm]unicipal)\b")
#: between a meeting's verb and a person met: titles, other names and list commas, no clause
_MET_GAP = re.compile(r"(?:[A-Z][\w’'.-]*|of|the|for|and|along[ ]with|as[ ]well[ ]as|de|al|bin|[a-z]+-[a-z]+|,|[ ]|"
                      r"\([^()]{0,40}\))*")


def _relative_of(p: _Cand, persons: list[_Cand]) -> _Cand | None:
    """The person whose relative or successor ``p`` is: the one named by the possessive,
    or for "his"/"her" the person named last before it."""
    word, pos = p.related
    if word != "his":
        return next((q for q in persons if q is not p and q.mentions and _family(q.words) == word), None)
    best, best_end = None, -1
    for q in persons:
        if q is p:
            continue
        end = max((e for _, e in q.mentions if e <= pos), default=-1)
        if end > best_end:
            best, best_end = q, end
    return best


def _holder_country(p: _Cand) -> str | None:
    """The office-holder gazetteer's state for a candidate (full name, else family name; a
    short family name only with a title: "President Bush"; a past holder's family name only
    with a title of the office held: "Chancellor Kohl")."""
    full, family = _office_holders()
    code = family.get(_family(p.words)) if len(p.words) <= 3 or sum(
        w not in _SUFFIXES and len(w.rstrip(".")) > 1 for w in p.words) <= 3 else None
    # (not counting an initial or a suffix: "Ferdinand R. Marcos Jr")
    if code is None and p.role and len(p.words) == 1:
        key = _family(p.words)
        code = _short_holder_families().get(key) or _family_first_holders().get(key)
        past = _past_holder_families().get(key) if code is None else None
        if past is not None and not (past[1] & _role_words(p.role)) <= _OFFICE_HEADS:
            code = past[0]              # "Chancellor Kohl", not "Justice Green" (Rosario Green)
        inner = _inner_name_holders().get(key) if code is None else None
        if inner is not None and not (inner[1] & _role_words(p.role)) <= _OFFICE_HEADS:
            code = inner[0]             # "President Lula": the state of the holder whose name holds it
    key = fold(p.name)
    found = full.get(key)
    if found is None and len(p.words) == 2:
        found = full.get(fold(f"{p.words[1]} {p.words[0]}"))   # "Kihara Minoru": the family name first
    if found is None and p.role and len(p.words) == 1:
        found = _regnal_holders().get((fold(p.name), fold(p.role)))    # "King Charles": Charles III
    if found is None and len(p.words) >= 5 and p.words[-2] in ("Al", "al", "Al-", "al-") and " bin " in key:
        found = full.get(key.rsplit(" ", 2)[0])     # "Mohamed bin Zayed Al Nahyan": the dynasty's name added
    for short in () if found is not None else _shorter_forms(p.words):
        found = full.get(short)         # "Jorge Glas Espinel", "Teodoro L. Locsin": the gazetteer's
        if found is not None:           # "Jorge Glas", "Teodoro Locsin"
            break
    return found or (code if code and _holder_given_fits(p.words) else None)


#: a middle initial ("L.", "L")
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.?")


def _shorter_forms(words) -> list[str]:
    """The folded forms of a name a gazetteer may write otherwise: without a second family
    name, without middle initials, without the first of two given names, with a suffix's period."""
    return [k for k in (_second_surname_dropped(words), _middle_initials_dropped(words), _first_given_dropped(words),
                        fold(" ".join(words) + ".") if words[-1] in ("Jr", "Sr") else None,
                        _second_nasab_dropped(words), _middle_names_dropped(words))
            if k is not None]             # (and "A Bcd Jr" as the gazetteer's "A Bcd Jr.")


def _middle_names_dropped(words) -> str | None:
    """"Nana Addo Dankwa Akufo-Addo" as "nana akufo-addo": a name of four words or more
    cut to its first and last, as a gazetteer writes the holder (no particle between: not
    "Mohammed bin ... Al Saud")."""
    if len(words) < 4 or any(w in PARTICLES or w in _DESCENT_PARTICLES or not w[:1].isupper() for w in words):
        return None
    return fold(f"{words[0]} {words[-1]}")


def _second_nasab_dropped(words) -> str | None:
    """"Faisal bin Farhan bin Abdullah" as "faisal bin farhan": an Arabic name cut before its
    second "bin" (the grandfather's name), as the gazetteers write the holder."""
    marks = [k for k, w in enumerate(words) if w in ("bin", "bint", "ibn")]
    return fold(" ".join(words[:marks[1]])) if len(marks) >= 2 and marks[1] >= 3 else None


def _first_given_dropped(words) -> str | None:
    """The folded name without the first of two given names, for a holder the gazetteer knows
    by the second ("Josaia Voreqe Bainimarama" -> "voreqe bainimarama"); None for other names."""
    if len(words) != 3 or words[0] in person_stopwords() or not all(w[1:].islower() for w in words):
        return None
    return fold(f"{words[1]} {words[2]}")


def _middle_initials_dropped(words) -> str | None:
    """The folded name without its middle initials ("Teodoro L. Locsin" -> "teodoro locsin"),
    or None for a name without any."""
    if len(words) < 3 or not any(_MIDDLE_INITIAL.fullmatch(w) for w in words[1:-1]):
        return None
    last = len(words) - 1
    return fold(" ".join(w for i, w in enumerate(words) if not (0 < i < last and _MIDDLE_INITIAL.fullmatch(w))))


def _second_surname_dropped(words) -> str | None:
    """The folded name without its last word, for a given name and two family names ("Jorge
    Glas Espinel" -> "jorge glas"), as gazetteers write Spanish and Portuguese names; None
    for other names."""
    if len(words) != 3 or words[0] not in given_names() or words[2] in given_names() \
            or not words[2][:1].isupper() or not words[2][1:].islower() or words[1] in given_names() \
            or words[2].rstrip(".") in _SUFFIXES or words[2] in _SUFFIXES:
        return None
    return fold(f"{words[0]} {words[1]}")


def _held_in(p: _Cand, year: int | None) -> tuple[bool, str | None]:
    """(True, state) when the article's ``year`` settles which of a holder's offices of
    several states or bodies is meant ("Donald Tusk" in 2018: the European Council's, no
    state; in 2024: Poland's); (False, None) otherwise."""
    terms = _holder_terms().get(fold(p.name)) if year is not None else None
    held = [c for start, end, c in terms if start <= year <= end] if terms else ()
    return (True, held[-1]) if held else (False, None)


@lru_cache(maxsize=1)
def _holder_history() -> dict[str, tuple[tuple[int | None, int, str | None, str], ...]]:
    """fold(full name) -> (first year or None, last year (9999: still in office), state or
    None, office) of each row the gazetteers hold for the holder, in the files' order."""
    out: dict[str, list[tuple[int | None, int, str | None, str]]] = {}
    for row in _holder_rows() + _past_holder_rows():
        out.setdefault(fold(row["name"]), []).append(
            (int(row["from"]) if row["from"] else None, int(row["to"] or 9999), row["country"] or None, row["role"]))
    return {k: tuple(v) for k, v in out.items()}


def _office_named_state(p: _Cand) -> str | None:
    """The one state of the gazetteer rows of ``p``'s full name whose office is the role the
    article gives him (case aside); None if none or several."""
    rows = _holder_history().get(fold(p.name)) if p.role else None
    if not rows:
        return None
    role = p.role.lower()
    states = {c for _, _, c, office in rows if office.lower() == role}
    return states.pop() if len(states) == 1 else None


@lru_cache(maxsize=1)
def _holder_terms() -> dict[str, tuple[tuple[int, int, str | None], ...]]:
    """fold(full name) -> (first year, last year, state) of each office of the holders the
    gazetteers list under more than one state or under a state and a body ("Donald Tusk":
    Poland's Prime Minister and the European Council's President), earliest first."""
    out = {}
    for k, rows in _holder_history().items():
        terms = [(a, b, c) for a, b, c, _ in rows if a is not None]
        if len({c for _, _, c in terms}) > 1:
            out[k] = tuple(sorted(terms))
    return out


@lru_cache(maxsize=1)
def _short_holder_families() -> dict[str, str]:
    """Four-letter family names of office holders with one state ("bush", "blair"), trusted
    only after a title: alone they are too often other words or other people."""
    return {k: next(iter(v)) for k, v in _holder_families().items() if len(k) == 4 and len(v) == 1 and None not in v}


@lru_cache(maxsize=1)
def _family_first_holders() -> dict[str, str]:
    """Family names written first ("Xi Jinping", "Moon Jae-in") of office holders, each of one
    state and no other holder's family name, trusted only after a title ("President Xi")."""
    states: dict[str, set[str | None]] = {}
    for row in _holder_rows():
        words = row["name"].split()
        if len(words) in (2, 3) and words[0] in family_first_names():
            states.setdefault(fold(words[0]), set()).add(row["country"] or None)
    others = _holder_families()
    return {k: next(iter(v)) for k, v in states.items()
            if len(v) == 1 and None not in v and others.get(k, v) == v and k not in _common_family_keys()}


@lru_cache(maxsize=1)
def _past_holder_families() -> dict[str, tuple[str, frozenset[str]]]:
    """fold(family name) -> (state, words of the offices held) of past office holders
    (past_office_holders.tsv) whose holders, past and present, all act for one state. Many
    of these names are other people's too ("Green", "Major"), so one is trusted only after a
    title that shares a word with an office its holder held ("Chancellor Kohl")."""
    states: dict[str, set[str | None]] = {}
    offices: dict[str, set[str]] = {}
    for row in _past_holder_rows():
        key = _family(row["name"].split())
        states.setdefault(key, set()).add(row["country"] or None)
        offices.setdefault(key, set()).update(_role_words(row["role"]))
    common, present = _common_family_keys(), _holder_families()
    out = {}
    for key, v in states.items():
        v |= present.get(key, frozenset())
        if len(v) == 1 and None not in v and key not in common and len(key) >= 4:
            out[key] = (next(iter(v)), frozenset(offices[key]))
    return out


#: words of many offices: a title sharing only these with a past holder's office is another one
#: ("Trade Minister Green" is not Foreign Minister Rosario Green)
_OFFICE_HEADS = frozenset({"minister", "secretary", "deputy", "vice", "general", "assistant", "acting"})


def _role_words(role: str) -> frozenset[str]:
    """The lower-case words of a title that name an office ("Foreign Secretary" ->
    {"foreign", "secretary"}), without "of", "the", "and", "for"."""
    return frozenset(w for w in role.lower().replace("-", " ").split() if w not in ("of", "the", "and", "for"))


#: styles a name may keep at its head ("Sheikh A Bin Bcd Al Cde"), folded
_NAME_STYLES_FOLDED = frozenset({"sheikh", "shaikh", "sheik", "sheikha", "shaikha", "prince", "princess",
                                 "sultan", "emir", "king", "queen", "sayyid", "sayed"})


def _second_family_name_added(a: list[str], b: list[str]) -> bool:
    """``b`` is the family name of ``a`` (a given name and a family name) and a second family
    name, as Spanish and Portuguese names are written ("Ebrard Casaubón" for "Marcelo Ebrard")."""
    names = given_names()
    return a[0] in names and b[0] not in names and b[1] not in names and b[1][1:].islower()


def _same_person(a: list[str], b: list[str]) -> bool:
    # (an initial with or without its period: "S. Jaishankar", "S Jaishankar")
    fa, fb = [fold(w).rstrip(".") for w in a], [fold(w).rstrip(".") for w in b]
    if len(fa) != len(fb) and " ".join(fa).replace("-", " ") == " ".join(fb).replace("-", " "):
        return True                     # "Frank-Walter Steinmeier", "Frank Walter Steinmeier"
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if 2 <= len(short) < len(long_) and long_[-len(short) - 1] in _PATRONYMIC and long_[-len(short):] == short:
        return False                    # "Abdullah II" and "Hussein bin Abdullah II": father and son
    if len(long_) >= 3 and long_[-2].lower() in _PATRONYMIC \
            and len(bare := [w for w in short if not _REGNAL_NUMBER.fullmatch(w) and w not in _SUFFIXES]) == 1 \
            and fold(long_[-1]).rstrip(".") == fold(bare[0]).rstrip("."):
        return False                    # "King Abdullah II" and "Crown Prince Hussein bin Abdullah":
                                        # the one name after "bin" is the father's
    fs, fl = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    if len(fs) >= 3 and fl[:len(fs)] == fs:
        return True                     # "Mahamat Idriss Deby", later "Mahamat Idriss Déby Itno"
    fa[-1], fb[-1] = _family(a), _family(b)
    if fa == fb:
        return True
    if len(fa) > 2 and len(fb) > 2 and fa[0] == fb[0] and fa[0] in _NAME_STYLES_FOLDED and fa[1] != fb[1]:
        return False                    # "Sheikh A Bin Bcd Al Cde", "Sheikh Efg Bin Bcd Al Cde": the
                                        # style is no given name; two brothers
    if fa[-1] == fb[-1] and (fa[0] == fb[0] or len(fa) == 1 or len(fb) == 1 or
                             set(fa[:-1]) <= set(fb) or set(fb[:-1]) <= set(fa)):
        return True
    # initials for the given names ("A. G. Lukashenko" for "Alexander Lukashenko")
    if fa[-1] == fb[-1] and len(fa) > 1 and len(fb) > 1 and (
            all(len(w) == 1 for w in fa[:-1]) and fb[0][:1] == fa[0]
            or all(len(w) == 1 for w in fb[:-1]) and fa[0][:1] == fb[0]):
        return True
    # same given names and a family name one letter apart (a typo in the article)
    if len(fa) == len(fb) >= 3 and fa[:-1] == fb[:-1] and _one_edit(fa[-1], fb[-1]):
        return True
    # the same family name (and middle names) and a long given name spelt two ways ("Mikheil" /
    # "Mikhail", "Ismail Omar" / "Ismael Omar"): one letter inside it (not the last: "Mario" /
    # "Maria", "Daniel" / "Daniela" are two persons)
    if len(fa) == len(fb) >= 2 and fa[1:] == fb[1:] and len(fa[0]) == len(fb[0]) >= 6 \
            and fa[0][-1] == fb[0][-1] and _one_edit(fa[0], fb[0]):
        return True
    # ... or one letter added inside it ("Abdourahmane" / "Abdoulrahmane")
    if len(fa) == len(fb) == 2 and fa[1] == fb[1] and min(len(fa[0]), len(fb[0])) >= 6 \
            and fa[0][-1] == fb[0][-1] and _edit_distance_one(fa[0], fb[0]):
        return True
    # ... or with one letter doubled ("Mohamed" / "Mohammed", "Hasan" / "Hassan")
    if len(fa) == len(fb) == 2 and fa[1] == fb[1] and min(len(fa[0]), len(fb[0])) >= 5 \
            and _letter_doubled(fa[0], fb[0]):
        return True
    return False


def _letter_doubled(a: str, b: str) -> bool:
    """One of ``a`` and ``b`` is the other with one letter written twice."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) != len(a) + 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return i > 0 and b[i] == b[i - 1] and a[i:] == b[i + 1:]


def _edit_distance_one(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return _one_edit(a, b)
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i:] == b[i + 1:]


_SENTENCE_GAP = re.compile(r"[.!?]\s|\n")


def _word_count(text: str, word: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` (of one length) differ by one letter or by two neighbours swapped
    ("Macron" / "Marcon"): the typos a name gets in an article."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                              and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


def _set_role(c: _Cand, role, pos, country, intl, rank) -> None:
    if role and (pos < c.role_pos or _office_after_rank(c.role, role)):
        c.role, c.role_pos = role, pos
    if intl and not country and not (role and role.lower().startswith(("former ", "ex-"))):
        # (not "A Bcd, a former IMF economist,": a body once served does not say whom he acts for now)
        if intl == "company":
            c.company = True
        else:
            c.international = True
    if country and not (c.international and role and role.lower().startswith(("former ", "ex-"))):
        # (not "A Bcd, a former foreign minister of Kestria," of a UN envoy: whom he acts for now)
        _set_country(c, country, rank)


def _set_country(c: _Cand, code: str, rank: int) -> None:
    if code and rank < c.country_rank:
        c.country, c.country_rank = code, rank


#: a service's name before a rank ("Navy Cmdr.", "Pentagon spokesman Navy Capt. A Bcd"): with
#: a service, "Commander" is a rank, and an office before the service is the post held
_SERVICES = r"(?:Navy|Army|Air[ ]Force|Marine[ ]Corps|Marines?|Coast[ ]Guard|Space[ ]Force)[ ]"
_SERVICE_BEFORE = re.compile(_SERVICES + r"(?=(?:[A-Z][a-z]+[ ])?[A-Z])")
_SERVICE_END = re.compile(_SERVICES + "$")


#: a legislator's style that a cabinet post named at another mention replaces
_SEAT_TITLES = frozenset({"senator", "counterpart"})
#: a cabinet post
_MINISTERIAL = re.compile(r"(?i)\b(?:minister|secretary)\b")


def _office_after_rank(role: str | None, later: str | None) -> bool:
    """Whether ``later``, an office given at a later mention or in an apposition, replaces
    ``role``, a military or police rank ("Lt. Gen. A Bcd ... Bcd, the deputy chief of the
    general staff"): a command says what the person does for the state, and so does a
    spokesman's post ("Major A Bcd, spokesman for the army"). Another occupation leaves the rank."""
    if role in _ROYAL_STYLES and later and _is_office(later) and not later.startswith(_FORMER_PREFIXES):
        return True                     # "Sheikh A ... Sheikh A, the foreign minister,": the office
    if role and later and role.lower() == "leader" and later.lower() != "leader" and _is_office(later) \
            and not later.startswith(_FORMER_PREFIXES):
        return True                     # "Israeli leader A Bcd ... Prime Minister Bcd": the office
    if role and later and role.lower() == "ambassador" and later.lower() != "ambassador" \
            and (_is_office(later) or not SPOKES_NOUNS.isdisjoint(later.lower().split())) \
            and not later.startswith(_FORMER_PREFIXES):
        return True                     # "Ambassador A Bcd, Permanent Representative of X to the
                                        # UN", "..., Minister of State": the post over the style
    if role and later and set(role.lower().split()) <= _SEAT_TITLES and _MINISTERIAL.search(later) \
            and not later.startswith(_FORMER_PREFIXES):
        return True                     # "Senator A Bcd ... Foreign Affairs Minister, Senator A
                                        # Bcd": the cabinet post over the seat in the chamber
    return bool(role and later) and (_title_kind(role.split()) == "rank" or role in _CLERICAL_RANKS
                                     or _SERVICE_BEFORE.match(role) is not None) \
        and (_is_office(later) or not SPOKES_NOUNS.isdisjoint(later.lower().split()))


def _merge_attrs(t: _Cand, c: _Cand) -> None:
    if c.role and (c.role_pos < t.role_pos or _office_after_rank(t.role, c.role)):
        t.role, t.role_pos = c.role, c.role_pos
    if c.country and c.country_rank < t.country_rank:
        t.country, t.country_rank = c.country, c.country_rank
    t.international = t.international or c.international
    t.company = t.company or c.company


#: a plural office, "of" and the states (or a description) it is held for, then a comma or a
#: dash before the holders' names: "The Trade Ministers of Peru, Chile and Bolivia – "
_STATE_NAME = r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?"
_OFFICE_LIST = re.compile(r"(?<![\w-])((?:(?![Tt]he[ ])[A-Za-z][a-z]+[ ]){0,2}[A-Za-z][a-z]+s)[ ]of[ ](?:the[ ])?"
                          rf"((?:{_STATE_NAME},[ ])*{_STATE_NAME}(?:,?[ ]and[ ]{_STATE_NAME})?"
                          r"|(?:two|three|four|five)[ ]countries)"
                          r"[ ]?(?:,|[–—]|--)[ ](?=[A-Z])")
#: the same list with no comma before the names, its states one word each: "Presidents of
#: Kazakhstan and Azerbaijan A Bcd and C Def"
_OFFICE_LIST_BARE = re.compile(r"([A-Za-z][a-z]+s)[ ]of[ ](?:the[ ])?"
                               r"((?:[A-Z][\w'’-]*,[ ])*[A-Z][\w'’-]*,?[ ]and[ ][A-Z][\w'’-]*)[ ](?=[A-Z])")
_COUNTED_STATES = {"two": 2, "three": 3, "four": 4, "five": 5}
#: between two holders of such a list: commas, "and", and capitalised words (a state, a
#: possessive, a title), no verb: "A, B of Chile and Peru's C"
_HOLDERS_GAP = re.compile(r"[\s,;()–—-]*(?:(?:and|of|the|[A-Z][\w’'.-]*)[\s,;()–—-]*){0,6}")
_STATE_POSSESSIVE_GAP = re.compile(r"([A-Z][\w-]*(?:[ ][A-Z][\w-]*)?)['’]s[ ]")
#: the same with the states' possessive before the office: "the three countries’ energy ministers, "
_COUNTRIES_OFFICE = re.compile(r"\b(two|three|four|five)[ ]countries['’][ ]((?:[a-z]+[ ]){0,2}[a-z]+s)[ ]?(?:,|[–—]|--)[ ](?=[A-Z])")
#: "Among the MPs present were ", "Among the ministers attending are ", "The ambassadors were "
#: opening a sentence: a list of holders follows
_AMONG_OFFICE = re.compile(r"\b(?:[Aa]mong[ ]the[ ]((?:[A-Za-z]+[ ])?[A-Za-z]+s)(?:[ ](?:present|attending|there|invited))?"
                           r"[ ](?:were|are|was)|(?:^|(?<=[.\n][ ])|(?<=\n))The[ ]((?:[A-Za-z]+[ ])?[A-Za-z]+s)[ ](?:were|are)"
                           r"|(?:^|(?<=[.\n][ ])|(?<=\n))The[ ](?:other[ ]|two[ ]|three[ ]|four[ ]|five[ ])"
                           r"((?:[A-Za-z]+[ ])?[A-Za-z]+s)(?:[ ]of[ ]the[ ][a-z]+)?,)[ ]")
#: "the Czech and Greek trade ministers, A and B": demonyms, a plural office, the names, and
#: the demonyms before "and" (a state's initials serve too: "the Russian and US presidents")
_DEMONYMS_OFFICE = re.compile(r"[ ]and[ ]([A-Z][a-z]+|[A-Z]{2,3}|U\.[SK]\.)[ ]((?:[A-Za-z][a-z]+[ ]){0,2}[A-Za-z][a-z]+s),?[ ](?=[A-Z])")
_DEMONYMS_BEFORE = re.compile(r"(?<![\w.-])((?:(?:[A-Z][a-z]+|[A-Z]{2,3}|U\.[SK]\.),[ ])*(?:[A-Z][a-z]+|[A-Z]{2,3}|U\.[SK]\.))$")
_STATE_LIST_SPLIT = re.compile(r",[ ](?:and[ ])?|[ ]and[ ]")
#: the states after a list of holders, in the holders' order: "Presidents A and B of Peru
#: and Chile", "... of Peru, Chile and Bolivia respectively"
_RESPECTIVE_STATES = re.compile(rf"[ ]of[ ](?:the[ ])?((?:{_STATE_NAME},[ ])*{_STATE_NAME},?[ ]and[ ]{_STATE_NAME})\b")
#: a plural office in an apposition after the holders: ", Prime Ministers", ", the foreign ministers"
_HOLDERS_THEN_OFFICE = re.compile(r",[ ](?:the[ ])?((?:[A-Za-z][\w-]*[ ]){0,3}[A-Za-z][\w-]*s)")
#: between two holders of such a list: a comma or "and"
_RESPECTIVE_GAP = re.compile(r",[ ](?:and[ ])?|,?[ ]and[ ]")


#: a plural office of a list of states, its holders named later: "The foreign ministers of
#: Peru, the UAE, and Chile landed in Lima" (then "Peru's A, the UAE's B ...")
_PLURAL_OFFICE_OF_STATES = re.compile(r"\b[Tt]he[ ]((?:[a-z]+[ ]){0,2}[a-z]+s)[ ]of[ ]"
                                      rf"((?:(?:the[ ])?{_STATE_NAME},[ ])+(?:the[ ])?{_STATE_NAME}(?:,?[ ]and[ ](?:the[ ])?{_STATE_NAME})?"
                                      rf"|(?:the[ ])?{_STATE_NAME}[ ]and[ ](?:the[ ])?{_STATE_NAME})(?![\w’'-])")


def _later_holders(text: str, persons: list[_Cand]) -> None:
    """"The defence ministers of Peru, Chile and Bolivia watched the drill. Peru's A, Chile's
    B and C of Bolivia ...": the persons named after it (within a paragraph or two) with no
    office, two at least, each of one of those states, hold that office."""
    for m in _PLURAL_OFFICE_OF_STATES.finditer(text):
        office = _plural_office_words(m.group(1))
        if office is None:
            continue
        codes = {_is_country_word(w.removeprefix("the ")) for w in _STATE_LIST_SPLIT.split(m.group(2))}
        if None in codes or len(codes) < 2:
            continue
        holders = [(p, code) for s, p in _persons_after(persons, m.end(), 700)
                   if not p.role and min(a for a, _ in p.mentions) == s
                   and (code := p.country or _possessive_state_before(text, p.mentions[:1])) in codes]
        if len(holders) >= 2 and len({code for _, code in holders}) == len(holders):
            role = _format_role(*office)
            for p, _ in holders:
                p.role = role           # (the state, if read here, is set with the others below)


def _plural_office_words(phrase: str) -> tuple[list[str], str] | None:
    """The words of a plural office made singular and its title kind ("trade ministers" ->
    (["trade", "minister"], "office")); None unless the phrase is a plural office whose other
    words are modifiers of titles."""
    words = phrase.split()
    if not _plural_office(words[-1]):
        return None
    words[-1] = _singular(words[-1])
    kind = _title_kind(words)
    if kind is None or not all(_is_modifier(w) for w in words[:-1]):
        return None
    return words, kind


#: a state named before its office holder in "the presidents of Kestria, A, and ..."
_INTERLEAVED_STATE = re.compile(r"(?:(?:of|from)[ ])?(?:the[ ])?([A-Z][\w’'.-]*(?:[ ][A-Z][\w’'.-]*){0,3}),[ ]")
_INTERLEAVED_JOIN = re.compile(r",?[ ]and[ ]|,[ ]")     # (then "of Uruguay, C", "from Ecuador, D")
#: the modifiers of a plural office before its noun ("foreign ministers")
_PLURAL_MODIFIERS = re.compile(r"(?:(?<=[ ])|^)((?:[A-Za-z][a-z-]*[ ]){0,2})$")
#: a state's name of one to three words before a holder's name, no comma between ("of Spain
#: A Bcd, Latvia C Def")
_STATE_WORDS_AT = re.compile(r"(?:(?:of|from)[ ])?(?:the[ ])?((?:[A-Z][\w’'.-]*[ ]){1,3})")


def _state_and_holder(text: str, i: int, at: dict) -> tuple | None:
    """(the state's code, (holder, end)) for a list item at ``i`` naming a state and, after a
    comma or not, a holder of the office ("Kestria, A Bcd", "Latvia A Bcd"); else None."""
    sm = _INTERLEAVED_STATE.match(text, i)
    if sm is not None and (code := _is_country_word(sm.group(1))) and (hit := at.get(sm.end())) is not None:
        return code, hit
    sm = _STATE_WORDS_AT.match(text, i)
    if sm is None:
        return None
    words, end = sm.group(1).split(), sm.start(1) - 1
    for w in words:
        end += len(w) + 1
        if (code := _is_country_word(text[sm.start(1):end])) and (hit := at.get(end + 1)) is not None:
            return code, hit
    return None


def _interleaved_office_list(text: str, persons: list[_Cand], pos: int) -> bool:
    """"The presidents of Kestria, A, and Lorvia, B": each holder after the state
    he holds the office of, ``pos`` at the end of the plural. Sets the office and the states
    and returns True for two holders or more; else changes nothing."""
    at = {s: (p, e) for p in persons for s, e in p.mentions if pos < s < pos + 400}
    pairs, i = [], pos + 5
    while (found := _state_and_holder(text, i, at)) is not None:
        code, hit = found
        pairs.append((hit[0], code))
        j = _INTERLEAVED_JOIN.match(text, hit[1])
        if j is None:
            break
        i = j.end()
    if len(pairs) < 2:
        return False
    w0 = text.rfind(" ", 0, pos) + 1
    mods = _PLURAL_MODIFIERS.search(text, max(0, w0 - 40), w0).group(1).split()
    office = None
    for k in range(len(mods) + 1):          # the longest run of modifiers a title takes
        office = _plural_office_words(" ".join(mods[k:] + [text[w0:pos + 1]]))
        if office is not None:
            break
    if office is None:
        return False
    role = _format_role(*office)
    for p, code in pairs:
        p.role = role
        p.country, p.country_rank = code, 0
    return True


def _respective_states(ctx: _Ctx, persons: list[_Cand]) -> None:
    """"Presidents A and B of Peru and Chile": after a plural office, as many holders as
    states, each holder takes the state in his place of the list."""
    text = ctx.text
    ends = None
    for m in (_RESPECTIVE_STATES.finditer(text) if " and " in text else ()):
        if ends is None:
            ends = {e: (s, p) for p in persons for s, e in p.mentions}
        start, office = m.start(), None
        if start not in ends and (pre := _HOLDERS_THEN_OFFICE.search(text, max(0, start - 50), start)) is not None \
                and pre.end() == start and (office := _plural_office_words(pre.group(1))) is not None:
            start = pre.start()         # "A and B, Trade Ministers of Peru and Chile": the
                                        # holders before the plural office, each his state's
        if start not in ends:
            continue
        codes = [_is_country_word(w) for w in _STATE_LIST_SPLIT.split(m.group(1))]
        if not all(codes) or len(set(codes)) < len(codes):
            continue
        holders, s = [], start
        while len(holders) < len(codes) and (hit := ends.get(s)) is not None:
            holders.insert(0, hit[1])
            s = hit[0]
            gap = next((g for g in _RESPECTIVE_GAP.finditer(text, max(0, s - 6), s) if g.end() == s), None)
            if gap is None or len(holders) == len(codes):
                break
            s = gap.start()
        w0 = text.rfind(" ", 0, s - 1) + 1
        if len(holders) != len(codes) or len({id(p) for p in holders}) < len(holders) or office is None and (
                s < 2 or text[s - 1] != " " or not _plural_office(text[w0:s - 1])):
            continue
        for p, code in zip(holders, codes):
            p.country, p.country_rank = code, 0
            if office is not None and (not p.role or p.role.endswith(m.group(1))):
                p.role = _format_role(*office)  # (the plural apposition made one office)


def _office_lists(ctx: _Ctx, persons: list[_Cand]) -> None:
    """"The Trade Ministers of Peru, Chile and Bolivia – A, B and C": each name takes
    the office, and the states in order when they are as many as the names."""
    text = ctx.text
    found = []
    pos = text.find("s of ")
    while pos >= 0:                     # (a plural office before "of" first: a regex scan of the
        word = text[text.rfind(" ", 0, pos) + 1:pos + 1]   # whole text would cost more)
        if _plural_office(word) and not _interleaved_office_list(text, persons, pos):
            # (the interleaved list, "the presidents of Kestria, A, and Peru, B", settled there)
            m = _OFFICE_LIST.search(text, max(0, pos - 40), pos + 300)
            while m is not None and m.end(1) < pos + 1:
                m = _OFFICE_LIST.search(text, m.start(1) + 1, pos + 300)
            if m is not None and m.end(1) == pos + 1:
                found.append(m)
            elif (bare := _OFFICE_LIST_BARE.match(text, pos - len(word) + 1)) is not None:
                found.append(bare)      # "Presidents of Kazakhstan and Azerbaijan A Bcd and C Def"
        pos = text.find("s of ", pos + 5)
    for m in found:
        office = _plural_office_words(m.group(1))
        if office is None:
            continue
        words, kind = office
        role = _format_role(words, kind)
        counted = _COUNTED_STATES.get(m.group(2).partition(" ")[0])
        states = _STATE_LIST_SPLIT.split(m.group(2)) if counted is None else []
        codes = [_is_country_word(w) for w in states]
        following = _persons_after(persons, m.end())
        if not following or (following[0][0] != m.end() and not (
                (gap := _STATE_POSSESSIVE_GAP.fullmatch(text, m.end(), following[0][0])) is not None
                and _is_country_word(gap.group(1)))):
            continue                    # (the holders' names must follow: "the Presidents of A, B and C.";
                                        # a state's possessive may come first: "-- Peru's A, B of Chile")
        following = following[:counted or len(states)]
        for k in range(1, len(following)):
            prev = following[k - 1][1]
            end = min(e for s, e in prev.mentions if s >= following[k - 1][0])
            if not _HOLDERS_GAP.fullmatch(text, end, following[k][0]):
                following = following[:k]   # ("the ambassadors of Peru and Brazil, A thanked
                break                       # Brazilian President B": B is no second holder)
        following = [p for _, p in following]
        if len(following) < 2:
            continue
        for k, p in enumerate(following):
            if not p.role or p.role.lower().startswith((m.group(1).lower(), role.lower() + " of ")):
                p.role = role           # (not "Foreign ministers of A and B", the list's words, nor
                                        # "President of Peru and Chile" read from them before a name)
            if all(codes) and len(codes) == len(following):
                p.country, p.country_rank = codes[k], 0
    _respective_states(ctx, persons)
    if "s of " in text:
        _later_holders(text, persons)
    # "the three countries’ energy ministers, A, B and C": the office for each (the order of
    # the states named before need not be theirs)
    for m in (_COUNTRIES_OFFICE.finditer(text) if "countries’ " in text or "countries' " in text else ()):
        office = _plural_office_words(m.group(2))
        following = _persons_after(persons, m.end()) if office is not None else None
        if not following or following[0][0] != m.end():
            continue
        words, kind = office
        for _, p in following[:_COUNTED_STATES[m.group(1)]]:
            if not p.role:
                p.role = _format_role(words, kind)
    # "Among the MPs present were A, B and C": the office for each name of the list
    # ("The ambassadors were A from X, B from Y and C", "The two envoys of the mission, A and
    # B,": the same)
    for m in (_AMONG_OFFICE.finditer(text) if "mong the " in text or "The " in text else ()):
        office = _plural_office_words(m.group(1) or m.group(2) or m.group(3))
        following = _persons_after(persons, m.end()) if office is not None else None
        if not following or following[0][0] != m.end():
            continue
        listed = following[:1]
        for k in range(1, len(following)):
            prev = following[k - 1][1]
            end = min(e for s, e in prev.mentions if s >= following[k - 1][0])
            if not _LIST_GAP.fullmatch(text, end, following[k][0]):
                break
            listed.append(following[k])
        words, kind = office
        for _, p in listed:
            if not p.role:
                p.role = _format_role(words, kind)
    # "the Czech and Greek trade ministers A and B": the office, and the states in order
    for m in _DEMONYMS_OFFICE.finditer(text):
        office = _plural_office_words(m.group(2))
        if office is None:
            continue
        words, kind = office
        before = _DEMONYMS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        # (a state's short name serves as a demonym here: "the Russian and Saudi foreign
        # ministers"; the list starts after words that are neither: "In Riyadh, Russian and …")
        codes = []
        for w in reversed(_STATE_LIST_SPLIT.split(f"{before.group(1)} and {m.group(1)}")):
            code = _demonym_state(w) or (_is_country_word(w) if country_aliases().get(w, ("", ""))[1] == "short" else None)
            if code is None:
                break
            codes.insert(0, code)
        if len(codes) < 2:
            continue
        following = _persons_after(persons, m.end())
        if len(following) < len(codes) or following[0][0] != m.end():
            continue
        for k, (_, p) in enumerate(following[:len(codes)]):
            if not p.role or _plural_office(p.role.split()[-1]):    # (not the list's own words)
                p.role = _format_role(words, kind)
            p.country, p.country_rank = codes[k], 0


#: "A Bcd, (who is) widely known as (Dr) Bcdi": a name, then the one it goes by
_KNOWN_AS = re.compile(r",?[ ](?:who[ ](?:is|was)[ ])?(?:better|also|widely|popularly|commonly)[ ]known[ ]as[ ]"
                       r"(?:[A-Z][a-z]+[ ](?=[A-Z]))?([A-Z][\w’'-]+)\b")


def _known_as(ctx: _Ctx, persons: list[_Cand]) -> None:
    """"President Joko Widodo, better known as Jokowi": the mentions of the one-word name
    it goes by are his (changed in place: that candidate is merged into him)."""
    for m in _KNOWN_AS.finditer(ctx.text):
        named = next((p for p in persons if any(e == m.start() for _, e in p.mentions)), None)
        alias = next((p for p in persons if p.words == [m.group(1)]), None)
        if named is None or alias is None or alias is named:
            continue
        named.mentions = sorted(named.mentions + alias.mentions)
        named.role = named.role or alias.role
        named.country = named.country or alias.country
        persons.remove(alias)


_COUNTERPART_WORDS = frozenset({"counterpart", "counterparts", "local counterpart"})
#: styles read as a role that say nothing of an office: "his Saudi counterpart, Prince A Bcd"
_STYLE_ROLES = frozenset({"prince", "princess", "sheikh", "sheik", "shaikh", "sheikha", "lord", "baroness"})
#: the offices of a head of state's spouse
_SPOUSE_OFFICES = frozenset({"first lady", "first gentleman", "first spouse"})
#: the Gulf's styles before a name, which alone give no role (unlike "Prince", also a rank)
_SHEIKH_STYLES = frozenset({"sheikh", "sheik", "shaikh", "sheikha", "shaikha"})
#: words joining the name before "his counterpart" to another's: "after meeting A as well as
#: his Iraqi counterpart B" (his: the subject's, not A's)
_CO_OBJECT = re.compile(r"\b(?:and|as[ ]well[ ]as|with|along[ ]with|besides)\b")
#: a relative clause closed by a comma, then the verb: "is visiting India this week, met "
_CLAUSE_CLOSED = re.compile(r"[^.;:!?\n,]+,[ ](?:[a-z]+[ ]){1,2}")
_LISTED = re.compile(r",?\s+and\s+|,\s*")
#: a counterpart's role that names his state ("counterparts from Colombia")
_COUNTERPART_FROM = re.compile(r"(?i)counterparts?[ ]from[ ](?:the[ ])?([A-Z].*)$")
_BARE_COUNTERPART = re.compile(r"(?i)(?:host[ ])?counterparts?(?:[ ]from[ ].*)?$")
_COUNTERPARTS = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+((?:[A-Z][\w\-]+,?\s+(?:and\s+)?)*[A-Z][\w\-]+)\s+(?:counterparts?|colleagues?),?\s+")


#: the words before a name that opens its sentence: titles and demonyms ("Tourism Secretary ")
_OPENING_TITLES = re.compile(r"(?:[A-Z][\w’'.-]*[ ])*")


#: an office's words between "his Kestrian counterpart" and the name ("Deputy Minister
#: of Trade, Industry and Tourism ")
_TITLE_GAP = re.compile(r"(?:(?:[A-Z][\w’'-]*|of|for|and|the),?[ ]){1,10}")


def _lower_title_gap(gap: str) -> bool:
    """A title in lower case before a name ("federal minister ", "deputy foreign minister "):
    its last word a title, the others titles or their modifiers."""
    words = gap.split()
    return 0 < len(words) <= 4 and gap.endswith(" ") and _title_word(words[-1]) is not None \
        and all(_title_word(w) is not None or w in _modifiers() for w in words[:-1])


def _name_opens_sentence(text: str, p: _Cand, end: int) -> bool:
    """Whether the mention of ``p`` ending at ``end`` opens its sentence, after capitalised
    words only ("Tourism Secretary A Bcd and her Korean counterpart C": "her" is A's, the
    subject's, not another's named before)."""
    start = next((s for s, e in p.mentions if e == end), -1)
    if start < 0:
        return False
    stop = text.rfind(". ", 0, start)
    cut = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    return _OPENING_TITLES.fullmatch(text, cut, start) is not None


def _end_before(p: _Cand, pos: int) -> int:
    """The end of ``p``'s last mention ending at or before ``pos``, or -1."""
    return max((e for _, e in p.mentions if e <= pos), default=-1)


#: sanctions imposed on someone: what follows names whom they target
_SANCTIONS_ON = re.compile(r"\b(?:[Ss]anctions?|[Ss]anctioned|[Ss]anctioning|blacklist(?:ed|ing)?|visa[ ]bans?|"
                           r"travel[ ]bans?|asset[ ]freezes?)(?:[ ](?:on|against|targeting))?[ ]")


def _sanctioned_state(ctx: _Ctx, p: _Cand, code: str) -> str | None:
    """The state of those a sanctions sentence targets, for one who took the story's state
    ``code`` by default and is named in that sentence or the next ("The US imposed sanctions
    on two members of Kestria's junta. The Treasury named General A and General B"): the
    first state named after the sanctions and before him, if not ``code``, else None."""
    text, first = ctx.text, min(p.mentions)[0]
    s1 = _clause_start(text, max(_clause_start(text, first) - 2, 0))   # (the sentence before his)
    cue = _SANCTIONS_ON.search(text, s1, first)
    if cue is None:
        return None
    before = text[text.rfind("\n", 0, cue.start()) + 1:cue.start()]
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return None                     # (not sanctions a quote speaks of, before its speaker)
    target = next((c for at, c in ctx.country_mentions if cue.end() <= at < first), None)
    return target if target != code else None   # ("sanctions on Russian officials in Russia and Kestria")


def _clause_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, by its last ". " or line break (a cheap
    cut, no sentence splitting)."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1


def _visited_state(ctx: _Ctx, code: str, pos: int) -> str | None:
    """The state other than ``code`` named last before ``pos`` in its paragraph, within two
    sentences: "... the first Japanese minister to visit Madagascar. She met her counterpart A
    Bcd": Madagascar's."""
    text = ctx.text
    floor = max(text.rfind("\n", 0, pos) + 1, pos - 300)
    i = bisect_left(ctx.country_mentions, (pos,))
    while i > 0 and ctx.country_mentions[i - 1][0] >= floor:
        i -= 1
        start, found = ctx.country_mentions[i]
        if found != code:
            return found if text.count(". ", start, pos) <= 1 else None
    return None


def _other_state(ctx: _Ctx, code: str) -> str | None:
    """The state other than ``code`` the article names most, if one leads (a counterpart's)."""
    top = Counter(c for _, c in ctx.country_mentions if c != code).most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


#: an office holder the article describes without a name: "The Polish foreign minister"
_NOMINAL_OFFICE = re.compile(r"\b[Tt]he[ ](?:[A-Z][a-z]+[ ])?((?:[a-z-]+[ ]){0,2}[a-z]+)\b")


def _nominal_anchor_office(text: str, start: int) -> str | None:
    """The office of an unnamed holder earlier in the sentence before ``start`` ("The Kestrian
    foreign minister said he had met his Lorvian counterpart"), or None."""
    for m in _NOMINAL_OFFICE.finditer(text, max(_clause_start(text, start), start - 200), start):
        office = _office_of_words(m.group(1).split())   # (the office the words open with)
        if office is not None:
            return office
    return None


#: the offices of a state's head and of its government's head
_TOP_OFFICE_KINDS = {"president": "state", "prime minister": "government", "premier": "government",
                     "chancellor": "government"}


def _heads_the_other_branch(p: _Cand, role: str, year: int | None) -> bool:
    """``role`` heads a state or its government, and the gazetteer has ``p`` heading the other
    in the article's year (a dated article only: the gazetteer need not hold every term) and
    not ``role``: "Prime Minister A met his Chinese counterpart Xi Jinping" (the President)
    gives Xi no office."""
    kind = _TOP_OFFICE_KINDS.get(role.lower())
    terms = _holder_offices().get(fold(p.name)) if kind is not None and year is not None else None
    if not terms:
        return False
    held = {_TOP_OFFICE_KINDS.get(r.lower(), "") for a, b, r in terms if a <= year <= b}
    return kind not in held and bool(held - {""})


#: an official of the one "his"/"her" stands for, set off before the name: "her foreign minister, "
_OWN_OFFICIAL = re.compile(r"\b([Hh]is|[Hh]er)[ ](?:[a-z-]+[ ]){0,3}?(?:minister|secretary|spokes(?:man|woman|person)|"
                           r"adviser|advisor|aide|envoy|ambassador)(?:[ ](?:of|for)[ ][a-z]+(?:[ ]affairs)?)?,?[ ]")


def _own_officials(ctx: _Ctx, persons: list[_Cand]) -> None:
    """"President A has ordered her foreign minister, B, to ...": B, of no state of his own,
    acts for A's (the person of that gender named last before, in the sentence)."""
    text = ctx.text
    for m in _OWN_OFFICIAL.finditer(text):
        after = _persons_after(persons, m.end(), 3)
        if not after or after[0][1].country is not None or after[0][1].international or after[0][1].company:
            continue
        want = _POSSESSIVE_GENDER[m.group(1)]
        s0 = _clause_start(text, m.start())
        owners = [(_end_before(q, m.start()), id(q), q) for q in persons if q is not after[0][1]
                  and _end_before(q, m.start()) >= s0 and given_name_gender(q.words[0]) in (None, want)]
        owner = max(owners)[2] if owners else None
        if owner is not None and owner.country:
            _set_country(after[0][1], owner.country, 1)


#: the gender of "his"/"her" opening "his Kestrian counterpart", and the subject pronoun of each
_POSSESSIVE_GENDER = {"his": "m", "His": "m", "her": "f", "Her": "f"}
_SUBJECT_PRONOUN_OF = {"m": "He ", "f": "She "}


def _counterparts(ctx: _Ctx, persons: list[_Cand], year: int | None) -> None:
    """"A and his Greek, Cypriot and French counterparts, B, C and D": B, C and D take A's
    role and the states in order."""
    text = ctx.text
    if "counterpart" not in text and "colleague" not in text:
        return                          # the common case: no regex scan
    anchored: set[int] = set()
    for m in _COUNTERPARTS.finditer(text):
        codes = []
        for item in _LISTED.split(m.group(1)):
            code = _is_country_word(item) if " " in item else None
            codes += [code] if code else [_is_country_word(w) for w in _RX5.split(item) if w]
            # ("her Chilean and South African counterparts": a two-word demonym names one state)
        if not all(codes):
            continue
        anchor, anchor_end = None, -1   # the person named nearest before, within 40 characters
        for p in persons:                # ("A said that B and his Kestrian counterpart C": B)
            e = _end_before(p, m.start())
            if e > anchor_end and m.start() - e < 40:
                anchor, anchor_end = p, e
        want = _POSSESSIVE_GENDER.get(text[m.start():m.start() + 3])
        if anchor is not None and want is not None and given_name_gender(anchor.words[0]) not in (None, want) \
                and text[_clause_start(text, m.start()):m.start()].lstrip().startswith(_SUBJECT_PRONOUN_OF[want]):
            # "She met Prime Minister A Bcd and her Singaporean counterpart C": "her" is the
            # sentence's subject's, not A's; the one before of her gender with an office
            anchor = _last_titled_before(persons, m.start(), 1500,
                                         lambda q: given_name_gender(q.words[0]) not in (None, want))
        elif anchor is not None and want is not None and given_name_gender(anchor.words[0]) not in (None, want):
            # "A, travelling with First Lady B, was invited by his Kestrian counterpart
            # C": "his" is the one of his gender named first in the sentence, not B
            s0 = _clause_start(text, m.start())
            alt = [(min(b for b, _ in q.mentions if s0 <= b < m.start()), id(q), q) for q in persons
                   if given_name_gender(q.words[0]) == want and any(s0 <= b < m.start() for b, _ in q.mentions)]
            if alt:
                anchor = min(alt)[2]
        if anchor is not None and len(codes) == 1 and (anchor.country or _holder_country(anchor)) == codes[0]:
            # "he will meet President A, and Prime Minister B and his Kestrian counterpart C" (B
            # Kestrian too): no one's counterpart is of his own state; the one of another state
            # with a role named last before
            anchor = _last_titled_before(persons, m.start(), 1500,
                                         lambda q: (q.country or _holder_country(q)) in (None, codes[0])) or anchor
        if anchor is None and text[m.start()] in "HT":
            # "... said A. His UK counterpart, B, said": the last person with a role before
            anchor = _last_titled_before(persons, m.start(), 300)
        elif anchor is None:
            # "A, who is visiting India this week, met his Indian counterpart B": the subject
            # before a relative clause
            for p in persons:
                e = _end_before(p, m.start())
                if e > anchor_end and m.start() - e < 160 and text.startswith(", who ", e) \
                        and _CLAUSE_CLOSED.fullmatch(text, e + 6, m.start()):
                    anchor, anchor_end = p, e
        following = [p for _, p in _persons_after(persons, m.end())][:len(codes)]
        if anchor is None and following and text[m.start()] == "h" \
                and _FRONTED_BEFORE.search(text, max(0, m.start() - 100), m.start()) is not None:
            # "After attending the swearing-in of his Kestrian counterpart, A Bcd, in the capital,
            # Mozambique's President C Def praised ...": the subject after the fronted phrase
            after = [(s, p) for s, p in _persons_after(persons, m.end(), 160) if p not in following]
            if after and after[0][1].role and text.find(". ", m.end(), after[0][0]) < 0:
                anchor = after[0][1]
        if following and ((first := min(s for s, _ in following[0].mentions if s >= m.end())) > m.end() + 2
                          and not (_TITLE_GAP.fullmatch(text, m.end(), first)
                                   and any(_title_word(w.strip(",")) for w in text[m.end():first].split()))
                          or text.find("\n", m.end(1), first) >= 0):
            continue                    # ("his Kestrian counterpart Ines Malo. ... Bcd said":
                                        # no person the lists know is named right after it;
                                        # "EAM meets his Saudi counterpart\n\nA Bcd held": a heading)
        if following and len(codes) == 1 and m.group(0).rstrip().endswith(",") and text[m.start()] in "ht":
            end = min(e for s, e in following[0].mentions if s >= m.end())
            if not text.startswith((",", " and ", " (", "."), end):
                continue                # "During talks with his Maldivian counterpart, A noted":
                                        # a fronted phrase, then its subject, not an apposition
        if anchor is not None and following and anchor.country is None and not anchor.international \
                and len(set(codes)) == 1 \
                and (anchor_end < 0 or not _CO_OBJECT.search(text, anchor_end, m.start())
                     or _name_opens_sentence(text, anchor, anchor_end)):
            # "A met his Indian counterpart B": A acts for another state, the one the story
            # names most after B's (what the gazetteer knows of A wins: Boris Pistorius, met by
            # "his Polish counterpart B" in a story of the Russian war, is German)
            other = _other_state(ctx, codes[0]) if _holder_country(anchor) is None else None
            if other is not None:
                _set_country(anchor, other, 5)
        for p, code in zip(following, codes):
            p.country, p.country_rank = code, 0     # (the list's order, over the plural's last demonym)
            if anchor is not None:
                anchored.add(id(p))     # (an anchor without a role gives none: not another's below)
            if not p.role or p.role.lower() in _COUNTERPART_WORDS or p.role.lower() in _STYLE_ROLES:
                # ("his Saudi counterpart, Prince A Bcd": a style, the counterpart's office below)
                # "his Moroccan counterpart A Bcd, Minister of Foreign Affairs, ...": the office
                # the apposition gives, else the anchor's ("her Malaysian counterpart A Bcd": the
                # title read as a name's sign)
                end = min((e for s, e in p.mentions if s >= m.end()), default=-1)
                own = _apposition(ctx, end)[0] if end >= 0 and text.startswith(", ", end) else None
                if _is_office(own):
                    p.role = own
                elif anchor is not None and anchor.role and not _heads_the_other_branch(p, anchor.role, year):
                    p.role = _counterpart_role(anchor.role, anchor.country, code)
                elif anchor is None and (office := _nominal_anchor_office(text, m.start())) is not None:
                    p.role = office     # "The Polish foreign minister said he and his Russian
                                        # counterpart, A Bcd, ...": the office of the one unnamed
    if "counterparts from " in text:
        _counterparts_from(ctx, persons, anchored)
    # "his West german counterpart A Bcd" (no demonym the pattern reads): the role of the
    # person named last before, with a role of their own
    counterparts = [p for p in persons if p.role and (p.role.lower() in _COUNTERPART_WORDS
                                                      or _COUNTERPART_FROM.match(p.role))
                    and p.mentions and id(p) not in anchored]
    listed = {id(p) for p in counterparts}
    for p in counterparts:
        # (the anchor is none of the counterparts: "A, with counterparts B and C": not B for C)
        first = min(s for s, _ in p.mentions)
        best = next((q for q in persons if q.role and q is not p and q.role.lower() not in _COUNTERPART_WORDS
                     and (e := _end_before(q, first)) >= 0 and _AND_COUNTERPART.fullmatch(text, e, first)), None) \
            or _last_titled_before(persons, first, 400,
                                   lambda q: id(q) in listed or q.role.lower() in _COUNTERPART_WORDS)
        # ("a call between A and US counterpart B": A, not the last titled before A, even if
        # A is a counterpart himself, read before)
        home = _COUNTERPART_FROM.match(p.role)
        if best is not None and home is not None and (code := _is_country_word(home.group(1))):
            # "talks with his counterpart from Chile, A": the anchor's office, that state
            p.country, p.country_rank = p.country or code, 0
        elif home is not None:
            continue                    # (no state the lists know: the relation, not an office)
        if best is not None:
            p.role = _stateless_role(best.role)
            if p.country is None and best.country and _holder_country(p) is None:
                # "Juppe ... his counterpart A Bcd": another state's, the one the story names
                # most after the anchor's (unless the gazetteer knows whose)
                other = _visited_state(ctx, best.country, min(s for s, _ in p.mentions)) \
                    or _other_state(ctx, best.country)
                if other is not None:
                    p.country, p.country_rank = other, 0
            elif p.country is None and best.country is None:
                p.counterpart_of = best     # (whose state the default may set below)
            if p.country is not None:       # ("his U.S. counterpart A" of a Foreign Minister: the
                p.role = _counterpart_role(best.role, best.country, p.country)  # Secretary of State)


#: the words between an anchor and his counterpart's name: " and US counterpart "
_AND_COUNTERPART = re.compile(r"[ ]and[ ](?:(?:his|her|its|their)[ ])?(?:[A-Z][\w.’'-]*[ ]){0,2}counterpart,?[ ]")
#: "his counterparts from " before a list of states, each with its leader after it
_COUNTERPARTS_FROM = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ ]counterparts[ ]from[ ]")
#: one state of such a list and the comma before its leader's name
_FROM_STATE = re.compile(r"(?:and[ ])?(?:the[ ])?([A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}),[ ]")


def _counterparts_from(ctx: _Ctx, persons: list[_Cand], anchored: set[int]) -> None:
    """"President A of Peru and his counterparts from Chile, B, and Bolivia, C": B and
    C act for the states named before them, in A's office."""
    text = ctx.text
    starts = {s: p for p in persons for s, _ in p.mentions}
    for m in _COUNTERPARTS_FROM.finditer(text):
        anchor, anchor_end = None, -1
        for p in persons:
            e = _end_before(p, m.start())
            if e > anchor_end and m.start() - e < 60:
                anchor, anchor_end = p, e
        pos = m.end()
        while (st := _FROM_STATE.match(text, pos)) is not None:
            code = _is_country_word(st.group(1))
            p = starts.get(st.end())
            if code is None or p is None:
                break
            p.country, p.country_rank = code, 0
            if anchor is not None and anchor.role and not p.role:
                p.role = _counterpart_role(anchor.role, anchor.country, code)
            anchored.add(id(p))
            end = min(e for s, e in p.mentions if s == st.end())
            if not text.startswith((", ", " and "), end):
                break
            pos = end + (2 if text.startswith(", ", end) else 1)


#: the royal styles and forms of address that may open a paragraph before a name
_ROYAL_STYLE_OPENINGS = ("Sheikh ", "Sheikha ", "Prince ", "Princess ", "H.E. ", "HE ")
#: a word of the first paragraph, with its span
_LEDE_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
#: what may stand between the start of the second paragraph and the first name: a quote
#: ('"…," A Bcd told ...') or nothing
_QUOTE_OPENING = re.compile(r"[\"“][^\"“”\n]*[,.?!]?[\"”][ ]*")
#: a reporting verb opening the words after a quote, before the speaker's name
_SAID_OPENING = re.compile(r"(?:said|says|added|told[ ]reporters)[ ]")


def _lede_office(ctx: _Ctx, persons: list[_Cand]) -> None:
    """"Kestria's foreign minister said on Monday ... \n\n"…," A Bcd told Radio One": a
    paragraph whose subject is an office holder it does not name (the first paragraph, or one
    that opens with him and names nobody), and the person named opening the next paragraph
    (or speaking its opening quote) for the first time, with no title of his own: that office
    and its state are his."""
    text = ctx.text
    if not persons or "\n" not in text:
        return
    firsts = sorted(((min(s for s, _ in p.mentions), p) for p in persons if p.mentions), key=lambda t: t[0])
    starts = [s for s, _ in firsts]
    every = sorted(s for p in persons for s, _ in p.mentions)
    ps = 0
    while ps < len(text):
        end = text.find("\n", ps)
        if end < 0:
            return
        start2 = end
        while start2 < len(text) and text[start2] in "\n ":
            start2 += 1
        k = bisect_left(starts, start2)
        q = _QUOTE_OPENING.match(text, start2)
        at = start2 if k < len(starts) and starts[k] == start2 else q.end() if q is not None else -1
        if q is not None and at == q.end() and (inv := _SAID_OPENING.match(text, at)) is not None:
            at = inv.end()              # '"…," said A Bcd.': the name after the verb
            at += next((len(st) for st in _ROYAL_STYLE_OPENINGS if text.startswith(st, at)), 0)
            # ('"…," said Sheikh A Bcd': the name after the style)
        named_here = bisect_left(every, end) > bisect_left(every, ps)
        lede_end = end
        if at < 0 and k < len(starts) and text[start2:start2 + 1] in "SPH" \
                and any(text.startswith(st, start2) and starts[k] == start2 + len(st) for st in _ROYAL_STYLE_OPENINGS):
            at = starts[k]              # "Sheikh A Bcd made the remarks ...": the name after the style
                                        # (not "Dr. A Bcd": a profession's, someone else)
        if at < 0 and ps == 0 and (w := _LEDE_WORD.match(text, start2)) is not None and w.group()[:1].isupper():
            # "Zarif on Monday met ...": a one-word name opening the paragraph that was read
            # as a person only at a later mention
            later = next((p for s0, p in firsts[k:] if len(p.words) == 1 and p.words[0] == w.group()), None)
            if later is not None:
                at = start2
                starts, firsts = starts[:k] + [at] + starts[k:], firsts[:k] + [(at, later)] + firsts[k:]
        if at >= 0 and k < len(starts) and starts[k] == at:
            target = firsts[k][1]       # (first named here: no one the paragraph before names)
        elif ps == 0:
            # "Cuba's foreign minister said Tuesday ... \n\n ... by President B, the embargo
            # goes on, A Bcd said": the first person of the next paragraph who says it ("said
            # A Bcd"), named there for the first time
            para_end = text.find("\n", start2)
            para_end = len(text) if para_end < 0 else para_end
            target = next((p for s0, p in firsts[k:] if s0 < para_end
                           and (_SAYS_AFTER.match(text, max(e for s, e in p.mentions if s == s0))
                                or text.endswith(("said ", "says "), start2, s0))), None)
            if named_here:              # (the office named before anyone: "Kestria's foreign
                # minister warned ... as Russian leader A Bcd ...", not "President A Bcd ... The
                # Kestrian President will also ...": that one is A Bcd)
                lede_end = every[bisect_left(every, ps)]
            if target is None and not named_here and (found := _unnamed_office(text, ps, lede_end, opening=False)):
                # "The Peruvian president met his Chilean and Bolivian counterparts ... ¶ The meeting
                # between Vladimir Putin, A and B ...": the one first named in the next
                # paragraph, untitled, whom the gazetteer gives the office's state
                target = next((p for s0, p in firsts[k:] if s0 < para_end and not p.role
                               and (p.country or _holder_country(p)) == found[1]), None)
        else:
            target = None
        if target is not None and (not target.role or target.role + " " in _STYLES_AFTER_OFFICE) \
                and (ps == 0 or not named_here):
            # (a style is no office: "Prince A Bcd told Reuters")
            found = _unnamed_office(text, ps, lede_end, opening=ps > 0)
            if found is not None:
                target.role = found[0]
                target.country = target.country or found[1]
        ps = start2


#: an American lawmaker's party and state after the name: " (R-Texas)", " (D-N.Y.)", " (I-Vt.)"
_US_PARTY_TAG = re.compile(r"[ ]\([RDI](?:-[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?)?\)")   # (or " (D)")
#: a reporting verb right after a name
_SAYS_AFTER = re.compile(r"[ ](?:said|says|told|added|stated|spoke|was speaking)\b")


def _uncapped(word: str) -> str:
    """A word a headline style prints in capitals ("SPAIN’S Foreign Minister said") as
    written in running text ("Spain’s"); other words as they are."""
    return word.capitalize() if len(word) > 4 and word.isupper() else word


def _unnamed_office(text: str, ps: int, end: int, opening: bool) -> tuple[str, str] | None:
    """(office, state) of an office holder a paragraph names by his office alone, as the subject
    of a verb ("Kestria's foreign minister has said", "The Kestrian Defence Ministry spokesman
    urged"); ``opening``: only as the paragraph's first words."""
    words = [(m.group(), m.start(), m.end()) for m in _LEDE_WORD.finditer(text, ps, end)]
    for i, (w, ws, we) in enumerate(words[1:-1], 1):
        if opening and i > 6:
            return None
        nxt = i + 1
        if words[nxt][0] == "on" and nxt + 2 < len(words) and words[nxt + 1][0] in _WEEKDAYS:
            nxt += 2                    # "Kestria's Trade Ministry spokesman on Friday warned"
        if (_title_word(w) != "office" and w not in SPOKES_NOUNS) or not words[nxt][0][:1].islower() \
                or words[nxt][0] in _SMALL:
            continue                    # (a title before a name, or an of-phrase: not an unnamed holder)
        if _plural_office(w):
            return None                 # ("The Czech and Greek trade ministers met": several)
        j = i
        while j > 1 and _is_modifier(words[j - 1][0]) and not _is_country_word(words[j - 1][0]):
            j -= 1
        code = _is_country_word(_uncapped(words[j - 1][0]))
        first = j - 1
        if j >= 2 and (pair := country_aliases().get(
                f"{_uncapped(words[j - 2][0])} {strip_possessive(_uncapped(words[j - 1][0]))}")) and pair[0] != "-":
            # "Saudi Arabia foreign minister"; "North Korea's foreign minister" (not "Korea's")
            code, first = pair[0].split("+")[0], j - 2
        if opening and text[ps:words[first][1]].strip() not in ("", "The", "the"):
            return None
        if code is None and words[j - 1][0] == "The" and j == 1 and words[i][0][:1].isupper():
            # "The First Minister travels to Japan ...": the paragraph opens on the office
            # alone, written as a title; the article's own state, if any, comes later
            return " ".join(t[0] for t in words[j:i + 1]), None
        return (" ".join(t[0] for t in words[j:i + 1]), code) if code else None
    return None


#: a state's delegation and the words that list its members ("The Pakistani delegation —
#: comprising", "the Kenyan team, led by")
_DELEGATION = re.compile(r"\b(?:(?:[Tt]he|[Aa]n?)[ ]([A-Z][\w-]+)|([A-Z](?:[\w-]|['’](?!s\b))*)['’]s)[ ](?:delegation|team|entourage)"
                         r"(?:[ ]of[ ]the[ ][a-z]+)?[ ]?(?:[—–-][ ]?|,[ ])?"
                         r"(?:which[ ](?:included|includes|was[ ]led[ ]by)|that[ ]included|comprising|including|"
                         r"consisting[ ]of|made[ ]up[ ]of|(?:was[ ]|were[ ])?(?:led|headed|chaired)[ ]by|included|includes)[ ]")
#: where a list of a delegation's members ends: a dash, the sentence's end (not an honorific's
#: stop, "Dr. A"), or the verb the delegation is the subject of ("led by A Bcd, leader of a bloc,
#: held meetings with ...")
_DELEGATION_END = re.compile(r"[—–;]|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)\.[ \n]+[A-Z\"“]|\n|(?<!who)(?<!which)[ ](?:also[ ])?(?:held|met|visited|arrived|"
                             r"said|told|called|discussed|signed|agreed|urged|will|would|has|have|had|was|were|is|are)\b")


def _owner_state(word: str, persons: list[_Cand]) -> str | None:
    """The state of "<word>'s delegation": a state's name, or the one person of that family
    name (his state, or the gazetteer's)."""
    code = _is_country_word(word)
    if code is not None:
        return code
    owners = [p for p in persons if len(p.words) > 1 and fold(word) in (_family(p.words), fold(p.words[-2]))]
    # (a first family name of two: "Duque" for "Iván Duque Márquez")
    return (owners[0].country or _holder_country(owners[0])) if len(owners) == 1 else None


#: a leader at the head of a delegation and the words that list its members: "is leading a
#: 20-member delegation comprising"
_LEADS_DELEGATION = re.compile(r"\b(?:leading|leads|led|heading|heads|headed)[ ]an?[ ](?:[\w-]+[ ]){0,2}delegation[ ]"
                               r"(?:including|comprising|that[ ]included|which[ ]included|consisting[ ]of|made[ ]up[ ]of)[ ]")


def _delegations(ctx: _Ctx, persons: list[_Cand]) -> None:
    """"The Pakistani delegation — comprising Foreign Secretary A Bcd and Chargé
    d'Affaires to Afghanistan C Def —": the members act for the delegation's state (not for
    the state their post is in), unless their own title names one."""
    text = ctx.text
    # start -> (the words that list the members, their state, whether an international body sends them)
    found: dict[int, tuple[re.Match, str | None, bool]] = {}
    for word in (" delegation", " team", " entourage"):    # (str.find first: a regex scan of the whole text costs more)
        k = text.find(word)
        while k >= 0:
            m = _DELEGATION.search(text, max(0, k - 40), k + 80)
            if m is not None:
                code = _demonym_state(m.group(1)) if m.group(1) else _owner_state(m.group(2), persons)
                body = code is None and m.group(1) is not None and listed_kind(m.group(1)) == "international"
                found[m.start()] = (m, code, body)
            led = _LEADS_DELEGATION.search(text, max(0, k - 40), k + 40) if word == " delegation" else None
            if led is not None:
                # "A Bcd is leading a delegation including Finance Minister C Def": the state of
                # the one named last before
                head = max(((e, q) for q in persons for _, e in q.mentions if led.start() - 300 < e <= led.start()),
                           key=lambda t: t[0], default=(-1, None))[1]
                found[led.start()] = (led, (head.country or _holder_country(head)) if head is not None else None, False)
            k = text.find(word, k + len(word))
    for m, code, body in found.values():
        if code is None and not body:
            continue
        stop = _DELEGATION_END.search(text, m.end(), m.end() + 400)
        end = stop.start() if stop is not None else m.end() + 400
        for _, p in _persons_after(persons, m.end(), end - m.end()):
            if body:
                p.international = p.international or p.country is None  # "The IMF delegation included A Bcd": no state
            else:
                _set_country(p, code, 1)


def _persons_after(persons: list[_Cand], pos: int, within: int = 200) -> list[tuple[int, _Cand]]:
    """(first mention at or after ``pos``, person) of the persons named within ``within``
    characters after ``pos``, in text order."""
    return sorted((min(s for s, _ in p.mentions if s >= pos), p) for p in persons
                  if any(pos <= s < pos + within for s, _ in p.mentions))


def _last_titled_before(persons: list[_Cand], pos: int, within: int, skip=None) -> _Cand | None:
    """The person with a role whose last mention before ``pos`` ends nearest to it, less than
    ``within`` characters away (not one ``skip`` rules out)."""
    best, best_end = None, -1
    for q in persons:
        if not q.role or (skip is not None and skip(q)):
            continue
        e = max((e for _, e in q.mentions if e <= pos), default=-1)
        if e > best_end and pos - e < within:
            best, best_end = q, e
    return best


# (written to start with the literal "he", which the engine finds fast, with "T" or "t"
# checked behind it: a match starts one character before m.start())
_NOMINAL = re.compile(r"he(?<=[Tt]he)\s+((?:(?!(?:Prime|Foreign|Deputy|Vice|Defen[cs]e|Chief|High)\b)[A-Z][a-z]+\s+)?)"
                      r"((?i:(?:prime |foreign |deputy |vice |defen[cs]e |chief |high )?"
                      r"(?:leader|president|prime minister|minister|chancellor|secretary|premier|"
                      r"commissioner|spokesman|spokeswoman|spokesperson|king|queen|emperor|empress|sultan|emir|colonel|general)))\b"
                      r"(?![- ][Gg]eneral\b)")     # (not "the secretary general": another office)


#: the phrase after an office that says where or to whom it is held ("in Bangladesh", "to the UN")
_ROLE_PLACE = re.compile(r" (?:in|to) ")
#: the office before its portfolio: "minister of foreign affairs", "commissioner for trade"
_ROLE_PORTFOLIO = re.compile(r" (?:of|for) ")


def _demonym_nouns(ctx: _Ctx, persons: list[_Cand]) -> None:
    """"The ministry says the Nigerian was granted a visa": a demonym standing alone as the
    subject names the state of the person named last before it (one without a state yet)."""
    text = ctx.text
    for start, end in ctx.country_spans:     # (the demonyms among the states' mentions)
        if text[start - 4:start] != "the " or not _VERB_AFTER.match(text, end):
            continue
        code = _demonym_state(text[start:end])
        if code is None or text[end - 1] == "s" and _demonym_state(text[start:end - 1]):
            continue                    # ("a pact of Chile and the Peruvians was": a people)
        best, best_end = None, -1
        for p in persons:
            e = _end_before(p, start)
            if e > best_end:
                best, best_end = p, e
        if best is not None and start - best_end < 300 and best.country is None \
                and not best.international and not best.company and _coordinated_demonym(text, best) is None:
            _set_country(best, code, 5)   # (not "Chinese President A and Premier B": B is Chinese)


#: a second titled name coordinated after a name, and the state or territory of both after it
#: (" and Deputy First Minister B Cde of Northern Ireland")
_COORD_OF_AFTER = re.compile(r"[ ]and[ ](?:[A-Z][\w.’'-]*[ ]){2,6}of[ ](?:the[ ])?([A-Z][\w-]+(?:[ ][A-Z][\w-]+){0,2})\b")


def _coordinated_demonym(text: str, p: _Cand) -> str | None:
    """The state of a demonym (or initials) coordinated before a titled person's title
    ("Polish Prime Minister A and Defence Minister B": B's), or None."""
    if not p.role:
        return None
    first, end = min(p.mentions)
    cd = _COORD_DEMONYM.search(text, max(0, first - 120), first)
    if cd is None:
        of = _COORD_OF_AFTER.match(text, end) if text.startswith(" and ", end) else None
        # "First Minister A and Deputy First Minister B of Northern Ireland": A's too
        return (_is_country_word(of.group(1)) or territory_states().get(of.group(1))) if of is not None else None
    return _demonym_state(cd.group(1)) if not cd.group(1).isupper() else _is_country_word(cd.group(1))


def _article_year(article: Article) -> int | None:
    return int(article.date[:4]) if article.date and article.date[:4].isdigit() else None


@lru_cache(maxsize=1)
def _holder_offices() -> dict[str, tuple[tuple[int, int, str], ...]]:
    """fold(full name) -> (first year, last year, office) of each office the gazetteers list
    for the holder, latest first."""
    return {k: tuple(sorted((((a or 0), b, r) for a, b, _, r in rows if r), reverse=True))
            for k, rows in _holder_history().items()}


def _gazetteer_offices(ctx: _Ctx, persons: list[_Cand], year: int | None) -> None:
    """"Sir A Bcd said ... The Prime Minister was greeted ...": a person the article names
    without a title, whose office (in the gazetteer, held in the article's year) the article
    names as "the <office>" after him, with no other person holding it, takes the office as
    the article writes it."""
    text = ctx.text
    if "he " not in text:
        return
    held = [p.role.lower() for p in persons if p.role]
    for p in persons:
        if p.role and not _BARE_COUNTERPART.match(p.role) or p.international or not p.mentions:
            continue                    # (a bare "counterpart" is no office: see extract_persons)
        terms = _holder_offices().get(fold(p.name))
        if not terms:
            continue
        office = next((o for a, b, o in terms if year is None or a <= year <= b), None)
        if office is None or " " in office and office.split()[-1] in ("of", "for"):
            continue
        low = office.lower()
        if any(r == low or r.endswith(" " + low) for r in held):
            continue                    # (another person holds it: "the Prime Minister" is his)
        first = min(b for b, _ in p.mentions)
        for m in _gazetteer_office_rx(office).finditer(text, first):
            if m.group("state") is not None and \
                    _attributive_state(m.group("state")) != (p.country or _holder_country(p)):
                continue                # ("the French president": of his state only)
            p.role, p.role_pos = m.group("office"), m.start("office")
            held.append(low)
            break


def _attributive_state(word: str) -> str | None:
    """The state a word before an office names: a demonym ("the French president") or a
    short form written as one ("the US president", "the U.S. president")."""
    hit = country_aliases().get(word)
    return _is_country_word(word) if hit and (hit[1] == "demonym" or hit[1] == "short") else None


#: a body's head as the gazetteer writes it ("European Commission President"), and the order
#: articles also use ("the Chair of the Kestrel Commission")
_BODY_HEAD = re.compile(r"^(?P<body>.+) (?P<head>President|Chair|Chairman|Chairwoman|Chief|Secretary-General)$")


@lru_cache(maxsize=4096)
def _gazetteer_office_rx(office: str) -> re.Pattern:
    """"the <office>" standing alone, after a word for the time he holds it ("the current
    Prime Minister"), or after a demonym or short form ("the French president", "the US
    president"): not "the Prime Minister's wife", "the President of X". A body's head may
    also be written head first ("the Chair of the Kestrel Commission")."""
    def words(phrase: str) -> str:
        return re.escape(phrase).replace("\\ ", "[ ]")
    spelled = words(office)
    m = _BODY_HEAD.match(office)
    if m:
        spelled = f"{spelled}|{words(m['head'])}[ ]of[ ]the[ ]{words(m['body'])}"
    return re.compile(r"\b[Tt]he[ ](?:(?:current|new|incumbent|sitting)[ ])?"
                      r"(?:(?P<state>[A-Z][a-z]+|[A-Z]{2,3}|U\.[SK]\.)[ ])?"
                      r"(?P<office>" + spelled + r")(?![\w’'-]|[ ]of\b)", re.IGNORECASE)


def _nominal_mentions(ctx: _Ctx, persons: list[_Cand]) -> None:
    """"the Russian leader", "the prime minister": a mention of the one person that fits."""
    if not persons:
        return
    # only a person with a role fits a nominal: (first mention, person, lower-case role)
    firsts = [(min(p.mentions)[0], p, p.role.lower()) for p in persons if p.mentions and p.role]
    if not firsts:
        return
    name_ends = None                    # (the ends of the persons' mentions, when asked)
    for m in _NOMINAL.finditer(ctx.text):
        start = m.start() - 1           # (the "T" or "t" before "he")
        if start and ctx.text[start - 1].isalnum():
            continue
        if m.group(2)[0].isupper() and ctx.text[start - 2:start] == ", " and start - 2 in (
                name_ends := name_ends or {e for p in persons for _, e in p.mentions}):
            continue                    # "A Bcd, the Emir of Qatar,": a title in apposition, no new mention
        dem = m.group(1).strip()
        noun = m.group(2).lower()
        code = _is_country_word(dem) if dem else None
        if dem and not code:
            continue
        fits = []
        for first, p, role in firsts:
            if first > start:
                continue
            if code and (p.country or _holder_country(p)) != code:
                continue
            if noun == "leader":
                ok = any(x in role for x in ("president", "prime minister", "leader", "chancellor", "premier", "king", "emir"))
            else:
                # (the office before its place: "high commissioner in bangladesh")
                ok = role.endswith(noun) or _ROLE_PLACE.split(role, 1)[0].endswith(noun) \
                    or _ROLE_PORTFOLIO.split(role, 1)[0].endswith(noun)     # ("minister of foreign affairs, ...")
            if ok:
                fits.append(p)
        if len(fits) == 1:
            fits[0].mentions.append((start, m.end()))
