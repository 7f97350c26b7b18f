/*
 * test_cells.c - a row's cleaned values (cells.c) before the arena holds
 * anything: an empty or missing value is "", not a NULL pointer (UBSan
 * saw one handed to memcpy for a code beside an empty name, issue 20).
 */
#include <string.h>

#include <criterion/criterion.h>

#include "../../../filters/parse-census/parse.h"

Test(cells, empty_before_arena)
{
	struct cell c;

	cr_assert_null(run.arena.s);
	memset(&c, 0, sizeof(c));
	set_text(&c, NULL);
	cr_assert_not_null(cell_str(&c));
	cr_assert_str_eq(cell_str(&c), "");
	cr_assert_eq(c.len, 0);
}

Test(cells, missing_name_before_arena)
{
	struct incol col;
	struct lt_field dash = { "-", 1 }, blank = { "", 0 };
	struct cell c;
	char msg[128];

	memset(&col, 0, sizeof(col));
	col.name = "name";
	col.kind = K_NAME;
	cr_assert_null(run.arena.s);
	cr_assert(clean_value(&run.arena, &col, &dash, &c, msg, sizeof(msg)));
	cr_assert_neq(c.why, PC_PRESENT);
	cr_assert_not_null(cell_str(&c));
	cr_assert_str_eq(cell_str(&c), "");
	cr_assert(clean_value(&run.arena, &col, &blank, &c, msg, sizeof(msg)));
	cr_assert_not_null(cell_str(&c));
	cr_assert_eq(c.len, 0);
	/* A name put in the arena reads back from it. */
	{
		struct lt_field name = { "武进县", strlen("武进县") };

		cr_assert(clean_value(&run.arena, &col, &name, &c, msg,
		    sizeof(msg)));
		cr_assert_str_eq(cell_str(&c), "武进县");
	}
}
