// loader.js — "newest request wins" (最新请求为准) for every list page that loads on a filter,
// tab or paging change. Two quick changes send two requests; the answers may come back in
// either order, and an older answer drawn after the newer one would show the wrong list under
// the new filter. A loader numbers its requests and hands back only the newest one's answer,
// and only while the page is still the current route (ctx.isCurrent(), app.js).
//
//   const latest = newest(ctx, { busy: (on) => { status.hidden = !on; } });
//   async function load() {
//     const res = await latest(() => api('GET', '/cases' + query(params)));
//     if (!res) return;          // an older request, a page left, or an error already shown
//     draw(res.items);
//   }
//
// An error of the newest request is shown (showError; a 401 leads to the login page by itself)
// unless `onError` is given; an error of an older one is dropped like its answer.

import { showError } from './ui.js';

/**
 * A loader for one list of a page. `busy(true)` runs when a request starts, `busy(false)` when
 * the newest one settles (answer, error or dropped); `onError(e)` replaces showError for the
 * newest request's error. The loader answers the fetch's result, or null when it is not the
 * newest (or the page is gone, or it failed). `latest.cancel()` drops every request in flight.
 */
export function newest(ctx, { busy, onError } = {}) {
  let seq = 0;
  const current = (my) => my === seq && (!ctx || ctx.isCurrent());
  const latest = async (fetch) => {
    const my = ++seq;
    if (busy) busy(true);
    try {
      const res = await fetch();
      return current(my) ? (res ?? {}) : null;
    } catch (e) {
      if (current(my) && e.status !== 401) {
        if (onError) onError(e);
        else showError(e);
      }
      return null;
    } finally {
      if (busy && my === seq) busy(false);
    }
  };
  latest.cancel = () => { seq++; if (busy) busy(false); };
  return latest;
}
