// live.js — live updates over Server-Sent Events (GET /api/v1/stream).
// One EventSource per signed-in tab. Every committed change to a case the user may see arrives
// as `event: case` with {id, type, status, version, org_id}. The page on screen registers what
// concerns it (watch); the header registers once (watchAlways). Refreshes are debounced, so a
// burst of changes costs one reload.

let source = null;
let retryTimer = null;
let wanted = false;
let pageWatchers = [];
const globalWatchers = [];

/** Open the stream (idempotent). Called once a user is signed in. */
export function startLive() {
  wanted = true;
  if (source || typeof window.EventSource !== 'function') return;
  clearTimeout(retryTimer);
  let es;
  try {
    es = new EventSource('/api/v1/stream');
  } catch (_) {
    return;
  }
  source = es;
  es.addEventListener('case', (ev) => {
    let data;
    try { data = JSON.parse(ev.data); } catch (_) { return; }
    if (!data || typeof data !== 'object') return;
    for (const w of [...globalWatchers, ...pageWatchers]) w.offer(data);
  });
  es.addEventListener('error', () => {
    // A dropped connection is retried by the browser itself; a refused one (401, 404, 5xx)
    // closes the source for good, so try again later while the user is still signed in.
    if (es.readyState === EventSource.CLOSED) {
      if (source === es) source = null;
      if (wanted) retryTimer = setTimeout(startLive, 15_000);
    }
  });
}

/** Close the stream (on logout or when the session ended). */
export function stopLive() {
  wanted = false;
  clearTimeout(retryTimer);
  if (source) source.close();
  source = null;
}

/** Whether the stream is open (for the tests and the status dot). */
export function liveState() {
  if (!source) return 'off';
  return source.readyState === EventSource.OPEN ? 'open' : 'connecting';
}

function watcher(concerns, refresh, delay) {
  let timer = null;
  let last = null;
  return {
    offer(data) {
      let yes = false;
      try { yes = concerns(data); } catch (_) { yes = false; }
      if (!yes) return;
      last = data;
      clearTimeout(timer);
      timer = setTimeout(() => { timer = null; refresh(last); }, delay);
    },
    cancel() { clearTimeout(timer); },
  };
}

/**
 * While the current page is shown, call refresh(lastChange) (debounced by `delay` ms) when a
 * case change arrives for which concerns(change) is true. ctx is the route's context.
 */
export function watch(ctx, concerns, refresh, delay = 700) {
  const w = watcher((d) => ctx.isCurrent() && concerns(d), (d) => { if (ctx.isCurrent()) refresh(d); }, delay);
  pageWatchers.push(w);
  return w;
}

/** A watcher that lives as long as the tab (the notification bell). */
export function watchAlways(concerns, refresh, delay = 1000) {
  const w = watcher(concerns, refresh, delay);
  globalWatchers.push(w);
  return w;
}

/** Drop the watchers of the previous page (called on every route change). */
export function resetPageWatchers() {
  for (const w of pageWatchers) w.cancel();
  pageWatchers = [];
}
