// router.js — hash routes (#/login, #/board, #/case/12, #/new) and one-shot "flash" notices
// that survive a navigation (e.g. "posted" after the form sends you to the new case).

const RETURN_KEY = 'pingan.return';
let flash = null;
let routeHandler = () => {};

/** Install the function that renders the current route. */
export function setRouteHandler(fn) {
  routeHandler = fn;
}

/** Go to a hash route; re-renders even when already there. */
export function navigate(hash) {
  if (location.hash === hash) routeHandler();
  else location.hash = hash;
}

/** Re-render the current route (e.g. after a language switch). */
export function rerender() {
  routeHandler();
}

/** Parse location.hash into path segments and query parameters. */
export function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const pathPart = qi >= 0 ? raw.slice(0, qi) : raw;
  const query = new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : '');
  const path = pathPart.split('/').filter(Boolean).map((s) => {
    try { return decodeURIComponent(s); } catch (_) { return s; }
  });
  return { path, query };
}

/** Replace the query part of the current hash without adding history or re-rendering. */
export function replaceQuery(params) {
  const { path } = parseHash();
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  }
  const s = q.toString();
  const hash = '#/' + path.map(encodeURIComponent).join('/') + (s ? '?' + s : '');
  if (hash !== location.hash) history.replaceState(history.state, '', hash);
}

/** Remember a notice ({text, kind} or {error}) to show after the next render. */
export function setFlash(f) {
  flash = f;
}

export function takeFlash() {
  const f = flash;
  flash = null;
  return f;
}

/** Remember where a signed-out user wanted to go, to return there after logging in. */
export function rememberReturn(hash) {
  try {
    if (hash && hash.startsWith('#/') && !hash.startsWith('#/login')) sessionStorage.setItem(RETURN_KEY, hash);
  } catch (_) { /* ignore */ }
}

export function takeReturn() {
  try {
    const v = sessionStorage.getItem(RETURN_KEY);
    sessionStorage.removeItem(RETURN_KEY);
    if (v && v.startsWith('#/') && !v.startsWith('#/login')) return v;
  } catch (_) { /* ignore */ }
  return null;
}

/** Go to a hash route replacing the current history entry (for redirects: no back-button loop). */
export function redirect(hash) {
  if (location.hash !== hash) history.replaceState(history.state, '', hash);
  routeHandler();
}
