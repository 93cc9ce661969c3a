"""Events: the CAMEO/PLOVER coder with epistemic status, dates and places.

``find_events(doc, lexicon)`` is the plain function; ``newsift_events`` the spaCy
component (registered when this package is imported).
"""

from newsift.events.coder import find_events
from newsift.events.component import get_event_lexicon
from newsift.events.lexicon import EventLexicon, check_event_files, load_event_lexicon

__all__ = ["EventLexicon", "check_event_files", "find_events", "get_event_lexicon", "load_event_lexicon"]
