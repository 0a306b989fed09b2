// ui.js — shared pieces: the alert area, error rendering, dialogs, badges and formatting.

import { h, clear } from './dom.js';
import { t, has, statusLabel } from './i18n.js';

/* ---------- alerts ---------- */

function alertsEl() {
  return document.getElementById('alerts');
}

/** A message without its closing full stop, for comparing a headline with the server's text. */
const bare = (s) => String(s).replace(/[。.！!]+$/, '').toLowerCase();

/**
 * The visible parts of an error: a localized headline, the server's message, retry.
 * The server's message is already in the user's language (api.js sends Accept-Language) and
 * names the field by its label, so the raw field name (an internal code) is not shown.
 */
export function errorNodes(e) {
  if (!e || typeof e !== 'object') return [h('strong', null, String(e))];
  const code = e.code || '';
  const headline = has('err.code.' + code) ? t('err.code.' + code) : t('err.title');
  const parts = [h('strong', { class: 'alert-headline' }, headline)];
  if (e.message && bare(e.message) !== bare(headline)) {
    parts.push(' ', h('span', { class: 'alert-message' }, e.message));
  }
  if (e.retryAfter !== null && e.retryAfter !== undefined) {
    parts.push(' ', h('span', { class: 'alert-retry' }, t('err.retry_after', e.retryAfter)));
  }
  return parts;
}

function makeAlert(kind, content, code) {
  const el = h('div', {
    class: 'alert alert-' + kind,
    role: kind === 'error' ? 'alert' : 'status',
    dataset: code ? { code } : undefined,
  });
  const text = h('div', { class: 'alert-text' }, content);
  const close = h('button', {
    type: 'button', class: 'alert-close', 'aria-label': t('common.dismiss'), title: t('common.dismiss'),
    onclick: () => el.remove(),
  }, '×');
  el.append(text, close);
  return el;
}

/** Show an error (an ApiError, Error or string) in the page's alert area. */
export function showError(e, preface) {
  const box = alertsEl();
  if (!box) return;
  const content = [];
  if (preface) content.push(h('div', { class: 'alert-preface' }, preface));
  content.push(...errorNodes(e));
  box.append(makeAlert('error', content, e && e.code));
  if (e && !(e.name === 'ApiError')) console.error(e);
}

/** Show a short success or info notice in the alert area. */
export function showNotice(text, kind = 'success') {
  const box = alertsEl();
  if (!box) return;
  const el = makeAlert(kind, [text]);
  box.append(el);
  // Successes fade out on their own; errors stay until dismissed or the page changes.
  if (kind === 'success') setTimeout(() => el.remove(), NOTICE_MS);
}

const NOTICE_MS = 6000;

export function clearAlerts() {
  const box = alertsEl();
  if (box) clear(box);
}

/* ---------- formatting ---------- */

/** "2026-11-29T10:15:00+08:00" → "2026-11-29 10:15". The server writes China time, which is
 *  what users expect to read, so the wall-clock part is shown as sent. */
export function fmtTime(s) {
  if (!s) return t('common.none');
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(String(s));
  if (m) return `${m[1]} ${m[2]}`;
  return String(s);
}

/** Hours as "3.5 小时" or, from two days on, "2 天 4 小时". */
export function fmtHours(hours) {
  if (hours === null || hours === undefined || Number.isNaN(Number(hours))) return t('common.none');
  const n = Number(hours);
  if (n < 48) {
    const r = Math.round(n * 10) / 10;
    return t('common.hours', r);
  }
  const d = Math.floor(n / 24);
  return t('common.days_hours', d, Math.round(n - d * 24));
}

export function dash(v) {
  return v === null || v === undefined || v === '' ? t('common.none') : String(v);
}

/** A coloured status badge; the label comes from GET /types (of `type` when given). */
export function statusBadge(status, type) {
  return h('span', { class: 'badge status-' + String(status).replace(/[^a-z_]/g, ''), dataset: { status } },
    statusLabel(status, type));
}

/* ---------- dialogs ---------- */

/**
 * A modal dialog with a form. onSubmit(ctx) runs on submit; resolve true to close it.
 * ctx.showError(e) shows an error inside the dialog; ctx.close() closes it.
 * Returns {dialog, close, showError}.
 */
export function openDialog({ title, body, submitLabel, danger, onSubmit, testid }) {
  const alertBox = h('div', { class: 'dialog-alerts', 'aria-live': 'assertive' });
  const submitBtn = h('button', { type: 'submit', class: danger ? 'btn btn-danger' : 'btn btn-primary' },
    submitLabel || t('common.submit'));
  const cancelBtn = h('button', { type: 'button', class: 'btn' }, t('common.cancel'));
  const titleId = 'dlg-title-' + Math.random().toString(36).slice(2);
  const form = h('form', { class: 'dialog-form', novalidate: true },
    h('h2', { class: 'dialog-title', id: titleId }, title),
    alertBox,
    body,
    h('div', { class: 'dialog-buttons' }, cancelBtn, submitBtn));
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': titleId, dataset: testid ? { testid } : undefined }, form);
  document.body.append(dialog);

  let busy = false;
  const ctx = {
    dialog,
    close() {
      if (dialog.open) dialog.close();
      dialog.remove();
    },
    showError(e) {
      clear(alertBox);
      alertBox.append(h('div', { class: 'alert alert-error', role: 'alert', dataset: e && e.code ? { code: e.code } : undefined },
        h('div', { class: 'alert-text' }, errorNodes(e))));
    },
    clearError() { clear(alertBox); },
    setBusy(b) {
      busy = b;
      submitBtn.disabled = b;
      submitBtn.setAttribute('aria-busy', b ? 'true' : 'false');
    },
  };
  cancelBtn.addEventListener('click', () => ctx.close());
  dialog.addEventListener('cancel', (ev) => {
    if (busy) ev.preventDefault();
  });
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (busy) return; // a double click must not send twice
    ctx.clearError();
    ctx.setBusy(true);
    let done = false;
    try {
      done = await onSubmit(ctx);
    } catch (e) {
      ctx.showError(e);
    } finally {
      ctx.setBusy(false);
    }
    if (done) ctx.close();
  });
  dialog.showModal();
  const first = form.querySelector('select, textarea, input');
  if (first) first.focus();
  return ctx;
}

/** Ask for confirmation in a modal; resolves true when confirmed. */
export function confirmDialog(message, confirmLabel, danger = true) {
  return new Promise((resolve) => {
    let answered = false;
    const ctx = openDialog({
      title: t('common.confirm'),
      body: h('p', { class: 'confirm-text' }, message),
      submitLabel: confirmLabel || t('common.confirm'),
      danger,
      testid: 'confirm',
      onSubmit: async () => { answered = true; resolve(true); return true; },
    });
    ctx.dialog.addEventListener('close', () => { if (!answered) resolve(false); });
  });
}

/** A labelled form field wrapper. */
export function field(labelText, control, { required, hint } = {}) {
  const id = control.id || ('f-' + Math.random().toString(36).slice(2));
  control.id = id;
  return h('div', { class: 'field' },
    h('label', { for: id }, labelText, required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null),
    control,
    hint ? h('div', { class: 'hint' }, hint) : null);
}
