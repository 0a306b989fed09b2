/* anchor.c — anchors (锚点) of the timeline chains.
 *
 * Per-case chains cannot show that a case's LAST rows were removed: the shortened chain is
 * still a valid chain. So every minute in which timelines changed, and when the server stops,
 * the heads (case, seq, hash) of the chains changed since the previous anchor are recorded in
 * an anchor row. Anchors form their own keyed chain:
 *   hash(anchor n) = BLAKE2b-256 keyed with the timeline MAC key over 'A' || hash(anchor n-1)
 *                    || id || at || tl_upto || heads || (case_id, seq, hash) per head by case
 * and each anchor's hash is appended, one line "ID TIME HEX", to a plain append-only file
 * beside the database (0600). Verify then checks the anchor chain, the file against the table,
 * and that every anchored head still exists unchanged.
 *
 * The thread and the CLI compute everything on a reader snapshot; the writer job is SQL only
 * (it copies the same heads with INSERT ... SELECT over the same id range and checks the count).
 */
#include "timeline.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../db/db.h"
#include "../util/util.h"

#define ANCHOR_DOMAIN 'A'

const char *anchor_path(const char *explicit_path, const char *db, char *buf, size_t n)
{
	int w = explicit_path && *explicit_path ? snprintf(buf, n, "%s", explicit_path) :
	    snprintf(buf, n, "%s.anchors", db);

	return w < 0 || (size_t)w >= n ? NULL : buf;
}

/* ------------------------------------------------------------------ the file */

/* Parses "ID TIME HEX" into id and hash; false when malformed. */
static bool line_parse(char *line, int64_t *id, unsigned char hash[TL_HASH_BYTES])
{
	char *f[4];
	int n = 0;
	size_t bin;

	line[strcspn(line, "\r\n")] = '\0';
	/* split on single spaces (the format is fixed: three fields) */
	for (char *p = line; n < 4 && p; n++) {
		f[n] = p;
		p = strchr(p, ' ');
		if (p)
			*p++ = '\0';
	}
	if (n != 3 || !parse_i64(f[0], 1, INT64_MAX, id))
		return false;
	return sodium_hex2bin(hash, TL_HASH_BYTES, f[2], strlen(f[2]), NULL, &bin, NULL) == 0 &&
	    bin == TL_HASH_BYTES;
}

/* The id of the file's last complete line (0 when the file is missing or empty);
 * *torn when the file does not end in a newline. */
static pa_err file_last_id(const char *path, int64_t *id, bool *torn)
{
	char buf[2 * ANCHOR_LINE_MAX + 1], *nl, *start;
	unsigned char h[TL_HASH_BYTES];
	struct stat st;
	off_t from;
	ssize_t got;
	int fd;

	*id = 0;
	*torn = false;
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return errno == ENOENT ? PA_OK : PA_ERR_IO;
	if (fstat(fd, &st) != 0) {
		close(fd);
		return PA_ERR_IO;
	}
	from = st.st_size > (off_t)(sizeof buf - 1) ? st.st_size - (off_t)(sizeof buf - 1) : 0;
	got = pread(fd, buf, sizeof buf - 1, from);
	close(fd);
	if (got < 0)
		return PA_ERR_IO;
	buf[got] = '\0';
	if (got == 0)
		return PA_OK;
	if (buf[got - 1] != '\n') {
		*torn = true;
		nl = strrchr(buf, '\n');
		if (nl == NULL)
			return PA_OK;
		*nl = '\0';
	} else {
		buf[got - 1] = '\0';
	}
	nl = strrchr(buf, '\n');
	start = nl ? nl + 1 : buf;
	if (!line_parse(start, id, h))
		return PA_ERR_MALFORMED;
	return PA_OK;
}

static void line_format(char *out, size_t n, int64_t id, int64_t at,
    const unsigned char hash[TL_HASH_BYTES])
{
	char t[TIME_STR_MAX], hex[2 * TL_HASH_BYTES + 1];

	time_format(at, t);
	sodium_bin2hex(hex, sizeof hex, hash, TL_HASH_BYTES);
	snprintf(out, n, "%lld %s %s\n", (long long)id, t, hex);
}

/* Appends text to the anchor file (created 0600) and syncs it. */
static pa_err file_append(const char *path, const char *text, bool torn)
{
	size_t len = strlen(text);
	pa_err rc = PA_ERR_IO;
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);

	if (fd < 0)
		return PA_ERR_IO;
	/* a torn last line (a crash in mid-write) is ended so that the new one stays whole */
	if (torn && write(fd, "\n", 1) != 1)
		goto out;
	if (write(fd, text, len) != (ssize_t)len || fsync(fd) != 0)
		goto out;
	rc = PA_OK;
out:
	close(fd);
	return rc;
}

/* ------------------------------------------------------------------ record */

static const char SQL_A_LAST[] =
    "SELECT id, hash, tl_upto FROM anchors ORDER BY id DESC LIMIT 1";
static const char SQL_A_MAX_TL[] = "SELECT COALESCE(MAX(id), 0) FROM timeline";
static const char SQL_A_HEADS[] =
    "SELECT t.case_id, t.seq, t.hash FROM (SELECT case_id, MAX(seq) AS seq FROM timeline "
    "WHERE id > ?1 AND id <= ?2 GROUP BY case_id) m "
    "JOIN timeline t ON t.case_id = m.case_id AND t.seq = m.seq ORDER BY t.case_id";
static const char SQL_A_SINCE[] = "SELECT id, at, hash FROM anchors WHERE id > ?1 ORDER BY id";
static const char SQL_A_INSERT[] =
    "INSERT INTO anchors (id, at, tl_upto, heads, prev_hash, hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
static const char SQL_A_HEADS_COPY[] =
    "INSERT INTO anchor_heads (anchor_id, case_id, seq, hash) SELECT ?1, t.case_id, t.seq, "
    "t.hash FROM (SELECT case_id, MAX(seq) AS seq FROM timeline WHERE id > ?2 AND id <= ?3 "
    "GROUP BY case_id) m JOIN timeline t ON t.case_id = m.case_id AND t.seq = m.seq";

struct anchor_job {
	int64_t id, at, from, upto, heads;
	unsigned char prev[TL_HASH_BYTES], hash[TL_HASH_BYTES];
};

/* Steps s (case, seq, hash rows) once and, on a row, adds that chain head to the anchor's MAC;
 * answers db_step's result. The anchor and its verification hash heads the same way. */
static int mac_head(crypto_generichash_state *st, struct db_stmt *s)
{
	static const unsigned char none[TL_HASH_BYTES];
	int r = db_step(s);
	size_t hn;
	const void *h;

	if (r != DB_ROW)
		return r;
	h = db_col_blob(s, 2, &hn);
	if (hn != TL_HASH_BYTES)
		h = none;
	tl_mac_i64(st, db_col_int(s, 0));
	tl_mac_i64(st, db_col_int(s, 1));
	crypto_generichash_update(st, h, TL_HASH_BYTES);
	return r;
}

static pa_err anchor_run(struct db_conn *c, void *ctx)
{
	struct anchor_job *j = ctx;
	struct db_stmt *s;
	pa_err rc;

	if ((s = db_prepare(c, SQL_A_INSERT)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->id);
	db_bind_int(s, 2, j->at);
	db_bind_int(s, 3, j->upto);
	db_bind_int(s, 4, j->heads);
	db_bind_blob(s, 5, j->prev, TL_HASH_BYTES);
	db_bind_blob(s, 6, j->hash, TL_HASH_BYTES);
	if ((rc = db_run(s)) != PA_OK)
		return db_is_constraint(c) ? PA_ERR_CONFLICT : rc;
	if ((s = db_prepare(c, SQL_A_HEADS_COPY)) == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, j->id);
	db_bind_int(s, 2, j->from);
	db_bind_int(s, 3, j->upto);
	if ((rc = db_run(s)) != PA_OK)
		return rc;
	/* the same heads as hashed on the snapshot, or nothing is recorded */
	return db_changes(c) == j->heads ? PA_OK : PA_ERR_CONFLICT;
}

/* Appends the table's anchors after file_last to the file. */
static pa_err file_catch_up(struct db_conn *c, const char *file, int64_t file_last, bool torn)
{
	struct db_stmt *s = db_prepare(c, SQL_A_SINCE);
	pa_err rc = PA_OK;
	int r;

	if (s == NULL)
		return PA_ERR_DB;
	db_bind_int(s, 1, file_last);
	while (rc == PA_OK && (r = db_step(s)) == DB_ROW) {
		char line[ANCHOR_LINE_MAX];
		size_t n;
		const void *h = db_col_blob(s, 2, &n);
		if (n != TL_HASH_BYTES) {
			rc = PA_ERR_INTERNAL;
			break;
		}
		line_format(line, sizeof line, db_col_int(s, 0), db_col_int(s, 1), h);
		rc = file_append(file, line, torn);
		torn = false;
	}
	db_reset(s);
	return rc;
}

pa_err anchor_record(struct db *db, const char *file, int64_t *out_id, char *err, size_t n)
{
	struct db_conn *c = db_reader(db);
	struct anchor_job j = { 0 };
	crypto_generichash_state st;
	struct db_stmt *s;
	int64_t file_last;
	bool torn;
	pa_err rc = PA_ERR_DB;
	int r;

	*out_id = 0;
	if (!tl_key_ready()) {
		snprintf(err, n, "no timeline key loaded");
		return PA_ERR_INTERNAL;
	}
	if (c == NULL) {
		snprintf(err, n, "cannot read the database");
		return PA_ERR_DB;
	}
	if ((rc = file_last_id(file, &file_last, &torn)) != PA_OK) {
		snprintf(err, n, "cannot read the anchor file %s (%s)", file, pa_err_str(rc));
		return rc;
	}
	db_read_begin(db);
	rc = PA_ERR_DB;
	if ((s = db_prepare(c, SQL_A_LAST)) == NULL)
		goto fail;
	if ((r = db_step(s)) == DB_ROW) {
		size_t hn;
		const void *h = db_col_blob(s, 1, &hn);
		j.id = db_col_int(s, 0);
		j.from = db_col_int(s, 2);
		if (hn == TL_HASH_BYTES)
			memcpy(j.prev, h, hn);
	}
	db_reset(s);
	if (r == DB_FAIL)
		goto fail;
	if (file_last > j.id) {
		snprintf(err, n, "the anchor file %s has anchor %lld, the database only %lld: anchors "
		    "were removed from the database (run pingan audit verify); not anchoring", file,
		    (long long)file_last, (long long)j.id);
		rc = PA_ERR_CONFLICT;
		goto fail;
	}
	if (file_last < j.id && (rc = file_catch_up(c, file, file_last, torn)) != PA_OK) {
		snprintf(err, n, "cannot append to the anchor file %s", file);
		goto fail;
	}
	torn = false;
	rc = PA_ERR_DB;
	if ((s = db_prepare(c, SQL_A_MAX_TL)) == NULL)
		goto fail;
	if (db_step(s) == DB_ROW)
		j.upto = db_col_int(s, 0);
	db_reset(s);
	if (j.upto <= j.from) {       /* no timeline row since the last anchor */
		db_read_end(db);
		return PA_OK;
	}
	j.id++;
	j.at = clock_now_ms();
	/* the hash over the heads, streamed: a million heads need no memory */
	tl_mac_init(&st, ANCHOR_DOMAIN);
	crypto_generichash_update(&st, j.prev, TL_HASH_BYTES);
	tl_mac_i64(&st, j.id);
	tl_mac_i64(&st, j.at);
	tl_mac_i64(&st, j.upto);
	if ((s = db_prepare(c, SQL_A_HEADS)) == NULL)
		goto fail;
	db_bind_int(s, 1, j.from);
	db_bind_int(s, 2, j.upto);
	while ((r = mac_head(&st, s)) == DB_ROW)
		j.heads++;
	db_reset(s);
	db_read_end(db);
	if (r == DB_FAIL) {
		snprintf(err, n, "cannot read the timeline heads");
		return PA_ERR_DB;
	}
	/* the count closes the list: no prefix of one anchor's heads hashes like another */
	tl_mac_i64(&st, j.heads);
	crypto_generichash_final(&st, j.hash, TL_HASH_BYTES);
	sodium_memzero(&st, sizeof st);
	if ((rc = db_write(db, anchor_run, &j)) != PA_OK) {
		snprintf(err, n, "cannot record anchor %lld: %s", (long long)j.id, pa_err_str(rc));
		return rc;
	}
	{
		char line[ANCHOR_LINE_MAX];
		line_format(line, sizeof line, j.id, j.at, j.hash);
		if (file_append(file, line, false) != PA_OK) {
			/* the row is committed: the next anchor_record appends it first */
			snprintf(err, n, "anchor %lld recorded but not appended to %s: %s",
			    (long long)j.id, file, strerror(errno));
			return PA_ERR_IO;
		}
	}
	*out_id = j.id;
	return PA_OK;
fail:
	db_read_end(db);
	if (rc == PA_ERR_DB)
		snprintf(err, n, "cannot read the anchors");
	return rc;
}

/* ------------------------------------------------------------------ verify */

static const char SQL_A_ALL[] =
    "SELECT id, at, tl_upto, heads, prev_hash, hash FROM anchors ORDER BY id";
static const char SQL_A_HEADS_OF[] =
    "SELECT case_id, seq, hash FROM anchor_heads WHERE anchor_id = ?1 ORDER BY case_id";
static const char SQL_A_HEADS_CHECK[] =
    "SELECT h.anchor_id, h.case_id, h.seq, h.hash, t.id, t.hash, c.code FROM anchor_heads h "
    "LEFT JOIN timeline t ON t.case_id = h.case_id AND t.seq = h.seq "
    "LEFT JOIN cases c ON c.id = h.case_id ORDER BY h.case_id, h.anchor_id";

/* The anchor file, read line by line beside the table. */
struct afile {
	FILE *f;
	int64_t line, id;                  /* id 0: at the end */
	unsigned char hash[TL_HASH_BYTES];
};

static void afile_next(struct afile *af, struct tl_audit *a)
{
	char buf[ANCHOR_LINE_MAX + 2];

	af->id = 0;
	while (af->f && fgets(buf, sizeof buf, af->f)) {
		af->line++;
		if (strchr(buf, '\n') == NULL && !feof(af->f)) {
			int ch;
			while ((ch = fgetc(af->f)) != EOF && ch != '\n')
				;
			tl_audit_find(a, 0, 0, "anchor file line %lld is too long", (long long)af->line);
			continue;
		}
		if (line_parse(buf, &af->id, af->hash))
			return;
		af->id = 0;
		tl_audit_find(a, 0, 0, "anchor file line %lld is malformed", (long long)af->line);
	}
}

/* Recomputes one anchor's hash from its row and its heads. */
static pa_err anchor_rehash(struct db_conn *c, int64_t id, int64_t at, int64_t upto,
    const unsigned char prev[TL_HASH_BYTES], int64_t *heads, unsigned char out[TL_HASH_BYTES])
{
	struct db_stmt *s = db_prepare(c, SQL_A_HEADS_OF);
	crypto_generichash_state st;
	int r;

	*heads = 0;
	if (s == NULL)
		return PA_ERR_DB;
	tl_mac_init(&st, ANCHOR_DOMAIN);
	crypto_generichash_update(&st, prev, TL_HASH_BYTES);
	tl_mac_i64(&st, id);
	tl_mac_i64(&st, at);
	tl_mac_i64(&st, upto);
	db_bind_int(s, 1, id);
	while ((r = mac_head(&st, s)) == DB_ROW)
		(*heads)++;
	db_reset(s);
	tl_mac_i64(&st, *heads);
	crypto_generichash_final(&st, out, TL_HASH_BYTES);
	sodium_memzero(&st, sizeof st);
	return r == DB_FAIL ? PA_ERR_DB : PA_OK;
}

pa_err anchor_verify(struct db_conn *c, const char *file, struct tl_audit *a)
{
	unsigned char prev[TL_HASH_BYTES] = { 0 }, h[TL_HASH_BYTES];
	struct afile af = { 0 };
	struct db_stmt *s;
	int64_t expect = 1, last_case = -1;
	pa_err rc = PA_ERR_DB;
	int r;

	af.f = fopen(file, "r");
	if (af.f == NULL && errno != ENOENT) {
		tl_audit_find(a, 0, 0, "cannot read the anchor file %s: %s", file, strerror(errno));
		return PA_OK;
	}
	afile_next(&af, a);
	if ((s = db_prepare(c, SQL_A_ALL)) == NULL)
		goto out;
	while ((r = db_step(s)) == DB_ROW) {
		int64_t id = db_col_int(s, 0), heads;
		size_t np, nh;
		const void *sp = db_col_blob(s, 4, &np), *sh = db_col_blob(s, 5, &nh);
		unsigned char stored[TL_HASH_BYTES] = { 0 };

		a->anchors++;
		if (nh == TL_HASH_BYTES)
			memcpy(stored, sh, nh);
		if (af.f == NULL && a->anchors == 1)
			tl_audit_find(a, 0, 0, "the anchor file %s is missing but the database holds "
			    "anchors", file);
		if (id != expect)
			tl_audit_find(a, 0, 0, "anchors %lld to %lld are missing from the database "
			    "(deleted)", (long long)expect, (long long)(id - 1));
		else if (np != TL_HASH_BYTES || memcmp(sp, prev, TL_HASH_BYTES) != 0)
			tl_audit_find(a, 0, 0, "anchor %lld does not link to the anchor before it",
			    (long long)id);
		if (anchor_rehash(c, id, db_col_int(s, 1), db_col_int(s, 2), sp && np ==
		    TL_HASH_BYTES ? sp : prev, &heads, h) != PA_OK)
			goto out;
		if (sodium_memcmp(h, stored, TL_HASH_BYTES) != 0 || heads != db_col_int(s, 3))
			tl_audit_find(a, 0, 0, "anchor %lld does not match its keyed hash (it or its "
			    "heads were edited)", (long long)id);
		/* the file beside the table, both in id order */
		while (af.id != 0 && af.id < id) {
			tl_audit_find(a, 0, 0, "anchor %lld is in the anchor file but not in the "
			    "database (deleted)", (long long)af.id);
			afile_next(&af, a);
		}
		if (af.f && af.id == id) {
			if (sodium_memcmp(af.hash, stored, TL_HASH_BYTES) != 0)
				tl_audit_find(a, 0, 0, "anchor %lld differs between the database and the "
				    "anchor file", (long long)id);
			afile_next(&af, a);
		} else if (af.f) {
			tl_audit_find(a, 0, 0, "anchor %lld is not in the anchor file %s", (long long)id,
			    file);
		}
		memcpy(prev, stored, sizeof prev);
		expect = id + 1;
	}
	db_reset(s);
	if (r == DB_FAIL)
		goto out;
	for (; af.id != 0; afile_next(&af, a))
		tl_audit_find(a, 0, 0, "anchor %lld is in the anchor file but not in the database "
		    "(deleted)", (long long)af.id);

	/* every anchored head must still be there, unchanged */
	if ((s = db_prepare(c, SQL_A_HEADS_CHECK)) == NULL)
		goto out;
	while ((r = db_step(s)) == DB_ROW) {
		int64_t case_id = db_col_int(s, 1), seq = db_col_int(s, 2), anchor = db_col_int(s, 0);
		const char *code = db_col_text(s, 6);
		char idbuf[32];
		size_t n1, n2;
		const void *ah = db_col_blob(s, 3, &n1), *th = db_col_blob(s, 5, &n2);

		if (case_id == last_case)
			continue;
		if (code == NULL) {
			snprintf(idbuf, sizeof idbuf, "id %lld", (long long)case_id);
			code = idbuf;
		}
		if (db_col_null(s, 4)) {
			tl_audit_find(a, case_id, 0, "case %s: timeline seq %lld, anchored by anchor "
			    "%lld, is missing (rows deleted after the anchor)", code, (long long)seq,
			    (long long)anchor);
			last_case = case_id;
		} else if (n1 != TL_HASH_BYTES || n2 != TL_HASH_BYTES ||
		    sodium_memcmp(ah, th, TL_HASH_BYTES) != 0) {
			tl_audit_find(a, case_id, db_col_int(s, 4), "case %s: timeline row %lld (seq "
			    "%lld) differs from its hash anchored by anchor %lld", code,
			    (long long)db_col_int(s, 4), (long long)seq, (long long)anchor);
			last_case = case_id;
		}
	}
	db_reset(s);
	rc = r == DB_FAIL ? PA_ERR_DB : PA_OK;
out:
	if (af.f)
		fclose(af.f);
	return rc;
}

/* ------------------------------------------------------------------ the thread */

static pthread_t an_thread;
static pthread_mutex_t an_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t an_cv = PTHREAD_COND_INITIALIZER;
static bool an_stop, an_running;
static struct db *an_db;
static char an_file[4096];
static int an_interval;

static void anchor_once(void)
{
	char err[512];
	int64_t id;

	if (anchor_record(an_db, an_file, &id, err, sizeof err) != PA_OK)
		log_msg(LOG_ERROR, "anchor: %s", err);
	else if (id)
		log_msg(LOG_INFO, "anchor %lld recorded", (long long)id);
}

static void *anchor_main(void *arg)
{
	pthread_mutex_lock(&an_mu);
	while (!an_stop) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_sec += an_interval;
		if (pthread_cond_timedwait(&an_cv, &an_mu, &ts) != ETIMEDOUT)
			continue;     /* a stop, or a spurious wake: the loop decides */
		pthread_mutex_unlock(&an_mu);
		anchor_once();
		pthread_mutex_lock(&an_mu);
	}
	pthread_mutex_unlock(&an_mu);
	anchor_once();      /* at shutdown: the writes since the last minute */
	return arg;
}

pa_err anchor_start(struct db *db, const char *file, int interval_s)
{
	if ((size_t)snprintf(an_file, sizeof an_file, "%s", file) >= sizeof an_file)
		return PA_ERR_TOO_LARGE;
	an_db = db;
	an_interval = interval_s > 0 ? interval_s : ANCHOR_INTERVAL_S;
	an_stop = false;
	anchor_once();      /* anchors rows written while the server was down, fixes the file */
	if (pthread_create(&an_thread, NULL, anchor_main, NULL) != 0)
		return PA_ERR_INTERNAL;
	an_running = true;
	return PA_OK;
}

void anchor_stop(void)
{
	if (!an_running)
		return;
	pthread_mutex_lock(&an_mu);
	an_stop = true;
	pthread_cond_signal(&an_cv);
	pthread_mutex_unlock(&an_mu);
	pthread_join(an_thread, NULL);
	an_running = false;
}
