/*
 * labels.c - column labels of a raw export and the lines around the
 * table.  Tables over if-chains: the extra labels, the preamble keys.
 * The unit words are in units.c.
 */
#include <string.h>

#include "labels.h"

/*
 * Labels of real exports beyond the dictionary's own (lib/fields.c,
 * which holds the Chinese wordings): the English of bilingual
 * yearbooks, matched in lower case.
 */
static const struct {
	const char *label;
	const char *name;
} extra_labels[] = {
	{ "region", "name" },
	{ "area", "area_km2" },
	{ "total area", "area_km2" },
	{ "number of households", "households" },
	{ "households", "households" },
	{ "total population", "pop_total" },
	{ "rural population", "pop_rural_hh" },
	{ "number of rural population", "pop_rural_hh" },
	{ "resident population", "pop_resident" },
	{ "rural employed persons", "labour_rural" },
	{ "rural labour force", "labour_rural" },
	{ "number of villagers' committees", "villages" },
	{ "villagers' committees", "villages" },
	{ "village committees", "villages" },
	{ "number of towns", "towns" },
	{ "cultivated land", "farmland_ha" },
	{ "grain output", "grain_t" },
	{ "gross industrial output value", "output_industry" },
};

size_t
pc_prefix_len(const char *s, size_t len, const char *const *list)
{
	size_t i, n;

	for (i = 0; list[i]; i++) {
		n = strlen(list[i]);
		if (n <= len && memcmp(s, list[i], n) == 0)
			return n;
	}
	return 0;
}

/* Brackets around a unit: ( ) （ ） [ ] 【 】. */
static const char *const opens[] = { "(", "\xef\xbc\x88", "[",
	"\xe3\x80\x90", NULL };
static const char *const closes[] = { ")", "\xef\xbc\x89", "]",
	"\xe3\x80\x91", NULL };

/* Remove a bracketed unit from l->text, setting l->unit. */
static void
take_unit(struct pc_label *l)
{
	size_t i, j, ko, kc = 0;

	for (i = 0; i < l->len; i++) {
		if ((ko = pc_prefix_len(l->text + i, l->len - i, opens)) == 0)
			continue;
		for (j = i + ko; j < l->len; j++)
			if ((kc = pc_prefix_len(l->text + j, l->len - j,
			    closes)) > 0)
				break;
		if (j == l->len)
			return;
		if (!l->unit && (l->unit = pc_unit_find(l->text + i + ko,
		    j - i - ko)) != NULL) {
			memmove(l->text + i, l->text + j + kc,
			    l->len - j - kc);
			l->len -= j + kc - i;
			l->text[l->len] = '\0';
			return;
		}
		i = j;
	}
}

/* 县（市、区） as the dictionary writes it, 县(市、区). */
static void
ascii_brackets(struct pc_label *l)
{
	size_t i, o;

	for (i = o = 0; i < l->len; ) {
		if (l->len - i >= 3 && memcmp(l->text + i, "\xef\xbc\x88", 3) == 0) {
			l->text[o++] = '(';
			i += 3;
		} else if (l->len - i >= 3 && memcmp(l->text + i,
		    "\xef\xbc\x89", 3) == 0) {
			l->text[o++] = ')';
			i += 3;
		} else {
			l->text[o++] = l->text[i++];
		}
	}
	l->len = o;
	l->text[o] = '\0';
}

static int
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

void
pc_label_clean(const char *s, size_t len, struct pc_label *l)
{
	static const char *const marks[] = { "#", "\xef\xbc\x83",
		"其中：", "其中:", "其中", NULL };
	const unsigned char *u;
	size_t i, k, o;
	int cjk = 0;

	l->unit = NULL;
	l->elen = 0;
	l->english[0] = '\0';
	pc_trim(&s, &len);
	while ((k = pc_prefix_len(s, len, marks)) > 0) {
		s += k;
		len -= k;
		pc_trim(&s, &len);
	}
	if (len >= PC_LABEL_MAX)
		len = PC_LABEL_MAX - 1;
	/* An English translation: a capital starting words after the
	 * Chinese ("乡村人口数 (万人) Number of Rural Population"). */
	u = (const unsigned char *)s;
	for (i = 0; i < len; i++) {
		if (u[i] >= 0x80) {
			cjk = 1;
		} else if (cjk && is_upper(u[i]) && (i == 0 || u[i - 1] == ' ')
		    && memchr(s + i, ' ', len - i)) {
			const char *e = s + i;
			size_t elen = len - i;

			pc_trim(&e, &elen);
			memcpy(l->english, e, elen);
			l->elen = elen;
			l->english[elen] = '\0';
			len = i;
			break;
		}
	}
	/* Spaces out, then the unit, then the footnote marks. */
	for (i = o = 0; i < len; ) {
		const char *p = s + i;
		size_t n = len - i;

		pc_trim(&p, &n);
		if (p != s + i) {
			i = (size_t)(p - s);
			continue;
		}
		l->text[o++] = s[i++];
	}
	l->len = o;
	l->text[o] = '\0';
	take_unit(l);
	ascii_brackets(l);
	pc_strip_marks(l->text, &l->len);
	while ((k = pc_prefix_len(l->text, l->len, marks)) > 0) {
		memmove(l->text, l->text + k, l->len - k);
		l->len -= k;
	}
	l->text[l->len] = '\0';
}

/* Is label one of the '|'-separated labels? */
static int
has_label(const char *labels, const char *label, size_t n)
{
	const char *p = labels;

	while (*p != '\0') {
		const char *end = strchr(p, '|');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		if (len == n && memcmp(p, label, n) == 0)
			return 1;
		if (!end)
			break;
		p = end + 1;
	}
	return 0;
}

static void
set_target(struct pc_target *t, const char *name, size_t len)
{
	if (len >= sizeof(t->name))
		len = sizeof(t->name) - 1;
	memcpy(t->name, name, len);
	t->name[len] = '\0';
	t->def = lt_field_find(t->name);
	t->type = t->def ? t->def->type : LT_STR;
	t->map = NULL;
}

void
pc_target_set(struct pc_target *t, const char *name)
{
	set_target(t, name, strlen(name));
}

/* The dictionary, the extra table and the canonical names. */
static int
lookup_text(const char *s, size_t n, struct pc_target *t)
{
	size_t i;

	if (n == 0)
		return 0;
	for (i = 0; i < lt_nfields; i++)
		if (has_label(lt_fields[i].labels, s, n)) {
			set_target(t, lt_fields[i].name,
			    strlen(lt_fields[i].name));
			return 1;
		}
	for (i = 0; i < sizeof(extra_labels) / sizeof(extra_labels[0]); i++)
		if (strlen(extra_labels[i].label) == n &&
		    memcmp(extra_labels[i].label, s, n) == 0) {
			set_target(t, extra_labels[i].name,
			    strlen(extra_labels[i].name));
			return 1;
		}
	if (lt_field_find_n(s, n)) {
		set_target(t, s, n);
		return 1;
	}
	return 0;
}

/* The first --map entry of the label's text or its English, map->n
 * when none: through the map's index when it has one (a map and a
 * header of 80,000 labels each, 52 s when each column was a scan). */
static size_t
map_first(const struct pc_map *map, const struct pc_label *l)
{
	const size_t *a, *b;
	size_t i;

	if (map->idx) {
		a = lt_hash_find(map->idx, l->text, strlen(l->text));
		b = l->elen ? lt_hash_find(map->idx, l->english,
		    strlen(l->english)) : NULL;
		if (a && b)
			return *a < *b ? *a : *b;
		return a ? *a : b ? *b : map->n;
	}
	for (i = 0; i < map->n; i++)
		if (strcmp(map->e[i].label, l->text) == 0 ||
		    (l->elen && strcmp(map->e[i].label, l->english) == 0))
			break;
	return i;
}

int
pc_label_known(const char *s, size_t len, const struct pc_map *map)
{
	struct pc_label l;
	struct pc_target t;

	pc_label_clean(s, len, &l);
	return pc_label_lookup(&l, map, &t);
}

int
pc_label_lookup(const struct pc_label *l, const struct pc_map *map,
    struct pc_target *t)
{
	static const char *const endings[] = { "个数", "数", NULL };
	char lower[PC_LABEL_MAX];
	size_t i, n;

	if (map && (i = map_first(map, l)) < map->n) {
		set_target(t, map->e[i].name, strlen(map->e[i].name));
		if (map->e[i].has_type)
			t->type = map->e[i].type;
		t->map = &map->e[i];
		return 1;
	}
	if (lookup_text(l->text, l->len, t))
		return 1;
	for (i = 0; endings[i]; i++) {
		n = strlen(endings[i]);
		if (l->len > n && memcmp(l->text + l->len - n, endings[i],
		    n) == 0 && lookup_text(l->text, l->len - n, t))
			return 1;
	}
	/* English: lower case, the unit in brackets left out. */
	n = l->elen;
	for (i = 0; i < n; i++) {
		if (l->english[i] == '(') {
			n = i;
			break;
		}
		lower[i] = (char)(is_upper((unsigned char)l->english[i]) ?
		    l->english[i] + 32 : l->english[i]);
	}
	while (n > 0 && lower[n - 1] == ' ')
		n--;
	return n > 0 && lookup_text(lower, n, t);
}

size_t
pc_snake(const char *s, size_t len, char *out, size_t outsize)
{
	size_t i, o = 0;
	int sep = 0;

	for (i = 0; i < len && o + 2 < outsize; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' &&
		    c <= 'z') || is_upper(c)) {
			if (sep && o > 0)
				out[o++] = '_';
			sep = 0;
			out[o++] = (char)(is_upper(c) ? c + 32 : c);
		} else {
			sep = 1;
		}
	}
	out[o] = '\0';
	return o;
}

static const struct {
	const char *key;
	enum pc_meta kind;
} meta_keys[] = {
	{ "数据库", PC_META_DB },
	{ "指标", PC_META_INDICATOR },
	{ "地区", PC_META_REGION },
	{ "时间", PC_META_TIME },
	{ "计量单位", PC_META_UNIT },
	{ "单位", PC_META_UNIT },
	{ "数据来源", PC_META_NOTE },
	{ "资料来源", PC_META_NOTE },
	{ "来源", PC_META_NOTE },
	{ "说明", PC_META_NOTE },
	{ "附注", PC_META_NOTE },
	{ "注释", PC_META_NOTE },
	{ "注", PC_META_NOTE },
};

enum pc_meta
pc_meta_line(const char *s, size_t len, const char **val, size_t *vlen)
{
	static const char *const colons[] = { "\xef\xbc\x9a", ":", NULL };
	size_t i, n, k;

	pc_trim(&s, &len);
	for (i = 0; i < sizeof(meta_keys) / sizeof(meta_keys[0]); i++) {
		const char *p;
		size_t rest;

		n = strlen(meta_keys[i].key);
		if (len < n || memcmp(s, meta_keys[i].key, n) != 0)
			continue;
		p = s + n;
		rest = len - n;
		/* 注1：, 注 ： */
		while (rest > 0 && ((*p >= '0' && *p <= '9') || *p == ' ')) {
			p++;
			rest--;
		}
		if ((k = pc_prefix_len(p, rest, colons)) == 0)
			continue;
		*val = p + k;
		*vlen = rest - k;
		pc_trim(val, vlen);
		return meta_keys[i].kind;
	}
	return PC_META_NO;
}
