/* tokenize.h — the Chinese full-text tokenizer (中文分词), pure C, no SQLite.
 *
 * Text is cut into tokens the way DESIGN.md §4 decided:
 *   - a run of CJK characters (汉字, kana, hangul) gives overlapping bigrams (二元组) plus
 *     unigrams, so that one-character queries work: "电动车" -> 电动, 电, 动车, 动, 车;
 *   - a run of Latin letters gives one word, a run of digits another ("iPhone13" -> iphone, 13);
 *   - full-width forms (全角) are folded to half-width and Latin capitals to small letters;
 *   - everything else (spaces, punctuation, emoji, invalid UTF-8) separates tokens.
 *
 * Positions. Every CJK character and every word takes one position. In a document the bigram
 * starting at a character comes first at that position and the unigram is emitted COLOCATED
 * with it (same position, SEARCH_TOK_COLOCATED), so a phrase of consecutive bigrams matches
 * contiguous text and a highlight spans the bigram. A query (SEARCH_TOK_QUERY) is tokenized into
 * a phrase instead: a CJK run of one character is its unigram; a longer run is its bigrams, plus
 * its last character's unigram when more tokens follow (so the positions line up with the
 * document's). Thus "电动车" is the phrase 电动 动车 (contiguous text only, never 电…动…车
 * apart) and "黑色iPhone" is 黑色 色 iphone.
 *
 * The same function feeds the SQLite FTS5 tokenizer (src/search/search.c) and anyone who needs
 * the tokens without a database (text similarity, a PostgreSQL backend). */
#ifndef PA_SEARCH_TOKENIZE_H
#define PA_SEARCH_TOKENIZE_H

#include <stddef.h>

#define SEARCH_TOKEN_MAX_BYTES  64    /* a longer Latin word or digit run is cut to this */

enum search_tok_mode {
	SEARCH_TOK_DOCUMENT,   /* bigrams + colocated unigrams: what is stored in the index */
	SEARCH_TOK_QUERY,      /* one phrase: what a search term must match contiguously */
};

#define SEARCH_TOK_COLOCATED 0x1   /* same position as the previous token (a synonym) */

/* Called for each token: tok (len bytes, folded UTF-8, not NUL-terminated, valid only during
 * the call), the byte range [start, end) it came from in the input, and flags. Returning
 * non-zero stops tokenizing; search_tokenize then returns that value. */
typedef int (*search_tok_fn)(void *ctx, int flags, const char *tok, size_t len,
    size_t start, size_t end);

/* Tokenizes text (len bytes, any bytes: invalid UTF-8 separates tokens). Returns 0 or the
 * first non-zero value returned by emit. */
int search_tokenize(const char *text, size_t len, enum search_tok_mode mode,
    search_tok_fn emit, void *ctx);

/* Counts the tokens of text in the mode (colocated ones included). */
size_t search_token_count(const char *text, size_t len, enum search_tok_mode mode);

#endif
