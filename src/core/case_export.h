/* case_export.h — a case as a row of an export (表格化管理): the columns that every list of
 * cases shares, written from the same case_rec that case_json() writes. */
#ifndef PA_CASE_EXPORT_H
#define PA_CASE_EXPORT_H

#include "../http/http.h"
#include "case.h"

/* The columns of a case, in order; a list that adds its own (supervision's warning level)
 * puts these after them: { ..., CASE_EXPORT_COLS, EXPORT_COLS_END }. No internal ids or
 * versions: names instead of codes, China times. */
#define CASE_EXPORT_COLS \
	{ "code", "编号", "Code", EXK_TEXT }, \
	{ "type", "类型", "Type", EXK_TEXT }, \
	{ "category", "类别", "Category", EXK_TEXT }, \
	{ "title", "标题", "Title", EXK_TEXT }, \
	{ "body", "内容", "Description", EXK_TEXT }, \
	{ "status", "状态", "Status", EXK_TEXT }, \
	{ "priority", "优先级", "Priority", EXK_TEXT }, \
	{ "org_name", "所属单位", "Unit", EXK_TEXT }, \
	{ "unit_name", "承办单位", "Handling unit", EXK_TEXT }, \
	{ "assignee_name", "承办人", "Assignee", EXK_TEXT }, \
	{ "reporter_name", "上报人", "Reporter", EXK_TEXT }, \
	{ "address", "地址", "Address", EXK_TEXT }, \
	{ "due_at", "办理期限", "Due", EXK_TIME }, \
	{ "created_at", "上报时间", "Reported at", EXK_TIME }, \
	{ "updated_at", "更新时间", "Updated at", EXK_TIME }, \
	{ "closed_at", "办结时间", "Closed at", EXK_TIME }

struct db_conn;
struct db_stmt;
/* Looks up category names (cached per export); one per export. */
struct case_export_names;
struct case_export_names *case_export_names_new(struct db_conn *c);
void case_export_names_free(struct case_export_names *n);
/* Writes the CASE_EXPORT_COLS cells of c into the current row of x. */
void case_export_cells(struct export *x, struct case_export_names *n, const struct case_rec *c);
/* Exports every row of s (a CASE_SELECT statement, bound, without a page limit) as the
 * table title/name; resets s; answers (the file or the error). With t (a list filtered by
 * type=), the type's own fields follow the common columns: its stored fields a person reads
 * (not TF_INTERNAL, no photo lists or free JSON), headed by their labels, choices and units
 * and users by name, then its export_roles' persons, masked. NULL t: the common columns only. */
void case_export_stmt(struct http_req *r, enum export_format fmt, const char *name,
    struct db_conn *c, struct db_stmt *s, const struct case_type *t);

#endif
