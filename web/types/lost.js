// types/lost.js — the case page of a lost report (失物登记): its match candidates with the
// reasons (确认匹配 / 排除 on each, as on the desk), the matched found item by its code.

import { h } from '../dom.js';
import { t, actionLabel } from '../i18n.js';
import { openGenericAction } from './generic.js';
import { pairRows, matchesPanel, pointToMatches, caseLink, withPlace } from './lostfound-kit.js';
import { typeDesc, isStaff } from '../state.js';
import { L } from './desk-kit.js';
import { officeLine } from '../page-mylost.js';

export const type = 'lost';
/** the timeline's first entry: 登记 (registered at the desk), not a board post's 发布 */
export const createLabel = 'lf.create';
/** registered at the desk: 登记人 and 登记时间, not a board post's 发布人 and 发布时间 */
export const rowLabels = { reporter: 'lf.registrar', created_at: 'lf.registered_at' };

/** The fields a case page shows as rows: a citizen's own report (群众自行登记) leaves out the
 *  desk's (the server sends no matched found item to them) and says where to claim in a panel;
 *  staff read 群众自行登记 as a row when the owner registered it. */
const NOT_ROWS = ['claim_office', 'self_reported'];
export function detailRows(c, ui) {
  const d = typeDesc(type);
  const fields = ((d && d.fields) || []).filter((f) => !NOT_ROWS.includes(f.name) && (isStaff() || f.name !== 'found_id'));
  const rows = withPlace(pairRows(fields, c, ui, 'found_id'), c, 'lf.lost_place', 'case-field-lost_from');
  if (isStaff() && c.self_reported) rows.push([L('登记方式', 'Registered by'), L('群众自行登记', 'the owner, online'), 'lf-self-reported']);
  return rows;
}

/** What the owner reads on their own report, by its status: still looked for, found and where
 *  to claim it (the keeping station's claim office, bring ID), handed back, withdrawn. */
function ownerPanel(c) {
  const o = c.claim_office;
  const text = c.status === 'matched'
    ? [h('p', { class: 'lf-owner-found' }, L(`派出所已找到可能是您的物品。请携带本人身份证件到${(o && o.station) || c.org_name}认领，认领时需说明物品特征以便核对。`,
      `The station has found an item that may be yours. Bring your ID card to ${(o && o.station) || c.org_name} to claim it; you will be asked to describe the item.`)),
    o && officeLine(o) ? h('p', { dataset: { testid: 'lf-owner-office' } }, officeLine(o)) : null,
    o && o.phone ? h('p', null, h('a', { class: 'btn', href: 'tel:' + o.phone.replace(/[^\d+]/g, '') }, L('拨打电话', 'Call the station'))) : null]
    : c.status === 'open' ? [h('p', null, L('派出所正在将您的登记与拾到的物品比对，找到后会在“消息”中告诉您。', 'The station is comparing your report with the items handed in; Messages tells you when it is found.'))]
      : c.status === 'returned' ? [h('p', null, L('物品已领回，登记已办结。', 'The item was handed back; the report is closed.'))]
        : [h('p', null, L('该登记已撤销。', 'This report was withdrawn.'))];
  return h('section', { class: 'panel lf-owner', dataset: { testid: 'lf-owner-panel' } }, h('h2', null, L('查找进度', 'Progress')), ...text);
}

/** 确认匹配, 排除匹配 and the return on the timeline name the found item (排除匹配 named nothing:
 *  which candidate was dismissed could not be told afterwards). A neighbouring station's
 *  item dismissed is named by what its entry recorded of it (it is no candidate any more). */
export function timelineLines(ev, c) {
  if (!isStaff()) return [];
  const d = ev && ev.kind === 'action' && ev.data && typeof ev.data === 'object' ? ev.data : null;
  if (!d || !d.found_id || !['match', 'dismiss_match', 'return'].includes(ev.action)) return [];
  return [[t('lf.tl_found'), caseLink(d.found_id, 'lf-tl-found', c.id, 'lost', ev.action === 'dismiss_match' ? d : null)]];
}

export function panels(c) {
  if (!isStaff()) return { before: [ownerPanel(c)], after: [] };
  return { before: c.status === 'open' || c.status === 'matched' ? [matchesPanel(c)] : [], after: [] };
}

/** The citizen's way back is their own list (我的失物登记); the desk's is its home page. */
export function backHash() {
  return isStaff() ? null : '#/mylost';
}
export function backLabelKey() {
  return isStaff() ? 'common.back' : 'nav.mylost';
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
