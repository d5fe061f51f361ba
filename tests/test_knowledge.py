"""The knowledge base and lexicon files: shipped data loads; bad user files are reported precisely."""

from __future__ import annotations

import pytest

from dyadwatch.errors import DataFileError
from dyadwatch.knowledge import load_knowledge_base
from dyadwatch.lexicon import PLOVER_TYPES, load_lexicon


def test_shipped_knowledge_base():
    kb = load_knowledge_base()
    assert len(kb.countries) >= 249
    assert kb.countries["SUN"].valid_until == "1991-12-26"
    assert kb.outlets["Korean Central News Agency"].state_media
    putin = kb.people["Vladimir Putin"]
    assert putin.role_on("2010-01-01").title == "Prime Minister"
    assert putin.role_on("2024-06-19").title == "President"


def test_solomon_islands_prime_ministers_are_known_by_date():
    # a sovereign state whose heads of government the people files had left out
    kb = load_knowledge_base()
    assert kb.people["Manasseh Sogavare"].role_on("2022-04-20").country == "SLB"
    assert kb.people["Jeremiah Manele"].role_on("2024-06-01").title == "Prime Minister"
    assert kb.people["Jeremiah Manele"].role_on("2021-06-01").title == "Foreign Minister"


def test_shipped_lexicon_covers_every_plover_type():
    lexicon = load_lexicon()
    covered = {p.type for table in (lexicon.verbs, lexicon.nouns) for ps in table.values() for p in ps}
    assert covered == set(PLOVER_TYPES)


def test_user_file_extends_and_overrides(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "people:\n"
        "  - name: Viktor Goremykin\n"
        "    names: [Viktor Goremykin, Goremykin]\n"
        "    roles:\n"
        "      - {country: RUS, sector: MIL, title: Vice Defense Minister, start: '2025-01-01', end: null}\n",
        encoding="utf-8")
    kb = load_knowledge_base([extra])
    assert kb.people["Viktor Goremykin"].role_on("2025-11-06").sector == "MIL"


def test_malformed_yaml_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - name: X\n    roles: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_knowledge_base([bad])
    assert str(bad) in str(info.value) and info.value.line is not None


def test_bad_entry_names_the_entry_and_the_problem(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("outlets:\n  - {name: Example Times, country: korea}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"outlets\[0\] \(Example Times\).*upper-case letters"):
        load_knowledge_base([bad])
    wrong_sector = tmp_path / "sector.yaml"
    wrong_sector.write_text("nouns: {troop: ARMY}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not a PLOVER sector"):
        load_knowledge_base([wrong_sector])


def test_duplicate_keys_are_refused_not_silently_dropped(tmp_path):
    twice = tmp_path / "twice.yaml"
    twice.write_text("verbs:\n  hug: [{type: SUPPORT}]\n  kiss: [{type: SUPPORT}]\n  hug: [{type: AID}]\n",
                     encoding="utf-8")
    with pytest.raises(DataFileError, match="duplicate key 'hug'") as info:
        load_lexicon([twice])
    assert info.value.line == 4


def test_bad_lexicon_entry(tmp_path):
    bad = tmp_path / "verbs.yaml"
    bad.write_text("verbs:\n  hug: [{type: EMBRACE}]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not a PLOVER type"):
        load_lexicon([bad])
    roles = tmp_path / "roles.yaml"
    roles.write_text("verbs:\n  hug: [{type: SUPPORT, target: [elbow]}]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown argument roles"):
        load_lexicon([roles])
