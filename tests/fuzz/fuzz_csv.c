/* fuzz_csv.c — libFuzzer target for csv_split (src/util/util.c), the record splitter of the
 * event catalogue import (`pingan catalog import`, src/modules/catalog.c).
 *
 * The input is cut at '\n' the way fgets hands lines to the importer; each line (its '\n'
 * kept, stray NUL bytes and all) is copied into a NUL-terminated buffer of its own size, so
 * ASan sees any read or write past it, and split with at most 11 fields (the importer's
 * limit: 10 columns, and one more to tell a line with too many). It aborts when an invariant
 * breaks:
 *   - the result is -1 or 1..11;
 *   - every field starts inside the buffer, ends (its NUL) inside it, and fields come in
 *     order without overlapping;
 *   - no field holds CR or LF (the line end is dropped, not kept in the last field);
 *   - a line without '"' splits exactly at its commas (up to its first CR, LF or NUL), and is
 *     refused only for having more than 11 fields;
 *   - writing the fields back as RFC 4180 CSV and splitting again gives the same fields.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/util.h"

#define MAXF 11

static void check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "fuzz_csv: invariant broken: %s\n", what);
		abort();
	}
}

/* Quotes a field when it holds a comma or a quote; returns the bytes written. */
static size_t put_field(char *out, const char *f)
{
	size_t o = 0;

	if (strpbrk(f, ",\"") == NULL) {
		memcpy(out, f, strlen(f));
		return strlen(f);
	}
	out[o++] = '"';
	for (; *f; f++) {
		if (*f == '"')
			out[o++] = '"';
		out[o++] = *f;
	}
	out[o++] = '"';
	return o;
}

static void one_line(const char *line, size_t len)
{
	char *buf = malloc(len + 1), *orig = malloc(len + 1), *fields[MAXF], *again[MAXF], *enc;
	char *end;
	size_t cut, enc_len = 0;
	int n, commas = 0;

	if (buf == NULL || orig == NULL) {
		free(buf);
		free(orig);
		return;
	}
	memcpy(buf, line, len);
	buf[len] = '\0';
	memcpy(orig, buf, len + 1);       /* csv_split works in place */
	/* what csv_split will look at: up to the first NUL, CR or LF */
	cut = strcspn(buf, "\r\n");
	int quoted = memchr(buf, '"', cut) != NULL;
	for (size_t i = 0; i < cut; i++)
		commas += buf[i] == ',';

	n = csv_split(buf, fields, MAXF);
	check(n == -1 || (n >= 1 && n <= MAXF), "field count in range");
	if (!quoted)
		check(n == (commas + 1 <= MAXF ? commas + 1 : -1), "unquoted line splits at commas");
	if (n < 0) {
		free(buf);
		free(orig);
		return;
	}
	end = buf + len;
	for (int i = 0; i < n; i++) {
		size_t fl;
		check(fields[i] >= buf && fields[i] <= end, "field starts inside the buffer");
		fl = strlen(fields[i]);
		check(fields[i] + fl <= end, "field ends inside the buffer");
		check(i == 0 || fields[i] > fields[i - 1] + strlen(fields[i - 1]),
		    "fields in order, not overlapping");
		check(strpbrk(fields[i], "\r\n") == NULL, "no line end in a field");
	}
	if (!quoted) {
		/* the same pieces as cutting at the commas */
		const char *p = orig, *lim = orig + cut;
		for (int i = 0; i < n; i++) {
			const char *q = memchr(p, ',', (size_t)(lim - p));
			size_t pl;
			if (q == NULL)
				q = lim;
			pl = (size_t)(q - p);
			check(strlen(fields[i]) == pl && memcmp(fields[i], p, pl) == 0,
			    "unquoted field equals its piece");
			p = q + 1;
		}
	}

	/* round trip: encode, split again, compare */
	size_t cap = 3;
	for (int i = 0; i < n; i++)
		cap += 2 * strlen(fields[i]) + 3;
	enc = malloc(cap);
	if (enc == NULL) {
		free(buf);
		free(orig);
		return;
	}
	for (int i = 0; i < n; i++) {
		if (i)
			enc[enc_len++] = ',';
		enc_len += put_field(enc + enc_len, fields[i]);
	}
	enc[enc_len++] = '\r';
	enc[enc_len++] = '\n';
	enc[enc_len] = '\0';
	check(enc_len < cap, "encoding fits");
	check(csv_split(enc, again, MAXF) == n, "round trip keeps the field count");
	for (int i = 0; i < n; i++)
		check(strcmp(again[i], fields[i]) == 0, "round trip keeps the fields");
	free(enc);
	free(buf);
	free(orig);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data, *stop = p + size;
	char *fields[MAXF];
	char empty[1] = "";

	/* an empty record is one empty field */
	check(csv_split(empty, fields, MAXF) == 1 && fields[0][0] == '\0', "empty line");
	while (p < stop) {
		const char *nl = memchr(p, '\n', (size_t)(stop - p));
		size_t len = nl ? (size_t)(nl - p) + 1 : (size_t)(stop - p);
		one_line(p, len);
		p += len;
	}
	return 0;
}
