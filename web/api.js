// api.js — the only place that talks to the server (docs/api.md).
// The session rides on the HttpOnly cookie; unsafe methods also send X-CSRF-Token, which we keep
// in sessionStorage (per tab) and refresh from GET /api/v1/me on page load.

import { t, getLang } from './i18n.js';

const BASE = '/api/v1';
const CSRF_KEY = 'pingan.csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A failed request: HTTP status, the server's error code/message/field, and the whole error object. */
export class ApiError extends Error {
  constructor(status, code, message, field, detail) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field || null;
    this.detail = detail || {};
    this.retryAfter = null;
  }
}

let onUnauthorized = () => {};
let memoryCsrf = null; // used when sessionStorage is unavailable

/** Register what to do when any call (other than logging in) answers 401. */
export function setUnauthorizedHandler(fn) {
  onUnauthorized = fn;
}

export function getCsrf() {
  try { return sessionStorage.getItem(CSRF_KEY) || memoryCsrf; } catch (_) { return memoryCsrf; }
}

export function setCsrf(token) {
  try {
    if (token) sessionStorage.setItem(CSRF_KEY, token);
    else sessionStorage.removeItem(CSRF_KEY);
  } catch (_) { /* storage disabled: the token then lives only as long as the page */ }
  memoryCsrf = token || null;
}

async function send(method, path, body, headers, raw) {
  const h = { Accept: 'application/json', 'Accept-Language': getLang() === 'en' ? 'en' : 'zh-CN', ...headers };
  if (raw) h['Content-Type'] = raw.type;
  else if (body !== undefined) h['Content-Type'] = 'application/json';
  if (UNSAFE.has(method)) {
    const token = getCsrf();
    if (token) h['X-CSRF-Token'] = token;
  }
  try {
    return await fetch(BASE + path, {
      method,
      headers: h,
      body: raw ? raw.body : (body === undefined ? undefined : JSON.stringify(body)),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (_) {
    throw new ApiError(0, 'network', t('err.network'));
  }
}

async function readJson(res) {
  const text = await res.text();
  if (!text) return null;
  try { return JSON.parse(text); } catch (_) { return null; }
}

/**
 * Call the API. Resolves to the parsed JSON body (null for 204); rejects with ApiError.
 * opts.headers: extra headers; opts.noAuthRedirect: do not run the 401 handler (login form).
 */
export async function api(method, path, body, opts = {}) {
  const res = await exchange(method, path, body, opts);
  if (res.status === 204) return null;
  const data = await readJson(res);
  if (res.ok) return data;
  throw failure(res, data, opts);
}

/** Send a request (retrying once on a CSRF failure) and answer the raw Response. */
async function exchange(method, path, body, opts) {
  let res = await send(method, path, body, opts.headers, opts.raw);
  // A CSRF failure usually means this tab never saw the token (e.g. sessionStorage cleared);
  // fetch a fresh one from /me and try once more. Every retried request is idempotent here:
  // creation carries an Idempotency-Key, actions carry the version.
  if (res.status === 403 && UNSAFE.has(method) && !opts.noCsrfRetry) {
    const data = await readJson(res.clone());
    if (data && data.error && data.error.code === 'csrf_failed') {
      const me = await send('GET', '/me');
      if (me.ok) {
        const meData = await readJson(me);
        if (meData && meData.csrf_token) {
          setCsrf(meData.csrf_token);
          res = await send(method, path, body, opts.headers, opts.raw);
        }
      }
    }
  }
  return res;
}

/** The ApiError for a failed response (running the 401 handler unless told not to). */
function failure(res, data, opts) {
  const err = (data && typeof data.error === 'object' && data.error) || {};
  const e = new ApiError(
    res.status,
    err.code || 'http_' + res.status,
    err.message || t('err.http', res.status),
    err.field,
    err,
  );
  const ra = res.headers.get('Retry-After');
  if (ra !== null && /^\d+$/.test(ra.trim())) e.retryAfter = parseInt(ra.trim(), 10);
  if (res.status === 401 && !opts.noAuthRedirect) onUnauthorized(e);
  return e;
}

/** POST a file as the raw body with its own Content-Type (POST /attachments). */
export async function apiUpload(path, blob, type) {
  return api('POST', path, undefined, { raw: { body: blob, type: type || blob.type || 'application/octet-stream' } });
}

/** GET binary content (an attachment) as a Blob. */
export async function apiBlob(path, opts = {}) {
  const res = await exchange('GET', path, undefined, { ...opts, headers: { Accept: '*/*' } });
  if (res.ok) return res.blob();
  throw failure(res, await readJson(res), opts);
}

/** Build a query string from an object, skipping empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '' || v === false) continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

/** A random UUID for Idempotency-Key. crypto.randomUUID needs a secure context (https or
 *  localhost); an intranet deployment over plain http falls back to getRandomValues. */
export function uuid() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') {
    try { return window.crypto.randomUUID(); } catch (_) { /* not a secure context */ }
  }
  const b = new Uint8Array(16);
  window.crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
