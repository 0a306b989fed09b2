/* tokenize.c — the Chinese full-text tokenizer (中文分词); see tokenize.h for the token rules.
 *
 * One pass over the input with one code point of lookahead. UTF-8 is decoded strictly (no
 * overlong forms, no surrogates, nothing above U+10FFFF); a byte that does not start a valid
 * sequence is a separator of its own, so any input tokenizes and no token holds invalid UTF-8. */
#include "tokenize.h"

#include <stdint.h>
#include <string.h>

enum cls { C_SEP, C_LETTER, C_DIGIT, C_CJK };

/* One decoded, folded code point and the bytes it came from. */
struct cp {
	uint32_t c;
	enum cls cls;
	size_t start, end;
};

struct cursor {
	const unsigned char *s;
	size_t n, pos;
};

/* Full-width ASCII (全角) to half-width, the ideographic space to a space, Latin capitals
 * (ASCII and Latin-1) to small letters. */
static uint32_t fold(uint32_t c)
{
	if (c >= 0xFF01 && c <= 0xFF5E)
		c -= 0xFEE0;
	else if (c == 0x3000)
		c = 0x20;
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return c + 32;
	return c;
}

/* The class of a folded code point. CJK: Han (CJK unified ideographs, extension A, B and
 * later, compatibility ideographs, 〇 and 々), kana and hangul syllables. */
static enum cls classify(uint32_t c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0x24F && c != 0xF7))
		return C_LETTER;
	if (c >= '0' && c <= '9')
		return C_DIGIT;
	if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F) ||
	    c == 0x3005 || c == 0x3007 ||
	    (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC ||
	    (c >= 0xAC00 && c <= 0xD7A3))
		return C_CJK;
	return C_SEP;
}

/* Decodes the next code point; false at the end of the input. */
static int next_cp(struct cursor *k, struct cp *out)
{
	const unsigned char *s = k->s + k->pos;
	size_t left = k->n - k->pos, need, i;
	uint32_t c, min;

	if (left == 0)
		return 0;
	out->start = k->pos;
	c = s[0];
	if (c < 0x80) {
		need = 1; min = 0;
	} else if ((c & 0xE0) == 0xC0) {
		need = 2; min = 0x80; c &= 0x1F;
	} else if ((c & 0xF0) == 0xE0) {
		need = 3; min = 0x800; c &= 0x0F;
	} else if ((c & 0xF8) == 0xF0) {
		need = 4; min = 0x10000; c &= 0x07;
	} else {
		goto invalid;
	}
	if (need > left)
		goto invalid;
	for (i = 1; i < need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			goto invalid;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		goto invalid;
	k->pos += need;
	out->end = k->pos;
	out->c = fold(c);
	out->cls = classify(out->c);
	return 1;
invalid:
	k->pos += 1;
	out->end = k->pos;
	out->c = 0xFFFD;
	out->cls = C_SEP;
	return 1;
}

/* Appends the UTF-8 form of c to buf (cap bytes); returns the new length, or len unchanged
 * if it does not fit. */
static size_t put_utf8(char *buf, size_t len, size_t cap, uint32_t c)
{
	unsigned char *p = (unsigned char *)buf + len;

	if (c < 0x80) {
		if (len + 1 > cap) return len;
		p[0] = (unsigned char)c;
		return len + 1;
	}
	if (c < 0x800) {
		if (len + 2 > cap) return len;
		p[0] = (unsigned char)(0xC0 | (c >> 6));
		p[1] = (unsigned char)(0x80 | (c & 0x3F));
		return len + 2;
	}
	if (c < 0x10000) {
		if (len + 3 > cap) return len;
		p[0] = (unsigned char)(0xE0 | (c >> 12));
		p[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		p[2] = (unsigned char)(0x80 | (c & 0x3F));
		return len + 3;
	}
	if (len + 4 > cap) return len;
	p[0] = (unsigned char)(0xF0 | (c >> 18));
	p[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
	p[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
	p[3] = (unsigned char)(0x80 | (c & 0x3F));
	return len + 4;
}

/* True if any token starts at or after the cursor (query mode: does the phrase go on?). */
static int token_follows(struct cursor k, const struct cp *ahead, int have_ahead)
{
	struct cp x;

	if (have_ahead && ahead->cls != C_SEP)
		return 1;
	while (next_cp(&k, &x))
		if (x.cls != C_SEP)
			return 1;
	return 0;
}

int search_tokenize(const char *text, size_t len, enum search_tok_mode mode,
    search_tok_fn emit, void *ctx)
{
	struct cursor k = { (const unsigned char *)text, text ? len : 0, 0 };
	struct cp cur, nxt;
	int have_cur, have_nxt, rc = 0;
	char buf[SEARCH_TOKEN_MAX_BYTES];
	size_t blen, wstart, wend, run;

	have_cur = next_cp(&k, &cur);
	have_nxt = have_cur ? next_cp(&k, &nxt) : 0;
	run = 0;   /* CJK characters so far in the current run */
	while (have_cur) {
		if (cur.cls == C_CJK) {
			int next_cjk = have_nxt && nxt.cls == C_CJK;
			run++;
			blen = put_utf8(buf, 0, sizeof buf, cur.c);
			if (next_cjk) {
				/* the bigram starting here, then (document) its unigram colocated */
				size_t ulen = blen;
				blen = put_utf8(buf, blen, sizeof buf, nxt.c);
				rc = emit(ctx, 0, buf, blen, cur.start, nxt.end);
				if (rc == 0 && mode == SEARCH_TOK_DOCUMENT)
					rc = emit(ctx, SEARCH_TOK_COLOCATED, buf, ulen, cur.start, cur.end);
			} else if (mode == SEARCH_TOK_DOCUMENT || run == 1 ||
			    token_follows(k, &nxt, have_nxt)) {
				/* the run's last character: its own position */
				rc = emit(ctx, 0, buf, blen, cur.start, cur.end);
			}
			if (rc)
				return rc;
			if (!next_cjk)
				run = 0;
			cur = nxt;
			have_cur = have_nxt;
			have_nxt = have_cur ? next_cp(&k, &nxt) : 0;
			continue;
		}
		if (cur.cls == C_LETTER || cur.cls == C_DIGIT) {
			enum cls wc = cur.cls;
			blen = 0;
			wstart = cur.start;
			wend = cur.end;
			for (;;) {
				blen = put_utf8(buf, blen, sizeof buf, cur.c);   /* cut when full */
				wend = cur.end;
				cur = nxt;
				have_cur = have_nxt;
				have_nxt = have_cur ? next_cp(&k, &nxt) : 0;
				if (!have_cur || cur.cls != wc)
					break;
			}
			rc = emit(ctx, 0, buf, blen, wstart, wend);
			if (rc)
				return rc;
			continue;
		}
		cur = nxt;
		have_cur = have_nxt;
		have_nxt = have_cur ? next_cp(&k, &nxt) : 0;
	}
	return 0;
}

static int count_cb(void *ctx, int flags, const char *tok, size_t len, size_t start, size_t end)
{
	(*(size_t *)ctx)++;
	return 0;
}

size_t search_token_count(const char *text, size_t len, enum search_tok_mode mode)
{
	size_t n = 0;

	search_tokenize(text, len, mode, count_cb, &n);
	return n;
}
