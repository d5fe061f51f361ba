"""The dependency tree of the doc being coded, read once: each token's children, as Token objects.

spaCy's `Token.children` scans the token's whole subtree span and makes a new Token object for every child, on every
call; the coding stages ask for the children of the same few words again and again (about 2,600 times per article
of the bench corpus). `code_document` opens a `tree_view` on the doc it codes: while it is open, `children_of` reads
a table built in one pass over the doc. For any other doc (a rule called on its own, as tests do) it asks spaCy.
Either way the children are the same tokens, in the same order (left to right).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Token

__all__ = ["children_of", "tree_view"]


class _OpenTree:
    """The doc a `tree_view` is open on, and its children table (one tuple per token)."""

    doc: Doc | None = None
    children: tuple[tuple[Token, ...], ...] = ()


_OPEN = _OpenTree()


@contextmanager
def tree_view(doc: Doc) -> Iterator[None]:
    """Read `doc`'s children from a table while the block runs; the table goes (with its tokens) when it ends."""
    tokens = list(doc)
    children: list[list[Token]] = [[] for _ in tokens]
    for token in tokens:  # (in order, so each token's children come left to right, as spaCy gives them)
        head = token.head.i
        if head != token.i:
            children[head].append(token)
    before = _OPEN.doc, _OPEN.children
    _OPEN.doc, _OPEN.children = doc, tuple(map(tuple, children))
    try:
        yield
    finally:
        _OPEN.doc, _OPEN.children = before


def children_of(token: Token) -> tuple[Token, ...]:
    """`token.children`, from the open table when the token is of the doc being coded."""
    if token.doc is _OPEN.doc:
        return _OPEN.children[token.i]
    return tuple(token.children)
