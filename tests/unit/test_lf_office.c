/* test_lf_office.c — the claim office of a unit (认领地点, lf_office.c): which phone numbers it
 * takes (digits, spaces, - + ( ) and 转 before an extension, at least one digit). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "modules/lf_office.h"

static void phone_accepts_written_numbers(void **state)
{
	static const char *const ok[] = {
		"0579-82301110", "0579 8230 1110", "+86 (579) 82301110", "110",
		"0579-82301110转8001", "13900001111", "(0579)82205110转8",
	};

	(void)state;
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
		assert_true(lf_office_phone_valid(ok[i]));
}

static void phone_refuses_words_and_no_digit(void **state)
{
	static const char *const bad[] = {
		"", "   ", "---", "()", "转", "call 110", "0579-82301110 分机8001",
		"0579-82301110ext8", "0579_82301110", "0579-82301110\n", "０５７９", "0579，82301110",
		"0579-82301110#",
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_false(lf_office_phone_valid(bad[i]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(phone_accepts_written_numbers),
		cmocka_unit_test(phone_refuses_words_and_no_digit),
	};

	return cmocka_run_group_tests_name("lf_office", tests, NULL, NULL);
}
