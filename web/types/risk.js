// types/risk.js — the front end of case type `risk` (风险): the level badge, the figures, the
// control measures with a 完成 button each, and the create form (#/risks/new, also from a
// dispute's 民转刑 flag or a warning: ?dispute_id= / ?warning_id=).

import { h, clear } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { field, fmtTime, showError, showNotice } from '../ui.js';
import { navigate, setFlash, rerender } from '../router.js';
import { loadOrgs, orgOptions } from '../page-board.js';

export const type = 'risk';
export const newHash = '#/risks/new';
export const backHash = '#/risks';
export const backLabel = 'risk.title';
/** The register filtered to one unit's open risks (the grid map's heat layer links here). */
export const unitListHash = (orgId) => `#/risks?org_id=${orgId}&status=open`;

export const CATEGORIES = ['political', 'public_order', 'public_safety', 'economic', 'social_conflict', 'cyber'];
export const SOURCES = ['patrol', 'dispute', 'event', 'report', 'warning'];
export const LEVELS = ['red', 'orange', 'yellow', 'blue'];

export function isDanger(action) {
  return action === 'resolve';
}

export function levelBadge(level) {
  return level ? h('span', { class: 'badge risk-level risk-' + level, dataset: { testid: 'risk-level' } }, t('risk.level.' + level)) : null;
}

export function headBadges(c) {
  return [levelBadge(c.level)];
}

export function detailRows(c) {
  return [
    [t('risk.col.category'), c.category ? t('risk.cat.' + c.category) : t('common.none')],
    [t('risk.col.source'), c.source ? t('risk.source.' + c.source) : t('common.none')],
    [t('risk.col.likelihood') + ' × ' + t('risk.col.impact'), `${c.likelihood} × ${c.impact} = ${c.score}`, 'risk-score'],
    [t('risk.col.owner'), c.unit_name || t('common.none')],
    [t('risk.col.review'), c.review_at ? fmtTime(c.review_at) : t('common.none'), 'risk-review'],
    c.source_case_id ? [t('case.field.type'), h('a', { href: '#/case/' + c.source_case_id }, '#' + c.source_case_id)] : null,
  ].filter(Boolean);
}

function measuresPanel(c) {
  const list = Array.isArray(c.measures) ? c.measures : [];
  const canComplete = (c.allowed_actions || []).includes('complete_measure');
  return h('section', { class: 'panel risk-measures', dataset: { testid: 'risk-measures' } },
    h('h2', null, t('risk.measures')),
    list.length ? h('ol', { class: 'gov-session-list' }, list.map((m) => h('li', { dataset: { testid: 'risk-measure', state: m.state } },
      h('strong', null, m.text), ' ',
      h('span', { class: 'badge ' + (m.done ? 'status-closed' : 'status-open') }, t(m.done ? (m.late ? 'risk.measure_late' : 'risk.measure_done') : 'risk.measure_open')),
      h('div', { class: 'muted' }, m.owner_unit_name || '', '　', t('risk.measure_due', fmtTime(m.due_at))),
      !m.done && canComplete ? h('button', { type: 'button', class: 'btn btn-small', dataset: { testid: 'complete-measure-' + m.id },
        onclick: async (ev) => {
          ev.currentTarget.disabled = true;
          try {
            await api('POST', `/cases/${c.id}/actions`, { action: 'complete_measure', version: c.version, fields: { measure_id: m.id } });
            showNotice(t('case.action_done_msg', t('risk.complete')));
          } catch (e) { if (e.status !== 401) showError(e); }
          rerender();
        } }, t('risk.complete')) : null)))
      : h('p', { class: 'muted' }, t('risk.no_measures')));
}

export function panels(c) {
  return { before: [], after: [measuresPanel(c)] };
}

/* ---------- create form ---------- */

export async function renderNew(view, q, ctx) {
  document.title = `${t('risk.new')} - ${t('app.name')}`;
  const orgs = await loadOrgs();
  if (!ctx.isCurrent()) return;
  const disputeId = q.get('dispute_id');
  const warningId = q.get('warning_id');
  const title = h('input', { type: 'text', name: 'title', maxlength: 200, dataset: { testid: 'risk-title' } });
  const cat = h('select', { name: 'category', dataset: { testid: 'risk-category' } }, CATEGORIES.map((k) => h('option', { value: k }, t('risk.cat.' + k))));
  if (disputeId) cat.value = 'social_conflict';
  const source = h('select', { name: 'source', dataset: { testid: 'risk-source' } }, SOURCES.filter((s) => s !== 'dispute' && s !== 'warning').map((k) => h('option', { value: k }, t('risk.source.' + k))));
  const num = (name) => h('select', { name, dataset: { testid: 'risk-' + name } }, [1, 2, 3, 4, 5].map((n) => h('option', { value: String(n) }, String(n))));
  const like = num('likelihood');
  const impact = num('impact');
  const org = h('select', { name: 'org_id', dataset: { testid: 'risk-org' } }, orgOptions(orgs));
  const body = h('textarea', { name: 'body', rows: 3, maxlength: 10000 });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'risk-submit' } }, t('common.submit'));
  const form = h('form', { class: 'panel form', novalidate: true },
    h('h1', null, disputeId ? t('disp.new_risk') : warningId ? t('warnq.to_risk') : t('risk.new')),
    field(t('risk.col.title'), title, { required: true }),
    field(t('risk.col.category'), cat, { required: true }),
    disputeId || warningId ? null : field(t('risk.col.source'), source, { required: true }),
    disputeId || warningId ? null : field(t('risk.col.org'), org, { required: true }),
    h('div', { class: 'field-row' }, field(t('risk.col.likelihood'), like), field(t('risk.col.impact'), impact)),
    h('p', { class: 'hint' }, t('risk.matrix_hint')),
    field(t('case.field.body'), body),
    h('div', { class: 'form-buttons' }, submit));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!title.value.trim()) { showError(t('action.need_field', t('risk.col.title'))); title.focus(); return; }
    const payload = { type: 'risk', title: title.value.trim(), category: cat.value, likelihood: Number(like.value),
      impact: Number(impact.value), body: body.value.trim() || undefined };
    if (disputeId) payload.dispute_id = Number(disputeId);
    else if (warningId) payload.warning_id = Number(warningId);
    else { payload.source = source.value; payload.org_id = Number(org.value); }
    submit.disabled = true;
    try {
      const c = await api('POST', '/cases', payload);
      setFlash({ text: t('risk.created', c.code), kind: 'success' });
      navigate('#/case/' + c.id);
    } catch (e) {
      submit.disabled = false;
      if (e.status !== 401) showError(e);
    }
  });
  clear(view).append(form);
}
