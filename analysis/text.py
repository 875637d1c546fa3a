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
_LINE_EDGES = re.compile(r" ?\n ?")


def clean_text(raw: str) -> str:
    """Normalise a decoded text: NFC, one kind of line ending, no NUL, zero-width, bidi
    or other control characters, no-break and odd spaces folded, lines stripped.

    Typographic quotes and dashes are kept as they are (the splitter understands them).
    """
    text = raw
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\t" in text or not text.isascii():
        text = _ODD_SPACES.sub(" ", text)
    if "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    return text.strip()


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs are separated by blank lines; single line breaks inside a paragraph
    are joined with a space (hard-wrapped text)."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        block = " ".join(part.strip() for part in block.split("\n") if part.strip())
        if block:
            paragraphs.append(block)
    return paragraphs


def join_paragraphs(paragraphs: list[str] | tuple[str, ...]) -> str:
    return "\n\n".join(paragraphs)


def content_hash(text: str) -> str:
    """Hash of the text with case and whitespace folded, so re-wrapped copies match."""
    folded = " ".join(text.lower().split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


# --------------------------------------------------------------------------- sentences

OPEN_QUOTES = "\"“‘«„"
CLOSE_QUOTES = "\"”’»"

# Candidate boundary: terminal punctuation, optional closing quotes/brackets, white space,
# then (lookahead) what may open a sentence: opening quotes/brackets and a capital or digit.
# (No group before the punctuation: sre then scans for the first character quickly.)
_BOUNDARY = re.compile(r"[.!?…][.!?]*([\"”’»)\]]*)(\s+)(?=[\"“‘«„(\[]*[A-Z0-9\u00C0-\u024F])")
_NEXT_START = re.compile(r"[\"“‘«„(\[]*[A-Z0-9\u00C0-\u024F]")
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
                                  "a.m.", "p.m.", "est.", "approx.", "al."})


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
    token = _token_before(text, dot)
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


def split_sentences(text: str, *, paragraph_offsets: list[int] | None = None) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets (``text[s.start:s.end] == s.text``).

    Paragraph breaks always end a sentence. Inside a paragraph a sentence ends at ., !, ?
    or … (plus any closing quotes or brackets) followed by white space and a capital, a digit
    or an opening quote, unless the period belongs to an abbreviation ("Gen.", "Jan.") or an
    initial ("George W. Bush"). After "U.S.", "Inc.", "etc.", "p.m." a common sentence opener
    ("The", "He", ...) does start a new sentence. A quotation ending in a comma
    (``"...," he said``) stays in its sentence. ``paragraph_offsets`` is unused (kept for
    compatibility).
    """
    sentences: list[Sentence] = []
    for p_index, match in enumerate(_PARAGRAPH.finditer(text)):
        p_start, p_end = match.span()
        cursor = p_start
        for b in _BOUNDARY.finditer(text, p_start, p_end):
            end = b.end(1)
            nxt = b.end(2)
            dot = b.start()
            if end == dot + 1 and text[dot] == ".":
                if text[nxt].isdigit() and _NUMBER_ABBREV.search(text, max(p_start, dot - 5), dot):
                    continue  # "No. 5", "Art. 51"
                if _is_abbreviation(text, dot):
                    # "U.S. President" continues; "in the U.S. The next day" ends a sentence.
                    if not (_may_end_sentence(_token_before(text, dot)) and _OPENER.match(text, nxt)):
                        continue
            sentences.append(_sentence(text, cursor, end, p_index))
            cursor = nxt
        if cursor < p_end:
            sentences.append(_sentence(text, cursor, p_end, p_index))
    return [s for s in sentences if s.text]


def _sentence(text: str, start: int, end: int, paragraph: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, text[start:end], paragraph)


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
