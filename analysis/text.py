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

# Zero-width and bidirectional control characters, soft hyphen, BOM, NUL.
_INVISIBLE = dict.fromkeys(
    [0x00, 0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF,
     *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
# C0/C1 control characters other than tab and newline.
_CONTROL = dict.fromkeys(
    [c for c in [*range(0x01, 0x20), *range(0x7F, 0xA0)] if c not in (0x09, 0x0A)]
)
_SPACES = re.compile(r"[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+")


def clean_text(raw: str) -> str:
    """Normalise a decoded text: NFC, one kind of line ending, no NUL, zero-width, bidi
    or other control characters, no-break and odd spaces folded, lines right-stripped.

    Typographic quotes and dashes are kept as they are (the splitter understands them).
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_INVISIBLE).translate(_CONTROL)
    text = unicodedata.normalize("NFC", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


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
    return sum(1 for _ in _WORD.finditer(text))


# --------------------------------------------------------------------------- sentences

OPEN_QUOTES = "\"“‘«„"
CLOSE_QUOTES = "\"”’»"

# Candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"([.!?]+|\.\.\.|…)([\"”’»)\]]*)(\s+)")
_NEXT_START = re.compile(r"[\"“‘«„(\[]*[A-Z0-9\u00C0-\u024F]")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lines("abbreviations.txt"))


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation or an initial, not a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    token = text[start:dot + 1]
    if not token or token == ".":
        return False
    if token.lower() in _abbreviations():
        return True
    bare = token.rstrip(".")
    # single capital initial ("George W. Bush") or dotted acronym ("U.S.", "U.N.")
    if len(bare) == 1 and bare.isupper():
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", token):
        return True
    return False


def split_sentences(text: str, *, paragraph_offsets: list[int] | None = None) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets (``text[s.start:s.end] == s.text``).

    Paragraph breaks always end a sentence. Inside a paragraph a sentence ends at ., ! or ?
    (plus any closing quotes or brackets) followed by white space and a capital, a digit or
    an opening quote, unless the period belongs to an abbreviation ("Gen.", "U.S.", "Jan.")
    or an initial. A quotation ending in a comma (``"...," he said``) stays in its sentence.
    """
    sentences: list[Sentence] = []
    pos = 0
    for p_index, match in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)):
        p_start, p_end = match.start(), match.end()
        cursor = p_start
        for b in _BOUNDARY.finditer(text, p_start, p_end):
            end = b.end(2)
            nxt = b.end(3)
            if nxt >= p_end or not _NEXT_START.match(text, nxt):
                continue
            punct = b.group(1)
            if punct == "." and not b.group(2) and text[nxt].isdigit() and re.search(
                    r"\b(?:No|Nos|Art|Para|Vol|p|pp)$", text[max(p_start, b.start(1) - 5):b.start(1)], re.I):
                continue  # "No. 5", "Art. 51"
            if punct == "." and not b.group(2) and _is_abbreviation(text, b.start(1)):
                # "U.S. President" continues; but "in the U.S. The next" is ambiguous:
                # only a dotted acronym followed by a common sentence opener ends a sentence.
                token_end = b.start(1)
                if not (re.search(r"(?:[A-Z]\.){2,}$", text[max(p_start, token_end - 8):token_end + 1])
                        and re.match(r"(?:The|This|It|He|She|They|We|In|On|But|A|An)\b", text[nxt:])):
                    continue
            sentences.append(_sentence(text, cursor, end, p_index))
            cursor = nxt
        if cursor < p_end:
            sentences.append(_sentence(text, cursor, p_end, p_index))
        pos = p_end
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
