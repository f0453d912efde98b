"""`python -m analysis add-snapshot [SOURCE]`: add a registry snapshot in one step.

SOURCE is a UN Treaty Collection status XML, a CSV in the raw registry format, or an http(s)
URL of either; without it, the treaty's status XML (``treaty.status_url`` in params.yaml) is
downloaded. The command reads the whole document first; then it keeps the document under
``data/raw/untc/<treaty>/source/<as-of>.<xml|csv>``, writes the snapshot CSV beside the
others, lists both in data/raw/manifest.yaml and adds the id to ``snapshots:`` in params.yaml,
as one change: on any failure the four files are left exactly as they were.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from analysis import atomic, manifest, params_edit, registry_csv, untc_xml
from analysis.config import Config
from analysis.errors import InputError
from analysis.registry_csv import Row

LICENSE = "UN Treaty Collection public record (facts)"
HTML_MARKERS = (b"<!doctype html", b"<html")


@dataclass(frozen=True)
class Source:
    kind: str  # "xml" or "csv"
    data: bytes
    origin: str  # the URL, or the local file as given
    label: str  # how messages name it


@dataclass(frozen=True)
class Snapshot:
    as_of: dt.date
    as_of_basis: str  # how the as-of date was chosen, for the user
    rows: list[Row]


# --- reading the source ----------------------------------------------------------------------


def _kind(data: bytes, name: str, content_type: str, label: str) -> str:
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    html_type = "html" in content_type.lower()
    if html_type or head.startswith(HTML_MARKERS):
        shown = f" (Content-Type {content_type.split(';')[0]})" if html_type else ""
        raise InputError(label, f"is an HTML page{shown}, not the status XML or a registry CSV")
    if head.startswith(b"<"):
        return "xml"
    if name.lower().endswith(".csv") or "csv" in content_type.lower() or \
            head.startswith(b"participant,"):
        return "csv"
    raise InputError(label, "is neither XML nor a registry CSV (participant,action,...)")


def read_source(spec: str | None, status_url: str) -> Source:
    """The document named by SOURCE (a file or an http(s) URL), or the treaty's status XML."""
    url = status_url if spec is None else spec
    if url.startswith(("http://", "https://")):
        from analysis import fetch  # httpx: imported only when something is downloaded

        download = fetch.get(url)
        if not download.data.strip():
            raise InputError(url, "the download is empty")
        kind = _kind(download.data, url.split("?")[0], download.content_type, url)
        return Source(kind, download.data, url, url)
    path = Path(url)
    data = untc_xml.read_file(path)
    return Source(_kind(data, path.name, "", str(path)), data, str(path), str(path))


def _today() -> dt.date:
    return untc_xml.today()


def read_snapshot(source: Source, as_of: dt.date | None, treaty_id: str) -> Snapshot:
    if source.kind == "xml":
        status = untc_xml.parse_status(source.data, source.label, as_of)
        if status.treaty_id is not None and status.treaty_id != treaty_id:
            raise InputError(source.label, f"is the status of {status.treaty_id}; params.yaml "
                                           f"tracks {treaty_id}", field="treaty.id")
        basis = ("given with --as-of" if as_of else "the date the document states"
                 if status.stated_date else "today (UTC): the document states no date")
        return Snapshot(status.as_of, basis, status.rows)
    effective = as_of or _today()
    basis = "given with --as-of" if as_of else "today (UTC): a CSV states no date"
    return Snapshot(effective, basis, registry_csv.parse_csv(source.data, source.label, effective))


# --- checks against the snapshots already listed ---------------------------------------------


def _facts(rows: list[Row]) -> set[tuple[str, str, str]]:
    return {(row["participant"], row["action"], row["action_date"]) for row in rows}


def _listed_rows(config: Config, snapshot_id: str) -> list[Row]:
    path = config.snapshot_csv(snapshot_id)
    return registry_csv.parse_csv(untc_xml.read_file(path), path)


def check_as_of(config: Config, snapshot: Snapshot, backfill: bool) -> bool:
    """False when the snapshot is already listed with the same content (nothing to do)."""
    as_of, snapshot_id = snapshot.as_of, snapshot.as_of.isoformat()
    if as_of > _today():
        raise InputError(config.root / "params.yaml", f"as-of {as_of} is in the future (today "
                         f"is {_today()}, UTC)", field="snapshots")
    if snapshot_id in config.snapshots:
        if _facts(_listed_rows(config, snapshot_id)) == _facts(snapshot.rows):
            return False
        raise InputError(config.root / "params.yaml", f"snapshot {snapshot_id} is already "
                         "listed, with different content; choose another --as-of",
                         field="snapshots")
    newest = config.snapshots[-1]
    if snapshot_id < newest and not backfill:
        raise InputError(config.root / "params.yaml", f"as-of {snapshot_id} is earlier than "
                         f"the newest snapshot {newest}; pass --backfill to insert it",
                         field="snapshots")
    for path in (config.snapshot_csv(snapshot_id), *config.snapshot_sources().glob(
            f"{snapshot_id}.*")):
        if path.exists():
            raise InputError(path, "already exists but params.yaml does not list it; remove "
                                   "it or list it")
    return True


def previous_snapshot(config: Config, snapshot_id: str) -> str | None:
    earlier = [listed for listed in config.snapshots if listed < snapshot_id]
    return earlier[-1] if earlier else None


def with_known_places(rows: list[Row], previous: list[Row]) -> list[Row]:
    """The status XML has no place column: an action the previous snapshot records with the
    same date keeps the place recorded there; any other is left without one."""
    places = {(r["participant"], r["action"], r["action_date"]): r["place"] for r in previous}
    return [{**row, "place": row["place"] or places.get(
        (row["participant"], row["action"], row["action_date"]), "")} for row in rows]


# --- what changed ----------------------------------------------------------------------------


def changes(previous: list[Row], current: list[Row]) -> list[str]:
    """Lines describing what changed between two snapshots' rows."""
    before = {(r["participant"], r["action"]): r["action_date"] for r in previous}
    after = {(r["participant"], r["action"]): r["action_date"] for r in current}
    new = sorted(key for key in after if key not in before)
    signatures = [p for p, action in new if action == "signature"]
    instruments = Counter(action for _, action in new if action != "signature")
    corrected = sorted(key for key in after if key in before and after[key] != before[key])
    vanished = sorted(key for key in before if key not in after)
    lines = [f"  new signatures: {len(signatures)}" + (f" ({', '.join(signatures)})"
                                                       if signatures else "")]
    lines.append("  new instruments: " + (", ".join(
        f"{kind} {count} ({', '.join(p for p, a in new if a == kind)})"
        for kind, count in sorted(instruments.items())) or "none"))
    lines.append("  corrections (changed dates): " + (", ".join(
        f"{p} {a} {before[(p, a)]} -> {after[(p, a)]}" for p, a in corrected) or "none"))
    lines.append("  vanished: " + (", ".join(f"{p} {a} {before[(p, a)]}" for p, a in vanished)
                                   or "none"))
    return lines


# --- writing ---------------------------------------------------------------------------------


def _relative(config: Config, path: Path) -> str:
    return path.relative_to(config.raw).as_posix()


def _origin(source: Source) -> str:
    if source.origin.startswith(("http://", "https://")):
        return source.origin
    return f"local file {Path(source.origin).name} given to python -m analysis add-snapshot"


def planned_files(config: Config, source: Source, snapshot: Snapshot) -> dict[Path, bytes]:
    """Every file the snapshot adds or changes, with its new bytes."""
    snapshot_id = snapshot.as_of.isoformat()
    source_path = config.snapshot_sources() / f"{snapshot_id}.{source.kind}"
    csv_path = config.snapshot_csv(snapshot_id)
    csv_bytes = registry_csv.to_csv(snapshot.rows).encode("utf-8")
    counts = Counter(row["action"] for row in snapshot.rows)
    common = {"origin": _origin(source), "license": LICENSE, "as_of": snapshot_id}
    entries = [
        {"path": _relative(config, source_path), **common,
         "title": f"UN Treaty Collection status document of {config.treaty_id} for the "
                  f"snapshot of {snapshot_id} (the source of {csv_path.name})",
         "sha256": hashlib.sha256(source.data).hexdigest()},
        {"path": _relative(config, csv_path), **common,
         "title": f"UN Treaty Collection status of {config.treaty_id} as of {snapshot_id} "
                  f"({counts['signature']} signatures, {len(snapshot.rows)} actions)",
         "notes": f"converted from source/{source_path.name} by python -m analysis "
                  "add-snapshot" + ("; the XML has no places: each is carried over from the "
                                    "previous snapshot where the action and its date are "
                                    "unchanged" if source.kind == "xml" else ""),
         "sha256": hashlib.sha256(csv_bytes).hexdigest()},
    ]
    params_path = config.root / "params.yaml"
    return {
        source_path: source.data,
        csv_path: csv_bytes,
        config.manifest: manifest.with_entries(
            config.manifest.read_text(encoding="utf-8"), entries, config.manifest).encode(),
        params_path: params_edit.with_snapshot(
            params_path.read_text(encoding="utf-8"), snapshot_id, params_path).encode(),
    }


def add(config: Config, spec: str | None, as_of: dt.date | None, backfill: bool) -> bool:
    """Add the snapshot; False when it is already there with the same content."""
    source = read_source(spec, config.status_url)
    print(f"read {source.label}: {len(source.data):,} bytes of {source.kind.upper()}")
    snapshot = read_snapshot(source, as_of, config.treaty_id)
    snapshot_id = snapshot.as_of.isoformat()
    print(f"as of {snapshot_id} ({snapshot.as_of_basis})")
    if not check_as_of(config, snapshot, backfill):
        print(f"nothing to do: snapshot {snapshot_id} is already listed with the same "
              f"{len(snapshot.rows)} actions")
        return False
    previous_id = previous_snapshot(config, snapshot_id)
    previous = _listed_rows(config, previous_id) if previous_id else []
    snapshot = Snapshot(snapshot.as_of, snapshot.as_of_basis,
                        with_known_places(snapshot.rows, previous))
    print(f"changes since {previous_id or 'nothing (the first snapshot)'}:")
    print("\n".join(changes(previous, snapshot.rows)))
    files = planned_files(config, source, snapshot)
    atomic.write_all(files)
    for path in files:
        print(f"wrote {path.relative_to(config.root).as_posix()}")
    return True


def build(root: Path) -> int:
    """`dvc repro` with this environment's executables first on PATH."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run([str(bin_dir / "dvc"), "repro"], cwd=root, env=env,
                          check=False).returncode


# --- command line ----------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    from analysis import config as config_module

    config = config_module.load()
    added = add(config, args.source, args.as_of, args.backfill)
    if not args.build:
        if added:
            print("next: dvc repro (or make update), to build the new snapshot's reports")
        return 0
    return build(config.root)
