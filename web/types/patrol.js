// types/patrol.js — the front end of case type `patrol` (排查): the patrol's page (its
// checklist, each problem found with its two one-step buttons 转为网格事件 / 登记为风险, or the
// case it became), and the form a grid worker fills in on a phone in the field (#/patrols/new):
// the grid, the kind or the campaign, the checklist as big 正常 / 有问题 / 不适用 toggles with a
// note, what was found.

import { h, clear } from '../dom.js';
import { t, getLang } from '../i18n.js';
import { api, query } from '../api.js';
import { field, fmtTime, showError, openDialog, clearAlerts } from '../ui.js';
import { navigate, setFlash, rerender } from '../router.js';
import { hasRole, isStaff } from '../state.js';
import { loadOrgs } from '../page-board.js';
import { CATEGORIES as RISK_CATEGORIES } from './risk.js';

export const type = 'patrol';
export const newHash = '#/patrols/new';
export const backHash = '#/patrols';
export const backLabel = 'patrol.title';

export const ANSWERS = ['ok', 'problem', 'na'];

let kindsCache = null;
let kindsLang = null;      // the language kindsCache's names are in

/** GET /patrol-kinds once: [{code, name, items: [{item, label, label_en}]}]. */
export async function loadKinds() {
  if (!kindsCache || kindsLang !== getLang()) {
    kindsLang = getLang();
    kindsCache = ((await api('GET', '/patrol-kinds')) || {}).items || [];
  }
  return kindsCache;
}

export async function prepare() {
  try { await loadKinds(); } catch { /* the rows fall back to the code */ }
}

const label = (it) => (getLang() === 'en' && it.label_en ? it.label_en : it.label);
const kindName = (code) => ((kindsCache || []).find((k) => k.code === code) || {}).name;

export function headBadges(c) {
  return c.problems > 0
    ? [h('span', { class: 'badge patrol-problems', dataset: { testid: 'patrol-problems' } }, `${t('patrol.problems')} ${c.problems}`)]
    : [];
}

/** The campaign a patrol was done under: its title (it showed "#538", an internal id), linked to
 *  the campaign's page (#/campaigns/ID, not the bare case page). */
function campaignLink(id) {
  const a = h('a', { href: '#/campaigns/' + id, dataset: { testid: 'patrol-campaign-link' } }, t('patrol.campaign_view'));
  api('GET', '/campaigns/' + id).then((x) => { if (x && x.title) a.textContent = x.title; }).catch(() => {});
  return a;
}

export function detailRows(c) {
  return [
    [t('patrol.grid'), c.org_name || t('common.none')],
    c.category ? [t('patrol.kind'), kindName(c.category) || c.category] : null,
    c.campaign_id ? [t('patrol.campaign'), campaignLink(c.campaign_id), 'patrol-campaign'] : null,
    [t('patrol.when'), fmtTime(c.patrolled_at), 'patrol-when'],
    [t('patrol.items'), `${c.items}　${t('patrol.problems')} ${c.problems}　${t('patrol.open_findings')} ${c.open_findings}`, 'patrol-counts'],
  ].filter(Boolean);
}

export const ownsOrgRow = true;

/* ---------- findings → event / risk, one step each ---------- */

let eventCats = null;
let eventCatsLang = null;
async function loadEventCats() {
  if (!eventCats || eventCatsLang !== getLang()) {
    eventCatsLang = getLang();
    eventCats = ((await api('GET', '/categories?type=event')) || {}).items || [];
  }
  return eventCats;
}

/** The dialog that makes a grid event or a risk of finding f of patrol c (one POST /cases with
 *  patrol_id and patrol_item; the server links both and marks the finding). */
async function openTurn(c, f, kind) {
  // the title the server would make; the user may change it
  const title = h('input', { type: 'text', maxlength: 200, value: '排查发现：' + f.label, dataset: { testid: 'turn-title' } });
  let body;
  let cat;
  let like;
  let impact;
  if (kind === 'event') {
    const cats = await loadEventCats();
    const tops = cats.filter((k) => !k.parent);
    cat = h('select', { dataset: { testid: 'turn-category' } }, h('option', { value: '' }, t('patrol.choose')),
      tops.map((p) => h('optgroup', { label: p.name }, cats.filter((k) => k.parent === p.code).map((k) => h('option', { value: k.code }, k.name)))));
    body = [field(t('patrol.event_category'), cat, { required: true }), field(t('gov.title'), title)];
  } else {
    cat = h('select', { dataset: { testid: 'turn-category' } }, RISK_CATEGORIES.map((k) => h('option', { value: k }, t('risk.cat.' + k))));
    const num = (name) => h('select', { dataset: { testid: 'turn-' + name } }, [1, 2, 3, 4, 5].map((n) => h('option', { value: String(n) }, String(n))));
    like = num('likelihood');
    impact = num('impact');
    like.value = '3';
    impact.value = '3';
    body = [field(t('risk.col.title'), title), field(t('risk.col.category'), cat, { required: true }),
      h('div', { class: 'field-row' }, field(t('risk.col.likelihood'), like), field(t('risk.col.impact'), impact)),
      h('p', { class: 'hint' }, t('risk.matrix_hint'))];
  }
  openDialog({
    title: kind === 'event' ? t('patrol.to_event') : t('patrol.to_risk'),
    body: h('div', null, h('p', { class: 'muted' }, label(f), '：', f.note || ''), body),
    submitLabel: kind === 'event' ? t('patrol.to_event') : t('patrol.to_risk'),
    testid: 'turn-dialog',
    onSubmit: async (dlg) => {
      // the only required field of the dialog, named (it said 请填写必填项)
      if (!cat.value) { dlg.showError(t('action.need_pick', kind === 'event' ? t('patrol.event_category') : t('risk.col.category'))); return false; }
      const payload = { type: kind, category: cat.value, patrol_id: c.id, patrol_item: f.item,
        title: title.value.trim() || undefined };
      if (kind === 'risk') Object.assign(payload, { likelihood: Number(like.value), impact: Number(impact.value) });
      const made = await api('POST', '/cases', payload);
      setFlash({ text: t('patrol.turned', made.code), kind: 'success' });
      rerender();
      return true;
    },
  });
}

function answerBadge(a) {
  return h('span', { class: 'badge patrol-answer patrol-answer-' + a, dataset: { answer: a } }, t('patrol.answer.' + a));
}

function checklistPanel(c) {
  const list = Array.isArray(c.checklist) ? c.checklist : [];
  const links = Array.isArray(c.links) ? c.links : [];
  // who may turn a finding: staff who are not only citizens, while the patrol is visible to them
  const canTurn = isStaff() && hasRole('grid_worker', 'leader', 'operator', 'admin', 'mediator');
  const rows = list.map((f) => {
    const made = f.case_id ? links.find((l) => l.id === f.case_id) : null;
    let tail = null;
    if (f.answer === 'problem' && f.case_id) {
      tail = h('div', { class: 'patrol-turned', dataset: { testid: 'finding-case-' + f.item } },
        t(f.case_type === 'risk' ? 'patrol.turned_risk' : 'patrol.turned_event'), '：',
        h('a', { href: '#/case/' + f.case_id }, made ? `${made.code} ${made.title}` : '#' + f.case_id));
    } else if (f.answer === 'problem' && canTurn) {
      tail = h('div', { class: 'form-buttons patrol-turn' },
        h('button', { type: 'button', class: 'btn btn-primary', dataset: { testid: 'finding-to-event-' + f.item },
          onclick: () => openTurn(c, f, 'event').catch(showError) }, t('patrol.to_event')),
        h('button', { type: 'button', class: 'btn', dataset: { testid: 'finding-to-risk-' + f.item },
          onclick: () => openTurn(c, f, 'risk').catch(showError) }, t('patrol.to_risk')));
    }
    return h('li', { class: 'patrol-item patrol-item-' + f.answer, dataset: { testid: 'patrol-item', item: f.item, answer: f.answer } },
      h('div', { class: 'patrol-item-head' }, h('strong', null, label(f)), ' ', answerBadge(f.answer)),
      f.note ? h('div', { class: 'muted' }, f.note) : null,
      tail);
  });
  return h('section', { class: 'panel patrol-checklist', dataset: { testid: 'patrol-checklist' } },
    h('h2', null, t('patrol.checklist')),
    c.problems > 0 ? null : h('p', { class: 'muted' }, t('patrol.no_findings')),
    h('ol', { class: 'patrol-items' }, rows));
}

export function panels(c) {
  return { before: [], after: [checklistPanel(c)] };
}

/* ---------- the phone form ---------- */

/** One checklist item as three big toggles and its note (shown for a problem, or on demand). */
function itemRow(it, state, onChange) {
  const note = h('textarea', { rows: 2, maxlength: 2000, class: 'patrol-note', placeholder: t('patrol.note'),
    dataset: { testid: 'patrol-note-' + it.item } });
  note.hidden = true;
  const buttons = ANSWERS.map((a) => h('button', {
    type: 'button', class: 'patrol-toggle patrol-toggle-' + a, role: 'radio', 'aria-checked': 'false',
    dataset: { testid: `patrol-${it.item}-${a}`, answer: a },
    onclick: () => {
      state[it.item] = a;
      for (const b of buttons) b.setAttribute('aria-checked', b.dataset.answer === a ? 'true' : 'false');
      note.hidden = false;
      note.placeholder = a === 'problem' ? t('patrol.note_problem') : t('patrol.note');
      note.required = a === 'problem';
      if (a === 'problem') note.focus();
      onChange();
    },
  }, t('patrol.answer.' + a)));
  return {
    note,
    el: h('li', { class: 'patrol-form-item', dataset: { testid: 'patrol-form-item', item: it.item } },
      h('div', { class: 'patrol-form-label' }, label(it)),
      h('div', { class: 'patrol-toggles', role: 'radiogroup', 'aria-label': label(it) }, buttons),
      note),
  };
}

export async function renderNew(view, q, ctx) {
  document.title = `${t('patrol.new')} - ${t('app.name')}`;
  const [orgs, kinds, camps] = await Promise.all([loadOrgs(), loadKinds(),
    api('GET', '/campaigns' + query({ status: 'running', limit: 50 })).catch(() => ({ items: [] }))]);
  if (!ctx.isCurrent()) return;
  // the grids the user sees (a grid worker's grant covers their grids; the server refuses others)
  const grids = orgs.filter((o) => o.kind === 'grid');
  const grid = h('select', { name: 'org_id', class: 'patrol-big', dataset: { testid: 'patrol-grid' } }, grids.map((o) => h('option', { value: String(o.id) }, o.name)));
  if (q.get('org_id')) grid.value = q.get('org_id');
  const kind = h('select', { name: 'category', class: 'patrol-big', dataset: { testid: 'patrol-kind' } },
    kinds.map((k) => h('option', { value: k.code }, k.name)));
  const campaigns = (camps && camps.items) || [];
  const campaign = h('select', { name: 'campaign_id', class: 'patrol-big', dataset: { testid: 'patrol-campaign' } },
    h('option', { value: '' }, t('patrol.campaign_none')), campaigns.map((x) => h('option', { value: String(x.id) }, x.title)));
  const now = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 16);
  const when = h('input', { type: 'datetime-local', class: 'patrol-big', value: now, max: now, dataset: { testid: 'patrol-when' } });
  const found = h('textarea', { rows: 3, maxlength: 10000, dataset: { testid: 'patrol-found' } });
  const itemsBox = h('ol', { class: 'patrol-form-items', dataset: { testid: 'patrol-form-items' } });
  const progress = h('p', { class: 'hint', 'aria-live': 'polite', dataset: { testid: 'patrol-progress' } });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block patrol-submit', dataset: { testid: 'patrol-submit' } }, t('patrol.submit'));
  let state = {};
  let rows = [];
  let items = [];
  const update = () => {
    const left = items.filter((it) => !state[it.item]).length;
    progress.textContent = left ? t('patrol.unanswered', left) : t('patrol.all_answered');
    if (!left) clearAlerts();     // a refusal of an earlier submit no longer holds
  };
  async function drawItems() {
    state = {};
    if (campaign.value) {
      const cp = await api('GET', `/campaigns/${campaign.value}`);
      const list = cp.checklist || [];
      // the campaign's 排查要点 in order: items c1, c2 ... as the server numbers them
      items = list.map((x, i) => ({ item: 'c' + (x.seq || i + 1), label: typeof x === 'string' ? x : x.item, label_en: '' }));
    } else {
      items = ((kinds.find((k) => k.code === kind.value) || {}).items) || [];
    }
    rows = items.map((it) => ({ it, row: itemRow(it, state, update) }));
    clear(itemsBox).append(...rows.map((r) => r.row.el));
    update();
  }
  kind.addEventListener('change', () => drawItems().catch(showError));
  campaign.addEventListener('change', () => { kindField.hidden = Boolean(campaign.value); drawItems().catch(showError); });
  const kindField = field(t('patrol.kind'), kind, { required: true });
  const form = h('form', { class: 'panel form patrol-form', novalidate: true },
    h('h1', null, t('patrol.new')),
    field(t('patrol.grid'), grid, { required: true }),
    campaigns.length ? field(t('patrol.campaign'), campaign) : null,
    kindField,
    field(t('patrol.when'), when),
    h('h2', null, t('patrol.checklist')), progress, itemsBox,
    field(t('patrol.found'), found, { hint: t('patrol.found_hint') }),
    h('div', { class: 'form-buttons' }, submit));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const missing = rows.find((r) => !state[r.it.item]);
    if (missing) { showError(t('patrol.unanswered', rows.filter((r) => !state[r.it.item]).length)); missing.row.el.scrollIntoView({ block: 'center' }); return; }
    const noNote = rows.find((r) => state[r.it.item] === 'problem' && !r.row.note.value.trim());
    if (noNote) { showError(t('patrol.note_problem')); noNote.row.note.focus(); return; }
    const payload = {
      type: 'patrol', org_id: Number(grid.value),
      patrolled_at: when.value ? when.value + ':00+08:00' : undefined,
      body: found.value.trim() || undefined,
      checklist: rows.map((r) => ({ item: r.it.item, answer: state[r.it.item], note: r.row.note.value.trim() || undefined })),
    };
    if (campaign.value) payload.campaign_id = Number(campaign.value);
    else payload.category = kind.value;
    submit.disabled = true;
    try {
      const c = await api('POST', '/cases', payload);
      setFlash({ text: t('patrol.created', c.code), kind: 'success' });
      navigate('#/case/' + c.id);
    } catch (e) {
      submit.disabled = false;
      if (e.status !== 401) showError(e);
    }
  });
  clear(view).append(form);
  // #/patrols/new?campaign_id=N (the campaign page's button): that campaign picked
  if (q.get('campaign_id') && campaigns.some((x) => String(x.id) === q.get('campaign_id'))) {
    campaign.value = q.get('campaign_id');
    kindField.hidden = true;
  }
  await drawItems();
}
