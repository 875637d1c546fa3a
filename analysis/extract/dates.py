"""Dates: resolve the time expressions of a statement against the article's date.

A small, fast resolver (one precompiled regular expression, no per-call compilation) for the
expressions news reports use: "on Thursday", "yesterday", "next year", "this summer",
"as early as May", "by the end of 2014", "July 1, 2020", "in March", "mid-2019",
"later this month". Results are ISO strings: a day ("2017-05-04") or an inclusive range
("2017-06-01/2017-08-31").

Conventions (documented for users of the ``when`` column):

- Seasons are meteorological, northern hemisphere: spring March-May, summer June-August,
  autumn/fall September-November, winter December-February (winter of year Y runs from
  December Y to February Y+1; "this winter" in January or February is the winter that began
  the previous December).
- A bare month ("in May", "as early as May") or a month-day without a year ("November 27")
  takes the occurrence nearest the article date: the coming one when the words just before it
  speak of the future ("will", "plans", "next"; "as early as", "by" always do), otherwise the
  most recent one (news reports the past).
- A bare weekday ("on Thursday") is the most recent such day up to the article date (0-6 days
  back), or the next one (1-7 days ahead) when the words just before it speak of the future.
- "by the end of 2014" / "at the end of the year" resolve to the last day of that year;
  "end of the month" to the last day of the month.
- Without an article date only absolute expressions ("July 1, 2020", "in 2015") resolve.

``dateparser`` is not needed for any of these; anything else resolves to None.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateMention", "find_dates", "resolve_when", "parse_iso"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_M = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
      r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"

_DATE_PATTERN = (
    r"\b(?:"
    # July 1, 2020 / July 1 2020 / July 1
    rf"(?P<md_month>{_M})\s+(?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<md_year>{_YEAR})\b)?"
    # 1 July 2020 / 1 July
    rf"|(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<dm_month>{_M})\b(?:,?\s+(?P<dm_year>{_YEAR})\b)?"
    # (by|at) the end of 2014 / the end of the year / end of the month
    rf"|(?:the\s+)?end\s+of\s+(?:(?P<end_year>{_YEAR})|(?P<end_rel>this|the|next|last)\s+(?P<end_unit>year|month))"
    # mid-2019, early 2020, late 2018
    rf"|(?P<part>mid|early|late)[-\s](?P<part_year>{_YEAR})\b"
    # (this|next|last) summer / summer of 2018 / summer 2018
    rf"|(?:(?P<season_rel>this|next|last|coming)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b"
    rf"(?:\s+(?:of\s+)?(?P<season_year>{_YEAR})\b)?"
    # May 2019 (month year) -- must come before bare month
    rf"|(?P<my_month>{_M})\s+(?P<my_year>{_YEAR})\b"
    # (this|next|last|later this|earlier this) (week|month|year)
    r"|(?P<rel>this|next|last|later\s+this|earlier\s+this|the\s+coming|the\s+past)\s+(?P<rel_unit>week|month|year)\b"
    r"|(?P<day_word>yesterday|today|tomorrow|tonight)\b"
    # (next|last|this)? Thursday
    rf"|(?:(?P<wd_rel>next|last|this|on|late\s+on|early\s+on)\s+)?(?P<wd>{_WD})\b"
    # in 2015 / by 2030 / since 2010
    rf"|(?P<yr_prep>in|by|during|since|until|from|of|before|after)\s+(?P<year>{_YEAR})\b"
    # in March / as early as May / by June (bare month, capitalised to avoid "may")
    rf"|(?P<mo_prep>in|as\s+early\s+as|as\s+late\s+as|by|until|since|from|early|late|mid|before|after|during)[-\s]+"
    rf"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?:\s+of\s+(?P<month_rel>last|next|this)\s+year\b)?"
    r")"
)
_DATE_RE = re.compile(_DATE_PATTERN, re.IGNORECASE)


def lower_case_regex(pattern: str) -> re.Pattern:
    """``pattern`` (written for IGNORECASE) compiled case-sensitively for a lower-cased text
    (about three times faster): the letters of its literals lower-cased, escapes (\\b \\s
    \\d) and group names kept. It finds what the IGNORECASE one finds in the original text
    when ``text.lower()`` has the text's length and no _SPECIAL_CASE character is present
    (see may_use_lower_case). Inline flags ("(?-i:...)") are refused."""
    if re.search(r"\(\?[a-zA-Z-]+[:)]", pattern):
        raise ValueError("lower_case_regex: a pattern with inline flags cannot be lower-cased")
    return re.compile(re.sub(r"\\.|\(\?P<\w+>|[A-Z]+",
                             lambda m: m.group(0) if m.group(0)[0] in "\\(" else m.group(0).lower(), pattern))


_DATE_RE_LOWER = lower_case_regex(_DATE_PATTERN)   # for find_dates' lower-cased scan
_GROUP_NAMES = tuple(sorted(_DATE_RE.groupindex, key=_DATE_RE.groupindex.get))
# A cheap first test: every expression _DATE_RE matches holds a digit or one of the
# _DATE_WORDS (case-insensitively, anywhere in a word: ``in`` over the lowered text, C-speed
# substring search; the commonest first). The few non-ASCII letters that match an ASCII
# letter under IGNORECASE (İ ı ſ and the Kelvin sign) send a text straight to the full regex.
_SPECIAL_CASE = re.compile("[\u0130\u0131\u017f\u212a]")
_DIGIT = re.compile(r"\d")
_DATE_WORDS = ("day", "year", "month", "week", "may", "march", "june", "july", "april", "august",
               "january", "february", "september", "october", "november", "december", "spring",
               "summer", "autumn", "fall", "winter", "tomorrow", "tonight")
# Months and weekdays must be capitalised in the text ("may" is a verb, "march" a noun).
_CAPITALISED = re.compile(r"[A-Z]")
_FUTURE = re.compile(
    r"\b(?:will|shall|would|'ll|plans?|planned|planning|to\s+be|is\s+to|are\s+to|expected|"
    r"scheduled|due|intends?|next|upcoming|coming|later)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """One resolved time expression: ``value`` is an ISO date or an ISO ``start/end`` range."""

    start: int
    end: int
    text: str
    value: str


def parse_iso(value: str | None) -> date | None:
    """The ISO date ``YYYY-MM-DD`` (or its first 10 characters) as a date, else None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_range(year: int, month: int) -> str:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01/{year:04d}-{month:02d}-{last:02d}"


def _span(first: date, last: date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


def _year_range(year: int) -> str:
    return f"{year:04d}-01-01/{year:04d}-12-31"


def _season_range(year: int, season: str) -> str:
    first_month = _SEASONS[season]
    first = date(year, first_month, 1)
    last_year, last_month = (year + 1, 2) if first_month == 12 else (year, first_month + 2)
    last = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    return _span(first, last)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, ref: date, future: bool) -> int:
    """Year of the month/day nearest ``ref``: on or after it if ``future``, else on or before."""
    year = ref.year
    if future:
        return year if (month, day) >= (ref.month, ref.day) else year + 1
    return year if (month, day) <= (ref.month, ref.day) else year - 1


def _resolve(g: dict[str, str | None], ref: date | None, future: bool) -> str | None:
    """The ISO value of one match, from its named groups (as written in the text)."""
    if g["md_month"] or g["dm_month"]:
        month_word = g["md_month"] or g["dm_month"]
        if not _CAPITALISED.match(month_word):
            return None
        month = _MONTHS[month_word.lower().rstrip(".")]
        day = int(g["md_day"] or g["dm_day"])
        year_text = g["md_year"] or g["dm_year"]
        if year_text:
            year = int(year_text)
        elif ref is not None:
            year = _nearest_year(month, day, ref, future)
        else:
            return None
        d = _valid(year, month, day)
        return d.isoformat() if d else None
    if g["end_year"]:
        return f"{g['end_year']}-12-31"
    if g["end_unit"]:
        if ref is None:
            return None
        shift = {"next": 1, "last": -1}.get(g["end_rel"].lower(), 0)
        if g["end_unit"].lower() == "year":
            return f"{ref.year + shift:04d}-12-31"
        y, mo = divmod(ref.month - 1 + shift, 12)
        y, mo = ref.year + y, mo + 1
        return date(y, mo, calendar.monthrange(y, mo)[1]).isoformat()
    if g["part"]:
        year = int(g["part_year"])
        part = g["part"].lower()
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return _span(date(year, months[0], 1), date(year, months[1], calendar.monthrange(year, months[1])[1]))
    if g["season"]:
        season = g["season"].lower()
        if g["season_year"]:
            return _season_range(int(g["season_year"]), season)
        if ref is None:
            return None
        rel = (g["season_rel"] or "").lower()
        if not rel:
            return None  # "in summer" with no anchor is generic
        first_month = _SEASONS[season]
        year = ref.year
        if first_month == 12 and ref.month <= 2:
            year -= 1  # "this winter" in January is the winter begun last December
        if rel in ("next", "coming"):
            # next occurrence that has not begun yet
            if (year, first_month) <= (ref.year, ref.month):
                year += 1
        elif rel == "last":
            year -= 1
        return _season_range(year, season)
    if g["my_month"]:
        if not _CAPITALISED.match(g["my_month"]):
            return None
        return _month_range(int(g["my_year"]), _MONTHS[g["my_month"].lower().rstrip(".")])
    if g["rel"]:
        if ref is None:
            return None
        rel = " ".join(g["rel"].lower().split())
        unit = g["rel_unit"].lower()
        shift = {"next": 1, "last": -1, "the coming": 1, "the past": -1}.get(rel, 0)
        if unit == "year":
            return _year_range(ref.year + shift)
        if unit == "month":
            y, mo = divmod(ref.month - 1 + shift, 12)
            return _month_range(ref.year + y, mo + 1)
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
        return _span(monday, monday + timedelta(days=6))
    if g["day_word"]:
        if ref is None:
            return None
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["day_word"].lower()]
        return (ref + timedelta(days=shift)).isoformat()
    if g["wd"]:
        if ref is None or not _CAPITALISED.match(g["wd"]):
            return None
        target = _WEEKDAYS[g["wd"].lower()]
        rel = " ".join((g["wd_rel"] or "").lower().split())
        if rel == "next" or (future and rel != "last"):
            delta = (target - ref.weekday()) % 7 or 7
            return (ref + timedelta(days=delta)).isoformat()
        delta = (ref.weekday() - target) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return (ref - timedelta(days=delta)).isoformat()
    if g["year"]:
        year = int(g["year"])
        prep = g["yr_prep"].lower()
        if prep == "by":
            return f"{year:04d}-12-31"
        return _year_range(year)
    if g["month"]:
        if not _CAPITALISED.match(g["month"]) or ref is None:
            return None
        month = _MONTHS[g["month"].lower()]
        prep = " ".join(g["mo_prep"].lower().split())
        if g["month_rel"]:
            shift = {"last": -1, "next": 1}.get(g["month_rel"].lower(), 0)
            return _month_range(ref.year + shift, month)
        fut = future or prep in ("as early as", "as late as", "by", "until")
        if fut:
            year = ref.year if month >= ref.month else ref.year + 1
        else:
            year = ref.year if month <= ref.month else ref.year - 1
        return _month_range(year, month)
    return None


def may_use_lower_case(text: str, low: str) -> bool:
    """Whether regexes from lower_case_regex may scan ``low`` (``text.lower()``) in place of
    their IGNORECASE originals scanning ``text``: same offsets, same matches."""
    # (an ASCII text holds no special character: no test)
    return len(low) == len(text) and (text.isascii() or not _has_special_case(text))


def _has_special_case(text: str) -> bool:
    """``_SPECIAL_CASE.search(text)``, by four C-speed character tests (a text of one-byte
    characters holds none of them, which ``in`` sees at once)."""
    return "\u0131" in text or "\u017f" in text or "\u212a" in text or "\u0130" in text


# Where a match of _DATE_RE_LOWER can start: at a word start, with one of the words or
# prefixes its branches open with (a digit, a month's first three letters, "the ", "end ",
# "in ", "by-", a weekday, ...). Every branch of _DATE_PATTERN begins with one of these, so
# _DATE_RE_LOWER is tried at these few places only instead of at every word start; each
# match of this regex ends before the next word start (see _date_matches).
_DATE_START = re.compile(
    r"\b(?:\d|jan|feb|mar|apr|may|ju[nl]|aug|sep|oct|nov|dec|the\s|end\s|mid|early|late|earlier\s|"
    r"this\s|next\s|last\s|coming\s|later\s|spring|summer|autumn|fall|winter|yesterday|today|"
    r"tomorrow|tonight|on\s|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in[-\s]|"
    r"by[-\s]|during|since|until|from|of\s|before|after|as\s)")


def _date_matches(low: str) -> list:
    """``_DATE_RE_LOWER.finditer(low)`` (the same matches), trying
    the regex only where _DATE_START says a match may start."""
    match = _DATE_RE_LOWER.match
    out = []
    resume = 0
    for start in _DATE_START.finditer(low):
        at = start.start()
        if at < resume:
            continue
        m = match(low, at)
        if m is not None:
            resume = m.end()
            out.append(m)
    return out


def may_hold_date(text: str, low: str | None = None) -> bool:
    """False only when _DATE_RE cannot match anywhere in ``text`` (no digit, no date word):
    lets find_dates skip the costly scan of most sentences. ``low``: ``text.lower()``, when
    the caller has it. (An ASCII text holds no special character: no scan for one; its
    digits are 0-9, found by ten C-speed character tests.)"""
    if text.isascii():
        if any(map(text.__contains__, "0123456789")):
            return True
    elif _has_special_case(text) or _DIGIT.search(text):
        return True
    return any(map((text.lower() if low is None else low).__contains__, _DATE_WORDS))


def find_dates(text: str, article_date: str | date | None = None, *,
               future: bool | None = None, low: str | None = None) -> list[DateMention]:
    """Every time expression of ``text`` that resolves, in order.

    ``future`` says whether the statement speaks of what lies ahead; by default it is
    guessed for each expression from the 60 characters before it ("will", "plans",
    "expected", ...). ``low``: ``text.lower()`` when the caller has it (or the same slice
    of a lower-cased text with the text's length: any difference, a final sigma, is no
    ASCII letter and changes no match).
    """
    if low is None:
        low = text.lower()
    if not may_hold_date(text, low):
        return []
    ref = article_date if isinstance(article_date, date) else parse_iso(article_date)
    if may_use_lower_case(text, low):
        matches = _date_matches(low)   # same spans as _DATE_RE.finditer(text)
    else:
        matches = _DATE_RE.finditer(text)
    out = []
    for m in matches:
        start, end = m.span()
        # the tense that governs an expression is the one just before it
        ahead = future if future is not None else bool(_FUTURE.search(text, max(0, start - 60), start))
        # the groups as written (capitals matter: "May" the month, "may" the verb)
        groups = dict(zip(_GROUP_NAMES, [text[a:b] if a >= 0 else None for a, b in m.regs[1:]]))
        if "ſ" in text[start:end]:  # the long s matches "s" case-insensitively ("Auguſt")
            groups = {k: v.replace("ſ", "s") if v else v for k, v in groups.items()}
        value = _resolve(groups, ref, ahead)
        if value:
            out.append(DateMention(start, end, text[start:end], value))
    return out


def resolve_when(text: str, article_date: str | date | None = None, *,
                 future: bool | None = None, low: str | None = None) -> str | None:
    """The statement's date: the most specific resolved expression (a day before a range),
    earliest in the text on ties; None when nothing resolves. ``low``: as for find_dates."""
    mentions = find_dates(text, article_date, future=future, low=low)
    if not mentions:
        return None
    days = [m for m in mentions if "/" not in m.value]
    return (days or mentions)[0].value
