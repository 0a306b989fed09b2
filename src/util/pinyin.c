/* pinyin.c — the lookup of the generated pinyin table (pinyin.h). */
#include <stdint.h>
#include <stddef.h>
#include <string.h>

#include "pinyin.h"

#define PA_PINYIN_FIRST 0x4E00u   /* the table's range: CJK unified ideographs */
#define PA_PINYIN_LAST  0x9FFFu

/* build/gen/pinyin.c (tools/gen-pinyin.sh) */
extern const char pa_pinyin_syllables[][8];
extern const unsigned pa_pinyin_nsyllables;
extern const uint16_t pa_pinyin_cjk[PA_PINYIN_LAST - PA_PINYIN_FIRST + 1];

const char *pa_pinyin(unsigned cp)
{
	if (cp < PA_PINYIN_FIRST || cp > PA_PINYIN_LAST)
		return NULL;
	uint16_t k = pa_pinyin_cjk[cp - PA_PINYIN_FIRST];
	return k ? pa_pinyin_syllables[k] : NULL;
}

unsigned pa_pinyin_index(unsigned cp)
{
	if (cp < PA_PINYIN_FIRST || cp > PA_PINYIN_LAST)
		return 0;
	return pa_pinyin_cjk[cp - PA_PINYIN_FIRST];
}

unsigned pa_pinyin_syllable(const char *s, size_t n)
{
	if (n == 0 || n >= sizeof pa_pinyin_syllables[0])
		return 0;
	for (unsigned k = 1; k < pa_pinyin_nsyllables; k++)
		if (strncmp(pa_pinyin_syllables[k], s, n) == 0 && pa_pinyin_syllables[k][n] == '\0')
			return k;
	return 0;
}
