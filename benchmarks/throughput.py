"""Throughput of newsift's full analysis against raw spaCy ``nlp.pipe`` on the same texts.

    python benchmarks/throughput.py [--articles N] [--rounds R] [--batch-size B]

Prints articles/s and words/s for both and the ratio newsift/raw (1.0 = no overhead
beyond spaCy).  Timings are noisy on shared machines: each side runs R rounds,
alternating, and the best round counts.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy

from newsift.ingest import read_inputs
from newsift.model import Article
from newsift.nlp import MODEL_PACKAGE, analyze_many, build_pipeline

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def corpus(count: int) -> list[Article]:
    base = [item for item in read_inputs([str(EXAMPLES)]) if isinstance(item, Article)]
    return [base[index % len(base)] for index in range(count)]


def timed(run) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    articles = corpus(args.articles)
    texts = [article.text for article in articles]
    words = sum(len(text.split()) for text in texts)
    raw = spacy.load(MODEL_PACKAGE)
    full = build_pipeline()
    print(f"corpus: {len(texts)} articles, {words:,} words; newsift components: {full.pipe_names}")

    def run_raw() -> None:
        for _ in raw.pipe(texts, batch_size=args.batch_size):
            pass

    def run_newsift() -> None:
        for _ in analyze_many(articles, full, batch_size=args.batch_size):
            pass

    run_raw(), run_newsift()  # warm-up: first batches pay for lazy initialisation
    raw_time = newsift_time = float("inf")
    for _ in range(args.rounds):
        raw_time = min(raw_time, timed(run_raw))
        newsift_time = min(newsift_time, timed(run_newsift))

    for name, seconds in (("raw nlp.pipe", raw_time), ("newsift", newsift_time)):
        print(f"{name:>13}: {len(texts) / seconds:8.1f} articles/s  {words / seconds:10,.0f} words/s  ({seconds:.2f} s)")
    print(f"ratio newsift/raw throughput: {raw_time / newsift_time:.3f}")


if __name__ == "__main__":
    main()
