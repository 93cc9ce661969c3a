"""Framing cues: lexicon words and phrases, the actor KB's labels, and scare quotes."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsift.actors.lexicons import plural_of
from newsift.claims import speech_verbs
from newsift.events.arguments import ActorLookup
from newsift.framing.clauses import anonymous_source, everyone, register_clauses, register_sentences
from newsift.framing.context import FramingContext, Voice, in_headline, is_so_called, title_case_line
from newsift.framing.lexicon import FramingEntry, FramingLexicon
from newsift.model import FramingCue
from newsift.syntax import hyphened

_SCARE_QUOTE_WORDS = 4  # a quoted stretch of up to this many words that is not speech
# Verbs that put someone's words in quotation marks besides the speech verbs of claims.
_QUOTING = frozenset({"call", "describe", "chant", "shout", "mourn", "hail", "brand", "dub", "term", "label", "promise", "refer", "scream", "yell"})


def find_cues(doc: Doc, lexicon: FramingLexicon, context: FramingContext | None = None) -> list[FramingCue]:
    """Every framing cue in the article, in text order, with its voice and target."""
    context = context or FramingContext(doc)
    lookup = ActorLookup(doc)
    scare = _scare_quotes(doc, context, lookup)
    context.scare = {(cue.start, cue.end) for cue in scare}
    in_register_names = [cue for cue in scare if cue.source == "register"]
    scare = [cue for cue in scare if cue.source != "register"]
    cues: list[FramingCue] = []
    taken: list[tuple[int, int]] = []
    for cue in _kb_labels(doc, context):
        cues.append(cue)
        taken.append((cue.start, cue.end))
    in_register: list[FramingCue] = [*in_register_names]  # cues only if the article's own voice loads
    register_matches: list[tuple[Span, FramingEntry]] = []
    for span, entry in _lexicon_matches(doc, lexicon):
        if any(start < span.end_char and span.start_char < end for start, end in taken):
            continue
        if entry.register:
            register_matches.append((span, entry))  # judged only if the article loads
            continue
        cue = _lexicon_cue(span, entry, context, lookup)
        if cue is None:
            continue
        if cue.source == "register":
            in_register.append(cue)
            continue
        cues.append(cue)
        taken.append((cue.start, cue.end))
    evaluative = _evaluative_words(doc, lexicon, context)
    vague = _vague_sources(doc, context, lookup)
    in_register += [cue for cue in vague if cue.source == "register"]
    for cue in [*(cue for cue in vague if cue.source != "register"), *scare, *_universal_claims(doc, context), *_rhetorical(doc, context), *evaluative]:
        if any(start < cue.end and cue.start < end for start, end in taken):
            cue = _source_without_verb(doc, cue, taken) if cue.category == "vague_attribution" else None
            if cue is None:
                continue
        cues.append(cue)
        taken.append((cue.start, cue.end))
    if loaded_register(cues, len(doc.text)):
        # the clause rules read the whole parse, so only articles in a loaded register pay for them
        in_register += [cue for cue in (_lexicon_cue(span, entry, context, lookup) for span, entry in register_matches) if cue is not None]
        in_register += _evaluative_words(doc, lexicon, context, register=True)
        # a clause before a word in it; a whole sentence after every word, keeping the rest of its words
        for cue in [*register_clauses(doc, context, lexicon), *in_register, *register_sentences(doc, context)]:
            if any(start < cue.end and cue.start < end for start, end in taken):
                cue = _source_without_verb(doc, cue, taken) if cue.category == "vague_attribution" else _rest_of_clause(doc, cue, taken)
                if cue is None:
                    continue
            cues.append(cue)
            taken.append((cue.start, cue.end))
    return sorted(cues, key=lambda cue: (cue.start, cue.end))


def _source_without_verb(doc: Doc, cue: FramingCue, taken: list[tuple[int, int]]) -> FramingCue | None:
    """A vague source whose verb is already a loaded speech verb ("Even some conservative
    commentators have conceded"): the source's words up to that verb, if they name a group."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return None
    kept: list[Token] = []
    for token in span:
        if _taken(token, taken):
            break
        kept.append(token)
    while kept and (kept[-1].is_punct or kept[-1].pos_ in ("AUX", "PART", "ADV")):
        kept.pop()
    if not kept or kept[-1].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    start, end = kept[0].idx, kept[-1].idx + len(kept[-1])
    return replace(cue, start=start, end=end, text=doc.text[start:end])


def _taken(token: Token, taken: list[tuple[int, int]]) -> bool:
    return any(start < token.idx + len(token) and token.idx < end for start, end in taken)


_CLAUSE_REST_WORDS = 4
_LOOSE_ENDS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON"})


def _rest_of_clause(doc: Doc, cue: FramingCue, taken: list[tuple[int, int]]) -> FramingCue | None:
    """What is left of a clause cue beside the word cues already in it, when that is a stretch of
    several words of its own ("who never miss a chance to cheer on the outposts" beside "annexation
    government"); None for a word cue or a clause mostly taken."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or len(span) < 2 * _CLAUSE_REST_WORDS:
        return None
    best: list[Token] = []
    run: list[Token] = []
    for token in span:
        if _taken(token, taken):
            run = []
            continue
        run.append(token)
        if sum(word.is_alpha for word in run) > sum(word.is_alpha for word in best):
            best = list(run)
    while best and (best[-1].is_punct or best[-1].is_space or best[-1].pos_ in _LOOSE_ENDS):
        best.pop()  # "… with Israel amid" before "relentless": the preposition goes with the word cue's phrase
    while best and (best[0].is_punct or best[0].is_space or best[0].pos_ in ("CCONJ", "ADP")):
        best.pop(0)
    if sum(word.is_alpha for word in best) < _CLAUSE_REST_WORDS:
        return None
    start, end = best[0].idx, best[-1].idx + len(best[-1])
    return replace(cue, start=start, end=end, text=doc.text[start:end])


def _lexicon_cue(span: Span, entry: FramingEntry, context: FramingContext, lookup: ActorLookup) -> FramingCue | None:
    """The cue a lexicon match makes, with source "register" when it counts only where the
    article loads; None when it is no cue here."""
    talk = False
    if entry.category == "loaded_speech_verb" and not _is_speech_cue(span, context):
        if entry.phrase not in _TALK_IN_REGISTER or span.root.pos_ not in ("VERB", "AUX"):
            return None  # "claimed responsibility" is no speech verb; only the verb of reported speech
        talk = True  # "screaming television anchors", "trumpeted the deal": loaded where the article loads
    if context.not_framing(span, judging=entry.category != "labelling") is not None:
        return None
    if entry.figurative and span[0].ent_type_ in _PLACE_OR_BODY and span[0].ent_iob_ == "I":
        return None  # the end of a name ("Gaza Strip"), not the verb
    voice = context.voice(span.start_char, span.end_char)
    # "troops crushed the rebels" is what happened, not a figure, unless the outlet's register makes it one
    register = entry.register or entry.figurative and not (title_case_line(span) or _political_doer(span.root, lookup))
    register = register or talk or entry.category == "vague_attribution" and _wire_sourcing(span)
    if (entry.own_voice or register) and not context.outlets_own(span, voice):
        if not _relayed(span, voice, context):
            return None  # "accused Israel of genocide": the accuser's word, reported
        register = True  # relayed unquoted ("ending months of terror, the command said")
    target = _target(span, lookup) if entry.category in ("labelling", "loaded_language", "doubt") else None
    cue = FramingCue(
        span.start_char, span.end_char, span.text, entry.category, entry.technique, target, _inflected(entry.neutral, span[-1]),
        voice=voice.voice, speaker=voice.speaker, claim=voice.claim, polarity=entry.polarity, source="register" if register else "lexicon",
    )  # fmt: skip
    cue.self_designation = _self_designation(cue, lookup)
    return cue


# An article loads in its own voice when it has at least this many outlet-voice cues, and this
# many per 1,000 characters. Neutral wire copy has 0-3 cues (at most 1.5 per 1,000 characters);
# slanted articles of the benchmark sets have 2.6-27 per 1,000.
_LOADED_CUES = 4
_LOADED_DENSITY = 2.5


def loaded_register(cues: list[FramingCue], characters: int) -> bool:
    """Whether the outlet's own voice loads throughout, so that words wire copy uses plainly
    ("militants", "gangs", "a few") are its framing too."""
    own = sum(1 for cue in cues if cue.voice == "outlet")
    return own >= _LOADED_CUES and own * 1000 >= _LOADED_DENSITY * max(characters, 1)


def _evaluative_words(doc: Doc, lexicon: FramingLexicon, context: FramingContext, register: bool = False) -> list[FramingCue]:
    """Words people rate as strongly negative or positive that no curated entry decides on, in the
    outlet's own unattributed voice: an open-ended net for loaded words the curated lexicon has not
    met ("grotesque", "heroic", "sinister"). Names, quotes, claims and attributed charges are left
    alone, and so is the vocabulary wire copy reports facts with (factual_words.txt)."""
    found = []
    for token in doc:
        if not token.is_alpha or token.ent_type_:
            continue
        if token.pos_ not in _EVALUATIVE_POS and token.pos_ != "PROPN":
            continue
        forms: tuple[str, ...] = (token.lower_, token.lemma_.lower())
        polarity = lexicon.evaluative_polarity(*forms)
        if polarity is None and not any(form in lexicon.evaluative for form in forms):
            forms = _american(*forms)
            polarity = lexicon.evaluative_polarity(*forms)
        if polarity is None or token.pos_ == "PROPN" and not title_case_line(doc[token.i : token.i + 1]):
            continue  # a proper noun only in a title-case headline, which tags every word so ("Demoralised Troops Flee")
        if lexicon.in_register_only(*forms) and not register:
            continue  # the milder tier: judged only if the article loads
        span = doc[token.i : token.i + 1]
        voice = context.voice(span.start_char, span.end_char)
        own = context.outlets_own(span, voice)
        source = "evaluative" if own and not lexicon.in_register_only(*forms) else "register"
        if (source == "register") != register or not (own or _relayed(span, voice, context)) or context.not_framing(span, judging=True, net=True) is not None:
            continue
        found.append(FramingCue(span.start_char, span.end_char, span.text, "loaded_language", "Loaded_Language", None, None, voice="outlet", polarity=polarity, source=source))
    return found


def _wire_sourcing(span: Span) -> bool:
    """Sources the outlet describes ("two security sources said", "diplomatic sources say"), or a
    headline's "sources say" for the sources its body describes: wire copy's anonymous sourcing,
    not vague attribution, unless the article loads."""
    if in_headline(span):
        return True
    return any(child.dep_ in ("amod", "compound", "nummod") and child.lower_ not in _QUANTIFYING for child in span[0].children)


_QUANTIFYING = frozenset({"many", "some", "several", "few", "various", "numerous", "other", "unnamed", "unidentified", "anonymous"})


def _american(*forms: str) -> tuple[str, ...]:
    """The forms with their American spellings after them: the sentiment lexicons the evaluative
    words come from are American ("demoralised" is rated as "demoralized")."""
    spelled = []
    for form in forms:
        american = _OUR.sub(r"or\1", _ISE.sub(r"\1z\2", form))
        if american != form and len(form) > 5:
            spelled.append(american)
    return (*forms, *spelled)


_ISE = re.compile(r"([iy])s(e|ed|es|ing|ation|ations)$")  # demoralised, analysing, organisation
_OUR = re.compile(r"our(ed|ing|s|able|ably)?$")  # honour, coloured


def _relayed(span: Span, voice: Voice, context: FramingContext) -> bool:
    """Words of a reported claim the outlet passes on without quotation marks and not as someone's
    charge ("ending months of terror, the command said"): the outlet's choice of word where its
    own voice loads, though wire copy relays officials' words the same way."""
    return voice.voice == "outlet" and context.in_quotes(span.start_char, span.end_char) is None and not context.attributed(span, saying=False)


_PLACE_OR_BODY = frozenset({"GPE", "LOC", "FAC", "ORG"})
_EVALUATIVE_POS = frozenset({"ADJ", "ADV", "NOUN", "VERB"})


def _vague_sources(doc: Doc, context: FramingContext, lookup: ActorLookup) -> list[FramingCue]:
    """Unnamed groups given as the source of a view, however worded: "many observers in
    Belgrade describe", "Western analysts warn", "some argue".  Officials, diplomats and
    "people familiar with the matter" are wire copy's anonymous sources, not vague ones; so are
    groups named by their field ("security analysts said"), except where the article loads, as
    are unnamed insiders and locals (clauses.anonymous_source)."""
    found = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj":
                continue
            if verb.lemma_.lower() in _ATTRIBUTING and _vague_group(subject) and (lookup.at(subject) is None or _quantified_people(subject)):
                # "security analysts said", "legal scholars said": wire copy's sources by their field
                source = "register" if _by_field(subject) else "lexicon"
            elif anonymous_source(subject, verb):
                source = "register"
            else:
                continue
            first = subject.left_edge
            if verb.i - first.i > 8 or verb.i < subject.i:
                first = subject
            span = doc[first.i : verb.i + 1] if verb.i > subject.i else doc[subject.i : subject.i + 1]
            voice = context.voice(span.start_char, span.end_char)
            if source == "register" and not _relayed(span, voice, context):
                continue
            found.append(FramingCue(span.start_char, span.end_char, span.text, "vague_attribution", None, None, None, voice=voice.voice, speaker=voice.speaker, claim=voice.claim, source=source))
    return found


def _by_field(subject: Token) -> bool:
    return any(child.dep_ == "compound" and child.pos_ == "NOUN" or child.dep_ == "amod" and child.lemma_.lower() in _FIELDS for child in subject.children)


_FIELDS = frozenset({
    "legal", "security", "military", "political", "economic", "financial", "energy", "defence", "defense", "regional",
    "independent", "constitutional", "electoral", "medical", "health", "climate", "market", "diplomatic", "humanitarian",
})  # fmt: skip


def _universal_claims(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """What everyone knows and nobody believes: a whole population's mind asserted by the outlet
    ("Nobody in the enclaves believes a word of it", "the whole world knows"). "No one was hurt"
    is a fact, not a mind, so only verbs of knowing and believing count."""
    found = []
    for verb in doc:
        if verb.lemma_.lower() not in _KNOWING or verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj" or not everyone(subject):
                continue
            span = doc[subject.left_edge.i : verb.i + 1]
            voice = context.voice(span.start_char, span.end_char)
            if voice.voice == "outlet" and voice.claim is None and verb.i - subject.left_edge.i <= 8:
                found.append(FramingCue(span.start_char, span.end_char, span.text, "exaggeration", "Exaggeration,Minimisation", None, None, voice="outlet", source="rule"))
    return found


_KNOWING = frozenset({"agree", "know", "believe", "understand", "see", "doubt", "trust", "buy", "want", "care", "forget", "remember", "realize", "realise"})


def _rhetorical(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """Questions and exclamations in the outlet's own voice: wire copy asks none."""
    found = []
    for sentence in context.sentences:
        last = sentence[-1]
        while last.i > sentence.start and (last.is_space or last.text in ('"', "”", "’", "'", ")")):
            last = doc[last.i - 1]
        if last.text not in ("?", "!"):
            continue
        words = [token for token in sentence if not token.is_space]
        if len(words) < 3:
            continue
        span = doc[words[0].i : last.i + 1]
        voice = context.voice(span.start_char, span.end_char)
        if voice.voice != "outlet" or voice.claim is not None or context.in_quotes(last.idx, last.idx + 1):
            continue
        found.append(FramingCue(span.start_char, span.end_char, span.text, "editorialising", None, None, None, voice="outlet", source="rule"))
    return found


def _quantified_people(subject: Token) -> bool:
    return subject.tag_ in ("NNS", "NNPS") and subject.ent_type_ == "NORP" and any(child.lower_ in _MANY for child in subject.subtree)


def _vague_group(subject: Token) -> bool:
    lemma = subject.lemma_.lower()
    children = list(subject.children)
    if any(child.pos_ == "PROPN" and child.dep_ in ("compound", "appos") or child.dep_ in ("appos", "acl", "relcl") for child in children):
        return False  # "Eurasia Group analysts", "people familiar with the matter", "experts who …"
    if any(child.dep_ == "prep" and child.lower_ in ("at", "from", "with", "of") and any(object_.pos_ == "PROPN" for object_ in child.children) for child in children):
        return False  # "analysts at Capital Economics"; "observers in Belgrade" stay vague
    if subject.lower_ in ("many", "some", "others", "few"):
        return True
    if lemma == "people":
        return any(child.lower_ in ("many", "some", "most") for child in children)
    if _quantified_people(subject):
        return True  # "many Germans have had enough", "most Israelis understand"
    return lemma in _VAGUE_GROUPS and subject.tag_ == "NNS"


_MANY = frozenset({"many", "most", "millions", "thousands", "countless", "all", "ordinary"})
_VAGUE_GROUPS = frozenset({
    "observer", "analyst", "expert", "critic", "commentator", "pundit", "insider", "watcher", "sceptic", "skeptic",
    "voice", "circle", "onlooker", "specialist", "historian", "economist", "scholar", "netizen", "sociologist",
    "psychologist", "pollster", "strategist",
})  # fmt: skip
_ATTRIBUTING = frozenset({
    "say", "believe", "note", "warn", "argue", "agree", "describe", "fear", "suggest", "insist", "contend", "think",
    "feel", "point", "predict", "expect", "worry", "caution", "concede", "speculate", "question", "wonder", "charge",
    "maintain", "observe", "remark", "see", "consider", "estimate", "claim", "stress", "acknowledge",
    "understand", "know", "have", "admit", "whisper", "hint", "indicate", "reveal", "suspect", "confide",
    "call", "label", "brand", "dub", "speak", "doubt",  # "Critics call it a power grab", "Some even speak of", "Many in Bnei Brak doubt"
})  # fmt: skip


def _lexicon_matches(doc: Doc, lexicon: FramingLexicon) -> list[tuple[Span, FramingEntry]]:
    """Longest matches first, left to right, never overlapping."""
    forms = [_forms(token) for token in doc]
    found: list[tuple[Span, FramingEntry]] = []
    index, total = 0, len(doc)
    while index < total:
        best: tuple[int, FramingEntry] | None = None
        stack = [(lexicon.trie, index)]
        while stack:
            level, position = stack.pop()
            if position >= total:
                continue
            for form in forms[position]:
                node = level.get(form)
                if node is None:
                    continue
                length = position + 1 - index
                if best is None or length > best[0]:
                    for entry in node.ending:
                        if _matches(doc, index, entry) and _pos_fits(entry, doc[index : position + 1]):
                            best = (length, entry)
                            break
                if node.following:
                    stack.append((node.following, position + 1))
        if best is None:
            derived = _adverb_of_entry(doc[index], lexicon)
            if derived is not None:
                best = (1, derived)
        if best is None:
            index += 1
        else:
            found.append((doc[index : index + best[0]], best[1]))
            index += best[0]
    return _split_particle_verbs(doc, lexicon, found)


_PARTICLES = frozenset({"aside", "off", "away", "down", "up", "out", "over", "back", "through"})  # "aside" is often tagged an adverb


def _split_particle_verbs(doc: Doc, lexicon: FramingLexicon, found: list[tuple[Span, FramingEntry]]) -> list[tuple[Span, FramingEntry]]:
    """A phrasal verb with its object between verb and particle ("brushed those warnings aside",
    "shrugged the report off") matches its entry ("brush aside") over the whole stretch."""
    added = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        for particle in verb.children:
            if not (particle.dep_ == "prt" or particle.dep_ == "advmod" and particle.lower_ in _PARTICLES) or not 1 < particle.i - verb.i <= 5:
                continue
            node = lexicon.trie.get(verb.lemma_.lower())
            following = node.following.get(particle.lower_) if node is not None and node.following else None
            entry = next((item for item in following.ending if len(item.words) == 2), None) if following is not None else None
            if entry is None or any(span.start <= particle.i and verb.i < span.end for span, _ in found):
                continue
            added.append((doc[verb.i : particle.i + 1], entry))
    return sorted([*found, *added], key=lambda match: match[0].start) if added else found


def _adverb_of_entry(token: Token, lexicon: FramingLexicon) -> FramingEntry | None:
    """The adverb of a loaded adjective is loaded too ("brutally", "shamelessly", "cynically"):
    the entry as an adverb, to be dropped in the neutral view."""
    word = token.lower_
    if token.pos_ != "ADV" or not word.endswith("ly") or len(word) < 6:
        return None
    stems = [word[:-2]]  # brutal-ly
    if word.endswith("ily"):
        stems.append(word[:-3] + "y")  # angri-ly
    if word.endswith("ically"):
        stems.append(word[:-4])  # tragic-ally
    if word.endswith(("ably", "ibly")):
        stems.append(word[:-1] + "e")  # deplorabl-y
    for stem in stems:
        node = lexicon.trie.get(stem)
        entry = next((item for item in node.ending if len(item.words) == 1 and not item.exact), None) if node else None
        if entry is not None and entry.category in _ADVERB_CATEGORIES and entry.pos in (None, "ADJ"):
            return _as_adverb(entry)
    return None


_ADVERB_CATEGORIES = frozenset({"loaded_language", "editorialising", "exaggeration", "labelling"})


@lru_cache(maxsize=4096)
def _as_adverb(entry: FramingEntry) -> FramingEntry:
    return replace(entry, neutral="", pos="ADV")


def _forms(token: Token) -> tuple[str, ...]:
    """The words a token may stand for in a phrase: as written, its lemma, a headline plural's singular."""
    lower = token.lower_
    lemma = token.lemma_.lower()
    singular = _singular(token)
    if lemma == lower:
        return (lower,) if singular == lower else (lower, singular)
    return (lower, lemma) if singular in (lower, lemma) else (lower, lemma, singular)


def _political_doer(verb: Token, lookup: ActorLookup) -> bool:
    """Whether a state, government, institution, party or politician does what the verb says
    (the subject; for a passive, the "by" agent), so a physical verb is a figure of speech."""
    doers = [child for child in verb.children if child.dep_ == "nsubj"]
    doers += [grandchild for child in verb.children if child.dep_ == "agent" for grandchild in child.children if grandchild.dep_ == "pobj"]
    if not doers and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        doers = [child for child in verb.head.children if child.dep_ == "nsubj"]
    for doer in doers:
        actor = lookup.resolve(doer)
        if actor is not None and lookup.types.get(actor) in _POLITICAL_TYPES or doer.lemma_.lower() in _INSTITUTION_WORDS:
            return True
    return False


_POLITICAL_TYPES = frozenset({"state", "government", "intelligence", "legislature", "judiciary", "party", "igo", "ngo", "media", "person"})
_INSTITUTION_WORDS = frozenset({
    "government", "administration", "court", "parliament", "commission", "ministry", "law", "bill", "ruling",
    "decision", "policy", "regime", "authority", "bank", "union", "bloc", "leadership", "cabinet", "agency",
    "agent", "official", "minister", "president", "lawmaker", "prosecutor",
})  # fmt: skip


def _target(span: Span, lookup: ActorLookup) -> str | None:
    """The actor a label or loaded word is attached to: the noun phrase it is part of, or the
    actor that phrase stands beside ("HTS, an extremist group") or describes ("X is a …")."""
    token = span.root
    if token.dep_ in ("amod", "compound", "advmod") and token.head.i != token.i:
        token = token.head
    found = lookup.resolve(token)
    if found is None and token.dep_ == "appos":
        found = lookup.resolve(token.head)
    if found is None and token.dep_ in ("attr", "acomp"):
        found = next((lookup.resolve(child) for child in token.head.children if child.dep_ == "nsubj"), None)
    return found


def _inflected(neutral: str | None, last: Token) -> str | None:
    """The neutral alternative in the cue's form: "goons" -> "members", "slaughtered" -> "killed"."""
    if not neutral or " " in neutral.strip() and last.tag_ not in ("NNS", "NNPS"):
        return neutral
    if last.tag_ in ("NNS", "NNPS") and not neutral.endswith("s"):
        return plural_of(neutral)
    head, _, word = neutral.rpartition(" ")
    if word in _PAST.values() or word.endswith(("ed", "ing")):
        return neutral  # already inflected ("said")
    if last.tag_ in ("VBD", "VBN"):
        word = _PAST.get(word) or (word + "d" if word.endswith("e") else word[:-1] + "ied" if word.endswith("y") else word + "ed")
    elif last.tag_ == "VBG":
        word = (word[:-1] if word.endswith("e") and not word.endswith("ee") else word) + "ing"
    elif last.tag_ == "VBZ":
        word = word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")
    else:
        return neutral
    return f"{head} {word}" if head else word


_PAST = {"say": "said", "tell": "told", "hit": "hit", "drive": "drove", "take": "took", "fight": "fought", "make": "made", "run": "ran"}


def _matches(doc: Doc, start: int, entry: FramingEntry) -> bool:
    for offset, word in enumerate(entry.words):
        token = doc[start + offset]
        if token.lower_ != word and (entry.exact or (token.lemma_.lower() != word and _singular(token) != word)):
            return False
    return True


def _singular(token: Token) -> str:
    """The model leaves capitalised plurals as they are ("Banderites" as a proper noun), and
    headline verbs too ("India Smashes …")."""
    word = token.lower_
    if token.pos_ != "PROPN" or not word.endswith("s") or word.endswith("ss"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("shes", "ches", "xes", "sses", "zes")):
        return word[:-2]
    return word[:-1]


def _pos_fits(entry: FramingEntry, span: Span) -> bool:
    last = span[-1]
    if entry.accepts(last.pos_):
        return True
    # title-case headlines: the tagger calls every capitalised word a proper noun
    if last.pos_ == "PROPN" and last.text[:1].isupper() and title_case_line(span):
        return True
    # a headline's present-tense verb is often tagged a plural noun ("… 'total peace' fantasy crumbles")
    return entry.pos == "VERB" and last.tag_ == "NNS" and in_headline(span)


def _is_speech_cue(span: Span, context: FramingContext) -> bool:
    if any(claim.cue_span is not None and claim.cue_span.start <= span.start_char < claim.cue_span.end for claim in context.claims):
        return True
    return _reports_speech(span.root)


def _reports_speech(verb: Token) -> bool:
    """A speech verb the claims did not turn into a claim, still used of someone's words: "who
    insisted last week that …", "claimed to have killed scores", "boasted of his role".  Not
    "claimed responsibility" or "claimed the lives of": a direct object is no speech."""
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _NAMING and any(token.dep_ in ("oprd", "appos", "xcomp") for child in verb.children for token in (child, *child.children)):
        return True  # "branded the plans 'economic suicide'": the name someone gave, reported
    if verb.pos_ not in ("VERB", "AUX") or any(child.dep_ in ("dobj", "attr") for child in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "ccomp":
            return True
        if child.dep_ == "xcomp" and any(grandchild.lower_ == "have" and grandchild.dep_ == "aux" for grandchild in child.children):
            return True  # "claimed to have killed": a claim about the past, not an intent
        if child.dep_ == "prep" and child.lower_ in ("of", "about") and verb.lemma_.lower() in _BOASTING:
            return True
    return verb.lemma_.lower() in _DISPARAGED_TALK  # "took to the airwaves to rant about", "lackeys shriek"


_BOASTING = frozenset({"boast", "brag", "gloat", "crow", "trumpet"})
_NAMING = frozenset({"brand", "dub"})
# Ways of speaking whose other senses are rare: outside reported speech ("trumpeted the deal",
# "screaming television anchors") they load only where the article's own voice already does
# (people in danger scream; "claimed responsibility", "rage" and "snap" are not here).
_TALK_IN_REGISTER = frozenset({
    "trumpet", "tout", "gloat", "boast", "brag", "rant", "harp on", "bluster", "harangue", "preach", "whine", "whinge",
    "moan", "grumble", "scoff", "sneer", "hit out", "lash out", "bark", "growl", "snarl", "hiss", "bellow", "shriek",
    "scream", "howl", "gush", "rave", "bemoan", "lament", "proclaim", "thunder", "crow", "mumble", "mutter",
})  # fmt: skip
# Ways of speaking that are never neutral, so the verb loads however it is built ("lackeys shriek").
# Not "scream" or "howl": people in danger scream and wind howls.
_DISPARAGED_TALK = frozenset({"rant", "shriek", "screech", "whine", "whinge", "bleat", "harangue", "bluster", "fulminate", "blather", "babble", "sneer"})


def _kb_labels(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """Mentions the actor KB knows as labels ("the Zionist regime" for Israel)."""
    cues = []
    for actor in doc._.get("newsift_actors") or []:
        for mention in actor.mentions:
            if mention.kind != "label":
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or context.mentioned(span) or context.negated(span.root):
                continue
            voice = context.voice(mention.start, mention.end)
            modifier = span.root.dep_ in ("amod", "compound", "nmod") or span.root.pos_ == "ADJ"
            neutral = actor.demonym if modifier and actor.demonym else actor.known_as or actor.name
            cue = FramingCue(
                mention.start, mention.end, mention.text, "labelling", "Name_Calling,Labeling", actor.id, neutral,
                voice=voice.voice, speaker=voice.speaker, claim=voice.claim, source="kb_label",
            )  # fmt: skip
            cue.self_designation = voice.voice == "quoted" and voice.speaker == actor.id
            cues.append(cue)
    return cues


def _self_designation(cue: FramingCue, lookup: ActorLookup) -> bool:
    """A label in the labelled actor's own quoted words ("we, the resistance, …")."""
    if cue.voice != "quoted" or cue.target is None or cue.speaker is None:
        return False
    return cue.speaker == cue.target or lookup.affiliations.get(cue.speaker) == cue.target


def _scare_quotes(doc: Doc, context: FramingContext, lookup: ActorLookup) -> list[FramingCue]:
    """Quotation marks around a word or short phrase that nobody is quoted as saying:
    Russia's 'referendums', the 'peace' plan.  Quoted words someone said are that speaker's."""
    cues = []
    for quote in context.quotes:
        words = quote.text.split()
        if not 1 <= len(words) <= _SCARE_QUOTE_WORDS or any(claim.content.start <= quote.start and quote.end <= claim.content.end for claim in context.claims if claim.kind == "direct"):
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or context.mentioned(span):
            continue
        titled = _is_title(span) and not _after_so_called(span)
        if titled and (_names_a_work(span) or _nickname(span)):
            continue  # the film 'Gaza Fights for Freedom', Ismael "El Mayo" Zambada
        reported = [
            claim for claim in context.claims
            if claim.content.start <= quote.start and quote.end <= claim.content.end and claim.cue_span is not None and claim.cue_span.start < quote.start
        ]  # fmt: skip
        if reported:  # "said they had targeted a ship belonging to the 'Zionist enemy'": their words
            context.quote_speakers[(quote.start, quote.end)] = min(reported, key=lambda claim: claim.content.end - claim.content.start).speaker
            continue
        speaker = _speaker_of_quote(span)
        if speaker is not None:
            context.quote_speakers[(quote.start, quote.end)] = _speaker_actor(speaker, lookup)
            continue
        # a quoted name ("Gen Z" demos, NATO's "Baltic Sentry"): cited plainly in wire copy, held at a distance where the article loads
        cues.append(FramingCue(quote.start, quote.end, quote.text, "doubt", "Doubt", None, quote.text, source="register" if titled else "scare_quote"))
    return cues


def _speaker_of_quote(span: Span) -> Token | None:
    """The speech verb whose words a short quotation gives, if any: the quotation is a clause
    (""Hamas are barbarians," a protester shouted"), or a speech verb just before it or above
    it in the parse introduces it ("chanted 'Death to the occupiers'", "said the vote would be
    'free and fair'", "calls the facilities 'vocational centres'")."""
    doc = span.doc
    verbs = _speech_verbs()
    for token in doc[max(span.sent.start, span.start - 4) : span.start]:
        if token.lemma_.lower() in verbs and not is_so_called(token) and not (token.i >= 2 and hyphened(doc[token.i - 2], token)):  # "self-proclaimed"
            return token
    node = span.root
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in verbs and node.i < span.start and not is_so_called(node):
            return node
    if any(token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound") for token in span):
        return next((token for token in span.sent if token.lemma_.lower() in verbs), span.root)
    return None


def _speaker_actor(verb: Token, lookup: ActorLookup) -> str | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return lookup.resolve(child)
    return None


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return speech_verbs() | _QUOTING


def _after_so_called(span: Span) -> bool:
    """"a so-called 'Revolutionary Court'": the name is put in doubt, not merely cited."""
    before = [token for token in span.doc[max(0, span.start - 3) : span.start] if not token.is_punct or token.text == "-"]
    return bool(before) and is_so_called(before[-1])


def _nickname(span: Span) -> bool:
    """A quoted name between a person's first name and surname: Joaquín "El Chapo" Guzmán."""
    doc = span.doc
    before = next((token for token in reversed(doc[max(0, span.start - 2) : span.start]) if not token.is_punct), None)
    after = next((token for token in doc[span.end : span.end + 2] if not token.is_punct), None)
    return before is not None and after is not None and before.pos_ == "PROPN" and after.pos_ == "PROPN"


def _names_a_work(span: Span) -> bool:
    """A quoted title after the word for the work it names, or a title of three or more words."""
    words = [token for token in span if token.is_alpha]
    before = [token for token in span.doc[max(0, span.start - 3) : span.start] if token.is_alpha]
    return len(words) >= 3 or any(token.lemma_.lower() in _WORKS for token in before)


_WORKS = frozenset({
    "film", "movie", "book", "novel", "song", "album", "documentary", "report", "study", "paper", "programme", "program",
    "show", "series", "play", "poem", "article", "column", "podcast", "episode", "exhibition", "title", "entitle",
    "name", "dub", "call", "slogan", "banner", "motto", "hashtag", "headline", "magazine", "newspaper", "channel",
})  # fmt: skip


def _is_title(span: Span) -> bool:
    """A quoted title or name ("the film 'Gaza Fights for Freedom'"): mostly capitalised words."""
    words = [token for token in span if token.is_alpha]
    return len(words) >= 2 and all(token.text[:1].isupper() for token in words)
