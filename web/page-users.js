// page-users.js — #/users, the users list (用户列表) for admins and leaders: the accounts holding
// a grant in the caller's scope, filtered by unit and by a part of the login or name, paged with
// the API's cursor, and exported whole (导出 CSV / Excel, 表格化管理). Each user shows only the
// grants inside the caller's scope, as GET /api/v1/users answers. Read-only: accounts are made
// and changed with the API or `pingan user` (docs/api.md, "Users").

import { h, clear } from './dom.js';
import { t, roleLabel } from './i18n.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
import { field } from './ui.js';
import { navigate } from './router.js';
import { exportLinks } from './export.js';
import { loadOrgs, orgOptions } from './page-board.js';

const PAGE_SIZE = 50;
const Q_MAX = 64;    // a login is at most 64 characters

/** One user's grants in scope as "民警（城中派出所）；…", the same words as the export. */
function grantsText(u) {
  const g = Array.isArray(u.grants) ? u.grants : [];
  if (!g.length) return t('common.none');
  return g.map((x) => t('users.grant', roleLabel(x.role), x.org_name || '')).join(t('users.grant_sep'));
}

export async function render(view, q, ctx) {
  document.title = `${t('users.title')} - ${t('app.name')}`;
  const org = h('select', { name: 'org_id', dataset: { testid: 'users-org' } },
    h('option', { value: '' }, t('users.all_units')));
  const text = h('input', { type: 'search', name: 'q', maxlength: String(Q_MAX), value: q.get('q') || '',
    placeholder: t('users.q_placeholder'), dataset: { testid: 'users-q' } });
  const exp = exportLinks('users');
  const body = h('tbody');
  const count = h('p', { class: 'muted', dataset: { testid: 'users-count' } });
  const moreBox = h('div');
  const form = h('form', { class: 'filters', role: 'search', novalidate: true },
    field(t('users.unit'), org), field(t('users.q'), text),
    h('div', { class: 'filter-reset' }, h('button', { type: 'submit', class: 'btn btn-primary' }, t('common.search'))));
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('users.title')), h('p', { class: 'muted' }, t('users.intro'))), exp.el),
  h('section', { class: 'panel' }, form),
  h('section', { class: 'panel' }, count,
    h('div', { class: 'table-wrap' }, h('table', { class: 'simple-table', dataset: { testid: 'users-table' } },
      h('thead', null, h('tr', null, ['col_login', 'col_name', 'col_grants', 'col_state'].map((k) => h('th', { scope: 'col' }, t('users.' + k))))),
      body)), moreBox));

  const orgs = await loadOrgs();
  if (!ctx.isCurrent()) return;
  org.append(...orgOptions(orgs));
  org.value = q.get('org_id') && orgs.some((o) => String(o.id) === q.get('org_id')) ? q.get('org_id') : '';

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    navigate('#/users' + query({ org_id: org.value || undefined, q: text.value.trim() || undefined }));
  });

  const params = { org_id: org.value || undefined, q: text.value.trim() || undefined };
  exp.set('/users', params);
  const latest = newest(ctx);
  let shown = 0;
  async function load(cursor) {
    const res = await latest(() => api('GET', '/users' + query({ ...params, limit: PAGE_SIZE, cursor })));
    if (!res) return;
    if (!cursor) { clear(body); shown = 0; }
    clear(moreBox);
    for (const u of res.items) {
      body.append(h('tr', { dataset: { testid: 'users-row', login: u.login } },
        h('td', null, h('code', null, u.login)), h('td', null, u.name),
        h('td', null, grantsText(u)),
        h('td', null, u.disabled ? t('users.disabled') : t('users.active'))));
    }
    shown += res.items.length;
    if (!shown) body.append(h('tr', null, h('td', { colspan: 4, class: 'muted' }, t('users.empty'))));
    count.textContent = res.next_cursor ? t('users.count_more', shown) : t('users.count', shown);
    if (res.next_cursor) {
      const b = h('button', { type: 'button', class: 'btn', dataset: { testid: 'users-more' } }, t('common.more'));
      b.addEventListener('click', () => load(res.next_cursor));
      moreBox.append(b);
    }
  }
  await load(undefined);
}
