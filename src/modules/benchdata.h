/* benchdata.h — reproducible bulk data for `make bench` (pingan bench-data). */
#ifndef PA_BENCHDATA_H
#define PA_BENCHDATA_H

#include <stdint.h>
#include <stdio.h>

#include "../pingan.h"

/* Grid events still open when --open-share is not given (per mille): a year of events of
 * which most were closed within days. */
#define BENCH_OPEN_PERMILLE 150

/* Realistic text of bench case id (benchtext.c): title and body from the random word r. The
 * body of every BENCHTEXT_COMMON_EVERY-th case holds 噪声, of every BENCHTEXT_RARE_EVERY-th
 * 蜂窝; no other text of the bench data does. */
#define BENCHTEXT_COMMON_EVERY 10
#define BENCHTEXT_RARE_EVERY   10000
#define BENCHTEXT_TITLE_MAX    96
#define BENCHTEXT_BODY_MAX     512
void benchtext_make(uint64_t r, int64_t id, char *title, size_t tn, char *body, size_t bn);

struct db;
/* Appends n 我爱我家 posts with timelines to a demo database, from a fixed seed. */
pa_err benchdata_generate(struct db *db, int64_t n, uint64_t seed, FILE *progress);
/* Appends n grid events (网格事件) with event_details rows, timelines and full-text index rows
 * (realistic text, benchtext_make) over the demo's grids and one year; open_permille of them (0-1000) still open, with a running deadline stage of
 * which about 1% is due for a yellow warning. */
pa_err benchdata_events(struct db *db, int64_t n, uint64_t seed, int open_permille,
    FILE *progress);

#endif
