/* keys.h — the key file (密钥文件) that `pingan init` creates beside the database.
 *
 * The file (mode 0600) holds one master key of KEYS_MASTER_BYTES random bytes, optionally
 * followed by personal-data key generations (`pingan key rotate`): each a 4-byte big-endian
 * generation number (1, 2, ... increasing) and KEYS_SUB_BYTES random bytes. Every purpose gets
 * its own subkey derived with crypto_kdf (BLAKE2b), so one purpose's key never serves another:
 *   KEY_TIMELINE_MAC   context "pa-tlmac": keyed hash of the timeline and anchor chains (always
 *                      from the master: rotation never touches the timeline)
 *   KEY_PERSONAL_DATA  context "pa-pdata": encrypting personal data at rest (个人信息加密)
 *   KEY_BLIND_INDEX    context "pa-bindx": exact lookups of encrypted fields (盲索引)
 * The personal-data subkeys of generation 0 come from the master; those of generation g >= 1
 * from that generation's own key. The newest generation in the file is the current one.
 * Lose the file and the timeline can no longer be verified or extended: back it up apart
 * from the database (docs/operations.md). Keys in memory are wiped with sodium_memzero.
 */
#ifndef PA_KEYS_H
#define PA_KEYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../pingan.h"

#define KEYS_MASTER_BYTES 32   /* = crypto_kdf_KEYBYTES */
#define KEYS_SUB_BYTES    32   /* every subkey */

enum keys_purpose {
	KEY_TIMELINE_MAC = 1,
	KEY_PERSONAL_DATA = 2,
	KEY_BLIND_INDEX = 3,
};

#define KEYS_GEN_MAX      8    /* personal-data generations one file may hold */
#define KEYS_GEN_BYTES    (4 + KEYS_SUB_BYTES)

struct pa_keys {
	unsigned char master[KEYS_MASTER_BYTES];
	int ngens;                                  /* generations after the master */
	struct {
		uint32_t gen;
		unsigned char key[KEYS_SUB_BYTES];
	} gens[KEYS_GEN_MAX];
};

/* The key file of database db: explicit (--key-file), else $PINGAN_KEY_FILE, else
 * "<db>.key". Writes into buf; returns buf, or NULL when it does not fit. */
const char *keys_path(const char *explicit_path, const char *db, char *buf, size_t n);
/* True when path exists (any kind of file). */
bool keys_exists(const char *path);
/* Creates path with a new random master key, mode 0600; never overwrites (PA_ERR_CONFLICT when
 * it exists). err gets a one-line reason. */
pa_err keys_create(const char *path, char *err, size_t n);
/* Loads the master key; refuses a missing file (PA_ERR_NOT_FOUND), a file readable by group
 * or others, or one of the wrong size (PA_ERR_INVALID). err gets a one-line reason. */
pa_err keys_load(const char *path, struct pa_keys *out, char *err, size_t n);
/* The subkey of a purpose. */
void keys_subkey(const struct pa_keys *k, enum keys_purpose p, unsigned char out[KEYS_SUB_BYTES]);
void keys_wipe(struct pa_keys *k);
/* The current personal-data generation: the newest in the file, 0 when it holds none. */
uint32_t keys_pdata_current(const struct pa_keys *k);
/* The subkey of purpose p (KEY_PERSONAL_DATA or KEY_BLIND_INDEX) of generation gen; false
 * when the file does not hold that generation. */
bool keys_pdata_subkey(const struct pa_keys *k, uint32_t gen, enum keys_purpose p,
    unsigned char out[KEYS_SUB_BYTES]);
/* Appends a new random generation (current + 1); PA_ERR_TOO_LARGE when the file is full. */
pa_err keys_add_generation(struct pa_keys *k);
/* Keeps only the master and the current generation (after a finished rotation). */
void keys_drop_old_generations(struct pa_keys *k);
/* Writes k to a new file path (0600, O_EXCL, fsync); never overwrites. */
pa_err keys_write(const char *path, const struct pa_keys *k, char *err, size_t n);

#endif
