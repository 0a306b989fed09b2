// page-map.js — #/map (网格地图): the grid polygons of GET /api/v1/grids drawn as SVG (no map
// tiles), filled by the number of open events, outlined red where an event is overdue. A click on
// a grid (or its row in the table) lists its events: GET /cases?type=event&org_id=ID.

import { h, clear, append } from './dom.js';
import { t } from './i18n.js';
import { api, query } from './api.js';
import { exportLinks } from './export.js';
import { showError } from './ui.js';
import { replaceQuery } from './router.js';
import { watch } from './live.js';
import { loadCategories, eventTable, CLOSED_STATUSES, EVENT_STATUSES } from './events.js';
import { svg, fitProjection, pathData, polygonLabel, fitLabels } from './geo.js';

const OPEN_STATUSES = EVENT_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));
const STEPS = [0, 1, 3, 6, 10]; // fill classes: 0, 1–2, 3–5, 6–9, 10+

function fillClass(n) {
  let k = 0;
  for (let i = 0; i < STEPS.length; i++) if (n >= STEPS[i]) k = i;
  return 'fill-' + k;
}

const num = (v) => (Number.isFinite(Number(v)) ? Number(v) : 0);

export async function render(view, q, ctx) {
  document.title = `${t('map.title')} - ${t('app.name')}`;
  let selected = /^\d+$/.test(q.get('grid') || '') ? Number(q.get('grid')) : null;
  let openOnly = q.get('open') === '1';

  const exports = exportLinks('grids');
  exports.set('/grids');
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('map.title')), h('p', { class: 'muted' }, t('map.intro'))),
    exports.el));

  const mapBox = h('div', { class: 'map-box' }, h('p', { class: 'muted map-empty' }, t('common.loading')));
  const legend = h('div', { class: 'legend', 'aria-label': t('map.legend') },
    STEPS.map((s, i) => h('span', { class: 'legend-item' },
      h('span', { class: 'swatch fill-' + i, 'aria-hidden': 'true' }),
      i === STEPS.length - 1 ? `≥${s}` : (STEPS[i + 1] - 1 === s ? String(s) : `${s}–${STEPS[i + 1] - 1}`))),
    h('span', { class: 'legend-item' }, h('span', { class: 'swatch swatch-red', 'aria-hidden': 'true' }), t('map.legend_red')),
    h('span', { class: 'legend-note muted' }, t('map.legend_note')));

  const sideTitle = h('h2', { dataset: { testid: 'map-selected' } }, t('map.pick_grid'));
  const sideMeta = h('div', { class: 'map-side-meta' });
  const openBox = h('input', { type: 'checkbox', name: 'open', checked: openOnly });
  const sideList = h('div', { class: 'table-wrap' });
  const sideStatus = h('p', { class: 'muted', hidden: true }, t('common.loading'));
  const sideEmpty = h('p', { class: 'empty', hidden: true }, t('map.no_events'));
  const side = h('section', { class: 'panel map-side', 'aria-live': 'polite', dataset: { testid: 'map-events' } },
    sideTitle, sideMeta,
    h('label', { class: 'check' }, openBox, ' ', t('map.open_only')),
    sideStatus, sideList, sideEmpty);

  const tableBody = h('tbody');
  const gridTable = h('table', { class: 'simple-table grid-table', dataset: { testid: 'grid-table' } },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('map.col.grid')),
      h('th', { scope: 'col', class: 'num' }, t('map.col.open')),
      h('th', { scope: 'col', class: 'num' }, t('map.col.yellow')),
      h('th', { scope: 'col', class: 'num' }, t('map.col.red')))),
    tableBody);

  view.append(
    h('div', { class: 'map-layout' },
      h('section', { class: 'panel map-panel' }, mapBox, legend),
      side),
    h('section', { class: 'panel' }, h('h2', null, t('map.table')), h('div', { class: 'table-wrap' }, gridTable)));

  let features = [];
  let svgEl = null;
  let listSeq = 0;

  function select(id, { focusList } = {}) {
    selected = id;
    replaceQuery({ grid: id, open: openOnly ? '1' : '' });
    if (svgEl) {
      for (const p of svgEl.querySelectorAll('.grid-shape')) p.classList.toggle('is-selected', p.dataset.orgId === String(id));
    }
    for (const tr of tableBody.querySelectorAll('tr')) tr.classList.toggle('is-selected', tr.dataset.orgId === String(id));
    loadEvents();
    if (focusList && window.matchMedia('(max-width: 1000px)').matches) side.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function drawMap() {
    clear(mapBox);
    if (!features.length) {
      mapBox.append(h('p', { class: 'muted map-empty' }, t('map.no_grids')));
      return;
    }
    const proj = fitProjection(features, { width: 1000, margin: 0.04, minHeight: 420 });
    svgEl = svg('svg', {
      class: 'gridmap', viewBox: `0 0 ${proj.width} ${proj.height.toFixed(1)}`, role: 'group',
      'aria-label': t('map.svg_label'), dataset: { testid: 'grid-map' },
    });
    const areas = svg('g', { class: 'areas' });
    const grids = svg('g', { class: 'grids' });
    const labels = svg('g', { class: 'labels', 'aria-hidden': 'true' });
    const fontSize = proj.width; // no bound of its own: the polygon and fitLabels size the labels
    for (const f of features) {
      const p = f.properties || {};
      const d = pathData(f.geometry, proj);
      if (!d) continue;
      if (p.kind !== 'grid') {
        areas.append(svg('path', { d, class: 'area-shape', 'fill-rule': 'evenodd', dataset: { orgId: String(f.id), kind: p.kind || '' } },
          svg('title', null, p.name || '')));
        continue;
      }
      const open = num(p.open_events); const red = num(p.red); const yellow = num(p.yellow);
      const shape = svg('path', {
        d, 'fill-rule': 'evenodd', tabindex: '0', role: 'button',
        class: `grid-shape ${fillClass(open)}${red > 0 ? ' has-red' : ''}${yellow > 0 && red === 0 ? ' has-yellow' : ''}${selected === f.id ? ' is-selected' : ''}`,
        'aria-label': t('map.grid_aria', p.name || '', open, red),
        dataset: { orgId: String(f.id), name: p.name || '', open: String(open), red: String(red), yellow: String(yellow) },
        onclick: () => select(f.id, { focusList: true }),
        onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(f.id, { focusList: true }); } },
      }, svg('title', null, t('map.grid_tip', p.name || '', open, yellow, red)));
      grids.append(shape);
      const label = polygonLabel(f.geometry, proj, p.name || '', {
        count: open, maxSize: fontSize, countCls: 'grid-count' + (red > 0 ? ' is-red' : ''),
      });
      if (label) labels.append(label);
    }
    svgEl.append(areas, grids, labels);
    mapBox.append(svgEl);
    requestAnimationFrame(() => fitLabels(svgEl));
  }

  const onResize = () => {
    if (!ctx.isCurrent()) { window.removeEventListener('resize', onResize); return; }
    if (svgEl) fitLabels(svgEl);
  };
  window.addEventListener('resize', onResize);

  function drawTable() {
    clear(tableBody);
    const grids = features.filter((f) => f.properties && f.properties.kind === 'grid')
      .sort((a, b) => num(b.properties.red) - num(a.properties.red) || num(b.properties.open_events) - num(a.properties.open_events)
        || String(a.properties.name).localeCompare(String(b.properties.name), 'zh'));
    for (const f of grids) {
      const p = f.properties;
      const tr = h('tr', { class: 'grid-row' + (selected === f.id ? ' is-selected' : ''), dataset: { orgId: String(f.id) } },
        h('td', null, h('a', { href: '#/map?grid=' + f.id, onclick: (ev) => { ev.preventDefault(); select(f.id, { focusList: true }); } }, p.name || '#' + f.id)),
        h('td', { class: 'num' }, String(num(p.open_events))),
        h('td', { class: 'num' + (num(p.yellow) ? ' warn-yellow-text' : '') }, String(num(p.yellow))),
        h('td', { class: 'num' + (num(p.red) ? ' warn-red-text' : '') }, String(num(p.red))));
      tableBody.append(tr);
    }
    if (!grids.length) tableBody.append(h('tr', null, h('td', { colspan: 4, class: 'muted' }, t('map.no_grids'))));
  }

  async function loadGrids() {
    const fc = await api('GET', '/grids');
    if (!ctx.isCurrent()) return;
    features = (fc && Array.isArray(fc.features)) ? fc.features : [];
    drawMap();
    drawTable();
  }

  async function loadEvents() {
    const f = features.find((x) => x.id === selected);
    if (!f) return;
    const p = f.properties || {};
    sideTitle.textContent = p.name || '#' + f.id;
    sideTitle.dataset.orgId = String(f.id);
    append(clear(sideMeta), [
      h('span', null, t('map.meta_open', num(p.open_events))),
      num(p.yellow) ? h('span', { class: 'badge warn warn-yellow' }, t('map.meta_yellow', num(p.yellow))) : null,
      num(p.red) ? h('span', { class: 'badge warn warn-red' }, t('map.meta_red', num(p.red))) : null]);
    const my = ++listSeq;
    sideStatus.hidden = false;
    try {
      const [res] = await Promise.all([
        api('GET', '/cases' + query({ type: 'event', org_id: f.id, status: openOnly ? OPEN_STATUSES.join(',') : '', limit: 100 })),
        loadCategories().catch(() => []),
      ]);
      if (!ctx.isCurrent() || my !== listSeq) return;
      const items = (res && res.items) || [];
      clear(sideList);
      if (items.length) sideList.append(eventTable(items, { columns: ['title', 'status', 'due'], label: p.name }));
      sideEmpty.hidden = items.length > 0;
    } catch (e) {
      if (ctx.isCurrent() && my === listSeq && e.status !== 401) showError(e);
    } finally {
      if (my === listSeq) sideStatus.hidden = true;
    }
  }

  openBox.addEventListener('change', () => {
    openOnly = openBox.checked;
    replaceQuery({ grid: selected, open: openOnly ? '1' : '' });
    loadEvents();
  });

  watch(ctx, (d) => d.type === 'event' || d.type === undefined, async () => {
    try {
      await loadGrids();
      if (selected !== null) await loadEvents();
    } catch (e) {
      if (e.status !== 401) showError(e);
    }
  }, 1500);

  try {
    await loadGrids();
  } catch (e) {
    clear(mapBox).append(h('p', { class: 'muted map-empty' }, t('map.load_failed')));
    throw e;
  }
  if (selected !== null) await loadEvents();
}
