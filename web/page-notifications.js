// page-notifications.js — the bell in the header (unread count) and #/notifications (站内消息):
// GET /notifications, POST /notifications/{id}/read, POST /notifications/read-all.

import { h, clear, append } from './dom.js';
import { t, has } from './i18n.js';
import { api } from './api.js';
import { newest } from './loader.js';
import { exportLinks } from './export.js';
import { session } from './state.js';
import { showError, showNotice, fmtTime } from './ui.js';
import { navigate } from './router.js';
import { watch, watchAlways } from './live.js';
import { svg } from './geo.js';

let unread = null;
let unreadFor = null; // whose count it is: another user logging in on this tab starts afresh
let badge = null; // the count element of the bell in the header (the header is redrawn per page)
let inflight = null;

function paint() {
  if (!badge) return;
  badge.textContent = unread ? (unread > 99 ? '99+' : String(unread)) : '';
  badge.hidden = !unread;
  const link = badge.parentNode;
  if (link) link.setAttribute('aria-label', unread ? t('notif.bell_n', unread) : t('notif.bell'));
}

/** Ask the server for the unread count (coalescing calls that overlap). */
export function refreshUnread() {
  if (!session.user) return Promise.resolve();
  if (inflight) return inflight;
  const uid = session.user.id;
  inflight = api('GET', '/notifications?unread=1', undefined, { noAuthRedirect: true })
    .then((res) => {
      if (!session.user || session.user.id !== uid) return;
      unread = Number(res && res.unread) || 0;
      unreadFor = uid;
      paint();
    })
    .catch(() => { /* the bell stays as it was; the page shows errors */ })
    .finally(() => { inflight = null; });
  return inflight;
}

export function setUnread(n) {
  unread = n;
  paint();
}

/** The bell for the header. */
export function bell(active) {
  const count = h('span', { class: 'bell-count', hidden: true, dataset: { testid: 'bell-count' } });
  badge = count;
  if (unreadFor !== (session.user && session.user.id)) unread = null;
  const icon = svg('svg', { viewBox: '0 0 24 24', width: 22, height: 22, 'aria-hidden': 'true', class: 'bell-icon' },
    svg('path', { d: 'M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6z' }),
    svg('path', { d: 'M9.5 18.5a2.5 2.5 0 0 0 5 0z' }));
  const link = h('a', {
    href: '#/notifications', class: 'bell' + (active ? ' active' : ''), title: t('notif.title'),
    'aria-label': t('notif.bell'), dataset: { testid: 'bell' },
  }, icon, count);
  paint();
  if (unread === null) refreshUnread();
  return link;
}

// A change to a case may have brought a notification: look again (debounced).
watchAlways(() => Boolean(session.user), () => refreshUnread(), 1200);

/** The name of a notice's kind: the server's (kind_name, where it sends one), ours, else 通知 —
 *  never its code (the inbox showed dispatched, complaint_result, custody_store ...). */
function kindLabel(n) {
  if (n.kind_name) return n.kind_name;
  return has('notif.kind.' + n.kind) ? t('notif.kind.' + n.kind) : t('notif.kind.other');
}

export async function render(view, q, ctx) {
  document.title = `${t('notif.title')} - ${t('app.name')}`;
  const readAll = h('button', { type: 'button', class: 'btn', dataset: { testid: 'read-all' } }, t('notif.read_all'));
  const onlyUnread = h('input', { type: 'checkbox', name: 'unread', checked: q.get('unread') === '1' });
  const exports = exportLinks('notifications');
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('notif.title')), h('p', { class: 'muted' }, t('notif.intro'))),
    h('div', { class: 'head-buttons' }, h('label', { class: 'check' }, onlyUnread, ' ', t('notif.only_unread')), readAll, exports.el)));
  const list = h('ul', { class: 'notif-list', dataset: { testid: 'notif-list' } });
  const empty = h('p', { class: 'empty', hidden: true }, t('notif.empty'));
  const status = h('p', { class: 'muted' }, t('common.loading'));
  view.append(h('section', { class: 'panel notif-panel' }, status, list, empty));

  async function markRead(n, li) {
    try {
      await api('POST', `/notifications/${n.id}/read`);
      n.read_at = n.read_at || new Date().toISOString();
      if (li) { li.classList.remove('unread'); const b = li.querySelector('[data-testid=mark-read]'); if (b) b.remove(); }
      if (unread) setUnread(unread - 1);
    } catch (e) {
      if (e.status !== 401) showError(e);
    }
  }

  function item(n) {
    const li = h('li', { class: 'notif' + (n.read_at ? '' : ' unread'), dataset: { id: String(n.id), kind: n.kind || '' } });
    const open = n.case_id ? h('a', {
      href: '#/case/' + n.case_id, class: 'notif-message',
      onclick: async (ev) => {
        ev.preventDefault();
        if (!n.read_at) await markRead(n, li);
        navigate('#/case/' + n.case_id);
      },
    }, n.message || kindLabel(n)) : h('span', { class: 'notif-message' }, n.message || kindLabel(n));
    append(li, [
      h('div', { class: 'notif-main' },
        h('span', { class: 'notif-dot', 'aria-hidden': 'true' }),
        h('div', { class: 'notif-text' },
          open,
          h('div', { class: 'notif-meta muted' },
            n.kind ? h('span', { class: 'tag' }, kindLabel(n)) : null, ' ',
            // the case's number: two reviews with one title are two notices, told apart by it
            n.case_code ? h('span', { class: 'notif-code', dataset: { testid: 'notif-code' } }, n.case_code) : null, ' ',
            h('time', { datetime: n.created_at || '' }, fmtTime(n.created_at)),
            n.read_at ? null : h('span', { class: 'sr-only' }, t('notif.unread'))))),
      n.read_at ? null : h('button', {
        type: 'button', class: 'btn btn-small', dataset: { testid: 'mark-read' }, onclick: () => markRead(n, li),
      }, t('notif.mark_read'))]);
    return li;
  }

  // newest request wins (loader.js): 只看未读 ticked and unticked quickly shows the last state
  const latest = newest(ctx, { busy: (on) => { status.hidden = !on; } });
  async function load() {
    exports.set('/notifications', { unread: onlyUnread.checked ? '1' : '' });
    const res = await latest(() => api('GET', '/notifications' + (onlyUnread.checked ? '?unread=1' : '')));
    if (!res) return;
    const items = res.items || [];
    clear(list).append(...items.map(item));
    empty.hidden = items.length > 0;
    if (res.unread !== undefined) setUnread(Number(res.unread) || 0);
    readAll.disabled = !unread;
  }

  readAll.addEventListener('click', async () => {
    readAll.disabled = true;
    try {
      await api('POST', '/notifications/read-all');
      setUnread(0);
      showNotice(t('notif.all_read'));
      await load();
    } catch (e) {
      readAll.disabled = false;
      if (e.status !== 401) showError(e);
    }
  });
  onlyUnread.addEventListener('change', () => load());
  watch(ctx, () => true, () => load(), 1500);
  await load();
}
