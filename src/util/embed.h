/* embed.h — files compiled into the binary by tools/embed (web assets, migrations). */
#ifndef PA_EMBED_H
#define PA_EMBED_H

#include <stddef.h>

struct embedded_file {
	const char *name;            /* path relative to its folder, e.g. "app.js" */
	const unsigned char *data;
	size_t len;
};

/* The files of src/db/migrations in name order: migration i brings the schema to version i + 1. */
extern const struct embedded_file pa_migrations[];
extern const size_t pa_migrations_count;
/* web/ */
extern const struct embedded_file pa_assets[];
extern const size_t pa_assets_count;

#endif
