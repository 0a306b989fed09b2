// page-gov.js — the governance pages: the mediator's queue (#/disputes, usable on a phone), the
// printable agreement (#/agreement/ID, A4), the risk register with its heat map (#/risks), the
// warnings queue with the thresholds (#/warnings) and the appraisal with its bulletin
// (#/appraisal).

import { h, clear, append } from './dom.js';

/** Empties el and puts content (an element, text or an array of them) into it. */
const fill = (el, content) => append(clear(el), [content]);
import { t, statusLabel, actionLabel } from './i18n.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
import { exportLinks } from './export.js';
import { showError, showNotice, fmtTime, statusBadge, field } from './ui.js';
import { replaceQuery } from './router.js';
import { hasRole, firstGrantOrg } from './state.js';
import { loadOrgs, orgOptions } from './page-board.js';
import { levelBadge as disputeLevel } from './types/dispute.js';
import { levelBadge as riskLevel, CATEGORIES, SOURCES, LEVELS } from './types/risk.js';

/* ================================================================ disputes */

const DISPUTE_TABS = {
  open: ['mediating', 'partial'],
  agreed: ['agreed'],
  closed: ['resolved', 'failed', 'referred'],
};

function disputeCard(c) {
  return h('a', { class: 'gov-card', href: '#/case/' + c.id, dataset: { testid: 'dispute-card', id: String(c.id) } },
    h('div', { class: 'gov-card-head' }, h('span', { class: 'code' }, c.code), ' ', statusBadge(c.status, 'dispute'), ' ', disputeLevel(c.level),
      c.violent_risk ? h('span', { class: 'badge gov-violent' }, t('disp.violent')) : null,
      c.warn === 'red' || c.warn === 'yellow' ? h('span', { class: 'badge warn-' + c.warn }, c.stage ? t('disp.' + c.stage) : '') : null),
    h('div', { class: 'gov-card-title' }, c.title),
    h('div', { class: 'muted' }, (c.category ? t('gov.kind.' + c.category) : ''), '　', c.org_name || '', '　', fmtTime(c.created_at)));
}

export async function renderDisputes(view, q, ctx) {
  document.title = `${t('disp.title')} - ${t('app.name')}`;
  const leader = hasRole('leader', 'admin');
  let tab = ['open', 'agreed', 'closed', 'watch'].includes(q.get('tab')) ? q.get('tab') : 'open';
  const exports = exportLinks('disputes');
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('disp.title')), h('p', { class: 'muted' }, t('disp.intro'))),
    h('div', { class: 'page-actions' }, h('a', { class: 'btn btn-primary', href: '#/disputes/new', dataset: { testid: 'dispute-new' } }, t('disp.new')), exports.el)));
  const tabs = h('div', { class: 'tabs', role: 'tablist' },
    ['open', 'agreed', 'closed', ...(leader ? ['watch'] : [])].map((k) => h('button', {
      type: 'button', role: 'tab', class: 'tab' + (k === tab ? ' active' : ''), dataset: { tab: k, testid: 'dispute-tab-' + k },
      onclick: () => { tab = k; replaceQuery({ tab }); for (const b of tabs.children) b.classList.toggle('active', b.dataset.tab === tab); load(); },
    }, t('disp.tab.' + k))));
  const list = h('div', { class: 'gov-cards', dataset: { testid: 'dispute-list' } });
  view.append(tabs, list);
  // newest request wins (loader.js): two tabs clicked quickly show the second one's list
  const latest = newest(ctx);
  async function load() {
    clear(list).append(h('p', { class: 'muted' }, t('common.loading')));
    let fetch;
    if (tab === 'watch') {
      exports.set('/disputes/watch');
      fetch = async () => ((await api('GET', '/disputes/watch')).items || []).map((x) => ({ ...x, violent_risk: true }));
    } else {
      const statuses = DISPUTE_TABS[tab];
      exports.set('/cases', { type: 'dispute', status: statuses.length === 1 ? statuses[0] : '' });
      fetch = async () => (await Promise.all(statuses.map((s) => api('GET', '/cases' + query({ type: 'dispute', status: s, limit: 200 })))))
        .flatMap((r) => r.items || []).sort((a, b) => b.id - a.id);
    }
    const items = await latest(fetch);
    if (!items) return;
    fill(list, items.length ? items.map(disputeCard) : h('p', { class: 'empty' }, t('disp.empty')));
  }
  await load();
}

/* ================================================================ the agreement (A4) */

export async function renderAgreement(view, id, ctx) {
  const c = await api('GET', '/cases/' + id);
  if (!ctx.isCurrent()) return;
  document.title = `${t('agr.title')} ${c.code} - ${t('app.name')}`;
  const side = (role) => (c.persons || []).filter((p) => p.role === role);
  const partyBlock = (role, label) => side(role).map((p) => h('p', { class: 'agr-party', dataset: { testid: 'agr-' + role } },
    h('strong', null, label, '：'), p.name || '＿＿＿＿', '　', p.phone ? t('agr.phone', p.phone) : '', p.id_number ? '　' + t('agr.id', p.id_number) : ''));
  const signLine = (label) => h('div', { class: 'agr-sign' }, h('span', null, label, '：'), h('span', { class: 'agr-line' }), h('span', { class: 'agr-date' }, t('agr.date')));
  const committee = c.unit_name || c.org_name || '';
  const paper = h('article', { class: 'agreement a4', dataset: { testid: 'agreement' } },
    h('h1', null, t('agr.title')),
    h('p', { class: 'agr-no' }, t('agr.no', c.code)),
    partyBlock('applicant', t('agr.applicant')),
    partyBlock('respondent', t('agr.respondent')),
    h('h2', null, t('agr.facts')),
    h('p', null, c.title, c.body ? '：' + c.body : ''),
    h('h2', null, t('agr.terms')),
    c.terms ? h('p', { class: 'agr-terms', dataset: { testid: 'agr-terms' } }, c.terms) : h('p', { class: 'muted' }, t('agr.not_agreed')),
    h('h2', null, t('agr.perform')),
    h('p', null, t('agr.perform_text')),
    h('p', null, t('agr.effect')),
    h('div', { class: 'agr-signs' },
      side('applicant').map(() => signLine(t('agr.sign_party'))),
      side('respondent').map(() => signLine(t('agr.sign_party'))),
      signLine(t('agr.sign_mediator'))),
    h('p', { class: 'agr-seal' }, t('agr.committee', committee)),
    h('p', { class: 'agr-seal' }, c.agreed_at ? fmtTime(c.agreed_at).slice(0, 10) : t('agr.date')));
  view.append(h('div', { class: 'page-head no-print' },
    h('a', { href: '#/case/' + c.id, class: 'btn btn-small' }, t('common.back')),
    h('button', { type: 'button', class: 'btn btn-primary', onclick: () => window.print(), dataset: { testid: 'agreement-print' } }, t('agr.print'))), paper);
}

/* ================================================================ risks */

const RISK_COLS = [
  ['code', 'risk.col.code'], ['title', 'risk.col.title'], ['category', 'risk.col.category'], ['status', 'risk.col.status'],
  ['org', 'risk.col.org'], ['source', 'risk.col.source'], ['likelihood', 'risk.col.likelihood'], ['impact', 'risk.col.impact'],
  ['score', 'risk.col.score'], ['level', 'risk.col.level'], ['owner_unit', 'risk.col.owner'], ['review_at', 'risk.col.review'],
  ['open_measures', 'risk.col.open_measures'], ['created_at', 'risk.col.created'],
];
const RISK_STATUSES = ['identified', 'assessed', 'controlled', 'resolved'];
const FILTER_KEYS = ['q', 'category', 'status', 'org_id', 'source', 'likelihood', 'impact', 'level', 'owner_unit_id', 'review_before', 'open_measures', 'created_from'];

export async function renderRisks(view, q, ctx) {
  document.title = `${t('risk.title')} - ${t('app.name')}`;
  const orgs = await loadOrgs();
  if (!ctx.isCurrent()) return;
  const state = { sort: q.get('sort') || 'score', order: q.get('order') || 'desc' };
  for (const k of FILTER_KEYS) state[k] = q.get(k) || '';
  const exports = exportLinks('risks');
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('risk.title')), h('p', { class: 'muted' }, t('risk.intro'))),
    h('div', { class: 'page-actions' }, h('a', { class: 'btn btn-primary', href: '#/risks/new', dataset: { testid: 'risk-new' } }, t('risk.new')), exports.el)));

  const colLabel = (key) => t((RISK_COLS.find(([k]) => k === key || k + '_id' === key) || [null, 'risk.f.q'])[1]);
  const sel = (key, options, testid) => {
    const el = h('select', { dataset: { testid: 'rf-' + (testid || key) }, 'aria-label': colLabel(key === 'org_id' ? 'org' : key === 'owner_unit_id' ? 'owner_unit' : key) },
      h('option', { value: '' }, t('common.all')), options.map(([v, label]) => h('option', { value: v }, label)));
    el.value = state[key];
    el.addEventListener('change', () => { state[key] = el.value; changed(); });
    return el;
  };
  const inp = (key, type, testid) => {
    const el = h('input', { type, dataset: { testid: 'rf-' + (testid || key) }, 'aria-label': key === 'q' ? t('risk.f.q') : key === 'review_before' ? t('risk.f.review_before') : t('risk.col.created'), value: state[key] });
    el.addEventListener('change', () => { state[key] = el.value; changed(); });
    return el;
  };
  const nums = [1, 2, 3, 4, 5].map((n) => [String(n), String(n)]);
  const orgOpts = orgs.map((o) => [String(o.id), o.name]);
  const filters = {
    code: inp('q', 'search', 'q'),
    title: null,
    category: sel('category', CATEGORIES.map((c) => [c, t('risk.cat.' + c)])),
    status: sel('status', [['open', t('risk.f.open')], ...RISK_STATUSES.map((s) => [s, statusLabel(s, 'risk')])]),
    org: sel('org_id', orgOpts, 'org'),
    source: sel('source', SOURCES.map((s) => [s, t('risk.source.' + s)])),
    likelihood: sel('likelihood', nums),
    impact: sel('impact', nums),
    score: null,
    level: sel('level', LEVELS.map((l) => [l, t('risk.level.' + l)])),
    owner_unit: sel('owner_unit_id', orgOpts, 'owner'),
    review_at: inp('review_before', 'date', 'review'),
    open_measures: sel('open_measures', [['true', t('risk.f.has_open')], ['false', t('risk.f.no_open')]]),
    created_at: inp('created_from', 'date', 'created'),
  };
  const thead = h('thead', null,
    h('tr', null, RISK_COLS.map(([k, label]) => h('th', { scope: 'col' }, h('button', {
      type: 'button', class: 'sort-btn', dataset: { testid: 'sort-' + k, sort: k },
      onclick: () => { state.order = state.sort === k && state.order === 'desc' ? 'asc' : 'desc'; state.sort = k; changed(); },
    }, t(label), h('span', { class: 'sort-mark' }))))),
    h('tr', { class: 'filter-row' }, RISK_COLS.map(([k]) => h('th', null, filters[k]))));
  const tbody = h('tbody');
  const info = h('p', { class: 'muted', dataset: { testid: 'risk-total' } });
  view.append(h('section', { class: 'panel' }, h('div', { class: 'table-wrap' }, h('table', { class: 'table risk-table', dataset: { testid: 'risk-table' } }, thead, tbody)), info));
  const heat = h('div', { class: 'table-wrap', dataset: { testid: 'risk-heat' } });
  const heatExports = exportLinks('heat');
  view.append(h('section', { class: 'panel' }, h('div', { class: 'page-head' }, h('h2', null, t('risk.heat')), heatExports.el), heat));

  function params() {
    const p = { sort: state.sort, order: state.order };
    for (const k of FILTER_KEYS) if (state[k]) p[k] = state[k];
    return p;
  }
  function changed() {
    replaceQuery(params());
    load();
  }
  const latest = newest(ctx);   // a sort or filter changed twice quickly: the second one's answer
  async function load() {
    const p = params();
    exports.set('/risks', p);
    for (const b of thead.querySelectorAll('.sort-btn')) {
      b.querySelector('.sort-mark').textContent = b.dataset.sort === state.sort ? (state.order === 'desc' ? ' ▼' : ' ▲') : '';
    }
    const answer = await latest(() => Promise.all([api('GET', '/risks' + query(p)), api('GET', '/risks/heatmap' + query(state.org_id ? { org_id: state.org_id } : {}))]));
    if (!answer) return;
    const [res, hm] = answer;
    heatExports.set('/risks/heatmap', state.org_id ? { org_id: state.org_id } : {});
    fill(tbody, res.items.length ? res.items.map((r) => h('tr', { dataset: { testid: 'risk-row', id: String(r.id), level: r.level } },
      h('td', null, h('a', { href: '#/case/' + r.id }, r.code)), h('td', null, r.title, r.shared ? h('span', { class: 'badge risk-shared', title: t('risk.shared_hint'), dataset: { testid: 'risk-shared' } }, t('risk.shared')) : null), h('td', null, t('risk.cat.' + r.category)),
      h('td', null, statusBadge(r.status, 'risk')), h('td', null, r.org_name), h('td', null, t('risk.source.' + r.source)),
      h('td', { class: 'num' }, String(r.likelihood)), h('td', { class: 'num' }, String(r.impact)), h('td', { class: 'num' }, String(r.score)),
      h('td', null, riskLevel(r.level)), h('td', null, r.owner_unit_name), h('td', null, fmtTime(r.review_at).slice(0, 10)),
      h('td', { class: 'num' }, String(r.open_measures)), h('td', null, fmtTime(r.created_at).slice(0, 10))))
      : h('tr', null, h('td', { colspan: RISK_COLS.length, class: 'empty' }, t('risk.empty'))));
    info.textContent = res.truncated ? t('risk.cut', res.total) : t('risk.total', res.total);
    const max = Math.max(1, ...hm.items.map((x) => Math.max(x.red, x.orange, x.yellow, x.blue)));
    clear(heat).append(h('table', { class: 'table heat-table' },
      h('thead', null, h('tr', null, h('th', null, t('risk.col.org')), LEVELS.map((l) => h('th', null, t('risk.level.' + l))), h('th', null, t('risk.total_col')))),
      h('tbody', null, hm.items.map((x) => h('tr', { dataset: { testid: 'heat-row', org: x.org_name } }, h('td', null, x.org_name),
        LEVELS.map((l) => h('td', { class: `num heat heat-${l} heat-s${heatStep(x[l], max)}` }, x[l] ? String(x[l]) : '')),
        h('td', { class: 'num' }, String(x.total)))))));
  }
  await load();
}

/** A heat cell's shade, 0 to 10: its count's share of the table's largest, in tenths (a class,
 * heat-s0 … heat-s10 in app.css; the page's Content-Security-Policy, style-src 'self', refuses a
 * style attribute, so the share cannot be written on the cell). A count above 0 is at least 1. */
function heatStep(n, max) {
  return n > 0 ? Math.max(1, Math.round((n / max) * 10)) : 0;
}

/* ================================================================ warnings */

const INDICATORS = ['dispute_kind', 'event_address', 'event_grid', 'complaint_unit'];

export async function renderWarnings(view, q, ctx) {
  document.title = `${t('warnq.title')} - ${t('app.name')}`;
  const exports = exportLinks('warnings');
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('warnq.title')), h('p', { class: 'muted' }, t('warnq.intro'))), exports.el));
  const list = h('div', { class: 'gov-cards', dataset: { testid: 'warning-list' } });
  view.append(list);
  async function act(c, action) {
    try {
      await api('POST', `/cases/${c.id}/actions`, { action, version: c.version });
      showNotice(t('case.action_done_msg', actionLabel(action, 'warning')));
    } catch (e) { if (e.status !== 401) showError(e); }
    load();
  }
  const latest = newest(ctx);
  async function load() {
    exports.set('/cases', { type: 'warning' });
    const answer = await latest(() => Promise.all(['open', 'acknowledged'].map((s) => api('GET', '/cases' + query({ type: 'warning', status: s, limit: 200 })))));
    if (!answer) return;
    const [a, b] = answer;
    const items = [...(a.items || []), ...(b.items || [])].sort((x, y) => y.id - x.id);
    fill(list, items.length ? items.map((c) => h('div', { class: 'gov-card', dataset: { testid: 'warning-card', id: String(c.id) } },
      h('div', { class: 'gov-card-head' }, h('a', { href: '#/case/' + c.id, class: 'code' }, c.code), ' ', statusBadge(c.status, 'warning')),
      h('div', { class: 'gov-card-title' }, c.title),
      h('div', { class: 'muted' }, t('warnq.ind.' + c.indicator), '　', t('warnq.value', c.value, c.threshold, c.window_days), '　', fmtTime(c.created_at)),
      h('div', { class: 'form-buttons' },
        c.status === 'open'
          ? h('button', { type: 'button', class: 'btn btn-small', dataset: { testid: 'warning-ack' }, onclick: () => act(c, 'acknowledge') }, actionLabel('acknowledge', 'warning')) : null,
        h('a', { class: 'btn btn-small btn-primary', href: '#/risks/new?warning_id=' + c.id, dataset: { testid: 'warning-risk' } }, t('warnq.to_risk')))))
      : h('p', { class: 'empty' }, t('warnq.empty')));
  }
  await load();
  if (hasRole('admin')) await thresholdsPanel(view, ctx);
}

async function thresholdsPanel(view, ctx) {
  const orgs = await loadOrgs();
  const res = await api('GET', '/monitor/thresholds');
  if (!ctx.isCurrent()) return;
  const org = h('select', { dataset: { testid: 'thr-org' } }, orgOptions(orgs));
  const ind = h('select', { dataset: { testid: 'thr-indicator' } }, INDICATORS.map((i) => h('option', { value: i }, t('warnq.ind.' + i))));
  const n = h('input', { type: 'number', min: 1, value: 3, dataset: { testid: 'thr-threshold' } });
  const days = h('input', { type: 'number', min: 1, max: 366, value: 30, dataset: { testid: 'thr-days' } });
  const rows = h('tbody', null, (res.items || []).map((x) => h('tr', null, h('td', null, x.org_name), h('td', null, t('warnq.ind.' + x.indicator)),
    h('td', { class: 'num' }, String(x.threshold)), h('td', { class: 'num' }, String(x.window_days)))));
  const form = h('form', { class: 'field-row' }, field(t('warnq.unit'), org), field(t('warnq.indicator'), ind), field(t('warnq.threshold'), n), field(t('warnq.window'), days),
    h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'thr-save' } }, t('warnq.set')));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await api('PUT', '/monitor/thresholds', { org_id: Number(org.value), indicator: ind.value, threshold: Number(n.value), window_days: Number(days.value) });
      showNotice(t('warnq.saved'));
    } catch (e) { if (e.status !== 401) showError(e); }
  });
  view.append(h('section', { class: 'panel' }, h('h2', null, t('warnq.thresholds')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'table' }, h('thead', null, h('tr', null,
      h('th', null, t('warnq.unit')), h('th', null, t('warnq.indicator')), h('th', null, t('warnq.threshold')), h('th', null, t('warnq.window')))), rows)), form));
}

/* ================================================================ appraisal */

const pct = (v) => (v === null || v === undefined ? '—' : (v * 100).toFixed(1) + '%');
const delta = (v) => (v === null || v === undefined ? '—' : (v > 0 ? '+' : '') + v.toFixed(2));

export async function renderAppraisal(view, q, ctx) {
  document.title = `${t('appr.title')} - ${t('app.name')}`;
  const orgs = await loadOrgs();
  if (!ctx.isCurrent()) return;
  const today = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10);
  const monthAgo = new Date(Date.now() + 8 * 3600000 - 30 * 86400000).toISOString().slice(0, 10);
  const level = h('select', { dataset: { testid: 'appr-level' } }, ['unit', 'person'].map((l) => h('option', { value: l }, t('appr.level.' + l))));
  level.value = q.get('level') || 'unit';
  const org = h('select', { dataset: { testid: 'appr-org' } }, orgOptions(orgs));
  org.value = q.get('org_id') || String(firstGrantOrg() || '');
  const from = h('input', { type: 'date', value: q.get('from') || monthAgo, dataset: { testid: 'appr-from' } });
  const to = h('input', { type: 'date', value: q.get('to') || today, dataset: { testid: 'appr-to' } });
  const exports = exportLinks('appraisal');
  const show = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'appr-show' } }, t('appr.show'));
  const bulletinBtn = h('button', { type: 'button', class: 'btn', dataset: { testid: 'appr-bulletin' } }, t('appr.bulletin'));
  const form = h('form', { class: 'field-row no-print' }, field(t('appr.level'), level), field(t('appr.org'), org), field(t('appr.from'), from), field(t('appr.to'), to), show, bulletinBtn);
  const table = h('div', { class: 'table-wrap', dataset: { testid: 'appr-table' } });
  const bulletin = h('article', { class: 'bulletin a4', hidden: true, dataset: { testid: 'bulletin' } });
  view.append(h('div', { class: 'page-head no-print' }, h('div', null, h('h1', null, t('appr.title')), h('p', { class: 'muted' }, t('appr.intro'))), exports.el),
    h('section', { class: 'panel no-print' }, form, h('p', { class: 'hint' }, t('appr.formula'))), h('section', { class: 'panel no-print' }, table), bulletin);
  let last = null;
  // the end date is inclusive on the page: the API's "to" is the start of the next day
  const nextDay = (d) => (d ? new Date(Date.parse(d + 'T00:00:00Z') + 86400000).toISOString().slice(0, 10) : '');
  const params = () => ({ level: level.value, org_id: org.value, from: from.value, to: nextDay(to.value) });
  const latest = newest(ctx);
  async function load() {
    const p = params();
    replaceQuery({ ...p, to: to.value });
    exports.set('/appraisal', p);
    const r = await latest(() => api('GET', '/appraisal' + query(p)));
    if (!r) return;
    last = r;
    const comps = (r.items[0] && r.items[0].components) || [];
    clear(table).append(h('table', { class: 'table appr-table' },
      h('thead', null, h('tr', null, h('th', null, t('appr.rank')), h('th', null, t('appr.name')), h('th', null, t('appr.score')),
        comps.map((c) => h('th', null, c.name, h('div', { class: 'muted small' }, t('appr.weights') + ' ' + c.weight))),
        h('th', null, t('appr.prev')), h('th', null, t('appr.year')))),
      h('tbody', null, r.items.map((x) => h('tr', { dataset: { testid: 'appr-row' } },
        h('td', { class: 'num' }, String(x.rank)), h('td', null, x.name),
        h('td', { class: 'num', dataset: { testid: 'appr-score' } }, x.score === null ? t('appr.no_data') : x.score.toFixed(2)),
        x.components.map((c) => h('td', { class: 'num' }, pct(c.value), h('div', { class: 'muted small' }, `${c.numerator}/${c.denominator}`))),
        h('td', { class: 'num' }, delta(x.change.previous_delta)), h('td', { class: 'num' }, delta(x.change.year_ago_delta)))))));
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); bulletin.hidden = true; load(); });
  bulletinBtn.addEventListener('click', () => {
    if (!last) return;
    const scored = last.items.filter((x) => x.score !== null);
    const top = scored.slice(0, 3);
    const bottom = scored.length > 3 ? scored.slice(-3).reverse() : [];
    const lines = (xs) => h('ol', null, xs.map((x) => h('li', null, `${x.name}：${x.score.toFixed(2)}（`,
      x.components.filter((c) => c.denominator > 0).map((c) => `${c.name} ${pct(c.value)}（${c.numerator}/${c.denominator}）`).join('，'), '）')));
    fill(bulletin, [h('h1', null, t('appr.bulletin_title')),
      h('p', null, t('appr.bulletin_period', from.value, to.value), '　', org.options[org.selectedIndex] ? org.options[org.selectedIndex].textContent.trim() : ''),
      h('h2', null, t('appr.top')), lines(top),
      bottom.length ? [h('h2', null, t('appr.bottom')), lines(bottom)] : null,
      h('p', { class: 'hint' }, t('appr.formula')),
      h('p', { class: 'no-print' }, h('button', { type: 'button', class: 'btn btn-primary', onclick: () => window.print() }, t('appr.print')))]);
    bulletin.hidden = false;
    bulletin.scrollIntoView();
  });
  await load();
}

