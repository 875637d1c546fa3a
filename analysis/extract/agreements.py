"""Agreements: statements of agreement, commitment, appeal, discussion or failure.

One record per statement. The rules, each a rule of the genre:

1. **Cues** (``resources/agreement_cues.tsv``): a verb or frame signals a status ("agreed to",
   "signed", "it was agreed that" -> agreed; "pledged", "will be launched", "is expected to"
   -> planned; "called on", "urged", "proposed" -> called_for; "discussed", "talks covered"
   -> discussed; "failed to reach", "rejected", "broke off" -> failed). All cues are one
   precompiled alternation run once over the article.
2. **Negation** (``negations.txt``) just before a negatable cue makes it failed ("did not
   agree", "haven't yet agreed"); a **hedge** (``hedges.txt``: "could", "might") or a
   **conditional** (``conditionals.txt``: "if no agreement can be reached") makes the cue no
   statement at all.
3. **Clauses**: a sentence holds one record, unless a second strong cue opens a coordinated
   clause ("urged X to reconsider and spoke with Y about ..."; "...; announced leaving ...")
   or a relative clause names its own pair of states ("... in which Turkey and Libya
   agreed ..."); then each clause is a record with its clause as evidence. The first cue of
   a clause decides its status.
4. **Parties** are the states (ISO codes) of the subject: countries named, persons through
   their country, organisations through their country, else under their full name.
   "with X" / "between X and Y" after the cue add parties; for appeals and rejections the
   entity after the cue is a **target** ("call on North Korea to": target PRK). Locatives
   ("in Cairo", "at Geneva") are not parties when anyone else is. Collective subjects
   ("they", "the two", "both countries", "the sides", "the leaders") and passives ("it was
   agreed", "also discussed was") take the parties of the previous statement (or of the
   article's lead); "I"/"we" inside a quote is its speaker.
5. **Reported speech**: "While Putin said it was agreed that ..." keeps ``reported_by``
   (the person before "said"), as does a statement inside a quote (the quote's speaker).
6. **when** comes from :mod:`analysis.extract.dates`, **topics** from the topic keywords of
   the evidence, **what** is the complement of the cue up to the end of the clause.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import attrgetter

from ..errors import ResourceError
from ..records import STATUSES, Agreement, Article, Country, Organization, Person, Quote, Sentence
from ..text import load_lines, load_table, split_sentences
from .dates import lower_case_regex, may_use_lower_case, resolve_when
from .topics import TOKENS, TokenMemo, body_tokens, topic_terms

__all__ = ["extract_agreements"]

_FRAMES = ("subj", "call", "obj", "verdict", "passive", "modal")


# patterns of the inline matches below, compiled once
_RX0 = re.compile(r"\s+and\b")
_RX1 = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?")
_RX2 = re.compile(r"\s*that\b")
_RX3 = re.compile(r"[,;:\"“”(—–]")
_RX4 = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_RX5 = re.compile(r"\b(?:we|We|our|Our|us)\b")


@dataclass(frozen=True, slots=True)
class _Cue:
    status: str
    frame: str
    level: int          # 2 strong (verb frame), 1 noun phrase, 0 weak (modal future)
    negatable: bool

    @property
    def strong(self) -> bool:
        return self.level == 2


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    text: str
    cue: _Cue
    status: str


@dataclass(slots=True)
class _Ent:
    start: int
    end: int
    value: str          # ISO code or organisation name
    is_state: bool
    kind: str           # "country" | "person" | "org"
    name: str = ""      # person's name, for reported speech
    locative: int = field(default=-1, compare=False)  # _is_locative's answer once known (-1: not yet)


class _Rules:
    """Everything compiled once: the cue alternation and the word lists."""

    def __init__(self, tokens: TokenMemo | None = None) -> None:
        rows = load_table("agreement_cues.tsv")
        parts, cues, regexes = [], [], []
        self.always_alts: set[int] = set()   # regexes without a leading literal: always run
        self.keys: dict[str, set[int]] = {}
        self.exact_keys: dict[str, set[int]] = {}
        for i, row in enumerate(rows):
            status, frame = row["status"], row["frame"]
            if status not in STATUSES:
                raise ResourceError(f"agreement_cues.tsv: unknown status {status!r} in row {i + 2} (use one of {', '.join(STATUSES)})")
            if frame not in _FRAMES:
                raise ResourceError(f"agreement_cues.tsv: unknown frame {frame!r} in row {i + 2} (use one of {', '.join(_FRAMES)})")
            # one regex per cue, matched on the lower-cased text; tried only when a key is
            # present (no leading look-behind: a pattern that starts with a literal is searched
            # fast; the word boundary before a match is checked in hits()). A cue whose pattern
            # is an alternation ("seeks?\s+to|aims?\s+to", "(?:spoke|met)\s+with") becomes one
            # regex per alternative, each starting with a literal.
            try:
                re.compile(row["cue"])      # (a broken pattern may split oddly: check it whole)
                regexes.append([re.compile(rf"(?:{alt})(?![\w-])") for alt in _alternatives(row["cue"])])
            except re.error as exc:
                raise ResourceError(f"agreement_cues.tsv: row {i + 2} is not a valid regular expression: {exc}") from None
            parts.append(row["cue"])
            for key in row.get("keys", "").split():
                if key.endswith("="):
                    self.exact_keys.setdefault(key[:-1].lower(), set()).add(i)
                else:
                    self.keys.setdefault(key.lower(), set()).add(i)
            level = {"strong": 2, "noun": 1, "weak": 0}.get(row.get("strength", "strong"))
            if level is None:
                raise ResourceError(f"agreement_cues.tsv: strength of row {i + 2} must be strong, noun or weak")
            cues.append(_Cue(status, frame, level, row.get("negatable", "no") == "yes"))
        self.cues = cues
        self.regexes = regexes
        self._parts = parts
        # The literal each regex's matches start with ("plans\s+to": "plans"), by its first
        # two characters: a regex whose literal starts no word of the text finds nothing
        # that hits() keeps, so it is not run (see _alts_of).
        self.alt_ids: list[list[int]] = []   # row -> the numbers of its regexes
        for alts in self.regexes:
            first = sum(map(len, self.alt_ids))
            self.alt_ids.append(list(range(first, first + len(alts))))
        self.literals_by_head: dict[str, list[tuple[int, str]]] = {}
        self.literal_of: list[str] = []   # regex number -> its literal ("" if under 2 letters)
        for i, p in enumerate(parts):
            for k, alt in zip(self.alt_ids[i], _alternatives(p)):
                literal = _leading_literal(alt)
                if len(literal) >= 2:
                    self.literals_by_head.setdefault(literal[:2], []).append((k, literal))
                    self.literal_of.append(literal)
                else:  # (a one-letter literal would be too common to filter on)
                    self.always_alts.add(k)
                    self.literal_of.append("")
        self.key_lengths = sorted({len(k) for k in self.keys}, reverse=True)
        self.always = frozenset(i for i, row in enumerate(rows) if not row.get("keys", "").split())
        self._token_rows: dict[str, frozenset[int]] = {}
        self._seen: set[str] = set()  # tokens already classified
        # by words as written: word -> its cues as in _token_rows; word -> the regexes whose
        # literal starts a piece of it; only words with any, filled by _note for every
        # token of ``tokens``
        self._row_info: dict[str, frozenset[int]] = {}
        self._alt_info: dict[str, frozenset[int]] = {}
        self.tokens = tokens if tokens is not None else TokenMemo()
        hedges = "|".join(re.escape(w) for w in load_lines("hedges.txt"))
        self.hedge = re.compile(rf"(?:^|\W)(?:{hedges})\W+(?:\w+\W+){{0,2}}$", re.IGNORECASE)
        negs = "|".join(re.escape(w) for w in sorted(load_lines("negations.txt"), key=len, reverse=True))
        self.negation = re.compile(rf"(?:\b(?:{negs})\b|n't)\W+(?:\w+\W+){{0,2}}$", re.IGNORECASE)
        self.far_negation = re.compile(rf"(?:\b(?:{negs})\b|n't)\W+(?:\w+\W+){{0,6}}$", re.IGNORECASE)
        conds = "|".join(re.escape(w) for w in load_lines("conditionals.txt"))
        if any(mark in conds for mark in ",;:"):   # (extract_agreements starts its search past them)
            raise ResourceError("conditionals.txt: a conditional cannot hold , ; or : (remove it from the entry)")
        self.conditional = re.compile(rf"\b(?:{conds})\b[^,;:]*$", re.IGNORECASE)
        # the same for the lower-cased text (see dates.lower_case_regex): hedge, conditional,
        # negation, far negation, goal
        self.before_low = tuple(lower_case_regex(r.pattern) for r in (
            self.hedge, self.conditional, self.negation, self.far_negation, _GOAL))
        self.tokens.register(self._note)


    def rows_for(self, low: str) -> list[int]:
        """Indices of the cues whose keys occur in the (lower-cased) text: the fast first pass
        (set algebra over the article's distinct words; new words are classified once)."""
        tokens = set(low.split())
        memo = self._token_rows
        seen = self._seen
        active: set[int] = set(self.always)
        # (issuperset: the usual case, every word seen before, builds no set)
        if not seen.issuperset(tokens):
            for token in tokens - seen:
                found = self._rows_of(token)
                if len(seen) < 1_000_000:
                    seen.add(token)
                    if found:
                        memo[token] = frozenset(found)
                else:  # memo full: this article's new words count directly
                    active |= found
        for token in tokens & memo.keys():
            active |= memo[token]
        return sorted(active)

    def rows_for_words(self, words) -> tuple[list[int], set[int]]:
        """rows_for(text.lower()) from the distinct words of ``text`` as written, given as
        sets (or dict keys) whose union is the text's words (lower() neither makes nor
        removes whitespace, so the lower-cased words are those of the lower-cased text);
        and the regexes worth running (_alts_of)."""
        row_info, alt_info = self._row_info, self._alt_info
        active: set[int] = set(self.always)
        alts: set[int] = set(self.always_alts)
        for tokens in words:
            # the few words any classifier of the memo recorded (new words classified by
            # _note), then the unions of their sets at C speed
            relevant = self.tokens.relevant(tokens)
            active.update(*map(row_info.__getitem__, relevant & row_info.keys()))
            alts.update(*map(alt_info.__getitem__, relevant & alt_info.keys()))
        return sorted(active), alts

    def _note(self, token: str) -> bool:
        """Record the cues and regexes of one word as written (see _row_info), if any
        (and say so)."""
        low = token.lower()
        found, starts = self._rows_of(low), self._alts_of(low)
        if found:
            self._row_info[token] = frozenset(found)
        if starts:
            self._alt_info[token] = frozenset(starts)
        return bool(found or starts)

    def _alts_of(self, low: str) -> set[int]:
        """The regexes whose literal starts a piece of one lower-cased word: at its start or
        after a character that is no letter, digit, "_" or "-" (where hits() keeps a match)."""
        out: set[int] = set()
        by_head = self.literals_by_head
        # where a piece starts: the word's start and after each character that is not \w
        # (str.isalnum or "_") nor "-"; a plain word, or one with a single mark after it,
        # has only its start
        if low.isalnum() or low[:-1].isalnum():
            starts = (0,)
        else:
            starts = (0, *(m.end() for m in _PIECE_BREAK.finditer(low)))
        for j in starts:
            for k, literal in by_head.get(low[j:j + 2], ()):
                if low.startswith(literal, j):
                    out.add(k)
        return out

    def _rows_of(self, token: str) -> set[int]:
        """The cues whose keys one word matches (a key is a prefix, a key= the whole word)."""
        word = token.lstrip(_OPEN_PUNCT)
        found: set[int] = set(self.exact_keys.get(word.rstrip(_CLOSE_PUNCT), ()))
        n, keys = len(word), self.keys
        for length in self.key_lengths:     # (longest first)
            if n >= length:
                hit = keys.get(word[:length])
                if hit:
                    found |= hit
        return found

    @cached_property
    def regexes_i(self) -> list[list[re.Pattern]]:
        """The cue regexes ignoring case, for the rare text whose lower-casing changes its
        length ("İ"): compiled on first need."""
        return [[re.compile(rf"(?:{alt})(?![\w-])", re.IGNORECASE) for alt in _alternatives(p)]
                for p in self._parts]

    def hits(self, text: str, words=None, low: str | None = None):
        """(start, end, cue index) of every cue occurrence, leftmost first; at one position
        the cue listed first in the file wins, and cues do not overlap. ``words``: the
        text's distinct words as written, if known (see rows_for_words); ``low``:
        ``text.lower()``, if known."""
        if low is None:
            low = text.lower()
        regexes = self.regexes
        alts = None   # every regex of the rows runs
        if len(low) != len(text):  # a few characters change length when lower-cased
            low, regexes = text, self.regexes_i
            rows = self.rows_for(low)
        elif words is not None:
            rows, alts = self.rows_for_words(words)
        else:
            rows = self.rows_for(low)
        found = []
        literal_of = self.literal_of
        for i in rows:
            for k, regex in zip(self.alt_ids[i], regexes[i]):
                if alts is not None:
                    if k not in alts:
                        continue  # its literal starts no word: no match would be kept
                    # no match starts before the literal's first occurrence (str.find is
                    # faster than the regex's own scan); the scan starts there
                    first = low.find(literal_of[k]) if literal_of[k] else 0
                    if first < 0:
                        continue
                    matches = regex.finditer(low, first)
                else:
                    matches = regex.finditer(low)
                for m in matches:
                    start = m.start()
                    if start and (low[start - 1].isalnum() or low[start - 1] in "_-"):
                        continue
                    found.append((start, i, m.end()))
        found.sort()
        last_end = -1
        for start, i, end in found:
            if start < last_end:
                continue
            last_end = end
            yield start, end, i


_LEADING_GROUP = re.compile(r"\(\?:((?:[A-Za-z|]|\\s\+)+)\)")


def _alternatives(pattern: str) -> list[str]:
    r"""Split a pattern at its top-level "|" and expand a leading group of plain words
    ("(?:spoke|met)\s+with" -> "spoke\s+with", "met\s+with"): same language, but every
    piece starts with a literal, which Python's regex engine searches much faster."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            close = pattern.find("]", i + 1)
            i = close + 1 if close > 0 else i + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    out = []
    for part in parts:
        m = _LEADING_GROUP.match(part)
        if m:
            out.extend(word + part[m.end():] for word in m.group(1).split("|"))
        else:
            out.append(part)
    return out


_PIECE_BREAK = re.compile(r"[^\w-]")


def _leading_literal(pattern: str) -> str:
    r"""The plain characters every match of ``pattern`` starts with, within one word
    ("plans\s+to" -> "plans", "seeks?\s+to" -> "seek"); "" when it starts otherwise."""
    end = 0
    while end < len(pattern) and (pattern[end].isalnum() or pattern[end] in "'-"):
        end += 1
    if end < len(pattern) and pattern[end] in "?*{":
        end -= 1  # the last character is optional or repeated
    return pattern[:max(end, 0)]


_OPEN_PUNCT = "\"“‘'«([{—–-"
_CLOSE_PUNCT = "\"”’'».,;:!?)]}—–-…"


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules(TOKENS)


# Clause boundaries: a coordinated predicate or a new clause after ; , but , while.
_COORD = re.compile(r";\s+(?:and\s+)?|,\s+(?:but|while|whereas)\s+|\s+but\s+|,?\s+and\s+(?:also\s+|then\s+|later\s+)?")
_RELATIVE = re.compile(r",?\s+(?:in|under|by)\s+which\s+|,\s+which\s+|\s+whereby\s+")
# Where the nearest subject starts: after the last of these before the cue.
_SUBJECT_START = re.compile(
    r"(?:\b(?:where|which|who|whom|whose|that|when|after|before|while|because|as|since|said|says|"
    r"told|stated|added|noted|announced|reported|concluded|deemed|according\s+to)\b|:|\"|“|”)", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|across|throughout|inside|outside|to|via|into)\s+(?:the\s+)?"
                       r"(?:(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?,\s+)?$", re.IGNORECASE)
_COLLECTIVE = re.compile(
    r"\b(?:they|the\s+two(?:\s+\w+)?|both(?:\s+(?:countries|nations|sides|leaders|parties|governments|states|men|presidents|ministers))?|"
    r"the\s+(?:sides|parties|leaders|presidents|ministers|foreign\s+ministers|delegations|governments|countries|nations|"
    r"signatories|members|group|allies|participants)|each\s+country|all\s+sides|"
    r"(?:\d+|[\w-]+)\s+(?:leaders|nations|countries|states|governments|members))\b",
    re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|us|our|Our)\b")
_REPORTING = re.compile(
    r"\b(?:said|says|told\s+\w+|stated|added|noted|claimed|announced|reported|wrote|indicated|confirmed|explained)\b(?:\s+that)?",
    re.IGNORECASE)
# the two scanned in every clause, for the lower-cased text (see dates.lower_case_regex)
_SUBJECT_START_LOW = lower_case_regex(_SUBJECT_START.pattern)
_REPORTING_LOW = lower_case_regex(_REPORTING.pattern)
_WITH = re.compile(r"\b(?:with|between|and|to|for)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}of\s+(?:the\s+)?)?$", re.IGNORECASE)
_STRIP = " \t\n,;:—–-\"“”‘’'"
#: a passive participle ending the cue, after its auxiliary: "was signed", "had been discussed"
_PASSIVE_TAIL = re.compile(r"\b(?:is|are|was|were|be|been)(?:[ ]+(?:also|already|not|formally|finally|officially|"
                           r"jointly|now|reportedly|successfully|never|since|then))*[ ]+(\w+)[ ]*$")
_IRREGULAR_PARTICIPLES = frozenset("struck made held drawn taken given done set put broken won sent begun".split())
#: auxiliaries and modals ending a subject before "been": "the pipeline had (been)"
_AUX_TAIL = re.compile(r"(?:[ ]+(?:has|have|had|will|would|could|may|might|must|should|shall|can|to|not|also|already))+[ ]*$")
#: where the clause holding the subject of a passive opens: "Lavrov said that | the pipeline"
_SUBJECT_OPENS = re.compile(r"(?:,[ ]|;[ ]|:[ ]|\bthat[ ]|\bwhich[ ]|\bbut[ ]|\band[ ](?=[a-z]))")
_IMPERSONAL = frozenset("it this that there they he she we".split())
#: the topic of talks after the partners: "held talks with A on trade"
#: (lower-case: not a time, "on the eve of", nor a name's inner word, "the Commission on
#: Presidential Debates")
_TOPIC_AFTER = re.compile(r"[ ](?:on|about|over|regarding|concerning)[ ]+(?=[a-z])"
                          r"(?!the[ ](?:sidelines|margins|eve|occasion|day|anniversary|way|phone|telephone)\b)(.{3,})")
_COPULA_OPEN = re.compile(r"[ ]*(?:was|were|is|are|that)[ ]+")


def _what(text: str, c_start: int, cue_start: int, cue_end: int, end: int) -> str | None:
    """What was agreed, planned, called for or discussed: the subject of a passive ("The
    memorandum was signed during ...": "The memorandum"), else the cue's complement to the
    clause's end, without a copula or "that" opening it ("Also discussed was the future of
    X": "the future of X"), nor the talks' partners ("held talks with A on trade": "trade";
    with no topic named, none), and ending where a quote the cue stands in closes."""
    passive = _PASSIVE_TAIL.search(text, c_start, cue_end)
    if passive is not None and (passive.group(1).endswith("ed") or passive.group(1) in _IRREGULAR_PARTICIPLES):
        subject = text[c_start:passive.start()]
        aux = _AUX_TAIL.search(subject)
        if aux is not None:
            subject = subject[:aux.start()]
        opens = None
        for opens in _SUBJECT_OPENS.finditer(subject):
            pass
        subject = subject[opens.end():] if opens is not None else subject
        subject = subject.strip(_STRIP)
        words = subject.split()
        if words and words[0].lower() not in _IMPERSONAL and words[-1].lower() not in _IMPERSONAL \
                and len(words) <= 12:
            return subject              # (not "it" in "While A said it was agreed that ...")
    after = text[cue_end:end]
    pre = text[c_start:cue_start]
    if pre.count('"') % 2 or pre.count("“") > pre.count("”"):
        close = min((i for i in (after.find('"'), after.find("”")) if i >= 0), default=-1)
        if close >= 0 and after[:close].strip(_STRIP):
            after = after[:close]          # 'the sides "have not agreed on all parameters," meaning'
    opened = _COPULA_OPEN.match(after)
    if opened is not None:
        after = after[opened.end():]
    if after.lstrip().startswith(("with ", "between ")):
        topic = _TOPIC_AFTER.search(after)
        after = topic.group(1) if topic is not None else ""
    return after.strip(_STRIP) or None



def _entities(article: Article, persons, countries, organizations) -> list[_Ent]:
    ents: list[_Ent] = []
    for c in countries:
        for m in c.mentions:
            ents.append(_Ent(m.start, m.end, c.code, True, "country"))
    for p in persons:
        for m in p.mentions:
            if p.country:
                ents.append(_Ent(m.start, m.end, p.country, True, "person", p.name))
            else:
                ents.append(_Ent(m.start, m.end, "", False, "person", p.name))
    for o in organizations:
        if o.kind in _MEDIA_KINDS:
            continue  # media report statements, they are no party to them
        for m in o.mentions:
            if o.country and (o.kind in _STATE_KINDS or o.kind is None):
                ents.append(_Ent(m.start, m.end, o.country, True, "org"))
            else:
                ents.append(_Ent(m.start, m.end, o.name, False, "org"))
    text = article.text
    # "UK-based retailer", "Turkish-born": an attribute, not an actor
    ents = [e for e in ents if not (e.kind == "country" and text.startswith("-", e.end)
                                    and _ATTRIBUTE.match(text, e.end))]
    # by start, longer first at one start, else as listed (two stable sorts at C speed)
    ents.sort(key=_END, reverse=True)
    ents.sort(key=_START)
    # Persons without a country take an organisation named just before them
    # ("NATO Secretary-General Jens Stoltenberg").
    out: list[_Ent] = []
    for e in ents:
        if e.kind == "person" and not e.value:
            for prev in reversed(out):
                if prev.kind == "org" and 0 <= e.start - prev.end <= 60 and _TITLE_GAP.fullmatch(article.text, prev.end, e.start):
                    e.value, e.is_state = prev.value, prev.is_state
                    break
        out.append(e)
    # Nested mentions (a demonym inside an organisation's span) keep the outer one only.
    kept: list[_Ent] = []
    for e in out:
        if kept and e.start >= kept[-1].start and e.end <= kept[-1].end and e is not kept[-1]:
            if kept[-1].value or not e.value:
                continue
        kept.append(e)
    return kept


_START = attrgetter("start")
_END = attrgetter("end")
_TITLE_GAP = re.compile(
    r"(?:'s)?\s+(?:(?:(?-i:[A-Z])[\w-]*|secretary|general|chief|head|commissioner|spokes\w+|president|chair\w*|"
    r"director|minister|envoy|ambassador|official|commander|leader|trade|and|industry|foreign|affairs|policy|for|of|"
    r"the|deputy|vice|high|representative|senior|executive|special)[\s,]+)*", re.IGNORECASE)
_STATE_KINDS = frozenset({"government", "military", "court", "ministry", "embassy", "parliament"})
_MEDIA_KINDS = frozenset({"media"})
_ATTRIBUTE = re.compile(r"-(?:based|born|owned|registered|headquartered|flagged)\b")


def _actor_before(ents: list[_Ent], offset: int, text: str) -> bool:
    """A named state or organisation right before ``offset`` ("NATO would help")."""
    for e in ents:
        if e.end <= offset and offset - e.end <= 2 and e.value and not text[e.end:offset].strip():
            return True
    return False


def _in_span(ents: list[_Ent], start: int, end: int, starts: list[int] | None = None) -> list[_Ent]:
    """The entities within [start, end), in order. ``starts``: the entities' starts, when
    ``ents`` is sorted by start (as _entities gives them): only those from ``start`` on
    are looked at."""
    if starts is None:
        return [e for e in ents if e.start >= start and e.end <= end]
    out = []
    for e in ents[bisect_left(starts, start):]:
        if e.start > end:
            break  # (it ends after ``end`` too, as every entity after it)
        if e.end <= end:
            out.append(e)
    return out


def _is_locative(text: str, e: _Ent) -> bool:
    """"in Cairo", "at the UN"; "in Minsk, Belarus" too, but not "in Geneva, Iran and the P5+1".
    (Asked of an entity in several lists: answered once.)"""
    if e.locative < 0:
        e.locative = _locative(text, e)
    return bool(e.locative)


_LOCATIVE_TAILS = ("in", "at", "from", "near", "across", "throughout", "inside", "outside", "to", "via",
                   "into", "the", ",")


def _locative(text: str, e: _Ent) -> bool:
    lo = max(0, e.start - 40)
    window = text[lo:e.start]
    # a match of _LOCATIVE ends with whitespace after a preposition, "the" or a comma: the
    # window's last word must end so (one ASCII test instead of the search at every place)
    if not window or not window[-1].isspace():
        return False
    words = window.split()
    if not words:
        return False
    last = words[-1]
    if last.isascii() and not last.lower().endswith(_LOCATIVE_TAILS):
        return False
    m = _LOCATIVE.search(text, lo, e.start)
    if m is None:
        return False
    if "," in m.group(0) and _RX0.match(text[e.end:e.end + 5]):
        return False
    return True


def _values(ents: list[_Ent], text: str, *, drop_locatives: bool = True) -> list[str]:
    """Party values in order, states first-class; organisations only where no state is."""
    chosen = ents
    if drop_locatives:
        chosen = [e for e in ents if not _is_locative(text, e)]
    values: list[str] = []
    for e in chosen:
        if e.value and e.value not in values:
            values.append(e.value)
    return values


def _merge(states_first: list[str], extra: list[str]) -> list[str]:
    out = list(states_first)
    for v in extra:
        if v not in out:
            out.append(v)
    return out


_ADDRESSEE = re.compile(r"\b(?:wrote|write|writes|writing|letter|appeal|said|told|turned)\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:\"“”(—–]|\b(?:which|who|whom|where|while|after|because)\b")
_PARTICIPLE_ADJUNCT = re.compile(r",\s*[A-Za-z]")


def _first_group(ents: list, text: str) -> list:
    """The first actors of a clause and those joined to them by "and" or commas."""
    group = [ents[0]]
    for e in ents[1:]:
        if not _RX1.fullmatch(text[group[-1].end:e.start]):
            break
        group.append(e)
    return group


def _modal_obliges(hit, c_start: int, c_ents: list, text: str) -> bool:
    """Whether a modal cue names someone obliged right before it ("They must", "Turkey should")
    and governs an action (not "must be maintained")."""
    if _MODAL_PASSIVE.match(text, hit.end):
        return False
    if any(0 <= hit.start - e.end <= 12 for e in c_ents):
        return True
    return bool(_MODAL_SUBJECT.search(text[max(c_start, hit.start - 40):hit.start]))


_MODAL_PASSIVE = re.compile(r"\s+(?:not\s+|also\s+|always\s+)?(?:be|have\s+been)\b", re.IGNORECASE)
_MODAL_SUBJECT = re.compile(r"\b(?:they|the\s+(?:group|international\s+community|alliance|two\s+\w+|sides|parties|"
                            r"members|allies|leaders|countries|nations|governments)"
                            # "foreign powers should", "Western governments must": states as a group
                            r"|(?:foreign|western|regional|neighbouring|neighboring|other|major|world|all)\s+"
                            r"(?:powers|countries|nations|governments|states|leaders))(?:,[^,]{0,40},)?\s+(?:\w+\s+)?$",
                            re.IGNORECASE)
_ANAPHOR = re.compile(
    r"\b(?:it|he|she|its|the\s+(?:agreement|deal|accord|treaty|pact|embassy|ministry|government|alliance|bloc|union|"
    r"group|organi[sz]ation|statement|declaration|plans?|framework|summit|meeting|talks|conference|council|commission|"
    r"company|coalition|delegation|side|body|agency|administration|parliament|committee))\b", re.IGNORECASE)
_TARGET_STOP = re.compile(r"[\"“”,;]|\b(?:with|about|over|after|before|because)\b")
_COMPLEMENT_VERB = re.compile(r"\b(?:will|would|shall|should|could|can|must|is|are|was|were|has|have|had|to)\b")


def _by_side(values: list[str], state_of: dict[str, bool]) -> list[str]:
    """One side of a statement: its states, or its organisations where it names no state."""
    states = [v for v in values if state_of.get(v)]
    return states if states else values


def _only_states_else_orgs(values: list[str], ents_by_value: dict[str, bool]) -> list[str]:
    states = [v for v in values if ents_by_value.get(v)]
    return states if states else values


def _clauses(text: str, hits: list[_Hit], base: int, sent_ents: list[_Ent]) -> list[tuple[int, int, list[_Hit]]]:
    """Split one sentence into clauses, each with its hits: (start, end, hits) offsets."""
    if len(hits) < 2:
        return [(base, base + len(text), hits)]
    cuts: list[tuple[int, int]] = []  # (cut_start, next_clause_start), relative to sentence
    strong = [h for h in hits if h.cue.strong]
    for i, h in enumerate(hits[1:], start=1):
        if not h.cue.strong:
            continue
        if any(_RX2.match(text[p.end - base:p.end - base + 6]) or p.text.lower().endswith("that")
               for p in hits[:i]):
            break  # cues inside a "that" complement ("agreed that X will ... and call on Y") stay in it
        prev_end = hits[i - 1].end - base
        rel = h.start - base
        window = text[prev_end:rel]
        # coordinated predicate/clause opening right before this cue
        best = None
        if _SUBORDINATE.search(window):
            pass  # inside a relative clause: "a declaration in which X apologized and vowed ..."
        else:
            for m in _COORD.finditer(window):
                best = m
        if best is not None and (best.group(0).startswith(";") or _quiet_between(window[best.end():])):
            cuts.append((prev_end + best.start(), prev_end + best.end()))
            continue
        rm = None
        for m in _RELATIVE.finditer(window):
            rm = m
        if rm is not None:
            states = {e.value for e in sent_ents
                      if e.is_state and prev_end + rm.end() + base <= e.start < h.start}
            if len(states) >= 2:
                cuts.append((prev_end + rm.start(), prev_end + rm.end()))
    if not cuts or not strong:
        return [(base, base + len(text), hits)]
    out = []
    cursor = 0
    for cut_start, nxt in cuts:
        out.append((cursor, cut_start))
        cursor = nxt
    out.append((cursor, len(text)))
    result = []
    for s, e in out:
        hs = [h for h in hits if base + s <= h.start < base + e]
        result.append((base + s, base + e, hs))
    return result


_SUBORDINATE = re.compile(r"\b(?:which|who|whom|where|whereby)\b", re.IGNORECASE)
_QUIET = re.compile(r"^(?:[a-z]+ly\s+|also\s+|then\s+|later\s+|again\s+|jointly\s+){0,2}$")
_GOAL = re.compile(r"\b(?:goals?|aims?|purpose|reason|objective|task|idea|intention|mission|path|who|what|which)\b(?:\s+[\w-]+){0,5}\s+$",
                   re.IGNORECASE)


def _quiet_between(segment: str) -> bool:
    """A coordinated predicate opens right at its cue, adverbs aside ("and also spoke with")."""
    return bool(_QUIET.match(segment))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP + ".":
        end -= 1
    # keep a closing bracket/quote balanced is not needed: evidence is a copy of the span
    return start, end


def extract_agreements(article: Article, persons: list[Person], countries: list[Country],
                       organizations: list[Organization], quotes: list[Quote]) -> list[Agreement]:
    """Agreement records of one article, in text order."""
    text = article.text or ""
    if not text:
        return []
    rules = _rules()
    sentences: tuple[Sentence, ...] | list[Sentence] = article.sentences or split_sentences(text)

    # cue hits over the whole text, binned into sentences
    hits_by_sentence: dict[int, list[_Hit]] = {}
    s_index = 0
    words = [body_tokens(article)]   # shared with topics (one TOKENS check per article)
    low = text.lower()
    # the checks before each cue run on the lower-cased text where that finds the same
    lower_ok = may_use_lower_case(text, low)
    if lower_ok:
        before_text = low
        hedge, conditional, negation, far_negation, goal = rules.before_low
    else:
        before_text = text
        hedge, conditional, negation, far_negation, goal = (
            rules.hedge, rules.conditional, rules.negation, rules.far_negation, _GOAL)
    for m_start, m_end, cue_index in rules.hits(text, words, low):
        cue = rules.cues[cue_index]
        while s_index + 1 < len(sentences) and sentences[s_index + 1].start <= m_start:
            s_index += 1
        sent = sentences[s_index]
        if not (sent.start <= m_start < sent.end):
            continue
        before = before_text[max(sent.start, m_start - 40):m_start]
        if hedge.search(before):
            continue
        window = before_text[max(sent.start, m_start - 120):m_start]
        # a conditional reaches the cue only past the window's last , ; or : (its [^,;:]*$):
        # the search starts after it (same result, fewer places tried)
        if conditional.search(window, max(window.rfind(","), window.rfind(";"), window.rfind(":")) + 1):
            continue
        status = cue.status
        if cue.negatable and negation.search(before):
            status = "failed"
        elif status == "planned" and far_negation.search(before_text[max(sent.start, m_start - 60):m_start]):
            continue  # "had no plans to", "has not announced any plans to": no commitment
        if status == "planned" and goal.search(before):
            continue  # "the reason for the meeting was to ...", "one goal is to ...": an aim, not a plan
        hits_by_sentence.setdefault(s_index, []).append(_Hit(m_start, m_end, text[m_start:m_end], cue, status))

    if not hits_by_sentence:
        return []  # no statement: the entities are not needed
    # the clause scans below run on the lower-cased text where that finds the same
    if lower_ok:
        scan, subject_start, reporting = low, _SUBJECT_START_LOW, _REPORTING_LOW
    else:
        scan, subject_start, reporting = text, _SUBJECT_START, _REPORTING
    ents = _entities(article, persons, countries, organizations)
    starts = [e.start for e in ents]
    state_of = {e.value: e.is_state for e in ents if e.value}
    person_by_name = {p.name: p for p in persons}
    speaker_value = {e.name: e.value for e in ents if e.kind == "person" and e.value}

    quote_spans = [(q.start, q.end, q) for q in quotes]

    def quote_at(offset: int) -> Quote | None:
        for qs, qe, q in quote_spans:
            if qs <= offset < qe:
                return q
        return None

    # context: parties of the previous statement, initialised from the lead sentence
    context: list[str] = []
    if sentences:
        lead = _in_span(ents, sentences[0].start, sentences[0].end, starts)
        context = _only_states_else_orgs(_values(lead, text), state_of)

    records: list[Agreement] = []
    deal_members: set[str] = set()
    plural_context: list[str] = list(context) if len(context) >= 2 else []
    for si in sorted(hits_by_sentence):
        hits = hits_by_sentence[si]
        if not any(h.cue.level >= 1 or _actor_before(ents, h.start, text) for h in hits):
            continue  # a weak (modal) cue alone is no statement unless an actor is its subject
        sent = sentences[si]
        sent_ents = _in_span(ents, sent.start, sent.end, starts)
        first_subject: list[str] = []
        for c_index, (c_start, c_end, c_hits) in enumerate(_clauses(sent.text, hits, sent.start, sent_ents)):
            if not c_hits:
                continue
            # a cue inside a relative clause after the first cue describes an object
            # ("... fighters which European nations have refused to ..."): it ranks last
            c_ents = _in_span(ents, c_start, c_end, starts)
            if len(c_hits) > 1:
                # a modal that obliges no party ("the 36 must face charges") gives way to the
                # clause's other cues ("..., adding Iran will pursue ...")
                kept = [h for h in c_hits if h.cue.frame != "modal" or _modal_obliges(h, c_start, c_ents, text)]
                if any(h.status != "called_for" for h in kept):   # an appeal that follows stays out
                    c_hits = kept
            levels = [h.cue.level if i == 0 or not _SUBORDINATE.search(text[c_hits[0].end:h.start]) else -1
                      for i, h in enumerate(c_hits)]
            top = max(levels)
            main = c_hits[levels.index(top)]
            status = main.status
            pre = [e for e in c_ents if e.end <= main.start]
            post = [e for e in c_ents if e.start >= main.end]
            # nearest subject: after the last subordinator before the cue
            subj_from = c_start
            for m in subject_start.finditer(scan, c_start, main.start):
                subj_from = m.end()
            near = [e for e in pre if e.start >= subj_from]
            subject_ents = near or pre
            if len(subject_ents) > 1 and _PARTICIPLE_ADJUNCT.search(text, max(c_start, main.start - 3), main.start + 1) \
                    and main.text.split()[0].lower().endswith("ing"):
                # "X blamed Y for the attack, committing to ...": the participle's subject is the
                # clause's subject (its first actors), not the objects in between
                subject_ents = _first_group(subject_ents, text)
            pre_text = text[subj_from:main.start]
            if main.cue.frame == "verdict":
                # "They concluded that the agreement is null and void": the judge is the subject
                head = _SUBJECT_START.search(text, c_start, main.start)
                head_end = head.start() if head else main.start
                subject_ents = [e for e in pre if e.end <= head_end]
                near = subject_ents
                pre_text = text[c_start:head_end]
            if main.cue.frame == "modal" and (_MODAL_PASSIVE.match(text, main.end) or (
                    not any(main.start - e.end <= 12 for e in near)
                    and not _MODAL_SUBJECT.search(text[max(c_start, main.start - 40):main.start]))):
                continue  # no obligation on a party (see the modal frame below): known before the work
            quote = quote_at(main.start)
            speaker_vals: list[str] = []
            if quote is not None and quote.speaker:
                p = person_by_name.get(quote.speaker)
                if p is not None and p.country:
                    speaker_vals = [p.country]
                elif quote.speaker in speaker_value:
                    speaker_vals = [speaker_value[quote.speaker]]
                elif quote.speaker_kind == "country" and quote.speaker_key:
                    speaker_vals = [quote.speaker_key]
                elif quote.speaker_kind == "organization":
                    speaker_vals = [quote.speaker]

            reported_by = None
            rep = None
            for m in reporting.finditer(scan, c_start, main.start):
                rep = m
            if rep is not None:
                who = [e for e in pre if e.end <= rep.start() and e.kind == "person"]
                if who:
                    reported_by = who[-1].name
            if reported_by is None and quote is not None:
                reported_by = quote.speaker

            frame = main.cue.frame
            # targets: the state named right after any appeal/rejection cue of the clause
            targets: list[str] = []
            collective_targets: list[str] = []
            for h in c_hits:
                if h.cue.frame in ("call", "obj"):
                    after = [e for e in c_ents if e.start >= h.end and e.start - h.end <= 40
                             and not _TARGET_STOP.search(text, h.end, e.start)]
                    targets = _merge(targets, _values(after[:1] if h.cue.frame == "call" else after, text,
                                                      drop_locatives=False))
                    if h.cue.frame == "call" and not after and _COLLECTIVE.match(text, h.end + 1):
                        # "called on both countries to": the parties of the context are called on
                        collective_targets = context if len(context) >= 2 else plural_context
                    if h.cue.frame == "call":
                        addressee = [e for e in c_ents if e.end <= h.start and _ADDRESSEE.search(
                            text, max(c_start, e.start - 30), e.start)]
                        targets = _merge(targets, _values(addressee, text, drop_locatives=False))
            # counterparts: "with X", "between X and Y", "to X", "for X" in the cue's phrase
            extra: list[_Ent] = []
            if frame in ("subj", "passive"):
                for e in post:
                    if e.start - main.end > 80 or _RX3.search(text[main.end:e.start]):
                        break
                    link = _WITH.search(text[max(main.start, e.start - 40):e.start])
                    if link and status == "called_for" and link.group(0).split()[0].lower() in ("to", "for"):
                        # "proposed a plan to Russia", "asked for Japan's help": the one addressed
                        # is a target, not a party
                        targets = _merge(targets, _values([e], text, drop_locatives=False))
                        break
                    if link or (
                            extra and _RX4.fullmatch(text[extra[-1].end:e.start])):
                        extra.append(e)
            # complement subject: "agreed that Japan and Russia will ..."
            if _RX2.match(text[main.end:main.end + 6]) or main.text.lower().endswith("that"):
                verb = _COMPLEMENT_VERB.search(text, main.end, c_end)
                limit = verb.start() if verb else main.end
                extra += [e for e in post if e.end <= limit and e not in extra]
            extra_vals = _by_side(_values(extra, text, drop_locatives=False), state_of)

            if frame == "modal":
                # obligation put on others: the subject is the target, the speaker the party
                # the obliged is named right before the modal ("They must", "Turkey should")
                # and the modal governs an action, not a passive ("must be maintained")
                if _MODAL_PASSIVE.match(text, main.end):
                    continue
                tail = text[max(c_start, main.start - 40):main.start]
                subject_ents = [e for e in near if main.start - e.end <= 12]
                if not subject_ents and not _MODAL_SUBJECT.search(tail):
                    continue  # "we must", "candidates must": no appeal to a party
                targets = _values(subject_ents, text)
                parties = speaker_vals or _values([e for e in _in_span(ents, sent.start, main.start, starts)
                                                   if e not in subject_ents], text)[:1]
                if not parties:
                    parties = [v for v in context if v not in targets][:2]
            else:
                subject_vals = _by_side(_values(subject_ents, text), state_of)
                if frame == "passive" and status == "called_for":
                    # "Italy and Egypt were called to join": the subject is called on
                    targets = _merge(targets, subject_vals)
                    subject_vals = []
                if not subject_vals and not subject_ents and rep is not None and not near:
                    # "the SDF said it had ...": the reporter is the subject
                    reporter = [e for e in pre if e.end <= rep.start()]
                    subject_vals = _by_side(_values(reporter[-3:], text), state_of)
                if subject_vals and status in ("agreed", "planned") and len(context) >= 3 \
                        and len(subject_vals) <= 2 and set(subject_vals) <= set(context) | deal_members:
                    # a term of the multilateral deal just reported ("Iran is to reduce ...",
                    # "the P5+1 is to provide ..."): the deal's parties
                    parties = _merge(context, extra_vals)
                elif subject_vals:
                    parties = _merge(subject_vals, extra_vals)
                elif quote is not None and _FIRST_PERSON.search(pre_text):
                    parties = _merge(speaker_vals, extra_vals)
                    if _RX5.search(pre_text) and set(speaker_vals) & set(context):
                        # "we" of a speaker who is one of the current parties: the parties
                        parties = _merge(parties, [v for v in context if v not in targets])
                elif c_index > 0 and first_subject:
                    parties = _merge(first_subject, extra_vals)
                elif _COLLECTIVE.search(pre_text[-60:]) or _ANAPHOR.search(pre_text[-40:]):
                    # "they", "the two", "both countries", "the agreement", "it": the parties so far
                    parties = _merge(context, extra_vals)
                else:
                    # impersonal subject ("Charter flights will be launched", "Also discussed was",
                    # "it was agreed that"): the parties of the context plus the states named
                    phrase_end = _PHRASE_END.search(text, main.end, c_end)
                    limit = phrase_end.start() if phrase_end else c_end
                    named_ents = [e for e in pre] + [e for e in post if frame in ("subj", "passive") and e.is_state
                                                     and e.end <= limit]
                    named = _by_side(_values(named_ents, text), state_of)
                    named = [v for v in named if v not in targets]
                    states_named = [v for v in named if state_of.get(v)]
                    if frame != "passive" and not named and not extra_vals and not any(
                            e.kind == "person" for e in subject_ents):
                        continue  # no actor at all ("candidates must", "we decided to do a study")
                    if frame == "passive" or len(states_named) < 2:
                        parties = _merge(context, _merge(extra_vals, named))
                    else:
                        parties = _merge(named, extra_vals)
            parties = [v for v in parties if v not in targets]
            targets = _merge(targets, [v for v in collective_targets if v not in parties])
            if c_index == 0:
                first_subject = [v for v in parties if v not in targets]
            start, end = _trim(text, c_start, c_end)
            evidence = text[start:end]
            what = _what(text, c_start, main.start, main.end, end)
            records.append(Agreement(
                evidence=evidence, start=start, end=end, status=status,  # type: ignore[arg-type]
                parties=tuple(parties), targets=tuple(targets), what=what,
                topics=tuple(list(topic_terms(evidence))[:3]),
                when=resolve_when(evidence, article.date, low=low[start:end] if lower_ok else None),
                cue=" ".join(main.text.split()), reported_by=reported_by, sentence=si,
            ))
            if len(parties) >= 2:
                plural_context = list(parties)
            if parties:
                # organisations named on the subject side of a multilateral statement
                # ("Iran and the P5+1 nations") stay members of its deal
                if len([v for v in parties if state_of.get(v)]) >= 3:
                    deal_members |= {e.value for e in subject_ents if e.value and not e.is_state}
                elif parties != context:
                    deal_members = set()
                context = list(parties)
    return records
