/* case_cache.c — the list-row cache (列表行缓存).
 *
 * A typed list page (GET /api/v1/cases?type=X, X with row_sql) first selects only what its
 * filters, scope and order need (case_api.c); a row found here is copied as bytes, a row not
 * found is read whole, rendered and kept. Most of a row's JSON is the same for every viewer:
 * what is not is the persons segment (当事人, for staff of the case's units only: kept, and
 * cut for other viewers) and what the type computes from the time (extra_json, valid until
 * json_until).
 *
 * Validity comes from the db change feed (db_change_watch), so no writer path can forget to
 * drop what it changed: a row of cases or of a cached type's side table drops that case's row,
 * and so does a new link of a person to the case (case_persons, noted by person_batch_write);
 * a row of orgs or users (names shown on the row), and a changed or deleted person or link
 * (the persons segment) drop everything; a new person and other tables (categories
 * included) are not read by a row's JSON. A reader keeps
 * what it rendered only if no change reached the row (its slot) or everything after the
 * change sequence its snapshot began from (db_change_seq): a render from a snapshot older
 * than a drop never comes back.
 *
 * The one-case cache (case_one.c) is dropped by the same watcher (one a process): it also
 * reads timeline events and shares, whose new rows their writers note by case id.
 *
 * One cache for the process, keyed by case id: a server has one database (db_open drops
 * everything, so a test that opens another one starts empty), and a database one server
 * (`pingan serve` locks it). Another process's commit drops everything (db.h: data_version),
 * and no row is served past CASE_CACHE_ROW_TTL_MS after it was rendered (the backstop).
 *
 * Memory: CASE_CACHE_SLOTS slots, direct-mapped by case id (a row takes the slot of another),
 * at most CASE_CACHE_BYTES of row bytes in all (case.h; at the bound, rows are dropped in slot
 * order to make room); one mutex, held for a lookup and copy of one row.
 */
#include "case.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/util.h"

struct slot {
	int64_t id;
	char *bytes;           /* NULL: empty */
	uint32_t n, pfrom, pto;
	int64_t until;         /* valid while now < until */
	uint64_t dropped;      /* the change sequence of the last drop of an id of this slot */
};

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct slot *slots;     /* CASE_CACHE_SLOTS of them, or NULL: no cache */
static size_t total;           /* row bytes held */
static uint64_t flushed;       /* the change sequence of the last drop of everything */
static size_t hand;            /* the next slot to drop when the bytes are at the bound */

/* What a changed row of table means for the cache (on the writer thread, every row). A new
 * person is on no kept row (and its sealing UPDATE in the same transaction counts as the
 * INSERT, db.h); a new link of a person to a case changes that case's persons, which
 * person_batch_write, the one writer of case_persons, notes by case id (db_change_note: the
 * hook only knows the link row's own rowid). A changed or deleted person or link may be on
 * any row: all goes. categories: no row reads them (a row carries the category's code).
 * SQLite's update hook does not report the row an INSERT OR REPLACE deletes: no writer uses
 * one on these tables; one that did on case_persons would change a case's persons with
 * nothing dropped (the row lifetime, CASE_CACHE_ROW_TTL_MS, would be all that bounds it). */
static enum db_change classify(enum db_op op, const char *table)
{
	static const char *const all[] = { "orgs", "users", NULL };

	if (strcmp(table, "cases") == 0)
		return DB_CHANGE_ROW;
	if (strcmp(table, "persons") == 0 || strcmp(table, "case_persons") == 0)
		return op == DB_OP_INSERT ? DB_CHANGE_IGNORE : DB_CHANGE_ALL;
	/* read by the one-case cache (case_one.c) only: a new event is noted by case id by its one
	 * writer (tl_insert); a changed or deleted one (the rehash of tl_rebuild) may be on any
	 * case. (case_shares, which it reads too, is WITHOUT ROWID: the hook never reports it;
	 * case_share, its one writer, notes the case, and nothing changes or deletes a share.) */
	if (strcmp(table, "timeline") == 0)
		return op == DB_OP_INSERT ? DB_CHANGE_IGNORE : DB_CHANGE_ALL;
	/* the one-case cache keeps whether a case has links: a new link is noted for both its
	 * cases by its writers (case_links_insert, gov_link); a changed or deleted one (an
	 * upsert's UPDATE of its kind included) drops all */
	if (strcmp(table, "case_links") == 0)
		return op == DB_OP_INSERT ? DB_CHANGE_IGNORE : DB_CHANGE_ALL;
	for (int i = 0; case_types[i]; i++)
		if (case_types[i]->side_table && strcmp(case_types[i]->side_table, table) == 0)
			return DB_CHANGE_ROW;
	for (int i = 0; all[i]; i++)
		if (strcmp(all[i], table) == 0)
			return DB_CHANGE_ALL;
	return DB_CHANGE_IGNORE;
}

static void slot_free(struct slot *s)
{
	if (s->bytes) {
		total -= s->n;
		free(s->bytes);
		s->bytes = NULL;
	}
}

/* After a write committed (or rolled back), before its callers go on. Dropping everything
 * swaps in an empty array under the mutex (O(1): lists wait for no sweep) and frees the old
 * rows after it (flushed covers every slot's dropped, so the old ones are not needed). */
static void apply(uint64_t seq, const int64_t *ids, size_t n, bool all)
{
	struct slot *old = NULL, *fresh = NULL;

	case_one_drop(seq, ids, n, all);     /* the one-case cache shares this watcher */

	if (all) {
		/* nothing held (a flush right after a flush): no new array to make */
		pthread_mutex_lock(&mu);
		if (slots != NULL && total == 0) {
			flushed = seq;
			pthread_mutex_unlock(&mu);
			return;
		}
		pthread_mutex_unlock(&mu);
	}
	if (all && (fresh = calloc(CASE_CACHE_SLOTS, sizeof *fresh)) == NULL)
		log_msg(LOG_WARN, "list-row cache: no memory for a new array; sweeping");
	pthread_mutex_lock(&mu);
	if (slots == NULL) {
		pthread_mutex_unlock(&mu);
		free(fresh);
		return;
	}
	if (all && total == 0) {            /* none held: nothing to swap */
		flushed = seq;
	} else if (all && fresh) {
		old = slots;
		slots = fresh;
		fresh = NULL;
		total = 0;
		hand = 0;
		flushed = seq;
	} else if (all) {
		for (size_t i = 0; i < CASE_CACHE_SLOTS; i++)
			slot_free(&slots[i]);
		flushed = seq;
	}
	for (size_t i = 0; !all && i < n; i++) {
		struct slot *s = &slots[(uint64_t)ids[i] & (CASE_CACHE_SLOTS - 1)];
		s->dropped = seq;
		if (s->id == ids[i])
			slot_free(s);
	}
	pthread_mutex_unlock(&mu);
	free(fresh);
	for (size_t i = 0; old && i < CASE_CACHE_SLOTS; i++)
		free(old[i].bytes);
	free(old);
}

void case_cache_init(void)
{
	pthread_mutex_lock(&mu);
	if (slots == NULL)
		slots = calloc(CASE_CACHE_SLOTS, sizeof *slots);   /* NULL: lists render every row */
	pthread_mutex_unlock(&mu);
	case_one_init();
	db_change_watch(classify, apply);
}

/* Whether slot s holds id's row for a page whose snapshot is as new as seq (under mu): a row
 * dropped (or everything flushed) after seq was kept by a newer reader, and its bytes may
 * show a change this page's filters and scope did not see: the page renders its own. */
static bool usable(const struct slot *s, int64_t id, uint64_t seq, int64_t now)
{
	return s->bytes && s->id == id && now < s->until && s->dropped <= seq && flushed <= seq;
}

bool case_cache_get(int64_t id, uint64_t seq, int64_t now, bool persons, struct sb *b)
{
	struct slot *s;
	bool hit = false;

	pthread_mutex_lock(&mu);
	if (slots == NULL)
		goto out;
	s = &slots[(uint64_t)id & (CASE_CACHE_SLOTS - 1)];
	if (!usable(s, id, seq, now))
		goto out;
	if (persons) {
		sb_add(b, s->bytes, s->n);
	} else {
		sb_add(b, s->bytes, s->pfrom);
		sb_add(b, s->bytes + s->pto, s->n - s->pto);
	}
	hit = true;
out:
	pthread_mutex_unlock(&mu);
	return hit;
}

bool case_cache_has(int64_t id, uint64_t seq, int64_t now)
{
	bool hit;

	pthread_mutex_lock(&mu);
	hit = slots && usable(&slots[(uint64_t)id & (CASE_CACHE_SLOTS - 1)], id, seq, now);
	pthread_mutex_unlock(&mu);
	return hit;
}

void case_cache_put(int64_t id, uint64_t seq, const char *bytes, size_t n, size_t pfrom,
    size_t pto, int64_t until)
{
	struct slot *s;
	char *copy;

	if (n == 0 || n > CASE_CACHE_ROW_MAX || pfrom > pto || pto > n)
		return;
	if ((copy = malloc(n)) == NULL)
		return;
	memcpy(copy, bytes, n);
	pthread_mutex_lock(&mu);
	if (slots == NULL)
		goto refuse;
	s = &slots[(uint64_t)id & (CASE_CACHE_SLOTS - 1)];
	/* changed after the reader's snapshot began: what it read may be older than the drop */
	if (s->dropped > seq || flushed > seq)
		goto refuse;
	slot_free(s);
	/* full: make room by dropping rows in slot order from where the last make-room stopped
	 * (a clock hand: old rows go first, on average) */
	for (size_t k = 0; total + n > CASE_CACHE_BYTES && k < CASE_CACHE_SLOTS; k++) {
		slot_free(&slots[hand]);
		hand = (hand + 1) & (CASE_CACHE_SLOTS - 1);
	}
	if (total + n > CASE_CACHE_BYTES)
		goto refuse;
	s->id = id;
	s->bytes = copy;
	s->n = (uint32_t)n;
	s->pfrom = (uint32_t)pfrom;
	s->pto = (uint32_t)pto;
	s->until = until;
	total += n;
	pthread_mutex_unlock(&mu);
	return;
refuse:
	pthread_mutex_unlock(&mu);
	free(copy);
}

size_t case_cache_bytes(void)
{
	size_t n;

	pthread_mutex_lock(&mu);
	n = total;
	pthread_mutex_unlock(&mu);
	return n;
}
