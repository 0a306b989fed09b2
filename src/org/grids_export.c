/* grids_export.c — the grid list (网格) as CSV or Excel: the same features that GET
 * /api/v1/grids answers, one row each, with the kind and the parent unit named. */
#include <stdio.h>
#include <string.h>

#include "../db/db.h"
#include "../http/http.h"
#include "grids.h"
#include "org.h"

static const struct export_col grid_cols[] = {
	{ "name", "名称", "Name", EXK_TEXT },
	{ "code", "编码", "Code", EXK_TEXT },
	{ "kind", "类型", "Kind", EXK_TEXT },
	{ "parent", "上级单位", "Parent unit", EXK_TEXT },
	{ "open_events", "在办事件", "Open events", EXK_INT },
	{ "yellow", "黄色预警", "Yellow warnings", EXK_INT },
	{ "red", "红色预警", "Red warnings", EXK_INT },
	EXPORT_COLS_END
};

void grids_export(struct http_req *r, int fmt, struct db_conn *c,
    const json_t *features, const json_t *byid)
{
	struct export *x = export_begin(r, (enum export_format)fmt, "grids");
	const json_t *f;
	size_t i;
	bool en;

	if (x == NULL)
		return;
	en = export_english(x);
	export_sheet(x, "网格", "Grids", grid_cols);
	json_array_foreach(features, i, f) {
		const json_t *p = json_object_get(f, "properties"), *pp;
		json_int_t parent = json_integer_value(json_object_get(p, "parent_id"));
		const char *pname = "";
		char key[24];
		struct org o;

		if (!export_row(x))
			continue;
		snprintf(key, sizeof key, "%lld", (long long)parent);
		if (parent && (pp = json_object_get(byid, key)) != NULL)
			pname = json_string_value(json_object_get(pp, "name"));
		else if (parent && org_get(c, parent, &o) == PA_OK)
			pname = o.name;
		export_text(x, json_string_value(json_object_get(p, "name")));
		export_text(x, json_string_value(json_object_get(p, "code")));
		export_text(x, org_kind_name(json_string_value(json_object_get(p, "kind")), en));
		export_text(x, pname);
		export_int(x, json_integer_value(json_object_get(p, "open_events")));
		export_int(x, json_integer_value(json_object_get(p, "yellow")));
		export_int(x, json_integer_value(json_object_get(p, "red")));
	}
	export_finish(x);
}
