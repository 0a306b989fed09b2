/* validate.c — request body parsing and table-driven validation. */
#include "validate.h"

#include <math.h>
#include <string.h>

#include "../util/util.h"

static int json_depth(const json_t *j, int limit)
{
	int d = 0, sub;
	const char *k;
	json_t *v;
	size_t i;

	if (limit < 0)
		return limit;
	if (json_is_object(j)) {
		json_object_foreach((json_t *)j, k, v) {
			sub = json_depth(v, limit - 1);
			if (sub > d)
				d = sub;
			if (d >= limit)
				break;
		}
		return d + 1;
	}
	if (json_is_array(j)) {
		json_array_foreach(j, i, v) {
			sub = json_depth(v, limit - 1);
			if (sub > d)
				d = sub;
			if (d >= limit)
				break;
		}
		return d + 1;
	}
	return 0;
}

json_t *val_parse_body(const char *body, size_t len, struct pa_error *err)
{
	json_error_t jerr;
	json_t *j;

	if (len == 0) {
		pa_error_set(err, PA_ERR_MALFORMED, "malformed_json", NULL, "request body is empty");
		return NULL;
	}
	j = json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr);
	if (j == NULL) {
		pa_error_set(err, PA_ERR_MALFORMED, "malformed_json", NULL,
		    "malformed JSON at line %d column %d: %s", jerr.line, jerr.column, jerr.text);
		return NULL;
	}
	if (!json_is_object(j)) {
		pa_error_set(err, PA_ERR_MALFORMED, "malformed_json", NULL,
		    "request body must be a JSON object");
		json_decref(j);
		return NULL;
	}
	if (json_depth(j, LIM_JSON_DEPTH + 1) > LIM_JSON_DEPTH) {
		pa_error_set(err, PA_ERR_MALFORMED, "malformed_json", NULL,
		    "JSON nested deeper than %d", LIM_JSON_DEPTH);
		json_decref(j);
		return NULL;
	}
	return j;
}

static const char *type_name(enum val_type t)
{
	switch (t) {
	case VT_STRING: return "a string";
	case VT_INT: return "an integer";
	case VT_NUMBER: return "a number";
	case VT_BOOL: return "true or false";
	case VT_TIME: return "a time (RFC 3339 or YYYY-MM-DD)";
	case VT_OBJECT: return "an object";
	case VT_ARRAY: return "an array";
	}
	return "?";
}

bool val_blank(const char *s)
{
	while (*s) {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			s++;
		} else if ((unsigned char)s[0] == 0xE3 && (unsigned char)s[1] == 0x80 &&
		    (unsigned char)s[2] == 0x80) {
			s += 3;    /* U+3000 ideographic space, typed by Chinese input methods */
		} else if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) {
			s += 2;    /* U+00A0 no-break space */
		} else {
			return false;
		}
	}
	return true;
}

static pa_err check_one(const json_t *v, const struct val_field *f, const char *fname,
    struct pa_error *err)
{
	const char *s;
	size_t n;
	long chars;
	double d;
	int64_t t;

	switch (f->type) {
	case VT_STRING:
	case VT_TIME:
		if (!json_is_string(v))
			goto wrong_type;
		s = json_string_value(v);
		n = json_string_length(v);
		if (strlen(s) != n) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fname,
			    "%s must not contain NUL characters", fname);
			return PA_ERR_INVALID;
		}
		if (f->type == VT_TIME) {
			if (!time_parse(s, &t)) {
				pa_error_set(err, PA_ERR_INVALID, "invalid_value", fname,
				    "%s must be a time in RFC 3339 or YYYY-MM-DD", fname);
				return PA_ERR_INVALID;
			}
			return PA_OK;
		}
		chars = utf8_chars(s, n);
		if (chars < 0 || chars < (long)f->min || (f->max > 0 && chars > (long)f->max) ||
		    (f->min >= 1 && val_blank(s))) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fname,
			    "%s must be %.0f-%.0f characters", fname, f->min, f->max);
			return PA_ERR_INVALID;
		}
		if (f->choices) {
			for (const char *const *c = f->choices; *c; c++)
				if (strcmp(*c, s) == 0)
					return PA_OK;
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fname,
			    "%s is not one of the allowed values", fname);
			return PA_ERR_INVALID;
		}
		return PA_OK;
	case VT_INT:
		if (!json_is_integer(v))
			goto wrong_type;
		d = (double)json_integer_value(v);
		goto range;
	case VT_NUMBER:
		if (!json_is_number(v))
			goto wrong_type;
		d = json_number_value(v);
		if (!isfinite(d))
			goto wrong_type;
range:
		if (d < f->min || d > f->max) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fname,
			    "%s must be between %g and %g", fname, f->min, f->max);
			return PA_ERR_INVALID;
		}
		return PA_OK;
	case VT_BOOL:
		if (!json_is_boolean(v))
			goto wrong_type;
		return PA_OK;
	case VT_ARRAY:
		if (!json_is_array(v))
			goto wrong_type;
		if (f->max > 0 && json_array_size(v) > (size_t)f->max) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", fname,
			    "%s may hold at most %.0f items", fname, f->max);
			return PA_ERR_INVALID;
		}
		return PA_OK;
	case VT_OBJECT:
		if (!json_is_object(v))
			goto wrong_type;
		if (f->sub) {
			char prefix[128];
			snprintf(prefix, sizeof prefix, "%s.", fname);
			return val_check(v, f->sub, prefix, err);
		}
		return PA_OK;
	}
wrong_type:
	pa_error_set(err, PA_ERR_INVALID, "invalid_type", fname, "%s must be %s", fname,
	    type_name(f->type));
	return PA_ERR_INVALID;
}

pa_err val_check(const json_t *obj, const struct val_field *table, const char *prefix,
    struct pa_error *err)
{
	const char *key;
	json_t *v;
	char fname[96];
	const struct val_field *f;
	pa_err rc;

	if (!json_is_object(obj)) {
		/* "items[0]." names the item itself: items[0] */
		size_t n = strlen(prefix);
		snprintf(fname, sizeof fname, "%.*s", (int)(n && prefix[n - 1] == '.' ? n - 1 : n),
		    prefix);
		if (*fname)
			pa_error_set(err, PA_ERR_INVALID, "invalid_type", fname, "%s must be %s", fname,
			    type_name(VT_OBJECT));
		else
			pa_error_set(err, PA_ERR_INVALID, "invalid_type", NULL, "expected an object");
		return PA_ERR_INVALID;
	}
	/* unknown keys first: a typo must not pass as "field missing" */
	json_object_foreach((json_t *)obj, key, v) {
		for (f = table; f->name; f++)
			if (strcmp(f->name, key) == 0)
				break;
		if (f->name == NULL) {
			snprintf(fname, sizeof fname, "%s%s", prefix, key);
			pa_error_set(err, PA_ERR_INVALID, "unknown_field", fname, "unknown field %s",
			    fname);
			return PA_ERR_INVALID;
		}
	}
	for (f = table; f->name; f++) {
		snprintf(fname, sizeof fname, "%s%s", prefix, f->name);
		v = json_object_get(obj, f->name);
		if (v == NULL || json_is_null(v)) {
			if (f->flags & VF_REQUIRED) {
				pa_error_set(err, PA_ERR_INVALID, "missing_field", fname,
				    "%s is required", fname);
				return PA_ERR_INVALID;
			}
			if (v && !(f->flags & VF_NULLABLE)) {
				pa_error_set(err, PA_ERR_INVALID, "invalid_type", fname,
				    "%s must be %s", fname, type_name(f->type));
				return PA_ERR_INVALID;
			}
			continue;
		}
		rc = check_one(v, f, fname, err);
		if (rc != PA_OK)
			return rc;
	}
	return PA_OK;
}

const char *val_str(const json_t *obj, const char *name)
{
	json_t *v = json_object_get(obj, name);

	return json_is_string(v) ? json_string_value(v) : NULL;
}

int64_t val_int(const json_t *obj, const char *name, int64_t dflt)
{
	json_t *v = json_object_get(obj, name);

	return json_is_integer(v) ? (int64_t)json_integer_value(v) : dflt;
}

bool val_has(const json_t *obj, const char *name)
{
	json_t *v = json_object_get(obj, name);

	return v != NULL && !json_is_null(v);
}
