/* auth.c — roles, passwords, users, sessions, login throttling and the scope check. */
#include "auth.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/util.h"

/* ------------------------------------------------------------------ roles */

const char *const role_names[] = { "admin", "leader", "officer", "auxiliary", "grid_worker",
	"operator", "handler", "mediator", "citizen", NULL };

unsigned role_parse(const char *name)
{
	for (int i = 0; name && role_names[i]; i++)
		if (strcmp(role_names[i], name) == 0)
			return 1u << i;
	return 0;
}

const char *role_name(unsigned bit)
{
	for (int i = 0; role_names[i]; i++)
		if (bit == 1u << i)
			return role_names[i];
	return "?";
}

/* ------------------------------------------------------------------ passwords */

static pthread_mutex_t pw_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pw_cv = PTHREAD_COND_INITIALIZER;
static int pw_active;

/* argon2id takes 64 MiB and ~0.1 s each: admit at most LIM_PWHASH_CONCURRENT at a time so a
 * burst of logins cannot exhaust memory. */
static void pw_enter(void)
{
	pthread_mutex_lock(&pw_mu);
	while (pw_active >= LIM_PWHASH_CONCURRENT)
		pthread_cond_wait(&pw_cv, &pw_mu);
	pw_active++;
	pthread_mutex_unlock(&pw_mu);
}

static void pw_leave(void)
{
	pthread_mutex_lock(&pw_mu);
	pw_active--;
	pthread_cond_signal(&pw_cv);
	pthread_mutex_unlock(&pw_mu);
}

pa_err auth_pw_hash(const char *pw, char out[AUTH_PWHASH_MAX])
{
	int rc;

	pw_enter();
	rc = crypto_pwhash_str(out, pw, strlen(pw), crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE);
	pw_leave();
	return rc == 0 ? PA_OK : PA_ERR_NOMEM;
}

bool auth_pw_verify(const char *hash, const char *pw)
{
	int rc;

	pw_enter();
	rc = crypto_pwhash_str_verify(hash, pw, strlen(pw));
	pw_leave();
	return rc == 0;
}

/* ------------------------------------------------------------------ rules for logins and passwords */

bool auth_login_valid(const char *login, struct pa_error *err)
{
	size_t n = login ? strlen(login) : 0;

	if (n < LIM_LOGIN_MIN || n > LIM_LOGIN_MAX) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "login",
		    "login must be %d-%d characters", LIM_LOGIN_MIN, LIM_LOGIN_MAX);
		return false;
	}
	for (const char *p = login; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '.' ||
		    *p == '_' || *p == '-')) {
			pa_error_set(err, PA_ERR_INVALID, "invalid_value", "login",
			    "login may hold only a-z, 0-9, '.', '_' and '-'");
			return false;
		}
	return true;
}

/* strcmp with ASCII letters folded to lower case (the list is stored lower-cased). */
static int ascii_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
		if (x >= 'A' && x <= 'Z')
			x = (unsigned char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (unsigned char)(y - 'A' + 'a');
		if (x != y || x == '\0')
			return (int)x - (int)y;
	}
}

bool auth_password_common(const char *pw)
{
	size_t lo = 0, hi = auth_common_passwords_n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int d = ascii_casecmp(pw, auth_common_passwords[mid]);
		if (d == 0)
			return true;
		if (d < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

bool auth_password_valid(const char *login, const char *pw, struct pa_error *err)
{
	long n = pw ? utf8_chars(pw, strlen(pw)) : -1;

	if (n < 0) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "password",
		    "password is not valid UTF-8");
		return false;
	}
	if (n < LIM_PASSWORD_MIN || n > LIM_PASSWORD_MAX) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "password",
		    "password must be %d-%d characters", LIM_PASSWORD_MIN, LIM_PASSWORD_MAX);
		return false;
	}
	if (login && ascii_casecmp(pw, login) == 0) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "password",
		    "password must not be the login");
		return false;
	}
	if (auth_password_common(pw)) {
		pa_error_set(err, PA_ERR_INVALID, "invalid_value", "password",
		    "password is one of the most common passwords; choose another");
		return false;
	}
	return true;
}

/* ------------------------------------------------------------------ users */

static const char SQL_USER[] =
    "SELECT id, login, name, disabled FROM users WHERE id = ?1";
static const char SQL_USER_GRANTS[] =
    "SELECT g.id, g.role, g.org_id, o.name, o.path, o.kind FROM grants g "
    "JOIN orgs o ON o.id = g.org_id "
    "WHERE g.user_id = ?1 ORDER BY g.id";

pa_err auth_user_load(struct db_conn *c, int64_t id, struct auth_user *out)
{
	struct db_stmt *s = db_prepare(c, SQL_USER);
	pa_err rc = PA_ERR_NOT_FOUND;
	int r;

	memset(out, 0, offsetof(struct auth_user, grants));   /* each grant is written whole */
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	r = db_step(s);
	if (r == DB_FAIL) {
		rc = PA_ERR_DB;
		goto out;
	}
	if (r != DB_ROW)
		goto out;
	out->id = db_col_int(s, 0);
	snprintf(out->login, sizeof out->login, "%s", db_col_text(s, 1));
	snprintf(out->name, sizeof out->name, "%s", db_col_text(s, 2));
	out->disabled = db_col_int(s, 3) != 0;
	db_reset(s);

	s = db_prepare(c, SQL_USER_GRANTS);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, id);
	while ((r = db_step(s)) == DB_ROW) {
		struct grant *g;
		/* never cut: a grant left out could be the one that makes the user an admin
		 * elsewhere, and scope checks on this user would pass that should not */
		if (out->ngrants == LIM_GRANTS_PER_USER) {
			rc = PA_ERR_TOO_LARGE;
			goto out;
		}
		g = &out->grants[out->ngrants++];
		memset(g, 0, sizeof *g);
		g->id = db_col_int(s, 0);
		g->role = role_parse(db_col_text(s, 1));
		g->org_id = db_col_int(s, 2);
		snprintf(g->org_name, sizeof g->org_name, "%s", db_col_text(s, 3));
		snprintf(g->org_path, sizeof g->org_path, "%s", db_col_text(s, 4));
		snprintf(g->org_kind, sizeof g->org_kind, "%s", db_col_text(s, 5));
	}
	rc = r == DB_FAIL ? PA_ERR_DB : PA_OK;
out:
	db_reset(s);
	return rc;
}

static const char SQL_USER_INSERT[] =
    "INSERT INTO users (login, name, pw_hash, disabled, created_at) VALUES (?1, ?2, ?3, 0, ?4)";

pa_err auth_user_insert(struct db_conn *c, const char *login, const char *name,
    const char *pw_hash, int64_t *out_id)
{
	struct db_stmt *s = db_prepare(c, SQL_USER_INSERT);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, login);
	db_bind_text(s, 2, name);
	db_bind_text(s, 3, pw_hash);
	db_bind_int(s, 4, clock_now_ms());
	if (db_run(s) != PA_OK)
		return db_is_constraint(c) ? PA_ERR_CONFLICT : PA_ERR_DB;
	*out_id = db_last_id(c);
	return PA_OK;
}

static const char SQL_GRANT_INSERT[] =
    "INSERT INTO grants (user_id, role, org_id) VALUES (?1, ?2, ?3)";
static const char SQL_GRANT_COUNT[] = "SELECT count(*) FROM grants WHERE user_id = ?1";
static const char SQL_GRANT_EXISTS[] =
    "SELECT 1 FROM grants WHERE user_id = ?1 AND role = ?2 AND org_id = ?3";

pa_err auth_grant_count(struct db_conn *c, int64_t user_id, int *out)
{
	struct db_stmt *s = db_prepare(c, SQL_GRANT_COUNT);
	int r;

	*out = 0;
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, user_id);
	r = db_step(s);
	if (r == DB_ROW)
		*out = (int)db_col_int(s, 0);
	db_reset(s);
	return r == DB_ROW ? PA_OK : PA_ERR_DB;
}

pa_err auth_grant_insert(struct db_conn *c, int64_t user_id, unsigned role, int64_t org_id,
    int64_t *out_id)
{
	struct db_stmt *s;
	int n, r;
	pa_err rc;

	auth_cache_clear();
	/* the cap is checked here, inside the write, so that every path (API, CLI, demo) and
	 * two admins adding at once all meet it */
	if ((rc = auth_grant_count(c, user_id, &n)) != PA_OK)
		return rc;
	if (n >= LIM_GRANTS_PER_USER) {
		if ((s = db_prepare(c, SQL_GRANT_EXISTS)) == NULL)
			return PA_ERR_DB;
		db_bind_int(s, 1, user_id);
		db_bind_text(s, 2, role_name(role));
		db_bind_int(s, 3, org_id);
		r = db_step(s);
		db_reset(s);
		if (r == DB_FAIL)
			return PA_ERR_DB;
		return r == DB_ROW ? PA_ERR_CONFLICT : PA_ERR_TOO_LARGE;
	}
	if ((s = db_prepare(c, SQL_GRANT_INSERT)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, user_id);
	db_bind_text(s, 2, role_name(role));
	db_bind_int(s, 3, org_id);
	if (db_run(s) != PA_OK)
		return db_is_constraint(c) ? PA_ERR_CONFLICT : PA_ERR_DB;
	if (out_id)
		*out_id = db_last_id(c);
	return PA_OK;
}

static const char SQL_USER_BY_LOGIN[] = "SELECT id FROM users WHERE login = ?1";

int64_t auth_user_id_by_login(struct db_conn *c, const char *login)
{
	struct db_stmt *s = db_prepare(c, SQL_USER_BY_LOGIN);
	int64_t id = 0;

	if (s == NULL)
		return 0;
	db_bind_text(s, 1, login);
	if (db_step(s) == DB_ROW)
		id = db_col_int(s, 0);
	db_reset(s);
	return id;
}

/* ------------------------------------------------------------------ login throttling */

/* Failed logins per key: "i" an address, "p" an (account, address) pair. Never per account
 * alone: five wrong passwords from anywhere must not lock a real user out (a lock-out weapon).
 * Each key counts failures; from its free count on, the next attempt waits a delay that doubles
 * with every failure (登录限速). A small open table; when full the key with the oldest failure
 * is evicted, which can only make the limit laxer for a moment, never lock out someone who did
 * nothing. */
#define RL_SLOTS 4096
struct rl_slot {
	uint64_t key;
	int64_t last_fail;      /* time of the last failure (or attempt being verified) */
	int count;
};
static struct rl_slot rl_table[RL_SLOTS];
static pthread_mutex_t rl_mu = PTHREAD_MUTEX_INITIALIZER;

static uint64_t rl_key(char kind, const char *a, const char *b)
{
	unsigned char h[8];
	crypto_generichash_state st;
	uint64_t k;

	crypto_generichash_init(&st, NULL, 0, sizeof h);
	crypto_generichash_update(&st, (const unsigned char *)&kind, 1);
	crypto_generichash_update(&st, (const unsigned char *)a, strlen(a) + 1);   /* with NUL */
	if (b)
		crypto_generichash_update(&st, (const unsigned char *)b, strlen(b));
	crypto_generichash_final(&st, h, sizeof h);
	memcpy(&k, h, sizeof k);
	return k ? k : 1;
}

/* The address as the throttle counts it: an IPv6 address by its /64 (one subscriber's
 * network, where every address is theirs to use), anything else as it is. */
static void rl_addr(const char *addr, char out[INET6_ADDRSTRLEN])
{
	struct in6_addr a6;

	if (addr && strchr(addr, ':') && inet_pton(AF_INET6, addr, &a6) == 1 &&
	    !IN6_IS_ADDR_V4MAPPED(&a6)) {
		memset(a6.s6_addr + 8, 0, 8);
		inet_ntop(AF_INET6, &a6, out, INET6_ADDRSTRLEN);
		return;
	}
	snprintf(out, INET6_ADDRSTRLEN, "%s", addr ? addr : "");
}

/* Finds the slot for key (or claims one) — caller holds rl_mu. The whole probe run is searched
 * for the key before a free slot is claimed, so a collision cannot reset a running count. */
#define RL_PROBE 16
static struct rl_slot *rl_slot(uint64_t key, int64_t now, bool create)
{
	size_t i0 = key % RL_SLOTS, oldest = i0;
	struct rl_slot *free_slot = NULL;

	for (size_t n = 0; n < RL_PROBE; n++) {
		size_t i = (i0 + n) % RL_SLOTS;
		struct rl_slot *sl = &rl_table[i];
		bool stale = now - sl->last_fail >= LOGIN_FORGET_MS;
		if (sl->key == key) {
			if (stale)
				sl->count = 0;
			return sl;
		}
		if (free_slot == NULL && (sl->key == 0 || stale))
			free_slot = sl;
		if (sl->last_fail < rl_table[oldest].last_fail)
			oldest = i;
	}
	if (!create)
		return NULL;
	if (free_slot == NULL)
		free_slot = &rl_table[oldest];
	*free_slot = (struct rl_slot){ key, now, 0 };
	return free_slot;
}

/* The wait after count failures when free of them cost nothing: 0 below free, then
 * LOGIN_DELAY_FIRST_MS doubling up to LOGIN_DELAY_MAX_MS. */
static int64_t rl_delay(int count, int free_n)
{
	int64_t d = LOGIN_DELAY_FIRST_MS;

	if (count < free_n)
		return 0;
	for (int i = free_n; i < count && d < LOGIN_DELAY_MAX_MS; i++)
		d *= 2;
	return d < LOGIN_DELAY_MAX_MS ? d : LOGIN_DELAY_MAX_MS;
}

/* Seconds until key may try again, 0 if it may now — caller holds rl_mu. */
static int rl_wait(uint64_t key, int free_n, int64_t now)
{
	struct rl_slot *sl = rl_slot(key, now, false);
	int64_t left;

	if (sl == NULL)
		return 0;
	left = sl->last_fail + rl_delay(sl->count, free_n) - now;
	return left > 0 ? (int)((left + 999) / 1000) : 0;
}

void auth_ratelimit_reset(void)
{
	pthread_mutex_lock(&rl_mu);
	memset(rl_table, 0, sizeof rl_table);
	pthread_mutex_unlock(&rl_mu);
}

/* ------------------------------------------------------------------ session cache */

/* Resolving a token costs three queries (session, user, grants); a request's worth of work on
 * the hot read path. A small direct-mapped cache keeps the resolved user for SESSION_CACHE_MS.
 * Changes to sessions, users and grants in this process clear it at once; changes made by
 * another process (the CLI, a second server) are seen after at most SESSION_CACHE_MS. */
#define SESSION_CACHE_SLOTS 256
#define SESSION_CACHE_MS    2000
struct cache_slot {
	unsigned char hash[32];
	int64_t cached_at, last_seen, expires;
	struct auth_user user;
	bool used;
};
static struct cache_slot cache[SESSION_CACHE_SLOTS];
/* Bumped by every clear: a lookup that read the database before a clear must not put what it
 * read back into the cache after it (a logout would be undone for SESSION_CACHE_MS). */
static _Atomic uint64_t cache_gen;
/* one lock per slot: readers of different sessions never wait for each other */
static pthread_mutex_t cache_mu[SESSION_CACHE_SLOTS];
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;

static void cache_init(void)
{
	for (int i = 0; i < SESSION_CACHE_SLOTS; i++)
		pthread_mutex_init(&cache_mu[i], NULL);
}

void auth_cache_clear(void)
{
	pthread_once(&cache_once, cache_init);
	atomic_fetch_add(&cache_gen, 1);
	for (int i = 0; i < SESSION_CACHE_SLOTS; i++) {
		pthread_mutex_lock(&cache_mu[i]);
		cache[i].used = false;
		pthread_mutex_unlock(&cache_mu[i]);
	}
}

static bool cache_get(const unsigned char h[32], int64_t now, struct auth_user *out,
    int64_t *last_seen, int64_t *expires)
{
	struct cache_slot *sl = &cache[h[0]];
	bool hit;

	pthread_once(&cache_once, cache_init);
	pthread_mutex_lock(&cache_mu[h[0]]);
	hit = sl->used && memcmp(sl->hash, h, 32) == 0 && now - sl->cached_at < SESSION_CACHE_MS;
	if (hit) {
		memcpy(out, &sl->user, AUTH_USER_USED(&sl->user));
		*last_seen = sl->last_seen;
		*expires = sl->expires;
	}
	pthread_mutex_unlock(&cache_mu[h[0]]);
	return hit;
}

static void cache_put(const unsigned char h[32], int64_t now, const struct auth_user *u,
    int64_t last_seen, int64_t expires, uint64_t gen)
{
	struct cache_slot *sl = &cache[h[0]];

	pthread_once(&cache_once, cache_init);
	pthread_mutex_lock(&cache_mu[h[0]]);
	if (atomic_load(&cache_gen) != gen) {     /* cleared while we read: do not keep it */
		pthread_mutex_unlock(&cache_mu[h[0]]);
		return;
	}
	memcpy(sl->hash, h, 32);
	sl->cached_at = now;
	sl->last_seen = last_seen;
	sl->expires = expires;
	memcpy(&sl->user, u, AUTH_USER_USED(u));
	sl->used = true;
	pthread_mutex_unlock(&cache_mu[h[0]]);
}

/* ------------------------------------------------------------------ sessions */

static const char SQL_LOGIN_USER[] =
    "SELECT id, pw_hash, disabled FROM users WHERE login = ?1";
static const char SQL_SESSION_INSERT[] =
    "INSERT INTO sessions (token_hash, user_id, csrf, created_at, last_seen, expires_at) "
    "VALUES (?1, ?2, ?3, ?4, ?4, ?5)";
static const char SQL_SESSION_GET[] =
    "SELECT s.id, s.user_id, s.csrf, s.last_seen, s.expires_at FROM sessions s "
    "WHERE s.token_hash = ?1";
static const char SQL_SESSION_TOUCH[] = "UPDATE sessions SET last_seen = ?2 WHERE id = ?1";
static const char SQL_SESSION_DELETE[] = "DELETE FROM sessions WHERE id = ?1";
static const char SQL_SESSION_DELETE_USER[] = "DELETE FROM sessions WHERE user_id = ?1";
static const char SQL_SESSION_PURGE[] = "DELETE FROM sessions WHERE expires_at < ?1 OR last_seen < ?2";

static void token_hash(const char *token, unsigned char out[32])
{
	crypto_generichash(out, 32, (const unsigned char *)token, strlen(token), NULL, 0);
}

struct session_new {
	unsigned char hash[32];
	int64_t user_id;
	const char *csrf;
	int64_t now, expires;
};

static pa_err session_insert(struct db_conn *c, void *ctx)
{
	struct session_new *sn = ctx;
	struct db_stmt *s;

	auth_cache_clear();

	/* drop expired sessions while we hold the writer anyway */
	s = db_prepare(c, SQL_SESSION_PURGE);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, sn->now);
	db_bind_int(s, 2, sn->now - SESSION_IDLE_MS);
	if (db_run(s) != PA_OK)
		return PA_ERR_DB;
	s = db_prepare(c, SQL_SESSION_INSERT);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_blob(s, 1, sn->hash, sizeof sn->hash);
	db_bind_int(s, 2, sn->user_id);
	db_bind_text(s, 3, sn->csrf);
	db_bind_int(s, 4, sn->now);
	db_bind_int(s, 5, sn->expires);
	return db_run(s);
}

/* A valid argon2id hash of a random password, verified against when the login is unknown so
 * that the answer takes as long as for a known login. */
static char dummy_hash[AUTH_PWHASH_MAX];
static pthread_once_t dummy_once = PTHREAD_ONCE_INIT;
static void dummy_init(void)
{
	unsigned char r[16];
	char pw[33];

	randombytes_buf(r, sizeof r);
	sodium_bin2hex(pw, sizeof pw, r, sizeof r);
	auth_pw_hash(pw, dummy_hash);
}

pa_err auth_login(struct db *db, const char *login, const char *password, const char *addr,
    struct auth_login_result *out, struct pa_error *err)
{
	struct db_conn *c = db_reader(db);
	struct db_stmt *s;
	char where[INET6_ADDRSTRLEN];
	uint64_t kp, ki;
	int64_t now = clock_now_ms(), uid = 0, prev_p = 0, prev_i = 0;
	char hash[AUTH_PWHASH_MAX] = "";
	bool disabled = false, ok;
	int wait_p, wait_i, ngrants = 0;
	unsigned char tok[32], csrf[AUTH_CSRF_LEN / 2];
	struct session_new sn;
	pa_err rc;

	memset(out, 0, sizeof *out);
	if (c == NULL)
		return PA_ERR_DB;
	rl_addr(addr, where);
	kp = rl_key('p', login, where);
	ki = rl_key('i', where, NULL);
	/* check and count the attempt in one step, before the slow verification: parallel
	 * guesses must not all pass the check while none is counted yet */
	pthread_mutex_lock(&rl_mu);
	wait_p = rl_wait(kp, LOGIN_FREE_PER_ACCOUNT, now);
	wait_i = rl_wait(ki, LOGIN_FREE_PER_ADDRESS, now);
	if (!wait_p && !wait_i) {
		struct rl_slot *sp = rl_slot(kp, now, true), *si = rl_slot(ki, now, true);
		prev_p = sp->last_fail;
		prev_i = si->last_fail;
		sp->count++;
		sp->last_fail = now;
		si->count++;
		si->last_fail = now;
	}
	pthread_mutex_unlock(&rl_mu);
	if (wait_p || wait_i) {
		int w = wait_p > wait_i ? wait_p : wait_i;
		pa_error_set(err, PA_ERR_RATE, "rate_limited", NULL,
		    "too many failed logins; try again in %d seconds", w);
		err->retry_after = w;
		return PA_ERR_RATE;
	}

	s = db_prepare(c, SQL_LOGIN_USER);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_text(s, 1, login);
	if (db_step(s) == DB_ROW) {
		uid = db_col_int(s, 0);
		snprintf(hash, sizeof hash, "%s", db_col_text(s, 1));
		disabled = db_col_int(s, 2) != 0;
	}
	db_reset(s);
	if (uid) {
		ok = auth_pw_verify(hash, password) && !disabled;
	} else {
		pthread_once(&dummy_once, dummy_init);
		auth_pw_verify(dummy_hash, password);
		ok = false;
	}
	if (!ok) {
		/* the delay runs from the answer, not from the start of a slow verification */
		int64_t t = clock_now_ms();
		pthread_mutex_lock(&rl_mu);
		rl_slot(kp, t, true)->last_fail = t;
		rl_slot(ki, t, true)->last_fail = t;
		pthread_mutex_unlock(&rl_mu);
		pa_error_set(err, PA_ERR_UNAUTH, "invalid_credentials", NULL,
		    "wrong login or password");
		return PA_ERR_UNAUTH;
	}
	/* a success was not a failure after all: clear the pair, give the address its attempt
	 * (and the time of its last real failure) back */
	pthread_mutex_lock(&rl_mu);
	{
		struct rl_slot *sp = rl_slot(kp, now, true), *si = rl_slot(ki, now, true);
		sp->count = 0;
		sp->last_fail = prev_p;
		if (si->count > 0)
			si->count--;
		si->last_fail = prev_i;
	}
	pthread_mutex_unlock(&rl_mu);

	/* an account over the grant cap (only a database edited behind the server's back) would
	 * be loaded with grants missing: it cannot sign in until an administrator removes some */
	if ((rc = auth_grant_count(c, uid, &ngrants)) != PA_OK)
		return rc;
	if (ngrants > LIM_GRANTS_PER_USER) {
		pa_error_set(err, PA_ERR_FORBIDDEN, "too_many_grants", NULL,
		    "this account holds more than %d grants; an administrator must remove some on the "
		    "server (pingan user revoke)",
		    LIM_GRANTS_PER_USER);
		return PA_ERR_FORBIDDEN;
	}

	randombytes_buf(tok, sizeof tok);
	b64url_encode(tok, sizeof tok, out->token, sizeof out->token);
	randombytes_buf(csrf, sizeof csrf);
	sodium_bin2hex(out->csrf, sizeof out->csrf, csrf, sizeof csrf);
	sodium_memzero(tok, sizeof tok);
	token_hash(out->token, sn.hash);
	sn.user_id = uid;
	sn.csrf = out->csrf;
	sn.now = now;
	sn.expires = now + SESSION_ABSOLUTE_MS;
	rc = db_write(db, session_insert, &sn);
	if (rc != PA_OK)
		return rc;
	out->expires_at = sn.expires;
	out->user_id = uid;
	return PA_OK;
}

struct session_touch {
	int64_t id, now;
};

static pa_err session_touch(struct db_conn *c, void *ctx)
{
	struct session_touch *t = ctx;
	struct db_stmt *s = db_prepare(c, SQL_SESSION_TOUCH);

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, t->id);
	db_bind_int(s, 2, t->now);
	return db_run(s);
}

/* Resolves a token; with touch, the use counts as activity (last_seen moves on). */
static pa_err session_resolve(struct db *db, const char *token, struct auth_user *out,
    bool touch)
{
	struct db_conn *c = db_reader(db);
	struct db_stmt *s;
	unsigned char h[32];
	int64_t sid, uid, last, expires, now = clock_now_ms();
	uint64_t gen;
	char csrf[AUTH_CSRF_LEN + 1];
	pa_err rc;

	if (c == NULL)
		return PA_ERR_DB;
	if (token == NULL || strlen(token) != AUTH_TOKEN_LEN)
		return PA_ERR_UNAUTH;
	token_hash(token, h);
	if (cache_get(h, now, out, &last, &expires)) {
		if (now >= expires || now - last >= SESSION_IDLE_MS)
			return PA_ERR_UNAUTH;
		return PA_OK;
	}
	gen = atomic_load(&cache_gen);
	s = db_prepare(c, SQL_SESSION_GET);
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_blob(s, 1, h, sizeof h);
	if (db_step(s) != DB_ROW) {
		db_reset(s);
		return PA_ERR_UNAUTH;
	}
	sid = db_col_int(s, 0);
	uid = db_col_int(s, 1);
	snprintf(csrf, sizeof csrf, "%s", db_col_text(s, 2));
	last = db_col_int(s, 3);
	expires = db_col_int(s, 4);
	db_reset(s);
	if (now >= expires || now - last >= SESSION_IDLE_MS)
		return PA_ERR_UNAUTH;
	rc = auth_user_load(c, uid, out);
	/* gone, disabled, or over the grant cap (see auth_login): the session is no good */
	if (rc == PA_ERR_NOT_FOUND || rc == PA_ERR_TOO_LARGE || (rc == PA_OK && out->disabled))
		return PA_ERR_UNAUTH;
	if (rc != PA_OK)
		return rc;
	out->session_id = sid;
	memcpy(out->csrf, csrf, sizeof out->csrf);
	if (touch && now - last >= SESSION_TOUCH_MS)
		last = now;          /* the touch below records it */
	cache_put(h, now, out, last, expires, gen);
	if (touch && last == now) {
		struct session_touch *t = malloc(sizeof *t);
		if (t) {
			t->id = sid;
			t->now = now;
			db_write_async(db, session_touch, t);
		}
	}
	return PA_OK;
}

pa_err auth_session_user(struct db *db, const char *token, struct auth_user *out)
{
	return session_resolve(db, token, out, true);
}

pa_err auth_session_check(struct db *db, const char *token, struct auth_user *out)
{
	return session_resolve(db, token, out, false);
}

static pa_err session_delete(struct db_conn *c, void *ctx)
{
	struct db_stmt *s = db_prepare(c, SQL_SESSION_DELETE);

	auth_cache_clear();
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, *(int64_t *)ctx);
	return db_run(s);
}

pa_err auth_logout(struct db *db, int64_t session_id)
{
	pa_err rc = db_write(db, session_delete, &session_id);

	auth_cache_clear();     /* again after the commit: no reader may have re-filled it */
	return rc;
}

pa_err auth_sessions_end_user(struct db_conn *c, int64_t user_id)
{
	struct db_stmt *s = db_prepare(c, SQL_SESSION_DELETE_USER);

	auth_cache_clear();
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, user_id);
	return db_run(s);
}

/* ------------------------------------------------------------------ scope */

static bool path_within(const char *path, const char *root)
{
	size_t n = strlen(root);

	return n > 0 && strncmp(path, root, n) == 0;
}

unsigned scope_roles_at(const struct auth_user *u, const char *org_path)
{
	unsigned m = 0;

	for (int i = 0; u && org_path && i < u->ngrants; i++)
		if (path_within(org_path, u->grants[i].org_path))
			m |= u->grants[i].role;
	return m;
}

unsigned scope_roles_any(const struct auth_user *u)
{
	unsigned m = 0;

	for (int i = 0; u && i < u->ngrants; i++)
		m |= u->grants[i].role;
	return m;
}

bool scope_root_admin(const struct auth_user *u)
{
	for (int i = 0; u && i < u->ngrants; i++) {
		const char *p = u->grants[i].org_path;
		/* a root's path holds one id: "/1/" */
		if ((u->grants[i].role & ROLE_ADMIN) && p[0] == '/' && strchr(p + 1, '/') &&
		    strchr(p + 1, '/')[1] == '\0')
			return true;
	}
	return false;
}

bool scope_covers(const struct auth_user *u, const char *org_path)
{
	return (scope_roles_at(u, org_path) & ROLE_STAFF) != 0;
}

static bool scope_sql_covers(const void *u, const char *path)
{
	return scope_covers(u, path);
}

void scope_sql_init(void)
{
	db_scope_predicate(scope_sql_covers);
}

bool scope_case_visible(const struct auth_user *u, const char *org_path, const char *unit_path,
    int64_t assignee_id, int64_t reporter_id)
{
	if (u == NULL)
		return false;
	return scope_covers(u, org_path) || (unit_path && scope_covers(u, unit_path)) ||
	    (assignee_id && assignee_id == u->id) || (reporter_id && reporter_id == u->id);
}
