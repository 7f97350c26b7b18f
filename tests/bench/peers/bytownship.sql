-- classify-labour --by township in DuckDB SQL, for make bench: the person
-- rules as a CASE, one scan grouped by hukou township, work township,
-- year and class, then the origin sums and the inflow joined per
-- township and year.
COPY (
	WITH p AS (
		SELECT left("hukou_code:code", 9) AS h,
			left(coalesce("work_code:code", "code:code"), 9) AS d,
			CAST("year:int" AS BIGINT) AS year,
			coalesce(CAST("weight:num" AS DOUBLE), 1) AS wt,
			CASE
			WHEN CAST("age:int" AS INTEGER) < 16 OR activity = 'inactive'
			    OR (activity IS NULL AND industry = 'none') THEN 'inactive'
			WHEN activity = 'unemployed' THEN 'unemployed'
			WHEN hukou_type = 'nonagri' THEN 'urban'
			WHEN industry = 'agri' AND CAST("months_away:int" AS INTEGER) >= 6 THEN 'away_farm'
			WHEN industry = 'agri' THEN 'farm'
			WHEN CAST("months_away:int" AS INTEGER) >= 6 OR hukou_type = 'selfgrain' THEN 'migrant'
			WHEN CAST("months_away:int" AS INTEGER) = 0 AND (lodging = 'home'
			    OR (lodging IS NULL AND left("code:code", 9) = left("hukou_code:code", 9)))
			    THEN 'local'
			ELSE 'amphibian'
			END AS cls
		FROM read_csv('{IN}', header = true, all_varchar = true)
	), g AS MATERIALIZED (
		SELECT h, d, year, cls, sum(wt) AS s FROM p GROUP BY ALL
	), o AS (
		SELECT h AS code, year,
			sum(s) AS pop_total,
			coalesce(sum(s) FILTER (cls IN ('farm', 'local', 'amphibian', 'migrant', 'away_farm')), 0) AS labour_rural,
			coalesce(sum(s) FILTER (cls = 'farm'), 0) AS labour_farm,
			coalesce(sum(s) FILTER (cls = 'local'), 0) AS labour_local,
			coalesce(sum(s) FILTER (cls = 'amphibian'), 0) AS labour_amphibian,
			coalesce(sum(s) FILTER (cls = 'migrant'), 0) AS labour_migrant,
			coalesce(sum(s) FILTER (cls = 'away_farm'), 0) AS labour_away_farm,
			coalesce(sum(s) FILTER (cls = 'urban'), 0) AS labour_urban
		FROM g GROUP BY ALL
	), i AS (
		SELECT d AS code, year, sum(s) AS labour_inflow FROM g
		WHERE cls IN ('farm', 'local', 'amphibian', 'migrant', 'away_farm') AND d <> h
		GROUP BY ALL
	)
	SELECT code, year,
		coalesce(pop_total, 0) AS pop_total, coalesce(labour_rural, 0) AS labour_rural,
		coalesce(labour_farm, 0) AS labour_farm, coalesce(labour_local, 0) AS labour_local,
		coalesce(labour_amphibian, 0) AS labour_amphibian, coalesce(labour_migrant, 0) AS labour_migrant,
		coalesce(labour_away_farm, 0) AS labour_away_farm, coalesce(labour_urban, 0) AS labour_urban,
		coalesce(labour_inflow, 0) AS labour_inflow
	FROM o FULL JOIN i USING (code, year)
	ORDER BY code, year
) TO '{OUT}' (HEADER, DELIMITER ',');
