/* lfpair.c — reads one lost report and found items, scores each pair exactly as the matcher
 * does and prints what each side's preparation read (serials and their kinds, colour bits,
 * kind, brand) beside the reasons. A tool for reading why a labelled pair scores as it does
 * (tools/lf_pair.py feeds it from a training part; judges are refused there).
 *
 * Input, one item per line, fields separated by tabs:
 *   L|F  category  body  color  brand  model  serial  marks  address  minutes_from  minutes_to
 * (minutes before now, as in the labelled sets; a found item gives its time twice). The first
 * L line is the report; every F line after it is scored against it. Usage: bin/lf-pair < FILE */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "modules/lostfound.h"

#define LFPAIR_LINE_MAX  8192                 /* bytes of one input line */
#define LFPAIR_FIELDS    11                   /* fields of one line */
#define LFPAIR_NOW_MS    1800000000000LL      /* "now" the minutes count back from */
#define LFPAIR_MINUTE_MS 60000LL

struct side {
	char line[LFPAIR_LINE_MAX];
	struct lf_item it;
	struct lf_prep prep;
};

static const char *opt(char *s)
{
	return *s ? s : NULL;
}

/* Splits s->line into the item; false on a malformed line. */
static bool parse(struct side *s)
{
	char *f[LFPAIR_FIELDS], *p = s->line, *nl = strchr(p, '\n');
	int n = 0;

	if (nl)
		*nl = '\0';
	while (n < LFPAIR_FIELDS) {
		f[n++] = p;
		if ((p = strchr(p, '\t')) == NULL)
			break;
		*p++ = '\0';
	}
	if (n < LFPAIR_FIELDS || (f[0][0] != 'L' && f[0][0] != 'F'))
		return false;
	memset(&s->it, 0, sizeof s->it);
	s->it.category = f[1];
	s->it.body = opt(f[2]);
	s->it.color = opt(f[3]);
	s->it.brand = opt(f[4]);
	s->it.model = opt(f[5]);
	s->it.serial = opt(f[6]);
	s->it.marks = opt(f[7]);
	s->it.address = opt(f[8]);
	s->it.t_from = LFPAIR_NOW_MS - atoll(f[9]) * LFPAIR_MINUTE_MS;
	s->it.t_to = LFPAIR_NOW_MS - atoll(f[10]) * LFPAIR_MINUTE_MS;
	lf_prepare(&s->it, &s->prep);
	return true;
}

static void show(const char *tag, const struct side *s)
{
	const struct lf_prep *p = &s->prep;

	printf("%s %s\n    read: serials [%s] (kind %d) [%s] (kind %d); colours %#x, case %#x; kind %s; "
	    "brand %s; holder %s; inscription %s; holds %s (%#x); shape %#x; pendant/basket %#x; "
	    "sum %lld (rough %d); keys %d-%d; beads %d; brand syllables %d\n", tag,
	    s->it.body ? s->it.body : "", p->serial, p->skind[0], p->serial2,
	    p->skind[1], p->colors, p->case_colors, p->kind >= 0 ? lf_kind_name(p->kind) : "-",
	    p->brand >= 0 ? lf_brand_name(p->brand) : "-", p->holder[0] ? p->holder : "-", p->ninsc ? p->insc[0] : "-",
	    p->cbrand >= 0 ? lf_brand_name(p->cbrand) : "-", p->cdev, p->shape, p->negacc,
	    (long long)p->amount, p->amount_rough, p->keys_lo, p->keys_hi, p->beads, p->nbsyl);
}

int main(void)
{
	static struct side lost, found;
	static char line[LFPAIR_LINE_MAX];
	bool have = false;
	int rc = 0;

	while (fgets(line, sizeof line, stdin)) {
		struct side *s = line[0] == 'L' && !have ? &lost : &found;
		struct lf_reason r[LF_REASONS_MAX];
		int nr = 0;
		memcpy(s->line, line, sizeof line);
		if (!parse(s)) {
			fprintf(stderr, "lf-pair: a line without its %d fields\n", LFPAIR_FIELDS);
			rc = 2;
			continue;
		}
		if (s == &lost) {
			have = true;
			show("lost", &lost);
			continue;
		}
		if (!have || line[0] != 'F')
			continue;
		int pts = lf_score(&lost.it, &lost.prep, &found.it, &found.prep, r, &nr);
		show("found", &found);
		printf("    %d points:", pts);
		for (int i = 0; i < nr; i++)
			printf(" %s %+d %s;", r[i].factor, r[i].points, r[i].detail);
		printf("\n");
	}
	return rc;
}
