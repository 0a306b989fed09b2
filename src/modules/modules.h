/* modules.h — the registry of case types and what the modules hand to the layers below. */
#ifndef PA_MODULES_H
#define PA_MODULES_H

/* Registers the case types with the engine and the map layers with the grid map. Call once
 * at start, before any request or command touches a case. */
void modules_init(void);

#endif
