/* person_fmt.c — the pure part of the persons registry (当事人): normalising and checking
 * phones and ID numbers (GB 11643), and masking (脱敏). libc only, so the fuzzer links it
 * alone. See person.h. */
#include "person.h"

#include <string.h>

const char *const person_id_types[] = {
	"id_card",      /* 居民身份证 */
	"passport",     /* 护照 */
	"hk_macao",     /* 港澳居民来往内地通行证 */
	"taiwan",       /* 台湾居民来往大陆通行证 */
	"foreign_pr",   /* 外国人永久居留身份证 */
	"other",        /* 其他证件 */
	NULL,
};

static const char *const field_names[PF_COUNT + 1] = { NULL, "name", "phone", "id_number",
	"address", "note" };

const char *person_field_name(enum person_field f)
{
	return f >= 1 && f <= PF_COUNT ? field_names[f] : NULL;
}

enum person_field person_field_parse(const char *name)
{
	for (int i = 1; name && i <= PF_COUNT; i++)
		if (strcmp(field_names[i], name) == 0)
			return (enum person_field)i;
	return 0;
}

/* ------------------------------------------------------------------ phones */

bool person_phone_norm(const char *in, char out[PERSON_PHONE_MAX])
{
	size_t n = 0, len = strlen(in);
	const char *p = in;
	bool plus = false;

	out[0] = '\0';
	while (*p == ' ')
		p++;
	if (*p == '+') {
		plus = true;
		p++;
	}
	for (; *p; p++) {
		if (*p >= '0' && *p <= '9') {
			if (n >= PERSON_PHONE_MAX - 1)
				return false;
			out[n++] = *p;
		} else if (*p != ' ' && *p != '-' && *p != '(' && *p != ')') {
			return false;
		}
	}
	out[n] = '\0';
	(void)len;
	/* the country code of China, written +86 or 0086, is not part of the number */
	if ((plus && n > 2 && strncmp(out, "86", 2) == 0) ||
	    (!plus && n > 4 && strncmp(out, "0086", 4) == 0)) {
		size_t skip = plus ? 2 : 4;
		memmove(out, out + skip, n - skip + 1);
		n -= skip;
	} else if (plus) {
		return false;          /* another country: not a number we can check */
	}
	if (n == 11 && out[0] == '1' && out[1] >= '3' && out[1] <= '9')
		return true;           /* mobile (手机) */
	/* landline (座机) with its area code: 0 + area (2-3 more digits) + 7-8 digits */
	if (n >= 10 && n <= 12 && out[0] == '0' && out[1] != '0')
		return true;
	out[0] = '\0';
	return false;
}

/* ------------------------------------------------------------------ ID numbers */

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool person_id_card_valid(const char *s, int today_ymd)
{
	static const int w[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	static const char check[] = "10X98765432";
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int sum = 0, y, m, d;

	if (strlen(s) != 18)
		return false;
	for (int i = 0; i < 17; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		sum += (s[i] - '0') * w[i];
	}
	if (s[17] != check[sum % 11] || s[0] == '0')
		return false;
	y = (s[6] - '0') * 1000 + (s[7] - '0') * 100 + (s[8] - '0') * 10 + (s[9] - '0');
	m = (s[10] - '0') * 10 + (s[11] - '0');
	d = (s[12] - '0') * 10 + (s[13] - '0');
	if (y < 1900 || m < 1 || m > 12 || d < 1)
		return false;
	if (d > mdays[m - 1] + (m == 2 && leap(y)))
		return false;
	return y * 10000 + m * 100 + d <= today_ymd;
}

/* The birth date is checked apart so that the answer can say which part is wrong. */
static bool id_card_date_ok(const char *s, int today_ymd)
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y = (s[6] - '0') * 1000 + (s[7] - '0') * 100 + (s[8] - '0') * 10 + (s[9] - '0');
	int m = (s[10] - '0') * 10 + (s[11] - '0'), d = (s[12] - '0') * 10 + (s[13] - '0');

	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1] + (m == 2 && leap(y)))
		return false;
	return y * 10000 + m * 100 + d <= today_ymd;
}

enum person_id_check person_id_norm(const char *type, const char *in, int today_ymd,
    char out[PERSON_ID_MAX], const char **type_out)
{
	size_t n = 0;

	out[0] = '\0';
	*type_out = NULL;
	for (const char *p = in; *p; p++) {
		char ch = *p;
		if (ch == ' ')
			continue;
		if (ch >= 'a' && ch <= 'z')
			ch = (char)(ch - 'a' + 'A');
		if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || ch == '-'))
			return PID_BAD_CHARS;
		if (n >= PERSON_ID_MAX - 1)
			return PID_BAD_LENGTH;
		out[n++] = ch;
	}
	out[n] = '\0';
	if (type == NULL) {
		if (n != 18)
			return PID_TYPE_NEEDED;
		type = "id_card";
	}
	for (int i = 0; person_id_types[i]; i++)
		if (strcmp(person_id_types[i], type) == 0)
			*type_out = person_id_types[i];
	if (*type_out == NULL)
		return PID_BAD_TYPE;
	if (strcmp(*type_out, "id_card") != 0)
		return n >= 4 && n <= LIM_PERSON_ID_CHARS ? PID_OK : PID_BAD_LENGTH;
	if (n != 18)
		return PID_BAD_LENGTH;
	for (int i = 0; i < 17; i++)
		if (out[i] < '0' || out[i] > '9')
			return PID_BAD_CHARS;
	if (!id_card_date_ok(out, today_ymd))
		return PID_BAD_DATE;
	return person_id_card_valid(out, today_ymd) ? PID_OK : PID_BAD_CHECK;
}

/* ------------------------------------------------------------------ text */

/* Length of the white-space character at p (ASCII, U+3000, U+00A0), 0 if none. */
static size_t space_at(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;

	if (*u == ' ' || *u == '\t' || *u == '\n' || *u == '\r')
		return 1;
	if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;
	if (u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	return 0;
}

void person_text_trim(const char *in, char *out, size_t n)
{
	const char *start = in, *end;
	size_t k, len;

	while ((k = space_at(start)) != 0)
		start += k;
	end = start + strlen(start);
	for (;;) {
		if (end > start && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' ||
		    end[-1] == '\r'))
			end--;
		else if (end - start >= 3 && space_at(end - 3) == 3)
			end -= 3;
		else if (end - start >= 2 && space_at(end - 2) == 2)
			end -= 2;
		else
			break;
	}
	len = (size_t)(end - start);
	if (n == 0)
		return;
	if (len >= n)
		len = n - 1;
	/* never cut inside a UTF-8 sequence */
	while (len > 0 && ((unsigned char)start[len] & 0xC0) == 0x80)
		len--;
	memcpy(out, start, len);
	out[len] = '\0';
}

/* ------------------------------------------------------------------ masks */

/* Appends s to out (size n, used *w) as far as it fits. */
static void put(char *out, size_t n, size_t *w, const char *s, size_t len)
{
	if (*w + len >= n)
		len = *w < n ? n - 1 - *w : 0;
	memcpy(out + *w, s, len);
	*w += len;
	out[*w] = '\0';
}

void person_mask_phone(const char *digits, char *out, size_t n)
{
	size_t len = strlen(digits), w = 0;

	if (n == 0)
		return;
	out[0] = '\0';
	if (len >= 11) {
		put(out, n, &w, digits, 3);
		put(out, n, &w, "****", 4);
		put(out, n, &w, digits + len - 4, 4);
	} else if (len >= 5) {
		put(out, n, &w, "****", 4);
		put(out, n, &w, digits + len - 2, 2);
	} else {
		put(out, n, &w, "****", 4);
	}
}

void person_mask_id(const char *type, const char *num, char *out, size_t n)
{
	size_t len = strlen(num), w = 0;

	if (n == 0)
		return;
	out[0] = '\0';
	if (type && strcmp(type, "id_card") == 0 && len == 18) {
		put(out, n, &w, num, 6);
		put(out, n, &w, "********", 8);
		put(out, n, &w, num + 14, 4);
	} else if (len >= 8) {
		put(out, n, &w, "****", 4);
		put(out, n, &w, num + len - 4, 4);
	} else {
		put(out, n, &w, "****", 4);
	}
}

/* Length of the UTF-8 sequence starting at p (1 for a stray byte). */
static size_t u8len(const char *p)
{
	unsigned char c = (unsigned char)*p;
	size_t k = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;

	for (size_t i = 1; i < k; i++)
		if (p[i] == '\0' || ((unsigned char)p[i] & 0xC0) != 0x80)
			return 1;
	return k;
}

void person_mask_name(const char *name, char *out, size_t n)
{
	size_t chars = 0, w = 0, first, lastpos = 0;

	if (n == 0)
		return;
	out[0] = '\0';
	for (const char *p = name; *p; p += u8len(p)) {
		lastpos = (size_t)(p - name);
		chars++;
	}
	if (chars == 0)
		return;
	if (chars == 1) {
		put(out, n, &w, "*", 1);
		return;
	}
	first = u8len(name);
	put(out, n, &w, name, first);
	if (chars == 2) {
		put(out, n, &w, "*", 1);
		return;
	}
	for (size_t i = 0; i < chars - 2; i++)
		put(out, n, &w, "*", 1);
	put(out, n, &w, name + lastpos, strlen(name + lastpos));
}

/* The end (byte offset just past it) of the first occurrence of any of the markers, or 0. */
static size_t cut_after(const char *s, const char *const *markers)
{
	size_t best = 0;

	for (const char *const *m = markers; *m; m++) {
		const char *hit = strstr(s, *m);
		if (hit) {
			size_t end = (size_t)(hit - s) + strlen(*m);
			if (best == 0 || end < best)
				best = end;
		}
	}
	return best;
}

void person_mask_address(const char *addr, char *out, size_t n)
{
	static const char *const community[] = { "社区", "居委会", "村委会", "村", NULL };
	static const char *const township[] = { "街道", "镇", "乡", NULL };
	static const char *const county[] = { "区", "县", "市", NULL };
	size_t keep, len = strlen(addr), w = 0;

	if (n == 0)
		return;
	out[0] = '\0';
	if (len == 0)
		return;
	keep = cut_after(addr, community);
	if (keep == 0)
		keep = cut_after(addr, township);
	if (keep == 0) {
		/* the last county-level marker: 浙江省金华市婺城区 keeps through 婺城区 */
		for (const char *const *m = county; *m; m++) {
			const char *p = addr, *hit;
			while ((hit = strstr(p, *m)) != NULL) {
				size_t end = (size_t)(hit - addr) + strlen(*m);
				if (end > keep)
					keep = end;
				p = hit + strlen(*m);
			}
		}
	}
	put(out, n, &w, addr, keep);
	if (keep < len)
		put(out, n, &w, "***", 3);
}
