// types/desk-kit.js — what the front-desk type modules (visit, help, incident, cctv, archive;
// 阳光坐席) share: their words in both languages (kept here, so the modules stay self-contained),
// the linked-cases panel with the "start from this case" buttons, and the create form each type
// draws at #/new/<type> (a case started from another one carries ?from=<id>: the server links
// them both ways).

import { h } from '../dom.js';
import { getLang, typeLabel, statusLabel, choiceLabel, fieldLabel } from '../i18n.js';
import { api, uuid } from '../api.js';
import { session, typeDesc, hasGrant } from '../state.js';
import { showError, clearAlerts, field } from '../ui.js';
import { navigate, setFlash } from '../router.js';
import { loadOrgs } from '../page-board.js';
import { personRoleLabel } from '../persons.js';

/** The text in the chosen language. */
export const L = (zh, en) => (getLang() === 'en' ? en : zh);

const POLICE_KINDS = ['police_bureau', 'police_station', 'police_area'];

/** Whether the user may register `type` somewhere (its create roles on a police unit). */
export function mayCreate(type) {
  const d = typeDesc(type);
  const roles = (d && d.create_roles) || [];
  return hasGrant(roles, POLICE_KINDS) || hasGrant(['admin'], ['province', 'city', 'county']);
}

/** The panel of linked cases (关联案件) with buttons that start a new case from this one. */
export function linksPanel(c, starts = []) {
  const links = Array.isArray(c.links) ? c.links : [];
  const buttons = starts.filter((s) => c.status && mayCreate(s.type)).map((s) => h('a', {
    class: 'btn btn-small', href: `#/new/${s.type}?from=${c.id}`, dataset: { testid: `start-${s.type}` },
  }, s.label));
  if (!links.length && !buttons.length) return null;
  return h('section', { class: 'panel links-panel', dataset: { testid: 'case-links' } },
    h('h2', null, L('关联案件', 'Linked cases')),
    links.length
      ? h('ul', { class: 'links-list' }, links.map((l) => h('li', { dataset: { testid: 'case-link' } },
        h('a', { href: `#/case/${l.id}` }, h('span', { class: 'tag' }, typeLabel(l.type)), ' ',
          h('span', { class: 'code' }, l.code), ' ', l.title),
        ' ', h('span', { class: 'badge status-' + String(l.status).replace(/[^a-z_]/g, '') }, statusLabel(l.status, l.type)))))
      : h('p', { class: 'muted' }, L('暂无关联案件', 'No linked cases')),
    buttons.length ? h('div', { class: 'form-buttons' }, buttons) : null);
}

/** The descriptor field `name` of `type` (labels, choices), or a stand-in. */
export function descField(type, name, zh, en) {
  const d = typeDesc(type);
  const f = d && (d.fields || []).find((x) => x.name === name);
  return f || { name, label_zh: zh, label_en: en, kind: 'text' };
}

function input(spec, type) {
  const name = spec.name;
  if (spec.kind === 'category') {
    const d = typeDesc(type);
    const names = (d && d.category_names) || ((d && d.categories) || []).map((code) => ({ code, name_zh: code, name_en: code }));
    return h('select', { name }, h('option', { value: '' }, L('请选择', 'Choose')),
      names.map((k) => h('option', { value: k.code }, L(k.name_zh, k.name_en))));
  }
  if (spec.kind === 'choice') {
    return h('select', { name }, spec.required ? h('option', { value: '' }, L('请选择', 'Choose')) : null,
      (spec.choices || []).map((ch) => h('option', { value: ch.code }, choiceLabel(ch))));
  }
  if (spec.kind === 'int') return h('input', { name, type: 'number', min: 1, step: 1, inputmode: 'numeric' });
  if (spec.kind === 'time') return h('input', { name, type: 'datetime-local' });
  if (spec.kind === 'textarea') return h('textarea', { name, rows: 3, maxlength: 2000 });
  return h('input', { name, type: 'text', maxlength: spec.max || 200 });
}

function read(spec, el) {
  const v = el.value.trim();
  if (v === '') return undefined;
  if (spec.kind === 'int') return Number(v);
  if (spec.kind === 'time') return v.length === 16 ? `${v}:00+08:00` : `${v}+08:00`;
  return v;
}

/**
 * Posts a create form's payload with an Idempotency-Key kept in idem ({key, for}: the same key
 * while the payload stays the same, so a retried click creates one case), then opens the new
 * case with flash(c) as the notice; on a refusal shows it and focuses the field it names (a
 * person's field as person_<name>).
 */
export async function postCreate({ form, submit, ctx, payload, idem, flash }) {
  const sig = JSON.stringify(payload);
  if (sig !== idem.for) { idem.key = uuid(); idem.for = sig; }
  submit.disabled = true;
  try {
    const c = await api('POST', '/cases', payload, { headers: { 'Idempotency-Key': idem.key } });
    setFlash({ text: flash(c), kind: 'success' });
    navigate('#/case/' + c.id);
  } catch (e) {
    if (ctx.isCurrent() && e.status !== 401) {
      showError(e);
      const pf = e.field && /^persons\[\d+\]\.(\w+)$/.exec(e.field);
      const bad = e.field && form.querySelector(`[name="${CSS.escape(pf ? 'person_' + pf[1] : e.field)}"]`);
      if (bad) bad.focus();
    }
  } finally {
    submit.disabled = false;
  }
}

/**
 * The create form of a desk type at #/new/<type>: a title, the type's own inputs (specs:
 * [{name, label: [zh, en], kind: text|textarea|int|time|choice|category, choices, required}]),
 * the station, and the case it starts from (?from=); person: {role, label: [zh, en], required}
 * adds the person's name, phone and ID number (sent as "persons": the registry keeps them
 * encrypted; the case shows them masked). Posts with an Idempotency-Key.
 */
export async function renderCreate(view, q, ctx, type, specs, { titleHint = ['', ''], person = null } = {}) {
  const from = q && q.get('from') && /^\d+$/.test(q.get('from')) ? Number(q.get('from')) : null;
  // from the desk page's quick-register button (#/new/<type>?org_id=): its station, back to it
  const deskOrg = q && q.get('org_id') && /^\d+$/.test(q.get('org_id')) ? Number(q.get('org_id')) : null;
  document.title = `${L('登记', 'Register')}${typeLabel(type)}`;
  const title = h('input', { name: 'title', type: 'text', maxlength: 200, placeholder: L(titleHint[0], titleHint[1]) });
  const org = h('select', { name: 'org_id', disabled: true }, h('option', { value: '' }, L('正在加载…', 'Loading…')));
  const body = h('textarea', { name: 'body', rows: 3, maxlength: 10000 });
  const inputs = specs.map((s) => ({ s, el: input(s, type) }));
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'desk-submit' } }, L('登记', 'Register'));
  const who = person ? {
    name: h('input', { name: 'person_name', type: 'text', maxlength: 64, autocomplete: 'off' }),
    phone: h('input', { name: 'person_phone', type: 'tel', maxlength: 20, autocomplete: 'off' }),
    id_number: h('input', { name: 'person_id_number', type: 'text', maxlength: 32, autocomplete: 'off' }),
  } : null;
  const whoBox = who ? h('fieldset', { class: 'person-inputs', dataset: { testid: 'desk-person' } },
    h('legend', null, L(person.label[0], person.label[1])),
    h('div', { class: 'field-row' },
      field(L('姓名', 'Name'), who.name, { required: person.required }),
      field(L('联系电话', 'Phone'), who.phone),
      field(L('身份证号', 'ID card number'), who.id_number))) : null;
  const fromBox = h('p', { class: 'muted', dataset: { testid: 'desk-from' } });
  const form = h('form', { class: 'panel post-form', novalidate: true, dataset: { testid: `new-${type}` } },
    from ? fromBox : null,
    field(L('事项摘要', 'Summary'), title, { required: true }),
    inputs.map((i) => field(L(i.s.label[0], i.s.label[1]), i.el, { required: i.s.required })),
    whoBox,
    field(L('详细情况', 'Details'), body),
    field(L('所属派出所', 'Police station'), org, { required: true }),
    h('div', { class: 'form-buttons' }, h('a', { href: from ? `#/case/${from}` : deskOrg ? `#/desk?org_id=${deskOrg}` : '#/', class: 'btn' }, L('取消', 'Cancel')), submit));
  view.append(h('div', { class: 'page-head' }, h('h1', null, `${L('登记', 'Register')}${L('', ' ')}${typeLabel(type)}`)), form);
  const idem = { key: null, for: null };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearAlerts();
    const payload = { type, title: title.value.trim() };
    if (!payload.title) { showError(L('请填写事项摘要', 'Please give a summary')); title.focus(); return; }
    for (const i of inputs) {
      const v = read(i.s, i.el);
      if (v === undefined) {
        if (i.s.required) { showError(L(`请填写${i.s.label[0]}`, `Please fill in ${i.s.label[1]}`)); i.el.focus(); return; }
        continue;
      }
      payload[i.s.name] = v;
    }
    if (who) {
      const p = { role: person.role };
      for (const [k, el] of Object.entries(who)) if (el.value.trim()) p[k] = el.value.trim();
      if (Object.keys(p).length > 1) payload.persons = [p];
      else if (person.required) { showError(L(`请填写${person.label[0]}`, `Please fill in the ${person.label[1]}`)); who.name.focus(); return; }
    }
    if (body.value.trim()) payload.body = body.value.trim();
    if (org.value) payload.org_id = Number(org.value);
    if (from) payload.links = [from];
    await postCreate({ form, submit, ctx, payload, idem, flash: () => L('已登记', 'Registered') });
  });
  title.focus();
  if (from) {
    api('GET', `/cases/${from}`).then((c) => {
      fromBox.textContent = `${L('由以下案件发起：', 'Started from: ')}${typeLabel(c.type)} ${c.code} ${c.title}`;
      if (!title.value) title.value = c.title;
    }).catch(() => { fromBox.textContent = ''; });
  }
  const orgs = await loadOrgs();
  if (!ctx.isCurrent()) return;
  const stations = orgs.filter((o) => o.kind === 'police_station');
  org.replaceChildren(...stations.map((o) => h('option', { value: String(o.id) }, o.name)));
  const mine = ((session.user && session.user.grants) || []).find((g) => g.org_kind === 'police_station');
  if (mine && stations.some((o) => o.id === mine.org_id)) org.value = String(mine.org_id);
  if (deskOrg && stations.some((o) => o.id === deskOrg)) org.value = String(deskOrg);
  org.disabled = false;
}

/** A row of the case page for descriptor field `name` of case c, or null when empty. */
export function row(type, c, name, value) {
  const f = descField(type, name, name, name);
  const v = value !== undefined ? value : c[name];
  if (v === null || v === undefined || v === '') return null;
  return [fieldLabel(f), v, 'case-field-' + name];
}

/** The label of choice code of descriptor field `name` of `type`. */
export function choiceName(type, name, code) {
  const f = descField(type, name, name, name);
  const ch = (f.choices || []).find((x) => x.code === code);
  return ch ? choiceLabel(ch) : code;
}

/** The name of category code of `type` (GET /types category_names). */
export function categoryName(type, code) {
  const d = typeDesc(type);
  const k = d && (d.category_names || []).find((x) => x.code === code);
  return k ? L(k.name_zh, k.name_en) : code;
}

/**
 * The case page's rows of a desk type: its category by name (when it has one), then its own
 * fields from the descriptor, without those in skip (e.g. ids shown elsewhere).
 */
export function deskRows(type, c, ui, skip = [], fieldRowsFn) {
  const d = typeDesc(type);
  // empty fields (a refusal's reason on an approved review) are left out
  const fields = ((d && d.fields) || []).filter((f) => !skip.includes(f.name) &&
    c[f.name] !== null && c[f.name] !== undefined && c[f.name] !== '');
  return [
    c.category ? [L('类别', 'Category'), categoryName(type, c.category), 'case-field-category'] : null,
    c.address ? [L('地点', 'Place'), c.address, 'case-field-address'] : null,
    // the persons (当事人), masked by the server; a reveal is the persons registry's
    ...(Array.isArray(c.persons) ? c.persons : []).map((p) => [personRoleLabel(type, p),
      [p.name, p.phone, p.id_number].filter(Boolean).join('　') || L('（未登记）', '(not given)'), 'case-person-' + p.role]),
    ...fieldRowsFn(fields, c, ui),
  ].filter(Boolean);
}

/**
 * The lines a desk action adds to its timeline entry: each field it carried, by the label of its
 * descriptor ("调阅点位：2 号探头", "破案日期：…"). Result, reason and assignee are drawn by the
 * case page itself.
 */
export function timelineLines(type) {
  return (ev, c, fmtTime) => {
    const d = ev && ev.data && typeof ev.data === 'object' ? ev.data : null;
    if (!d || ev.kind !== 'action') return [];
    const desc = typeDesc(type);
    const a = desc && (desc.actions || []).find((x) => x.code === ev.action);
    const specs = (a && a.fields) || [];
    const lines = [];
    for (const [k, v] of Object.entries(d)) {
      if (['result', 'reason', 'assignee_id', 'note'].includes(k) || v === null || v === undefined || v === '') continue;
      const f = specs.find((x) => x.name === k) || descField(type, k, k, k);
      let text = String(v);
      if (f.kind === 'time') text = fmtTime(v);
      else if (f.kind === 'bool' || typeof v === 'boolean') text = v ? L('是', 'Yes') : L('否', 'No');
      else if (f.kind === 'choice') text = choiceName(type, k, v);
      lines.push(`${fieldLabel(f)}：${text}`);
    }
    return lines;
  };
}
