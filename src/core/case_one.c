/* case_one.c — the one-case cache (单案缓存) of GET /api/v1/cases/{id}.
 *
 * GET one case reads the case row, its side row, its persons, its shares, its timeline and
 * its links and writes them as JSON for every request. For a case of a type that names its
 * side table (struct case_type side_table: the change feed watches it) this keeps, by case id:
 *   - the case as case_load_view reads it (a frozen struct case_rec: its strings in one block,
 *     its side values in another, its attrs held by reference; its persons are in the bytes
 *     only), read-only, for what is computed per viewer: whether
 *     the viewer sees the case, whether the persons segment is theirs, the allowed actions;
 *   - the bytes every viewer shares: the case's JSON with the persons segment at [pfrom, pto)
 *     (cut for a viewer outside the case's units, as case_json does), then ",\"timeline\":["
 *     and the timeline events;
 *   - whether the case has any link (so that a case without links reads nothing; which linked
 *     cases a viewer sees is theirs, read per request when there are some);
 *   - until when those bytes stay the same (the type's json_until; CASE_CACHE_ROW_TTL_MS at
 *     most, the backstop).
 * The linked cases (per viewer) and the allowed actions (per viewer, per instant) are never
 * kept.
 *
 * Validity: the db change feed, through the list-row cache's watcher (case_cache.c: one watcher
 * a process), so no writer path can forget to drop what it changed: a row of cases or of the
 * side table drops that case, and so do a new person link (person_batch_write), a new timeline
 * event (tl_insert), a new share (case_share) and a new link between cases (both its cases:
 * case_links_insert, gov_link), which their writers note by case id; a row of orgs or users, a
 * changed person or person link, a changed or deleted timeline event or case link drop
 * everything. case_shares is a WITHOUT ROWID table, which the feed never reports: case_share's
 * note is all it hears of it (nothing in the code changes or deletes a share; a writer that
 * did would have to note the case, or the entry lives up to CASE_CACHE_ROW_TTL_MS). An entry
 * is kept only if no drop of its slot (nor of everything) came after the change sequence its
 * reader's snapshot began from (the race rule of case_cache.c), and served only to a reader
 * whose own sequence is no older than the last drop of its slot.
 *
 * Memory: CASE_ONE_SLOTS slots, direct-mapped by case id, at most CASE_ONE_BYTES in all
 * (bytes, strings and an estimate of the JSON values; at the bound, entries are dropped in
 * slot order). An entry is counted: the slot holds one reference, each reader one more, and the
 * last one frees it (a reader keeps using an entry dropped under it: it was valid when the
 * reader's request began, as a response read from the database at that instant would be).
 */
#include "case.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/util.h"

struct case_one {
	struct case_rec rec;      /* strings in text; attrs and persons: references */
	char *text;
	struct side_val *side;    /* rec.side's copy (its texts after the values), or NULL */
	char *bytes;
	size_t n, pfrom, pto, cost;
	int64_t until;            /* valid while now < until */
	bool links;               /* the case had a link (case_links_any) */
	unsigned refs;            /* under mu */
	struct case_one *next;    /* on a list of entries to free */
};

struct oslot {
	int64_t id;
	struct case_one *e;       /* NULL: empty */
	uint64_t dropped;         /* the change sequence of the last drop of an id of this slot */
};

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct oslot *slots;   /* CASE_ONE_SLOTS of them, or NULL: not made yet (or no memory) */
static size_t total;          /* the cost of the entries held */
static uint64_t flushed;      /* the change sequence of the last drop of everything */
static size_t hand;           /* the next slot to drop when the cost is at the bound */

static void one_free(struct case_one *e)
{
	while (e) {
		struct case_one *next = e->next;
		json_decref(e->rec.attrs);
		json_decref(e->rec.persons);
		free(e->text);
		free(e->side);
		free(e->bytes);
		free(e);
		e = next;
	}
}

/* Takes slot s's entry out (under mu); returns it when that was its last reference. */
static struct case_one *slot_empty(struct oslot *s)
{
	struct case_one *e = s->e;

	if (e == NULL)
		return NULL;
	s->e = NULL;
	total -= e->cost;
	return --e->refs == 0 ? e : NULL;
}

/* Made before the first drop can come (case_cache_init, before db_open): a drop must find
 * the slots that record it, or a reader that raced it could keep what it read. */
void case_one_init(void)
{
	pthread_mutex_lock(&mu);
	if (slots == NULL)
		slots = calloc(CASE_ONE_SLOTS, sizeof *slots);   /* NULL: every request renders */
	pthread_mutex_unlock(&mu);
}

void case_one_drop(uint64_t seq, const int64_t *ids, size_t n, bool all)
{
	struct case_one *gone = NULL, *e;

	pthread_mutex_lock(&mu);
	if (slots == NULL) {
		pthread_mutex_unlock(&mu);
		return;
	}
	if (all) {
		flushed = seq;
		for (size_t i = 0; total && i < CASE_ONE_SLOTS; i++)
			if ((e = slot_empty(&slots[i])) != NULL) {
				e->next = gone;
				gone = e;
			}
	}
	for (size_t i = 0; !all && i < n; i++) {
		struct oslot *s = &slots[(uint64_t)ids[i] & (CASE_ONE_SLOTS - 1)];
		s->dropped = seq;
		if (s->id == ids[i] && (e = slot_empty(s)) != NULL) {
			e->next = gone;
			gone = e;
		}
	}
	pthread_mutex_unlock(&mu);
	one_free(gone);           /* after the lock: readers wait for no decref */
}

const struct case_one *case_one_get(int64_t id, uint64_t seq, int64_t now)
{
	struct case_one *e = NULL;
	struct oslot *s;

	pthread_mutex_lock(&mu);
	if (slots == NULL)
		goto out;
	s = &slots[(uint64_t)id & (CASE_ONE_SLOTS - 1)];
	if (s->e && s->id == id && now < s->e->until && s->dropped <= seq && flushed <= seq) {
		e = s->e;
		e->refs++;
	}
out:
	pthread_mutex_unlock(&mu);
	return e;
}

void case_one_release(const struct case_one *ce)
{
	struct case_one *e = (struct case_one *)ce;
	bool last;

	if (e == NULL)
		return;
	pthread_mutex_lock(&mu);
	last = --e->refs == 0;
	pthread_mutex_unlock(&mu);
	if (last) {
		e->next = NULL;
		one_free(e);
	}
}

const struct case_rec *case_one_rec(const struct case_one *e)
{
	return &e->rec;
}

bool case_one_links(const struct case_one *e)
{
	return e->links;
}

void case_one_write(const struct case_one *e, bool persons, struct sb *b)
{
	if (persons) {
		sb_add(b, e->bytes, e->n);
	} else {
		sb_add(b, e->bytes, e->pfrom);
		sb_add(b, e->bytes + e->pto, e->n - e->pto);
	}
}

/* The strings of rec, counted (len) or copied into p (the NUL included). */
#define ONE_STRS(X) X(code) X(category) X(title) X(body) X(status) X(org_name) X(org_path) \
	X(unit_name) X(unit_path) X(assignee_name) X(address) X(reporter_name) X(priority) \
	X(stage) X(warn)

/* A copy of rec's side values (case_load_view: its stored fields) into one block, their
 * texts after them; *size its size. NULL when rec has none, or no memory (*size then 1). */
static struct side_val *side_copy(const struct case_rec *rec, size_t *size)
{
	size_t n = 0, len = 0;
	struct side_val *v;
	char *p;

	*size = 0;
	if (rec->side == NULL)
		return NULL;
	for (const struct type_field *f = rec->type->fields; f->name; f++)
		if (f->flags & TF_STORED) {
			if (rec->side[n].text)
				len += strlen(rec->side[n].text) + 1;
			n++;
		}
	*size = n * sizeof *v + len;
	if ((v = malloc(*size)) == NULL) {
		*size = 1;
		return NULL;
	}
	p = (char *)(v + n);
	for (size_t i = 0; i < n; i++) {
		v[i] = rec->side[i];
		if (v[i].text) {
			size_t l = strlen(v[i].text) + 1;
			memcpy(p, v[i].text, l);
			v[i].text = p;
			p += l;
		}
	}
	return v;
}

/* A copy of rec that owns its strings (text, side) and holds references to its JSON values. */
static struct case_one *freeze(const struct case_rec *rec)
{
	struct case_one *e = calloc(1, sizeof *e);
	size_t len = 0, at, side_size;
	char *p;

	if (e == NULL)
		return NULL;
	e->side = side_copy(rec, &side_size);
	if (e->side == NULL && side_size) {
		free(e);
		return NULL;
	}
#define LEN(f) len += rec->f ? strlen(rec->f) + 1 : 0;
	ONE_STRS(LEN)
#undef LEN
	for (int i = 0; i < rec->nshared; i++)
		len += strlen(rec->shared_paths[i]) + 1;
	at = (len + _Alignof(const char *) - 1) / _Alignof(const char *) * _Alignof(const char *);
	if ((e->text = malloc(at + (size_t)rec->nshared * sizeof(const char *) + 1)) == NULL) {
		free(e->side);
		free(e);
		return NULL;
	}
	e->rec = *rec;
	p = e->text;
#define COPY(f) if (rec->f) { size_t l = strlen(rec->f) + 1; memcpy(p, rec->f, l); \
	e->rec.f = p; p += l; }
	ONE_STRS(COPY)
#undef COPY
	e->rec.shared_paths = rec->nshared ? (const char **)(void *)(e->text + at) : NULL;
	for (int i = 0; i < rec->nshared; i++) {
		size_t l = strlen(rec->shared_paths[i]) + 1;
		memcpy(p, rec->shared_paths[i], l);
		e->rec.shared_paths[i] = p;
		p += l;
	}
	e->rec.attrs = json_incref(rec->attrs);
	e->rec.persons = json_incref(rec->persons);
	e->rec.persons_conn = NULL;
	e->rec.side_row = NULL;
	e->rec.side_col = 0;
	e->rec.side = e->side;
	e->cost = sizeof *e + at + (size_t)rec->nshared * sizeof(const char *) + side_size +
	    CASE_ONE_JSON_COST * (json_object_size(rec->attrs) + json_array_size(rec->persons));
	return e;
}

void case_one_put(uint64_t seq, const struct case_rec *rec, const char *bytes, size_t n,
    size_t pfrom, size_t pto, bool links, int64_t until)
{
	struct case_one *e, *gone = NULL, *x;
	struct oslot *s;

	if (n == 0 || n > CASE_ONE_BYTES_MAX || pfrom > pto || pto > n)
		return;
	pthread_mutex_lock(&mu);
	s = slots ? &slots[(uint64_t)rec->id & (CASE_ONE_SLOTS - 1)] : NULL;
	/* changed after the reader's snapshot began: what it read may be older than the drop */
	bool refuse = s == NULL || s->dropped > seq || flushed > seq;
	pthread_mutex_unlock(&mu);
	if (refuse || (e = freeze(rec)) == NULL)
		return;
	if ((e->bytes = malloc(n)) == NULL) {
		one_free(e);
		return;
	}
	memcpy(e->bytes, bytes, n);
	e->n = n;
	e->pfrom = pfrom;
	e->pto = pto;
	e->until = until;
	e->links = links;
	e->cost += n;
	e->refs = 1;                     /* the slot's */
	pthread_mutex_lock(&mu);
	if (s->dropped > seq || flushed > seq || e->cost > CASE_ONE_BYTES) {  /* again */
		pthread_mutex_unlock(&mu);
		one_free(e);
		return;
	}
	if ((x = slot_empty(s)) != NULL) {
		x->next = gone;
		gone = x;
	}
	/* full: make room by dropping entries in slot order from where the last make-room
	 * stopped (a clock hand: old entries go first, on average) */
	for (size_t k = 0; total + e->cost > CASE_ONE_BYTES && k < CASE_ONE_SLOTS; k++) {
		if ((x = slot_empty(&slots[hand])) != NULL) {
			x->next = gone;
			gone = x;
		}
		hand = (hand + 1) & (CASE_ONE_SLOTS - 1);
	}
	s->id = rec->id;
	s->e = e;
	total += e->cost;
	pthread_mutex_unlock(&mu);
	one_free(gone);
}

size_t case_one_bytes(void)
{
	size_t n;

	pthread_mutex_lock(&mu);
	n = total;
	pthread_mutex_unlock(&mu);
	return n;
}
