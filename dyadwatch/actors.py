"""Stage 3, actors: a phrase in the parse -> the actor(s) it names (country, PLOVER sector, identity).

`ActorResolver` works on one parsed article. For the noun phrase headed by a token it combines what the
knowledge base found inside the phrase (a person with a dated role, a country, a demonym, a capital used as a
metonym, an outlet, an organisation, a title) with the phrase's head noun ("troops" -> MIL). Short references
are resolved from what came before in the article: a surname after a full name, "he", "the country", "the two
countries". What the article named so far (and the other side an act is aimed at) is kept by `ArticleMemory`
(article_memory.py); the readings of a pronoun from the parse around it are `PronounReader`'s (pronouns.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .article_memory import said_as
from .bystanders import bygone_state, named_as_mediator
from .knowledge import KnowledgeBase
from .parsetree import children_of, entities_of, tokens_of
from .phrases import (
    EAST_ASIAN_FAMILY_NAME_FIRST,
    coordinated_heads,
    entity_end,
    family_name,
    named_as_location,
    noun_phrase,
    phrase_root,
    place_names,
    provenance,
    sided_with,
    state_as_actor,
    unique_actors,
)
from .pronouns import FIRST_PERSON, PERSON_PRONOUNS, PronounReader
from .records import Actor
from .shortnames import settled_abbreviations, short_names
from .telling import reporting_verbs
from .venues import hosted_gathering

__all__ = ["ActorResolver", "PartialActor"]

STATE_PRONOUNS = frozenset({"it", "its", "they", "their", "them"})
HOME_NOUNS = frozenset({"government", "ministry", "cabinet"})  # bare, the dateline country's when it takes part
# "Russia-backed separatists in Ukraine" are Ukraine's; a coalition "Saudi-led" is still Saudi Arabia's
BACKING_VERBS = frozenset({"back", "support", "sponsor", "arm", "fund", "finance"})
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "government", "regime", "cabinet"})
JUNTA_NOUNS = frozenset({"junta"})  # a state's military rulers: the state named with them, not the last one named
# "the transitional government", "the military authorities": the rulers after a coup, as "the junta"
UNELECTED_WORDS = frozenset({"military", "transitional"})
# "Niger's military rulers", "junta leader Tiani": whose rulers "the junta" are
RULERS_WORDS = frozenset({"junta", "ruler", "putschist", "coup"}) | UNELECTED_WORDS
UNELECTED_BODIES = frozenset({"government", "regime", "authority", "ruler", "council"})
DYAD_NOUNS = frozenset({"country", "nation", "side", "leader", "government", "state", "capital", "neighbour",
                        "neighbor", "ally", "partner", "navy", "army", "military", "force", "ministry", "minister",
                        "president", "delegation", "foreign minister"})
PERSON_DYAD_NOUNS = frozenset({"leader", "president", "minister", "envoy", "negotiator", "delegate"})
DYAD_WORDS = frozenset({"two", "both", "each"})  # ("each side accused the other": the pair, each on the other)
PAIR_PLURALS = frozenset({"neighbour", "neighbor", "ally", "rival", "partner"})  # "the neighbours" = the pair
STATE_NOUNS = frozenset({"country", "nation", "side", "state", "government", "neighbour", "neighbor", "ally",
                         "partner", "rival"})  # a pair of these stands for the two governments
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "representative", "delegate", "delegation", "mission",
                         "emissary", "negotiator"})
ENVOY_TITLES = frozenset({"ambassador", "envoy", "emissary", "diplomat"})  # "the envoy": a person introduced so
COMPANY_NOUNS = frozenset({"company", "firm", "corporation", "conglomerate", "monopoly", "giant", "operator"})
COMPANY_WINDOW = 80  # tokens back to the company a "the company" refers to
# states that news calls "the island"
ISLAND_STATES = frozenset({"TWN", "CUB", "CYP", "LKA", "MDG", "ISL", "MLT", "JAM", "HTI", "DOM", "SGP", "NZL",
                           "BHR", "MDV", "MUS", "FJI", "TLS", "BRN"})
# "the kingdom", "the emirate", "the sultanate": the last state named that is one (Britain, seldom so called, left out)
MONARCHIES = {
    "kingdom": frozenset({"SAU", "JOR", "MAR", "BHR", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "THA", "KHM", "BTN",
                          "LSO", "SWZ", "TON"}),
    "emirate": frozenset({"QAT", "KWT"}),
    "sultanate": frozenset({"OMN", "BRN"}),
}
# "the alliance", "the bloc", "the watchdog": the last organisation or agency named
STATE_OFFICES = frozenset({"treasury"})  # "the Treasury sanctioned": a state's own office, as "the ministry"
BODY_NOUNS = frozenset({"alliance", "bloc", "watchdog", "agency", "organisation", "organization", "body",
                        "ministry", "service", "group", "council", "union", "grouping", "forum", "court"})
# "the bloc", "the alliance": a grouping of states (an IGO, or the EU), not one of its bodies; an EU institution
# named last (organisations.yaml sector EUR) stands for the EU
BLOC_NOUNS = frozenset({"alliance", "bloc", "union", "grouping"})
RULING_NOUNS = frozenset({"government", "regime", "administration", "cabinet"})  # whatever runs them
# "the Minsk agreement", "the Hanoi summit": a capital an agreement or a meeting is named after is where it was made
# or held, no party (`_names_an_accord`)
ACCORD_NOUNS = frozenset({"agreement", "accord", "deal", "treaty", "pact", "protocol", "declaration", "process",
                          "format", "memorandum", "communique", "charter", "convention",
                          "summit", "meeting", "talks", "conference", "forum"})
# the offices a family name alone most likely means, when several people of that name hold one (_office_holder)
HEAD_OF_STATE_TITLES = frozenset({"president", "supreme leader", "king", "queen", "emperor", "emir", "sultan",
                                  "president of the state affairs", "president of the confederation"})
SPECIFIC_OVER_GENERIC = "GOV"  # a MIL or SPY cue beats the generic GOV one ("military leaders" -> MIL)


# plural nouns that tell one group again under another word ("Egyptian troops were captured ... the soldiers")
SOLDIER_NOUNS = frozenset({"soldier", "troop", "serviceman", "servicemember"})


@dataclass(frozen=True)
class PartialActor:
    """What one knowledge-base mention says about an actor; the phrase around it may add a sector."""

    country: str | None = None
    sector: str | None = None
    name: str | None = None
    org: str | None = None


class ActorResolver(PronounReader):
    """Resolves phrases of one article; `day` (ISO date) picks people's roles. What the article named so far, and
    the pronoun readings, are in `ArticleMemory` (article_memory.py) and `PronounReader` (pronouns.py)."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, day: str | None, text: str | None = None) -> None:
        """`text`: the doc's text, when the caller has it (`doc.text` joins it from every token)."""
        super().__init__(doc, kb)
        self.day = day
        self.text = doc.text if text is None else text  # (as is a span's on each access: read once, sliced after)
        self.entities: tuple[Span, ...] = tuple(entities_of(doc))  # doc.ents builds new spans on every access
        self.mentions = place_names(doc, short_names(doc, settled_abbreviations(doc, kb)))
        self.mention_at: dict[int, tuple[int, int, str, str]] = {}
        for mention in self.mentions:
            for i in range(mention[0], mention[1]):
                self.mention_at[i] = mention
        self.aliases: dict[str, PartialActor] = {}
        self.ambiguous: set[str] = set()  # family names shared by two people of the article
        self._named_by: dict[int, tuple[PartialActor | None, tuple[Actor, ...] | None]] = {}  # head -> `_named`
        self._entries: dict[tuple[str, str], PartialActor] = {}  # (kind, key) -> `_partial`
        self._learn_history()

    # -- public --------------------------------------------------------------------------------------------

    def resolve(self, token: Token) -> list[Actor]:
        """The actors named by the phrase headed by `token`, its coordinated phrases included."""
        if token.i < self.dateline_end:
            # "WOODSIDE, California, Nov 15 (Reuters) - U.S. President Joe Biden and ... met": the model hangs the
            # sentence's subject on the dateline's place (as an apposition, or a conjunct: "KUALA LUMPUR ... - Lula
            # and Trump met"); the subject is the name after the dateline
            return unique_actors([a for c in children_of(token) if c.dep_ in ("appos", "conj")
                                  and c.i >= self.dateline_end for a in self.resolve(c)])
        actors: list[Actor] = []
        for head in coordinated_heads(token):
            actors.extend(self._resolve_head(head))
        return unique_actors(actors)

    def mention_actor(self, start: int, end: int) -> PartialActor | None:
        """The knowledge-base meaning of tokens [start, end), if a mention covers them."""
        mention = self.mention_at.get(start)
        return self._partial(mention) if mention and mention[1] >= end else None

    # -- phrase resolution ---------------------------------------------------------------------------------

    def _resolve_head(self, head: Token) -> list[Actor]:
        partial, named = self._named(head)
        if named is not None:
            return list(named)
        pair = self._pair_they_are_from(head)
        if pair:
            sector = partial.sector if partial else None
            return [replace(a, sector=sector or a.sector, name=None) for a in pair]
        if (official := self._home_official(head, partial) or self._envoy_named_before(head, partial)):
            return official
        owner = next((c for c in children_of(head) if c.dep_ == "poss"), None)
        if owner is not None and partial is None and head.lemma_.lower() in ("country", "nation") \
                and owner.lower_ in ("his", "her"):
            # "Tokayev said his country would not recognise ...": the state of the person the pronoun stands for
            return [replace(a, sector="GOV", name=None) for a in self._short_reference(owner, None) if a.country]
        if owner is not None and partial is not None and owner.i not in self.mention_at:
            # "the country's top diplomat", "its navy": the owner is a short reference, the head gives the sector
            return [replace(a, sector=partial.sector or a.sector) for a in self._short_reference(owner, None)]
        return self._short_reference(head, partial)

    def _named(self, head: Token) -> tuple[PartialActor | None, tuple[Actor, ...] | None]:
        """What the phrase headed by `head` says by itself, and its actors when it names a country or an organisation;
        read once per head, as none of it depends on what the article told before (`aliases` are learnt first)."""
        found = self._named_by.get(head.i)
        if found is None:
            scope = sorted(noun_phrase(head), key=lambda t: t.i)
            scope += self._stray_name(head, scope)
            partial = self._combine(head, scope)
            named = (self._actor(partial, scope), *self._coordinated_modifiers(head, partial)) \
                if partial is not None and (partial.country or partial.org) else None
            found = self._named_by[head.i] = (partial, named)
        return found

    def _stray_name(self, head: Token, scope: list[Token]) -> list[Token]:
        """"talks with Communist Party chief To Lam": a person's name right after a singular title noun, which the
        model hung elsewhere (a name that begins like a preposition), is the name of whom the title describes."""
        name = self.mention_at.get(head.i + 1)
        if head.tag_ != "NN" or scope[-1].i != head.i or name is None or name[2] != "person" or name[0] != head.i + 1:
            return []
        return list(self.doc[name[0]:name[1]])

    def _pair_they_are_from(self, head: Token) -> list[Actor]:
        """"ministers from both sides", "officials of the two countries": the two parties named before."""
        for prep in (c for c in children_of(head) if c.dep_ == "prep" and c.lower_ in ("from", "of")):
            for item in (o for o in children_of(prep) if o.dep_ == "pobj" and o.lemma_.lower() in DYAD_NOUNS):
                pair = self._short_reference(item, None)
                if len(pair) > 1:
                    return pair
        return []

    def _coordinated_modifiers(self, head: Token, partial: PartialActor) -> list[Actor]:
        """"Russian and North Korean officials", "the presidents of South Korea and the United States": one actor
        per coordinated nationality or country, same sector."""
        found = []
        modifiers = [c for c in children_of(head) if c.dep_ in ("amod", "compound", "nmod", "poss")]
        modifiers += [o for p in children_of(head) if p.dep_ == "prep" and p.lower_ in ("of", "from")
                      for o in children_of(p) if o.dep_ == "pobj"]
        for modifier in modifiers:
            for other in _conjuncts_after(modifier):  # "from Chile, Costa Rica, Panama and Peru": a chain
                words = sorted([other, *(c for c in children_of(other) if c.dep_ in ("compound", "amod"))],
                               key=lambda t: t.i)
                places = [m for m in self._mentions_in(words) if m[2] in ("country", "demonym", "capital")]
                if places:
                    country = self._partial(places[0]).country
                    # "North Korean officials" runs on to its head; "chiefs of Peru and South Korea" is its words
                    scope = [words[0], head] if head.i > words[-1].i else words
                    found.append(self._actor(replace(partial, country=country, name=None, org=None), scope))
        return found

    def _combine(self, head: Token, scope: list[Token]) -> PartialActor | None:
        mentions = self._mentions_in(scope)
        title_sector = next((self.kb.titles[m[3]] for m in mentions if m[2] == "title"), None)
        people = [m for m in mentions if m[2] == "person"]
        if people:
            # "Trump's envoy Steve Witkoff" is Witkoff: the person the phrase's head names, before its possessor
            person = next((m for m in people if m[0] <= head.i < m[1]), people[0])
            found = self._as_named(person, mentions) or self._partial(person)
            return replace(found, sector=found.sector or title_sector)
        unknown = self._unknown_person(scope)  # a name in the phrase the knowledge base does not know
        office_holder = self._office_holder(unknown, mentions)
        if office_holder is not None:
            return office_holder
        for kind in ("organisation", "agency", "outlet"):
            owner = next((m for m in mentions if m[2] == kind and m[0] <= head.i < m[1]), None)
            if owner:
                return self._national_body(owner, mentions) or self._partial(owner)
        places = [m for m in mentions if m[2] in ("country", "demonym", "capital", "seat", "organisation", "agency")]
        if not places and head.lemma_.lower() in self.kb.sector_nouns and not _counted_pair(head):
            # "companies in China" are Chinese companies; "the two presidents in Saint Vincent" are a pair
            places = self._located_in(head)
        places = _without_backers(head, places)
        if places and all(_backs(head, m, BACKING_VERBS) for m in places):
            # "the Russia-backed separatists in eastern Ukraine": a group only its backer names is where it is
            places = self._located_in(head) or places
        places.sort(key=lambda m: 0 if m[0] <= head.i < m[1] else abs(m[0] - head.i))
        if head.lemma_.lower() in ENVOY_NOUNS:  # "North Korea's UN ambassador" serves North Korea, not the UN
            places.sort(key=lambda m: m[2] not in ("country", "demonym", "capital"))
        base = self._partial(places[0]) if places else PartialActor()
        # a head inside the country's own name ("the Soviet Union") is no sector noun ("union" = labour)
        in_name = bool(places) and places[0][2] == "country" and places[0][0] <= head.i < places[0][1]
        cue = None if in_name else self._sector_cue(head)
        sector = title_sector or cue or base.sector or state_as_actor(head, places)
        name = unknown if base.country or title_sector else None
        if name is None and not places and title_sector is None:
            alias = self._alias_for(head)
            if alias:
                return alias
        if not places and title_sector is None and sector is None:
            return None
        return PartialActor(base.country, sector, name or base.name, base.org)

    def _national_body(self, owner: tuple[int, int, str, str], mentions: list[tuple[int, int, str, str]],
                       ) -> PartialActor | None:
        """"Russia's Security Council" is a national body that shares an international one's name."""
        if owner[2] != "organisation":
            return None
        country = next((m for m in mentions if m[2] in ("country", "demonym") and m[1] <= owner[0]), None)
        if country is None:
            return None
        return PartialActor(country[3], "GOV", self.doc[owner[0]:owner[1]].text)

    def _located_in(self, head: Token) -> list[tuple[int, int, str, str]]:
        objects = [o for c in children_of(head) if c.dep_ == "prep" and c.lower_ in ("in", "based")
                   for o in children_of(c) if o.dep_ == "pobj"]
        found = self._mentions_in([t for o in objects for t in coordinated_heads(o)])
        return [m for m in found if m[2] == "country"]

    def _sector_cue(self, head: Token) -> str | None:
        own = self.kb.sector_nouns.get(head.lemma_.lower())
        if own and head.lemma_.lower() in RULING_NOUNS:
            return own  # "Burma's military government" governs
        cues: list[str | None] = [own]
        cues += [self.kb.sector_nouns.get(c.lemma_.lower()) for c in children_of(head)
                 if c.dep_ in ("amod", "compound")]
        found = [c for c in cues if c]
        specific = [c for c in found if c != SPECIFIC_OVER_GENERIC]
        return (specific or found)[0] if found else None

    def _mentions_in(self, scope: list[Token]) -> list[tuple[int, int, str, str]]:
        seen: list[tuple[int, int, str, str]] = []
        for token in scope:
            mention = self.mention_at.get(token.i)
            if mention is None or mention in seen:
                continue  # (a mention of several words is looked at once)
            if sided_with(self.doc, mention[0]) or provenance(self.doc, mention[1]) or self._names_an_accord(mention):
                continue  # "pro-Russian separatists" are not Russian, "Israeli-made drones" not Israel's
            seen.append(mention)
        return seen

    def _names_an_accord(self, mention: tuple[int, int, str, str]) -> bool:
        """A capital naming the agreement or meeting after it: "until the Minsk agreement is implemented", "the Hanoi
        summit" (not "the Moscow government"; nor a country: "the Iran deal" is a deal with Iran)."""
        last = self.doc[mention[1] - 1]
        if mention[2] == "country":
            return hosted_gathering(last)  # ("at the Singapore summit": where it met)
        return mention[2] == "capital" and last.dep_ == "compound" and last.head.lemma_.lower() in ACCORD_NOUNS

    def _partial(self, mention: tuple[int, int, str, str]) -> PartialActor:
        """What the knowledge-base entry of a mention says; the same for each mention of it, so read once."""
        found = self._entries.get((mention[2], mention[3]))
        if found is None:
            found = self._entries[(mention[2], mention[3])] = self._entry(mention[2], mention[3])
        return found

    def _entry(self, kind: str, key: str) -> PartialActor:
        if kind in ("country", "demonym"):
            return PartialActor(country=key)
        if kind in ("capital", "seat"):
            return PartialActor(country=key, sector="GOV")
        if kind == "organisation":
            org = self.kb.organisations[key]
            return PartialActor(sector=org.sector, name=org.name, org=org.code)
        if kind == "agency":
            agency = self.kb.agencies[key]
            return PartialActor(agency.country, agency.sector, agency.name)
        if kind == "outlet":
            outlet = self.kb.outlets[key]
            return PartialActor(country=outlet.country, sector="JRN", name=outlet.name)
        if kind == "person":
            person = self.kb.people[key]
            role = person.role_on(self.day)
            return PartialActor(role.country if role else None, role.sector if role else None, person.name)
        return PartialActor(sector=self.kb.titles.get(key))

    def _as_named(self, person: tuple[int, int, str, str], mentions: list[tuple[int, int, str, str]],
                  ) -> PartialActor | None:
        """"Estonian Prime Minister Kaja Kallas" in a 2025 article, "then-Estonian PM": a nationality written before
        the name says which of the person's offices the text means, over the one held on the article's date (the
        latest role in that country; none there: the usual dated role)."""
        named = {m[3] for m in mentions if m[2] in ("country", "demonym") and m[1] <= person[0]}
        roles = [r for r in self.kb.people[person[3]].roles if r.country in named]
        dated = self.kb.people[person[3]].role_on(self.day)
        if not roles or dated is None or dated.country in named:
            return None
        role = max(roles, key=lambda r: r.start or "")
        return PartialActor(role.country, role.sector, person[3])

    def _office_holder(self, name: str | None, mentions: list[tuple[int, int, str, str]]) -> PartialActor | None:
        """"President Bush" in 2005: a surname the base holds only as part of full names stands for the one
        person of that family name who held an office on the article's date; several such people, or none, or a
        family name of someone the article named in full: no. A nationality written before the name that the
        holder's office is not of says it is someone else ("Egyptian ambassador Karim Fouad" is no Iraqi minister
        Fuad); a given name is no family name ("Karim Fouad" is no Fouad Siniora), and another given name is
        someone else ("Bandar Abbas", a port the model takes for a person, is no Mahmoud Abbas). `name`: the name
        in the phrase the base does not know (`_unknown_person`)."""
        if name is None or self.day is None or name in self.aliases:
            return None  # ("protested to Wu" after "Chinese Ambassador Wu Jianghao": the one the article named)
        surname, given = name.split()[-1], len(name.split()) > 1
        holders = [p for p in self.kb.people_named(surname) if any(r.holds_on(self.day) for r in p.roles) and (
            not given or (any(_family_word(n, r.country) == surname.lower() for n in p.names for r in p.roles)
                          and p.goes_by(name.split()[0])))]
        if len(holders) > 1:  # "Putin and Kim signed": of several, the one head of state is the one named bare
            holders = [p for p in holders if any(r.holds_on(self.day) and _heads_a_state(r.title) for r in p.roles)]
        if len(holders) != 1:
            return None
        role = holders[0].role_on(self.day)
        named = {m[3] for m in mentions if m[2] in ("country", "demonym")}
        if role is None or (named and role.country not in named):
            return None
        return PartialActor(role.country, role.sector, holders[0].name)

    def _unknown_person(self, scope: list[Token]) -> str | None:
        for token in scope:
            if token.ent_type_ == "PERSON" and token.i not in self.mention_at and token.ent_iob_ == "B":
                span = self.doc[token.i:entity_end(token)]
                return span.text
        return None

    def _alias_for(self, head: Token) -> PartialActor | None:
        if head.ent_type_ != "PERSON" and head.pos_ != "PROPN" and not head.text[:1].isupper():
            return None  # (a family name the model tags as a common noun, "Koenders summoned him", still counts)
        return None if head.text in self.ambiguous else self.aliases.get(head.text)

    def _short_reference(self, head: Token, partial: PartialActor | None) -> list[Actor]:
        lower = head.lower_
        if lower in PERSON_PRONOUNS:
            governing = self._governing_subject(head) or self._own_subject(head) or self._unknown_person_before(head) \
                or self._subject_before(head)
            if governing:
                return governing
            own = self._own_subject_names(head)  # "Powell urged him": "him" is not Powell
            return self._last(head.i, lambda a: self._is_person(a) and a.name not in own, head)
        lemma = head.lemma_.lower()
        determiners = {c.lower_ for c in children_of(head) if c.dep_ in ("det", "nummod", "predet", "amod")}
        plural_pair = head.tag_ == "NNS" and determiners == {"the"} and lemma in PAIR_PLURALS
        unnumbered = self._plural_people(head, lemma)
        if lemma in DYAD_NOUNS and determiners & DYAD_WORDS or plural_pair or unnumbered:
            pair = self._people_pair(head, unnumbered) if lemma in PERSON_DYAD_NOUNS else \
                self._with_speaker(head, self.dyad_pair(head.i, lemma) or self.recent_pair(head.i))
            sector = self._sector_cue(head) or ("GOV" if lemma in STATE_NOUNS else None)
            return [replace(said_as(a, head), sector=sector or a.sector) for a in pair]
        if lower in STATE_PRONOUNS:
            return self._pronoun_antecedent(head)
        if lower in FIRST_PERSON:  # "\"We will respond,\" the minister said": the speaker's side
            return self._quoted_speaker(head)
        if lower == "whose":  # "Estonia, whose ambassador was expelled": the noun the relative clause is about
            clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
            return self.resolve(clause.head) if clause is not None and clause.head.i < head.i else []
        if (lemma in JUNTA_NOUNS or lemma in UNELECTED_BODIES and determiners & UNELECTED_WORDS) \
                and determiners & {"the", "this", "that"} and (found := self._junta_of(head)):
            return [replace(a, sector=partial.sector if partial else a.sector, name=None) for a in found]
        if lemma in COUNTRY_NOUNS and determiners & {"the", "this", "that"} and head.tag_ == "NN":
            sector = partial.sector if partial else None
            # "Iran's foreign minister arrived in Muscat. The country's top diplomat said": not the place visited
            found = self._home_government(head) or self._last(head.i, _a_state, head, unplaced=True) or \
                self._last(head.i, _a_state, head)
            return [replace(a, sector=sector or a.sector, name=None) for a in found]
        return self._named_reference(head, lemma, determiners)

    def _with_speaker(self, head: Token, pair: list[Actor]) -> list[Actor]:
        """"Trong said the two countries had agreed": a pair that one of its sides tells of holds the teller's
        country: the last pair named acting together that does ("The United States and Vietnam elevated ... on a
        par with China and Russia ... Trong said the two countries"), when the last two named do not (but "Somalia
        and Ethiopia agreed ..., the two sides will begin talks, Erdogan said": a mediator tells of the two)."""
        clause = head
        while clause.dep_ != "ccomp" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in reporting_verbs():
            return pair
        tellers = {a.party for c in children_of(clause.head) if c.dep_ == "nsubj" for a in self.resolve(c)}
        if not tellers or tellers & {a.party for a in pair}:
            return pair
        return next((found for party in tellers if (found := self.acting_pair_with(party, head.i))), pair)

    def _junta_of(self, head: Token) -> list[Actor]:
        """"the junta led by Captain Ibrahim Traoré": its leader's state; "... junta leader General Tiani and
        Russian President Vladimir Putin. The junta announced": the state named with its rulers before, not the
        last state named; else the dateline's, if it takes part, else the last state named as a subject."""
        leaders = [a for c in children_of(head) if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
                   for agent in children_of(c) if agent.dep_ == "agent"
                   for o in children_of(agent) if o.dep_ == "pobj" for a in self.resolve(o) if a.country]
        if leaders:
            return [said_as(leaders[0], head)]
        for index, actor in reversed(self.history):
            root = phrase_root(self.doc[index])
            if index < head.i and _a_state(actor) and \
                    any(t.lemma_.lower() in RULERS_WORDS for t in self.doc[root.left_edge.i:root.i + 1]):
                return [said_as(actor, head)]
        return self._last(head.i, lambda a: _a_state(a) and a.country == self.filed_from, head) or \
            self._last(head.i, lambda a: _a_state(a) and self.a_subject(a), head)

    def _people_pair(self, head: Token, unnumbered: bool) -> list[Actor]:
        """Who "the two leaders" or "the ministers" are: with no number said, the article's main pair (not the
        hosts just named); else two people named together ("X and her Rwandan counterpart Y", not the Secretary
        of State looking on), else the last two people named."""
        main = self.main_pair_before(head.i, unplaced=True) if unnumbered else []
        return main or self.recent_coordinated_pair(head.i, people=True) or self._main_people(head) or \
            self.recent_pair(head.i, people=True) or self.recent_pair(head.i)

    def _main_people(self, head: Token) -> list[Actor]:
        """"Putin held talks with Kim ... after meeting Jiang in Beijing. The two leaders signed": the two leaders
        not named together are the article's main pair, when people of both were named, rather than the last two
        people named."""
        main = self.main_pair_before(head.i, unplaced=True)
        last = {a.party: i for i, a in self.history if i < head.i and self._is_person(a)}  # (in text order)
        if not main or not {a.party for a in main} <= set(last):
            return []
        return sorted(main, key=lambda a: last[a.party])  # in the order last named, as `recent_pair` gives them

    @staticmethod
    def _plural_people(head: Token, lemma: str) -> bool:
        """"The leaders agreed", "the foreign ministers had met": plural leaders or ministers with no number and no
        country named stand for the pair the article is about, as "the two leaders" do."""
        if head.tag_ != "NNS" or lemma not in PERSON_DYAD_NOUNS or head.dep_ != "nsubj":
            return False
        modifiers = [c for c in children_of(head) if c.dep_ in ("det", "nummod", "predet", "amod", "compound", "poss")]
        # ("Special envoys had agreed": a kind of them, with no article, is the pair too)
        return bool(modifiers) and all(c.lower_ == "the" or (c.dep_ == "amod" and c.pos_ == "ADJ") for c in modifiers)

    def _home_government(self, head: Token) -> list[Actor]:
        """"ROTTERDAM (ANP) - ... the government refused landing rights": a bare "the government" or "the ministry"
        is the one of the country the story is filed from, when that country takes part in it, named before as an
        actor, not only as the place of the talks ("VIENNA - ... held talks in Vienna": not Austria)."""
        if head.lemma_.lower() not in HOME_NOUNS or self.filed_from is None or any(
                c.dep_ in ("amod", "compound", "poss") for c in children_of(head)):
            return []
        return self._last(head.i, lambda a: a.country == self.filed_from and a.org is None, head, unplaced=True)

    def _home_official(self, head: Token, partial: PartialActor | None) -> list[Actor]:
        """"N'DJAMENA (AP) - ... Foreign Minister Abderaman Koulamallah announced": an official the base does not
        know, titled with no country, is of the country the story is filed from, when that country takes part (not
        an envoy, most often the guest's: "Ambassador Pablo Monroy was expelled")."""
        if partial is None or partial.country or not partial.name or partial.sector != "GOV" \
                or self.filed_from is None or any(t.lemma_.lower() in ENVOY_NOUNS for t in noun_phrase(head)):
            return []
        home = self._last(head.i, lambda a: a.country == self.filed_from and a.org is None, head, unplaced=True)
        return [replace(a, sector=partial.sector, name=partial.name) for a in home]

    def _envoy_named_before(self, head: Token, partial: PartialActor | None) -> list[Actor]:
        """"Burkina Faso summoned Ghana's ambassador ... Ambassador Boniface Adagbila was received": an envoy by name
        the base does not know, titled with no country, is the one of the last country whose envoy the article named,
        a guest's (not the envoy of the country the story is filed from: "LIMA - ... Peru's envoy had been recalled
        ... since ambassador Pablo Monroy was expelled" is Mexico's)."""
        if partial is None or partial.country or not partial.name \
                or not any(t.lemma_.lower() in ENVOY_TITLES for t in noun_phrase(head)):
            return []
        for token in reversed(tokens_of(self.doc)[:head.i]):
            if token.lemma_.lower() in ENVOY_TITLES:
                named = self._named(token)[1]
                states = [a for a in named or () if a.country and a.org is None and a.country != self.filed_from]
                if states:
                    return [replace(said_as(states[0], head), sector=partial.sector, name=partial.name)]
        return []

    def _named_reference(self, head: Token, lemma: str, determiners: set[str]) -> list[Actor]:
        """"the North" after Korea is named; "the alliance", "the watchdog" for the last body named; "the
        minister", "the general" for the last person named whose role fits."""
        if not determiners & {"the", "this", "that"}:
            return []
        if lemma in ("north", "south") and head.pos_ == "PROPN":
            korea = {"north": "PRK", "south": "KOR"}[lemma]
            if any(a.country in ("PRK", "KOR") for _i, a in self.history):
                span = self.doc[head.i - 1:head.i + 1]
                return [Actor(korea, "GOV", None, span.text, span.start_char, span.end_char)]
        if lemma == "resolution":  # "North Korea rejected the resolution": the body that voted it
            return self.voted_by(head)
        if lemma in STATE_OFFICES:
            # "The United States announced new measures ... The Treasury sanctioned ...": the office of the state
            # told acting (the dateline's, the last subject state, else the last named), not the last body named
            state = self._home_government(head) or \
                self._last(head.i, lambda a: _a_state(a) and self.a_subject(a), head) or \
                self._last(head.i, _a_state, head)
            return [replace(a, sector="GOV", name=None) for a in state]
        if lemma in BODY_NOUNS:  # ("A Turkish court convicted ... The court sentenced": that court, not the last body)
            body = self._bloc(head) if lemma in BLOC_NOUNS else self._same_body(head, lemma) or \
                self._last(head.i, lambda a: a.start in self._body_chars(), head)
            if body or lemma not in self.kb.sector_nouns:
                return body
            # "the ministry": the dateline country's, if it takes part; after "North Korea's foreign ministry": the
            # last state named as a subject (not "Russia expelled Estonia's ambassador. The Foreign Ministry ordered
            # ...": Russia's), else the last named
            state = self._home_government(head) or \
                self._last(head.i, lambda a: _a_state(a) and self.a_subject(a), head) or \
                self._last(head.i, _a_state, head)
            return [replace(a, sector=self.kb.sector_nouns[lemma], name=None) for a in state]
        if lemma == "island":
            return self._last(head.i, lambda a: a.country in ISLAND_STATES and a.org is None, head)
        if lemma in MONARCHIES:  # "Saudi Arabia recalled ... The kingdom had also": not the last state, a kingdom
            kingdom = self._last(head.i, lambda a: a.country in MONARCHIES[lemma] and _a_state(a), head)
            return [replace(a, sector="GOV", name=None) for a in kingdom]
        if lemma in COMPANY_NOUNS and head.tag_ == "NN":
            # "Gazprom said ... the company would not": the last company named, within the last few sentences
            return self._last(head.i, lambda a: a.sector == "BUS" and a.country is not None, head,
                              since=head.i - COMPANY_WINDOW)
        if head.tag_ == "NNS" and lemma in self.kb.sector_nouns and (group := self._same_group(head, lemma)):
            return group
        sector = self.kb.titles.get(lemma)
        if sector and head.pos_ in ("NOUN", "PROPN", "ADJ") and head.tag_ != "NNS":  # ("the envoys": not one man)
            main, own = {a.party for a in self.main_pair()}, self._own_subject_names(head)

            def fits(actor: Actor) -> bool:  # "Abiy received the president": not Abiy himself
                return self._is_person(actor) and actor.sector == sector and actor.name not in own

            found = self._last(head.i, lambda a: fits(a) and a.party in main, head) or self._last(head.i, fits, head)
            if lemma in ENVOY_TITLES:  # "French Ambassador Christian Masset ... the envoy": not the host met since
                envoys = self._introduced_as_envoys()
                found = self._last(head.i, lambda a: fits(a) and a.start in envoys, head) or found
            return found or self._last(head.i, self._is_person, head)
        return []

    def _introduced_as_envoys(self) -> set[int]:
        """The starts of the people named right after an envoy's title ("French Ambassador Christian Masset")."""
        return {a.start for i, a in self.history if i > 0 and self.doc[i - 1].lower_ in ENVOY_TITLES}

    def _group_named(self, head: Token) -> list[Actor]:
        """The people a plural noun names by itself ("Ivorian soldiers") or as a group told again ("the soldiers"),
        never through a pronoun (a pronoun's reading asks for it)."""
        named = self._named(head)[1]
        if named is not None:
            return list(named)
        determiners = {c.lower_ for c in children_of(head) if c.dep_ == "det"}
        lemma = head.lemma_.lower()
        return self._same_group(head, lemma) if "the" in determiners and lemma in self.kb.sector_nouns else []

    def _same_group(self, head: Token, lemma: str) -> list[Actor]:
        """"Mali detained 49 Ivorian soldiers in July ... the soldiers had arrived without authorisation": a plural
        noun told again with "the" is the group last named by that noun, when its country was said (Ivory Coast's;
        not "Chinese individuals" named before "nine individuals of the United Kingdom ... the individuals")."""
        kin = SOLDIER_NOUNS if lemma in SOLDIER_NOUNS else {lemma}
        before = next((t for t in reversed(self.doc[:head.i]) if t.tag_ == "NNS" and t.lemma_.lower() in kin), None)
        if before is None:
            return []
        named = self._named(before)[1]
        if named is None and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(before)):
            # ("the 46 other soldiers ... the soldiers": the same)
            named = tuple(self._same_group(before, before.lemma_.lower()))
        return [said_as(a, head) for a in named or () if a.country and not a.org]

    def _same_body(self, head: Token, lemma: str) -> list[Actor]:
        sector = self.kb.sector_nouns.get(lemma)
        return [replace(a, sector=sector, name=None) for a in self.named_with_noun(head)] if sector else []

    def _sector_of(self, actor: Actor) -> str | None:
        organisation = self.kb.organisations.get(actor.org or "")
        return organisation.sector if organisation else None

    def _bloc(self, head: Token) -> list[Actor]:
        """"the bloc", "the alliance": the last grouping of states named (an IGO, or the EU), else the EU when one
        of its institutions was named ("EU foreign policy chief ... the bloc"), not that institution."""
        bodies = self._body_chars()
        found = self._last(head.i, lambda a: a.start in bodies and (a.org == "EU" or self._sector_of(a) == "IGO"),
                           head)
        if found or "EU" not in self.kb.organisations:
            return found
        union = self.kb.organisations["EU"]
        return [replace(a, org=union.code, name=union.name)
                for a in self._last(head.i, lambda a: a.start in bodies and self._sector_of(a) == "EUR", head)]

    def _body_chars(self) -> set[int]:
        return self.bodies_at

    def text_of(self, span: Span) -> str:
        """A span's text, sliced from the doc's (`Span.text` joins its tokens anew on every access)."""
        return self.text[span.start_char:span.end_char]

    def _actor(self, partial: PartialActor, scope: list[Token]) -> Actor:
        return self._actor_of(partial, self.doc[scope[0].i:scope[-1].i + 1])

    def _actor_of(self, partial: PartialActor, span: Span) -> Actor:
        return Actor(partial.country, partial.sector, partial.name, self.text_of(span), span.start_char,
                     span.end_char, partial.org)

    # -- article memory ------------------------------------------------------------------------------------

    def _learn_history(self) -> None:
        tokens = tokens_of(self.doc)  # (the doc's own Tokens while it is coded, not new ones for each test below)
        for start, end, kind, key in self.mentions:
            if kind == "title" or provenance(self.doc, end) or start < self.dateline_end:
                continue
            partial = self._partial((start, end, kind, key))
            span = Span(self.doc, start, end)  # (made directly: `doc[start:end]` normalises the slice first)
            actor = self._actor_of(partial, span)
            self.history.append((start, actor))
            if kind == "person":
                self.people_at.add(actor.start)
            elif kind in ("organisation", "agency"):
                self.bodies_at.add(actor.start)
            first = tokens[start]
            if named_as_location(first) or self._names_an_accord((start, end, kind, key)) \
                    or named_as_mediator(first) or bygone_state(first, partial.country):  # (bystanders.py)
                self.located.add(start)
            if kind == "person" and partial.country:
                self._remember_alias(family_name(span, partial.country), partial)
        for ent in self.entities:
            if ent.label_ == "PERSON" and ent.start not in self.mention_at and len(ent) > 1:
                self._learn_unknown_person(ent)
        self._learn_family_names()
        self.history.sort(key=lambda item: item[0])
        self._learn_kingdoms()

    def _learn_family_names(self) -> None:
        """"Anura Kumara Dissanayake ... where he and Dissanayake inaugurated": a person named again by the family
        name alone is named again in the sentence (its countries, the pair just named), after the full name."""
        first_named = {a.name: i for i, a in sorted(self.history, reverse=True) if a.name}
        for token in self.doc[self.dateline_end:]:
            partial = self.aliases.get(token.text) if _a_name_alone(token) and token.i not in self.mention_at \
                else None
            if partial is None or token.text in self.ambiguous or not partial.country or not partial.name \
                    or first_named.get(partial.name, token.i) >= token.i:
                continue
            actor = self._actor_of(partial, Span(self.doc, token.i, token.i + 1))
            self.history.append((token.i, actor))
            self.people_at.add(actor.start)

    def _learn_kingdoms(self) -> None:
        """"the Kingdom and Israel will resume contacts ... The two sides also signed": a monarchy named by its kind
        is a state named, for the pairs and pronouns after it (the last state of that kind named before it)."""
        told: list[tuple[int, Actor]] = []
        for token in self.doc[self.dateline_end:]:
            kind = token.lemma_.lower()
            if kind not in MONARCHIES or token.i in self.mention_at \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token)):
                continue
            states = MONARCHIES[kind]
            found = self._last(token.i, lambda a: a.country in states and _a_state(a), token)  # noqa: B023
            told += [(token.i, replace(a, sector="GOV", name=None)) for a in found]
            if found and named_as_location(token):
                self.located.add(token.i)
        if told:
            self.history = sorted(self.history + told, key=lambda item: item[0])

    def _remember_alias(self, family_name: str, partial: PartialActor) -> None:
        """A family name stands for the person named in full; two such people make it ambiguous ("Kim")."""
        known = self.aliases.get(family_name)
        if known is None or known.name == partial.name:
            self.aliases[family_name] = partial
        elif known.country == partial.country:  # two Sharifs of Pakistan: the country is still clear
            sector = known.sector if known.sector == partial.sector else None
            self.aliases[family_name] = PartialActor(partial.country, sector)
        else:
            self.ambiguous.add(family_name)

    def _learn_unknown_person(self, ent: Span) -> None:
        """A person the base does not know, placed by a nationality or a national body (with a title): remember the
        surname."""
        for head in _placing_phrases(ent.root):
            scope = sorted(noun_phrase(head), key=lambda t: t.i)
            mentions = [m for m in self._mentions_in(scope) if m[2] != "person"]
            countries = [m for m in mentions if m[2] in ("country", "demonym")]
            titles = [m for m in mentions if m[2] == "title"]
            # "Huawei executive Meng Wanzhou": a person named by the national body they work for is of its country
            bodies = [self.kb.agencies[m[3]] for m in mentions if m[2] == "agency"]
            if countries or bodies:
                break
        else:
            return
        country = countries[0][3] if countries else bodies[0].country
        sector = self.kb.titles[titles[0][3]] if titles else (None if countries else bodies[0].sector)
        partial = PartialActor(country, sector, ent.text)
        self._remember_alias(family_name(ent, partial.country or ""), partial)
        self.people_at.add(ent.start_char)
        self.history.append((ent.start, Actor(partial.country, partial.sector, ent.text, ent.text,
                                              ent.start_char, ent.end_char)))


def _a_name_alone(token: Token) -> bool:
    """A capitalised word that is a whole name by itself (the model may tag a family name as an organisation)."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and (
        token.ent_iob_ == "B" and entity_end(token) == token.i + 1 or not token.ent_type_)


def _placing_phrases(name: Token) -> list[Token]:
    """The phrases that may give an unknown person's country, nearest first: the name's own ("Canadian Michael
    Kovrig"), the title it is an apposition of ("former Iranian prison official, Hamid Nouri"), and the people it
    names ("two Canadians, Michael Kovrig and Michael Spavor": Spavor through the name he is coordinated with)."""
    phrases = [name]
    first = name
    while first.dep_ == "conj" and first.head.ent_type_ == "PERSON":
        first = first.head
    if first.dep_ == "appos" and (first.head.pos_ == "NOUN" or first.head.ent_type_ == "NORP"):
        phrases.append(first.head)
    return phrases


def _family_word(name: str, country: str) -> str:
    """The family name of a full name as the base writes it (first for East Asian names, else last), lower-case."""
    words = name.split()
    if not words:
        return ""
    return (words[0] if country in EAST_ASIAN_FAMILY_NAME_FIRST and len(words) > 1 else words[-1]).lower()


def _a_state(actor: Actor) -> bool:
    """The actor is a state (or one of its bodies named by sector), not an organisation."""
    return actor.country is not None and actor.org is None


def _heads_a_state(title: str | None) -> bool:
    """The title, without what a parenthesis adds ("King (Yang di-Pertuan Agong)"), is a head of state's."""
    return (title or "").lower().split(" (", 1)[0] in HEAD_OF_STATE_TITLES


def _without_backers(head: Token, places: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """"Libya's U.N.-backed government", "Yemen's Saudi-led coalition government": a place inside a participle
    before the head says who backs or leads it, not whose it is, when the phrase names its owner too."""
    own = [m for m in places if not _backs(head, m)]
    return own or places


def _backs(head: Token, mention: tuple[int, int, str, str], verbs: frozenset[str] | None = None) -> bool:
    """The mention is inside a participle before the head ("U.N.-backed", "Saudi-led"), of one of `verbs` if
    given."""
    return any(c.dep_ == "amod" and c.tag_ == "VBN" and c.left_edge.i <= mention[0] <= c.right_edge.i
               and (verbs is None or c.lemma_.lower() in verbs) for c in children_of(head))


def _conjuncts_after(word: Token) -> list[Token]:
    """Every word joined after `word`, down a chain ("Chile, Costa Rica, Panama": Panama hangs on Rica)."""
    found = []
    for other in (c for c in children_of(word) if c.dep_ == "conj"):
        found += [other, *_conjuncts_after(other)]
    return found


def _counted_pair(head: Token) -> bool:
    """"the two presidents", "both leaders": a pair, named before."""
    return head.lemma_.lower() in DYAD_NOUNS and any(c.lower_ in DYAD_WORDS for c in children_of(head)
                                                     if c.dep_ in ("det", "nummod", "predet"))
