"""The spaCy component ``newsift_framing``: ``nlp.add_pipe("newsift_framing")``.

It reads the actor and claim components' results, so it goes after them; the result is a
:class:`~newsift.model.Framing` in ``doc._.newsift_framing``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsift.framing.context import FramingContext
from newsift.framing.cues import find_cues
from newsift.framing.labels import find_labels
from newsift.framing.lexicon import FramingLexicon, load_framing_lexicon
from newsift.framing.sourcing import sourcing_profile
from newsift.framing.summary import framing_summary
from newsift.model import Framing

if not Doc.has_extension("newsift_framing"):
    Doc.set_extension("newsift_framing", default=None)


def find_framing(doc: Doc, lexicon: FramingLexicon) -> Framing:
    """Cues, per-actor labels, sourcing profile and summary for one article."""
    context = FramingContext(doc)
    cues = find_cues(doc, lexicon, context)
    labels = find_labels(doc, cues, context)
    sourcing = sourcing_profile(doc)
    return Framing(cues=cues, labels=labels, sourcing=sourcing, summary=framing_summary(doc, cues, labels, sourcing))


class FramingAnalyser:
    def __init__(self, lexicon: FramingLexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.newsift_framing = find_framing(doc, self.lexicon)
        return doc


@Language.factory(
    "newsift_framing",
    default_config={"framing_files": []},
    requires=["doc._.newsift_actors", "doc._.newsift_claims"],
    assigns=["doc._.newsift_framing"],
)
def make_framing_analyser(nlp: Language, name: str, framing_files: list[str]) -> FramingAnalyser:
    return FramingAnalyser(load_framing_lexicon(tuple(framing_files)))
