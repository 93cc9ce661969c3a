"""How the event coder does on the public PLOVER gold-standard records (single sentences).

The Open Event Data Alliance's PLOVER repository ships ``PLOVER_GSR_CAMEO.txt``: 337 records
drawn from the CAMEO manual's examples, each one sentence with its source and target actors and
a PLOVER event type (version 0.5b1 of the ontology). The file is CC BY-SA 4.0, so newsift does
not bundle it: download it from https://github.com/openeventdata/PLOVER and pass its path.

    .venv/bin/python benchmarks/plover_gsr_eval.py --gsr PATH [--misses]

Prints, over the records:

- found: the share whose source (and target, where the record has one) a coded event in the
  sentence matches. Most records spell actors as text only (code "---"), so an actor matches
  when the coded actor's words share a name word with the gold text, or its country code is
  the record's;
- type: the share where the found event has the record's type, and the share where any event
  coded in the sentence has it (PLOVER 0.5 names read as 2.0: FIGHT is ASSAULT, DEMAND is
  REQUEST, DISAPPROVE is ACCUSE, DIPLOMACY is SUPPORT);
- coverage: the share of sentences with any event at all.

The records are ideal human codings ("no known system would be likely to get all of them", says
their readme); some are edited beyond what a sentence says.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsift.model import Article, article_id_for  # noqa: E402
from newsift.nlp import analyze_many  # noqa: E402

# PLOVER 0.5b1 names in the records -> the 2.0 types newsift codes
TYPE_2_0 = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "DIPLOMACY": "SUPPORT"}
# CAMEO's own codes in the records -> ISO 3166 alpha-3
LEGACY_CODES = {"USR": "RUS", "JAP": "JPN", "ROM": "ROU", "UKG": "GBR"}
# words in an actor's text that do not name it
TITLE_WORDS = {
    "president", "prime", "minister", "foreign", "defence", "defense", "secretary", "general", "chief",
    "leader", "spokesman", "official", "officials", "senior", "the", "of", "and", "new", "former", "acting",
    "army", "government", "forces", "troops", "police", "military", "state", "people", "deputy", "head",
}  # fmt: skip


@dataclass
class Record:
    id: str
    text: str
    event: str
    sources: list[dict]
    targets: list[dict]
    mutual: bool


def load_records(path: Path) -> list[Record]:
    """The records of a GSR file: JSON objects with trailing commas and '####' notes."""
    raw = path.read_text("utf-8").strip()
    raw = re.sub(r'(?m)\s+#+[^"\n]*$', "", raw)
    raw = re.sub(r",\s*([}\]])", r"\1", raw)
    items = json.loads("[" + raw.rstrip(",") + "]")
    records, seen = [], set()
    for item in items:
        if item["id"] in seen:
            continue  # the file repeats some records verbatim
        seen.add(item["id"])
        text = item["text"].strip()
        if text.startswith("{") and text.endswith("}"):
            text = text[1:-1].strip()
        markup = (item.get("textInfo") or {}).get("markup", "")
        records.append(Record(
            item["id"], text, TYPE_2_0.get(item["event"], item["event"]),
            _actors(item.get("source")), _actors(item.get("target")), "SRC/TAR:" in markup,
        ))  # fmt: skip
    return records


def _actors(value) -> list[dict]:
    return [actor for actor in value if isinstance(actor, dict)] if isinstance(value, list) else []


def _name_words(text: str | None) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z'.-]+", text or "")
    return {word.lower().strip(".'") for word in words if word[0].isupper() and word.lower() not in TITLE_WORDS}


class Codes:
    """A coded actor's country as the records spell it (IGOs are "IGO")."""

    def __init__(self) -> None:
        import pycountry

        from newsift.actors import get_knowledge_base

        self.kb = get_knowledge_base()
        self.alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}

    def __call__(self, actor: str | None) -> str | None:
        entry = self.kb.get(actor) if actor else None
        if entry is None:
            return actor[:3] if actor and actor[:3].isupper() and actor[:3].isalpha() else None
        if entry.type == "igo":
            return "IGO"
        country = entry.country or ""
        # the KB spells countries in ISO alpha-3 ("FJI"); an alpha-2 spelling is mapped
        return country if len(country) == 3 and country.isupper() else self.alpha3.get(country, None)


def _matches(actor: str | None, text: str | None, gold: list[dict], codes: Codes) -> bool:
    if actor is None:
        return False
    code = codes(actor)
    words = _name_words(text) | _name_words(codes.kb.get(actor).name if codes.kb.get(actor) else None)
    for item in gold:
        wanted = LEGACY_CODES.get(item.get("code", ""), item.get("code", ""))
        if code and wanted and wanted != "---" and code == wanted:
            return True
        if words & _name_words(item.get("actorText")):
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gsr", type=Path, required=True, help="PLOVER_GSR_CAMEO.txt from github.com/openeventdata/PLOVER")
    parser.add_argument("--misses", action="store_true", help="list the records not found or typed wrongly")
    args = parser.parse_args()
    if not args.gsr.is_file():
        sys.exit(f"error: {args.gsr}: no such file; download PLOVER_GSR_CAMEO.txt from https://github.com/openeventdata/PLOVER")
    records = load_records(args.gsr)
    codes = Codes()
    articles = [Article(article_id_for(record.text), None, None, None, None, None, "en", record.text) for record in records]
    found = typed_found = typed_any = covered = 0
    by_type: Counter[str] = Counter()
    found_by_type: Counter[str] = Counter()
    misses = []
    for record, analysis in zip(records, analyze_many(articles)):
        events = analysis.events
        covered += bool(events)
        by_type[record.event] += 1
        parties = record.sources + record.targets
        hits = []
        for event in events:
            if record.mutual:
                ok = _matches(event.source, event.source_text, parties, codes) and (
                    event.target is None or _matches(event.target, event.target_text, parties, codes)
                )
            else:
                ok = _matches(event.source, event.source_text, record.sources, codes) and (
                    not record.targets or _matches(event.target, event.target_text, record.targets, codes)
                )
            if ok:
                hits.append(event)
        if hits:
            found += 1
            found_by_type[record.event] += 1
            typed_found += any(event.plover == record.event for event in hits)
        typed_any += any(event.plover == record.event for event in events)
        if args.misses and (not hits or not any(event.plover == record.event for event in hits)):
            got = "; ".join(f"{e.source}->{e.target} {e.cameo} {e.plover} [{e.trigger.text}]" for e in events) or "nothing"
            gold = f"{[a.get('actorText') for a in record.sources]} -> {[a.get('actorText') for a in record.targets]} {record.event}"
            misses.append(f"{'MISS ' if not hits else 'TYPE '} {record.id}: gold {gold} | got {got}\n      {record.text}")
    total = len(records)
    print(f"records {total} | found {found / total:6.1%} (source and target) | type of found event {typed_found / total:6.1%} | type of any event {typed_any / total:6.1%} | sentences with an event {covered / total:6.1%}")
    print("found by type: " + ", ".join(f"{name} {found_by_type[name]}/{count}" for name, count in sorted(by_type.items())))
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
