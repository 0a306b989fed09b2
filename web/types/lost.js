// types/lost.js — the case page of a lost report (失物登记): its match candidates with the
// reasons (确认匹配 / 排除 on each, as on the desk), the matched found item by its code.

import { t, actionLabel } from '../i18n.js';
import { openGenericAction } from './generic.js';
import { pairRows, matchesPanel, pointToMatches, caseLink } from './lostfound-kit.js';
import { typeDesc } from '../state.js';

export const type = 'lost';
/** the timeline's first entry: 登记 (registered at the desk), not a board post's 发布 */
export const createLabel = 'lf.create';
/** registered at the desk: 登记人 and 登记时间, not a board post's 发布人 and 发布时间 */
export const rowLabels = { reporter: 'lf.registrar', created_at: 'lf.registered_at' };

export function detailRows(c, ui) {
  const d = typeDesc(type);
  return pairRows((d && d.fields) || [], c, ui, 'found_id');
}

/** 确认匹配, 排除匹配 and the return on the timeline name the found item (排除匹配 named nothing:
 *  which candidate was dismissed could not be told afterwards). A neighbouring station's
 *  item dismissed is named by what its entry recorded of it (it is no candidate any more). */
export function timelineLines(ev, c) {
  const d = ev && ev.kind === 'action' && ev.data && typeof ev.data === 'object' ? ev.data : null;
  if (!d || !d.found_id || !['match', 'dismiss_match', 'return'].includes(ev.action)) return [];
  return [[t('lf.tl_found'), caseLink(d.found_id, 'lf-tl-found', c.id, 'lost', ev.action === 'dismiss_match' ? d : null)]];
}

export function panels(c) {
  return { before: c.status === 'open' || c.status === 'matched' ? [matchesPanel(c)] : [], after: [] };
}

export function openAction(c, action, handlers) {
  if (action === 'match' || action === 'dismiss_match') return pointToMatches(actionLabel(action, type));
  // 撤销登记 cannot be undone: the report leaves matching for good (asked once more, after
  // the reason; it only asked for the reason)
  if (action === 'withdraw') {
    return openGenericAction(c, action, type, handlers, { confirm: t('lf.withdraw_confirm', `${c.code} ${c.title}`) });
  }
  return openGenericAction(c, action, type, handlers);
}
