/* main.c — the pingan command line: init, serve, user, audit, version. */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <time.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "auth/auth.h"
#include "core/case.h"
#include "db/db.h"
#include "http/http.h"
#include "modules/benchdata.h"
#include "modules/demo.h"
#include "modules/desk2.h"
#include "modules/event.h"
#include "modules/lostfound.h"
#include "modules/modules.h"
#include "org/grids.h"
#include "org/org.h"
#include "util/keys.h"
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
    "  user     add, passwd, grant, revoke, list: manage accounts\n"
    "  audit    verify: check the hash chain of every case timeline\n"
    "  key      rotate: re-encrypt personal data under a new key generation\n"
    "  import   grids FILE.geojson: grid and community boundaries\n"
    "  catalog  export | import FILE: the event catalogue as CSV\n"
    "  version  print the version\n"
    "  bench-data  append a large reproducible data set (benchmarks)\n"
    "  routes   print the API route table, one JSON line per route (tests)\n"
    "  db-fingerprint --db FILE  hash of every table's rows, as JSON (tests)\n"
    "\n"
    "Run pingan COMMAND --help for a command's options.\n"
    "PINGAN_DB and PINGAN_LISTEN give defaults for --db and --listen.\n"
    "Every command that opens a database reads its key file: --key-file FILE, or\n"
    "PINGAN_KEY_FILE, or FILE.key beside the database (made by init; back it up apart).\n";

static const char usage_init[] =
    "usage: pingan init --db FILE [--demo] [--key-file K] [--anchor-file A]\n"
    "  Creates FILE with the current schema, or migrates an older Pingan database.\n"
    "  --key-file      the key file (default FILE.key): made 0600 for a new database, never\n"
    "                  overwritten; a database that has a key refuses to run without it\n"
    "  --anchor-file   the append-only file of timeline anchors (default FILE.anchors)\n"
    "  --accept-broken-timeline  when migrating, rebuild the keyed chains even though the old\n"
    "                  unkeyed chain is broken (after inspecting the event init names)\n"
    "  --demo            add the demo org tree, accounts and board posts; prints the accounts\n"
    "  PINGAN_DEMO_PASSWORD  the password of every demo account (default: a random one);\n"
    "                    from the environment, never the command line (ps shows that)\n";

static const char usage_serve[] =
    "usage: pingan serve --db FILE [--listen HOST:PORT] [--threads N] [--group-commit N]\n"
    "                    [--sla-interval S] [--upload-max BYTES] [--trusted-proxy ADDR]...\n"
    "                    [--access-log PATH|-] [--access-log-max-mb N] [--key-file K]\n"
    "                    [--anchor-file A] [--anchor-interval S]\n"
    "                    [--upload-quota-count N] [--upload-quota-mb M]\n"
    "  --listen        address to listen on (default " DEFAULT_LISTEN "; port 0 picks one)\n"
    "  --threads       HTTP worker threads (default 16)\n"
    "  --group-commit  most writes committed together (default 64; 1 = each alone)\n"
    "  --quiet         log errors only\n"
    "  --sla-interval  seconds between supervision passes (default 60)\n"
    "  --upload-max    largest photo accepted, in bytes (default 8388608)\n"
    "  --upload-quota-count  photos one user may upload in any 24 hours (default 200)\n"
    "  --upload-quota-mb     megabytes one user may upload in any 24 hours (default 500)\n"
    "  --trusted-proxy the address of a reverse proxy (repeatable, up to 16): only its\n"
    "                  X-Forwarded-For is read, for the client's address\n"
    "  --access-log    one line per request to PATH (- for standard error); default off\n"
    "  --access-log-max-mb  rotate the access log to PATH.1 beyond N MiB (default: never)\n"
    "  --key-file      the key file (default FILE.key); serve refuses to start without it\n"
    "  --anchor-file   where anchors of the timeline are appended (default FILE.anchors);\n"
    "                  one every minute with changes and one at shutdown\n"
    "  --anchor-interval  seconds between anchors (default 60)\n"
    "  SIGTERM or SIGINT stop the server after in-flight requests finish; SIGHUP reopens\n"
    "  the access log (after logrotate moved it).\n";

static const char usage_user[] =
    "usage: pingan user add --login L --name N [--role R --org ORG] --db FILE\n"
    "       pingan user passwd --login L --db FILE\n"
    "       pingan user grant --login L --role R --org ORG --db FILE\n"
    "       pingan user revoke --login L --role R --org ORG --db FILE\n"
    "       pingan user list --db FILE\n"
    "  add and passwd ask for the password at a prompt (not echoed, asked twice) or, when\n"
    "  standard input is not a terminal, read its first line; never from the command line.\n"
    "  A password has 10-128 characters, is not the login and not a common password.\n"
    "  ORG is an org unit's id or code. Roles: admin leader officer auxiliary grid_worker\n"
    "  operator handler mediator citizen. A user holds at most 16 grants.\n";

static const char usage_audit[] =
    "usage: pingan audit verify --db FILE [--key-file K] [--anchor-file A]\n"
    "  Recomputes every case's keyed hash chain, checks the anchor chain against the anchor\n"
    "  file and every anchored head, and replays each case against its case row. Prints one\n"
    "  line per finding (naming the row or the case) and a summary; exits 1 if anything is\n"
    "  wrong, 0 when all is intact.\n";

struct opts {
	const char *db, *listen, *login, *name, *role, *org;
	const char *access_log;
	const char *trusted[LIM_TRUSTED_PROXIES];
	int ntrusted;
	int64_t access_log_max_mb;
	const char *key_file, *anchor_file;
	int threads, group_commit;
	int64_t cases, events, open_share, sla_interval, upload_max, anchor_interval, quota_count,
	    quota_mb;
	bool skip_errors;
	const char *arg;        /* the one positional argument of import commands */
	uint64_t seed;
	bool demo, quiet, help, accept_broken;
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
		{ "events", required_argument, NULL, 'E' },
		{ "open-share", required_argument, NULL, 'O' },
		{ "sla-interval", required_argument, NULL, 'S' },
		{ "upload-max", required_argument, NULL, 'U' },
		{ "upload-quota-count", required_argument, NULL, 'Q' },
		{ "upload-quota-mb", required_argument, NULL, 'm' },
		{ "skip-errors", no_argument, NULL, 'K' },
		{ "seed", required_argument, NULL, 's' },
		{ "trusted-proxy", required_argument, NULL, 'T' },
		{ "access-log", required_argument, NULL, 'A' },
		{ "access-log-max-mb", required_argument, NULL, 'M' },
		{ "key-file", required_argument, NULL, 'k' },
		{ "anchor-file", required_argument, NULL, 'a' },
		{ "anchor-interval", required_argument, NULL, 'I' },
		{ "accept-broken-timeline", no_argument, NULL, 'B' },
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
	o->open_share = -1;
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
		case 'p':
		case 'P':
			/* gone: an argument is visible to every local user in ps and in the history */
			fprintf(stderr, "pingan: %s no longer takes a password on the command line; %s\n",
			    c == 'p' ? "--password" : "--demo-password", c == 'p' ?
			    "type it at the prompt or give it on standard input" :
			    "set PINGAN_DEMO_PASSWORD instead");
			return 2;
		case 'r': o->role = optarg; break;
		case 'o': o->org = optarg; break;
		case 'D': o->demo = true; break;
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
		case 'm':
			if (!parse_i64(optarg, 1, 1000000, &o->quota_mb)) {
				fprintf(stderr, "pingan: --upload-quota-mb must be 1-1000000\n");
				return 2;
			}
			break;
		case 'K': o->skip_errors = true; break;
		case 'T':
			if (o->ntrusted == LIM_TRUSTED_PROXIES) {
				fprintf(stderr, "pingan: at most %d --trusted-proxy\n", LIM_TRUSTED_PROXIES);
				return 2;
			}
			o->trusted[o->ntrusted++] = optarg;
			break;
		case 'A': o->access_log = optarg; break;
		case 'M':
			if (!parse_i64(optarg, 1, 1024 * 1024, &o->access_log_max_mb)) {
				fprintf(stderr, "pingan: --access-log-max-mb must be 1-1048576\n");
				return 2;
			}
			break;
		case 'c':
			if (!parse_i64(optarg, 1, 100000000, &o->cases)) {
				fprintf(stderr, "pingan: --cases must be 1-100000000\n");
				return 2;
			}
			break;
		case 'E':
			if (!parse_i64(optarg, 1, 100000000, &o->events)) {
				fprintf(stderr, "pingan: --events must be 1-100000000\n");
				return 2;
			}
			break;
		case 'O':
			if (!parse_i64(optarg, 0, 100, &o->open_share)) {
				fprintf(stderr, "pingan: --open-share must be 0-100 (percent)\n");
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
		case 'k': o->key_file = optarg; break;
		case 'a': o->anchor_file = optarg; break;
		case 'B': o->accept_broken = true; break;
		case 'I':
			if (!parse_i64(optarg, 1, 3600, &o->anchor_interval)) {
				fprintf(stderr, "pingan: --anchor-interval must be 1-3600 seconds\n");
				return 2;
			}
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

/* ------------------------------------------------------------------ keys and anchors */

static char key_path_buf[4096], anchor_path_buf[4096];

/* The key file of o (--key-file, PINGAN_KEY_FILE or DB.key); NULL (with a message) if too long. */
static const char *key_path(const struct opts *o)
{
	const char *p = keys_path(o->key_file, o->db, key_path_buf, sizeof key_path_buf);

	if (p == NULL)
		fprintf(stderr, "pingan: the key file path is too long\n");
	return p;
}

static const char *anchor_file(const struct opts *o)
{
	const char *p = anchor_path(o->anchor_file, o->db, anchor_path_buf, sizeof anchor_path_buf);

	if (p == NULL)
		fprintf(stderr, "pingan: the anchor file path is too long\n");
	return p;
}

/* The file a key rotation writes its new key file to until it finishes. */
static const char *key_next_path(const char *key, char *buf, size_t n)
{
	int w = snprintf(buf, n, "%s.next", key);

	return w < 0 || (size_t)w >= n ? NULL : buf;
}

/* Locks the key file: shared for a server for its whole life, exclusive for a key rotation, so
 * that neither runs while the other does (a server keeps its keys in memory: rows rotated
 * under a generation it lacks would not open, rows it seals meanwhile would stay under one
 * the rotation drops). Returns the descriptor, kept open, or -1 with a message. */
static int key_lock(const char *key, bool exclusive)
{
	int fd = open(key, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		fprintf(stderr, "pingan: cannot open key file %s: %s\n", key, strerror(errno));
		return -1;
	}
	if (flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
		fprintf(stderr, exclusive ? "pingan: a server is running on key file %s: stop it "
		    "before rotating the key\n" : "pingan: a key rotation of %s is running\n", key);
		close(fd);
		return -1;
	}
	return fd;
}

/* Locks the database file itself for a server's whole life (flock, apart from SQLite's own
 * POSIX locks), so that a second `pingan serve` on the same database refuses to start: each
 * server keeps rendered list rows (case_cache.c) that only its own writes drop. The CLI
 * commands beside a running server do not take it. The descriptor is never closed (closing a
 * descriptor of the file would release SQLite's POSIX locks of this process): the lock ends
 * with the process. 0, 1 with a message, or 0 when the file is missing (open_db says so). */
static int server_lock(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0 && errno == ENOENT)
		return 0;
	if (fd < 0) {
		fprintf(stderr, "pingan: cannot open %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
		if (errno == EWOULDBLOCK)
			fprintf(stderr, "pingan: another server is running on %s: one server per "
			    "database (stop it first)\n", path);
		else    /* e.g. a file system without flock (some NFS, FUSE or CIFS mounts) */
			fprintf(stderr, "pingan: cannot lock %s (%s): serve needs a local file system "
			    "with flock\n", path, strerror(errno));
		close(fd);
		return 1;
	}
	return 0;
}

/* True (with a message) when `pingan key rotate` has not finished: rows are sealed under two
 * generations and the new one is only in KEY.next. */
static bool rotation_pending(const char *key)
{
	char next[4200];

	if (key_next_path(key, next, sizeof next) == NULL || !keys_exists(next))
		return false;
	fprintf(stderr, "pingan: a key rotation of %s is unfinished (%s exists): run pingan key "
	    "rotate again to finish it\n", key, next);
	return true;
}

/* Loads the key file and hands the timeline its MAC key and the persons registry its
 * personal-data keys; one line on stderr if it cannot. */
static int load_key(const struct opts *o)
{
	unsigned char mac[KEYS_SUB_BYTES];
	const char *path = key_path(o);
	struct pa_keys k;
	char err[512];

	if (path == NULL)
		return 1;
	if (rotation_pending(path))
		return 1;
	if (keys_load(path, &k, err, sizeof err) != PA_OK) {
		fprintf(stderr, "pingan: %s\n", err);
		return 1;
	}
	keys_subkey(&k, KEY_TIMELINE_MAC, mac);
	tl_key_set(mac);
	person_keys_set(&k);        /* personal data (当事人): every generation of the file */
	sodium_memzero(mac, sizeof mac);
	keys_wipe(&k);
	return 0;
}

/* Refuses a database whose chains were not yet rebuilt with the key (init was interrupted). */
static int check_rebuilt(const struct opts *o, struct db *db)
{
	struct db_conn *c = db_reader(db);
	bool pending = true;

	bool match = false;

	if (c == NULL || tl_rebuild_pending(c, &pending) != PA_OK || pending) {
		fprintf(stderr, "pingan: the timeline of %s is not yet chained with its key: run "
		    "pingan init --db %s\n", o->db, o->db);
		return 1;
	}
	if (tl_key_matches(c, &match) != PA_OK || !match) {
		fprintf(stderr, "pingan: key file %s is not the key of %s (its check value differs): "
		    "give the key file made with this database\n", key_path_buf, o->db);
		return 1;
	}
	return 0;
}

/* Records an anchor of the chains changed since the last one (CLI writers). */
static int record_anchor(const struct opts *o, struct db *db)
{
	const char *file = anchor_file(o);
	char err[512];
	int64_t id;

	if (file == NULL)
		return 1;
	if (anchor_record(db, file, &id, err, sizeof err) != PA_OK) {
		fprintf(stderr, "pingan: %s\n", err);
		return 1;
	}
	return 0;
}
/* ------------------------------------------------------------------ init */

static pa_err seed_catalog(struct db_conn *c, void *ctx)
{
	return catalog_seed(c);
}

/* The key file of a database being created or migrated: made when the database never had one
 * (migration 003 not yet followed by its rebuild), an error when it had one; then the chains of
 * a migrated database are rebuilt with the key and anchored. */
static int init_keys(const struct opts *o, struct db *db)
{
	struct db_conn *c = db_reader(db);
	const char *path = key_path(o);
	bool pending = false;
	int64_t chains = 0, broken = 0;
	char err[512];
	pa_err e;
	int rc;

	if (path == NULL)
		return 1;
	if (c == NULL || tl_rebuild_pending(c, &pending) != PA_OK) {
		fprintf(stderr, "pingan: cannot read %s\n", o->db);
		return 1;
	}
	if (!keys_exists(path)) {
		if (!pending) {
			fprintf(stderr, "pingan: key file %s is missing: restore it from its backup (a "
			    "database that has a key never gets a new one)\n", path);
			return 1;
		}
		if (keys_create(path, err, sizeof err) != PA_OK) {
			fprintf(stderr, "pingan: %s\n", err);
			return 1;
		}
		printf("key file %s created (mode 0600): back it up apart from the database\n", path);
	}
	if ((rc = load_key(o)) != 0)
		return rc;
	if (!pending)
		return check_rebuilt(o, db);
	if ((e = tl_rebuild(db, o->accept_broken, &chains, &broken, err, sizeof err)) != PA_OK) {
		fprintf(stderr, "pingan: timeline: %s\n", err);
		return 1;
	}
	if (broken)
		printf("timeline: the old chain was broken at event %lld; rebuilt anyway "
		    "(--accept-broken-timeline)\n", (long long)broken);
	if (chains)
		printf("timeline: rebuilt %lld chains with the keyed hash\n", (long long)chains);
	return chains ? record_anchor(o, db) : 0;
}

static int cmd_init(int argc, char **argv)
{
	struct opts o;
	struct db *db;
	int rc = parse_opts(argc, argv, &o, usage_init), before;
	char pw[32];
	const char *demo_pw = getenv("PINGAN_DEMO_PASSWORD");
	struct pa_error pe = { 0 };
	pa_err e;

	if (rc)
		return rc < 0 ? 0 : rc;
	if (demo_pw && *demo_pw == '\0')
		demo_pw = NULL;
	/* the demo password meets the rules of every other password (the login aside) */
	if (o.demo && demo_pw && !auth_password_valid(NULL, demo_pw, &pe)) {
		fprintf(stderr, "pingan: PINGAN_DEMO_PASSWORD: %s\n", pe.message);
		return 2;
	}
	if ((rc = open_db(&o, DB_OPEN_CREATE, false, &db)) != 0)
		return rc;
	before = db_schema_version(db);
	printf("database %s at schema version %d\n", o.db, before);
	if ((rc = init_keys(&o, db)) != 0) {
		db_close(db);
		return rc;
	}
	if (o.demo) {
		if (demo_pw == NULL) {
			unsigned char r[9];
			randombytes_buf(r, sizeof r);
			b64url_encode(r, sizeof r, pw, sizeof pw);
			demo_pw = pw;
		}
		/* a new database filled by one process: no wait for the disk at each of the demo's
		 * thousand commits (an interrupted init is run again); FULL again after */
		(void)db_sync(db, false);
		e = demo_seed(db, demo_pw, stdout);
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
	/* the demo's history: every seeder's pieces in one time-ordered job list (demo.h) */
	if (o.demo && (e = demo_history_seed(db, DEMO_ALL)) != PA_OK) {
		fprintf(stderr, "pingan: cannot add the demo history: %s\n", pa_err_str(e));
		db_close(db);
		return 1;
	}
	/* events older than the persons registry: their plain-text caller names move into it */
	if ((e = event_callers_move(db, stdout)) != PA_OK) {
		fprintf(stderr, "pingan: cannot move old caller names: %s\n", pa_err_str(e));
		db_close(db);
		return 1;
	}
	/* cases older than migration 007 get their full-text index rows (once) */
	if ((e = case_index_fill(db, stdout)) != PA_OK) {
		fprintf(stderr, "pingan: cannot fill the search index: %s\n", pa_err_str(e));
		db_close(db);
		return 1;
	}
	/* lost and found items stored with whole ID numbers in their texts */
	if ((e = lostfound_pii_upgrade(db, stdout, NULL)) != PA_OK) {
		fprintf(stderr, "pingan: cannot move the lost-and-found ID numbers: %s\n",
		    pa_err_str(e));
		db_close(db);
		return 1;
	}
	/* lost and found registrations whose title was made before it was kept in English */
	if ((e = lostfound_titles_made(db, stdout, NULL)) != PA_OK) {
		fprintf(stderr, "pingan: cannot give the lost-and-found made titles their English: "
		    "%s\n", pa_err_str(e));
		db_close(db);
		return 1;
	}
	/* lost and found items stored by a build whose matcher prepared them otherwise */
	if ((e = lostfound_feat_refresh(db, stdout, NULL)) != PA_OK) {
		fprintf(stderr, "pingan: cannot prepare the lost-and-found items again: %s\n",
		    pa_err_str(e));
		db_close(db);
		return 1;
	}
	(void)db_sync(db, true);
	rc = o.demo ? record_anchor(&o, db) : 0;
	db_close(db);
	tl_key_set(NULL);
	return rc;
}

/* ------------------------------------------------------------------ serve */

/* Tests only: PINGAN_TEST_CLOCK_OFFSET_MS moves serve's clock (clock_now_ms) by that many
 * milliseconds, so that API tests can cross follow-up deadlines and monitoring windows by
 * restarting the server on the same database. Logged as a warning when set. */
static int64_t clock_offset_ms;
static int64_t offset_clock(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + clock_offset_ms;
}

static void test_clock_from_env(void)
{
	const char *v = getenv("PINGAN_TEST_CLOCK_OFFSET_MS");
	char *end;
	long long off;

	if (v == NULL || *v == '\0')
		return;
	off = strtoll(v, &end, 10);
	if (*end != '\0') {
		log_msg(LOG_ERROR, "PINGAN_TEST_CLOCK_OFFSET_MS is not a number; ignored");
		return;
	}
	clock_offset_ms = off;
	clock_set(offset_clock);
	log_msg(LOG_WARN, "test clock: now is moved by %lld ms (PINGAN_TEST_CLOCK_OFFSET_MS)", off);
}

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
	test_clock_from_env();
	if (o.access_log_max_mb && (o.access_log == NULL || strcmp(o.access_log, "-") == 0)) {
		fprintf(stderr, "pingan: --access-log-max-mb needs --access-log PATH\n");
		return 2;
	}
	/* block the stop and reopen signals in every thread; main waits for them below */
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	if (o.upload_max)
		attach_max_bytes = (size_t)o.upload_max;
	if (o.quota_count)
		attach_quota_count = o.quota_count;
	if (o.quota_mb)
		attach_quota_bytes = o.quota_mb * 1024 * 1024;
	if ((rc = server_lock(o.db)) != 0 || (rc = open_db(&o, DB_OPEN_EXISTING, true, &db)) != 0)
		return rc;
	if ((rc = load_key(&o)) != 0 || (rc = check_rebuilt(&o, db)) != 0 ||
	    anchor_file(&o) == NULL) {
		db_close(db);
		return rc ? rc : 1;
	}
	/* held until exit: `pingan key rotate` refuses meanwhile */
	if (key_lock(key_path(&o), false) < 0) {
		db_close(db);
		return 1;
	}
	/* and its events' old plain-text caller names move into the persons registry */
	if (event_callers_move(db, o.quiet ? NULL : stderr) != PA_OK) {
		fprintf(stderr, "pingan: cannot move old caller names into the persons registry\n");
		db_close(db);
		return 1;
	}
	/* a database migrated without `pingan init` to the end: index its older cases first */
	if (case_index_fill(db, o.quiet ? NULL : stderr) != PA_OK) {
		fprintf(stderr, "pingan: cannot fill the search index\n");
		db_close(db);
		return 1;
	}
	/* its lost and found items' whole ID numbers, moved into the persons registry */
	if (lostfound_pii_upgrade(db, o.quiet ? NULL : stderr, NULL) != PA_OK) {
		fprintf(stderr, "pingan: cannot move the lost-and-found ID numbers\n");
		db_close(db);
		return 1;
	}
	/* its lost and found registrations' made titles, in English too */
	if (lostfound_titles_made(db, o.quiet ? NULL : stderr, NULL) != PA_OK) {
		fprintf(stderr, "pingan: cannot give the lost-and-found made titles their English\n");
		db_close(db);
		return 1;
	}
	/* and its lost and found items prepared by an older matcher, before any match reads them */
	if (lostfound_feat_refresh(db, o.quiet ? NULL : stderr, NULL) != PA_OK) {
		fprintf(stderr, "pingan: cannot prepare the lost-and-found items again\n");
		db_close(db);
		return 1;
	}
	{
		struct stat st;
		if (stat(o.db, &st) == 0 && (st.st_mode & 077))
			log_msg(LOG_WARN, "%s can be read by other users (mode %03o); chmod 600 it",
			    o.db, (unsigned)(st.st_mode & 0777));
	}
	memset(&hopt, 0, sizeof hopt);
	hopt.listen = o.listen ? o.listen : DEFAULT_LISTEN;
	hopt.threads = o.threads;
	hopt.ntrusted = o.ntrusted;
	memcpy(hopt.trusted_proxies, o.trusted, sizeof o.trusted);
	hopt.routes = app_routes;
	hopt.upload_max = attach_max_bytes;
	if (http_access_log_open(o.access_log, o.access_log_max_mb * 1024 * 1024, err,
	    sizeof err) != PA_OK ||
	    http_start(db, &hopt, &srv, err, sizeof err) != PA_OK) {
		fprintf(stderr, "pingan: %s\n", err);
		http_access_log_close();
		db_close(db);
		return 1;
	}
	sla_scheduler_start(db, o.sla_interval ? (int)o.sla_interval : 60);
	if (anchor_start(db, anchor_path_buf, o.anchor_interval ? (int)o.anchor_interval :
	    ANCHOR_INTERVAL_S) != PA_OK)
		log_msg(LOG_ERROR, "anchor: cannot start the anchor thread");
	printf("pingan %s listening on port %d (%s)\n", PINGAN_VERSION, http_port(srv), hopt.listen);
	fflush(stdout);
	for (;;) {
		if (sigwait(&set, &sig) != 0)
			continue;
		if (sig != SIGHUP)
			break;
		if (http_access_log_on()) {
			http_access_log_reopen();
			log_msg(LOG_INFO, "SIGHUP: access log reopened");
		}
	}
	log_msg(LOG_INFO, "signal %d: stopping", sig);
	sla_scheduler_stop();
	notify_shutdown();
	http_stop(srv);
	http_access_log_close();
	anchor_stop();       /* after the last write: the final anchor covers it */
	db_close(db);
	tl_key_set(NULL);
	grids_index_free();
	log_msg(LOG_INFO, "stopped");
	return 0;
}

/* ------------------------------------------------------------------ user */

/* Reads one line of at most n - 2 bytes from stdin; with echo off when stdin is a terminal.
 * Returns 1, 0 at end of input, -1 for a line too long (never cut silently). */
static int read_line(const char *prompt, char *buf, size_t n, bool tty)
{
	struct termios old, quiet;
	bool echo_off = false;
	int got;

	if (tty) {
		fprintf(stderr, "%s", prompt);
		fflush(stderr);
		if (tcgetattr(0, &old) == 0) {
			quiet = old;
			quiet.c_lflag &= ~(tcflag_t)ECHO;
			echo_off = tcsetattr(0, TCSAFLUSH, &quiet) == 0;
		}
	}
	got = fgets(buf, (int)n, stdin) != NULL;
	if (echo_off) {
		tcsetattr(0, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if (got && strlen(buf) == n - 1 && buf[n - 2] != '\n')
		got = -1;
	if (got)
		buf[strcspn(buf, "\r\n")] = '\0';
	return got;
}

/* The new password of login: at a prompt (twice, not echoed) or the first line of stdin,
 * never from argv (ps shows every argument). The rules are auth_password_valid's, the same
 * as the API's. */
static int read_password(const char *login, char *buf, size_t n)
{
	bool tty = isatty(0);
	char again[LIM_PASSWORD_MAX * 4 + 3];
	struct pa_error e = { 0 };
	int rc = 2;

	switch (read_line("new password: ", buf, n, tty)) {
	case 0:
		fprintf(stderr, "pingan: no password given (type it at the prompt or give it on "
		    "standard input)\n");
		goto out;
	case -1:
		fprintf(stderr, "pingan: password must be %d-%d characters\n", LIM_PASSWORD_MIN,
		    LIM_PASSWORD_MAX);
		goto out;
	}
	if (!auth_password_valid(login, buf, &e)) {
		fprintf(stderr, "pingan: %s\n", e.message);
		goto out;
	}
	if (tty) {
		if (read_line("again: ", again, sizeof again, tty) != 1 || strcmp(again, buf) != 0) {
			fprintf(stderr, "pingan: the passwords differ\n");
			goto out;
		}
	}
	rc = 0;
out:
	sodium_memzero(again, sizeof again);
	return rc;
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

static const char SQL_CLI_REVOKE[] =
    "DELETE FROM grants WHERE user_id = ?1 AND role = ?2 AND org_id = ?3";

/* Removes one grant and ends the user's sessions (their rights shrink at once). */
static pa_err cli_revoke(struct db_conn *c, void *ctx)
{
	struct cli_user *u = ctx;
	struct db_stmt *s = db_prepare(c, SQL_CLI_REVOKE);

	auth_cache_clear();
	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, u->id);
	db_bind_text(s, 2, role_name(u->role));
	db_bind_int(s, 3, u->org_id);
	if (db_run(s) != PA_OK)
		return PA_ERR_DB;
	if (db_changes(c) != 1)
		return PA_ERR_NOT_FOUND;
	return auth_sessions_end_user(c, u->id);
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
	char pw[LIM_PASSWORD_MAX * 4 + 3], hash[AUTH_PWHASH_MAX];   /* UTF-8, newline, NUL */
	struct pa_error pe = { 0 };
	int rc;
	pa_err e;

	if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0) {
		fputs(usage_user, stdout);
		return 0;
	}
	if (strcmp(sub, "add") && strcmp(sub, "passwd") && strcmp(sub, "grant") &&
	    strcmp(sub, "revoke") && strcmp(sub, "list")) {
		fprintf(stderr, "pingan: user needs add, passwd, grant, revoke or list (see --help)\n");
		return 2;
	}
	bool grant_cmd = strcmp(sub, "grant") == 0 || strcmp(sub, "revoke") == 0;
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
	if ((o.role == NULL) != (o.org == NULL) || (grant_cmd && o.role == NULL)) {
		fprintf(stderr, "pingan: --role and --org go together\n");
		return 2;
	}
	/* a new account meets the API's rules (auth_login_valid, the name's length) */
	if (strcmp(sub, "add") == 0) {
		long nc = o.name ? utf8_chars(o.name, strlen(o.name)) : 1;
		if (!auth_login_valid(o.login, &pe)) {
			fprintf(stderr, "pingan: %s\n", pe.message);
			return 2;
		}
		if (nc < 1 || nc > LIM_NAME_CHARS) {
			fprintf(stderr, "pingan: --name must be 1-%d characters of UTF-8\n",
			    LIM_NAME_CHARS);
			return 2;
		}
	}
	if ((rc = open_db(&o, DB_OPEN_EXISTING, false, &db)) != 0)
		return rc;
	if ((rc = load_key(&o)) != 0 || (rc = check_rebuilt(&o, db)) != 0)
		goto out;
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
		if ((rc = read_password(o.login, pw, sizeof pw)) != 0)
			goto out;
		rc = 1;
		if (auth_pw_hash(pw, hash) != PA_OK)
			goto out;
		u.name = o.name ? o.name : o.login;
		u.hash = hash;
		e = db_write(db, cli_user_add, &u);
		if (e == PA_ERR_CONFLICT)
			fprintf(stderr, "pingan: login %s is taken\n", o.login);
		else if (e == PA_ERR_TOO_LARGE)       /* cannot happen for one grant */
			fprintf(stderr, "pingan: a user holds at most %d grants\n", LIM_GRANTS_PER_USER);
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
		if ((rc = read_password(o.login, pw, sizeof pw)) != 0)
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
	if (strcmp(sub, "revoke") == 0) {
		e = db_write(db, cli_revoke, &u);
		if (e == PA_ERR_NOT_FOUND)
			fprintf(stderr, "pingan: %s holds no such grant\n", o.login);
		else if (e != PA_OK)
			fprintf(stderr, "pingan: cannot revoke: %s\n", pa_err_str(e));
		else {
			printf("revoked %s on %s from %s; their sessions ended\n", o.role, o.org, o.login);
			rc = 0;
		}
		goto out;
	}
	e = db_write(db, cli_grant, &u);
	if (e == PA_ERR_CONFLICT)
		fprintf(stderr, "pingan: %s already holds that grant\n", o.login);
	else if (e == PA_ERR_TOO_LARGE)
		fprintf(stderr, "pingan: a user holds at most %d grants; revoke one first\n",
		    LIM_GRANTS_PER_USER);
	else if (e != PA_OK)
		fprintf(stderr, "pingan: cannot grant: %s\n", pa_err_str(e));
	else {
		printf("granted %s on %s to %s\n", o.role, o.org, o.login);
		rc = 0;
	}
out:
	sodium_memzero(pw, sizeof pw);
	db_close(db);
	tl_key_set(NULL);
	return rc;
}

/* ------------------------------------------------------------------ audit */

static int cmd_audit(int argc, char **argv)
{
	const char *sub = argc > 1 ? argv[1] : "";
	struct tl_audit a = { .out = stdout };
	const char *file;
	struct opts o;
	struct db *db;
	struct db_conn *c;
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
	if ((file = anchor_file(&o)) == NULL)
		return 1;
	if ((rc = open_db(&o, DB_OPEN_EXISTING, false, &db)) != 0)
		return rc;
	if ((rc = load_key(&o)) != 0 || (rc = check_rebuilt(&o, db)) != 0)
		goto out;
	rc = 1;
	c = db_reader(db);
	if (c == NULL || db_check_integrity(c, msg, sizeof msg) != PA_OK) {
		printf("BROKEN: database file: %s\n", msg);
		goto out;
	}
	if (tl_verify(c, &a) != PA_OK || anchor_verify(c, file, &a) != PA_OK) {
		fprintf(stderr, "pingan: cannot read the timeline or the anchors\n");
		goto out;
	}
	if (a.findings) {
		printf("BROKEN: %lld findings (%lld timeline events in %lld cases, %lld anchors "
		    "checked)\n", (long long)a.findings, (long long)a.events, (long long)a.cases,
		    (long long)a.anchors);
		goto out;
	}
	printf("ok: %lld timeline events in %lld cases, every hash chain intact, %lld anchors "
	    "agree with %s, every case agrees with its timeline\n", (long long)a.events,
	    (long long)a.cases, (long long)a.anchors, file);
	rc = 0;
out:
	db_close(db);
	tl_key_set(NULL);
	person_keys_set(NULL);
	return rc;
}

/* ------------------------------------------------------------------ key rotate */

static const char usage_key[] =
    "usage: pingan key rotate --db FILE [--key-file K]\n"
    "  Re-encrypts every person's personal data (当事人信息) under a new key generation and\n"
    "  recomputes the blind index, with the server stopped. The new key file is written to\n"
    "  K.next first; K stays as it is until every row is done, then K is kept as K.genN and\n"
    "  K.next takes its place. A killed run continues where it stopped when run again. The\n"
    "  timeline key (the master key) is kept, so `pingan audit verify` still holds.\n";

static int cmd_key(int argc, char **argv)
{
	const char *sub = argc > 1 ? argv[1] : "";
	char next[4200], old[4300], fin[4300], err[512];
	struct pa_keys k;
	const char *path;
	struct opts o;
	struct db *db = NULL;
	int64_t done = 0, left = 0;
	uint32_t from, to;
	bool resumed;
	int rc, lock;

	memset(&k, 0, sizeof k);
	if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0) {
		fputs(usage_key, stdout);
		return 0;
	}
	if (strcmp(sub, "rotate") != 0) {
		fprintf(stderr, "pingan: key needs rotate (see --help)\n");
		return 2;
	}
	if ((rc = parse_opts(argc - 1, argv + 1, &o, usage_key)) != 0)
		return rc < 0 ? 0 : rc;
	if ((path = key_path(&o)) == NULL || key_next_path(path, next, sizeof next) == NULL)
		return 1;
	if ((lock = key_lock(path, true)) < 0)
		return 1;
	if ((rc = open_db(&o, DB_OPEN_EXISTING, false, &db)) != 0) {
		close(lock);
		return rc;
	}
	rc = 1;
	resumed = keys_exists(next);
	/* a resumed run takes the new generation from K.next; K still holds the old ones */
	if (keys_load(resumed ? next : path, &k, err, sizeof err) != PA_OK) {
		fprintf(stderr, "pingan: %s\n", err);
		goto out;
	}
	{
		unsigned char mac[KEYS_SUB_BYTES];
		keys_subkey(&k, KEY_TIMELINE_MAC, mac);
		tl_key_set(mac);
		sodium_memzero(mac, sizeof mac);
	}
	if (check_rebuilt(&o, db) != 0)
		goto out;
	from = keys_pdata_current(&k);
	if (!resumed) {
		if (keys_add_generation(&k) != PA_OK) {
			fprintf(stderr, "pingan: key file %s holds %d generations already\n", path,
			    KEYS_GEN_MAX);
			goto out;
		}
		if (keys_write(next, &k, err, sizeof err) != PA_OK) {
			fprintf(stderr, "pingan: %s\n", err);
			goto out;
		}
	}
	to = keys_pdata_current(&k);
	printf("key rotate: %s personal data to key generation %u (%s)\n", resumed ? "continuing" :
	    "moving", to, next);
	/* PINGAN_ROTATE_BATCH: rows per transaction; PINGAN_ROTATE_CRASH_AFTER (tests only): stop
	 * dead after that many batches, as a killed run would */
	{
		const char *bs = getenv("PINGAN_ROTATE_BATCH"), *cs = getenv("PINGAN_ROTATE_CRASH_AFTER");
		int64_t batch = 0, crash = 0;
		if (bs)
			parse_i64(bs, 1, 100000, &batch);
		if (cs)
			parse_i64(cs, 1, INT64_MAX, &crash);
		if (crash > 0) {
			pa_err pr = person_rotate(db, &k, to, (int)batch, crash, stdout, &done);
			fflush(stdout);
			_exit(pr == PA_OK ? 9 : 1);
		}
		rc = person_rotate(db, &k, to, (int)batch, 0, stdout, &done) == PA_OK ? 0 : 1;
	}
	if (rc != 0) {
		fprintf(stderr, "pingan: key rotate stopped after %lld persons; run it again to "
		    "continue\n", (long long)done);
		goto out;
	}
	rc = 1;
	if (person_rotate_remaining(db_reader(db), to, &left) != PA_OK || left != 0) {
		fprintf(stderr, "pingan: %lld persons are not yet under the new key; run it again\n",
		    (long long)left);
		goto out;
	}
	/* every row is under the new generation: K.next (master + the new generation only)
	 * replaces K atomically; K is kept as K.genN for the backups made before */
	keys_drop_old_generations(&k);
	snprintf(old, sizeof old, "%s.gen%u", path, resumed ? to - 1 : from);
	if (link(path, old) != 0 && errno != EEXIST) {
		fprintf(stderr, "pingan: cannot keep the old key file as %s: %s\n", old,
		    strerror(errno));
		goto out;
	}
	/* K.final, then rename over K, then K.next goes: a stop at any point leaves K.next (every
	 * generation) for the next run */
	snprintf(fin, sizeof fin, "%s.final", path);
	unlink(fin);
	if (keys_write(fin, &k, err, sizeof err) != PA_OK || rename(fin, path) != 0) {
		fprintf(stderr, "pingan: cannot put the new key file in place: %s\n", err);
		goto out;
	}
	unlink(next);
	printf("key rotate: done, %lld persons re-encrypted; new key file %s (back it up now), "
	    "the old one kept as %s for older backups\n", (long long)done, path, old);
	rc = 0;
out:
	if (db)
		db_close(db);
	keys_wipe(&k);
	tl_key_set(NULL);
	person_keys_set(NULL);
	close(lock);
	return rc;
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
    "usage: pingan bench-data --db FILE [--cases N] [--events N [--open-share PCT]] [--seed S]\n"
    "  Appends N board posts (--cases) and N grid events (--events) with timelines to a demo\n"
    "  database, for make bench; with neither, 1000000 board posts. Events spread over the\n"
    "  demo's grids and one year; PCT percent of them (default 15) are still open, those with\n"
    "  a running deadline about 1% due for a warning.\n";

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
	if ((rc = load_key(&o)) != 0 || (rc = check_rebuilt(&o, db)) != 0) {
		db_close(db);
		return rc;
	}
	e = o.cases || !o.events ? benchdata_generate(db, o.cases ? o.cases : 1000000,
	    o.seed ? o.seed : 2017, stderr) : PA_OK;
	if (e == PA_OK && o.events)
		e = benchdata_events(db, o.events, o.seed ? o.seed : 2017, (int)(o.open_share >= 0 ?
		    o.open_share * 10 : BENCH_OPEN_PERMILLE), stderr);
	if (e != PA_OK) {
		fprintf(stderr, "pingan: bench-data failed: %s (is this a demo database?)\n",
		    pa_err_str(e));
		rc = 1;
	} else {
		rc = record_anchor(&o, db);   /* so the server does not anchor a million heads */
	}
	db_close(db);
	tl_key_set(NULL);
	return rc;
}

/* ------------------------------------------------------------------ tests */

/* One JSON line per route: {"method","pattern","flags":[...],"roles":[...]} (roles [] = any). */
static int cmd_routes(void)
{
	static const char *const methods[] = { "GET", "POST", "PATCH", "DELETE", "PUT" };
	static const char *const flags[] = { "public", "body", "upload" };

	for (const struct route *rt = app_routes; rt->pattern; rt++) {
		for (unsigned m = 0; m < 5; m++) {
			json_t *j, *f, *ro;
			char *line;
			if (!(rt->method & (1u << m)))
				continue;
			f = json_array();
			ro = json_array();
			for (unsigned i = 0; i < 3; i++)
				if (rt->flags & (1u << i))
					json_array_append_new(f, json_string(flags[i]));
			for (unsigned i = 0; i < ROLE_COUNT; i++)
				if (rt->roles & (1u << i))
					json_array_append_new(ro, json_string(role_name(1u << i)));
			j = json_pack("{s:s, s:s, s:o, s:o}", "method", methods[m], "pattern", rt->pattern,
			    "flags", f, "roles", ro);
			line = j ? json_dumps(j, JSON_COMPACT) : NULL;
			json_decref(j);
			if (line == NULL)
				return 1;
			puts(line);
			free(line);
		}
	}
	return 0;
}

static int cmd_db_fingerprint(int argc, char **argv)
{
	struct opts o;
	struct db *db;
	struct db_conn *c;
	int rc = parse_opts(argc, argv, &o, "usage: pingan db-fingerprint --db FILE\n");

	if (rc)
		return rc < 0 ? 0 : rc;
	if ((rc = open_db(&o, DB_OPEN_EXISTING, false, &db)) != 0)
		return rc;
	c = db_reader(db);
	rc = c && db_fingerprint(c, stdout) == PA_OK ? 0 : 1;
	db_close(db);
	return rc;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : "";

	/* every file Pingan creates (database, -wal, -shm, access log, exports, keys) is the
	 * owner's alone; directories too */
	umask(077);
	if (sodium_init() < 0) {
		fprintf(stderr, "pingan: libsodium failed to initialise\n");
		return 1;
	}
	modules_init();
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
	if (strcmp(cmd, "routes") == 0)
		return cmd_routes();
	if (strcmp(cmd, "key") == 0)
		return cmd_key(argc - 1, argv + 1);
	if (strcmp(cmd, "db-fingerprint") == 0)
		return cmd_db_fingerprint(argc - 1, argv + 1);
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
