/* util.h — arena, string builder, clock, time formatting, UTF-8 and logging helpers. */
#ifndef PA_UTIL_H
#define PA_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../pingan.h"

/* ---- arena: a capped bump allocator freed in one call (one per request) ---- */
struct arena;
struct arena *arena_new(size_t cap);
void arena_free(struct arena *a);
/* Forgets every allocation but keeps the first block, for reuse by the next request. */
void arena_reset(struct arena *a);
void *arena_alloc(struct arena *a, size_t n);          /* zeroed; NULL when over cap */
void *arena_alloc_raw(struct arena *a, size_t n);      /* the same, not zeroed */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- string builder with a maximum size; the first error sticks ---- */
struct sb {
	char *buf;
	size_t len, cap, max;
	bool failed;
};
void sb_init(struct sb *b, size_t max);
/* Room for extra more bytes (and the NUL); false (and failed) past max or out of memory. A
 * page writer reserves its usual size once instead of doubling its way up. */
bool sb_grow(struct sb *b, size_t extra);
void sb_add_slow(struct sb *b, const char *s, size_t n);
/* Appends n bytes. Inline: lists call it a few hundred times per case. */
static inline void sb_add(struct sb *b, const char *s, size_t n)
{
	if (!b->failed && b->len + n < b->cap) {
		memcpy(b->buf + b->len, s, n);
		b->len += n;
		b->buf[b->len] = '\0';
		return;
	}
	sb_add_slow(b, s, n);
}
void sb_adds(struct sb *b, const char *s);
void sb_printf(struct sb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* JSON output straight into a builder (hot read paths skip building jansson trees). */
void sb_json_str(struct sb *b, const char *s);        /* quoted and escaped; NULL → null */
/* "name": for a key that needs no escaping (the field names of the types' descriptors are
 * [a-z0-9_], checked by test_workflow): a list writes a few dozen a row. */
static inline void sb_json_key(struct sb *b, const char *name)
{
	sb_add(b, "\"", 1);
	sb_add(b, name, strlen(name));
	sb_add(b, "\":", 2);
}
void sb_json_time(struct sb *b, int64_t ms);          /* RFC 3339 string; 0 → null */
void sb_json_id(struct sb *b, int64_t id);            /* integer; 0 → null */
void sb_int(struct sb *b, int64_t v);                  /* integer, 0 included */
/* Returns the NUL-terminated string (caller frees) or NULL if any step failed. */
char *sb_finish(struct sb *b);
void sb_free(struct sb *b);

/* ---- clock: the one source of time, injectable for tests ---- */
typedef int64_t (*clock_fn)(void);
int64_t clock_now_ms(void);
void clock_set(clock_fn fn);            /* NULL restores the real clock */
void clock_set_fixed(int64_t ms);       /* a fake clock standing still at ms */

/* ---- times: RFC 3339 in China Standard Time ---- */
#define TIME_STR_MAX 80
#define TIME_STR_LEN 25   /* what time_format writes: 2026-12-02T10:38:22+08:00, no NUL */
void time_format(int64_t ms, char out[TIME_STR_MAX]);
/* Parses RFC 3339 (any offset or Z; T, t or a space before the time), also without seconds
 * (2026-12-04T08:30+08:00), with a basic offset (+0800) or with none (China time, as people
 * at a desk write it), or a bare YYYY-MM-DD (00:00 China time). */
bool time_parse(const char *s, int64_t *out_ms);
/* Monday 00:00 China time of the week containing ms. */
int64_t time_week_start(int64_t ms);

/* ---- checked number parsing (no atoi) ---- */
bool parse_i64(const char *s, int64_t min, int64_t max, int64_t *out);

/* ---- UTF-8 ---- */
/* Number of code points, or -1 if s is not valid UTF-8. */
long utf8_chars(const char *s, size_t n);
/* Cuts a NUL-terminated string back to a whole code point, for text that a fixed buffer may
 * have truncated mid-character (snprintf counts bytes). */
void utf8_clip(char *s);

/* ---- messages in two languages (msg.c; the data in msg_zh.c) ----
 * Every user-visible English format string passed to pa_error_set/http_error has a Chinese
 * translation keyed by the English text, with the same conversions in the same order (an
 * argument may be hidden with precision 0: %.0s, %.0lld). tools/msgcheck.py proves it for
 * every format in src/. A %s argument that is the offending field's name is shown, in either
 * language, as the field's label (字段名称) from one table of labels in both languages. */
struct msg_zh {
	const char *en, *zh;
};
/* A request field or query parameter and its labels: Chinese, English (lower case, as it reads
 * inside a sentence: "phone number"), and for a list field one of its elements in each language:
 * en_one in English ("persons" → "person", so that persons[0] reads "person 1"), zh_one in
 * Chinese with its measure word, read after 第N ("位当事人": 第1位当事人); both NULL otherwise.
 * A list without zh_one reads 第N个 and its Chinese label. */
struct field_label {
	const char *name, *zh, *en, *en_one, *zh_one;
};
extern const struct msg_zh msg_zh_table[];
extern const size_t msg_zh_count;
extern const struct field_label field_label_table[];
extern const size_t field_label_count;
/* The Chinese format for an English format, or NULL when untranslated (or when the table's
 * translation has other conversions: then it is ignored with a warning in the log). */
const char *msg_zh_find(const char *en_fmt);
/* Adds a module's own lines (a case type's messages and field labels, each table terminated
 * by a NULL en / name, either may be NULL) to the tables above; modules_init adds every
 * type's. Adding the same pair again does nothing. False when out of memory. */
bool msg_zh_add(const struct msg_zh *msgs, const struct field_label *labels);
/* The label entry of a field name, the exact name first, then the last part of a dotted or
 * indexed one ("fields.unit_id", "items[3].date"); NULL when there is none. */
const struct field_label *msg_label_find(const char *field);
/* The Chinese label of a field name: "title" 标题, "fields.unit_id" 承办单位 (the last part of a
 * dotted or indexed name is tried too); "该项" ("this item") when there is none. */
const char *msg_field_zh(const char *field);
/* The Chinese of a field's path into buf (n bytes), which it returns: the lists it sits in,
 * outermost first, then its label: "fields.persons[1].id_number" → 第2位当事人的证件号码,
 * "photos[2]" → 第3张照片; a name without a label is 该项 (within a list: 第2位当事人的该项). */
const char *msg_field_zh_path(const char *field, char *buf, size_t n);
/* The English label of a field name into buf (n bytes), which it returns: "title" → "title",
 * "fields.persons[0].id_number" → "ID number of person 1", "photos[2]" → "photo 3". The
 * "fields." of an action's fields is left out; a name without a label reads as itself with
 * its underscores as spaces (an unknown field the caller sent is named as they sent it). */
const char *msg_field_en(const char *field, char *buf, size_t n);
/* Formats a format (English, or the Chinese of one) with the arguments of its English original
 * into buf. A %s argument equal to field (the offending field's name) is shown as its label in
 * the format's language (en true: English); a string or integer conversion with precision 0
 * (%.0s, %.0d, %.0lld, %.0zu) consumes its argument and shows nothing (for internal codes and
 * version numbers the Chinese should not show). */
void msg_format(char *buf, size_t n, const char *fmt, const char *field, bool en, va_list ap);
/* True when both formats have the same conversions (argument types) in the same order. */
bool msg_same_conversions(const char *a, const char *b);

/* ---- CSV ---- */
/* Splits one CSV record (RFC 4180 quoting, no embedded newlines) in place into at most max
 * fields; the line's trailing CR/LF is dropped. Returns the field count, or -1 when malformed. */
int csv_split(char *line, char **fields, int max);

/* ---- base64url (no padding), libsodium's URLSAFE_NO_PADDING codec ---- */
/* Writes the encoding and a NUL; returns its length, or 0 (and "") when outcap is too small. */
size_t b64url_encode(const unsigned char *in, size_t n, char *out, size_t outcap);
/* Returns decoded length or -1 (a character outside the alphabet, a bad length or trailing
 * bits, more than outcap bytes). */
long b64url_decode(const char *in, unsigned char *out, size_t outcap);

/* ---- logging to stderr ---- */
enum log_level { LOG_DEBUG, LOG_INFO, LOG_WARN, LOG_ERROR };
void log_set_level(enum log_level l);
void log_msg(enum log_level l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
