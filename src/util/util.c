/* util.c — arena, string builder, clock, time, number parsing, UTF-8, base64url (libsodium), log. */
#include "util.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ------------------------------------------------------------------ errors */

void pa_error_clear(struct pa_error *e)
{
	if (e == NULL)
		return;
	json_decref((json_t *)e->extra);
	memset(e, 0, sizeof *e);
}

void pa_error_setv(struct pa_error *e, pa_err err, const char *code, const char *field,
    const char *fmt, va_list ap)
{
	const char *zh;
	va_list aq;

	if (e == NULL || e->err != PA_OK)
		return;               /* the first error sticks */
	e->err = err;
	e->code = code;
	snprintf(e->field, sizeof e->field, "%s", field ? field : "");
	e->message_zh[0] = '\0';
	if ((zh = msg_zh_find(fmt)) != NULL) {
		va_copy(aq, ap);
		msg_format(e->message_zh, sizeof e->message_zh, zh, e->field, false, aq);
		va_end(aq);
	}
	if (e->field[0] && msg_same_conversions(fmt, fmt)) {
		/* the field by its English label, never by its path: "ID number of person 1" (a
		 * format msg_format cannot follow, which msgcheck refuses in src/, is printed as is) */
		msg_format(e->message, sizeof e->message, fmt, e->field, true, ap);
		return;
	}
	vsnprintf(e->message, sizeof e->message, fmt, ap);
	utf8_clip(e->message);
}

void pa_error_set(struct pa_error *e, pa_err err, const char *code, const char *field,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	pa_error_setv(e, err, code, field, fmt, ap);
	va_end(ap);
}

void pa_error_move(struct pa_error *e, struct pa_error *src)
{
	if (e == NULL || src == NULL || src->err == PA_OK)
		return;
	if (e->err != PA_OK) {
		pa_error_clear(src);
		return;
	}
	*e = *src;
	memset(src, 0, sizeof *src);
}

const char *pa_error_message(const struct pa_error *e, int zh)
{
	return zh && e->message_zh[0] ? e->message_zh : e->message;
}

int pa_err_status(pa_err err)
{
	switch (err) {
	case PA_OK: return 200;
	case PA_ERR_MALFORMED: return 400;
	case PA_ERR_UNAUTH: return 401;
	case PA_ERR_FORBIDDEN: return 403;
	case PA_ERR_NOT_FOUND: return 404;
	case PA_ERR_CONFLICT: return 409;
	case PA_ERR_TOO_LARGE: return 413;
	case PA_ERR_MEDIA: return 415;
	case PA_ERR_INVALID: return 422;
	case PA_ERR_RATE: return 429;
	default: return 500;
	}
}

const char *pa_err_str(pa_err err)
{
	switch (err) {
	case PA_OK: return "ok";
	case PA_ERR_NOMEM: return "out of memory";
	case PA_ERR_IO: return "i/o error";
	case PA_ERR_DB: return "database error";
	case PA_ERR_MALFORMED: return "malformed input";
	case PA_ERR_UNAUTH: return "unauthorized";
	case PA_ERR_FORBIDDEN: return "forbidden";
	case PA_ERR_NOT_FOUND: return "not found";
	case PA_ERR_CONFLICT: return "conflict";
	case PA_ERR_TOO_LARGE: return "too large";
	case PA_ERR_MEDIA: return "unsupported media type";
	case PA_ERR_INVALID: return "invalid";
	case PA_ERR_RATE: return "rate limited";
	case PA_ERR_INTERNAL: return "internal error";
	}
	return "?";
}

/* ------------------------------------------------------------------ arena */

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	_Alignas(16) unsigned char data[];
};

struct arena {
	struct arena_block *head;
	size_t total, cap;
};

#define ARENA_BLOCK_MIN (64 * 1024)   /* one block holds a typical request */

struct arena *arena_new(size_t cap)
{
	struct arena *a = calloc(1, sizeof *a);

	if (a)
		a->cap = cap;
	return a;
}

void arena_free(struct arena *a)
{
	struct arena_block *b, *n;

	if (a == NULL)
		return;
	for (b = a->head; b; b = n) {
		n = b->next;
		free(b);
	}
	free(a);
}

void arena_reset(struct arena *a)
{
	struct arena_block *b = a->head, *n;

	if (b == NULL)
		return;
	while (b->next) {     /* free all but the oldest block, which is the last in the list */
		n = b->next;
		free(b);
		b = n;
	}
	b->used = 0;
	a->head = b;
	a->total = b->size;
}

void *arena_alloc_raw(struct arena *a, size_t n)
{
	struct arena_block *b;
	size_t sz;
	void *p;

	if (n > a->cap)
		return NULL;           /* also keeps the rounding below from wrapping */
	n = (n + 15) & ~(size_t)15;
	b = a->head;
	if (b == NULL || b->size - b->used < n) {
		sz = n > ARENA_BLOCK_MIN ? n : ARENA_BLOCK_MIN;
		if (sz > a->cap - a->total)
			return NULL;
		b = malloc(sizeof *b + sz);
		if (b == NULL)
			return NULL;
		b->size = sz;
		b->used = 0;
		b->next = a->head;
		a->head = b;
		a->total += sz;
	}
	p = b->data + b->used;
	b->used += n;
	return p;
}

void *arena_alloc(struct arena *a, size_t n)
{
	void *p = arena_alloc_raw(a, n);

	if (p)
		memset(p, 0, n);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || (p = arena_alloc(a, (size_t)n + 1)) == NULL)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

/* ------------------------------------------------------------------ string builder */

void sb_init(struct sb *b, size_t max)
{
	memset(b, 0, sizeof *b);
	b->max = max;
}

bool sb_grow(struct sb *b, size_t extra)
{
	size_t need, ncap;
	char *nb;

	if (b->failed)
		return false;
	need = b->len + extra + 1;
	if (need > b->max) {
		b->failed = true;
		return false;
	}
	if (need <= b->cap)
		return true;
	ncap = b->cap ? b->cap * 2 : 256;
	while (ncap < need)
		ncap *= 2;
	if (ncap > b->max)
		ncap = b->max;
	nb = realloc(b->buf, ncap);
	if (nb == NULL) {
		b->failed = true;
		return false;
	}
	b->buf = nb;
	b->cap = ncap;
	return true;
}

void sb_add_slow(struct sb *b, const char *s, size_t n)
{
	if (!sb_grow(b, n))
		return;
	memcpy(b->buf + b->len, s, n);
	b->len += n;
	b->buf[b->len] = '\0';
}

void sb_adds(struct sb *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

void sb_printf(struct sb *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->failed = true;
		return;
	}
	if (!sb_grow(b, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* Whether any of the 8 bytes of w needs escaping in a JSON string: a control byte (< 0x20),
 * '"' or '\\', or the terminating NUL (bytes of 0x80 and up, UTF-8, never do). */
static inline bool json_word_special(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
	uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
	/* a byte below 0x20 (NUL included), or one equal to '"' or '\\' (zero after the xor);
	 * the high bit of w masks out bytes >= 0x80 */
	uint64_t lt = (w - ones * 0x20) & ~w, zq = (q - ones) & ~q, zb = (bs - ones) & ~bs;

	return ((lt | zq | zb) & high) != 0;
}

/* Whether any byte of [s, end) needs escaping: 8 bytes at a time, the tail in a word padded
 * with plain bytes, never reading past end. */
static inline bool json_text_special(const char *s, const char *end)
{
	uint64_t w;

	for (; end - s >= 8; s += 8) {
		memcpy(&w, s, sizeof w);
		if (json_word_special(w))
			return true;
	}
	w = 0x6161616161616161ULL;           /* "aaaaaaaa" */
	memcpy(&w, s, (size_t)(end - s));
	return json_word_special(w);
}

void sb_json_str(struct sb *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	const char *run, *end;

	if (s == NULL) {
		sb_add(b, "null", 4);
		return;
	}
	end = s + strlen(s);
	if (!json_text_special(s, end)) {   /* most strings: one copy between the quotes */
		sb_add(b, "\"", 1);
		sb_add(b, s, (size_t)(end - s));
		sb_add(b, "\"", 1);
		return;
	}
	sb_add(b, "\"", 1);
	for (run = s; s < end; s++) {
		unsigned char c;
		char esc[6];
		/* skip 8 plain bytes at a time (titles and bodies are long runs of Chinese), never
		 * reading past the string */
		while (end - s >= 8) {
			uint64_t w;
			memcpy(&w, s, sizeof w);
			if (json_word_special(w))
				break;
			s += 8;
		}
		if (s == end)
			break;
		c = (unsigned char)*s;
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		sb_add(b, run, (size_t)(s - run));
		run = s + 1;
		esc[0] = '\\';
		switch (c) {
		case '"': esc[1] = '"'; sb_add(b, esc, 2); break;
		case '\\': esc[1] = '\\'; sb_add(b, esc, 2); break;
		case '\n': esc[1] = 'n'; sb_add(b, esc, 2); break;
		case '\r': esc[1] = 'r'; sb_add(b, esc, 2); break;
		case '\t': esc[1] = 't'; sb_add(b, esc, 2); break;
		default:
			esc[1] = 'u';
			esc[2] = '0';
			esc[3] = '0';
			esc[4] = hex[c >> 4];
			esc[5] = hex[c & 15];
			sb_add(b, esc, 6);
		}
	}
	sb_add(b, run, (size_t)(s - run));
	sb_add(b, "\"", 1);
}

_Static_assert(sizeof "2026-12-02T10:38:22+08:00" - 1 == TIME_STR_LEN,
    "TIME_STR_LEN is the length of what time_format writes");

void sb_json_time(struct sb *b, int64_t ms)
{
	char t[TIME_STR_MAX + 2];

	if (ms == 0) {
		sb_add(b, "null", 4);
		return;
	}
	t[0] = '"';
	time_format(ms, t + 1);
	t[TIME_STR_LEN + 1] = '"';     /* over its NUL */
	sb_add(b, t, TIME_STR_LEN + 2);
}

void sb_json_id(struct sb *b, int64_t id)
{
	char buf[24];
	int n = 0;
	uint64_t v;

	if (id == 0) {
		sb_add(b, "null", 4);
		return;
	}
	v = id < 0 ? (uint64_t)0 - (uint64_t)id : (uint64_t)id;
	do {
		buf[sizeof buf - 1 - n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	if (id < 0)
		buf[sizeof buf - 1 - n++] = '-';
	sb_add(b, buf + sizeof buf - n, (size_t)n);
}

void sb_int(struct sb *b, int64_t v)
{
	if (v == 0)
		sb_add(b, "0", 1);
	else
		sb_json_id(b, v);
}

char *sb_finish(struct sb *b)
{
	char *s;

	if (b->failed || !sb_grow(b, 0)) {
		sb_free(b);
		return NULL;
	}
	b->buf[b->len] = '\0';
	s = b->buf;
	b->buf = NULL;
	b->len = b->cap = 0;
	return s;
}

void sb_free(struct sb *b)
{
	free(b->buf);
	b->buf = NULL;
	b->len = b->cap = 0;
}

/* ------------------------------------------------------------------ clock */

static int64_t clock_real(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static _Atomic(clock_fn) clock_cur = clock_real;
static _Atomic int64_t clock_fixed_ms;

static int64_t clock_fixed(void)
{
	return atomic_load(&clock_fixed_ms);
}

int64_t clock_now_ms(void)
{
	return atomic_load(&clock_cur)();
}

void clock_set(clock_fn fn)
{
	atomic_store(&clock_cur, fn ? fn : clock_real);
}

void clock_set_fixed(int64_t ms)
{
	atomic_store(&clock_fixed_ms, ms);
	atomic_store(&clock_cur, clock_fixed);
}

/* ------------------------------------------------------------------ time */

static void put2(char *p, int v)
{
	p[0] = (char)('0' + v / 10 % 10);
	p[1] = (char)('0' + v % 10);
}

/* The civil date of a day counted from 1970-01-01 (proleptic Gregorian, by arithmetic: no
 * gmtime_r, whose time-zone lock every list row took). */
static void civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t era, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	yoe = z - era * 146097;
	yoe = (yoe - yoe / 1460 + yoe / 36524 - yoe / 146096) / 365;
	doy = z - era * 146097 - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

void time_format(int64_t ms, char out[TIME_STR_MAX])
{
	int64_t t = ms / 1000 + PA_TZ_OFFSET_S, day, sec;
	int y, mo, d;

	if (ms < 0 && ms % 1000)
		t--;
	day = (t >= 0 ? t : t - 86399) / 86400;
	sec = t - day * 86400;
	civil_from_days(day, &y, &mo, &d);
	if (y < 0 || y > 9999)
		y = 0;
	/* YYYY-MM-DDTHH:MM:SS+08:00 */
	put2(out, y / 100);
	put2(out + 2, y % 100);
	out[4] = '-';
	put2(out + 5, mo);
	out[7] = '-';
	put2(out + 8, d);
	out[10] = 'T';
	put2(out + 11, (int)(sec / 3600));
	out[13] = ':';
	put2(out + 14, (int)(sec / 60 % 60));
	out[16] = ':';
	put2(out + 17, (int)(sec % 60));
	memcpy(out + 19, "+08:00", 7);
}

/* Reads exactly n digits. */
static bool digits(const char **p, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		char c = (*p)[i];
		if (c < '0' || c > '9')
			return false;
		v = v * 10 + (c - '0');
	}
	*p += n;
	*out = v;
	return true;
}

#define TIME_MAX_MS (253402300799LL * 1000 - (int64_t)PA_TZ_OFFSET_S * 1000 + 999)

static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

bool time_parse(const char *s, int64_t *out_ms)
{
	const char *p = s;
	int y, mo, d, h = 0, mi = 0, sec = 0, oh = 0, om = 0, sign = 1;
	int64_t frac = 0, offset_s = PA_TZ_OFFSET_S;
	struct tm tm;

	if (s == NULL || !digits(&p, 4, &y) || *p++ != '-' || !digits(&p, 2, &mo) ||
	    *p++ != '-' || !digits(&p, 2, &d))
		return false;
	if (y < 1970 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > mdays[mo - 1])
		return false;
	if (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return false;
	if (*p != '\0') {
		if (*p != 'T' && *p != 't' && *p != ' ')
			return false;
		p++;
		/* seconds may be left out (08:30), as people write a time */
		if (!digits(&p, 2, &h) || *p++ != ':' || !digits(&p, 2, &mi))
			return false;
		bool has_sec = *p == ':';
		if (has_sec && (p++, !digits(&p, 2, &sec)))
			return false;
		if (h > 23 || mi > 59 || sec > 60)
			return false;
		if (has_sec && *p == '.') {
			int nd = 0;
			p++;
			while (*p >= '0' && *p <= '9') {
				if (nd < 3)
					frac = frac * 10 + (*p - '0');
				nd++;
				p++;
			}
			if (nd == 0 || nd > 9)
				return false;
			for (; nd < 3; nd++)
				frac *= 10;
		}
		if (*p == 'Z' || *p == 'z') {
			offset_s = 0;
			p++;
		} else if (*p == '+' || *p == '-') {
			sign = *p == '-' ? -1 : 1;
			p++;
			/* +08:00, or ISO 8601's basic +0800 */
			if (!digits(&p, 2, &oh) || (*p == ':' && *++p == '\0') ||
			    !digits(&p, 2, &om) || oh > 23 || om > 59)
				return false;
			offset_s = sign * (oh * 3600 + om * 60);
		}
		/* else no offset: China time, as a bare date is */
		if (*p != '\0')
			return false;
	}
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	*out_ms = ((int64_t)timegm(&tm) - offset_s) * 1000 + frac;
	/* only times that time_format can write back: 1970-01-01 .. 9999-12-31 China time */
	if (*out_ms < -(int64_t)PA_TZ_OFFSET_S * 1000 || *out_ms > TIME_MAX_MS)
		return false;
	return true;
}

int64_t time_week_start(int64_t ms)
{
	int64_t local_s = ms / 1000 + PA_TZ_OFFSET_S;
	int64_t day = local_s / 86400;
	/* 1970-01-01 was a Thursday: day 0 → weekday 3 when Monday is 0. */
	int64_t wd = (day + 3) % 7;

	return ((day - wd) * 86400 - PA_TZ_OFFSET_S) * 1000;
}

/* ------------------------------------------------------------------ numbers */

bool parse_i64(const char *s, int64_t min, int64_t max, int64_t *out)
{
	char *end;
	long long v;

	if (s == NULL || *s == '\0' || (*s != '-' && (*s < '0' || *s > '9')))
		return false;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || *end != '\0' || v < min || v > max)
		return false;
	*out = v;
	return true;
}

/* ------------------------------------------------------------------ UTF-8 */

long utf8_chars(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *e = p + n;
	long count = 0;

	while (p < e) {
		unsigned c = *p;
		size_t len;
		uint32_t cp;

		if (c < 0x80) {
			len = 1;
			cp = c;
		} else if ((c & 0xE0) == 0xC0) {
			len = 2;
			cp = c & 0x1F;
		} else if ((c & 0xF0) == 0xE0) {
			len = 3;
			cp = c & 0x0F;
		} else if ((c & 0xF8) == 0xF0) {
			len = 4;
			cp = c & 0x07;
		} else {
			return -1;
		}
		if ((size_t)(e - p) < len)
			return -1;
		for (size_t i = 1; i < len; i++) {
			if ((p[i] & 0xC0) != 0x80)
				return -1;
			cp = (cp << 6) | (p[i] & 0x3F);
		}
		/* reject overlong forms, surrogates and out-of-range code points */
		if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
		    (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
			return -1;
		p += len;
		count++;
	}
	return count;
}

void utf8_clip(char *s)
{
	size_t n = strlen(s), i = n, need;
	unsigned char c;

	/* step back over continuation bytes to the lead byte of the last character */
	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80 && n - i < 3)
		i--;
	if (i == 0)
		return;
	c = (unsigned char)s[i - 1];
	need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	if (n - (i - 1) < need)
		s[i - 1] = '\0';
}

/* ------------------------------------------------------------------ CSV */

/* Splits one CSV record (RFC 4180 quoting, no embedded newlines) into at most max fields, in
 * place. Returns the number of fields, or -1 on a malformed quote. */
int csv_split(char *line, char **fields, int max)
{
	int n = 0;
	char *r = line, *w;

	line[strcspn(line, "\r\n")] = '\0';
	for (;;) {
		if (n == max)
			return -1;
		fields[n++] = w = r;
		if (*r == '"') {
			r++;
			for (;;) {
				if (*r == '\0')
					return -1;
				if (*r == '"') {
					if (r[1] == '"') {
						*w++ = '"';
						r += 2;
						continue;
					}
					r++;
					break;
				}
				*w++ = *r++;
			}
			if (*r != ',' && *r != '\0')
				return -1;
		} else {
			while (*r && *r != ',') {
				if (*r == '"')
					return -1;
				*w++ = *r++;
			}
		}
		if (*r == '\0') {
			*w = '\0';
			return n;
		}
		*w = '\0';
		r++;
	}
}

/* ------------------------------------------------------------------ base64url */

/* libsodium's codec (URL-safe alphabet, no padding), which refuses characters outside the
 * alphabet, an impossible length and non-zero leftover bits. */
size_t b64url_encode(const unsigned char *in, size_t n, char *out, size_t outcap)
{
	if (outcap == 0)
		return 0;
	if (outcap < sodium_base64_ENCODED_LEN(n, sodium_base64_VARIANT_URLSAFE_NO_PADDING)) {
		out[0] = '\0';
		return 0;
	}
	sodium_bin2base64(out, outcap, in, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	return strlen(out);
}

long b64url_decode(const char *in, unsigned char *out, size_t outcap)
{
	size_t inlen = strlen(in), len = 0;
	const char *end = NULL;

	if (sodium_base642bin(out, outcap, in, inlen, NULL, &len, &end,
	    sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 || end != in + inlen || len > LONG_MAX)
		return -1;
	return (long)len;
}

/* ------------------------------------------------------------------ log */

static enum log_level log_level = LOG_INFO;

void log_set_level(enum log_level l)
{
	log_level = l;
}

void log_msg(enum log_level l, const char *fmt, ...)
{
	static const char *names[] = { "debug", "info", "warn", "error" };
	char ts[TIME_STR_MAX];
	va_list ap;

	if (l < log_level)
		return;
	time_format(clock_now_ms(), ts);
	flockfile(stderr);
	fprintf(stderr, "%s %s: ", ts, names[l]);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	funlockfile(stderr);
}
