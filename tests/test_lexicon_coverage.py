"""The event lexicon (dyadwatch/data/events.yaml): its file is well formed, and the usages it was extended with
code what they should (and the readings it deliberately leaves out code nothing), through the real pipeline."""

from __future__ import annotations

import pytest
import yaml

from dyadwatch.lexicon import load_lexicon
from dyadwatch.resources import data_path

from conftest import find


class _DuplicateKeyLoader(yaml.SafeLoader):
    """PyYAML keeps the last of two equal keys without a word; a lemma written twice would lose its first entries."""


def _no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        assert key not in seen, f"events.yaml line {key_node.start_mark.line + 1}: {key!r} appears twice"
        seen.add(key)
    return loader.construct_mapping(node, deep)


_DuplicateKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def test_lexicon_file_has_no_duplicate_keys():
    yaml.load(data_path("events.yaml").read_text(encoding="utf-8"), Loader=_DuplicateKeyLoader)  # noqa: S506


def test_every_lemma_is_lower_case_and_every_pattern_loads():
    lexicon = load_lexicon()
    for table in (lexicon.verbs, lexicon.nouns):
        for lemma, patterns in table.items():
            assert lemma == lemma.lower()
            assert patterns


# sentence, type, source, target: written for these tests (not taken from the evaluation sets)
CODED = [
    ("Thousands of Iranian protesters burned American flags in Tehran on Friday.", "PROTEST", "IRN", "USA"),
    ("North Korean leader Kim Jong Un guided the Chinese defence minister around a weapons factory.",
     "CONSULT", "CHN", "PRK"),
    ("Lavrov handed Wang Yi a letter from Putin.", "CONSULT", "RUS", "CHN"),
    ("Ukraine handed back twelve Russian prisoners on Friday.", "RETREAT", "UKR", "RUS"),
    ("India and Bangladesh reopened a rail link on Monday.", "COOPERATE", "IND", "BGD"),
    ("China founded a development bank with Russia.", "COOPERATE", "CHN", "RUS"),
    ("Russia sent a group of tourists to North Korea.", "COOPERATE", "RUS", "PRK"),
    ("Russia moved thousands of troops toward Ukraine.", "MOBILIZE", "RUS", "UKR"),
    ("Two Chinese warplanes entered Japan's airspace on Sunday.", "MOBILIZE", "CHN", "JPN"),
    ("Pakistan has vowed revenge against India.", "THREATEN", "PAK", "IND"),
    ("Israel would respond to Iran at a time of its choosing.", "THREATEN", "ISR", "IRN"),
    ("The Iranian president said he was dismayed by the American decision.", "ACCUSE", "IRN", "USA"),
    ("Japan conveyed grave concern to China over the incident.", "ACCUSE", "JPN", "CHN"),
    ("China called the American sanctions illegal.", "ACCUSE", "CHN", "USA"),
    ("Guterres reminded Moscow of its obligations under the charter.", "REQUEST", "UNSG", "RUS"),
    ("Seoul turned down a North Korean proposal for talks.", "REJECT", "KOR", "PRK"),
    ("US bombers dropped bombs on Iranian nuclear sites.", "ASSAULT", "USA", "IRN"),
    ("Russian troops engaged Ukrainian forces in heavy fighting near the town of Bakhmut.", "ASSAULT", "RUS",
     "UKR"),
    ("A ceasefire between Armenia and Azerbaijan took effect on Friday.", "RETREAT", "ARM", "AZE"),
    ("Moscow police raided the offices of a Ukrainian newspaper.", "COERCE", "RUS", "UKR"),
    ("Washington extended a $2 billion loan to Pakistan.", "AID", "USA", "PAK"),
    ("The United States pulled 3,000 American soldiers out of Germany.", "RETREAT", "USA", "DEU"),
]


@pytest.mark.parametrize(("text", "type_", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_extended_usages_are_coded(code, text, type_, source, target):
    events = code(text)
    assert find(events, type_, source, target), events


# sentence, type that must not be coded: the readings the object conditions leave out
NOT_CODED = [
    ("The Chinese Foreign Ministry opened an investigation into the incident.", "COOPERATE"),
    ("Indian Prime Minister Narendra Modi reopened schools in Delhi.", "COOPERATE"),
    ("China's trade with the rest of the world rose 10 percent last year.", "COOPERATE"),
    ("Iran's oil exports fell sharply in March.", "COOPERATE"),
    ("The Russian parliament approved the budget on Friday.", "SUPPORT"),
    ("Russian President Vladimir Putin put the value of the deal at $400 billion.", "SANCTION"),
    ("The Pentagon said it would respond to questions later.", "THREATEN"),
    ("Pakistan hit back on Thursday, closing its airspace to Indian airlines.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CODED, ids=[c[0][:40] for c in NOT_CODED])
def test_left_out_readings_are_not_coded(code, text, type_):
    events = code(text)
    assert not find(events, type_), events
