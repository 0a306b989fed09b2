/* keys.c — the key file: create (0600, never over an existing one), load (mode and size
 * checked), derive subkeys. See keys.h. */
#include "keys.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

_Static_assert(KEYS_MASTER_BYTES == crypto_kdf_KEYBYTES, "master key is a crypto_kdf key");

const char *keys_path(const char *explicit_path, const char *db, char *buf, size_t n)
{
	const char *env = getenv("PINGAN_KEY_FILE");
	int w;

	if (explicit_path && *explicit_path)
		w = snprintf(buf, n, "%s", explicit_path);
	else if (env && *env)
		w = snprintf(buf, n, "%s", env);
	else
		w = snprintf(buf, n, "%s.key", db);
	return w < 0 || (size_t)w >= n ? NULL : buf;
}

bool keys_exists(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0;
}

pa_err keys_create(const char *path, char *err, size_t n)
{
	unsigned char k[KEYS_MASTER_BYTES];
	pa_err rc = PA_ERR_IO;
	int fd;

	/* O_EXCL: an existing file (or a link planted in its place) is never overwritten */
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0) {
		if (errno == EEXIST) {
			snprintf(err, n, "key file %s already exists; it is never overwritten", path);
			return PA_ERR_CONFLICT;
		}
		snprintf(err, n, "cannot create key file %s: %s", path, strerror(errno));
		return PA_ERR_IO;
	}
	crypto_kdf_keygen(k);
	if (fchmod(fd, 0600) != 0 || write(fd, k, sizeof k) != (ssize_t)sizeof k || fsync(fd) != 0) {
		snprintf(err, n, "cannot write key file %s: %s", path, strerror(errno));
		unlink(path);
		goto out;
	}
	rc = PA_OK;
out:
	sodium_memzero(k, sizeof k);
	close(fd);
	return rc;
}

pa_err keys_load(const char *path, struct pa_keys *out, char *err, size_t n)
{
	unsigned char extra;
	struct stat st;
	pa_err rc = PA_ERR_INVALID;
	ssize_t got;
	int fd;

	memset(out, 0, sizeof *out);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT) {
			snprintf(err, n, "key file %s is missing: restore it from its backup (it is "
			    "never recreated for an existing database)", path);
			return PA_ERR_NOT_FOUND;
		}
		snprintf(err, n, "cannot open key file %s: %s", path, strerror(errno));
		return PA_ERR_IO;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		snprintf(err, n, "key file %s is not a regular file", path);
		goto out;
	}
	if (st.st_mode & 077) {
		snprintf(err, n, "key file %s must be readable by its owner only (chmod 600 %s)",
		    path, path);
		goto out;
	}
	if (st.st_size < KEYS_MASTER_BYTES ||
	    (st.st_size - KEYS_MASTER_BYTES) % KEYS_GEN_BYTES != 0 ||
	    (st.st_size - KEYS_MASTER_BYTES) / KEYS_GEN_BYTES > KEYS_GEN_MAX) {
		snprintf(err, n, "key file %s has the wrong size (%lld bytes, expected %d)", path,
		    (long long)st.st_size, KEYS_MASTER_BYTES);
		goto out;
	}
	got = read(fd, out->master, sizeof out->master);
	if (got != (ssize_t)sizeof out->master) {
		snprintf(err, n, "cannot read key file %s", path);
		keys_wipe(out);
		goto out;
	}
	out->ngens = (int)((st.st_size - KEYS_MASTER_BYTES) / KEYS_GEN_BYTES);
	for (int i = 0; i < out->ngens; i++) {
		unsigned char rec[KEYS_GEN_BYTES];
		uint32_t g;
		if (read(fd, rec, sizeof rec) != (ssize_t)sizeof rec) {
			snprintf(err, n, "cannot read key file %s", path);
			keys_wipe(out);
			goto out;
		}
		g = (uint32_t)rec[0] << 24 | (uint32_t)rec[1] << 16 | (uint32_t)rec[2] << 8 | rec[3];
		if (g == 0 || (i > 0 && g <= out->gens[i - 1].gen)) {
			sodium_memzero(rec, sizeof rec);
			snprintf(err, n, "key file %s is damaged (its key generations are out of order)",
			    path);
			keys_wipe(out);
			goto out;
		}
		out->gens[i].gen = g;
		memcpy(out->gens[i].key, rec + 4, KEYS_SUB_BYTES);
		sodium_memzero(rec, sizeof rec);
	}
	if (read(fd, &extra, 1) != 0) {
		snprintf(err, n, "cannot read key file %s", path);
		keys_wipe(out);
		goto out;
	}
	rc = PA_OK;
out:
	close(fd);
	return rc;
}

void keys_subkey(const struct pa_keys *k, enum keys_purpose p, unsigned char out[KEYS_SUB_BYTES])
{
	/* each context is exactly crypto_kdf_CONTEXTBYTES (8) characters */
	const char *ctx = p == KEY_TIMELINE_MAC ? "pa-tlmac" : p == KEY_PERSONAL_DATA ? "pa-pdata" :
	    p == KEY_REQUEST_HASH ? "pa-reqhs" : "pa-bindx";

	crypto_kdf_derive_from_key(out, KEYS_SUB_BYTES, 1, ctx, k->master);
}

void keys_wipe(struct pa_keys *k)
{
	sodium_memzero(k, sizeof *k);
}

uint32_t keys_pdata_current(const struct pa_keys *k)
{
	return k->ngens ? k->gens[k->ngens - 1].gen : 0;
}

bool keys_pdata_subkey(const struct pa_keys *k, uint32_t gen, enum keys_purpose p,
    unsigned char out[KEYS_SUB_BYTES])
{
	const char *ctx = p == KEY_PERSONAL_DATA ? "pa-pdata" : "pa-bindx";

	if (gen == 0) {
		keys_subkey(k, p, out);
		return true;
	}
	for (int i = 0; i < k->ngens; i++)
		if (k->gens[i].gen == gen) {
			crypto_kdf_derive_from_key(out, KEYS_SUB_BYTES, 1, ctx, k->gens[i].key);
			return true;
		}
	return false;
}

pa_err keys_add_generation(struct pa_keys *k)
{
	if (k->ngens >= KEYS_GEN_MAX)
		return PA_ERR_TOO_LARGE;
	k->gens[k->ngens].gen = keys_pdata_current(k) + 1;
	randombytes_buf(k->gens[k->ngens].key, KEYS_SUB_BYTES);
	k->ngens++;
	return PA_OK;
}

void keys_drop_old_generations(struct pa_keys *k)
{
	if (k->ngens <= 1)
		return;
	k->gens[0] = k->gens[k->ngens - 1];
	sodium_memzero(&k->gens[1], sizeof k->gens[1] * (size_t)(KEYS_GEN_MAX - 1));
	k->ngens = 1;
}

pa_err keys_write(const char *path, const struct pa_keys *k, char *err, size_t n)
{
	unsigned char buf[KEYS_MASTER_BYTES + KEYS_GEN_MAX * KEYS_GEN_BYTES];
	size_t len = KEYS_MASTER_BYTES;
	const char *crash = getenv("PINGAN_KEYS_WRITE_CRASH");   /* tests only: die mid-write */
	pa_err rc = PA_ERR_IO;
	char tmp[4200];
	int fd = -1, w;

	/* written to PATH.tmp, then linked to PATH: a run killed mid-write leaves at most a
	 * partial PATH.tmp (removed by the next write), never a truncated PATH; link() never
	 * replaces an existing PATH */
	w = snprintf(tmp, sizeof tmp, "%s.tmp", path);
	if (w < 0 || (size_t)w >= sizeof tmp) {
		snprintf(err, n, "key file path %s is too long", path);
		return PA_ERR_INVALID;
	}
	if (keys_exists(path)) {
		snprintf(err, n, "cannot create key file %s: %s", path, strerror(EEXIST));
		return PA_ERR_CONFLICT;
	}
	unlink(tmp);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0) {
		snprintf(err, n, "cannot create key file %s: %s", tmp, strerror(errno));
		return PA_ERR_IO;
	}
	memcpy(buf, k->master, KEYS_MASTER_BYTES);
	for (int i = 0; i < k->ngens; i++) {
		unsigned char *p = buf + len;
		p[0] = (unsigned char)(k->gens[i].gen >> 24);
		p[1] = (unsigned char)(k->gens[i].gen >> 16);
		p[2] = (unsigned char)(k->gens[i].gen >> 8);
		p[3] = (unsigned char)k->gens[i].gen;
		memcpy(p + 4, k->gens[i].key, KEYS_SUB_BYTES);
		len += KEYS_GEN_BYTES;
	}
	if (crash && *crash) {
		if (write(fd, buf, len / 2) < 0)
			_exit(8);
		_exit(9);
	}
	if (fchmod(fd, 0600) != 0 || write(fd, buf, len) != (ssize_t)len || fsync(fd) != 0) {
		snprintf(err, n, "cannot write key file %s: %s", tmp, strerror(errno));
		unlink(tmp);
		goto out;
	}
	if (link(tmp, path) != 0) {
		snprintf(err, n, "cannot create key file %s: %s", path, strerror(errno));
		rc = errno == EEXIST ? PA_ERR_CONFLICT : PA_ERR_IO;
		unlink(tmp);
		goto out;
	}
	unlink(tmp);
	rc = PA_OK;
out:
	sodium_memzero(buf, sizeof buf);
	close(fd);
	return rc;
}
