/* test_auth.c — password hashing, login, sessions (idle and absolute expiry, logout) and the
 * login throttle (per address and per account and address), the password rules, against a temporary database with the demo accounts. */
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

/* Failures from one address for one account: five are free, then each attempt from there waits
 * a delay that doubles; the same account from another address is not held back at all. */
static void pair_throttled_with_growing_delays(void **state)
{
	struct auth_login_result r;
	struct pa_error err;
	int64_t t = T0;

	(void)state;
	clock_set_fixed(t);
	for (int i = 0; i < LOGIN_FREE_PER_ACCOUNT; i++) {
		assert_int_equal(login("xg-leader", "guess-12345", "10.0.0.3", &r, &err),
		    PA_ERR_UNAUTH);
		assert_string_equal(err.code, "invalid_credentials");
	}
	/* from that address even the right password waits now, with the first delay */
	assert_int_equal(login("xg-leader", PW, "10.0.0.3", &r, &err), PA_ERR_RATE);
	assert_string_equal(err.code, "rate_limited");
	assert_int_equal(err.retry_after, LOGIN_DELAY_FIRST_MS / 1000);
	assert_string_equal(r.token, "");
	/* the real user at another address is not locked out (no lock-out weapon) */
	login_ok("xg-leader", "10.9.9.9", &r);
	/* another account from the attacker's address is not held back either */
	login_ok("xg-officer", "10.0.0.3", &r);

	/* each further failure doubles the wait */
	int64_t want = LOGIN_DELAY_FIRST_MS;
	for (int i = 0; i < 4; i++) {
		t += want;
		clock_set_fixed(t);
		assert_int_equal(login("xg-leader", "guess-12345", "10.0.0.3", &r, &err),
		    PA_ERR_UNAUTH);
		want *= 2;
		assert_int_equal(login("xg-leader", PW, "10.0.0.3", &r, &err), PA_ERR_RATE);
		assert_int_equal(err.retry_after, want / 1000);
		/* one millisecond before the end it still waits, at the end it may try */
		clock_set_fixed(t + want - 1);
		assert_int_equal(login("xg-leader", PW, "10.0.0.3", &r, &err), PA_ERR_RATE);
		assert_int_equal(err.retry_after, 1);
	}
	/* up to the cap, not beyond (5 more doublings pass it) */
	for (int i = 0; i < 6; i++) {
		t += LOGIN_DELAY_MAX_MS;
		clock_set_fixed(t);
		assert_int_equal(login("xg-leader", "guess-12345", "10.0.0.3", &r, &err),
		    PA_ERR_UNAUTH);
	}
	assert_int_equal(login("xg-leader", PW, "10.0.0.3", &r, &err), PA_ERR_RATE);
	assert_int_equal(err.retry_after, LOGIN_DELAY_MAX_MS / 1000);
	/* after the wait the right password gets in, and clears the pair */
	clock_set_fixed(t + LOGIN_DELAY_MAX_MS);
	login_ok("xg-leader", "10.0.0.3", &r);
	assert_int_equal(login("xg-leader", "guess-12345", "10.0.0.3", &r, &err), PA_ERR_UNAUTH);
}

/* Per address: twenty failures (any accounts) are free, then the address waits; other
 * addresses do not. An IPv6 address counts as its /64. */
static void address_throttled(void **state)
{
	struct auth_login_result r;
	struct pa_error err;
	char login_name[32];

	(void)state;
	clock_set_fixed(T0);
	for (int i = 0; i < LOGIN_FREE_PER_ADDRESS; i++) {
		snprintf(login_name, sizeof login_name, "ghost-%d", i);
		assert_int_equal(login(login_name, "guess-12345", "2001:db8:1:2::5", &r, &err),
		    PA_ERR_UNAUTH);
	}
	/* a neighbour in the same /64 is the same subscriber */
	assert_int_equal(login("cz-officer", PW, "2001:db8:1:2:ffff::1", &r, &err), PA_ERR_RATE);
	assert_true(err.retry_after > 0);
	/* the next /64 and an IPv4 address are not */
	login_ok("cz-officer", "2001:db8:1:3::5", &r);
	login_ok("cz-officer", "10.0.0.30", &r);
	clock_set_fixed(T0 + LOGIN_DELAY_FIRST_MS);
	login_ok("cz-officer", "2001:db8:1:2::5", &r);
}

static void success_resets_the_count(void **state)
{
	struct auth_login_result r;
	struct pa_error err;

	(void)state;
	clock_set_fixed(T0);
	for (int i = 0; i < LOGIN_FREE_PER_ACCOUNT - 1; i++)
		assert_int_equal(login("cz-aux", "guess-12345", "10.0.0.4", &r, &err), PA_ERR_UNAUTH);
	login_ok("cz-aux", "10.0.0.4", &r);
	/* the count started again: four more failures do not throttle */
	for (int i = 0; i < LOGIN_FREE_PER_ACCOUNT - 1; i++)
		assert_int_equal(login("cz-aux", "guess-12345", "10.0.0.4", &r, &err), PA_ERR_UNAUTH);
	login_ok("cz-aux", "10.0.0.4", &r);
	/* failures are forgotten LOGIN_FORGET_MS after the last one */
	for (int i = 0; i < LOGIN_FREE_PER_ACCOUNT; i++)
		assert_int_equal(login("cz-aux", "guess-12345", "10.0.0.4", &r, &err), PA_ERR_UNAUTH);
	clock_set_fixed(T0 + LOGIN_FORGET_MS);
	for (int i = 0; i < LOGIN_FREE_PER_ACCOUNT; i++)
		assert_int_equal(login("cz-aux", "guess-12345", "10.0.0.4", &r, &err), PA_ERR_UNAUTH);
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

/* The live stream re-checks its session every few seconds (notify_ping): that check is not
 * activity, so an open tab alone does not keep a session alive past the idle limit. */
static void stream_check_is_not_activity(void **state)
{
	struct auth_login_result a;
	struct auth_user u;
	pa_err rc;

	(void)state;
	clock_set_fixed(T0);
	login_ok("grid-worker", "10.0.0.5", &a);
	for (int64_t t = T0 + 5000; t < T0 + SESSION_IDLE_MS; t += 10 * MIN_MS) {
		clock_set_fixed(t);
		assert_int_equal(auth_session_check(D.db, a.token, &u), PA_OK);
		assert_string_equal(u.login, "grid-worker");
		writes_settle();
	}
	clock_set_fixed(T0 + SESSION_IDLE_MS - 1000);
	assert_int_equal(auth_session_check(D.db, a.token, &u), PA_OK);
	writes_settle();
	/* the idle limit counts from the login: the checks moved nothing */
	clock_set_fixed(T0 + SESSION_IDLE_MS);
	rc = auth_session_check(D.db, a.token, &u);
	assert_int_equal(rc, PA_ERR_UNAUTH);
	assert_int_equal(session_at(a.token, T0 + SESSION_IDLE_MS, &u), PA_ERR_UNAUTH);
}

/* The rules for new passwords and logins, one function each for the API and the CLI. */
static void password_and_login_rules(void **state)
{
	struct pa_error e;

	(void)state;
#define PW_OK(l, p) do { memset(&e, 0, sizeof e); assert_true(auth_password_valid(l, p, &e)); } while (0)
#define PW_BAD(l, p) do { memset(&e, 0, sizeof e); assert_false(auth_password_valid(l, p, &e)); \
	assert_int_equal(e.err, PA_ERR_INVALID); assert_string_equal(e.field, "password"); } while (0)
	PW_OK("wang", "a-long-enough-one");
	PW_BAD("wang", "正确的马电池订书钉");        /* 9 characters (27 bytes): too short */
	PW_OK("wang", "正确的马电池订书钉子");       /* 10 characters */
	PW_BAD("wang", "short-pw1");                  /* 9 */
	PW_OK("wang", "tenchars!!");                  /* 10 */
	PW_BAD("wang", "\xff\xfe-not-utf-8-at-all");
	/* common passwords, in any ASCII case */
	PW_BAD("wang", "1234567890");
	PW_BAD("wang", "qwertyuiop");
	PW_BAD("wang", "QwertyUIOP");
	PW_BAD(NULL, "password123");
	assert_true(auth_password_common("PASSWORD123"));
	assert_false(auth_password_common("demo-pass-123"));
	assert_false(auth_password_common("pingan-demo"));
	/* the login itself, in any case */
	PW_BAD("zhang.wei.01", "zhang.wei.01");
	PW_BAD("zhang.wei.01", "ZHANG.WEI.01");
	PW_OK("zhang.wei.01", "zhang.wei.012");
	/* the list is sorted as the binary search needs, lower-case, without duplicates */
	for (size_t i = 1; i < auth_common_passwords_n; i++)
		assert_true(strcmp(auth_common_passwords[i - 1], auth_common_passwords[i]) < 0);
	for (size_t i = 0; i < auth_common_passwords_n; i++) {
		assert_true(auth_password_common(auth_common_passwords[i]));
		for (const char *p = auth_common_passwords[i]; *p; p++)
			assert_false(*p >= 'A' && *p <= 'Z');
	}
	assert_true(auth_common_passwords_n >= 1000);

	memset(&e, 0, sizeof e);
	assert_true(auth_login_valid("cz-officer", &e));
	assert_true(auth_login_valid("a.b_c-9", &e));
	const char *bad[] = { "Bad Login<script>", "UPPER", "a", "has space", "中文名", "", NULL };
	for (int i = 0; bad[i]; i++) {
		memset(&e, 0, sizeof e);
		assert_false(auth_login_valid(bad[i], &e));
		assert_string_equal(e.field, "login");
	}
	char longlogin[LIM_LOGIN_MAX + 2];
	memset(longlogin, 'x', sizeof longlogin - 1);
	longlogin[LIM_LOGIN_MAX + 1] = '\0';
	memset(&e, 0, sizeof e);
	assert_false(auth_login_valid(longlogin, &e));
	longlogin[LIM_LOGIN_MAX] = '\0';
	assert_true(auth_login_valid(longlogin, &e));
#undef PW_OK
#undef PW_BAD
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
		cmocka_unit_test_setup_teardown(pair_throttled_with_growing_delays, reset, reset),
		cmocka_unit_test_setup_teardown(address_throttled, reset, reset),
		cmocka_unit_test_setup_teardown(success_resets_the_count, reset, reset),
		cmocka_unit_test_setup_teardown(stream_check_is_not_activity, reset, reset),
		cmocka_unit_test(password_and_login_rules),
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
