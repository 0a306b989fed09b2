/* fuzz_lfserial.c — libFuzzer target for the lost-and-found scorer's parsers
 * (src/modules/lf_match.c): the serial normaliser, the tail, the serial comparison, brand,
 * colour and kind lookup, the text tokens and a whole score. The input is any bytes, split at
 * the first 0xFF into two items' texts. It aborts when:
 *   - a normalised serial is not NUL-terminated within its buffer, or holds a byte other than
 *     A-Z, 0-9 and '*', or two '*' in a row;
 *   - normalising twice changes the result (the normaliser is idempotent);
 *   - the comparison is not symmetric, or an overlap exceeds the shorter serial;
 *   - a serial found in a free text is not such a normalised serial of 4 characters or more;
 *   - a prepared item's strings are not terminated, or its marks' groups do not add up;
 *   - a score is neither LF_IMPOSSIBLE nor within bounds, or a reason is not terminated. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "modules/lostfound.h"

static void check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "invariant broken: %s\n", what);
		abort();
	}
}

static void serial_ok(const char *s, size_t cap)
{
	size_t n = strnlen(s, cap);
	check(n < cap, "terminated");
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		check((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*', "serial bytes");
		check(!(c == '*' && i > 0 && s[i - 1] == '*'), "one mask per run");
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char a[512], b[512], na[LF_SERIAL_MAX], nb[LF_SERIAL_MAX], again[LF_SERIAL_MAX], tail[8];
	const uint8_t *cut = memchr(data, 0xFF, size);
	size_t la = cut ? (size_t)(cut - data) : size, lb = cut ? size - la - 1 : 0;
	int o1, o2;

	if (la >= sizeof a)
		la = sizeof a - 1;
	if (lb >= sizeof b)
		lb = sizeof b - 1;
	memcpy(a, data, la);
	a[la] = '\0';
	memcpy(b, cut ? cut + 1 : data, lb);
	b[lb] = '\0';
	lf_serial_norm(a, la, na, sizeof na);
	lf_serial_norm(b, lb, nb, sizeof nb);
	serial_ok(na, sizeof na);
	serial_ok(nb, sizeof nb);
	lf_serial_norm(na, strlen(na), again, sizeof again);
	check(strcmp(na, again) == 0, "idempotent");
	lf_serial_tail(na, tail);
	check(strlen(tail) == 0 || strlen(tail) == 4, "tail of 4");
	enum lf_serial_cmp c1 = lf_serial_compare(na, nb, &o1), c2 = lf_serial_compare(nb, na, &o2);
	check(c1 == c2 && o1 == o2, "symmetric comparison");
	check(o1 <= (int)(strlen(na) < strlen(nb) ? strlen(na) : strlen(nb)), "overlap");
	lf_brand_find(a);
	lf_color_compare(lf_color_bits(a), lf_color_bits(b));
	{
		/* serials found in a free text are normalised serials too */
		char found[4][LF_SERIAL_MAX], kinds[4];
		int k = lf_serials_in_text(a, found, kinds, 4);
		check(k >= 0 && k <= 4, "serials in text count");
		for (int i = 0; i < k; i++) {
			serial_ok(found[i], sizeof found[i]);
			check(strlen(found[i]) >= 4, "a serial in text has 4 characters or more");
		}
	}

	/* every category's own readings (a jewel's beads, cash's sums, keys' counts, a bag's
	 * contents): the first byte picks the lost side's, the last the found side's */
	static const char *const cats[] = { "id_doc", "phone", "wallet", "keys", "ebike", "bicycle",
		"bag", "cash", "jewelry", "electronics", "other" };
	const size_t ncat = sizeof cats / sizeof cats[0];
	const char *lc = cats[size ? data[0] % ncat : 1], *fc = cats[size ? data[size - 1] % ncat : 1];
	struct lf_item l = { .category = lc, .body = a, .brand = a, .color = a, .model = a,
		.serial = a, .marks = a, .address = a, .t_from = 1000, .t_to = 2000 };
	struct lf_item f = { .category = fc, .body = b, .brand = b, .color = b, .model = b,
		.serial = b, .marks = b, .address = b, .t_from = 1500 + (int64_t)size, .t_to = 0 };
	static struct lf_prep lp, fp;
	struct lf_reason r[LF_REASONS_MAX];
	int nr;
	lf_prepare(&l, &lp);
	lf_prepare(&f, &fp);
	serial_ok(lp.serial, sizeof lp.serial);
	serial_ok(lp.serial2, sizeof lp.serial2);
	check(strnlen(lp.holder, sizeof lp.holder) < sizeof lp.holder, "holder terminated");
	check(strnlen(lp.words, sizeof lp.words) < sizeof lp.words, "words terminated");
	check(strnlen(lp.owner, sizeof lp.owner) < sizeof lp.owner, "owner terminated");
	check(strnlen(lp.scrtext, sizeof lp.scrtext) < sizeof lp.scrtext, "screen words terminated");
	check(lp.born == 0 || (lp.born >= 1900 && lp.born <= 2030), "year of birth in range");
	check(lp.nmgroup >= 0 && lp.nmgroup <= LF_MARK_GROUPS, "mark groups");
	check(lp.ninsc <= LF_INSCR_MAX && lp.nstick <= LF_INSCR_MAX, "written words counted");
	for (int i = 0; i < lp.ninsc; i++)
		check(lp.insc[i][0] && strnlen(lp.insc[i], LF_INSCR_BYTES) < LF_INSCR_BYTES,
		    "written words terminated, never empty");
	for (int i = 0; i < lp.nstick; i++)
		check(lp.stick[i][0] && strnlen(lp.stick[i], LF_INSCR_BYTES) < LF_INSCR_BYTES,
		    "sticker words terminated, never empty");
	{
		int sum = 0;
		for (int i = 0; i < lp.nmgroup; i++)
			sum += lp.mgroup[i];
		check(sum == lp.nmtok, "mark groups hold the mark tokens");
	}
	/* the sounds of the words (round 30): counted within the cap, sorted and unique for the
	 * binary search */
	check(lp.nstok >= 0 && lp.nstok <= LF_STOK_MAX, "sounds counted");
	/* a brand's syllables (round 51): within the cap, each an index the table has */
	check(lp.nbsyl <= LF_BSYL_MAX && fp.nbsyl <= LF_BSYL_MAX, "brand syllables counted");
	for (int i = 0; i < lp.nbsyl; i++)
		check(lp.bsyl[i] > 0, "a brand syllable is one the table has");
	for (int i = 1; i < lp.nstok; i++)
		check(lp.stok[i - 1] < lp.stok[i], "sounds sorted and unique");
	/* the text's pairs of characters (round 66): within the cap, sorted and unique for the
	 * binary search; the engraved words' within theirs */
	check(lp.ncbig >= 0 && lp.ncbig <= LF_CBIG_MAX, "pairs counted");
	for (int i = 1; i < lp.ncbig; i++)
		check(lp.cbig[i - 1] < lp.cbig[i], "pairs sorted and unique");
	check(lp.nibig <= LF_INSCR_CHARS && (lp.nibig == 0 || lp.ninsc > 0), "engraved pairs counted");
	int p = lf_score(&l, &lp, &f, &fp, r, &nr);
	lf_score(&f, &fp, &l, &lp, r, &nr);                 /* either side as the lost one */
	p = lf_score(&l, &lp, &f, &fp, r, &nr);
	{
		/* a stored side scores alike: its category and times, its features from their bytes
		 * (round 66) */
		static unsigned char buf[LF_PREP_PACK_MAX];
		static struct lf_prep q;
		struct lf_item bare = { .category = fc, .t_from = f.t_from, .t_to = f.t_to };
		size_t n = lf_prep_pack(&fp, buf, sizeof buf);
		check(n > 0 && lf_prep_unpack(buf, n, &q), "features pack and unpack");
		check(lf_score(&l, &lp, &bare, &q, r, &nr) == p, "a stored found item scores alike");
		struct lf_item lbare = { .category = lc, .t_from = l.t_from, .t_to = l.t_to };
		n = lf_prep_pack(&lp, buf, sizeof buf);
		check(n > 0 && lf_prep_unpack(buf, n, &q), "features pack and unpack");
		check(lf_score(&lbare, &q, &f, &fp, r, &nr) == p, "a stored lost report scores alike");
	}
	check(p == LF_IMPOSSIBLE || (p > -500 && p < 500), "score bounds");
	check(nr >= 0 && nr <= LF_REASONS_MAX, "reasons");
	for (int i = 0; i < nr; i++)
		check(strnlen(r[i].detail, LF_DETAIL_MAX) < LF_DETAIL_MAX, "reason terminated");
	return 0;
}
