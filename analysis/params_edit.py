"""Insert a snapshot id into params.yaml's ``snapshots:`` list as text, in date order, keeping
every comment and every other line as it is. The result is parsed back and must equal the old
parameters with the one id added, or nothing is returned."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from analysis.errors import InputError

ITEM = re.compile(r"""^(?P<indent>\s*)-\s+(?P<quote>["']?)(?P<id>\d{4}-\d{2}-\d{2})(?P=quote)"""
                  r"""\s*(?:#.*)?$""")


def _params(text: str, path: Path) -> dict:
    try:
        params = yaml.safe_load(text)
    except yaml.YAMLError:
        raise InputError(path, "not valid YAML") from None
    if not isinstance(params, dict):
        raise InputError(path, "expected a mapping at the top level")
    return params


def _snapshot_items(lines: list[str], path: Path) -> list[tuple[int, re.Match[str]]]:
    key = next((n for n, line in enumerate(lines) if re.match(r"snapshots:\s*(#.*)?$", line)),
               None)
    if key is None:
        raise InputError(path, "no block list 'snapshots:' to add the snapshot to; add it by "
                               "hand", field="snapshots")
    items = []
    for number in range(key + 1, len(lines)):
        line = lines[number].rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = ITEM.match(line)
        if match is None:
            break
        items.append((number, match))
    if not items:
        raise InputError(path, "'snapshots:' is not followed by '- \"YYYY-MM-DD\"' lines; add "
                               "the snapshot by hand", field="snapshots")
    return items


def with_snapshot(text: str, snapshot_id: str, path: Path) -> str:
    """params.yaml text with ``snapshot_id`` added to ``snapshots:`` in date order."""
    params = _params(text, path)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    items = _snapshot_items(lines, path)
    later = [(number, match) for number, match in items if match["id"] > snapshot_id]
    number, model = later[0] if later else items[-1]
    quote = model["quote"] or '"'  # DVC cannot read YAML dates: the id is always quoted
    new_line = f"{model['indent']}- {quote}{snapshot_id}{quote}\n"
    lines.insert(number if later else number + 1, new_line)
    result = "".join(lines)
    expected = {**params, "snapshots": sorted([*params.get("snapshots", []), snapshot_id],
                                              key=str)}
    if _params(result, path) != expected:
        raise InputError(path, "inserting the snapshot as text would change other settings; "
                               "add it by hand", field="snapshots")
    return result
