// page-events.js — the event queues, one page per role:
//   #/events/mine      我的事件   (reporter=me)
//   #/events/verify    待核查     (status=handled: the grid worker's verification queue)
//   #/events/intake    受理台     (reported, accepted, reviewing, escalated)
//   #/events/escalated 上报上级   (escalated)
//   #/events/dept      部门待办   (dispatched, signed: the server limits it to the handler's unit)
// Rows carry quick buttons for the obvious next step; the case page offers every allowed action.

import { h, clear } from './dom.js';
import { t, actionLabel } from './i18n.js';
import { api, query } from './api.js';
import { exportLinks } from './export.js';
import { hasRole } from './state.js';
import { showError, showNotice } from './ui.js';
import { replaceQuery } from './router.js';
import { watch } from './live.js';
import { newest } from './loader.js';
import { loadCategories, eventTable, statusOptions, EVENT_STATUSES } from './events.js';
import { openEventActionFresh, isDangerAction } from './actions.js';

const PAGE_SIZE = 50;

const act = (action) => ({ action, label: actionLabel(action, 'event'), danger: isDangerAction(action) });

export const LISTS = {
  mine: {
    params: { reporter: 'me' },
    filter: EVENT_STATUSES,
    actions: (c) => (['closed', 'settled'].includes(c.status) && !c.rating ? [act('rate')] : []),
    newButton: true,
  },
  verify: {
    params: { status: 'handled' },
    actions: (c) => (c.status === 'handled' ? [act('verify_pass'), act('verify_fail')] : []),
  },
  intake: {
    params: { status: 'reported,accepted,reviewing,escalated' },
    tabs: ['reported', 'accepted', 'reviewing', 'escalated'],
    actions: (c) => ({
      reported: [act('accept'), act('reject')],
      accepted: [act('dispatch')],
      reviewing: [act('dispatch'), act('confirm')],
    }[c.status] || []),
    newButton: true,
  },
  escalated: {
    params: { status: 'escalated' },
    actions: () => [],
  },
  dept: {
    params: { status: 'dispatched,signed' },
    tabs: ['dispatched', 'signed'],
    actions: (c) => ({ dispatched: [act('sign')], signed: [act('handle'), act('request_extension')] }[c.status] || []),
  },
};

export async function render(view, kind, q, ctx) {
  const spec = LISTS[kind];
  document.title = `${t('events.' + kind + '.title')} - ${t('app.name')}`;
  const allowedTab = (s) => (spec.tabs && spec.tabs.includes(s)) || (spec.filter && spec.filter.includes(s));
  let status = allowedTab(q.get('status')) ? q.get('status') : '';

  const exports = exportLinks('events');
  const head = h('div', { class: 'page-head' },
    h('div', null,
      h('h1', null, t('events.' + kind + '.title')),
      h('p', { class: 'muted' }, t('events.' + kind + '.intro'))),
    h('div', { class: 'head-buttons' }, exports.el,
      spec.newButton && (hasRole('grid_worker', 'operator', 'citizen'))
        ? h('a', { href: '#/events/new', class: 'btn btn-primary', dataset: { testid: 'events-new' } }, '+ ' + t('nav.events_new'))
        : null));
  view.append(head);

  /* --- status tabs or filter --- */
  let tabs = null;
  if (spec.tabs) {
    const mk = (s) => h('button', {
      type: 'button', role: 'tab', class: 'tab' + (status === s ? ' active' : ''), 'aria-selected': status === s ? 'true' : 'false',
      dataset: { status: s },
      onclick: () => { status = s; markTabs(); replaceQuery({ status }); load(false); },
    }, s ? t('events.tab.' + s) : t('common.all'));
    tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('board.filter.status') }, mk(''), spec.tabs.map(mk));
    view.append(tabs);
  } else if (spec.filter) {
    const sel = h('select', { name: 'status', dataset: { testid: 'status-filter' } }, statusOptions(spec.filter));
    sel.value = status;
    sel.addEventListener('change', () => { status = sel.value; replaceQuery({ status }); load(false); });
    view.append(h('div', { class: 'filter-line' }, h('label', { class: 'inline-label' }, t('board.filter.status'), sel)));
  }
  function markTabs() {
    if (!tabs) return;
    for (const b of tabs.querySelectorAll('.tab')) {
      const on = b.dataset.status === status;
      b.classList.toggle('active', on);
      b.setAttribute('aria-selected', on ? 'true' : 'false');
    }
  }

  /* --- the list --- */
  const holder = h('div', { class: 'table-wrap' });
  const empty = h('p', { class: 'empty', hidden: true }, t('events.' + kind + '.empty'));
  const listStatus = h('p', { class: 'muted' }, t('common.loading'));
  const shown = h('span', { class: 'muted shown-count', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'btn', hidden: true, dataset: { testid: 'load-more' } }, t('board.more'));
  const stale = h('button', { type: 'button', class: 'btn btn-small stale-note', hidden: true, dataset: { testid: 'list-stale' } }, t('events.updated_reload'));
  view.append(h('section', { class: 'list panel', dataset: { testid: 'event-list', list: kind } },
    listStatus, stale, holder, empty, h('div', { class: 'list-foot' }, shown, more)));

  let cursor = null;
  let items = [];
  let pages = 0;

  async function handleAction(c, action, btn) {
    if (btn) btn.disabled = true;
    try {
      await openEventActionFresh(c.id, action, {
        onDone: async (res, a) => {
          showNotice(t('case.action_done_msg', actionLabel(a, 'event')));
          await load(false);
        },
        onConflict: async (e) => {
          showError(e, t(e.code === 'stale_version' ? 'case.stale' : 'case.not_allowed'));
          await load(false);
        },
      });
    } catch (e) {
      if (e.status !== 401) showError(e);
    } finally {
      if (btn) btn.disabled = false;
    }
  }

  function draw() {
    clear(holder);
    if (items.length) {
      holder.append(eventTable(items, {
        label: t('events.' + kind + '.title'),
        actions: spec.actions,
        onAction: handleAction,
      }));
    }
    empty.hidden = items.length > 0;
    shown.textContent = items.length ? t('board.count_shown', items.length) : '';
  }

  // newest request wins (loader.js): a tab or page change drops the answers before it
  const latest = newest(ctx, { busy: (on) => { if (!on) { listStatus.hidden = true; more.disabled = false; } } });
  async function load(append) {
    more.disabled = true;
    if (!append) listStatus.hidden = false;
    const params = { type: 'event', ...spec.params, limit: PAGE_SIZE, cursor: append ? cursor : '' };
    if (status) params.status = status;
    exports.set('/cases', params);
    const answer = await latest(() => Promise.all([api('GET', '/cases' + query(params)), loadCategories().catch(() => [])]));
    if (!answer) return;
    const [res] = answer;
    const got = (res && res.items) || [];
    items = append ? items.concat(got) : got;
    pages = append ? pages + 1 : 1;
    cursor = res ? res.next_cursor : null;
    more.hidden = !cursor;
    stale.hidden = true;
    draw();
  }


  more.addEventListener('click', () => load(true));
  stale.addEventListener('click', () => load(false));

  // Live: any event change may add a row to this queue or take one out. With more than one
  // page on screen a reload would lose the user's place, so offer it instead.
  watch(ctx, (d) => d.type === 'event' || d.type === undefined, () => {
    if (pages > 1) stale.hidden = false;
    else load(false);
  }, 800);

  await load(false);
}
