"""Text primitives: hygiene, paragraphs, sentences with offsets, hashes."""
from __future__ import annotations

import hashlib
import re

import pytest

from analysis.text import (clean_text, content_hash, count_and_hash, join_paragraphs,
                           sentence_index, split_paragraphs, split_sentences, word_count)


@pytest.mark.parametrize("raw, expected", [
    ("a\r\nb\rc", "a\nb\nc"),                                  # line endings unified
    ("NUL\x00 here", "NUL here"),                              # NUL removed
    ("zero\u200bwidth\u200d joiner\ufeff", "zerowidth joiner"),  # zero-width, BOM
    ("bidi \u202eoverride\u202c and \u2066isolate\u2069", "bidi override and isolate"),
    ("soft\u00adhyphen", "softhyphen"),
    ("no\u00a0break\u2009thin  double\tspace", "no break thin double space"),
    ("  trailing  \n  leading", "trailing\nleading"),
    ("cafe\u0301", "caf\u00e9"),                               # NFC
    ("\u201cQuoted,\u201d he said \u2014 it\u2019s kept.", "\u201cQuoted,\u201d he said \u2014 it\u2019s kept."),
    ("para\u2029next", "para\n\nnext"),
    ("Brazil`s forests and the world`s lungs; `code` stays", "Brazil's forests and the world's lungs; `code` stays"),
    ("bell\x07 and escape\x1b gone, tab\tkept as space", "bell and escape gone, tab kept as space"),
])
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


def test_clean_text_is_idempotent():
    raw = "  A\u00a0\u00a0b \r\n\r\n\u200b c\x00 "
    once = clean_text(raw)
    assert clean_text(once) == once


def test_split_paragraphs_joins_hard_wraps():
    text = "First line\nwraps here.\n\n\nSecond paragraph.\n \nThird."
    assert split_paragraphs(text) == ["First line wraps here.", "Second paragraph.", "Third."]
    assert join_paragraphs(["a", "b"]) == "a\n\nb"


def test_content_hash_folds_case_and_whitespace():
    assert content_hash("Hello   World\n\nAgain") == content_hash("hello world again")
    assert content_hash("Hello world") != content_hash("Hello world!")


@pytest.mark.parametrize("text, count", [
    ("Six-party talks resumed.", 3),
    ("Japan\u2019s prime minister", 3),
    ("", 0),
])
def test_word_count(text, count):
    assert word_count(text) == count


def _texts(text):
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    # abbreviations and titles
    ("Gen. Smith arrived on Monday. He left on Tuesday.",
     ["Gen. Smith arrived on Monday.", "He left on Tuesday."]),
    ("Sen. John McCain and Mr. Lavrov met. They talked.",
     ["Sen. John McCain and Mr. Lavrov met.", "They talked."]),
    ("The meeting was set for Jan. 5 in Geneva. It was postponed.",
     ["The meeting was set for Jan. 5 in Geneva.", "It was postponed."]),
    ("Resolution No. 2231 was adopted. Iran objected.",
     ["Resolution No. 2231 was adopted.", "Iran objected."]),
    # initials
    ("George W. Bush met Vladimir V. Putin. They shook hands.",
     ["George W. Bush met Vladimir V. Putin.", "They shook hands."]),
    # dotted acronyms: continuing, and ending a sentence before a common opener
    ("The U.S. President spoke. The U.N. Security Council met.",
     ["The U.S. President spoke.", "The U.N. Security Council met."]),
    ("Troops were sent to the U.S. The next day they returned.",
     ["Troops were sent to the U.S.", "The next day they returned."]),
    ("The curfew runs until 6 a.m. The governor agreed.",
     ["The curfew runs until 6 a.m.", "The governor agreed."]),
    ("Shares of Apple Inc. The company said more.",
     ["Shares of Apple Inc.", "The company said more."]),
    # "Md." (Muhammad) inside a name; as Maryland's it may still end a sentence
    ("He met Adviser Md. Karim Fahmy in Dhaka. They talked.",
     ["He met Adviser Md. Karim Fahmy in Dhaka.", "They talked."]),
    ("The talks were held in Bethesda, Md. The two sides agreed.",
     ["The talks were held in Bethesda, Md.", "The two sides agreed."]),
    # quotes ending in a comma stay in their sentence
    ('"We will not give up," he said. The talks resumed.',
     ['"We will not give up," he said.', "The talks resumed."]),
    ("\u201cWe agreed,\u201d Putin said. \u201cIt is done.\u201d Abe nodded.",
     ["\u201cWe agreed,\u201d Putin said.", "\u201cIt is done.\u201d", "Abe nodded."]),
    ('"Why now?" he asked. Nobody answered.',
     ['"Why now?" he asked.', "Nobody answered."]),
    ("He said: \u201cThe deal is off.\u201d Then he left.",
     ["He said: \u201cThe deal is off.\u201d", "Then he left."]),
    ("\u2018It is over.\u2019 \u2018Really?\u2019 she asked.",
     ["\u2018It is over.\u2019", "\u2018Really?\u2019 she asked."]),
    # other punctuation
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    ("He paused\u2026 Then he spoke.", ["He paused\u2026", "Then he spoke."]),
    ("Growth was 3.5 percent. It fell.", ["Growth was 3.5 percent.", "It fell."]),
    ("Talks (see above). Next item.", ["Talks (see above).", "Next item."]),
    # lower case after a period: no boundary
    ("They met in Washington, D.C. on Monday. Fine.",
     ["They met in Washington, D.C. on Monday.", "Fine."]),
    # paragraph breaks always end a sentence
    ("No final stop\n\nSecond paragraph. Two.", ["No final stop", "Second paragraph.", "Two."]),
    ('"The situation is serious,"\n\nPutin said.', ['"The situation is serious,"', "Putin said."]),
])
def test_split_sentences(text, expected):
    assert _texts(text) == expected


def test_sentence_offsets_and_paragraph_numbers():
    text = "First one. Second one.\n\nThird \u201cquoted.\u201d Fourth one"
    sentences = split_sentences(text)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1]
    assert sentence_index(sentences, text.index("Fourth")) == 3
    assert sentence_index(sentences, 0) == 0


def test_hard_wrapped_sentence_keeps_offsets():
    text = "A sentence that\nwraps. Another\none."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["A sentence that\nwraps.", "Another\none."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


# --------------------------------------------------------------------------- fast paths
# The fast paths (printable text, ASCII stand-ins, split paragraphs) must give exactly what
# the general passes give.

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*")


@pytest.mark.parametrize("text", [
    "plain ASCII words, with-hyphens and don't.",
    "a-b-c d--e f- -g 'h' i'' __x__ 3-4",                       # chains and loose joiners
    "Japan’s “prime” minister — Abe… said «no».",               # punctuation stand-ins
    "Café Müller in Zürich, Łódź and İstanbul",                # letters with and without case
    "हिन्दी में समाचार। And English too.",                        # marks that are not \w
    "x²³ ٣٤ ① ﬁne Σίσυφος",                                    # numbers and odd letters
    "  spaced\u1680out\u3000text\n\nwith paragraphs  ",
    "",
])
def test_word_count_and_hash_match_the_plain_definitions(text):
    assert word_count(text) == len(_WORD_RE.findall(text))
    folded = " ".join(text.lower().split())
    assert count_and_hash(text) == (len(_WORD_RE.findall(text)),
                                    hashlib.sha1(folded.encode()).hexdigest())


@pytest.mark.parametrize("raw", [
    "Plain text.\n\nSecond  paragraph \n end",
    "Typographic \u201cquotes\u201d \u2014 kept",
    "cafe\u0301 needs NFC",
    "tab\there and\u00a0no-break",
    "line\u2028separator and\rCR",
])
def test_clean_text_fast_path_equals_the_full_passes(raw):
    from analysis.text import _LINE_EDGES, _SPACE_RUNS, _clean_unusual

    text = _clean_unusual(raw)
    text = _SPACE_RUNS.sub(" ", text)
    assert clean_text(raw) == _LINE_EDGES.sub("\n", text).strip()


@pytest.mark.parametrize("text, expected", [
    (" Leading space. Second one.\n\nNext  ", ["Leading space.", "Second one.", "Next"]),
    ("One.\n\n\n\nTwo after four breaks.", ["One.", "Two after four breaks."]),
    ("Odd\n\n\nbreaks. Here.", ["Odd", "breaks.", "Here."]),
])
def test_split_sentences_trims_and_counts_paragraphs(text, expected):
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_record_maker_equals_the_dataclass():
    import pickle

    from analysis.records import Article, ManifestEntry, Sentence
    from analysis.text import record_maker

    made = record_maker(Sentence)(3, 9, "Hello.", 2)
    assert made == Sentence(3, 9, "Hello.", 2) and type(made) is Sentence
    assert repr(made) == repr(Sentence(3, 9, "Hello.", 2))
    assert pickle.loads(pickle.dumps(made)) == made
    entry = record_maker(ManifestEntry)(path="p", status="loaded", line=None, reason=None, id="a",
                                        duplicate_of=None)
    assert entry == ManifestEntry(path="p", status="loaded", id="a")
    with pytest.raises(TypeError):     # every field must be given
        record_maker(Article)(id="a", text="t")
