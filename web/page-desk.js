// page-desk.js — the 阳光坐席 front desk of a police station (#/desk), its generic registration
// form (#/desk/new/<type>), a station's handover records (#/desk/handovers) and the A4 print view
// of a shift handover (#/handover/<id>/print).
//
// Data-driven: the quick-register buttons are the types whose descriptor says `desk` (GET
// /types), their forms are drawn from each type's `create_fields`; the page's sections come
// from GET /api/v1/desk (today's desk items, loans due back, custody held too long, cases
// waiting for an approval found through the types' `approvals`, the station's numbers, the
// handovers). Any case change of the station arrives over the live stream and redraws it.
// Lost and found (失物招领) is mounted from web/lostfound.js as sections of its own: its
// registration (the one path for `lost` and `found`: those types do not set `desk`, since the
// generic form has no datetime range nor category list for them), the match alerts with their
// reasons (confirm / dismiss / return dialog) and the items near the claim deadline. A type with
// its own create form (web/types/<type>.js newHash: visit, help, incident, cctv, archive) gets
// its quick-register button pointed there; the others use the generic form below.

import { h, clear } from './dom.js';
import { t, typeLabel, fieldLabel, fieldNeeded, choiceLabel, staffLabel, actionLabel } from './i18n.js';
import { api, query, uuid } from './api.js';
import { newest } from './loader.js';
import { session, typeDesc, abilities } from './state.js';
import { showError, showNotice, clearAlerts, field, fmtTime, statusBadge, dash } from './ui.js';
import { navigate, setFlash } from './router.js';
import { watch } from './live.js';
import { photoPicker } from './events.js';
import { sheetView } from './types/handover.js';
import { lookupBox, personInputs } from './persons.js';
import { typeModule } from './types/index.js';
import { actionDesc } from './types/generic.js';
import { mountRegistration, mountAlerts, mountExpiring } from './lostfound.js';
import { exportLinks } from './export.js';

const DESK_ROLES = ['leader', 'officer', 'auxiliary'];

/** The police stations where the user holds a desk role ([{id, name, leader}]). */
export function deskStations() {
  const out = [];
  for (const g of (session.user && session.user.grants) || []) {
    if (g.org_kind !== 'police_station' || !DESK_ROLES.includes(g.role)) continue;
    const have = out.find((s) => s.id === g.org_id);
    if (have) have.leader ||= g.role === 'leader';
    else out.push({ id: g.org_id, name: g.org_name, leader: g.role === 'leader' });
  }
  return out;
}

/** The desk types from GET /types (descriptor flag `desk`); with sections, also the types
 *  registered in a desk section of their own (`desk_section`: lost and found). */
function deskTypes(sections = false) {
  return (session.types || []).filter((d) => d.desk || (sections && d.desk_section));
}

function caseLink(i) {
  return h('a', { href: '#/case/' + i.id, class: 'desk-item-link' },
    h('span', { class: 'code' }, i.code), ' ', h('span', { class: 'desk-item-title' }, i.title));
}

function cutNote(sec) {
  return sec && sec.truncated ? h('p', { class: 'muted small' }, t('desk.cut', (sec.items || []).length)) : null;
}

function panel(titleKey, testid, ...children) {
  return h('section', { class: 'panel desk-panel', dataset: { testid } },
    h('h2', null, t(titleKey)), children);
}

/* ---------- #/desk ---------- */

export async function render(view, q, ctx) {
  document.title = `${t('desk.title')} - ${t('app.name')}`;
  const stations = deskStations();
  if (!stations.length) {
    view.append(h('section', { class: 'panel' }, h('h1', null, t('desk.title')), h('p', null, t('desk.no_station'))));
    return;
  }
  const want = Number(q && q.get ? q.get('org_id') : q && q.org_id);
  const station = stations.find((s) => s.id === want) || stations[0];
  const select = h('select', { id: 'desk-station', dataset: { testid: 'desk-station' } },
    stations.map((s) => h('option', { value: String(s.id) }, s.name)));
  select.value = String(station.id);
  select.addEventListener('change', () => navigate('#/desk?org_id=' + select.value));

  const quick = h('div', { class: 'desk-quick', dataset: { testid: 'desk-quick' } },
    deskTypes().map((d) => h('a', {
      class: 'btn btn-primary desk-quick-btn', href: `${quickHash(d.type)}?org_id=${station.id}`,
      dataset: { testid: 'desk-new-' + d.type },
    }, typeLabel(d.type))));

  // the person lookup of the persons registry (phone, ID number or name; blind index, masked)
  const lookup = lookupBox({ testid: 'desk-lookup' });

  // lost and found: mounted once, kept across the redraws (a half-filled form survives them)
  const lf = abilities().lostfound && typeDesc('found') ? {
    reg: h('div', { class: 'desk-lf', dataset: { testid: 'desk-lf-register' } }),
    alerts: h('div', { class: 'desk-lf', dataset: { testid: 'desk-lf-alerts' } }),
    expiring: h('div', { class: 'desk-lf', dataset: { testid: 'desk-lf-expiring' } }),
    redraw: null,
    redrawExpiring: null,
  } : null;

  const body = h('div', { class: 'desk-grid' }, h('p', { class: 'muted' }, t('common.loading')));
  view.append(
    h('div', { class: 'page-head desk-head' },
      h('div', null, h('h1', null, t('desk.title')), h('p', { class: 'muted' }, t('desk.intro'))),
      stations.length > 1 ? field(t('desk.station'), select) : h('p', { class: 'desk-station-name' }, station.name)),
    body);

  // the desk reloads on every live change of the station: the newest answer wins (loader.js).
  // The columns are laid out once and a reload replaces only the panels drawn from /desk: the
  // person lookup and the lost-and-found form stay where they are, so an officer typing in them
  // keeps the focus and what was typed (moving them on each redraw blurred the input, and the
  // rest of a word went nowhere whenever anyone at the station changed a case).
  const latestDesk = newest(ctx);
  let drawn = null;
  async function load() {
    const d = await latestDesk(() => api('GET', '/desk' + query({ org_id: station.id })));
    if (!d) return;
    const next = {
      today: todayPanel(d),
      approvals: approvalsPanel(d, station.leader, () => load().catch(fail)),
      due: duePanel(d),
      numbers: numbersPanel(d),
      handovers: handoversPanel(d, station),
    };
    if (drawn) {
      for (const k of Object.keys(next)) drawn[k].replaceWith(next[k]);
      drawn = next;
      return;
    }
    drawn = next;
    clear(body).append(
      h('div', { class: 'desk-col' },
        panel('desk.quick', 'desk-quick-panel', quick),
        panel('desk.lookup', 'desk-lookup-panel', lookup.el),
        lf ? lf.reg : null,
        next.today),
      h('div', { class: 'desk-col' },
        next.approvals,
        lf ? lf.alerts : null,
        lf ? lf.expiring : null,
        next.due,
        next.numbers,
        next.handovers));
  }

  const fail = (e) => { if (ctx.isCurrent() && e.status !== 401) showError(e); };
  async function mountLf() {
    await mountRegistration(lf.reg, () => { if (lf.redraw) lf.redraw().catch(fail); }, { orgId: station.id });
    lf.redraw = await mountAlerts(lf.alerts, station.id);
    lf.redrawExpiring = await mountExpiring(lf.expiring);
  }

  watch(ctx, (c) => Number(c.org_id) === station.id, (c) => {
    load().catch(fail);
    if (lf && lf.redraw && c && (c.type === 'lost' || c.type === 'found')) lf.redraw().catch(fail);
    if (lf && lf.redrawExpiring && c && c.type === 'found') lf.redrawExpiring().catch(fail);
  }, 500);
  await load();
  if (lf) await mountLf().catch(fail);
}

/** Where a desk type's quick-register button leads: its own form, else the desk's generic one. */
function quickHash(type) {
  return typeModule(type).newHash || `#/desk/new/${type}`;
}

function todayPanel(d) {
  const items = (d.today && d.today.items) || [];
  return panel('desk.today', 'desk-today',
    h('p', { class: 'muted small' }, h('span', { class: 'live-dot', 'aria-hidden': 'true' }), ' ', t('desk.live')),
    items.length ? h('ul', { class: 'desk-list' }, items.map((i) => h('li', { dataset: { testid: 'desk-today-item', id: String(i.id) } },
      h('span', { class: 'desk-type' }, typeLabel(i.type)), ' ', caseLink(i), ' ', statusBadge(i.status, i.type),
      h('span', { class: 'muted small' }, ' ', fmtTime(i.created_at).slice(11)))))
      : h('p', { class: 'muted' }, t('desk.today.empty')),
    cutNote(d.today));
}

/** The refusal beside an approval action (approve → refuse, approve_disposal → refuse_disposal),
 *  when the type has one. */
function refusalOf(type, action) {
  const r = String(action).replace(/^approve/, 'refuse');
  return r !== action && actionDesc(type, r) ? r : null;
}

/** Opens action `a` of desk item i in the type's own dialog (a fresh read gives the version;
 *  the row's `detail` goes along for a dialog that shows it); after it, or after a conflict,
 *  the desk redraws. */
async function approvalAction(i, a, reload) {
  try {
    const c = await api('GET', `/cases/${i.id}`);
    const allowed = Array.isArray(c.allowed_actions) ? c.allowed_actions : [];
    if (!allowed.includes(a)) { await reload(); return; }
    typeModule(c.type).openAction(c, a, {
      onDone: async () => { showNotice(t('desk.approvals.done', actionLabel(a, c.type))); await reload(); },
      onConflict: async (e) => { showError(e); await reload(); },
      // what the row showed (its type's rows): the dialog shows the same words
      detail: Array.isArray(i.detail) ? i.detail : null,
    });
  } catch (e) {
    if (e.status !== 401) showError(e);
  }
}

function approvalsPanel(d, leader, reload) {
  const items = (d.approvals && d.approvals.items) || [];
  const mine = items.filter((i) => i.can_approve);
  const shown = leader ? mine : items;
  const buttons = (i) => {
    const refuse = refusalOf(i.type, i.action);
    return h('span', { class: 'desk-approval-buttons' },
      h('button', { type: 'button', class: 'btn btn-small btn-primary', dataset: { testid: 'desk-approve', action: i.action },
        onclick: () => approvalAction(i, i.action, reload) }, actionLabel(i.action, i.type)),
      refuse ? [' ', h('button', { type: 'button', class: 'btn btn-small btn-danger-outline', dataset: { testid: 'desk-refuse', action: refuse },
        onclick: () => approvalAction(i, refuse, reload) }, actionLabel(refuse, i.type))] : null);
  };
  return panel(leader ? 'desk.approvals.leader' : 'desk.approvals', 'desk-approvals',
    shown.length ? h('ul', { class: 'desk-list' }, shown.map((i) => h('li', { dataset: { testid: 'desk-approval', id: String(i.id), type: i.type } },
      h('span', { class: 'desk-type' }, typeLabel(i.type)), ' ', caseLink(i), ' ',
      i.can_approve ? buttons(i) : h('span', { class: 'muted small' }, t('desk.approvals.waiting')),
      approvalDetail(i))))
      : h('p', { class: 'muted' }, t('desk.approvals.empty')),
    cutNote(d.approvals));
}

/** What the approver decides on, under the row: the type's rows from GET /desk (`detail`:
 *  [{name, label, value}] in the request's language; a found item's disposal asked for, the
 *  reason, who asked and the item), so that nobody approves from a code and a title alone. */
function approvalDetail(i) {
  const rows = Array.isArray(i.detail) ? i.detail : [];
  if (!rows.length) return null;
  return h('dl', { class: 'details desk-approval-detail', dataset: { testid: 'desk-approval-detail' } },
    rows.map((r) => [h('dt', null, r.label), h('dd', { dataset: { name: r.name } }, r.value)]));
}

function duePanel(d) {
  const loans = (d.due && d.due.loans && d.due.loans.items) || [];
  const held = (d.due && d.due.custody_overdue && d.due.custody_overdue.items) || [];
  return panel('desk.due', 'desk-due',
    h('h3', null, t('desk.due.loans')),
    loans.length ? h('ul', { class: 'desk-list' }, loans.map((i) => h('li', { class: i.overdue ? 'late' : null, dataset: { testid: 'desk-loan' } },
      caseLink(i), ' ', h('span', { class: 'muted small' }, t('desk.due.back_by', fmtTime(i.loan_due_at))),
      i.overdue ? h('span', { class: 'badge badge-red' }, t('desk.due.late')) : null)))
      : h('p', { class: 'muted' }, t('desk.due.empty')),
    cutNote(d.due && d.due.loans),
    h('h3', null, t('desk.due.overdue')),
    held.length ? h('ul', { class: 'desk-list' }, held.map((i) => h('li', { class: 'late', dataset: { testid: 'desk-overdue' } },
      caseLink(i), ' ', h('span', { class: 'muted small' }, t('desk.due.stored_at', fmtTime(i.stored_at).slice(0, 10))))))
      : h('p', { class: 'muted' }, t('desk.due.empty')),
    cutNote(d.due && d.due.custody_overdue));
}

function numbersPanel(d) {
  const n = d.numbers || {};
  const tile = (label, v, testid) => h('div', { class: 'desk-num', dataset: { testid } },
    h('div', { class: 'desk-num-v' }, String(v ?? 0)), h('div', { class: 'desk-num-l' }, label));
  const open = n.open_by_type || {};
  const today = n.today_by_type || {};
  return panel('desk.numbers', 'desk-numbers',
    h('div', { class: 'desk-nums' },
      tile(t('desk.numbers.on_hand'), n.custody_on_hand, 'num-on-hand'),
      tile(t('desk.numbers.on_loan'), n.custody_on_loan, 'num-on-loan'),
      tile(t('desk.numbers.overdue'), n.custody_overdue, 'num-overdue'),
      tile(t('desk.numbers.commendations'), n.commendations_year, 'num-commendations')),
    h('ul', { class: 'desk-list desk-bytype' }, deskTypes(true).map((dt) => h('li', { dataset: { testid: 'desk-bytype-' + dt.type } },
      typeLabel(dt.type), ' · ', t('desk.numbers.open', open[dt.type] || 0), ' · ', t('desk.numbers.today', today[dt.type] || 0)))));
}

function handoversPanel(d, station) {
  const items = d.handovers || [];
  return panel('desk.handovers', 'desk-handovers',
    h('p', null, h('a', { class: 'btn', href: `#/desk/new/handover?org_id=${station.id}`, dataset: { testid: 'desk-handover-new' } }, t('desk.handovers.new')),
      ' ', h('a', { class: 'btn', href: `#/desk/handovers?org_id=${station.id}`, dataset: { testid: 'desk-handover-all' } }, t('desk.handovers.all'))),
    items.length ? h('ul', { class: 'desk-list' }, items.map((i) => h('li', { dataset: { testid: 'desk-handover', id: String(i.id) } },
      caseLink(i), ' ', statusBadge(i.status, 'handover'), ' ',
      h('a', { class: 'small', href: `#/handover/${i.id}/print` }, t('desk.handovers.print')))))
      : h('p', { class: 'muted' }, t('desk.handovers.empty')));
}

/* ---------- #/desk/new/<type> ---------- */

/** An input for a create field descriptor {name, kind, choices, required, max}. */
function inputFor(f, orgId, onError) {
  const name = f.name;
  switch (f.kind) {
    case 'int': {
      const el = h('input', { type: 'number', name, step: 1, min: 1, inputmode: 'numeric' });
      return { el, read: () => (el.value.trim() === '' ? undefined : Number(el.value)) };
    }
    case 'bool': {
      const el = h('input', { type: 'checkbox', name });
      return { el, read: () => el.checked };
    }
    case 'time': {
      const el = h('input', { type: 'date', name });
      return { el, read: () => el.value || undefined };
    }
    case 'choice': {
      const el = h('select', { name }, h('option', { value: '' }, t('common.pick')),
        (f.choices || []).map((ch) => h('option', { value: ch.code }, choiceLabel(ch))));
      return { el, read: () => el.value || undefined };
    }
    case 'photos': {
      const p = photoPicker({ onError, testid: 'desk-photos' });
      return { el: p.el, read: () => (p.ids().length ? p.ids() : undefined), busy: p.busy };
    }
    case 'user': {
      const el = h('select', { name, disabled: true }, h('option', { value: '' }, t('common.loading')));
      // the station's active staff (GET /staff: id, name and roles only — open to every desk role)
      api('GET', '/staff' + query({ org_id: orgId, limit: 200 })).then((r) => {
        clear(el).append(h('option', { value: '' }, t('common.pick')),
          ...((r && r.items) || []).map((u) => h('option', { value: String(u.id) }, staffLabel(u))));
        el.disabled = false;
      }).catch(() => { clear(el).append(h('option', { value: '' }, t('common.none'))); });
      return { el, read: () => (el.value ? Number(el.value) : undefined) };
    }
    default: {
      const el = (f.max || 0) > 200 ? h('textarea', { name, rows: 2, maxlength: f.max }) : h('input', { type: 'text', name, maxlength: f.max || 200 });
      return { el, read: () => el.value.trim() || undefined };
    }
  }
}

export async function renderNew(view, type, q, ctx) {
  const d = typeDesc(type);
  const stations = deskStations();
  if (!d || !d.desk || !stations.length) {
    view.append(h('section', { class: 'panel' }, h('p', null, stations.length ? t('desknew.unknown_type') : t('desk.no_station'))));
    return;
  }
  const label = typeLabel(type);
  document.title = `${t('desknew.title', label)} - ${t('app.name')}`;
  const station = stations.find((s) => s.id === Number(q.get('org_id'))) || stations[0];
  const org = h('select', { name: 'org_id' }, stations.map((s) => h('option', { value: String(s.id) }, s.name)));
  org.value = String(station.id);
  const title = h('input', { type: 'text', name: 'title', maxlength: 200, required: true, dataset: { testid: 'desknew-title' } });
  const body = h('textarea', { name: 'body', rows: 3, maxlength: 10000 });
  const specs = Array.isArray(d.create_fields) ? d.create_fields : [];
  const inputs = specs.map((f) => ({ f, ...inputFor(f, station.id, showError) }));
  // the persons of the type's person roles (物主, 赠送人 ...), from the persons registry
  const persons = (d.person_roles || []).length ? personInputs(type, { testid: 'desknew-persons' }) : null;
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'desknew-submit' } }, t('desknew.submit'));
  const form = h('form', { class: 'panel post-form desk-form', novalidate: true, dataset: { type } },
    field(t('desk.station'), org),
    field(t('desknew.field.title'), title, { required: true }),
    inputs.map((i) => field(fieldLabel(i.f), i.el, { required: i.f.required })),
    persons ? h('fieldset', { class: 'desk-persons' }, h('legend', null, t('desknew.persons')), persons.el) : null,
    field(t('desknew.field.body'), body),
    h('div', { class: 'form-buttons' }, h('a', { href: '#/desk', class: 'btn' }, t('common.cancel')), submit));
  view.append(h('div', { class: 'page-head' }, h('h1', null, t('desknew.title', label))), form);
  title.focus();

  let key = null;
  let keyFor = null;
  let busy = false;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (busy) return;
    clearAlerts();
    const payload = { type, org_id: Number(org.value), title: title.value.trim() };
    if (body.value.trim()) payload.body = body.value.trim();
    for (const i of inputs) {
      if (i.busy && i.busy()) { showError(t('photo.wait')); return; }
      const v = i.read();
      if (v === undefined) {
        if (i.f.required) { showError(fieldNeeded(i.f)); i.el.focus && i.el.focus(); return; }
        continue;
      }
      payload[i.f.name] = v;
    }
    if (persons) {
      const bad = persons.check();
      if (bad) { showError(bad.message); if (bad.input) bad.input.focus(); return; }
      const list = persons.value();
      if (list.length) payload.persons = list;
    }
    const sig = JSON.stringify(payload);
    if (sig !== keyFor) { key = uuid(); keyFor = sig; }
    busy = true;
    submit.disabled = true;
    try {
      const c = await api('POST', '/cases', payload, { headers: { 'Idempotency-Key': key } });
      setFlash({ text: t('desknew.done'), kind: 'success' });
      navigate('#/case/' + c.id);
    } catch (e) {
      if (ctx.isCurrent() && e.status !== 401) {
        showError(e);
        if (e.field && e.field.startsWith('persons') && persons) persons.focusField(e.field);
        else {
          const bad = e.field && form.querySelector(`[name="${CSS.escape(e.field)}"]`);
          if (bad) bad.focus();
        }
      }
    } finally {
      busy = false;
      submit.disabled = false;
    }
  });
}

/* ---------- #/desk/handovers?org_id= : the station's handover records (交接班记录) ---------- */

const HANDOVER_PAGE = 20;

export async function renderHandovers(view, q, ctx) {
  const stations = deskStations();
  if (!stations.length) {
    view.append(h('section', { class: 'panel' }, h('p', null, t('desk.no_station'))));
    return;
  }
  const station = stations.find((s) => s.id === Number(q.get('org_id'))) || stations[0];
  document.title = `${t('handovers.title', station.name)} - ${t('app.name')}`;
  const shift = ((typeDesc('handover') || {}).fields || []).find((f) => f.name === 'shift');
  const shiftLabel = (code) => {
    const ch = shift && (shift.choices || []).find((x) => x.code === code);
    return ch ? choiceLabel(ch) : dash(code);
  };
  const exports = exportLinks('handovers');
  exports.set('/handovers', { org_id: station.id });
  const tbody = h('tbody');
  const empty = h('p', { class: 'muted', hidden: true }, t('desk.handovers.empty'));
  const shown = h('p', { class: 'muted small' });
  const more = h('button', { type: 'button', class: 'btn', hidden: true, dataset: { testid: 'handovers-more' } }, t('common.more'));
  view.append(
    h('div', { class: 'page-head' }, h('h1', null, t('handovers.title', station.name)),
      h('a', { class: 'btn', href: `#/desk?org_id=${station.id}` }, '← ' + t('common.back'))),
    h('section', { class: 'panel', dataset: { testid: 'handovers' } },
      exports.el,
      h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
        h('thead', null, h('tr', null,
          h('th', null, t('sheet.col.code')), h('th', null, t('sheet.col.title')), h('th', null, t('sheet.shift')),
          h('th', null, t('sheet.signed_by')), h('th', null, t('handovers.col.signed_at')),
          h('th', null, t('sheet.accepted_by')), h('th', null, t('handovers.col.accepted_at')),
          h('th', null, t('sheet.col.status')), h('th', null, ''))),
        tbody)),
      empty, shown, more));

  let cursor = '';
  let count = 0;
  const latest = newest(ctx, { busy: (on) => { more.disabled = on; } });
  async function load() {
    const r = await latest(() => api('GET', '/handovers' + query({ org_id: station.id, limit: HANDOVER_PAGE, cursor })));
    if (!r) return;
    for (const i of r.items || []) {
      tbody.append(h('tr', { dataset: { testid: 'handover-row', id: String(i.id) } },
        h('td', null, h('a', { href: '#/case/' + i.id, class: 'code' }, i.code)),
        h('td', null, i.title),
        h('td', null, shiftLabel(i.shift)),
        h('td', null, dash(i.handed_by_name)),
        h('td', null, i.signed_at ? fmtTime(i.signed_at) : dash(null)),
        h('td', { dataset: { testid: 'handover-accepted-by' } }, dash(i.accepted_by_name)),
        h('td', null, i.accepted_at ? fmtTime(i.accepted_at) : dash(null)),
        h('td', null, statusBadge(i.status, 'handover')),
        h('td', null, h('a', { class: 'small', href: `#/handover/${i.id}/print` }, t('desk.handovers.print')))));
    }
    count += (r.items || []).length;
    cursor = r.next_cursor || '';
    more.hidden = !cursor;
    empty.hidden = count > 0;
    shown.textContent = count ? t('handovers.shown', count) : '';
  }
  more.addEventListener('click', load);
  await load();
}

/* ---------- #/handover/<id>/print ---------- */

export async function renderPrint(view, id, ctx) {
  const c = await api('GET', `/cases/${id}`);
  if (!ctx.isCurrent()) return;
  document.title = `${t('sheet.title')} ${c.code} - ${t('app.name')}`;
  document.body.classList.add('print-page');
  const shift = ((typeDesc('handover') || {}).fields || []).find((f) => f.name === 'shift');
  const shiftName = shift && (shift.choices || []).find((x) => x.code === c.shift);
  const accepted = (c.timeline || []).find((e) => e.action === 'accept');
  view.append(h('article', { class: 'a4', dataset: { testid: 'handover-print-view' } },
    h('p', { class: 'no-print' },
      h('a', { href: '#/case/' + c.id, class: 'btn' }, '← ' + t('common.back')), ' ',
      h('button', { type: 'button', class: 'btn btn-primary', onclick: () => window.print() }, t('desk.handovers.print'))),
    h('h1', null, `${c.org_name} ${t('sheet.title')}`),
    h('p', null, h('span', { class: 'code' }, c.code), ' · ', c.title, ' · ', `${t('sheet.shift')}：`, shiftName ? choiceLabel(shiftName) : dash(c.shift),
      ' · ', statusBadge(c.status, 'handover')),
    sheetView(c.sheet, c.notes),
    h('table', { class: 'table sign-table' }, h('tbody', null,
      h('tr', null, h('th', null, t('sheet.signed_by')), h('td', null, `${dash(c.reporter_name)} ${c.signed_at ? fmtTime(c.signed_at) : ''}`)),
      h('tr', null, h('th', null, t('sheet.accepted_by')), h('td', null, `${dash(accepted && accepted.actor_name)} ${c.accepted_at ? fmtTime(c.accepted_at) : ''}`)),
      h('tr', null, h('th', null, t('sheet.remarks')), h('td', null, dash(c.remarks)))))));
}
