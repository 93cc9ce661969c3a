"""Framing: labels, loaded language, hedges, doubt, sourcing, and the neutral view.

``find_framing(doc, lexicon)`` is the plain function; ``newsift_framing`` the spaCy component
(registered when this package is imported).
"""

from newsift.framing.component import find_framing
from newsift.framing.lexicon import FramingLexicon, check_framing_files, load_framing_lexicon
from newsift.framing.neutral import neutral_text

__all__ = ["FramingLexicon", "check_framing_files", "find_framing", "load_framing_lexicon", "neutral_text"]
