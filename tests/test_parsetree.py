"""The children table of the doc being coded gives what spaCy's `Token.children` gives, for that doc alone."""

from __future__ import annotations

from dyadwatch.parsetree import children_of, doc_memo, sentences_of, tokens_of, tree_view
from dyadwatch.roles import role_tokens

TEXT = ("Russia and North Korea signed a treaty in Pyongyang on Wednesday, officials in Seoul said. "
        "Kim later told reporters that the two sides would hold more talks.")


def _indices(tokens) -> list[int]:
    return [t.i for t in tokens]


def test_table_gives_spacys_children_in_order(pipeline):
    doc = pipeline.nlp(TEXT)
    with tree_view(doc):
        for token in doc:
            assert _indices(children_of(token)) == _indices(token.children)
            assert all(child.doc is doc for child in children_of(token))


def test_table_is_read_while_open(pipeline):
    doc = pipeline.nlp(TEXT)
    signed = next(t for t in doc if t.text == "signed")
    outside = children_of(signed)
    with tree_view(doc):
        inside = children_of(signed)
        assert children_of(signed) is inside  # one tuple, built once for the doc
    assert children_of(signed) is not inside  # closed: asked of spaCy again
    assert _indices(outside) == _indices(inside) == _indices(children_of(signed))


def test_another_doc_is_asked_of_spacy(pipeline):
    coded, other = pipeline.nlp(TEXT), pipeline.nlp("Japan summoned the Chinese ambassador on Monday.")
    summoned = next(t for t in other if t.text == "summoned")
    with tree_view(coded):
        assert [t.text for t in children_of(summoned)] == [t.text for t in summoned.children]
        with tree_view(other):
            assert [t.text for t in children_of(summoned)] == [t.text for t in summoned.children]
        said = next(t for t in coded if t.text == "said")
        assert children_of(said) is children_of(said)  # the outer view is open again


def test_tokens_and_memos_are_kept_for_the_coded_doc_alone(pipeline):
    coded, other = pipeline.nlp(TEXT), pipeline.nlp("Japan summoned the Chinese ambassador on Monday.")
    with tree_view(coded):
        assert tokens_of(coded) is tokens_of(coded)
        assert [t.i for t in tokens_of(coded)] == list(range(len(coded)))
        assert [t.text for t in tokens_of(other)] == [t.text for t in other]
        assert doc_memo(other, "role_tokens") is None
        memo = doc_memo(coded, "role_tokens")
        assert memo == {} and doc_memo(coded, "role_tokens") is memo
    assert doc_memo(coded, "role_tokens") is None
    with tree_view(coded):
        assert doc_memo(coded, "role_tokens") == {}  # a new view starts afresh


def test_role_tokens_are_kept_while_the_doc_is_coded(pipeline):
    doc = pipeline.nlp(TEXT)
    signed = next(t for t in doc if t.text == "signed")
    outside = [t.text for t in role_tokens(signed, "subj")]
    with tree_view(doc):
        inside = role_tokens(signed, "subj")
        assert doc_memo(doc, "role_tokens")[(signed.i, "subj")] == tuple(inside)
        inside.clear()  # the caller's list, not the kept one
        assert [t.text for t in role_tokens(signed, "subj")] == outside == ["Russia"]


def test_sentences_are_read_once_while_the_doc_is_coded(pipeline):
    doc = pipeline.nlp(TEXT)
    spans = [(s.start, s.end) for s in doc.sents]
    with tree_view(doc):
        assert sentences_of(doc) is sentences_of(doc)
        assert [(s.start, s.end) for s in sentences_of(doc)] == spans
    assert [(s.start, s.end) for s in sentences_of(doc)] == spans

