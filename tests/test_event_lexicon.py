"""The event lexicon as data: code table, coverage, validation, user files, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from newsift.errors import KnowledgeError
from newsift.events.lexicon import check_event_files, load_event_lexicon
from newsift.yamlio import parse_yaml

from conftest import EXAMPLES, run_newsift

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
CASES = Path(__file__).parent / "data" / "events_cases.yaml"


@pytest.fixture(scope="module")
def lexicon():
    return load_event_lexicon()


def test_code_table_covers_cameo_with_plover_quad_and_goldstein(lexicon):
    roots = {code for code in lexicon.codes if len(code) == 2}
    assert roots == {f"{number:02d}" for number in range(1, 21)}
    assert len(lexicon.codes) > 280
    assert {info.plover for info in lexicon.codes.values()} - {None} == PLOVER_TYPES
    assert all(info.plover is None for code, info in lexicon.codes.items() if code.startswith("01"))  # statements
    # Quad classes by root (docs/conventions.md): 01-05 verbal co-operation, 06-08 material
    # co-operation, 09-13 verbal conflict, 14-20 material conflict.
    for code, info in lexicon.codes.items():
        root = int(code[:2])
        assert info.quad == (1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4), code
        assert -10.0 <= info.goldstein <= 10.0
    assert lexicon.code_info("195").plover == "ASSAULT" and lexicon.code_info("195").mode == "aerial"
    assert lexicon.code_info("044").plover == "CONSULT" and lexicon.code_info("044").mode == "third-party"
    assert lexicon.code_info("154").plover == "MOBILIZE"
    assert lexicon.code_info("0874").name.lower().startswith("retreat")
    assert lexicon.code_info("19999") is None or lexicon.code_info("19999").code == "19"  # falls back to the root


def test_lexicon_is_large_and_reaches_every_root(lexicon):
    assert lexicon.pattern_count >= 1500
    reached = {entry.code[:2] for entry in lexicon.verbs.values() if entry.code}
    reached |= {pattern.code[:2] for entry in lexicon.verbs.values() for pattern in entry.patterns if pattern.code}
    reached |= {entry.code[:2] for entry in lexicon.nouns.values() if entry.code}
    assert reached == {f"{number:02d}" for number in range(1, 21)}
    assert {"airstrike", "talk", "meeting", "visit", "offensive"} <= set(lexicon.nouns)


def test_every_code_in_the_lexicon_is_in_the_table(lexicon):
    for entry in lexicon.verbs.values():
        for code in [entry.code, *(pattern.code for pattern in entry.patterns), *(pattern.passive_code for pattern in entry.patterns)]:
            assert code is None or lexicon.code_info(code) is not None, (entry.lemma, code)


def test_reporting_verbs_are_never_events(lexicon):
    for lemma in ("say", "tell", "report", "announce"):
        entry = lexicon.verbs.get((lemma, None))
        # "told Hamas to release the hostages" is a demand: "tell" codes only with a to-infinitive
        coding = [pattern for pattern in entry.patterns if pattern.code and not (lemma == "tell" and pattern.xcomp)] if entry else []
        assert entry is None or (entry.code is None and not coding)


def test_sentence_table_is_large_and_covers_roots_statuses_and_non_events():
    cases = yaml.safe_load(CASES.read_text("utf-8"))["cases"]
    assert len(cases) >= 150
    roots = {str(item["root"]) for case in cases for item in case["expect"]}
    assert roots == {f"{number:02d}" for number in range(1, 21)}
    statuses = {item["status"] for case in cases for item in case["expect"]}
    assert statuses == {"asserted", "reported", "negated", "denied", "speculative", "planned", "hypothetical"}
    assert sum(1 for case in cases if not case["expect"]) >= 20


def test_yaml_reads_country_codes_and_prepositions_as_text():
    data = parse_yaml("a: NO\nb: on\nc: off\nd: true\ne: yes\n", "inline")
    assert data == {"a": "NO", "b": "on", "c": "off", "d": True, "e": "yes"}


def _user_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "my_events.yaml"
    path.write_text(text, "utf-8")
    return path


def test_bad_entries_are_reported_with_file_and_line(tmp_path):
    path = _user_file(
        tmp_path,
        "verbs:\n"
        "  - {lemma: rebuke, code: \"111\"}\n"
        "  - {lemma: scold, code: \"9999\"}\n"
        "  - lemma: frob\n"
        "    code: \"042\"\n"
        "    patterns:\n"
        "      - {objekt: [thing], code: \"042\"}\n"
        "nouns:\n"
        "  blockade: {code: \"191\", target: dobj}\n",
    )
    problems = [str(problem) for problem in check_event_files([path])]
    assert problems == [
        f"{path}:3: verb 'scold': '9999' is not a CAMEO code (2-4 digits, root 01-20); quote it (\"0231\")",
        f"{path}:7: verb 'frob': unknown field(s) objekt; allowed: before, code, compound, object, particle, passive_code, pobj, prep, subject, target, xcomp",
        f"{path}:9: noun 'blockade': unknown field(s) target; allowed: code, note, patterns, plural_only, reciprocal",
    ]
    with pytest.raises(KnowledgeError, match=r"my_events.yaml:3: verb 'scold'"):
        load_event_lexicon((str(path),))


def test_a_verb_listed_twice_in_one_file_is_an_error_naming_the_second_line(tmp_path):
    # the second entry used to replace the first without a word ("speak", "trade")
    path = _user_file(
        tmp_path,
        "verbs:\n"
        "  - {lemma: rebuke, code: \"111\"}\n"
        "  - {lemma: rebuke, code: \"112\"}\n"
        "  - {lemma: pull, particle: back, code: \"0874\"}\n"
        "  - {lemma: pull, particle: out, code: \"0874\"}\n",
    )
    problems = [str(problem) for problem in check_event_files([path])]
    assert problems == [f"{path}:3: verb 'rebuke' is listed twice in this file; merge the two entries"]


def test_the_shipped_lexicon_lists_no_verb_twice():
    assert check_event_files([]) == []


def test_invalid_yaml_names_the_line(tmp_path):
    path = _user_file(tmp_path, "verbs:\n  - {lemma: rebuke, code: \"111\"\n  - {lemma: x}\n")
    problems = check_event_files([path])
    assert len(problems) == 1 and problems[0].line == 3 and "not valid YAML" in problems[0].message


def test_a_user_file_adds_and_overrides_entries(tmp_path, nlp):
    from newsift.events.coder import find_events

    path = _user_file(
        tmp_path,
        "verbs:\n"
        "  - {lemma: pillory, code: \"111\", target: [dobj]}\n"
        "  - {lemma: strike, code: null}   # this analyst codes strikes only from nouns\n",
    )
    lexicon = load_event_lexicon((str(path),))
    doc = nlp("Germany pilloried Hungary on Monday. Israel struck Lebanon.")
    coded = [(event.source, event.target, event.cameo) for event in find_events(doc, lexicon)]
    assert coded == [("DEU", "HUN", "111")]
    built_in = [(event.source, event.target, event.cameo) for event in find_events(doc, load_event_lexicon())]
    assert ("ISR", "LBN", "190") in built_in and ("DEU", "HUN", "111") not in built_in


def test_cli_analyze_with_events_file(tmp_path):
    path = _user_file(tmp_path, "verbs:\n  - {lemma: pillory, code: \"111\", target: [dobj]}\n")
    article = tmp_path / "a.txt"
    article.write_text("Germany pilloried Hungary over the veto on Monday.\n", "utf-8")
    done = run_newsift("analyze", str(article), "--events", str(path), "--format", "json", "--published", "2025-05-07")
    assert done.returncode == 0, done.stderr.decode()
    events = json.loads(done.stdout)["events"]
    assert [(event["source"], event["target"], event["cameo"], event["plover"], event["date"]["value"]) for event in events] == [
        ("DEU", "HUN", "111", "ACCUSE", "2025-05-05")
    ]


def test_cli_events_check_and_missing_files(tmp_path):
    good = _user_file(tmp_path, "verbs:\n  - {lemma: rebuke, code: \"111\"}\n")
    done = run_newsift("events", "check", str(good))
    assert done.returncode == 0 and b"ok:" in done.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("verbs:\n  - {lemma: scold, code: 9999}\n", "utf-8")
    done = run_newsift("events", "check", str(bad))
    assert done.returncode == 1 and f"{bad}:2: verb 'scold'".encode() in done.stdout
    done = run_newsift("analyze", str(EXAMPLES / "khartoum-drone-strike.txt"), "--events", str(tmp_path / "nope.yaml"))
    assert done.returncode != 0 and b"nope.yaml: not found" in done.stderr and b"Traceback" not in done.stderr


def test_cli_events_lookup():
    done = run_newsift("events", "lookup", "airstrike")
    assert done.returncode == 0 and b"195 Employ aerial weapons" in done.stdout
    done = run_newsift("events", "lookup", "struck")
    assert done.returncode == 1 and b"not in the event lexicon" in done.stdout
