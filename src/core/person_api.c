/* person_api.c — HTTP handlers of the persons registry (当事人): exact lookups through the
 * blind index, one person, logged reveals of a whole value, and the access log of reveals
 * (查看记录) for leaders. Answers carry masked values only, except the one reveal. */
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#include "../auth/auth.h"
#include "../db/db.h"
#include "../http/http.h"
#include "../org/org.h"
#include "../util/util.h"
#include "case.h"
#include "notify.h"
#include "person.h"

#define PERSON_CASES_MAX 50      /* cases listed with one person (cases_cut says when more) */

/* The cases of a person that the caller may see, newest first (?1 user, ?2 person). */
static const char SQL_PERSON_CASES[] =
    "SELECT c.id, c.code, c.type, cp.role, c.status, c.created_at, o.name, o.path, un.path, "
    "COALESCE(c.assignee_id, 0), COALESCE(c.reporter_id, 0) "
    "FROM case_persons cp JOIN cases c ON c.id = cp.case_id "
    "JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE cp.person_id = ?2 AND " SCOPE_CASE_SQL " ORDER BY c.id DESC LIMIT ?3";
static const char SQL_PERSON_ROW[] =
    "SELECT p.id, NULL, p.key_gen, p.name, p.phone, p.id_type, p.id_number, p.address, "
    "p.note FROM persons p WHERE p.id = ?1";

static const char *role_name_of(const struct case_type *t, const char *role)
{
	const struct person_role *r = person_role_find(t, role);

	return r ? r->name_zh : role;
}

static const char *status_name_of(const struct case_type *t, const char *code)
{
	const struct wf_status *s = t ? wf_status_find(t, code) : NULL;

	return s ? s->name_zh : code;
}

/* The masked fields of person id as a JSON object (no role); NULL when there is no such row. */
static json_t *person_masked(struct db_conn *c, int64_t id)
{
	struct db_stmt *s = db_prepare(c, SQL_PERSON_ROW);
	json_t *o = NULL;

	if (s == NULL)
		return NULL;
	db_bind_int(s, 1, id);
	if (db_step(s) == DB_ROW) {
		char plain[PERSON_TEXT_MAX], mask[PERSON_MASK_MAX];
		uint32_t gen = (uint32_t)db_col_int(s, 2);
		const char *idt = db_col_text(s, 5);
		o = json_pack("{s:I}", "id", (json_int_t)id);
		for (int f = 1; f <= 4; f++) {
			int col = f == PF_NAME ? 3 : f == PF_PHONE ? 4 : f == PF_ID_NUMBER ? 6 : 7;
			const void *ct;
			size_t len;
			json_t *v = json_null();
			if (!db_col_null(s, col) && (ct = db_col_blob(s, col, &len)) != NULL &&
			    person_open(gen, id, (enum person_field)f, ct, len, plain, sizeof plain) ==
			    PA_OK) {
				if (f == PF_NAME)
					person_mask_name(plain, mask, sizeof mask);
				else if (f == PF_PHONE)
					person_mask_phone(plain, mask, sizeof mask);
				else if (f == PF_ID_NUMBER)
					person_mask_id(idt, plain, mask, sizeof mask);
				else
					person_mask_address(plain, mask, sizeof mask);
				v = json_string(mask);
				sodium_memzero(plain, sizeof plain);
			}
			json_object_set_new(o, person_field_name((enum person_field)f), v);
		}
		json_object_set_new(o, "id_type", idt ? json_string(idt) : json_null());
		json_object_set_new(o, "has_note", json_boolean(!db_col_null(s, 8)));
	}
	db_reset(s);
	return o;
}

/* The cases of person id the caller may see, as a JSON array; NULL on a database error.
 * *cut is set when there are more than PERSON_CASES_MAX. */
static json_t *person_cases(struct db_conn *c, const struct auth_user *u, int64_t id,
    bool *cut)
{
	struct db_stmt *s = db_prepare(c, SQL_PERSON_CASES);
	json_t *arr = json_array();
	char when[TIME_STR_MAX];
	int r, n = 0;

	*cut = false;
	if (s == NULL) {
		json_decref(arr);
		return NULL;
	}
	db_bind_int(s, 1, u->id);
	db_bind_int(s, 2, id);
	db_bind_int(s, 3, PERSON_CASES_MAX + 1);
	while ((r = db_step(s)) == DB_ROW) {
		const struct case_type *t = case_type_find(db_col_text(s, 2));
		if (++n > PERSON_CASES_MAX) {
			*cut = true;
			break;
		}
		time_format(db_col_int(s, 5), when);
		json_array_append_new(arr, json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, "
		    "s:s, s:s?}", "id", (json_int_t)db_col_int(s, 0), "code", db_col_text(s, 1),
		    "type", db_col_text(s, 2), "type_name", t ? t->name_zh : NULL,
		    "role", db_col_text(s, 3), "role_name", role_name_of(t, db_col_text(s, 3)),
		    "status", db_col_text(s, 4), "status_name", status_name_of(t, db_col_text(s, 4)),
		    "created_at", when, "org_name", db_col_text(s, 6)));
	}
	db_reset(s);
	if (r == DB_FAIL) {
		json_decref(arr);
		return NULL;
	}
	return arr;
}

static const struct export_col lookup_cols[] = {
	{ "person_id", "人员编号", "Person", EXK_INT },
	{ "name", "姓名", "Name", EXK_TEXT },
	{ "phone", "联系电话", "Phone", EXK_TEXT },
	{ "id_number", "证件号码", "ID number", EXK_TEXT },
	{ "code", "案件编号", "Case", EXK_TEXT },
	{ "type", "类型", "Type", EXK_TEXT },
	{ "role", "角色", "Role", EXK_TEXT },
	{ "status", "状态", "Status", EXK_TEXT },
	{ "created_at", "登记时间", "Created", EXK_TEXT },
	EXPORT_COLS_END
};

static const char *jstr(const json_t *o, const char *k)
{
	const char *v = json_string_value(json_object_get(o, k));

	return v ? v : "";
}

/* GET /api/v1/persons?phone=|id_number=[&id_type=]|name= — the persons with exactly that value (blind
 * index), masked, each with the cases in the caller's scope; persons on no such case are left
 * out. Pages newest person first (cursor), exports csv/xlsx. */
void person_api_find(struct http_req *r)
{
	const char *phone = http_query(r, "phone"), *idn = http_query(r, "id_number");
	const char *name = http_query(r, "name"), *idt = http_query(r, "id_type");
	struct db_conn *c = db_reader(r->db);
	struct pa_error err = { 0 };
	enum export_format fmt = http_export_format(r);
	int64_t *ids = NULL, limit = LIM_LIST_DEFAULT, cursor = 0, last = 0;
	json_t *items = NULL;
	struct export *x = NULL;
	int n = 0, given = (phone && *phone) + (idn && *idn) + (name && *name), shown = 0;
	bool more = false;
	pa_err rc;

	if (fmt == EXPORT_BAD)
		return;
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	if (given != 1) {
		http_error(r, PA_ERR_INVALID, "missing_field", "phone",
		    "give exactly one of phone number, ID number or name");
		return;
	}
	if (idt && *idt && !(idn && *idn)) {
		http_error(r, PA_ERR_INVALID, "invalid_value", "id_type",
		    "an ID document type goes with an ID number only");
		return;
	}
	if (!http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit) ||
	    !http_query_cursor(r, &cursor))
		return;
	if ((ids = arena_alloc(r->arena, sizeof *ids * LIM_PERSON_MATCHES)) == NULL) {
		http_error(r, PA_ERR_NOMEM, "internal", NULL, "out of memory");
		return;
	}
	if (!person_keys_ready()) {
		http_error(r, PA_ERR_INTERNAL, "internal", NULL, "the key of personal data is not loaded");
		return;
	}
	if (phone && *phone)
		rc = person_find_by_phone(c, phone, ids, LIM_PERSON_MATCHES, &n, &err);
	else if (idn && *idn)
		rc = person_find_by_id_doc(c, idt && *idt ? idt : NULL, idn, ids,
		    LIM_PERSON_MATCHES, &n, &err);
	else
		rc = person_find_by_name(c, name, ids, LIM_PERSON_MATCHES, &n);
	if (rc != PA_OK) {
		if (err.err == PA_OK)
			pa_error_set(&err, rc, "internal", NULL, "database error");
		http_fail(r, &err);
		return;
	}
	if (fmt != EXPORT_JSON) {
		if ((x = export_begin(r, fmt, "persons")) == NULL)
			return;
		export_sheet(x, "当事人查询", "Persons", lookup_cols);
	} else {
		items = json_array();
	}
	for (int i = 0; i < n; i++) {
		json_t *p, *cases;
		bool cut;
		size_t k;
		json_t *cs;
		if (fmt == EXPORT_JSON && cursor && ids[i] >= cursor)
			continue;
		if (fmt == EXPORT_JSON && shown == limit) {
			more = true;
			break;
		}
		if ((cases = person_cases(c, r->user, ids[i], &cut)) == NULL) {
			json_decref(items);
			export_abort(x);
			http_error(r, PA_ERR_DB, "internal", NULL, "database error");
			return;
		}
		if (json_array_size(cases) == 0 || (p = person_masked(c, ids[i])) == NULL) {
			json_decref(cases);
			continue;          /* on no case the caller may see: not shown at all */
		}
		if (x) {
			json_array_foreach(cases, k, cs) {
				if (!export_row(x))
					continue;
				export_int(x, ids[i]);
				export_text(x, jstr(p, "name"));
				export_text(x, jstr(p, "phone"));
				export_text(x, jstr(p, "id_number"));
				export_text(x, jstr(cs, "code"));
				export_text(x, jstr(cs, export_english(x) ? "type" : "type_name"));
				export_text(x, jstr(cs, export_english(x) ? "role" : "role_name"));
				export_text(x, jstr(cs, export_english(x) ? "status" : "status_name"));
				export_text(x, jstr(cs, "created_at"));
			}
			json_decref(cases);
			json_decref(p);
			continue;
		}
		json_object_set_new(p, "cases", cases);
		json_object_set_new(p, "cases_cut", json_boolean(cut));
		json_array_append_new(items, p);
		last = ids[i];
		shown++;
	}
	if (x) {
		export_finish(x);
		return;
	}
	{
		char *t = json_dumps(items, JSON_COMPACT);
		struct sb b;
		json_decref(items);
		sb_init(&b, 16 * 1024 * 1024);
		sb_adds(&b, "{\"items\":");
		sb_adds(&b, t ? t : "[]");
		free(t);
		sb_adds(&b, ",\"next_cursor\":");
		http_cursor_json(&b, more ? last : 0);
		/* the blind index answers at most LIM_PERSON_MATCHES persons: say so when full */
		sb_adds(&b, n == LIM_PERSON_MATCHES && !more ? ",\"cut\":true}" : ",\"cut\":false}");
		http_reply_text(r, 200, sb_finish(&b));
	}
}

/* GET /api/v1/persons/{id} — one person, masked, with the cases the caller may see; 404 when
 * the person is on none. */
void person_api_get(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	json_t *p, *cases;
	int64_t id;
	bool cut;

	if (!http_param_id(r, 0, &id))
		return;
	if (c == NULL || (cases = person_cases(c, r->user, id, &cut)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	if (json_array_size(cases) == 0 || (p = person_masked(c, id)) == NULL) {
		json_decref(cases);
		http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no such person");
		return;
	}
	json_object_set_new(p, "cases", cases);
	json_object_set_new(p, "cases_cut", json_boolean(cut));
	http_reply(r, 200, p);
}

/* ------------------------------------------------------------------ reveal */

static const char *const reveal_field_names[] = { "name", "phone", "id_number", "address",
	"note", NULL };
static const struct val_field reveal_fields[] = {
	{ "field", VT_STRING, VF_REQUIRED, 1, 16, reveal_field_names, NULL },
	{ "reason", VT_STRING, VF_REQUIRED, 1, LIM_REVEAL_REASON_CHARS, NULL, NULL },
	{ "case_id", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	VAL_END
};

struct reveal_job {
	int64_t person_id, case_id, org_id, user_id, now;
	const char *field, *reason, *data;
};

static const char SQL_REVEAL_LOG[] =
    "INSERT INTO person_reveals (person_id, case_id, org_id, user_id, field, reason, at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

/* The writer's part of a reveal: the access log row and the case's timeline event. */
static pa_err reveal_run(struct db_conn *c, void *ctx)
{
	struct reveal_job *j = ctx;
	struct db_stmt *s = db_prepare(c, SQL_REVEAL_LOG);
	pa_err rc;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->person_id);
	db_bind_int(s, 2, j->case_id);
	db_bind_int(s, 3, j->org_id);
	db_bind_int(s, 4, j->user_id);
	db_bind_text(s, 5, j->field);
	db_bind_text(s, 6, j->reason);
	db_bind_int(s, 7, j->now);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	/* who, when, which field and why: never the value */
	struct tl_event e = { .case_id = j->case_id, .kind = "reveal", .actor_id = j->user_id,
		.at = j->now, .note = j->reason, .data = j->data };
	return tl_append(c, &e, NULL);
}

/* POST /api/v1/persons/{id}/reveal {"field", "reason", "case_id"?} → {"value"}: one whole
 * value, for an officer, leader, operator or mediator over a case the person is on; written
 * to that case's timeline and the access log before it is answered. */
void person_api_reveal(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	const char *field, *reason;
	int64_t id, want_case = 0, case_id = 0, org_id = 0;
	char plain[PERSON_TEXT_MAX], *data = NULL, role[40] = "";
	bool visible = false, found = false;
	enum person_field f;
	struct db_stmt *s;
	int rr;
	pa_err rc;

	if (!http_param_id(r, 0, &id) || !http_body_valid(r, reveal_fields))
		return;
	field = val_str(r->json, "field");
	reason = val_str(r->json, "reason");
	want_case = val_int(r->json, "case_id", 0);
	f = person_field_parse(field);
	if (val_blank(reason)) {
		http_error(r, PA_ERR_INVALID, "missing_field", "reason",
		    "%s is required: say why you need the whole value", "reason");
		return;
	}
	if (c == NULL || (s = db_prepare(c, SQL_PERSON_CASES)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	/* the case the reveal goes through: the one named, else the newest one in scope where the
	 * caller holds a role that may see whole values */
	db_bind_int(s, 1, r->user->id);
	db_bind_int(s, 2, id);
	db_bind_int(s, 3, -1);
	while ((rr = db_step(s)) == DB_ROW) {
		const char *opath = db_col_text(s, 7), *upath = db_col_text(s, 8);
		unsigned roles;
		if (want_case && db_col_int(s, 0) != want_case)
			continue;
		visible = true;
		roles = scope_roles_at(r->user, opath) | (upath ? scope_roles_at(r->user, upath) : 0);
		if (roles & PERSON_REVEAL_ROLES) {
			case_id = db_col_int(s, 0);
			snprintf(role, sizeof role, "%s", db_col_text(s, 3) ? db_col_text(s, 3) : "");
			found = true;
			break;
		}
	}
	db_reset(s);
	if (rr == DB_FAIL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	if (!visible) {
		if (want_case)
			http_error(r, PA_ERR_NOT_FOUND, "not_found", "case_id",
			    "the person is not on that case, or you may not see it");
		else
			http_error(r, PA_ERR_NOT_FOUND, "not_found", NULL, "no such person");
		return;
	}
	if (!found) {
		http_error(r, PA_ERR_FORBIDDEN, "forbidden", NULL,
		    "only an officer, leader, operator or mediator of the case's unit may see whole values");
		return;
	}
	{
		struct case_rec cr;
		if (case_load(c, r->arena, case_id, &cr) != PA_OK) {
			http_error(r, PA_ERR_DB, "internal", NULL, "database error");
			return;
		}
		org_id = cr.org_id;
		case_rec_clear(&cr);
	}
	/* the value first: a row that does not open is never logged as seen */
	plain[0] = '\0';
	if ((s = db_prepare(c, SQL_PERSON_ROW)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, id);
	if (db_step(s) == DB_ROW) {
		int col = f == PF_NAME ? 3 : f == PF_PHONE ? 4 : f == PF_ID_NUMBER ? 6 :
		    f == PF_ADDRESS ? 7 : 8;
		const void *ct;
		size_t len;
		if (!db_col_null(s, col) && (ct = db_col_blob(s, col, &len)) != NULL &&
		    person_open((uint32_t)db_col_int(s, 2), id, f, ct, len, plain, sizeof plain) !=
		    PA_OK) {
			db_reset(s);
			http_error(r, PA_ERR_INTERNAL, "internal", NULL,
			    "the stored value cannot be decrypted with the key in use");
			return;
		}
	}
	db_reset(s);
	{
		json_t *d = json_pack("{s:I, s:s, s:s}", "person_id", (json_int_t)id, "field", field,
		    "role", role);
		data = json_dumps(d, JSON_COMPACT | JSON_SORT_KEYS);
		json_decref(d);
	}
	struct reveal_job j = { .person_id = id, .case_id = case_id, .org_id = org_id,
		.user_id = r->user->id, .now = clock_now_ms(), .field = field, .reason = reason,
		.data = data };
	rc = data ? db_write(r->db, reveal_run, &j) : PA_ERR_NOMEM;
	free(data);
	if (rc != PA_OK) {
		sodium_memzero(plain, sizeof plain);
		http_error(r, rc, "internal", NULL, "cannot record the reveal");
		return;
	}
	notify_case_changed(r->db, case_id);
	/* the reply is written into one buffer sized for the worst escaping, so that no copy of
	 * the value is left behind by a growing buffer; it is wiped once sent (http_reply_secret),
	 * plain here */
	{
		struct sb b;
		size_t cap = sizeof plain * 6 + 256;
		sb_init(&b, cap);
		if ((b.buf = malloc(cap)) != NULL)
			b.cap = cap;
		else
			b.failed = true;
		sb_adds(&b, "{\"value\":");
		sb_json_str(&b, plain[0] ? plain : NULL);
		sb_adds(&b, ",\"field\":");
		sb_json_str(&b, field);
		sb_printf(&b, ",\"case_id\":%lld}", (long long)case_id);
		sodium_memzero(plain, sizeof plain);
		if (b.failed && b.buf)
			sodium_memzero(b.buf, b.cap);
		http_reply_secret(r, 200, sb_finish(&b));
	}
}

/* ------------------------------------------------------------------ access log */

/* Reveals in units where the caller is a leader or admin (?1), optionally under ?2, in
 * [?3, ?4), before id ?5, newest first. */
#define SQL_REVEALS_FROM \
    "FROM person_reveals v JOIN orgs o ON o.id = v.org_id JOIN users u ON u.id = v.user_id " \
    "LEFT JOIN cases c ON c.id = v.case_id " \
    "WHERE EXISTS (SELECT 1 FROM grants g JOIN orgs go ON go.id = g.org_id " \
    "WHERE g.user_id = ?1 AND g.role IN ('leader', 'admin') " \
    "AND substr(o.path, 1, length(go.path)) = go.path)" \
    " AND (?2 IS NULL OR substr(o.path, 1, length(?2)) = ?2)" \
    " AND (?3 IS NULL OR v.at >= ?3) AND (?4 IS NULL OR v.at < ?4)" \
    " AND (?5 IS NULL OR v.id < ?5) ORDER BY v.id DESC LIMIT ?6"
static const char SQL_REVEALS[] =
    "SELECT v.id, v.at, v.user_id, u.name, v.person_id, v.field, v.reason, v.case_id, c.code, "
    "v.org_id, o.name " SQL_REVEALS_FROM;

static const struct export_col reveal_cols[] = {
	{ "at", "查看时间", "Time", EXK_TIME },
	{ "user_name", "查看人", "Viewed by", EXK_TEXT },
	{ "person_id", "人员编号", "Person", EXK_INT },
	{ "field", "查看项", "Field", EXK_TEXT },
	{ "reason", "理由", "Reason", EXK_TEXT },
	{ "case_code", "案件编号", "Case", EXK_TEXT },
	{ "org_name", "单位", "Unit", EXK_TEXT },
	EXPORT_COLS_END
};

static const char *field_label(const char *f, bool en)
{
	static const char *const zh[] = { "姓名", "联系电话", "证件号码", "住址", "备注" };
	enum person_field k = person_field_parse(f);

	if (k == 0)
		return f;
	return en ? f : zh[k - 1];
}

/* GET /api/v1/access-log?org_id=&from=&to= — the reveals of whole personal values (查看记录)
 * in the leader's units, newest first, paged; csv/xlsx exports. */
void person_api_access_log(struct http_req *r)
{
	struct db_conn *c = db_reader(r->db);
	enum export_format fmt = http_export_format(r);
	char org_path[LIM_ORG_PATH] = "";
	int64_t org_id = 0, from = 0, to = 0, limit = LIM_LIST_DEFAULT, cursor = 0, last = 0, n = 0;
	struct export *x = NULL;
	struct db_stmt *s;
	struct sb b;
	int rc;

	if (fmt == EXPORT_BAD)
		return;
	if (c == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database unavailable");
		return;
	}
	if (!org_query(r, true, &org_id, org_path) ||
	    !http_query_int(r, "limit", 1, LIM_LIST_MAX, LIM_LIST_DEFAULT, &limit) ||
	    !http_query_cursor(r, &cursor) || !http_query_time(r, "from", &from) ||
	    !http_query_time(r, "to", &to))
		return;
	if ((s = db_prepare(c, SQL_REVEALS)) == NULL) {
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	db_bind_int(s, 1, r->user->id);
	db_bind_text(s, 2, org_id ? org_path : NULL);
	if (from)
		db_bind_int(s, 3, from);
	if (to)
		db_bind_int(s, 4, to);
	if (cursor && fmt == EXPORT_JSON)
		db_bind_int(s, 5, cursor);
	db_bind_int(s, 6, fmt == EXPORT_JSON ? limit : -1);
	if (fmt != EXPORT_JSON) {
		if ((x = export_begin(r, fmt, "access-log")) == NULL) {
			db_reset(s);
			return;
		}
		export_sheet(x, "个人信息查看记录", "Reveals of personal data", reveal_cols);
	}
	sb_init(&b, 16 * 1024 * 1024);
	sb_adds(&b, "{\"items\":[");
	while ((rc = db_step(s)) == DB_ROW) {
		if (x) {
			if (!export_row(x))
				continue;
			export_time(x, db_col_int(s, 1));
			export_text(x, db_col_text(s, 3));
			export_int(x, db_col_int(s, 4));
			export_text(x, field_label(db_col_text(s, 5), export_english(x)));
			export_text(x, db_col_text(s, 6));
			export_text(x, db_col_text(s, 8));
			export_text(x, db_col_text(s, 10));
			continue;
		}
		if (n)
			sb_add(&b, ",", 1);
		sb_adds(&b, "{\"id\":"); sb_json_id(&b, db_col_int(s, 0));
		sb_adds(&b, ",\"at\":"); sb_json_time(&b, db_col_int(s, 1));
		sb_adds(&b, ",\"user_id\":"); sb_json_id(&b, db_col_int(s, 2));
		sb_adds(&b, ",\"user_name\":"); sb_json_str(&b, db_col_text(s, 3));
		sb_adds(&b, ",\"person_id\":"); sb_json_id(&b, db_col_int(s, 4));
		sb_adds(&b, ",\"field\":"); sb_json_str(&b, db_col_text(s, 5));
		sb_adds(&b, ",\"field_name\":"); sb_json_str(&b, field_label(db_col_text(s, 5), false));
		sb_adds(&b, ",\"reason\":"); sb_json_str(&b, db_col_text(s, 6));
		sb_adds(&b, ",\"case_id\":"); sb_json_id(&b, db_col_int(s, 7));
		sb_adds(&b, ",\"case_code\":"); sb_json_str(&b, db_col_text(s, 8));
		sb_adds(&b, ",\"org_id\":"); sb_json_id(&b, db_col_int(s, 9));
		sb_adds(&b, ",\"org_name\":"); sb_json_str(&b, db_col_text(s, 10));
		sb_add(&b, "}", 1);
		last = db_col_int(s, 0);
		n++;
	}
	db_reset(s);
	if (rc == DB_FAIL) {
		sb_free(&b);
		export_abort(x);
		http_error(r, PA_ERR_DB, "internal", NULL, "database error");
		return;
	}
	if (x) {
		sb_free(&b);
		export_finish(x);
		return;
	}
	sb_adds(&b, "],\"next_cursor\":");
	http_cursor_json(&b, n == limit ? last : 0);
	sb_add(&b, "}", 1);
	http_reply_text(r, 200, sb_finish(&b));
}
