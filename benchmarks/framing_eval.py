"""How well framing cues are found on articles the lexicon was not written from.

Reads ``benchmarks/data/framing_heldout.yaml`` (slanted articles with every loaded term in the
outlet's own voice marked by hand, and neutral wire copy) and prints the measures issue 6 sets:

- recall of loaded terms: the share of gold terms an outlet-voice cue overlaps (goal >= 80%),
  and how many of those have the gold category;
- extra cues: outlet-voice cues on slanted articles that overlap no gold term;
- false alarms: outlet-voice cues per 1,000 characters of neutral wire copy (goal <= 1).

    .venv/bin/python benchmarks/framing_eval.py [--gold FILE] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsift.ingest.dateline import find_dateline  # noqa: E402
from newsift.model import Article, article_id_for  # noqa: E402
from newsift.nlp import analyze_many  # noqa: E402


def _articles(items: list[dict]) -> list[Article]:
    found = []
    for item in items:
        day = item.get("date")
        published = dt.date.fromisoformat(str(day)) if day else None
        found.append(Article(article_id_for(item["text"]), None, item.get("outlet_style"), None, published, find_dateline(item["text"], published), "en", item["text"]))
    return found


def _gold_spans(text: str, gold: list[dict]) -> list[tuple[int, int, dict]]:
    spans = []
    for term in gold:
        start = -1
        for _ in range(int(term.get("occurrence", 1))):
            start = text.find(term["text"], start + 1)
        if start >= 0:
            spans.append((start, start + len(term["text"]), term))
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "data" / "framing_heldout.yaml")
    parser.add_argument("--misses", action="store_true", help="list missed gold terms, extra cues and false alarms")
    args = parser.parse_args()
    data = yaml.safe_load(args.gold.read_text("utf-8"))
    notes: list[str] = []

    gold_total = found = same_category = extra = cues_total = 0
    missed_by_category: Counter = Counter()
    loaded = data.get("loaded") or []
    for item, analysis in zip(loaded, analyze_many(_articles(loaded))):
        outlet = [cue for cue in analysis.framing.cues if cue.voice == "outlet"]
        spans = _gold_spans(item["text"], item["gold"])
        gold_total += len(spans)
        cues_total += len(outlet)
        for start, end, term in spans:
            hits = [cue for cue in outlet if cue.start < end and start < cue.end]
            if hits:
                found += 1
                same_category += any(cue.category == term["category"] for cue in hits)
            else:
                missed_by_category[term["category"]] += 1
                notes.append(f"MISS  [{item['outlet_style']}] {term['text']!r} ({term['category']})")
        for cue in outlet:
            if not any(cue.start < end and start < cue.end for start, end, _ in spans):
                extra += 1
                notes.append(f"EXTRA [{item['outlet_style']}] {cue.text!r} ({cue.category})")

    alarms = chars = 0
    neutral = data.get("neutral") or []
    for item, analysis in zip(neutral, analyze_many(_articles(neutral))):
        outlet = [cue for cue in analysis.framing.cues if cue.voice == "outlet"]
        alarms += len(outlet)
        chars += len(item["text"])
        notes += [f"ALARM [{item['outlet_style']}] {cue.text!r} ({cue.category})" for cue in outlet]

    if loaded:
        print(f"slanted articles: {len(loaded)}, gold terms {gold_total}, outlet-voice cues {cues_total}")
        print(f"  recall of loaded terms: {found / max(gold_total, 1):.1%} (goal >= 80%); with the gold category: {same_category / max(found, 1):.1%}")
        print(f"  outlet-voice cues that match no gold term: {extra} ({extra / max(cues_total, 1):.1%} of cues)")
        print(f"  missed by category: {dict(missed_by_category.most_common())}")
    print(f"neutral wire copy: {len(neutral)} articles, {chars:,} characters, {alarms} outlet-voice cues")
    print(f"  false alarms: {1000 * alarms / max(chars, 1):.2f} per 1,000 characters (goal <= 1)")
    if args.misses:
        print("\n".join(notes))


if __name__ == "__main__":
    main()
