// types/campaign_item.js — the front end of case type `campaign_item` (整改事项): its campaign
// (a link to #/campaigns/ID), checklist item, deadline and the rectification note; the actions
// (整改完成, 验收通过, 验收不通过) are the generic dialogs.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { fmtTime } from '../ui.js';

export const type = 'campaign_item';
export const backHash = '#/campaigns';
export const backLabel = 'camp.title';

export function detailRows(c) {
  return [
    [t('camp.title'), h('a', { href: '#/campaigns/' + c.campaign_id, dataset: { testid: 'item-campaign' } }, c.campaign_title || '#' + c.campaign_id)],
    c.address ? [t('camp.f.address'), c.address] : null,
    c.checklist_item ? [t('camp.col.check'), c.checklist_item] : null,
    [t('camp.col.deadline'), fmtTime(c.deadline).slice(0, 10), 'item-deadline'],
    c.rectify_note ? [t('camp.col.rectified'), `${fmtTime(c.rectified_at).slice(0, 10)} ${c.rectify_note}`] : null,
  ].filter(Boolean);
}
