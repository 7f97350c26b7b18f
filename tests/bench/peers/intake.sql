-- absorb's core columns in DuckDB SQL, for make bench: redeployed,
-- absorption_rate, and the year-on-year intake with the window function
-- LAG over each code's years.  Read as text, so that the other columns
-- pass through byte-identical.
COPY (
	WITH r AS (
		SELECT *,
			CAST("year:int" AS BIGINT) AS y_,
			CAST("labour_rural:num" AS DOUBLE) AS lr_,
			CAST("labour_farm:num" AS DOUBLE) AS lf_,
			CAST("pop_town:num" AS DOUBLE) AS pt_,
			CAST("towns:int" AS DOUBLE) AS t_
		FROM read_csv('{IN}', header = true, all_varchar = true)
	), w AS (
		SELECT *,
			(pt_ - lag(pt_) OVER c) / (y_ - lag(y_) OVER c) AS intake_
		FROM r
		WINDOW c AS (PARTITION BY "code:code" ORDER BY y_)
	)
	SELECT * EXCLUDE (y_, lr_, lf_, pt_, t_, intake_),
		lr_ - lf_ AS "redeployed:num",
		CASE WHEN lr_ <> 0 THEN (lr_ - lf_) / lr_ END AS "absorption_rate:num",
		intake_ AS "town_pop_growth:num",
		CASE WHEN t_ <> 0 THEN intake_ / t_ END AS "growth_per_town:num"
	FROM w
) TO '{OUT}' (HEADER, DELIMITER ',');
