// events.js — what the grid-event pages share: the event catalogue, labels, the warn badge,
// photo thumbnails and the photo picker, the department list and the event table.

import { h, clear } from './dom.js';
import { t, has, statusLabel, stageLabel, getLang } from './i18n.js';
import { api, apiUpload, apiBlob } from './api.js';
import { session } from './state.js';
import { fmtTime, dash, statusBadge } from './ui.js';
import { navigate } from './router.js';
import { loadOrgs } from './page-board.js';

/** Statuses after which nothing more happens to an event (except a rating). */
export const CLOSED_STATUSES = ['rejected', 'settled', 'closed'];
export const EVENT_STATUSES = ['reported', 'accepted', 'escalated', 'dispatched', 'signed', 'handled',
  'reviewing', 'closed', 'settled', 'rejected'];
export const PLATFORMS = ['zongzhi', 'shichang', 'zonghe_zhifa', 'bianmin'];
export const RATINGS = ['satisfied', 'basically_satisfied', 'unsatisfied'];

/* ---------- labels ---------- */

function label(prefix, code, fallback) {
  if (code === null || code === undefined || code === '') return t('common.none');
  return has(prefix + code) ? t(prefix + code) : String(fallback || code);
}

export const platformLabel = (code, name) => label('platform.', code, name);
export const sourceLabel = (code) => label('source.', code);
export { stageLabel };
export const ratingLabel = (code) => label('rating.', code);
export const warnLabel = (code) => label('warn.', code);

/** A red/yellow warning badge, or null for normal (unless `always`). */
export function warnBadge(warn, always = false) {
  const w = warn === 'red' || warn === 'yellow' ? warn : 'normal';
  if (w === 'normal' && !always) return null;
  return h('span', { class: 'badge warn warn-' + w, dataset: { warn: w } }, warnLabel(w));
}

/* ---------- the catalogue ---------- */

let catCache = { userId: null, lang: null, items: null };

/** GET /api/v1/categories?type=event once per signed-in user and language (the names come in
 *  the language of the request). */
export async function loadCategories() {
  const uid = session.user && session.user.id;
  const lang = getLang();
  if (catCache.userId === uid && catCache.lang === lang && catCache.items) return catCache.items;
  const res = await api('GET', '/categories?type=event');
  catCache = { userId: uid, lang, items: (res && res.items) || [] };
  return catCache.items;
}

/** The cached category with this code, or null (call loadCategories first). */
export function categoryByCode(code) {
  return (catCache.items || []).find((c) => c.code === code) || null;
}

/** "消防隐患 › 消防通道堵塞" for a sub-category code (or the code itself when unknown). */
export function categoryPath(code, fallbackName) {
  const c = categoryByCode(code);
  if (!c) return fallbackName || dash(code);
  const parent = c.parent ? categoryByCode(c.parent) : null;
  return parent ? `${parent.name} › ${c.name}` : c.name;
}

/** The department units (kind "department") in the caller's scope. */
export async function loadDepartments() {
  return (await loadOrgs()).filter((o) => o.kind === 'department');
}

/** The name of an org unit from the cached org list, or null. */
export async function orgNameOf(id) {
  if (id === null || id === undefined) return null;
  try {
    const o = (await loadOrgs()).find((x) => x.id === id);
    return o ? o.name : null;
  } catch (_) {
    return null;
  }
}

/* ---------- deadlines ---------- */

/** The deadline of the event's current stage, or null when it has none (or is closed). */
export function currentDue(c) {
  if (CLOSED_STATUSES.includes(c.status) || c.status === 'handled') return null;
  if (c.stage === 'handle') return c.handle_due_at || c.due_at || null;
  return c.due_at || null;
}

/** Each stage's own deadline: {accept, handle} (null where the stage has none). due_at is only
 *  the running stage's deadline; the accept deadline stays in accept_due_at once it has passed. */
export function stageDeadlines(c) {
  return {
    accept: c.accept_due_at || (c.stage === 'accept' ? c.due_at : null) || null,
    handle: c.handle_due_at || (c.stage === 'handle' ? c.due_at : null) || null,
  };
}

/** "剩余 5 小时" / "已超期 2 天 3 小时" relative to now. */
export function dueText(at) {
  const ms = Date.parse(at);
  if (!Number.isFinite(ms)) return '';
  const diff = ms - Date.now();
  const mins = Math.round(Math.abs(diff) / 60000);
  const d = Math.floor(mins / 1440); const hrs = Math.floor((mins % 1440) / 60); const m = mins % 60;
  const span = d > 0 ? t('due.days_hours', d, hrs) : hrs > 0 ? t('due.hours_minutes', hrs, m) : t('due.minutes', m);
  return diff >= 0 ? t('due.left', span) : t('due.overdue', span);
}

/* ---------- photos ---------- */

const blobUrls = new Map(); // attachment id → Promise of an object URL (attachments never change)

/** An object URL for attachment `id` (GET /api/v1/attachments/{id}), cached. */
export function attachmentUrl(id) {
  let p = blobUrls.get(id);
  if (!p) {
    p = apiBlob('/attachments/' + encodeURIComponent(id)).then((b) => URL.createObjectURL(b));
    p.catch(() => blobUrls.delete(id));
    blobUrls.set(id, p);
  }
  return p;
}

/** A thumbnail link for attachment `id`; the image loads as a blob URL. */
export function photoThumb(id, { removable, onRemove } = {}) {
  const img = h('img', { alt: t('photo.alt', id), class: 'thumb-img', loading: 'lazy', decoding: 'async' });
  const link = h('a', { class: 'thumb-link', target: '_blank', rel: 'noopener', title: t('photo.open') }, img);
  const box = h('div', { class: 'thumb is-loading', dataset: { attachmentId: String(id) } }, link);
  attachmentUrl(id).then((url) => {
    img.src = url;
    link.href = url;
    img.addEventListener('load', () => box.classList.remove('is-loading'), { once: true });
  }).catch(() => {
    box.classList.remove('is-loading');
    box.classList.add('is-broken');
    clear(link).append(h('span', { class: 'thumb-broken' }, t('photo.unavailable')));
  });
  if (removable) {
    box.append(h('button', {
      type: 'button', class: 'thumb-remove', 'aria-label': t('photo.remove'), title: t('photo.remove'),
      onclick: () => { box.remove(); if (onRemove) onRemove(id); },
    }, '×'));
  }
  return box;
}

/** A row of thumbnails for a list of attachment ids (null when there are none). */
export function photoStrip(ids, testid) {
  const list = (Array.isArray(ids) ? ids : []).filter((x) => x !== null && x !== undefined);
  if (!list.length) return null;
  return h('div', { class: 'thumbs', dataset: testid ? { testid } : undefined }, list.map((id) => photoThumb(id)));
}

const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const SHRINK_OVER = 2 * 1024 * 1024; // a phone photo over 2 MiB is scaled down before upload
const MAX_SIDE = 1920;

/** Phone photos are large and the signal is poor: scale big ones down to a JPEG, and turn
 *  other image types the browser can decode (e.g. HEIC on some phones) into JPEG. */
async function prepareUpload(file) {
  const typeOk = UPLOAD_TYPES.includes(file.type);
  if (typeOk && file.size <= SHRINK_OVER) return { blob: file, type: file.type };
  if (typeof createImageBitmap !== 'function') return { blob: file, type: file.type };
  try {
    const bmp = await createImageBitmap(file);
    const k = Math.min(1, MAX_SIDE / Math.max(bmp.width, bmp.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bmp.width * k));
    canvas.height = Math.max(1, Math.round(bmp.height * k));
    canvas.getContext('2d').drawImage(bmp, 0, 0, canvas.width, canvas.height);
    if (bmp.close) bmp.close();
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (blob && (!typeOk || blob.size < file.size)) return { blob, type: 'image/jpeg' };
  } catch (_) { /* not decodable here: let the server decide */ }
  return { blob: file, type: file.type };
}

const MAX_PHOTOS = 9;

/**
 * Photo upload: a camera/file button, one POST /attachments per photo, thumbnails shown from
 * GET /attachments/{id}. onError(e) reports a failed upload.
 * Returns {el, ids(), busy(), input}.
 */
export function photoPicker({ onError, testid = 'photos' } = {}) {
  const ids = [];
  let uploading = 0;
  const input = h('input', {
    type: 'file', accept: 'image/*', capture: 'environment', multiple: true, class: 'photo-input',
    dataset: { testid: testid + '-input' },
  });
  const inputId = 'ph-' + Math.random().toString(36).slice(2);
  input.id = inputId;
  const thumbs = h('div', { class: 'thumbs', dataset: { testid: testid + '-thumbs' } });
  const status = h('span', { class: 'muted photo-status', 'aria-live': 'polite' });
  const button = h('label', { for: inputId, class: 'btn photo-btn' },
    h('span', { 'aria-hidden': 'true', class: 'photo-icon' }), t('photo.add'));
  const el = h('div', { class: 'photo-picker', dataset: { testid } }, input, h('div', { class: 'photo-bar' }, button, status), thumbs);

  function showStatus() {
    status.textContent = uploading ? t('photo.uploading', uploading) : (ids.length ? t('photo.count', ids.length) : '');
    el.classList.toggle('is-busy', uploading > 0);
  }

  async function uploadOne(file) {
    const slot = h('div', { class: 'thumb is-loading' }, h('span', { class: 'thumb-wait' }, t('photo.uploading_one')));
    thumbs.append(slot);
    uploading++;
    showStatus();
    try {
      const { blob, type } = await prepareUpload(file);
      const res = await apiUpload('/attachments', blob, type);
      ids.push(res.id);
      slot.replaceWith(photoThumb(res.id, {
        removable: true,
        onRemove: (id) => { const i = ids.indexOf(id); if (i >= 0) ids.splice(i, 1); showStatus(); },
      }));
    } catch (e) {
      slot.remove();
      if (onError && e.status !== 401) onError(e);
    } finally {
      uploading--;
      showStatus();
    }
  }

  input.addEventListener('change', () => {
    const files = Array.from(input.files || []);
    input.value = ''; // the same photo may be chosen again after removing it
    const room = MAX_PHOTOS - ids.length - uploading;
    if (files.length > room && onError) onError(t('photo.too_many', MAX_PHOTOS));
    for (const f of files.slice(0, Math.max(0, room))) uploadOne(f);
  });

  return { el, input, ids: () => ids.slice(), busy: () => uploading > 0 };
}

/* ---------- the event table ---------- */

/**
 * A table of events (cards on a phone). opts.actions(c) → [{action, label, danger}] adds quick
 * action buttons to a row; opts.onAction(c, action) runs one.
 */
export function eventTable(items, opts = {}) {
  const cols = (opts.columns || ['code', 'title', 'status', 'category', 'grid', 'dept', 'due', 'created']).slice();
  if (opts.actions) cols.push('actions');
  const tbody = h('tbody');
  const table = h('table', { class: 'cases events', 'aria-label': opts.label || t('events.table_label') },
    h('thead', null, h('tr', null, cols.map((k) => h('th', { scope: 'col', class: 'col-' + k }, t('events.col.' + k))))),
    tbody);
  for (const c of items) tbody.append(eventRow(c, cols, opts));
  return table;
}

function eventRow(c, cols, opts) {
  const href = '#/case/' + c.id;
  const td = (key, ...content) => h('td', { class: 'col-' + key, 'data-label': t('events.col.' + key) }, ...content);
  const due = currentDue(c);
  const cells = {
    code: () => td('code', h('span', { class: 'code' }, dash(c.code))),
    title: () => td('title', h('a', { href, class: 'case-link' }, dash(c.title))),
    status: () => td('status', h('span', { class: 'badges' }, statusBadge(c.status), cols.includes('warn') ? null : warnBadge(c.warn))),
    category: () => td('category', categoryPath(c.category, c.category_name)),
    grid: () => td('grid', dash(c.org_name)),
    dept: () => td('dept', dash(c.unit_name)),
    due: () => td('due', due
      ? h('span', { class: 'due' + (c.warn === 'red' ? ' due-red' : c.warn === 'yellow' ? ' due-yellow' : '') },
        h('time', { datetime: due }, fmtTime(due)), ' ', h('span', { class: 'due-rel' }, dueText(due)))
      : t('common.none')),
    created: () => td('created', h('time', { datetime: c.created_at || '' }, fmtTime(c.created_at))),
    warn: () => td('warn', warnBadge(c.warn, true)),
    stage: () => td('stage', stageLabel(c.stage, c.type)),
    ext: () => {
      const p = c.extension_pending && typeof c.extension_pending === 'object' ? c.extension_pending : null;
      return td('ext', p
        ? h('span', { class: 'ext-pending', dataset: { testid: 'ext-pending' } }, t('event.extension_request', p.days),
          p.reason ? h('span', { class: 'ext-reason' }, '：' + p.reason) : null)
        : (c.extension_days ? t('evfield.days_n', c.extension_days) : t('common.none')));
    },
    actions: () => {
      const acts = opts.actions(c) || [];
      return td('actions', acts.length
        ? h('div', { class: 'row-actions' }, acts.map((a) => h('button', {
          type: 'button',
          class: 'btn btn-small ' + (a.danger ? 'btn-danger-outline' : a.primary === false ? '' : 'btn-primary'),
          dataset: { action: a.action },
          onclick: (ev) => { ev.stopPropagation(); opts.onAction(c, a.action, ev.currentTarget); },
        }, a.label)))
        : t('common.none'));
    },
  };
  const tr = h('tr', {
    class: 'case-row warn-row-' + (c.warn === 'red' || c.warn === 'yellow' ? c.warn : 'normal'),
    dataset: { caseId: String(c.id), code: c.code || '', status: c.status || '' },
  }, cols.map((k) => cells[k]()));
  tr.addEventListener('click', (ev) => {
    if (ev.target.closest('a, button')) return;
    navigate(href);
  });
  return tr;
}

/** Options for a status filter: "all" plus the given statuses. */
export function statusOptions(statuses) {
  return [h('option', { value: '' }, t('common.all')), statuses.map((s) => h('option', { value: s }, statusLabel(s, 'event')))];
}
