/* pinyin.h — the toneless pinyin reading of a Chinese character (汉字拼音).
 *
 * The table is made at build time by tools/gen-pinyin.sh from the data of Debian's package
 * golang-github-mozillazg-go-pinyin-dev (build/gen/pinyin.c): the first (most common) reading
 * of each CJK unified ideograph U+4E00..U+9FFF, tone marks dropped and ü written u. The lost-
 * and-found matcher reads brands by their sound with it (锦绣 = Jinxiu, 绿驹 = Lvju, 能宝 = 能保). */
#ifndef PA_PINYIN_H
#define PA_PINYIN_H

#include <stddef.h>

/* The reading of code point cp ("lu" for 绿), NULL when the table has none. */
const char *pa_pinyin(unsigned cp);

/* The table's index of reading cp (1 and up), 0 when the table has none. */
unsigned pa_pinyin_index(unsigned cp);

/* The table's index of the syllable the n lower-case letters at s spell ("shou"), 0 when no
 * character reads so. */
unsigned pa_pinyin_syllable(const char *s, size_t n);

#endif
