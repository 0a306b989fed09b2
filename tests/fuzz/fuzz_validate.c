/* fuzz_validate.c — libFuzzer target for the request body parser and the validation tables,
 * and for the time, UTF-8 and JSON-string helpers they rest on.
 *
 * Built by `make fuzz` with src/util/util.c, src/http/validate.c and src/core/case_fields.c
 * (the real request tables of the case API) only. Besides looking for
 * crashes and sanitizer reports it checks a few invariants and aborts when one breaks:
 *   - a refused body is always a 400 "malformed_json"; an accepted one is an object;
 *   - val_check returns what it put in the error, and a refusal names a code;
 *   - a string jansson accepted is valid UTF-8 to utf8_chars too, and survives sb_json_str;
 *   - a time that parses formats to a time that parses back to the same second.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/case_fields.h"
#include "http/validate.h"
#include "util/util.h"

/* POST /api/v1/cases/{id}/actions with the fields of accept and done folded together. */
static const struct val_field action_sub[] = {
	{ "assignee_id", VT_INT, 0, 1, INT64_MAX, NULL, NULL },
	{ "result", VT_STRING, 0, 1, LIM_TEXT_CHARS, NULL, NULL },
	{ "reason", VT_STRING, VF_NULLABLE, 1, LIM_TEXT_CHARS, NULL, NULL },
	{ "due_at", VT_TIME, 0, 0, 0, NULL, NULL },
	VAL_END
};
static const struct val_field action_fields[] = {
	{ "action", VT_STRING, VF_REQUIRED, 1, 32, NULL, NULL },
	{ "note", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	{ "version", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	{ "fields", VT_OBJECT, VF_NULLABLE, 0, 0, NULL, action_sub },
	VAL_END
};

/* POST /api/v1/users: arrays and booleans. */
static const struct val_field user_fields[] = {
	{ "login", VT_STRING, VF_REQUIRED, LIM_LOGIN_MIN, LIM_LOGIN_MAX, NULL, NULL },
	{ "name", VT_STRING, VF_REQUIRED, 1, LIM_NAME_CHARS, NULL, NULL },
	{ "password", VT_STRING, VF_REQUIRED, LIM_PASSWORD_MIN, LIM_PASSWORD_MAX, NULL, NULL },
	{ "grants", VT_ARRAY, VF_NULLABLE, 0, LIM_GRANTS_PER_USER, NULL, NULL },
	{ "disabled", VT_BOOL, 0, 0, 0, NULL, NULL },
	VAL_END
};

static const struct val_field *const tables[] = { case_create_fields, case_update_fields,
	case_comment_fields, action_fields, user_fields };

#define CHECK(cond) do { if (!(cond)) { \
	fprintf(stderr, "invariant failed: %s (line %d)\n", #cond, __LINE__); abort(); } } while (0)

/* 1971 .. 9998: instants whose China-time rendering stays inside what time_parse accepts. */
#define SAFE_MIN_MS (31536000LL * 1000)
#define SAFE_MAX_MS (253370764800LL * 1000)

static void check_time(const char *s)
{
	char buf[TIME_STR_MAX];
	int64_t ms, back;

	if (!time_parse(s, &ms))
		return;
	time_format(ms, buf);
	if (ms < SAFE_MIN_MS || ms > SAFE_MAX_MS)
		return;
	CHECK(time_parse(buf, &back));
	CHECK(back == ms - ((ms % 1000) + 1000) % 1000);
}

/* Every string jansson accepted must be valid UTF-8 to us and survive our JSON writer. */
static void check_string(const json_t *v)
{
	const char *s = json_string_value(v);
	size_t n = json_string_length(v);
	struct sb b;
	json_error_t je;
	json_t *arr;
	char *text;

	CHECK(utf8_chars(s, n) >= 0);
	CHECK(utf8_chars(s, n) <= (long)n);
	if (strlen(s) != n)
		return;                       /* embedded NUL: not ours to write */
	sb_init(&b, 8 * n + 16);
	sb_add(&b, "[", 1);
	sb_json_str(&b, s);
	sb_add(&b, "]", 1);
	text = sb_finish(&b);
	CHECK(text != NULL);
	arr = json_loads(text, 0, &je);
	CHECK(arr != NULL);
	CHECK(json_is_string(json_array_get(arr, 0)));
	CHECK(strcmp(json_string_value(json_array_get(arr, 0)), s) == 0);
	json_decref(arr);
	free(text);
	check_time(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pa_error err;
	const char *key;
	json_t *j, *v;
	char *s;

	memset(&err, 0, sizeof err);
	j = val_parse_body((const char *)data, size, &err);
	if (j == NULL) {
		CHECK(err.err == PA_ERR_MALFORMED);
		CHECK(err.code != NULL && strcmp(err.code, "malformed_json") == 0);
	} else {
		CHECK(json_is_object(j));
		for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++) {
			pa_err rc;

			memset(&err, 0, sizeof err);
			rc = val_check(j, tables[t], tables[t] == action_fields ? "" : "body.", &err);
			CHECK(rc == err.err);
			if (rc != PA_OK) {
				CHECK(rc == PA_ERR_INVALID);
				CHECK(err.code != NULL);
				CHECK(err.message[0] != '\0');
			} else {
				/* the accessors agree with what was validated */
				for (const struct val_field *f = tables[t]; f->name; f++) {
					if ((f->flags & VF_REQUIRED))
						CHECK(val_has(j, f->name));
					if (f->type == VT_STRING && val_has(j, f->name))
						CHECK(val_str(j, f->name) != NULL);
				}
			}
		}
		json_object_foreach(j, key, v) {
			if (json_is_string(v))
				check_string(v);
			if (json_is_object(v)) {
				const char *k2;
				json_t *v2;
				json_object_foreach(v, k2, v2)
					if (json_is_string(v2))
						check_string(v2);
			}
		}
		json_decref(j);
	}

	/* the raw bytes as a C string, for the string helpers */
	s = malloc(size + 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	check_time(s);
	(void)utf8_chars(s, size);
	(void)utf8_chars(s, strlen(s));
	free(s);
	return 0;
}
