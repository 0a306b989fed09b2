/* persons.c — `make bench`: an exact phone lookup through the blind index (当事人查询) on a
 * database holding many persons, against a bare indexed SELECT by primary key on the same
 * table and connection (the reference measured in the same run).
 *   bench-persons [PERSONS] [LOOKUPS]   prints one line:
 *   persons, lookup p50 p99 (µs), reference p50 p99 (µs), found, seconds to fill
 * The lookup is what GET /api/v1/persons?phone= does before scope: normalise the number,
 * compute its keyed BLAKE2b under each key generation, one indexed SELECT. Target p99 <= 5 ms. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/person.h"
#include "db/db.h"
#include "modules/modules.h"
#include "util/keys.h"
#include "util/util.h"

#define FILL_BATCH 20000

static double now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* The phone of person i: a mobile number spread over the 1[3-9] ranges. */
static void phone_of(int64_t i, char out[16])
{
	uint64_t h = (uint64_t)i * 2654435761u + 12345;

	snprintf(out, 16, "1%d%09llu", 3 + (int)(h % 7), (unsigned long long)(h % 1000000000ull));
}

static const char SQL_FILL[] =
    "INSERT INTO persons (id, key_gen, name, phone, name_bidx, phone_bidx, created_at) "
    "VALUES (?1, 0, ?2, ?3, ?4, ?5, 0)";
static const char SQL_BY_ID[] = "SELECT id FROM persons WHERE id = ?1";

struct fill { int64_t from, to; };

static pa_err fill_run(struct db_conn *c, void *ctx)
{
	struct fill *f = ctx;
	static const char *const names[] = { "王小明", "李华", "张伟", "刘洋", "陈静", "杨帆", "赵磊",
		"黄丽", "周杰", "吴敏" };

	for (int64_t i = f->from; i < f->to; i++) {
		struct db_stmt *s = db_prepare(c, SQL_FILL);
		unsigned char *nm = NULL, *ph = NULL, hn[PERSON_BIDX_BYTES], hp[PERSON_BIDX_BYTES];
		size_t ln, lp;
		char phone[16];
		pa_err rc;
		if (s == NULL)
			return PA_ERR_DB;
		phone_of(i, phone);
		if (person_seal(0, i, PF_NAME, names[i % 10], &nm, &ln) != PA_OK ||
		    person_seal(0, i, PF_PHONE, phone, &ph, &lp) != PA_OK ||
		    !person_bidx(0, PF_NAME, names[i % 10], hn) || !person_bidx(0, PF_PHONE, phone, hp)) {
			free(nm);
			free(ph);
			return PA_ERR_INTERNAL;
		}
		db_bind_int(s, 1, i);
		db_bind_blob(s, 2, nm, ln);
		db_bind_blob(s, 3, ph, lp);
		db_bind_blob(s, 4, hn, sizeof hn);
		db_bind_blob(s, 5, hp, sizeof hp);
		rc = db_run(s);
		free(nm);
		free(ph);
		if (rc != PA_OK)
			return rc;
	}
	return PA_OK;
}

int main(int argc, char **argv)
{
	int64_t n = argc > 1 ? atoll(argv[1]) : 500000, lookups = argc > 2 ? atoll(argv[2]) : 20000;
	struct db_options opt = { .group_max = 1, .no_writer = true };
	char path[] = "/tmp/pingan-bench-persons-XXXXXX", err[256];
	struct pa_keys k;
	struct db *db;
	struct db_conn *c;
	double *lt, *rt, t0, fill_s;
	int64_t found = 0, ids[8];
	int fd, m;

	if (sodium_init() < 0 || n < 1 || lookups < 1)
		return 1;
	log_set_level(LOG_ERROR);
	modules_init();   /* the types and the full-text tokenizer the migrations need */
	memset(&k, 0, sizeof k);
	crypto_kdf_keygen(k.master);
	person_keys_set(&k);
	if ((fd = mkstemp(path)) < 0)
		return 1;
	close(fd);
	if (db_open(path, DB_OPEN_CREATE, &opt, &db, err, sizeof err) != PA_OK) {
		fprintf(stderr, "bench-persons: %s\n", err);
		return 1;
	}
	t0 = now_us();
	for (int64_t i = 1; i <= n; i += FILL_BATCH) {
		struct fill f = { i, i + FILL_BATCH > n + 1 ? n + 1 : i + FILL_BATCH };
		if (db_write(db, fill_run, &f) != PA_OK) {
			fprintf(stderr, "bench-persons: cannot fill the table\n");
			return 1;
		}
	}
	fill_s = (now_us() - t0) / 1e6;
	c = db_reader(db);
	lt = calloc((size_t)lookups, sizeof *lt);
	rt = calloc((size_t)lookups, sizeof *rt);
	srand(2017);
	for (int64_t i = 0; i < lookups; i++) {
		int64_t who = 1 + (int64_t)(((uint64_t)rand() << 16 ^ (uint64_t)rand()) % (uint64_t)n);
		char phone[16];
		struct pa_error e = { 0 };
		struct db_stmt *s;
		phone_of(who, phone);
		t0 = now_us();
		if (person_find_by_phone(c, phone, ids, 8, &m, &e) == PA_OK && m > 0)
			found++;
		lt[i] = now_us() - t0;
		/* the reference: one indexed SELECT by primary key, same table and connection */
		t0 = now_us();
		s = db_prepare(c, SQL_BY_ID);
		db_bind_int(s, 1, who);
		if (db_step(s) == DB_ROW)
			(void)db_col_int(s, 0);
		db_reset(s);
		rt[i] = now_us() - t0;
	}
	qsort(lt, (size_t)lookups, sizeof *lt, cmp_double);
	qsort(rt, (size_t)lookups, sizeof *rt, cmp_double);
	printf("%lld %.1f %.1f %.1f %.1f %lld %.1f\n", (long long)n, lt[lookups / 2],
	    lt[lookups * 99 / 100], rt[lookups / 2], rt[lookups * 99 / 100], (long long)found, fill_s);
	db_close(db);
	unlink(path);
	{
		char side[64];
		snprintf(side, sizeof side, "%s-wal", path);
		unlink(side);
		snprintf(side, sizeof side, "%s-shm", path);
		unlink(side);
	}
	person_keys_set(NULL);
	free(lt);
	free(rt);
	return found == lookups ? 0 : 1;
}
