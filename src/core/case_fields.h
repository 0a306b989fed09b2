/* case_fields.h — validation tables of POST/PATCH /api/v1/cases, actions and comments. */
#ifndef PA_CASE_FIELDS_H
#define PA_CASE_FIELDS_H

#include "../http/validate.h"

extern const char *const case_priorities[];          /* low normal high urgent */
extern const struct val_field case_create_fields[];  /* common fields; types add their own */
extern const struct val_field case_update_fields[];
extern const struct val_field case_action_fields[];  /* "fields" is checked per action */
extern const struct val_field case_comment_fields[];

#endif
