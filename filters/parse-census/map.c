/*
 * map.c - --map FILE: labels added to or overriding the built-in ones,
 * a line label,name[,type[,scale]] each; and category values added to
 * the built-in ones (cats.c), a line value:FIELD,RAW,CANONICAL each.
 */
#include <string.h>

#include "parse.h"

/* A scale as a power of ten: 1, 10, 10000, 0.01 (*k 0, 1, 4, -2). */
static int
power_of_ten(const char *s, size_t len, int *k)
{
	char buf[PC_NUMBUF];
	size_t n;
	enum pc_missing why;
	struct pc_scale one = { 0, 1 };

	if (pc_number(s, len, one, 0, buf, &n, &why) != PC_V_OK)
		n = 0;
	buf[n] = '\0';
	if (strcmp(buf, "1") == 0)
		*k = 0;
	else if (n > 1 && buf[0] == '1' && strspn(buf + 1, "0") == n - 1)
		*k = (int)n - 1;
	else if (n > 2 && strncmp(buf, "0.", 2) == 0 && buf[n - 1] == '1' &&
	    strspn(buf + 2, "0") == n - 3)
		*k = -(int)(n - 2);
	else
		return 0;
	return 1;
}

/* value:FIELD,RAW,CANONICAL: RAW in a column FIELD is CANONICAL. */
static void
map_value(const char *path, const struct lt_record *rec)
{
	struct pc_uservals *u = &opt.values;
	const struct pc_catmap *m = pc_cat_find(rec->f[0].s + 6);
	char *raw, *canon;
	size_t i, o;

	if (!m)
		lt_die(LT_EXIT_DATA, "%s:%ld: --map: '%s' has no category "
		    "values (activity, hukou_type, industry, lodging, "
		    "months_away, sex)", path, rec->line, rec->f[0].s + 6);
	if (rec->n != 3)
		lt_die(LT_EXIT_DATA, "%s:%ld: --map: a value line is "
		    "value:FIELD,RAW,CANONICAL", path, rec->line);
	canon = dup_trimmed(&rec->f[2]);
	if (!pc_cat_is_canon(m, canon, strlen(canon)))
		lt_die(LT_EXIT_DATA, "%s:%ld: --map: \"%s\" is not a value of "
		    "%s (%s)", path, rec->line, canon, m->field, m->canon);
	/* As cats.c compares: spaces and list punctuation left out. */
	raw = dup_trimmed(&rec->f[1]);
	for (i = o = 0; raw[i]; ) {
		size_t k = pc_space_len((const unsigned char *)raw + i,
		    strlen(raw + i));

		if (k == 0 && strchr(",;()", raw[i]))
			k = 1;
		else if (k == 0 && (strncmp(raw + i, "、", 3) == 0 ||
		    strncmp(raw + i, "，", 3) == 0 ||
		    strncmp(raw + i, "；", 3) == 0 ||
		    strncmp(raw + i, "（", 3) == 0 ||
		    strncmp(raw + i, "）", 3) == 0))
			k = 3;
		if (k > 0)
			i += k;
		else
			raw[o++] = raw[i++];
	}
	raw[o] = '\0';
	u->v = lt_realloc(u->v, (u->n + 1) * sizeof(*u->v));
	u->of = lt_realloc(u->of, (u->n + 1) * sizeof(*u->of));
	u->v[u->n].raw = raw;
	u->v[u->n].canon = canon;
	u->of[u->n++] = m;
}

/* The newest entry into the map's index, unless an earlier one has its
 * label (the first of a label wins, as in a scan). */
static void
index_label(struct pc_map *map)
{
	const char *label = map->e[map->n - 1].label;
	int isnew;
	size_t *first;

	if (!map->idx)
		map->idx = lt_hash_new(sizeof(size_t));
	first = lt_hash_get(map->idx, label, strlen(label), &isnew);
	if (isnew)
		*first = map->n - 1;
}

/* --map FILE: label,name[,type[,scale]] per line. */
void
read_map(const char *path)
{
	struct lt_raw *r = lt_raw_open(path, LT_ENC_AUTO, 0);
	struct lt_record *rec;
	struct pc_label l;
	int rc;

	while ((rc = lt_raw_next(r, &rec)) != 0) {
		struct pc_mapent *e;
		const struct lt_fielddef *def;

		if (rc < 0) {
			long line;
			const char *msg = lt_csv_error(lt_raw_csv(r), &line,
			    NULL);

			lt_die(LT_EXIT_DATA, "%s:%ld: %s", path, line, msg);
		}
		if (rec->line == 1 && (strcmp(rec->f[0].s, "label") == 0 ||
		    strcmp(rec->f[0].s, "source") == 0))
			continue;
		if (strncmp(rec->f[0].s, "value:", 6) == 0) {
			map_value(path, rec);
			continue;
		}
		if (rec->n < 2 || rec->n > 4)
			lt_die(LT_EXIT_DATA, "%s:%ld: --map: a line is label,"
			    "name[,type[,scale]]", path, rec->line);
		if (opt.map.n == opt.map.cap) {
			opt.map.cap = opt.map.cap ? 2 * opt.map.cap : 64;
			opt.map.e = lt_realloc(opt.map.e, opt.map.cap *
			    sizeof(*opt.map.e));
		}
		e = &opt.map.e[opt.map.n++];
		memset(e, 0, sizeof(*e));
		pc_label_clean(rec->f[0].s, rec->f[0].len, &l);
		e->label = lt_strndup(l.text, l.len);
		index_label(&opt.map);
		e->name = dup_trimmed(&rec->f[1]);
		def = lt_field_find(e->name);
		if (rec->n > 2 && !cell_empty(&rec->f[2])) {
			if (!lt_type_parse(rec->f[2].s, rec->f[2].len, &e->type))
				lt_die(LT_EXIT_DATA, "%s:%ld: --map: unknown type "
				    "\"%s\" (str, int, num, bool or code)", path,
				    rec->line, rec->f[2].s);
			if (def && def->type != e->type)
				lt_die(LT_EXIT_DATA, "%s:%ld: --map: '%s' is a "
				    "canonical field of type %s", path,
				    rec->line, e->name, lt_type_name(def->type));
			e->has_type = 1;
		}
		if (rec->n > 3 && !cell_empty(&rec->f[3])) {
			const char *s = rec->f[3].s;
			size_t len = rec->f[3].len;

			e->has_scale = 1;
			if (!(e->unit = pc_unit_find(s, len)) &&
			    !power_of_ten(s, len, &e->k))
				lt_die(LT_EXIT_DATA, "%s:%ld: --map: scale \"%s\" "
				    "is not a unit (万人, 亩...) nor a power of "
				    "ten", path, rec->line, s);
		}
		if (!e->has_type && !def)
			e->type = e->has_scale ? LT_NUM : LT_STR;
		else if (!e->has_type)
			e->type = def->type;
		e->has_type = 1;
	}
	lt_raw_close(r);
}
