/* benchdata.h — reproducible bulk data for `make bench` (pingan bench-data). */
#ifndef PA_BENCHDATA_H
#define PA_BENCHDATA_H

#include <stdint.h>
#include <stdio.h>

#include "../pingan.h"

/* Grid events still open when --open-share is not given (per mille): a year of events of
 * which most were closed within days. */
#define BENCH_OPEN_PERMILLE 150

struct db;
/* Appends n 我爱我家 posts with timelines to a demo database, from a fixed seed. */
pa_err benchdata_generate(struct db *db, int64_t n, uint64_t seed, FILE *progress);
/* Appends n grid events (网格事件) with event_details rows and timelines over the demo's grids
 * and one year; open_permille of them (0-1000) still open, with a running deadline stage of
 * which about 1% is due for a yellow warning. */
pa_err benchdata_events(struct db *db, int64_t n, uint64_t seed, int open_permille,
    FILE *progress);

#endif
