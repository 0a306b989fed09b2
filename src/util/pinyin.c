/* pinyin.c — the lookup of the generated pinyin table (pinyin.h). */
#include <stdint.h>
#include <stddef.h>

#include "pinyin.h"

#define PA_PINYIN_FIRST 0x4E00u   /* the table's range: CJK unified ideographs */
#define PA_PINYIN_LAST  0x9FFFu

/* build/gen/pinyin.c (tools/gen-pinyin.sh) */
extern const char pa_pinyin_syllables[][8];
extern const uint16_t pa_pinyin_cjk[PA_PINYIN_LAST - PA_PINYIN_FIRST + 1];

const char *pa_pinyin(unsigned cp)
{
	if (cp < PA_PINYIN_FIRST || cp > PA_PINYIN_LAST)
		return NULL;
	uint16_t k = pa_pinyin_cjk[cp - PA_PINYIN_FIRST];
	return k ? pa_pinyin_syllables[k] : NULL;
}
