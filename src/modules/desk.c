/* desk.c — helpers the front-desk types share (阳光坐席): a desk case lives at a police
 * station; who may be named on it; dates given in requests. */
#include <stdio.h>
#include <string.h>

#include "../db/db.h"
#include "../org/org.h"
#include "../util/util.h"
#include "desk.h"

pa_err desk_station_check(struct create_ctx *x)
{
	struct org o;

	if (x->n->org_id == 0 || org_get(x->conn, x->n->org_id, &o) != PA_OK ||
	    strcmp(o.kind, "police_station") != 0) {
		pa_error_set(x->err, PA_ERR_INVALID, "invalid_value", "org_id",
		    "the unit must be a police station");
		return PA_ERR_INVALID;
	}
	return PA_OK;
}

static const char SQL_STAFF_AT[] =
    "SELECT 1 FROM grants g JOIN orgs o ON o.id = g.org_id JOIN users u ON u.id = g.user_id "
    "WHERE g.user_id = ?1 AND u.disabled = 0 AND g.role <> 'citizen' "
    "AND (substr(?2, 1, length(o.path)) = o.path OR substr(o.path, 1, length(?2)) = ?2)";

pa_err desk_staff_check(struct db_conn *c, int64_t uid, const char *org_path, const char *field,
    struct pa_error *err)
{
	struct db_stmt *s = db_prepare(c, SQL_STAFF_AT);
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, uid);
	db_bind_text(s, 2, org_path);
	r = db_step(s);
	db_reset(s);
	if (r == DB_FAIL)
		return PA_ERR_DB;
	if (r != DB_ROW) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", field,
		    "%s is not an active staff member of this station", field);
		return PA_ERR_INVALID;
	}
	return PA_OK;
}

int64_t desk_time(const json_t *obj, const char *name)
{
	int64_t ms = 0;
	const char *v = val_str(obj, name);

	if (v == NULL || !time_parse(v, &ms))
		return 0;
	return ms;
}

const struct incident_cat incident_catalog[] = {
	{ "XS", NULL, "刑事", "Criminal" },
	{ "XS01", "XS", "盗窃手机", "Phone theft" },
	{ "XS02", "XS", "盗窃电动车", "E-bike theft" },
	{ "XS03", "XS", "入室盗窃", "Burglary" },
	{ "XS04", "XS", "诈骗", "Fraud" },
	{ "XS05", "XS", "抢劫抢夺", "Robbery and snatching" },
	{ "XS06", "XS", "故意伤害", "Assault" },
	{ "XS99", "XS", "其他刑事", "Other criminal" },
	{ "ZA", NULL, "治安", "Public order" },
	{ "ZA01", "ZA", "打架斗殴", "Fighting" },
	{ "ZA02", "ZA", "扰乱秩序", "Disturbing order" },
	{ "ZA03", "ZA", "赌博", "Gambling" },
	{ "ZA99", "ZA", "其他治安", "Other public order" },
	{ "JT", NULL, "交通", "Traffic" },
	{ "JT01", "JT", "交通事故", "Traffic accident" },
	{ "JT02", "JT", "交通违法", "Traffic offence" },
	{ "JF", NULL, "纠纷", "Disputes" },
	{ "JF01", "JF", "邻里纠纷", "Neighbour dispute" },
	{ "JF02", "JF", "家庭纠纷", "Family dispute" },
	{ "JF03", "JF", "经济纠纷", "Money dispute" },
	{ "QZ", NULL, "求助", "Help" },
	{ "QZ01", "QZ", "群众求助", "Request for help" },
	{ "JB", NULL, "举报", "Tip-off" },
	{ "JB01", "JB", "违法犯罪线索", "Lead on an offence" },
	{ "TS", NULL, "投诉", "Complaint" },
	{ "TS01", "TS", "投诉", "Complaint" },
	{ NULL, NULL, NULL, NULL },
};

const struct incident_cat *incident_cat_find(const char *code)
{
	for (const struct incident_cat *k = incident_catalog; code && k->code; k++)
		if (strcmp(k->code, code) == 0)
			return k;
	return NULL;
}

bool incident_cat_name(const char *code, bool en, char *out, size_t outlen)
{
	const struct incident_cat *k = incident_cat_find(code), *p;

	if (k == NULL)
		return false;
	p = k->parent ? incident_cat_find(k->parent) : NULL;
	if (p)
		snprintf(out, outlen, "%s / %s", en ? p->name_en : p->name_zh,
		    en ? k->name_en : k->name_zh);
	else
		snprintf(out, outlen, "%s", en ? k->name_en : k->name_zh);
	return true;
}
