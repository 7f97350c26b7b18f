/*
 * internal.h - what lib/ shares between its files and with its tests,
 * and filters must not call: the pool, the read-ahead thread, test
 * hooks.  One section per source file, as in litu.h, which comes first.
 */
#ifndef LITU_INTERNAL_H
#define LITU_INTERNAL_H

/* value.c, micro.c: the digit test of their parsers */

/* Not isdigit(3): no locale, and no promotion of a byte to a negative
 * int that would pass a "<= '9'" test. */
static inline int
lt_is_digit(char c)
{
	return (unsigned)((unsigned char)c - '0') <= 9;
}

#endif
