/* lf_pii.c — ID numbers in lost-and-found texts (证件号码脱敏): found in a title, description,
 * serial or marks, a full resident ID number is replaced by its mask in what is stored, goes to
 * the persons registry (core/person.h) as the holder linked to the case, and reaches the
 * matcher whole in memory only; its stored features hold a sealed serial (the mask and a keyed
 * hash). A 15-digit first-generation ID number after an ID cue is masked and sealed alike, but
 * not sent to the registry (it takes 18 characters). See lostfound.h. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/person.h"
#include "../db/db.h"
#include "lostfound.h"

#define ID_LEN 18
#define PII_TODAY_ANY 99991231    /* the seal's check: the same answer at any later date */

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The separators a number is grouped by, as the normalised copy has them (scrub_norm: an en or
 * em dash is '-', an ideographic space ' '). */
static bool sep(char c)
{
	return c == ' ' || c == '-' || c == '.' || c == '/';
}

/* What may not follow an ID number: more of a number (a digit, a check character X). A Latin
 * letter may (330702…1237abc), and may precede it (IDNo330702…): a digit before vetoes. */
static bool id_more(char c)
{
	return digit(c) || c == 'X' || c == 'x';
}

/* The groups an ID number is written in with separators (330702 19900101 1237,
 * 330702-1990-0101-1237, 330 702 1990 0101 1237), besides all 18 together. */
static const int id_groups[][6] = { { 18, 0 }, { 6, 8, 4, 0 }, { 6, 4, 4, 4, 0 },
	{ 3, 3, 4, 4, 4, 0 } };

/* Whether a number of total characters written in the groups g (their lengths, 0-ended; one
 * kind of separator between them) starts at in[at] with nothing of a longer number after it (a
 * digit or X, or a separator and a digit); norm gets its characters (the last may be an X when
 * x_last), *end the byte after it. */
static bool grouped_at(const char *in, size_t at, size_t len, const int *g, size_t total,
    bool x_last, char *norm, size_t *end)
{
	size_t n = 0;
	char sp = 0;

	for (int k = 0; g[k]; k++) {
		if (k > 0) {
			if (at >= len || !sep(in[at]) || (sp && in[at] != sp))
				return false;
			sp = in[at++];
		}
		for (int d = 0; d < g[k]; d++, at++) {
			bool x = x_last && n == total - 1 && at < len && (in[at] == 'X' || in[at] == 'x');
			if (at >= len || !(digit(in[at]) || x))
				return false;
			norm[n++] = in[at];
		}
	}
	if ((at < len && id_more(in[at])) || (at + 1 < len && sep(in[at]) && digit(in[at + 1])))
		return false;
	*end = at;
	return true;
}

/* Whether a full ID number standing alone starts at in[i] (all together, or in one of the
 * groups above with one separator); norm gets it (upper-case X), *used the bytes it spans. */
static bool id_at(const char *in, size_t i, size_t len, char norm[ID_LEN + 1], int today_ymd,
    size_t *used)
{
	size_t end;

	if (i > 0 && digit(in[i - 1]))
		return false;
	for (size_t g = 0; g < sizeof id_groups / sizeof id_groups[0]; g++) {
		if (!grouped_at(in, i, len, id_groups[g], ID_LEN, true, norm, &end))
			continue;
		norm[ID_LEN] = '\0';
		if (norm[ID_LEN - 1] == 'x')
			norm[ID_LEN - 1] = 'X';
		if (person_id_card_valid(norm, today_ymd)) {
			*used = end - i;
			return true;
		}
	}
	return false;
}

#define ID15_LEN 15

/* The words that say an ID number follows (the cue of a 15-digit one), and those that say the
 * number after them is another's (an IMEI, a student or permit number, a card, a phone). */
static const char *const id15_cues[] = { "身份证", "身分证", "身份證", "身份号码", "证件号",
	"证号", NULL };
static const char *const id15_not_cues[] = { "串号", "串码", "imei", "meid", "学号", "学生证",
	"驾驶证", "行驶证", "工作证", "护照", "档案编号", "序列号", "卡号", "银行卡", "电话", "手机号",
	"联系", NULL };

/* Whether cue (the text before a number, within its clause) ends in an ID's cue: one of
 * id15_cues, and none of id15_not_cues after the last of them. */
static bool id15_cued(const char *cue)
{
	static const char *const ends[] = { "。", "；", "\n", NULL };
	const char *clause = cue, *last = NULL;
	size_t lastlen = 0;

	for (int k = 0; ends[k]; k++)
		for (const char *q = strstr(clause, ends[k]); q; q = strstr(clause, ends[k]))
			clause = q + strlen(ends[k]);
	for (int k = 0; id15_cues[k]; k++)
		for (const char *q = strstr(clause, id15_cues[k]); q; q = strstr(q + 1, id15_cues[k]))
			if (last == NULL || q + strlen(id15_cues[k]) > last + lastlen) {
				last = q;
				lastlen = strlen(id15_cues[k]);
			}
	if (last == NULL)
		return false;
	for (int k = 0; id15_not_cues[k]; k++)
		if (strcasestr(last + lastlen, id15_not_cues[k]))
			return false;
	return true;
}

/* A first-generation number's region and birth date: the region's first digit 1-6 (the six
 * regions of GB/T 2260) and its second not 0; YYMMDD a real date of 19YY. */
static bool id15_plausible(const char *d)
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y = 1900 + (d[6] - '0') * 10 + (d[7] - '0');
	int m = (d[8] - '0') * 10 + (d[9] - '0'), day = (d[10] - '0') * 10 + (d[11] - '0');
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (d[0] < '1' || d[0] > '6' || d[1] == '0')
		return false;
	return m >= 1 && m <= 12 && day >= 1 && day <= mdays[m - 1] + (m == 2 && leap);
}

/* The groups a 15-digit number is written in: all together, or 6-6-3. */
static const int id15_groups[][4] = { { 15, 0 }, { 6, 6, 3, 0 } };

/* Whether a cued first-generation ID number standing alone starts at in[i] (id15_cued,
 * id15_plausible); norm gets it, *used the bytes it spans. */
static bool id15_at(const char *in, size_t i, size_t len, char norm[ID15_LEN + 1], size_t *used)
{
	size_t from = i > LF_PII_ID15_CUE_BYTES ? i - LF_PII_ID15_CUE_BYTES : 0, end;
	char cue[LF_PII_ID15_CUE_BYTES + 1];

	if (i > 0 && digit(in[i - 1]))
		return false;
	for (size_t g = 0; g < sizeof id15_groups / sizeof id15_groups[0]; g++) {
		if (!grouped_at(in, i, len, id15_groups[g], ID15_LEN, false, norm, &end))
			continue;
		norm[ID15_LEN] = '\0';
		if (!id15_plausible(norm))
			return false;
		memcpy(cue, in + from, i - from);
		cue[i - from] = '\0';
		if (!id15_cued(cue))
			return false;
		*used = end - i;
		return true;
	}
	return false;
}

/* A 15-digit number's mask (330702*****1237) or, key given, its stand-in of the same shape
 * for the matcher's tokens (the hidden digits from a keyed hash). */
static void id15_replacement(const char *norm, const unsigned char *key, char out[ID15_LEN + 1])
{
	unsigned char h[ID15_LEN];

	memcpy(out, norm, ID15_LEN + 1);
	if (key)
		crypto_generichash(h, sizeof h, (const unsigned char *)norm, ID15_LEN, key, 32);
	for (int k = 6; k < ID15_LEN - 4; k++)
		out[k] = key ? (char)('0' + h[k] % 10) : '*';
	sodium_memzero(h, sizeof h);
}

#define CARD_MIN 16
#define CARD_MAX 19
#define CARD_CUE_BYTES 48     /* how far before a card number its cue (卡号, 银行卡 …) may be,
                                 * within its clause (after the last 。；or line break) */

/* The words that name a card or its bank before its number: 卡 (卡号, 银行卡, 信用卡, 储蓄卡 …),
 * a bank's name or short name, an account. A Luhn-valid run of 16-19 digits with none of them
 * before it (an order number, a device serial) stays as typed; an IMEI (15 digits), a phone
 * number (11) or a frame number (letters) is no card number at all. */
static const char *const card_cues[] = { "卡", "银行", "工行", "农行", "建行", "中行", "交行",
	"招行", "邮储", "信用社", "农信", "银联", "账号", "帐号", "户名", NULL };
static const char *const card_cues_latin[] = { "card", "unionpay", "bank", NULL };

static bool card_cued(const char *cue)
{
	static const char *const ends[] = { "。", "；", "\n", NULL };
	const char *clause = cue;

	for (int k = 0; ends[k]; k++)
		for (const char *q = strstr(clause, ends[k]); q; q = strstr(clause, ends[k]))
			clause = q + strlen(ends[k]);
	for (int k = 0; card_cues[k]; k++)
		if (strstr(clause, card_cues[k]))
			return true;
	for (int k = 0; card_cues_latin[k]; k++)
		if (strcasestr(clause, card_cues_latin[k]))
			return true;
	return false;
}

/* The Luhn check of n digits. */
static bool luhn(const char *d, size_t n)
{
	int sum = 0;

	for (size_t k = 0; k < n; k++) {
		int v = d[n - 1 - k] - '0';
		if (k % 2 == 1 && (v *= 2) > 9)
			v -= 9;
		sum += v;
	}
	return sum % 10 == 0;
}

/* Whether a whole bank card number standing alone starts at in[i]: 16-19 digits together or in
 * groups of 4 (the last 1-4) with one kind of separator, Luhn-valid, with a card, its bank or
 * an account named in the CARD_CUE_BYTES of its clause before it (card_cues) or
 * cued (the text is a serial field: the field is its own cue; an IMEI has 15 digits).
 * norm gets the digits, *used the bytes it spans. */
static bool card_at(const char *in, size_t i, size_t len, char norm[CARD_MAX + 1], bool cued,
    size_t *used)
{
	size_t at = i, n = 0, from = i > CARD_CUE_BYTES ? i - CARD_CUE_BYTES : 0;
	char sp = 0, cue[CARD_CUE_BYTES + 1];
	int group = 0;

	if (i > 0 && digit(in[i - 1]))
		return false;
	while (at < len && n < CARD_MAX + 1) {
		if (digit(in[at])) {
			if (n < CARD_MAX)
				norm[n] = in[at];
			n++;
			at++;
			group++;
		} else if (sep(in[at]) && group == 4 && at + 1 < len &&
		    digit(in[at + 1]) && (sp == 0 || sp == in[at])) {
			sp = in[at++];
			group = 0;
		} else {
			break;
		}
	}
	if (n < CARD_MIN || n > CARD_MAX || (at < len && digit(in[at])) ||
	    (sp && group > 4))
		return false;
	norm[n] = '\0';
	if (!luhn(norm, n))
		return false;
	memcpy(cue, in + from, i - from);
	cue[i - from] = '\0';
	if (!cued && !card_cued(cue))
		return false;
	*used = at - i;
	return true;
}

/* A card number's mask (前6后4: 622202*********0123) or, key given, its stand-in of the same
 * shape for the matcher's tokens (the hidden digits from a keyed hash). */
static void card_replacement(const char *norm, const unsigned char *key, char *out)
{
	size_t n = strlen(norm);
	unsigned char h[CARD_MAX];

	memcpy(out, norm, n + 1);
	if (key)
		crypto_generichash(h, sizeof h, (const unsigned char *)norm, n, key, 32);
	for (size_t k = 6; k < n - 4; k++)
		out[k] = key ? (char)('0' + h[k] % 10) : '*';
	sodium_memzero(h, sizeof h);
}

/* What replaces a number in out: its mask, or (key given: the text the matcher's tokens are
 * read from) a stand-in of the same shape, the first 6 and last 4 characters with 8 digits of
 * a keyed hash of the number between them, so that two texts naming one number share its
 * token as before and nobody without the key can test a guess against a stored token. */
static void replacement(const char norm[ID_LEN + 1], const unsigned char *key, char out[ID_LEN + 1])
{
	if (key == NULL) {
		char mask[PERSON_MASK_MAX];
		person_mask_id("id_card", norm, mask, sizeof mask);
		snprintf(out, ID_LEN + 1, "%.18s", mask);
		return;
	}
	unsigned char h[8];
	crypto_generichash(h, sizeof h, (const unsigned char *)norm, ID_LEN, key, 32);
	memcpy(out, norm, ID_LEN + 1);
	for (int k = 0; k < 8; k++)
		out[6 + k] = (char)('0' + h[k] % 10);
	sodium_memzero(h, sizeof h);
}

static bool scrub(const char *in, char *out, size_t cap, struct lf_pii *p, int today_ymd,
    const unsigned char *key, bool serial);

bool lf_pii_scrub(const char *in, char *out, size_t cap, struct lf_pii *p, int today_ymd)
{
	return scrub(in, out, cap, p, today_ymd, NULL, false);
}

bool lf_pii_scrub_serial(const char *in, char *out, size_t cap, struct lf_pii *p, int today_ymd)
{
	return scrub(in, out, cap, p, today_ymd, NULL, true);
}

/* One character of in at in[i] as the normalised copy has it (*step: the bytes it spans):
 * full-width digits ０-９ and Ｘ ｘ are ASCII, a full-width hyphen, an en or em dash '-', the
 * ideographic space ' '; anything else its own byte. */
static char norm_char(const char *in, size_t i, size_t len, size_t *step)
{
	const unsigned char *u = (const unsigned char *)in + i;

	*step = 3;
	if (len - i >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99)
		return (char)('0' + (u[2] - 0x90));
	if (len - i >= 3 && u[0] == 0xEF && u[1] == 0xBC && u[2] == 0xB8)
		return 'X';
	if (len - i >= 3 && u[0] == 0xEF && u[1] == 0xBD && u[2] == 0x98)
		return 'x';
	if (len - i >= 3 && ((u[0] == 0xEF && u[1] == 0xBC && u[2] == 0x8D) ||
	    (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94))))
		return '-';
	if (len - i >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return ' ';
	*step = 1;
	return in[i];
}

/* The numbers are found in a normalised copy of in (norm_char; a run of one separator is
 * one), and the span of in each covers is replaced: the replacement (18 or 16-19 bytes) is
 * never longer than that span. */
static bool scrub(const char *in, char *out, size_t cap, struct lf_pii *p, int today_ymd,
    const unsigned char *key, bool serial)
{
	size_t len = in ? strlen(in) : 0, w = 0, nl = 0;
	bool any = false;
	char *nb;
	size_t *at;            /* at[j]: the byte of in where nb[j] starts; at[nl] = len */

	if (cap == 0)
		return false;
	nb = malloc(len + 1);
	at = malloc((len + 1) * sizeof *at);
	if (nb == NULL || at == NULL) {
		free(nb);
		free(at);
		out[0] = '\0';        /* nothing of in: the caller refuses (p->failed) */
		p->failed = true;
		return true;
	}
	for (size_t i = 0, step; i < len; i += step) {
		char c = norm_char(in, i, len, &step);
		if (sep(c) && nl > 0 && nb[nl - 1] == c)
			continue;
		at[nl] = i;
		nb[nl++] = c;
	}
	at[nl] = len;
	nb[nl] = '\0';
	for (size_t j = 0; j < nl && w + 1 < cap;) {
		char norm[ID_LEN + 1], mask[ID_LEN + 1];
		size_t used = 0;
		if (digit(nb[j]) && id_at(nb, j, nl, norm, today_ymd, &used)) {
			bool known = false;
			for (int k = 0; k < p->n && !known; k++)
				known = strcmp(p->id[k], norm) == 0;
			if (!known && p->n < LF_PII_IDS)
				snprintf(p->id[p->n++], sizeof p->id[0], "%s", norm);
			replacement(norm, key, mask);
			for (size_t k = 0; mask[k] && w + 1 < cap; k++)
				out[w++] = mask[k];
			sodium_memzero(norm, sizeof norm);
			j += used;
			any = true;
			continue;
		}
		char id15[ID15_LEN + 1], mask15[ID15_LEN + 1];
		if (digit(nb[j]) && id15_at(nb, j, nl, id15, &used)) {
			bool known = false;
			for (int k = 0; k < p->n15 && !known; k++)
				known = strcmp(p->id15[k], id15) == 0;
			if (!known && p->n15 < LF_PII_IDS)
				snprintf(p->id15[p->n15++], sizeof p->id15[0], "%s", id15);
			id15_replacement(id15, key, mask15);
			for (size_t k = 0; mask15[k] && w + 1 < cap; k++)
				out[w++] = mask15[k];
			sodium_memzero(id15, sizeof id15);
			j += used;
			any = true;
			continue;
		}
		char card[CARD_MAX + 1], cmask[CARD_MAX + 1];
		if (digit(nb[j]) && card_at(nb, j, nl, card, serial, &used)) {
			card_replacement(card, key, cmask);
			for (size_t k = 0; cmask[k] && w + 1 < cap; k++)
				out[w++] = cmask[k];
			sodium_memzero(card, sizeof card);
			j += used;
			any = true;
			continue;
		}
		for (size_t k = at[j]; k < at[j + 1] && w + 1 < cap; k++)
			out[w++] = in[k];
		j++;
	}
	out[w] = '\0';
	sodium_memzero(nb, len + 1);
	free(nb);
	free(at);
	return any;
}

void lf_pii_restore(const char *in, char *out, size_t cap, const struct lf_pii *p)
{
	size_t len = in ? strlen(in) : 0, w = 0;

	if (cap == 0)
		return;
	for (size_t i = 0; i < len && w + 1 < cap;) {
		bool done = false;
		for (int k = 0; k < p->n && !done && i + ID_LEN <= len; k++) {
			char mask[PERSON_MASK_MAX];
			person_mask_id("id_card", p->id[k], mask, sizeof mask);
			if (memcmp(in + i, mask, ID_LEN) == 0 && (i == 0 || !digit(in[i - 1])) &&
			    (i + ID_LEN == len || !id_more(in[i + ID_LEN])) && w + ID_LEN < cap) {
				memcpy(out + w, p->id[k], ID_LEN);
				w += ID_LEN;
				i += ID_LEN;
				done = true;
			}
		}
		if (!done)
			out[w++] = in[i++];
	}
	out[w] = '\0';
}

/* The key of sealed serials: derived from the request-hash key (from the master key, so that a
 * rotation of the personal-data key leaves stored features comparable). */
static bool seal_key(unsigned char k[32])
{
	static const char ctx[] = "pa-lf-serial";
	unsigned char rk[32];

	if (!person_request_key(rk))
		return false;
	crypto_generichash(k, 32, (const unsigned char *)ctx, sizeof ctx - 1, rk, sizeof rk);
	sodium_memzero(rk, sizeof rk);
	return true;
}

/* A serial slot that is a whole ID number becomes its mask, LF_SEAL_CHAR and the keyed hash
 * (hex); without the key it keeps the mask alone. */
static void seal_card(char s[LF_SERIAL_MAX], const unsigned char key[32], bool keyed)
{
	size_t n = strlen(s);
	unsigned char h[LF_PII_HASH_BYTES];
	char hex[2 * LF_PII_HASH_BYTES + 1] = "";

	if (n < CARD_MIN || n > CARD_MAX || strspn(s, "0123456789") != n || !luhn(s, n))
		return;
	if (keyed) {
		crypto_generichash(h, sizeof h, (const unsigned char *)s, n, key, 32);
		sodium_bin2hex(hex, sizeof hex, h, sizeof h);
	}
	/* the mask as the stored text shows it (its length is what a reason says agrees) */
	char in[CARD_MAX + 1];
	memcpy(in, s, n + 1);
	snprintf(s, LF_SERIAL_MAX, "%.6s%.*s%.4s%s%s", in, (int)(n - 10), "*********", in + n - 4,
	    keyed ? "#" : "", hex);
	sodium_memzero(in, sizeof in);
}

/* A serial slot that is the 15-digit ID number num becomes its mask, LF_SEAL_CHAR and the
 * keyed hash (without the key the mask alone). */
static void seal_id15(char s[LF_SERIAL_MAX], const char *num, const unsigned char key[32],
    bool keyed)
{
	unsigned char h[LF_PII_HASH_BYTES];
	char mask[ID15_LEN + 1], hex[2 * LF_PII_HASH_BYTES + 1] = "";

	if (strcmp(s, num) != 0)
		return;
	id15_replacement(num, NULL, mask);
	if (keyed) {
		crypto_generichash(h, sizeof h, (const unsigned char *)num, ID15_LEN, key, 32);
		sodium_bin2hex(hex, sizeof hex, h, sizeof h);
	}
	snprintf(s, LF_SERIAL_MAX, "%s%s%s", mask, keyed ? "#" : "", hex);
	sodium_memzero(h, sizeof h);
}

static void seal(char s[LF_SERIAL_MAX], const unsigned char key[32], bool keyed, char kind)
{
	unsigned char h[LF_PII_HASH_BYTES];
	char mask[ID_LEN + 1], hex[2 * LF_PII_HASH_BYTES + 1];
	char norm[ID_LEN + 1];

	if (kind == LF_SK_CARD && !strchr(s, LF_SEAL_CHAR)) {
		seal_card(s, key, keyed);
		return;
	}
	if (strlen(s) != ID_LEN || strchr(s, '*') || strchr(s, LF_SEAL_CHAR))
		return;
	snprintf(norm, sizeof norm, "%s", s);
	if (norm[ID_LEN - 1] == 'x')
		norm[ID_LEN - 1] = 'X';
	if (!person_id_card_valid(norm, PII_TODAY_ANY))
		return;
	person_mask_id("id_card", norm, mask, sizeof mask);
	if (keyed) {
		crypto_generichash(h, sizeof h, (const unsigned char *)norm, ID_LEN, key, 32);
		sodium_bin2hex(hex, sizeof hex, h, sizeof h);
		snprintf(s, LF_SERIAL_MAX, "%.18s%c%s", mask, LF_SEAL_CHAR, hex);
	} else {
		snprintf(s, LF_SERIAL_MAX, "%.18s", mask);
	}
	sodium_memzero(norm, sizeof norm);
}

void lf_pii_prepare(const struct lf_item *full, struct lf_prep *p, char tail[8])
{
	struct lf_item m = *full;
	struct lf_pii ids = { 0 };
	char *buf[6] = { NULL, NULL, NULL, NULL, NULL, NULL };
	const char *const src[6] = { full->title, full->body, full->serial, full->marks,
		full->brand, full->model };
	const char **dst[6] = { &m.title, &m.body, &m.serial, &m.marks, &m.brand, &m.model };
	unsigned char key[32];
	bool any = false, keyed = seal_key(key), bare = false;

	lf_prepare(full, p);
	if (tail)
		lf_serial_tail(p->serial, tail);
	/* the text tokens (and the words and marks drawn from them) of the texts with each number's
	 * keyed stand-in: no unkeyed hash of a whole number is stored */
	for (int i = 0; i < 6; i++) {
		if (src[i] == NULL)
			continue;
		if ((buf[i] = malloc(strlen(src[i]) + 1)) == NULL) {
			bare = true;
			continue;
		}
		if (scrub(src[i], buf[i], strlen(src[i]) + 1, &ids, PII_TODAY_ANY,
		    keyed ? key : NULL, i == 2)) {
			*dst[i] = buf[i];
			any = true;
		}
	}
	if (any) {
		struct lf_prep *t = malloc(sizeof *t);
		if (t) {
			lf_prepare(&m, t);
			memcpy(p->tok, t->tok, sizeof p->tok);
			p->ntok = t->ntok;
			memcpy(p->mtok, t->mtok, sizeof p->mtok);
			p->nmtok = t->nmtok;
			memcpy(p->mgroup, t->mgroup, sizeof p->mgroup);
			p->nmgroup = t->nmgroup;
			p->mbody = t->mbody;
			memcpy(p->words, t->words, sizeof p->words);
			/* a lock screen's words (锁屏是…) from the masked text too (round 65's review) */
			memcpy(p->scrtext, t->scrtext, sizeof p->scrtext);
			/* a brand or model typed with a number: its normalised text from the stand-in */
			if (*dst[4] != src[4])
				memcpy(p->brand_raw, t->brand_raw, sizeof p->brand_raw);
			if (*dst[5] != src[5])
				memcpy(p->model, t->model, sizeof p->model);
			free(t);
		} else {
			bare = true;
		}
	}
	if (bare) {
		memset(p->brand_raw, 0, sizeof p->brand_raw);
		memset(p->model, 0, sizeof p->model);
		/* no memory to mask a text: no text tokens at all rather than the unkeyed ones of a
		 * whole number (the serials below are sealed as ever) */
		p->ntok = 0;
		p->nmtok = 0;
		p->nmgroup = 0;
		memset(p->tok, 0, sizeof p->tok);
		memset(p->mtok, 0, sizeof p->mtok);
		memset(p->mgroup, 0, sizeof p->mgroup);
		memset(p->words, 0, sizeof p->words);
		memset(p->scrtext, 0, sizeof p->scrtext);
	}
	for (int i = 0; i < 6; i++)
		free(buf[i]);
	seal(p->serial, key, keyed, p->skind[0]);
	seal(p->serial2, key, keyed, p->skind[1]);
	/* a first-generation ID number the texts masked is sealed where a serial holds it (the
	 * matcher may have read it under any kind: 15 digits look like an IMEI) */
	for (int k = 0; k < ids.n15; k++) {
		seal_id15(p->serial, ids.id15[k], key, keyed);
		seal_id15(p->serial2, ids.id15[k], key, keyed);
	}
	sodium_memzero(key, sizeof key);
	sodium_memzero(&ids, sizeof ids);
}

pa_err lf_pii_case_ids(struct db_conn *c, int64_t id, struct lf_pii *p)
{
	char ids[LF_PII_IDS][PERSON_ID_MAX];
	int n = 0;
	pa_err rc = person_case_id_numbers(c, id, ids, LF_PII_IDS, &n);

	p->n = 0;
	for (int i = 0; i < n; i++)
		if (strlen(ids[i]) == ID_LEN)
			snprintf(p->id[p->n++], sizeof p->id[0], "%s", ids[i]);
	sodium_memzero(ids, sizeof ids);
	return rc;
}

bool lf_pii_card_seal(const char *slot)
{
	return strchr(slot, LF_SEAL_CHAR) != NULL;
}

void lf_pii_seal_apply(struct lf_prep *p, const char *frag)
{
	const char *h = strchr(frag, LF_SEAL_CHAR);
	char *slot[LF_SERIALS] = { p->serial, p->serial2 };
	char mask[LF_SERIAL_MAX];
	size_t n = 0;

	if (h == NULL || strlen(frag) >= LF_SERIAL_MAX)
		return;
	/* the mask as lf_serial_norm reads it from the text: a run of '*' is one */
	for (const char *q = frag; q < h; q++)
		if (*q != '*' || n == 0 || mask[n - 1] != '*')
			mask[n++] = *q;
	mask[n] = '\0';
	for (int i = 0; i < LF_SERIALS; i++)
		if (strcmp(slot[i], mask) == 0)
			snprintf(slot[i], LF_SERIAL_MAX, "%s", frag);
}
