-- classify-labour --by township for csvkit (csvsql --query, SQLite), for
-- make bench: the table is t, read with --no-inference (all text).
-- agate reads the word none as NULL: industry NULL is taken as none.
WITH p AS (
	SELECT substr("hukou_code:code", 1, 9) AS h,
		substr(coalesce(nullif("work_code:code", ''), "code:code"), 1, 9) AS d,
		"year:int" AS year,
		coalesce(CAST(nullif("weight:num", '') AS REAL), 1) AS wt,
		CASE
		WHEN CAST("age:int" AS INTEGER) < 16 OR activity = 'inactive'
		    OR (coalesce(activity, '') = '' AND coalesce(industry, 'none') = 'none') THEN 'inactive'
		WHEN activity = 'unemployed' THEN 'unemployed'
		WHEN hukou_type = 'nonagri' THEN 'urban'
		WHEN industry = 'agri' AND CAST("months_away:int" AS INTEGER) >= 6 THEN 'away_farm'
		WHEN industry = 'agri' THEN 'farm'
		WHEN CAST("months_away:int" AS INTEGER) >= 6 OR hukou_type = 'selfgrain' THEN 'migrant'
		WHEN CAST("months_away:int" AS INTEGER) = 0 AND (lodging = 'home'
		    OR (coalesce(lodging, '') = '' AND substr("code:code", 1, 9) = substr("hukou_code:code", 1, 9)))
		    THEN 'local'
		ELSE 'amphibian'
		END AS cls
	FROM t
)
SELECT h AS code, year, 'pop_total' AS measure, sum(wt) AS value FROM p GROUP BY 1, 2
UNION ALL
SELECT h, year, 'labour_' || cls, sum(wt) FROM p WHERE cls IS NOT NULL AND cls NOT IN ('inactive', 'unemployed') GROUP BY 1, 2, 3
UNION ALL
SELECT h, year, 'labour_rural', sum(wt) FROM p WHERE cls IN ('farm', 'local', 'amphibian', 'migrant', 'away_farm') GROUP BY 1, 2
UNION ALL
SELECT d, year, 'labour_inflow', sum(wt) FROM p WHERE cls IN ('farm', 'local', 'amphibian', 'migrant', 'away_farm') AND d <> h GROUP BY 1, 2
