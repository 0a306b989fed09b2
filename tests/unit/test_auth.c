/* test_auth.c — password hashing, login, sessions (idle and absolute expiry, logout) and the
 * per-account login throttle, against a temporary database with the demo accounts. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sodium.h>
#include <string.h>

#include "auth/auth.h"
#include "db/db.h"
#include "util/util.h"

#include "support.h"

#define PW      SUPPORT_PASSWORD
#define MIN_MS  (60LL * 1000)
#define T0      (1795918830LL * 1000)     /* 2026-11-29T10:20:30+08:00 */

static struct support_db D;

/* ------------------------------------------------------------------ helpers */

static pa_err login(const char *user, const char *pw, const char *addr,
    struct auth_login_result *res, struct pa_error *err)
{
	memset(err, 0, sizeof *err);
	return auth_login(D.db, user, pw, addr, res, err);
}

static void login_ok(const char *user, const char *addr, struct auth_login_result *res)
{
	struct pa_error err;
	pa_err rc = login(user, PW, addr, res, &err);

	if (rc != PA_OK)
		fail_msg("login %s: %d %s", user, rc, err.message);
}

/* Waits until every write queued so far (such as an asynchronous last-seen touch) has
 * committed: the writer runs jobs in order, so a synchronous no-op behind them is a fence. */
static pa_err noop(struct db_conn *c, void *ctx)
{
	(void)c;
	(void)ctx;
	return PA_OK;
}

static void writes_settle(void)
{
	assert_int_equal(db_write(D.db, noop, NULL), PA_OK);
}

/* Resolves a token at time now; the user is discarded. */
static pa_err session_at(const char *token, int64_t now, struct auth_user *u)
{
	pa_err rc;

	clock_set_fixed(now);
	rc = auth_session_user(D.db, token, u);
	writes_settle();
	return rc;
}

/* ------------------------------------------------------------------ fixture */

/* The demo data; support_group_teardown frees it. */
static int group_setup(void **state)
{
	*state = &D;
	return support_demo_db("auth", false, &D);
}

/* Before and after every test: the real clock, and no login failures counted. */
static int reset(void **state)
{
	(void)state;
	clock_set(NULL);
	auth_ratelimit_reset();
	return 0;
}

/* ------------------------------------------------------------------ tests */

static void password_hashes(void **state)
{
	char h1[AUTH_PWHASH_MAX], h2[AUTH_PWHASH_MAX];

	(void)state;
	assert_int_equal(auth_pw_hash("正确的马 battery staple", h1), PA_OK);
	assert_int_equal(auth_pw_hash("正确的马 battery staple", h2), PA_OK);
	assert_true(strncmp(h1, "$argon2id$", 10) == 0);
	assert_string_not_equal(h1, h2);                       /* salted */
	assert_true(auth_pw_verify(h1, "正确的马 battery staple"));
	assert_true(auth_pw_verify(h2, "正确的马 battery staple"));
	assert_false(auth_pw_verify(h1, "正确的马 battery stapl"));
	assert_false(auth_pw_verify(h1, ""));
	assert_false(auth_pw_verify("not a hash", "x"));
}

static void good_login_opens_a_session(void **state)
{
	struct auth_login_result r1, r2;
	struct auth_user u;

	(void)state;
	clock_set_fixed(T0);
	login_ok("cz-officer", "10.0.0.1", &r1);
	/* a 32-byte token in base64url and a 16-byte CSRF token in hex */
	assert_int_equal(strlen(r1.token), 43);
	assert_int_equal(strspn(r1.token, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789-_"), 43);
	assert_int_equal(strlen(r1.csrf), 32);
	assert_int_equal(strspn(r1.csrf, "0123456789abcdef"), 32);
	assert_true(r1.expires_at == T0 + SESSION_ABSOLUTE_MS);
	assert_true(r1.user_id > 0);

	assert_int_equal(auth_session_user(D.db, r1.token, &u), PA_OK);
	assert_int_equal(u.id, r1.user_id);
	assert_string_equal(u.login, "cz-officer");
	assert_string_equal(u.csrf, r1.csrf);
	assert_true(u.session_id > 0);
	assert_int_equal(u.ngrants, 1);
	assert_int_equal(u.grants[0].role, ROLE_OFFICER);

	/* a second login is a second, different session */
	login_ok("cz-officer", "10.0.0.1", &r2);
	assert_string_not_equal(r1.token, r2.token);
	assert_string_not_equal(r1.csrf, r2.csrf);
	struct auth_user u2;
	assert_int_equal(auth_session_user(D.db, r2.token, &u2), PA_OK);
	assert_int_not_equal(u2.session_id, u.session_id);
	assert_int_equal(u2.id, u.id);
}

static void wrong_password_refused(void **state)
{
	struct auth_login_result r;
	struct pa_error err;

	(void)state;
	assert_int_equal(login("cz-leader", "wrong-pass-123", "10.0.0.2", &r, &err), PA_ERR_UNAUTH);
	assert_int_equal(err.err, PA_ERR_UNAUTH);
	assert_string_equal(err.code, "invalid_credentials");
	assert_string_equal(r.token, "");
	/* an unknown login answers exactly alike */
	assert_int_equal(login("no-such-user", PW, "10.0.0.2", &r, &err), PA_ERR_UNAUTH);
	assert_string_equal(err.code, "invalid_credentials");
	/* logins are case-sensitive and exact */
	assert_int_equal(login("CZ-LEADER", PW, "10.0.0.2", &r, &err), PA_ERR_UNAUTH);
	assert_int_equal(login("cz-leader", PW " ", "10.0.0.2", &r, &err), PA_ERR_UNAUTH);
}

static void account_locked_after_failures(void **state)
{
	struct auth_login_result r;
	struct pa_error err;

	(void)state;
	clock_set_fixed(T0);
	/* every failure up to the limit is answered as a failure... */
	for (int i = 0; i < LOGIN_MAX_PER_ACCOUNT; i++) {
		assert_int_equal(login("xg-leader", "guess-123", "10.0.0.3", &r, &err),
		    PA_ERR_UNAUTH);
		assert_string_equal(err.code, "invalid_credentials");
	}
	/* ...then the account is locked, even for the right password from elsewhere */
	assert_int_equal(login("xg-leader", PW, "10.9.9.9", &r, &err), PA_ERR_RATE);
	assert_int_equal(err.err, PA_ERR_RATE);
	assert_string_equal(err.code, "rate_limited");
	assert_true(err.retry_after > 0);
	assert_true(err.retry_after <= LOGIN_WINDOW_MS / 1000);
	assert_string_equal(r.token, "");
	/* the lock is per account: another account from the same address still logs in */
	login_ok("xg-officer", "10.0.0.3", &r);

	/* the wait shrinks as time passes, and the window's end lifts the lock */
	clock_set_fixed(T0 + 5 * MIN_MS);
	int earlier = err.retry_after;
	assert_int_equal(login("xg-leader", PW, "10.0.0.3", &r, &err), PA_ERR_RATE);
	assert_true(err.retry_after > 0 && err.retry_after < earlier);
	clock_set_fixed(T0 + LOGIN_WINDOW_MS);
	login_ok("xg-leader", "10.0.0.3", &r);
}

static void success_resets_the_count(void **state)
{
	struct auth_login_result r;
	struct pa_error err;

	(void)state;
	clock_set_fixed(T0);
	for (int i = 0; i < LOGIN_MAX_PER_ACCOUNT - 1; i++)
		assert_int_equal(login("cz-aux", "guess-123", "10.0.0.4", &r, &err), PA_ERR_UNAUTH);
	login_ok("cz-aux", "10.0.0.4", &r);
	/* the count started again: four more failures do not lock */
	for (int i = 0; i < LOGIN_MAX_PER_ACCOUNT - 1; i++)
		assert_int_equal(login("cz-aux", "guess-123", "10.0.0.4", &r, &err), PA_ERR_UNAUTH);
	login_ok("cz-aux", "10.0.0.4", &r);
}

static void idle_expiry(void **state)
{
	struct auth_login_result a, b;
	struct auth_user u;

	(void)state;
	clock_set_fixed(T0);
	login_ok("grid-worker", "10.0.0.5", &a);
	login_ok("grid-worker", "10.0.0.5", &b);
	/* just inside the idle limit: fine, and the use counts as activity */
	assert_int_equal(session_at(a.token, T0 + SESSION_IDLE_MS - 1000, &u), PA_OK);
	/* the untouched session dies at the idle limit */
	assert_int_equal(session_at(b.token, T0 + SESSION_IDLE_MS, &u), PA_ERR_UNAUTH);
	assert_int_equal(session_at(b.token, T0 + SESSION_IDLE_MS + 1000, &u), PA_ERR_UNAUTH);
	/* the used one lives on, counted from its last use */
	assert_int_equal(session_at(a.token, T0 + 2 * SESSION_IDLE_MS - 2000, &u), PA_OK);
	assert_int_equal(session_at(a.token, T0 + 4 * SESSION_IDLE_MS, &u), PA_ERR_UNAUTH);
}

static void absolute_expiry(void **state)
{
	struct auth_login_result a;
	struct auth_user u;
	int64_t t;

	(void)state;
	clock_set_fixed(T0);
	login_ok("operator", "10.0.0.6", &a);
	/* used every 90 minutes, it never idles out, but dies 12 hours after login */
	for (t = T0 + 90 * MIN_MS; t < T0 + SESSION_ABSOLUTE_MS; t += 90 * MIN_MS)
		assert_int_equal(session_at(a.token, t, &u), PA_OK);
	assert_int_equal(session_at(a.token, T0 + SESSION_ABSOLUTE_MS - 1000, &u), PA_OK);
	assert_int_equal(session_at(a.token, T0 + SESSION_ABSOLUTE_MS, &u), PA_ERR_UNAUTH);
	assert_int_equal(session_at(a.token, T0 + SESSION_ABSOLUTE_MS + 1000, &u), PA_ERR_UNAUTH);
}

static void logout_ends_the_session(void **state)
{
	struct auth_login_result a, b;
	struct auth_user u;

	(void)state;
	login_ok("cz-leader", "10.0.0.7", &a);
	login_ok("cz-leader", "10.0.0.7", &b);
	assert_int_equal(auth_session_user(D.db, a.token, &u), PA_OK);
	assert_int_equal(auth_logout(D.db, u.session_id), PA_OK);
	assert_int_equal(auth_session_user(D.db, a.token, &u), PA_ERR_UNAUTH);
	/* only that session: the other one of the same user goes on */
	assert_int_equal(auth_session_user(D.db, b.token, &u), PA_OK);
	assert_int_equal(auth_logout(D.db, u.session_id), PA_OK);
	assert_int_equal(auth_session_user(D.db, b.token, &u), PA_ERR_UNAUTH);
}

static void bad_tokens(void **state)
{
	struct auth_login_result a;
	struct auth_user u;
	char forged[AUTH_TOKEN_LEN + 2];

	(void)state;
	login_ok("admin", "10.0.0.8", &a);
	assert_int_equal(auth_session_user(D.db, NULL, &u), PA_ERR_UNAUTH);
	assert_int_equal(auth_session_user(D.db, "", &u), PA_ERR_UNAUTH);
	assert_int_equal(auth_session_user(D.db, "short", &u), PA_ERR_UNAUTH);
	/* one character changed */
	memcpy(forged, a.token, sizeof a.token);
	forged[10] = forged[10] == 'A' ? 'B' : 'A';
	assert_int_equal(auth_session_user(D.db, forged, &u), PA_ERR_UNAUTH);
	/* one character more or less */
	memcpy(forged, a.token, sizeof a.token);
	forged[AUTH_TOKEN_LEN] = 'A';
	forged[AUTH_TOKEN_LEN + 1] = '\0';
	assert_int_equal(auth_session_user(D.db, forged, &u), PA_ERR_UNAUTH);
	forged[AUTH_TOKEN_LEN - 1] = '\0';
	assert_int_equal(auth_session_user(D.db, forged, &u), PA_ERR_UNAUTH);
	/* the real one still works */
	assert_int_equal(auth_session_user(D.db, a.token, &u), PA_OK);
}

static void disabling_ends_sessions(void **state)
{
	struct auth_login_result a, b;
	struct pa_error err;
	struct auth_user u;
	int64_t id;

	(void)state;
	login_ok("xg-officer", "10.0.0.9", &a);
	id = a.user_id;
	assert_int_equal(auth_user_update(D.db, id, NULL, NULL, 1), PA_OK);
	assert_int_equal(auth_session_user(D.db, a.token, &u), PA_ERR_UNAUTH);
	assert_int_equal(login("xg-officer", PW, "10.0.0.9", &b, &err), PA_ERR_UNAUTH);
	assert_string_equal(err.code, "invalid_credentials");
	/* enabled again, the old session stays dead but a new login works */
	assert_int_equal(auth_user_update(D.db, id, NULL, NULL, 0), PA_OK);
	assert_int_equal(auth_session_user(D.db, a.token, &u), PA_ERR_UNAUTH);
	login_ok("xg-officer", "10.0.0.9", &b);
	assert_int_equal(auth_session_user(D.db, b.token, &u), PA_OK);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(password_hashes),
		cmocka_unit_test_setup_teardown(good_login_opens_a_session, reset, reset),
		cmocka_unit_test_setup_teardown(wrong_password_refused, reset, reset),
		cmocka_unit_test_setup_teardown(account_locked_after_failures, reset, reset),
		cmocka_unit_test_setup_teardown(success_resets_the_count, reset, reset),
		cmocka_unit_test_setup_teardown(idle_expiry, reset, reset),
		cmocka_unit_test_setup_teardown(absolute_expiry, reset, reset),
		cmocka_unit_test_setup_teardown(logout_ends_the_session, reset, reset),
		cmocka_unit_test_setup_teardown(bad_tokens, reset, reset),
		cmocka_unit_test_setup_teardown(disabling_ends_sessions, reset, reset),
	};

	if (sodium_init() < 0)
		return 1;
	return cmocka_run_group_tests_name("auth", tests, group_setup, support_group_teardown);
}
