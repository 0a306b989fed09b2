/* demo.h — the demo data of `pingan init --demo` (DESIGN.md §2 org tree around 金华 婺城区). */
#ifndef PA_DEMO_H
#define PA_DEMO_H

#include <stdint.h>
#include <stdio.h>

#include "../pingan.h"

struct db;
/* Seeds orgs and accounts (all with password); the history follows with demo_history_seed.
 * Prints the accounts to out. Refuses (PA_ERR_CONFLICT) when the database already has org units. */
pa_err demo_seed(struct db *db, const char *password, FILE *out);
struct auth_user;
/* Loads the demo account `login` into u (PA_ERR_NOT_FOUND when absent). */
pa_err demo_load_user(struct db *db, const char *login, struct auth_user *u);

/* ---- the demo history: one time-ordered job list (demo.c) ----
 * Every seeder plans its pieces of history (a case made at its time, with the steps that
 * follow it) as jobs with the instant they begin; demo_history_seed runs them all oldest first
 * (equal instants in the order planned), so that case ids, timelines and notices grow with time
 * across the whole demo, whichever seeder made them. */
struct demo_jobs;
struct pa_error;
/* One job: runs piece i of ctx (the seeder's own data), setting the clock itself. */
typedef pa_err (*demo_job_fn)(struct db *db, void *ctx, int i, struct pa_error *err);
/* Plans fn(ctx, i) at instant at (ms). */
pa_err demo_job_add(struct demo_jobs *l, int64_t at, demo_job_fn fn, void *ctx, int i);
/* Frees p (with free_fn) once every job has run: a seeder's job contexts. */
pa_err demo_job_keep(struct demo_jobs *l, void *p, void (*free_fn)(void *));
/* The parts of the history (demo_history_seed's parts). */
#define DEMO_DESK   0x1u   /* the front desk: desk_demo.c, desk2_demo.c */
#define DEMO_POSTS  0x2u   /* the board posts (我爱我家), demo.c */
#define DEMO_EVENTS 0x4u   /* grid events and the grid shapes, demo.c (after the catalogue) */
#define DEMO_GOV    0x8u   /* disputes, risks, complaints, the campaign, patrols */
#define DEMO_ALL    0xfu
/* Seeds the demo history of parts (after demo_seed and the event catalogue). */
pa_err demo_history_seed(struct db *db, unsigned parts);
/* The seeders' plans, each against the same now (ms). */
pa_err desk_demo_plan(struct db *db, struct demo_jobs *l, int64_t now);
pa_err desk2_demo_plan(struct db *db, struct demo_jobs *l, int64_t now);
pa_err governance_demo_plan(struct db *db, struct demo_jobs *l, int64_t now);
pa_err patrol_demo_plan(struct db *db, struct demo_jobs *l, int64_t now);

#endif
