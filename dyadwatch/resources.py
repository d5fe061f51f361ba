"""Loading the YAML data files that ship in the package (and the ones users add).

Dictionaries are data, not code: actors, event patterns and boilerplate phrases live in `dyadwatch/data/`.
A malformed file raises `DataFileError` naming the file and line.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DataFileError

__all__ = ["load_yaml", "load_yaml_file", "data_path"]


def data_path(name: str) -> Path:
    """The path of a data file shipped in the package."""
    return Path(str(resources.files("dyadwatch") / "data" / name))


def load_yaml(name: str) -> Any:
    """A shipped data file by its name under `dyadwatch/data/`."""
    return load_yaml_file(data_path(name))


# libyaml's parser when PyYAML was built with it (several times faster), the pure-Python one otherwise
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """A safe loader that refuses duplicate keys: YAML would silently keep only the last one."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r} (the earlier entry would be lost)", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml_file(path: str | Path) -> Any:
    """Parse one YAML file; errors name the file and line and say what is wrong."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(str(path), "not UTF-8 text; save it as UTF-8") from exc
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise DataFileError(str(path), f"invalid YAML: {exc.problem}", line=line) from exc
    except yaml.YAMLError as exc:
        raise DataFileError(str(path), f"invalid YAML: {exc}") from exc
