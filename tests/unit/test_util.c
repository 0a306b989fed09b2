/* test_util.c — the arena, the string builder, times, checked numbers, UTF-8 and base64url.
 *
 * Expected values are worked out by hand (or with date(1)) and written down here, never
 * taken from the functions under test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "util/util.h"

/* 2024-01-01 was a Monday. 2024-01-01T00:00:00Z is 1704067200 s; in China time (+08:00)
 * midnight of that day is 8 hours earlier. */
#define MS_2024_01_01_Z   (1704067200LL * 1000)
#define MS_2024_01_01_CST (MS_2024_01_01_Z - 8LL * 3600 * 1000)
#define DAY_MS            (86400LL * 1000)
#define HOUR_MS           (3600LL * 1000)

/* ------------------------------------------------------------------ arena */

static void arena_memory_is_zeroed_and_aligned(void **state)
{
	struct arena *a = arena_new(1 << 20);
	unsigned char *p, *q;

	(void)state;
	assert_non_null(a);
	/* dirty one allocation, then check the next ones come back zeroed */
	p = arena_alloc(a, 100);
	assert_non_null(p);
	memset(p, 0xAB, 100);
	for (int round = 0; round < 3; round++) {
		size_t n = round == 0 ? 37 : round == 1 ? 5000 : 20000;   /* same block, new, big */
		q = arena_alloc(a, n);
		assert_non_null(q);
		assert_int_equal((uintptr_t)q % 16, 0);
		for (size_t i = 0; i < n; i++)
			assert_int_equal(q[i], 0);
		memset(q, 0xCD, n);
	}
	/* the first allocation was not clobbered by the later ones */
	for (int i = 0; i < 100; i++)
		assert_int_equal(p[i], 0xAB);
	arena_free(a);
}

static void arena_cap_is_enforced(void **state)
{
	const size_t cap = 64 * 1024;
	struct arena *a = arena_new(cap);
	size_t got = 0;
	int n = 0;

	(void)state;
	assert_non_null(a);
	/* a single request above the cap never succeeds */
	assert_null(arena_alloc(a, cap + 1));
	/* fill with 1 KiB pieces until refused: never more than cap, and most of it usable */
	while (arena_alloc(a, 1024) != NULL) {
		got += 1024;
		assert_true(++n < 1000);
	}
	assert_true(got <= cap);
	assert_true(got >= cap / 2);
	/* once refused, larger requests stay refused; the arena is still usable for freeing */
	assert_null(arena_alloc(a, 4096));
	assert_null(arena_strdup(a, "this string does not fit in a full arena at all, it is long "
	    "enough to need a new block of its own when the current one is exhausted............"
	    "................................................................................."));
	arena_free(a);
}

static void arena_huge_request_refused(void **state)
{
	struct arena *a = arena_new(1 << 20);

	(void)state;
	assert_non_null(a);
	assert_non_null(arena_alloc(a, 8));
	/* a request this size cannot be satisfied; rounding it up to 16 must not wrap to 0 */
	void *p = arena_alloc(a, SIZE_MAX);
	void *q = arena_alloc(a, SIZE_MAX - 14);
	arena_free(a);
	assert_null(p);
	assert_null(q);
}

static void arena_strings(void **state)
{
	struct arena *a = arena_new(1 << 16);
	char *s;

	(void)state;
	s = arena_strdup(a, "平安 pingan");
	assert_string_equal(s, "平安 pingan");
	s = arena_strndup(a, "abcdef", 3);
	assert_string_equal(s, "abc");
	s = arena_printf(a, "%s-%04d-%lld", "JY", 7, (long long)INT64_MAX);
	assert_string_equal(s, "JY-0007-9223372036854775807");
	arena_free(a);
	arena_free(NULL);   /* allowed, like free() */
}

static void arena_reset_reuses(void **state)
{
	const size_t cap = 512 * 1024;
	struct arena *a = arena_new(cap);
	unsigned char *p;
	size_t got = 0;

	(void)state;
	assert_non_null(a);
	arena_reset(a);                          /* on a fresh arena: nothing to do */
	for (int round = 0; round < 3; round++) {
		/* fill to the cap, dirtying everything */
		got = 0;
		while ((p = arena_alloc(a, 4000)) != NULL) {
			for (int i = 0; i < 4000; i++)
				assert_int_equal(p[i], 0);
			memset(p, 0xEE, 4000);
			got += 4000;
		}
		assert_true(got <= cap);
		assert_true(got >= cap / 2);
		/* after a reset the whole cap is available again, and memory comes back zeroed */
		arena_reset(a);
	}
	p = arena_alloc(a, 100);
	assert_non_null(p);
	for (int i = 0; i < 100; i++)
		assert_int_equal(p[i], 0);
	arena_free(a);
}

/* ------------------------------------------------------------------ string builder */

static void sb_builds_and_grows(void **state)
{
	struct sb b;
	char want[8192];
	size_t wl = 0;
	char *s;

	(void)state;
	sb_init(&b, 1 << 20);
	for (int i = 0; i < 700; i++) {
		/* alternate the three entry points; the expected text is built with plain snprintf */
		switch (i % 3) {
		case 0:
			sb_adds(&b, "ab");
			wl += (size_t)snprintf(want + wl, sizeof want - wl, "ab");
			break;
		case 1:
			sb_add(&b, "xyz", 1);
			wl += (size_t)snprintf(want + wl, sizeof want - wl, "x");
			break;
		default:
			sb_printf(&b, "[%d]", i);
			wl += (size_t)snprintf(want + wl, sizeof want - wl, "[%d]", i);
			break;
		}
	}
	assert_false(b.failed);
	assert_int_equal(b.len, wl);
	s = sb_finish(&b);
	assert_non_null(s);
	assert_int_equal(strlen(s), wl);
	assert_string_equal(s, want);
	free(s);
	sb_free(&b);   /* harmless after finish */
}

static void sb_max_is_exact(void **state)
{
	struct sb b;
	char *s;

	(void)state;
	/* max counts the terminating NUL: 15 characters fit in 16 */
	sb_init(&b, 16);
	sb_adds(&b, "0123456789abcde");
	assert_false(b.failed);
	s = sb_finish(&b);
	assert_non_null(s);
	assert_string_equal(s, "0123456789abcde");
	free(s);

	sb_init(&b, 16);
	sb_adds(&b, "0123456789abcdef");
	assert_true(b.failed);
	assert_null(sb_finish(&b));
	assert_null(b.buf);
}

static void sb_first_error_sticks(void **state)
{
	struct sb b;

	(void)state;
	sb_init(&b, 16);
	sb_adds(&b, "hello");
	sb_printf(&b, "%d", 12345);
	assert_false(b.failed);
	assert_int_equal(b.len, 10);
	assert_string_equal(b.buf, "hello12345");
	sb_adds(&b, "abcdef");            /* 10 + 6 + NUL > 16 */
	assert_true(b.failed);
	sb_adds(&b, "x");                 /* would fit, but the builder has failed */
	sb_printf(&b, "%s", "y");
	sb_add(&b, "z", 1);
	assert_true(b.failed);
	assert_int_equal(b.len, 10);
	assert_null(sb_finish(&b));
	assert_null(b.buf);
	assert_int_equal(b.len, 0);

	/* a printf that overflows fails the same way */
	sb_init(&b, 8);
	sb_printf(&b, "%s", "123456789");
	assert_true(b.failed);
	assert_null(sb_finish(&b));
}

static void sb_finish_empty_is_empty_string(void **state)
{
	struct sb b;
	char *s;

	(void)state;
	sb_init(&b, 64);
	s = sb_finish(&b);
	assert_non_null(s);
	/* the result must be a NUL-terminated empty string, not an uninitialised buffer */
	char first = s[0];
	free(s);
	assert_int_equal(first, '\0');

	/* after an empty add it is terminated too */
	sb_init(&b, 64);
	sb_add(&b, "", 0);
	s = sb_finish(&b);
	assert_non_null(s);
	assert_int_equal(s[0], '\0');
	free(s);
}

/* Parses the builder's text as JSON (wrapped in [ ]) and returns element 0; caller decrefs
 * the array through *arr. */
static json_t *sb_json_value(struct sb *b, json_t **arr)
{
	json_error_t je;
	char *text;

	sb_add(b, "]", 1);
	text = sb_finish(b);
	assert_non_null(text);
	*arr = json_loads(text, 0, &je);
	if (*arr == NULL)
		fail_msg("not JSON: %s (%s)", text, je.text);
	free(text);
	assert_int_equal(json_array_size(*arr), 1);
	return json_array_get(*arr, 0);
}

static void sb_json_writers(void **state)
{
	char every[128], buf[TIME_STR_MAX];
	const char *const strs[] = { "", "平安", "\"", "\\", "a\"b\\c", "\n\r\t\b\f",
		"</script>", "\x7f", "😀 三楼楼道灯坏了", every };
	static const int64_t ids[] = { 1, -1, 42, 1000000007, INT64_MAX, INT64_MIN, -10 };
	struct sb b;
	json_t *arr, *v;

	(void)state;
	/* every byte from 0x01 to 0x7f */
	for (int i = 1; i < 128; i++)
		every[i - 1] = (char)i;
	every[127] = '\0';
	for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
		sb_init(&b, 4096);
		sb_add(&b, "[", 1);
		sb_json_str(&b, strs[i]);
		v = sb_json_value(&b, &arr);
		assert_true(json_is_string(v));
		assert_string_equal(json_string_value(v), strs[i]);
		json_decref(arr);
	}
	sb_init(&b, 64);
	sb_add(&b, "[", 1);
	sb_json_str(&b, NULL);
	v = sb_json_value(&b, &arr);
	assert_true(json_is_null(v));
	json_decref(arr);

	for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		sb_init(&b, 64);
		sb_add(&b, "[", 1);
		sb_json_id(&b, ids[i]);
		v = sb_json_value(&b, &arr);
		assert_true(json_is_integer(v));
		assert_true(json_integer_value(v) == ids[i]);
		json_decref(arr);
	}
	sb_init(&b, 64);
	sb_add(&b, "[", 1);
	sb_json_id(&b, 0);
	v = sb_json_value(&b, &arr);
	assert_true(json_is_null(v));
	json_decref(arr);

	sb_init(&b, 64);
	sb_add(&b, "[", 1);
	sb_json_time(&b, MS_2024_01_01_CST);
	v = sb_json_value(&b, &arr);
	assert_string_equal(json_string_value(v), "2024-01-01T00:00:00+08:00");
	json_decref(arr);
	sb_init(&b, 64);
	sb_add(&b, "[", 1);
	sb_json_time(&b, 0);
	v = sb_json_value(&b, &arr);
	assert_true(json_is_null(v));
	json_decref(arr);
	time_format(1795918830LL * 1000, buf);
	sb_init(&b, 64);
	sb_add(&b, "[", 1);
	sb_json_time(&b, 1795918830LL * 1000);
	v = sb_json_value(&b, &arr);
	assert_string_equal(json_string_value(v), buf);
	json_decref(arr);

	/* the writers respect the builder's maximum like everything else */
	sb_init(&b, 8);
	sb_json_str(&b, "0123456789");
	assert_true(b.failed);
	assert_null(sb_finish(&b));
}

/* The escaper skips 8 plain bytes at a time: a byte that needs escaping at every offset of
 * every alignment, inside Chinese text, round-trips through jansson, and the string's end is
 * never read past (ASan: the copy is exactly as long as the string). */
static void json_str_escapes_at_every_offset(void **state)
{
	static const char specials[] = { '"', '\\', '\n', '\r', '\t', 0x01, 0x1f };
	struct sb b;
	json_t *arr, *v;

	(void)state;
	for (size_t len = 1; len <= 40; len++)
		for (size_t at = 0; at < len; at++)
			for (size_t k = 0; k < sizeof specials; k++) {
				char src[64], *copy;
				size_t n = 0;
				/* at bytes of Chinese (噪, 3 bytes) and ASCII, the special, the rest */
				for (size_t i = 0; i + 3 <= at; i += 3)
					memcpy(src + n, "\xE5\x99\xAA", 3), n += 3;
				while (n < at)
					src[n++] = 'a';
				src[n++] = specials[k];
				for (; n + 3 <= len; n += 3)
					memcpy(src + n, "\xE5\x99\xAA", 3);
				while (n < len)
					src[n++] = 'b';
				src[len] = '\0';
				copy = malloc(len + 1);
				assert_non_null(copy);
				memcpy(copy, src, len + 1);
				sb_init(&b, 4096);
				sb_add(&b, "[", 1);
				sb_json_str(&b, copy);
				v = sb_json_value(&b, &arr);
				assert_true(json_is_string(v));
				assert_string_equal(json_string_value(v), copy);
				json_decref(arr);
				free(copy);
			}
}

/* time_format agrees with the C library's gmtime_r (shifted by +08:00) over two centuries,
 * both sides of the epoch and across leap days. */
static void time_format_matches_gmtime(void **state)
{
	char buf[TIME_STR_MAX], want[64];

	(void)state;
	for (int64_t s = -2208988800LL; s < 4102444800LL; s += 86400LL * 37 + 3607) {
		for (int d = -1; d <= 1; d++) {
			time_t t = (time_t)(s + d + PA_TZ_OFFSET_S);
			struct tm tm;
			gmtime_r(&t, &tm);
			strftime(want, sizeof want, "%Y-%m-%dT%H:%M:%S+08:00", &tm);
			time_format((s + d) * 1000, buf);
			assert_string_equal(buf, want);
		}
	}
}

/* ------------------------------------------------------------------ time */

static void time_format_known_values(void **state)
{
	char buf[TIME_STR_MAX];

	(void)state;
	time_format(0, buf);
	assert_string_equal(buf, "1970-01-01T08:00:00+08:00");
	time_format(MS_2024_01_01_CST, buf);
	assert_string_equal(buf, "2024-01-01T00:00:00+08:00");
	time_format(MS_2024_01_01_Z, buf);
	assert_string_equal(buf, "2024-01-01T08:00:00+08:00");
	/* 2026-11-29T10:20:30+08:00 = 1795918830 s (date -d); milliseconds are truncated */
	time_format(1795918830LL * 1000 + 999, buf);
	assert_string_equal(buf, "2026-11-29T10:20:30+08:00");
	/* before the epoch the second is floored, not rounded toward zero */
	time_format(-1, buf);
	assert_string_equal(buf, "1970-01-01T07:59:59+08:00");
	assert_int_equal(strlen(buf), TIME_STR_LEN);   /* sb_json_time copies exactly this much */
	{
		struct sb b;
		sb_init(&b, 256);
		sb_json_time(&b, MS_2024_01_01_CST);
		sb_add(&b, ",", 1);
		sb_json_time(&b, 0);
		assert_string_equal(b.buf, "\"2024-01-01T00:00:00+08:00\",null");
		sb_free(&b);
	}
	time_format(-1000, buf);
	assert_string_equal(buf, "1970-01-01T07:59:59+08:00");
	time_format(-1001, buf);
	assert_string_equal(buf, "1970-01-01T07:59:58+08:00");
	/* leap day */
	time_format(1709179200LL * 1000, buf);
	assert_string_equal(buf, "2024-02-29T12:00:00+08:00");
}

static void time_parse_valid(void **state)
{
	static const struct {
		const char *s;
		int64_t ms;
	} ok[] = {
		{ "2024-01-01", MS_2024_01_01_CST },                  /* bare date: 00:00 China */
		{ "2024-01-01T00:00:00+08:00", MS_2024_01_01_CST },
		{ "2023-12-31T16:00:00Z", MS_2024_01_01_CST },
		{ "2024-01-01T00:00:00Z", MS_2024_01_01_Z },
		{ "2024-01-01t00:00:00z", MS_2024_01_01_Z },          /* RFC 3339 allows lower case */
		{ "2024-01-01 00:00:00Z", MS_2024_01_01_Z },          /* and a space */
		{ "2024-01-01T05:30:00+05:30", MS_2024_01_01_Z },
		{ "2023-12-31T19:00:00-05:00", MS_2024_01_01_Z },
		{ "2024-01-01T00:00:00+00:00", MS_2024_01_01_Z },
		/* as people write a time: no seconds, a basic offset, no offset (China time) */
		{ "2024-01-01T00:00Z", MS_2024_01_01_Z },
		{ "2024-01-01T08:00+08:00", MS_2024_01_01_Z },
		{ "2024-01-01T00:00:00+0800", MS_2024_01_01_CST },
		{ "2024-01-01T00:00:00", MS_2024_01_01_CST },
		{ "2024-01-01 08:00", MS_2024_01_01_Z },
		{ "2024-01-01T00:00:00-00:00", MS_2024_01_01_Z },
		{ "2024-01-01T00:00:00.5Z", MS_2024_01_01_Z + 500 },
		{ "2024-01-01T00:00:00.05Z", MS_2024_01_01_Z + 50 },
		{ "2024-01-01T00:00:00.123Z", MS_2024_01_01_Z + 123 },
		{ "2024-01-01T00:00:00.123456789Z", MS_2024_01_01_Z + 123 },
		{ "2024-01-01T23:59:59+08:00", MS_2024_01_01_CST + DAY_MS - 1000 },
		{ "2024-02-29", 1709179200LL * 1000 - 12 * HOUR_MS },   /* leap year */
		{ "2024-02-29T12:00:00+08:00", 1709179200LL * 1000 },
		{ "1970-01-01T00:00:00Z", 0 },
		{ "1970-01-01", -8 * HOUR_MS },
		{ "2026-11-29T10:20:30+08:00", 1795918830LL * 1000 },
		{ "9999-12-31T23:59:59+08:00", 253402271999LL * 1000 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		int64_t ms = 42;
		if (!time_parse(ok[i].s, &ms))
			fail_msg("time_parse(\"%s\") refused a valid time", ok[i].s);
		if (ms != ok[i].ms)
			fail_msg("time_parse(\"%s\") = %lld, want %lld", ok[i].s, (long long)ms,
			    (long long)ok[i].ms);
	}
	/* 2000 is a leap year (divisible by 400) */
	int64_t ms;
	assert_true(time_parse("2000-02-29", &ms));
}

static void time_parse_invalid(void **state)
{
	static const char *const bad[] = {
		"", "garbage", "2024", "2024-01", "2024-1-01", "2024-01-1", "24-01-01",
		"2026-02-30", "2025-02-29", "2100-02-29", "1900-02-29", "2024-02-30",
		"2024-04-31", "2024-06-31", "2024-09-31", "2024-11-31",
		"2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32", "1969-12-31",
		"2024-01-01T",                    /* nothing after T */
		"2024-01-01T00:00:", "2024-01-01T00:00:0Z", "2024-01-01T0:00Z", "2024-01-01T00Z",
		"2024-01-01T00:00:00+08:", "2024-01-01T00:00:00+08", "2024-01-01T00:00:00+080",
		"2024-01-01T00:00.5Z",            /* a fraction needs seconds */
		"2024-01-01T24:00:00Z", "2024-01-01T23:60:00Z", "2024-01-01T23:59:61Z",
		"2024-01-01T00:00:00+24:00", "2024-01-01T00:00:00+08:60", "2024-01-01T00:00:00+0860",
		"2024-01-01T00:00:00+8:00", "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00.1234567890Z",
		"2024-01-01T00:00:00Zjunk", "2024-01-01T00:00:00+08:00x", "2024-01-01x",
		"2024-01-01Z", " 2024-01-01", "2024-01-01 ", "2024/01/01", "２０２４-01-01",
		"2024-01-01T00:00:00ZZ", "-2024-01-01", "2024-01-01T00:00:00 +08:00",
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		int64_t ms = 42;
		if (time_parse(bad[i], &ms))
			fail_msg("time_parse(\"%s\") accepted an invalid time (%lld)", bad[i],
			    (long long)ms);
	}
	int64_t ms;
	assert_false(time_parse(NULL, &ms));
}

static void time_round_trip(void **state)
{
	int64_t samples[] = { 0, MS_2024_01_01_CST, MS_2024_01_01_Z, 1795918830LL * 1000,
		MS_2024_01_01_Z + 59 * DAY_MS + 16 * HOUR_MS,    /* 2024-02-29 local */
		4102444800LL * 1000,                             /* 2100-01-01 */
		253402271999LL * 1000 };
	char buf[TIME_STR_MAX];

	(void)state;
	for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++) {
		int64_t back = -1;
		time_format(samples[i], buf);
		assert_true(time_parse(buf, &back));
		assert_int_equal(back, samples[i]);
	}
	/* every hour across a year, including month ends and the leap day */
	for (int64_t ms = MS_2024_01_01_CST; ms < MS_2024_01_01_CST + 366 * DAY_MS; ms += HOUR_MS) {
		int64_t back = -1;
		time_format(ms, buf);
		assert_true(time_parse(buf, &back));
		assert_int_equal(back, ms);
	}
	/* a bare date parses to the same instant as its formatted midnight */
	int64_t d1, d2;
	assert_true(time_parse("2026-11-29", &d1));
	time_format(d1, buf);
	assert_string_equal(buf, "2026-11-29T00:00:00+08:00");
	assert_true(time_parse(buf, &d2));
	assert_int_equal(d1, d2);
}

static void time_parse_range_matches_format(void **state)
{
	/* Whatever time_parse accepts, time_format must render as a time time_parse accepts
	 * again: otherwise a stored due_at comes back as a string no client can send back. These
	 * are valid RFC 3339 instants at the ends of the accepted years whose China time falls
	 * outside 1970..9999. */
	static const char *const edges[] = {
		"9999-12-31T23:00:00-05:00",     /* 10000-01-01T12:00+08:00 in China time */
		"9999-12-31T20:00:00Z",          /* 10000-01-01T04:00+08:00 */
		"1970-01-01T00:00:00+14:00",     /* 1969-12-31T18:00+08:00 */
		"1970-01-01T07:59:59+08:00",     /* 1969-12-31 in UTC, but 1970 in China: fine */
	};
	char buf[TIME_STR_MAX];

	(void)state;
	for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
		int64_t ms, back;
		if (!time_parse(edges[i], &ms))
			continue;                    /* refusing the input is a fine answer */
		time_format(ms, buf);
		if (!time_parse(buf, &back))
			fail_msg("time_parse(\"%s\") accepted, but its rendering \"%s\" does not parse",
			    edges[i], buf);
		assert_int_equal(back, ms);
	}
}

static void time_week_start_known(void **state)
{
	const int64_t mon = MS_2024_01_01_CST;       /* Monday 2024-01-01 00:00 China */

	(void)state;
	assert_int_equal(time_week_start(mon), mon);
	assert_int_equal(time_week_start(mon + 1), mon);
	assert_int_equal(time_week_start(mon + 2 * DAY_MS + 12 * HOUR_MS), mon);   /* Wednesday */
	assert_int_equal(time_week_start(mon + 7 * DAY_MS - 1), mon);   /* Sunday 23:59:59.999 */
	assert_int_equal(time_week_start(mon + 7 * DAY_MS), mon + 7 * DAY_MS);
	/* Monday 00:30 China is still Sunday 16:30 in UTC: the week is China's */
	assert_int_equal(time_week_start(mon + 7 * DAY_MS + HOUR_MS / 2), mon + 7 * DAY_MS);
	/* Sunday 2023-12-31 20:00 China belongs to the week before */
	assert_int_equal(time_week_start(mon - 4 * HOUR_MS), mon - 7 * DAY_MS);
	/* the epoch was a Thursday, 08:00 China; its Monday was 1969-12-29 00:00 China */
	assert_int_equal(time_week_start(0), -(3 * DAY_MS + 8 * HOUR_MS));
	/* a whole year of days: always a Monday at or before the instant, less than a week back */
	for (int64_t ms = mon; ms < mon + 400 * DAY_MS; ms += DAY_MS / 3) {
		int64_t w = time_week_start(ms);
		assert_true(w <= ms);
		assert_true(ms - w < 7 * DAY_MS);
		assert_int_equal((w - mon) % (7 * DAY_MS), 0);
	}
}

/* ------------------------------------------------------------------ parse_i64 */

static void parse_i64_cases(void **state)
{
	int64_t v;

	(void)state;
	assert_true(parse_i64("0", 0, 10, &v));
	assert_int_equal(v, 0);
	assert_true(parse_i64("10", 0, 10, &v));
	assert_int_equal(v, 10);
	assert_true(parse_i64("-5", -5, 5, &v));
	assert_int_equal(v, -5);
	assert_true(parse_i64("9223372036854775807", 0, INT64_MAX, &v));
	assert_true(v == INT64_MAX);
	assert_true(parse_i64("-9223372036854775808", INT64_MIN, 0, &v));
	assert_true(v == INT64_MIN);
	assert_true(parse_i64("007", 1, 10, &v));
	assert_int_equal(v, 7);

	v = 99;
	assert_false(parse_i64("11", 0, 10, &v));      /* above max */
	assert_false(parse_i64("-6", -5, 5, &v));      /* below min */
	assert_false(parse_i64("0", 1, 10, &v));
	assert_false(parse_i64("9223372036854775808", 0, INT64_MAX, &v));    /* overflow */
	assert_false(parse_i64("-9223372036854775809", INT64_MIN, 0, &v));
	assert_false(parse_i64("99999999999999999999999", 0, INT64_MAX, &v));
	assert_false(parse_i64("", 0, 10, &v));
	assert_false(parse_i64(NULL, 0, 10, &v));
	assert_false(parse_i64("12x", 0, 100, &v));
	assert_false(parse_i64("x12", 0, 100, &v));
	assert_false(parse_i64("1 2", 0, 100, &v));
	assert_false(parse_i64(" 12", 0, 100, &v));
	assert_false(parse_i64("12 ", 0, 100, &v));
	assert_false(parse_i64("+12", 0, 100, &v));
	assert_false(parse_i64("-", -10, 100, &v));
	assert_false(parse_i64("0x10", 0, 100, &v));
	assert_false(parse_i64("1e3", 0, 10000, &v));
	assert_false(parse_i64("1.0", 0, 100, &v));
	assert_false(parse_i64("１２", 0, 100, &v));    /* full-width digits */
	assert_int_equal(v, 99);                      /* untouched on failure */
}

/* ------------------------------------------------------------------ UTF-8 */

static void utf8_counts(void **state)
{
	static const struct {
		const char *s;
		long want;
	} t[] = {
		{ "", 0 },
		{ "hello", 5 },
		{ "平安", 2 },                      /* 3 bytes each */
		{ "a平b安c", 5 },
		{ "\xC3\xA9", 1 },                  /* é, 2 bytes */
		{ "\xF0\x9F\x98\x80", 1 },          /* U+1F600, 4 bytes */
		{ "\xED\x9F\xBF", 1 },              /* U+D7FF, just below the surrogates */
		{ "\xEE\x80\x80", 1 },              /* U+E000, just above */
		{ "\xF4\x8F\xBF\xBF", 1 },          /* U+10FFFF, the last code point */
		{ "\xC2\x80", 1 },                  /* U+0080, the smallest 2-byte form */
		{ "\xE0\xA0\x80", 1 },              /* U+0800, the smallest 3-byte form */
		{ "\xF0\x90\x80\x80", 1 },          /* U+10000, the smallest 4-byte form */
		{ "\xE3\x80\x80", 1 },              /* U+3000 ideographic space */
		/* invalid */
		{ "\x80", -1 },                     /* lone continuation byte */
		{ "a\xBF" "b", -1 },
		{ "\xC0\x80", -1 },                 /* overlong NUL */
		{ "\xC1\xBF", -1 },                 /* overlong U+007F */
		{ "\xE0\x80\x80", -1 },             /* overlong */
		{ "\xE0\x9F\xBF", -1 },             /* overlong U+07FF */
		{ "\xF0\x80\x80\x80", -1 },         /* overlong */
		{ "\xF0\x8F\xBF\xBF", -1 },         /* overlong U+FFFF */
		{ "\xED\xA0\x80", -1 },             /* U+D800 surrogate */
		{ "\xED\xBF\xBF", -1 },             /* U+DFFF surrogate */
		{ "\xED\xA0\xBD\xED\xB8\x80", -1 }, /* CESU-8 pair */
		{ "\xF4\x90\x80\x80", -1 },         /* U+110000 */
		{ "\xF5\x80\x80\x80", -1 },
		{ "\xF8\x88\x80\x80\x80", -1 },     /* 5-byte form */
		{ "\xFE", -1 },
		{ "\xFF", -1 },
		{ "\xE5\xB9", -1 },                 /* 平 cut short */
		{ "\xE5\xB9" "A", -1 },             /* bad continuation */
		{ "\xC3", -1 },
		{ "\xF0\x9F\x98", -1 },
	};

	(void)state;
	for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
		long got = utf8_chars(t[i].s, strlen(t[i].s));
		if (got != t[i].want)
			fail_msg("utf8_chars case %zu = %ld, want %ld", i, got, t[i].want);
	}
	/* n, not the NUL, bounds the scan */
	assert_int_equal(utf8_chars("平安abc", 3), 1);
	assert_int_equal(utf8_chars("平安abc", 4), -1);     /* cuts 安 in half */
	assert_int_equal(utf8_chars("a\0b", 3), 3);
}

/* ------------------------------------------------------------------ base64url */

static void b64url_known_and_round_trip(void **state)
{
	char enc[160];
	unsigned char dec[160], raw[96];

	(void)state;
	/* RFC 4648 test vectors, without padding */
	static const char *const vec[][2] = { { "", "" }, { "f", "Zg" }, { "fo", "Zm8" },
		{ "foo", "Zm9v" }, { "foob", "Zm9vYg" }, { "fooba", "Zm9vYmE" },
		{ "foobar", "Zm9vYmFy" } };
	for (size_t i = 0; i < sizeof vec / sizeof vec[0]; i++) {
		size_t n = b64url_encode((const unsigned char *)vec[i][0], strlen(vec[i][0]), enc,
		    sizeof enc);
		assert_string_equal(enc, vec[i][1]);
		assert_int_equal(n, strlen(vec[i][1]));
		assert_int_equal(b64url_decode(enc, dec, sizeof dec), (long)strlen(vec[i][0]));
		assert_memory_equal(dec, vec[i][0], strlen(vec[i][0]));
	}
	/* the URL alphabet: 0xFB 0xFF is "+/8=" in standard base64 */
	unsigned char fb[2] = { 0xFB, 0xFF };
	b64url_encode(fb, 2, enc, sizeof enc);
	assert_string_equal(enc, "-_8");
	/* 32 bytes (a session token) encode to 43 characters */
	randombytes_buf(raw, 32);
	assert_int_equal(b64url_encode(raw, 32, enc, sizeof enc), 43);
	assert_int_equal(strlen(enc), 43);
	/* round trips of random bytes of every length */
	for (size_t n = 0; n <= sizeof raw; n++) {
		randombytes_buf(raw, n);
		b64url_encode(raw, n, enc, sizeof enc);
		for (const char *p = enc; *p; p++)
			assert_non_null(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			    "0123456789-_", *p));
		assert_int_equal(b64url_decode(enc, dec, sizeof dec), (long)n);
		assert_memory_equal(dec, raw, n);
	}
	/* invalid input and a too-small output buffer */
	assert_int_equal(b64url_decode("Zm9v+", dec, sizeof dec), -1);
	assert_int_equal(b64url_decode("Zm9v/", dec, sizeof dec), -1);
	assert_int_equal(b64url_decode("Zg==", dec, sizeof dec), -1);
	assert_int_equal(b64url_decode("Zm 9v", dec, sizeof dec), -1);
	assert_int_equal(b64url_decode("Zm9vYmFy", dec, 5), -1);
	assert_int_equal(b64url_decode("Zm9vYmFy", dec, 6), 6);
}

/* ------------------------------------------------------------------ messages in two languages */

static void msg_error_has_both_languages(void **state)
{
	struct pa_error e = { 0 };

	(void)state;
	pa_error_set(&e, PA_ERR_UNAUTH, "invalid_credentials", NULL, "wrong login or password");
	assert_string_equal(e.message, "wrong login or password");
	assert_string_equal(e.message_zh, "登录名或密码错误");
	assert_string_equal(pa_error_message(&e, 1), "登录名或密码错误");
	assert_string_equal(pa_error_message(&e, 0), "wrong login or password");
	/* the first error sticks, in both languages */
	pa_error_set(&e, PA_ERR_INVALID, "invalid_value", "title", "%s is required", "title");
	assert_string_equal(e.message_zh, "登录名或密码错误");
	pa_error_clear(&e);

	/* a number argument is formatted in both */
	pa_error_set(&e, PA_ERR_RATE, "rate_limited", NULL,
	    "too many failed logins; try again in %d seconds", 42);
	assert_string_equal(e.message, "too many failed logins; try again in 42 seconds");
	assert_non_null(strstr(e.message_zh, "42"));
	assert_null(strstr(e.message_zh, "seconds"));
	pa_error_clear(&e);
}

static void msg_untranslated_falls_back_to_english(void **state)
{
	struct pa_error e = { 0 };
	const char *fmt = "a message nobody has translated (%d)";

	(void)state;
	assert_null(msg_zh_find(fmt));
	pa_error_set(&e, PA_ERR_INVALID, "invalid_value", NULL, "a message nobody has translated (%d)",
	    7);
	assert_string_equal(e.message_zh, "");
	assert_string_equal(pa_error_message(&e, 1), "a message nobody has translated (7)");
	pa_error_clear(&e);
}

static void msg_field_is_shown_by_its_label(void **state)
{
	struct pa_error e = { 0 };

	(void)state;
	pa_error_set(&e, PA_ERR_INVALID, "missing_field", "title", "%s is required", "title");
	assert_string_equal(e.message, "title is required");
	assert_string_equal(e.message_zh, "缺少必填项：标题");
	pa_error_clear(&e);
	/* a dotted or indexed name falls back to its last part; unknown names to 该项 */
	assert_string_equal(msg_field_zh("fields.unit_id"), "承办单位");
	assert_string_equal(msg_field_zh("items[3].date"), "日期");
	assert_string_equal(msg_field_zh("photos[2]"), "照片");
	assert_string_equal(msg_field_zh("no_such_field_anywhere"), "该项");
	assert_string_equal(msg_field_zh(NULL), "该项");
	pa_error_set(&e, PA_ERR_INVALID, "missing_field", "zzz_unknown", "%s is required",
	    "zzz_unknown");
	assert_string_equal(e.message_zh, "缺少必填项：该项");
	pa_error_clear(&e);
	/* a %s that is not the field is shown as it is */
	pa_error_set(&e, PA_ERR_CONFLICT, "conflict", "login", "login %s is taken", "zhang.san");
	assert_string_equal(e.message_zh, "登录名“zhang.san”已被使用");
	assert_string_equal(e.message, "login zhang.san is taken");
	pa_error_clear(&e);
}

/* English names a field by its English label from the same table, never by its path: an
 * element of a list reads "person 1" (counted from 1), the lists it sits in follow with "of",
 * the "fields." of an action's fields is left out. */
static void msg_field_is_named_in_english(void **state)
{
	struct pa_error e = { 0 };
	char buf[128], small[12];

	(void)state;
	assert_string_equal(msg_field_en("title", buf, sizeof buf), "title");
	assert_string_equal(msg_field_en("id_number", buf, sizeof buf), "ID number");
	assert_string_equal(msg_field_en("fields.unit_id", buf, sizeof buf), "handling unit");
	assert_string_equal(msg_field_en("persons[0].id_number", buf, sizeof buf),
	    "ID number of person 1");
	assert_string_equal(msg_field_en("fields.persons[11].phone", buf, sizeof buf),
	    "phone number of person 12");
	assert_string_equal(msg_field_en("persons[0]", buf, sizeof buf), "person 1");
	assert_string_equal(msg_field_en("photos[2]", buf, sizeof buf), "photo 3");
	assert_string_equal(msg_field_en("grants[1].org_id", buf, sizeof buf), "unit of grant 2");
	/* a list without a word for one element, an unknown name, nothing */
	assert_string_equal(msg_field_en("notes[0].date", buf, sizeof buf), "date of item 1");
	assert_string_equal(msg_field_en("persons[0].we_chat", buf, sizeof buf),
	    "we chat of person 1");
	assert_string_equal(msg_field_en("", buf, sizeof buf), "this item");
	assert_string_equal(msg_field_en(NULL, buf, sizeof buf), "this item");
	/* a broken index is no element: the last name is still labelled */
	assert_string_equal(msg_field_en("persons[x].phone", buf, sizeof buf), "phone number");
	/* cut to the buffer, never past it */
	assert_string_equal(msg_field_en("persons[0].id_number", small, sizeof small), "ID number o");

	/* in a message: the same error in both languages, no path in either */
	pa_error_set(&e, PA_ERR_INVALID, "missing_field", "fields.persons[0].id_number",
	    "%s is required", "fields.persons[0].id_number");
	assert_string_equal(e.message, "ID number of person 1 is required");
	assert_string_equal(e.message_zh, "缺少必填项：第1位当事人的证件号码");
	assert_string_equal(e.field, "fields.persons[0].id_number");
	pa_error_clear(&e);
	/* a format without the field as an argument is printed as it is */
	pa_error_set(&e, PA_ERR_INVALID, "invalid_value", "lost_to",
	    "the lost-until time must not be in the future");
	assert_string_equal(e.message, "the lost-until time must not be in the future");
	pa_error_clear(&e);
	/* numbers after the field are still formatted */
	pa_error_set(&e, PA_ERR_INVALID, "invalid_value", "items[3].date",
	    "%s must be %.0f-%.0f characters", "items[3].date", 1.0, 20.0);
	assert_string_equal(e.message, "date of item 4 must be 1-20 characters");
	pa_error_clear(&e);
}

/* Chinese names which element of a list too, from the same table: the lists outermost first,
 * each 第N and its element word with its measure word (zh_one: 位当事人, 张照片), then 的 and
 * the label; a list without zh_one reads 第N个 and its label, an unlabelled one 第N项. */
static void msg_field_is_placed_in_chinese(void **state)
{
	struct pa_error e = { 0 };
	char buf[128], small[8];

	(void)state;
	assert_string_equal(msg_field_zh_path("title", buf, sizeof buf), "标题");
	assert_string_equal(msg_field_zh_path("fields.unit_id", buf, sizeof buf), "承办单位");
	assert_string_equal(msg_field_zh_path("fields.persons[1].id_number", buf, sizeof buf),
	    "第2位当事人的证件号码");
	assert_string_equal(msg_field_zh_path("persons[11].phone", buf, sizeof buf),
	    "第12位当事人的联系电话");
	assert_string_equal(msg_field_zh_path("persons[0]", buf, sizeof buf), "第1位当事人");
	assert_string_equal(msg_field_zh_path("photos[2]", buf, sizeof buf), "第3张照片");
	assert_string_equal(msg_field_zh_path("items[3].date", buf, sizeof buf), "第4项的日期");
	assert_string_equal(msg_field_zh_path("grants[1].org_id", buf, sizeof buf),
	    "第2项授权的所属单位");
	/* a labelled list without zh_one, an unlabelled list, an unknown name, nothing */
	assert_string_equal(msg_field_zh_path("notes[0].date", buf, sizeof buf), "第1个记录的日期");
	assert_string_equal(msg_field_zh_path("zz_list[1].date", buf, sizeof buf), "第2项的日期");
	assert_string_equal(msg_field_zh_path("persons[0].we_chat", buf, sizeof buf),
	    "第1位当事人的该项");
	assert_string_equal(msg_field_zh_path("", buf, sizeof buf), "该项");
	assert_string_equal(msg_field_zh_path(NULL, buf, sizeof buf), "该项");
	/* a broken index is no element: the last name is still labelled */
	assert_string_equal(msg_field_zh_path("persons[x].phone", buf, sizeof buf), "联系电话");
	/* cut to the buffer on a character, never past it or inside one */
	assert_string_equal(msg_field_zh_path("persons[0].phone", small, sizeof small), "第1位");

	/* in a message, with numbers after the field */
	pa_error_set(&e, PA_ERR_INVALID, "invalid_value", "fields.persons[1].id_number",
	    "%s is not a valid ID card number: its check digit is wrong",
	    "fields.persons[1].id_number");
	assert_string_equal(e.message_zh, "第2位当事人的证件号码不是有效的居民身份证号码：校验位不正确");
	pa_error_clear(&e);
	pa_error_set(&e, PA_ERR_INVALID, "invalid_value", "items[3].date",
	    "%s must be %.0f-%.0f characters", "items[3].date", 1.0, 20.0);
	assert_string_equal(e.message_zh, "第4项的日期应为 1 至 20 个字");
	pa_error_clear(&e);
}

/* Formats a Chinese format through msg_format with a variadic list, as pa_error_set does. */
static void fmt_zh(char *buf, size_t n, const char *zh, const char *field, ...)
{
	va_list ap;

	va_start(ap, field);
	msg_format(buf, n, zh, field, false, ap);
	va_end(ap);
}

static void msg_precision_zero_hides_an_argument(void **state)
{
	char buf[128];
	struct pa_error e = { 0 };

	(void)state;
	fmt_zh(buf, sizeof buf, "甲%.0s乙%.0lld丙%lld丁%.0zu戊%s", NULL, "code", 12345LL, 678LL,
	    (size_t)9, "尾");
	assert_string_equal(buf, "甲乙丙678丁戊尾");
	fmt_zh(buf, sizeof buf, "%.0f 与 %g，100%%", NULL, 2.6, 0.5);
	assert_string_equal(buf, "3 与 0.5，100%");
	/* the stale-version message shows no version numbers in Chinese */
	pa_error_set(&e, PA_ERR_CONFLICT, "stale_version", "version",
	    "the case changed since you read it (version %lld, now %lld); reload and retry", 3LL,
	    4LL);
	assert_non_null(strstr(e.message, "version 3, now 4"));
	assert_null(strpbrk(e.message_zh, "0123456789"));
	pa_error_clear(&e);
}

static void msg_long_values_are_cut_on_a_character(void **state)
{
	char buf[17];
	char big[400];
	struct pa_error e = { 0 };

	(void)state;
	/* 16 bytes of text: 5 characters of 3 bytes and the first byte of a sixth, which must go */
	fmt_zh(buf, sizeof buf, "%s", NULL, "一二三四五六七八");
	assert_string_equal(buf, "一二三四五");
	assert_int_equal(utf8_chars(buf, strlen(buf)), 5);
	memset(big, 'a', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	pa_error_set(&e, PA_ERR_CONFLICT, "conflict", "login", "login %s is taken", big);
	assert_true(strlen(e.message_zh) < sizeof e.message_zh);
	assert_true(utf8_chars(e.message_zh, strlen(e.message_zh)) > 0);
	assert_true(strlen(e.message) == sizeof e.message - 1);
	pa_error_clear(&e);
}

static void msg_conversions_compared_by_type(void **state)
{
	(void)state;
	assert_true(msg_same_conversions("%s must be %lld-%lld", "%s应在 %lld 至 %lld 之间"));
	assert_true(msg_same_conversions("%s and %zu", "%.0s%.0zu"));
	assert_true(msg_same_conversions("100%% done", "完成"));
	assert_false(msg_same_conversions("%s must be %lld-%lld", "%s应在 %d 至 %lld 之间"));
	assert_false(msg_same_conversions("%s is %d", "%d是%s"));
	assert_false(msg_same_conversions("%s", "没有参数"));
	assert_false(msg_same_conversions("无", "%s"));
	assert_false(msg_same_conversions("%*d", "%*d"));
	/* every entry of the real table passes (msg.c would drop the others) */
	for (size_t i = 0; i < msg_zh_count; i++) {
		if (!msg_same_conversions(msg_zh_table[i].en, msg_zh_table[i].zh))
			fail_msg("msg_zh.c: \"%s\" and its Chinese differ", msg_zh_table[i].en);
		assert_ptr_equal(msg_zh_find(msg_zh_table[i].en), msg_zh_find(msg_zh_table[i].en));
		assert_non_null(msg_zh_find(msg_zh_table[i].en));
	}
}

/* A platform message (msg_zh.c): this test runs without the types' own tables. */
#define SEALED "this case is sealed: once accepted, no action, edit or comment may change it"

static void msg_move_takes_both_messages(void **state)
{
	struct pa_error a = { 0 }, b = { 0 };

	(void)state;
	pa_error_set(&b, PA_ERR_CONFLICT, "action_not_allowed", "action",
	    "this case is sealed: once accepted, no action, edit or comment may change it");
	pa_error_move(&a, &b);
	assert_int_equal(a.err, PA_ERR_CONFLICT);
	assert_string_equal(a.code, "action_not_allowed");
	assert_string_equal(a.field, "action");
	assert_string_equal(a.message, SEALED);
	assert_string_equal(a.message_zh, "该事项已封存：确认后不能再办理、修改或评论");
	assert_int_equal(b.err, PA_OK);
	/* the first error sticks: a later move only clears its source */
	pa_error_set(&b, PA_ERR_INVALID, "invalid_value", NULL, "no such case");
	b.extra = json_object();
	pa_error_move(&a, &b);
	assert_string_equal(a.message, SEALED);
	assert_int_equal(b.err, PA_OK);
	assert_null(b.extra);
	pa_error_clear(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(arena_memory_is_zeroed_and_aligned),
		cmocka_unit_test(arena_cap_is_enforced),
		cmocka_unit_test(arena_huge_request_refused),
		cmocka_unit_test(arena_strings),
		cmocka_unit_test(arena_reset_reuses),
		cmocka_unit_test(sb_builds_and_grows),
		cmocka_unit_test(sb_max_is_exact),
		cmocka_unit_test(sb_first_error_sticks),
		cmocka_unit_test(sb_finish_empty_is_empty_string),
		cmocka_unit_test(sb_json_writers),
		cmocka_unit_test(time_format_known_values),
		cmocka_unit_test(time_format_matches_gmtime),
		cmocka_unit_test(json_str_escapes_at_every_offset),
		cmocka_unit_test(time_parse_valid),
		cmocka_unit_test(time_parse_invalid),
		cmocka_unit_test(time_round_trip),
		cmocka_unit_test(time_parse_range_matches_format),
		cmocka_unit_test(time_week_start_known),
		cmocka_unit_test(parse_i64_cases),
		cmocka_unit_test(utf8_counts),
		cmocka_unit_test(b64url_known_and_round_trip),
		cmocka_unit_test(msg_error_has_both_languages),
		cmocka_unit_test(msg_untranslated_falls_back_to_english),
		cmocka_unit_test(msg_field_is_shown_by_its_label),
		cmocka_unit_test(msg_field_is_named_in_english),
		cmocka_unit_test(msg_field_is_placed_in_chinese),
		cmocka_unit_test(msg_precision_zero_hides_an_argument),
		cmocka_unit_test(msg_long_values_are_cut_on_a_character),
		cmocka_unit_test(msg_conversions_compared_by_type),
		cmocka_unit_test(msg_move_takes_both_messages),
	};

	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
