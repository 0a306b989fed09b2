// types/lostfound-kit.js — what the case pages of a lost report (失物登记) and a found item
// (拾遗物登记) share: the match candidates with their reasons (confirm / dismiss there, not by
// typing a number), the other side of a pair named by its code (never a raw id), and the
// return dialog of web/lostfound.js.

import { h, clear } from '../dom.js';
import { api } from '../api.js';
import { t, getLang } from '../i18n.js';
import { showNotice, showError } from '../ui.js';
import { rerender } from '../router.js';
import { fieldRows } from './generic.js';
import { renderMatches, caseMatches, confirmPair } from '../lostfound.js';

/** A link to the case id, named by its code and title once read; another unit's (not
 *  visible: 404) is said so, without the number, and is no link. pairOf is the page's own
 *  case; its type says which side the other registration is. seen: what a timeline entry
 *  recorded of a neighbouring station's item ({found_code, found_station, found_summary,
 *  found_summary_en}: a dismissed candidate, no longer among the matches), named so. */
export function caseLink(id, testid, pairOf, pairType = 'lost', seen = null) {
  const a = h('a', { href: '#/case/' + id, dataset: { testid } }, '…');
  api('GET', '/cases/' + id).then((c) => { a.textContent = `${c.code} ${c.title}`; })
    .catch(async () => {
      a.removeAttribute('href');
      a.classList.add('lf-nolink');
      a.textContent = t('lf.other_unit');
      if (seen && seen.found_station) {
        // as the candidate list showed it: code, category and colour, the station
        const what = (getLang() === 'en' && seen.found_summary_en) || seen.found_summary || '';
        a.textContent = t('lf.neighbour_item', seen.found_code || '', what, seen.found_station);
        return;
      }
      if (!pairOf) return;
      try {
        const m = await caseMatches(pairOf);
        const it = (m.items || []).find((i) => i.case_id === id);
        if (!it || !it.station) return;
        if (pairType === 'found') {
          // on a found item's page the pair is a lost report another station registered:
          // which one and whose, never "kept by" (this station keeps the item)
          a.textContent = t('lf.neighbour_item', it.code, it.summary, it.station);
          return;
        }
        // on a lost report's page another station keeps the pair's item: its code and the
        // station, so the officer can send the owner there; once returned there, who did
        a.textContent = t(it.status === 'returned' ? 'lf.returned_by' : 'lf.kept_at', it.code, it.summary, it.station);
      } catch { /* stays 其他单位的登记 */ }
    });
  return a;
}

/** The rows of the type's fields, with the pair's other side (idField) as a link. */
export function pairRows(fields, c, ui, idField) {
  return fieldRows(fields, c, ui).map(([label, value, testid]) =>
    (testid === 'case-field-' + idField && c[idField] ? [label, caseLink(c[idField], 'lf-pair-link', c.id, c.type), testid] : [label, value, testid]));
}

/** The place typed at the registration (地点: where it was lost, where it was found) as a row,
 *  before the time row (testid `before`): the case page showed it nowhere — it is no field of
 *  the type's descriptor but the case's own address — so an officer, and an owner on their own
 *  report, could not read back where. Nothing when none was given. */
export function withPlace(rows, c, labelKey, before) {
  if (!c.address) return rows;
  const row = [t(labelKey), c.address, 'case-field-address'];
  const at = rows.findIndex((r) => r[2] === before);
  if (at < 0) rows.push(row);
  else rows.splice(at, 0, row);
  return rows;
}

/** The panel of match candidates (匹配候选) of an open case, best first, with their reasons. */
export function matchesPanel(c) {
  const box = h('section', { class: 'panel lf-case-matches', id: 'lf-case-matches', dataset: { testid: 'lf-case-matches' } },
    h('h2', {}, t('lf.matches')));
  // the candidates (read after this returns) above the search by code
  const list = h('div');
  box.append(list);
  renderMatches(list, c, () => rerender()).catch(() => {});
  if (c.type === 'lost' && c.status === 'open') box.append(pickFound(c));
  return box;
}

/** A pair the matcher did not list: the open found items the caller sees, searched by code
 *  (or words of the item), each confirmed with one click — never a raw id typed in. */
function pickFound(lost) {
  const q = h('input', { type: 'search', maxlength: '64', placeholder: t('lf.pick_placeholder'), dataset: { testid: 'lf-pick-code' } });
  const list = h('ul', { class: 'lf-pick-list', dataset: { testid: 'lf-pick-list' } });
  const find = async (ev) => {
    if (ev) ev.preventDefault();
    const words = q.value.trim();
    const r = await api('GET', `/cases?type=found&status=registered,disposal_pending&limit=20${words ? '&q=' + encodeURIComponent(words) : ''}`);
    clear(list);
    if (!r.items.length) list.append(h('li', { class: 'muted' }, t('lf.pick_none')));
    for (const f of r.items) {
      const b = h('button', { type: 'button', class: 'btn', dataset: { testid: 'lf-pick-confirm' }, onclick: async () => {
        b.disabled = true;
        if (!(await confirmPair(lost, f))) {
          b.disabled = false;
          return;
        }
        try {
          await api('POST', `/cases/${lost.id}/actions`, { action: 'match', fields: { found_id: f.id } });
        } catch (e) {
          b.disabled = false;
          if (e.status !== 401) showError(e);
          return;
        }
        showNotice(t('case.action_done_msg', t('lf.confirm')));
        rerender();
      } }, t('lf.confirm'));
      list.append(h('li', { dataset: { testid: 'lf-pick-row' } }, `${f.code} ${f.title} `, b));
    }
  };
  return h('form', { class: 'lf-pick', onsubmit: (ev) => find(ev).catch(showError) },
    h('h3', {}, t('lf.pick_title')),
    h('div', { class: 'field-row' }, q, h('button', { type: 'submit', class: 'btn', dataset: { testid: 'lf-pick-find' } }, t('lf.pick_find'))),
    list);
}

/** 确认匹配 / 排除匹配 from the action buttons: the candidate is picked in the panel. */
export function pointToMatches(label) {
  const box = document.getElementById('lf-case-matches');
  if (box) {
    box.scrollIntoView({ block: 'start' });
    box.classList.add('flash');
    setTimeout(() => box.classList.remove('flash'), 1500);
  }
  showNotice(t('lf.pick_below', label));
}
