/* main.c — the pingan command line: init, serve, user, audit, version. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "auth/auth.h"
#include "core/case.h"
#include "db/db.h"
#include "http/http.h"
#include "modules/benchdata.h"
#include "modules/demo.h"
#include "modules/event.h"
#include "org/grids.h"
#include "org/org.h"
#include "util/util.h"

#define DEFAULT_LISTEN  "127.0.0.1:8080"
#define DEFAULT_THREADS 16   /* measured: writes in flight need workers, reads do not suffer (docs/performance.md) */

static const char usage_main[] =
    "usage: pingan COMMAND [OPTIONS]\n"
    "\n"
    "Pingan (平安): grassroots safety governance and community policing.\n"
    "\n"
    "commands:\n"
    "  init     create a database or migrate it to the current schema\n"
    "  serve    serve the API and the web pages\n"
    "  user     add, passwd, grant, list: manage accounts\n"
    "  audit    verify: check the hash chain of every case timeline\n"
    "  import   grids FILE.geojson: grid and community boundaries\n"
    "  catalog  export | import FILE: the event catalogue as CSV\n"
    "  version  print the version\n"
    "  bench-data  append a large reproducible data set (benchmarks)\n"
    "\n"
    "Run pingan COMMAND --help for a command's options.\n"
    "PINGAN_DB and PINGAN_LISTEN give defaults for --db and --listen.\n";

static const char usage_init[] =
    "usage: pingan init --db FILE [--demo] [--demo-password PW]\n"
    "  Creates FILE with the current schema, or migrates an older Pingan database.\n"
    "  --demo            add the demo org tree, accounts and board posts; prints the accounts\n"
    "  --demo-password   the password of every demo account (default: a random one)\n";

static const char usage_serve[] =
    "usage: pingan serve --db FILE [--listen HOST:PORT] [--threads N] [--group-commit N]\n"
    "                    [--sla-interval S] [--upload-max BYTES]\n"
    "                    [--upload-quota-count N] [--upload-quota-mb M]\n"
    "  --listen        address to listen on (default " DEFAULT_LISTEN "; port 0 picks one)\n"
    "  --threads       HTTP worker threads (default 16)\n"
    "  --group-commit  most writes committed together (default 64; 1 = each alone)\n"
    "  --quiet         log errors only\n"
    "  --sla-interval  seconds between supervision passes (default 60)\n"
    "  --upload-max    largest photo accepted, in bytes (default 8388608)\n"
    "  --upload-quota-count  photos one user may upload in any 24 hours (default 200)\n"
    "  --upload-quota-mb     megabytes one user may upload in any 24 hours (default 500)\n"
    "  SIGTERM or SIGINT stop the server after in-flight requests finish.\n";

static const char usage_user[] =
    "usage: pingan user add --login L --name N [--password P] [--role R --org ORG] --db FILE\n"
    "       pingan user passwd --login L [--password P] --db FILE\n"
    "       pingan user grant --login L --role R --org ORG --db FILE\n"
    "       pingan user list --db FILE\n"
    "  ORG is an org unit's id or code. Without --password the password is read from\n"
    "  standard input (one line). Roles: admin leader officer auxiliary grid_worker\n"
    "  operator handler mediator citizen.\n";

static const char usage_audit[] =
    "usage: pingan audit verify --db FILE\n"
    "  Recomputes the BLAKE2b hash chain of every timeline event; exits 1 naming the first\n"
    "  broken event if any row was edited or removed.\n";

struct opts {
	const char *db, *listen, *login, *name, *password, *role, *org, *demo_password;
	int threads, group_commit;
	int64_t cases, sla_interval, upload_max, quota_count, quota_mb;
	bool skip_errors;
	const char *arg;        /* the one positional argument of import commands */
	uint64_t seed;
	bool demo, quiet, help;
};

/* Parses the options every subcommand shares; unknown ones are an error. */
static int parse_opts_arg(int argc, char **argv, struct opts *o, const char *usage,
    bool allow_arg)
{
	static const struct option lo[] = {
		{ "db", required_argument, NULL, 'd' },
		{ "listen", required_argument, NULL, 'l' },
		{ "threads", required_argument, NULL, 't' },
		{ "group-commit", required_argument, NULL, 'g' },
		{ "login", required_argument, NULL, 'L' },
		{ "name", required_argument, NULL, 'n' },
		{ "password", required_argument, NULL, 'p' },
		{ "role", required_argument, NULL, 'r' },
		{ "org", required_argument, NULL, 'o' },
		{ "demo", no_argument, NULL, 'D' },
		{ "demo-password", required_argument, NULL, 'P' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "cases", required_argument, NULL, 'c' },
		{ "sla-interval", required_argument, NULL, 'S' },
		{ "upload-max", required_argument, NULL, 'U' },
		{ "upload-quota-count", required_argument, NULL, 'Q' },
		{ "upload-quota-mb", required_argument, NULL, 'M' },
		{ "skip-errors", no_argument, NULL, 'K' },
		{ "seed", required_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int64_t v;
	int c;

	memset(o, 0, sizeof *o);
	o->db = getenv("PINGAN_DB");
	o->listen = getenv("PINGAN_LISTEN");
	o->threads = DEFAULT_THREADS;
	o->group_commit = DB_GROUP_MAX;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", lo, NULL)) != -1) {
		switch (c) {
		case 'd': o->db = optarg; break;
		case 'l': o->listen = optarg; break;
		case 't':
			if (!parse_i64(optarg, 1, LIM_THREADS_MAX, &v)) {
				fprintf(stderr, "pingan: --threads must be 1-%d\n", LIM_THREADS_MAX);
				return 2;
			}
			o->threads = (int)v;
			break;
		case 'g':
			if (!parse_i64(optarg, 1, DB_GROUP_MAX, &v)) {
				fprintf(stderr, "pingan: --group-commit must be 1-%d\n", DB_GROUP_MAX);
				return 2;
			}
			o->group_commit = (int)v;
			break;
		case 'L': o->login = optarg; break;
		case 'n': o->name = optarg; break;
		case 'p': o->password = optarg; break;
		case 'r': o->role = optarg; break;
		case 'o': o->org = optarg; break;
		case 'D': o->demo = true; break;
		case 'P': o->demo_password = optarg; break;
		case 'q': o->quiet = true; break;
		case 'S':
			if (!parse_i64(optarg, 1, 86400, &o->sla_interval)) {
				fprintf(stderr, "pingan: --sla-interval must be 1-86400 seconds\n");
				return 2;
			}
			break;
		case 'U':
			if (!parse_i64(optarg, 1024, 64 * 1024 * 1024, &o->upload_max)) {
				fprintf(stderr, "pingan: --upload-max must be 1024-67108864 bytes\n");
				return 2;
			}
			break;
		case 'Q':
			if (!parse_i64(optarg, 1, 1000000, &o->quota_count)) {
				fprintf(stderr, "pingan: --upload-quota-count must be 1-1000000\n");
				return 2;
			}
			break;
		case 'M':
			if (!parse_i64(optarg, 1, 1000000, &o->quota_mb)) {
				fprintf(stderr, "pingan: --upload-quota-mb must be 1-1000000\n");
				return 2;
			}
			break;
		case 'K': o->skip_errors = true; break;
		case 'c':
			if (!parse_i64(optarg, 1, 100000000, &o->cases)) {
				fprintf(stderr, "pingan: --cases must be 1-100000000\n");
				return 2;
			}
			break;
		case 's':
			if (!parse_i64(optarg, 1, INT64_MAX, &v)) {
				fprintf(stderr, "pingan: --seed must be a positive integer\n");
				return 2;
			}
			o->seed = (uint64_t)v;
			break;
		case 'h': o->help = true; break;
		default:
			fprintf(stderr, "pingan: unknown or incomplete option %s (see --help)\n",
			    argv[optind - 1]);
			return 2;
		}
	}
	if (optind < argc && o->arg == NULL && allow_arg)
		o->arg = argv[optind++];
	if (optind < argc) {
		fprintf(stderr, "pingan: unexpected argument %s (see --help)\n", argv[optind]);
		return 2;
	}
	if (o->help) {
		fputs(usage, stdout);
		return -1;
	}
	if (o->db == NULL || *o->db == '\0') {
		fprintf(stderr, "pingan: --db FILE is required (or set PINGAN_DB)\n");
		return 2;
	}
	return 0;
}

static int open_db(const struct opts *o, enum db_open_mode mode, bool writer_thread,
    struct db **db)
{
	struct db_options dopt = { .group_max = o->group_commit, .no_writer = !writer_thread };
	char err[512];

	if (db_open(o->db, mode, &dopt, db, err, sizeof err) != PA_OK) {
		fprintf(stderr, "pingan: %s\n", err);
		return 1;
	}
	return 0;
}

static int parse_opts(int argc, char **argv, struct opts *o, const char *usage)
{
	return parse_opts_arg(argc, argv, o, usage, false);
}

/* ------------------------------------------------------------------ init */

static pa_err seed_catalog(struct db_conn *c, void *ctx)
{
	return catalog_seed(c);
}

static int cmd_init(int argc, char **argv)
{
	struct opts o;
	struct db *db;
	int rc = parse_opts(argc, argv, &o, usage_init), before;
	char pw[32];
	pa_err e;

	if (rc)
		return rc < 0 ? 0 : rc;
	if (o.demo_password && !o.demo) {
		fprintf(stderr, "pingan: --demo-password needs --demo\n");
		return 2;
	}
	if (o.demo_password && strlen(o.demo_password) < LIM_PASSWORD_MIN) {
		fprintf(stderr, "pingan: --demo-password must be at least %d characters\n",
		    LIM_PASSWORD_MIN);
		return 2;
	}
	if ((rc = open_db(&o, DB_OPEN_CREATE, false, &db)) != 0)
		return rc;
	before = db_schema_version(db);
	printf("database %s at schema version %d\n", o.db, before);
	if (o.demo) {
		if (o.demo_password == NULL) {
			unsigned char r[9];
			randombytes_buf(r, sizeof r);
			b64url_encode(r, sizeof r, pw, sizeof pw);
			o.demo_password = pw;
		}
		e = demo_seed(db, o.demo_password, stdout);
		if (e == PA_ERR_CONFLICT) {
			fprintf(stderr, "pingan: %s already holds data; demo data goes only into a new "
			    "database\n", o.db);
			db_close(db);
			return 1;
		}
		if (e != PA_OK) {
			fprintf(stderr, "pingan: cannot add demo data: %s\n", pa_err_str(e));
			db_close(db);
			return 1;
		}
	}
	if ((e = db_write(db, seed_catalog, NULL)) != PA_OK) {
		fprintf(stderr, "pingan: cannot seed the event catalogue: %s\n", pa_err_str(e));
		db_close(db);
		return 1;
	}
	if (o.demo && (e = event_demo_seed(db)) != PA_OK) {
		fprintf(stderr, "pingan: cannot add demo events: %s\n", pa_err_str(e));
		db_close(db);
		return 1;
	}
	db_close(db);
	return 0;
}

/* ------------------------------------------------------------------ serve */

static int cmd_serve(int argc, char **argv)
{
	struct opts o;
	struct db *db;
	struct http_server *srv;
	struct http_options hopt;
	sigset_t set;
	char err[512];
	int sig, rc = parse_opts(argc, argv, &o, usage_serve);

	if (rc)
		return rc < 0 ? 0 : rc;
	if (o.quiet)
		log_set_level(LOG_ERROR);
	/* block the stop signals in every thread; main waits for them below */
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (o.upload_max)
		attach_max_bytes = (size_t)o.upload_max;
	if (o.quota_count)
		attach_quota_count = o.quota_count;
	if (o.quota_mb)
		attach_quota_bytes = o.quota_mb * 1024 * 1024;
	if ((rc = open_db(&o, DB_OPEN_EXISTING, true, &db)) != 0)
		return rc;
	hopt.listen = o.listen ? o.listen : DEFAULT_LISTEN;
	hopt.threads = o.threads;
	if (http_start(db, &hopt, &srv, err, sizeof err) != PA_OK) {
		fprintf(stderr, "pingan: %s\n", err);
		db_close(db);
		return 1;
	}
	sla_scheduler_start(db, o.sla_interval ? (int)o.sla_interval : 60);
	printf("pingan %s listening on port %d (%s)\n", PINGAN_VERSION, http_port(srv), hopt.listen);
	fflush(stdout);
	while (sigwait(&set, &sig) != 0)
		;
	log_msg(LOG_INFO, "signal %d: stopping", sig);
	sla_scheduler_stop();
	notify_shutdown();
	http_stop(srv);
	db_close(db);
	grids_index_free();
	log_msg(LOG_INFO, "stopped");
	return 0;
}

/* ------------------------------------------------------------------ user */

static int read_password(const struct opts *o, char *buf, size_t n)
{
	size_t l;

	if (o->password) {
		snprintf(buf, n, "%s", o->password);
	} else {
		if (isatty(0))
			fprintf(stderr, "password: ");
		if (fgets(buf, (int)n, stdin) == NULL) {
			fprintf(stderr, "pingan: no password given\n");
			return 2;
		}
		buf[strcspn(buf, "\r\n")] = '\0';
	}
	l = strlen(buf);
	if (l < LIM_PASSWORD_MIN || l > LIM_PASSWORD_MAX) {
		fprintf(stderr, "pingan: the password must be %d-%d characters\n", LIM_PASSWORD_MIN,
		    LIM_PASSWORD_MAX);
		return 2;
	}
	return 0;
}

struct cli_user {
	const char *login, *name, *hash;
	unsigned role;
	int64_t org_id, id;
};

static pa_err cli_user_add(struct db_conn *c, void *ctx)
{
	struct cli_user *u = ctx;
	pa_err rc = auth_user_insert(c, u->login, u->name, u->hash, &u->id);

	if (rc == PA_OK && u->role)
		rc = auth_grant_insert(c, u->id, u->role, u->org_id, NULL);
	return rc;
}

static pa_err cli_grant(struct db_conn *c, void *ctx)
{
	struct cli_user *u = ctx;

	return auth_grant_insert(c, u->id, u->role, u->org_id, NULL);
}

/* Resolves --org as an id or a code. */
static int64_t resolve_org(struct db *db, const char *s)
{
	struct db_conn *c = db_reader(db);
	struct org o;
	int64_t id;

	if (c == NULL)
		return 0;
	if (parse_i64(s, 1, INT64_MAX, &id) && org_get(c, id, &o) == PA_OK)
		return id;
	return org_id_by_code(c, s);
}

static const char SQL_USERS_ALL[] =
    "SELECT u.id, u.login, u.name, u.disabled, "
    "COALESCE((SELECT group_concat(g.role || '@' || o.name, ', ') FROM grants g "
    "JOIN orgs o ON o.id = g.org_id WHERE g.user_id = u.id), '') FROM users u ORDER BY u.id";

static int cmd_user(int argc, char **argv)
{
	const char *sub = argc > 1 ? argv[1] : "";
	struct opts o;
	struct db *db = NULL;
	struct cli_user u = { 0 };
	char pw[LIM_PASSWORD_MAX + 2], hash[AUTH_PWHASH_MAX];
	int rc;
	pa_err e;

	if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0) {
		fputs(usage_user, stdout);
		return 0;
	}
	if (strcmp(sub, "add") && strcmp(sub, "passwd") && strcmp(sub, "grant") &&
	    strcmp(sub, "list")) {
		fprintf(stderr, "pingan: user needs add, passwd, grant or list (see --help)\n");
		return 2;
	}
	if ((rc = parse_opts(argc - 1, argv + 1, &o, usage_user)) != 0)
		return rc < 0 ? 0 : rc;
	if (strcmp(sub, "list") != 0 && (o.login == NULL || *o.login == '\0')) {
		fprintf(stderr, "pingan: --login is required\n");
		return 2;
	}
	if (o.role && role_parse(o.role) == 0) {
		fprintf(stderr, "pingan: unknown role %s\n", o.role);
		return 2;
	}
	if ((o.role == NULL) != (o.org == NULL) || (strcmp(sub, "grant") == 0 && o.role == NULL)) {
		fprintf(stderr, "pingan: --role and --org go together\n");
		return 2;
	}
	if ((rc = open_db(&o, DB_OPEN_EXISTING, false, &db)) != 0)
		return rc;
	rc = 1;
	u.login = o.login;
	u.role = o.role ? role_parse(o.role) : 0;
	if (o.org && (u.org_id = resolve_org(db, o.org)) == 0) {
		fprintf(stderr, "pingan: no org unit %s\n", o.org);
		goto out;
	}
	if (strcmp(sub, "list") == 0) {
		struct db_conn *c = db_reader(db);
		struct db_stmt *s = c ? db_prepare(c, SQL_USERS_ALL) : NULL;
		if (s == NULL)
			goto out;
		while (db_step(s) == DB_ROW)
			printf("%-5lld %-16s %-20s %s%s\n", (long long)db_col_int(s, 0), db_col_text(s, 1),
			    db_col_text(s, 2), db_col_text(s, 4), db_col_int(s, 3) ? " (disabled)" : "");
		db_reset(s);
		rc = 0;
		goto out;
	}
	if (strcmp(sub, "add") == 0) {
		if ((rc = read_password(&o, pw, sizeof pw)) != 0)
			goto out;
		rc = 1;
		if (auth_pw_hash(pw, hash) != PA_OK)
			goto out;
		u.name = o.name ? o.name : o.login;
		u.hash = hash;
		e = db_write(db, cli_user_add, &u);
		if (e == PA_ERR_CONFLICT)
			fprintf(stderr, "pingan: login %s is taken\n", o.login);
		else if (e != PA_OK)
			fprintf(stderr, "pingan: cannot add the user: %s\n", pa_err_str(e));
		else {
			printf("user %s added (id %lld)\n", o.login, (long long)u.id);
			rc = 0;
		}
		goto out;
	}
	{
		struct db_conn *c = db_reader(db);
		u.id = c ? auth_user_id_by_login(c, o.login) : 0;
	}
	if (u.id == 0) {
		fprintf(stderr, "pingan: no user %s\n", o.login);
		goto out;
	}
	if (strcmp(sub, "passwd") == 0) {
		if ((rc = read_password(&o, pw, sizeof pw)) != 0)
			goto out;
		rc = 1;
		if ((e = auth_user_update(db, u.id, NULL, pw, -1)) != PA_OK) {
			fprintf(stderr, "pingan: cannot set the password: %s\n", pa_err_str(e));
			goto out;
		}
		printf("password of %s changed; their sessions ended\n", o.login);
		rc = 0;
		goto out;
	}
	e = db_write(db, cli_grant, &u);
	if (e == PA_ERR_CONFLICT)
		fprintf(stderr, "pingan: %s already holds that grant\n", o.login);
	else if (e != PA_OK)
		fprintf(stderr, "pingan: cannot grant: %s\n", pa_err_str(e));
	else {
		printf("granted %s on %s to %s\n", o.role, o.org, o.login);
		rc = 0;
	}
out:
	sodium_memzero(pw, sizeof pw);
	db_close(db);
	return rc;
}

/* ------------------------------------------------------------------ audit */

static int cmd_audit(int argc, char **argv)
{
	const char *sub = argc > 1 ? argv[1] : "";
	struct opts o;
	struct db *db;
	struct db_conn *c;
	int64_t bad, count, bad_case;
	char msg[256];
	int rc;

	if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0) {
		fputs(usage_audit, stdout);
		return 0;
	}
	if (strcmp(sub, "verify") != 0) {
		fprintf(stderr, "pingan: audit needs verify (see --help)\n");
		return 2;
	}
	if ((rc = parse_opts(argc - 1, argv + 1, &o, usage_audit)) != 0)
		return rc < 0 ? 0 : rc;
	if ((rc = open_db(&o, DB_OPEN_EXISTING, false, &db)) != 0)
		return rc;
	c = db_reader(db);
	if (c == NULL || db_check_integrity(c, msg, sizeof msg) != PA_OK) {
		printf("BROKEN: database file: %s\n", msg);
		db_close(db);
		return 1;
	}
	if (tl_verify(c, &bad, &count) != PA_OK || tl_check_cases(c, &bad_case) != PA_OK) {
		fprintf(stderr, "pingan: cannot read the timeline\n");
		db_close(db);
		return 1;
	}
	db_close(db);
	if (bad) {
		printf("BROKEN: timeline event %lld does not match its hash chain (%lld events "
		    "checked)\n", (long long)bad, (long long)count);
		return 1;
	}
	if (bad_case) {
		printf("BROKEN: case %lld has no create event on its timeline\n", (long long)bad_case);
		return 1;
	}
	printf("ok: %lld timeline events, hash chain intact, every case has its create event\n",
	    (long long)count);
	return 0;
}

static const char usage_import[] =
    "usage: pingan import grids FILE.geojson --db FILE [--skip-errors]\n"
    "  A GeoJSON FeatureCollection of Polygon or MultiPolygon features whose properties hold\n"
    "  name, code, parent (the code of the parent unit) and kind (grid, the default, or\n"
    "  community). A file with any refused feature imports nothing unless --skip-errors.\n";

static int cmd_import(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	struct opts o;
	struct db *db;
	int rc;

	if (strcmp(what, "--help") == 0 || strcmp(what, "-h") == 0) {
		fputs(usage_import, stdout);
		return 0;
	}
	if (strcmp(what, "grids") != 0) {
		fprintf(stderr, "pingan: import needs grids FILE.geojson (see --help)\n");
		return 2;
	}
	if ((rc = parse_opts_arg(argc - 1, argv + 1, &o, usage_import, true)) != 0)
		return rc < 0 ? 0 : rc;
	if (o.arg == NULL) {
		fprintf(stderr, "pingan: import grids needs a FILE.geojson\n");
		return 2;
	}
	if ((rc = open_db(&o, DB_OPEN_EXISTING, false, &db)) != 0)
		return rc;
	rc = grids_import(db, o.arg, o.skip_errors, stdout);
	db_close(db);
	grids_index_free();
	return rc;
}

static const char usage_catalog[] =
    "usage: pingan catalog export --db FILE > catalogue.csv\n"
    "       pingan catalog import FILE.csv --db FILE\n"
    "  CSV columns: code,name,parent,platform,department,accept_hours,handle_days,\n"
    "  settle_on_spot,public (department is an org unit code; flags are 0 or 1). Import\n"
    "  adds or updates by code, and imports nothing if any line is wrong.\n";

static int cmd_catalog(int argc, char **argv)
{
	const char *sub = argc > 1 ? argv[1] : "";
	bool imp = strcmp(sub, "import") == 0;
	struct opts o;
	struct db *db;
	int rc;

	if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0) {
		fputs(usage_catalog, stdout);
		return 0;
	}
	if (!imp && strcmp(sub, "export") != 0) {
		fprintf(stderr, "pingan: catalog needs export, or import FILE.csv (see --help)\n");
		return 2;
	}
	if ((rc = parse_opts_arg(argc - 1, argv + 1, &o, usage_catalog, imp)) != 0)
		return rc < 0 ? 0 : rc;
	if (imp && o.arg == NULL) {
		fprintf(stderr, "pingan: catalog import needs a FILE.csv\n");
		return 2;
	}
	if ((rc = open_db(&o, DB_OPEN_EXISTING, false, &db)) != 0)
		return rc;
	rc = imp ? catalog_import(db, o.arg, stderr) : catalog_export(db, stdout);
	db_close(db);
	return rc;
}

static const char usage_bench[] =
    "usage: pingan bench-data --db FILE [--cases N] [--seed S]\n"
    "  Appends N (default 1000000) board posts with timelines to a demo database, for make bench.\n";

static int cmd_bench_data(int argc, char **argv)
{
	struct opts o;
	struct db *db;
	pa_err e;
	int rc = parse_opts(argc, argv, &o, usage_bench);

	if (rc)
		return rc < 0 ? 0 : rc;
	if ((rc = open_db(&o, DB_OPEN_EXISTING, false, &db)) != 0)
		return rc;
	e = benchdata_generate(db, o.cases ? o.cases : 1000000, o.seed ? o.seed : 2017, stderr);
	db_close(db);
	if (e != PA_OK) {
		fprintf(stderr, "pingan: bench-data failed: %s (is this a demo database?)\n",
		    pa_err_str(e));
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";

	if (sodium_init() < 0) {
		fprintf(stderr, "pingan: libsodium failed to initialise\n");
		return 1;
	}
	if (strcmp(cmd, "init") == 0)
		return cmd_init(argc - 1, argv + 1);
	if (strcmp(cmd, "serve") == 0)
		return cmd_serve(argc - 1, argv + 1);
	if (strcmp(cmd, "user") == 0)
		return cmd_user(argc - 1, argv + 1);
	if (strcmp(cmd, "audit") == 0)
		return cmd_audit(argc - 1, argv + 1);
	if (strcmp(cmd, "import") == 0)
		return cmd_import(argc - 1, argv + 1);
	if (strcmp(cmd, "catalog") == 0)
		return cmd_catalog(argc - 1, argv + 1);
	if (strcmp(cmd, "bench-data") == 0)
		return cmd_bench_data(argc - 1, argv + 1);
	if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
		printf("pingan %s\n", PINGAN_VERSION);
		return 0;
	}
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
		fputs(usage_main, stdout);
		return 0;
	}
	fprintf(stderr, "pingan: %s%s\n%s", *cmd ? "unknown command " : "no command", cmd,
	    usage_main);
	return 2;
}
