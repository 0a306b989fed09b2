// types/index.js — the registry of the front end's case types. A type with a module here
// (web/types/<type>.js) shows its fields and opens its dialogs its own way; any other type that
// GET /api/v1/types lists still gets a usable case page from its descriptor (types/generic.js).
// Adding a type's module: write web/types/<type>.js (see docs/architecture.md "Web app") and add
// one line to MODULES below.

import { typeDesc } from '../state.js';
import { fieldRows, openGenericAction } from './generic.js';
import * as suggestion from './suggestion.js';
import * as event from './event.js';
import * as visit from './visit.js';
import * as help from './help.js';
import * as incident from './incident.js';
import * as cctv from './cctv.js';
import * as archive from './archive.js';
import * as handover from './handover.js';
import * as dispute from './dispute.js';
import * as risk from './risk.js';
import * as warning from './warning.js';
import * as complaint from './complaint.js';
import * as campaign_item from './campaign_item.js';
import * as patrol from './patrol.js';
import * as lost from './lost.js';
import * as found from './found.js';
import * as custody from './custody.js';

const MODULES = { suggestion, event, visit, help, incident, cctv, archive, handover, dispute, risk,
  warning, complaint, campaign_item, patrol, lost, found, custody };

/**
 * What the case page needs of case type `type`. Every member is there, from the type's module or
 * the generic fallback:
 *   fields                   its own fields ([{name, label_zh, label_en, kind, choices, list, public}]),
 *                            the server's descriptor when GET /types sends one, else the module's
 *   prepare()                loads what drawing needs (e.g. category names); may be absent
 *   detailRows(c, ui)        the case page's rows [label, value, testid]
 *   panels(c)                {before: [...], after: [...]} main-column panels around the body
 *   headBadges(c)            badges beside the status
 *   openAction(c, a, h)      the dialog of action a (h: {onDone(res, a), onConflict(e)})
 *   isDanger(a)              whether a's button is drawn as "danger"
 *   backLabel, backHash      the "back" link (i18n key, hash; hash defaults to the home page)
 *   createLabel, resultLabel timeline labels (i18n keys) of the create entry and of a result
 *   ownsOrgRow               the module names the place itself; the page skips its org row
 *   rowLabels                i18n keys of common rows it words otherwise ({reporter, created_at}:
 *                            default 发布人, 发布时间)
 *   newHash, renderNew       the create form's route (#/new/<type>) and renderer, when it has one
 *   unitListHash(orgId)      the type's list page filtered to one org unit (the grid map links it)
 *   timelineLines(ev, c, fmtTime)  extra lines of a timeline entry (the fields an action carried)
 */
export function typeModule(type) {
  const mod = MODULES[type] || {};
  const desc = typeDesc(type);
  const fields = (desc && Array.isArray(desc.fields) && desc.fields.length) ? desc.fields : (mod.fields || []);
  return {
    type,
    fields,
    prepare: mod.prepare || (async () => {}),
    // A module's own rows win; a type without a module shows its descriptor's fields.
    detailRows: mod.detailRows || ((c, ui) => fieldRows(fields, c, ui)),
    panels: mod.panels || (() => ({ before: [], after: [] })),
    headBadges: mod.headBadges || (() => []),
    openAction: mod.openAction || ((c, a, handlers) => openGenericAction(c, a, type, handlers)),
    isDanger: mod.isDanger || (() => false),
    backLabel: (mod.backLabelKey && mod.backLabelKey()) || mod.backLabel || 'common.back',
    // a module may say it per reader (a citizen's own lost report goes back to their list)
    backHash: (typeof mod.backHash === 'function' ? mod.backHash() : mod.backHash) || null,
    createLabel: mod.createLabel || 'event.create',
    resultLabel: mod.resultLabel || 'event.result',
    ownsOrgRow: Boolean(mod.ownsOrgRow),
    rowLabels: mod.rowLabels || {},
    newHash: mod.newHash || null,
    // the type's list filtered to one org unit (the grid map's heat layer links to it), or null
    unitListHash: mod.unitListHash || null,
    renderNew: mod.renderNew || null,
    timelineLines: mod.timelineLines || (() => []),
  };
}

/** The types that have a front-end module. */
export function knownTypes() {
  return Object.keys(MODULES);
}
