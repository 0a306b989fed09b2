/* test_lf_pii.c — first-generation (15-digit) resident ID numbers in lost-and-found texts
 * (src/modules/lf_pii.c): masked with an ID cue before them, a plausible region and a real
 * birth date; an IMEI (15 digits too), a number after another number's cue, a bad date or
 * region are left as typed. No database. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "modules/lostfound.h"

#define TODAY 20261203

/* With a cue: masked first 6 and last 4, counted in id15 (never in id: the registry takes 18
 * characters only), together or grouped 6-6-3, full width too. */
static void id15_masked_with_a_cue(void **state)
{
	struct lf_pii p = { 0 };
	char out[256];

	(void)state;
	assert_true(lf_pii_scrub("捡到身份证一张，身份证号330702900101123。", out, sizeof out, &p,
	    TODAY));
	assert_string_equal(out, "捡到身份证一张，身份证号330702*****1123。");
	assert_int_equal(p.n, 0);
	assert_int_equal(p.n15, 1);
	assert_string_equal(p.id15[0], "330702900101123");
	assert_true(lf_pii_scrub("公民身份号码 110105 491231 002", out, sizeof out, &p, TODAY));
	assert_string_equal(out, "公民身份号码 110105*****1002");
	assert_int_equal(p.n15, 2);
	assert_true(lf_pii_scrub("证号：３３０７０２９００１０１１２３", out, sizeof out, &p, TODAY));
	assert_string_equal(out, "证号：330702*****1123");
	assert_int_equal(p.n15, 2);           /* the same number once */
	/* the serial field: an ID cue in it masks the number; the field alone is no ID cue */
	memset(&p, 0, sizeof p);
	assert_true(lf_pii_scrub_serial("身份证330702900101123", out, sizeof out, &p, TODAY));
	assert_string_equal(out, "身份证330702*****1123");
	assert_false(lf_pii_scrub_serial("330702900101123", out, sizeof out, &p, TODAY));
	assert_string_equal(out, "330702900101123");
	assert_int_equal(p.n, 0);
}

/* An IMEI: without an ID cue (串号, IMEI, nothing), or with another number's cue after the ID
 * word of its clause, as typed, even when its digits would pass as a region and a date. */
static void imei_untouched(void **state)
{
	static const char *const keep[] = {
		"手机串号330702900101123",
		"IMEI:330702900101123",
		"330702900101123",
		"里面有身份证和手机，手机串号330702900101123",
		"身份证号码不记得了，学号330702900101123",
		"身份证丢了。330702900101123",          /* the cue in another clause */
		"身份证号3307029001011234",              /* 16 digits: no 15-digit number */
		"身份证号3307029001011231X",
		NULL,
	};
	struct lf_pii p = { 0 };
	char out[256];

	(void)state;
	for (int i = 0; keep[i]; i++) {
		assert_false(lf_pii_scrub(keep[i], out, sizeof out, &p, TODAY));
		assert_string_equal(out, keep[i]);
	}
	assert_int_equal(p.n15, 0);
}

/* A date that is none (month 13, 30 February, day 0) or a region no province has (first digit
 * 7-9 or 0, second digit 0): as typed. 29 February of a leap year is a date. */
static void id15_bad_date_or_region_untouched(void **state)
{
	static const char *const keep[] = {
		"身份证号330702901301123",
		"身份证号330702900230123",
		"身份证号330702900100123",
		"身份证号330702910229123",
		"身份证号730702900101123",
		"身份证号303702900101123",
		"身份证号030702900101123",
		NULL,
	};
	struct lf_pii p = { 0 };
	char out[256];

	(void)state;
	for (int i = 0; keep[i]; i++) {
		assert_false(lf_pii_scrub(keep[i], out, sizeof out, &p, TODAY));
		assert_string_equal(out, keep[i]);
	}
	assert_true(lf_pii_scrub("身份证号330702920229123", out, sizeof out, &p, TODAY));
	assert_string_equal(out, "身份证号330702*****9123");
}

/* The stored features of an item whose description names a 15-digit ID number after its cue
 * and whose serial field holds the same number: no run of its digits in the packed bytes (the
 * serial slot is sealed, the tokens read from the stand-in). */
static void id15_not_in_features(void **state)
{
	struct lf_item it = { .category = "id_doc", .title = "身份证",
		.body = "捡到一张老身份证，身份证号330702900101123，姓名王子涵",
		.serial = "330702900101123" };
	struct lf_prep *p = malloc(sizeof *p);
	unsigned char *pack = malloc(LF_PREP_PACK_MAX);
	size_t n;

	(void)state;
	assert_non_null(p);
	assert_non_null(pack);
	lf_pii_prepare(&it, p, NULL);
	assert_null(strstr(p->serial, "900101"));
	assert_null(strstr(p->serial2, "900101"));
	assert_null(strstr(p->words, "900101"));
	n = lf_prep_pack(p, pack, LF_PREP_PACK_MAX);
	assert_true(n > 0);
	assert_null(memmem(pack, n, "900101", 6));
	free(pack);
	free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(id15_masked_with_a_cue),
		cmocka_unit_test(imei_untouched),
		cmocka_unit_test(id15_bad_date_or_region_untouched),
		cmocka_unit_test(id15_not_in_features),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
