"""Readers per format, decoding, structuring of plain text, and the manifest.

Every input (a file, a JSON line, a JSON array item, a CSV row) ends as one
:class:`~analysis.records.ManifestEntry`: ``loaded``, ``duplicate`` (same content hash as an
earlier article) or ``rejected`` with a reason. One bad input never stops a run.

Layers: :func:`iter_inputs` lists the files, :func:`read_file` turns one file into
``(entry, article)`` pairs (no duplicate detection, so it runs on any worker),
:func:`iter_load` streams and marks duplicates, :func:`load_articles` collects.
:func:`parse_text` structures one plain text (header lines, title, date line, dateline,
byline, paragraphs, sentences).
"""
from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import logging
import os
import re
import sys
import zlib
from dataclasses import dataclass, field, replace
from datetime import date as _date
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .records import Article, ManifestEntry
from .text import (_clean, clean_text, count_and_hash, join_paragraphs, load_lines, load_table, record_maker,
                   sentences_in_spans, split_paragraphs)

__all__ = ["LoadResult", "iter_inputs", "read_file", "iter_load", "load_articles", "parse_text",
           "parse_date", "article_record", "SUPPORTED"]

# --------------------------------------------------------------------------- formats

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_EXT = {".jsonl", ".ndjson", ".jsonlines"}
JSON_EXT = {".json"}
CSV_EXT = {".csv", ".tsv", ".tab"}
SUPPORTED = ".txt, .html, .json, .jsonl, .csv, .tsv (and .gz of these)"

_ADVICE = {
    **dict.fromkeys([".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages", ".wpd"],
                    "convert to .txt or .html"),
    **dict.fromkeys([".zip", ".tar", ".tgz", ".7z", ".rar", ".bz2", ".xz", ".zst"],
                    "unpack it first"),
    **dict.fromkeys([".xls", ".xlsx", ".ods", ".parquet", ".feather"],
                    "export it as .csv (columns id, title, date, text, url, source)"),
    ".md": "documentation files are not read as articles; rename to .txt to load it as one",
    ".xml": "convert to .html, .txt or .jsonl",
}

# Column / key names, case-insensitive, in order of preference.
ID_KEYS = ("id", "article_id", "doc_id", "docid", "guid", "uid", "uuid", "identifier")
TITLE_KEYS = ("title", "headline", "heading", "head", "name")
DATE_KEYS = ("date", "published", "pubdate", "pub_date", "published_at", "publication_date",
             "date_published", "datetime", "publish_date", "created_at", "time", "timestamp")
TEXT_KEYS = ("text", "body", "content", "article", "article_text", "full_text", "fulltext",
             "maintext", "story", "body_text", "raw_text")
URL_KEYS = ("url", "link", "href", "permalink", "uri", "source_url")
SOURCE_KEYS = ("source", "publisher", "publication", "outlet", "site", "sitename", "source_name",
               "agency", "feed")
BYLINE_KEYS = ("byline", "author", "authors", "writer")
JSON_LIST_KEYS = ("articles", "items", "data", "records", "documents", "docs", "entries",
                  "results", "rows")



@dataclass
class LoadResult:
    """Articles loaded (duplicates and rejections left out) and one manifest row per input."""

    articles: list[Article] = field(default_factory=list)
    manifest: list[ManifestEntry] = field(default_factory=list)


class _Reject(Exception):
    """An input cannot become an article; the message is the manifest reason."""


# --------------------------------------------------------------------------- inputs

def _as_paths(paths) -> list[Path]:
    if isinstance(paths, (str, os.PathLike)):
        return [Path(paths)]
    return [Path(p) for p in paths]


def iter_inputs(paths) -> Iterator[Path]:
    """Files under ``paths`` (files or folders), folders walked recursively in sorted order,
    hidden files and folders skipped. A missing path is yielded as is (read_file rejects it).
    Each file is yielded once even when named twice."""
    return map(Path, input_files(paths))


def input_files(paths) -> Iterator[str]:
    """:func:`iter_inputs` as strings (``str`` of its paths), without a Path per file."""
    seen: set[str] = set()
    for root in _as_paths(paths):
        if root.is_dir():
            top = str(root)
            found: list[tuple[str, str | None]] = []
            _walk(top, os.path.realpath(top), "", found)
            found.sort()    # by the path relative to the root, "/" between its parts
            prefix = "" if top == "." else top if top.endswith("/") else top + "/"
            candidates = [(prefix + rel, real) for rel, real in found]
        else:
            candidates = [(str(root), None)]
        for spath, real in candidates:
            if real is None:
                # a symlink (or a named file): resolved as Path.exists/os.path.realpath do
                real = os.path.realpath(spath) if os.path.exists(spath) else spath
            if real not in seen:
                seen.add(real)
                yield spath


def _walk(top: str, real_top: str, rel: str, found: list) -> None:
    """The files ``os.walk(top, followlinks=False)`` lists (hidden names skipped), added to
    ``found`` as ``(path relative to the root, real path or None for a symbolic link)``.
    A folder that cannot be listed is skipped, as os.walk does."""
    try:
        with os.scandir(top) as it:
            entries = list(it)
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            # os.walk lists a symbolic link to a folder among the folders, never walks it
            try:
                link = entry.is_symlink()
            except OSError:
                link = False
            if not link:
                _walk(os.path.join(top, name), real_top + "/" + name if real_top != "/" else "/" + name,
                      rel + name + "/", found)
            continue
        try:
            link = entry.is_symlink()
        except OSError:
            link = True
        found.append((rel + name, None if link else
                      (real_top + "/" + name if real_top != "/" else "/" + name)))


def _kind(path: Path) -> tuple[str, bool]:
    """(format extension, gzipped) of a file name; "" when there is no extension."""
    return _name_kind(path.name)


@lru_cache(maxsize=4096)
def _name_kind(name: str) -> tuple[str, bool]:
    suffixes = [s.lower() for s in _suffixes(name)]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    if ext and not re.fullmatch(r"\.[a-z0-9]{1,10}", ext):
        ext = ""  # "Mr. Smith" in a file name is not an extension
    return ext, gz


def _suffixes(name: str) -> list[str]:
    """``PurePath(name).suffixes`` of a file name."""
    if name.endswith("."):
        return []
    return ["." + suffix for suffix in name.lstrip(".").split(".")[1:]]


def _stem(path: Path) -> str:
    """The file name without its format extension(s): ``a.txt.gz`` -> ``a``."""
    return _name_stem(path.name)


@lru_cache(maxsize=4096)
def _name_stem(name: str) -> str:
    full = name
    ext, gz = _name_kind(name)
    if gz:
        name = name[:-3]
    if ext and name.lower().endswith(ext):
        name = name[: -len(ext)]
    return name or full


# --------------------------------------------------------------------------- bytes -> str

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "gzip data (name the file .gz)"),
    (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF media file"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
    (b"fLaC", "a FLAC file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_BOM_STARTS = {bom[:1] for bom, _ in _BOMS}
# Single-byte Latin code pages a detector may confuse with Windows-1252.
_LATIN_FAMILY = {"cp1252", "windows_1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250",
                 "iso8859_2", "mac_roman", "cp1254", "iso8859_9", "cp1257", "iso8859_13",
                 "mac_latin2", "cp850", "cp437", "iso8859_3", "iso8859_4", "iso8859_10",
                 "iso8859_14", "iso8859_16", "cp1258", "ascii"}
_BINARY_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x1b), *range(0x1c, 0x20)])


_MAGIC_WHAT = dict(_MAGIC)
_MAGIC_RE = re.compile(b"|".join(re.escape(magic) for magic, _ in _MAGIC))


def _magic(data: bytes) -> str | None:
    m = _MAGIC_RE.match(data, 0, 16)
    if m:
        return _MAGIC_WHAT[m.group()]
    if data[4:8] == b"ftyp":
        return "an MP4/QuickTime media file"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.6 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.6 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data``: BOM (UTF-8, UTF-16, UTF-32), UTF-16 without BOM, strict UTF-8, the
    ``declared`` charset (HTML), charset-normalizer, then Windows-1252.

    Returns ``(text, encoding)``; raises _Reject for binary or undecodable data.
    """
    for bom, encoding in _BOMS if data[:1] in _BOM_STARTS else ():
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise _Reject(f"undecodable: starts with a {encoding} byte-order mark but is not "
                              f"valid {encoding} ({exc.reason} at byte {exc.start})") from None
    what = _magic(data)
    if what:
        raise _Reject(f"binary file ({what}); convert it to .txt or .html")
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding:
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                pass
        sample = data[:65536]
        if sample.count(0) > max(8, len(sample) // 100):
            raise _Reject("binary file (NUL bytes); convert it to .txt or .html")
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROL_BYTES))
    if controls and controls > max(8, len(sample) // 50):
        raise _Reject("binary file (control bytes); convert it to .txt or .html")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    guess = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:262144]).best()
        guess = best.encoding if best is not None else None
    except Exception:  # pragma: no cover - the detector is a helper, never a failure
        guess = None
    if guess and guess.lower().replace("-", "_") not in _LATIN_FAMILY:
        try:
            text = data.decode(guess)
            if not _looks_garbled(text):
                return text, guess
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    if guess:
        try:
            return data.decode(guess), guess
        except (LookupError, UnicodeDecodeError):
            pass
    raise _Reject("undecodable: not UTF-8, UTF-16 or Windows-1252 and no other encoding "
                  "detected; re-save it as UTF-8")


def _looks_garbled(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    return bad > len(sample) // 50


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


# --------------------------------------------------------------------------- dates

_MONTHS = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
           r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY = (r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?")
_MONTH_NUM = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_ISO = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])")
_YMD = re.compile(r"\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d])")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})\s*$")
_MDY = re.compile(rf"\s*(?:{_WEEKDAY},?\s+)?({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)")
_DMY = re.compile(rf"\s*(?:{_WEEKDAY},?\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?({_MONTHS})\.?,?\s+(\d{{4}})(?!\d)")
_NUMERIC = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)")
_EPOCH = re.compile(r"\s*(\d{9,13})(?:\.\d+)?\s*$")
# Text forms used inside the dateline and date-line patterns (no groups).
_DATE_TEXT = (rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
              rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\.?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})")
_DATE_NOYEAR = rf"(?:{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTHS}\.?)"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)"
_DATE_LINE = re.compile(
    rf"(?i:(?:posted|published|updated|date|dated|last updated)\s*(?:on)?\s*:?\s*)?"
    rf"(?P<date>{_DATE_TEXT}){_TIME}?\.?", re.I)


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1000 <= year <= 2999:
        return None
    try:
        return _date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_date(value: str) -> str | None:
    """ISO ``YYYY-MM-DD`` for a written date, or None when it is invalid or unreadable.

    Fast paths: ISO 8601, ``2017/04/29``, ``20170429``, ``April 29, 2017``, ``Apr. 29 2017``,
    ``29 April 2017``, weekday prefixes, RFC 2822 (``Fri, 04 Jan 2019 10:00:00 +0000``),
    Unix timestamps, ``04/29/2017`` (month first unless the first number exceeds 12) and
    ``29.04.2017`` (day first). Anything else goes to dateparser (slow; results are cached).
    """
    s = value.strip()
    if not s or len(s) > 80:
        return None
    m = _ISO.match(s) or _YMD.match(s) or _COMPACT.match(s)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _MDY.match(s)
    if m:
        return _iso(int(m.group(3)), _MONTH_NUM[m.group(1)[:3].lower()], int(m.group(2)))
    m = _DMY.match(s)
    if m:
        return _iso(int(m.group(3)), _MONTH_NUM[m.group(2)[:3].lower()], int(m.group(1)))
    m = _EPOCH.match(s)
    if m:
        return _from_epoch(float(m.group(1)))
    m = _NUMERIC.match(s)
    if m:
        a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        # "04.01.2019" is day-first; "04/01/2019" month-first unless the first number > 12
        day_first = sep == "." or a > 12
        return _iso(year, b, a) if day_first else _iso(year, a, b)
    # other languages and odd forms ("4 mars 2019"): dateparser, slow, cached
    if not re.search(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}", s):
        return None
    return _dateparser(s)


def _from_epoch(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _dateparser(s: str) -> str | None:
    try:
        import dateparser
    except ImportError:  # pragma: no cover
        return None
    try:
        parsed = dateparser.parse(s, settings={
            "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
            "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DATES_FROM": "past"})
    except Exception:
        return None
    return _iso(parsed.year, parsed.month, parsed.day) if parsed else None


def _meta_date(value) -> tuple[str | None, str | None]:
    """(iso date, warning) for a date field of JSON/CSV/HTML metadata."""
    if value is None or value == "" or isinstance(value, bool):
        return None, None
    if isinstance(value, (int, float)):
        iso = _from_epoch(float(value))
    elif isinstance(value, str):
        iso = parse_date(value)
    else:
        iso = None
    if iso is None:
        return None, f"invalid date {str(value)[:60]!r} ignored"
    return iso, None


# --------------------------------------------------------------------------- resources

@lru_cache(maxsize=1)
def _publication_table() -> tuple[dict[str, str], dict[str, str]]:
    headers: dict[str, str] = {}
    agencies: dict[str, str] = {}
    for row in load_table("publication_headers.tsv"):
        key = " ".join(row["text"].split()).casefold()
        (headers if row["kind"] == "header" else agencies)[key] = row["source"]
    return headers, agencies


@lru_cache(maxsize=1)
def _header_regex() -> re.Pattern:
    headers, _ = _publication_table()
    alts = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(headers, key=len, reverse=True))
    return re.compile(rf"(?P<head>{alts})(?:\s*[,:|—–-]\s*(?P<rest>.+))?", re.I)


def _agency_source(tag: str) -> str | None:
    return _publication_table()[1].get(" ".join(tag.split()).casefold())


# --------------------------------------------------------------------------- structure

_DASH = r"(?:—|–|--|-|:)"
_PLACE_WORD = r"[A-Z][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’.\-]*"
_PLACE = rf"{_PLACE_WORD}(?:\s+(?:{_PLACE_WORD}|de|del|da|do|la|le|el|al|es|of|upon|on))*?"
_UPPER_WORD = r"[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’.\-]+"
_UPPER_PLACE = rf"{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,3}}"
_REGION = rf"(?!{_MONTHS}\b){_PLACE_WORD}(?:\s+{_PLACE_WORD})?"

# "MOSCOW, April 29, 2017 (EIRNS)—", "April 29, 2017 (EIRNS)--", "WASHINGTON (Reuters) -",
# "LIMA/SANTIAGO (Reuters) -" (two cities),
# "PARIS, March 3 (AFP) —", "KABUL, Afghanistan (AP) —", and a site's name with the agency it
# carries and the date: "UNITED NATIONS (Kestrel News / AFP - 01st July, 2020)"
_AGENCY_TAG = r"[A-Za-z][A-Za-z./&' -]{0,30}[A-Za-z.]"
_AGENCY_DATELINE = re.compile(
    rf"(?:(?P<place>{_PLACE}(?:/{_PLACE})*)(?:,\s*(?P<region>{_REGION}))?(?:,\s*|\s+))?"
    rf"(?:(?P<date>{_DATE_TEXT}|{_DATE_NOYEAR})\s*)?"
    rf"\((?P<agency>{_AGENCY_TAG}(?:\s*/\s*{_AGENCY_TAG}){{0,2}})(?:\s+-\s+(?P<pdate>[^()\n]{{4,30}}))?\)"
    rf"\s*(?P<dash>{_DASH})?\s*")
# the agency after the place and date, "UN, 24 Sep - RIA Novosti.", or before the place,
# "ABC News(WASHINGTON) —"
_AGENCY_AFTER_DATELINE = re.compile(
    rf"(?P<place>{_UPPER_PLACE}|{_PLACE_WORD}),\s*(?P<date>{_DATE_TEXT}|{_DATE_NOYEAR})\s*(?:—|–|--|-)\s*"
    rf"(?P<agency>{_AGENCY_TAG})\.\s+")
_AGENCY_BEFORE_PLACE = re.compile(rf"(?P<agency>{_AGENCY_TAG})\s?\((?P<place>{_UPPER_PLACE})\)\s*(?P<dash>{_DASH})\s*")
# "WASHINGTON —", "MOSCOW, April 29 —", "April 29, 2017—" (no agency)
_PLAIN_DATELINE = re.compile(
    rf"(?:(?P<place>{_UPPER_PLACE})(?:,\s*(?P<region>{_REGION}))?(?:,\s*|\s+))?"
    rf"(?P<date>{_DATE_TEXT}|{_DATE_NOYEAR})?\s*(?P<dash>—|–|--|-(?=\s))\s*")
# "by Jane Doe (EIRNS) — Aug. 21, 2026" (a line, or the prefix of the first paragraph)
_BYLINE_AGENCY = re.compile(
    rf"[Bb][Yy]\s+(?P<byline>[A-Z][^()\n—–]{{0,80}}?)\s*\((?P<agency>[A-Za-z][A-Za-z./&' -]{{0,30}})\)"
    rf"\s*{_DASH}?\s*(?:(?P<date>{_DATE_TEXT})\s*{_DASH}?\s*)?")
_NAME = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|van|von|de|der|da|al|bin|ibn|la|le))*"
_NAME_LIST = rf"{_NAME}(?:(?:,\s*|\s+(?:and|&)\s+|,\s+and\s+){_NAME})*"
_DESK = r"\s+for\s+[A-Z][\w.&'’ ]{0,30}?"     # "... for RFA Mandarin"
# "By A Bcd and C Def", "By A Bcd for X Radio, and by C Def for Y Radio", with an outlet in
# brackets or a date after a bar or dash ("By A Bcd | Mar 3, 2021", "by A Bcd - 03/04/21 9:05 AM")
_BYLINE_LINE = re.compile(rf"(?:(?:[Ee]dited|[Ww]ritten|[Rr]eported|[Cc]ompiled)\s+)?[Bb][Yy]:?\s+"
                          rf"(?P<byline>{_NAME_LIST}(?:{_DESK})?(?:,?\s+and\s+by\s+{_NAME_LIST}(?:{_DESK})?)*)"
                          r"\s*(?:\([A-Z][^()\n]{0,40}\)|[|–—-]\s*[^\n]{0,40}\d[^\n]{0,40})?\.?\s*")
# a byline without "By": names alone on the first line, perhaps with a place or desk and a
# date ("Ana Ruiz and Ivo Marek", "Ana Ruiz 12.02.2019 20:00", "Ana Ruiz, Kestria ,",
# "Ana Ruiz / Herald Correspondent")
_PERSON_NAME = r"[A-Z][a-z’'-]+(?:[ ][A-Z][a-z’'-]+){1,2}"
_NAMES_LINE = re.compile(rf"(?P<byline>{_PERSON_NAME}(?:(?:,[ ]|[ ]and[ ])(?!The[ ]){_PERSON_NAME})*)"
                         r"(?:[ ]?[,/][ ]?[A-Z][A-Za-z ]{0,30}){0,2}[ ,]*(?:[\d./:]+(?:[ ][\d.:]+)?)?")


def _given_names_first(names: str) -> bool:
    """Whether every name of a byline list opens with a known given name."""
    from .extract.names import given_names

    given = given_names()
    return all(n.split()[0] in given for n in re.split(r",[ ]| and ", names))


_TITLE_END = re.compile(r"[.!?…:;,]['\"”’»)\]]*$")
_WORD = re.compile(r"\S+")
_BLANK = re.compile(r"\n(?:[ \t]*\n)+")


@dataclass
class _Found:
    title: str | None = None
    date: str | None = None
    source: str | None = None
    dateline: str | None = None
    byline: str | None = None
    credits: str | None = None
    closing_source: str | None = None
    warnings: list[str] = field(default_factory=list)

    def set_date(self, written: str | None) -> None:
        """Keep the first date the text gives; warn when a full date cannot be read."""
        if not written or self.date:
            return
        iso = parse_date(written)
        if iso:
            self.date = iso
        elif re.search(r"\d{4}", written):
            self.warnings.append(f"invalid date {written.strip()!r} ignored")


def _norm_title(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.casefold()).split())


def _same_title(line: str, want: str) -> bool:
    """A heading that repeats the given title, perhaps without the site name or a subtitle."""
    if line == want:
        return True
    shorter, longer = sorted((line, want), key=len)
    return len(shorter) >= 12 and (longer.startswith(shorter) or longer.endswith(shorter))


def _place_name(place: str, region: str | None) -> str:
    def fix(s: str) -> str:
        if s.isupper() or not any(c.islower() for c in s):
            return " ".join("/".join(part.capitalize() for part in w.split("/"))
                            if not re.fullmatch(r"(?:[A-Z]\.)+", w) else w for w in s.split())
        return s
    name = fix(place.strip())
    if region:
        name += ", " + fix(region.strip())
    return name


def _header_line(line: str) -> tuple[str, str | None] | None:
    """(source, written date or None) when ``line`` is a publication header line."""
    m = _header_regex().fullmatch(line.strip())
    if not m:
        return None
    headers, _ = _publication_table()
    source = headers[" ".join(m.group("head").split()).casefold()]
    rest = m.group("rest")
    if rest is None:
        return source, None
    d = _DATE_LINE.fullmatch(rest.strip())
    if d:
        return source, d.group("date")
    return None


_DIGIT = re.compile(r"\d")


def _date_line(line: str) -> str | None:
    """The written date when the whole line is a date (``Friday, January 4, 2019``)."""
    if len(line) > 80 or not _DIGIT.search(line):
        return None  # (every date form has a digit)
    m = _DATE_LINE.fullmatch(line.strip())
    return m.group("date") if m else None


def _byline(text: str) -> tuple[re.Match, str | None] | None:
    """A byline with an agency tag at the start of ``text`` and its source."""
    m = _BYLINE_AGENCY.match(text)
    if m:
        source = _agency_source(m.group("agency"))
        if source:
            return m, source
    return None


def _dateline(text: str) -> tuple[re.Match, str | None] | None:
    """A dateline at the start of ``text`` and the agency's source (or None)."""
    # (each pattern needs a character most lines lack: "(" and a dash; looking is cheaper)
    m = _AGENCY_DATELINE.match(text) if "(" in text else None
    if m and (m.group("place") or m.group("date") or m.group("dash")):
        if m.group("pdate") and not _DIGIT.search(m.group("pdate")):
            return None
        # one name, or several a slash parts ("Kestrel News / AFP"): each known agency's name
        names = [" ".join(n.split()) for n in m.group("agency").split("/")]
        known = [_agency_source(n) for n in names]
        if any(known) or (m.group("place") and m.group("place").isupper() and (m.group("dash") or m.group("pdate"))):
            return m, " / ".join(k or n for k, n in zip(known, names))
    for pattern in (_AGENCY_AFTER_DATELINE, _AGENCY_BEFORE_PLACE):
        m = pattern.match(text)
        source = _agency_source(m.group("agency")) if m is not None else None
        if source:
            return m, source
    m = (_PLAIN_DATELINE.match(text)
         if "-" in text or "—" in text or "–" in text else None)
    if m and (m.group("place") or m.group("date")):
        if m.group("dash") == "-" and not m.group("date"):
            return None  # "US - China talks" is no dateline; "April 29, 2017 - " is
        return m, None
    return None


def _title_like(line: str) -> bool:
    if len(line) > 200:
        return False
    words = line.split()    # (the runs of _WORD)
    return (0 < len(words) <= 20 and not _TITLE_END.search(line)
            and any(c.isalpha() for c in line) and not line.lstrip().startswith(("-", "*", "•")))


def _body_marker(line: str) -> bool:
    return bool(_date_line(line) or _byline(line) or _dateline(line) or _header_line(line))


def _next_line_is_marker(blocks: list[list[str]]) -> bool:
    block = blocks[0]
    following = block[1] if len(block) > 1 else (blocks[1][0] if len(blocks) > 1 else "")
    return bool(following) and _body_marker(following)


def _take_leading(blocks: list[list[str]], found: _Found, meta_title: str | None) -> None:
    """Remove header lines, a date line, a byline line and the title from the top."""
    title_done = False
    want = _norm_title(meta_title) if meta_title else None
    while blocks:
        block = blocks[0]
        line = block[0]
        header = _header_line(line)
        if header:
            found.source = found.source or header[0]
            found.set_date(header[1])
            del block[0]
        elif (d := _date_line(line)) is not None:
            found.set_date(d)
            del block[0]
        elif (b := _byline(line)) and b[0].end() >= len(line.rstrip()):
            found.byline = found.byline or b[0].group("byline").strip()
            found.source = found.source or b[1]
            found.set_date(b[0].group("date"))
            del block[0]
        elif (b2 := _BYLINE_LINE.fullmatch(line)) and len(block) == 1 and len(blocks) > 1:
            found.byline = found.byline or b2.group("byline").strip()
            del block[0]
        elif len(block) == 1 and len(blocks) > 1 and len(line) <= 80 and (want is None or _norm_title(line) != want) \
                and (b3 := _NAMES_LINE.fullmatch(line.strip())) \
                and (want is not None or b3.end("byline") < len(line.strip()) or " and " in b3.group("byline")) \
                and _given_names_first(b3.group("byline")):
            # (with no title in the metadata, a name alone on the first line may be the title)
            found.byline = found.byline or b3.group("byline")   # "Ana Ruiz and Ivo Marek" over the text
            del block[0]
        elif not title_done and want is not None and _norm_title(" ".join(block)) == want:
            found.title = meta_title
            title_done = True
            blocks.pop(0)
            continue
        elif (not title_done and want is not None and _title_like(line)
              and (len(block) > 1 or len(blocks) > 1) and _same_title(_norm_title(line), want)):
            found.title = meta_title
            title_done = True
            del block[0]
        elif (not title_done and meta_title is None
              and ((_title_like(line) and ((len(block) == 1 and len(blocks) > 1)
                                           or (len(block) > 1 and _body_marker(block[1]))))
                   # "Will They Sign?" is a title when a dateline follows
                   or (_title_like(line.rstrip("?!")) and line.rstrip().endswith(("?", "!"))
                       and _next_line_is_marker(blocks)))
              and not _dateline(line)):
            found.title = line.strip()
            title_done = True
            del block[0]
        else:
            break
        if not block:
            blocks.pop(0)


_FOOTER = re.compile(r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,200}|.{0,200}\ball rights reserved\b.{0,40}"
                     r"|back to top|top of page", re.I)


# A wire's closing credits, "(Reporting by A in Kestria; Writing by B; Editing by C)": the
# journalists are no actors of the story.
_CREDIT_NAMES = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|di|du|del|van|von|al|bin|le|la))*"
_CREDIT_NAMES = rf"{_CREDIT_NAMES}(?:\s+(?:staff|correspondents?|bureau))?"   # ("Reuters staff")
_CREDIT_NAMES = rf"{_CREDIT_NAMES}(?:(?:,\s*|\s+and\s+){_CREDIT_NAMES})*"
_CREDIT_WORDS = (r"(?:additional\s+)?(?:reporting|reported|writing|written|editing|edited|compiled|research|graphics"
                 r"|translation|translated|produced|fact-checking)(?:\s+and\s+\w+)?")
_CREDITED = rf"{_CREDIT_NAMES}(?:\s+(?:in|at)\s+{_CREDIT_NAMES})?"      # ("A Bcd in Kestria")
_CREDIT = rf"(?i:{_CREDIT_WORDS}\s+by)\s+{_CREDITED}"
# (after the first credit, "by" may be left out: "Reporting by A Bcd Editing C Def")
_MORE_CREDIT = rf"(?i:{_CREDIT_WORDS}(?:\s+by)?)\s+{_CREDITED}"
_CREDITS = re.compile(rf"[(\[]?\s*{_CREDIT}(?:\s*[;,]?\s*{_MORE_CREDIT})*\s*[)\]]?\.?")
# ... run on at the end of the last paragraph: "... for Canada. Reporting by A Bcd Editing C Def"
_RUN_ON_CREDITS = re.compile(rf"(?<=[.!?\"”’])[ ]+(?={_CREDITS.pattern}$)")


# A wire's closing tag: "Reuters", "(Xinhua News Agency March 3, 2011)", "Source: AA", "— AFP"
_CLOSING_TAG = re.compile(rf"(?i:source\s*:\s*)?(?P<agency>[A-Za-z][A-Za-z./&' -]{{0,40}}?)"
                          rf"(?:,?\s+(?P<date>{_DATE_TEXT}))?")


def _closing_agency(line: str) -> tuple[str, str | None] | None:
    """(source, written date or None) when ``line`` is a news agency's closing tag."""
    m = _CLOSING_TAG.fullmatch(line.strip("()[]—–-. "))
    source = m and _agency_source(m.group("agency"))
    return (source, m.group("date")) if source else None


def _drop_trailing(blocks: list[list[str]], found: _Found) -> None:
    """Remove publication header lines, copyright lines and a wire's closing credits (kept as
    the byline when there is none) from the end of the text."""
    while len(blocks) > 1 or (blocks and len(blocks[0]) > 1):
        line = blocks[-1][-1]
        # (_FOOTER matches at most 259 characters unless the line starts as a copyright does)
        footer = (len(line) <= 259 or line[:1] in "©(cC") and _FOOTER.fullmatch(line)
        header = len(line) < 80 and (_header_line(line) or _closing_agency(line))
        if header:
            found.closing_source = found.closing_source or header[0]
        elif len(line) <= 310 and _CREDITS.fullmatch(line):
            found.credits = line.strip("()[]. ")
        elif ("by " in line or "By " in line or "BY " in line) \
                and (run_on := _RUN_ON_CREDITS.search(line, max(0, len(line) - 310))) is not None:
            found.credits = line[run_on.end():].strip("()[]. ")
            blocks[-1][-1] = line[:run_on.start()]
            break
        elif not footer:
            break
        del blocks[-1][-1]
        if not blocks[-1]:
            blocks.pop()


def _strip_dateline(first: str, found: _Found) -> str:
    """Remove a byline or dateline prefix from the first body paragraph."""
    b = _byline(first)
    if b:
        m, source = b
        found.byline = found.byline or m.group("byline").strip()
        found.source = found.source or source
        found.set_date(m.group("date"))
        first = first[m.end():]
    d = _dateline(first)
    if d:
        m, source = d
        if m.group("place"):
            found.dateline = found.dateline or _place_name(m.group("place"), m.groupdict().get("region"))
        found.source = found.source or source
        found.set_date(m.groupdict().get("date") or m.groupdict().get("pdate"))
        first = first[m.end():]
    elif found.dateline is None and ":" in first[:40]:
        c = _COLON_DATELINE.match(first)
        if c is not None and (c.group("place").isupper() and c.group("place") not in _colon_labels()
                              or _known_city(c.group("place"))):
            # "ISLAMABAD: The Foreign Office said ...", "Khartoum: A US aid worker ...": the
            # place is recorded; the text keeps it (the colon form is also a label's, "Note:")
            found.dateline = _place_name(c.group("place"), None)
    return first


# the dateline of South Asian and Gulf papers: a place and a colon ("NEW DELHI: ", "Kuwait City: ",
# "LAHORE, March 3: ")
_COLON_DATELINE = re.compile(rf"(?P<place>{_UPPER_PLACE}|{_PLACE_WORD}(?:[ ]{_PLACE_WORD})?)"
                             rf"(?:,\s*(?:{_DATE_TEXT}|{_DATE_NOYEAR}))?:[ ]+(?=[A-Z“\"‘'])")


@lru_cache(maxsize=1)
def _colon_labels() -> frozenset[str]:
    """Upper-case words a text opens with before a colon that are labels, not places
    (colon_labels.txt: "UPDATE", "EXCLUSIVE")."""
    return frozenset(load_lines("colon_labels.txt"))


def _known_city(place: str) -> bool:
    """A capital or state the country gazetteer names ("Khartoum", "Kuwait City")."""
    from .extract.gazetteer import country_aliases

    hit = country_aliases().get(place)
    return hit is not None and hit[1] in ("capital", "name", "short")


def _one_paragraph_per_line(text: str) -> bool:
    """True for texts without blank lines whose lines are whole paragraphs (not hard wraps)."""
    if "\n" not in text or _BLANK.search(text):
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return False
    if max(len(line) for line in lines) > 120:
        return True
    ends = sum(1 for line in lines if _TITLE_END.search(line) and not line.endswith(","))
    return ends >= 0.6 * len(lines)


_CONTINUES = re.compile(r"[,;]['\"”’»]?$")
_SENTENCE_END = re.compile(r"[.!?…:]['\"”’»)\]]*$")


def _merge_split_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join a paragraph ending in a comma (``... he said,`` / ``"...,"``), or one without final
    punctuation followed by one starting in lower case, with the next: these are layout
    breaks inside a sentence."""
    out: list[str] = []
    for p in paragraphs:
        if out and (_continues(out[-1]) or (p[0].islower() and not _ends_sentence(out[-1]))) \
                and not (p[0] in _OPENING_QUOTES and out[-1][-1:] in _CONTINUE_QUOTES):
            # (a quotation closed by ',"' and another opening the next paragraph: the writer
            # left out the attribution; two quotes, no sentence broken across a layout break)
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out


def _continues(p: str) -> bool:
    """``_CONTINUES.search(p)`` for a paragraph (stripped: "$" is its end)."""
    last = p[-1:]
    if last == "," or last == ";":
        return True
    return last in _CONTINUE_QUOTES and len(p) >= 2 and p[-2] in ",;"


_CONTINUE_QUOTES = frozenset("'\"”’»")
_OPENING_QUOTES = frozenset("\"“«")


_CLOSING = "'\"”’»)]\n"


def _ends_sentence(p: str) -> bool:
    """``_SENTENCE_END.search(p)``, looking at the end of ``p`` first: a match that starts
    earlier is followed only by closing marks."""
    if _SENTENCE_END.search(p, max(0, len(p) - 12)):
        return True
    return len(p) > 12 and not p[-11:].strip(_CLOSING) and bool(_SENTENCE_END.search(p))


_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")


def _meta_str(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("rendered") or value.get("url")
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(_meta_str(v)) for v in value if _meta_str(v))
    if value is None:
        return None
    s = str(value)
    if "&" in s and _ENTITY.search(s):
        import html

        s = html.unescape(s)
    s = " ".join(clean_text(s).split())
    return s or None


def parse_text(raw: str, *, id: str, path: str | None = None, meta: dict | None = None,
               line: int | None = None) -> Article:
    """Structure one plain text into an :class:`Article`.

    Removes from the top: publication header lines (``Executive Intelligence Review``), a
    date line (``Friday, January 4, 2019``), a byline line, the title (the first paragraph
    when it is one short line without final punctuation followed by more text, or the line
    equal to ``meta["title"]``); then a byline (``by Jane Doe (EIRNS) — Aug. 21, 2026``) or
    dateline (``MOSCOW, April 29, 2017 (EIRNS)—``, ``WASHINGTON (Reuters) -``) at the start of
    the first paragraph. ``meta`` (title, date, url, source, byline from JSON/CSV/HTML) takes
    precedence over what the text says. An unreadable date gives ``date=None`` and a warning.
    ``line``: the article's JSON line / CSV row number.
    """
    meta = meta or {}
    warnings: list[str] = []
    text, plain = _clean(raw)
    if _one_paragraph_per_line(text):
        text = text.replace("\n", "\n\n")
    # (``s and not s.isspace()`` is ``bool(s.strip())`` without a copy; _clean leaves no tab
    # and no space beside a line break, so a blank line between blocks is empty: the lines
    # kept are those of ``_BLANK.split(text)``)
    blocks = [[ln for ln in b.split("\n") if ln and not ln.isspace()]
              for b in text.split("\n\n") if b and not b.isspace()]
    found = _Found()
    meta_title = _meta_str(meta.get("title"))
    _take_leading(blocks, found, meta_title)
    _drop_trailing(blocks, found)
    if blocks:
        first = _strip_dateline("\n".join(blocks[0]), found)
        if first.strip():
            blocks[0] = [first]
        else:
            blocks.pop(0)
    if all(len(b) == 1 for b in blocks) and (not blocks or "\n" not in blocks[0][0]):
        # one line per block (the usual shape): split_paragraphs would give the lines stripped
        paragraphs = [b[0].strip() for b in blocks]
    else:
        paragraphs = split_paragraphs("\n\n".join("\n".join(b) for b in blocks))
    paragraphs = _merge_split_paragraphs(paragraphs)
    body = join_paragraphs(paragraphs)

    date, warning = _meta_date(meta.get("date"))
    if warning:
        warnings.append(warning)
    if not date:
        warnings.extend(found.warnings)
    # With no white space but spaces and line breaks in the cleaned text (no runs of spaces,
    # none at line ends) the paragraphs are stripped lines joined by single spaces: the body
    # folded is the paragraphs joined by a space.
    meta_source = _meta_str(meta.get("source"))
    names = found.source.split(" / ") if found.source else []    # (the dateline's, in order)
    if found.closing_source and found.closing_source.casefold() not in {n.casefold() for n in names}:
        names.append(found.closing_source)                          # (and a closing "Reuters" line's)
    words, digest = count_and_hash(body, folded=" ".join(paragraphs) if plain else None)
    return _new_article(
        id=id,
        text=body,
        title=meta_title or found.title,
        date=date or found.date,
        source=meta_source or (names[0] if names else None),
        # ("CARACAS (Reuters) -" in a record of another site: the agency is a publisher too;
        # "(Kestrel News / AFP - <date>)": both)
        agency=" / ".join(n for n in names if n.casefold() != (meta_source or names[0]).casefold()) or None
        if names else None,
        dateline=found.dateline,
        url=_meta_str(meta.get("url")),
        byline=_meta_str(meta.get("byline")) or found.byline or found.credits,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences_in_spans(body, _spans(paragraphs))),
        word_count=words,
        content_hash=digest,
        path=path,
        line=line,
        warnings=tuple(warnings),
    )


def _spans(paragraphs: list[str]) -> list[tuple[int, int]]:
    """Spans of the paragraphs in ``"\\n\\n".join(paragraphs)``."""
    spans = []
    pos = 0
    for p in paragraphs:
        end = pos + len(p)
        spans.append((pos, end))
        pos = end + 2
    return spans


# --------------------------------------------------------------------------- readers

# Article(...) and ManifestEntry(...) taking every field (by name), made faster: see record_maker
_new_article = record_maker(Article)
_new_entry = record_maker(ManifestEntry)


def _entry_for(article: Article, path: str, line: int | None) -> ManifestEntry:
    return _new_entry(path=path, status="loaded", line=line,
                      reason="; ".join(article.warnings) or None, id=article.id, duplicate_of=None)


def _rejected(path: str, reason: str, line: int | None = None, id: str | None = None):
    return ManifestEntry(path=path, status="rejected", line=line, reason=reason, id=id), None


def _finish(article: Article, path: str, line: int | None):
    if not article.text:
        return _rejected(path, "no article text (only a title, header or dateline)", line, article.id)
    return _entry_for(article, path, line), article


def _read_plain(text: str, stem: str, spath: str):
    article = parse_text(text, id=stem, path=spath)
    return [_finish(article, spath, None)]


def _read_html(text: str, stem: str, spath: str):
    try:
        import trafilatura
    except ImportError:  # pragma: no cover
        return [_rejected(spath, "HTML needs trafilatura: pip install trafilatura")]
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        doc = trafilatura.bare_extraction(
            text, with_metadata=True, fast=True, favor_precision=True, include_comments=False,
            include_tables=False, include_images=False, include_links=False,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # a broken page never stops the run
        return [_rejected(spath, f"HTML could not be parsed: {type(exc).__name__}: {exc}")]
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        return [_rejected(spath, "no main text found in the HTML page (only navigation, "
                                 "scripts or boilerplate)")]
    meta = {"title": doc.title, "date": doc.date, "url": doc.url, "source": doc.sitename,
            "byline": doc.author}
    # trafilatura puts one block per line: make each a paragraph
    article = parse_text(body.replace("\n", "\n\n"), id=stem, path=spath, meta=meta)
    return [_finish(article, spath, None)]


def _lower_keys(obj: dict) -> dict:
    out = {}
    for k, v in obj.items():
        key = str(k).strip().lstrip("\ufeff").lower()
        out.setdefault(key, v)
    return out


def _first(obj: dict, keys: tuple[str, ...]):
    for key in keys:
        v = obj.get(key)
        if v is not None and v != "":
            return v
    return None


_HTML_TAG = re.compile(r"</?(?:p|br|div|span|a|em|i|b|strong|h[1-6]|li|ul|ol|blockquote|figure|img)\b[^>]*>", re.I)
_HTML_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote|figure|tr)>", re.I)
_HTML_DROP = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)
_ANY_TAG = re.compile(r"<[^>]+>")


def _html_fragment_text(value: str) -> str:
    """Plain text of an HTML fragment held in a JSON/CSV text field (feeds, CMS exports)."""
    import html

    value = _HTML_DROP.sub(" ", value)
    value = _HTML_BLOCK_END.sub("\n\n", value)
    return html.unescape(_ANY_TAG.sub("", value))


def _text_value(value) -> str | None:
    if isinstance(value, str):
        return _html_fragment_text(value) if "<" in value and _HTML_TAG.search(value) else value
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return _text_value("\n\n".join(value))
    if isinstance(value, dict):
        return _text_value(_first(_lower_keys(value), TEXT_KEYS + ("rendered", "value", "html")))
    return None


def _from_record(obj: dict, spath: str, line: int | None, fallback_id: str):
    """One JSON object / CSV row -> (entry, article); a record that cannot be structured is
    rejected with the reason, and the file's other records still load."""
    try:
        return _structure_record(obj, spath, line, fallback_id)
    except Exception as exc:  # one bad record never stops a run
        return _rejected(spath, f"record could not be structured ({type(exc).__name__}: {exc}); "
                                f"please report it", line)


def _structure_record(obj: dict, spath: str, line: int | None, fallback_id: str):
    fields = _lower_keys(obj)
    rid = _first(fields, ID_KEYS)
    rid = " ".join(str(rid).split()) if rid is not None else ""
    rid = rid or fallback_id
    present = [k for k in TEXT_KEYS if k in fields]
    if not present:
        keys = ", ".join(list(fields)[:12]) or "none"
        return _rejected(spath, f"no text field (looked for {', '.join(TEXT_KEYS[:4])}; "
                                f"has {keys})", line, rid)
    value = _first(fields, TEXT_KEYS)
    text = _text_value(value) if value is not None else None
    if text is None or not text.strip():
        return _rejected(spath, f"empty text field {present[0]!r}", line, rid)
    meta = {"title": _first(fields, TITLE_KEYS), "date": _first(fields, DATE_KEYS),
            "url": _first(fields, URL_KEYS), "source": _first(fields, SOURCE_KEYS),
            "byline": _first(fields, BYLINE_KEYS)}
    article = parse_text(text, id=rid, path=spath, meta=meta, line=line)
    return _finish(article, spath, line)


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"


def _read_json_value(value, stem: str, spath: str):
    items = None
    if isinstance(value, list):
        items = value
    elif isinstance(value, dict):
        low = _lower_keys(value)
        for key in JSON_LIST_KEYS:
            if isinstance(low.get(key), list) and not any(k in low for k in TEXT_KEYS):
                items = low[key]
                break
        if items is None:
            return [_from_record(value, spath, None, stem)]
    else:
        return [_rejected(spath, f"JSON holds a {type(value).__name__}, not an object or a list "
                                 f"of objects")]
    if not items:
        return [_rejected(spath, "JSON list is empty")]
    out = []
    for n, item in enumerate(items, start=1):
        if isinstance(item, dict):
            out.append(_from_record(item, spath, n, f"{stem}-{n}"))
        else:
            out.append(_rejected(spath, f"item {n} is a {type(item).__name__}, not an object", n))
    return out


def _read_json(text: str, stem: str, spath: str):
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            return _read_jsonl(text, stem, spath)  # JSON Lines named .json
        return [_rejected(spath, _json_error(exc))]
    return _read_json_value(value, stem, spath)


def _read_jsonl(text: str, stem: str, spath: str):
    out = []
    lines = text.split("\n")
    first = next((ln for ln in lines if ln.strip()), "")
    if first.strip() in ("[", "{"):  # a pretty-printed JSON document named .jsonl
        try:
            return _read_json_value(json.loads(text), stem, spath)
        except json.JSONDecodeError:
            pass
    for n, raw in enumerate(lines, start=1):
        raw = raw.strip()
        if not raw:
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            out.append(_rejected(spath, f"malformed JSON line: {exc.msg} (column {exc.colno})", n))
            continue
        if not isinstance(obj, dict):
            out.append(_rejected(spath, f"JSON line is a {type(obj).__name__}, not an object", n))
            continue
        out.append(_from_record(obj, spath, n, f"{stem}-{n}"))
    if not out:
        return [_rejected(spath, "empty file (no JSON lines)")]
    return out


_CSV_LIMIT_SET = False


def _raise_csv_limit() -> None:
    global _CSV_LIMIT_SET
    if not _CSV_LIMIT_SET:
        limit = sys.maxsize
        while True:
            try:
                csv.field_size_limit(limit)
                break
            except OverflowError:
                limit //= 10
        _CSV_LIMIT_SET = True


def _read_csv(text: str, stem: str, spath: str, ext: str):
    _raise_csv_limit()
    text = text.replace("\x00", "")
    if ext in (".tsv", ".tab"):
        delimiter = "\t"
    else:
        head = text.split("\n", 1)[0]
        delimiter = max([",", ";", "\t", "|"], key=lambda d: (head.count(d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next((row for row in reader if any(c.strip() for c in row)), None)
    except csv.Error as exc:
        return [_rejected(spath, f"malformed CSV header: {exc}")]
    if header is None:
        return [_rejected(spath, "empty file (no CSV header)")]
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    if not any(n in TEXT_KEYS for n in names):
        return [_rejected(spath, f"CSV has no text column (text, body, content or article); "
                                 f"its columns are: {', '.join(h.strip() for h in header)[:300]}")]
    out = []
    prev = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.append(_rejected(spath, f"malformed CSV at line {reader.line_num}: {exc}; the rest "
                                        f"of the file was not read", reader.line_num))
            break
        start, prev = prev + 1, reader.line_num
        if not row:
            continue
        record = {}
        for name, value in zip(names, row):
            if name and name not in record:
                record[name] = value
        article_entry = _from_record(record, spath, start, f"{stem}-{start}")
        entry, article = article_entry
        if article is not None and len(row) > len(names):
            warning = f"row has {len(row)} fields, the header {len(names)}; extra fields ignored"
            article = replace(article, warnings=article.warnings + (warning,))
            entry = _entry_for(article, spath, start)
        out.append((entry, article))
    if not out:
        return [_rejected(spath, "CSV has a header but no rows")]
    return out


def _normal_path(path: str) -> bool:
    """True when ``str(Path(path)) == path`` for sure (no empty, "." or trailing parts)."""
    return (path not in ("", ".") and "//" not in path and "/./" not in path
            and not path.startswith("./") and not path.endswith(("/", "/.")) and os.sep == "/")


_KNOWN_EXT = TEXT_EXT | HTML_EXT | JSONL_EXT | JSON_EXT | CSV_EXT | {""}
_PRINTABLE_ASCII = frozenset(chr(i) for i in range(0x21, 0x7f))


def read_file(path, *, data: bytes | None = None) -> list[tuple[ManifestEntry, Article | None]]:
    """Read one file: one ``(entry, article)`` per input (the file, or each JSON line / JSON
    item / CSV row). Rejections have ``article=None``. No duplicate detection here.

    ``data``: the file's bytes when the caller has read them already (the store hashes the
    same bytes); the file is then neither checked nor read again."""
    if data is not None and isinstance(path, str) and _normal_path(path):
        spath, name = path, path.rpartition("/")[2]   # what Path(path) would give
    else:
        path = Path(path)
        spath, name = str(path), path.name
    try:
        if data is None:
            if not path.exists():
                return [_rejected(spath, "no such file or folder")]
            if not path.is_file():
                return [_rejected(spath, "not a regular file")]
        ext, gz = _name_kind(name)
        if ext not in _KNOWN_EXT:
            advice = _ADVICE.get(ext, f"supported: {SUPPORTED}")
            return [_rejected(spath, f"{ext}: unsupported format; {advice}")]
        if data is None:
            data = path.read_bytes()
        if gz:
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError, zlib.error) as exc:
                return [_rejected(spath, f"corrupt gzip file: {exc}")]
        if not data.strip():
            return [_rejected(spath, "empty file")]
        declared = None
        if ext in HTML_EXT or ext == "":
            m = _CHARSET.search(data[:4096])
            declared = m.group(1).decode("ascii", "replace") if m else None
        text, _encoding = decode_bytes(data, declared=declared)
        stripped = text.strip()
        # (a visible ASCII character survives clean_text: no need to clean to know)
        if not stripped or (len(stripped) < 4096 and stripped[0] not in _PRINTABLE_ASCII
                            and not clean_text(stripped)):
            return [_rejected(spath, "empty file (no visible text)")]
        if ext == "":
            head = text.lstrip()[:1024].lower()
            ext = ".html" if head.startswith(("<!doctype html", "<html")) or "<body" in head else ".txt"
        stem = _name_stem(name)
        if ext in TEXT_EXT:
            return _read_plain(text, stem, spath)
        if ext in HTML_EXT:
            return _read_html(text, stem, spath)
        if ext in JSONL_EXT:
            return _read_jsonl(text, stem, spath)
        if ext in JSON_EXT:
            return _read_json(text, stem, spath)
        return _read_csv(text, stem, spath, ext)
    except _Reject as exc:
        return [_rejected(spath, str(exc))]
    except (OSError, MemoryError) as exc:
        return [_rejected(spath, f"cannot read: {exc}")]
    except Exception as exc:  # one bad file never stops a run
        return [_rejected(spath, f"could not be structured ({type(exc).__name__}: {exc}); please report it")]


# --------------------------------------------------------------------------- streaming

class _Dedup:
    """Marks repeated content as duplicates and renames repeated ids (``x`` -> ``x-2``)."""

    def __init__(self, seen_hashes: dict[str, str] | None):
        self.hashes = seen_hashes if seen_hashes is not None else {}
        self.ids = set(self.hashes.values())

    def __call__(self, entry: ManifestEntry, article: Article | None):
        if article is None:
            return entry, None
        first = self.hashes.get(article.content_hash)
        if first is not None:
            return replace(entry, status="duplicate", duplicate_of=first,
                           reason=f"same text as {first!r}"), None
        if article.id in self.ids:
            n = 2
            while f"{article.id}-{n}" in self.ids:
                n += 1
            new = f"{article.id}-{n}"
            warning = f"id {article.id!r} already used by another article; renamed {new!r}"
            article = replace(article, id=new, warnings=article.warnings + (warning,))
            entry = _entry_for(article, entry.path, entry.line)
        self.ids.add(article.id)
        self.hashes[article.content_hash] = article.id
        return entry, article


def iter_load(paths, *, seen_hashes: dict[str, str] | None = None
              ) -> Iterator[tuple[ManifestEntry, Article | None]]:
    """Stream ``(entry, article)`` over every input under ``paths``. Duplicates (same content
    hash as an earlier article, or one in ``seen_hashes``: hash -> id, updated in place) come
    with ``status="duplicate"``, ``duplicate_of`` the first id, and ``article=None``."""
    dedup = _Dedup(seen_hashes)
    for path in input_files(paths):
        for entry, article in read_file(path):
            yield dedup(entry, article)


def load_articles(paths, *, progress: bool = False) -> LoadResult:
    """Load every input under ``paths`` (files or folders): articles plus the manifest."""
    files = list(input_files(paths))
    iterable: Iterable[str] = files
    if progress and len(files) > 1:
        from tqdm.auto import tqdm

        iterable = tqdm(files, unit="file", desc="loading", disable=None, leave=False)
    dedup = _Dedup(None)
    result = LoadResult()
    for path in iterable:
        for entry, article in read_file(path):
            entry, article = dedup(entry, article)
            result.manifest.append(entry)
            if article is not None:
                result.articles.append(article)
    return result


def article_record(a: Article) -> dict:
    """A JSON-serialisable dict of one article (the ``dispatches ingest -o`` row)."""
    return {
        "id": a.id, "title": a.title, "date": a.date, "source": a.source, "dateline": a.dateline,
        "url": a.url, "byline": a.byline, "text": a.text, "paragraphs": list(a.paragraphs),
        "sentences": [{"start": s.start, "end": s.end, "text": s.text} for s in a.sentences],
        "word_count": a.word_count, "content_hash": a.content_hash, "path": a.path,
        "line": a.line, "warnings": list(a.warnings),
    }
