// geo.js — GeoJSON polygons drawn as SVG, without any map tiles. Longitude/latitude are projected
// equirectangularly (x scaled by cos of the mean latitude, so a grid keeps its shape at these
// small extents); unproject turns a point on the drawing back into lon/lat.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element: svg('path', {d: '...', class: 'x'}, child...). Text goes in as text nodes. */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, String(v));
    }
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** The outer rings (arrays of [lon, lat]) of a Polygon or MultiPolygon, holes included after. */
export function polygonsOf(geometry) {
  if (!geometry || !Array.isArray(geometry.coordinates)) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function validPoint(p) {
  return Array.isArray(p) && Number.isFinite(Number(p[0])) && Number.isFinite(Number(p[1]));
}

/**
 * A projection fitted to the features, `width` units wide, with a margin (a fraction of the
 * extent) so that a tap just outside the outermost grid is still on the drawing.
 */
export function fitProjection(features, { width = 1000, margin = 0.06, minHeight = 300 } = {}) {
  let minLon = Infinity; let maxLon = -Infinity; let minLat = Infinity; let maxLat = -Infinity;
  for (const f of features) {
    for (const poly of polygonsOf(f.geometry)) {
      for (const ring of poly) {
        for (const p of ring) {
          if (!validPoint(p)) continue;
          const lon = Number(p[0]); const lat = Number(p[1]);
          if (lon < minLon) minLon = lon;
          if (lon > maxLon) maxLon = lon;
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
      }
    }
  }
  if (!Number.isFinite(minLon)) { minLon = 119.6; maxLon = 119.7; minLat = 29.05; maxLat = 29.12; }
  const lat0 = (minLat + maxLat) / 2;
  const kx = Math.cos((lat0 * Math.PI) / 180);
  let spanX = (maxLon - minLon) * kx;
  let spanY = maxLat - minLat;
  if (spanX <= 0 && spanY <= 0) { spanX = 0.01; spanY = 0.01; }
  if (spanX <= 0) spanX = spanY;
  if (spanY <= 0) spanY = spanX;
  const padX = spanX * margin; const padY = spanY * margin;
  const x0 = minLon * kx - padX; // projected left edge
  const y0 = maxLat + padY; // top edge (latitude grows upwards)
  const scale = width / (spanX + 2 * padX);
  let height = (spanY + 2 * padY) * scale;
  let yShift = 0;
  if (height < minHeight) { yShift = (minHeight - height) / 2; height = minHeight; }
  return {
    width,
    height,
    project(lon, lat) {
      return [(lon * kx - x0) * scale, (y0 - lat) * scale + yShift];
    },
    unproject(x, y) {
      return [(x / scale + x0) / kx, y0 - (y - yShift) / scale];
    },
  };
}

/** The SVG path data of a Polygon/MultiPolygon (holes drawn with the evenodd rule). */
export function pathData(geometry, proj) {
  const parts = [];
  for (const poly of polygonsOf(geometry)) {
    for (const ring of poly) {
      const pts = ring.filter(validPoint).map((p) => proj.project(Number(p[0]), Number(p[1])));
      if (pts.length < 3) continue;
      parts.push('M' + pts.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join('L') + 'Z');
    }
  }
  return parts.join('');
}

/** A label point in projected units: the area centroid of the largest outer ring. */
export function labelPoint(geometry, proj) {
  let best = null;
  let bestArea = -1;
  for (const poly of polygonsOf(geometry)) {
    const ring = (poly[0] || []).filter(validPoint).map((p) => proj.project(Number(p[0]), Number(p[1])));
    if (ring.length < 3) continue;
    let a = 0; let cx = 0; let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f;
      cx += (ring[j][0] + ring[i][0]) * f;
      cy += (ring[j][1] + ring[i][1]) * f;
    }
    const area = Math.abs(a / 2);
    if (area > bestArea) {
      bestArea = area;
      if (a !== 0) best = [cx / (3 * a), cy / (3 * a)];
      else best = ring[0];
    }
  }
  return best;
}

/** Client (screen) coordinates → the SVG's own user units. */
export function clientToSvg(svgEl, clientX, clientY) {
  const m = svgEl.getScreenCTM();
  if (!m) return null;
  const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
  return [p.x, p.y];
}

/** Round a coordinate to 6 decimals (about 0.1 m), as sent to the server. */
export function round6(v) {
  return Math.round(v * 1e6) / 1e6;
}

/** The bounding box [minX, minY, maxX, maxY] of a geometry in projected units. */
export function projectedBox(geometry, proj) {
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const poly of polygonsOf(geometry)) {
    for (const p of (poly[0] || []).filter(validPoint)) {
      const [x, y] = proj.project(Number(p[0]), Number(p[1]));
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return Number.isFinite(x0) ? [x0, y0, x1, y1] : null;
}

/** Split a grid name in two lines ("将军社区" / "第一网格") when it is long. */
function splitName(name) {
  const s = String(name || '');
  if (s.length <= 5) return [s];
  const i = s.indexOf('社区');
  const cut = i >= 1 && i + 2 < s.length - 1 ? i + 2 : Math.ceil(s.length / 2);
  return [s.slice(0, cut), s.slice(cut)];
}

/**
 * A label inside a polygon: the name (one or two lines) and optionally a number under it. It
 * records the largest size that fits the polygon (data-fit, never above maxSize units); fitLabels
 * then sizes it for the drawing as rendered. Answers an SVG <text> or null.
 */
export function polygonLabel(geometry, proj, name, { count = null, maxSize = 24, cls = 'grid-label', countCls = 'grid-count' } = {}) {
  const at = labelPoint(geometry, proj);
  const box = projectedBox(geometry, proj);
  if (!at || !box) return null;
  const lines = splitName(name);
  const longest = Math.max(1, ...lines.map((l) => l.length));
  const rows = lines.length + (count === null ? 0 : 1.3);
  const fit = Math.max(2, Math.min(maxSize, (0.86 * (box[2] - box[0])) / longest, (0.8 * (box[3] - box[1])) / rows));
  const text = svg('text', {
    x: at[0].toFixed(1), class: cls,
    dataset: { fit: fit.toFixed(2), cy: at[1].toFixed(1), rows: String(rows) },
  });
  lines.forEach((l, i) => text.append(svg('tspan', { x: at[0].toFixed(1), dy: i === 0 ? '0' : '1.15em', class: 'label-name' }, l)));
  if (count !== null) {
    text.append(svg('tspan', { x: at[0].toFixed(1), dy: lines.length ? '1.15em' : '0', class: countCls, 'font-size': '1.15em' }, String(count)));
  }
  sizeLabel(text, fit);
  return text;
}

function sizeLabel(text, size) {
  const rows = Number(text.dataset.rows) || 1;
  const cy = Number(text.dataset.cy);
  text.setAttribute('font-size', size.toFixed(2));
  text.setAttribute('y', (cy - ((rows - 1) * size * 1.15) / 2 + size * 0.35).toFixed(1));
}

/**
 * Size the labels for the drawing as rendered: about `px` CSS pixels, smaller where the polygon
 * is small; a name that would be smaller than minPx is hidden (its count stays).
 */
export function fitLabels(svgEl, { px = 13, minPx = 9 } = {}) {
  const vb = svgEl.viewBox && svgEl.viewBox.baseVal;
  const r = svgEl.getBoundingClientRect();
  if (!vb || !vb.width || !r.width) return;
  const scale = Math.min(r.width / vb.width, r.height / vb.height);
  for (const t of svgEl.querySelectorAll('text[data-fit]')) {
    const size = Math.min(Number(t.dataset.fit), px / scale);
    sizeLabel(t, size);
    t.classList.toggle('names-hidden', size * scale < minPx);
  }
}

/** The size of one CSS pixel in the SVG's own units (for markers that keep their size). */
export function unitsPerPixel(svgEl) {
  const vb = svgEl.viewBox && svgEl.viewBox.baseVal;
  const r = svgEl.getBoundingClientRect();
  if (!vb || !vb.width || !r.width) return 1;
  return 1 / Math.min(r.width / vb.width, r.height / vb.height);
}
