// page-patrol.js — the list of patrols (#/patrols, 排查记录): filters by grid, unit, dates,
// problems found, kind and campaign, kept in the address; pages by cursor (加载更多); the
// export links carry the same filters. Usable on a phone: one card per patrol.

import { h, clear, append } from './dom.js';
import { t } from './i18n.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
import { exportLinks } from './export.js';
import { fmtTime, statusBadge, field } from './ui.js';
import { replaceQuery } from './router.js';
import { abilities } from './state.js';
import { loadOrgs, orgOptions } from './page-board.js';
import { loadKinds } from './types/patrol.js';

const PAGE = 30;
const FILTERS = ['grid_id', 'org_id', 'from', 'to', 'has_problems', 'category', 'campaign_id'];

function card(p) {
  return h('a', { class: 'gov-card patrol-card' + (p.problems > 0 ? ' patrol-card-problems' : ''), href: '#/case/' + p.id,
    dataset: { testid: 'patrol-card', id: String(p.id) } },
  h('div', { class: 'gov-card-head' }, h('span', { class: 'code' }, p.code), ' ', statusBadge(p.status, 'patrol'),
    p.problems > 0 ? h('span', { class: 'badge patrol-problems' }, `${t('patrol.problems')} ${p.problems}`) : null),
  h('div', { class: 'gov-card-title' }, p.title),
  h('div', { class: 'muted' }, fmtTime(p.patrolled_at), '　', p.reporter_name || '',
    '　', `${t('patrol.items')} ${p.items}`, p.open_findings > 0 ? `　${t('patrol.open_findings')} ${p.open_findings}` : ''));
}

export async function renderList(view, q, ctx) {
  document.title = `${t('patrol.title')} - ${t('app.name')}`;
  const [orgs, kinds] = await Promise.all([loadOrgs(), loadKinds()]);
  if (!ctx.isCurrent()) return;
  const any = () => h('option', { value: '' }, t('patrol.filter.all'));
  const grid = h('select', { dataset: { testid: 'pf-grid' } }, any(), orgs.filter((o) => o.kind === 'grid').map((o) => h('option', { value: String(o.id) }, o.name)));
  const unit = h('select', { dataset: { testid: 'pf-unit' } }, any(), orgOptions(orgs.filter((o) => o.kind !== 'grid')));
  const from = h('input', { type: 'date', dataset: { testid: 'pf-from' } });
  const to = h('input', { type: 'date', dataset: { testid: 'pf-to' } });
  const has = h('select', { dataset: { testid: 'pf-problems' } }, any(),
    h('option', { value: 'true' }, t('patrol.filter.yes')), h('option', { value: 'false' }, t('patrol.filter.no')));
  const kind = h('select', { dataset: { testid: 'pf-kind' } }, any(), kinds.map((k) => h('option', { value: k.code }, k.name)));
  const controls = { grid_id: grid, org_id: unit, from, to, has_problems: has, category: kind };
  for (const [k, el] of Object.entries(controls)) if (q.get(k)) el.value = q.get(k);
  const exports = exportLinks('patrols');
  const list = h('div', { class: 'gov-cards', dataset: { testid: 'patrol-list' } });
  const more = h('button', { type: 'button', class: 'btn btn-block', hidden: true, dataset: { testid: 'patrol-more' } }, t('patrol.more'));
  const form = h('form', { class: 'field-row patrol-filters' },
    field(t('patrol.grid'), grid), field(t('patrol.filter.unit'), unit), field(t('patrol.filter.from'), from),
    field(t('patrol.filter.to'), to), field(t('patrol.filter.has_problems'), has), field(t('patrol.kind'), kind),
    h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'pf-show' } }, t('patrol.filter.show')));
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('patrol.title')), h('p', { class: 'muted' }, t('patrol.intro'))),
    h('div', null, abilities().patrolNew ? h('a', { class: 'btn btn-primary', href: '#/patrols/new', dataset: { testid: 'patrol-new' } }, t('patrol.new')) : null, exports.el)),
    form, list, more);

  // the filters as the address keeps them (a campaign_id from a link stays, it has no control)
  const params = () => {
    const p = {};
    for (const k of FILTERS) {
      const v = controls[k] ? controls[k].value : q.get(k);
      if (v) p[k] = v;
    }
    return p;
  };
  let cursor = '';
  const latest = newest(ctx);   // 查询 pressed twice with other filters: the second answer
  async function load(reset) {
    const p = params();
    if (reset) { cursor = ''; clear(list); more.hidden = true; }
    exports.set('/patrols', p);
    const res = await latest(() => api('GET', '/patrols' + query({ ...p, limit: PAGE, cursor: cursor || undefined })));
    if (!res) return;
    if (reset) clear(list);
    const items = res.items || [];
    if (reset && !items.length) append(list, [h('p', { class: 'empty' }, t('patrol.empty'))]);
    append(list, items.map(card));
    cursor = res.next_cursor || '';
    more.hidden = !cursor;
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    replaceQuery(params());
    load(true);
  });
  more.addEventListener('click', () => load(false));
  await load(true);
}
