"""Stage 3, actors: the phrase-level readings `actors.py` (and `context.py`) build on: which tokens a noun phrase
spans, the heads coordinated with it, a dateline's end, a person's family name, and whether a mention names a
place, a side taken ("pro-Russian") or where something was made ("Israeli-made").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from .geocode import lookup
from .parsetree import children_of
from .records import Actor

__all__ = ["DATELINE_DASHES", "EAST_ASIAN_FAMILY_NAME_FIRST", "coordinated_heads", "dateline_end", "entity_end",
           "family_name", "named_as_location", "named_as_partner", "names_a_place", "names_a_topic", "noun_phrase",
           "phrase_root", "place_names", "provenance", "sided_with", "state_as_actor", "unique_actors",
           "unique_parties"]

# Children that leave the noun phrase: clauses, coordination, punctuation, and prepositions other than
# "of"/"from" (so "troops in Russia" is not Russian, but "the leaders of North Korea" is North Korean).
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "parataxis", "dep"})
NP_PREPS = frozenset({"of", "from"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout"})
# a city's site where something happens ("at Moscow's Vnukovo airport"): the city is the place, not a party
SITE_NOUNS = frozenset({"airport", "port", "harbour", "harbor", "outskirts", "suburb", "square", "centre", "center",
                        "streets", "hotel", "palace"})
PLACE_HEADS = frozenset({"border", "frontier", "coast", "region", "province", "side", "territory", "waters",
                         "airspace", "soil"})  # "the Afghan border": a place, not a side
TOPIC_NOUNS = frozenset({"war", "conflict", "question", "issue", "file", "dispute"})  # "the Yemen war"
# "in concert with", "together with": the words before "with" that make its object a partner of the doer
PARTNER_WORDS = frozenset({"concert", "coordination", "tandem", "conjunction", "together", "along", "jointly"})
DATELINE_TOKENS = 15
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
# (not Japan: English-language news writes Japanese names given name first, "Sanae Takaichi")
EAST_ASIAN_FAMILY_NAME_FIRST = frozenset({"PRK", "KOR", "CHN", "TWN", "VNM", "MNG"})
# the proper name of a sea or a lake that a country's word begins or ends ("the Indian Ocean", "the South China Sea",
# "the Gulf of Mexico"): a place, no country (not a strait: "the Taiwan Strait" is often named for the island's side)
WATER_WORDS = frozenset({"ocean", "sea", "gulf", "bay", "river", "lake"})
PLACE_NAME_REACH = 2  # proper nouns either side of a country's word that a place's own name may add ("New Mexico")
Mention = tuple[int, int, str, str]
# "Israeli-made drones", "Chinese-built jets", "Soviet-era tanks": the country says where or when a thing was made
# or who supplied it, not who takes part in the event
PROVENANCE_WORDS = frozenset({"made", "built", "manufactured", "produced", "designed", "developed", "supplied",
                              "origin", "era",
                              # "a US-brokered ceasefire", "the EU-mediated deal": the broker is no party to it
                              "brokered", "mediated", "sponsored", "facilitated",
                              # "the Iran-aligned Houthis": a side taken, not the group's country
                              "aligned"})


def noun_phrase(head: Token) -> Iterator[Token]:
    """The tokens of the phrase headed by `head`, without clauses, coordination and locative prepositions."""
    yield head
    for child in children_of(head):
        if child.dep_ in CLAUSE_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in NP_PREPS:
            continue
        yield from noun_phrase(child)


def coordinated_heads(token: Token) -> Iterator[Token]:
    yield token
    for child in children_of(token):
        if child.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        # a list the model reads as an apposition with conjuncts: "Saudi Arabia, [the UAE], Bahrain and Egypt"
        if child.dep_ == "conj" or (child.dep_ == "appos" and any(c.dep_ == "conj" for c in children_of(child))):
            yield from coordinated_heads(child)


def entity_end(token: Token) -> int:
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end


def family_name(span: Span, country: str) -> str:
    words = [t.text for t in span if t.is_alpha]
    if not words:
        return span.text
    return words[0] if country in EAST_ASIAN_FAMILY_NAME_FIRST and len(words) > 1 else words[-1]


CARRYING_VERBS = frozenset({"fly", "take", "transfer", "transport", "ferry", "bus", "airlift", "evacuate"})
LOCATION_NAME_DEPS = frozenset({"compound", "amod", "nmod", "appos", "det"})  # words within a place's phrase


def named_as_location(token: Token) -> bool:
    """Named as where something happens: "in Vienna", "in Ohrid, North Macedonia", "at Ankara's airport", "in The
    Hague" (a name's own article is its first word)."""
    head = token
    while (head.dep_ in LOCATION_NAME_DEPS or (head.dep_ == "conj" and head.pos_ == "PROPN") or (
            head.dep_ == "poss" and head.head.lemma_.lower() in SITE_NOUNS)) and head.head.i != head.i:
        head = head.head  # (a list of places: "held in the United States, Russia and Germany")
    return head.dep_ == "pobj" and (head.head.lower_ in LOCATIVE_PREPS or _carried_to(head))


def _carried_to(place: Token) -> bool:
    """Where people were carried, in a passive ("the freed soldiers were flown to Belarus", "were taken to a
    hospital in Minsk"): a place on their way, not a side of what was done to them."""
    prep = place.head
    verb = prep.head
    if prep.lower_ not in ("to", "into") or verb.tag_ != "VBN" or verb.lemma_.lower() not in CARRYING_VERBS:
        return False
    passive = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBN" else verb  # ("released and flown to")
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in passive.children)


def place_names(doc: Doc, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions, with a country's word that only begins or ends a place's own name read as that place: "British
    Columbia" and "New Mexico" are a province and a state of other countries (read as those countries), "the Indian
    Ocean" and "the Gulf of Mexico" are no country at all."""
    taken = {i for m in mentions for i in range(m[0], m[1])}
    kept = []
    for mention in mentions:
        if mention[2] in ("country", "demonym"):
            if _names_a_water(doc, mention):
                continue
            mention = _place_around(doc, mention, taken) or mention
        kept.append(mention)
    return tuple(kept)


def _names_a_water(doc: Doc, mention: Mention) -> bool:
    last = doc[mention[1] - 1]
    water = last.head
    if last.dep_ == "pobj" and last.head.lower_ == "of":  # "the Gulf of Mexico"
        water = last.head.head
    elif last.dep_ not in ("compound", "amod"):
        return False
    return water.i != last.i and water.is_title and water.lemma_.lower() in WATER_WORDS


def _place_around(doc: Doc, mention: Mention, taken: set[int]) -> Mention | None:
    """The place a country's word and the proper nouns around it name, when it lies in another country."""
    start, end = mention[0], mention[1]
    left, right = start, end
    while left > 0 and start - left < PLACE_NAME_REACH and _a_name_word(doc[left - 1], taken):
        left -= 1
    while right < len(doc) and right - end < PLACE_NAME_REACH and _a_name_word(doc[right], taken):
        right += 1
    for first in range(left, start + 1):  # (the longest name first)
        for after in range(right, end - 1, -1):
            place = lookup(doc[first:after].text) if (first, after) != (start, end) else None
            if place is not None and place.country:
                return None if place.country == mention[3] else (first, after, "country", place.country)
    return None


def _a_name_word(token: Token, taken: set[int]) -> bool:
    return token.i not in taken and token.pos_ == "PROPN" and token.is_alpha and token.is_title


def named_as_partner(token: Token) -> bool:
    """Named as who acts alongside the subject: "acted in concert with the European Union, the United States and
    Canada", "together with France", "alongside Britain"."""
    head = phrase_root(token)
    while head.dep_ == "conj" and head.head.i != head.i:
        head = phrase_root(head.head)
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ == "alongside" or (prep.lower_ == "with" and prep.i > 0
                                          and prep.doc[prep.i - 1].lower_ in PARTNER_WORDS)


def names_a_place(token: Token) -> bool:
    """The mention only qualifies a place: "the Afghan border", "the Syrian coast", "Russia's Kursk region"."""
    return token.dep_ in ("amod", "compound", "poss", "nmod") and token.head.lemma_.lower() in PLACE_HEADS


def names_a_topic(token: Token) -> bool:
    """Named as what a war or a question is about, not as a side: "his remarks on the Yemen war", "the Kashmir
    issue", "the Kingdom's role on the Libyan file"."""
    head = token
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    return head.i != token.i and head.lemma_.lower() in TOPIC_NOUNS


def sided_with(doc: Doc, start: int) -> bool:
    """The mention follows "pro-" or "anti-": it names a side taken, not a nationality."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti")


def phrase_root(token: Token) -> Token:
    """The head of the noun phrase a word belongs to: "Congolese" and "Felix" in "Congolese President Felix
    Tshisekedi" both give "Tshisekedi"."""
    while token.dep_ in ("amod", "compound", "poss", "nmod") and token.head.i != token.i:
        token = token.head
    return token


def dateline_end(doc: Doc) -> int:
    """The token after the dash closing a dateline ("KYIV, Sept 25 (Reuters) -", "Tehran, IRNA --", "ASMARA (AFP)
    -"), else 0: a place, a comma, then only a date, an agency's name and punctuation, or a place and an agency in
    brackets (not a headline: "Russia, North Korea sign deal - KCNA")."""
    dash = next((t.i for t in doc[:DATELINE_TOKENS] if t.text in DATELINE_DASHES and not _joining(t)), None)
    comma = next((t.i for t in doc[:DATELINE_TOKENS] if t.text == ","), None)
    # the model misses many a place in capitals ("ANCHORAGE, Alaska, Aug 15 (Reuters) -")
    place = doc[0].ent_type_ in ("GPE", "LOC") or (doc[0].is_upper and doc[0].is_alpha and len(doc[0]) > 2)
    if dash is None or not place:
        return 0
    if comma is None or comma > dash:  # "ASMARA (Reuters) -", "NEW DELHI (AP) —": place and agency, no date
        filing = doc[1:dash]
        if not any(t.text == "(" for t in filing) and not (dash == 1 and doc[0].is_upper):
            return 0  # (a place in capitals then the dash, "ISTANBUL —", is a dateline too)
    else:
        filing = doc[comma + 1:dash]
    # (a proper noun by its tag too: before the parser, the tagger has run but not the NER or the POS mapping)
    if all(t.is_punct or t.like_num or t.ent_type_ in ("DATE", "ORG") or t.pos_ == "PROPN" or t.tag_ in PROPER_TAGS
           for t in filing):
        return dash + 1
    return 0


def _joining(dash: Token) -> bool:
    """A hyphen written between two words with no space ("US-Russia talks") joins them: it closes no dateline."""
    return dash.text == "-" and dash.i > 0 and not dash.doc[dash.i - 1].whitespace_ and not dash.whitespace_


def provenance(doc: Doc, end: int) -> bool:
    """The mention ending before `end` is joined by a hyphen to a word of making or origin ("Israeli-made")."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in PROVENANCE_WORDS


def state_as_actor(head: Token, places: list[tuple[int, int, str, str]]) -> str | None:
    """A country named on its own ("Russia said", "talks with Japan") stands for its government."""
    if places and places[0][2] == "country" and places[0][0] <= head.i < places[0][1]:
        return "GOV"
    return None


def unique_actors(actors: list[Actor]) -> list[Actor]:
    seen: set[tuple[str | None, str | None, str | None, int]] = set()
    kept = []
    for actor in actors:
        key = (actor.party, actor.sector, actor.name, actor.start)
        if key not in seen:
            seen.add(key)
            kept.append(actor)
    return kept


def unique_parties(actors: list[Actor]) -> list[Actor]:
    """The first actor of each party, in order (one pass: the article's whole history is asked of it)."""
    kept: list[Actor] = []
    parties: set[str | None] = set()
    for actor in actors:
        if actor.party not in parties:
            parties.add(actor.party)
            kept.append(actor)
    return kept
