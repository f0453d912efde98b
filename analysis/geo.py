"""World-atlas TopoJSON: which countries each map draws, and a point for each country.

The 110m map lacks many small states (Nauru, Palau, Maldives, Mauritius, ...). They are
drawn as dots at the centroid of their largest polygon in the 50m atlas, so that no
signatory is invisible on the map.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import polars as pl

Ring = list[tuple[float, float]]


def _decode_arcs(topology: dict) -> list[Ring]:
    """Absolute lon/lat points of every arc (arcs are delta-encoded and quantized)."""
    scale = topology.get("transform", {}).get("scale", [1.0, 1.0])
    translate = topology.get("transform", {}).get("translate", [0.0, 0.0])
    quantized = "transform" in topology
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = (x + dx, y + dy) if quantized else (dx, dy)
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def _ring(arcs: list[Ring], indices: list[int]) -> Ring:
    points: Ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _area_and_centroid(ring: Ring) -> tuple[float, float, float]:
    """Shoelace area (absolute) and centroid of a closed ring in lon/lat degrees."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(ring):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        xs, ys = zip(*ring, strict=True)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(area / 2), cx / (3 * area), cy / (3 * area)


def _outer_rings(geometry: dict) -> list[list[int]]:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"][0]]
    if geometry["type"] == "MultiPolygon":
        return [polygon[0] for polygon in geometry["arcs"]]
    return []


def feature_points(path: Path) -> pl.DataFrame:
    """One row per feature with an id: iso_numeric, name, and lon, lat and area (square
    degrees) of its largest polygon. An id can occur twice (Australia and Ashmore and
    Cartier Islands share 036 in the 50m atlas)."""
    topology = json.loads(path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    rows = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if not geometry.get("id"):
            continue
        rings = [_ring(arcs, indices) for indices in _outer_rings(geometry)]
        if not rings:
            continue
        area, lon, lat = max(_area_and_centroid(ring) for ring in rings)
        lon = (lon + 180) % 360 - 180  # only small states use these points; none straddle 180
        rows.append({"iso_numeric": geometry["id"], "atlas_name": geometry["properties"]["name"],
                     "lon": round(lon, 4), "lat": round(lat, 4), "area": round(area, 6)})
    return pl.DataFrame(rows, schema={"iso_numeric": pl.String, "atlas_name": pl.String,
                                      "lon": pl.Float64, "lat": pl.Float64,
                                      "area": pl.Float64})
