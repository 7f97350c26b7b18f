/*
 * test_sheetcell.c - workbook cells as text (sheetcell.c): numbers in
 * plain decimal, doubles shortest, date formats and serial dates.  The
 * dates are worked out by hand: serial 1 is 1900-01-01, 59 1900-02-28,
 * 60 the 1900-02-29 Excel keeps, 61 1900-03-01; 31958 is 1987-06-30
 * (87 years of 365 days and 21 leap days from 1899-12-30, plus 181
 * days of 1987); 0 in the 1904 system is 1904-01-01.
 */
#include <string.h>

#include <criterion/criterion.h>

#include "../../../filters/parse-census/source.h"

static const char *
plain(const char *s)
{
	static char out[PC_CELLBUF];

	if (pc_plain_number(s, strlen(s), out, sizeof(out)) == 0)
		return "(not a number)";
	return out;
}

Test(sheetcell, plain_numbers)
{
	cr_expect_str_eq(plain("1.2E+5"), "120000");
	cr_expect_str_eq(plain("1.2e5"), "120000");
	cr_expect_str_eq(plain("8504"), "8504");
	cr_expect_str_eq(plain("-5E-3"), "-0.005");
	cr_expect_str_eq(plain("0012.500"), "12.5");
	cr_expect_str_eq(plain("-0"), "0");
	cr_expect_str_eq(plain("1E+3"), "1000");
	cr_expect_str_eq(plain("123.456E-1"), "12.3456");
	cr_expect_str_eq(plain("1.5E-10"), "0.00000000015");
	cr_expect_str_eq(plain("abc"), "(not a number)");
	cr_expect_str_eq(plain("1E"), "(not a number)");
	cr_expect_str_eq(plain("1E+999"), "(not a number)");
	cr_expect_str_eq(plain("."), "(not a number)");
}

Test(sheetcell, doubles)
{
	char out[PC_CELLBUF];

	pc_plain_double(66.4, out, sizeof(out));
	cr_expect_str_eq(out, "66.4");
	pc_plain_double(0.1 + 0.2, out, sizeof(out));
	cr_expect_str_eq(out, "0.30000000000000004");
	pc_plain_double(1e21, out, sizeof(out));
	cr_expect_str_eq(out, "1000000000000000000000");
	pc_stored_number("66.400000000000006", 17, out, sizeof(out));
	cr_expect_str_eq(out, "66.4");
}

Test(sheetcell, formats)
{
	cr_expect_eq(pc_format_kind(14, NULL), PC_DATE);
	cr_expect_eq(pc_format_kind(22, NULL), PC_DATETIME);
	cr_expect_eq(pc_format_kind(20, NULL), PC_TIME);
	cr_expect_eq(pc_format_kind(3, NULL), PC_NOTDATE);
	cr_expect_eq(pc_format_kind(164, "yyyy\"年\"m\"月\"d\"日\""), PC_DATE);
	cr_expect_eq(pc_format_kind(164, "#,##0\"人 d\""), PC_NOTDATE);
	cr_expect_eq(pc_format_kind(164, "[Red]0.00"), PC_NOTDATE);
	cr_expect_eq(pc_format_kind(164, "h:mm AM/PM"), PC_TIME);
	cr_expect_eq(pc_format_kind(164, "mm:ss"), PC_TIME);
	cr_expect_eq(pc_format_kind(164, "yyyy-mm-dd hh:mm"), PC_DATETIME);
	cr_expect_eq(pc_format_kind(164, "General"), PC_NOTDATE);
}

static const char *
date(double serial, int d1904, enum pc_datekind k)
{
	static char out[64];

	if (pc_serial_date(serial, d1904, k, out, sizeof(out)) == 0)
		return "(none)";
	return out;
}

Test(sheetcell, dates)
{
	cr_expect_str_eq(date(1, 0, PC_DATE), "1900-01-01");
	cr_expect_str_eq(date(59, 0, PC_DATE), "1900-02-28");
	cr_expect_str_eq(date(60, 0, PC_DATE), "1900-02-29");
	cr_expect_str_eq(date(61, 0, PC_DATE), "1900-03-01");
	cr_expect_str_eq(date(31958, 0, PC_DATE), "1987-06-30");
	cr_expect_str_eq(date(31958.354166666668, 0, PC_DATETIME),
	    "1987-06-30T08:30:00");
	cr_expect_str_eq(date(0.5, 0, PC_TIME), "12:00:00");
	cr_expect_str_eq(date(0, 1, PC_DATE), "1904-01-01");
	cr_expect_str_eq(date(0.99999999, 0, PC_DATETIME),
	    "1900-01-01T00:00:00");
	cr_expect_str_eq(date(0.25, 0, PC_DATE), "(none)");
	cr_expect_str_eq(date(-1, 0, PC_DATE), "(none)");
}
