/* export.c — every list as a table (表格化管理): CSV or Excel (.xlsx) from a table of columns
 * and rows added one cell at a time.
 *
 * A list handler asks http_export_format() once (json, csv, xlsx, or a 422 for anything
 * else), then writes the same rows it would write as JSON through export_row() and the cell
 * writers, in column order. Headers are Chinese, or English when http_lang() says so (lang=zh
 * or lang=en overrides it, for download links); times are China time ("2026-12-01 09:30"),
 * ratios are percentages, booleans 是/否. At most
 * export_max_rows() rows: past that the answer is 413 export_too_large with the count, never
 * a silently cut file.
 *
 * CSV: UTF-8 with a BOM (Excel then reads it as UTF-8), CRLF, RFC 4180 quoting, and a text
 * cell that begins with = + - @ (or a tab or CR) gets a leading apostrophe so that a
 * spreadsheet does not run it as a formula (CSV injection).
 * xlsx: libxlsxwriter in constant-memory mode into a 0600 temp file, read back and sent.
 *
 * export_list_run() / export_list_page() are the loop every "page or export" list shares:
 * step the statement, one row callback for both forms, the file or the database error, and
 * for a keyset page the {"items", "next_cursor"} answer.
 */
#include "http.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "../db/db.h"
#include "../util/util.h"

#define EXPORT_CSV_MAX_BYTES ((size_t)512 << 20)   /* LIM_EXPORT_ROWS wide rows fit */
#define EXPORT_SHEETS_MAX 8

#define EXPORT_TITLE_MAX 96   /* bytes of a sheet title kept for the file's name */

struct export {
	struct http_req *r;
	enum export_format fmt;
	bool en, failed;
	char name[48];
	char title[EXPORT_TITLE_MAX];   /* the first sheet's title in the request's language: the
	                                 * file's name as the user reads it (失物匹配提醒-20261205.csv) */
	const struct export_col *cols;
	int ncols, col;             /* the next cell's column */
	int64_t rows, max;          /* rows of the current sheet; the cap */
	int64_t total;              /* rows asked for, past the cap too */
	/* csv */
	struct sb b;
	bool csv_started, row_open;
	/* xlsx */
	char path[64];
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *bold, *pct, *when;
	int nsheets;
};

int export_max_rows(void)
{
	static int cached;
	const char *v;
	int64_t n;

	if (cached == 0) {
		/* tests lower the cap to see the error without 100,000 rows (docs/api.md) */
		v = getenv("PINGAN_EXPORT_MAX");
		cached = v && parse_i64(v, 1, LIM_EXPORT_ROWS, &n) ? (int)n : LIM_EXPORT_ROWS;
	}
	return cached;
}

/* The language of an export: lang=zh|en when given (a download link cannot send the
 * Accept-Language the web app chose), else http_lang(). False (422 sent) for another lang. */
static bool export_lang(struct http_req *r, bool *en)
{
	const char *l = http_query(r, "lang");
	bool e = http_lang(r) == LANG_EN;

	if (l && *l) {
		if (strcmp(l, "en") != 0 && strcmp(l, "zh") != 0) {
			http_error(r, PA_ERR_INVALID, "invalid_value", "lang", "lang must be zh or en");
			return false;
		}
		e = strcmp(l, "en") == 0;
	}
	if (en)
		*en = e;
	return true;
}

enum export_format http_export_format(struct http_req *r)
{
	const char *f = http_query(r, "format");

	if (f == NULL || *f == '\0' || strcmp(f, "json") == 0)
		return EXPORT_JSON;
	if (strcmp(f, "csv") != 0 && strcmp(f, "xlsx") != 0) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "format",
		    "format must be json, csv or xlsx");
		return EXPORT_BAD;
	}
	if (!export_lang(r, NULL))
		return EXPORT_BAD;
	return strcmp(f, "csv") == 0 ? EXPORT_CSV : EXPORT_XLSX;
}

struct export *export_begin(struct http_req *r, enum export_format fmt, const char *name)
{
	struct export *x = calloc(1, sizeof *x);
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE };
	const char *tmp = getenv("TMPDIR");
	int fd;

	if (x == NULL)
		goto nomem;
	x->r = r;
	x->fmt = fmt;
	export_lang(r, &x->en);
	x->max = export_max_rows();
	snprintf(x->name, sizeof x->name, "%s", name);
	if (fmt == EXPORT_CSV) {
		sb_init(&x->b, EXPORT_CSV_MAX_BYTES);
		sb_adds(&x->b, "\xEF\xBB\xBF");
		return x;
	}
	/* mkstemp makes the file 0600: the workbook holds the caller's rows until it is sent */
	snprintf(x->path, sizeof x->path, "%s/pingan-export-XXXXXX",
	    tmp && *tmp && strlen(tmp) < 32 ? tmp : "/tmp");
	if ((fd = mkstemp(x->path)) < 0) {
		x->path[0] = '\0';
		goto io;
	}
	close(fd);
	if ((x->wb = workbook_new_opt(x->path, &opt)) == NULL)
		goto io;
	x->bold = workbook_add_format(x->wb);
	format_set_bold(x->bold);
	x->pct = workbook_add_format(x->wb);
	format_set_num_format(x->pct, "0.0%");
	x->when = workbook_add_format(x->wb);
	format_set_num_format(x->when, "yyyy-mm-dd hh:mm");
	return x;
io:
	export_abort(x);
	http_error(r, PA_ERR_IO, "internal", NULL, "cannot write the workbook");
	return NULL;
nomem:
	http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
	return NULL;
}

/* Appends one CSV field, quoted when it must be (RFC 4180). */
static void csv_field(struct export *x, const char *s, bool guard)
{
	bool quote = strpbrk(s, ",\"\r\n") != NULL;

	if (x->col > 0)
		sb_add(&x->b, ",", 1);
	if (quote)
		sb_add(&x->b, "\"", 1);
	if (guard && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' ||
	    s[0] == '\r'))
		sb_add(&x->b, "'", 1);
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			sb_add(&x->b, "\"", 1);
		sb_add(&x->b, p, 1);
	}
	if (quote)
		sb_add(&x->b, "\"", 1);
}

/* Pads the open CSV row with empty cells and ends it. */
static void csv_row_end(struct export *x)
{
	if (!x->row_open)
		return;
	while (x->col < x->ncols) {
		csv_field(x, "", false);
		x->col++;
	}
	sb_adds(&x->b, "\r\n");
	x->row_open = false;
}

bool export_sheet(struct export *x, const char *title_zh, const char *title_en,
    const struct export_col *cols)
{
	const char *title = x->en ? title_en : title_zh;
	int n = 0;

	if (x->failed)
		return false;
	if (x->title[0] == '\0' && title) {
		snprintf(x->title, sizeof x->title, "%s", title);
		utf8_clip(x->title);
	}
	while (cols[n].key)
		n++;
	x->cols = cols;
	x->ncols = n;
	x->rows = 0;
	x->col = 0;
	if (x->fmt == EXPORT_CSV) {
		csv_row_end(x);
		/* one table per CSV: later sheets follow after a blank line and their title */
		if (x->csv_started) {
			sb_adds(&x->b, "\r\n");
			csv_field(x, title, true);
			sb_adds(&x->b, "\r\n");
		}
		x->csv_started = true;
		for (int i = 0; i < n; i++) {
			x->col = i;
			csv_field(x, x->en ? cols[i].en : cols[i].zh, true);
		}
		sb_adds(&x->b, "\r\n");
		x->col = n;       /* the header row is complete */
		return !x->b.failed;
	}
	if (x->nsheets == EXPORT_SHEETS_MAX ||
	    (x->ws = workbook_add_worksheet(x->wb, title)) == NULL) {
		x->failed = true;
		return false;
	}
	x->nsheets++;
	for (int i = 0; i < n; i++) {
		const char *h = x->en ? cols[i].en : cols[i].zh;
		worksheet_write_string(x->ws, 0, (lxw_col_t)i, h, x->bold);
		worksheet_set_column(x->ws, (lxw_col_t)i, (lxw_col_t)i,
		    cols[i].kind == EXK_TIME ? 17 : cols[i].kind == EXK_TEXT ? 20 : 11, NULL);
	}
	worksheet_freeze_panes(x->ws, 1, 0);
	x->col = n;
	return true;
}

bool export_row(struct export *x)
{
	x->total++;
	if (x->failed || x->total > x->max)
		return false;
	/* cells a row left out stay empty */
	if (x->fmt == EXPORT_CSV) {
		csv_row_end(x);
		x->row_open = true;
		if (x->b.failed)
			x->failed = true;
	}
	x->rows++;
	x->col = 0;
	return !x->failed;
}

/* The column of the next cell, or -1 when the row is full or the export is over. */
static int next_col(struct export *x)
{
	if (x->failed || x->total > x->max || x->col >= x->ncols)
		return -1;
	return x->col;
}

static void cell_done(struct export *x)
{
	x->col++;
}

void export_text(struct export *x, const char *s)
{
	int c = next_col(x);

	if (c < 0)
		return;
	if (x->fmt == EXPORT_CSV)
		csv_field(x, s ? s : "", true);
	else if (s && *s)
		worksheet_write_string(x->ws, (lxw_row_t)x->rows, (lxw_col_t)c, s, NULL);
	cell_done(x);
}

void export_int(struct export *x, int64_t v)
{
	char buf[24];
	int c = next_col(x);

	if (c < 0)
		return;
	if (x->fmt == EXPORT_CSV) {
		snprintf(buf, sizeof buf, "%lld", (long long)v);
		csv_field(x, buf, false);
	} else {
		worksheet_write_number(x->ws, (lxw_row_t)x->rows, (lxw_col_t)c, (double)v, NULL);
	}
	cell_done(x);
}

void export_num(struct export *x, double v, int decimals)
{
	char buf[48];
	int c = next_col(x);

	if (c < 0)
		return;
	if (x->fmt == EXPORT_CSV) {
		snprintf(buf, sizeof buf, "%.*f", decimals, v);
		csv_field(x, buf, false);
	} else {
		worksheet_write_number(x->ws, (lxw_row_t)x->rows, (lxw_col_t)c, v, NULL);
	}
	cell_done(x);
}

void export_percent(struct export *x, double ratio)
{
	char buf[48];
	int c = next_col(x);

	if (c < 0)
		return;
	if (ratio < 0) {                 /* no denominator: an empty cell, not 0 % */
		if (x->fmt == EXPORT_CSV)
			csv_field(x, "", false);
	} else if (x->fmt == EXPORT_CSV) {
		snprintf(buf, sizeof buf, "%.1f%%", ratio * 100.0);
		csv_field(x, buf, false);
	} else {
		worksheet_write_number(x->ws, (lxw_row_t)x->rows, (lxw_col_t)c, ratio, x->pct);
	}
	cell_done(x);
}

void export_time(struct export *x, int64_t ms)
{
	char t[TIME_STR_MAX], buf[24];
	int c = next_col(x);

	if (c < 0)
		return;
	if (ms == 0) {
		if (x->fmt == EXPORT_CSV)
			csv_field(x, "", false);
	} else if (x->fmt == EXPORT_CSV) {
		time_format(ms, t);      /* 2026-12-01T09:30:00+08:00 → 2026-12-01 09:30 */
		snprintf(buf, sizeof buf, "%.10s %.5s", t, t + 11);
		csv_field(x, buf, false);
	} else {
		/* an Excel date is wall-clock time: shift to China time */
		worksheet_write_unixtime(x->ws, (lxw_row_t)x->rows, (lxw_col_t)c,
		    (ms - (ms % 60000 + 60000) % 60000) / 1000 + PA_TZ_OFFSET_S, x->when);
	}
	cell_done(x);
}

void export_bool(struct export *x, bool v)
{
	export_text(x, v ? (x->en ? "Yes" : "是") : (x->en ? "No" : "否"));
}

bool export_english(const struct export *x)
{
	return x->en;
}

void export_abort(struct export *x)
{
	if (x == NULL)
		return;
	if (x->fmt == EXPORT_CSV)
		sb_free(&x->b);
	if (x->wb)
		workbook_close(x->wb);       /* also frees it */
	if (x->path[0])
		unlink(x->path);
	free(x);
}

/* Reads the finished workbook back; NULL on failure. */
static unsigned char *slurp(const char *path, size_t *out_len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *data = NULL;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) > 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (data = malloc((size_t)n)) != NULL) {
		if (fread(data, 1, (size_t)n, f) != (size_t)n) {
			free(data);
			data = NULL;
		} else {
			*out_len = (size_t)n;
		}
	}
	fclose(f);
	return data;
}

void export_finish(struct export *x)
{
	struct http_req *r = x->r;
	char disp[160 + 3 * EXPORT_TITLE_MAX], t[TIME_STR_MAX];
	const char *ext = x->fmt == EXPORT_CSV ? "csv" : "xlsx";
	unsigned char *data = NULL;
	size_t len = 0;

	if (x->total > x->max) {
		struct pa_error e = { 0 };
		int64_t total = x->total, max = x->max;
		export_abort(x);
		pa_error_set(&e, PA_ERR_TOO_LARGE, "export_too_large", NULL,
		    "the export would hold %lld rows, more than the limit of %lld; narrow the filters",
		    (long long)total, (long long)max);
		e.extra = json_pack("{s:I, s:I}", "count", (json_int_t)total, "limit",
		    (json_int_t)max);
		http_fail(r, &e);
		return;
	}
	if (x->fmt == EXPORT_CSV) {
		csv_row_end(x);
		len = x->b.len;
		data = (unsigned char *)sb_finish(&x->b);
		if (data == NULL) {
			free(x);
			http_error(r, PA_ERR_NOMEM, "internal", NULL, "the export is too large to build");
			return;
		}
	} else {
		lxw_error le = x->failed ? LXW_ERROR_MEMORY_MALLOC_FAILED : workbook_close(x->wb);
		if (x->failed)
			workbook_close(x->wb);
		x->wb = NULL;
		if (le != LXW_NO_ERROR || (data = slurp(x->path, &len)) == NULL) {
			export_abort(x);
			http_error(r, PA_ERR_IO, "internal", NULL, "cannot write the workbook");
			return;
		}
	}
	/* cases-20261201.csv: what it is and the day (China time) it was made; and, for browsers
	 * (RFC 6266, filename*), the same by the sheet's title in the user's language: 案件列表-
	 * 20261201.csv, percent-encoded UTF-8 */
	time_format(clock_now_ms(), t);
	char enc[3 * EXPORT_TITLE_MAX + 1];
	size_t o = 0;
	for (const unsigned char *c = (const unsigned char *)x->title; *c; c++) {
		bool plain = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		    (*c >= '0' && *c <= '9') || *c == '-' || *c == '_' || *c == '.';
		o += (size_t)snprintf(enc + o, sizeof enc - o, plain ? "%c" : "%%%02X", *c);
	}
	enc[o] = '\0';
	int k = snprintf(disp, sizeof disp, "attachment; filename=\"%s-%.4s%.2s%.2s.%s\"", x->name,
	    t, t + 5, t + 8, ext);
	if (o > 0 && k > 0 && (size_t)k < sizeof disp)   /* disp holds both: a title is < 96 bytes */
		snprintf(disp + k, sizeof disp - (size_t)k, "; filename*=UTF-8''%s-%.4s%.2s%.2s.%s", enc,
		    t, t + 5, t + 8, ext);
	http_reply_bytes(r, 200, x->fmt == EXPORT_CSV ? "text/csv; charset=utf-8" :
	    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data, len, disp,
	    NULL);
	export_abort(x);
}

/* The loop of export_list_run; for JSON also counts the rows read (*n) and keeps the last
 * one's column 0 (*last). */
static json_t *list_run(struct http_req *r, enum export_format fmt, struct db_stmt *s,
    const struct export_list *l, void *ctx, int64_t *n, int64_t *last)
{
	struct export *x = NULL;
	json_t *items = NULL;
	int rc;

	if (fmt != EXPORT_JSON) {
		if ((x = export_begin(r, fmt, l->name)) == NULL) {
			db_reset(s);
			return NULL;
		}
		export_sheet(x, l->title_zh, l->title_en, l->cols);
	} else if ((items = json_array()) == NULL) {
		db_reset(s);
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return NULL;
	}
	while ((rc = db_step(s)) == DB_ROW) {
		if (x) {
			/* past the cap the rows are only counted, for the error */
			if (export_row(x))
				l->row(s, x, NULL, ctx);
			continue;
		}
		if (!l->row(s, NULL, items, ctx))
			break;
		if (n) {
			(*n)++;
			*last = db_col_int(s, 0);
		}
	}
	db_reset(s);
	if (x && rc != DB_FAIL) {
		export_finish(x);
		return NULL;
	}
	export_abort(x);
	if (rc == DB_FAIL) {
		json_decref(items);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return NULL;
	}
	return items;
}

json_t *export_list_run(struct http_req *r, enum export_format fmt, struct db_stmt *s,
    const struct export_list *l, void *ctx)
{
	return list_run(r, fmt, s, l, ctx, NULL, NULL);
}

void export_list_page(struct http_req *r, enum export_format fmt, struct db_stmt *s,
    const struct export_list *l, int64_t limit, void *ctx)
{
	int64_t n = 0, last = 0;
	json_t *items = list_run(r, fmt, s, l, ctx, &n, &last);

	if (items)
		http_reply(r, 200, json_pack("{s:o, s:o}", "items", items, "next_cursor",
		    http_cursor_value(n == limit ? last : 0)));
}
