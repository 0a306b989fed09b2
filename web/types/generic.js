// types/generic.js — what any case type gets without front-end code of its own: its fields shown
// from the descriptor of GET /api/v1/types (fields: [{name, label_zh, label_en, kind, choices,
// list, public}]), and an action dialog built from the action's own `fields` (or, from a server
// that does not send them yet, its `requires` list). Also sendCaseAction, which every type's
// dialogs use to post an action with the version on screen.

import { h, clear } from '../dom.js';
import { t, fieldLabel, fieldNeeded, choiceLabel, actionLabel, staffLabel } from '../i18n.js';
import { api, query } from '../api.js';
import { typeDesc } from '../state.js';
import { openDialog, field, fmtTime, dash, confirmDialog } from '../ui.js';
import { photoStrip, photoPicker } from '../events.js';
import { loadOrgs } from '../page-board.js';

const TEXT_MAX = 2000;

/**
 * POST an action of any type with the version on screen. Resolves true when the dialog should
 * close: after success (onDone(res, action)) and after a 409 stale/not-allowed (the dialog is
 * closed, then onConflict(e)). Other errors are thrown, to show inside the dialog.
 */
export async function sendCaseAction(dlg, c, action, extra, { onDone, onConflict }) {
  const payload = { action, version: c.version, ...extra };
  try {
    const res = await api('POST', `/cases/${c.id}/actions`, payload);
    await onDone(res, action);
    return true;
  } catch (e) {
    if (e.status === 409 && (e.code === 'stale_version' || e.code === 'action_not_allowed')) {
      dlg.close();
      await onConflict(e);
      return true;
    }
    throw e;
  }
}

/** The descriptor of `action` of `type` from GET /types, or null. */
export function actionDesc(type, action) {
  const d = typeDesc(type);
  return (d && (d.actions || []).find((a) => a.code === action)) || null;
}

/* ---------- showing a field ---------- */

/** The value of field descriptor `f` on case `c`, ready to show (text or an element). */
export function fieldValue(f, c, ui = {}) {
  const v = c[f.name];
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) return t('common.none');
  switch (f.kind) {
    case 'time': return fmtTime(v);
    case 'bool': return t(v ? 'common.yes' : 'common.no');
    case 'int': return String(v);
    case 'choice': {
      const ch = (f.choices || []).find((x) => x.code === v);
      return ch ? choiceLabel(ch) : String(v);
    }
    case 'photos': return photoStrip(v) || t('common.none');
    case 'unit': {
      const name = c[f.name.replace(/_id$/, '') + '_name'];
      return ui.orgLabel ? ui.orgLabel(v, name) : dash(name);
    }
    case 'user': {
      const name = c[f.name.replace(/_id$/, '') + '_name'];
      if (name || !c.org_id) return dash(name);
      // the case JSON carries only the id (受表扬民警, 审批人): named from the unit's staff
      const el = h('span', null, t('common.none'));
      staffNames(c.org_id).then((m) => { if (m.has(v)) el.textContent = m.get(v); }).catch(() => {});
      return el;
    }
    default: return typeof v === 'object' ? t('common.none') : String(v);
  }
}

const staffCache = new Map();
/** id → name of a unit's active staff (GET /staff, first 200), one request per unit a page. */
function staffNames(orgId) {
  if (!staffCache.has(orgId)) {
    const p = api('GET', '/staff' + query({ org_id: orgId, limit: 200 }))
      .then((r) => new Map(((r && r.items) || []).map((u) => [u.id, u.name])));
    p.catch(() => staffCache.delete(orgId));
    staffCache.set(orgId, p);
    setTimeout(() => staffCache.delete(orgId), 60000);
  }
  return staffCache.get(orgId);
}

/** Case-page rows ([label, value, testid]) of a type's fields, from its descriptor. */
export function fieldRows(fields, c, ui) {
  return (fields || []).filter((f) => f && f.name)
    .map((f) => [fieldLabel(f), fieldValue(f, c, ui), 'case-field-' + f.name]);
}

/* ---------- the action dialog ---------- */

/** An input for field descriptor `f`: {el, read() → value | undefined, focus}. */
function inputFor(f, c, onError) {
  const name = f.name;
  switch (f.kind) {
    case 'int': {
      const el = h('input', { type: 'number', name, step: 1, inputmode: 'numeric' });
      return { el, focus: el, read: () => (el.value.trim() === '' ? undefined : Number(el.value)) };
    }
    case 'bool': {
      const el = h('input', { type: 'checkbox', name });
      return { el, focus: el, read: () => el.checked };
    }
    case 'time': {
      const el = h('input', { type: 'datetime-local', name });
      return { el, focus: el, read: () => (el.value ? el.value + ':00+08:00' : undefined) };
    }
    case 'choice': {
      const el = h('select', { name }, h('option', { value: '' }, t('common.pick')),
        (f.choices || []).map((ch) => h('option', { value: ch.code }, choiceLabel(ch))));
      return { el, focus: el, read: () => el.value || undefined };
    }
    case 'photos': {
      const p = photoPicker({ onError, testid: 'action-photos' });
      return { el: p.el, focus: p.input, read: () => (p.ids().length ? p.ids() : undefined), busy: p.busy };
    }
    case 'unit':
    case 'user': {
      const el = h('select', { name, disabled: true }, h('option', { value: '' }, t('common.loading')));
      const load = f.kind === 'unit'
        ? loadOrgs().then((os) => os.map((o) => [o.id, o.name]))
        : api('GET', '/staff' + query({ org_id: c.org_id, limit: 200 })).then((r) => ((r && r.items) || []).map((u) => [u.id, staffLabel(u)]));
      load.then((opts) => {
        clear(el).append(h('option', { value: '' }, t('common.pick')), ...opts.map(([id, label]) => h('option', { value: String(id) }, label)));
        el.disabled = false;
      }).catch((e) => { clear(el).append(h('option', { value: '' }, t('common.none'))); onError(e); });
      return { el, focus: el, read: () => (el.value ? Number(el.value) : undefined) };
    }
    default: {
      const el = h('textarea', { name, rows: 3, maxlength: TEXT_MAX });
      return { el, focus: el, read: () => el.value.trim() || undefined };
    }
  }
}

/**
 * The fields an action asks for: its own `fields` descriptor when the server sends one, else
 * built from `requires` ("note", "fields.result", a trailing "?" for optional), labelled from the
 * type's field descriptors where they name the field.
 */
export function actionFields(type, action) {
  const a = actionDesc(type, action);
  const required = new Set(((a && a.requires) || []).filter((r) => !String(r).endsWith('?')).map((r) => String(r)));
  if (a && Array.isArray(a.fields)) {
    const specs = a.fields.map((f) => ({ ...f, required: f.required ?? (required.has(f.name) || required.has('fields.' + f.name)) }));
    // an action that needs a reason asks for it (note): its descriptor's fields leave it out
    if (a.needs_reason || required.has('note')) {
      const reason = t('action.field.reason'); // already in the chosen language
      specs.push({ name: 'note', label_zh: reason, label_en: reason, kind: 'text', required: true });
    }
    return specs;
  }
  const typeFields = (typeDesc(type) && typeDesc(type).fields) || [];
  return ((a && a.requires) || []).map((raw) => {
    const optional = String(raw).endsWith('?');
    const full = String(raw).replace(/\?$/, '');
    const name = full.replace(/^fields\./, '');
    if (full === 'note') {
      const reason = t('action.field.reason'); // already in the chosen language
      return { name: 'note', label_zh: reason, label_en: reason, kind: 'text', required: !optional };
    }
    const known = typeFields.find((f) => f.name === name);
    return { ...(known || { name, label_zh: name, label_en: name, kind: /_id$/.test(name) ? 'user' : 'text' }), required: !optional };
  });
}

/** What an approver decides on (待我审批: the disposal asked for, the reason, who asked, the
 *  item) as a <dl class="details">: the rows GET /desk gave the row (`detail`, [{name, label,
 *  value}] in the page's language) when the dialog was opened from the desk, else fallback()'s
 *  [name, label, value] read off the case. testid names the list, prefix + name each value; a
 *  value may be a node; an empty one is a dash. */
export function askedList(detail, fallback, testid, prefix) {
  const rows = Array.isArray(detail) && detail.length ? detail.map((r) => [r.name, r.label, r.value]) : fallback();
  return h('dl', { class: 'details', dataset: { testid } },
    rows.map(([name, label, value]) => [h('dt', null, label),
      h('dd', { dataset: { testid: prefix + name } }, value instanceof Node ? value : dash(value))]));
}

/** The newest event of action on c's timeline (what a request asked), or undefined. */
export function lastEvent(c, action) {
  return (c.timeline || []).filter((e) => e.action === action).pop();
}

/** The dialog of an action that no type module knows: one input per field the action asks for.
 *  opts.confirm: a question asked once more after the inputs (an irreversible action with
 *  inputs), or a function of what is sent ({note, fields}) answering it; opts.question: the
 *  dialog's own question when the action has no inputs; opts.danger: its button drawn as one
 *  that cannot be undone (as the second question's is); opts.note: an optional note under the
 *  question (备注（可选）: an approver's comment, kept on the timeline). */
export function openGenericAction(c, action, type, handlers, opts = {}) {
  const label = actionLabel(action, type);
  const specs = actionFields(type, action);
  const note = t('action.field.note'); // already in the chosen language
  const all = opts.note && !specs.some((f) => f.name === 'note')
    ? [...specs, { name: 'note', label_zh: note, label_en: note, kind: 'text', required: false }] : specs;
  let dlg = null;
  const inputs = all.map((f) => ({ f, ...inputFor(f, c, (e) => dlg && dlg.showError(e)) }));
  const body = [h('p', { class: 'dialog-case' }, h('span', { class: 'code' }, c.code || ''), ' ', c.title || '')];
  // an action without inputs asks its question here, once (opts.question: the type's own,
  // e.g. what cannot be undone; a second confirmation after this one asked the same twice)
  if (!specs.length) body.push(h('p', { class: 'dialog-question', dataset: { testid: 'action-question' } }, opts.question || t('evaction.generic_confirm', label)));
  for (const i of inputs) body.push(field(fieldLabel(i.f), i.el, { required: i.f.required }));
  dlg = openDialog({
    title: label,
    testid: 'action-' + action,
    submitLabel: label,
    danger: Boolean(opts.danger),
    body,
    onSubmit: async (d) => {
      const extra = {};
      for (const i of inputs) {
        if (i.busy && i.busy()) { d.showError(t('photo.wait')); return false; }
        const v = i.read();
        if (v === undefined) {
          if (i.f.required) { d.showError(fieldNeeded(i.f)); i.focus.focus(); return false; }
          continue;
        }
        if (i.f.name === 'note') extra.note = v;
        else (extra.fields ||= {})[i.f.name] = v;
      }
      // an irreversible action asks once more (opts.confirm: the question, or a function of
      // what is about to be sent giving it — 依法处置 names the disposal chosen —, or none)
      const ask = typeof opts.confirm === 'function' ? opts.confirm(extra) : opts.confirm;
      if (ask && !(await confirmDialog(ask, label))) return false;
      return sendCaseAction(d, c, action, extra, handlers);
    },
  });
  return dlg;
}

/* ---------- the edit dialog (修改) ---------- */

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** The fields of `type` that PATCH may change (GET /types marks them edit: true), in order. */
export function editFields(type) {
  const d = typeDesc(type);
  return ((d && d.fields) || []).filter((f) => f && f.name && f.edit && (f.kind === 'text' || f.kind === 'time'));
}

/** A time as a datetime-local value, on the wall clock the page shows times in (北京时间, as the
 *  server writes them and fmtTime prints them), or '' when there is none. */
export function timeInputValue(iso) {
  const ms = Date.parse(iso || '');
  return Number.isNaN(ms) ? '' : new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local value read back as RFC 3339 on the same clock. */
export function timeFromInput(v) {
  return v ? `${v}:00+08:00` : undefined;
}

/**
 * The edit dialog of case `c`: the type's editable fields (texts and times) filled with the
 * case's values; only what the officer changed is sent (PATCH with the version on screen). A
 * refusal (422: the field is named) stays in the dialog; a stale version closes it
 * (onConflict). onDone(res) gets the updated case.
 */
export function openEditDialog(c, type, { onDone, onConflict }) {
  const fields = editFields(type);
  const inputs = fields.map((f) => {
    let el;
    let initial;
    if (f.kind === 'time') {
      initial = timeInputValue(c[f.name]);
      el = h('input', { type: 'datetime-local', name: f.name, value: initial, dataset: { testid: 'edit-' + f.name } });
    } else {
      initial = c[f.name] == null ? '' : String(c[f.name]);
      el = h('input', { type: 'text', name: f.name, value: initial, maxlength: TEXT_MAX, dataset: { testid: 'edit-' + f.name } });
    }
    return { f, el, initial };
  });
  const body = [h('p', { class: 'dialog-case' }, h('span', { class: 'code' }, c.code || ''), ' ', c.title || ''),
    ...inputs.map((i) => field(fieldLabel(i.f), i.el))];
  return openDialog({
    title: t('case.edit'),
    testid: 'case-edit',
    submitLabel: t('case.edit_save'),
    body,
    onSubmit: async (d) => {
      const changes = {};
      for (const i of inputs) {
        const v = i.f.kind === 'time' ? i.el.value : i.el.value.trim();
        if (v === i.initial) continue;
        if (i.f.kind === 'time') {
          // a time once given cannot be emptied: the field keeps its value
          if (!v) { d.showError(t('case.edit_time_needed', fieldLabel(i.f))); i.el.focus(); return false; }
          changes[i.f.name] = timeFromInput(v);
        } else {
          changes[i.f.name] = v || null;
        }
      }
      if (!Object.keys(changes).length) { d.showError(t('case.edit_nothing')); return false; }
      try {
        const res = await api('PATCH', `/cases/${c.id}`, { version: c.version, ...changes });
        await onDone(res);
        return true;
      } catch (e) {
        if (e.status === 409 && e.code === 'stale_version') {
          d.close();
          await onConflict(e);
          return true;
        }
        throw e;
      }
    },
  });
}
