/* test_validate.c — request body parsing (val_parse_body) and table validation (val_check). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http/match.h"
#include "http/validate.h"
#include "util/util.h"

#include "support.h"

/* ------------------------------------------------------------------ helpers */

/* n nested objects: {"a":{"a":{}}} for n = 3. Caller frees. */
static char *nested_objects(int n)
{
	struct sb b;

	sb_init(&b, 1 << 20);
	for (int i = 1; i < n; i++)
		sb_adds(&b, "{\"a\":");
	sb_adds(&b, "{}");
	for (int i = 1; i < n; i++)
		sb_adds(&b, "}");
	return sb_finish(&b);
}

/* One object whose "a" holds n - 1 nested arrays: {"a":[[...]]} has depth n. */
static char *nested_arrays(int n)
{
	struct sb b;

	sb_init(&b, 1 << 20);
	sb_adds(&b, "{\"a\":");
	for (int i = 1; i < n; i++)
		sb_adds(&b, "[");
	sb_adds(&b, "1");
	for (int i = 1; i < n; i++)
		sb_adds(&b, "]");
	sb_adds(&b, "}");
	return sb_finish(&b);
}

/* Parses s; returns the object or NULL with *err filled. */
static json_t *parse(const char *s, struct pa_error *err)
{
	memset(err, 0, sizeof *err);
	return val_parse_body(s, strlen(s), err);
}

static void expect_malformed(const char *s)
{
	struct pa_error err;
	json_t *j = parse(s, &err);

	if (j != NULL) {
		json_decref(j);
		fail_msg("val_parse_body accepted \"%.60s\"", s);
	}
	assert_int_equal(err.err, PA_ERR_MALFORMED);
	assert_non_null(err.code);
	assert_string_equal(err.code, "malformed_json");
	assert_true(err.message[0] != '\0');
}

static void expect_parses(const char *s)
{
	struct pa_error err;
	json_t *j = parse(s, &err);

	if (j == NULL)
		fail_msg("val_parse_body refused \"%.60s\": %s", s, err.message);
	assert_true(json_is_object(j));
	assert_int_equal(err.err, PA_OK);
	json_decref(j);
}

/* ------------------------------------------------------------------ parse */

static void parse_rejects_bad_bodies(void **state)
{
	static const char *const malformed[] = {
		"{",
		"}",
		"{\"a\":}",
		"{\"a\" 1}",
		"{'a':1}",
		"{\"a\":1,}",
		"{} x",                                 /* trailing garbage */
		"{}{}",
		"nul",
		/* not an object */
		"[]",
		"[{\"a\":1}]",
		"\"text\"",
		"42",
		"null",
		"true",
		/* duplicate keys, also nested */
		"{\"a\":1,\"a\":2}",
		"{\"a\":1,\"a\":1}",
		"{\"f\":{\"x\":1,\"x\":2}}",
		/* invalid UTF-8 inside a string */
		"{\"a\":\"\xC0\x80\"}",
		"{\"a\":\"\xED\xA0\x80\"}",
	};
	struct pa_error err = { 0 };

	(void)state;
	/* empty body */
	assert_null(val_parse_body("", 0, &err));
	assert_int_equal(err.err, PA_ERR_MALFORMED);
	assert_string_equal(err.code, "malformed_json");
	memset(&err, 0, sizeof err);
	assert_null(val_parse_body("{}", 0, &err));     /* len, not the text, is the body */
	assert_int_equal(err.err, PA_ERR_MALFORMED);

	for (size_t i = 0; i < SUPPORT_LEN(malformed); i++)
		expect_malformed(malformed[i]);
}

static void parse_accepts_valid_object(void **state)
{
	struct pa_error err;
	json_t *j;

	(void)state;
	j = parse("{\"title\":\"三楼楼道灯坏了\",\"org_id\":7,\"lat\":29.08,\"tags\":[1,2],"
	    "\"f\":{\"x\":null}}", &err);
	assert_non_null(j);
	assert_string_equal(json_string_value(json_object_get(j, "title")), "三楼楼道灯坏了");
	assert_int_equal(json_integer_value(json_object_get(j, "org_id")), 7);
	assert_true(json_is_real(json_object_get(j, "lat")));
	assert_int_equal(json_array_size(json_object_get(j, "tags")), 2);
	assert_true(json_is_null(json_object_get(json_object_get(j, "f"), "x")));
	json_decref(j);

	expect_parses("{}");
	expect_parses("  {\"a\" : 1}\n");
	/* the body is len bytes, not NUL-terminated: what follows must be ignored */
	memset(&err, 0, sizeof err);
	j = val_parse_body("{\"a\":1}garbage", 7, &err);
	assert_non_null(j);
	json_decref(j);
}

static void parse_depth_limit(void **state)
{
	/* depth counts nested containers: {} is 1, {"a":{}} is 2 */
	static const struct {
		char *(*make)(int n);
		int depth;
		bool parses;
	} bodies[] = {
		{ nested_objects, LIM_JSON_DEPTH, true },
		{ nested_objects, LIM_JSON_DEPTH + 1, false },
		{ nested_objects, LIM_JSON_DEPTH + 2, false },
		{ nested_objects, 1000, false },
		{ nested_arrays, LIM_JSON_DEPTH, true },
		{ nested_arrays, LIM_JSON_DEPTH + 1, false },
		{ nested_arrays, 500, false },
	};

	(void)state;
	for (size_t i = 0; i < SUPPORT_LEN(bodies); i++) {
		char *s = bodies[i].make(bodies[i].depth);

		if (bodies[i].parses)
			expect_parses(s);
		else
			expect_malformed(s);
		free(s);
	}
}

static void parse_depth_any_member(void **state)
{
	/* the deepest member decides, wherever it is in the object. Each body is before, then
	 * the deep or the ok member below, then after. */
	static const struct {
		const char *before, *after;
		bool deep, parses;
	} bodies[] = {
		{ "{\"x\":1,\"y\":{},\"z\":", "}", true, false },
		{ "{\"z\":", ",\"x\":1,\"y\":{}}", true, false },
		{ "{\"y\":[{}],\"z\":", ",\"w\":[[]]}", true, false },
		{ "{\"y\":[{}],\"z\":", ",\"w\":[[]]}", false, true },
		{ "{\"a\":[1,2,", "]}", false, false },             /* array + object member = 17 */
	};
	char *deep, *ok, buf[4096];

	(void)state;
	deep = nested_objects(LIM_JSON_DEPTH);       /* depth 16 as a member → 17 in total */
	ok = nested_objects(LIM_JSON_DEPTH - 1);     /* 15 as a member → 16 in total */
	for (size_t i = 0; i < SUPPORT_LEN(bodies); i++) {
		snprintf(buf, sizeof buf, "%s%s%s", bodies[i].before, bodies[i].deep ? deep : ok,
		    bodies[i].after);
		if (bodies[i].parses)
			expect_parses(buf);
		else
			expect_malformed(buf);
	}
	free(deep);
	free(ok);
}

/* ------------------------------------------------------------------ check */

static const char *const colors[] = { "red", "green", NULL };

static const struct val_field sub_fields[] = {
	{ "x", VT_INT, VF_REQUIRED, 1, 10, NULL, NULL },
	{ "reason", VT_STRING, 0, 1, 5, NULL, NULL },
	VAL_END
};

static const struct val_field table[] = {
	{ "title", VT_STRING, VF_REQUIRED, 1, 5, NULL, NULL },
	{ "note", VT_STRING, VF_NULLABLE, 0, 10, NULL, NULL },
	{ "strict", VT_STRING, 0, 0, 10, NULL, NULL },           /* optional, not nullable */
	{ "color", VT_STRING, 0, 1, 16, colors, NULL },
	{ "count", VT_INT, 0, 1, 100, NULL, NULL },
	{ "ratio", VT_NUMBER, VF_NULLABLE, -1, 1, NULL, NULL },
	{ "flag", VT_BOOL, 0, 0, 0, NULL, NULL },
	{ "due", VT_TIME, VF_NULLABLE, 0, 0, NULL, NULL },
	{ "tags", VT_ARRAY, 0, 0, 3, NULL, NULL },
	{ "fields", VT_OBJECT, VF_NULLABLE, 0, 0, NULL, sub_fields },
	{ "any", VT_OBJECT, 0, 0, 0, NULL, NULL },               /* no sub-table: anything */
	VAL_END
};

struct check_case {
	const char *json;
	pa_err want;
	const char *code, *field;
};

static const struct check_case checks[] = {
	/* valid */
	{ "{\"title\":\"ab\"}", PA_OK, NULL, NULL },
	{ "{\"title\":\"abcde\"}", PA_OK, NULL, NULL },                     /* exactly max */
	{ "{\"title\":\"平安平安平\"}", PA_OK, NULL, NULL },                 /* 5 chars, 15 bytes */
	{ "{\"title\":\"a\",\"note\":null}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"note\":\"\"}", PA_OK, NULL, NULL },           /* min 0 */
	{ "{\"title\":\"a\",\"note\":\"   \"}", PA_OK, NULL, NULL },        /* min 0: spaces ok */
	{ "{\"title\":\" a \"}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"color\":\"red\"}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"count\":1}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"count\":100}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"ratio\":-1}", PA_OK, NULL, NULL },              /* integer as number */
	{ "{\"title\":\"a\",\"ratio\":0.5}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"ratio\":null}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"flag\":false}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"due\":\"2026-11-29\"}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"due\":\"2026-11-29T10:00:00+08:00\"}", PA_OK, NULL, NULL },
	/* as people write a time: no offset is China time (util.h time_parse) */
	{ "{\"title\":\"a\",\"due\":\"2026-11-29T10:00:00\"}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"due\":\"2024-02-29T00:00:00Z\"}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"due\":null}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"tags\":[]}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"tags\":[1,\"x\",null]}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"fields\":{\"x\":10}}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"fields\":{\"x\":1,\"reason\":\"原因\"}}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"fields\":null}", PA_OK, NULL, NULL },
	{ "{\"title\":\"a\",\"any\":{\"whatever\":[1]}}", PA_OK, NULL, NULL },

	/* unknown fields, named; reported before anything else is wrong */
	{ "{\"title\":\"ab\",\"bogus\":1}", PA_ERR_INVALID, "unknown_field", "bogus" },
	{ "{\"titel\":\"ab\"}", PA_ERR_INVALID, "unknown_field", "titel" },
	{ "{\"Title\":\"ab\"}", PA_ERR_INVALID, "unknown_field", "Title" },
	{ "{\"title\":\"a\",\"fields\":{\"x\":1,\"y\":2}}", PA_ERR_INVALID, "unknown_field",
	  "fields.y" },

	/* missing required */
	{ "{}", PA_ERR_INVALID, "missing_field", "title" },
	{ "{\"note\":\"x\"}", PA_ERR_INVALID, "missing_field", "title" },
	{ "{\"title\":null}", PA_ERR_INVALID, "missing_field", "title" },
	{ "{\"title\":\"a\",\"fields\":{}}", PA_ERR_INVALID, "missing_field", "fields.x" },
	{ "{\"title\":\"a\",\"fields\":{\"x\":null}}", PA_ERR_INVALID, "missing_field", "fields.x" },

	/* wrong types */
	{ "{\"title\":5}", PA_ERR_INVALID, "invalid_type", "title" },
	{ "{\"title\":[\"a\"]}", PA_ERR_INVALID, "invalid_type", "title" },
	{ "{\"title\":{}}", PA_ERR_INVALID, "invalid_type", "title" },
	{ "{\"title\":true}", PA_ERR_INVALID, "invalid_type", "title" },
	{ "{\"title\":\"a\",\"count\":1.5}", PA_ERR_INVALID, "invalid_type", "count" },
	{ "{\"title\":\"a\",\"count\":1.0}", PA_ERR_INVALID, "invalid_type", "count" },
	{ "{\"title\":\"a\",\"count\":\"5\"}", PA_ERR_INVALID, "invalid_type", "count" },
	{ "{\"title\":\"a\",\"count\":true}", PA_ERR_INVALID, "invalid_type", "count" },
	{ "{\"title\":\"a\",\"ratio\":\"0.5\"}", PA_ERR_INVALID, "invalid_type", "ratio" },
	{ "{\"title\":\"a\",\"flag\":1}", PA_ERR_INVALID, "invalid_type", "flag" },
	{ "{\"title\":\"a\",\"flag\":\"true\"}", PA_ERR_INVALID, "invalid_type", "flag" },
	{ "{\"title\":\"a\",\"due\":20261129}", PA_ERR_INVALID, "invalid_type", "due" },
	{ "{\"title\":\"a\",\"tags\":{}}", PA_ERR_INVALID, "invalid_type", "tags" },
	{ "{\"title\":\"a\",\"tags\":\"1,2\"}", PA_ERR_INVALID, "invalid_type", "tags" },
	{ "{\"title\":\"a\",\"fields\":\"x\"}", PA_ERR_INVALID, "invalid_type", "fields" },
	{ "{\"title\":\"a\",\"fields\":[]}", PA_ERR_INVALID, "invalid_type", "fields" },
	{ "{\"title\":\"a\",\"fields\":{\"x\":\"5\"}}", PA_ERR_INVALID, "invalid_type",
	  "fields.x" },
	{ "{\"title\":\"a\",\"any\":[]}", PA_ERR_INVALID, "invalid_type", "any" },
	/* null where null is not allowed */
	{ "{\"title\":\"a\",\"strict\":null}", PA_ERR_INVALID, "invalid_type", "strict" },
	{ "{\"title\":\"a\",\"count\":null}", PA_ERR_INVALID, "invalid_type", "count" },
	{ "{\"title\":\"a\",\"fields\":{\"x\":1,\"reason\":null}}", PA_ERR_INVALID, "invalid_type",
	  "fields.reason" },

	/* lengths in characters, and blank text */
	{ "{\"title\":\"abcdef\"}", PA_ERR_INVALID, "invalid_value", "title" },
	{ "{\"title\":\"平安平安平安\"}", PA_ERR_INVALID, "invalid_value", "title" },
	{ "{\"title\":\"\"}", PA_ERR_INVALID, "invalid_value", "title" },
	{ "{\"title\":\" \"}", PA_ERR_INVALID, "invalid_value", "title" },
	{ "{\"title\":\" \\t\\n\\r \"}", PA_ERR_INVALID, "invalid_value", "title" },
	{ "{\"title\":\"a\",\"note\":\"12345678901\"}", PA_ERR_INVALID, "invalid_value", "note" },
	{ "{\"title\":\"a\",\"fields\":{\"x\":1,\"reason\":\"  \"}}", PA_ERR_INVALID,
	  "invalid_value", "fields.reason" },
	{ "{\"title\":\"a\",\"fields\":{\"x\":1,\"reason\":\"原因原因原因\"}}", PA_ERR_INVALID,
	  "invalid_value", "fields.reason" },

	/* choices */
	{ "{\"title\":\"a\",\"color\":\"blue\"}", PA_ERR_INVALID, "invalid_value", "color" },
	{ "{\"title\":\"a\",\"color\":\"RED\"}", PA_ERR_INVALID, "invalid_value", "color" },
	{ "{\"title\":\"a\",\"color\":\"red \"}", PA_ERR_INVALID, "invalid_value", "color" },

	/* ranges */
	{ "{\"title\":\"a\",\"count\":0}", PA_ERR_INVALID, "invalid_value", "count" },
	{ "{\"title\":\"a\",\"count\":101}", PA_ERR_INVALID, "invalid_value", "count" },
	{ "{\"title\":\"a\",\"count\":-9223372036854775808}", PA_ERR_INVALID, "invalid_value",
	  "count" },
	{ "{\"title\":\"a\",\"ratio\":1.0001}", PA_ERR_INVALID, "invalid_value", "ratio" },
	{ "{\"title\":\"a\",\"ratio\":-2}", PA_ERR_INVALID, "invalid_value", "ratio" },
	{ "{\"title\":\"a\",\"ratio\":1e308}", PA_ERR_INVALID, "invalid_value", "ratio" },
	{ "{\"title\":\"a\",\"tags\":[1,2,3,4]}", PA_ERR_INVALID, "invalid_value", "tags" },
	{ "{\"title\":\"a\",\"fields\":{\"x\":0}}", PA_ERR_INVALID, "invalid_value", "fields.x" },
	{ "{\"title\":\"a\",\"fields\":{\"x\":11}}", PA_ERR_INVALID, "invalid_value", "fields.x" },

	/* times */
	{ "{\"title\":\"a\",\"due\":\"2026-02-30\"}", PA_ERR_INVALID, "invalid_value", "due" },
	{ "{\"title\":\"a\",\"due\":\"2025-02-29\"}", PA_ERR_INVALID, "invalid_value", "due" },
	{ "{\"title\":\"a\",\"due\":\"tomorrow\"}", PA_ERR_INVALID, "invalid_value", "due" },
	{ "{\"title\":\"a\",\"due\":\"\"}", PA_ERR_INVALID, "invalid_value", "due" },
	{ "{\"title\":\"a\",\"due\":\"2026-11-29T10\"}", PA_ERR_INVALID, "invalid_value",
	  "due" },
	{ "{\"title\":\"a\",\"due\":\"10:00\"}", PA_ERR_INVALID, "invalid_value", "due" },
};

static void check_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof checks / sizeof checks[0]; i++) {
		const struct check_case *t = &checks[i];
		struct pa_error err = { 0 };
		json_t *j = parse(t->json, &err);
		pa_err rc;

		if (j == NULL)
			fail_msg("case %zu: %s does not parse: %s", i, t->json, err.message);
		rc = val_check(j, table, "", &err);
		json_decref(j);
		if (rc != t->want)
			fail_msg("case %zu: %s: val_check = %d, want %d (%s)", i, t->json, rc, t->want,
			    err.message);
		assert_int_equal(err.err, t->want);
		if (t->want == PA_OK)
			continue;
		if (err.code == NULL || strcmp(err.code, t->code) != 0)
			fail_msg("case %zu: %s: code %s, want %s", i, t->json,
			    err.code ? err.code : "(null)", t->code);
		if (strcmp(err.field, t->field) != 0)
			fail_msg("case %zu: %s: field \"%s\", want \"%s\"", i, t->json, err.field,
			    t->field);
		assert_true(err.message[0] != '\0');
	}
}

static void check_prefix_and_nul(void **state)
{
	struct pa_error err = { 0 };
	json_t *o;

	(void)state;
	/* the prefix is put before every field name */
	o = json_object();
	assert_int_equal(val_check(o, table, "body.", &err), PA_ERR_INVALID);
	assert_string_equal(err.code, "missing_field");
	assert_string_equal(err.field, "body.title");
	json_decref(o);

	/* a string with an embedded NUL (possible through the API of jansson) is refused */
	memset(&err, 0, sizeof err);
	o = json_object();
	json_object_set_new(o, "title", json_stringn("a\0b", 3));
	assert_int_equal(val_check(o, table, "", &err), PA_ERR_INVALID);
	assert_string_equal(err.code, "invalid_value");
	assert_string_equal(err.field, "title");
	json_decref(o);

	/* not an object at all */
	memset(&err, 0, sizeof err);
	o = json_array();
	assert_int_equal(val_check(o, table, "", &err), PA_ERR_INVALID);
	assert_string_equal(err.code, "invalid_type");
	json_decref(o);
}

static void check_ideographic_space_is_blank(void **state)
{
	/* U+3000 (　), the full-width space a Chinese input method types, is as blank as ' ' */
	static const char *const blanks[] = {
		"{\"title\":\"\xE3\x80\x80\"}",
		"{\"title\":\"\xE3\x80\x80\xE3\x80\x80\"}",
		"{\"title\":\" \xE3\x80\x80 \"}",
	};

	(void)state;
	for (size_t i = 0; i < sizeof blanks / sizeof blanks[0]; i++) {
		struct pa_error err = { 0 };
		json_t *j = parse(blanks[i], &err);
		pa_err rc;

		assert_non_null(j);
		rc = val_check(j, table, "", &err);
		json_decref(j);
		if (rc != PA_ERR_INVALID)
			fail_msg("blank title %s accepted", blanks[i]);
		assert_string_equal(err.field, "title");
	}
}

static void accessors(void **state)
{
	struct pa_error err;
	json_t *j;

	(void)state;
	j = parse("{\"s\":\"平安\",\"i\":42,\"n\":null,\"r\":1.5}", &err);
	assert_non_null(j);
	assert_string_equal(val_str(j, "s"), "平安");
	assert_null(val_str(j, "i"));
	assert_null(val_str(j, "n"));
	assert_null(val_str(j, "absent"));
	assert_int_equal(val_int(j, "i", -1), 42);
	assert_int_equal(val_int(j, "s", -1), -1);
	assert_int_equal(val_int(j, "r", -1), -1);
	assert_int_equal(val_int(j, "absent", 7), 7);
	assert_true(val_has(j, "s"));
	assert_false(val_has(j, "n"));
	assert_false(val_has(j, "absent"));
	json_decref(j);
}

/* ------------------------------------------------------------------ match.c */

static void path_match_segments(void **state)
{
	struct path_param pp[LIM_PATH_PARAMS];

	assert_int_equal(path_match("/api/v1/cases/{id}/actions", "/api/v1/cases/12/actions", pp,
	    LIM_PATH_PARAMS), 1);
	assert_int_equal(pp[0].len, 2);
	assert_memory_equal(pp[0].s, "12", 2);
	assert_int_equal(path_match("/api/v1/cases/{id}", "/api/v1/cases/12/", pp, 4), 1);
	assert_int_equal(path_match("/api/v1/cases/{id}", "/api/v1/cases/12//", pp, 4), -1);
	assert_int_equal(path_match("/api/v1/cases/{id}", "/api/v1/cases/", pp, 4), -1);
	assert_int_equal(path_match("/api/v1/cases/{id}", "/api/v1/cases/1/2", pp, 4), -1);
	assert_int_equal(path_match("/a/{x}/{y}", "/a/b/c", pp, 1), -1);   /* too many */
	assert_int_equal(path_match("/a/{x", "/a/b", pp, 4), -1);          /* unclosed */
	assert_int_equal(path_match("/a/{x}/{y}", "/a/b/c", pp, 4), 2);
	assert_memory_equal(pp[1].s, "c", 1);
}

static void if_match_forms(void **state)
{
	int64_t v = 0;

	assert_true(if_match_version("3", &v) && v == 3);
	assert_true(if_match_version("\"42\"", &v) && v == 42);
	assert_true(if_match_version("W/\"7\"", &v) && v == 7);
	assert_true(if_match_version("9223372036854775807", &v) && v == INT64_MAX);
	assert_false(if_match_version("9223372036854775808", &v));
	assert_false(if_match_version("", &v));
	assert_false(if_match_version("\"\"", &v));
	assert_false(if_match_version("0", &v));
	assert_false(if_match_version("-3", &v));
	assert_false(if_match_version("3x", &v));
	assert_false(if_match_version("*", &v));
	/* longer than any version: refused whole, not cut to its first characters */
	assert_false(if_match_version("\"0000000000000000000000000000001x\"", &v));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_rejects_bad_bodies),
		cmocka_unit_test(parse_accepts_valid_object),
		cmocka_unit_test(parse_depth_limit),
		cmocka_unit_test(parse_depth_any_member),
		cmocka_unit_test(check_table),
		cmocka_unit_test(check_prefix_and_nul),
		cmocka_unit_test(check_ideographic_space_is_blank),
		cmocka_unit_test(accessors),
		cmocka_unit_test(path_match_segments),
		cmocka_unit_test(if_match_forms),
	};

	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests_name("validate", tests, NULL, NULL);
}
