// persons.js — people on cases (当事人) in the web app, shared by every page that needs them:
//   personInputs(type)   the person rows of a create form, for any type whose GET /types
//                        descriptor lists person_roles (checked here as the server checks them)
//   personsPanel(c, h)   the case page's masked list, with a 查看 button per value for the roles
//                        that may see a whole value; it asks for a reason in a dialog first
//   lookupBox()          a lookup by phone, ID number or full name (exact) with the cases in
//                        scope; the #/persons page holds one, the front desk page reuses it
//   renderLookup, renderAccessLog   the #/persons and #/access-log pages
// The server stays the only protection: masks, scope and roles are decided there.

import { h, clear } from './dom.js';
import { t, getLang, statusLabel, typeLabel } from './i18n.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
import { openDialog, field, showError, fmtTime, dash } from './ui.js';
import { typeDesc, hasRole } from './state.js';
import { exportLinks } from './export.js';

/** Whether the user may see whole values (officer, leader, operator, mediator). */
export function canReveal() {
  return hasRole('officer', 'leader', 'operator', 'mediator');
}

/** Whether the user may look persons up (those, and auxiliaries at the front desk). */
export function canLookup() {
  return canReveal() || hasRole('auxiliary');
}

/** The person roles of a case type ([{code, name_zh, name_en, min, max}]). */
export function personRoles(type) {
  const d = typeDesc(type);
  return (d && Array.isArray(d.person_roles)) ? d.person_roles : [];
}

function roleName(r) {
  return getLang() === 'en' ? r.name_en : r.name_zh;
}

/** A person's role on a case of `type` in the current language (the server's role_name is
 *  Chinese: 投诉人 showed on the English page), never its code. */
export function personRoleLabel(type, p) {
  const r = personRoles(type).find((x) => x.code === p.role);
  return r ? roleName(r) : (p.role_name || t('person.role'));
}

/* ---------- the same checks as the server (src/core/person_fmt.c) ---------- */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643: 17 digits, the check character and a real birth date not in the future. */
export function idCardValid(raw) {
  const s = String(raw).replace(/ /g, '').toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i];
  if ('10X98765432'[sum % 11] !== s[17]) return false;
  const y = Number(s.slice(6, 10)), m = Number(s.slice(10, 12)), d = Number(s.slice(12, 14));
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return false;
  return dt.getTime() <= Date.now() + 8 * 3600 * 1000;
}

/** A mainland mobile (11 digits, 1[3-9]) or a landline with its area code, +86 allowed. */
export function phoneValid(raw) {
  let s = String(raw).trim();
  if (!/^\+?[\d ()-]+$/.test(s)) return false;
  const plus = s.startsWith('+');
  s = s.replace(/[^\d]/g, '');
  if (plus) { if (!s.startsWith('86')) return false; s = s.slice(2); } else if (s.startsWith('0086')) s = s.slice(4);
  return /^1[3-9]\d{9}$/.test(s) || /^0[1-9]\d{8,10}$/.test(s);
}

const ID_TYPES = ['id_card', 'passport', 'hk_macao', 'taiwan', 'foreign_pr', 'other'];

/* ---------- inputs of a create form ---------- */

/**
 * The person rows of a create form for case type `type` (only the roles in `only` when given).
 * Returns {el, value(), check(), focusField(name)}: value() is the "persons" array of the filled
 * rows; check() the first problem as {message, input} or null; focusField("persons[1].phone")
 * focuses the input a server error names.
 */
export function personInputs(type, { only = null, testid = 'persons' } = {}) {
  const roles = personRoles(type).filter((r) => !only || only.includes(r.code));
  const rows = [];
  const list = h('div', { class: 'person-rows' });
  const addBtn = h('button', { type: 'button', class: 'btn btn-small', dataset: { testid: `${testid}-add` } }, t('person.add'));
  const el = h('div', { class: 'person-inputs', dataset: { testid } }, list, roles.length ? addBtn : null);

  function count(code) { return rows.filter((r) => r.role.value === code).length; }

  function renumber() {
    rows.forEach((r, i) => {
      for (const [k, input] of Object.entries(r.inputs)) input.name = `persons[${i}].${k}`;
      r.role.name = `persons[${i}].role`;
    });
    addBtn.disabled = !roles.some((r) => count(r.code) < (r.max || 1));
  }

  function addRow(code) {
    const role = h('select', { dataset: { testid: `${testid}-role` } },
      roles.map((r) => h('option', { value: r.code }, roleName(r))));
    role.value = code || (roles.find((r) => count(r.code) < (r.max || 1)) || roles[0]).code;
    const inputs = {
      name: h('input', { type: 'text', maxlength: 64, autocomplete: 'off', dataset: { testid: `${testid}-name` } }),
      phone: h('input', { type: 'tel', maxlength: 32, inputmode: 'tel', autocomplete: 'off', dataset: { testid: `${testid}-phone` } }),
      id_type: h('select', null, ID_TYPES.map((c) => h('option', { value: c }, t('person.id_type.' + c)))),
      id_number: h('input', { type: 'text', maxlength: 40, autocomplete: 'off', spellcheck: 'false', dataset: { testid: `${testid}-id` } }),
      address: h('input', { type: 'text', maxlength: 200, autocomplete: 'off' }),
      note: h('input', { type: 'text', maxlength: 500, autocomplete: 'off' }),
    };
    const row = { role, inputs };
    const remove = h('button', { type: 'button', class: 'btn btn-small btn-danger-outline' }, t('person.remove'));
    const box = h('fieldset', { class: 'person-row' },
      h('legend', null, t('person.legend')),
      h('div', { class: 'field-row' }, field(t('person.role'), role), field(t('person.name'), inputs.name), field(t('person.phone'), inputs.phone)),
      h('div', { class: 'field-row' }, field(t('person.id_type'), inputs.id_type), field(t('person.id_number'), inputs.id_number)),
      h('div', { class: 'field-row' }, field(t('person.address'), inputs.address), field(t('person.note'), inputs.note)),
      h('div', { class: 'form-buttons' }, remove));
    row.box = box;
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(row), 1);
      box.remove();
      renumber();
    });
    role.addEventListener('change', renumber);
    rows.push(row);
    list.append(box);
    renumber();
  }
  addBtn.addEventListener('click', () => addRow());
  // a role the type requires gets its rows from the start
  for (const r of roles) for (let i = 0; i < (r.min || 0); i++) addRow(r.code);
  renumber();

  const filled = (r) => Object.entries(r.inputs).some(([k, i]) => k !== 'id_type' && i.value.trim());
  return {
    el,
    value() {
      return rows.filter(filled).map((r) => {
        const p = { role: r.role.value };
        for (const [k, i] of Object.entries(r.inputs)) if (k !== 'id_type' && i.value.trim()) p[k] = i.value.trim();
        if (p.id_number) p.id_type = r.inputs.id_type.value;
        return p;
      });
    },
    check() {
      for (const r of roles) {
        const n = rows.filter((x) => filled(x) && x.role.value === r.code).length;
        if (n < (r.min || 0)) return { message: t('person.need_role', roleName(r)), input: addBtn };
        if (n > (r.max || 1)) return { message: t('person.too_many', roleName(r), r.max || 1), input: addBtn };
      }
      for (const r of rows.filter(filled)) {
        const i = r.inputs;
        if (!i.name.value.trim() && !i.phone.value.trim() && !i.id_number.value.trim()) return { message: t('person.need_value'), input: i.name };
        if (i.phone.value.trim() && !phoneValid(i.phone.value)) return { message: t('person.bad_phone'), input: i.phone };
        if (i.id_number.value.trim() && i.id_type.value === 'id_card' && !idCardValid(i.id_number.value)) return { message: t('person.bad_id'), input: i.id_number };
      }
      return null;
    },
    focusField(name) {
      const input = name && el.querySelector(`[name="${CSS.escape(name)}"]`);
      if (input) input.focus();
      return !!input;
    },
  };
}

/* ---------- the case page ---------- */

const FIELDS = ['name', 'phone', 'id_number', 'address'];

/** Asks for a reason, reveals one whole value, shows it; onDone() after (the timeline grew). */
export function revealDialog(person, fieldName, caseId, onDone) {
  const reason = h('textarea', { name: 'reason', rows: 3, maxlength: 200, required: true, dataset: { testid: 'reveal-reason' } });
  openDialog({
    title: t('person.reveal_title', t('person.' + fieldName)),
    testid: 'reveal-dialog',
    body: h('div', null,
      h('p', { class: 'hint' }, t('person.reveal_hint')),
      field(t('person.reason'), reason, { required: true })),
    submitLabel: t('person.reveal'),
    async onSubmit(ctx) {
      if (!reason.value.trim()) {
        ctx.showError(t('person.need_reason'));
        reason.focus();
        return false;
      }
      const res = await api('POST', `/persons/${person.id}/reveal`, { field: fieldName, reason: reason.value.trim(), case_id: caseId });
      openDialog({
        title: t('person.' + fieldName),
        testid: 'revealed-dialog',
        body: h('div', null,
          h('p', { class: 'revealed-value', dataset: { testid: 'revealed-value' } }, res.value === null ? t('common.none') : res.value),
          h('p', { class: 'hint' }, t('person.revealed_logged'))),
        submitLabel: t('common.close'),
        onSubmit: async () => true,
      });
      if (onDone) onDone();
      return true;
    },
  });
}

/** The masked persons of a case, with a 查看 button per value for the roles that may. */
export function personsPanel(c, { onRevealed } = {}) {
  const persons = Array.isArray(c.persons) ? c.persons : [];
  if (!persons.length) return null;
  const reveal = canReveal();
  const cell = (p, f) => {
    const v = p[f];
    if (v === null || v === undefined) return h('td', null, t('common.none'));
    return h('td', null, h('span', { class: 'masked', dataset: { testid: `person-${f}` } }, f === 'id_number' && p.id_type ? `${v}` : v),
      reveal ? h('button', { type: 'button', class: 'btn btn-small btn-ghost reveal-btn', dataset: { testid: `reveal-${f}` },
        title: t('person.reveal_title', t('person.' + f)),
        onclick: () => revealDialog(p, f, c.id, onRevealed) }, t('person.reveal')) : null);
  };
  return h('section', { class: 'panel persons-panel', 'aria-labelledby': 'persons-h', dataset: { testid: 'persons-panel' } },
    h('h2', { id: 'persons-h' }, t('person.panel')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'table persons-table' },
      h('thead', null, h('tr', null, h('th', null, t('person.role')), FIELDS.map((f) => h('th', null, t('person.' + f))))),
      h('tbody', null, persons.map((p) => h('tr', { dataset: { person: String(p.id) } },
        h('td', null, personRoleLabel(c.type, p)), FIELDS.map((f) => cell(p, f))))))),
    reveal ? h('p', { class: 'hint' }, t('person.reveal_note')) : null);
}

/** The timeline line of a reveal: which field of whom (never the value). */
export function revealLine(ev, c) {
  const d = ev.data || {};
  const p = (c.persons || []).find((x) => x.id === d.person_id);
  return t('person.revealed_line', t('person.' + d.field), p ? `${personRoleLabel(c.type, p)} ${p.name || ''}`.trim() : '#' + d.person_id);
}

/* ---------- lookup ---------- */

/** A lookup by phone, ID number or full name; results masked with the cases in scope. */
export function lookupBox({ testid = 'person-lookup' } = {}) {
  const kind = h('select', { name: 'kind', dataset: { testid: `${testid}-kind` } },
    ['phone', 'id_number', 'name'].map((k) => h('option', { value: k }, t('person.' + k))));
  const value = h('input', { name: 'value', type: 'search', maxlength: 64, autocomplete: 'off', dataset: { testid: `${testid}-value` } });
  const btn = h('button', { type: 'submit', class: 'btn btn-primary' }, t('person.lookup'));
  const out = h('div', { class: 'lookup-results', 'aria-live': 'polite', dataset: { testid: `${testid}-results` } });
  const exp = exportLinks('persons');
  exp.el.hidden = true;
  const form = h('form', { class: 'panel lookup-form', novalidate: true, dataset: { testid } },
    h('div', { class: 'field-row' }, field(t('person.lookup_by'), kind), field(t('person.lookup_value'), value)),
    h('div', { class: 'form-buttons' }, btn));
  let cursor = null;
  let params = null;
  const latest = newest(null, { onError: (e) => { throw e; } });

  async function run(more) {
    const res = await latest(() => api('GET', '/persons' + query({ ...params, cursor: more ? cursor : undefined })));
    if (!res) return;
    if (!more) clear(out);
    exp.set('/persons', params);
    exp.el.hidden = false;
    if (!res.items.length && !more) out.append(h('p', { class: 'muted', dataset: { testid: 'lookup-none' } }, t('person.none_found')));
    for (const p of res.items) {
      out.append(h('div', { class: 'panel lookup-person', dataset: { testid: 'lookup-person', person: String(p.id) } },
        h('p', { class: 'lookup-who' },
          h('strong', null, dash(p.name)), ' ', dash(p.phone), ' ', p.id_number ? dash(p.id_number) : ''),
        h('ul', { class: 'lookup-cases' }, p.cases.map((x) => h('li', null,
          h('a', { href: '#/case/' + x.id }, x.code), ' ',
          typeLabel(x.type), ' · ', personRoleLabel(x.type, x), ' · ', statusLabel(x.status, x.type), ' · ', fmtTime(x.created_at)))),
        p.cases_cut ? h('p', { class: 'hint' }, t('person.cases_cut')) : null));
    }
    cursor = res.next_cursor;
    if (cursor) {
      const moreBtn = h('button', { type: 'button', class: 'btn', dataset: { testid: 'lookup-more' } }, t('common.more'));
      moreBtn.addEventListener('click', async () => { moreBtn.remove(); try { await run(true); } catch (e) { showError(e); } });
      out.append(moreBtn);
    }
    if (res.cut) out.append(h('p', { class: 'hint' }, t('person.cut')));
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const v = value.value.trim();
    if (!v) { value.focus(); return; }
    if (kind.value === 'phone' && !phoneValid(v)) { showError(t('person.bad_phone')); value.focus(); return; }
    params = { [kind.value]: v };
    btn.disabled = true;
    try { await run(false); } catch (e) { if (e.status !== 401) showError(e); } finally { btn.disabled = false; }
  });
  return { el: h('div', null, form, exp.el, out), form };
}

export async function renderLookup(view) {
  document.title = `${t('person.lookup_title')} - ${t('app.name')}`;
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('person.lookup_title')), h('p', { class: 'muted' }, t('person.lookup_intro')))),
  lookupBox().el);
}

/* ---------- the access log (leaders) ---------- */

export async function renderAccessLog(view, q, ctx) {
  document.title = `${t('person.log_title')} - ${t('app.name')}`;
  const from = h('input', { type: 'date', name: 'from', value: q.get('from') || '' });
  const to = h('input', { type: 'date', name: 'to', value: q.get('to') || '' });
  const exp = exportLinks('access-log');
  const body = h('tbody');
  const moreBox = h('div');
  const form = h('form', { class: 'panel filters', novalidate: true },
    h('div', { class: 'field-row' }, field(t('person.log_from'), from), field(t('person.log_to'), to)),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'btn btn-primary' }, t('common.search'))));
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('person.log_title')), h('p', { class: 'muted' }, t('person.log_intro'))), exp.el),
  form,
  h('section', { class: 'panel' }, h('div', { class: 'table-wrap' }, h('table', { class: 'table', dataset: { testid: 'access-log' } },
    h('thead', null, h('tr', null, ['log_at', 'log_user', 'log_field', 'log_reason', 'log_case', 'log_unit'].map((k) => h('th', null, t('person.' + k))))),
    body)), moreBox));

  const latest = newest(ctx);   // the dates changed twice quickly: the second answer
  async function load(cursor) {
    const params = { from: from.value || undefined, to: to.value || undefined };
    exp.set('/access-log', params);
    const res = await latest(() => api('GET', '/access-log' + query({ ...params, cursor })));
    if (!res) return;
    if (!cursor) clear(body);
    clear(moreBox);
    for (const it of res.items) {
      body.append(h('tr', null, h('td', null, fmtTime(it.at)), h('td', null, dash(it.user_name)),
        h('td', null, t('person.' + it.field)), h('td', null, it.reason),
        h('td', null, it.case_id ? h('a', { href: '#/case/' + it.case_id }, it.case_code) : t('common.none')),
        h('td', null, dash(it.org_name))));
    }
    if (!res.items.length && !cursor) body.append(h('tr', null, h('td', { colspan: 6, class: 'muted' }, t('person.log_empty'))));
    if (res.next_cursor) {
      const b = h('button', { type: 'button', class: 'btn' }, t('common.more'));
      b.addEventListener('click', () => load(res.next_cursor));
      moreBox.append(b);
    }
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
  await load();
}
