// page-board.js — #/board: the 我爱我家 board. Counts from GET /board, posts from
// GET /cases?type=suggestion with filters kept in the hash query (so "back" restores them),
// and "load more" through next_cursor.

import { h, clear } from './dom.js';
import { t, statusLabel } from './i18n.js';
import { api, query } from './api.js';
import { exportLinks } from './export.js';
import { session } from './state.js';
import { showError, fmtTime, fmtHours, dash, statusBadge, field } from './ui.js';
import { navigate, replaceQuery } from './router.js';
import { watch } from './live.js';
import { newest } from './loader.js';

const STATUSES = ['open', 'in_progress', 'done', 'declined'];
const PAGE_SIZE = 50;

let orgCache = { userId: null, items: null };

/** GET /api/v1/orgs once per signed-in user. */
export async function loadOrgs() {
  const uid = session.user && session.user.id;
  if (orgCache.userId === uid && orgCache.items) return orgCache.items;
  const res = await api('GET', '/orgs');
  orgCache = { userId: uid, items: (res && res.items) || [] };
  return orgCache.items;
}

/** <option>s for an org select, indented by depth (parents come before children). */
export function orgOptions(orgs) {
  const min = orgs.reduce((m, o) => Math.min(m, Number(o.depth) || 0), Infinity);
  return orgs.map((o) => h('option', { value: String(o.id) },
    '\u3000'.repeat(Math.max(0, (Number(o.depth) || 0) - (Number.isFinite(min) ? min : 0))) + o.name));
}

/** "2026-11-29" → "2026-11-30": the form's "to" date is inclusive, the API's is exclusive. */
function nextDay(date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + 1));
  return d.toISOString().slice(0, 10);
}

function readFilters(q) {
  const date = (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v || '') ? v : '');
  return {
    status: STATUSES.includes(q.get('status')) ? q.get('status') : '',
    org: /^\d+$/.test(q.get('org') || '') ? q.get('org') : '',
    assigned: q.get('assigned') === '1',
    posted: q.get('posted') === '1',
    from: date(q.get('from')),
    to: date(q.get('to')),
    q: (q.get('q') || '').slice(0, 64),
  };
}

function countCard(key, value, status) {
  return h('div', { class: 'count-card' + (status ? ' count-' + status : ''), dataset: { count: key } },
    h('div', { class: 'count-value' }, value),
    h('div', { class: 'count-label' }, t('board.count.' + key)));
}

function renderCounts(box, b) {
  clear(box);
  const n = (v) => (v === null || v === undefined ? t('common.none') : String(v));
  box.append(
    countCard('open', n(b.open), 'open'),
    countCard('in_progress', n(b.in_progress), 'in_progress'),
    countCard('done_this_week', n(b.done_this_week), 'done'),
    countCard('avg_hours_to_done', fmtHours(b.avg_hours_to_done)),
    countCard('declined', n(b.declined), 'declined'));
}

/** The "result" column: the result of a done post, the reason of a declined one. A reopened post
 *  still carries the rejected result; it is not shown as if it were the outcome. */
function resultCell(c) {
  if (c.status === 'done' && c.result) return h('span', { class: 'result-text', title: c.result }, c.result);
  if (c.status === 'declined' && c.decline_reason) {
    return h('span', { class: 'result-text muted', title: c.decline_reason }, t('board.declined_prefix') + c.decline_reason);
  }
  return t('common.none');
}

function caseRow(c) {
  const href = '#/case/' + c.id;
  const td = (key, ...content) => h('td', { class: 'col-' + key, 'data-label': t('board.col.' + key) }, ...content);
  // The whole row is clickable for the mouse; keyboard and screen-reader users get the title link.
  const tr = h('tr', { class: 'case-row', dataset: { caseId: String(c.id), code: c.code || '' } },
    td('code', h('span', { class: 'code' }, dash(c.code))),
    td('title', h('a', { href, class: 'case-link' }, dash(c.title))),
    td('status', statusBadge(c.status)),
    td('unit', dash(c.org_name)),
    td('poster', dash(c.reporter_name)),
    td('assignee', dash(c.assignee_name)),
    td('created', h('time', { datetime: c.created_at || '' }, fmtTime(c.created_at))),
    td('result', resultCell(c)));
  tr.addEventListener('click', (ev) => {
    if (ev.target.closest('a')) return; // the link navigates by itself
    navigate(href);
  });
  return tr;
}

export async function render(view, q, ctx) {
  document.title = `${t('board.title')} - ${t('app.name')}`;
  const f = readFilters(q);

  /* --- heading --- */
  const exports = exportLinks('board');
  view.append(h('div', { class: 'page-head' },
    h('div', null,
      h('h1', null, t('board.title')),
      h('p', { class: 'muted' }, t('board.intro'))),
    h('div', { class: 'head-buttons' }, exports.el,
      h('a', { href: '#/new', class: 'btn btn-primary', dataset: { testid: 'board-new' } }, '+ ' + t('board.new')))));

  /* --- counts --- */
  const counts = h('section', { class: 'counts', 'aria-label': t('board.counts_label'), 'aria-busy': 'true' },
    h('div', { class: 'muted' }, t('common.loading')));
  view.append(counts);

  /* --- filters --- */
  const statusSel = h('select', { name: 'status' },
    h('option', { value: '' }, t('common.all')),
    STATUSES.map((s) => h('option', { value: s }, statusLabel(s, 'suggestion'))));
  statusSel.value = f.status;
  const orgSel = h('select', { name: 'org' }, h('option', { value: '' }, t('common.all')));
  const assigned = h('input', { type: 'checkbox', name: 'assigned', checked: f.assigned });
  const posted = h('input', { type: 'checkbox', name: 'posted', checked: f.posted });
  const from = h('input', { type: 'date', name: 'from', value: f.from });
  const to = h('input', { type: 'date', name: 'to', value: f.to });
  const reset = h('button', { type: 'button', class: 'btn btn-ghost' }, t('board.filter.reset'));
  // 关键词: full-text search of the posts (q=), one character is enough
  const words = h('input', { type: 'search', name: 'q', value: f.q, maxlength: '64', placeholder: t('search.placeholder'), dataset: { testid: 'board-q' } });
  const filters = h('form', { class: 'filters', role: 'search', 'aria-label': t('board.filters') },
    field(t('board.filter.q'), words),
    field(t('board.filter.status'), statusSel),
    field(t('board.filter.org'), orgSel),
    field(t('board.filter.created_from'), from),
    field(t('board.filter.created_to'), to),
    h('div', { class: 'filter-checks' },
      h('label', { class: 'check' }, assigned, ' ', t('board.filter.assignee_me')),
      h('label', { class: 'check' }, posted, ' ', t('board.filter.reporter_me'))),
    h('div', { class: 'filter-reset' }, reset));
  filters.addEventListener('submit', (ev) => { ev.preventDefault(); applyFilters(); });
  // On a phone the filters fold away (unless one is set) so the posts come first.
  const anySet = Boolean(f.q || f.status || f.org || f.assigned || f.posted || f.from || f.to);
  const activeCount = h('span', { class: 'filter-count' });
  const filterBox = h('details', { class: 'filters-box', open: anySet || window.matchMedia('(min-width: 761px)').matches },
    h('summary', null, t('board.filters'), activeCount),
    filters);
  view.append(filterBox);

  /* --- table --- */
  const tbody = h('tbody');
  const table = h('table', { class: 'cases', 'aria-label': t('board.table_label') },
    h('thead', null, h('tr', null,
      ['code', 'title', 'status', 'unit', 'poster', 'assignee', 'created', 'result']
        .map((k) => h('th', { scope: 'col', class: 'col-' + k }, t('board.col.' + k))))),
    tbody);
  const empty = h('p', { class: 'empty', hidden: true }, t('board.empty'));
  const shown = h('span', { class: 'muted shown-count', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'btn', hidden: true, dataset: { testid: 'load-more' } }, t('board.more'));
  const listStatus = h('p', { class: 'muted' }, t('common.loading'));
  view.append(h('section', { class: 'list panel' },
    listStatus,
    h('div', { class: 'table-wrap' }, table),
    empty,
    h('div', { class: 'list-foot' }, shown, more)));

  /* --- loading --- */
  let cursor = null;
  let count = 0;
  let orgsLoaded = false;
  let active = f; // the filters of the list on screen; "load more" continues with them

  const current = () => ({
    status: statusSel.value,
    org: orgsLoaded ? orgSel.value : f.org, // the select is empty until /orgs answers
    assigned: assigned.checked,
    posted: posted.checked,
    from: from.value,
    to: to.value,
    q: words.value.trim(),
  });

  function listQuery(c, cur) {
    return query({
      type: 'suggestion',
      status: c.status,
      org_id: c.org,
      assignee: c.assigned ? 'me' : '',
      reporter: c.posted ? 'me' : '',
      created_from: c.from,
      created_to: c.to ? nextDay(c.to) : '',
      q: c.q,
      cursor: cur,
      limit: PAGE_SIZE,
    });
  }

  const latestCounts = newest(ctx, { busy: (on) => counts.setAttribute('aria-busy', on ? 'true' : 'false'),
    onError: (e) => { clear(counts); showError(e); } });
  async function loadCounts(c) {
    const b = await latestCounts(() => api('GET', '/board' + query({ org_id: c.org, q: c.q })));
    if (b) renderCounts(counts, b);
  }

  // newest request wins: a filter changed twice quickly draws only the second answer
  const latestList = newest(ctx, { busy: (on) => {
    if (on) return;
    listStatus.hidden = true;
    more.disabled = false;
    more.textContent = t('board.more');
  } });
  async function loadList(append) {
    const c = active;
    more.disabled = true;
    if (append) more.textContent = t('board.more_busy');
    else listStatus.hidden = false;
    exports.set('/cases' + listQuery(c, ''));
    const res = await latestList(() => api('GET', '/cases' + listQuery(c, append ? cursor : '')));
    if (!res) return;
    if (!append) { clear(tbody); count = 0; }
    const items = res.items || [];
    for (const it of items) tbody.append(caseRow(it));
    count += items.length;
    cursor = res.next_cursor || null;
    more.hidden = !cursor;
    empty.hidden = count > 0;
    table.hidden = count === 0;
    shown.textContent = count > 0 ? t('board.count_shown', count) : '';
  }


  function applyFilters() {
    const c = current();
    if (c.from && c.to && c.from > c.to) { // keep the range sensible
      to.value = c.from;
      c.to = c.from;
    }
    active = c;
    paged = false;
    showActiveCount(c);
    replaceQuery({ q: c.q, status: c.status, org: c.org, assigned: c.assigned ? '1' : '', posted: c.posted ? '1' : '', from: c.from, to: c.to });
    loadCounts(c);
    loadList(false);
  }

  function showActiveCount(c) {
    const n = [c.q, c.status, c.org, c.assigned, c.posted, c.from, c.to].filter(Boolean).length;
    activeCount.textContent = n ? ' (' + n + ')' : '';
  }
  showActiveCount(f);

  for (const el of [statusSel, orgSel, assigned, posted, from, to, words]) el.addEventListener('change', applyFilters);
  reset.addEventListener('click', () => {
    statusSel.value = ''; orgSel.value = ''; assigned.checked = false; posted.checked = false;
    from.value = ''; to.value = ''; words.value = '';
    f.org = '';
    applyFilters();
  });
  more.addEventListener('click', () => loadList(true));

  // Live: a post changed somewhere. The counts always follow; the list reloads unless the user
  // has paged further down (a reload would lose their place).
  let paged = false;
  more.addEventListener('click', () => { paged = true; });
  watch(ctx, (d) => d.type === 'suggestion', () => {
    loadCounts(active);
    if (!paged) loadList(false);
  }, 1000);

  // The org list only fills the select; the board and the list do not wait for it.
  const orgsP = loadOrgs().then((orgs) => {
    if (!ctx.isCurrent()) return;
    orgSel.append(...orgOptions(orgs));
    orgSel.value = active.org;
    if (orgSel.value !== active.org) orgSel.value = ''; // an org outside the scope
    orgsLoaded = true;
  }).catch((e) => { if (ctx.isCurrent() && e.status !== 401) showError(e); });

  await Promise.all([loadCounts(f), loadList(false), orgsP]);
}
