"""The children table of the doc being coded gives what spaCy's `Token.children` gives, for that doc alone."""

from __future__ import annotations

from dyadwatch.parsetree import children_of, tree_view

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
