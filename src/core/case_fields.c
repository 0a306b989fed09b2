/* case_fields.c — the validation tables of the case API's request bodies (run before the
 * handlers' logic). Data only, with no dependency beyond validate.h, so that the fuzzer checks
 * these very tables (tests/fuzz/fuzz_validate.c). */
#include "case_fields.h"

const char *const case_priorities[] = { "low", "normal", "high", "urgent", NULL };

const struct val_field case_create_fields[] = {
	{ "type", VT_STRING, VF_REQUIRED, 1, 32, NULL, NULL },
	/* title: required unless the type makes one (case_create checks after on_create) */
	{ "title", VT_STRING, VF_NULLABLE, 1, LIM_TITLE_CHARS, NULL, NULL },
	{ "body", VT_STRING, VF_NULLABLE, 0, LIM_BODY_CHARS, NULL, NULL },
	{ "org_id", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	{ "category", VT_STRING, VF_NULLABLE, 1, 64, NULL, NULL },
	{ "priority", VT_STRING, VF_NULLABLE, 1, 16, case_priorities, NULL },
	{ "lat", VT_NUMBER, VF_NULLABLE, -90, 90, NULL, NULL },
	{ "lon", VT_NUMBER, VF_NULLABLE, -180, 180, NULL, NULL },
	{ "address", VT_STRING, VF_NULLABLE, 0, LIM_TITLE_CHARS, NULL, NULL },
	{ "due_at", VT_TIME, VF_NULLABLE, 0, 0, NULL, NULL },
	{ "links", VT_ARRAY, VF_NULLABLE, 0, LIM_CASE_LINKS, NULL, NULL },
	/* persons (当事人): each entry checked by the registry (src/core/person.c) */
	{ "persons", VT_ARRAY, VF_NULLABLE, 0, LIM_PERSONS_PER_REQUEST, NULL, NULL },
	VAL_END
};

const struct val_field case_update_fields[] = {
	{ "version", VT_INT, VF_REQUIRED, 1, INT64_MAX, NULL, NULL },
	{ "title", VT_STRING, 0, 1, LIM_TITLE_CHARS, NULL, NULL },
	{ "body", VT_STRING, 0, 0, LIM_BODY_CHARS, NULL, NULL },
	{ "category", VT_STRING, 0, 1, 64, NULL, NULL },
	{ "priority", VT_STRING, 0, 1, 16, case_priorities, NULL },
	{ "lat", VT_NUMBER, VF_NULLABLE, -90, 90, NULL, NULL },
	{ "lon", VT_NUMBER, VF_NULLABLE, -180, 180, NULL, NULL },
	{ "address", VT_STRING, VF_NULLABLE, 0, LIM_TITLE_CHARS, NULL, NULL },
	{ "due_at", VT_TIME, VF_NULLABLE, 0, 0, NULL, NULL },
	VAL_END
};

const struct val_field case_action_fields[] = {
	{ "action", VT_STRING, VF_REQUIRED, 1, 32, NULL, NULL },
	{ "note", VT_STRING, VF_NULLABLE, 0, LIM_TEXT_CHARS, NULL, NULL },
	{ "version", VT_INT, VF_NULLABLE, 1, INT64_MAX, NULL, NULL },
	{ "fields", VT_OBJECT, VF_NULLABLE, 0, 0, NULL, NULL },   /* checked per action */
	VAL_END
};

const struct val_field case_comment_fields[] = {
	{ "body", VT_STRING, VF_REQUIRED, 1, LIM_TEXT_CHARS, NULL, NULL },
	VAL_END
};
