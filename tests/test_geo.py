import json

from analysis import geo


def write_topology(tmp_path, geometries, arcs, transform=None):
    topology = {"type": "Topology", "arcs": arcs,
                "objects": {"countries": {"type": "GeometryCollection",
                                          "geometries": geometries}}}
    if transform:
        topology["transform"] = transform
    path = tmp_path / "atlas.topo.json"
    path.write_text(json.dumps(topology))
    return path


def test_centroid_of_a_square_is_its_middle(tmp_path):
    square = [[[10, 10], [14, 10], [14, 14], [10, 14], [10, 10]]]
    path = write_topology(tmp_path, [{"type": "Polygon", "id": "001",
                                      "properties": {"name": "Square"}, "arcs": [[0]]}], square)
    row = geo.feature_points(path).row(0, named=True)
    assert (row["lon"], row["lat"], row["area"]) == (12.0, 12.0, 16.0)


def test_quantized_delta_arcs_are_decoded(tmp_path):
    # the same 4x4 square, quantized with scale 2 and delta-encoded
    arcs = [[[5, 5], [2, 0], [0, 2], [-2, 0], [0, -2]]]
    path = write_topology(tmp_path, [{"type": "Polygon", "id": "001",
                                      "properties": {"name": "Square"}, "arcs": [[0]]}], arcs,
                          {"scale": [2, 2], "translate": [0, 0]})
    row = geo.feature_points(path).row(0, named=True)
    assert (row["lon"], row["lat"]) == (12.0, 12.0)


def test_largest_polygon_gives_the_point_and_reversed_arcs_are_followed(tmp_path):
    arcs = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
            [[20, 20], [20, 30], [30, 30], [30, 20], [20, 20]]]
    geometry = {"type": "MultiPolygon", "id": "002", "properties": {"name": "Islands"},
                "arcs": [[[0]], [[~1]]]}
    row = geo.feature_points(write_topology(tmp_path, [geometry], arcs)).row(0, named=True)
    assert (row["lon"], row["lat"], row["area"]) == (25.0, 25.0, 100.0)


def test_features_without_id_are_skipped(tmp_path):
    square = [[[0, 0], [1, 0], [1, 1], [0, 0]]]
    path = write_topology(tmp_path, [{"type": "Polygon", "properties": {"name": "Kosovo"},
                                      "arcs": [[0]]}], square)
    assert geo.feature_points(path).height == 0


def test_small_signatory_states_have_points_in_the_50m_atlas():
    points = geo.feature_points(
        __import__("pathlib").Path("data/raw/reference/world-atlas-countries-50m.topo.json"))
    nauru = points.filter(points["atlas_name"] == "Nauru").row(0, named=True)
    assert 166 < nauru["lon"] < 167.5 and -1 < nauru["lat"] < 0
