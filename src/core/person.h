/* person.h — the persons registry (当事人): people that cases link to with a role (caller,
 * visitor, party, owner, finder, claimant ...), their personal data encrypted at rest, exact
 * lookups through a keyed blind index (盲索引), masking (脱敏) and logged reveals.
 *
 * Storage (migration 006): `persons` holds each personal field as a BLOB
 *   nonce (24 bytes) || XChaCha20-Poly1305 ciphertext and tag
 * under the personal-data key of the row's key generation (util/keys.h), with associated data
 * "pa-person" || person id || field code, so that a ciphertext moved to another row or field
 * no longer opens. phone_bidx, id_bidx and name_bidx are keyed BLAKE2b (16 bytes, the blind
 * index subkey) of the normalised value; no plaintext column, nothing in the search index,
 * nothing in logs or timeline text (a reveal records who, when, which field and why).
 * `case_persons` links a person to a case with a role; `person_reveals` is the access log.
 *
 * The pure part (normalisation, validation, masking; person_fmt.c) needs nothing but libc, so
 * the fuzzer links it alone (tests/fuzz/fuzz_person.c).
 */
#ifndef PA_PERSON_H
#define PA_PERSON_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../pingan.h"

struct db;
struct db_conn;
struct auth_user;
struct case_type;
struct pa_keys;
struct sb;
struct wf_ctx;

/* A role a person may hold on a case of a type (当事人角色). */
struct person_role {
	const char *code, *name_zh, *name_en;   /* "visitor", "来访人", "Visitor" */
	int min, max;                           /* how many a create must / may carry; max 0 = 1 */
};

/* The role of t's persons named code, or NULL (t or code NULL, or no such role). */
const struct person_role *person_role_find(const struct case_type *t, const char *code);

/* The personal fields; the numbers are part of the associated data: never renumber. */
enum person_field {
	PF_NAME = 1,       /* 姓名 */
	PF_PHONE = 2,      /* 联系电话 */
	PF_ID_NUMBER = 3,  /* 证件号码 */
	PF_ADDRESS = 4,    /* 住址 */
	PF_NOTE = 5,       /* 备注 */
};
#define PF_COUNT 5
/* "name", "phone", "id_number", "address", "note"; NULL for an unknown field. */
const char *person_field_name(enum person_field f);
enum person_field person_field_parse(const char *name);   /* 0 if unknown */

/* Sizes of normalised values (bytes, with the terminating NUL). */
#define PERSON_PHONE_MAX   24
#define PERSON_ID_MAX      (LIM_PERSON_ID_CHARS + 1)
#define PERSON_TEXT_MAX    (LIM_PERSON_NOTE_CHARS * 4 + 1)
#define PERSON_MASK_MAX    (LIM_PERSON_ADDRESS_CHARS * 4 + 16)
#define PERSON_BIDX_BYTES  16

/* ---- pure: person_fmt.c ---- */

/* A phone number as stored and indexed: digits only. Accepts separators (space, '-', '(',
 * ')'), a leading +86 / 0086; then a mainland mobile (11 digits, 1[3-9]...) or a landline
 * with its area code (0 + 2-3 digit area code + 7-8 digits: 10-12 digits). false otherwise. */
bool person_phone_norm(const char *in, char out[PERSON_PHONE_MAX]);
/* GB 11643 (居民身份证号码): 17 digits and a check character (0-9 or X) of the weighted sum
 * mod 11, and a real birth date (YYYYMMDD at 7-14, 1900-01-01 .. today_ymd). s is the
 * normalised (upper-case) 18-character number. today_ymd like 20261201. */
bool person_id_card_valid(const char *s, int today_ymd);
/* The ID document types (证件类型). */
extern const char *const person_id_types[];   /* NULL-terminated */
enum person_id_check {
	PID_OK = 0,
	PID_BAD_TYPE,      /* id_type not one of person_id_types */
	PID_TYPE_NEEDED,   /* not 18 characters and no id_type */
	PID_BAD_CHARS,     /* characters other than letters, digits, '-' */
	PID_BAD_LENGTH,    /* an ID card not of 18 characters; another document not 4-32 */
	PID_BAD_CHECK,     /* GB 11643 check character wrong */
	PID_BAD_DATE,      /* no real birth date */
};
/* Normalises an ID number of type (NULL: id_card for 18 characters) into out: upper-case,
 * spaces removed, and checks it. *type_out gets the type (a static string). */
enum person_id_check person_id_norm(const char *type, const char *in, int today_ymd,
    char out[PERSON_ID_MAX], const char **type_out);
/* A name or text trimmed of surrounding white space (ASCII, U+3000, U+00A0). */
void person_text_trim(const char *in, char *out, size_t n);

/* Masks (脱敏), documented in docs/security.md:
 * phone: 11+ digits show the first 3 and last 4 (138****5678); 5-10 digits only the last 2
 *   (****78); 4 or fewer nothing (****). At least half and at least 4 digits stay hidden.
 * id_card: first 6 and last 4 (330702********3527); other documents the last 4 when 8 or more
 *   characters (****5678), else nothing.
 * name: first and last character, the rest starred (王*明, 欧**锋); two characters 王*; one *.
 * address: cut after the community (社区, 居委会, 村委会, 村); else after the township (街道,
 *   镇, 乡); else after the county or district (区, 县, 市); else nothing shown; "***" marks the
 *   cut. */
void person_mask_phone(const char *digits, char *out, size_t n);
void person_mask_id(const char *type, const char *num, char *out, size_t n);
void person_mask_name(const char *name, char *out, size_t n);
void person_mask_address(const char *addr, char *out, size_t n);

/* ---- keys ---- */

/* Hands the registry its keys (every generation of the key file); NULL wipes them. Until set,
 * writes of persons are refused and reads show no values. */
void person_keys_set(const struct pa_keys *k);
bool person_keys_ready(void);
uint32_t person_keys_current(void);
/* The key of request-body hashes (idempotency: a body holds personal values), from the
 * master so that it outlives rotations; false when no key is loaded. */
bool person_request_key(unsigned char out[32]);

/* ---- crypto (person.c), exposed for tests and the rotation ---- */
/* Seals plain (len bytes) for person id and field under generation gen: *out (malloc'ed,
 * caller frees) of *outlen bytes. */
pa_err person_seal(uint32_t gen, int64_t id, enum person_field f, const char *plain,
    unsigned char **out, size_t *outlen);
/* Opens a sealed field into out (NUL-terminated); PA_ERR_INVALID when it does not open
 * (tampered, moved to another row or field, other key). */
pa_err person_open(uint32_t gen, int64_t id, enum person_field f, const unsigned char *ct,
    size_t ctlen, char *out, size_t n);
/* The blind index of a normalised value of field f under generation gen. */
bool person_bidx(uint32_t gen, enum person_field f, const char *norm,
    unsigned char out[PERSON_BIDX_BYTES]);

/* ---- persons on cases ---- */

/* A validated list of persons to link, with their normalised values (plaintext only in
 * memory, wiped by person_batch_free). */
struct person_batch;
/* Validates a "persons" array (field: "persons" or "fields.persons") for a case of type t:
 * each role among t's person_roles, at most max of a role (and on create at least min),
 * {"person_id"} only of a person on a case u may see, values valid (422 naming e.g.
 * persons[0].id_number). *out is NULL for an empty or absent list. */
pa_err person_batch_prepare(struct db_conn *c, const struct case_type *t, const json_t *arr,
    const char *field, bool create, const struct auth_user *u, int64_t now,
    struct person_batch **out, struct pa_error *err);
/* Inside the writer's job: inserts the new persons (sealed with the current generation; the
 * few microseconds of sealing run here because the associated data is the new row's id) and
 * links every entry to case_id. */
pa_err person_batch_write(struct db_conn *c, const struct person_batch *b, int64_t case_id,
    int64_t user_id, int64_t now);
void person_batch_free(struct person_batch *b);
/* The roles of the batch as JSON for the timeline: [{"role":"caller"}, {"role":..,
 * "person_id":N}] (never a value). New reference. */
json_t *person_batch_summary(const struct person_batch *b);

/* For an action's hook: validates fields.<name> now and has the engine link it. */
pa_err person_specs_check(struct wf_ctx *x, const char *name);

/* The persons of a case, masked, as a JSON array (new reference; empty on failure). *whole
 * (when not NULL) says whether it is the whole truth (person_case_sb's PA_OK below): a list
 * empty or cut short by a failed read, or with a field not opened, is shown, never kept. */
json_t *person_case_json(struct db_conn *c, const struct case_type *t, int64_t case_id,
    bool *whole);
/* The same array written as JSON text into b (lists: straight into the page, no JSON values
 * built; a list statement's CASE_PERSONS_PROBE column says which rows need it). Not PA_OK
 * when what it wrote is not the whole truth (a read failed: the array is empty or cut short;
 * a field could not be opened: it is null), so that nobody keeps it (case_cache.c). */
struct sb;
pa_err person_case_sb(struct db_conn *c, const struct case_type *t, int64_t case_id,
    struct sb *b);
/* The most JSON text of one case's persons person_case_json reads back (a case holds at most
 * a few dozen persons of a few hundred bytes each). */
#define PERSON_CASE_JSON_MAX (1024 * 1024)

/* Identity check (领取/发还 with ID): *match is true when a person of that role on the case has
 * that ID number (compared through the blind index). A malformed number is 422 (field
 * "id_number"). */
pa_err person_id_matches(struct db_conn *c, int64_t case_id, const char *role,
    const char *id_number, bool *match, struct pa_error *err);
/* Whether a person of that role on the case has an ID number on file (*on_file) and, if so,
 * whether id_number is one of theirs (*match, through the blind index: nothing is opened). A
 * malformed number is 422 (field "id_number"). */
pa_err person_role_id_check(struct db_conn *c, int64_t case_id, const char *role,
    const char *id_number, bool *on_file, bool *match, struct pa_error *err);
/* The ids of the persons with exactly that phone / ID number (blind index), newest first, at
 * most max; *n gets how many. A malformed value is 422 (field "phone" / "id_number"). */
pa_err person_find_by_phone(struct db_conn *c, const char *phone, int64_t *ids, int max,
    int *n, struct pa_error *err);
pa_err person_find_by_id_number(struct db_conn *c, const char *id_number, int64_t *ids,
    int max, int *n, struct pa_error *err);
/* The same for a document of type id_type (person_id_types: "passport" ...; NULL: an
 * 18-character number is an ID card, others are matched as typed). An unknown type is 422
 * (field "id_type"). person_find_by_id_number is this with id_type NULL. */
pa_err person_find_by_id_doc(struct db_conn *c, const char *id_type, const char *id_number,
    int64_t *ids, int max, int *n, struct pa_error *err);
/* The same by full name (trimmed, exact): names are never in the full-text index. */
pa_err person_find_by_name(struct db_conn *c, const char *name, int64_t *ids, int max, int *n);

/* The ID-card numbers of the persons linked to case_id, opened, at most max (no reveal is
 * logged: for the matcher only, never shown; the lost-and-found module re-prepares a text
 * whose numbers it moved here). Wipe out after use. */
pa_err person_case_id_numbers(struct db_conn *c, int64_t case_id, char (*out)[PERSON_ID_MAX],
    int max, int *n);

/* ---- key rotation (`pingan key rotate`) ---- */
/* Re-seals every person not yet under generation to_gen and recomputes its blind index, in
 * batches of `batch` rows (0: ROTATE_BATCH), one transaction each (the row's key_gen is the
 * recorded progress, so a killed run continues where it stopped); max_batches > 0 stops
 * after that many (tests). k must hold every generation the rows use and to_gen. *done gets
 * the rows re-sealed by this run. */
pa_err person_rotate(struct db *db, const struct pa_keys *k, uint32_t to_gen, int batch,
    int64_t max_batches, FILE *progress, int64_t *done);
/* Rows not under generation gen (0 when a rotation to gen is complete). */
pa_err person_rotate_remaining(struct db_conn *c, uint32_t gen, int64_t *left);

/* ---- HTTP (person_api.c) ---- */
struct http_req;
void person_api_find(struct http_req *r);      /* GET /api/v1/persons */
void person_api_get(struct http_req *r);       /* GET /api/v1/persons/{id} */
void person_api_reveal(struct http_req *r);    /* POST /api/v1/persons/{id}/reveal */
void person_api_access_log(struct http_req *r);   /* GET /api/v1/access-log */

/* The roles that may see a whole value (officer, leader, operator, mediator). */
#define PERSON_REVEAL_ROLES (ROLE_OFFICER | ROLE_LEADER | ROLE_OPERATOR | ROLE_MEDIATOR)
/* The roles that may look persons up by phone, ID number or name (masked answers). */
#define PERSON_LOOKUP_ROLES (PERSON_REVEAL_ROLES | ROLE_AUXILIARY)

#endif
