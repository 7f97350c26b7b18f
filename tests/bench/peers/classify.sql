-- classify-labour's person rules (DESIGN section 6) as a DuckDB CASE,
-- for make bench: appends labour_class.  Read as text, so that the
-- other columns pass through byte-identical.
COPY (
	SELECT *,
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
		END AS labour_class
	FROM read_csv('{IN}', header = true, all_varchar = true)
) TO '{OUT}' (HEADER, DELIMITER ',');
