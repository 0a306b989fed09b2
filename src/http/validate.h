/* validate.h — declarative validation of JSON request bodies (kcgi style: a table of fields
 * and their rules per request type, run before the handler; the handler sees valid data). */
#ifndef PA_VALIDATE_H
#define PA_VALIDATE_H

#include <jansson.h>
#include <stdbool.h>
#include <stdint.h>

#include "../pingan.h"

enum val_type {
	VT_STRING,   /* min/max in characters; min >= 1 also rejects all-whitespace */
	VT_INT,      /* min/max as values */
	VT_NUMBER,   /* integer or real; min/max as values */
	VT_BOOL,
	VT_TIME,     /* string in RFC 3339 or YYYY-MM-DD */
	VT_OBJECT,   /* nested object: checked by its own table where sub is set */
	VT_ARRAY,    /* max = items */
};

#define VF_REQUIRED  0x1u
#define VF_NULLABLE  0x2u   /* JSON null is accepted (means "clear" or "absent") */

struct val_field {
	const char *name;
	enum val_type type;
	unsigned flags;
	double min, max;
	const char *const *choices;         /* NULL-terminated, VT_STRING only */
	const struct val_field *sub;        /* VT_OBJECT: its fields */
};
#define VAL_END { NULL, 0, 0, 0, 0, NULL, NULL }

/* Parses a request body: one JSON object, no duplicate keys, depth <= LIM_JSON_DEPTH.
 * Returns a new reference or NULL with err set (400). */
json_t *val_parse_body(const char *body, size_t len, struct pa_error *err);

/* Checks obj against the table: unknown keys, types, required fields, lengths, ranges and
 * choices. prefix ("" or "fields.") is put before field names in errors. */
pa_err val_check(const json_t *obj, const struct val_field *table, const char *prefix,
    struct pa_error *err);

/* True when s holds only whitespace (ASCII, U+3000 ideographic space, U+00A0) or nothing. */
bool val_blank(const char *s);

/* Accessors for validated objects: absent or null gives the default. */
const char *val_str(const json_t *obj, const char *name);
int64_t val_int(const json_t *obj, const char *name, int64_t dflt);
bool val_has(const json_t *obj, const char *name);   /* present and not null */

#endif
