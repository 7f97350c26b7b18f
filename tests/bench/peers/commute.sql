-- commute-check's region formulas (DESIGN section 6) in DuckDB SQL, for
-- make bench.  Read as text (pass-through columns stay byte-identical),
-- the formula columns cast to DOUBLE.
COPY (
	WITH r AS (
		SELECT *,
			TRY_CAST("area_km2:num" AS DOUBLE) AS a_,
			TRY_CAST("villages:int" AS DOUBLE) AS v_,
			TRY_CAST("towns:int" AS DOUBLE) AS t_
		FROM read_csv('{IN}', header = true, all_varchar = true)
	), d AS (
		SELECT * EXCLUDE (a_, v_, t_),
			CASE WHEN a_ > 0 THEN v_ / a_ * 100 END AS "village_density:num",
			CASE WHEN a_ > 0 AND v_ > 0 THEN sqrt(2 / (sqrt(3) * (v_ / a_))) END AS "village_spacing_km:num",
			CASE WHEN a_ > 0 AND t_ > 0 THEN 0.37720 * sqrt(a_ / t_) END AS "town_distance_km:num"
		FROM r
	)
	SELECT * EXCLUDE ("town_distance_km:num"),
		"village_spacing_km:num" * 1.3 AS "village_road_km:num",
		"town_distance_km:num",
		"town_distance_km:num" * 1.3 / 12 * 60 AS "commute_min:num",
		"town_distance_km:num" * 1.3 / 12 * 60 <= 30 AS "commute_ok:bool"
	FROM d
) TO '{OUT}' (HEADER, DELIMITER ',');
