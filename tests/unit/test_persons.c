/* test_persons.c — the persons registry (当事人): GB 11643 ID numbers (known good and bad),
 * phones, the masking table, sealing (round trip, tampering, moved rows and fields, other
 * keys), the blind index, persons on a created event (422 naming the field, nothing in plain
 * text in the rows), the identity check and a key rotation. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/case.h"
#include "core/person.h"
#include "db/db.h"
#include "org/org.h"
#include "util/keys.h"
#include "util/util.h"

#include "support.h"

#define TODAY 20261201

/* ------------------------------------------------------------------ pure */

static void id_cards(void **state)
{
	/* computed by hand from the GB 11643 weights (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) */
	static const char *const good[] = { "33070219900307352X", "11010519491231002X",
		"440304198511086310", "33078219800229001X", NULL };
	static const char *const bad_check[] = { "330702199003073521", "110105194912310021",
		"440304198511086311", NULL };
	char out[PERSON_ID_MAX];
	const char *type;

	(void)state;
	for (int i = 0; good[i]; i++) {
		assert_true(person_id_card_valid(good[i], TODAY));
		assert_int_equal(person_id_norm(NULL, good[i], TODAY, out, &type), PID_OK);
		assert_string_equal(type, "id_card");
	}
	for (int i = 0; bad_check[i]; i++) {
		assert_false(person_id_card_valid(bad_check[i], TODAY));
		assert_int_equal(person_id_norm(NULL, bad_check[i], TODAY, out, &type), PID_BAD_CHECK);
	}
	/* lower-case x and spaces are normalised */
	assert_int_equal(person_id_norm(NULL, "330702 19900307 352x", TODAY, out, &type), PID_OK);
	assert_string_equal(out, "33070219900307352X");
	/* 1990-02-30 does not exist (check digit right for it: 2) */
	assert_int_equal(person_id_norm(NULL, "330702199002303522", TODAY, out, &type),
	    PID_BAD_DATE);
	/* 1981-02-29 does not exist, 1980-02-29 does (above) */
	assert_int_equal(person_id_norm(NULL, "330782198102290017", TODAY, out, &type),
	    PID_BAD_DATE);
	/* born after today */
	assert_int_equal(person_id_norm(NULL, "330702203001010014", TODAY, out, &type),
	    PID_BAD_DATE);
	/* 17 characters: no type can be guessed */
	assert_int_equal(person_id_norm(NULL, "33070219900307352", TODAY, out, &type),
	    PID_TYPE_NEEDED);
	assert_int_equal(person_id_norm("id_card", "33070219900307352", TODAY, out, &type),
	    PID_BAD_LENGTH);
	assert_int_equal(person_id_norm(NULL, "3307021990030735X2", TODAY, out, &type),
	    PID_BAD_CHARS);
	assert_int_equal(person_id_norm(NULL, "33070219900307352\xe5", TODAY, out, &type),
	    PID_BAD_CHARS);
	/* other documents: letters and digits, 4-32 */
	assert_int_equal(person_id_norm("passport", "e1234 5678", TODAY, out, &type), PID_OK);
	assert_string_equal(out, "E12345678");
	assert_int_equal(person_id_norm("passport", "E1", TODAY, out, &type), PID_BAD_LENGTH);
	assert_int_equal(person_id_norm("driver", "E12345678", TODAY, out, &type), PID_BAD_TYPE);
}

static void phones(void **state)
{
	static const struct { const char *in, *out; } ok[] = {
		{ "13800138000", "13800138000" },
		{ "138-0013-8000", "13800138000" },
		{ "+86 138 0013 8000", "13800138000" },
		{ "0086 13800138000", "13800138000" },
		{ "0579-82345678", "057982345678" },
		{ "(010) 12345678", "01012345678" },
		{ "0579-8234567", "05798234567" },
		{ NULL, NULL },
	};
	static const char *const bad[] = { "12345678", "23800138000", "1380013800", "12800138000",
		"138001380001", "+1 202 555 0100", "0579-823", "138 0013 800O", "", "110",
		"\xef\xbc\x91\xef\xbc\x93\xef\xbc\x98", "00579823456789", NULL };
	char out[PERSON_PHONE_MAX];

	(void)state;
	for (int i = 0; ok[i].in; i++) {
		assert_true(person_phone_norm(ok[i].in, out));
		assert_string_equal(out, ok[i].out);
	}
	for (int i = 0; bad[i]; i++)
		if (person_phone_norm(bad[i], out))
			fail_msg("%s accepted as %s", bad[i], out);
}

static void masks(void **state)
{
	static const struct { const char *in, *want; } phone[] = {
		{ "13812345678", "138****5678" },
		{ "057982345678", "057****5678" },       /* 12 digits: 5 hidden */
		{ "05798234567", "057****4567" },
		{ "12345678", "****78" },                /* never 7 of 8 digits */
		{ "1234567890", "****90" },
		{ "1234", "****" },
		{ NULL, NULL },
	}, name[] = {
		{ "王小明", "王*明" },
		{ "王明", "王*" },
		{ "欧阳小明", "欧**明" },
		{ "王", "*" },
		{ "John Smith", "J********h" },
		{ NULL, NULL },
	}, addr[] = {
		{ "浙江省金华市婺城区城中街道将军路社区将军路12号3幢501室",
		    "浙江省金华市婺城区城中街道将军路社区***" },
		{ "婺城区白龙桥镇下张村12号", "婺城区白龙桥镇下张村***" },
		{ "金华市婺城区西关街道人民西路8号", "金华市婺城区西关街道***" },
		{ "浙江省金华市婺城区人民西路8号", "浙江省金华市婺城区***" },
		{ "人民西路8号", "***" },
		{ "将军路社区", "将军路社区" },
		{ NULL, NULL },
	};
	char out[PERSON_MASK_MAX];

	(void)state;
	for (int i = 0; phone[i].in; i++) {
		person_mask_phone(phone[i].in, out, sizeof out);
		assert_string_equal(out, phone[i].want);
	}
	for (int i = 0; name[i].in; i++) {
		person_mask_name(name[i].in, out, sizeof out);
		assert_string_equal(out, name[i].want);
	}
	for (int i = 0; addr[i].in; i++) {
		person_mask_address(addr[i].in, out, sizeof out);
		assert_string_equal(out, addr[i].want);
	}
	person_mask_id("id_card", "330702199003073527", out, sizeof out);
	assert_string_equal(out, "330702********3527");
	person_mask_id("passport", "E12345678", out, sizeof out);
	assert_string_equal(out, "****5678");
	person_mask_id("other", "AB123", out, sizeof out);
	assert_string_equal(out, "****");
	/* a small buffer is cut, never overrun */
	person_mask_phone("13812345678", out, 5);
	assert_string_equal(out, "138*");
}

/* ------------------------------------------------------------------ crypto */

static struct pa_keys test_keys(int gens)
{
	struct pa_keys k;

	memset(&k, 0, sizeof k);
	memcpy(k.master, SUPPORT_TL_KEY, sizeof k.master);
	for (int i = 0; i < gens; i++)
		assert_int_equal(keys_add_generation(&k), PA_OK);
	return k;
}

static void seal_open(void **state)
{
	struct pa_keys k = test_keys(1);
	unsigned char *ct;
	char out[PERSON_TEXT_MAX];
	size_t len;

	(void)state;
	person_keys_set(&k);
	assert_int_equal(person_keys_current(), 1);
	assert_int_equal(person_seal(1, 42, PF_PHONE, "13800138000", &ct, &len), PA_OK);
	assert_int_equal(len, 24 + 11 + 16);
	assert_null(memmem(ct, len, "13800138000", 11));
	assert_int_equal(person_open(1, 42, PF_PHONE, ct, len, out, sizeof out), PA_OK);
	assert_string_equal(out, "13800138000");
	/* moved to another person or another field: does not open */
	assert_int_equal(person_open(1, 43, PF_PHONE, ct, len, out, sizeof out), PA_ERR_INVALID);
	assert_int_equal(person_open(1, 42, PF_NAME, ct, len, out, sizeof out), PA_ERR_INVALID);
	/* another generation's key */
	assert_int_equal(person_open(0, 42, PF_PHONE, ct, len, out, sizeof out), PA_ERR_INVALID);
	/* a generation the key file does not hold */
	assert_int_equal(person_open(7, 42, PF_PHONE, ct, len, out, sizeof out), PA_ERR_INTERNAL);
	/* every flipped byte (nonce, ciphertext, tag) is found */
	for (size_t i = 0; i < len; i++) {
		ct[i] ^= 0x01;
		assert_int_equal(person_open(1, 42, PF_PHONE, ct, len, out, sizeof out),
		    PA_ERR_INVALID);
		assert_string_equal(out, "");
		ct[i] ^= 0x01;
	}
	/* cut short, or too long for the buffer */
	assert_int_equal(person_open(1, 42, PF_PHONE, ct, 30, out, sizeof out), PA_ERR_INVALID);
	assert_int_equal(person_open(1, 42, PF_PHONE, ct, len, out, 8), PA_ERR_INVALID);
	free(ct);
	/* two seals of one value differ (random nonce) */
	{
		unsigned char *a, *b;
		size_t la, lb;
		assert_int_equal(person_seal(1, 1, PF_NAME, "王小明", &a, &la), PA_OK);
		assert_int_equal(person_seal(1, 1, PF_NAME, "王小明", &b, &lb), PA_OK);
		assert_int_equal(la, lb);
		assert_memory_not_equal(a, b, la);
		free(a);
		free(b);
	}
	k = test_keys(0);
	person_keys_set(&k);
	keys_wipe(&k);
}

static void blind_index(void **state)
{
	struct pa_keys k = test_keys(1);
	unsigned char a[PERSON_BIDX_BYTES], b[PERSON_BIDX_BYTES];

	(void)state;
	person_keys_set(&k);
	assert_true(person_bidx(1, PF_PHONE, "13800138000", a));
	assert_true(person_bidx(1, PF_PHONE, "13800138000", b));
	assert_memory_equal(a, b, sizeof a);
	assert_true(person_bidx(1, PF_PHONE, "13800138001", b));
	assert_memory_not_equal(a, b, sizeof a);
	/* the same text as another field is another index entry */
	assert_true(person_bidx(1, PF_NAME, "13800138000", b));
	assert_memory_not_equal(a, b, sizeof a);
	/* another generation (after a rotation) indexes differently */
	assert_true(person_bidx(0, PF_PHONE, "13800138000", b));
	assert_memory_not_equal(a, b, sizeof a);
	/* keyed: not the plain BLAKE2b of the value */
	crypto_generichash(b, sizeof b, (const unsigned char *)"13800138000", 11, NULL, 0);
	assert_memory_not_equal(a, b, sizeof a);
	assert_false(person_bidx(9, PF_PHONE, "13800138000", b));
	k = test_keys(0);
	person_keys_set(&k);
}

/* ------------------------------------------------------------------ on cases */

static struct support_db D;
static struct auth_user op, grid_worker;

static int group_setup(void **state)
{
	(void)state;
	return support_demo_db("persons", true, &D);
}

static int group_teardown(void **state)
{
	(void)state;
	support_free(&D);
	return 0;
}

static const struct support_login logins[] = {
	{ "operator", &op }, { "grid-worker", &grid_worker }, { NULL, NULL },
};

static int setup(void **state)
{
	struct pa_keys k = test_keys(0);

	(void)state;
	person_keys_set(&k);
	return support_start(D.db, logins);
}

/* Creates an event in 将军社区第一网格 as the operator with request JSON req; *err on failure. */
static pa_err create_event(const char *req_text, int64_t *id, struct pa_error *err)
{
	json_t *req = json_loads(req_text, 0, NULL);
	struct case_new n = { .type = case_type_find("event"), .title = "来电反映噪音扰民",
		.category = "HJ03", .org_id = org_id_by_code(db_reader(D.db), "330702001001-G01"),
		.request = req };
	pa_err rc;

	assert_non_null(req);
	memset(err, 0, sizeof *err);
	rc = case_create(D.db, &op, &n, id, err);
	json_decref(req);
	return rc;
}

static const char SQL_PERSONS_N[] = "SELECT count(*) FROM persons";
static const char SQL_LINKS_OF[] = "SELECT count(*) FROM case_persons WHERE case_id = ?1";

static void persons_on_event(void **state)
{
	struct pa_error err;
	struct case_rec c;
	struct arena *a = arena_new(1 << 20);
	int64_t id = 0, before = support_count(D.db, SQL_PERSONS_N), ids[8];
	int n = 0;
	bool match = false;
	json_t *p;

	(void)state;
	assert_int_equal(create_event("{\"caller_name\":\"王小明\",\"caller_phone\":\"138 0013 8000\","
	    "\"persons\":[{\"role\":\"party\",\"name\":\"李四\",\"id_number\":\"33070219900307352x\","
	    "\"address\":\"浙江省金华市婺城区城中街道将军路社区将军路12号\"}]}", &id, &err), PA_OK);
	assert_int_equal(support_count(D.db, SQL_PERSONS_N), before + 2);
	assert_int_equal(support_count_with(D.db, SQL_LINKS_OF, &id, 1, NULL), 2);
	assert_int_equal(case_load(db_reader(D.db), a, id, &c), PA_OK);
	assert_int_equal(json_array_size(c.persons), 2);
	p = json_array_get(c.persons, 0);
	assert_string_equal(json_string_value(json_object_get(p, "role")), "party");
	assert_string_equal(json_string_value(json_object_get(p, "name")), "李*");
	assert_string_equal(json_string_value(json_object_get(p, "id_number")),
	    "330702********352X");
	assert_string_equal(json_string_value(json_object_get(p, "address")),
	    "浙江省金华市婺城区城中街道将军路社区***");
	p = json_array_get(c.persons, 1);
	assert_string_equal(json_string_value(json_object_get(p, "role")), "caller");
	assert_string_equal(json_string_value(json_object_get(p, "name")), "王*明");
	assert_string_equal(json_string_value(json_object_get(p, "phone")), "138****8000");
	/* the event keeps no copy of the caller */
	assert_true(json_is_null(json_object_get(c.attrs, "caller_phone")));
	assert_true(json_is_null(json_object_get(c.attrs, "caller_name")));
	case_rec_clear(&c);
	arena_free(a);

	/* lookups through the blind index, with any way of writing the number */
	assert_int_equal(person_find_by_phone(db_reader(D.db), "+86 138-0013-8000", ids, 8, &n,
	    &err), PA_OK);
	assert_int_equal(n, 1);
	assert_int_equal(person_find_by_name(db_reader(D.db), " 王小明 ", ids, 8, &n), PA_OK);
	assert_int_equal(n, 1);
	assert_int_equal(person_find_by_name(db_reader(D.db), "王小", ids, 8, &n), PA_OK);
	assert_int_equal(n, 0);
	/* identity check (领取/发还) */
	assert_int_equal(person_id_matches(db_reader(D.db), id, "party", "33070219900307352X",
	    &match, &err), PA_OK);
	assert_true(match);
	assert_int_equal(person_id_matches(db_reader(D.db), id, "caller", "33070219900307352X",
	    &match, &err), PA_OK);
	assert_false(match);
	assert_int_equal(person_id_matches(db_reader(D.db), id, "party", "11010519491231002X",
	    &match, &err), PA_OK);
	assert_false(match);
	assert_int_equal(person_id_matches(db_reader(D.db), id, "party", "330702199003073521",
	    &match, &err), PA_ERR_INVALID);
	assert_string_equal(err.field, "id_number");
}

static void refused_persons_write_nothing(void **state)
{
	static const struct { const char *req, *field; } bad[] = {
		{ "{\"persons\":[{\"role\":\"party\",\"id_number\":\"330702199003073521\"}]}",
		    "persons[0].id_number" },
		{ "{\"persons\":[{\"role\":\"party\",\"name\":\"甲\"},{\"role\":\"party\","
		    "\"phone\":\"12345678\"}]}", "persons[1].phone" },
		{ "{\"persons\":[{\"role\":\"visitor\",\"name\":\"甲\"}]}", "persons[0].role" },
		{ "{\"persons\":[{\"role\":\"party\"}]}", "persons[0]" },
		{ "{\"persons\":[{\"role\":\"party\",\"name\":\"甲\",\"age\":3}]}", "persons[0].age" },
		{ "{\"persons\":[{\"role\":\"caller\",\"name\":\"甲\"},{\"role\":\"caller\","
		    "\"name\":\"乙\"}]}", "persons" },
		{ "{\"caller_phone\":\"12345\"}", "caller_phone" },
		{ "{\"persons\":[{\"role\":\"party\",\"person_id\":999999}]}", "persons[0].person_id" },
		{ NULL, NULL },
	};
	static const char SQL_CASES_N[] = "SELECT count(*) FROM cases";
	int64_t persons = support_count(D.db, SQL_PERSONS_N);
	int64_t cases = support_count(D.db, SQL_CASES_N);

	(void)state;
	for (int i = 0; bad[i].req; i++) {
		struct pa_error err;
		int64_t id = 0;
		assert_int_equal(create_event(bad[i].req, &id, &err), PA_ERR_INVALID);
		assert_string_equal(err.field, bad[i].field);
	}
	assert_int_equal(support_count(D.db, SQL_PERSONS_N), persons);
	assert_int_equal(support_count(D.db, SQL_CASES_N), cases);
}

/* No column of any person row holds a value in plain text. */
static void rows_hold_no_plaintext(void **state)
{
	static const char *const secrets[] = { "13911112222", "王大锤", "11010519491231002X",
		"幸福路88号", NULL };
	struct pa_error err;
	sqlite3 *h;
	sqlite3_stmt *st;
	int64_t id;

	(void)state;
	assert_int_equal(create_event("{\"persons\":[{\"role\":\"party\",\"name\":\"王大锤\","
	    "\"phone\":\"13911112222\",\"id_number\":\"11010519491231002X\","
	    "\"address\":\"幸福路88号\",\"note\":\"备注\"}]}", &id, &err), PA_OK);
	h = support_raw_open(&D);
	assert_int_equal(sqlite3_prepare_v2(h, "SELECT * FROM persons", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		for (int col = 0; col < sqlite3_column_count(st); col++) {
			const void *v = sqlite3_column_blob(st, col);
			size_t len = (size_t)sqlite3_column_bytes(st, col);
			for (int i = 0; v && secrets[i]; i++)
				assert_null(memmem(v, len, secrets[i], strlen(secrets[i])));
		}
	sqlite3_finalize(st);
	/* nor the timeline */
	assert_int_equal(sqlite3_prepare_v2(h, "SELECT coalesce(data, '') || coalesce(note, '') "
	    "FROM timeline", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW)
		for (int i = 0; secrets[i]; i++)
			assert_null(strstr((const char *)sqlite3_column_text(st, 0), secrets[i]));
	sqlite3_finalize(st);
	sqlite3_close(h);
}

/* Rotation: every row moves to the new generation, values and lookups survive, and a row
 * sealed under a key the file no longer holds is refused. */
static void rotation(void **state)
{
	static const char SQL_OLD_GEN[] = "SELECT count(*) FROM persons WHERE key_gen <> 1";
	struct pa_keys k = test_keys(1);
	struct pa_error err;
	int64_t done = 0, left = -1, ids[4], id;
	int n = 0;
	struct arena *a = arena_new(1 << 20);
	struct case_rec c;

	(void)state;
	assert_int_equal(create_event("{\"persons\":[{\"role\":\"party\",\"name\":\"赵六\","
	    "\"phone\":\"13700001111\"}]}", &id, &err), PA_OK);
	assert_true((left = support_count(D.db, SQL_OLD_GEN)) > 2);
	/* a run stopped after one batch of two rows: those two are done, the rest wait */
	assert_int_equal(person_rotate(D.db, &k, 1, 2, 1, NULL, &done), PA_OK);
	assert_int_equal(done, 2);
	assert_int_equal(support_count(D.db, SQL_OLD_GEN), left - 2);
	/* lookups work across both generations in the meantime */
	assert_int_equal(person_find_by_phone(db_reader(D.db), "13700001111", ids, 4, &n, &err),
	    PA_OK);
	assert_int_equal(n, 1);
	assert_int_equal(person_rotate(D.db, &k, 1, 0, 0, NULL, &done), PA_OK);
	assert_int_equal(done, left - 2);
	assert_int_equal(person_rotate_remaining(db_reader(D.db), 1, &left), PA_OK);
	assert_int_equal(left, 0);
	assert_int_equal(support_count(D.db, SQL_OLD_GEN), 0);
	/* a second run has nothing to do */
	assert_int_equal(person_rotate(D.db, &k, 1, 0, 0, NULL, &done), PA_OK);
	assert_int_equal(done, 0);
	assert_int_equal(person_find_by_phone(db_reader(D.db), "13700001111", ids, 4, &n, &err),
	    PA_OK);
	assert_int_equal(n, 1);
	assert_int_equal(case_load(db_reader(D.db), a, id, &c), PA_OK);
	assert_string_equal(json_string_value(json_object_get(json_array_get(c.persons, 0),
	    "phone")), "137****1111");
	case_rec_clear(&c);
	/* only the new generation in the file (and the master): rows still open */
	keys_drop_old_generations(&k);
	person_keys_set(&k);
	assert_int_equal(case_load(db_reader(D.db), a, id, &c), PA_OK);
	assert_string_equal(json_string_value(json_object_get(json_array_get(c.persons, 0),
	    "name")), "赵*");
	case_rec_clear(&c);
	/* the timeline, keyed by the master, still verifies */
	assert_true(support_chain_intact(D.db) > 0);
	arena_free(a);
	keys_wipe(&k);
}

/* The key file keeps generations; a damaged order is refused. */
static void key_file_generations(void **state)
{
	char path[64], err[256];
	struct pa_keys k = test_keys(2), back;
	int fd;

	(void)state;
	snprintf(path, sizeof path, "/tmp/pingan-keys-XXXXXX");
	assert_true((fd = mkstemp(path)) >= 0);
	close(fd);
	unlink(path);
	assert_int_equal(keys_write(path, &k, err, sizeof err), PA_OK);
	assert_int_equal(keys_write(path, &k, err, sizeof err), PA_ERR_CONFLICT);
	assert_int_equal(keys_load(path, &back, err, sizeof err), PA_OK);
	assert_int_equal(back.ngens, 2);
	assert_int_equal(keys_pdata_current(&back), 2);
	assert_memory_equal(back.gens[1].key, k.gens[1].key, KEYS_SUB_BYTES);
	assert_memory_equal(back.master, k.master, KEYS_MASTER_BYTES);
	unlink(path);
	/* generations out of order */
	k.gens[1].gen = 1;
	assert_int_equal(keys_write(path, &k, err, sizeof err), PA_OK);
	assert_int_equal(keys_load(path, &back, err, sizeof err), PA_ERR_INVALID);
	unlink(path);
	keys_wipe(&k);
	keys_wipe(&back);
}

int main(void)
{
	const struct CMUnitTest pure[] = {
		cmocka_unit_test(id_cards),
		cmocka_unit_test(phones),
		cmocka_unit_test(masks),
		cmocka_unit_test(seal_open),
		cmocka_unit_test(blind_index),
		cmocka_unit_test(key_file_generations),
	};
	const struct CMUnitTest db[] = {
		cmocka_unit_test_setup_teardown(persons_on_event, setup, support_end),
		cmocka_unit_test_setup_teardown(refused_persons_write_nothing, setup, support_end),
		cmocka_unit_test_setup_teardown(rows_hold_no_plaintext, setup, support_end),
		cmocka_unit_test_setup_teardown(rotation, setup, support_end),
	};
	int fails;

	if (sodium_init() < 0)
		return 1;
	fails = cmocka_run_group_tests_name("persons (pure)", pure, NULL, NULL);
	return fails + cmocka_run_group_tests_name("persons (database)", db, group_setup,
	    group_teardown);
}
