/* person.c — the persons registry (当事人): keys, sealing, blind index, validation of
 * "persons" lists, linking to cases, masked JSON, lookups and key rotation. See person.h. */
#include "person.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../auth/auth.h"
#include "../db/db.h"
#include "../util/keys.h"
#include "../util/util.h"
#include "case.h"

/* ------------------------------------------------------------------ keys */

static struct pa_keys keys;
static bool keys_ready;

void person_keys_set(const struct pa_keys *k)
{
	if (k == NULL) {
		keys_wipe(&keys);
		keys_ready = false;
		return;
	}
	keys = *k;
	keys_ready = true;
}

bool person_keys_ready(void)
{
	return keys_ready;
}

uint32_t person_keys_current(void)
{
	return keys_pdata_current(&keys);
}

bool person_request_key(unsigned char out[32])
{
	if (!keys_ready)
		return false;
	keys_subkey(&keys, KEY_REQUEST_HASH, out);
	return true;
}

/* ------------------------------------------------------------------ crypto */

#define NONCE_BYTES crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
#define TAG_BYTES   crypto_aead_xchacha20poly1305_ietf_ABYTES
#define AD_BYTES    (9 + 8 + 1)

/* Associated data: "pa-person" || id (8 bytes, little-endian) || field. */
static void person_ad(int64_t id, enum person_field f, unsigned char ad[AD_BYTES])
{
	memcpy(ad, "pa-person", 9);
	for (int i = 0; i < 8; i++)
		ad[9 + i] = (unsigned char)((uint64_t)id >> (8 * i));
	ad[17] = (unsigned char)f;
}

pa_err person_seal(uint32_t gen, int64_t id, enum person_field f, const char *plain,
    unsigned char **out, size_t *outlen)
{
	unsigned char k[KEYS_SUB_BYTES], ad[AD_BYTES], *buf;
	size_t len = strlen(plain);
	unsigned long long clen = 0;

	*out = NULL;
	*outlen = 0;
	if (!keys_ready || !keys_pdata_subkey(&keys, gen, KEY_PERSONAL_DATA, k))
		return PA_ERR_INTERNAL;
	if ((buf = malloc(NONCE_BYTES + len + TAG_BYTES)) == NULL) {
		sodium_memzero(k, sizeof k);
		return PA_ERR_NOMEM;
	}
	randombytes_buf(buf, NONCE_BYTES);
	person_ad(id, f, ad);
	crypto_aead_xchacha20poly1305_ietf_encrypt(buf + NONCE_BYTES, &clen,
	    (const unsigned char *)plain, len, ad, sizeof ad, NULL, buf, k);
	sodium_memzero(k, sizeof k);
	*out = buf;
	*outlen = NONCE_BYTES + (size_t)clen;
	return PA_OK;
}

pa_err person_open(uint32_t gen, int64_t id, enum person_field f, const unsigned char *ct,
    size_t ctlen, char *out, size_t n)
{
	unsigned char k[KEYS_SUB_BYTES], ad[AD_BYTES];
	unsigned long long plen = 0;
	int r;

	if (n > 0)
		out[0] = '\0';
	if (!keys_ready || !keys_pdata_subkey(&keys, gen, KEY_PERSONAL_DATA, k))
		return PA_ERR_INTERNAL;
	if (ctlen < NONCE_BYTES + TAG_BYTES || ctlen - NONCE_BYTES - TAG_BYTES >= n) {
		sodium_memzero(k, sizeof k);
		return PA_ERR_INVALID;
	}
	person_ad(id, f, ad);
	r = crypto_aead_xchacha20poly1305_ietf_decrypt((unsigned char *)out, &plen, NULL,
	    ct + NONCE_BYTES, ctlen - NONCE_BYTES, ad, sizeof ad, ct, k);
	sodium_memzero(k, sizeof k);
	if (r != 0) {
		sodium_memzero(out, n);
		return PA_ERR_INVALID;
	}
	out[plen] = '\0';
	return PA_OK;
}

bool person_bidx(uint32_t gen, enum person_field f, const char *norm,
    unsigned char out[PERSON_BIDX_BYTES])
{
	unsigned char k[KEYS_SUB_BYTES], dom = (unsigned char)f;
	crypto_generichash_state st;

	if (!keys_ready || !keys_pdata_subkey(&keys, gen, KEY_BLIND_INDEX, k))
		return false;
	crypto_generichash_init(&st, k, sizeof k, PERSON_BIDX_BYTES);
	crypto_generichash_update(&st, &dom, 1);     /* one field's index never matches another's */
	crypto_generichash_update(&st, (const unsigned char *)norm, strlen(norm));
	crypto_generichash_final(&st, out, PERSON_BIDX_BYTES);
	sodium_memzero(k, sizeof k);
	sodium_memzero(&st, sizeof st);
	return true;
}

/* Today in China time as YYYYMMDD (a birth date may not be later). */
static int today_ymd(int64_t now)
{
	time_t t = (time_t)(now / 1000 + PA_TZ_OFFSET_S);
	struct tm tm;

	gmtime_r(&t, &tm);
	return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

/* ------------------------------------------------------------------ batches */

struct person_entry {
	const struct person_role *role;
	int64_t person_id;                     /* an existing person, or 0 */
	char *val[PF_COUNT + 1];               /* normalised plaintext, malloc'ed, or NULL */
	const char *id_type;
};
struct person_batch {
	int n;
	struct person_entry e[LIM_PERSONS_PER_REQUEST];
};

void person_batch_free(struct person_batch *b)
{
	if (b == NULL)
		return;
	for (int i = 0; i < b->n; i++)
		for (int f = 1; f <= PF_COUNT; f++)
			if (b->e[i].val[f]) {
				sodium_memzero(b->e[i].val[f], strlen(b->e[i].val[f]));
				free(b->e[i].val[f]);
			}
	free(b);
}

static const struct val_field entry_fields[] = {
	{ "role", VT_STRING, VF_REQUIRED, 1, 32, NULL, NULL },
	{ "person_id", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	{ "name", VT_STRING, VF_NULLABLE, 0, LIM_PERSON_NAME_CHARS, NULL, NULL },
	{ "phone", VT_STRING, VF_NULLABLE, 0, 32, NULL, NULL },
	{ "id_type", VT_STRING, VF_NULLABLE, 1, 16, person_id_types, NULL },
	{ "id_number", VT_STRING, VF_NULLABLE, 0, 40, NULL, NULL },
	{ "address", VT_STRING, VF_NULLABLE, 0, LIM_PERSON_ADDRESS_CHARS, NULL, NULL },
	{ "note", VT_STRING, VF_NULLABLE, 0, LIM_PERSON_NOTE_CHARS, NULL, NULL },
	VAL_END
};

/* A person on a case the user may see (the same scope rule as every case list). */
static const char SQL_PERSON_VISIBLE[] =
    "SELECT c.id FROM case_persons cp JOIN cases c ON c.id = cp.case_id "
    "JOIN orgs o ON o.id = c.org_id LEFT JOIN orgs un ON un.id = c.unit_id "
    "WHERE cp.person_id = ?2 AND " SCOPE_CASE_SQL " LIMIT 1";

static bool person_visible(struct db_conn *c, const struct auth_user *u, int64_t pid)
{
	struct db_stmt *s = db_prepare(c, SQL_PERSON_VISIBLE);
	bool ok;

	if (s == NULL)
		return false;
	db_bind_int(s, 1, u->id);
	db_bind_int(s, 2, pid);
	ok = db_step(s) == DB_ROW;
	db_reset(s);
	return ok;
}

static char *dup_str(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = malloc(n);

	if (d)
		memcpy(d, s, n);
	return d;
}

const struct person_role *person_role_find(const struct case_type *t, const char *code)
{
	for (const struct person_role *r = t && code ? t->person_roles : NULL; r && r->code; r++)
		if (strcmp(r->code, code) == 0)
			return r;
	return NULL;
}

/* Checks and normalises one entry; field names in errors start with pre ("persons[0]"). */
static pa_err entry_prepare(struct db_conn *c, const struct case_type *t, const json_t *o,
    const char *pre, const struct auth_user *u, int ymd, struct person_entry *e,
    struct pa_error *err)
{
	char prefix[64], fld[80], buf[PERSON_TEXT_MAX], ph[PERSON_PHONE_MAX], id[PERSON_ID_MAX];
	const char *role = val_str(o, "role"), *v;
	pa_err rc = PA_ERR_INVALID;

	snprintf(prefix, sizeof prefix, "%s.", pre);
	if (!json_is_object(o)) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_type", pre, "%s must be an object", pre);
		goto out;
	}
	if ((rc = val_check(o, entry_fields, prefix, err)) != PA_OK)
		goto out;
	rc = PA_ERR_INVALID;
	snprintf(fld, sizeof fld, "%srole", prefix);
	e->role = person_role_find(t, role);
	if (e->role == NULL) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", fld,
		    "%s is not a role of persons on this type of case", fld);
		goto out;
	}
	if (val_has(o, "person_id")) {
		e->person_id = val_int(o, "person_id", 0);
		snprintf(fld, sizeof fld, "%sperson_id", prefix);
		for (int f = 1; f <= PF_COUNT; f++)
			if (val_has(o, person_field_name((enum person_field)f))) {
				pa_error_set(err, PA_ERR_INVALID, "invalid_value", fld,
				    "%s names an existing person: give no other values with it", fld);
				goto out;
			}
		if (!person_visible(c, u, e->person_id)) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fld,
			    "%s does not name a person on a case you may see", fld);
			goto out;
		}
		rc = PA_OK;
		goto out;
	}
	if ((v = val_str(o, "name")) != NULL) {
		person_text_trim(v, buf, sizeof buf);
		if (*buf && (e->val[PF_NAME] = dup_str(buf)) == NULL)
			goto nomem;
	}
	if ((v = val_str(o, "phone")) != NULL && !val_blank(v)) {
		snprintf(fld, sizeof fld, "%sphone", prefix);
		if (!person_phone_norm(v, ph)) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fld,
			    "%s must be a mainland mobile number (11 digits starting with 1) or a "
			    "landline with its area code", fld);
			goto out;
		}
		if ((e->val[PF_PHONE] = dup_str(ph)) == NULL)
			goto nomem;
	}
	if ((v = val_str(o, "id_number")) != NULL && !val_blank(v)) {
		snprintf(fld, sizeof fld, "%sid_number", prefix);
		switch (person_id_norm(val_str(o, "id_type"), v, ymd, id, &e->id_type)) {
		case PID_OK:
			break;
		case PID_BAD_TYPE:
			snprintf(fld, sizeof fld, "%sid_type", prefix);
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fld,
			    "%s is not a known type of ID document", fld);
			goto out;
		case PID_TYPE_NEEDED:
			snprintf(fld, sizeof fld, "%sid_type", prefix);
			pa_error_set(err, PA_ERR_INVALID, "missing_field", fld,
			    "%s is required for a number that is not an 18-character ID card number", fld);
			goto out;
		case PID_BAD_CHARS:
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fld,
			    "%s may hold only letters, digits and '-'", fld);
			goto out;
		case PID_BAD_LENGTH:
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fld,
			    "%s has the wrong length (an ID card number has 18 characters)", fld);
			goto out;
		case PID_BAD_CHECK:
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fld,
			    "%s is not a valid ID card number: its check digit is wrong", fld);
			goto out;
		case PID_BAD_DATE:
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fld,
			    "%s is not a valid ID card number: its birth date does not exist", fld);
			goto out;
		}
		if ((e->val[PF_ID_NUMBER] = dup_str(id)) == NULL)
			goto nomem;
	}
	if ((v = val_str(o, "address")) != NULL) {
		person_text_trim(v, buf, sizeof buf);
		if (*buf && (e->val[PF_ADDRESS] = dup_str(buf)) == NULL)
			goto nomem;
	}
	if ((v = val_str(o, "note")) != NULL) {
		person_text_trim(v, buf, sizeof buf);
		if (*buf && (e->val[PF_NOTE] = dup_str(buf)) == NULL)
			goto nomem;
	}
	if (!e->val[PF_NAME] && !e->val[PF_PHONE] && !e->val[PF_ID_NUMBER]) {
		pa_error_set(err, PA_ERR_INVALID, "missing_field", pre,
		    "%s needs a name, a phone number or an ID number", pre);
		goto out;
	}
	rc = PA_OK;
	goto out;
nomem:
	rc = PA_ERR_NOMEM;
out:
	/* plaintext copies on the stack go on every path, refusals included */
	sodium_memzero(buf, sizeof buf);
	sodium_memzero(ph, sizeof ph);
	sodium_memzero(id, sizeof id);
	return rc;
}

pa_err person_batch_prepare(struct db_conn *c, const struct case_type *t, const json_t *arr,
    const char *field, bool create, const struct auth_user *u, int64_t now,
    struct person_batch **out, struct pa_error *err)
{
	struct person_batch *b = NULL;
	int ymd = today_ymd(now);
	const json_t *o;
	size_t i;
	pa_err rc = PA_OK;

	*out = NULL;
	if (arr != NULL && !json_is_null(arr) && !json_is_array(arr)) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_type", field, "%s must be an array", field);
		return PA_ERR_INVALID;
	}
	if (json_array_size(arr) > 0 && t->person_roles == NULL) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", field,
		    "%s: this type of case takes no persons", field);
		return PA_ERR_INVALID;
	}
	if (json_array_size(arr) > LIM_PERSONS_PER_REQUEST) {
		pa_error_set(err, PA_ERR_INVALID, "too_many", field,
		    "%s may hold at most %d persons", field, LIM_PERSONS_PER_REQUEST);
		return PA_ERR_INVALID;
	}
	if (json_array_size(arr) > 0 && !person_keys_ready()) {
		pa_error_set(err, PA_ERR_INTERNAL, "internal", NULL,
		    "the key of personal data is not loaded");
		return PA_ERR_INTERNAL;
	}
	if ((b = calloc(1, sizeof *b)) == NULL)
		return PA_ERR_NOMEM;
	json_array_foreach(arr, i, o) {
		char pre[48];
		snprintf(pre, sizeof pre, "%s[%zu]", field, i);
		if ((rc = entry_prepare(c, t, o, pre, u, ymd, &b->e[b->n], err)) != PA_OK) {
			b->n++;
			goto out;
		}
		for (int k = 0; k < b->n; k++)
			if (b->e[k].person_id && b->e[k].person_id == b->e[b->n].person_id &&
			    b->e[k].role == b->e[b->n].role) {
				pa_error_set(err, PA_ERR_INVALID, "duplicate", pre,
				    "%s names the same person in the same role twice", pre);
				rc = PA_ERR_INVALID;
				b->n++;
				goto out;
			}
		b->n++;
	}
	/* counts per role: at most max (0 means 1); on create at least min */
	for (const struct person_role *r = t->person_roles; r && r->code; r++) {
		int count = 0, max = r->max ? r->max : 1;
		for (int k = 0; k < b->n; k++)
			count += b->e[k].role == r;
		if (count > max) {
			pa_error_set(err, PA_ERR_INVALID, "too_many", field,
			    "%s holds more persons of one role than this type of case allows (%d)",
			    field, max);
			rc = PA_ERR_INVALID;
			goto out;
		}
		if (create && count < r->min) {
			pa_error_set(err, PA_ERR_INVALID, "missing_field", field,
			    "%s needs at least %d persons of a role this type of case requires", field,
			    r->min);
			rc = PA_ERR_INVALID;
			goto out;
		}
	}
out:
	if (rc != PA_OK || b->n == 0) {
		person_batch_free(b);
		return rc;
	}
	*out = b;
	return PA_OK;
}

static const char SQL_PERSON_INSERT[] =
    "INSERT INTO persons (key_gen, id_type, created_by, created_at) VALUES (?1, ?2, ?3, ?4)";
static const char SQL_PERSON_SEALED[] =
    "UPDATE persons SET name = ?2, phone = ?3, id_number = ?4, address = ?5, note = ?6, "
    "name_bidx = ?7, phone_bidx = ?8, id_bidx = ?9, key_gen = ?10 WHERE id = ?1";
/* The one writer of case_persons (person_batch_write notes the case to the change feed). */
static const char SQL_PERSON_LINK[] =
    "INSERT INTO case_persons (case_id, person_id, role, created_by, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (case_id, person_id, role) DO NOTHING";

/* Binds the sealed fields and blind indexes of person id (generation gen) to s (SQL_PERSON_
 * SEALED) from the plaintext values val. */
static pa_err bind_sealed(struct db_stmt *s, uint32_t gen, int64_t id, char *const *val)
{
	static const enum person_field idx[3] = { PF_NAME, PF_PHONE, PF_ID_NUMBER };
	pa_err rc = PA_OK;

	db_bind_int(s, 1, id);
	for (int f = 1; f <= PF_COUNT; f++) {
		unsigned char *ct;
		size_t len;
		if (val[f] == NULL)
			continue;
		if ((rc = person_seal(gen, id, (enum person_field)f, val[f], &ct, &len)) != PA_OK)
			return rc;
		db_bind_blob(s, 1 + f, ct, len);    /* SQLite copies it */
		free(ct);
	}
	for (int k = 0; k < 3; k++) {
		unsigned char h[PERSON_BIDX_BYTES];
		if (val[idx[k]] == NULL)
			continue;
		if (!person_bidx(gen, idx[k], val[idx[k]], h))
			return PA_ERR_INTERNAL;
		db_bind_blob(s, 7 + k, h, sizeof h);
	}
	db_bind_int(s, 10, gen);
	return rc;
}

pa_err person_batch_write(struct db_conn *c, const struct person_batch *b, int64_t case_id,
    int64_t user_id, int64_t now)
{
	uint32_t gen = person_keys_current();
	struct db_stmt *s;
	pa_err rc;

	for (int i = 0; b && i < b->n; i++) {
		const struct person_entry *e = &b->e[i];
		int64_t pid = e->person_id;
		if (pid == 0) {
			if ((s = db_prepare(c, SQL_PERSON_INSERT)) == NULL)
				return PA_ERR_DB;
			db_bind_int(s, 1, gen);
			db_bind_text(s, 2, e->val[PF_ID_NUMBER] ? e->id_type : NULL);
			db_bind_int(s, 3, user_id);
			db_bind_int(s, 4, now);
			if ((rc = db_run(s)) != PA_OK)
				return rc;
			pid = db_last_id(c);
			if ((s = db_prepare(c, SQL_PERSON_SEALED)) == NULL)
				return PA_ERR_DB;
			if ((rc = bind_sealed(s, gen, pid, e->val)) != PA_OK) {
				db_reset(s);
				return rc;
			}
			if ((rc = db_run(s)) != PA_OK)
				return rc;
		}
		if ((s = db_prepare(c, SQL_PERSON_LINK)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, case_id);
		db_bind_int(s, 2, pid);
		db_bind_text(s, 3, e->role->code);
		db_bind_int(s, 4, user_id);
		db_bind_int(s, 5, now);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	/* the case's persons changed: the change feed knows the link rows only by their own
	 * rowids, so it is told the case (caches of its rendering drop it) */
	if (b && b->n)
		db_change_note(c, case_id);
	return PA_OK;
}

json_t *person_batch_summary(const struct person_batch *b)
{
	json_t *arr = json_array();

	for (int i = 0; b && i < b->n; i++) {
		json_t *o = json_pack("{s:s}", "role", b->e[i].role->code);
		if (b->e[i].person_id)
			json_object_set_new(o, "person_id", json_integer(b->e[i].person_id));
		json_array_append_new(arr, o);
	}
	return arr;
}

pa_err person_specs_check(struct wf_ctx *x, const char *name)
{
	const json_t *arr = json_object_get(x->fields, name);
	struct person_batch *b = NULL;
	char field[48];
	pa_err rc;

	snprintf(field, sizeof field, "fields.%s", name);
	rc = person_batch_prepare(x->conn, x->c->type, arr, field, false, x->user, x->now, &b,
	    x->err);
	person_batch_free(b);
	if (rc == PA_OK)
		x->link_persons = arr;
	return rc;
}

/* ------------------------------------------------------------------ reading */

static const char SQL_CASE_PERSONS[] =
    "SELECT p.id, cp.role, p.key_gen, p.name, p.phone, p.id_type, p.id_number, p.address "
    "FROM case_persons cp JOIN persons p ON p.id = cp.person_id WHERE cp.case_id = ?1 "
    "ORDER BY cp.created_at, cp.person_id";

/* Opens column col (field f of person id, generation gen) into its mask; false when absent
 * or not readable (a missing key is never shown as a value): the field is null. */
static bool masked_col(struct db_stmt *s, int col, int64_t id, uint32_t gen,
    enum person_field f, const char *id_type, char mask[PERSON_MASK_MAX])
{
	char plain[PERSON_TEXT_MAX];
	const void *ct;
	size_t len;

	if (db_col_null(s, col) || (ct = db_col_blob(s, col, &len)) == NULL)
		return false;
	if (person_open(gen, id, f, ct, len, plain, sizeof plain) != PA_OK)
		return false;
	switch (f) {
	case PF_NAME: person_mask_name(plain, mask, PERSON_MASK_MAX); break;
	case PF_PHONE: person_mask_phone(plain, mask, PERSON_MASK_MAX); break;
	case PF_ID_NUMBER: person_mask_id(id_type, plain, mask, PERSON_MASK_MAX); break;
	case PF_ADDRESS: person_mask_address(plain, mask, PERSON_MASK_MAX); break;
	default: mask[0] = '\0'; break;
	}
	sodium_memzero(plain, sizeof plain);
	return true;
}

/* The masked fields of a row of SQL_CASE_PERSONS, in the order of the JSON object. */
static const struct {
	const char *key;
	int col;
	enum person_field f;
} masked_fields[] = {
	{ "name", 3, PF_NAME }, { "phone", 4, PF_PHONE }, { "id_number", 6, PF_ID_NUMBER },
	{ "address", 7, PF_ADDRESS },
};

/* A masked person from a row, written as a JSON object: id, role at 1, key_gen at 2, then
 * name, phone, id_type, id_number, address at 3..7. False when a field present in the row
 * could not be opened (written as null): the JSON is not the truth to keep. */
static bool person_row_sb(struct sb *b, struct db_stmt *s, const struct case_type *t)
{
	bool whole = true;

	int64_t id = db_col_int(s, 0);
	uint32_t gen = (uint32_t)db_col_int(s, 2);
	const char *role = db_col_text(s, 1), *idt = db_col_text(s, 5);
	const struct person_role *pr = person_role_find(t, role);
	const char *rname = pr ? pr->name_zh : role;
	char mask[PERSON_MASK_MAX];
	sb_adds(b, "{\"id\":");
	sb_int(b, id);
	sb_adds(b, ",\"role\":");
	sb_json_str(b, role);
	sb_adds(b, ",\"role_name\":");
	sb_json_str(b, rname);
	for (size_t i = 0; i < sizeof masked_fields / sizeof masked_fields[0]; i++) {
		if (masked_fields[i].f == PF_ID_NUMBER) {
			sb_adds(b, ",\"id_type\":");
			sb_json_str(b, idt);
		}
		sb_adds(b, ",\"");
		sb_adds(b, masked_fields[i].key);
		sb_adds(b, "\":");
		if (masked_col(s, masked_fields[i].col, id, gen, masked_fields[i].f, idt, mask))
			sb_json_str(b, mask);
		else {
			sb_add(b, "null", 4);
			whole = whole && db_col_null(s, masked_fields[i].col);
		}
	}
	sb_add(b, "}", 1);
	return whole;
}

/* Whether a case has persons at all: one index probe. Most cases of a list page have none,
 * and SQL_CASE_PERSONS opens a sorter for its ORDER BY even when it finds no row. Lists
 * read the same probe as a column of their statement (CASE_PERSONS_PROBE). */
static const char SQL_CASE_HAS_PERSONS[] =
    "SELECT 1 FROM case_persons WHERE case_id = ?1 LIMIT 1";

pa_err person_case_sb(struct db_conn *c, const struct case_type *t, int64_t case_id,
    struct sb *b)
{
	struct db_stmt *s = db_prepare(c, SQL_CASE_PERSONS);
	bool first = true;
	pa_err r = s ? PA_OK : PA_ERR_DB;
	int st = DB_DONE;

	sb_add(b, "[", 1);
	if (s != NULL) {
		db_bind_int(s, 1, case_id);
		while ((st = db_step(s)) == DB_ROW) {
			if (!first)
				sb_add(b, ",", 1);
			first = false;
			if (!person_row_sb(b, s, t))
				r = PA_ERR_INTERNAL;      /* a field not opened: written as null */
		}
		if (st == DB_FAIL)
			r = PA_ERR_DB;                /* the list so far: cut short */
		db_reset(s);
	}
	sb_add(b, "]", 1);
	return r;
}

json_t *person_case_json(struct db_conn *c, const struct case_type *t, int64_t case_id,
    bool *whole)
{
	struct db_stmt *s = db_prepare(c, SQL_CASE_HAS_PERSONS);
	json_t *arr = NULL;
	struct sb b;
	bool ok = false;
	int r;

	if (s != NULL) {
		db_bind_int(s, 1, case_id);
		r = db_step(s);
		db_reset(s);
		ok = r != DB_FAIL;
		if (r == DB_ROW) {
			sb_init(&b, PERSON_CASE_JSON_MAX);
			ok = person_case_sb(c, t, case_id, &b) == PA_OK && !b.failed;
			if (!b.failed)
				arr = json_loadb(b.buf, b.len, 0, NULL);
			sb_free(&b);
			if (!json_is_array(arr)) {
				ok = false;
				json_decref(arr);
				arr = NULL;
			}
		}
	}
	if (whole)
		*whole = ok;
	return arr ? arr : json_array();
}

/* ------------------------------------------------------------------ lookups */

static const char SQL_FIND_PHONE[] =
    "SELECT id FROM persons WHERE phone_bidx IN (?1, ?2) ORDER BY id DESC LIMIT ?3";
static const char SQL_FIND_ID[] =
    "SELECT id FROM persons WHERE id_bidx IN (?1, ?2) ORDER BY id DESC LIMIT ?3";
static const char SQL_FIND_NAME[] =
    "SELECT id FROM persons WHERE name_bidx IN (?1, ?2) ORDER BY id DESC LIMIT ?3";

/* The ids of persons whose field f has the normalised value norm, under the current
 * generation and the one before it (a rotation in progress). */
static pa_err find_bidx(struct db_conn *c, enum person_field f, const char *norm, int64_t *ids,
    int max, int *n)
{
	const char *sql = f == PF_PHONE ? SQL_FIND_PHONE : f == PF_ID_NUMBER ? SQL_FIND_ID :
	    SQL_FIND_NAME;
	unsigned char h[2][PERSON_BIDX_BYTES];
	struct db_stmt *s;
	int r, gens = 0;

	*n = 0;
	if (!keys_ready)
		return PA_ERR_INTERNAL;
	for (int i = keys.ngens; i >= 0 && gens < 2; i--) {
		uint32_t g = i == 0 ? 0 : keys.gens[i - 1].gen;
		if (person_bidx(g, f, norm, h[gens]))
			gens++;
	}
	if ((s = db_prepare(c, sql)) == NULL)
		return PA_ERR_DB;
	db_bind_blob(s, 1, h[0], PERSON_BIDX_BYTES);
	if (gens > 1)
		db_bind_blob(s, 2, h[1], PERSON_BIDX_BYTES);
	db_bind_int(s, 3, max);
	while ((r = db_step(s)) == DB_ROW && *n < max)
		ids[(*n)++] = db_col_int(s, 0);
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

pa_err person_find_by_phone(struct db_conn *c, const char *phone, int64_t *ids, int max,
    int *n, struct pa_error *err)
{
	char ph[PERSON_PHONE_MAX];
	pa_err rc;

	*n = 0;
	if (!person_phone_norm(phone, ph)) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "phone",
		    "%s must be a mainland mobile number (11 digits starting with 1) or a "
		    "landline with its area code", "phone");
		rc = PA_ERR_INVALID;
		goto out;
	}
	rc = find_bidx(c, PF_PHONE, ph, ids, max, n);
out:
	sodium_memzero(ph, sizeof ph);
	return rc;
}

pa_err person_find_by_id_doc(struct db_conn *c, const char *id_type, const char *id_number,
    int64_t *ids, int max, int *n, struct pa_error *err)
{
	char id[PERSON_ID_MAX];
	const char *type;
	enum person_id_check k;
	pa_err rc = PA_ERR_INVALID;

	*n = 0;
	/* with a type: normalised as a create of that type stores it (an 18-character passport
	 * is not checked as an ID card); without one an 18-character number is checked as an ID
	 * card and other documents are matched as typed */
	k = person_id_norm(id_type, id_number, 99991231, id, &type);
	if (k == PID_TYPE_NEEDED && id_type == NULL)
		k = person_id_norm("other", id_number, 99991231, id, &type);
	if (k == PID_BAD_TYPE) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "id_type",
		    "%s is not a known type of ID document", "id_type");
		goto out;
	}
	if (k != PID_OK) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "id_number",
		    "%s is not a valid ID number", "id_number");
		goto out;
	}
	rc = find_bidx(c, PF_ID_NUMBER, id, ids, max, n);
out:
	sodium_memzero(id, sizeof id);
	return rc;
}

pa_err person_find_by_id_number(struct db_conn *c, const char *id_number, int64_t *ids,
    int max, int *n, struct pa_error *err)
{
	return person_find_by_id_doc(c, NULL, id_number, ids, max, n, err);
}

pa_err person_find_by_name(struct db_conn *c, const char *name, int64_t *ids, int max, int *n)
{
	char nm[PERSON_TEXT_MAX];
	pa_err rc = PA_OK;

	person_text_trim(name, nm, sizeof nm);
	*n = 0;
	if (*nm != '\0')
		rc = find_bidx(c, PF_NAME, nm, ids, max, n);
	sodium_memzero(nm, sizeof nm);
	return rc;
}

static const char SQL_CASE_ID_NUMBERS[] =
    "SELECT p.id, p.key_gen, p.id_number FROM case_persons cp JOIN persons p "
    "ON p.id = cp.person_id WHERE cp.case_id = ?1 AND p.id_type = 'id_card' "
    "AND p.id_number IS NOT NULL ORDER BY cp.created_at, cp.person_id LIMIT ?2";

pa_err person_case_id_numbers(struct db_conn *c, int64_t case_id, char (*out)[PERSON_ID_MAX],
    int max, int *n)
{
	struct db_stmt *s = db_prepare(c, SQL_CASE_ID_NUMBERS);
	int r;

	*n = 0;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, case_id);
	db_bind_int(s, 2, max);
	while ((r = db_step(s)) == DB_ROW && *n < max) {
		size_t len = 0;
		const void *ct = db_col_blob(s, 2, &len);
		if (ct && person_open((uint32_t)db_col_int(s, 1), db_col_int(s, 0), PF_ID_NUMBER, ct,
		    len, out[*n], PERSON_ID_MAX) == PA_OK)
			(*n)++;
	}
	db_reset(s);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

static const char SQL_ROLE_ON_CASE[] =
    "SELECT 1 FROM case_persons WHERE case_id = ?1 AND person_id = ?2 AND role = ?3";

pa_err person_id_matches(struct db_conn *c, int64_t case_id, const char *role,
    const char *id_number, bool *match, struct pa_error *err)
{
	int64_t ids[LIM_PERSON_MATCHES];
	int n = 0;
	pa_err rc;

	*match = false;
	if ((rc = person_find_by_id_number(c, id_number, ids, LIM_PERSON_MATCHES, &n, err)) != PA_OK)
		return rc;
	for (int i = 0; i < n && !*match; i++) {
		struct db_stmt *s = db_prepare(c, SQL_ROLE_ON_CASE);
		if (s == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, case_id);
		db_bind_int(s, 2, ids[i]);
		db_bind_text(s, 3, role);
		*match = db_step(s) == DB_ROW;
		db_reset(s);
	}
	return PA_OK;
}

static const char SQL_ROLE_HAS_ID[] =
    "SELECT 1 FROM case_persons cp JOIN persons p ON p.id = cp.person_id "
    "WHERE cp.case_id = ?1 AND cp.role = ?2 AND p.id_number IS NOT NULL LIMIT 1";

pa_err person_role_id_check(struct db_conn *c, int64_t case_id, const char *role,
    const char *id_number, bool *on_file, bool *match, struct pa_error *err)
{
	struct db_stmt *s = db_prepare(c, SQL_ROLE_HAS_ID);
	int r;

	*on_file = *match = false;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, case_id);
	db_bind_text(s, 2, role);
	if ((r = db_step(s)) == DB_ROW)
		*on_file = true;
	db_reset(s);
	if (r == DB_FAIL)
		return PA_ERR_DB;
	return *on_file ? person_id_matches(c, case_id, role, id_number, match, err) : PA_OK;
}

/* ------------------------------------------------------------------ rotation */

#define ROTATE_BATCH 256

static const char SQL_ROTATE_NEXT[] =
    "SELECT id, key_gen, name, phone, id_number, address, note FROM persons "
    "WHERE key_gen <> ?1 ORDER BY id LIMIT ?2";
static const char SQL_ROTATE_LEFT[] = "SELECT count(*) FROM persons WHERE key_gen <> ?1";
static const char SQL_ROTATE_STORE[] =
    "UPDATE persons SET name = ?2, phone = ?3, id_number = ?4, address = ?5, note = ?6, "
    "name_bidx = ?7, phone_bidx = ?8, id_bidx = ?9, key_gen = ?10 WHERE id = ?1 AND key_gen = ?11";

struct rotate_row {
	int64_t id;
	uint32_t from;
	char *val[PF_COUNT + 1];
};
struct rotate_job {
	struct rotate_row *rows;
	int n;
	uint32_t to;
};

static void rotate_rows_wipe(struct rotate_row *rows, int n)
{
	for (int i = 0; i < n; i++)
		for (int f = 1; f <= PF_COUNT; f++)
			if (rows[i].val[f]) {
				sodium_memzero(rows[i].val[f], strlen(rows[i].val[f]));
				free(rows[i].val[f]);
				rows[i].val[f] = NULL;
			}
}

static pa_err rotate_run(struct db_conn *c, void *ctx)
{
	struct rotate_job *j = ctx;
	pa_err rc;

	for (int i = 0; i < j->n; i++) {
		struct db_stmt *s = db_prepare(c, SQL_ROTATE_STORE);
		if (s == NULL)
			return PA_ERR_DB;
		if ((rc = bind_sealed(s, j->to, j->rows[i].id, j->rows[i].val)) != PA_OK) {
			db_reset(s);
			return rc;
		}
		db_bind_int(s, 11, j->rows[i].from);
		if ((rc = db_run(s)) != PA_OK)
			return rc;
	}
	return PA_OK;
}

pa_err person_rotate_remaining(struct db_conn *c, uint32_t gen, int64_t *left)
{
	struct db_stmt *s = db_prepare(c, SQL_ROTATE_LEFT);
	int r;

	*left = 0;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, gen);
	if ((r = db_step(s)) == DB_ROW)
		*left = db_col_int(s, 0);
	db_reset(s);
	return r == DB_ROW ? PA_OK : PA_ERR_DB;
}

pa_err person_rotate(struct db *db, const struct pa_keys *k, uint32_t to_gen, int batch,
    int64_t max_batches, FILE *progress, int64_t *done)
{
	struct rotate_row *rows;
	int64_t batches = 0;
	struct db_conn *rd = db_reader(db);
	pa_err rc = PA_OK;

	*done = 0;
	if (batch <= 0 || batch > ROTATE_BATCH)
		batch = ROTATE_BATCH;
	rows = calloc((size_t)batch, sizeof *rows);
	if (rows == NULL || rd == NULL) {
		free(rows);
		return rows == NULL ? PA_ERR_NOMEM : PA_ERR_DB;
	}
	person_keys_set(k);
	for (;;) {
		struct db_stmt *s = db_prepare(rd, SQL_ROTATE_NEXT);
		struct rotate_job j = { .rows = rows, .to = to_gen };
		int r;
		if (s == NULL) {
			rc = PA_ERR_DB;
			break;
		}
		db_bind_int(s, 1, to_gen);
		db_bind_int(s, 2, batch);
		while ((r = db_step(s)) == DB_ROW && rc == PA_OK) {
			struct rotate_row *w = &rows[j.n++];
			w->id = db_col_int(s, 0);
			w->from = (uint32_t)db_col_int(s, 1);
			for (int f = 1; f <= PF_COUNT && rc == PA_OK; f++) {
				char plain[PERSON_TEXT_MAX];
				const void *ct;
				size_t len;
				if (db_col_null(s, 1 + f))
					continue;
				ct = db_col_blob(s, 1 + f, &len);
				if (person_open(w->from, w->id, (enum person_field)f, ct, len, plain,
				    sizeof plain) != PA_OK) {
					log_msg(LOG_ERROR, "key rotate: person %lld field %d does not open "
					    "with its key (generation %u)", (long long)w->id, f, w->from);
					rc = PA_ERR_INVALID;
				} else if ((w->val[f] = dup_str(plain)) == NULL) {
					rc = PA_ERR_NOMEM;
				}
				sodium_memzero(plain, sizeof plain);
			}
		}
		db_reset(s);
		if (r == DB_FAIL)
			rc = PA_ERR_DB;
		if (rc == PA_OK && j.n > 0)
			rc = db_write(db, rotate_run, &j);
		rotate_rows_wipe(rows, j.n);
		if (rc != PA_OK || j.n == 0)
			break;
		*done += j.n;
		if (progress) {
			fprintf(progress, "key rotate: %lld persons re-encrypted\n", (long long)*done);
			fflush(progress);
		}
		if (max_batches > 0 && ++batches >= max_batches)
			break;
	}
	free(rows);
	return rc;
}
