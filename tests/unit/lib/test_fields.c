/*
 * test_fields.c - the field dictionary (lib/fields.c): sorted, well
 * formed, found by name, and the same as the user's data dictionary in
 * docs/fields.md.
 *
 * The docs test reads LT_SRCDIR "/docs/fields.md"; LT_SRCDIR defaults to
 * the current directory, the top of the source tree.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "litu.h"

#ifndef LT_SRCDIR
#define LT_SRCDIR "."
#endif

/* The type names of the typed-CSV header, in enum lt_type order. */
static const char *const type_names[] = {
	"str", "int", "num", "bool", "code"
};

/* Is label a whole entry of the '|'-separated list labels? */
static int
has_label(const char *labels, const char *label)
{
	size_t n = strlen(label);
	const char *p = labels;

	while (*p != '\0') {
		const char *end = strchr(p, '|');
		size_t len = end != NULL ? (size_t)(end - p) : strlen(p);

		if (len == n && strncmp(p, label, n) == 0)
			return 1;
		if (end == NULL)
			break;
		p = end + 1;
	}
	return 0;
}

Test(fields, sorted_strictly_by_name)
{
	size_t i;

	cr_assert_gt(lt_nfields, 0);
	for (i = 1; i < lt_nfields; i++)
		cr_expect_lt(strcmp(lt_fields[i - 1].name, lt_fields[i].name),
		    0, "\"%s\" is not before \"%s\"", lt_fields[i - 1].name,
		    lt_fields[i].name);
}

Test(fields, entries_well_formed)
{
	size_t i;
	const char *p;

	for (i = 0; i < lt_nfields; i++) {
		const struct lt_fielddef *f = &lt_fields[i];

		cr_assert_not_null(f->name);
		cr_assert_not_null(f->unit, "%s: unit is NULL", f->name);
		cr_assert_not_null(f->meaning, "%s: meaning is NULL", f->name);
		cr_assert_not_null(f->labels, "%s: labels is NULL", f->name);
		cr_expect(islower((unsigned char)f->name[0]),
		    "%s: name must start with a letter", f->name);
		for (p = f->name; *p != '\0'; p++)
			cr_expect(islower((unsigned char)*p) ||
			    isdigit((unsigned char)*p) || *p == '_',
			    "%s: name is not lower_snake", f->name);
		cr_expect((int)f->type >= 0 && f->type < LT_NTYPES,
		    "%s: bad type %d", f->name, (int)f->type);
		cr_expect_neq(f->meaning[0], '\0', "%s: no meaning", f->name);
		/* No empty label: no leading, trailing or doubled '|'. */
		if (f->labels[0] != '\0') {
			size_t n = strlen(f->labels);

			cr_expect(f->labels[0] != '|' &&
			    f->labels[n - 1] != '|' &&
			    strstr(f->labels, "||") == NULL,
			    "%s: empty label in \"%s\"", f->name, f->labels);
			cr_expect_null(strchr(f->labels, ' '),
			    "%s: space in labels \"%s\"", f->name, f->labels);
		}
	}
}

/* A label must lead parse-census to one field only. */
Test(fields, labels_unique)
{
	char label[128];
	const char *p, *bar;
	size_t i, j, len;

	for (i = 0; i < lt_nfields; i++) {
		for (p = lt_fields[i].labels; *p != '\0'; p += len) {
			if (*p == '|')
				p++;
			bar = strchr(p, '|');
			len = bar != NULL ? (size_t)(bar - p) : strlen(p);
			cr_assert_lt(len, sizeof(label));
			memcpy(label, p, len);
			label[len] = '\0';
			for (j = 0; j < lt_nfields; j++)
				cr_expect(j == i ||
				    !has_label(lt_fields[j].labels, label),
				    "label %s is in both %s and %s", label,
				    lt_fields[i].name, lt_fields[j].name);
		}
	}
}

Test(fields, find_types)
{
	const struct lt_fielddef *f;

	f = lt_field_find("age");
	cr_assert_not_null(f);
	cr_expect_eq(f->type, LT_INT);
	cr_expect_str_eq(f->unit, "years");

	/* 乡村人口 is the rural households' population unless the
	 * table also has 城镇人口 (parse-census decides, FIELDS). */
	f = lt_field_find("pop_rural_hh");
	cr_assert_not_null(f);
	cr_expect_eq(f->type, LT_NUM);
	cr_expect_str_eq(f->unit, "persons");
	cr_expect(has_label(f->labels, "乡村人口"));
	f = lt_field_find("pop_rural");
	cr_assert_not_null(f);
	cr_expect_str_eq(f->labels, "");

	/* Labels moved to the fields they mean (issue 14). */
	cr_expect(has_label(lt_field_find("pop_urban")->labels, "城镇人口"));
	cr_expect(has_label(lt_field_find("pop_agri")->labels, "农业人口"));
	cr_expect(has_label(lt_field_find("pop_nonagri")->labels,
	    "非农业人口"));
	cr_expect(has_label(lt_field_find("tve_employment")->labels,
	    "乡镇企业从业人员"));
	cr_expect(has_label(lt_field_find("natural_villages")->labels,
	    "自然村"));
	cr_expect(has_label(lt_field_find("labour_resources")->labels,
	    "乡村劳动力资源"));
	cr_expect(has_label(lt_field_find("labour_rural")->labels,
	    "乡村劳动力"));
	cr_expect(has_label(lt_field_find("nbs_local_workers")->labels,
	    "本地农民工"));
	cr_expect_str_eq(lt_field_find("labour_local")->labels, "");
	cr_expect_eq(lt_field_find("natural_villages")->type, LT_INT);
	cr_expect_str_eq(lt_field_find("sown_ha")->unit, "ha");

	f = lt_field_find("code");
	cr_assert_not_null(f);
	cr_expect_eq(f->type, LT_CODE);

	f = lt_field_find("commute_ok");
	cr_assert_not_null(f);
	cr_expect_eq(f->type, LT_BOOL);

	f = lt_field_find("labour_class");
	cr_assert_not_null(f);
	cr_expect_eq(f->type, LT_STR);

	f = lt_field_find("area_km2");
	cr_assert_not_null(f);
	cr_expect_str_eq(f->unit, "km2");
}

Test(fields, find_missing)
{
	cr_expect_null(lt_field_find("nonexistent"));
	cr_expect_null(lt_field_find(""));
	cr_expect_null(lt_field_find(NULL));
	cr_expect_null(lt_field_find("Age"), "lookup is case-sensitive");
	cr_expect_null(lt_field_find("ag"));
	cr_expect_null(lt_field_find("agex"));
	/* Before the first and after the last entry. */
	cr_expect_null(lt_field_find("a"));
	cr_expect_null(lt_field_find("zzz"));
}

Test(fields, find_every_entry)
{
	size_t i;

	for (i = 0; i < lt_nfields; i++) {
		const char *name = lt_fields[i].name;

		cr_expect_eq(lt_field_find(name), &lt_fields[i], "%s", name);
		cr_expect_eq(lt_field_find_n(name, strlen(name)),
		    &lt_fields[i], "%s", name);
	}
}

Test(fields, find_n_counted)
{
	const struct lt_fielddef *f;

	f = lt_field_find_n("agex", 3);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->name, "age");

	/* A header cell "name:type" looked up by its name part. */
	f = lt_field_find_n("pop_total:num", 9);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->name, "pop_total");

	/* A prefix of a name ("town" of "towns") is not the name. */
	cr_expect_null(lt_field_find_n("towns", 4));
	f = lt_field_find_n("townships", 5);
	cr_assert_not_null(f);
	cr_expect_str_eq(f->name, "towns");

	cr_expect_null(lt_field_find_n("age", 0));
	/* The NUL counted in the length makes it another name. */
	cr_expect_null(lt_field_find_n("age", 4));
}

Test(fields, core_fields_have_labels)
{
	static const char *const names[] = {
		"code", "name", "year", "pop_total"
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const struct lt_fielddef *f = lt_field_find(names[i]);

		cr_assert_not_null(f, "%s", names[i]);
		cr_expect_neq(f->labels[0], '\0', "%s has no labels",
		    names[i]);
	}
}

/* Split a Markdown table row into trimmed cells, in place. */
static size_t
split_row(char *line, char **cell, size_t max)
{
	size_t n = 0;
	char *p = line, *end;

	line[strcspn(line, "\n")] = '\0';
	if (*p != '|')
		return 0;
	p++;
	while ((end = strchr(p, '|')) != NULL && n < max) {
		char *s = p, *e = end;

		while (s < e && *s == ' ')
			s++;
		while (e > s && e[-1] == ' ')
			e--;
		*e = '\0';
		cell[n++] = s;
		p = end + 1;
	}
	return n;
}

static int
column(char **cell, size_t n, const char *title)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(cell[i], title) == 0)
			return (int)i;
	return -1;
}

/*
 * Every row of docs/fields.md that names a field in backquotes agrees
 * with the table in its type, unit, meaning and labels (written there
 * separated by ", "), and every field of the table has a row.
 */
Test(fields, docs_agree)
{
	FILE *fp;
	char line[4096], labels[1024];
	char *cell[16];
	int c_name = -1, c_type = -1, c_unit = -1, c_meaning = -1;
	int c_labels = -1, in_table = 0;
	unsigned char *seen;
	size_t i, n, nrows = 0;

	fp = fopen(LT_SRCDIR "/docs/fields.md", "r");
	cr_assert_not_null(fp, "cannot open %s (run from the top of the "
	    "tree or define LT_SRCDIR)", LT_SRCDIR "/docs/fields.md");
	seen = calloc(lt_nfields, 1);
	cr_assert_not_null(seen);
	while (fgets(line, sizeof(line), fp) != NULL) {
		const struct lt_fielddef *f;
		char *name;
		size_t len;

		n = split_row(line, cell, 16);
		if (n == 0) {
			in_table = 0;
			continue;
		}
		/* The first row of a table is its header. */
		if (!in_table) {
			in_table = 1;
			c_name = strcmp(cell[0], "name") == 0 ? 0 : -1;
			c_type = column(cell, n, "type");
			c_unit = column(cell, n, "unit");
			c_meaning = column(cell, n, "meaning");
			c_labels = column(cell, n, "Chinese labels");
			continue;
		}
		if (c_name < 0 || cell[0][0] != '`')
			continue;
		name = cell[0] + 1;
		len = strlen(name);
		cr_assert(len > 0 && name[len - 1] == '`', "bad name %s",
		    cell[0]);
		name[len - 1] = '\0';
		f = lt_field_find(name);
		cr_assert_not_null(f, "docs: %s is not in the table", name);
		seen[f - lt_fields] = 1;
		nrows++;
		cr_assert(c_type >= 0 && c_unit >= 0 && (size_t)c_type < n &&
		    (size_t)c_unit < n, "docs: %s: short row", name);
		cr_expect_str_eq(cell[c_type], type_names[f->type],
		    "docs: %s: type %s, table %s", name, cell[c_type],
		    type_names[f->type]);
		cr_expect_str_eq(cell[c_unit], f->unit,
		    "docs: %s: unit \"%s\", table \"%s\"", name, cell[c_unit],
		    f->unit);
		if (c_meaning >= 0 && (size_t)c_meaning < n)
			cr_expect_str_eq(cell[c_meaning], f->meaning,
			    "docs: %s: meaning differs", name);
		if (c_labels >= 0 && (size_t)c_labels < n) {
			const char *p = cell[c_labels];
			char *q = labels;

			while (*p != '\0' && q < labels + sizeof(labels) - 1) {
				if (p[0] == ',' && p[1] == ' ') {
					*q++ = '|';
					p += 2;
				} else
					*q++ = *p++;
			}
			*q = '\0';
			cr_expect_str_eq(labels, f->labels,
			    "docs: %s: labels \"%s\", table \"%s\"", name,
			    labels, f->labels);
		}
	}
	fclose(fp);
	cr_expect_geq(nrows, lt_nfields);
	for (i = 0; i < lt_nfields; i++)
		cr_expect(seen[i], "docs/fields.md has no row for %s",
		    lt_fields[i].name);
	free(seen);
}

/* What adds up over regions: counts of persons and land, not shares,
 * not the count row of a partial (rows), not names or unknown names. */
Test(fields, is_count)
{
	cr_expect(lt_field_is_count("pop_total"));
	cr_expect(lt_field_is_count("farmland_ha"));
	cr_expect_not(lt_field_is_count("absorption_rate"));
	cr_expect_not(lt_field_is_count("rows_read"));
	cr_expect_not(lt_field_is_count("name"));
	cr_expect_not(lt_field_is_count("no_such_field"));
	cr_expect_not(lt_field_is_count(NULL));
}
