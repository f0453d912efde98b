-- The groups a press claim can name ("nine ASEAN members", "21 African States") and their
-- member States, one row per group and State: the blocs and UN regional groups of
-- data/raw/participation (key: group_id, e.g. asean, eu, un_regional_group_african) and the
-- M49 regions, sub-regions and intermediate regions of countries (key: the M49 name, e.g.
-- Africa, Latin America and the Caribbean, Caribbean). claims.yaml maps words to these keys.
SELECT DISTINCT group_id AS group_key, iso3
FROM group_memberships
WHERE role = 'member' AND is_state
UNION
SELECT region, iso3 FROM countries WHERE region IS NOT NULL
UNION
SELECT sub_region, iso3 FROM countries WHERE sub_region IS NOT NULL
UNION
SELECT intermediate_region, iso3 FROM countries WHERE intermediate_region IS NOT NULL
ORDER BY group_key, iso3
