"""Stage 3, actors: who a sentence names without making them a side of its acts.

A mediator brings two sides together and is neither of them: "the swap took place with the United Arab Emirates
acting as a mediator", "a prisoner exchange mediated by Turkey", "talks held through Omani mediators", "the deal was
reached with Qatari mediation". Such a mention is no guess for a side an act leaves unnamed (`ArticleMemory`), and
a mediating noun filling a role ("with Qatari mediation") is no recipient. The mediation itself is an event of its
own (CONSULT, third-party), whose sides the parse names ("Qatar mediated the talks"). Likewise the side an act
stands by ("downgraded relations with Russia in solidarity with Estonia") is not whom it is done to, the one an act
helps toward a goal ("helping Macron to mend ties with Riyadh") is not whom it is aimed at, and a state of the past
named in passing ("the Soviet victory over Nazi Germany") is no guess for a side.
"""

from __future__ import annotations

from spacy.tokens import Token

from .phrases import phrase_root

__all__ = ["bygone_state", "helped_to_a_goal", "in_proceedings", "mediation_act", "named_as_mediator",
           "sided_with_in_act"]

# the nouns that name a go-between or its work ("Qatari mediators", "under the auspices of the UN")
MEDIATOR_NOUNS = frozenset({"mediator", "mediation", "intermediary", "go-between", "broker", "facilitator",
                            "auspices", "facilitation", "middleman"})
# "mediated by Turkey", "brokered by Washington": the participle whose agent is the go-between
MEDIATING_PARTICIPLES = frozenset({"mediate", "broker", "facilitate"})
# the work of a go-between, which names no side when it fills a role ("the deal was reached with Qatari mediation")
MEDIATION_ACTS = frozenset({"mediation", "auspices", "facilitation"})
# "applied to intervene in South Africa's case": a court case or a dispute is where no attack or measure lands
PROCEEDING_NOUNS = frozenset({"case", "proceeding", "proceedings", "lawsuit", "dispute"})
BYGONE_STATES = frozenset({"SUN"})  # the Soviet Union
BYGONE_REGIMES = frozenset({"nazi", "tsarist", "imperial", "fascist"})  # "Nazi Germany", "Tsarist Russia"
# "helping Macron to mend ties with Riyadh": whom the act helps reach a goal named after it
HELPING_VERBS = frozenset({"help", "assist", "enable", "allow", "aid"})
MANNER_PREPS = frozenset({"with", "through", "via", "under", "by"})
# "in solidarity with Estonia", "in concert with the EU": whom the act is done for or alongside, not to
SIDING_NOUNS = frozenset({"solidarity", "sympathy", "concert", "coordination", "tandem", "conjunction", "league"})
SERVING_VERBS = frozenset({"act", "serve", "work", "function"})  # "acting as a mediator", "served as intermediary"


def bygone_state(word: Token, country: str | None) -> bool:
    """A state of the past named in passing: "the Soviet victory over Nazi Germany", in a story about a truce in
    Ukraine. Its acts are coded from the parse like any other ("Nazi Germany invaded the Soviet Union"), but it is
    no guess for the side of an act that leaves one unnamed."""
    return country in BYGONE_STATES or (word.i > 0 and word.doc[word.i - 1].lower_ in BYGONE_REGIMES)


def sided_with_in_act(word: Token, act: Token) -> bool:
    """"Latvia would downgrade its relations with Russia in solidarity with Estonia", "Turkey shut the border in
    full solidarity with Azerbaijan": the side named after "in solidarity with" (however the parse hangs the "with") is
    whom the act stands by, not whom it is done to; unless the act is that solidarity itself ("expressed
    solidarity with Ukraine")."""
    root = phrase_root(word)
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = phrase_root(root.head)  # ("with Estonia and Lithuania", "with its ally Azerbaijan")
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "with" or prep.i < 2:
        return False
    noun = word.doc[prep.i - 1]
    return noun.lemma_.lower() in SIDING_NOUNS and _after_in(noun) and act.i != noun.i


def _after_in(noun: Token) -> bool:
    """The noun follows "in", with or without words that qualify it: "in solidarity", "in full solidarity"."""
    before = noun.i - 1
    while before > 0 and noun.doc[before].pos_ in ("ADJ", "ADV"):
        before -= 1
    return noun.doc[before].lower_ == "in"


def mediation_act(word: Token) -> bool:
    """The word names the work of a go-between as the way an act was done, no side of it: "reached with Qatari
    mediation", "under the auspices of the UN" (but "never agreed to U.S. mediation" is agreed with the U.S.)."""
    return word.lemma_.lower() in MEDIATION_ACTS and _by_way_of(word)


def _by_way_of(noun: Token) -> bool:
    """The noun tells how an act was done: "with Qatari mediation", "through Omani mediators"; one that is what an
    act is about names its go-between as a side ("India never agreed to U.S. mediation")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in MANNER_PREPS


def _mediating_noun(word: Token) -> bool:
    """The word itself names a go-between or its work ("with Qatari mediation", "through Omani mediators", "acting
    as a go-between")."""
    return word.lemma_.lower() in MEDIATOR_NOUNS or word.lower_ in MEDIATOR_NOUNS \
        or _hyphenated(word) in MEDIATOR_NOUNS


def _hyphenated(word: Token) -> str:
    """The whole word a hyphenated noun's last part ends ("" if none): the tokenizer splits "go-between" into "go",
    "-" and "between", and the parse makes the last part the head."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].text != "-" or doc[word.i - 1].whitespace_ or doc[word.i - 2].whitespace_:
        return ""
    return f"{doc[word.i - 2].lower_}-{word.lemma_.lower()}"


def named_as_mediator(word: Token) -> bool:
    """A mention (any word of it) named as the go-between of the sentence's act, not a side of it."""
    root = phrase_root(word)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = phrase_root(root.head)  # "mediated by Qatar and Egypt"
    if root.i != word.i and _mediating_noun(root) and _by_way_of(root):
        return True  # "through Omani mediators", "with Qatar's mediation"
    holder = root.head
    if root.dep_ == "pobj" and holder.dep_ in ("prep", "agent"):
        over = holder.head
        if holder.lower_ in ("of", "by") and _mediating_noun(over) and _by_way_of(over):
            return True  # "the mediation of Turkey", "under the auspices of the UN", "mediation by Qatar"
        if holder.lower_ == "by" and over.tag_ == "VBN" and over.lemma_.lower() in MEDIATING_PARTICIPLES:
            return True  # "an exchange mediated by the UAE"
    return root.dep_ == "nsubj" and _serves_as_mediator(root.head)


def _serves_as_mediator(verb: Token) -> bool:
    """"(with the United Arab Emirates) acting as a mediator", "Turkey served as intermediary"."""
    return verb.lemma_.lower() in SERVING_VERBS and any(
        p.dep_ == "prep" and p.lower_ == "as" and any(o.dep_ == "pobj" and _mediating_noun(o) for o in p.children)
        for p in verb.children)


def helped_to_a_goal(word: Token, act: Token) -> bool:
    """"He stepped down in the hope of helping French President Macron to mend Lebanon's ties with Riyadh": the
    one helped toward a goal (an infinitive after the helping verb) is a go-between of the act, not whom it is
    aimed at; the goal names that ("Riyadh"). Not when the help is the act itself ("France helped Lebanon")."""
    root = phrase_root(word)
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in HELPING_VERBS or act.i == verb.i:
        return False
    return any(c.dep_ == "xcomp" and c.i > root.i for c in verb.children)


def in_proceedings(word: Token) -> bool:
    """The phrase is a court case or a dispute ("intervened in South Africa's case against Israel"), or a "in"
    phrase holding one: the party it names is a litigant, not whom an act lands on."""
    if word.dep_ == "prep":
        return any(in_proceedings(o) for o in word.children if o.dep_ == "pobj")
    return word.lemma_.lower() in PROCEEDING_NOUNS
