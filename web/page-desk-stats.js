// page-desk-stats.js — #/desk-stats (所情统计): the front desk's numbers for a police station and
// a period: 发案, 破案 and 破案率 against the same period a year earlier (by category or by
// month), help requests by category with the time to resolve, visits by purpose and minutes,
// CCTV reviews found / not found, lost and found (拾遗物 registered, returned, disposed of; lost
// reports and how many were handed back); each table exports to CSV and Excel with the same
// filters.

import { h, clear } from './dom.js';
import { getLang } from './i18n.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
import { session } from './state.js';
import { field } from './ui.js';
import { replaceQuery } from './router.js';
import { loadOrgs } from './page-board.js';
import { exportLinks } from './export.js';
import { barChart } from './charts.js';

const L = (zh, en) => (getLang() === 'en' ? en : zh);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function pct(v) {
  return v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;
}
function change(v) {
  if (v === null || v === undefined) return '—';
  return `${v > 0 ? '+' : ''}${v.toFixed(1)}%`;
}
function ymd(ms) {
  const d = new Date(ms + 8 * 3600 * 1000);
  return d.toISOString().slice(0, 10);
}
const num = (v) => h('td', { class: 'num' }, String(v));
/** A clearance rate with its fraction, 46.0%（23/50） in Chinese, 46.0% (23/50) in English. */
const clearanceCell = (c) => h('td', { class: 'num', title: `${c.numerator} / ${c.denominator}` },
  `${pct(c.value)}${L('（', ' (')}${c.numerator}/${c.denominator}${L('）', ')')}`);

function incidentTable(s) {
  const rows = [...s.groups.map((g) => ({ ...g, label: g.name || g.key })), { ...s.total, label: L('合计', 'Total'), total: true }];
  return h('table', { class: 'simple-table desk-stats', dataset: { testid: 'incident-table' } },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, s.group === 'month' ? L('月份', 'Month') : L('类别', 'Category')),
      h('th', { scope: 'col', class: 'num' }, L('发案', 'Filed')),
      h('th', { scope: 'col', class: 'num' }, L('去年同期', 'A year earlier')),
      h('th', { scope: 'col', class: 'num' }, L('同比', 'Change')),
      h('th', { scope: 'col', class: 'num' }, L('破案', 'Solved')),
      h('th', { scope: 'col', class: 'num' }, L('破案率', 'Clearance')),
      h('th', { scope: 'col', class: 'num' }, L('去年同期', 'A year earlier')),
      h('th', { scope: 'col', class: 'num' }, L('同比', 'Change')))),
    h('tbody', null, rows.map((g) => h('tr', { class: g.total ? 'total-row' : null, dataset: { group: g.key } },
      h('th', { scope: 'row' }, g.label),
      num(g.filed), num(g.previous.filed), num(change(g.change_pct.filed)),
      num(g.solved),
      clearanceCell(g.clearance), clearanceCell(g.previous.clearance),
      num(change(g.change_pct.clearance))))));
}

function card(key, value, label, sub) {
  return h('div', { class: 'count-card', dataset: { count: key } },
    h('div', { class: 'count-value' }, value), h('div', { class: 'count-label' }, label),
    sub ? h('div', { class: 'muted' }, sub) : null);
}

export async function render(view, q, ctx) {
  document.title = L('所情统计 - 平安', 'Desk statistics - Pingan');
  // Until a date is picked (in the inputs or the address) the period is the server's own year
  // up to now (no from, no to): the browser's clock guessed it, and a station PC whose clock is
  // behind left out the days it lags. The answer's period then shows in the inputs.
  let picked = DATE.test(q.get('from') || '') || DATE.test(q.get('to') || '');
  const f = {
    org: /^\d+$/.test(q.get('org') || '') ? q.get('org') : '',
    from: DATE.test(q.get('from') || '') ? q.get('from') : '',
    to: DATE.test(q.get('to') || '') ? q.get('to') : '',
    group: q.get('group') === 'month' ? 'month' : 'category',
  };
  view.append(h('div', { class: 'page-head' }, h('div', null,
    h('h1', null, L('所情统计', 'Desk statistics')),
    h('p', { class: 'muted' }, L('发案、破案与去年同期对比，群众求助、坐堂接待、视频调阅和失物招领情况。',
      'Incidents filed and solved against a year earlier; help requests, reception, CCTV reviews and lost and found.')))));
  const orgSel = h('select', { name: 'org_id', dataset: { testid: 'stats-org' } });
  const from = h('input', { type: 'date', name: 'from', value: f.from });
  const to = h('input', { type: 'date', name: 'to', value: f.to });
  const group = h('select', { name: 'group' }, h('option', { value: 'category' }, L('按类别', 'By category')),
    h('option', { value: 'month' }, L('按月份', 'By month')));
  group.value = f.group;
  const incExport = exportLinks('incident-stats');
  const deskExport = exportLinks('desk-stats');
  const filters = h('form', { class: 'filters', role: 'search' },
    field(L('派出所', 'Police station'), orgSel), field(L('起始日期', 'From'), from),
    field(L('截止日期', 'To'), to), field(L('分组', 'Group'), group));
  filters.addEventListener('submit', (ev) => ev.preventDefault());
  const cards = h('section', { class: 'counts', dataset: { testid: 'stats-cards' } });
  const incBox = h('div', { class: 'table-wrap' });
  const chartBox = h('div', { class: 'chart-box', dataset: { testid: 'stats-chart' } });
  const helpBox = h('div', { class: 'table-wrap' });
  const visitBox = h('div', { class: 'table-wrap' });
  const cctvBox = h('div');
  const lfBox = h('div');
  const lfExport = exportLinks('lf-desk-stats');
  view.append(h('section', { class: 'panel' }, filters), cards,
    h('section', { class: 'panel' }, h('h2', null, L('发案与破案', 'Incidents filed and solved')), incExport.el, incBox, chartBox),
    h('section', { class: 'panel' }, h('h2', null, L('群众求助', 'Help requests')), deskExport.el, helpBox),
    h('section', { class: 'panel' }, h('h2', null, L('坐堂接待', 'Reception')), visitBox),
    h('section', { class: 'panel' }, h('h2', null, L('视频调阅', 'CCTV reviews')), cctvBox),
    h('section', { class: 'panel', dataset: { testid: 'lf-desk-stats' } }, h('h2', null, L('失物招领', 'Lost and found')), lfExport.el, lfBox));

  const latest = newest(ctx);
  async function load() {
    const p = { org_id: orgSel.value || undefined, from: picked ? from.value || undefined : undefined,
      to: picked ? to.value || undefined : undefined };
    replaceQuery({ org: orgSel.value, from: p.from, to: p.to, group: group.value });
    incExport.set('/stats/incidents', { ...p, group: group.value });
    deskExport.set('/stats/desk', p);
    lfExport.set('/lostfound/stats', p);
    const answer = await latest(() => Promise.all([
      api('GET', '/stats/incidents' + query({ ...p, group: group.value })),
      api('GET', '/stats/desk' + query(p)),
      // the station's lost and found over the same period (GET /lostfound/stats, its total);
      // the page's other numbers stand without it
      api('GET', '/lostfound/stats' + query(p)).catch(() => null),
    ]));
    if (!answer) return;
    const [s, d, lf] = answer;
    if (!picked && s.from && s.to) {
      // the server's period: to is its now, and the input names the day after it (the period
      // ends at that day's start, as a picked date does)
      from.value = ymd(Date.parse(s.from));
      to.value = ymd(Date.parse(s.to) + 86400000);
    }
    const t = s.total;
    clear(cards).append(
      card('filed', String(t.filed), L('发案', 'Filed'), `${L('去年同期', 'A year earlier')} ${t.previous.filed}${L('，', ', ')}${change(t.change_pct.filed)}`),
      card('solved', String(t.solved), L('破案', 'Solved'), `${L('去年同期', 'A year earlier')} ${t.previous.solved}`),
      card('clearance', pct(t.clearance.value), L('破案率', 'Clearance'), `${L('去年同期', 'A year earlier')} ${pct(t.previous.clearance.value)}${L('，', ', ')}${change(t.change_pct.clearance)}`),
      card('help', String(d.help.reduce((a, x) => a + x.count, 0)), L('群众求助', 'Help requests')),
      card('visits', String(d.visits.reduce((a, x) => a + x.count, 0)), L('坐堂接待', 'Visits')));
    clear(incBox).append(incidentTable(s));
    const labels = s.groups.map((g) => g.name || g.key);
    clear(chartBox).append(barChart({ labels, width: Math.min(720, view.clientWidth || 720), title: L('发案与破案', 'Filed and solved'),
      series: [{ key: 'filed', label: L('发案', 'Filed'), cls: 's-reported', values: s.groups.map((g) => g.filed) },
        { key: 'solved', label: L('破案', 'Solved'), cls: 's-closed', values: s.groups.map((g) => g.solved) }] }));
    clear(helpBox).append(h('table', { class: 'simple-table', dataset: { testid: 'help-table' } },
      h('thead', null, h('tr', null, h('th', null, L('求助类别', 'Category')), h('th', { class: 'num' }, L('求助数', 'Requests')),
        h('th', { class: 'num' }, L('已解决', 'Resolved')), h('th', { class: 'num' }, L('平均解决时长（小时）', 'Average hours to resolve')))),
      h('tbody', null, d.help.map((x) => h('tr', null, h('th', { scope: 'row' }, x.name), num(x.count), num(x.resolved),
        num(x.avg_hours_to_resolve === null ? '—' : x.avg_hours_to_resolve.toFixed(1)))))));
    clear(visitBox).append(h('table', { class: 'simple-table', dataset: { testid: 'visit-table' } },
      h('thead', null, h('tr', null, h('th', null, L('来访事由', 'Purpose')), h('th', { class: 'num' }, L('接待人次', 'Visits')),
        h('th', { class: 'num' }, L('总时长（分钟）', 'Minutes')), h('th', { class: 'num' }, L('平均时长（分钟）', 'Average minutes')))),
      h('tbody', null, d.visits.map((x) => h('tr', null, h('th', { scope: 'row' }, x.name), num(x.count), num(x.minutes_total),
        num(x.minutes_avg === null ? '—' : x.minutes_avg.toFixed(1)))))));
    clear(cctvBox).append(h('div', { class: 'counts', dataset: { testid: 'cctv-counts' } },
      card('cctv-total', String(d.cctv.total), L('调阅申请', 'Requests')),
      card('cctv-pending', String(d.cctv.pending), L('待审批', 'Awaiting approval')),
      card('cctv-found', String(d.cctv.found), L('发现线索', 'Found')),
      card('cctv-not-found', String(d.cctv.not_found), L('未发现', 'Not found')),
      card('cctv-refused', String(d.cctv.refused), L('不予批准', 'Refused'))));
    // registered in the period, by what became of them: a found item handed back (拾遗物返还)
    // or, its claim period over, disposed of (依法处置); a lost report whose item came back
    const lt = ((lf && lf.items) || []).find((x) => x.category === null) || {};
    const n = (v) => (!lf ? '—' : String(v === undefined || v === null ? 0 : v));
    clear(lfBox).append(h('div', { class: 'counts', dataset: { testid: 'lf-desk-counts' } },
      card('lf-found', n(lt.found), L('拾遗物登记', 'Found items')),
      card('lf-found-returned', n(lt.found_returned), L('已返还失主', 'Returned to owners')),
      card('lf-disposed', n(lt.disposed), L('依法处置', 'Disposed of')),
      card('lf-lost', n(lt.lost), L('失物登记', 'Lost reports')),
      card('lf-lost-returned', n(lt.lost_returned), L('已领回', 'Handed back'),
        lt.return_rate === null || lt.return_rate === undefined ? null : `${L('返还率', 'Return rate')} ${pct(lt.return_rate)}`)));
  }
  for (const el of [from, to]) el.addEventListener('change', () => { picked = true; });
  for (const el of [orgSel, from, to, group]) el.addEventListener('change', () => load().catch(() => {}));

  const orgs = await loadOrgs();
  if (!ctx.isCurrent()) return;
  const stations = orgs.filter((o) => o.kind === 'police_station');
  orgSel.append(...stations.map((o) => h('option', { value: String(o.id) }, o.name)));
  const mine = ((session.user && session.user.grants) || []).find((g) => g.org_kind === 'police_station');
  orgSel.value = f.org || (mine ? String(mine.org_id) : (stations[0] ? String(stations[0].id) : ''));
  await load();
}
