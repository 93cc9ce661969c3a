"""Whole clauses that frame, read only where the article's own voice already loads.

Wire copy predicts, prescribes and cites anonymous sources plainly ("the talks could collapse,
diplomats said"; "candidates must register by Friday"). An outlet that already labels and loads
in its own voice uses the same moves to frame: it predicts disaster unattributed ("the fragile
peace could be swept away within weeks"), tells its readers what to think or do ("Let there be no
illusion", "They should remember who paid for this"), and leans on unnamed insiders ("Sources in
the General Staff whisper"). These cues are found here and kept by ``cues.find_cues`` only when
``cues.loaded_register`` says the article loads.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsift.framing.context import FramingContext, in_headline
from newsift.framing.lexicon import FramingLexicon
from newsift.model import FramingCue

_PREDICTING = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "wo"})
_PRESCRIBING = frozenset({"should", "must", "ought"})
# Verbs that put a disaster ahead: "threatens to choke global trade", "risks plunging".
_PORTENDING = frozenset({"threaten", "risk"})
# What a predicted disaster is told with, beside the verb itself.
_DISASTER_ROLES = frozenset({"dobj", "attr", "acomp", "oprd", "nsubjpass", "npadvmod", "advmod", "prt"})
_SOURCE_WORDS = frozenset({"source", "insider"})
# People who speak for no one in particular: a source when unnamed and undetermined ("Rescue
# workers on the island say privately", "Officers who have served in the sector say") or counted
# ("Many locals say"); "the residents we met said" is a report.
_LOCAL_WORDS = frozenset({
    "worker", "neighbour", "neighbor", "officer", "soldier", "witness", "eyewitness", "people", "observer", "expert",
    "scholar", "analyst", "critic", "diplomat", "veteran", "local", "community", "teacher", "insider",
})  # fmt: skip
# "Residents said" is how every report quotes the people it met; "Many residents say" is not.
_RESIDENTS = frozenset({"resident", "villager", "citizen", "voter"})
_THOSE = frozenset({"those", "anyone", "many", "some", "few", "others"})  # "Those who know the region say"
_QUANTIFIERS = frozenset({"many", "some", "most", "several", "countless"})
_SOURCING_VERBS = frozenset({
    "say", "tell", "indicate", "whisper", "admit", "reveal", "hint", "suggest", "confirm", "believe", "fear",
    "warn", "insist", "note", "complain", "confide", "report", "claim", "acknowledge", "concede", "describe",
    "suspect", "ask", "wonder", "recall", "agree",
})  # fmt: skip


_TOTAL = frozenset({"every", "entire", "whole"})
# "every day", "the whole week": totals of time and number are plain.
_PLAIN_TOTALS = frozenset({
    "day", "week", "month", "year", "time", "hour", "minute", "morning", "evening", "night", "weekend", "season",
    "decade", "century", "term", "session", "other", "one", "case", "step", "stage", "few",
})  # fmt: skip
# Verdicts the outlet passes in a copular clause ("He is right", "it is clear that …").
_VERDICTS = frozenset({
    "right", "wrong", "correct", "mistaken", "reasonable", "unreasonable", "justified", "unjustified", "legitimate",
    "illegitimate", "fair", "unfair", "absurd", "ridiculous", "clear", "obvious", "undeniable", "unacceptable",
    "shameful", "disgraceful", "naive", "hypocritical", "laughable", "pathetic", "telling", "revealing", "sensible",
    "prudent", "wise", "foolish", "irresponsible", "consistent", "inconsistent", "predictable", "unsurprising",
    "understandable", "inexcusable", "indefensible", "baseless", "groundless", "convincing", "unconvincing",
})  # fmt: skip
_MINDS = frozenset({"know", "remember", "forget", "understand", "realise", "realize", "see", "recognise", "recognize", "trust"})
_GROUPS = frozenset({"voter", "citizen", "people", "patriot", "family", "taxpayer", "worker", "parent", "reader", "viewer", "resident", "local"})


def register_clauses(doc: Doc, context: FramingContext, lexicon: FramingLexicon) -> list[FramingCue]:
    """Predictions of disaster, prescriptions, verdicts, totals, patrons and asides in the outlet's
    own voice (anonymous insiders are found with the other sources: anonymous_source)."""
    found = [
        *_dire_predictions(doc, context, lexicon), *_prescriptions(doc, context),
        *_totals(doc, context), *_verdicts(doc, context), *_group_minds(doc, context), *_nobody(doc, context),
        *_fragments(doc, context), *_patrons(doc, context), *_failures(doc, context),
        *_aside_sources(doc, context), *_vague_accordings(doc, context), *_crimes(doc, context), *_loose_millions(doc, context),
        *_nevers(doc, context), *_captured(doc, context), *_heard_before(doc, context), *_elliptical_contrasts(doc, context),
        *_certain_circles(doc, context), *_superlatives_in_time(doc, context),
    ]  # fmt: skip
    return sorted(found, key=lambda cue: (cue.start, cue.end))


def register_sentences(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """Whole sentences that frame in an article that loads: slippery slopes, punchlines and the
    closing verdict. They are read after every word cue, so a loaded word keeps its own cue and the
    sentence keeps the rest of its words (cues.find_cues)."""
    return [*_slippery_slopes(doc, context), *_punchlines(doc, context), *_closing_verdict(doc, context)]


def _totals(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """Everything and everyone: "at every turn", "in every corner of the country", "the entire
    continent", "the whole of Africa"."""
    found = []
    for token in doc:
        if token.lower_ == "all" and token.dep_ in ("det", "predet", "amod") and token.head.i == token.i + 1 and _a_people(token.head):
            _add(found, doc[token.i : token.i + 2], context, "exaggeration", "Exaggeration,Minimisation")  # "all Thais"
            continue
        if token.lower_ == "after" and 0 < token.i < len(doc) - 1 and doc[token.i - 1].pos_ == "NOUN" and doc[token.i - 1].lower_ == doc[token.i + 1].lower_:
            _add(found, doc[token.i - 1 : token.i + 2], context, "exaggeration", "Exaggeration,Minimisation")  # "page after page"
            continue
        if token.lower_ not in _TOTAL:
            continue
        if token.dep_ in ("det", "amod") and token.head.i > token.i:
            noun = token.head
        elif token.lower_ == "whole" and any(child.dep_ == "prep" and child.lower_ == "of" for child in token.children):
            noun = token  # "the whole of Africa"
        else:
            continue
        if noun.lemma_.lower() in _PLAIN_TOTALS or noun.like_num or noun.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY", "MONEY"):
            continue
        first = doc[token.i - 1] if token.i > 0 and doc[token.i - 1].lower_ in ("the", "an", "at", "in") and token.lower_ != "every" else token
        _add(found, doc[first.i : noun.i + 1], context, "exaggeration", "Exaggeration,Minimisation")
    return found


def _verdicts(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """The outlet's verdict in a copular clause: "He is right", "has been consistent and
    reasonable from the start", "It is clear that …"."""
    found = []
    for word in doc:
        if word.dep_ != "acomp" or word.lemma_.lower() not in _VERDICTS or word.head.lemma_.lower() != "be":
            continue
        subject = next((child for child in word.head.children if child.dep_ in ("nsubj", "expl")), None)
        first = subject.left_edge if subject is not None and subject.i < word.i and word.i - subject.left_edge.i <= 8 else word.head
        _add(found, doc[first.i : word.i + 1], context, "editorialising", None)
    return found


def everyone(subject: Token) -> bool:
    """A whole population as one mind: "nobody", "everyone", "no one", "every Greek", "any serious
    observer", "the whole world"."""
    if subject.lower_ in _EVERYONE:
        return True
    if (subject.ent_type_ == "NORP" or subject.lemma_.lower() in _ANY_PERSON) and any(child.lower_ in ("every", "any") and child.dep_ == "det" for child in subject.children):
        return True  # "Every Greek knows", "any serious observer would agree"
    if subject.lower_ == "one" and any(child.lower_ == "no" for child in subject.children):
        return True
    return subject.lemma_.lower() in ("world", "country", "nation", "planet") and any(child.lower_ in ("whole", "entire") for child in subject.children)


_ANY_PERSON = frozenset({
    "observer", "citizen", "patriot", "person", "reader", "voter", "parent", "mother", "father", "child", "expert", "analyst",
    "historian", "witness", "man", "woman", "economist", "lawyer", "scholar", "diplomat", "judge",
})  # fmt: skip


def _nobody(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """Everyone or no one does something, in the outlet's words: "Nobody in Brussels will ask why",
    "a claim nobody in Minsk recognises". Not a toll or a fact of the event ("no one was hurt",
    "nobody died", "no one claimed responsibility")."""
    found = []
    for subject in doc:
        if subject.dep_ == "ROOT" and subject.lower_ in (*_EVERYONE, "anyone") and subject.i == subject.sent.start:
            # the parser leaves "Anyone who has walked there after dark knows why." without a verb
            verb = next((token for token in subject.sent if token.pos_ == "VERB"), None)
            if verb is not None and verb.lemma_.lower() not in _EVENT_FACTS | _TOLLS and verb.i - subject.i <= 8:
                _add(found, doc[subject.i : verb.i + 1], context, "exaggeration", "Exaggeration,Minimisation")
            continue
        if subject.dep_ != "nsubj" or not (everyone(subject) or subject.lower_ == "anyone"):
            continue
        verb = subject.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _EVENT_FACTS:
            continue
        first = min(subject.left_edge.i, verb.i)
        if abs(verb.i - subject.i) <= 8:
            _add(found, doc[first : max(subject.i, verb.i) + 1], context, "exaggeration", "Exaggeration,Minimisation")
    return found


_EVERYONE = frozenset({"nobody", "everybody", "everyone", "no-one", "noone"})
_EVENT_FACTS = frozenset({"be", "have", "die", "survive", "escape", "claim", "answer", "respond", "return", "comment", "attend", "vote", "win"})


def _patrons(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """A side named by who backs it ("Iran-backed", "US-funded", "Fidesz-friendly media"): wire
    copy's plain descriptor, a label where the article loads."""
    found = []
    for token in doc:  # the tokenizer splits the hyphen off: "Iran", "-", "backed"
        if token.text == "-" and token.i >= 1 and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _PATRON_WORDS and not doc[token.i - 1].is_space:
            _add(found, doc[token.i - 1 : token.i + 2], context, "labelling", "Name_Calling,Labeling")
    return found


_PATRON_WORDS = frozenset({"backed", "funded", "sponsored", "friendly", "aligned", "financed", "controlled"})


def _failures(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """Failure pinned on a person, a movement or a policy: "failed politician", "the failed street
    movement", "his failed war"."""
    found = []
    for token in doc:
        if token.lower_ == "failed" and token.dep_ == "amod" and token.head.pos_ == "NOUN" and token.head.lemma_.lower() not in _PLAIN_FAILURES:
            _add(found, doc[token.i : token.head.i + 1] if token.head.i - token.i <= 2 else doc[token.i : token.i + 1], context, "loaded_language", "Loaded_Language")
    return found


# failures that are facts: "a failed attempt", "the failed bid", "failed asylum seekers"
_PLAIN_FAILURES = frozenset({"attempt", "bid", "test", "launch", "transplant", "harvest", "bank", "seeker", "vote", "motion", "coup", "deal"})


def _crimes(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """What a side does called a crime: "the criminal American enemy", "a criminal campaign",
    "the militia's crimes", "the crimes of the regime". The law's own words are left alone
    ("a criminal case", "criminal charges", "a criminal gang", "war crimes")."""
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma == "criminal" and token.dep_ == "amod" and token.head.lemma_.lower() not in _LEGAL_CRIMINAL:
            _add(found, doc[token.i : token.i + 1], context, "loaded_language", "Loaded_Language")
        elif lemma == "crime" and token.pos_ == "NOUN" and not any(child.dep_ in ("compound", "amod") for child in token.children):
            owner = next((child for child in token.children if child.dep_ == "poss"), None)
            of = next((child for child in token.children if child.dep_ == "prep" and child.lower_ == "of"), None)
            if owner is not None and owner.lower_ not in ("their", "his", "her") or of is not None and any(grandchild.dep_ == "pobj" and (grandchild.pos_ == "PROPN" or grandchild.lemma_.lower() in _SIDES) for grandchild in of.children):
                _add(found, doc[token.i : token.i + 1], context, "loaded_language", "Loaded_Language")
    return found


# "criminal" as the law uses it, and the plain names of gangs
_LEGAL_CRIMINAL = frozenset({
    "case", "charge", "investigation", "inquiry", "probe", "code", "court", "record", "proceeding", "liability", "law",
    "justice", "complaint", "trial", "offence", "offense", "prosecution", "prosecutor", "conviction", "responsibility",
    "lawyer", "defence", "defense", "procedure", "tribunal", "division", "police", "intelligence", "negligence",
    "contempt", "damage", "gang", "network", "group", "organisation", "organization", "cartel", "syndicate", "enterprise",
    "activity", "element", "suspect", "history", "past", "act", "matter", "jurisdiction", "sanction", "penalty",
})  # fmt: skip
_SIDES = frozenset({"regime", "army", "militia", "government", "occupation", "enemy", "junta", "state", "police", "force", "administration"})


def _loose_millions(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """"Millions" of people told without a figure: "a policy designed to starve millions of
    Yemenis", "millions would answer his call". Money, barrels and views are counted, not people."""
    found = []
    for token in doc:
        if token.lower_ not in ("millions", "billions") or any(child.dep_ == "nummod" for child in token.children):
            continue
        of = next((child for child in token.children if child.dep_ == "prep" and child.lower_ == "of"), None)
        counted = next((grandchild for grandchild in of.children if grandchild.dep_ == "pobj"), None) if of is not None else None
        if counted is None:
            if token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "dobj" and token.head.lemma_.lower() not in _MONEY_VERBS:
                _add(found, doc[token.i : token.i + 1], context, "exaggeration", "Exaggeration,Minimisation")
        elif counted.ent_type_ == "NORP" or counted.lemma_.lower() in _PEOPLE:
            _add(found, doc[token.i : counted.i + 1], context, "exaggeration", "Exaggeration,Minimisation")
    return found


_MONEY_VERBS = frozenset({"cost", "spend", "pay", "lose", "raise", "owe", "earn", "make", "receive", "invest", "save", "waste", "steal", "borrow", "lend", "give", "send", "pour", "funnel", "siphon"})
_PEOPLE = frozenset({"people", "citizen", "child", "voter", "worker", "family", "woman", "man", "resident", "patriot", "believer", "supporter", "civilian"})


def _nevers(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """"Never" in the outlet's own unattributed voice: a habit or a verdict pinned on a side ("who
    never misses a chance to lecture the nation", "has never stopped", "it never does", "never
    short of excuses"): the cue is the verb with its "never", so a loaded word beside it stays its own cue."""
    found = []
    for never in doc:
        if never.lower_ != "never" or never.dep_ not in ("neg", "advmod") or never.head.i == never.i:
            continue
        head = never.head
        if head.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        if head.pos_ == "ADJ":
            span = doc[never.i : _last_word(head.right_edge).i + 1] if head.right_edge.i - never.i <= 5 else doc[never.i : head.i + 1]
        else:
            first = min([never.i, *(child.i for child in head.children if child.dep_ in ("aux", "auxpass") and child.i < never.i)])
            last = max([head.i, *(child.i for child in head.children if child.dep_ == "prt")])
            span = doc[first : last + 1]
        _add_own(found, span, context, "editorialising", None)  # not "said it would never accept", the speaker's word relayed
    return found


# Spans of time a superlative is measured against ("the worst crisis in decades").
_AGES = frozenset({"generation", "generations", "decade", "decades", "century", "centuries", "history", "memory", "time", "ages"})


def _superlatives_in_time(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """A superlative held up against an age ("the most sweeping assault on Indigenous rights in a
    generation", "the biggest betrayal in the country's history", "the worst government ever"):
    wire copy measures records the same way ("the deadliest attack in years"), so this is framing
    only where the article's own voice loads."""
    found = []
    for word in doc:
        superlative = word.tag_ in ("JJS", "RBS") or word.lower_ in ("most", "least") and word.head.pos_ == "ADJ"
        if not superlative:
            continue
        adjective = word.head if word.lower_ in ("most", "least") else word
        noun = adjective.head if adjective.dep_ == "amod" else adjective
        if noun.pos_ not in ("NOUN", "PROPN", "ADJ") or noun.i - word.i > 4:
            continue
        measure = None
        for token in noun.subtree:
            if token.i <= noun.i or token.i - noun.i > 12:
                continue
            if token.lower_ == "ever" and token.head.i in (noun.i, adjective.i) or token.lower_ in _AGES and token.head.dep_ == "prep" and token.head.lower_ in ("in", "of"):
                measure = token  # "in a generation", "in living memory", "of all time", "ever"
                break
        if measure is None:
            continue
        first = doc[word.i - 1] if word.i > 0 and doc[word.i - 1].lower_ in ("the", "its", "their", "his", "her") else word
        _add_own(found, doc[first.i : measure.i + 1], context, "exaggeration", "Exaggeration,Minimisation")
    return found


def _captured(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """An institution or a country owned by its leader ("Erdoğan's judiciary", "Conde-Pumpido's
    court", "in Erdoğan's Turkey"), and a side's "favourite" ("Berlin's favourite Polish
    politician", "Hamas's favourite UN agency"). "Netanyahu's government" is how wire copy names one."""
    found = []
    for owner in doc:
        if owner.dep_ != "poss" or owner.head.i <= owner.i or owner.head.i - owner.i > 5:
            continue
        owned = owner.head
        favourite = any(child.dep_ == "amod" and child.lower_ in ("favourite", "favorite") for child in owned.children)
        person = owner.ent_type_ in ("PERSON", "") and owner.pos_ == "PROPN"
        if favourite or person and (owned.lemma_.lower() in _CAPTURED or owned.ent_type_ == "GPE" and owned.pos_ == "PROPN"):
            _add_own(found, doc[owner.left_edge.i : owned.i + 1], context, "labelling", "Name_Calling,Labeling")
    return found


# what a free country does not let its leader own
_CAPTURED = frozenset({"court", "judiciary", "judge", "prosecutor", "police", "media", "press", "television", "propaganda", "army", "militia", "parliament", "election"})


def _heard_before(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """"Nigerians have heard that song before", "Turkey has seen this film before": the outlet
    telling its readers the story is an old trick."""
    found = []
    for verb in doc:
        if verb.lemma_.lower() not in ("hear", "see") or not any(child.lower_ == "before" and child.dep_ == "advmod" for child in verb.children):
            continue
        if not any(child.dep_ == "aux" and child.lemma_.lower() == "have" for child in verb.children):
            continue
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        first = subject.left_edge if subject is not None and subject.i < verb.i else verb
        before = next(child for child in verb.children if child.lower_ == "before")
        _add_own(found, doc[first.i : before.i + 1], context, "editorialising", None)
    return found


_ELLIPTICAL = frozenset({"be", "have", "do", "will", "would", "can", "could", "should", "must", "may", "might"})


def _elliptical_contrasts(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """A clause cut down to its auxiliary to land a contrast: "Peaceful protest is a right.
    Looting is not.", "It would be comforting to believe calm has returned. It has not.", "No army
    position was hit; a poor neighbourhood was."."""
    found = []
    for aux in doc:
        if aux.lemma_.lower() not in _ELLIPTICAL or aux.pos_ not in ("AUX", "VERB") or aux.i + 1 >= len(doc):
            continue
        following = doc[aux.i + 1]
        if following.lower_ in ("not", "n't", "never") and aux.i + 2 < len(doc):
            following = doc[aux.i + 2]
        if following.text not in (".", "!", ";") or any(child.dep_ in ("attr", "acomp", "dobj", "xcomp", "ccomp", "oprd", "prep") and child.i > aux.i for child in aux.children):
            continue
        subject = next((child for child in aux.children if child.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i > aux.i or aux.i - subject.left_edge.i > 6:
            continue
        _add_own(found, doc[subject.left_edge.i : following.i], context, "editorialising", None)
    return found


def _certain_circles(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """Those the outlet hints at without naming: "certain foreign NGOs", "certain circles in
    Brussels", "a certain American billionaire's foundations"."""
    found = []
    for certain in doc:
        if certain.lower_ != "certain" or certain.pos_ != "ADJ" or certain.dep_ == "acomp":
            continue  # "it is certain that" is a hedge's opposite, not a hint
        for group in doc[certain.i + 1 : certain.i + 4]:
            if group.pos_ not in ("NOUN", "PROPN"):
                continue
            if group.lemma_.lower() in _HINTED or group.lower_.removesuffix("s") in _HINTED:
                last = group.head if group.dep_ == "poss" and group.head.i - group.i <= 2 else group
                first = doc[certain.i - 1] if certain.i > 0 and doc[certain.i - 1].lower_ == "a" else certain
                _add_own(found, doc[first.i : last.i + 1], context, "vague_attribution", None)
            break
    return found


_HINTED = frozenset({
    "circle", "force", "quarter", "country", "government", "ngo", "organisation", "organization", "group", "media", "outlet",
    "politician", "official", "party", "element", "individual", "interest", "lobby", "power", "actor", "figure", "journalist",
    "activist", "diplomat", "embassy", "capital", "billionaire", "businessman", "oligarch", "donor", "foundation",
})  # fmt: skip


def _slippery_slopes(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """"Today it is an amnesty; tomorrow it will be a referendum": the next step foretold."""
    found = []
    for sentence in context.sentences:
        words = {token.lower_ for token in sentence}
        if "today" in words and "tomorrow" in words:
            tokens = [token for token in sentence if not token.is_space]
            _add_own(found, doc[tokens[0].i : tokens[-1].i + 1], context, "appeal_to_fear", "Appeal_to_fear-prejudice")
    return found


def _last_word(token: Token) -> Token:
    while token.i > 0 and (token.is_punct or token.is_space):
        token = token.doc[token.i - 1]
    return token


def _fragments(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """A sentence with no verb of its own in the body: the outlet's aside ("Too little, too late.",
    "So much for the rule of law.", "Easy words from someone who does not live next to a reception
    centre.", "Funny how the Fed always finds a reason"); a verb in a clause hung on its words does
    not make it a statement. Headlines, datelines and bylines are verbless by design and left out."""
    found = []
    for sentence in context.sentences:
        words = [token for token in sentence if token.is_alpha]
        if in_headline(sentence) or len(words) < 2 or any(token.pos_ in ("VERB", "AUX") and not _subordinate(token, sentence.root) for token in sentence):
            continue
        last = [token for token in sentence if not token.is_space][-1]
        if last.text not in (".", "!", ":") or any(token.ent_type_ in ("GPE", "PERSON", "DATE", "ORG") and not _subordinate(token, sentence.root) for token in sentence) or "—" in sentence.text:
            continue  # "GUSAU — …", "Reporting by …", a caption
        _add(found, doc[words[0].i : last.i + 1], context, "editorialising", None)
    return found


_SUBORDINATE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"})


def _subordinate(token: Token, root: Token) -> bool:
    """Whether the word sits in a clause hung on another word of the sentence, not in its main clause."""
    node = token
    while node.i != root.i and node.head.i != node.i:
        if node.dep_ in _SUBORDINATE:
            return True
        node = node.head
    return False


def _a_people(token: Token) -> bool:
    """A people named in the plural ("Thais", "Americans"), however the tagger takes it."""
    return token.text[:1].isupper() and token.lower_.endswith("s") and token.tag_ in ("NNPS", "NNS", "NNP") and token.ent_type_ in ("NORP", "PERSON", "")


def _punchlines(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """A sentence of a few words in the outlet's own voice: "Partition failed.", "Funny how that
    works.", "The figures speak for themselves.", "She is hardly alone." In an article that loads,
    such a sentence lands a point; wire copy spends short sentences on tolls ("Several others were
    wounded."), which are left alone, as are datelines and bylines."""
    found = []
    for sentence in context.sentences:
        words = [token for token in sentence if token.is_alpha]
        tokens = [token for token in sentence if not token.is_space]
        if not 2 <= len(words) <= _PUNCHLINE_WORDS or in_headline(sentence) or tokens[-1].text not in (".", "!"):
            continue
        if not any(token.pos_ in ("VERB", "AUX") for token in words) or any(token.like_num or token.lemma_.lower() in _TOLLS for token in sentence):
            continue
        if any(token.ent_type_ in ("DATE", "TIME") for token in sentence):
            continue  # "The cabinet met on Monday": what happened when
        if any(claim.content.start < sentence.end_char and sentence.start_char < claim.content.end for claim in context.claims):
            continue
        if any(context.in_quotes(token.idx, token.idx + 1) is not None for token in tokens):
            continue
        _add_own(found, doc[tokens[0].i : tokens[-1].i + 1], context, "editorialising", None)
    return found


_PUNCHLINE_WORDS = 7
_TOLLS = frozenset({"wound", "hurt", "injure", "kill", "die", "arrest", "detain", "evacuate", "rescue", "miss"})


def _closing_verdict(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """The last word an article in a loaded register gives itself: the closing paragraph's
    sentences in the outlet's own unattributed voice ("The people have spoken, and they have
    spoken loudly.", "Moldovans have been given a parliament. They have not been given a
    choice."). Wire copy closes on background; such an article closes on its verdict."""
    text = doc.text.rstrip()
    start = text.rfind("\n") + 1
    closing = [sentence for sentence in context.sentences if sentence.start_char >= start and sentence.text.strip()]
    found = []
    for sentence in closing[-_CLOSING_SENTENCES:]:
        words = [token for token in sentence if not (token.is_punct or token.is_space)]
        if len(words) < 4 or in_headline(sentence) or not any(token.dep_ in ("nsubj", "nsubjpass", "expl") for token in sentence):
            continue  # a byline, a credit line or a fragment
        voice = context.voice(sentence.start_char, sentence.end_char)
        claimed = any(claim.content.start < sentence.end_char and sentence.start_char < claim.content.end for claim in context.claims)
        if voice.claim is not None or claimed or any(context.in_quotes(token.idx, token.idx + len(token)) is not None for token in words):
            continue  # someone else's last word
        if any(token.lemma_.lower() in _REPORTING and token.tag_ in ("VBD", "VBZ", "VBP") and any(child.dep_ == "nsubj" for child in token.children) for token in words):
            continue  # "The talks, officials said, will resume": a report, however the claims read it
        if all(_told_in_past(verb) for verb in (sentence.root, *(child for child in sentence.root.children if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")))):
            continue  # the last thing that happened ("Nobody died in the clashes"), not a verdict on it
        last = [token for token in sentence if not token.is_space][-1]
        _add(found, doc[words[0].i : last.i + 1], context, "editorialising", None)
    return found


_CLOSING_SENTENCES = 2
# Verbs that report, narrower than claims.speech_verbs(): "The struggle continues" and "Every patriot
# believes it" close on a verdict, not on a report.
_REPORTING = frozenset({"say", "tell", "announce", "report", "state", "confirm", "add", "note", "write", "declare"})


def _told_in_past(verb: Token) -> bool:
    """"sent", "did not build", "was sentenced": what happened, told in the simple past."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ in ("VB", "VBN") and any(child.dep_ in ("aux", "auxpass") and child.lower_ in ("did", "was", "were") for child in verb.children)


def _group_minds(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """A whole people's mind, told as fact: "Voters know what is at stake", "Nicaraguans have not
    forgotten". (Determined groups, "the voters I met", are someone's report.)"""
    found = []
    for verb in doc:
        if verb.lemma_.lower() not in _MINDS or verb.pos_ != "VERB":
            continue
        for subject in verb.children:
            if subject.dep_ != "nsubj" or subject.tag_ not in ("NNS", "NNPS"):
                continue
            if any(child.dep_ in ("det", "poss", "nummod", "relcl", "acl", "prep") for child in subject.children):
                continue
            if subject.lemma_.lower() in _GROUPS or subject.ent_type_ == "NORP":
                _add(found, doc[subject.left_edge.i : verb.i + 1], context, "editorialising", None)
    return found


def _dire_predictions(doc: Doc, context: FramingContext, lexicon: FramingLexicon) -> list[FramingCue]:
    """A disaster the outlet says will, would or could come ("the country's fragile unity will
    shatter", "could explode at any moment"), or that threatens ("threatens to choke global trade"),
    and places no one is safe ("no city in the region is safe")."""
    found = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        first = _prediction_start(verb)
        if first is None or not (_tells_disaster(verb, lexicon.doom) or _on_condition(verb, first)):
            continue
        last = max([verb, *(child for child in verb.children if child.dep_ == "prt")], key=lambda token: token.i)
        _add(found, doc[first.i : last.i + 1], context, "appeal_to_fear", "Appeal_to_fear-prejudice")
    for safe in doc:
        if safe.lemma_.lower() == "safe" and safe.dep_ == "acomp":
            subject = next((child for child in safe.head.children if child.dep_ == "nsubj"), None)
            if subject is not None and any(child.lower_ == "no" for child in subject.children) or subject is not None and subject.lower_ in ("nobody", "nothing", "none"):
                _add(found, doc[subject.left_edge.i : safe.i + 1], context, "appeal_to_fear", "Appeal_to_fear-prejudice")
    return found


def _on_condition(verb: Token, first: Token) -> bool:
    """A future the outlet ties to a condition: "if Ayungin falls, Beijing will not stop there"."""
    return first.lower_ in ("will", "would", "'ll", "wo") and any(
        child.dep_ == "advcl" and any(grandchild.dep_ == "mark" and grandchild.lower_ in ("if", "unless") for grandchild in child.children)
        for child in verb.children
    )


def _prediction_start(verb: Token) -> Token | None:
    """The modal that makes the verb a prediction, or the verb that makes it a threat; None when
    the verb tells what is or was."""
    modal = next((child for child in verb.children if child.dep_ == "aux" and child.lower_ in _PREDICTING), None)
    if modal is not None:
        return modal
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PORTENDING:
        return verb.head
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return _prediction_start(verb.head) and verb  # "will shatter and collapse": the second verb too
    return None


def _tells_disaster(verb: Token, doom: frozenset[str]) -> bool:
    if verb.lemma_.lower() in doom:
        return True
    for child in verb.children:
        if child.dep_ in _DISASTER_ROLES and child.lemma_.lower() in doom:
            return True
        if child.dep_ in ("prep", "agent") and any(grandchild.dep_ == "pobj" and grandchild.lemma_.lower() in doom for grandchild in child.children):
            return True  # "plunge millions into famine", "end in disaster"
        if child.dep_ in ("attr", "dobj") and any(grandchild.dep_ in ("amod", "compound") and grandchild.lemma_.lower() in doom for grandchild in child.children):
            return True  # "would become a war zone"
    return False


def _prescriptions(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """The outlet telling readers or actors what to do or think: a verb of the main clause under
    "should", "must" or "ought to", or a command ("Let there be no illusion", "Remember who …")."""
    found = []
    for sentence in context.sentences:
        root = sentence.root
        if root.pos_ not in ("VERB", "AUX"):
            continue
        modal = next((child for child in root.children if child.dep_ == "aux" and child.lower_ in _PRESCRIBING), None)
        if modal is not None:
            subject = next((child for child in root.children if child.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            first = subject.left_edge if subject is not None and subject.i < modal.i else modal
            _add(found, doc[first.i : root.i + 1], context, "editorialising", None)
            continue
        if in_headline(sentence) or root.tag_ != "VB" or any(child.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for child in root.children):
            continue
        words = [token for token in sentence if not (token.is_punct or token.is_space)]
        if len(words) >= 3 and words[0].i == root.i or words[0].dep_ in ("cc", "intj") and len(words) > 1 and words[1].i == root.i:
            _add(found, doc[words[0].i : root.i + 1], context, "editorialising", None)  # a command
    return found


def _aside_sources(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """An unnamed group slipped in between commas as the source: "The gunmen arrived in three
    trucks, neighbours whisper, and …", "… and, many suspect, the Tisza party". Read from the
    words, since the parser rarely makes such an aside a clause."""
    found = []
    for comma in doc:
        if comma.text != "," or comma.i + 3 >= len(doc):
            continue
        for width in (2, 3):
            close = comma.i + width + 1
            if close >= len(doc) or doc[close].text not in (",", ".", ";", "—"):
                continue
            group, verb = doc[comma.i + 1 : close - 1], doc[close - 1]
            if verb.lower_ in _ASIDE_VERBS and _unnamed_group(group):
                _add(found, doc[comma.i + 1 : close], context, "vague_attribution", None)
    return found


# The present-tense forms of an aside ("…, critics say, …"); past-tense asides ("…, officials said")
# are how every report attributes.
_ASIDE_VERBS = frozenset({
    "say", "whisper", "suspect", "believe", "fear", "claim", "argue", "insist", "allege", "complain", "reckon",
    "think", "suggest", "murmur", "mutter", "joke", "admit",
})  # fmt: skip
_GROUP_WORDS = _LOCAL_WORDS | _RESIDENTS | _SOURCE_WORDS | frozenset({"critic", "commentator", "insider", "sceptic", "skeptic", "rumour", "rumor", "gossip"})


def _unnamed_group(words: Span) -> bool:
    """"neighbours", "many", "some locals", "many in the party": people no name picks out."""
    if any(token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG") for token in words):
        return False
    head = words[-1]
    if len(words) == 1 and head.lower_ in _THOSE:
        return True
    return head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in _GROUP_WORDS and all(token.lower_ in _QUANTIFIERS or token.pos_ == "ADJ" for token in words[:-1])


# "according to residents" or "witnesses" is how reports cite the people they met
_ACCORDING_VAGUE = frozenset({"people", "person", "source", "insider", "observer", "critic", "commentator", "rumour", "rumor", "whisper"})


def _vague_accordings(doc: Doc, context: FramingContext) -> list[FramingCue]:
    """"According to" someone no one can check: "according to people who were on the buses",
    "according to information available to our channel", "according to many"."""
    found = []
    for token in doc:
        if token.lower_ != "according" or token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        source = next((child for child in doc[token.i + 1].children if child.dep_ == "pobj"), None)
        if source is None or not _vague_source_noun(source):
            continue
        if source.right_edge.i - token.i <= 10:
            _add(found, doc[token.i : source.right_edge.i + 1], context, "vague_attribution", None)
    return found


def _vague_source_noun(source: Token) -> bool:
    if any(token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for token in source.subtree):
        return False  # "according to people close to Mr Khan", "according to Reuters"
    if any(child.lower_ in ("familiar", "close", "briefed") or child.dep_ == "nummod" for child in source.subtree):
        return False  # wire copy's "people familiar with the matter", "two sources"
    lemma = source.lemma_.lower()
    if source.lower_ in _THOSE or lemma == "information":
        return True
    return lemma in _ACCORDING_VAGUE and not any(child.dep_ in ("det", "poss") and child.lower_ not in ("some", "many") for child in source.children)


def anonymous_source(subject: Token, verb: Token) -> bool:
    """Unnamed insiders and locals given as the source, read where the article loads: "Sources in
    the General Staff whisper", "Government sources indicated", "insiders admit", "Many locals
    say", "Those who know the region say". cues._vague_sources finds the subjects."""
    if verb.lemma_.lower() not in _SOURCING_VERBS or not _unnamed(subject):
        return False
    if subject.lower_ in _THOSE and subject.tag_ in ("DT", "NN", "NNS", "JJ", "PRP"):
        return subject.lower_ != "some" or verb.lemma_.lower() != "say"  # "some say" is the lexicon's
    if subject.tag_ == "NN" and any(child.lower_ == "one" and child.dep_ in ("nummod", "det") for child in subject.children):
        return True  # "one regular passenger noted", "one Capitol Hill staffer said"
    if subject.tag_ not in ("NNS", "NNPS"):
        return False
    if _counted(subject) and subject.lower_ not in ("sources", "officials"):
        return True  # "Many grassroots conservatives see it differently"
    lemma = subject.lemma_.lower()
    # "Many Kenyans are asking" counts; "Kenyans say" is the whole people (_group_minds)
    if verb.lemma_.lower() in _HUSHED and (lemma in _RESIDENTS or lemma in _LOCAL_WORDS) and _undetermined(subject):
        return True  # "locals whisper": a rumour, however plain the people
    return lemma in _SOURCE_WORDS or lemma in _LOCAL_WORDS and _undetermined(subject) or (lemma in _RESIDENTS or subject.ent_type_ == "NORP") and _counted(subject)


_HUSHED = frozenset({"whisper", "murmur", "mutter", "confide"})


def _counted(subject: Token) -> bool:
    return any(child.lower_ in _QUANTIFIERS for child in subject.children)


def _undetermined(subject: Token) -> bool:
    """A bare or counted plural ("Rescue workers say", "Many locals say"), not "the residents"."""
    return _counted(subject) or not any(child.dep_ in ("det", "poss", "nummod") for child in subject.children)


def _unnamed(subject: Token) -> bool:
    """No name beside the source: not "Reuters sources", not "sources close to Mr Khan"."""
    for child in subject.children:
        if child.dep_ in ("compound", "appos", "poss") and child.pos_ == "PROPN" and child.ent_type_ in ("ORG", "PERSON"):
            return False
        if child.dep_ == "prep" and child.lower_ in ("close", "familiar") or child.dep_ == "amod" and child.lower_ in ("close", "familiar"):
            return False
    return True


def _add_own(found: list[FramingCue], span: Span, context: FramingContext, category: str, technique: str | None) -> None:
    """A clause cue only in the outlet's own voice, not in a claim it relays."""
    if context.voice(span.start_char, span.end_char).claim is None:
        _add(found, span, context, category, technique)


def _add(found: list[FramingCue], span: Span, context: FramingContext, category: str, technique: str | None) -> None:
    voice = context.voice(span.start_char, span.end_char)
    if voice.voice != "outlet" or context.in_quotes(span.start_char, span.end_char) is not None or context.attributed(span, saying=False):
        return  # a claim's words relayed unquoted are the outlet's in this register; a charge is not
    found.append(FramingCue(span.start_char, span.end_char, span.text, category, technique, None, None, voice="outlet", source="register"))
