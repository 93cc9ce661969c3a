"""How well the event coder does on text it was not tuned on.

Reads a gold file (default ``benchmarks/data/events_heldout.yaml``: single sentences and short
articles written independently of the coder, with the events a human coder lists) and prints
the measures issue 5 sets:

- found: the share of gold events matched by a coded event with the same source and target
  whose trigger is in the same sentence (recall), and the share of coded events that match
  a gold event (precision);
- status: the share of found events whose status is right;
- type: the share of found events with the right PLOVER type (CAMEO root for statements,
  which PLOVER does not code), and with the right CAMEO root.

    .venv/bin/python benchmarks/events_eval.py [--gold FILE] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsift.ingest.dateline import find_dateline  # noqa: E402
from newsift.model import Article, article_id_for  # noqa: E402
from newsift.nlp import analyze_many  # noqa: E402


@dataclass
class Tally:
    gold: int = 0
    coded: int = 0
    found: int = 0
    coded_matched: int = 0
    status_right: int = 0
    type_right: int = 0
    table_type_right: int = 0
    root_right: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        for name in ("gold", "coded", "found", "coded_matched", "status_right", "type_right", "table_type_right", "root_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses


def _occurrences(text: str, trigger: str | None) -> list[int]:
    """Where the gold trigger's words occur in the text."""
    words = str(trigger or "").strip()
    found, start = [], text.find(words) if words else -1
    while start >= 0:
        found.append(start)
        start = text.find(words, start + 1)
    return found


def _in_sentence(event, places: list[int]) -> bool:
    """Whether one of the event's mentions is in a sentence holding the gold trigger."""
    return not places or any(item.sentence.start <= place < item.sentence.end for item in event.evidence for place in places)


def _type(code: str | None, plover: str | None) -> str:
    return plover or f"root {str(code)[:2]}"


def _table_plover(code) -> str | None:
    """The PLOVER type of the gold CAMEO code by the OEDA CAMEO-to-PLOVER table (cameo.yaml):
    annotators write PLOVER types by their own rule of thumb ("08 is CONCEDE", "192 is ASSAULT")
    where the table says RETREAT for 0871 and COERCE for 163 and 192."""
    from newsift.events import get_event_lexicon

    info = get_event_lexicon().code_info(str(code)) if code else None
    return info.plover if info is not None else None


class Ids:
    """Gold actor ids as newsift spells them: a gold file may write "unrwa" or "wagner" where the
    KB says IGOUNORWA or wagner-group; any id the KB does not know is looked up as a name."""

    def __init__(self, lenient: bool) -> None:
        from newsift.actors import get_knowledge_base
        from newsift.actors.normalize import name_key

        self.kb = get_knowledge_base()
        self.key = name_key
        self.lenient = lenient
        self.cache: dict[str, str | None] = {}

    def __call__(self, actor: str | None) -> str | None:
        if actor is None:
            return None
        if actor not in self.cache:
            found = actor
            if self.kb.get(actor) is None:
                entries = self.kb.names.get(self.key(actor.replace("-", " ")), [])
                ids = {entry.actor for entry in entries}
                found = ids.pop() if len(ids) == 1 else actor
            self.cache[actor] = found
        return self.loose(self.cache[actor])

    def forms(self, actor: str | None) -> set[str | None]:
        """The ways a coded actor may be spelled in a gold file: its id, and its CAMEO code
        ("china-coast-guard" is CHNCOP)."""
        entry = self.kb.get(actor) if actor else None
        return {self.loose(actor)} | ({self.loose(entry.cameo)} if entry is not None and entry.cameo else set())

    def loose(self, actor: str | None) -> str | None:
        """With --lenient, a country's sectors count as the country (IRNGOV, IRNMIL -> IRN). An
        actor the KB does not know is spelled "x-" and its name ("x-evan-gershkovich"); a gold file
        spells such a person by name alone."""
        if actor and actor.startswith("x-"):
            actor = actor[2:]
        if self.lenient and actor and len(actor) == 6 and actor.isupper() and actor[:3].isalpha():
            return actor[:3]
        return actor


def score(text: str, expected: list[dict], analysis, label: str, ids: Ids) -> Tally:
    tally = Tally(gold=len(expected), coded=len(analysis.events))
    used: set[int] = set()
    for gold in expected:
        places = _occurrences(text, gold.get("trigger"))
        candidates = [
            (index, event) for index, event in enumerate(analysis.events)
            if ids(gold.get("source")) in ids.forms(event.source) and ids(gold.get("target")) in ids.forms(event.target) and _in_sentence(event, places)
        ]  # fmt: skip
        if not candidates:
            tally.misses.append(f"MISS  {label}: {gold.get('source')} -> {gold.get('target')} {gold.get('code')} {gold.get('status')} ({gold.get('trigger')})")
            continue
        # Prefer an unused candidate with the same root, then the same type.
        candidates.sort(key=lambda pair: (pair[0] in used, pair[1].cameo[:2] != str(gold.get("code"))[:2], pair[1].plover != gold.get("plover")))
        index, event = candidates[0]
        used.add(index)
        tally.found += 1
        tally.status_right += event.status == gold.get("status")
        tally.type_right += _type(event.cameo, event.plover) == _type(gold.get("code"), gold.get("plover"))
        tally.table_type_right += _type(event.cameo, event.plover) == _type(gold.get("code"), _table_plover(gold.get("code")))
        tally.root_right += event.cameo[:2] == str(gold.get("code"))[:2]
        if event.status != gold.get("status") or event.cameo[:2] != str(gold.get("code"))[:2]:
            tally.misses.append(
                f"WRONG {label}: {event.source} -> {event.target} got {event.cameo} {event.status}, gold {gold.get('code')} {gold.get('status')} ({gold.get('trigger')})"
            )
    tally.coded_matched = len(used)
    for index, event in enumerate(analysis.events):
        if index not in used:
            tally.misses.append(f"EXTRA {label}: {event.source} -> {event.target} {event.cameo} {event.status} ({event.trigger.text})")
    return tally


def _articles(items: list[dict]) -> list[Article]:
    articles = []
    for item in items:
        day = item.get("date")
        published = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)) if day else None
        text = item["text"]
        # the dateline as `newsift analyze` finds it
        articles.append(Article(article_id_for(text), None, None, None, published, find_dateline(text, published), "en", text))
    return articles


def _report(name: str, tally: Tally) -> None:
    def share(part: int, whole: int) -> str:
        return f"{part / whole:6.1%}" if whole else "   n/a"

    print(
        f"{name:>10}: gold {tally.gold:4d}, coded {tally.coded:4d} | found {share(tally.found, tally.gold)} (goal >= 70%)"
        f" | precision {share(tally.coded_matched, tally.coded)} | status {share(tally.status_right, tally.found)} (goal >= 80%)"
        f" | type {share(tally.type_right, tally.found)} (goal >= 70%; {share(tally.table_type_right, tally.found).strip()} by the OEDA table)"
        f" | root {share(tally.root_right, tally.found)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "data" / "events_heldout.yaml")
    parser.add_argument("--misses", action="store_true", help="list every miss, wrong and extra event")
    parser.add_argument("--lenient", action="store_true", help="count a country's sectors (IRNGOV, IRNMIL) as the country")
    args = parser.parse_args()
    data = yaml.safe_load(args.gold.read_text("utf-8"))
    ids = Ids(args.lenient)
    total = Tally()
    for part in ("sentences", "articles"):
        items = data.get(part) or []
        tally = Tally()
        for number, (item, analysis) in enumerate(zip(items, analyze_many(_articles(items))), start=1):
            tally.add(score(item["text"], item.get("expect") or [], analysis, f"{part[:-1]} {number}", ids))
        _report(part, tally)
        total.add(tally)
    _report("all", total)
    if args.misses:
        print("\n".join(total.misses))


if __name__ == "__main__":
    main()
