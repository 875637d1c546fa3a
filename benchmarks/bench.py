"""Measure extraction and ingest speed, memory, incremental re-ingest and report builds.

Prints a table of figures against the targets of issue 6 (never asserts anything)::

    .venv/bin/python benchmarks/bench.py                    # sizes 10000,100000, --jobs 2
    .venv/bin/python benchmarks/bench.py --quick            # a smoke run in about a minute
    .venv/bin/python benchmarks/bench.py --profile          # where the extraction time goes

Generated corpora, stores and reports go under --out (default /tmp/dispatches-bench) and
are reused by later runs; results are also written to OUT/results.json.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import importlib.util
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if importlib.util.find_spec("analysis") is None:   # not installed: use the checkout
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402

BIN = Path(sys.executable).parent
DISPATCHES = [str(BIN / "dispatches")] if (BIN / "dispatches").exists() else [sys.executable, "-m", "analysis"]


# --------------------------------------------------------------------------- helpers

class PeakRSS:
    """Peak resident memory of a process tree (sum over the process and its children),
    polled every 50 ms with psutil when it is installed."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        try:
            import psutil
        except ImportError:
            self.psutil = None
            return
        self.psutil = psutil
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        ps = self.psutil
        try:
            root = ps.Process(self.pid)
        except ps.Error:
            return
        while not self._stop.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except ps.Error:
                        pass
                self.peak = max(self.peak, total)
            except ps.Error:
                return
            time.sleep(0.05)

    def stop(self) -> int:
        self._stop.set()
        return self.peak


def run(cmd: list[str], *, quiet: bool = True) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run a command; (seconds, peak RSS bytes of its process tree, completed process)."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watch = PeakRSS(proc.pid)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    run.cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    peak = watch.stop()
    if not peak:   # no psutil: the largest single child process
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    done = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    if proc.returncode != 0 and not quiet:
        print(f"  ! {' '.join(cmd)} exited {proc.returncode}:\n{err[-1500:]}")
    return seconds, peak, done


def corpus(out: Path, n: int, pool_getter) -> Path:
    """The generated corpus of n articles under out (made once, reused)."""
    d = out / f"corpus-{n}"
    marker = d / ".generated.json"
    if marker.is_file() and json.loads(marker.read_text()).get("articles") == n:
        return d
    shutil.rmtree(d, ignore_errors=True)
    t = time.perf_counter()
    stats = generate.generate(d, n, pool=pool_getter())
    marker.write_text(json.dumps(stats))
    print(f"  generated {n} articles in {stats['files']} files "
          f"({stats['words_per_article']:.0f} words each) in {time.perf_counter() - t:.0f} s -> {d}")
    return d


def sample_articles(d: Path, n: int):
    """The first ~n articles of a generated corpus, loaded."""
    from analysis.load import iter_inputs, load_articles

    files = []
    for path in iter_inputs([d]):
        files.append(path)
        if len(files) >= n:
            break
    result = load_articles(files)
    return result.articles[:n]


def timed(fn, *, min_seconds: float = 2.0, repeats: int = 3) -> float:
    """CPU seconds of this process per call of fn: the fastest of at least ``repeats`` calls
    (and of min_seconds of CPU time), after one untimed warm-up call that builds the
    per-process word lists and caches, as a worker does once for thousands of articles.
    CPU time, so other load on the machine distorts it little; the fastest call, because
    this virtual machine's speed drifts by tens of percent from minute to minute. The cyclic
    garbage collector is paused during the calls, as in measure_extraction."""
    fn()
    best, calls, started = float("inf"), 0, time.process_time()
    gc.collect()
    gc.disable()
    try:
        while calls < repeats or time.process_time() - started < min_seconds:
            t = time.process_time()
            fn()
            best = min(best, time.process_time() - t)
            calls += 1
    finally:
        gc.enable()
    return best


# --------------------------------------------------------------------------- measurements

def measure_extraction(warm, sets, results: dict) -> None:
    """Words per CPU second of the whole extraction, as a long-running worker sees it: word
    lists and memos warmed on other articles (``warm``), then each timed set extracted once,
    so no timed article is one the memos have already seen. The fastest set counts, because
    this virtual machine's speed drifts by tens of percent from minute to minute. As in a
    worker (engine.process_batch), the cyclic garbage collector is paused while a set is
    extracted: it would otherwise walk the thousands of loaded articles again and again."""
    from analysis.extract import extract_article
    from analysis.load import parse_text

    for a in warm:
        extract_article(a)
    best = None
    for articles in sets:
        words = sum(a.word_count for a in articles)
        gc.collect()
        gc.disable()
        try:
            t = time.process_time()
            for a in articles:
                extract_article(a)
            rate = words / (time.process_time() - t)
        finally:
            gc.enable()
        if best is None or rate > best[0]:
            best = (rate, len(articles), words)
    results["extract_words_per_s"] = best[0]
    results["sample_articles"], results["sample_words"] = best[1], best[2]
    results["extract_articles_per_s"] = best[0] * best[1] / best[2]
    raw = [a.text for a in sets[0]]
    words = sum(a.word_count for a in sets[0])
    seconds = timed(lambda: [parse_text(t, id="x") for t in raw], min_seconds=1.0)
    results["structure_words_per_s"] = words / seconds


def measure_spacy(articles, results: dict, *, min_seconds: float) -> None:
    """spaCy's tokenizer + EntityRuler fed the project's gazetteers, on the same texts."""
    try:
        import spacy
    except ImportError:
        results["spacy"] = "spaCy is not installed (pip install -e '.[bench]')"
        return
    from analysis.text import load_lines, load_table

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    patterns = []
    for row in load_table("country_aliases.tsv"):
        if row.get("code") not in ("", "-"):
            patterns.append({"label": "GPE", "pattern": row["alias"], "id": row["code"]})
    for row in load_table("organizations.tsv"):
        for name in [row["name"], row.get("acronym", ""), *row.get("variants", "").split("|")]:
            if name.strip():
                patterns.append({"label": "ORG", "pattern": name.strip(), "id": row["name"]})
    given = sorted(set(load_lines("given_names.txt")))
    patterns.append({"label": "PERSON", "pattern": [{"ORTH": {"IN": given}}, {"IS_TITLE": True, "OP": "+"}]})
    ruler.add_patterns(patterns)
    texts = [a.text for a in articles]
    words = sum(a.word_count for a in articles)
    seconds = timed(lambda: [len(d.ents) for d in nlp.pipe(texts, batch_size=256)], min_seconds=min_seconds)
    results["spacy_ruler_words_per_s"] = words / seconds
    results["spacy_ruler_patterns"] = len(patterns)
    try:
        import spacy.util
        if spacy.util.is_package("en_core_web_sm"):
            sm = spacy.load("en_core_web_sm")
            few = texts[:200]
            w = sum(a.word_count for a in articles[:200])
            seconds = timed(lambda: [len(d.ents) for d in sm.pipe(few, batch_size=64)], min_seconds=min_seconds)
            results["spacy_sm_words_per_s"] = w / seconds
        else:
            results["spacy_sm"] = "en_core_web_sm is not installed (skipped; no model download)"
    except Exception as exc:  # a broken model install must not stop the benchmark
        results["spacy_sm"] = f"en_core_web_sm failed: {exc}"


def measure_ingest(d: Path, store: Path, jobs: int, results: dict, key: str) -> bool:
    shutil.rmtree(store, ignore_errors=True)
    cmd = [*DISPATCHES, "ingest", str(d), "--store", str(store), "--jobs", str(jobs), "--no-progress"]
    seconds, peak, done = run(cmd, quiet=False)
    if done.returncode != 0:
        results[f"{key}_error"] = done.stderr[-500:]
        return False
    from analysis.store import info

    meta = info(store)          # store.json with the index of input files
    articles = sum(f["rows"][0] for f in meta["files"])
    results[f"{key}_articles"] = articles
    results[f"{key}_seconds"] = seconds
    results[f"{key}_cpu_seconds"] = run.cpu
    results[f"{key}_articles_per_s"] = articles / seconds
    results[f"{key}_peak_mb"] = peak / 2**20
    results[f"{key}_summary"] = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    last = meta.get("last_ingest", {})
    for part in ("load_seconds", "extract_seconds", "table_seconds", "load_cpu", "extract_cpu", "table_cpu"):
        if part in last:   # summed over the workers (wall and CPU time inside each worker)
            results[f"{key}_{part}"] = last[part]
    return True


def measure_incremental(d: Path, store: Path, n: int, jobs: int, pool_getter, results: dict, key: str) -> None:
    cmd = [*DISPATCHES, "ingest", str(d), "--store", str(store), "--jobs", str(jobs), "--no-progress"]
    seconds, _, done = run(cmd, quiet=False)
    results[f"{key}_nochange_ingest_seconds"] = seconds
    extra = max(1, n // 100)
    for old in d.glob("extra-*"):
        shutil.rmtree(old)
    generate.generate(d, extra, start=10_000_000, pool=pool_getter(), prefix="extra")
    seconds, peak, done = run(cmd, quiet=False)
    results[f"{key}_incremental_articles"] = extra
    results[f"{key}_incremental_seconds"] = seconds
    results[f"{key}_incremental_cpu_seconds"] = run.cpu
    results[f"{key}_incremental_summary"] = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    for old in d.glob("extra-*"):
        shutil.rmtree(old)
    seconds, _, done = run(cmd, quiet=False)       # back to the plain corpus (removal)
    results[f"{key}_removal_seconds"] = seconds


def measure_reports(store: Path, out: Path, results: dict, key: str) -> None:
    if importlib.util.find_spec("analysis.reports") is None:
        results[f"{key}_reports"] = "analysis.reports is not there yet (skipped)"
        return
    target = out / f"reports-{key}"
    shutil.rmtree(target, ignore_errors=True)
    cmd = [*DISPATCHES, "reports", "--corpus", str(store), "--out", str(target), "--no-progress"]
    seconds, peak, done = run(cmd, quiet=False)
    if done.returncode != 0:
        results[f"{key}_reports"] = f"failed (exit {done.returncode}): {done.stderr.strip()[-300:]}"
        return
    results[f"{key}_reports_seconds"] = seconds
    results[f"{key}_reports_peak_mb"] = peak / 2**20
    seconds, _, done = run(cmd, quiet=False)
    results[f"{key}_reports_rebuild_seconds"] = seconds


def profile(warm, articles, top: int = 15) -> None:
    from analysis.extract import extract_article

    for a in warm:      # first-use builds (regex compiles, dictionaries) are not the steady state
        extract_article(a)
    words = sum(a.word_count for a in articles)
    prof = cProfile.Profile(time.process_time)   # CPU time: other load does not distort it
    prof.enable()
    for a in articles:
        extract_article(a)
    prof.disable()
    print(f"\nprofile: extraction of {len(articles)} articles ({words:,} words), "
          f"top {top} functions by cumulative time")
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


# --------------------------------------------------------------------------- report

def fmt(v, unit="") -> str:
    if v is None:
        return "-"
    if isinstance(v, str):
        return v
    if v >= 1000:
        return f"{v:,.0f}{unit}"
    return f"{v:.2f}{unit}" if v < 10 else f"{v:.1f}{unit}"


def table(results: dict, sizes: list[int]) -> str:
    r = results
    rows = [("extraction, words/s per core", fmt(r.get("extract_words_per_s")), ">= 200,000"),
            ("  loader structuring, words/s per core", fmt(r.get("structure_words_per_s")), ""),
            ("  spaCy blank+EntityRuler, words/s", fmt(r.get("spacy_ruler_words_per_s") or r.get("spacy")), ""),
            ("  ratio ours / spaCy EntityRuler", fmt(r["extract_words_per_s"] / r["spacy_ruler_words_per_s"], "x")
             if r.get("spacy_ruler_words_per_s") and r.get("extract_words_per_s") else "-", ""),
            ("  spaCy en_core_web_sm, words/s", fmt(r.get("spacy_sm_words_per_s") or r.get("spacy_sm")), "")]
    if r.get("spacy_sm_words_per_s") and r.get("extract_words_per_s"):
        rows.append(("  ratio ours / en_core_web_sm", fmt(r["extract_words_per_s"] / r["spacy_sm_words_per_s"], "x"), ""))
    for n in sizes:
        k = f"n{n}"
        if f"{k}_error" in r:
            msg = r[f"{k}_error"]
            rows.append((f"{n:,} articles: ingest", msg if msg.startswith("skipped") else "failed: " + msg[-120:], ""))
            continue
        big = n >= 100_000
        rows += [(f"{n:,} articles: files -> store", fmt(r.get(f"{k}_seconds"), " s"), "<= 120 s" if big else ""),
                 ("  CPU time of all processes", fmt(r.get(f"{k}_cpu_seconds"), " s"), ""),
                 ("  worker time: load / extract / tables", " / ".join(
                     fmt(r.get(f"{k}_{p}_seconds"), " s") for p in ("load", "extract", "table")), ""),
                 ("  worker CPU: load / extract / tables", " / ".join(
                     fmt(r.get(f"{k}_{p}_cpu"), " s") for p in ("load", "extract", "table")), ""),
                 ("  articles/s end to end", fmt(r.get(f"{k}_articles_per_s")), ""),
                 ("  peak resident memory", fmt(r.get(f"{k}_peak_mb"), " MB"), "<= 2048 MB" if big else ""),
                 ("  no-change re-ingest", fmt(r.get(f"{k}_nochange_ingest_seconds"), " s"), ""),
                 (f"  +1% files ({r.get(f'{k}_incremental_articles', '-')}) re-ingest",
                  fmt(r.get(f"{k}_incremental_seconds"), " s"), "<= 10% of full"),
                 ("  incremental / full", fmt(100 * r[f"{k}_incremental_seconds"] / r[f"{k}_seconds"], " %")
                  if r.get(f"{k}_incremental_seconds") and r.get(f"{k}_seconds") else "-", "<= 10 %"),
                 ("  removing those files again", fmt(r.get(f"{k}_removal_seconds"), " s"), "")]
        if f"{k}_reports" in r:
            rows.append(("  report set", r[f"{k}_reports"], ""))
        elif f"{k}_reports_seconds" in r:
            rows += [("  full report set", fmt(r[f"{k}_reports_seconds"], " s"), "<= 180 s" if big else ""),
                     ("  no-change report rebuild", fmt(r[f"{k}_reports_rebuild_seconds"], " s"), "<= 5 s")]
    notes = []
    for i, (a, b, c) in enumerate(rows):
        if len(b) > 30:   # long messages go below the table
            notes.append(f"[{len(notes) + 1}] {a.strip()}: {b}")
            rows[i] = (a, f"see [{len(notes)}]", c)
    w = max(len(a) for a, _, _ in rows) + 2
    v = max(len(b) for _, b, _ in rows) + 2
    lines = [f"{'figure':<{w}}{'value':>{v}}   target", "-" * (w + v + 14)]
    lines += [f"{a:<{w}}{b:>{v}}   {c}" for a, b, c in rows]
    return "\n".join(lines + notes)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="dispatches benchmark (prints figures; asserts nothing)")
    p.add_argument("--sizes", default="10000,100000", help="corpus sizes, comma-separated")
    p.add_argument("--quick", action="store_true", help="small sizes for a smoke run")
    p.add_argument("--out", type=Path, default=Path("/tmp/dispatches-bench"), help="work folder")
    p.add_argument("--jobs", type=int, default=2, help="worker processes for ingest")
    p.add_argument("--sample", type=int, default=2000, help="articles for the per-core measurements")
    p.add_argument("--profile", action="store_true", help="only profile the extraction (cProfile)")
    p.add_argument("--no-reports", action="store_true", help="skip the report builds")
    p.add_argument("--max-minutes", type=float, default=30.0,
                   help="skip an ingest size whose estimated time (from the measured per-core "
                        "speed) exceeds this")
    args = p.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)
    sizes = [500, 2000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    sample_n = min(args.sample, 300) if args.quick else args.sample
    min_seconds = 0.5 if args.quick else 2.0
    args.out.mkdir(parents=True, exist_ok=True)
    command = " ".join([Path(sys.executable).relative_to(ROOT).as_posix() if str(sys.executable).startswith(str(ROOT))
                        else sys.executable, "benchmarks/bench.py", *(argv if argv is not None else sys.argv[1:])])
    pool_cache = {}

    def pool_getter():
        if "pool" not in pool_cache:
            pool_cache["pool"] = generate.build_pool()
        return pool_cache["pool"]

    print(f"dispatches benchmark: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"load average {os.getloadavg()[0]:.1f}, work folder {args.out}")
    print(f"command: {command}")
    if sys.dont_write_bytecode and importlib.util.find_spec("analysis").origin.startswith(str(ROOT)):
        # A machine with PYTHONDONTWRITEBYTECODE set (as the CI images are) would compile the
        # package's sources anew in every process, about 0.2 s each; a normal import caches
        # them in __pycache__, as `make install` does (compileall).
        import compileall

        compileall.compile_dir(str(ROOT / "analysis"), quiet=1)
        print("byte-compiled analysis/ (PYTHONDONTWRITEBYTECODE is set: no process would cache it)")
    smallest = corpus(args.out, max(min(sizes), sample_n), pool_getter)
    pool_articles = sample_articles(smallest, 4 * sample_n)
    k = max(1, len(pool_articles) // 4)
    warm, sets = pool_articles[:k], [pool_articles[i * k:(i + 1) * k] for i in range(1, 4)]
    sets = [s for s in sets if s] or [warm]   # a tiny corpus: time the warm-up articles again
    articles = sets[0]
    if args.profile:
        profile(warm, articles)
        return 0

    results: dict = {"command": command, "cores": os.cpu_count(), "sizes": sizes, "jobs": args.jobs,
                     "load_average_start": os.getloadavg()[0],
                     "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    print(f"per-core figures on {len(articles)} articles ...")
    measure_extraction(warm, sets, results)
    measure_spacy(articles, results, min_seconds=min_seconds)
    for n in sizes:
        rate = results.get("extract_words_per_s", 0)
        estimate = n * results["sample_words"] / results["sample_articles"] / max(rate, 1) / max(1, args.jobs) / 60
        if estimate > args.max_minutes:
            results[f"n{n}_error"] = (f"skipped: extraction at {rate:,.0f} words/s per core would take "
                                      f"~{estimate:.0f} min (raise --max-minutes to run it)")
            print("  " + results[f"n{n}_error"])
            continue
        d = corpus(args.out, n, pool_getter)
        store = args.out / f"store-{n}"
        print(f"ingest of {n:,} articles (--jobs {args.jobs}) ...")
        if not measure_ingest(d, store, args.jobs, results, f"n{n}"):
            continue
        print(f"  {results[f'n{n}_summary']}")
        if not args.no_reports:
            print("  reports ...")
            measure_reports(store, args.out, results, f"n{n}")
        print("  incremental re-ingest ...")
        measure_incremental(d, store, n, args.jobs, pool_getter, results, f"n{n}")
        (args.out / "results.json").write_text(json.dumps(results, indent=2, default=str))
    print()
    print(table(results, sizes))
    results["load_average_end"] = os.getloadavg()[0]
    print(f"\n(per-core figures are words per CPU second on {results['sample_articles']} articles, "
          f"{results['sample_words']:,} words, each timed article extracted once after a warm-up on "
          f"other articles, the garbage collector paused as in a worker; wall times depend on other load: load average now "
          f"{results['load_average_end']:.1f} on {os.cpu_count()} cores; results in {args.out / 'results.json'})")
    print(f"command: {command}")
    (args.out / "results.json").write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
