/*
 * test_header.c - the header line (lib/header.c): a --header spec split
 * at its commas, and the likely misspellings of a column name that the
 * filters point out (issue 17).
 */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"

Test(header, split_spec)
{
	struct lt_field *f;
	size_t n;
	char *copy = lt_header_split("code,name,,villages:int", &f, &n);

	cr_assert_eq(n, 4);
	cr_expect_str_eq(f[0].s, "code");
	cr_expect_eq(f[2].len, 0);
	cr_expect_str_eq(f[3].s, "villages:int");
	free(f);
	free(copy);
}

Test(header, names_near)
{
	/* One edit in a short name, two in a longer one. */
	cr_expect(lt_name_near("twons", "towns"));
	cr_expect(lt_name_near("town", "towns"));
	cr_expect(lt_name_near("labour_rual", "labour_rural"));
	cr_expect(lt_name_near("labuor_rrual", "labour_rural"));
	cr_expect(lt_name_near("vilages", "villages"));
	/* Not the same name, not a different word. */
	cr_expect_not(lt_name_near("towns", "towns"));
	cr_expect_not(lt_name_near("year", "area"));
	cr_expect_not(lt_name_near("ab", "towns"));
	cr_expect_not(lt_name_near("code", "mode_x"));
	cr_expect_not(lt_name_near("labour_farm", "labour_rural"));
}
