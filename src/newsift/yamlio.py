"""Reading newsift's YAML knowledge files: safe, fast, and with line numbers for errors.

YAML 1.1 reads ``NO`` (Norway), ``ON`` and ``off`` as booleans, which silently turns a
country code or a preposition into ``False``/``True``; only ``true`` and ``false`` are
booleans here.  Every mapping remembers the line it starts on, so validation errors can
name file and line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from newsift.errors import KnowledgeError

_BASE = yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader


class LineDict(dict):
    """A YAML mapping that remembers the line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


class LineLoader(_BASE):  # type: ignore[misc,valid-type]
    pass


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {key.value: key.start_mark.line + 1 for key, _ in node.value if hasattr(key, "value")}
    return mapping


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
LineLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def parse_yaml(text: str, name: str) -> Any:
    """The document in ``text``; a :class:`KnowledgeError` naming ``name`` and the line if invalid."""
    try:
        return yaml.load(text, Loader=LineLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise KnowledgeError(name, mark.line + 1 if mark else None, f"not valid YAML: {problem}") from None


def read_yaml(path: str | Path) -> Any:
    """The document in the file at ``path``; errors name the file (and line)."""
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise KnowledgeError(str(path), None, f"cannot be read ({err}); give a UTF-8 YAML file") from None
    return parse_yaml(text, str(path))


def line_of(value: Any) -> int | None:
    """The line a mapping read by :func:`read_yaml` starts on (None for other values)."""
    return value.line if isinstance(value, LineDict) else None
