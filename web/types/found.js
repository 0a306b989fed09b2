// types/found.js — the case page of a found item (拾遗物登记): the lost reports it may be, with
// the reasons (confirmed on the report), the return dialog (领取人 with ID card number, 权属核验)
// instead of a generic form, the receipt (领取凭证) once returned, the lost report by its code.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { openGenericAction } from './generic.js';
import { pairRows, matchesPanel } from './lostfound-kit.js';
import { openReturnDialog } from '../lostfound.js';
import { typeDesc } from '../state.js';

export const type = 'found';
/** the timeline's first entry: 登记 (registered at the desk), not a board post's 发布 */
export const createLabel = 'lf.create';

export function detailRows(c, ui) {
  const d = typeDesc(type);
  return pairRows((d && d.fields) || [], c, ui, 'lost_id');
}

export function panels(c) {
  const before = [];
  if (c.status === 'registered' || c.status === 'disposal_pending') before.push(matchesPanel(c));
  if (c.status === 'returned') {
    before.push(h('section', { class: 'panel' }, h('a', { class: 'btn', href: `#/lostfound/receipt/${c.id}`,
      dataset: { testid: 'lf-open-receipt' } }, t('lf.open_receipt'))));
  }
  return { before, after: [] };
}

export function openAction(c, action, handlers) {
  // the server closes the confirmed lost report with it (lost_id left out)
  if (action === 'return') return openReturnDialog(c, null, null);
  return openGenericAction(c, action, type, handlers);
}
