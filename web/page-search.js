// page-search.js — #/search?q=…: full-text search (全文检索) across every case type the user
// may see, newest first, with the matching words marked. The server sends each snippet as
// segments {text, mark}; marked ones become <mark> elements built from text nodes, so nothing
// a user typed into a case can ever become markup. A case number (e.g. JY2026120100002) finds
// that one case.

import { h, clear } from './dom.js';
import { t } from './i18n.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
import { exportLinks } from './export.js';
import { fmtTime, dash, statusBadge, showError } from './ui.js';
import { replaceQuery } from './router.js';

const PAGE_SIZE = 50;
export const Q_MAX = 64;   // LIM_SEARCH_CHARS of the server

/** The snippet's segments as text and <mark> nodes. */
export function snippetNodes(segs) {
  return (segs || []).map((s) => (s.mark ? h('mark', null, s.text) : s.text));
}

export async function render(view, q, ctx) {
  const text = (q.get('q') || '').slice(0, Q_MAX);
  document.title = `${t('search.title')} - ${t('app.name')}`;
  const input = h('input', {
    type: 'search', name: 'q', value: text, maxlength: String(Q_MAX), class: 'search-input-big',
    'aria-label': t('search.label'), placeholder: t('search.placeholder'), dataset: { testid: 'search-page-input' },
  });
  const form = h('form', { class: 'search-form', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const v = input.value.trim();
    replaceQuery({ q: v });
    load(v, true);
  } }, input, h('button', { type: 'submit', class: 'btn' }, t('search.go')));
  const exp = exportLinks('search');
  const status = h('p', { class: 'muted', dataset: { testid: 'search-status' }, 'aria-live': 'polite' });
  const list = h('ol', { class: 'search-results', dataset: { testid: 'search-results' } });
  const more = h('button', { type: 'button', class: 'btn', hidden: true, dataset: { testid: 'search-more' } }, t('board.more'));
  view.append(h('section', { class: 'panel' },
    h('h1', null, t('search.title')), form, h('div', { class: 'list-tools' }, exp.el), status, list, more));

  let cursor = null;
  let shown = 0;
  let current = '';

  function item(c) {
    const unit = c.unit_name && c.unit_name !== c.org_name ? `${c.org_name || ''} → ${c.unit_name}` : c.org_name;
    return h('li', { class: 'search-item', dataset: { testid: 'search-item', id: String(c.id) } },
      h('div', { class: 'search-head' },
        h('a', { href: `#/case/${c.id}`, class: 'search-title' }, c.title),
        h('span', { class: 'badge badge-type' }, c.type_name || ''),
        statusBadge(c.status, c.type)),
      h('div', { class: 'search-meta muted' },
        h('span', { class: 'mono' }, c.code), ' · ', dash(unit), ' · ', fmtTime(c.created_at)),
      c.snippet && c.snippet.length ? h('p', { class: 'search-snippet' }, snippetNodes(c.snippet)) : null);
  }

  const latest = newest(ctx, { busy: (on) => { more.disabled = on; }, onError: (e) => { status.textContent = ''; showError(e); } });
  async function load(v, fresh) {
    if (fresh) {
      current = v;
      cursor = null;
      shown = 0;
      clear(list);
    }
    exp.set('/search', { q: current });
    delete status.dataset.done;
    if (!current) {
      status.textContent = t('search.hint');
      more.hidden = true;
      return;
    }
    status.textContent = t('common.loading');
    const res = await latest(() => api('GET', '/search' + query({ q: current, limit: PAGE_SIZE, cursor })));
    if (!res || v !== current) return;
    for (const c of res.items || []) list.append(item(c));
    shown += (res.items || []).length;
    cursor = res.next_cursor || null;
    more.hidden = !cursor;
    status.textContent = shown ? t('search.count', shown) : t('search.empty');
    status.dataset.done = current;   // the words this answer is for (tests wait on it)
  }
  more.addEventListener('click', () => load(current, false));
  await load(text, true);
}
