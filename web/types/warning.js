// types/warning.js — the front end of case type `warning` (监测预警): what was counted, and the
// step that turns it into a risk (#/risks/new?warning_id=).

import { h } from '../dom.js';
import { t } from '../i18n.js';

export const type = 'warning';
export const backHash = '#/warnings';
export const backLabel = 'warnq.title';

export function detailRows(c) {
  return [
    [t('warnq.indicator'), c.indicator ? t('warnq.ind.' + c.indicator) : t('common.none')],
    [t('warnq.threshold'), t('warnq.value', c.value, c.threshold, c.window_days), 'warning-value'],
    c.risk_id ? [t('risk.title'), h('a', { href: '#/case/' + c.risk_id }, '#' + c.risk_id)] : null,
  ].filter(Boolean);
}

export function panels(c) {
  const open = !c.closed_at;
  return {
    before: [],
    after: open ? [h('section', { class: 'panel' },
      h('a', { class: 'btn btn-primary', href: '#/risks/new?warning_id=' + c.id, dataset: { testid: 'warning-to-risk' } }, t('warnq.to_risk')))] : [],
  };
}
