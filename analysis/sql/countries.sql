-- One row per ISO 3166-1 alpha-3 code: names, M49 geography, UN membership, development
-- flags and 2024 population. UN member = a UNTERM English short name without the '*'
-- (observer State) or '**' (associated State) marker, plus the reviewed additions for
-- rows whose UNTERM names are empty in country-codes.csv.
SELECT
    c.iso3,
    c.iso2,
    lpad(c.iso_numeric, 3, '0') AS iso_numeric,
    lpad(c.m49, 3, '0') AS m49,
    coalesce(
        nullif(trim(regexp_replace(c.unterm_english_short, '\s*(\(the\)|\*+)', '', 'g')), ''),
        a.unterm_english_short,
        c.cldr_name,
        c.official_name_en
    ) AS name,
    c.region,
    c.sub_region,
    c.intermediate_region,
    a.iso3 IS NOT NULL
        OR coalesce(c.unterm_english_short NOT LIKE '%*%', false)
        AS is_un_member,
    coalesce(c.unterm_english_short LIKE '%*' AND c.unterm_english_short NOT LIKE '%**', false)
        AS is_un_observer_state,
    coalesce(c.ldc = 'x', false) AS is_ldc,
    coalesce(c.lldc = 'x', false) AS is_lldc,
    coalesce(c.sids = 'x', false) AS is_sids,
    p.population AS population_2024
FROM stg_country_codes AS c
LEFT JOIN stg_un_member_additions AS a ON a.iso3 = c.iso3
LEFT JOIN stg_population AS p ON p.iso3 = c.iso3 AND p.year = 2024
ORDER BY c.iso3
