"""Actor knowledge base and matching costs.

    python benchmarks/actors.py [--articles N]

Prints: the KB build time without cache, the load time from the on-disk cache,
and the time the ``newsift_actors`` component adds per article as a share of
spaCy's own processing time on the same articles (goal: KB load < 1.5 s,
actor matching <= 10% of spaCy's time).
"""

from __future__ import annotations

import argparse
import tempfile
import time

from newsift.actors.component import ActorResolver
from newsift.actors.kb import build_knowledge_base
from newsift.nlp import article_doc, build_pipeline

from throughput import corpus  # same example corpus as the throughput benchmark


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()

    import os

    with tempfile.TemporaryDirectory() as cache:
        os.environ["NEWSIFT_CACHE_DIR"] = cache
        start = time.perf_counter()
        kb = build_knowledge_base(use_cache=True)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        build_knowledge_base(use_cache=True)
        warm = time.perf_counter() - start
    print(f"knowledge base: {len(kb.actors):,} actors (+{len(kb.deferred):,} Phoenix-derived on demand), {len(kb.names):,} name keys")
    print(f"  build without cache: {cold:.2f} s;  load from cache: {warm:.2f} s  (goal < 1.5 s)")

    articles = corpus(args.articles)
    nlp = build_pipeline(components=[])
    resolver = ActorResolver(kb)
    start = time.perf_counter()
    docs = list(nlp.pipe((article_doc(nlp, article) for article in articles), batch_size=32))
    spacy_time = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        resolver(doc)
    actor_time = time.perf_counter() - start
    mentions = sum(len(actor.mentions) for doc in docs for actor in doc._.newsift_actors)
    print(f"{len(docs)} articles: spaCy {spacy_time:.2f} s, actors {actor_time:.2f} s, {mentions:,} mentions")
    print(f"actor matching adds {actor_time / spacy_time:.1%} to spaCy's time (goal <= 10%)")


if __name__ == "__main__":
    main()
