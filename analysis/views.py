"""What the report notebooks show: pure functions of a :class:`~analysis.corpus.Corpus`
returning DataFrames and matplotlib figures.

Every chart function returns ``(fig, table)``: a ``matplotlib.figure.Figure`` (``None``
when there is nothing to plot, after printing a short message such as "no agreements in
this period") and the DataFrame it plots. ``save_chart(fig, table, name, output_dir)``
saves both (PNG beside CSV) and returns something a notebook displays inline.

Article text never reaches a report as markup: tables go through :func:`show_table`,
sentences built from article text through :func:`note` (both escape HTML).

Sections: helpers and display; dates and filtering; actors (table, lookup, profile);
the corpus overview; topics; agreements; exploration widgets.
"""
from __future__ import annotations

import dataclasses
import difflib
import html
import io
import math
import os
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import groupby
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from .corpus import Corpus, slugify
from .errors import ActorNotFound, ReportError
from .records import STATUSES, TOPIC_LABELS

STATUS_COLORS = {"agreed": "#2e7d32", "planned": "#1565c0", "called_for": "#ef6c00",
                 "discussed": "#757575", "failed": "#c62828"}
STATUS_LABELS = {"agreed": "agreed", "planned": "planned", "called_for": "called for",
                 "discussed": "discussed", "failed": "failed"}
ENTITY_KINDS = ("actors", "persons", "countries", "organizations", "topics")
_DPI = 100

# --------------------------------------------------------------------------- display


class HTMLBlock:
    """A piece of escaped HTML a notebook displays (``text/html`` and ``text/plain``)."""

    def __init__(self, html_text: str, plain: str):
        self.html = html_text
        self.plain = plain

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.plain


class Chart:
    """A figure as an inline PNG (deterministic bytes: fixed DPI, no metadata)."""

    def __init__(self, fig: Figure, name: str = "chart", png: bytes | None = None):
        self.fig = fig
        self.name = name
        self._png = png

    def _repr_png_(self) -> bytes:
        if self._png is None:
            self._png = figure_png(self.fig)
        return self._png

    def __repr__(self) -> str:
        return f"<chart {self.name}>"


def figure_png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    # no bbox_inches="tight": the figures' constrained layout already fits them to the
    # canvas, and "tight" draws every figure twice
    fig.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return buffer.getvalue()


_TABLE_CSS = (
    "<style>.dispatches-table{overflow-x:auto}"
    ".dispatches-table table{border-collapse:collapse;font-size:0.9em;margin:0.5em 0}"
    ".dispatches-table th,.dispatches-table td{border-bottom:1px solid #ddd;padding:0.25em 0.6em!important;"
    "text-align:left!important;vertical-align:top;white-space:normal;overflow-wrap:break-word;max-width:40em}"
    ".dispatches-table .short{white-space:nowrap}.dispatches-table .long{min-width:12em;max-width:28em}.dispatches-table td.num{text-align:right!important}"
    ".dispatches-table th{background:#f3f3f3}.dispatches-note{color:#555;font-style:italic}</style>"
)


def show_table(df: pd.DataFrame | None, *, max_rows: int | None = 50, empty: str = "Nothing to show.",
               caption: str | None = None, more: str | None = None) -> HTMLBlock:
    """An HTML table with every cell escaped (article text never renders as markup), the
    index hidden and long text wrapped; ``empty`` is shown instead of an empty table.
    Beyond ``max_rows`` a note says how many rows there are, followed by ``more`` (where the
    whole table is)."""
    if df is None or df.empty:
        return note(empty)
    shown = df if max_rows is None or len(df) <= max_rows else df.head(max_rows)
    cells = {str(column): [_percent(v) if str(column).endswith("share") else _text(v) for v in shown[column]]
             for column in shown.columns}
    head, rows = [], [[] for _ in range(len(shown))]
    for column, values in cells.items():
        # Short columns (dates, codes, counts) never wrap; long text wraps.
        longest = max([len(column), *map(len, values)])
        numeric = pd.api.types.is_numeric_dtype(shown[column]) and not pd.api.types.is_bool_dtype(shown[column])
        cls = " ".join(c for c in ("short" if longest <= 16 else "long" if longest > 60 else "",
                                   "num" if numeric else "") if c)
        attr = f' class="{cls}"' if cls else ""
        head.append(f"<th{attr}>{html.escape(column)}</th>")
        for row, value in zip(rows, values):
            row.append(f"<td{attr}>{html.escape(value)}</td>")
    body = ("<table><thead><tr>" + "".join(head) + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(row) + "</tr>" for row in rows) + "</tbody></table>")
    if max_rows is not None and len(df) > max_rows:
        more = (f'<p class="dispatches-note">First {max_rows:,} of {len(df):,} rows'
                + (f"; {html.escape(more)}" if more else "") + ".</p>")
    else:
        more = ""
    cap = f"<p><strong>{html.escape(caption)}</strong></p>" if caption else ""
    plain = pd.DataFrame(cells).to_string(index=False)
    return HTMLBlock(f'{_TABLE_CSS}<div class="dispatches-table">{cap}{body}{more}</div>', plain)


def _percent(value) -> str:
    try:
        return "" if value is None or pd.isna(value) else f"{float(value):.0%}"
    except (TypeError, ValueError):
        return str(value)


def _text(value) -> str:
    value = _cell(value)
    return "" if value is None else str(value)


def _cell(value):
    if isinstance(value, (list, tuple, np.ndarray)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return f"{value:.3g}" if abs(value) < 1 else f"{value:,.1f}".rstrip("0").rstrip(".")
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    return value


def note(text: str) -> HTMLBlock:
    """A short escaped paragraph (use it for any sentence built from article text)."""
    return HTMLBlock(f'<p class="dispatches-note">{html.escape(str(text))}</p>', str(text))


def facts(rows: dict[str, object]) -> pd.DataFrame:
    """A two-column (field, value) table from a dict."""
    return pd.DataFrame({"field": list(rows), "value": [_cell(v) for v in rows.values()]})


def report_header(title: str, corpus: Corpus, date_from: str | None = None,
                  date_to: str | None = None, **extra) -> HTMLBlock:
    """The escaped title and a line saying which corpus and period a report covers."""
    from . import __version__

    n = len(corpus.articles)
    parts = [f"{n} article{'s' if n != 1 else ''}", describe_period(date_from, date_to)]
    parts += [f"{key.replace('_', ' ')}: {value}" for key, value in extra.items() if value not in (None, "")]
    origin = _display_origin(corpus.origin)
    plain = f"{title}\n{origin}: " + "; ".join(parts)
    body = (f'<div class="dispatches-header"><p style="font-size:1.3em"><strong>{html.escape(title)}</strong></p>'
            f'<p class="dispatches-note">Corpus {html.escape(origin)}: {html.escape("; ".join(parts))}. '
            f'Built with dispatches {html.escape(__version__)}.</p></div>')
    return HTMLBlock(body, plain)


def _display_origin(origin: str) -> str:
    """Where the corpus came from, relative to the checkout when inside it (shared reports
    need not show the builder's home folder)."""
    from .paths import ROOT

    if not origin:
        return "(in memory)"
    parts = []
    for part in (p.strip() for p in origin.split(",")):
        try:
            relative = os.path.relpath(part, ROOT)
        except ValueError:
            relative = part
        parts.append(part if relative.startswith("..") or not os.path.isabs(part) else relative)
    return ", ".join(parts)


def save_chart(fig: Figure | None, table: pd.DataFrame, name: str, output_dir: str | Path = "") -> Chart | None:
    """Save ``fig`` as ``NAME.png`` beside ``NAME.csv`` (the table it plots) in ``output_dir``
    ("" = don't save) and return the chart for inline display (``None`` when no figure)."""
    safe = slugify(name)
    chart = Chart(fig, safe) if fig is not None else None
    if output_dir:
        folder = Path(output_dir)
        folder.mkdir(parents=True, exist_ok=True)
        table.to_csv(folder / f"{safe}.csv", index=False)
        if chart is not None:
            (folder / f"{safe}.png").write_bytes(chart._repr_png_())
    return chart


# --------------------------------------------------------------------------- small helpers

def _norm(text) -> str:
    """Case- and accent-insensitive form: 'Recep Tayyip Erdoğan' -> 'recep tayyip erdogan'."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    text = str(text)
    if text.isascii():  # nothing to decompose
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", stripped.casefold()).split())


_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=100_000)
def _norm_cached(text: str) -> str:
    return _norm(text)


def _as_list(value) -> list[str]:
    """List-valued cells (lists in memory, arrays from Parquet, None) as a list of strings."""
    if value is None:
        return []
    if type(value) is list:         # the common case: a list of strings from a store
        try:
            "".join(value)          # raises TypeError unless every item is a str
            return list(value)
        except TypeError:
            pass
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, float) and math.isnan(value):
        return []
    try:
        return [str(v) for v in value if v is not None and not (isinstance(v, float) and math.isnan(v))]
    except TypeError:
        return [str(value)]


def _isin(series: pd.Series, values) -> pd.Series:
    """``series.isin(values)`` for a set of strings: pandas' ``isin`` on Arrow-backed strings
    makes one Arrow scalar per value (slow for the thousands of ids of a topic or actor);
    this asks Arrow in one call. The same boolean Series."""
    if len(values) > 32 and isinstance(series.dtype, pd.StringDtype) and series.dtype.storage == "pyarrow" \
            and all(type(v) is str for v in values):
        import pyarrow as pa
        import pyarrow.compute as pc

        arrow = series.array.__arrow_array__()
        mask = pc.is_in(arrow, value_set=pa.array(list(values), type=arrow.type))
        return pd.Series(mask.to_numpy(zero_copy_only=False), index=series.index, dtype=bool)
    return series.isin(values)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def _say(message: str) -> None:
    print(message)


def _memo(corpus: Corpus, name: str, tables: tuple[str, ...], compute):
    """``compute()`` once per corpus while its ``tables`` are the same objects (tables are
    treated as immutable; a corpus narrowed by :func:`filter_dates` is a new corpus).
    The value is shared: callers must not modify it."""
    frames = tuple(getattr(corpus, t) for t in tables)
    memo = corpus.__dict__.setdefault("_views_memo", {})
    found = memo.get(name)
    if found is not None and len(found[0]) == len(frames) and all(a is b for a, b in zip(found[0], frames)):
        return found[1]
    value = compute()
    memo[name] = (frames, value)
    return value


def country_names(corpus: Corpus) -> dict[str, str]:
    """ISO code -> the name the corpus uses most often (pycountry as a fallback)."""
    return dict(_country_names(corpus))


def _country_names(corpus: Corpus) -> dict[str, str]:
    def compute() -> dict[str, str]:
        names: dict[str, str] = {}
        table = corpus.countries
        if len(table):
            ranked = _group_ranked(table.assign(_key=table["code"].astype(str)), "name")["first"]
            names.update((code, name) for code, name in ranked.items() if name)
        return names

    return _memo(corpus, "country_names", ("countries",), compute)


def country_name(code, names: dict[str, str] | None = None) -> str:
    if not isinstance(code, str) or not code:
        return ""
    if names and code in names:
        return names[code]
    if re.fullmatch(r"[A-Z]{3}", code):
        try:
            import pycountry

            found = pycountry.countries.get(alpha_3=code)
            if found is not None:
                return getattr(found, "common_name", None) or found.name
        except Exception:  # pycountry is optional for display
            pass
    return code


def _party_label(party: str, names: dict[str, str]) -> str:
    return country_name(party, names) if re.fullmatch(r"[A-Z]{3}", party or "") else party


# --------------------------------------------------------------------------- dates

def article_dates(corpus: Corpus) -> pd.Series:
    """Article id -> publication date (Timestamp, NaT when unknown)."""
    return _article_dates(corpus).copy()


def _article_dates(corpus: Corpus) -> pd.Series:
    def compute() -> pd.Series:
        arts = corpus.articles
        if arts.empty:
            return pd.Series(dtype="datetime64[ns]")
        dates = pd.to_datetime(arts["date"], errors="coerce", format="ISO8601")
        return pd.Series(dates.to_numpy(), index=arts["id"].astype(str).to_numpy())

    return _memo(corpus, "article_dates", ("articles",), compute)


def _parse_bound(value, name: str) -> pd.Timestamp | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        stamp = pd.Timestamp(str(value).strip())
    except (ValueError, TypeError):
        stamp = pd.NaT
    if stamp is pd.NaT or pd.isna(stamp):
        raise ReportError(f"{name}={value!r} is not a date; give it as YYYY-MM-DD (or leave it empty)")
    return stamp


def describe_period(date_from: str | None = None, date_to: str | None = None) -> str:
    if date_from and date_to:
        return f"from {date_from} to {date_to}"
    if date_from:
        return f"from {date_from}"
    if date_to:
        return f"up to {date_to}"
    return "all dates"


def filter_dates(corpus: Corpus, date_from: str | None = None, date_to: str | None = None) -> Corpus:
    """The corpus restricted to articles dated within [date_from, date_to] (inclusive,
    YYYY-MM-DD; ``None`` or "" = open). Undated articles are kept only when no bound is
    given. Every extracted table follows its articles; the manifest is kept whole."""
    start = _parse_bound(date_from, "date_from")
    end = _parse_bound(date_to, "date_to")
    if start is None and end is None:
        return corpus
    if start is not None and end is not None and start > end:
        raise ReportError(f"date_from {date_from} is after date_to {date_to}; swap them")
    dates = _article_dates(corpus)
    keep = dates.notna()
    if start is not None:
        keep &= dates >= start
    if end is not None:
        # A bare day includes all of it; 'YYYY-MM' or 'YYYY' include the whole month / year.
        text = str(date_to).strip()
        if re.fullmatch(r"\d{4}", text):
            end = end + pd.offsets.YearEnd(0)
        elif re.fullmatch(r"\d{4}-\d{2}", text):
            end = end + pd.offsets.MonthEnd(0)
        keep &= dates <= end
    ids = set(dates.index[keep.to_numpy()])
    tables = {}
    for name in ("sentences", "persons", "mentions", "countries", "organizations", "quotes",
                 "agreements", "topics"):
        table = getattr(corpus, name)
        tables[name] = table[_isin(table["article_id"].astype(str), ids)].reset_index(drop=True)
    articles = corpus.articles[_isin(corpus.articles["id"].astype(str), ids)].reset_index(drop=True)
    return dataclasses.replace(corpus, articles=articles, **tables)


def _months(dates: pd.Series) -> pd.Series:
    return dates.dt.to_period("M")


def month_range(corpus: Corpus) -> pd.PeriodIndex:
    """Every month from the corpus' first to its last dated article."""
    dates = _article_dates(corpus).dropna()
    if dates.empty:
        return pd.PeriodIndex([], freq="M")
    return pd.period_range(dates.min().to_period("M"), dates.max().to_period("M"), freq="M")


def _monthly_counts(ids: pd.Series, corpus: Corpus, *, unique: bool = True,
                    months: pd.PeriodIndex | None = None) -> pd.Series:
    """Count rows (or distinct articles) per month, over every month of ``months``."""
    months = month_range(corpus) if months is None else months
    ids = ids.astype(str)
    if unique:
        ids = ids.drop_duplicates()
    stamped = _dates_of(ids, corpus).dropna()
    if stamped.empty or len(months) == 0:
        return pd.Series(0, index=months, dtype="int64")
    return _months(stamped).value_counts().reindex(months, fill_value=0).astype(int)


def _dates_of(article_ids: pd.Series, corpus: Corpus) -> pd.Series:
    """The publication date of each row's article (same index as ``article_ids``)."""
    dates = _article_dates(corpus)
    if dates.empty or article_ids.empty:
        return pd.Series(pd.NaT, index=article_ids.index, dtype="datetime64[ns]")
    index, stamps = _memo(corpus, "date_lookup", ("articles",), lambda: _date_lookup(dates))
    where = index.get_indexer(article_ids.astype(str).to_numpy())
    values = stamps[where]
    values[where < 0] = np.datetime64("NaT")
    return pd.Series(values, index=article_ids.index, dtype="datetime64[ns]")


def _date_lookup(dates: pd.Series) -> tuple[pd.Index, np.ndarray]:
    dates = dates[~dates.index.duplicated(keep="last")]
    return dates.index, dates.to_numpy(dtype="datetime64[ns]")


def _month_axis(ax, months: pd.PeriodIndex, *, max_labels: int = 14, fmt: str = "%b %Y") -> None:
    step = max(1, math.ceil(len(months) / max_labels))
    positions = list(range(0, len(months), step))
    ax.set_xticks(positions)
    ax.set_xticklabels([months[i].strftime(fmt) for i in positions], rotation=45, ha="right")
    ax.set_xlim(-0.6, len(months) - 0.4)


def _figure(width: float = 8.0, height: float = 3.6) -> tuple[Figure, object]:
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.subplots()


def _month_bars(series_by_column: dict[str, pd.Series], *, title: str, ylabel: str,
                colors: dict[str, str] | None = None) -> Figure:
    fig, ax = _figure()
    months = next(iter(series_by_column.values())).index
    bottom = np.zeros(len(months))
    many = len(months) > 60     # one artist per series instead of one rectangle per bar
    for label, series in series_by_column.items():
        values = series.to_numpy(dtype=float)
        if many:
            ax.stairs(bottom + values, np.arange(len(months) + 1) - 0.5, baseline=bottom.copy(), fill=True,
                      label=STATUS_LABELS.get(label, label), color=(colors or {}).get(label))
        else:
            ax.bar(range(len(months)), values, bottom=bottom, label=STATUS_LABELS.get(label, label),
                   color=(colors or {}).get(label), width=0.8)
        bottom += values
    _month_axis(ax, months)
    ax.set_title(title)
    ax.set_xlabel("month")
    ax.set_ylabel(ylabel)
    ax.yaxis.get_major_locator().set_params(integer=True)
    if len(series_by_column) > 1:
        ax.legend(frameon=False, fontsize="small", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def _month_table(counts: dict[str, pd.Series]) -> pd.DataFrame:
    first = next(iter(counts.values()))
    table = pd.DataFrame({"month": [m.strftime("%Y-%m") for m in first.index]})
    for name, series in counts.items():
        table[name] = series.to_numpy()
    return table


def _barh(labels: list[str], values: list[float], *, title: str, xlabel: str,
          color: str | list[str] = "#37474f") -> Figure:
    fig, ax = _figure(8.0, max(2.2, 0.32 * len(labels) + 1.0))
    positions = list(range(len(labels)))[::-1]
    ax.barh(positions, values, color=color)
    ax.set_yticks(positions)
    ax.set_yticklabels([_shorten(label, 40) for label in labels])
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return fig


def _shorten(text: str, width: int) -> str:
    text = str(text)
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------- actors

ACTOR_COLUMNS = ["actor_id", "name", "kind", "role", "roles", "country", "articles", "mentions",
                 "quotes", "first_seen", "last_seen"]


def _day(stamp) -> str | None:
    return None if stamp is None or pd.isna(stamp) else pd.Timestamp(stamp).strftime("%Y-%m-%d")


def _group_ranked(table: pd.DataFrame, column: str) -> pd.DataFrame:
    """Per ``_key``: the values of ``column`` ranked by frequency (ties: longest, then
    alphabetical), as ``first`` (the mode) and ``all`` (joined with '; ')."""
    values = table[["_key", column]].dropna()
    values = values[values[column].astype(str).str.strip() != ""].astype(str)
    if values.empty:
        return pd.DataFrame(columns=["first", "all"])
    counts = values.groupby(["_key", column]).size().rename("n").reset_index()
    counts["_len"] = counts[column].str.len()
    counts = counts.sort_values(["_key", "n", "_len", column], ascending=[True, False, False, True])
    # joined per key in one pass over the sorted rows (pandas' per-group agg is slow with
    # tens of thousands of groups)
    keys, joined, first = [], [], []
    for key, rows in groupby(zip(counts["_key"].tolist(), counts[column].tolist()), key=itemgetter(0)):
        ranked = [v for _, v in rows]
        keys.append(key)
        first.append(ranked[0])
        joined.append("; ".join(ranked))
    return pd.DataFrame({"first": first, "all": joined}, index=pd.Index(keys, name="_key"))


_ACTOR_TABLES = ("articles", "persons", "organizations", "quotes")


def actors(corpus: Corpus) -> pd.DataFrame:
    """One row per actor (persons, then organisations): name, kind, most common role and
    every role, country, articles, mentions, quotes, first and last seen; most seen first.
    Cached on the corpus object (tables are treated as immutable)."""
    saved = corpus.derived("actors", _ACTOR_TABLES)     # computed once per report build
    if saved is not None:
        return saved.copy()
    stamp = tuple(id(getattr(corpus, t)) for t in _ACTOR_TABLES)
    cached = corpus.__dict__.get("_views_actors")
    if cached is not None and cached[0] == stamp:
        return cached[1].copy()
    out = _actors(corpus)
    corpus.__dict__["_views_actors"] = (stamp, out)
    return out.copy()


def _actors(corpus: Corpus) -> pd.DataFrame:
    quote_counts = corpus.quotes["speaker_id"].dropna().astype(str).value_counts()
    frames = []
    for kind, table, key, role in (("person", corpus.persons, "actor_id", "role"),
                                   ("organization", corpus.organizations, "org_id", "kind")):
        if table.empty:
            continue
        table = table.assign(_key=table[key].astype(str), _date=_dates_of(table["article_id"], corpus),
                             _mentions=pd.to_numeric(table["mentions"], errors="coerce").fillna(1))
        grouped = table.groupby("_key")
        out = pd.DataFrame({"articles": grouped["article_id"].nunique(),
                            "mentions": grouped["_mentions"].sum().astype(int),
                            "first_seen": grouped["_date"].min(), "last_seen": grouped["_date"].max()})
        names = _group_ranked(table, "name")["first"]
        roles = _group_ranked(table, role)
        out["name"] = names.reindex(out.index)
        out["name"] = out["name"].fillna(pd.Series(out.index, index=out.index))
        out["role"] = roles["first"].reindex(out.index)
        out["roles"] = roles["all"].reindex(out.index)
        out["country"] = _group_ranked(table, "country")["first"].reindex(out.index)
        out["kind"] = kind
        out["actor_id"] = out.index
        quotes = out["actor_id"].map(quote_counts).fillna(0)
        if kind == "organization":
            by_name = out["name"].map(quote_counts).fillna(0)
            quotes = by_name + quotes.where(out["name"] != out["actor_id"], 0)
        out["quotes"] = quotes.astype(int)
        frames.append(out)
    if not frames:
        return _empty(ACTOR_COLUMNS)
    out = pd.concat(frames, ignore_index=True)
    for column in ("first_seen", "last_seen"):
        days = pd.to_datetime(out[column]).dt.strftime("%Y-%m-%d")
        out[column] = days.astype(object).where(days.notna(), None)
    out = out[ACTOR_COLUMNS].astype({"articles": int, "mentions": int, "quotes": int})
    out = out.astype({c: object for c in ("name", "role", "roles", "country", "first_seen", "last_seen")})
    out = out.where(out.notna(), None)
    out = out.sort_values(["articles", "mentions", "name"], ascending=[False, False, True], kind="stable")
    return out.drop_duplicates("actor_id").reset_index(drop=True)  # ids are unique across kinds


def _describe(row) -> str:
    bits = [b for b in (row.get("role"), row.get("country")) if isinstance(b, str) and b]
    bits.append(_plural(int(row.get("articles") or 0), "article"))
    return f"{row['name']} ({', '.join(bits)}; id {row['actor_id']})"


def find_actor(corpus: Corpus, name_or_id: str) -> pd.Series:
    """The actor row (see :func:`actors`) for an actor_id, an exact name, a family name, or
    a case- and accent-insensitive part of a name. Raises :class:`ActorNotFound` when
    nothing or several actors match; the message lists the closest or the candidates."""
    if isinstance(name_or_id, pd.Series):
        return name_or_id
    table = actors(corpus)
    query = str(name_or_id or "").strip()
    if table.empty:
        raise ActorNotFound(f"no actor {query!r}: this corpus has no actors at all (no persons or "
                            f"organisations were extracted); check the corpus path and its articles")
    if not query:
        raise ActorNotFound("no actor name given; pass a name or an actor_id, e.g. "
                            + "; ".join(_describe(r) for _, r in table.head(5).iterrows()))
    q = _norm(query)
    # The stages are tried in order and the first with any hit decides, so each is computed
    # only when the ones before found nothing (an actor id, as the report build passes,
    # needs no name normalised).
    by_id = (table["actor_id"] == query) | (table["actor_id"] == slugify(query))
    if by_id.fillna(False).any():
        stages = [("id", lambda: by_id)]
    else:
        names = table["name"].map(_norm)
        family = names.str.split().str[-1].where(table["kind"] == "person").fillna("")

        def by_name() -> pd.Series:
            acronyms = pd.Series("", index=table.index)
            if len(corpus.organizations):
                orgs = corpus.organizations
                acro = _group_ranked(orgs.assign(_key=orgs["org_id"].astype(str)), "acronym")["first"]
                acronyms = table["actor_id"].map(acro).map(_norm)
            return (names == q) | (acronyms == q)

        stages = [
            ("id", lambda: by_id),
            ("name", by_name),
            ("family name", lambda: (family == q) if " " not in q else pd.Series(False, index=table.index)),
            ("part of name", lambda: (" " + names + " ").str.contains(f" {q} ", regex=False)),
            ("part of name", lambda: names.str.contains(q, regex=False)),
        ]
    for how, stage in stages:
        hits = table[stage().fillna(False).to_numpy()]
        if len(hits) == 1:
            return hits.iloc[0]
        if len(hits) > 1:
            listed = "; ".join(_describe(r) for _, r in hits.head(10).iterrows())
            more = f" (and {len(hits) - 10} more)" if len(hits) > 10 else ""
            raise ActorNotFound(f"{query!r} is ambiguous: it matches {len(hits)} actors by {how}: "
                                f"{listed}{more}. Pass the full name or the actor_id.")
    choices = {}
    for i, (name, fam) in enumerate(zip(names, family)):
        choices.setdefault(name, i)
        if fam:
            choices.setdefault(fam, i)
    close = difflib.get_close_matches(q, list(choices), n=8, cutoff=0.5)
    picked = list(dict.fromkeys(choices[c] for c in close))[:5]
    if picked:
        listed = "; ".join(_describe(table.iloc[i]) for i in picked)
        hint = f"The closest actors: {listed}."
    else:
        listed = "; ".join(_describe(r) for _, r in table.head(5).iterrows())
        hint = f"Nothing is close; the most seen actors are: {listed}."
    raise ActorNotFound(f"no actor matches {query!r} among the {len(table)} actors of this corpus. "
                        f"{hint} Pass one of these names or an actor_id (views.actors(corpus) lists them all).")


def _actor(corpus: Corpus, actor) -> pd.Series:
    return actor if isinstance(actor, pd.Series) else find_actor(corpus, actor)


def _actor_articles(corpus: Corpus, actor: pd.Series) -> set[str]:
    if actor["kind"] == "organization":
        table = corpus.organizations
        return set(table.loc[table["org_id"].astype(str) == actor["actor_id"], "article_id"].astype(str).tolist())
    table = corpus.persons
    return set(table.loc[table["actor_id"].astype(str) == actor["actor_id"], "article_id"].astype(str).tolist())


def actor_card(corpus: Corpus, actor) -> pd.DataFrame:
    """Who they are: name, kind, roles, country, first and last seen, articles, mentions, quotes."""
    actor = _actor(corpus, actor)
    current = actors(corpus)
    current = current[current["actor_id"] == actor["actor_id"]]
    row = current.iloc[0] if len(current) else actor
    names = _country_names(corpus)
    country = row.get("country")
    in_period = len(current) > 0
    return facts({
        "name": row["name"],
        "kind": row["kind"],
        "roles": row.get("roles") or "(none given)",
        "country": f"{country_name(country, names)} ({country})" if isinstance(country, str) and country else "(unknown)",
        "first seen": row.get("first_seen") if in_period else "(not in this period)",
        "last seen": row.get("last_seen") if in_period else "(not in this period)",
        "articles": int(row["articles"]) if in_period else 0,
        "mentions": int(row["mentions"]) if in_period else 0,
        "quotes": int(row["quotes"]) if in_period else 0,
        "actor id": row["actor_id"],
    })


def actor_mentions_over_time(corpus: Corpus, actor) -> tuple[Figure | None, pd.DataFrame]:
    """Articles naming the actor and their mentions, per month."""
    actor = _actor(corpus, actor)
    if actor["kind"] == "organization":
        rows = corpus.organizations[corpus.organizations["org_id"].astype(str) == actor["actor_id"]]
    else:
        rows = corpus.persons[corpus.persons["actor_id"].astype(str) == actor["actor_id"]]
    months = month_range(corpus)
    articles = _monthly_counts(rows["article_id"], corpus, months=months)
    per_row = pd.DataFrame({"month": _months(_dates_of(rows["article_id"], corpus)),
                            "mentions": pd.to_numeric(rows["mentions"], errors="coerce").fillna(1)})
    mentions = per_row.dropna().groupby("month")["mentions"].sum().reindex(months, fill_value=0).astype(int)
    table = _month_table({"articles": articles, "mentions": mentions})
    if articles.sum() == 0:
        _say(f"{actor['name']} is not named in any dated article in this period.")
        return None, table
    fig = _month_bars({"articles": articles}, title=f"Articles naming {actor['name']}, per month",
                      ylabel="articles")
    return fig, table


def co_occurrences(corpus: Corpus, *, kinds: tuple[str, ...] = ("person",),
                   among: set[str] | None = None) -> pd.DataFrame:
    """Pairs of actors named in the same article: actor_a, actor_b (ids, a < b), articles.
    ``among``: only pairs of these actors (the same rows as filtering the whole table)."""
    presence = _presence(corpus, kinds)
    if among is not None:
        presence = presence[presence["actor_id"].isin(among)]
    if presence.empty:
        return _empty(["actor_a", "actor_b", "articles"])
    pairs = presence.merge(presence, on="article_id")
    pairs = pairs[pairs["actor_id_x"] < pairs["actor_id_y"]]
    out = (pairs.groupby(["actor_id_x", "actor_id_y"]).size().rename("articles").reset_index()
           .rename(columns={"actor_id_x": "actor_a", "actor_id_y": "actor_b"}))
    return out.sort_values(["articles", "actor_a", "actor_b"], ascending=[False, True, True]).reset_index(drop=True)


def _presence(corpus: Corpus, kinds: tuple[str, ...]) -> pd.DataFrame:
    frames = []
    if "person" in kinds and len(corpus.persons):
        frames.append(corpus.persons[["article_id", "actor_id"]])
    if "organization" in kinds and len(corpus.organizations):
        frames.append(corpus.organizations[["article_id", "org_id"]].rename(columns={"org_id": "actor_id"}))
    if not frames:
        return _empty(["article_id", "actor_id"])
    return _memo(corpus, f"presence-{'-'.join(sorted(kinds))}", ("persons", "organizations"),
                 lambda: pd.concat(frames, ignore_index=True).astype(str).drop_duplicates())


def co_actors(corpus: Corpus, actor, *, n: int = 15) -> pd.DataFrame:
    """The actors named in the same articles as ``actor``: name, role, country, shared articles."""
    actor = _actor(corpus, actor)
    columns = ["name", "role", "country", "shared_articles", "actor_id"]
    mine = _actor_articles(corpus, actor)
    presence = _presence(corpus, ("person",))
    others = presence[_isin(presence["article_id"], mine) & (presence["actor_id"] != actor["actor_id"])]
    if others.empty:
        return _empty(columns)
    counts = others.groupby("actor_id")["article_id"].nunique().rename("shared_articles")
    table = actors(corpus).set_index("actor_id")
    out = table.loc[table.index.intersection(counts.index), ["name", "role", "country"]].join(counts)
    out = out.reset_index().sort_values(["shared_articles", "name"], ascending=[False, True], kind="stable")
    return out[columns].head(n).reset_index(drop=True)


def actor_quotes(corpus: Corpus, actor) -> pd.DataFrame:
    """Their quotes, oldest first, with date, source article title and id."""
    actor = _actor(corpus, actor)
    quotes = corpus.quotes
    ids = {actor["actor_id"]}
    if actor["kind"] == "organization":
        ids.add(actor["name"])
    mask = quotes["speaker_id"].astype(str).isin(ids)
    if actor["kind"] == "organization":
        mask |= quotes["speaker"].map(_norm) == _norm(actor["name"])
    return _quote_table(corpus, quotes[mask.fillna(False)])


def _quote_table(corpus: Corpus, quotes: pd.DataFrame) -> pd.DataFrame:
    columns = ["date", "speaker", "quote", "title", "article_id", "sentence"]
    if quotes.empty:
        return _empty(columns)
    arts = corpus.articles[["id", "title", "date"]].rename(columns={"id": "article_id"}).astype({"article_id": str})
    out = quotes.astype({"article_id": str}).merge(arts, on="article_id", how="left")
    out = out.rename(columns={"text": "quote"})
    out = out.sort_values(["date", "article_id", "start"], na_position="last", kind="stable")
    return out[columns].reset_index(drop=True)


def actor_agreements(corpus: Corpus, actor) -> pd.DataFrame:
    """The agreements they are party to. A person: agreements in the articles naming them
    whose parties include their country (or that name them as party or reporter). An
    organisation: agreements anywhere in the corpus naming it (or its acronym) as a party."""
    actor = _actor(corpus, actor)
    rows = corpus.agreements
    if rows.empty:
        return register_table(corpus, rows)
    if actor["kind"] != "organization":
        # only the articles naming them can hold their agreements: narrow first
        rows = rows[_isin(rows["article_id"].astype(str), _actor_articles(corpus, actor)).to_numpy()]
    party_sets = rows["parties"].map(lambda v: {_norm_cached(p) for p in _as_list(v)})
    if actor["kind"] == "organization":
        keys = {_norm(actor["name"]), _norm(actor["actor_id"].replace("-", " "))}
        org = corpus.organizations[corpus.organizations["org_id"].astype(str) == actor["actor_id"]]
        keys |= {_norm(a) for a in org["acronym"].dropna()}
        keys.discard("")
        mask = party_sets.map(lambda s: bool(s & keys))
    else:
        country = actor.get("country")
        key = _norm(country) if isinstance(country, str) and country else None
        name = _norm(actor["name"])
        by_country = party_sets.map(lambda s: key in s) if key else pd.Series(False, index=rows.index)
        by_name = party_sets.map(lambda s: name in s) | (rows["reported_by"].map(_norm) == name)
        mask = by_country | by_name
    return register_table(corpus, rows[mask.to_numpy()])


def topic_counts(corpus: Corpus, article_ids: set[str] | None = None) -> pd.DataFrame:
    """Topic label, articles, and share of the articles considered."""
    topics = corpus.topics.astype({"article_id": str}) if len(corpus.topics) else corpus.topics
    total = len(corpus.articles) if article_ids is None else len(article_ids)
    if article_ids is not None and len(topics):
        topics = topics[_isin(topics["article_id"], article_ids)]
    if topics.empty or total == 0:
        return _empty(["topic", "articles", "share"])
    counts = topics.groupby("label")["article_id"].nunique().rename("articles").reset_index()
    counts = counts.rename(columns={"label": "topic"})
    counts["share"] = (counts["articles"] / total).round(3)
    return counts.sort_values(["articles", "topic"], ascending=[False, True]).reset_index(drop=True)


def actor_topics(corpus: Corpus, actor) -> tuple[Figure | None, pd.DataFrame]:
    """The topics of the articles naming the actor, with their share of those articles."""
    actor = _actor(corpus, actor)
    table = topic_counts(corpus, _actor_articles(corpus, actor))
    if table.empty:
        _say(f"No topics for the articles naming {actor['name']} in this period.")
        return None, table
    fig = _barh(list(table["topic"]), list(table["articles"]),
                title=f"Topics of the articles naming {actor['name']}", xlabel="articles")
    return fig, table


# --------------------------------------------------------------------------- overview

def table_sizes(corpus: Corpus) -> pd.DataFrame:
    """Every table of the corpus with its number of rows and its columns."""
    from .corpus import TABLES

    return pd.DataFrame([{"table": name, "rows": len(corpus.table(name)),
                          "columns": ", ".join(map(str, corpus.table(name).columns))} for name in TABLES])


def corpus_summary(corpus: Corpus) -> pd.DataFrame:
    """Headline figures: articles, date range, sources, words, and extracted rows."""
    dates = article_dates(corpus).dropna()
    arts = corpus.articles
    words = pd.to_numeric(arts["word_count"], errors="coerce").fillna(0) if len(arts) else pd.Series([0])
    return facts({
        "articles": len(arts),
        "first article": _day(dates.min()) if len(dates) else "(no dates)",
        "last article": _day(dates.max()) if len(dates) else "(no dates)",
        "undated articles": int(len(arts) - len(dates)),
        "sources": int(arts["source"].nunique()) if len(arts) else 0,
        "words": f"{int(words.sum()):,}",
        "persons": int(corpus.persons["actor_id"].nunique()),
        "countries": int(corpus.countries["code"].nunique()),
        "organisations": int(corpus.organizations["org_id"].nunique()),
        "quotes": len(corpus.quotes),
        "agreements": len(corpus.agreements),
    })


def articles_per_month(corpus: Corpus) -> tuple[Figure | None, pd.DataFrame]:
    counts = _monthly_counts(corpus.articles["id"], corpus)
    table = _month_table({"articles": counts})
    if counts.sum() == 0:
        _say("No dated articles in this period.")
        return None, table
    return _month_bars({"articles": counts}, title="Articles per month", ylabel="articles"), table


def sources(corpus: Corpus) -> tuple[Figure | None, pd.DataFrame]:
    """Articles, words, first and last date per source."""
    columns = ["source", "articles", "words", "first", "last"]
    arts = corpus.articles
    if arts.empty:
        _say("No articles in this period.")
        return None, _empty(columns)
    frame = pd.DataFrame({"source": arts["source"].fillna("(unknown)").replace("", "(unknown)").to_numpy(),
                          "words": pd.to_numeric(arts["word_count"], errors="coerce").fillna(0).to_numpy(),
                          "date": article_dates(corpus).to_numpy()})
    grouped = frame.groupby("source")
    table = pd.DataFrame({"articles": grouped.size(), "words": grouped["words"].sum().astype(int),
                          "first": grouped["date"].min().map(_day), "last": grouped["date"].max().map(_day)})
    table = table.reset_index().sort_values(["articles", "source"], ascending=[False, True])[columns]
    table = table.reset_index(drop=True)
    fig = _barh(list(table["source"]), list(table["articles"]), title="Articles per source", xlabel="articles")
    return fig, table


def article_lengths(corpus: Corpus, *, bins: int = 20) -> tuple[Figure | None, pd.DataFrame]:
    """Histogram of article lengths in words."""
    columns = ["words_from", "words_to", "articles"]
    words = pd.to_numeric(corpus.articles["word_count"], errors="coerce").dropna()
    if words.empty:
        _say("No articles in this period.")
        return None, _empty(columns)
    counts, edges = np.histogram(words.to_numpy(dtype=float), bins=min(bins, max(1, len(words))))
    table = pd.DataFrame({"words_from": edges[:-1].round().astype(int), "words_to": edges[1:].round().astype(int),
                          "articles": counts})
    fig, ax = _figure()
    ax.hist(words.to_numpy(dtype=float), bins=edges, color="#37474f", edgecolor="white")
    ax.set_title(f"Article lengths (median {int(words.median()):,} words)")
    ax.set_xlabel("words per article")
    ax.set_ylabel("articles")
    ax.yaxis.get_major_locator().set_params(integer=True)
    return fig, table


def manifest_counts(corpus: Corpus) -> pd.DataFrame:
    """Inputs by outcome: loaded, duplicate, rejected (and the total)."""
    manifest = corpus.manifest
    counts = manifest["status"].value_counts() if len(manifest) else pd.Series(dtype=int)
    rows = [{"status": s, "inputs": int(counts.get(s, 0))} for s in ("loaded", "duplicate", "rejected")]
    rows.append({"status": "total", "inputs": int(len(manifest))})
    return pd.DataFrame(rows)


def rejections(corpus: Corpus) -> pd.DataFrame:
    """Rejected and duplicate inputs with their reasons."""
    manifest = corpus.manifest
    columns = ["path", "line", "status", "reason", "duplicate_of"]
    if manifest.empty:
        return _empty(columns)
    rows = manifest[manifest["status"].isin(["rejected", "duplicate"])]
    rows = rows.assign(line=rows["line"].map(lambda v: "" if pd.isna(v) else str(int(v))),
                       path=rows["path"].map(lambda p: _relative(p, corpus.origin)))
    return rows.sort_values(["status", "path"], ascending=[False, True], kind="stable")[columns].reset_index(drop=True)


def _relative(path, origin: str) -> str:
    """``path`` relative to the corpus folder it was read from, when it lies inside it."""
    if not isinstance(path, str) or not origin:
        return path
    for root in (r.strip() for r in origin.split(",")):
        if root and os.path.isdir(root):
            try:
                relative = os.path.relpath(path, root)
            except ValueError:
                continue
            if not relative.startswith(".."):
                return relative
    return path


def _entity_rows(corpus: Corpus, kind: str) -> tuple[pd.DataFrame, str]:
    """(article_id, key) rows for one kind of entity, and the kind's display word."""
    if kind in ("actors", "persons"):
        return corpus.persons[["article_id", "actor_id"]].rename(columns={"actor_id": "key"}), "persons"
    if kind == "countries":
        return corpus.countries[["article_id", "code"]].rename(columns={"code": "key"}), "countries"
    if kind == "organizations":
        return corpus.organizations[["article_id", "org_id"]].rename(columns={"org_id": "key"}), "organisations"
    if kind == "topics":
        return corpus.topics[["article_id", "label"]].rename(columns={"label": "key"}), "topics"
    raise ReportError(f"unknown kind {kind!r}; use one of {', '.join(ENTITY_KINDS)}")


_ENTITY_TABLES = {"actors": "persons", "persons": "persons", "countries": "countries",
                  "organizations": "organizations", "topics": "topics"}


def _unique_entity_rows(corpus: Corpus, kind: str) -> pd.DataFrame:
    """:func:`_entity_rows` as strings, without repeats (shared: do not modify)."""
    if kind not in _ENTITY_TABLES:
        _entity_rows(corpus, kind)      # raises the error that lists the kinds
    return _memo(corpus, f"entity-rows-{kind}", (_ENTITY_TABLES[kind],),
                 lambda: _entity_rows(corpus, kind)[0].astype(str).drop_duplicates())


def _labels(corpus: Corpus, kind: str) -> dict[str, str]:
    if kind in ("actors", "persons", "organizations"):
        table = actors(corpus)
        table = table[table["kind"] == ("organization" if kind == "organizations" else "person")]
        return dict(zip(table["actor_id"].tolist(), table["name"].tolist()))
    if kind == "countries":
        codes = corpus.countries["code"].dropna().astype(str).unique()
        names = _country_names(corpus)
        return {c: country_name(c, names) for c in codes}
    return {}


def leading_table(corpus: Corpus, kind: str, *, n: int = 10,
                  article_ids: set[str] | None = None) -> pd.DataFrame:
    """The ``n`` most covered actors, countries, organisations or topics: articles naming
    them and their share of the articles (optionally among ``article_ids`` only)."""
    rows = _unique_entity_rows(corpus, kind)
    total = len(corpus.articles) if article_ids is None else len(article_ids)
    if article_ids is not None:
        rows = rows[_isin(rows["article_id"], article_ids)]
    columns = ["name", "articles", "share"] if kind == "topics" else ["name", "articles", "share", "id"]
    if kind in ("actors", "persons"):
        columns = ["name", "role", "country", "articles", "share", "id"]
    if rows.empty or total == 0:
        return _empty(columns)
    counts = rows.groupby("key")["article_id"].nunique().rename("articles").reset_index()
    labels = _labels(corpus, kind)
    counts["name"] = counts["key"].map(lambda k: labels.get(k, k))
    counts["share"] = (counts["articles"] / total).round(3)
    counts["_mentions"] = 0
    if kind in ("actors", "persons"):
        info = actors(corpus)
        info = info[info["kind"] == "person"].set_index("actor_id")
        counts["role"] = counts["key"].map(info["role"])
        counts["country"] = counts["key"].map(info["country"])
        counts["_mentions"] = counts["key"].map(info["mentions"]).fillna(0)
    counts = counts.sort_values(["articles", "_mentions", "name"], ascending=[False, False, True],
                                kind="stable").head(n)
    return counts.rename(columns={"key": "id"})[columns].reset_index(drop=True)


def leading(corpus: Corpus, kind: str, *, n: int = 10, article_ids: set[str] | None = None,
            subject: str = "") -> tuple[Figure | None, pd.DataFrame]:
    """:func:`leading_table` and its horizontal bar chart."""
    table = leading_table(corpus, kind, n=n, article_ids=article_ids)
    word = _entity_rows(corpus, kind)[1]
    if table.empty:
        _say(f"No {word} in this period.")
        return None, table
    title = f"Leading {word}" + (f" {subject}" if subject else "")
    fig = _barh(list(table["name"]), list(table["articles"]), title=title,
                xlabel="articles naming them" if kind != "topics" else "articles")
    return fig, table


_PERIODS = {"M": ("month", "%b %Y", "%Y-%m"), "Q": ("quarter", "%Y Q%q", "%Y-Q%q"), "Y": ("year", "%Y", "%Y")}


def _period_freq(dates: pd.Series, *, per_period: float = 8.0) -> str:
    """Months when they hold enough articles for a share to mean something (on average
    ``per_period``), else quarters, else years."""
    dates = dates.dropna()
    for freq in ("M", "Q"):
        periods = dates.dt.to_period(freq)
        span = (periods.max() - periods.min()).n + 1 if len(periods) else 1
        if len(dates) / span >= per_period:
            return freq
    return "Y"


def share_over_time(corpus: Corpus, kind: str, *, n: int = 5) -> tuple[Figure | None, pd.DataFrame]:
    """Share of each period's articles naming each of the ``n`` leading entities of a kind.
    The period is the month when months hold about eight articles or more, else the quarter,
    else the year (shares of one or two articles are noise); periods without articles are blank."""
    top = leading_table(corpus, kind, n=n)
    rows, word = _entity_rows(corpus, kind)
    months = month_range(corpus)
    if top.empty or len(months) == 0:
        _say(f"No {word} in dated articles in this period.")
        return None, _empty(["month"])
    dated = _dates_of(corpus.articles["id"], corpus).dropna()
    freq = _period_freq(dated)
    unit, tick_format, table_format = _PERIODS[freq]
    periods = pd.period_range(months[0].asfreq(freq), months[-1].asfreq(freq), freq=freq)
    totals = dated.dt.to_period(freq).value_counts().reindex(periods, fill_value=0)
    rows = _unique_entity_rows(corpus, kind)
    keys = top["id"] if "id" in top.columns else top["name"]  # topics: the label is the id
    rows = rows[rows["key"].isin(set(keys))]
    rows = rows.assign(period=_dates_of(rows["article_id"], corpus).dt.to_period(freq)).dropna(subset=["period"])
    counts = rows.groupby(["key", "period"]).size()
    shares = {}
    for key, name in zip(keys, top["name"]):
        per_period = counts[key] if key in counts.index.get_level_values(0) else pd.Series(dtype="int64")
        per_period = per_period.reindex(periods, fill_value=0)
        shares[name] = (per_period / totals.where(totals > 0)).round(3)
    table = pd.DataFrame({unit: [p.strftime(table_format) for p in periods],
                          **{name: series.to_numpy() for name, series in shares.items()}})
    fig, ax = _figure()
    for name, series in shares.items():
        ax.plot(range(len(periods)), series.to_numpy(dtype=float), marker="o", markersize=3,
                label=_shorten(name, 28))
    _month_axis(ax, periods, fmt=tick_format)
    ax.set_ylim(0, 1.05)
    ax.yaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
    ax.set_title(f"Share of each {unit}'s articles naming the leading {word}")
    ax.set_xlabel(unit)
    ax.set_ylabel("share of articles")
    ax.legend(frameon=False, fontsize="small", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig, table


def agreements_by_status(corpus: Corpus, agreements: pd.DataFrame | None = None) -> tuple[Figure | None, pd.DataFrame]:
    """Agreement records per status, in the order agreed, planned, called for, discussed, failed."""
    rows = corpus.agreements if agreements is None else agreements
    counts = rows["status"].value_counts() if len(rows) else pd.Series(dtype=int)
    table = pd.DataFrame({"status": list(STATUSES), "agreements": [int(counts.get(s, 0)) for s in STATUSES]})
    if table["agreements"].sum() == 0:
        _say("No agreements in this period.")
        return None, table
    fig, ax = _figure(7.0, 3.2)
    ax.bar([STATUS_LABELS[s] for s in STATUSES], table["agreements"],
           color=[STATUS_COLORS[s] for s in STATUSES])
    ax.set_title("Agreement records by status")
    ax.set_xlabel("status")
    ax.set_ylabel("agreement records")
    ax.yaxis.get_major_locator().set_params(integer=True)
    return fig, table


# --------------------------------------------------------------------------- topics

def find_topic(corpus: Corpus, topic: str) -> str:
    """The topic label for ``topic`` ("Human rights" -> "human_rights"); an unknown label
    raises ReportError listing the labels."""
    known = list(dict.fromkeys([*TOPIC_LABELS, *corpus.topics["label"].dropna().astype(str).unique().tolist()]))
    key = _norm(topic).replace(" ", "_")
    if key in known:
        return key
    close = difflib.get_close_matches(key, known, n=3, cutoff=0.5)
    hint = f"Did you mean {', '.join(close)}? " if close else ""
    raise ReportError(f"unknown topic {topic!r}. {hint}The topics are: {', '.join(known)}")


def topic_articles(corpus: Corpus, topic: str) -> set[str]:
    label = find_topic(corpus, topic)
    topics = corpus.topics
    return set(topics.loc[topics["label"] == label, "article_id"].astype(str).tolist())


def topic_volume(corpus: Corpus, topic: str) -> tuple[Figure | None, pd.DataFrame]:
    """Articles on the topic per month, and their share of the month's articles."""
    label = find_topic(corpus, topic)
    ids = pd.Series(sorted(topic_articles(corpus, label)), dtype=str)
    months = month_range(corpus)
    on_topic = _monthly_counts(ids, corpus, months=months)
    totals = _monthly_counts(corpus.articles["id"], corpus, months=months)
    table = _month_table({"articles": on_topic, "all_articles": totals,
                          "share": (on_topic / totals.where(totals > 0)).fillna(0).round(3)})
    if on_topic.sum() == 0:
        _say(f"No articles on {label} in this period.")
        return None, table
    fig = _month_bars({"articles": on_topic}, title=f"Articles on {label.replace('_', ' ')}, per month",
                      ylabel="articles")
    return fig, table


def topic_quotes(corpus: Corpus, topic: str, *, n: int = 10, per_speaker: int = 2) -> pd.DataFrame:
    """Notable quotes from the articles on the topic: attributed, of a readable length, from
    the articles most about the topic, at most ``per_speaker`` per speaker, newest first."""
    label = find_topic(corpus, topic)
    ids = topic_articles(corpus, label)
    quotes = corpus.quotes[_isin(corpus.quotes["article_id"].astype(str), ids)]
    if quotes.empty:
        return _quote_table(corpus, quotes)
    topics = corpus.topics[corpus.topics["label"] == label]
    score = topics.groupby(topics["article_id"].astype(str))["score"].max()
    words = quotes["text"].fillna("").str.split().str.len()
    ranked = quotes.assign(
        # (a named speaker before an unnamed one described: "senior official")
        _known=quotes["speaker"].notna() & (quotes["speaker"].fillna("") != "")
        & (quotes["speaker_kind"] != "unnamed"),
        _fit=words.between(6, 80),
        _score=quotes["article_id"].astype(str).map(score).fillna(0),
        _date=_dates_of(quotes["article_id"], corpus),
    )
    ranked = ranked.sort_values(["_known", "_fit", "_score", "_date"], ascending=False, kind="stable")
    # Best first: skip repeats of a text (normalised), keep ``per_speaker`` per speaker, stop
    # at ``n`` (what drop_duplicates, groupby().head and head give, without normalising every
    # quote of a large topic).
    seen: set[str] = set()
    per: Counter = Counter()
    chosen: list[int] = []
    for position, (text, speaker) in enumerate(zip(ranked["text"].tolist(), ranked["speaker"].tolist())):
        if len(chosen) >= n:
            break
        key = _norm(text)
        if key in seen:
            continue
        seen.add(key)
        who = _norm(speaker)
        per[who] += 1
        if per[who] <= per_speaker:
            chosen.append(position)
    table = _quote_table(corpus, ranked.iloc[chosen])
    return table.sort_values("date", ascending=False, na_position="last", kind="stable").reset_index(drop=True)


def related_topics(corpus: Corpus, topic: str, *, n: int = 15) -> tuple[Figure | None, pd.DataFrame]:
    """The other topics of the articles on ``topic``, with their share of those articles."""
    label = find_topic(corpus, topic)
    ids = topic_articles(corpus, label)
    table = topic_counts(corpus, ids)
    table = table[table["topic"] != label].head(n).reset_index(drop=True)
    if table.empty:
        _say(f"The articles on {label} in this period have no other topic.")
        return None, table
    fig = _barh(list(table["topic"]), list(table["articles"]),
                title=f"Other topics of the articles on {label.replace('_', ' ')}", xlabel="articles")
    return fig, table


def topic_agreements(corpus: Corpus, topic: str) -> pd.DataFrame:
    """Agreements whose own topics include the topic, or made in an article on the topic."""
    label = find_topic(corpus, topic)
    rows = corpus.agreements
    if rows.empty:
        return register_table(corpus, rows)
    mask = rows["topics"].map(lambda v: label in _as_list(v)) | _isin(rows["article_id"].astype(str),
                                                                       topic_articles(corpus, label))
    return register_table(corpus, rows[mask.to_numpy()])


# --------------------------------------------------------------------------- agreements

REGISTER_COLUMNS = ["date", "status", "parties", "targets", "what", "evidence", "title", "article_id"]


def normalize_status(status: str | None) -> str | None:
    if status is None or not str(status).strip():
        return None
    key = _norm(status).replace(" ", "_")
    if key not in STATUSES:
        raise ReportError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    return key


def _party_keys(corpus: Corpus, party: str) -> set[str]:
    """Every spelling that names ``party``: itself, and a country's code and names."""
    keys = {_norm(party)}
    names = _country_names(corpus)
    for code, name in names.items():
        if _norm(name) == _norm(party) or _norm(code) == _norm(party):
            keys |= {_norm(code), _norm(name)}
    try:
        import pycountry

        found = pycountry.countries.lookup(party)
        keys |= {_norm(found.alpha_3), _norm(found.name)}
    except (LookupError, ImportError):
        pass
    keys.discard("")
    return keys


def select_agreements(corpus: Corpus, party: str | None = None, status: str | None = None) -> pd.DataFrame:
    """The agreement rows (raw columns) with ``party`` among their parties (ISO code,
    country name or organisation name) and the given ``status``."""
    rows = corpus.agreements
    status = normalize_status(status)
    if rows.empty:
        return rows
    mask = pd.Series(True, index=rows.index)
    if status:
        mask &= rows["status"] == status
    if party:
        keys = _party_keys(corpus, party)
        mask &= rows["parties"].map(lambda v: any(_norm(p) in keys for p in _as_list(v)))
    return rows[mask.to_numpy()]


def register_table(corpus: Corpus, rows: pd.DataFrame) -> pd.DataFrame:
    """Agreement rows as the register shows them: date, status, parties (names), targets,
    what, evidence sentence, source title and article id; oldest first."""
    if rows.empty:
        return _empty(REGISTER_COLUMNS)
    names = _country_names(corpus)
    arts = corpus.articles[["id", "title", "date"]].rename(columns={"id": "article_id"}).astype({"article_id": str})
    out = rows.astype({"article_id": str}).merge(arts, on="article_id", how="left")
    labels: dict[str, str] = {}     # a few thousand parties over many rows

    def label(party: str) -> str:
        found = labels.get(party)
        if found is None:
            found = labels[party] = _party_label(party, names)
        return found

    out["parties"] = out["parties"].map(lambda v: "; ".join(map(label, _as_list(v))))
    out["targets"] = out["targets"].map(lambda v: "; ".join(map(label, _as_list(v))))
    out["status"] = out["status"].map(lambda s: STATUS_LABELS.get(s, s))
    out = out.sort_values(["date", "article_id", "start"], na_position="last", kind="stable")
    return out[REGISTER_COLUMNS].reset_index(drop=True)


def agreements_register(corpus: Corpus, party: str | None = None, status: str | None = None) -> pd.DataFrame:
    """Every agreement record matching the filters, with its evidence and source."""
    return register_table(corpus, select_agreements(corpus, party, status))


def agreements_timeline(corpus: Corpus, party: str | None = None,
                        status: str | None = None) -> tuple[Figure | None, pd.DataFrame]:
    """Agreement records per month, stacked by status."""
    rows = select_agreements(corpus, party, status)
    months = month_range(corpus)
    per_status = {s: _monthly_counts(rows.loc[rows["status"] == s, "article_id"], corpus, unique=False,
                                     months=months) for s in STATUSES}
    table = _month_table(per_status) if len(months) else _empty(["month", *STATUSES])
    if rows.empty or sum(int(s.sum()) for s in per_status.values()) == 0:
        _say("No dated agreements in this period" + (f" for {party}" if party else "") + ".")
        return None, table
    shown = {s: v for s, v in per_status.items() if v.sum() > 0}
    fig = _month_bars(shown, title="Agreement records per month, by status", ylabel="agreement records",
                      colors=STATUS_COLORS)
    return fig, table


def party_matrix(corpus: Corpus, party: str | None = None, status: str | None = None, *,
                 n: int = 12) -> tuple[Figure | None, pd.DataFrame]:
    """Party-by-party counts of agreement records naming both (the diagonal: all records
    naming the party), for the ``n`` parties named most often."""
    rows = select_agreements(corpus, party, status)
    names = _country_names(corpus)
    party_lists = [sorted(set(_as_list(v))) for v in rows["parties"]] if len(rows) else []
    counts = Counter(p for ps in party_lists for p in ps)
    if not counts:
        _say("No agreements with named parties in this period.")
        return None, _empty(["party"])
    top = [p for p, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
    index = {p: i for i, p in enumerate(top)}
    matrix = np.zeros((len(top), len(top)), dtype=int)
    for ps in party_lists:
        present = [index[p] for p in ps if p in index]
        for i in present:
            for j in present:
                matrix[i, j] += 1
    labels = [_party_label(p, names) for p in top]
    table = pd.DataFrame(matrix, columns=labels)
    table.insert(0, "party", labels)
    size = max(4.0, 0.55 * len(top) + 2.5)
    fig, ax = _figure(size + 1.0, size)
    image = ax.imshow(matrix, cmap="Blues", vmin=0)
    ax.set_xticks(range(len(top)))
    ax.set_xticklabels([_shorten(x, 22) for x in labels], rotation=45, ha="right")
    ax.set_yticks(range(len(top)))
    ax.set_yticklabels([_shorten(x, 22) for x in labels])
    peak = matrix.max() or 1
    for i in range(len(top)):
        for j in range(len(top)):
            ax.text(j, i, str(matrix[i, j]), ha="center", va="center", fontsize="small",
                    color="white" if matrix[i, j] > peak * 0.6 else "black")
    ax.set_title("Agreement records naming both parties")
    ax.set_xlabel("party")
    ax.set_ylabel("party")
    bar = fig.colorbar(image, ax=ax, shrink=0.8, label="agreement records")
    bar.locator = MaxNLocator(integer=True)
    bar.update_ticks()
    return fig, table


# --------------------------------------------------------------------------- evidence

def rows_behind(corpus: Corpus, table: str, *, month: str | None = None, **equals) -> pd.DataFrame:
    """The rows of a corpus table behind one bar or cell of a chart: ``month`` ('YYYY-MM')
    of the article and column values (a list column matches when it holds the value).
    Pass the result to ``corpus.evidence(rows)`` to read the sentences."""
    rows = corpus.table(table)
    if month:
        stamps = _dates_of(rows["article_id"], corpus)
        rows = rows[(stamps.dt.strftime("%Y-%m") == month).to_numpy()]
    for column, value in equals.items():
        if column not in rows.columns:
            raise ReportError(f"table {table} has no column {column!r}; its columns are {', '.join(rows.columns)}")
        if value is None:
            continue
        sample = rows[column].dropna()
        if len(sample) and not isinstance(sample.iloc[0], str) and hasattr(sample.iloc[0], "__iter__"):
            rows = rows[rows[column].map(lambda v: str(value) in _as_list(v)).to_numpy()]
        else:
            rows = rows[(rows[column].astype(str) == str(value)).to_numpy()]
    return rows.reset_index(drop=True)


def sentences_behind(corpus: Corpus, table: str, *, month: str | None = None, **equals) -> pd.DataFrame:
    """The sentences (with article title and date) behind the rows :func:`rows_behind` selects."""
    rows = rows_behind(corpus, table, month=month, **equals)
    if "sentence" not in rows.columns:
        # Article-level tables (topics): every sentence would be too many; give the articles.
        arts = corpus.articles[["id", "title", "date"]].rename(columns={"id": "article_id"})
        return rows.astype({"article_id": str}).merge(arts.astype({"article_id": str}), on="article_id", how="left")
    keep = [c for c in rows.columns if c not in ("start", "end")]
    return corpus.evidence(rows[keep].dropna(subset=["sentence"]).astype({"sentence": int}))


# --------------------------------------------------------------------------- exploration widgets

def _explorer(options: list[tuple[str, str]], render, description: str):
    import ipywidgets as widgets
    from IPython.display import display

    picker = widgets.Dropdown(options=options, description=description,
                              layout=widgets.Layout(width="32em"))
    out = widgets.Output()

    def update(change=None):
        out.clear_output()
        with out:
            if picker.value is not None:
                for block in render(picker.value):
                    display(block)

    picker.observe(update, names="value")
    update()
    return widgets.VBox([picker, out])


def actor_explorer(corpus: Corpus, *, n: int = 200):
    """A dropdown of the most seen actors; picking one shows their profile tables."""
    table = actors(corpus).head(n)
    options = [(f"{r['name']} ({r['articles']})", r["actor_id"]) for _, r in table.iterrows()]

    def render(actor_id):
        row = table[table["actor_id"] == actor_id].iloc[0]
        yield show_table(actor_card(corpus, row), caption="Who")
        yield show_table(co_actors(corpus, row, n=10), caption="Appears with", empty="No co-actors.")
        yield show_table(actor_quotes(corpus, row), caption="Quotes", empty="No quotes.", max_rows=10)
        yield show_table(actor_agreements(corpus, row), caption="Agreements", empty="No agreements.", max_rows=10)

    return _explorer(options, render, "Actor")


def topic_explorer(corpus: Corpus):
    """A dropdown of the topics; picking one shows its actors, quotes and agreements."""
    counts = topic_counts(corpus)
    options = [(f"{t} ({a})", t) for t, a in zip(counts["topic"], counts["articles"])]

    def render(label):
        yield show_table(leading_table(corpus, "actors", n=10, article_ids=topic_articles(corpus, label)),
                         caption="Leading actors", empty="No actors.")
        yield show_table(topic_quotes(corpus, label, n=5), caption="Notable quotes", empty="No quotes.")
        yield show_table(topic_agreements(corpus, label), caption="Agreements", empty="No agreements.", max_rows=10)

    return _explorer(options, render, "Topic")


def sentence_search(corpus: Corpus, *, initial: str = ""):
    """A text box; typing a word shows the matching sentences (``corpus.search``)."""
    import ipywidgets as widgets
    from IPython.display import display

    box = widgets.Text(value=initial, description="Search", placeholder="a word or phrase",
                       continuous_update=False)
    out = widgets.Output()

    def update(change=None):
        out.clear_output()
        with out:
            if box.value.strip():
                hits = corpus.search(box.value.strip())
                display(note(f"{_plural(len(hits), 'sentence')} contain {box.value.strip()!r}."))
                display(show_table(hits[["date", "title", "sentence_text", "article_id"]], max_rows=20))

    box.observe(update, names="value")
    update()
    return widgets.VBox([box, out])
