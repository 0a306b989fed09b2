/* fuzz_person.c — libFuzzer target for the persons registry's validators and masks
 * (src/core/person_fmt.c): phones, ID numbers (GB 11643) and the masks of every field. The
 * input is cut at a NUL (as a JSON string or a query value arrives) and tried as each kind of
 * value. It aborts when:
 *   - an accepted phone is not 11 digits starting with 1[3-9] or a 10-12 digit number
 *     starting with 0 (the normalised form: digits only);
 *   - an accepted ID card number is not 18 characters of which 17 digits, or fails the check
 *     digit when checked again, or normalisation is not idempotent;
 *   - a mask shows more than it may: a phone mask more than 7 digits (11+) or 2 (shorter); an
 *     ID card mask more than 10 characters of the number; any mask longer than its buffer or
 *     not NUL-terminated (ASan finds overruns). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/person.h"

static void check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "invariant broken: %s\n", what);
		abort();
	}
}

static size_t digits_in(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s >= '0' && *s <= '9';
	return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t n = strnlen((const char *)data, size);
	char *s = malloc(n + 1), ph[PERSON_PHONE_MAX], id[PERSON_ID_MAX], again[PERSON_ID_MAX];
	char mask[PERSON_MASK_MAX];
	const char *type, *type2;

	if (s == NULL)
		return 0;
	memcpy(s, data, n);
	s[n] = '\0';

	if (person_phone_norm(s, ph)) {
		size_t l = strlen(ph);
		check(digits_in(ph) == l, "a phone is digits only");
		check((l == 11 && ph[0] == '1' && ph[1] >= '3' && ph[1] <= '9') ||
		    (l >= 10 && l <= 12 && ph[0] == '0'), "a phone is a mobile or a landline");
		person_mask_phone(ph, mask, sizeof mask);
		check(digits_in(mask) <= (l >= 11 ? 7u : 2u), "a phone mask hides enough");
		check(digits_in(mask) + 4 <= l || l < 5, "at least four digits stay hidden");
	}
	if (person_id_norm(NULL, s, 20261201, id, &type) == PID_OK) {
		check(strcmp(type, "id_card") == 0 && strlen(id) == 18, "an ID card has 18 characters");
		check(digits_in(id) >= 17, "17 digits and a check character");
		check(person_id_card_valid(id, 20261201), "the check digit holds");
		check(person_id_norm(NULL, id, 20261201, again, &type2) == PID_OK &&
		    strcmp(again, id) == 0, "normalising is idempotent");
		person_mask_id(type, id, mask, sizeof mask);
		check(strlen(mask) == 18 && digits_in(mask) + 8 <= 18, "an ID card mask hides 8");
	}
	if (person_id_norm("passport", s, 20261201, id, &type) == PID_OK)
		check(strlen(id) >= 4 && strlen(id) <= LIM_PERSON_ID_CHARS, "a document number's length");
	person_mask_name(s, mask, sizeof mask);
	check(strlen(mask) < sizeof mask, "a name mask fits");
	person_mask_address(s, mask, sizeof mask);
	check(strlen(mask) < sizeof mask, "an address mask fits");
	person_text_trim(s, mask, sizeof mask);
	free(s);
	return 0;
}
