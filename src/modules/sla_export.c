/* sla_export.c — the supervision queue (督办) as CSV or Excel: every open event with a
 * running deadline stage in the caller's scope, red first, then yellow, then normal, each by its deadline;
 * the same order and level filter as GET /api/v1/supervision, without its page cut. */
#include <stdlib.h>
#include <string.h>

#include "../core/case_export.h"
#include "../db/db.h"
#include "../org/org.h"
#include "../util/util.h"
#include "event.h"

static const char SQL_SUPERVISION_ALL[] = "SELECT c.id, c.due_at, c.stage_started_at "
    "FROM cases c JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE c.closed_at IS NULL AND c.stage IS NOT NULL AND c.due_at IS NOT NULL AND "
    SCOPE_CASE_SQL " ORDER BY c.due_at";

struct sup_row {
	enum sla_level level;
	int64_t due, id;
};

static int sup_row_cmp(const void *a, const void *b)
{
	const struct sup_row *x = a, *y = b;

	if (x->level != y->level)
		return x->level > y->level ? -1 : 1;
	if (x->due != y->due)
		return x->due < y->due ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static const struct export_col sup_cols[] = {
	{ "level", "预警", "Warning", EXK_TEXT },
	CASE_EXPORT_COLS,
	EXPORT_COLS_END
};

static const char *level_label(enum sla_level l, bool en)
{
	switch (l) {
	case SLA_RED: return en ? "Red" : "红色";
	case SLA_YELLOW: return en ? "Yellow" : "黄色";
	case SLA_NORMAL: return en ? "Normal" : "正常";
	default: return "";
	}
}

void sla_supervision_export(struct http_req *r, enum export_format fmt, const char *want)
{
	struct db_conn *c = db_reader(r->db);
	struct db_stmt *s = NULL;
	struct sup_row *rows = NULL;
	struct export *x = NULL;
	struct case_export_names *names = NULL;
	struct arena *a = NULL;
	size_t n = 0, cap = 0, matched = 0, keep = (size_t)export_max_rows() + 1;
	int64_t now = clock_now_ms();
	int rc;

	if (c == NULL || (s = db_prepare(c, SQL_SUPERVISION_ALL)) == NULL)
		goto dberr;
	db_bind_int(s, 1, r->user->id);
	while ((rc = db_step(s)) == DB_ROW) {
		enum sla_level lvl = sla_level_at(db_col_int(s, 2), db_col_int(s, 1), now);
		if (want && *want && strcmp(want, sla_level_name(lvl)) != 0)
			continue;
		matched++;
		if (n == keep)          /* past the cap only counted, for the error */
			continue;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 256;
			struct sup_row *nr = realloc(rows, ncap * sizeof *rows);
			if (nr == NULL) {
				db_reset(s);
				goto nomem;
			}
			rows = nr;
			cap = ncap;
		}
		rows[n++] = (struct sup_row){ lvl, db_col_int(s, 1), db_col_int(s, 0) };
	}
	db_reset(s);
	if (rc == DB_FAIL)
		goto dberr;
	qsort(rows, n, sizeof *rows, sup_row_cmp);
	if ((x = export_begin(r, fmt, "supervision")) == NULL)
		goto out;
	if ((names = case_export_names_new(c)) == NULL || (a = arena_new(1 << 20)) == NULL)
		goto nomem;
	export_sheet(x, "督办", "Supervision", sup_cols);
	for (size_t i = 0; i < matched; i++) {
		struct case_rec rec;
		if (!export_row(x) || i >= n)
			continue;
		arena_reset(a);
		if (case_load(c, a, rows[i].id, &rec) != PA_OK)
			continue;
		export_text(x, level_label(rows[i].level, export_english(x)));
		case_export_cells(x, names, &rec);
		case_rec_clear(&rec);
	}
	export_finish(x);
	x = NULL;
	goto out;
dberr:
	http_error(r, PA_ERR_DB, "internal", NULL, "database error");
	goto out;
nomem:
	http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
out:
	export_abort(x);
	case_export_names_free(names);
	arena_free(a);
	free(rows);
}
