"""Ingest benchmark: raw spaCy against newsift's batch ingest, then memory over a long run.

    python benchmarks/ingest.py [--articles 2000] [--stream-articles 20000] [--seed 0] [--skip-stream]

All numbers are on the same synthetic articles (benchmarks/synthetic.py, seeded):

1. raw spaCy: the English model alone, ``nlp.pipe(texts, batch_size=64)``: articles/s, words/s;
2. newsift through the batch API (``newsift.batch.run_ingest``) from a JSONL file into a fresh
   DuckDB database: in-process (``workers=0``), with 1 worker process and with 2 (the parent
   reads inputs and writes the database while workers analyse): articles/s from
   ``RunSummary.seconds``, which includes starting the workers and loading their pipelines;
3. the ratios newsift-1-worker / raw (goal >= 0.8) and 2 workers / 1 worker (goal >= 1.6x),
   like for like: the worker start-up (timed with a 1-article run) is taken off newsift's time,
   as raw spaCy's model is loaded before its clock starts; the ratios with start-up follow;
4. peak memory while ``--stream-articles`` articles stream through ``run_ingest`` with 2 workers:
   the RSS of the ingesting process plus all its children, sampled every 0.2 s (psutil if
   installed, else /proc), with the RSS at 25%, 50%, 75% and 100% of the run's time to show it
   stays flat (goal: peak under 1,500 MB).  The run is this script started again in a fresh
   process, so the numbers are those of an ingest, not of the models this benchmark has loaded.

spaCy is warmed up on one batch first.  Timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # synthetic.py sits next to this script, outside the package
    sys.path.insert(0, str(HERE))

from synthetic import generate, write_jsonl  # noqa: E402

RAW_BATCH = 64
SAMPLE_SECONDS = 0.2
GOAL_RAW_RATIO, GOAL_SCALING, GOAL_PEAK_MB = 0.8, 1.6, 1500
STREAM_CHILD = "--stream-child"  # internal: run one ingest and report its summary as JSON


@dataclass(slots=True)
class Timed:
    articles: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


# --------------------------------------------------------------------------- corpus


def corpus(count: int, seed: int, path: Path) -> list[str]:
    """The texts of ``count`` synthetic articles, also written to ``path`` as JSONL."""
    texts = []
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in generate(count, seed):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            texts.append(record["text"])
    return texts


def stream_corpus(count: int, seed: int, path: Path) -> float:
    """Write ``count`` articles line by line (never all in memory); returns seconds taken."""
    started = time.perf_counter()
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        write_jsonl(count, seed, handle)
    return time.perf_counter() - started


# --------------------------------------------------------------------------- throughput


def raw_spacy(texts: list[str]) -> Timed:
    """The English model alone over the texts, after one warm-up batch."""
    import spacy

    from newsift.nlp import MODEL_PACKAGE

    nlp = spacy.load(MODEL_PACKAGE)
    for _ in nlp.pipe(texts[:RAW_BATCH], batch_size=RAW_BATCH):
        pass
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=RAW_BATCH):
        pass
    return Timed(len(texts), time.perf_counter() - started)


def newsift_ingest(source: Path, db: Path, workers: int, expected: int) -> Timed:
    """One ``run_ingest`` into a fresh database; the rate is from the run's own clock."""
    from newsift.batch import run_ingest

    summary = run_ingest([str(source)], db, workers=workers)
    if summary.ok != expected or summary.failed or summary.skipped:
        print(f"  warning: expected {expected} ok, got ok={summary.ok} skipped={summary.skipped} failed={summary.failed}")
    return Timed(summary.ok, summary.seconds)


def start_up(workdir: Path, seed: int) -> float:
    """Seconds a 1-worker run takes for a single article: starting the worker process and
    loading its pipeline, which raw spaCy's timing (model loaded beforehand) does not include.
    Run twice; the first also fills the knowledge caches if the code changed."""
    from newsift.batch import run_ingest

    source = workdir / "one.jsonl"
    corpus(1, seed + 1, source)
    seconds = 0.0
    for attempt in range(2):
        seconds = run_ingest([str(source)], workdir / f"start{attempt}.duckdb", workers=1).seconds
    return seconds


# --------------------------------------------------------------------------- memory


def rss_sampler() -> Callable[[int], tuple[int, int]]:
    """A function giving the RSS in bytes of a process and all its descendants, and their number."""
    try:
        import psutil
    except ImportError:
        return _proc_tree_rss

    def tree_rss(pid: int) -> tuple[int, int]:
        try:
            root = psutil.Process(pid)
            processes = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0, 0
        total = 0
        for process in processes:
            try:
                total += process.memory_info().rss
            except psutil.NoSuchProcess:  # a worker may exit between listing and reading
                pass
        return total, len(processes)

    return tree_rss


def _proc_tree_rss(pid: int) -> tuple[int, int]:
    """Without psutil: VmRSS from /proc/<pid>/status, children from /proc/<pid>/task/*/children."""
    total, pending, seen = 0, [pid], set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        total += _vm_rss(current)
        pending.extend(_children(current))
    return total, len(seen) if total else 0


def _vm_rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024  # reported in kB
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return found


class Sampler:
    """Samples a process tree's RSS in a background thread until stopped."""

    def __init__(self, pid: int, every: float = SAMPLE_SECONDS) -> None:
        self.pid, self.every = pid, every
        self.samples: list[tuple[float, int, int]] = []  # (seconds since start, bytes, processes)
        self._measure = rss_sampler()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "Sampler":
        self._started = time.perf_counter()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            rss, processes = self._measure(self.pid)
            if rss:
                self.samples.append((time.perf_counter() - self._started, rss, processes))
            self._stop.wait(self.every)

    @property
    def peak(self) -> int:
        return max((rss for _, rss, _ in self.samples), default=0)

    def peak_moment(self) -> str:
        """When the peak was sampled, relative to the time the workers were up."""
        if not self.samples:
            return "no samples"
        moment = max(self.samples, key=lambda sample: sample[1])[0]
        first, last = self._window()
        if moment < first:
            return f"at {moment:.0f} s, before the workers were all up"
        if moment > last:
            return f"at {moment:.0f} s, after the workers finished"
        return f"at {moment:.0f} s, {100 * (moment - first) / max(last - first, 1e-9):.0f}% into the run"

    def _window(self) -> tuple[float, float]:
        busiest = max((processes for _, _, processes in self.samples), default=0)
        times = [seconds for seconds, _, processes in self.samples if processes == busiest]
        return (times[0], times[-1]) if times else (0.0, 0.0)

    def at(self, fraction: float) -> int:
        """RSS at ``fraction`` of the run: the time the workers were up (the most processes),
        so start-up imports before and the lone parent after do not stretch it."""
        first, last = self._window()
        window = [sample for sample in self.samples if first <= sample[0] <= last]
        if not window:
            return 0
        moment = first + (last - first) * fraction
        return min(window, key=lambda sample: abs(sample[0] - moment))[1]


def stream_run(source: Path, db: Path, articles: int) -> tuple[dict, Sampler]:
    """Ingest ``source`` with 2 workers in a fresh process, sampling its memory meanwhile."""
    command = [sys.executable, str(Path(__file__).resolve()), STREAM_CHILD, str(source), str(db)]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    with Sampler(child.pid) as sampler:
        output, _ = child.communicate()
    if child.returncode != 0:
        raise SystemExit(f"the streaming ingest failed (exit code {child.returncode})")
    summary = json.loads(output.strip().splitlines()[-1])
    if summary["ok"] != articles:
        print(f"  warning: expected {articles} ok, got {summary}")
    return summary, sampler


def stream_child(source: str, db: str) -> None:
    """The process whose memory is measured: one run_ingest, summary as JSON on stdout."""
    from newsift.batch import run_ingest

    summary = run_ingest([source], db, workers=2)
    print(json.dumps({"ok": summary.ok, "skipped": summary.skipped, "failed": summary.failed, "seconds": summary.seconds}))


# --------------------------------------------------------------------------- report


def goal(met: bool) -> str:
    return "met" if met else "NOT met"


def mb(size: int) -> str:
    return f"{size / 2**20:,.0f} MB"


def throughput(args: argparse.Namespace, workdir: Path) -> None:
    source = workdir / "corpus.jsonl"
    started = time.perf_counter()
    texts = corpus(args.articles, args.seed, source)
    words = sum(len(text.split()) for text in texts)
    print(f"corpus: {len(texts):,} synthetic articles (seed {args.seed}), {words:,} words, {words / len(texts):.0f} words/article; generated in {time.perf_counter() - started:.1f} s")

    raw = raw_spacy(texts)
    print(f"raw spaCy nlp.pipe (batch {RAW_BATCH}): {raw.rate:8.1f} articles/s  {words / raw.seconds:10,.0f} words/s  ({raw.seconds:.1f} s)", flush=True)

    startup = start_up(workdir, args.seed)
    print(f"worker start-up (a 1-article run): {startup:.1f} s; the rates below count it, the ratios do not (raw spaCy's model is loaded before its clock starts)")
    inline = newsift_ingest(source, workdir / "inline.duckdb", 0, len(texts))
    print(f"newsift run_ingest, in-process:  {inline.rate:8.1f} articles/s  {words / inline.seconds:10,.0f} words/s  ({inline.seconds:.1f} s; analysis and writing in one process)", flush=True)
    one = newsift_ingest(source, workdir / "one.duckdb", 1, len(texts))
    print(f"newsift run_ingest, 1 worker:    {one.rate:8.1f} articles/s  {words / one.seconds:10,.0f} words/s  ({one.seconds:.1f} s; the parent reads and writes meanwhile)", flush=True)
    two = newsift_ingest(source, workdir / "two.duckdb", 2, len(texts))
    print(f"newsift run_ingest, 2 workers:   {two.rate:8.1f} articles/s  {words / two.seconds:10,.0f} words/s  ({two.seconds:.1f} s)", flush=True)

    def steady(run: Timed) -> float:
        return run.articles / max(run.seconds - startup, 1e-9)

    versus_raw, scaling = steady(one) / raw.rate, steady(two) / steady(one)
    print(f"newsift 1 worker / raw spaCy:    {versus_raw:.2f}  (goal >= {GOAL_RAW_RATIO}: {goal(versus_raw >= GOAL_RAW_RATIO)}; in-process: {steady(inline) / raw.rate:.2f}; with start-up: {one.rate / raw.rate:.2f})")
    print(f"2 workers / 1 worker:            {scaling:.2f}x (goal >= {GOAL_SCALING}x: {goal(scaling >= GOAL_SCALING)}; with start-up: {two.rate / one.rate:.2f}x; {os.cpu_count()} CPUs)")


def memory(args: argparse.Namespace, workdir: Path) -> None:
    source = workdir / "stream.jsonl"
    seconds = stream_corpus(args.stream_articles, args.seed, source)
    print(f"\nstream: {args.stream_articles:,} articles written line by line in {seconds:.1f} s ({source.stat().st_size / 2**20:.0f} MB of JSONL)", flush=True)
    summary, sampler = stream_run(source, workdir / "stream.duckdb", args.stream_articles)
    rate = summary["ok"] / summary["seconds"] if summary["seconds"] else 0.0
    print(f"run_ingest, 2 workers: {summary['ok']:,} ok, {summary['failed']} failed in {summary['seconds']:.0f} s ({rate:.1f} articles/s)")
    print(f"peak RSS (ingest process + workers, every {SAMPLE_SECONDS} s, {len(sampler.samples)} samples): {mb(sampler.peak)} {sampler.peak_moment()}  (goal < {GOAL_PEAK_MB:,} MB: {goal(sampler.peak < GOAL_PEAK_MB * 2**20)})")
    print("RSS while the workers run: " + "  ".join(f"{int(fraction * 100)}%: {mb(sampler.at(fraction))}" for fraction in (0.25, 0.5, 0.75, 1.0)))


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == [STREAM_CHILD]:
        stream_child(*argv[1:3])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="articles for the throughput runs")
    parser.add_argument("--stream-articles", type=int, default=20_000, help="articles for the memory run")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-stream", action="store_true", help="skip the memory run (a quick check)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="newsift-bench-") as tmp:
        workdir = Path(tmp)
        throughput(args, workdir)
        if not args.skip_stream:
            memory(args, workdir)


if __name__ == "__main__":
    main()
