-- How each country appears on the world map: as a 110m shape, or as a dot at the
-- centroid of its largest 50m polygon when the 110m atlas lacks it. Where several atlas
-- features share an ISO numeric code, the largest one gives the point.
WITH points_50m AS (
    SELECT
        iso_numeric,
        arg_max(lon, area) AS lon,
        arg_max(lat, area) AS lat
    FROM stg_atlas_50m
    GROUP BY iso_numeric
)
SELECT
    c.iso3,
    c.iso_numeric,
    c.name,
    c.iso_numeric IN (SELECT iso_numeric FROM stg_atlas_110m) AS in_atlas_110m,
    f.iso_numeric IS NOT NULL AS in_atlas_50m,
    f.lon,
    f.lat
FROM countries AS c
LEFT JOIN points_50m AS f ON f.iso_numeric = c.iso_numeric
ORDER BY c.iso3
