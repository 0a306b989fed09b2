// dom.js — a tiny element builder. All text goes in as text nodes (never innerHTML), so user
// data is always escaped by the browser.

/**
 * h('button', {class: 'btn', onclick: fn, dataset: {action: 'accept'}}, 'text', childNode, [more])
 * - attrs: 'class', 'text' (textContent), 'dataset' (object), on<event> (function),
 *   boolean true/false (present/absent), anything else via setAttribute.
 * - children: strings and numbers become text nodes; null/undefined/false are skipped;
 *   arrays are flattened.
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = String(v);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'value') el.value = v;
      else if (v === true) el.setAttribute(k, '');
      else el.setAttribute(k, String(v));
    }
  }
  append(el, children);
  return el;
}

/** Append children (same rules as h()) to el. */
export function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
  return el;
}

/** Remove every child of el. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}
