"""Loading the knowledge: actor KB and gazetteer, built from data files and cached on disk.

    python benchmarks/knowledge.py

Prints, for each: the time to build without a cache, the time to load it from the
cache in a fresh interpreter, and the peak memory of that load (goals: KB < 1.5 s,
gazetteer < 1 s and < 200 MB).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

# Imports come first so that the figure is the load itself; memory is the growth of the
# process's peak resident size during the load.
LOAD = """
import resource, time
import spacy, yaml, pycountry, newsift.actors, newsift.places
from {module} import {function}
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
value = {function}()
elapsed = time.perf_counter() - start
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
print(f"{{elapsed:.3f}} {{grown:.0f}}")
"""


def fresh_process(module: str, function: str, cache: str) -> tuple[float, float]:
    env = dict(os.environ, NEWSIFT_CACHE_DIR=cache)
    output = subprocess.run([sys.executable, "-c", LOAD.format(module=module, function=function)], env=env, capture_output=True, text=True, check=True)
    seconds, megabytes = output.stdout.split()
    return float(seconds), float(megabytes)


def main() -> None:
    # The KB is built first: the gazetteer takes states' names from it.
    with tempfile.TemporaryDirectory() as cache:
        for label, module, function in (
            ("actor knowledge base", "newsift.actors.component", "get_knowledge_base"),
            ("gazetteer", "newsift.places", "get_gazetteer"),
        ):
            build, _ = fresh_process(module, function, cache)
            load, memory = fresh_process(module, function, cache)
            print(f"{label:>21}: first build {build:.2f} s; cached load {load:.2f} s, memory +{memory:.0f} MB")


if __name__ == "__main__":
    main()
