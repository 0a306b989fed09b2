// export.js — the "导出 CSV" / "导出 Excel" pair on every list page (表格化管理). They are plain
// links to the list's own API URL with format= and the page's current filters: the session
// cookie rides along and a GET needs no CSRF token. lang= carries the language the user chose
// (a link cannot send our Accept-Language), so the headers of the file match the page.

import { h } from './dom.js';
import { t, getLang } from './i18n.js';
import { query } from './api.js';

/**
 * The two links, for the list named name (data-testid `${name}-export-csv` / `-xlsx`).
 * Returns {el, set(path, params)}: call set whenever the page's filters change (path may carry
 * a query; params are added to it); paging
 * parameters (limit, cursor) are dropped, an export holds every matching row.
 */
export function exportLinks(name) {
  const csv = h('a', { class: 'btn btn-small', download: '', dataset: { testid: `${name}-export-csv` } }, t('export.csv'));
  const xlsx = h('a', { class: 'btn btn-small', download: '', dataset: { testid: `${name}-export-xlsx` } }, t('export.xlsx'));
  const el = h('div', { class: 'export-links', role: 'group', 'aria-label': t('export.label') }, csv, xlsx);
  return {
    el,
    set(path, params = {}) {
      const [base, qs] = path.split('?');
      const p = { ...Object.fromEntries(new URLSearchParams(qs || '')), ...params,
        limit: '', cursor: '', lang: getLang() === 'en' ? 'en' : '' };
      csv.href = '/api/v1' + base + query({ ...p, format: 'csv' });
      xlsx.href = '/api/v1' + base + query({ ...p, format: 'xlsx' });
    },
  };
}
