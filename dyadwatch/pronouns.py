"""Stage 3, actors: whom a pronoun stands for ("he", "it", "their", "his"), from the clause it is in and what the
article named before it.

`PronounReader` adds to the article's memory the readings that look at the parse around a pronoun: the subject of
the governing clause, the subject of its own clause, a coordinated pair before it, the state the sentence before
was about. It reads the phrases it finds there with the resolver's own `resolve` (actors.py).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .article_memory import ArticleMemory, said_as
from .parsetree import children_of, sentence_before
from .phrases import phrase_root
from .records import Actor
from .telling import reporting_verbs

__all__ = ["FIRST_PERSON", "PERSON_PRONOUNS", "PronounReader", "parallel_subject", "quoting_verb"]

SUBORDINATE_DEPS = frozenset({"relcl", "advcl"})  # "..., where he met", "before he flew"
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
PLURAL_PRONOUNS = frozenset({"they", "their", "them"})
# the speaker of a quotation ("I will ...") and the side the speaker speaks for ("we have frozen our ...")
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "mine"})
SPEAKERS_SIDE_PRONOUNS = frozenset({"we", "us", "our", "ours"})
FIRST_PERSON = SPEAKER_PRONOUNS | SPEAKERS_SIDE_PRONOUNS


class PronounReader(ArticleMemory):
    """The pronoun readings of one article; a subclass reads the phrases (`resolve`, `_resolve_head`)."""

    mention_at: dict[int, tuple[int, int, str, str]]  # token index -> the knowledge-base mention there (ActorResolver)

    def resolve(self, token: Token) -> list[Actor]:
        raise NotImplementedError  # the actors named by the phrase headed by `token` (ActorResolver)

    def _resolve_head(self, head: Token) -> list[Actor]:
        raise NotImplementedError  # ... by that phrase alone, without its coordinated ones (ActorResolver)

    def _group_named(self, head: Token) -> list[Actor]:
        raise NotImplementedError  # the group of people a plural noun names, by itself or told again (ActorResolver)


    def _governing_subject(self, pronoun: Token) -> list[Actor]:
        """"Erdogan was welcomed by Sakellaropoulou before proceeding to the mansion, where he met Mitsotakis": the
        subject of a subordinate clause is the person the governing clause is about, not the last one named."""
        if pronoun.lower_ not in ("he", "she") or pronoun.dep_ not in ("nsubj", "nsubjpass") \
                or pronoun.head.dep_ not in SUBORDINATE_DEPS:
            return []
        node = pronoun.head
        while node.head.i != node.i:
            clause, node = node, node.head
            subject = next((c for c in children_of(node) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if node.pos_ not in ("VERB", "AUX") or subject is None:
                continue
            if subject.tag_ in ("WP", "WDT") or subject.lower_ in PERSON_PRONOUNS or clause.dep_ == "ccomp":
                return []  # "Kim, who said he ...", "he said he ...", "Putin said he": left to the usual reading
            people = [a for a in self._resolve_head(subject) if self._is_person(a)]
            return [said_as(a, pronoun) for a in people[:1]]
        return []

    def _own_subject(self, pronoun: Token) -> list[Actor]:
        """"Mr Li began his visit", "Putin ended his trip": a possessive on what its clause's subject acts on is the
        subject's own, not the last person named (an Australian journalist in the sentence before)."""
        if pronoun.lower_ not in ("his", "her") or pronoun.dep_ != "poss" or pronoun.head.dep_ not in ("dobj", "pobj"):
            return []
        verb = pronoun.head.head.head if pronoun.head.dep_ == "pobj" else pronoun.head.head
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in PERSON_PRONOUNS:
            return []
        people = [a for a in self._resolve_head(subject) if self._is_person(a) or (a.name and not a.org)]
        return [said_as(a, pronoun) for a in people[:1]]

    def _subject_before(self, pronoun: Token) -> list[Actor]:
        """"Krasikov had shot Khangoshvili in a Berlin park. In December 2021 a court sentenced him to life": an
        object "him" or "her" with no person named before it in its sentence is the person the sentence before was
        about (its main clause's subject), not the last person named there; so is a "he" or "she" opening a main
        clause ("Marcos met Prime Minister Chinh. He later called on Trong": Marcos)."""
        sent = pronoun.sent
        opening = pronoun.lower_ in ("he", "she") and pronoun.dep_ == "nsubj" and pronoun.head.i == sent.root.i
        before = sentence_before(pronoun)
        if not (opening or (pronoun.lower_ in ("him", "her") and pronoun.dep_ == "dobj")) or before is None or any(
                sent.start <= i < pronoun.i for i, a in self.history if self._is_person(a)):
            return []
        subjects = [c for c in children_of(before.root) if c.dep_ == "nsubj" and c.i >= self.dateline_end]
        # (a person by title: "Azerbaijan's foreign minister briefed reporters. He said ...")
        people = [a for s in subjects[:1] for a in self._resolve_head(s)
                  if self._is_person(a) or a.name or self._titled(s.i)]
        return [said_as(a, pronoun) for a in people[:1]]

    def _unknown_person_before(self, pronoun: Token) -> list[Actor]:
        """"Chile recalled its ambassador, Pedro Alvarado, after Gallant reprimanded him": an object "him" or "her"
        after a person the knowledge base does not know, named later in its sentence than any it knows, is that
        person (the side the title gives: Chile), not one named in the sentence before."""
        if pronoun.lower_ not in ("him", "her") or pronoun.dep_ != "dobj":
            return []
        subjects = {c.i for c in children_of(pronoun.head) if c.dep_ in ("nsubj", "nsubjpass")}
        known = {i for i, a in self.history if self._is_person(a)}
        for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
            head = token.head if token.dep_ == "appos" else token  # "its ambassador, Pedro Alvarado"
            if subjects & {head.i, token.i} or token.head.i in subjects:
                continue  # ("Gallant reprimanded him": not the one who acts)
            if token.i in known:
                return []
            if token.ent_type_ != "PERSON" or token.i in self.mention_at or _inside_a_name(token):
                continue
            found = [a for a in self._resolve_head(head) if a.country]
            return [said_as(a, pronoun) for a in found[:1]]
        return []

    def _own_subject_names(self, pronoun: Token) -> set[str | None]:
        if pronoun.dep_ not in ("dobj", "dative", "pobj") or pronoun.lower_ in ("his", "her"):
            return set()
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.lower_ not in PERSON_PRONOUNS]
        return {a.name for s in subjects for a in self._resolve_head(s)}


    def _pronoun_antecedent(self, pronoun: Token) -> list[Actor]:
        """"North Korea acknowledged that it had sent troops": a state pronoun refers to the subject of the
        clause above it, or else to the last country named earlier in the same sentence, or else (a main clause's
        "it") to the named state the sentence before was about."""
        if (owner := self._parallel_owner(pronoun)):
            return owner
        if (first := parallel_subject(pronoun)) is not None:
            return [said_as(a, pronoun) for a in self._resolve_head(first)]
        if pronoun.lower_ in PLURAL_PRONOUNS:
            joined = self._coordinated_before(pronoun)
            if joined:
                return joined
        clause = pronoun.head
        while clause.head.i != clause.i and clause.dep_ not in ("ccomp", "advcl", "conj", "xcomp", "relcl"):
            clause = clause.head
        # ("invaded Kuwait and occupied it", "decided to annex it": an object is not the subject its verb shares)
        own_object = pronoun.dep_ in ("dobj", "dative") and pronoun.head.i == clause.i \
            and clause.dep_ in ("conj", "xcomp")
        if clause.head.i != clause.i and not own_object:
            above = clause.head
            if clause.dep_ == "advcl" and above.lemma_.lower() in reporting_verbs():
                # "North Korea fired ..., the military said, two days after it launched ...": the report's content
                above = next((c for c in children_of(above) if c.dep_ == "ccomp" and c.i < pronoun.i), above)
            above = _sharing_subject(above)
            for subject in (c for c in children_of(above)
                            if c.dep_ == "nsubj" and self.dateline_end <= c.i < pronoun.i):
                # (a state or a body, "The European Union said that it had adopted", "the Israel Defense Forces
                # said it had shot down"; not a person)
                body = self._names_a_body(subject)
                found = [a for a in self._resolve_head(subject) if a.party and (not a.name or a.org or body)]
                if found:
                    return [said_as(found[0], pronoun)]
        sent_start = pronoun.sent.start
        somewhere = _in_a_where_clause(pronoun)
        named = next(((index, actor) for index, actor in reversed(self.history)
                      if sent_start <= index < pronoun.i and actor.country and not actor.name
                      and not (somewhere and index in self.located)
                      and not _holds(phrase_root(self.doc[index]), pronoun)), None)
        if pronoun.lower_ in PLURAL_PRONOUNS and (group := self._group_after(named[0] if named else sent_start - 1,
                                                                             pronoun)):
            return group
        if named:
            return [said_as(named[1], pronoun)]
        found = self._previous_subject(pronoun)
        return [said_as(a, pronoun) for a in (found if pronoun.lower_ == "they" else found[:1])]

    def _group_after(self, after: int, pronoun: Token) -> list[Actor]:
        """"Mali's junta said the soldiers had arrived unannounced and called them mercenaries": a plural pronoun
        after a group of people told again ("the soldiers", the Ivorian ones) named after the last state is that
        group: the nearest plural noun between them, when it stands for a state's people (not "the talks")."""
        own = _own_clause_subjects(pronoun)
        for token in reversed(pronoun.doc[after + 1:pronoun.i]):
            if token.tag_ != "NNS" or token.pos_ != "NOUN" or token.i in own or token.right_edge.i >= pronoun.i:
                continue
            found = [a for a in self._group_named(token) if a.country and not a.org]
            return [said_as(a, pronoun) for a in found[:1]]
        return []

    def _quoted_speaker(self, pronoun: Token) -> list[Actor]:
        """""We have frozen our participation in the treaty," Pashinyan told reporters": a first-person pronoun in a
        quotation is its speaker ("I"), or the side the speaker speaks for ("we", "our": Armenia, not Pashinyan)."""
        verb = quoting_verb(pronoun)
        if verb is None:
            return []
        speakers = [c for c in children_of(verb) if c.dep_ == "nsubj" and c.lower_ not in FIRST_PERSON]
        found = [a for s in speakers[:1] for a in self.resolve(s) if a.party]
        if pronoun.lower_ in SPEAKER_PRONOUNS:
            return [said_as(a, pronoun) for a in found[:1]]
        return [replace(said_as(a, pronoun), name=None) for a in found[:1]]

    def _names_a_body(self, head: Token) -> bool:
        """The phrase headed by `head` names an organisation or an agency ("the Israel Defense Forces"), which "it"
        can stand for, unlike a person named."""
        return any(head.left_edge.i <= index <= head.i and actor.start in self.bodies_at
                   for index, actor in self.history)

    def _parallel_owner(self, pronoun: Token) -> list[Actor]:
        """"China supports the North's denuclearization efforts and its dialogue with the United States": a
        possessive on a noun joined to one owned by a named side is that side's (not the subject's, China)."""
        if pronoun.dep_ != "poss" or pronoun.head.dep_ != "conj":
            return []
        first = pronoun.head.head
        owners = [c for c in children_of(first) if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
        found = [a for o in owners[:1] for a in self.resolve(o) if a.party and (not a.name or a.org)]
        return [said_as(a, pronoun) for a in found[:1]]

    def _previous_subject(self, pronoun: Token) -> list[Actor]:
        """"Morocco recalled its envoy from Berlin. It also accused Germany of ...": the subject "it" of a sentence's
        main clause, with nothing before it in the sentence to stand for, is the named state (or body: "the Israel
        Defense Forces") the sentence before was about (its main clause's subject)."""
        before = sentence_before(pronoun)
        if pronoun.lower_ not in ("it", "they") or pronoun.dep_ != "nsubj" or pronoun.head.i != pronoun.sent.root.i \
                or before is None:
            return []
        if pronoun.lower_ == "they":
            return self._previous_pair(before)
        subjects = [c for c in children_of(before.root) if c.dep_ == "nsubj" and c.i >= self.dateline_end
                    and c.pos_ == "PROPN"]  # a named state or body: which country "the ministry" is, is a guess
        return [a for s in subjects[:1] for a in self._resolve_head(s)
                if a.party and (not a.name or self._names_a_body(s))]

    def _previous_pair(self, before: Span) -> list[Actor]:
        """"The two sides would consult each other ... They also condemned American plans": a main clause's "they"
        with nothing before it in its sentence is the pair the sentence before had as its subject (two countries
        named together, "the two leaders", "Moscow and Pyongyang")."""
        subjects = [c for c in children_of(before.root) if c.dep_ == "nsubj" and c.i >= self.dateline_end]
        found = [a for s in subjects[:1] for a in self.resolve(s) if a.country]
        return found if len({a.party for a in found}) >= 2 else []

    def _coordinated_before(self, pronoun: Token) -> list[Actor]:
        """"Japan protested to China and Russia after their bombers flew", "Lula and Trump met ..., their first
        formal talks": a plural pronoun refers to the last coordinated pair of countries, or of their people, before
        it in the sentence."""
        for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
            if token.right_edge.i >= pronoun.i:
                continue  # "China and their allies": a phrase holding the pronoun is not its antecedent
            if any(c.dep_ == "conj" for c in children_of(token)):
                found = [a for a in self.resolve(token) if a.country]
                if len({a.party for a in found}) >= 2:
                    return [said_as(a, pronoun) for a in found]
        return []


def parallel_subject(pronoun: Token) -> Token | None:
    """"It has provided the Soviet Union with a cushion against the U.S. and it has provided North Korea with a
    patron": the same pronoun as the subject of the clause it is joined to stands for what that one stands for (the
    treaty), not for the last country named between them."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    return next((c for c in children_of(verb.head) if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == pronoun.lower_
                 and c.i < pronoun.i), None)


def quoting_verb(pronoun: Token) -> Token | None:
    """The verb of saying whose quotation holds the pronoun: the clause it is in is the verb's complement, opened
    by a quotation mark before the pronoun and closed before the verb ("\"We will respond,\" the minister said")."""
    clause = pronoun
    while clause.dep_ != "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.i < pronoun.i or verb.lemma_.lower() not in reporting_verbs():
        return None
    doc = pronoun.doc
    opened = any(t.is_quote for t in doc[pronoun.sent.start:pronoun.i])
    closed = any(t.is_quote for t in doc[pronoun.i + 1:verb.i])
    return verb if opened and closed else None


def _sharing_subject(verb: Token) -> Token:
    """The verb whose subject a joined verb shares: "Leaders of the G7 condemned the attack and said they stood with
    Israel" (the subject of "said" is that of "condemned")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                    for c in children_of(verb)):
        verb = verb.head
    return verb


def _own_clause_subjects(pronoun: Token) -> set[int]:
    """The words of the subject of the clause the pronoun is in ("Chinese firms will be barred from dealing with
    them": not the firms); none for a verb that only shares one it is joined to ("the soldiers had arrived and [the
    junta] called them")."""
    node = pronoun.head
    while True:
        subjects = [c for c in children_of(node) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return {t.i for s in subjects for t in s.subtree}
        if node.head.i == node.i or node.dep_ in ("conj", "ccomp", "advcl", "relcl", "xcomp"):
            return set()
        node = node.head


def _inside_a_name(token: Token) -> bool:
    """The word is a name's first or middle word, not its last (the one the parse hangs the others on)."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"


def _in_a_where_clause(pronoun: Token) -> bool:
    """"Their first summit in Singapore, where they signed a statement": who acts in a clause that says where is
    not a place named as where (the city-state there, "the Hanoi meeting" before)."""
    clause = pronoun.head
    return pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "where" for c in children_of(clause))


def _holds(phrase: Token, pronoun: Token) -> bool:
    """The pronoun is in a relative clause of the phrase ("the Japanese citizens it abducted", "Qatar, which it
    called a friendly country"): a phrase is not what a pronoun in its own relative clause stands for."""
    return phrase.left_edge.i <= pronoun.i <= phrase.right_edge.i and any(
        a.dep_ == "relcl" and phrase.left_edge.i <= a.i <= phrase.right_edge.i
        and not any(c.dep_ == "mark" for c in children_of(a)) for a in pronoun.ancestors)
    # (a clause led by "that" as a conjunction is what was said: "served notice on six diplomats that they were
    # being expelled")
