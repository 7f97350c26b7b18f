/*
 * values.h - the cells of a raw export: missing-value marks, numbers
 * with separators and full-width digits scaled exactly on their decimal
 * digits, region names, division codes and years.
 */
#ifndef PC_VALUES_H
#define PC_VALUES_H

#include <stddef.h>

/* Why a value is missing (the --flags column). */
enum pc_missing {
	PC_PRESENT = 0,
	PC_BLANK,	/* an empty cell */
	PC_BELOW,	/* … ... ··· : below the table's unit */
	PC_NONE,	/* — － —— 一 - : no such indicator */
	PC_WITHHELD,	/* *** : withheld */
	PC_NMISSING
};

/* A conversion: the value times 10^k, divided by div (1 or 15). */
struct pc_scale {
	int k;
	int div;
};

enum pc_vstatus {
	PC_V_OK = 0,
	PC_V_NA,	/* missing; the reason is in *why */
	PC_V_BAD,	/* not a number */
	PC_V_RANGE,	/* too large */
	PC_V_FRACTION	/* an integer column got a fraction */
};

/* Decimal places kept when a conversion divides (亩 ÷ 15). */
#define PC_DIV_PLACES 6
/* Room for any number pc_number writes. */
#define PC_NUMBUF 80

const char *pc_missing_name(enum pc_missing m);
/* Trim spaces, U+3000 and no-break spaces at both ends. */
void pc_trim(const char **s, size_t *len);
/* Remove trailing footnote marks (① to ⑳, * and ＊). */
void pc_strip_marks(const char *s, size_t *len);
/* The missing-value mark s is, or PC_PRESENT. */
enum pc_missing pc_missing_mark(const char *s, size_t len);
/* A number cell into canonical decimal text in out (PC_NUMBUF bytes):
 * no exponent, no leading zeros, no trailing fraction zeros, "0" for
 * zero.  integer: the result must be whole. */
/* Is s a number as parse-census writes it: [-]digits[.digits], no
 * leading zero (but "0" or "0.x"), no trailing fraction zero, no
 * "-0", at most 18 digits? */
int pc_canonical(const char *s, size_t len);
enum pc_vstatus pc_number(const char *s, size_t len, struct pc_scale sc,
    int integer, char *out, size_t *outlen, enum pc_missing *why);
/* A region name: spaces removed except between two ASCII letters or
 * digits, footnote marks removed.  out has room for len bytes. */
size_t pc_name(const char *s, size_t len, char *out);
/* A division code: full-width digits read, padding zeros of a longer
 * form removed (320000 is province 32, 320412100000 township
 * 320412100).  Returns the length, or 0 when it is not a code. */
size_t pc_code(const char *s, size_t len, char *out, size_t outsize);
/* The length of the space character at s (ASCII, U+3000, U+00A0,
 * U+2002 to U+200A, U+202F), or 0. */
static inline size_t
pc_space_len(const unsigned char *s, size_t len)
{
	if (len >= 1 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' ||
	    s[0] == '\n'))
		return 1;
	if (len >= 2 && s[0] == 0xc2 && s[1] == 0xa0)
		return 2;
	if (len >= 3 && s[0] == 0xe3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;
	if (len >= 3 && s[0] == 0xe2 && s[1] == 0x80 &&
	    ((s[2] >= 0x82 && s[2] <= 0x8a) || s[2] == 0xaf))
		return 3;
	return 0;
}

/* A digit at s (ASCII or full-width): its value, and its length. */
static inline int
pc_digit_at(const unsigned char *s, size_t len, size_t *k)
{
	if (s[0] >= '0' && s[0] <= '9') {
		*k = 1;
		return s[0] - '0';
	}
	if (len >= 3 && s[0] == 0xef && s[1] == 0xbc && s[2] >= 0x90 &&
	    s[2] <= 0x99) {
		*k = 3;
		return s[2] - 0x90;
	}
	return -1;
}

/* A year cell or label: 1987, 1987年, full-width digits; 0 when not. */
int pc_year(const char *s, size_t len);
/* A label that starts with a year and 年 (1986年女, 1986年合计): the
 * year, and in *rest where what follows 年 begins; 0 when none. */
int pc_year_lead(const char *s, size_t len, size_t *rest);
/* A label that ends with a year and 年 (乡村劳动力1986年, a head joined
 * over its years): the year, and in *head the length before it; 0 when
 * none. */
int pc_year_tail(const char *s, size_t len, size_t *head);
/* The year a title names: the first "YYYY年", else a bracketed YYYY,
 * a price base year (按1980年不变价) left out; 0 when none (1900 to 2100
 * only).  When it names a range of years
 * ("1985-1987年", "1985年至1987年"), the last, and the first and last
 * in range[0] and range[1] (else both 0). */
int pc_title_year(const char *s, size_t len, int range[2]);
/* The constant-price year a title names (按1980年不变价, 1980年可比价):
 * no data year; 0 when none. */
int pc_title_price(const char *s, size_t len);
/* The edition a yearbook title names (《江苏统计年鉴1988》: 1988); 0 when
 * none. */
int pc_edition_year(const char *s, size_t len);
/* Whose yearbook a title names (《江苏统计年鉴1988》: 江苏, its start in
 * *name); its length, 0 when none. */
size_t pc_edition_name(const char *s, size_t len, const char **name);

#endif
