/* keys.h — the key file (密钥文件) that `pingan init` creates beside the database.
 *
 * The file holds one master key of KEYS_MASTER_BYTES random bytes, nothing else, mode 0600.
 * Every purpose gets its own subkey derived with crypto_kdf (BLAKE2b), so one purpose's key
 * never serves another and new purposes need no new file:
 *   KEY_TIMELINE_MAC   context "pa-tlmac": keyed hash of the timeline and anchor chains
 *   KEY_PERSONAL_DATA  context "pa-pdata": reserved for encrypting personal data at rest
 *   KEY_BLIND_INDEX    context "pa-bindx": reserved for exact lookups of encrypted fields
 * Lose the file and the timeline can no longer be verified or extended: back it up apart
 * from the database (docs/operations.md). Keys in memory are wiped with sodium_memzero.
 */
#ifndef PA_KEYS_H
#define PA_KEYS_H

#include <stdbool.h>
#include <stddef.h>

#include "../pingan.h"

#define KEYS_MASTER_BYTES 32   /* = crypto_kdf_KEYBYTES */
#define KEYS_SUB_BYTES    32   /* every subkey */

enum keys_purpose {
	KEY_TIMELINE_MAC = 1,
	KEY_PERSONAL_DATA = 2,
	KEY_BLIND_INDEX = 3,
};

struct pa_keys {
	unsigned char master[KEYS_MASTER_BYTES];
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

#endif
