"""The doc being coded, read once: its tokens, each token's children, and tables of per-doc readings.

spaCy makes a new Token object on every access (`doc[i]`, iterating a span), and `Token.children` also rescans
the token's whole subtree span on every call; the coding stages ask for the same few words and their children
again and again (about 2,600 children reads per article of the bench corpus). `code_document` opens a `tree_view`
on the doc it codes: while it is open, `children_of` and `tokens_of` read tables built in one pass over the doc, and
`doc_memo` gives a rule a table to keep what it read from the parse (`roles.role_tokens`); `read_once` does so for
a rule of one token (`roles.governor_of`), and `doc_value` for a value read from the whole doc (`sentences_of` and
`entities_of` keep the doc's sentences and entities with it). For any other doc (a rule called on its own, as tests
do) they ask spaCy and keep nothing. Either way the tokens are the same, in the same order (children left to
right). `tokens_with` finds the few words a rule wants by an attribute's array rather than by reading every word.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar

import numpy
from spacy.attrs import HEAD
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

__all__ = ["PRESENT_TAGS", "VERB_POS", "children_of", "definite", "doc_memo", "doc_value", "entities_of",
           "infinitive_chain", "marked_infinitive", "negated", "read_once", "sentence_before", "sentences_of",
           "since_object", "tokens_of", "tokens_with", "tree_view"]

VERB_POS = frozenset({"VERB", "AUX"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})  # the simple present ("bans", "sell")


class _OpenTree:
    """The doc a `tree_view` is open on, its tokens, its children table (one tuple per token) and memo tables."""

    doc: Doc | None = None
    tokens: tuple[Token, ...] = ()
    children: tuple[tuple[Token, ...], ...] = ()
    memos: dict[str, dict[Any, Any]] = {}


_OPEN = _OpenTree()


@contextmanager
def tree_view(doc: Doc) -> Iterator[None]:
    """Read `doc` from tables while the block runs; the tables go (with their tokens) when it ends."""
    tokens = tuple(doc)
    children: list[list[Token]] = [[] for _ in tokens]
    # each token's head as an offset from it (0 for a root): no Token object made per head
    for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
        if offset:  # (in order, so each token's children come left to right, as spaCy gives them)
            children[i + offset].append(tokens[i])
    before = _OPEN.doc, _OPEN.tokens, _OPEN.children, _OPEN.memos
    _OPEN.doc, _OPEN.tokens, _OPEN.children, _OPEN.memos = doc, tokens, tuple(map(tuple, children)), {}
    try:
        yield
    finally:
        _OPEN.doc, _OPEN.tokens, _OPEN.children, _OPEN.memos = before


def children_of(token: Token) -> tuple[Token, ...]:
    """`token.children`, from the open table when the token is of the doc being coded."""
    if token.doc is _OPEN.doc:
        return _OPEN.children[token.i]
    return tuple(token.children)


def tokens_of(doc: Doc) -> Sequence[Token]:
    """The doc's tokens (slice it for a sentence's), from the open table when it is the doc being coded."""
    return _OPEN.tokens if doc is _OPEN.doc else list(doc)


def tokens_with(doc: Doc, attr: int, values: Collection[str]) -> list[Token]:
    """The doc's tokens whose attribute `attr` (`spacy.attrs` ORTH, SHAPE, ...) is one of `values`, in order: found
    in the doc's array of that attribute, with no Token made or read for each word on the way."""
    column = doc.to_array(attr)
    found = numpy.zeros(len(column), dtype=bool)
    for value in values:  # (a few values: a comparison each is quicker than `numpy.isin`)
        found |= column == get_string_id(value)
    tokens = tokens_of(doc)
    return [tokens[i] for i in found.nonzero()[0].tolist()]


def entities_of(doc: Doc) -> Sequence[Span]:
    """`doc.ents`, which makes every entity's Span anew on each call: read once while the doc is coded."""
    return doc_value(doc, "entities", lambda: doc.ents)


def sentences_of(doc: Doc) -> Sequence[Span]:
    """`doc.sents`, which walks every token of the doc anew on each call: read once while the doc is coded."""
    return doc_value(doc, "sentences", lambda: tuple(doc.sents))


def doc_memo(doc: Doc, name: str) -> dict[Any, Any] | None:
    """The table `name` kept while the doc is being coded; None for any other doc (nothing is kept for it)."""
    if doc is not _OPEN.doc:
        return None
    return _OPEN.memos.setdefault(name, {})


Value = TypeVar("Value")


def doc_value(doc: Doc, name: str, make: Callable[[], Value]) -> Value:
    """What `make` reads from the whole doc, made once while the doc is coded (for any other doc, made anew)."""
    memo = doc_memo(doc, name)
    if memo is None:
        return make()
    if name not in memo:
        memo[name] = make()
    found: Value = memo[name]
    return found


Answer = TypeVar("Answer")
_NOT_YET = object()


def read_once(rule: Callable[[Token], Answer]) -> Callable[[Token], Answer]:
    """A rule that reads only the parse around a token, asked of the same few words many times over (the noun a
    verb governs, whether a clause is passive): while the token's doc is coded, the answer for each token is kept
    in a table of the rule's own and given again. For any other doc the rule is just asked."""
    name = f"{rule.__module__}.{rule.__qualname__}"

    @wraps(rule)
    def kept(token: Token) -> Answer:
        if token.doc is not _OPEN.doc:
            return rule(token)
        table = _OPEN.memos.get(name)
        if table is None:
            table = _OPEN.memos[name] = {}
        found = table.get(token.i, _NOT_YET)
        if found is _NOT_YET:
            found = table[token.i] = rule(token)
        return found

    return kept


DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})


def definite(noun: Token) -> bool:
    """The noun takes a definite determiner ("the launch", "these strikes"): something the text has named before."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in children_of(noun))


def since_object(noun: Token) -> bool:
    """The noun is what a "since" phrase counts from ("since the invasion of Ukraine"): the start of a stretch of
    time, not an act of the clause it hangs on."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "since" and noun.head.dep_ == "prep"


def negated(verb: Token) -> bool:
    """The verb has its own negation ("did not rule out", "not to travel")."""
    return any(c.dep_ == "neg" for c in children_of(verb))


def marked_infinitive(clause: Token) -> bool:
    """The clause is an infinitive marked by "to" ("pledged [to] provide", "a pledge [to] steer")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause))


def infinitive_chain(verb: Token) -> Iterator[Token]:
    """The verb and the infinitives it leads to: "has attempted to confront" gives "attempted", then "confront"."""
    current: Token | None = verb
    while current is not None:
        yield current
        current = next((c for c in children_of(current) if c.dep_ == "xcomp"), None)


def sentence_before(token: Token) -> Span | None:
    """The sentence before the token's own, or None in the first: whose main clause a pronoun opening a sentence
    may stand for ("Morocco recalled its envoy. It also accused Germany ...")."""
    start = token.sent.start
    return token.doc[start - 1].sent if start > 0 else None
