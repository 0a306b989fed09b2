// page-supervision.js — #/supervision (督办): open events with a deadline, red first, then yellow,
// then normal (GET /api/v1/supervision, ?level= filters). Extension requests waiting for the
// operator are granted or refused from here.

import { h, clear } from './dom.js';
import { t, actionLabel } from './i18n.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
import { exportLinks } from './export.js';
import { showError, showNotice } from './ui.js';
import { replaceQuery } from './router.js';
import { watch } from './live.js';
import { loadCategories, eventTable } from './events.js';
import { openEventActionFresh, isDangerAction } from './actions.js';

const LEVELS = ['red', 'yellow', 'normal'];

export async function render(view, q, ctx) {
  document.title = `${t('supervision.title')} - ${t('app.name')}`;
  let level = LEVELS.includes(q.get('level')) ? q.get('level') : '';

  const exports = exportLinks('supervision');
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('supervision.title')), h('p', { class: 'muted' }, t('supervision.intro'))),
    exports.el));

  const counts = {};
  const mkTab = (l) => {
    const count = h('span', { class: 'tab-count' });
    counts[l || 'all'] = count;
    return h('button', {
      type: 'button', role: 'tab', class: 'tab' + (l ? ' tab-' + l : '') + (level === l ? ' active' : ''),
      'aria-selected': level === l ? 'true' : 'false', dataset: { level: l },
      onclick: () => { level = l; markTabs(); replaceQuery({ level }); load(); },
    }, l ? t('warn.' + l) : t('common.all'), count);
  };
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('supervision.levels') }, mkTab(''), LEVELS.map(mkTab));
  view.append(tabs);
  function markTabs() {
    for (const b of tabs.querySelectorAll('.tab')) {
      const on = b.dataset.level === level;
      b.classList.toggle('active', on);
      b.setAttribute('aria-selected', on ? 'true' : 'false');
    }
  }

  const holder = h('div', { class: 'table-wrap' });
  const empty = h('p', { class: 'empty', hidden: true }, t('supervision.empty'));
  const listStatus = h('p', { class: 'muted' }, t('common.loading'));
  view.append(h('section', { class: 'list panel', dataset: { testid: 'supervision-list' } }, listStatus, holder, empty));

  const actions = (c) => (c.extension_pending
    ? ['grant_extension', 'refuse_extension'].map((a) => ({ action: a, label: actionLabel(a, 'event'), danger: isDangerAction(a) }))
    : []);

  async function handleAction(c, action, btn) {
    if (btn) btn.disabled = true;
    try {
      await openEventActionFresh(c.id, action, {
        onDone: async (res, a) => { showNotice(t('case.action_done_msg', actionLabel(a, 'event'))); await load(); },
        onConflict: async (e) => { showError(e, t('case.not_allowed')); await load(); },
      });
    } catch (e) {
      if (e.status !== 401) showError(e);
    } finally {
      if (btn) btn.disabled = false;
    }
  }

  const latest = newest(ctx, { busy: (on) => { listStatus.hidden = !on; } });
  async function load() {
    exports.set('/supervision', { level });
    // The unfiltered queue gives the counts of the tabs; the filter itself is the server's.
    const answer = await latest(() => Promise.all([
      api('GET', '/supervision'),
      level ? api('GET', '/supervision' + query({ level })) : null,
      loadCategories().catch(() => []),
    ]));
    if (!answer) return;
    const [all, res] = answer;
    const allItems = (all && all.items) || [];
    const items = level ? ((res && res.items) || []) : allItems;
    counts.all.textContent = String(allItems.length);
    for (const l of LEVELS) counts[l].textContent = String(allItems.filter((c) => (c.warn || 'normal') === l).length);
    clear(holder);
    if (items.length) {
      holder.append(eventTable(items, {
        label: t('supervision.title'),
        columns: ['warn', 'code', 'title', 'status', 'stage', 'due', 'grid', 'dept', 'ext'],
        actions,
        onAction: handleAction,
      }));
    }
    empty.hidden = items.length > 0;
  }

  watch(ctx, (d) => d.type === 'event' || d.type === undefined, () => load(), 1000);
  // The warning level moves with the clock, not only with changes: look again every minute.
  const timer = setInterval(() => { if (ctx.isCurrent()) load(); else clearInterval(timer); }, 60_000);

  await load();
}
