"""A local build cache for the dictionaries: parsed YAML and tokenised phrases, keyed by the files' contents.

Loading the knowledge base means parsing several thousand YAML entries and tokenising every phrase, which would
cost almost as much as loading the spaCy model. The result is pickled under the user's cache directory
(`$DYADWATCH_CACHE_DIR`, else `$XDG_CACHE_HOME/dyadwatch`, else `~/.cache/dyadwatch`), keyed by a hash of every
source file's bytes and the versions that shape the result, so an edited file is rebuilt on the next load; data an
installed package ships (the GeoNames cities) is keyed by that package's version instead of its bytes. The cache
is an optimisation only: when the directory cannot be written or an entry cannot be read, the value is built.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from . import __version__
from .memory import collector_paused

__all__ = ["cached", "cache_dir"]

T = TypeVar("T")
FORMAT = "1"  # bump when a cached structure changes shape


def cache_dir() -> Path:
    if os.environ.get("DYADWATCH_CACHE_DIR"):
        return Path(os.environ["DYADWATCH_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dyadwatch"


@lru_cache(maxsize=1)
def _spacy_version() -> str:
    """The tokenizer's version shapes the phrase index; read from metadata (once: parsing it costs a few ms), not
    by importing spaCy."""
    return metadata.version("spacy")


def _key(kind: str, sources: Iterable[Path], versions: Iterable[str] = ()) -> str:
    digest = hashlib.sha256("|".join([kind, FORMAT, __version__, _spacy_version(), *versions]).encode())
    for path in sources:
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:32]


def cached(kind: str, sources: Iterable[Path], build: Callable[[], T], versions: Iterable[str] = ()) -> T:
    """The value `build()` makes from `sources` (and from installed packages' data, named with their `versions`),
    from the cache when the same sources were built before."""
    if os.environ.get("DYADWATCH_NO_CACHE"):
        return build()
    try:
        path = cache_dir() / f"{kind}-{_key(kind, sources, versions)}.pickle"
    except OSError:
        return build()  # a source cannot be read: building says which and why
    try:
        with path.open("rb") as handle, collector_paused():  # thousands of small objects at once
            return pickle.load(handle)  # type: ignore[no-any-return, unused-ignore]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # not built yet, or written by another version: build it
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # written beside the target and renamed, so a reader never sees half a file
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError:
        pass  # a read-only home or a full disk only costs speed
