"""Add entries to data/raw/manifest.yaml as text, so that its comments and the layout of the
entries already there stay exactly as they are. Each new entry goes before the first entry
whose path sorts after it; the result is parsed back and must equal the old list with the new
entries in their places, or nothing is returned."""

from __future__ import annotations

from pathlib import Path

import yaml

from analysis.errors import InputError

ENTRY_KEYS = ("path", "title", "origin", "license", "as_of", "notes", "sha256")


def _entries(text: str, path: Path) -> list[dict]:
    try:
        files = (yaml.safe_load(text) or {})["files"]
    except (yaml.YAMLError, KeyError, TypeError):
        raise InputError(path, "expected a mapping with a 'files' list", field="files") from None
    if not isinstance(files, list) or not all(isinstance(f, dict) for f in files):
        raise InputError(path, "expected a list of entries", field="files")
    return files


def _item_lines(lines: list[str]) -> tuple[list[int], int]:
    """Line numbers where an item of the 'files' list starts ("- " at column 0, or indented
    the same as the first one), and the line after the list."""
    start = next((n for n, line in enumerate(lines) if line.rstrip() == "files:"), None)
    if start is None:
        return [], len(lines)
    items: list[int] = []
    indent: str | None = None
    for number in range(start + 1, len(lines)):
        line = lines[number]
        stripped = line.lstrip(" ")
        if line.strip() and not line.startswith((" ", "-", "#")):
            return items, number  # the next top-level key
        if stripped.startswith("- ") and (indent is None or line.startswith(indent + "- ")):
            here = line[: len(line) - len(stripped)]
            if indent is None or here == indent:
                indent = here
                items.append(number)
    return items, len(lines)


def entry_text(entry: dict, indent: str = "") -> str:
    ordered = {key: entry[key] for key in ENTRY_KEYS if entry.get(key)}
    text = yaml.safe_dump([ordered], sort_keys=False, allow_unicode=True, width=100)
    return "".join(indent + line if line.strip() else line
                   for line in text.splitlines(keepends=True))


def with_entries(text: str, new: list[dict], path: Path) -> str:
    """The manifest text with ``new`` entries inserted in path order."""
    old = _entries(text, path)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    items, end = _item_lines(lines)
    if len(items) != len(old):
        raise InputError(path, "its 'files' list is not laid out one '- ' item per entry; add "
                               "the entries by hand", field="files")
    indent = lines[items[0]][: len(lines[items[0]]) - len(lines[items[0]].lstrip(" "))] \
        if items else ""
    inserts: dict[int, list[str]] = {}
    expected = list(old)
    for entry in sorted(new, key=lambda e: e["path"]):
        position = next((i for i, e in enumerate(old) if str(e.get("path", "")) > entry["path"]),
                        len(old))
        line = items[position] if position < len(items) else end
        inserts.setdefault(line, []).append(entry_text(entry, indent))
        expected.insert(next((i for i, e in enumerate(expected)
                              if str(e.get("path", "")) > entry["path"]), len(expected)),
                        {k: entry[k] for k in ENTRY_KEYS if entry.get(k)})
    result = "".join("".join(inserts.get(n, [])) + line for n, line in enumerate(lines))
    result += "".join(inserts.get(len(lines), []))
    if _entries(result, path) != expected:
        raise InputError(path, "adding the entries as text would change other entries; add "
                               "them by hand", field="files")
    return result
