// page-dashboard.js — #/dashboard (指标看板): GET /api/v1/indicators with the filters (unit,
// from, to, platform, category, group by day/week) kept in the hash; every indicator with its
// numerator and denominator; hand-drawn SVG charts of the trend and of reports by category and
// platform; CSV and Excel downloads of the same query (the cookie authenticates a plain link).

import { h, clear } from './dom.js';
import { t, getLang } from './i18n.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
import { showError, field } from './ui.js';
import { replaceQuery } from './router.js';
import { watch } from './live.js';
import { loadOrgs, orgOptions } from './page-board.js';
import { loadCategories, PLATFORMS, platformLabel } from './events.js';
import { columnChart, lineChart, barChart } from './charts.js';

const date = (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v || '') ? v : '');

/** "2026-11-29" → "2026-11-30": the form's "to" is inclusive, the API's exclusive. */
function nextDay(d) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return d;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + 1)).toISOString().slice(0, 10);
}

function prevDay(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(s || ''));
  if (!m) return '';
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] - 1)).toISOString().slice(0, 10);
}

/** Whether an indicator is a ratio (shown as a percentage): the API says so in `kind`. */
function isRate(ind) {
  return ind.kind === 'ratio';
}

/** Whether an indicator is a time in hours. */
function isHours(ind) {
  return ind.kind === 'hours';
}

/** The indicator's name in the chosen language. */
function indName(ind) {
  return (getLang() === 'en' ? ind.name_en : ind.name) || ind.name || ind.code;
}

export function fmtIndicator(ind) {
  const v = ind.value;
  if (v === null || v === undefined || Number.isNaN(Number(v))) return t('common.none');
  const n = Number(v);
  if (isRate(ind)) return `${(n * 100).toFixed(1)}%`;
  if (isHours(ind)) return t('common.hours', Math.round(n * 10) / 10);
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

const numOrDash = (v) => (v === null || v === undefined ? t('common.none') : String(Math.round(Number(v) * 100) / 100));

/** A short period label: "11-23" for a day, or the period as sent. */
function periodLabel(p) {
  const m = /^\d{4}-(\d{2}-\d{2})$/.exec(String(p));
  return m ? m[1] : String(p);
}

export async function render(view, q, ctx) {
  document.title = `${t('dash.title')} - ${t('app.name')}`;
  const f = {
    org: /^\d+$/.test(q.get('org') || '') ? q.get('org') : '',
    from: date(q.get('from')),
    to: date(q.get('to')),
    platform: PLATFORMS.includes(q.get('platform')) ? q.get('platform') : '',
    category: /^[A-Za-z0-9_.-]{1,32}$/.test(q.get('category') || '') ? q.get('category') : '',
    group: q.get('group') === 'week' ? 'week' : 'day',
  };

  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('dash.title')), h('p', { class: 'muted' }, t('dash.intro')))));

  /* --- filters --- */
  const orgSel = h('select', { name: 'org_id', dataset: { testid: 'dash-org' } }, h('option', { value: '' }, t('dash.all_scope')));
  const from = h('input', { type: 'date', name: 'from', value: f.from });
  const to = h('input', { type: 'date', name: 'to', value: f.to });
  const platform = h('select', { name: 'platform' }, h('option', { value: '' }, t('common.all')),
    PLATFORMS.map((p) => h('option', { value: p }, platformLabel(p))));
  platform.value = f.platform;
  const category = h('select', { name: 'category' }, h('option', { value: '' }, t('common.all')));
  const group = h('select', { name: 'group' },
    h('option', { value: 'day' }, t('dash.group.day')), h('option', { value: 'week' }, t('dash.group.week')));
  group.value = f.group;
  const csv = h('a', { class: 'btn', download: '', dataset: { testid: 'dash-csv' } }, t('dash.csv'));
  const xlsx = h('a', { class: 'btn', download: '', dataset: { testid: 'dash-xlsx' } }, t('dash.xlsx'));
  const filters = h('form', { class: 'filters dash-filters', role: 'search', 'aria-label': t('board.filters') },
    field(t('dash.f.org'), orgSel),
    field(t('dash.f.from'), from),
    field(t('dash.f.to'), to),
    field(t('dash.f.platform'), platform),
    field(t('dash.f.category'), category),
    field(t('dash.f.group'), group));
  filters.addEventListener('submit', (ev) => ev.preventDefault());
  view.append(h('section', { class: 'panel dash-filter-panel' }, filters,
    h('div', { class: 'dash-downloads' }, h('span', { class: 'muted range', dataset: { testid: 'dash-range' } }), csv, xlsx)));

  /* --- output --- */
  const cards = h('section', { class: 'counts dash-cards', 'aria-label': t('dash.cards') });
  const tbody = h('tbody');
  const table = h('table', { class: 'simple-table indicators', dataset: { testid: 'indicator-table' } },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('dash.col.name')),
      h('th', { scope: 'col', class: 'num' }, t('dash.col.value')),
      h('th', { scope: 'col', class: 'num' }, t('dash.col.numerator')),
      h('th', { scope: 'col', class: 'num' }, t('dash.col.denominator')))),
    tbody);
  const trendBox = h('div', { class: 'chart-box', dataset: { testid: 'chart-trend' } });
  const catBox = h('div', { class: 'chart-box', dataset: { testid: 'chart-category' } });
  const platBox = h('div', { class: 'chart-box', dataset: { testid: 'chart-platform' } });
  const status = h('p', { class: 'muted' }, t('common.loading'));
  view.append(status, cards,
    h('div', { class: 'dash-grid' },
      h('section', { class: 'panel dash-table' }, h('h2', null, t('dash.table')), h('div', { class: 'table-wrap' }, table)),
      h('section', { class: 'panel dash-trend' }, h('h2', null, t('dash.trend')), trendBox),
      h('section', { class: 'panel' }, h('h2', null, t('dash.by_category')), catBox),
      h('section', { class: 'panel' }, h('h2', null, t('dash.by_platform')), platBox)));

  let data = null;

  function current() {
    return { org: orgSel.value || f.org, from: from.value, to: to.value, platform: platform.value, category: category.value || f.category, group: group.value };
  }

  function params(c) {
    return { org_id: c.org, from: c.from, to: c.to ? nextDay(c.to) : '', platform: c.platform, category: c.category, group: c.group };
  }

  function drawCharts() {
    if (!data) return;
    const series = (rows) => [
      { key: 'reported', label: t('dash.s.reported'), cls: 's-reported', values: rows.map((r) => r.reported) },
      { key: 'closed', label: t('dash.s.closed'), cls: 's-closed', values: rows.map((r) => r.closed) },
    ];
    const trend = Array.isArray(data.trend) ? data.trend : [];
    const tw = trendBox.clientWidth || 600;
    const trendArgs = { labels: trend.map((r) => periodLabel(r.period)), series: series(trend), width: tw, title: t('dash.trend') };
    clear(trendBox).append(trend.length > 20 ? lineChart(trendArgs) : columnChart(trendArgs));
    const cats = Array.isArray(data.by_category) ? data.by_category : [];
    clear(catBox).append(barChart({ labels: cats.map((r) => r.name || r.code), series: series(cats), width: catBox.clientWidth || 500, title: t('dash.by_category') }));
    const plats = Array.isArray(data.by_platform) ? data.by_platform : [];
    clear(platBox).append(barChart({ labels: plats.map((r) => r.name || platformLabel(r.code)), series: series(plats), width: platBox.clientWidth || 500, title: t('dash.by_platform') }));
  }

  function draw() {
    const inds = Array.isArray(data.indicators) ? data.indicators : [];
    clear(tbody);
    for (const ind of inds) {
      tbody.append(h('tr', { dataset: { code: ind.code || '', value: ind.value === null || ind.value === undefined ? '' : String(ind.value) } },
        h('th', { scope: 'row' }, indName(ind)),
        h('td', { class: 'num ind-value' }, fmtIndicator(ind)),
        h('td', { class: 'num' }, numOrDash(ind.numerator)),
        h('td', { class: 'num' }, numOrDash(ind.denominator))));
    }
    if (!inds.length) tbody.append(h('tr', null, h('td', { colspan: 4, class: 'muted' }, t('chart.no_data'))));
    clear(cards);
    const card = (code, value, label, rate) => h('div', { class: 'count-card' + (rate ? ' count-rate' : ''), dataset: { count: code } },
      h('div', { class: 'count-value' }, value),
      h('div', { class: 'count-label' }, label));
    const byCode = (c) => inds.find((i) => i.code === c);
    // The closed count (办结数) is the numerator of 结案率 (closed or settled events of the period).
    const closure = byCode('closure_rate');
    const closedCount = byCode('closed') ? null
      : closure && closure.numerator !== null && closure.numerator !== undefined ? Number(closure.numerator)
        : (Array.isArray(data.trend) ? data.trend.reduce((n, p) => n + (Number(p.closed) || 0), 0) : null);
    const shownCards = [];
    const rep = byCode('reported');
    if (rep) shownCards.push(card(rep.code, fmtIndicator(rep), indName(rep), false));
    if (closedCount !== null) shownCards.push(card('closed', String(closedCount), t('dash.closed_count'), false));
    for (const ind of inds) {
      if (shownCards.length >= 6) break;
      if (ind === rep) continue;
      shownCards.push(card(ind.code || '', fmtIndicator(ind), indName(ind), isRate(ind)));
    }
    cards.append(...shownCards);
    // `to` is exclusive: a midnight means the day before; "now" means today.
    const shownTo = !data.to ? '' : (/T00:00(:00)?/.test(String(data.to)) ? prevDay(data.to) : String(data.to).slice(0, 10));
    dataRange(data.from, shownTo);
    drawCharts();
  }

  const rangeEl = view.querySelector('[data-testid=dash-range]');
  function dataRange(a, b) {
    rangeEl.textContent = a || b ? t('dash.range', String(a || '').slice(0, 10), String(b || '').slice(0, 10)) : '';
  }

  function setDownloads(c) {
    const p = params(c);
    csv.href = '/api/v1/indicators' + query({ ...p, format: 'csv' });
    xlsx.href = '/api/v1/indicators' + query({ ...p, format: 'xlsx' });
  }

  const latest = newest(ctx, { busy: (on) => { status.hidden = !on; } });
  async function load() {
    const c = current();
    setDownloads(c);
    const res = await latest(() => api('GET', '/indicators' + query(params(c))));
    if (!res) return;
    data = res;
    draw();
  }

  function apply() {
    if (from.value && to.value && from.value > to.value) to.value = from.value;
    const c = current();
    replaceQuery({ org: c.org, from: c.from, to: c.to, platform: c.platform, category: c.category, group: c.group === 'day' ? '' : c.group });
    load();
  }
  for (const el of [orgSel, from, to, platform, category, group]) el.addEventListener('change', () => {
    if (el === orgSel) f.org = orgSel.value;
    if (el === category) f.category = category.value;
    apply();
  });

  let resizeTimer = null;
  const onResize = () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (ctx.isCurrent()) drawCharts(); else window.removeEventListener('resize', onResize); }, 200);
  };
  window.addEventListener('resize', onResize);

  watch(ctx, (d) => d.type === 'event' || d.type === undefined, () => load(), 3000);

  const fill = Promise.all([
    loadOrgs().then((orgs) => {
      if (!ctx.isCurrent()) return;
      orgSel.append(...orgOptions(orgs.filter((o) => o.kind !== 'department')));
      orgSel.value = f.org;
      if (orgSel.value !== f.org) { orgSel.value = ''; f.org = ''; }
    }),
    loadCategories().then((cats) => {
      if (!ctx.isCurrent()) return;
      for (const top of cats.filter((c) => !c.parent)) {
        category.append(h('option', { value: top.code }, top.name));
        for (const s of cats.filter((c) => c.parent === top.code)) category.append(h('option', { value: s.code }, '\u3000' + s.name));
      }
      category.value = f.category;
      if (category.value !== f.category) { category.value = ''; f.category = ''; }
    }),
  ]).catch((e) => { if (ctx.isCurrent() && e.status !== 401) showError(e); });

  await Promise.all([load(), fill]);
}
