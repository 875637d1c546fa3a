"""The ``dispatches`` command (also ``python -m analysis``)."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from .errors import DispatchesError
from .paths import DEFAULT_STORE, RAW, REPORT_CONFIG, REPORTS


def _jobs(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("--jobs takes a whole number of at least 1")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dispatches",
        description="Turn folders of news articles into tables and reports on actors, topics and agreements.",
    )
    from . import __version__
    parser.add_argument("--version", action="version", version=f"dispatches {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="load articles; write them as JSON Lines and/or a Parquet store")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders of articles")
    p.add_argument("-o", "--output", type=Path, help="write the structured articles here (JSON Lines)")
    p.add_argument("--manifest", type=Path, help="write one row per input here (JSON Lines)")
    p.add_argument("--store", type=Path, nargs="?", const=DEFAULT_STORE,
                   help=f"write articles and extracted tables as Parquet here (default {DEFAULT_STORE})")
    p.add_argument("--jobs", type=_jobs, default=os.cpu_count() or 1, help="worker processes")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="run extraction locally (process pool) or on a Dask cluster")
    p.add_argument("--scheduler", help="Dask scheduler address (default: start a LocalCluster)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")

    p = sub.add_parser("extract", help="extract actors, quotes, agreements, topics to JSON Lines")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders of articles")
    p.add_argument("-o", "--output", type=Path, required=True, help="output JSON Lines file")
    p.add_argument("--manifest", type=Path, help="write one row per input here (JSON Lines)")
    p.add_argument("--jobs", type=_jobs, default=1, help="worker processes")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")

    p = sub.add_parser("evaluate", help="score predictions against gold annotations")
    p.add_argument("gold", type=Path, metavar="GOLD_DIR", help="folder of gold *.json files")
    p.add_argument("predictions", type=Path, metavar="PRED.jsonl", help="output of 'dispatches extract'")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--per-article", action="store_true", help="also print scores per article")

    p = sub.add_parser("reports", help="execute the report notebooks and render shareable HTML")
    p.add_argument("--corpus", type=Path, action="append",
                   help=f"articles or a store (default {RAW}); may be repeated")
    p.add_argument("--out", type=Path, default=REPORTS, help=f"output folder (default {REPORTS})")
    p.add_argument("--config", type=Path, default=REPORT_CONFIG, help="the report set (TOML)")
    p.add_argument("--jobs", type=_jobs, default=os.cpu_count() or 1, help="notebooks run at once")
    p.add_argument("--show-code", action="store_true", help="keep code cells in the HTML")
    p.add_argument("--pdf", action="store_true", help="also print each report to PDF with Chromium")
    p.add_argument("--force", action="store_true", help="rebuild every report even if unchanged")
    p.add_argument("--only", action="append", help="build only reports whose name contains this")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def _write_jsonl(path: Path, rows) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _summary(manifest, seconds: float) -> str:
    counts = {"loaded": 0, "duplicate": 0, "rejected": 0}
    for entry in manifest:
        counts[entry.status] += 1
    total = sum(counts.values())
    return (f"{total} inputs: {counts['loaded']} loaded, {counts['duplicate']} duplicate, "
            f"{counts['rejected']} rejected in {seconds:.1f} s")


def cmd_ingest(args) -> int:
    from . import load

    started = time.perf_counter()
    if args.store is None and (args.engine != "local" or args.scheduler):
        raise DispatchesError("--engine dask and --scheduler write a Parquet store: add --store [DIR]")
    if args.store is not None:
        from . import store
        report = store.ingest(args.paths, args.store, jobs=args.jobs, engine=args.engine,
                              scheduler=args.scheduler, progress=not args.no_progress,
                              manifest_path=args.manifest, articles_path=args.output)
        print(report, file=sys.stderr)
        return 0
    for target in (args.output, args.manifest):
        if target is not None and target.is_dir():
            raise DispatchesError(f"{target} is a folder; give a file name such as {target / 'out.jsonl'}")
    result = load.load_articles(args.paths, progress=not args.no_progress)
    try:
        if args.manifest:
            _write_jsonl(args.manifest, (e.as_dict() for e in result.manifest))
        if args.output:
            _write_jsonl(args.output, (load.article_record(a) for a in result.articles))
    except OSError as exc:
        raise DispatchesError(f"cannot write {exc.filename or 'output'}: {exc.strerror or exc}; "
                              f"choose a writable path") from None
    seconds = time.perf_counter() - started
    rate = f" ({len(result.articles) / seconds:,.0f} articles/s)" if result.articles and seconds > 0 else ""
    print(_summary(result.manifest, seconds) + rate, file=sys.stderr)
    rejected = [e for e in result.manifest if e.status == "rejected"]
    for e in rejected[:5]:
        where = f"{e.path}:{e.line}" if e.line else e.path
        print(f"  rejected {where}: {e.reason}", file=sys.stderr)
    if len(rejected) > 5:
        more = f"see {args.manifest}" if args.manifest else "write them with --manifest FILE.jsonl"
        print(f"  ... and {len(rejected) - 5} more rejections ({more})", file=sys.stderr)
    if not result.articles:
        raise DispatchesError("nothing could be read: " + _first_reasons(result.manifest))
    return 0


def _first_reasons(manifest) -> str:
    if not manifest:
        return "no input files were found under the given paths"
    return "; ".join(f"{e.path}: {e.reason}" for e in manifest[:3])


def cmd_extract(args) -> int:
    from . import load
    from .corpus import extract_all
    from .extract import export_record

    started = time.perf_counter()
    result = load.load_articles(args.paths, progress=not args.no_progress)
    if not result.articles:
        raise DispatchesError("nothing could be read: " + _first_reasons(result.manifest))
    extractions = extract_all(result.articles, jobs=args.jobs, progress=not args.no_progress)
    n = _write_jsonl(args.output, (export_record(a, x) for a, x in zip(result.articles, extractions)))
    if args.manifest:
        _write_jsonl(args.manifest, (e.as_dict() for e in result.manifest))
    print(_summary(result.manifest, time.perf_counter() - started) + f"; {n} records -> {args.output}",
          file=sys.stderr)
    return 0


def cmd_evaluate(args) -> int:
    from . import evaluate

    scores = evaluate.evaluate_files(args.gold, args.predictions)
    if args.json:
        print(json.dumps(scores.as_dict(), indent=2))
    else:
        print(scores.format(per_article=args.per_article))
    return 0


def cmd_reports(args) -> int:
    from . import reports

    corpus = args.corpus or [RAW]
    result = reports.build_reports(corpus, out=args.out, config=args.config, jobs=args.jobs,
                                   show_code=args.show_code, pdf=args.pdf, force=args.force,
                                   only=args.only, progress=not args.no_progress)
    print(result.summary())
    return 0 if result.ok else 1


COMMANDS = {"ingest": cmd_ingest, "extract": cmd_extract, "evaluate": cmd_evaluate,
            "reports": cmd_reports}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except DispatchesError as exc:
        print(f"dispatches {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
