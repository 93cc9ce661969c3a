"""The framing lexicon as data: words and phrases that label, load, hedge, doubt or editorialise.

Built-in entries live in ``data/framing/lexicon.yaml``; user files (``--framing FILE``) are read
after it and replace entries with the same phrase.  Every entry is validated; problems name the
file and line.

Beside the curated entries, ``data/framing/evaluative_words.tsv`` lists words people rate as
strongly negative or positive (built from public sentiment lexicons by
``tools/build_evaluative_words.py``) and ``data/framing/factual_words.txt`` the words among them
that wire copy uses to report facts. A user file may add to both under ``evaluative_words:``
(``{word, polarity}``) and ``factual_words:`` (plain words).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

from newsift.errors import KnowledgeError
from newsift.yamlio import line_of, read_yaml

CATEGORIES = (
    "labelling", "loaded_language", "doubt", "hedge", "vague_attribution", "editorialising",
    "exaggeration", "minimisation", "appeal_to_fear", "loaded_speech_verb",
)  # fmt: skip
TECHNIQUES = (
    "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Exaggeration,Minimisation", "Doubt",
    "Appeal_to_fear-prejudice", "Flag-Waving", "Causal_Oversimplification", "Slogans", "Appeal_to_Authority",
    "Black-and-White_Fallacy", "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring",
    "Bandwagon,Reductio_ad_hitlerum",
)  # fmt: skip
# The parts of speech a lexicon `pos` accepts: participles load like adjectives ("devastating").
_POS = {"NOUN": {"NOUN", "PROPN"}, "ADJ": {"ADJ", "VERB"}, "VERB": {"VERB", "AUX", "ADJ"}, "ADV": {"ADV", "ADJ"}}
_EVALUATIVE_KEYS = {"word", "polarity"}
_KEYS = {"phrase", "category", "technique", "neutral", "pos", "polarity", "exact", "own_voice", "figurative", "register", "note"}


@dataclass(frozen=True, slots=True)
class FramingEntry:
    phrase: str
    words: tuple[str, ...]  # the phrase as spaCy tokenises it, lowercase
    category: str
    technique: str | None
    neutral: str | None
    pos: str | None = None
    polarity: str = "negative"
    exact: bool = False  # match the words as written, not their lemmas
    # only a cue in the outlet's own unattributed voice: wire copy uses "genocide", "warlord",
    # "baseless" when it reports what someone said, so attributed uses are not the outlet's framing
    own_voice: bool = False
    # only of a political actor's act: "Brussels slapped Hungary with a fine", "the junta gutted
    # the courts" are figures; "troops crushed the rebels", "a gang kidnapped two men" are literal
    figurative: bool = False
    # only in an article whose own voice already loads (see cues.loaded_register): wire copy
    # writes "militants", "gangs", "a few" plainly; an outlet that calls a government a regime
    # and its critics traitors uses them as labels too
    register: bool = False

    def accepts(self, pos: str) -> bool:
        return self.pos is None or pos in _POS[self.pos]


# A word trie over the phrases: word -> (the words that may follow, the entries ending here).
Trie = dict[str, "TrieNode"]


@dataclass(slots=True)
class TrieNode:
    following: Trie = field(default_factory=dict)
    ending: list[FramingEntry] = field(default_factory=list)


@dataclass(slots=True)
class FramingLexicon:
    entries: dict[str, FramingEntry]
    trie: Trie = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    # word -> polarity: loaded in the outlet's own voice unless a curated entry or `factual` decides
    evaluative: dict[str, str] = field(default_factory=dict)
    factual: frozenset[str] = frozenset()
    # evaluative words of the milder tier: cues only where the article's own voice already loads
    register_words: frozenset[str] = frozenset()
    # lemmas of disaster that make a prediction an appeal to fear (doom_words.txt)
    doom: frozenset[str] = frozenset()

    def evaluative_polarity(self, *forms: str) -> str | None:
        """The polarity of the first form that is an evaluative word, or None when any form is
        factual, has a curated entry, or none is listed."""
        if any(form in self.factual or form in self.entries for form in forms):
            return None
        return next((self.evaluative[form] for form in forms if form in self.evaluative), None)

    def in_register_only(self, *forms: str) -> bool:
        """Whether the evaluative word these forms stand for is of the milder tier."""
        return next((form in self.register_words for form in forms if form in self.evaluative), False)


def _trie(entries: Iterable[FramingEntry]) -> Trie:
    root: Trie = {}
    for entry in entries:
        level = root
        for position, word in enumerate(entry.words):
            node = level.setdefault(word, TrieNode())
            if position == len(entry.words) - 1:
                node.ending.append(entry)
            level = node.following
    return root


def _data(name: str = "lexicon.yaml") -> Path:
    return Path(str(resources.files("newsift.data").joinpath("framing", name)))


@lru_cache(maxsize=4)
def load_framing_lexicon(user_files: tuple[str, ...] = ()) -> FramingLexicon:
    """The framing lexicon: the built-in file plus ``user_files`` (later files win)."""
    problems: list[KnowledgeError] = []
    lexicon = _read([_data(), *(Path(path) for path in user_files)], problems)
    if problems:
        raise problems[0]
    return lexicon


def check_framing_files(paths: Sequence[str | Path]) -> list[KnowledgeError]:
    """Every problem in user framing files (empty: all good)."""
    problems: list[KnowledgeError] = []
    present = []
    for path in map(Path, paths):
        if path.is_file():
            present.append(path)
        else:
            problems.append(KnowledgeError(str(path), None, "not found; give the path of a framing lexicon file"))
    _read([_data(), *present], problems)
    return problems


def _read(paths: list[Path], problems: list[KnowledgeError]) -> FramingLexicon:
    tokenizer = _tokenizer()
    entries: dict[str, FramingEntry] = {}
    evaluative, register_words = _evaluative_words(_data("evaluative_words.tsv"), problems)
    factual = set(_word_list(_data("factual_words.txt")))
    doom = set(_word_list(_data("doom_words.txt")))
    for path in paths:
        if not path.is_file():
            raise KnowledgeError(str(path), None, "framing lexicon file not found; check the --framing path")
        try:
            data = read_yaml(path)
        except KnowledgeError as err:
            problems.append(err)
            continue
        items = data.get("entries") if isinstance(data, dict) else None
        if not isinstance(items, list):
            problems.append(KnowledgeError(str(path), 1, "expected a mapping with a list under 'entries:'"))
            continue
        _extra_words(data, path, evaluative, factual, problems)
        _extra_list(data, path, "doom_words", doom, problems)
        seen: dict[str, int | None] = {}  # phrase -> line, within this file
        for index, raw in enumerate(items):
            try:
                entry = _entry(raw, path, index, tokenizer)
            except KnowledgeError as err:
                problems.append(err)
                continue
            if entry.phrase in seen:
                # a later file may override an entry; within one file the second would silently win
                problems.append(KnowledgeError(str(path), line_of(raw), f"entry {entry.phrase!r}: the phrase already has an entry (line {seen[entry.phrase]}); merge the two"))
                continue
            seen[entry.phrase] = line_of(raw)
            entries[entry.phrase] = entry
    return FramingLexicon(entries, _trie(entries.values()), [str(path) for path in paths], evaluative, frozenset(factual), frozenset(register_words), frozenset(doom))


def _evaluative_words(path: Path, problems: list[KnowledgeError]) -> tuple[dict[str, str], set[str]]:
    words, register_words = {}, set()
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[1] not in ("negative", "positive") or len(parts) > 4 and parts[4] not in ("strong", "register"):
            problems.append(KnowledgeError(str(path), number, "expected word<TAB>negative|positive[<TAB>strength<TAB>source<TAB>strong|register]"))
            continue
        word = parts[0].strip().lower()
        words[word] = parts[1]
        if len(parts) > 4 and parts[4] == "register":
            if parts[1] == "positive":
                del words[word]  # mild praise ("calm", "friendship") is what every report says
                continue
            register_words.add(word)
    return words, register_words


def _word_list(path: Path) -> list[str]:
    words = []
    for line in path.read_text("utf-8").splitlines():
        words += line.split("#", 1)[0].lower().split()
    return words


def _extra_list(data: dict, path: Path, key: str, words: set[str], problems: list[KnowledgeError]) -> None:
    """A user file's additions to a plain word list (factual_words, doom_words)."""
    raw = data.get(key) or []
    if isinstance(raw, list) and all(isinstance(word, str) for word in raw):
        words.update(word.strip().lower() for word in raw)
    else:
        problems.append(KnowledgeError(str(path), _key_line(path, key), f"{key}: expected a list of words"))


def _extra_words(data: dict, path: Path, evaluative: dict[str, str], factual: set[str], problems: list[KnowledgeError]) -> None:
    """A user file's additions to the evaluative and factual word lists."""
    _extra_list(data, path, "factual_words", factual, problems)
    raw_evaluative = data.get("evaluative_words") or []
    if not isinstance(raw_evaluative, list):
        problems.append(KnowledgeError(str(path), _key_line(path, "evaluative_words"), "evaluative_words: expected a list of {word, polarity}"))
        return
    for raw in raw_evaluative:
        word = str(raw.get("word") or "").strip().lower() if isinstance(raw, dict) else ""
        if not word or " " in word or set(raw) - _EVALUATIVE_KEYS or raw.get("polarity", "negative") not in ("negative", "positive"):
            problems.append(KnowledgeError(str(path), line_of(raw) or _key_line(path, "evaluative_words"), "evaluative_words: each item needs a single word and polarity negative|positive (no other fields)"))
            continue
        evaluative[word] = raw.get("polarity", "negative")


def _key_line(path: Path, key: str) -> int | None:
    """The line a top-level key starts on (read_yaml keeps lines only for mappings)."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if line.startswith(f"{key}:"):
            return number
    return None


def _entry(raw: Any, path: Path, index: int, tokenizer) -> FramingEntry:
    line = line_of(raw)
    where = f"entry #{index + 1}"
    if not isinstance(raw, dict) or not str(raw.get("phrase") or "").strip():
        raise KnowledgeError(str(path), line, f"{where}: needs a phrase")
    phrase = str(raw["phrase"]).strip().lower()
    where = f"entry {phrase!r}"
    unknown = sorted(str(key) for key in raw if key not in _KEYS)
    if unknown:
        raise KnowledgeError(str(path), line, f"{where}: unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_KEYS))}")
    category = raw.get("category")
    if category not in CATEGORIES:
        raise KnowledgeError(str(path), line, f"{where}: category {category!r} is not one of {', '.join(CATEGORIES)}")
    technique = raw.get("technique")
    if technique is not None and technique not in TECHNIQUES:
        raise KnowledgeError(str(path), line, f"{where}: technique {technique!r} is not a SemEval-2020 Task 11 name ({', '.join(TECHNIQUES)})")
    pos = raw.get("pos")
    if pos is not None and pos not in _POS:
        raise KnowledgeError(str(path), line, f"{where}: pos {pos!r} is not one of {', '.join(_POS)}")
    polarity = raw.get("polarity") or "negative"
    if polarity not in ("negative", "positive"):
        raise KnowledgeError(str(path), line, f"{where}: polarity must be negative or positive")
    neutral = raw.get("neutral")
    words = tuple(token.lower_ for token in tokenizer(phrase) if not token.is_space)
    return FramingEntry(
        phrase, words, category, technique, None if neutral is None else str(neutral), pos, polarity, bool(raw.get("exact")), bool(raw.get("own_voice")),
        bool(raw.get("figurative")), bool(raw.get("register")),
    )


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer
