"""What each newsift component adds to spaCy's own processing time.

    python benchmarks/components.py [--articles N]

Runs spaCy's pipeline once over the example corpus, then each newsift component
over the parsed Docs, and prints each component's time as a share of spaCy's
(goals: actors <= 10%; times, places and claims together <= 15%; events <= 15%).
"""

from __future__ import annotations

import argparse
import time

from newsift.nlp import PIPELINE_COMPONENTS, article_doc, build_pipeline
from throughput import corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()

    nlp = build_pipeline()
    nlp("Warm-up: Israel and Syria held talks in Paris on Friday, officials said.")  # loads KB and gazetteer
    articles = corpus(args.articles)
    spacy_names = [name for name in nlp.pipe_names if name not in PIPELINE_COMPONENTS]
    start = time.perf_counter()
    docs = list(nlp.pipe((article_doc(nlp, article) for article in articles), batch_size=32, disable=PIPELINE_COMPONENTS))
    spacy_time = time.perf_counter() - start
    print(f"{len(docs)} articles; spaCy ({', '.join(spacy_names)}): {spacy_time:.2f} s")
    shares = {}
    for name in PIPELINE_COMPONENTS:
        component = nlp.get_pipe(name)
        start = time.perf_counter()
        for doc in docs:
            component(doc)
        shares[name] = (time.perf_counter() - start) / spacy_time
        print(f"  {name:>15}: {shares[name]:6.1%} of spaCy's time")
    extractors = sum(shares[name] for name in ("newsift_times", "newsift_places", "newsift_claims"))
    print(f"  times + places + claims: {extractors:.1%} (goal <= 15%); actors {shares['newsift_actors']:.1%} (goal <= 10%)")
    print(f"  events: {shares['newsift_events']:.1%} (goal <= 15%); framing: {shares['newsift_framing']:.1%}")


if __name__ == "__main__":
    main()
