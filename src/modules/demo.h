/* demo.h — the demo data of `pingan init --demo` (DESIGN.md §2 org tree around 金华 婺城区). */
#ifndef PA_DEMO_H
#define PA_DEMO_H

#include <stdio.h>

#include "../pingan.h"

struct db;
/* Seeds orgs, accounts (all with password) and board posts in every state. Prints the
 * accounts to out. Refuses (PA_ERR_CONFLICT) when the database already has org units. */
pa_err demo_seed(struct db *db, const char *password, FILE *out);
struct auth_user;
/* Loads the demo account `login` into u (PA_ERR_NOT_FOUND when absent). */
pa_err demo_load_user(struct db *db, const char *login, struct auth_user *u);
/* Demo disputes at each mediation level, risks and a threshold (gov_demo.c). */
pa_err governance_demo_seed(struct db *db);

/* Two years of front-desk history of both police stations (desk_demo.c), older than the board
 * posts, and today's open desk, newer than them: seeded before and after the posts. */
pa_err desk_demo_seed(struct db *db);
pa_err desk_demo_today(struct db *db);

#endif
