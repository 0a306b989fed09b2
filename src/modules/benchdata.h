/* benchdata.h — reproducible bulk data for `make bench` (pingan bench-data). */
#ifndef PA_BENCHDATA_H
#define PA_BENCHDATA_H

#include <stdint.h>
#include <stdio.h>

#include "../pingan.h"

struct db;
/* Appends n 我爱我家 posts with timelines to a demo database, from a fixed seed. */
pa_err benchdata_generate(struct db *db, int64_t n, uint64_t seed, FILE *progress);

#endif
