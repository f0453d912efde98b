-- World totals the coverage shares divide by: the World Bank 'WLD' aggregate for 2024.
SELECT year, population
FROM stg_population
WHERE iso3 = 'WLD' AND year = 2024
ORDER BY year
