// charts.js — small hand-written SVG charts (no chart library): grouped bars, vertical for a
// time trend and horizontal for named groups. The SVG is drawn in CSS pixels of its box, so text
// keeps its size on a phone; call again on resize. Every bar carries data-series/-label/-value
// and a <title> with its number (the tooltip, and what a screen reader reads).

import { svg } from './geo.js';
import { t } from './i18n.js';

/** A "nice" axis maximum (1, 2, 5 × 10^n) at or above v, and its tick step. */
function niceScale(v, ticks = 4) {
  if (!(v > 0)) return { max: ticks, step: 1 };
  const raw = v / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) || 10 * pow;
  const niceStep = Math.max(step, Number.isInteger(v) ? 1 : step);
  return { max: Math.ceil(v / niceStep) * niceStep, step: niceStep };
}

function legend(series, x, y) {
  const g = svg('g', { class: 'chart-legend' });
  let cx = x;
  for (const s of series) {
    g.append(svg('rect', { x: cx, y: y - 10, width: 12, height: 12, rx: 2, class: 'bar ' + s.cls }));
    const label = svg('text', { x: cx + 16, y: y, class: 'chart-text' }, s.label);
    g.append(label);
    cx += 28 + s.label.length * 13;
  }
  return g;
}

const fmt = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/**
 * The frame both vertical charts share: the svg with its title, the y scale with grid lines and
 * labels, and the "no data" note when there are no labels (then `empty` is true).
 */
function verticalFrame({ labels, series, width, height, title, padR }) {
  const W = Math.max(280, Math.round(width));
  const padL = 40; const padT = 30; const padB = 46;
  const plotW = W - padL - padR; const plotH = height - padT - padB;
  const maxV = Math.max(0, ...series.flatMap((s) => s.values.map(Number).filter(Number.isFinite)));
  const { max, step } = niceScale(maxV);
  const root = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${height}`, width: W, height, role: 'img', 'aria-label': title });
  root.append(svg('title', null, title));
  const y = (v) => padT + plotH - (v / max) * plotH;
  for (let v = 0; v <= max + 1e-9; v += step) {
    root.append(svg('line', { x1: padL, x2: W - padR, y1: y(v), y2: y(v), class: 'grid-line' }));
    root.append(svg('text', { x: padL - 6, y: y(v) + 4, class: 'chart-text axis-y' }, fmt(v)));
  }
  const empty = !labels.length;
  if (empty) root.append(svg('text', { x: padL + plotW / 2, y: padT + plotH / 2, class: 'chart-text chart-empty' }, t('chart.no_data')));
  return { root, W, padL, padT, padB, plotW, plotH, y, empty };
}

/**
 * Vertical grouped bars. labels: x labels; series: [{key, label, cls, values}]; width in px.
 * Long periods show every n-th label so they never collide.
 */
export function columnChart({ labels, series, width, height = 260, title }) {
  const padR = 10;
  const { root, W, padL, padT, padB, plotW, plotH, y, empty } = verticalFrame({ labels, series, width, height, title, padR });
  if (empty) return root;
  const band = plotW / labels.length;
  const inner = Math.min(band * 0.8, 18 * series.length + 8);
  const barW = inner / series.length;
  const every = Math.max(1, Math.ceil(labels.length / Math.floor(plotW / 56)));
  labels.forEach((lab, i) => {
    const x0 = padL + i * band + (band - inner) / 2;
    series.forEach((s, k) => {
      const v = Number(s.values[i]) || 0;
      const r = svg('rect', {
        x: (x0 + k * barW).toFixed(1), y: y(v).toFixed(1), width: Math.max(1, barW - 1).toFixed(1),
        height: Math.max(0, padT + plotH - y(v)).toFixed(1), class: 'bar ' + s.cls,
        dataset: { series: s.key, label: lab, value: String(v) },
      }, svg('title', null, `${lab} ${s.label}: ${v}`));
      root.append(r);
    });
    if (i % every === 0) {
      root.append(svg('text', { x: (padL + i * band + band / 2).toFixed(1), y: height - padB + 16, class: 'chart-text axis-x' }, lab));
    }
  });
  root.append(svg('line', { x1: padL, x2: W - padR, y1: padT + plotH, y2: padT + plotH, class: 'axis-line' }));
  root.append(legend(series, padL, 16));
  return root;
}

/** A line chart of the same data (used for long trends where bars get thin). */
export function lineChart({ labels, series, width, height = 260, title }) {
  const padR = 14;
  const { root, W, padL, padT, padB, plotW, plotH, y, empty } = verticalFrame({ labels, series, width, height, title, padR });
  if (empty) return root;
  const x = (i) => padL + (labels.length <= 1 ? plotW / 2 : (i / (labels.length - 1)) * plotW);
  const every = Math.max(1, Math.ceil(labels.length / Math.floor(plotW / 56)));
  labels.forEach((lab, i) => {
    if (i % every === 0) root.append(svg('text', { x: x(i).toFixed(1), y: height - padB + 16, class: 'chart-text axis-x' }, lab));
  });
  for (const s of series) {
    const pts = labels.map((_, i) => `${x(i).toFixed(1)},${y(Number(s.values[i]) || 0).toFixed(1)}`).join(' ');
    root.append(svg('polyline', { points: pts, class: 'line ' + s.cls }));
    labels.forEach((lab, i) => {
      const v = Number(s.values[i]) || 0;
      root.append(svg('circle', { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: 3.5, class: 'dot ' + s.cls, dataset: { series: s.key, label: lab, value: String(v) } },
        svg('title', null, `${lab} ${s.label}: ${v}`)));
    });
  }
  root.append(svg('line', { x1: padL, x2: W - padR, y1: padT + plotH, y2: padT + plotH, class: 'axis-line' }));
  root.append(legend(series, padL, 16));
  return root;
}

/** The width of a label at the 13 px of .axis-cat, estimated: a Chinese (or other full-width)
 * character 13 px, any other 7.5 px. The bar chart once counted every character as Chinese, so
 * an English label was cut to a third of what fits (Criminal / Phone theft read "Criminal …",
 * the same for every criminal category). */
export function textWidth(s) {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0) >= 0x2e80 ? 13 : 7.5;
  return w;
}

/** The label as it fits in px, cut with … when it does not. */
export function fitText(s, px) {
  if (textWidth(s) <= px) return s;
  let out = '';
  let w = textWidth('…');
  for (const ch of s) {
    const cw = textWidth(ch);
    if (w + cw > px) break;
    out += ch;
    w += cw;
  }
  return out.trimEnd() + '…';
}

/** Horizontal grouped bars: one row per label (category names read well this way). */
export function barChart({ labels, series, width, title }) {
  const W = Math.max(280, Math.round(width));
  // the label column: 150 px as before, wider (to a third of the chart, at most 220 px) when the
  // labels need it; English category names are long (Criminal / Phone theft)
  const need = Math.max(0, ...labels.map((l) => textWidth(String(l)))) + 10;
  const labelW = Math.min(Math.max(150, Math.ceil(need)), Math.round(W * 0.34), 220);
  const padR = 40; const padT = 30; const row = 16 * series.length + 14;
  const height = padT + Math.max(1, labels.length) * row + 10;
  const plotW = W - labelW - padR;
  const maxV = Math.max(0, ...series.flatMap((s) => s.values.map(Number).filter(Number.isFinite)));
  const { max } = niceScale(maxV);
  const root = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${height}`, width: W, height, role: 'img', 'aria-label': title });
  root.append(svg('title', null, title));
  if (!labels.length) {
    root.append(svg('text', { x: W / 2, y: padT + row / 2, class: 'chart-text chart-empty' }, t('chart.no_data')));
    return root;
  }
  labels.forEach((lab, i) => {
    const y0 = padT + i * row;
    const shortLab = fitText(String(lab), labelW - 8);
    root.append(svg('text', { x: labelW - 8, y: y0 + row / 2 + 4, class: 'chart-text axis-cat' }, shortLab, svg('title', null, lab)));
    series.forEach((s, k) => {
      const v = Number(s.values[i]) || 0;
      const w = (v / max) * plotW;
      const by = y0 + 7 + k * 16;
      root.append(svg('rect', {
        x: labelW, y: by, width: Math.max(v > 0 ? 2 : 0, w).toFixed(1), height: 13, rx: 2, class: 'bar ' + s.cls,
        dataset: { series: s.key, label: lab, value: String(v) },
      }, svg('title', null, `${lab} ${s.label}: ${v}`)));
      root.append(svg('text', { x: (labelW + w + 4).toFixed(1), y: by + 11, class: 'chart-text bar-value' }, fmt(v)));
    });
  });
  root.append(svg('line', { x1: labelW, x2: labelW, y1: padT - 4, y2: height - 8, class: 'axis-line' }));
  root.append(legend(series, labelW, 16));
  return root;
}
