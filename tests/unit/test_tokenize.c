/* test_tokenize.c — the Chinese tokenizer (中文分词, src/search/tokenize.c) without a database:
 * CJK runs as bigrams plus colocated unigrams, Latin words and digit runs, full-width and case
 * folding, the query phrase form, byte offsets, emoji and invalid UTF-8, long words. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "search/tokenize.h"

/* The tokens as one string "a|b|@c": '|' between tokens, '@' before a colocated one. */
struct collect {
	char out[2048];
	size_t n;
	const char *text;        /* the input, to check the offsets */
	size_t len;
	int stop_after;          /* >0: return 7 after this many tokens */
	int seen;
};

static int collect_cb(void *ctx, int flags, const char *tok, size_t len, size_t start,
    size_t end)
{
	struct collect *c = ctx;
	int w;

	assert_true(start < end);
	assert_true(end <= c->len);
	assert_true(len > 0);
	w = snprintf(c->out + c->n, sizeof c->out - c->n, "%s%s%.*s", c->n ? "|" : "",
	    (flags & SEARCH_TOK_COLOCATED) ? "@" : "", (int)len, tok);
	assert_true(w > 0 && (size_t)w < sizeof c->out - c->n);
	c->n += (size_t)w;
	c->seen++;
	if (c->stop_after && c->seen >= c->stop_after)
		return 7;
	return 0;
}

static const char *toks(struct collect *c, const char *text, enum search_tok_mode mode)
{
	memset(c, 0, sizeof *c);
	c->text = text;
	c->len = strlen(text);
	assert_int_equal(search_tokenize(text, c->len, mode, collect_cb, c), 0);
	return c->out;
}

#define DOC(text, want) do { struct collect c_; \
	assert_string_equal(toks(&c_, text, SEARCH_TOK_DOCUMENT), want); } while (0)
#define QRY(text, want) do { struct collect c_; \
	assert_string_equal(toks(&c_, text, SEARCH_TOK_QUERY), want); } while (0)

/* ------------------------------------------------------------------ documents */

static void cjk_run_gives_bigrams_and_colocated_unigrams(void **state)
{
	DOC("电动车", "电动|@电|动车|@动|车");
	DOC("钱包", "钱包|@钱|包");
	DOC("门", "门");
	/* punctuation ends a run: no bigram across it */
	DOC("丢失，钱包", "丢失|@丢|失|钱包|@钱|包");
	DOC("", "");
	DOC("  ，。！", "");
}

static void latin_words_and_digits_split(void **state)
{
	DOC("iPhone 13 黑色", "iphone|13|黑色|@黑|色");
	DOC("iPhone13黑色", "iphone|13|黑色|@黑|色");
	DOC("JY2026120100002", "jy|2026120100002");
	DOC("雅迪DE2电动车", "雅迪|@雅|迪|de|2|电动|@电|动车|@动|车");
	DOC("a-b_c.d", "a|b|c|d");
}

static void fullwidth_and_case_are_folded(void **state)
{
	/* ｉＰｈｏｎｅ　１３ (full-width letters, ideographic space, full-width digits) */
	DOC("\xEF\xBD\x89\xEF\xBC\xB0\xEF\xBD\x88\xEF\xBD\x8F\xEF\xBD\x8E\xEF\xBD\x85"
	    "\xE3\x80\x80\xEF\xBC\x91\xEF\xBC\x93", "iphone|13");
	DOC("ABC Abc abc", "abc|abc|abc");
	/* Latin-1 capitals fold, × does not join words */
	DOC("\xC3\x89t\xC3\xA9 2\xC3\x97" "3", "\xC3\xA9t\xC3\xA9|2|3");
}

static void kana_hangul_and_rare_han_are_cjk(void **state)
{
	DOC("カメラ", "カメ|@カ|メラ|@メ|ラ");
	DOC("한국", "한국|@한|국");
	/* U+20BB7 𠮷 (extension B) next to 野 */
	DOC("\xF0\xA0\xAE\xB7野", "\xF0\xA0\xAE\xB7野|@\xF0\xA0\xAE\xB7|野");
	DOC("二〇二六", "二〇|@二|〇二|@〇|二六|@二|六");
}

static void emoji_and_invalid_utf8_separate(void **state)
{
	/* 😀 between characters: two runs */
	DOC("钱\xF0\x9F\x98\x80包", "钱|包");
	/* a lone continuation byte, a truncated sequence, an overlong '/', a surrogate */
	DOC("ab\x80" "cd", "ab|cd");
	DOC("钱\xE5\x8C", "钱");
	DOC("x\xC0\xAFy", "x|y");
	DOC("\xED\xA0\x80z", "z");
	DOC("\xFF\xFE\xF8\x88\x80\x80\x80", "");
}

static void offsets_point_at_the_source(void **state)
{
	struct collect c;
	const char *t = "ＡＢ电动";

	toks(&c, t, SEARCH_TOK_DOCUMENT);
	assert_string_equal(c.out, "ab|电动|@电|动");
}

/* Records the byte ranges of the tokens. */
struct ranges { size_t s[16], e[16]; int n; };
static int range_cb(void *ctx, int flags, const char *tok, size_t len, size_t start, size_t end)
{
	struct ranges *r = ctx;
	if (r->n < 16) {
		r->s[r->n] = start;
		r->e[r->n] = end;
		r->n++;
	}
	return 0;
}

static void byte_ranges_cover_folded_chars(void **state)
{
	struct ranges r = { {0}, {0}, 0 };
	const char *t = "ＡＢ 电动";   /* 6 bytes, space, 3 + 3 */

	search_tokenize(t, strlen(t), SEARCH_TOK_DOCUMENT, range_cb, &r);
	assert_int_equal(r.n, 4);
	assert_int_equal(r.s[0], 0);  assert_int_equal(r.e[0], 6);    /* ab */
	assert_int_equal(r.s[1], 7);  assert_int_equal(r.e[1], 13);   /* 电动 */
	assert_int_equal(r.s[2], 7);  assert_int_equal(r.e[2], 10);   /* 电 */
	assert_int_equal(r.s[3], 10); assert_int_equal(r.e[3], 13);   /* 动 */
}

static void long_words_are_cut(void **state)
{
	char text[300], want[SEARCH_TOKEN_MAX_BYTES + 1];
	struct collect c;

	memset(text, 'Q', 200);
	text[200] = '\0';
	memset(want, 'q', SEARCH_TOKEN_MAX_BYTES);
	want[SEARCH_TOKEN_MAX_BYTES] = '\0';
	assert_string_equal(toks(&c, text, SEARCH_TOK_DOCUMENT), want);
	/* the token is cut, the word is not split into several */
	{
		struct ranges r = { {0}, {0}, 0 };
		search_tokenize(text, 200, SEARCH_TOK_DOCUMENT, range_cb, &r);
		assert_int_equal(r.n, 1);
		assert_int_equal(r.e[0], 200);   /* the range still covers the whole word */
	}
}

static void emit_can_stop(void **state)
{
	struct collect c;

	memset(&c, 0, sizeof c);
	c.text = "电动车 雅迪";
	c.len = strlen(c.text);
	c.stop_after = 2;
	assert_int_equal(search_tokenize(c.text, c.len, SEARCH_TOK_DOCUMENT, collect_cb, &c), 7);
	assert_string_equal(c.out, "电动|@电");
	assert_int_equal(search_tokenize(NULL, 0, SEARCH_TOK_DOCUMENT, collect_cb, &c), 0);
}

/* ------------------------------------------------------------------ queries */

static void query_is_a_phrase_of_bigrams(void **state)
{
	QRY("门", "门");
	QRY("钱包", "钱包");
	QRY("电动车", "电动|动车");
	QRY("电动自行车", "电动|动自|自行|行车");
	/* the last character's unigram stays when more follows, so positions line up */
	QRY("黑色iPhone", "黑色|色|iphone");
	QRY("iPhone13黑色", "iphone|13|黑色");
	QRY("门，锁", "门|锁");
	QRY("门锁!", "门锁");
	QRY("!!", "");
	assert_int_equal(search_token_count("电动车", strlen("电动车"), SEARCH_TOK_QUERY), 2);
	assert_int_equal(search_token_count("电动车", strlen("电动车"), SEARCH_TOK_DOCUMENT), 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(cjk_run_gives_bigrams_and_colocated_unigrams),
		cmocka_unit_test(latin_words_and_digits_split),
		cmocka_unit_test(fullwidth_and_case_are_folded),
		cmocka_unit_test(kana_hangul_and_rare_han_are_cjk),
		cmocka_unit_test(emoji_and_invalid_utf8_separate),
		cmocka_unit_test(offsets_point_at_the_source),
		cmocka_unit_test(byte_ranges_cover_folded_chars),
		cmocka_unit_test(long_words_are_cut),
		cmocka_unit_test(emit_can_stop),
		cmocka_unit_test(query_is_a_phrase_of_bigrams),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
