"""Stage 7, analysis: the words clustering compares reports by (used by `clusters.py`): a sentence's tokens and
content words, a crude stem, the class of a trigger word (`data/predicates.yaml`), whether the lexicon codes a word
as a joint act, and the family of PLOVER types outlets use for one event."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_lexicon
from .resources import load_yaml

# PLOVER types that outlets use for one event: "agreed" (AGREE) / "pledged" (SUPPORT); "joint drills", "sent troops"
# and "arms transfers" as COOPERATE, MOBILIZE or AID. Each type maps to its family's name (and see `family_of`).
TYPE_FAMILIES = {"SUPPORT": "AGREE", "COOPERATE": "AID", "MOBILIZE": "AID"}
ABDUCTION = "abduct"  # the ASSAULT mode of a person seized, which its captor tells as an arrest
INVITATION = "invit"  # the class of "invited" and "invitation" (data/predicates.yaml)
MEASURE_WORDS = ("tariff", "duty", "levy", "sanction")  # what a threat of a measure names
NAMING = "brand"  # the class of words that name what the other side is or did ("branded", "likened")
BESIDES = "also"  # "Riyadh also closed its land border": another act than the one its article told before
BESIDES_REACH = 3  # how many words before the trigger it may stand ("also witnessed the signing")
# "lodged another protest", "fresh strikes": one more act of its kind, after one told before (in any article)
REPEATED = frozenset({"another", "fresh"})
THREAT_REACH = 5  # how many words after the threat's verb may name the measure ("threatened crippling tariffs")
CALL = "call"  # "called in the ambassador" is a summons; "called the strike an act of aggression" names the strike
# "shot down a drone" (or "shot 35 drones down") is a downing; "shot dead", "was shot", "the shooting" a killing
SHOOT, DOWN, DOWN_REACH, KILLING = "shoot", "down", 4, "kill"
SUMMONED_IN = "in"  # what follows "called" (or "called him") in a summons
PRONOUNS = frozenset({"him", "her", "them"})  # who may stand between "called" and "in" ("called him in")
STOPWORDS = frozenset({
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "that", "this",
    "these", "those", "its", "it", "his", "her", "their", "was", "were", "is", "are", "be", "been", "has", "have",
    "had", "will", "would", "said", "says", "say", "told", "after", "before", "over", "into", "about", "than",
    "also", "who", "which", "while", "he", "she", "they", "we", "s", "mr", "ms"
})
# verbs that double their l before -ed/-ing ("expelled", "travelling", "cancelled"); "shell", "recall" do not
DOUBLED_L = {w + "l": w for w in ("expel", "travel", "cancel", "patrol", "control", "compel", "fuel", "signal",
                                  "propel", "label", "model", "dispel", "rebel", "annul", "quarrel", "channel")}
AMERICAN_Z = re.compile(r"(?<=[a-z]{2})iz(?=(?:e|es|ed|ing|ation|ations)$)")
IRREGULAR = {"met": "meet", "held": "hold", "sent": "send", "spoke": "speak", "began": "begin", "begun": "begin",
             "took": "take", "gave": "give", "fought": "fight", "struck": "strike", "shot": "shoot", "led": "lead",
             "sought": "seek", "brought": "bring", "threw": "throw", "flew": "fly", "told": "tell", "made": "make",
             "paid": "pay", "sold": "sell", "bought": "buy", "won": "win", "lost": "lose", "froze": "freeze",
             "undertook": "undertake", "withdrew": "withdraw", "withdrawn": "withdraw", "seized": "seize",
             "sat": "sit", "came": "come", "went": "go", "blew": "blow", "broke": "break", "broken": "break",
             "flies": "fly", "sued": "sue", "suing": "sue", "left": "leave"}


def sentence_tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace(",", ""))


@lru_cache(maxsize=65536)
def content_word(token: str) -> str:
    return "" if token in STOPWORDS or len(token) < 2 else stem(token)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem, enough to tell "visited" and "visit" are one predicate and "met" is "meet"."""
    word = AMERICAN_Z.sub("is", IRREGULAR.get(word, word))  # "recognized" is "recognised", "criticize" "criticise"
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("eed", "ee"), ("ees", "ee"), ("ings", ""), ("ing", ""),
                                ("ed", ""), ("es", ""), ("s", "")):  # ("agreed" is "agree", not "agr")
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):  # "discuss", "press"
            word = word[: -len(suffix)] + replacement
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "stopped" -> "stopp" -> "stop"
    word = DOUBLED_L.get(word, word)  # "expelled" -> "expell" -> "expel" (but "shelled", "recalled" keep theirs)
    return word.removesuffix("e") if len(word) > 3 else word


@lru_cache(maxsize=65536)
def predicate_class(word: str, type_: str = "") -> str:
    """The trigger word's stem, or its class's when `predicates.yaml` lists it with words for the same act (or,
    for its event type, with another word: a REJECT "called" is "cancelled")."""
    root = stem(word)
    root = _typed_words().get(type_, {}).get(root, root)
    return _classes().get(root, root)


@lru_cache(maxsize=1)
def _classes() -> dict[str, str]:
    """Each listed word's stem -> the stem of the first word of its class."""
    classes = load_yaml("predicates.yaml")["classes"]
    return {stem(str(w).lower()): stem(str(words[0]).lower()) for words in classes for w in words}


@lru_cache(maxsize=1)
def _typed_words() -> dict[str, dict[str, str]]:
    """Event type -> a word's stem -> the stem of the word it stands for in events of that type."""
    by_type = load_yaml("predicates.yaml").get("by_type") or {}
    return {type_: {stem(str(w).lower()): stem(str(v).lower()) for w, v in words.items()}
            for type_, words in by_type.items()}


def two_sided(type_: str, word: str) -> bool:
    """The lexicon codes this word, for this type, as a joint act (a clash, a skirmish, an exchange of fire)."""
    return (type_, word) in _joint_acts()


@lru_cache(maxsize=1)
def _joint_acts() -> frozenset[tuple[str, str]]:
    lexicon = load_lexicon()
    return frozenset((p.type, stem(lemma)) for entries in (lexicon.verbs, lexicon.nouns)
                     for lemma, patterns in entries.items() for p in patterns if p.symmetric)


def trigger_class(tokens: list[str], word: str, type_: str) -> str:
    """The class of the trigger word in its sentence: `predicate_class`, except that "shot" is a downing only with
    "down" after it, and "called" is a summons only as
    "called in" ("called in Japan's envoy", "called him in again"); "called the Dutch fascists" or "called the
    measures unjustified" names something, the class of "branded" and "likened", not of "summoned".
    `tokens`: the sentence's words in order."""
    found = predicate_class(word, type_)
    at = _trigger_at(tokens, word)
    if stem(word.lower()) == SHOOT and at >= 0 and DOWN not in tokens[at + 1:at + 1 + DOWN_REACH]:
        return predicate_class(KILLING, type_)  # "shot dead", "the shooting": a killing, not a downing
    if type_ != "ACCUSE" or stem(word.lower()) != CALL or at < 0:
        return found
    after = tokens[at + 1:at + 3]
    if after[:1] == [SUMMONED_IN] or (after[:1] and after[0] in PRONOUNS and after[1:] == [SUMMONED_IN]):
        return found
    return predicate_class(NAMING)


def _trigger_at(tokens: list[str], word: str) -> int:
    """Where the trigger word first stands among the sentence's words (lower case), or -1."""
    lowered = word.lower()
    return tokens.index(lowered) if lowered in tokens else -1


def threatened_measure(tokens: list[str], word: str) -> str:
    """"threatened tariffs of up to 50%", "threatened the 50% tariff": the measure a threat names ("" if none),
    which outlets also tell as the measure announced ("would impose a 50% tariff"), one event (`family_of`).
    `tokens`: the sentence's words in order; `word`: the threat's trigger."""
    at = _trigger_at(tokens, word)
    if at < 0:
        return ""
    return next((t for t in tokens[at + 1:at + 1 + THREAT_REACH] if stem(t) in _measure_stems()), "")


@lru_cache(maxsize=1)
def _measure_stems() -> frozenset[str]:
    return frozenset(map(stem, MEASURE_WORDS))


@lru_cache(maxsize=1)
def _measure_classes() -> frozenset[str]:
    return frozenset(predicate_class(w, "SANCTION") for w in MEASURE_WORDS)


def family_of(type_: str, modality: str | None = None, mode: str | None = None, predicate: str = "") -> str:
    """A planned transfer ("would send 31 tanks") is the promise of it, one event with "pledged to provide"; a
    ceasefire ("the ceasefire between Israel and Iran") is the one agreed ("agreed to a ceasefire"); a withdrawal
    coded as a retreat ("pulled its diplomats out") may be the recall of them (SANCTION withdraw). By `predicate`,
    the trigger word's class: an invitation is an AGREE of its own ("invited Kim to meet at the border" is not the
    meeting agreed the next day), and a threat whose word is a measure's (`threatened_measure`) is that measure,
    announced ("threatened tariffs" and "would impose tariffs")."""
    if type_ == "AGREE" and predicate == INVITATION:
        return "INVITE"
    if type_ == "THREATEN" and predicate in _measure_classes():
        return "SANCTION"
    family = TYPE_FAMILIES.get(type_, type_)
    if family == "AID" and modality == "planned" or (type_ == "RETREAT" and mode == "ceasefire"):
        return "AGREE"
    if type_ == "RETREAT" and mode == "withdraw":
        return "SANCTION"
    if type_ == "ASSAULT" and mode == ABDUCTION:
        return "COERCE"  # one side's "abducted at gunpoint" is the other's "detained on its territory"
    return family


def told_again(tokens: list[str], word: str) -> bool:
    """"another" or "fresh" stands just before the trigger ("lodged another protest with Pyongyang", "launched
    fresh strikes"): an act after one of its kind told before, so not that earlier one."""
    return _just_before(tokens, word, REPEATED)


def told_besides(tokens: list[str], word: str) -> bool:
    """"also" stands just before the trigger ("Riyadh also closed its land border", "have also been signed"):
    the sentence adds an act to one its article told before. `tokens`: the sentence's words in order."""
    return _just_before(tokens, word, frozenset({BESIDES}))


def _just_before(tokens: list[str], word: str, markers: frozenset[str]) -> bool:
    """One of the markers stands within `BESIDES_REACH` words before the trigger."""
    at = _trigger_at(tokens, word)
    return at >= 0 and not markers.isdisjoint(tokens[max(0, at - BESIDES_REACH):at])
