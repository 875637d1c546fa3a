"""Text primitives shared by the loader and the extractors: hygiene, paragraphs,
sentences with character offsets, hashes, and the resource-file readers.

Nothing here imports pandas or any other layer of the package.
"""
from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from functools import lru_cache
from itertools import filterfalse
from pathlib import Path

from .errors import ResourceError
from .paths import RESOURCES
from .records import Sentence

# --------------------------------------------------------------------------- hygiene

# Zero-width and bidirectional control characters, soft hyphen, BOM, NUL, and the C0/C1
# control characters other than tab and newline (one regex: far faster than str.translate).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]+"
)
_ODD_SPACES = re.compile(r"[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]")
_SPACE_RUNS = re.compile(r" {2,}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_EDGES = re.compile(r" ?\n ?")
#: a grave accent typed for an apostrophe between two letters ("Brazil`s", "world`s", "don`t")
_GRAVE_APOSTROPHE = re.compile(r"(?<=[^\W\d_])`(?=[^\W\d_])")


def clean_text(raw: str) -> str:
    """Normalise a decoded text: NFC, one kind of line ending, no NUL, zero-width, bidi
    or other control characters, no-break and odd spaces folded, lines stripped.

    Typographic quotes and dashes are kept as they are (the splitter understands them); a
    grave accent typed for an apostrophe between letters ("Brazil`s") becomes "'".
    """
    return _clean(raw)[0]


# Printable ASCII and the line break: an ASCII text made of these needs no character pass.
_PLAIN_ASCII = bytes([10, *range(0x20, 0x7f)])


def _clean(raw: str) -> tuple[str, bool]:
    """``clean_text(raw)`` and whether it is sure that its only white space characters are
    single spaces and line breaks (then ``" ".join(paragraphs)`` of its lines is folded)."""
    # Fast path: every character removed or replaced below (controls, CR, tab, zero-width,
    # bidi, soft hyphen, BOM, line/paragraph separators, odd spaces) is non-printable, so a
    # text whose lines are printable and already NFC needs only the space passes.
    if raw.isascii():
        plain = not raw.encode("ascii").translate(None, _PLAIN_ASCII)
    else:
        plain = (raw.replace("\n", " ").isprintable()
                 and unicodedata.is_normalized("NFC", raw))
    text = raw if plain else _clean_unusual(raw)
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    if "`" in text:
        text = _GRAVE_APOSTROPHE.sub("'", text)
    return text.strip(), plain


def _clean_unusual(raw: str) -> str:
    """The character passes of :func:`clean_text` (line endings, invisible characters, NFC,
    odd spaces)."""
    text = raw
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    if not text.isascii() and _SURROGATE.search(text):   # a lone half of a pair ("\ud800" in JSON)
        text = _SURROGATE.sub("\ufffd", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\t" in text or not text.isascii():
        text = _ODD_SPACES.sub(" ", text)
    return text


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; single line breaks inside a paragraph
    are joined with a space (hard-wrapped text)."""
    paragraphs = []
    for block in _PARAGRAPH_BREAK.split(text):
        block = " ".join(part.strip() for part in block.split("\n") if part.strip())
        if block:
            paragraphs.append(block)
    return paragraphs


def join_paragraphs(paragraphs: list[str] | tuple[str, ...]) -> str:
    return "\n\n".join(paragraphs)


def content_hash(text: str) -> str:
    """Hash of the text with case and whitespace folded, so re-wrapped copies match."""
    return _hash_folded(_fold_space(text))


def _fold_space(text: str) -> str:
    """``" ".join(text.split())``, without splitting when the text is already folded but for
    paragraph breaks (the usual article body)."""
    flat = text.replace("\n\n", " ") if "\n\n" in text else text
    # the only printable white space is " ", so a printable text has no other white space
    if flat.isprintable() and "  " not in flat and flat[:1] != " " and flat[-1:] != " ":
        return flat
    return " ".join(text.split())


def _hash_folded(folded: str) -> str:
    # lower() neither makes nor removes white space: folding before or after is the same
    return hashlib.sha1(folded.lower().encode("utf-8")).hexdigest()


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")

# Word counting on bytes for texts that are ASCII (or can stand in ASCII): per byte, 1 for a
# word character (_W) or for a joiner inside a word, - and ' (_J). A byte of a non-ASCII
# character is a word byte: _ascii_words leaves only word characters outside ASCII, and the
# bytes of one make a run of word bytes as the character is one word character.
_W = bytes(1 if chr(i).isalnum() or chr(i) == "_" else 0 for i in range(128)) + b"\x01" * 128
_J = bytes(1 if chr(i) in "-'" else 0 for i in range(128)) + bytes(128)
_ASCII_BYTES = bytes(range(128))


@lru_cache(maxsize=65536)
def _ascii_stand_in(ch: str) -> tuple[bytes, bytes | None, bool]:
    """``ch`` in UTF-8, an ASCII character of the same class for _WORD ("'" a joiner, " "
    anything else; None for a word character, whose bytes are word bytes as they are), and
    whether ``ch`` is its own lower case."""
    stand_in = "'" if ch == "’" else None if ch.isalnum() else " "
    return ch.encode("utf-8"), stand_in and stand_in.encode("ascii"), ch.lower() == ch


def _ascii_words(utf8: bytes) -> tuple[bytes, bool] | None:
    """For a UTF-8 text with few distinct non-ASCII characters: bytes with the same words
    for :func:`_class_word_count` (each non-ASCII character but a word character replaced
    by an ASCII stand-in of its class) and whether every non-ASCII character is its own
    lower case. None for other texts."""
    chars = set(utf8.translate(None, _ASCII_BYTES).decode("utf-8"))
    if len(chars) > 24:
        return None
    caseless = True
    for ch in chars:
        encoded, stand_in, same = _ascii_stand_in(ch)
        if stand_in is not None:
            utf8 = utf8.replace(encoded, stand_in)
        caseless = caseless and same
    return utf8, caseless


def _class_word_count(data: bytes) -> int:
    """``len(_WORD.findall(text))`` for an ASCII text's bytes: the runs of word characters
    minus the joiners between two of them, counted with one bit per byte in big integers."""
    w = int.from_bytes(data.translate(_W), "big")
    j = int.from_bytes(data.translate(_J), "big")
    # (w >> 8 holds each byte's predecessor at its place, w << 8 its successor)
    before = w >> 8
    return (w & ~before).bit_count() - (j & before & (w << 8)).bit_count()


def word_count(text: str) -> int:
    """``len(_WORD.findall(text))``, counted on bytes where the text can stand in ASCII."""
    if text.isascii():
        return _class_word_count(text.encode("ascii"))
    try:
        plain = _ascii_words(text.encode("utf-8"))
    except UnicodeEncodeError:      # lone surrogates (from a JSON escape)
        return len(_WORD.findall(text))
    if plain is not None:
        return _class_word_count(plain[0])
    return _token_word_count(text)


def _token_word_count(text: str) -> int:
    # no word spans white space: count the ASCII tokens on bytes, the others with _WORD
    tokens = text.split()
    return (_class_word_count(" ".join(filter(str.isascii, tokens)).encode("ascii"))
            + len(_WORD.findall(" ".join(filterfalse(str.isascii, tokens)))))


def count_and_hash(text: str, *, folded: str | None = None) -> tuple[int, str]:
    """``(word_count(text), content_hash(text))``, on bytes where the text can stand in
    ASCII. ``folded``: ``" ".join(text.split())`` when the caller knows it already."""
    if folded is None:
        folded = _fold_space(text)
    if folded.isascii():
        data = folded.encode("ascii")
        return _class_word_count(data), hashlib.sha1(data.lower()).hexdigest()
    utf8 = folded.encode("utf-8")
    plain = _ascii_words(utf8)
    if plain is None:
        return _token_word_count(folded), _hash_folded(folded)
    data, caseless = plain
    # bytes.lower() changes ASCII letters only: enough when the others have no lower case
    digest = (hashlib.sha1(utf8.lower()).hexdigest() if caseless else _hash_folded(folded))
    return _class_word_count(data), digest


# --------------------------------------------------------------------------- sentences

OPEN_QUOTES = "\"“‘«„"
CLOSE_QUOTES = "\"”’»"

# Candidate boundary: terminal punctuation, optional closing quotes/brackets, white space,
# then (lookahead) what may open a sentence: opening quotes/brackets and a capital or digit.
# (No group before the punctuation: sre then scans for the first character quickly.)
_BOUNDARY = re.compile(r"[.!?…][.!?]*([\"”’»)\]]*)(\s+)(?=[\"“‘«„(\[]*[A-Z0-9\u00C0-\u024F\u1E00-\u1EFF])")
_NEXT_START = re.compile(r"[\"“‘«„(\[]*[A-Z0-9\u00C0-\u024F\u1E00-\u1EFF]")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?")
_DOTTED_CAPS = re.compile(r"(?:[A-Z]\.){2,}$")
_NUMBER_ABBREV = re.compile(r"\b(?:No|Nos|Art|Para|Vol|p|pp)$", re.I)
# Words that open sentences: after an abbreviation that can also end one ("U.S.", "Inc.",
# "etc.", "p.m.") they mark a boundary ("... in the U.S. The next day ...").
_OPENER = re.compile(r"[\"“‘«„(\[]*(?:The|This|That|These|Those|It|Its|He|She|They|We|In|On|But|"
                     r"A|An|His|Her|Their|There|However|Meanwhile)\b")
# Abbreviations that often end a sentence (titles such as "Gen." never do).
_FINAL_ABBREVIATIONS = frozenset({"etc.", "inc.", "ltd.", "co.", "corp.", "bros.", "jr.", "sr.",
                                  "a.m.", "p.m.", "est.", "approx.", "al.", "md."})


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("abbreviations.txt"))


def _token_before(text: str, dot: int) -> str:
    """The run of letters, digits and periods ending with the '.' at ``dot``."""
    chunk = text[text.rfind(" ", 0, dot) + 1:dot + 1]
    if chunk[:-1].replace(".", "").isalnum():   # the usual case: a plain word before the dot
        return chunk
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return text[start:dot + 1]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation or an initial, not a sentence."""
    return _token_is_abbreviation(_token_before(text, dot))


def _token_is_abbreviation(token: str) -> bool:
    if not token or token == ".":
        return False
    if token.lower() in _abbreviations():
        return True
    bare = token.rstrip(".")
    # single capital initial ("George W. Bush") or dotted acronym ("U.S.", "U.N.")
    if len(bare) == 1 and bare.isupper():
        return True
    return bool(_DOTTED.fullmatch(token))


def _may_end_sentence(token: str) -> bool:
    """Abbreviations after which a common sentence opener starts a new sentence."""
    return bool(_DOTTED_CAPS.search(token)) or token.lower() in _FINAL_ABBREVIATIONS or (
        token.islower() and bool(_DOTTED.fullmatch(token)) and len(token) > 2)


class _AbbreviationKind(dict):
    """The run of text from the last space to a '.' -> 0 (no abbreviation), 1 (an
    abbreviation or initial), 2 (an abbreviation that may also end a sentence). The token
    is that run's longest tail of letters, digits and periods, as :func:`_token_before`
    gives it."""

    def __missing__(self, chunk: str) -> int:
        if len(self) >= 100_000:
            self.clear()
        start = len(chunk) - 1
        while start > 0 and (chunk[start - 1].isalnum() or chunk[start - 1] == "."):
            start -= 1
        token = chunk[start:]
        kind = 0
        if _token_is_abbreviation(token):
            kind = 2 if _may_end_sentence(token) else 1
        self[chunk] = kind
        return kind


_ABBREVIATION_KIND = _AbbreviationKind()


def record_maker(cls):
    """A constructor for the frozen, slotted dataclass ``cls`` taking every field (no
    defaults; by position or name) that sets the slots directly: the object equals
    ``cls(*values)``, at a third of the cost of the generated ``__init__`` (which calls
    ``object.__setattr__`` per field). For records made by the thousand per article; a
    class with ``__post_init__`` or without slots gets ``cls`` itself back."""
    import dataclasses

    names = [f.name for f in dataclasses.fields(cls)]
    if (hasattr(cls, "__post_init__") or not getattr(cls, "__slots__", None)
            or any(f.init is False for f in dataclasses.fields(cls))):
        return cls     # (not the plain record this shortcut is for)
    setters = [cls.__dict__[name].__set__ for name in names]
    args = ", ".join(names)
    body = "".join(f"    _s{i}(obj, {name})\n" for i, name in enumerate(names))
    scope = {"_new": object.__new__, "_cls": cls, **{f"_s{i}": f for i, f in enumerate(setters)}}
    exec(f"def make({args}):\n    obj = _new(_cls)\n{body}    return obj\n", scope)
    return scope["make"]


_new_sentence = record_maker(Sentence)


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets (``text[s.start:s.end] == s.text``).

    Paragraph breaks always end a sentence. Inside a paragraph a sentence ends at ., !, ?
    or … (plus any closing quotes or brackets) followed by white space and a capital, a digit
    or an opening quote, unless the period belongs to an abbreviation ("Gen.", "Jan.") or an
    initial ("George W. Bush"). After "U.S.", "Inc.", "etc.", "p.m." a common sentence opener
    ("The", "He", ...) does start a new sentence. A quotation ending in a comma
    (``"...," he said``) stays in its sentence.
    """
    return sentences_in_spans(text, _paragraph_spans(text))


def sentences_in_spans(text: str, spans: list[tuple[int, int]]) -> list[Sentence]:
    """:func:`split_sentences` given the spans of the paragraphs of ``text`` (those of
    ``_paragraph_spans``; for a text made as ``"\\n\\n".join(paragraphs)`` of non-empty
    paragraphs without line breaks, their spans in it)."""
    sentences: list[Sentence] = []
    append = sentences.append
    new = _new_sentence
    kinds = _ABBREVIATION_KIND
    opener = _OPENER.match
    for p_index, (p_start, p_end) in enumerate(spans):
        # With no white space at either end of the paragraph nothing is ever trimmed: a
        # sentence after a boundary starts at what the lookahead saw and ends at a mark.
        trim = text[p_start].isspace() or text[p_end - 1].isspace()
        cursor = p_start
        for b in _BOUNDARY.finditer(text, p_start, p_end):
            end, nxt = b.span(2)    # group 2 (the white space) starts where group 1 ends
            dot = end - 1
            if text[dot] == "." and b.start() == dot:
                if text[nxt].isdigit() and _NUMBER_ABBREV.search(text, max(p_start, dot - 5), dot):
                    continue  # "No. 5", "Art. 51"
                kind = kinds[text[text.rfind(" ", 0, dot) + 1:end]]
                # "U.S. President" continues; "in the U.S. The next day" ends a sentence.
                if kind and not (kind == 2 and opener(text, nxt)):
                    continue
            if trim:
                _add(sentences, text, cursor, end, p_index, trim)
            else:
                append(new(cursor, end, text[cursor:end], p_index))
            cursor = nxt
        if cursor < p_end:
            if trim:
                _add(sentences, text, cursor, p_end, p_index, trim)
            else:
                append(new(cursor, p_end, text[cursor:p_end], p_index))
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int, trim: bool) -> None:
    """Append the sentence ``text[start:end]`` (trimmed of white space when ``trim``; an
    empty one is dropped)."""
    if trim:
        sentence = _sentence(text, start, end, paragraph)
        if sentence.text:
            sentences.append(sentence)
    else:
        sentences.append(_new_sentence(start, end, text[start:end], paragraph))


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the ``_PARAGRAPH`` matches; found by splitting when every line break is one
    of a pair (the shape of an article body: paragraphs joined by blank lines)."""
    if "\n" in text.replace("\n\n", ""):
        return [m.span() for m in _PARAGRAPH.finditer(text)]
    spans = []
    pos = 0
    for piece in text.split("\n\n"):
        if piece:
            spans.append((pos, pos + len(piece)))
        pos += len(piece) + 2
    return spans


def _sentence(text: str, start: int, end: int, paragraph: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return _new_sentence(start, end, text[start:end], paragraph)


def sentence_index(sentences: list[Sentence] | tuple[Sentence, ...], offset: int) -> int:
    """Index of the sentence holding character ``offset`` (the last one starting before it)."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if sentences[mid].start <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(lo - 1, 0)


# --------------------------------------------------------------------------- resources

def _resource_path(name: str) -> Path:
    path = RESOURCES / name
    if not path.is_file():
        raise ResourceError(
            f"resource file {path} is missing; it ships with the package "
            f"(reinstall with 'pip install -e .' from the checkout)"
        )
    return path


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Non-blank lines of a resource file, without ``#`` comments."""
    out = []
    for raw in _resource_path(name).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated resource file with a header line; ``#`` lines are comments."""
    path = _resource_path(name)
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t")
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise ResourceError(f"{path}: row {number} has the wrong number of tab-separated fields")
        rows.append({k.strip(): (v.strip() if v is not None else "") for k, v in row.items()})
    return tuple(rows)


def resource_fingerprint() -> str:
    """Hash of every resource file: changes when a word list or gazetteer changes."""
    digest = hashlib.sha1()
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(RESOURCES).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
