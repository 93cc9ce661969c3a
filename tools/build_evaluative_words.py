#!/usr/bin/env python3
"""Build newsift's list of evaluative words from two public sentiment lexicons.

    pip download --no-deps vaderSentiment==3.3.2 textblob==0.20.1 -d /tmp/lex
    cd /tmp/lex && unzip -o -q 'vaderSentiment-*.whl' && unzip -o -q 'textblob-*.whl'
    python tools/build_evaluative_words.py /tmp/lex/vaderSentiment/vader_lexicon.txt \
        /tmp/lex/textblob/en/en-sentiment.xml src/newsift/data/framing

Reads
- VADER's lexicon (MIT, "Copyright (c) 2016 C.J. Hutto"): about 7,500 words rated by people
  for how negative or positive they feel, from -4 to +4;
- Pattern's English adjective lexicon as shipped with TextBlob (PDDL, Tom De Smedt and Walter
  Daelemans): about 2,900 adjective senses with polarity (-1..1) and subjectivity (0..1);

and writes

    evaluative_words.tsv     word, polarity, strength and source, one word a line
    evaluative_words.NOTICE  provenance and the licences of the sources

A word is kept when people rate it strongly (VADER |valence| >= 2.0), or when it is an
adjective or adverb whose senses average as subjective (>= 0.75) and clearly polar (|polarity|
>= 0.4) in Pattern. Emoticons, slang spelled with digits or symbols, and words under three
letters are dropped. The list is deliberately broad: the framing component reads it only in the
outlet's own unattributed voice, never inside a named entity, and silences every word in
``factual_words.txt`` (the vocabulary wire copy uses to report facts: "killed", "war",
"crisis") and every word the curated lexicon already decides on.

Standard library only. Output is sorted, so a re-run on the same input is byte-identical.
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

VADER_MIN = 2.0
PATTERN_SUBJECTIVITY = 0.75
PATTERN_POLARITY = 0.4
# A second, milder tier ("register" in the fifth column): a cue only in an article whose own voice
# already loads (newsift.framing.cues.loaded_register), where "demoralised" and "crushed" are the
# outlet's choice of word; wire copy is never read with this tier.
VADER_REGISTER_MIN = 1.5
PATTERN_REGISTER_SUBJECTIVITY = 0.6
PATTERN_REGISTER_POLARITY = 0.3
_WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")

NOTICE = """evaluative_words.tsv is derived by tools/build_evaluative_words.py from two lexicons.

1. VADER sentiment lexicon (vader_lexicon.txt in the vaderSentiment 3.3.2 package):

The MIT License (MIT)

Copyright (c) 2016 C.J. Hutto

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.

2. Pattern's subjectivity lexicon for English adjectives (en-sentiment.xml, version 1.3, as
shipped in the TextBlob 0.20.1 package), by Tom De Smedt and Walter Daelemans, released under
the Open Data Commons Public Domain Dedication and License (PDDL).

newsift keeps only the words, their sign and a strength; the selection rules are in the tool.
"""


def vader_words(path: Path) -> dict[str, float]:
    words = {}
    for line in path.read_text("utf-8", errors="replace").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not _WORD.match(parts[0]):
            continue
        try:
            words[parts[0]] = float(parts[1])
        except ValueError:
            continue
    return words


def pattern_words(path: Path) -> dict[str, tuple[float, float]]:
    """Mean polarity and subjectivity over a word's adjective and adverb senses."""
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for word in ET.parse(path).getroot():
        form = (word.get("form") or "").lower()
        if word.get("pos") in ("JJ", "RB") and _WORD.match(form):
            senses[form].append((float(word.get("polarity", 0)), float(word.get("subjectivity", 0))))
    return {form: (sum(p for p, _ in rows) / len(rows), sum(s for _, s in rows) / len(rows)) for form, rows in senses.items()}


def select(vader: dict[str, float], pattern: dict[str, tuple[float, float]]) -> dict[str, tuple[str, float, str, str]]:
    chosen: dict[str, tuple[str, float, str, str]] = {}
    for word, valence in vader.items():
        if len(word) >= 3 and abs(valence) >= VADER_REGISTER_MIN:
            tier = "strong" if abs(valence) >= VADER_MIN else "register"
            chosen[word] = ("negative" if valence < 0 else "positive", round(abs(valence) / 4, 2), "vader", tier)
    for word, (polarity, subjectivity) in pattern.items():
        if len(word) < 3 or word in chosen and chosen[word][3] == "strong":
            continue
        if subjectivity >= PATTERN_SUBJECTIVITY and abs(polarity) >= PATTERN_POLARITY:
            chosen[word] = ("negative" if polarity < 0 else "positive", round(abs(polarity), 2), "pattern", "strong")
        elif word not in chosen and subjectivity >= PATTERN_REGISTER_SUBJECTIVITY and abs(polarity) >= PATTERN_REGISTER_POLARITY:
            chosen[word] = ("negative" if polarity < 0 else "positive", round(abs(polarity), 2), "pattern", "register")
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vader", type=Path, help="vader_lexicon.txt")
    parser.add_argument("pattern", type=Path, help="en-sentiment.xml")
    parser.add_argument("out", type=Path, help="directory for evaluative_words.tsv and its NOTICE")
    args = parser.parse_args()
    chosen = select(vader_words(args.vader), pattern_words(args.pattern))
    lines = [
        "# Evaluative words: a word here is a loaded-language cue in the outlet's own voice unless factual_words.txt",
        "# or the curated lexicon says otherwise. Built by tools/build_evaluative_words.py; sources in evaluative_words.NOTICE.",
        "# word<TAB>polarity<TAB>strength (0..1)<TAB>source<TAB>tier (strong: any outlet-voice use; register: only where the",
        "# article's own voice already loads)",
    ]
    lines += [f"{word}\t{polarity}\t{strength:.2f}\t{source}\t{tier}" for word, (polarity, strength, source, tier) in sorted(chosen.items())]
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "evaluative_words.tsv").write_text("\n".join(lines) + "\n", "utf-8")
    (args.out / "evaluative_words.NOTICE").write_text(NOTICE, "utf-8")
    by_source = defaultdict(int)
    for _, _, source, tier in chosen.values():
        by_source[f"{source}/{tier}"] += 1
    print(f"{len(chosen)} evaluative words ({dict(sorted(by_source.items()))})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
