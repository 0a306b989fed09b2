/* msg.c — error messages in two languages (错误信息的中文与英文): finding the Chinese translation
 * of an English format (table in msg_zh.c), formatting either with the same arguments, and
 * naming the offending field by its label in the message's language (标签表, msg_zh.c).
 *
 * The table is indexed once, on first use: entries sorted by their English text for bsearch,
 * each checked to have the same conversions as its English original (an entry that does not
 * is dropped with a warning, so that a bad merge can never read a wrong argument). */
#include "util.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One conversion of a printf format. */
struct conv {
	const char *start;      /* the '%' */
	size_t len;             /* bytes of the whole conversion spec */
	char len_mod[3];        /* "", "hh", "h", "l", "ll", "L", "z", "j", "t" */
	char kind;              /* 'd' signed, 'u' unsigned, 'c', 's', 'p', 'f' floating, '%', '?' */
	bool hidden;            /* precision .0 on a string or an integer: consumed, not shown */
};

/* Reads the conversion at p (which points at '%'); returns the byte after it. An unsupported
 * spec (*, %n, an unknown letter) gives kind '?'. */
static const char *conv_read(const char *p, struct conv *c)
{
	const char *s = p++;
	size_t l = 0;

	c->start = s;
	c->kind = '?';
	c->hidden = false;
	memset(c->len_mod, 0, sizeof c->len_mod);
	while (*p && strchr("-+ #0'", *p))
		p++;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == '.') {
		p++;
		c->hidden = *p == '0' && !(p[1] >= '0' && p[1] <= '9');
		while (*p >= '0' && *p <= '9')
			p++;
	}
	while (*p && strchr("hlLzjt", *p) && l < 2)
		c->len_mod[l++] = *p++;
	switch (*p) {
	case 'd': case 'i': c->kind = 'd'; break;
	case 'u': case 'o': case 'x': case 'X': c->kind = 'u'; break;
	case 'c': c->kind = 'c'; break;
	case 's': c->kind = 's'; break;
	case 'p': c->kind = 'p'; break;
	case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
		c->kind = 'f';
		break;
	case '%': c->kind = '%'; break;
	default: break;
	}
	if (*p)
		p++;
	c->len = (size_t)(p - s);
	return p;
}

/* The next argument-taking conversion from *p, or false at the end. */
static bool conv_next(const char **p, struct conv *c)
{
	const char *q = *p;

	while ((q = strchr(q, '%')) != NULL) {
		q = conv_read(q, c);
		if (c->kind != '%') {
			*p = q;
			return true;
		}
	}
	*p = NULL;
	return false;
}

bool msg_same_conversions(const char *a, const char *b)
{
	struct conv ca, cb;
	bool more_a, more_b;

	for (;;) {
		more_a = a && conv_next(&a, &ca);
		more_b = b && conv_next(&b, &cb);
		if (!more_a || !more_b)
			return more_a == more_b;
		if (ca.kind == '?' || ca.kind != cb.kind || strcmp(ca.len_mod, cb.len_mod) != 0)
			return false;
	}
}

/* ------------------------------------------------------------------ the index */

static const struct msg_zh **idx;
static size_t idx_n;
static bool idx_stale = true;
/* The tables the modules added (a case type's own lines, msg_zh_add): NULL-terminated. */
static const struct msg_zh **added_msgs;
static const struct field_label **added_labels;
static size_t added_n;
static pthread_mutex_t idx_lock = PTHREAD_MUTEX_INITIALIZER;

static int cmp_entry(const void *a, const void *b)
{
	return strcmp((*(const struct msg_zh *const *)a)->en, (*(const struct msg_zh *const *)b)->en);
}

static void idx_put(const struct msg_zh *e)
{
	if (!msg_same_conversions(e->en, e->zh)) {
		log_msg(LOG_WARN, "msg_zh: the translation of \"%s\" has other conversions; "
		    "it is not used", e->en);
		return;
	}
	idx[idx_n++] = e;
}

/* Builds the index over msg_zh_table and the added tables; called with idx_lock held. */
static void idx_build(void)
{
	size_t i, n = msg_zh_count;
	const struct msg_zh *e;

	for (i = 0; i < added_n; i++)
		for (e = added_msgs[i]; e && e->en; e++)
			n++;
	free(idx);
	idx_n = 0;
	idx_stale = false;
	if ((idx = malloc(n * sizeof *idx + 1)) == NULL)
		return;           /* every message stays English */
	for (i = 0; i < msg_zh_count; i++)
		idx_put(&msg_zh_table[i]);
	for (i = 0; i < added_n; i++)
		for (e = added_msgs[i]; e && e->en; e++)
			idx_put(e);
	qsort(idx, idx_n, sizeof *idx, cmp_entry);
}

bool msg_zh_add(const struct msg_zh *msgs, const struct field_label *labels)
{
	const struct msg_zh **m;
	const struct field_label **l;
	bool ok = false;

	if (msgs == NULL && labels == NULL)
		return true;
	pthread_mutex_lock(&idx_lock);
	for (size_t i = 0; i < added_n; i++)
		if (added_msgs[i] == msgs && added_labels[i] == labels) {
			ok = true;        /* added before (modules_init runs once per test binary too) */
			goto out;
		}
	m = realloc(added_msgs, (added_n + 1) * sizeof *m);
	if (m == NULL)
		goto out;
	added_msgs = m;
	l = realloc(added_labels, (added_n + 1) * sizeof *l);
	if (l == NULL)
		goto out;
	added_labels = l;
	added_msgs[added_n] = msgs;
	added_labels[added_n] = labels;
	added_n++;
	idx_stale = true;
	ok = true;
out:
	pthread_mutex_unlock(&idx_lock);
	return ok;
}

const char *msg_zh_find(const char *en_fmt)
{
	struct msg_zh key = { en_fmt, NULL };
	const struct msg_zh *kp = &key, **hit = NULL;

	if (en_fmt == NULL)
		return NULL;
	/* a lock, not a once: the modules add their tables at start, and a message may be
	 * looked up before (a command-line error); only error replies come here */
	pthread_mutex_lock(&idx_lock);
	if (idx_stale)
		idx_build();
	if (idx != NULL)
		hit = bsearch(&kp, idx, idx_n, sizeof *idx, cmp_entry);
	pthread_mutex_unlock(&idx_lock);
	return hit ? (*hit)->zh : NULL;
}

/* ------------------------------------------------------------------ labels, formatting */

/* The label entry of the name's first n bytes: the platform's table, then the added ones. */
static const struct field_label *label_exact(const char *name, size_t n)
{
	const struct field_label *hit = NULL;
	size_t i;

	for (i = 0; i < field_label_count; i++)
		if (strncmp(field_label_table[i].name, name, n) == 0 &&
		    field_label_table[i].name[n] == '\0')
			return &field_label_table[i];
	pthread_mutex_lock(&idx_lock);
	for (i = 0; i < added_n && hit == NULL; i++)
		for (const struct field_label *f = added_labels[i]; f && f->name; f++)
			if (strncmp(f->name, name, n) == 0 && f->name[n] == '\0') {
				hit = f;
				break;
			}
	pthread_mutex_unlock(&idx_lock);
	return hit;
}

const struct field_label *msg_label_find(const char *field)
{
	const struct field_label *l;
	const char *last, *br;

	if (field == NULL || *field == '\0')
		return NULL;
	if ((l = label_exact(field, strlen(field))) != NULL)
		return l;
	/* "fields.unit_id", "items[3].date", "photos[2]": try the last name */
	last = strrchr(field, '.');
	last = last ? last + 1 : field;
	br = strchr(last, '[');
	return label_exact(last, br ? (size_t)(br - last) : strlen(last));
}

const char *msg_field_zh(const char *field)
{
	const struct field_label *l = msg_label_find(field);

	return l ? l->zh : "该项";
}

/* One part of a field's path: "persons[0]" is the name "persons" (len 8) with index 0. */
struct path_part {
	const char *name;
	size_t len;
	bool indexed;
	unsigned long index;
};

/* Reads the part of a path from p up to the next '.' or the end; returns where it stopped. An
 * index is read as digits between brackets (at most MSG_INDEX_DIGITS of them); anything else
 * after the name leaves the part unindexed. */
#define MSG_INDEX_DIGITS 6
static const char *path_part_read(const char *p, struct path_part *pp)
{
	const char *q;
	int digits = 0;

	pp->name = p;
	pp->len = strcspn(p, ".[");
	pp->indexed = false;
	pp->index = 0;
	q = p + pp->len;
	if (*q == '[') {
		for (q++; *q >= '0' && *q <= '9' && digits < MSG_INDEX_DIGITS; q++, digits++)
			pp->index = pp->index * 10 + (unsigned long)(*q - '0');
		pp->indexed = digits > 0 && *q == ']';
	}
	return p + strcspn(p, ".");
}

/* Appends s (at most len bytes) to buf at *pos, cut at n - 1 bytes. */
static void put(char *buf, size_t n, size_t *pos, const char *s, size_t len)
{
	if (*pos + 1 >= n)
		return;
	if (len > n - 1 - *pos)
		len = n - 1 - *pos;
	memcpy(buf + *pos, s, len);
	*pos += len;
	buf[*pos] = '\0';
}

/* Appends the English of one element of a list part: "person 2", or "item 2" for a list
 * field without en_one. */
static void put_element(char *buf, size_t n, size_t *pos, const struct path_part *pp)
{
	const struct field_label *l = label_exact(pp->name, pp->len);
	const char *one = l && l->en_one ? l->en_one : "item";
	char num[24];

	put(buf, n, pos, one, strlen(one));
	snprintf(num, sizeof num, " %lu", pp->index + 1);
	put(buf, n, pos, num, strlen(num));
}

/* Appends the Chinese of one element of a list part, outermost lists first: 第2位当事人 (its
 * zh_one), 第2个记录 for a labelled list without one, 第2项 for an unlabelled one. */
static void put_element_zh(char *buf, size_t n, size_t *pos, const struct path_part *pp)
{
	const struct field_label *l = label_exact(pp->name, pp->len);
	char num[24];

	snprintf(num, sizeof num, "第%lu", pp->index + 1);
	put(buf, n, pos, num, strlen(num));
	if (l && l->zh_one) {
		put(buf, n, pos, l->zh_one, strlen(l->zh_one));
	} else if (l) {
		put(buf, n, pos, "个", strlen("个"));
		put(buf, n, pos, l->zh, strlen(l->zh));
	} else {
		put(buf, n, pos, "项", strlen("项"));
	}
}

#define MSG_PATH_PARTS 8        /* a request's field paths are two or three deep */
#define MSG_LABEL_BYTES 128     /* a label with its lists: "ID number of person 12" */

/* Splits a field's path into parts (at most max); returns how many (at least 1). */
static size_t path_split(const char *field, struct path_part *parts, size_t max)
{
	const char *p = field;
	size_t np = 0;

	while (np < max) {
		p = path_part_read(p, &parts[np++]);
		if (*p != '.')
			break;
		p++;
	}
	return np;
}

const char *msg_field_zh_path(const char *field, char *buf, size_t n)
{
	struct path_part parts[MSG_PATH_PARTS], *last;
	const struct field_label *l;
	const char *zh;
	size_t np, pos = 0;

	if (n == 0)
		return buf;
	buf[0] = '\0';
	if (field == NULL || *field == '\0' || label_exact(field, strlen(field)) != NULL) {
		zh = msg_field_zh(field);
		put(buf, n, &pos, zh, strlen(zh));
		return buf;
	}
	np = path_split(field, parts, MSG_PATH_PARTS);
	last = &parts[np - 1];
	/* the lists it sits in, outermost first: 第1位当事人的…; "fields." adds nothing */
	for (size_t i = 0; i + 1 < np; i++)
		if (parts[i].indexed) {
			put_element_zh(buf, n, &pos, &parts[i]);
			put(buf, n, &pos, "的", strlen("的"));
		}
	if (last->indexed) {
		/* "photos[2]": the element itself */
		put_element_zh(buf, n, &pos, last);
	} else {
		l = label_exact(last->name, last->len);
		zh = l ? l->zh : "该项";
		put(buf, n, &pos, zh, strlen(zh));
	}
	utf8_clip(buf);
	return buf;
}

const char *msg_field_en(const char *field, char *buf, size_t n)
{
	struct path_part parts[MSG_PATH_PARTS], *last;
	const struct field_label *l;
	size_t np, pos = 0;

	if (n == 0)
		return buf;
	buf[0] = '\0';
	if (field == NULL || *field == '\0') {
		put(buf, n, &pos, "this item", strlen("this item"));
		return buf;
	}
	if ((l = label_exact(field, strlen(field))) != NULL) {
		put(buf, n, &pos, l->en, strlen(l->en));
		return buf;
	}
	np = path_split(field, parts, MSG_PATH_PARTS);
	last = &parts[np - 1];
	if (last->indexed) {
		/* "photos[2]": the element itself */
		put_element(buf, n, &pos, last);
	} else if ((l = label_exact(last->name, last->len)) != NULL) {
		put(buf, n, &pos, l->en, strlen(l->en));
	} else {
		/* no label: the name as the caller sent it, underscores read as spaces */
		for (size_t i = 0; i < last->len; i++)
			put(buf, n, &pos, last->name[i] == '_' ? " " : &last->name[i], 1);
	}
	/* the lists it sits in, innermost first: "ID number of person 1"; a part that is not an
	 * element of a list ("fields.") adds nothing */
	for (size_t i = np - 1; i-- > 0;)
		if (parts[i].indexed) {
			put(buf, n, &pos, " of ", 4);
			put_element(buf, n, &pos, &parts[i]);
		}
	utf8_clip(buf);
	return buf;
}

void msg_format(char *buf, size_t n, const char *fmt, const char *field, bool en, va_list ap)
{
	const char *p = fmt, *q;
	char label[MSG_LABEL_BYTES];
	size_t pos = 0;
	char spec[32];
	struct conv c;
	int w = 0;

	if (n == 0)
		return;
	buf[0] = '\0';
	while (*p && pos + 1 < n) {
		if (*p != '%') {
			q = strchr(p, '%');
			size_t lit = q ? (size_t)(q - p) : strlen(p);
			if (lit > n - 1 - pos)
				lit = n - 1 - pos;
			memcpy(buf + pos, p, lit);
			pos += lit;
			buf[pos] = '\0';
			p += lit;
			continue;
		}
		p = conv_read(p, &c);
		if (c.kind == '%') {
			buf[pos++] = '%';
			buf[pos] = '\0';
			continue;
		}
		if (c.kind == '?' || c.len >= sizeof spec)
			break;        /* msg_zh_find never hands out such a format */
		memcpy(spec, c.start, c.len);
		spec[c.len] = '\0';
		const char *lm = c.len_mod;
		if (c.hidden && c.kind != 'f' && c.kind != 'p') {
			/* %.0s, %.0d, %.0lld ...: the Chinese leaves this argument out (an internal code,
			 * an English text, a version number); standard printf would still print a
			 * non-zero integer, so consume it here by its type */
			if (c.kind == 's')
				(void)va_arg(ap, const char *);
			else if (strcmp(lm, "l") == 0)
				(void)va_arg(ap, long);
			else if (strcmp(lm, "ll") == 0)
				(void)va_arg(ap, long long);
			else if (strcmp(lm, "z") == 0)
				(void)va_arg(ap, size_t);
			else if (strcmp(lm, "j") == 0)
				(void)va_arg(ap, intmax_t);
			else if (strcmp(lm, "t") == 0)
				(void)va_arg(ap, ptrdiff_t);
			else
				(void)va_arg(ap, int);
			continue;
		}
		w = 0;
		switch (c.kind) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (s == NULL)
				s = "";
			else if (field && *field && strcmp(s, field) == 0)
				s = en ? msg_field_en(field, label, sizeof label) :
				    msg_field_zh_path(field, label, sizeof label);
			w = snprintf(buf + pos, n - pos, spec, s);
			break;
		}
		case 'd':
		case 'c':
			if (strcmp(lm, "l") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, long));
			else if (strcmp(lm, "ll") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, long long));
			else if (strcmp(lm, "z") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, size_t));
			else if (strcmp(lm, "j") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, intmax_t));
			else if (strcmp(lm, "t") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, ptrdiff_t));
			else
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, int));
			break;
		case 'u':
			if (strcmp(lm, "l") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, unsigned long));
			else if (strcmp(lm, "ll") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, unsigned long long));
			else if (strcmp(lm, "z") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, size_t));
			else if (strcmp(lm, "j") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, uintmax_t));
			else if (strcmp(lm, "t") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, ptrdiff_t));
			else
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, unsigned int));
			break;
		case 'f':
			if (strcmp(lm, "L") == 0)
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, long double));
			else
				w = snprintf(buf + pos, n - pos, spec, va_arg(ap, double));
			break;
		case 'p':
			w = snprintf(buf + pos, n - pos, spec, va_arg(ap, void *));
			break;
		}
		if (w < 0)
			break;
		pos = pos + (size_t)w >= n ? n - 1 : pos + (size_t)w;
	}
	buf[pos < n ? pos : n - 1] = '\0';
	utf8_clip(buf);
}
