// actions.js — the dialogs of the grid-event actions (docs/api.md, case type `event`). Each
// dialog asks for exactly what its action requires: a reason goes as `note`; results, photos,
// the department, extension days and the rating go in `fields`. An action this file does not
// know gets the generic dialog built from GET /api/v1/types (types/generic.js).
// The action is sent with the version on screen; 409 stale/not-allowed goes to onConflict.

import { h, clear } from './dom.js';
import { t, has, actionLabel } from './i18n.js';
import { api } from './api.js';
import { openDialog, confirmDialog, field } from './ui.js';
import { sendCaseAction, openGenericAction } from './types/generic.js';
import {
  RATINGS, ratingLabel, loadDepartments, loadCategories, categoryByCode, photoPicker,
} from './events.js';

const TEXT_MAX = 2000;

/**
 * What each action asks for. reason: a required note; note: an optional one; result: required
 * fields.result; photos: 'required' | 'optional'; unit: fields.unit_id; days: fields.days;
 * rating: fields.rating + fields.comment; pending: show the pending extension request.
 */
export const EVENT_ACTIONS = {
  accept: { note: true },
  reject: { reason: true, danger: true, confirm: true },
  settle: { result: true, photos: 'required' },
  escalate: { reason: true },
  dispatch: { unit: true, note: true },
  sign: { note: true },
  return: { reason: true, danger: true },
  request_extension: { days: true, reason: true },
  grant_extension: { pending: true, note: true },
  refuse_extension: { pending: true, reason: true, danger: true },
  handle: { result: true, photos: 'optional' },
  verify_pass: { note: true },
  verify_fail: { reason: true, danger: true },
  rate: { rating: true },
  confirm: { reason: true },
};

/** Button style of an action: the ones that send work back are drawn as "danger". */
export function isDangerAction(action) {
  const s = EVENT_ACTIONS[action];
  return Boolean(s && s.danger);
}

function textArea(name, { required, placeholder, rows = 4 } = {}) {
  return h('textarea', { name, rows, maxlength: TEXT_MAX, required, placeholder });
}

/**
 * Open the dialog of `action` on case `c` (which must carry its current version).
 * onDone(updatedCase) after success; onConflict(error) after a 409 (the dialog is closed).
 */
export function openEventAction(c, action, { onDone, onConflict }) {
  const spec = EVENT_ACTIONS[action];
  const label = actionLabel(action, 'event');
  const body = [];
  const collect = []; // functions (dialog) → {ok, note?, fields?}

  const hint = has(`evaction.${action}.hint`) ? h('p', { class: 'dialog-hint' }, t(`evaction.${action}.hint`)) : null;
  if (hint) body.push(hint);
  body.push(h('p', { class: 'dialog-case' }, h('span', { class: 'code' }, c.code || ''), ' ', c.title || ''));

  const send = (dlg, extra) => sendCaseAction(dlg, c, action, extra, { onDone, onConflict });

  if (!spec) return openGenericAction(c, action, 'event', { onDone, onConflict });
  {
    if (spec.pending) {
      const p = c.extension_pending;
      body.push(p
        ? h('div', { class: 'pending-box', dataset: { testid: 'extension-pending' } },
          h('strong', null, t('event.extension_request', p.days)), p.reason ? h('p', { class: 'pending-reason' }, p.reason) : null)
        : h('p', { class: 'muted' }, t('event.no_pending')));
    }
    if (spec.unit) {
      const sel = h('select', { name: 'unit_id', required: true, disabled: true, dataset: { testid: 'unit-select' } },
        h('option', { value: '' }, t('common.loading')));
      const catHint = h('span', { class: 'unit-default' });
      body.push(field(t('evaction.field.unit'), sel, { required: true, hint: catHint }));
      Promise.all([loadDepartments(), loadCategories().catch(() => [])]).then(([deps]) => {
        clear(sel);
        if (!deps.length) {
          sel.append(h('option', { value: '' }, t('evaction.no_departments')));
          return;
        }
        sel.append(h('option', { value: '' }, t('evaction.field.unit_pick')));
        for (const d of deps) sel.append(h('option', { value: String(d.id), dataset: { name: d.name } }, d.name));
        const cat = categoryByCode(c.category);
        const def = cat && cat.department_id;
        if (def && deps.some((d) => d.id === def)) {
          sel.value = String(def);
          catHint.textContent = t('evaction.unit_default', cat.department_name || deps.find((d) => d.id === def).name);
        }
        sel.disabled = false;
      }).catch((e) => { clear(sel).append(h('option', { value: '' }, t('common.none'))); dlgRef.showError(e); });
      collect.push(() => (sel.value ? { ok: true, fields: { unit_id: Number(sel.value) } }
        : { ok: false, focus: sel, msg: t('evaction.need_unit') }));
    }
    if (spec.days) {
      const days = h('input', { type: 'number', name: 'days', min: 1, max: 30, step: 1, inputmode: 'numeric', required: true, value: '3' });
      body.push(field(t('evaction.field.days'), days, { required: true, hint: t('evaction.days_hint') }));
      collect.push(() => {
        const n = Number(days.value);
        if (!Number.isInteger(n) || n < 1 || n > 30) return { ok: false, focus: days, msg: t('evaction.need_days') };
        return { ok: true, fields: { days: n } };
      });
    }
    if (spec.result) {
      const result = textArea('result', { required: true, placeholder: t('evaction.field.result_ph') });
      body.push(field(t(action === 'settle' ? 'evaction.field.settle_result' : 'evaction.field.result'), result, { required: true }));
      collect.push(() => {
        const v = result.value.trim();
        return v ? { ok: true, fields: { result: v } } : { ok: false, focus: result, msg: t('action.need_result') };
      });
    }
    if (spec.photos) {
      const picker = photoPicker({ onError: (e) => dlgRef.showError(e), testid: 'action-photos' });
      body.push(field(t(spec.photos === 'required' ? 'evaction.field.photos_required' : 'evaction.field.photos'), picker.el,
        { required: spec.photos === 'required' }));
      collect.push(() => {
        if (picker.busy()) return { ok: false, msg: t('photo.wait') };
        const ids = picker.ids();
        if (spec.photos === 'required' && !ids.length) return { ok: false, focus: picker.input, msg: t('photo.need_one') };
        return { ok: true, fields: ids.length ? { photos: ids } : {} };
      });
    }
    if (spec.rating) {
      const name = 'rating-' + Math.random().toString(36).slice(2);
      const radios = RATINGS.map((r) => h('label', { class: 'rating-option rating-' + r },
        h('input', { type: 'radio', name, value: r, dataset: { rating: r } }), h('span', null, ratingLabel(r))));
      body.push(h('fieldset', { class: 'field rating-group' }, h('legend', null, t('evaction.field.rating'), h('span', { class: 'req', 'aria-hidden': 'true' }, ' *')), radios));
      const comment = textArea('comment', { rows: 3, placeholder: t('evaction.field.comment_ph') });
      body.push(field(t('evaction.field.comment'), comment));
      collect.push(() => {
        const picked = radios.map((l) => l.querySelector('input')).find((i) => i.checked);
        if (!picked) return { ok: false, focus: radios[0].querySelector('input'), msg: t('evaction.need_rating') };
        const fields = { rating: picked.value };
        if (comment.value.trim()) fields.comment = comment.value.trim();
        return { ok: true, fields };
      });
    }
    if (spec.reason) {
      const reason = textArea('note', { required: true });
      body.push(field(t('action.field.reason'), reason, { required: true }));
      collect.push(() => {
        const v = reason.value.trim();
        return v ? { ok: true, note: v } : { ok: false, focus: reason, msg: t('action.need_reason') };
      });
    } else if (spec.note) {
      const note = textArea('note', { rows: 2 });
      body.push(field(t('action.field.note'), note));
      collect.push(() => (note.value.trim() ? { ok: true, note: note.value.trim() } : { ok: true }));
    }
  }

  let dlgRef = null;
  dlgRef = openDialog({
    title: label,
    testid: 'action-' + action,
    submitLabel: label,
    danger: isDangerAction(action),
    body,
    onSubmit: async (d) => {
      const extra = {};
      for (const fn of collect) {
        const r = fn(d);
        if (!r.ok) {
          d.showError(r.msg);
          if (r.focus) r.focus.focus();
          return false;
        }
        if (r.note) extra.note = r.note;
        if (r.fields && Object.keys(r.fields).length) extra.fields = { ...(extra.fields || {}), ...r.fields };
      }
      if (spec && spec.confirm && !(await confirmDialog(t(`evaction.${action}.confirm`), label))) return false;
      return send(d, extra);
    },
  });
  return dlgRef;
}

/**
 * Run an action from a list row: the row has no version or allowed actions, so read the case
 * first; when the action is not allowed (any more), say so via onConflict.
 */
export async function openEventActionFresh(id, action, handlers) {
  const c = await api('GET', '/cases/' + id);
  if (!(c.allowed_actions || []).includes(action)) {
    const e = new Error(t('case.not_allowed'));
    e.code = 'action_not_allowed';
    e.status = 409;
    await handlers.onConflict(e, c);
    return null;
  }
  return openEventAction(c, action, handlers);
}
