"""Topics: one to four GUIDELINES labels per article from reviewable keyword lists.

The terms live in ``analysis/resources/topic_keywords.tsv`` (label, term, weight, IPTC Media
Topic code). Scoring is transparent and deterministic:

- every occurrence of a term adds its weight to its label, times a position factor:
  ``TITLE_FACTOR`` in the title, ``LEAD_FACTOR`` in the first paragraph, 1 elsewhere;
- a label's evidence is damped per distinct term (the n-th occurrence of the same term
  counts 1/n), so one repeated word cannot carry a label alone;
- the score is that sum divided by ``1 + words / LENGTH_SCALE`` (long articles mention more);
- labels whose score reaches ``MIN_SCORE`` and ``RELATIVE`` times the best score are kept,
  best first, at most ``MAX_LABELS``; the best label is kept whenever any term matched.
"""
from __future__ import annotations

import re
from collections import Counter, _count_elements
from functools import lru_cache

from ..errors import ResourceError
from ..records import TOPIC_LABELS, Article, Topic
from ..text import load_table

__all__ = ["classify_topics", "score_topics", "topic_terms", "body_words", "body_tokens",
           "TokenMemo", "TOKENS", "MAX_LABELS"]

TITLE_FACTOR = 3.0
LEAD_FACTOR = 2.0
LENGTH_SCALE = 400.0
MIN_SCORE = 1.5
RELATIVE = 0.1
MAX_LABELS = 4

_WORD = re.compile(r"\w+")
_OPENERS = "\"“‘'«([{—–-"
_CLOSERS = "\"”’'».,;:!?)]}—–-…"
_POSSESSIVE = ("'s", "’s")
_MAX_N = 4
_RANK = {label: i for i, label in enumerate(TOPIC_LABELS)}   # order of labels on equal scores


def _clean(token: str) -> str:
    token = token.strip(_OPENERS).rstrip(_CLOSERS)
    if token.endswith(_POSSESSIVE):
        token = token[:-2]
    return token


def _open(token: str) -> str:
    """A phrase-inner word: no punctuation after it (else the phrase is broken)."""
    if token and token[-1] in _CLOSERS:
        return ""
    return token.lstrip(_OPENERS)


class TokenMemo:
    """Raw tokens (words split at whitespace, as written) already shown to every registered
    classifier. Each extractor that looks words up (topics here, agreement cues) registers
    a function that records what one new token is for it (and returns true when the token
    matters to it); ``update`` finds an article's new tokens with one set test at C speed
    and shows each to every classifier, so that the article's words are checked once, not
    once per extractor, and ``relevant`` gives the few words that matter to any of them
    (one set intersection per article, shared by the extractors)."""

    LIMIT = 1_000_000       # tokens remembered; past it new tokens are classified each time

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.recorded: set[str] = set()     # tokens some classifier returned true for
        self._classifiers: list = []
        self._last: frozenset | None = None
        self._last_relevant: set[str] | None = None

    def register(self, classify) -> None:
        """Add ``classify(token)``; the tokens seen so far are new to it."""
        self._classifiers.append(classify)
        self.seen = set()
        self.recorded = set()
        self._last = None
        self._last_relevant = None

    def update(self, tokens) -> None:
        """Classify the tokens (a set or dict keys) not seen before. A frozenset checked
        by the last call is not checked again (body_tokens gives one per article)."""
        if tokens is self._last:
            return
        seen = self.seen
        # issuperset walks the tokens without building a set: the usual case, all seen
        if not seen.issuperset(tokens):
            new = tokens - seen
            recorded = self.recorded
            for classify in self._classifiers:
                for token in new:
                    if classify(token):
                        recorded.add(token)
            if len(seen) < self.LIMIT:
                seen |= new
        if isinstance(tokens, frozenset):
            self._last = tokens
            self._last_relevant = None

    def relevant(self, tokens) -> set[str]:
        """The tokens (classified first, see update) that some classifier recorded; for
        the frozenset of the last call, the same set object again."""
        if tokens is self._last and self._last_relevant is not None:
            return self._last_relevant
        self.update(tokens)
        found = self.recorded & tokens
        if tokens is self._last:
            self._last_relevant = found
        return found


#: The memo the module's lexicon and the agreement cues share.
TOKENS = TokenMemo()


class _Lexicon:
    """The keyword list as dictionaries, matched by counting the words and word n-grams of a
    text (C-speed ``str.split`` and ``Counter``) instead of a regular expression per term.

    Lower-case terms match any case; a single-word term with two or more capitals (NATO,
    WHO, UN) matches only as written. A trailing ``*`` matches any ending. A phrase that
    matches takes its occurrences away from the shorter terms inside it ("free trade" is
    not also "trade")."""

    def __init__(self, rows: tuple[dict[str, str], ...], tokens: TokenMemo | None = None):
        self.exact: dict[tuple[str, ...], tuple[str, list[tuple[str, float]]]] = {}
        self.cased: dict[str, tuple[str, list[tuple[str, float]]]] = {}
        self.prefix: dict[tuple[str, ...], list[tuple[str, str, list[tuple[str, float]]]]] = {}
        for row in rows:
            label, term = row.get("label", ""), row.get("term", "")
            if label not in TOPIC_LABELS:
                raise ResourceError(f"topic_keywords.tsv: unknown label {label!r} (use one of {', '.join(TOPIC_LABELS)})")
            try:
                weight = float(row.get("weight") or 1)
            except ValueError:
                raise ResourceError(f"topic_keywords.tsv: weight of {term!r} is not a number") from None
            is_prefix = term.endswith("*")
            words = term.rstrip("*").split()
            if not words or len(words) > _MAX_N:
                raise ResourceError(f"topic_keywords.tsv: term {term!r} must have 1 to {_MAX_N} words")
            if len(words) == 1 and not is_prefix and sum(ch.isupper() for ch in words[0]) >= 2:
                words = [_clean(words[0])]
                self.cased.setdefault(words[0], (term, []))[1].append((label, weight))
                continue
            words = [w.lower() for w in words]
            if is_prefix:
                bucket = self.prefix.setdefault(tuple(words[:-1]), [])
                entry = next((e for e in bucket if e[0] == words[-1]), None)
                if entry is None:
                    entry = (words[-1], term, [])
                    bucket.append(entry)
                entry[2].append((label, weight))
            else:
                self.exact.setdefault(tuple(words), (term, []))[1].append((label, weight))
        self.pairs: dict[str, list[tuple[str, float]]] = {}
        for term, pairs in [*self.exact.values(), *self.cased.values()]:
            self.pairs[term] = pairs
        for bucket in self.prefix.values():
            for _, term, pairs in bucket:
                self.pairs[term] = pairs
        # prefix stems by (context, stem) with the stem lengths to try, longest first
        self.stems: dict[tuple[tuple[str, ...], str], str] = {}
        self.stem_lengths: dict[tuple[str, ...], list[int]] = {}
        for context, bucket in self.prefix.items():
            for stem, term, _ in bucket:
                self.stems[(context, stem)] = term
            self.stem_lengths[context] = sorted({len(stem) for stem, _, _ in bucket}, reverse=True)
        self.first_words = {k[0] for k in self.exact if len(k) > 1} | {k[0] for k in self.prefix if k}
        # first word of a phrase -> the numbers of words of the phrases it opens, longest first
        # (an n-gram of another size starting with it is no term: not looked up)
        sizes: dict[str, set[int]] = {}
        for k in self.exact:
            if len(k) > 1:
                sizes.setdefault(k[0], set()).add(len(k))
        for k in self.prefix:
            if k:
                sizes.setdefault(k[0], set()).add(len(k) + 1)
        self.gram_sizes = {w: tuple(sorted(n, reverse=True)) for w, n in sizes.items()}
        self._cache: dict[tuple[str, ...], str | None] = {}
        # raw token -> (the one-word term it is or None, the sizes of the phrases it may
        # open, see gram_sizes),
        # for the tokens that are either; filled by _note for every token of ``tokens``
        self._info: dict[str, tuple[str | None, bool]] = {}
        self._gram_info: dict = {}             # raw n-gram -> (term, inner terms) or None
        self.tokens = tokens if tokens is not None else TokenMemo()
        self.tokens.register(self._note)

    def _term(self, words: tuple[str, ...]) -> str | None:
        """The term a (lower-cased) word sequence is, if any."""
        hit = self._cache.get(words, 0)
        if hit != 0:
            return hit  # type: ignore[return-value]
        found = self.exact.get(words)
        term = found[0] if found else None
        if term is None:
            context, last = words[:-1], words[-1]
            for length in self.stem_lengths.get(context, ()):
                if len(last) >= length:
                    term = self.stems.get((context, last[:length]))
                    if term is not None:
                        break
        if len(self._cache) < 200_000:
            self._cache[words] = term
        return term

    def _note(self, raw: str) -> bool:
        """Record (term, opens a phrase) of one whitespace-separated token, if either
        (and say so)."""
        opener = self.gram_sizes.get(_open(raw).lower(), ())
        word = _clean(raw)
        term = None
        if word:
            cased = self.cased.get(word)
            term = cased[0] if cased is not None else self._term((word.lower(),))
        if term is not None or opener:
            self._info[raw] = (term, opener)   # opener: the sizes of the phrases it opens
            return True
        return False

    def _classify_gram(self, gram: tuple[str, ...]) -> tuple[str, tuple[str, ...]] | None:
        """(term, the shorter terms inside it) of a raw n-gram, or None; memoised."""
        info = None
        size = len(gram)
        words = [_open(gram[0]).lower()]
        for inner in gram[1:-1]:
            w = _open(inner)
            if not w:
                break
            words.append(w.lower())
        else:
            last = _clean(gram[-1]).lower()
            if last:
                words.append(last)
                term = self._term(tuple(words))
                if term is not None:
                    inner_terms = []
                    for i in range(size):
                        for j in range(i + 1, size + 1):
                            if j - i == size:
                                continue
                            inner_term = self._term(tuple(words[i:j]))
                            if inner_term is not None:
                                inner_terms.append(inner_term)
                    info = (term, tuple(inner_terms))
        if len(self._gram_info) < 500_000:
            self._gram_info[gram] = info
        return info

    def count(self, text: str) -> dict[str, int]:
        """Term -> occurrences in ``text``."""
        tokens = text.split()
        if not tokens:
            return {}
        distinct = set(tokens)
        self.tokens.update(distinct)
        # sorted: set order changes with the process's hash seed, and float sums with order
        return self._count(tokens, [(raw, tokens.count(raw)) for raw in sorted(self._info.keys() & distinct)])

    def count_tokens(self, tokens: list[str], tally: Counter, classified: bool = False) -> dict[str, int]:
        """Term -> occurrences in a text split at whitespace (``tally``: ``Counter(tokens)``).
        ``classified``: ``self.tokens`` has just seen every token (no check needed)."""
        if not tokens:
            return {}
        keys = tally.keys()
        if not classified:
            self.tokens.update(keys)
        return self._count(tokens, [(raw, tally[raw]) for raw in sorted(keys & self._info.keys())])

    def _count(self, tokens: list[str], found: list[tuple[str, int]]) -> dict[str, int]:
        """Term -> occurrences in a text split at whitespace, given ``found``: (token,
        occurrences) of each distinct token of the text that is a term or opens a phrase,
        sorted by token (so terms enter the result in a fixed order)."""
        counts: dict[str, int] = {}
        info = self._info
        openers = []
        for raw, n in found:
            term, sizes = info[raw]
            if term is not None:
                counts[term] = counts.get(term, 0) + n
            if sizes:
                openers.append((raw, n, sizes))
        if not openers:
            return counts
        # n-grams starting with a word that opens some phrase, longest first, each size in
        # text order (so terms enter ``counts`` in the order of their first occurrence);
        # where they start: each opener's n occurrences, found with list.index at C speed;
        # only the sizes of the phrases the opener opens can be terms
        starts = []
        index = tokens.index
        for raw, n, sizes in openers:
            i = -1
            for _ in range(n):
                i = index(raw, i + 1)
                starts.append((i, sizes))
        if len(openers) > 1:
            starts.sort()
        total = len(tokens)
        gram_info = self._gram_info
        subtract: dict[str, int] = {}
        for size in range(_MAX_N, 1, -1):
            for i, sizes in starts:
                if i + size > total:
                    break
                if size not in sizes:
                    continue
                gram = tuple(tokens[i:i + size])
                info = gram_info.get(gram, 0)
                if info == 0:
                    info = self._classify_gram(gram)
                if info is None:
                    continue
                term, inner_terms = info
                counts[term] = counts.get(term, 0) + 1
                # the shorter terms inside it do not count again
                for inner_term in inner_terms:
                    subtract[inner_term] = subtract.get(inner_term, 0) + 1
        for term, n in subtract.items():
            left = counts.get(term, 0) - n
            if left > 0:
                counts[term] = left
            else:
                counts.pop(term, None)
        return counts


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon(load_table("topic_keywords.tsv"), TOKENS)


def topic_terms(text: str) -> dict[str, list[str]]:
    """Labels signalled by the keywords of a short text (a sentence): label -> terms,
    labels in order of summed weight. Used for the topics of one agreement."""
    lex = _lexicon()
    totals: dict[str, float] = {}
    terms: dict[str, list[str]] = {}
    for term, n in lex.count(text).items():
        for label, weight in lex.pairs[term]:
            totals[label] = totals.get(label, 0.0) + weight * n
            terms.setdefault(label, []).append(term)
    return {label: terms[label] for label in sorted(totals, key=lambda k: (-totals[k], _RANK[k]))}


@lru_cache(maxsize=4096)
def _harmonic(first: int, count: int) -> float:
    """1/(first+1) + ... + 1/(first+count): the damped weight of ``count`` more occurrences."""
    return sum(1.0 / k for k in range(first + 1, first + count + 1))


# (the last article, its _body), replaced as one tuple (safe when threads share it)
_last_body: list = [(None, None)]


def _body(article: Article) -> tuple:
    """(lead words, rest words, distinct body words as a frozenset) of the last article:
    agreements and topics split each text once."""
    last, body = _last_body[0]
    if last is article:
        return body
    text = article.text or ""
    lead_end = text.find("\n\n")
    if lead_end < 0:
        lead_end = len(text)
    lead, rest = text[:lead_end].split(), text[lead_end:].split()
    body = (lead, rest, frozenset(lead + rest))
    _last_body[0] = (article, body)
    return body


def body_words(article: Article) -> tuple[tuple[list[str], Counter], tuple[list[str], Counter]]:
    """The words (split at whitespace) and their counts of the lead paragraph and of the rest
    of the body."""
    lead, rest, _ = _body(article)
    return (lead, Counter(lead)), (rest, Counter(rest))


def body_tokens(article: Article) -> frozenset[str]:
    """The distinct words of the body, one object per article: TOKENS.update checks it
    once for agreements and topics, and TOKENS.relevant intersects it once; organisations
    test it for party adjectives first (the split is made once, by whichever asks first)."""
    return _body(article)[2]


def _found(tokens: list[str], wanted: set[str], ordered: list[str]) -> list[tuple[str, int]]:
    """(token, occurrences) of the ``wanted`` tokens in ``tokens``, in the order of ``ordered``
    (only the few wanted words are counted, filtered at C speed)."""
    tally: dict[str, int] = {}
    _count_elements(tally, filter(wanted.__contains__, tokens))
    return [(raw, tally[raw]) for raw in ordered if raw in tally]


def _scores(article: Article) -> tuple[list[tuple[float, str]], dict[str, dict[str, float]]]:
    """(score, label) best first, and label -> term -> evidence, for every label with any."""
    lex = _lexicon()
    text = article.text or ""
    info_keys = lex._info.keys()
    title = (article.title or "").split()
    title_found: list[tuple[str, int]] = []
    if title:
        title_words = set(title)
        lex.tokens.update(title_words)
        title_found = [(raw, title.count(raw)) for raw in sorted(info_keys & title_words)]
    lead, rest, distinct = _body(article)
    # the body's words that are terms or open a phrase (one intersection with the few words
    # any extractor records, usually done by agreements), sorted: set order changes with the
    # process's hash seed, and float sums with order
    wanted = info_keys & lex.tokens.relevant(distinct)
    found = sorted(wanted)
    lead_found = _found(lead, wanted, found)
    rest_found = _found(rest, wanted, found)
    segments = ((TITLE_FACTOR, title, title_found), (LEAD_FACTOR, lead, lead_found), (1.0, rest, rest_found))
    raw: dict[str, float] = {}
    seen: dict[str, int] = {}
    terms: dict[str, dict[str, float]] = {}
    pairs = lex.pairs
    for factor, tokens, found_here in segments:
        for term, n in lex._count(tokens, found_here).items():
            first = seen.get(term, 0)
            damp = _harmonic(first, n)
            seen[term] = first + n
            for label, weight in pairs[term]:
                gain = weight * factor * damp
                raw[label] = raw.get(label, 0.0) + gain
                bucket = terms.setdefault(label, {})
                bucket[term] = bucket.get(term, 0.0) + gain

    words = article.word_count or len(_WORD.findall(text))
    norm = 1.0 + words / LENGTH_SCALE
    scored = sorted(((round(value / norm, 3), label) for label, value in raw.items()),
                    key=lambda s: (-s[0], _RANK[s[1]]))
    return scored, terms


def _topic(score: float, label: str, terms: dict[str, dict[str, float]]) -> Topic:
    weights = terms[label]
    # heaviest first, ties by term: two C-speed sorts (a reversed sort keeps ties in order)
    top_terms = sorted(sorted(weights), key=weights.__getitem__, reverse=True)
    return Topic(label=label, score=score, terms=tuple(top_terms[:8]))


def score_topics(article: Article) -> list[Topic]:
    """Every label with any evidence, scored, best first (before threshold and cap)."""
    scored, terms = _scores(article)
    return [_topic(score, label, terms) for score, label in scored]


def classify_topics(article: Article) -> list[Topic]:
    """One to four labels (none only when no keyword matched at all), best first."""
    scored, terms = _scores(article)
    if not scored:
        return []
    best = scored[0][0]
    kept = [s for s in scored if s[0] >= MIN_SCORE and s[0] >= RELATIVE * best]
    # Topic records (with their sorted terms) only for the labels kept
    return [_topic(score, label, terms) for score, label in (kept or scored[:1])[:MAX_LABELS]]
