// page-map.js — #/map (网格地图): the grid polygons of GET /api/v1/grids drawn as SVG (no map
// tiles), filled by the number of open events, outlined red where an event is overdue. A click on
// a grid (or its row in the table) lists its events: GET /cases?type=event&org_id=ID.
// Heat layers (热力图层, ?layer=<type>): every type whose GET /types descriptor has a map_heat
// gets a layer; each unit is shaded by the highest level of its open cases (the feature's
// properties.layers[type]), a community with its grids' added; a click lists the unit's open
// cases (GET /cases?type=&org_id=) and links the type's list filtered to it (unitListHash).

import { h, clear, append } from './dom.js';
import { t, typeLabel, choiceLabel, statusLabel } from './i18n.js';
import { session } from './state.js';
import { typeModule } from './types/index.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
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

/** The types with a heat layer (GET /types map_heat with levels), in registry order. */
function heatTypes() {
  return (session.types || []).filter((d) => d.map_heat && Array.isArray(d.map_heat.levels) && d.map_heat.levels.length);
}

/** A feature's layer of type: {total, counts} when it has open cases, else null. */
function heatOf(p, type) {
  const l = p && p.layers && p.layers[type];
  return l && num(l.total) > 0 ? l : null;
}

/** The index of the most severe level with a count (levels most severe first), or -1. */
function topLevel(l, levels) {
  if (!l) return -1;
  return levels.findIndex((v) => num(l.counts && l.counts[v.code]) > 0);
}

export async function render(view, q, ctx) {
  document.title = `${t('map.title')} - ${t('app.name')}`;
  let selected = /^\d+$/.test(q.get('grid') || '') ? Number(q.get('grid')) : null;
  let openOnly = q.get('open') === '1';
  const heats = heatTypes();
  let layer = heats.find((d) => d.type === q.get('layer')) || null;   /* null: the events */
  const heatName = () => (layer ? typeLabel(layer.type) : '');
  const levels = () => (layer ? layer.map_heat.levels : []);

  const exports = exportLinks('grids');
  exports.set('/grids');
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('map.title')), h('p', { class: 'muted' }, t('map.intro'))),
    exports.el));

  const intro = view.querySelector('.page-head p.muted');
  const layerSwitch = h('div', { class: 'layer-switch', role: 'radiogroup', 'aria-label': t('map.layer'), dataset: { testid: 'map-layers' } },
    [null, ...heats].map((d) => h('label', { class: 'layer-choice' },
      h('input', { type: 'radio', name: 'map-layer', value: d ? d.type : '', checked: (d ? d.type : null) === (layer ? layer.type : null),
        dataset: { testid: 'layer-' + (d ? d.type : 'events') },
        onchange: () => switchLayer(d) }),
      ' ', d ? t('map.layer_heat', typeLabel(d.type)) : t('map.layer_events'))));
  if (!heats.length) layerSwitch.hidden = true;
  const mapBox = h('div', { class: 'map-box' }, h('p', { class: 'muted map-empty' }, t('common.loading')));
  const legend = h('div', { class: 'legend', 'aria-label': t('map.legend'), dataset: { testid: 'map-legend' } });
  function drawLegend() {
    if (layer) {
      const reg = typeModule(layer.type);
      append(clear(legend), [
        ...levels().map((v, i) => h('span', { class: 'legend-item' },
          h('span', { class: 'swatch heat-lv-' + i, 'aria-hidden': 'true' }), choiceLabel(v))),
        h('span', { class: 'legend-item' }, h('span', { class: 'swatch heat-none', 'aria-hidden': 'true' }), t('map.heat_none', heatName())),
        h('span', { class: 'legend-note muted' }, t('map.heat_note', heatName(), t(reg.backLabel)))]);
      if (intro) intro.textContent = t('map.heat_intro', heatName());
      return;
    }
    append(clear(legend), [
      ...STEPS.map((n, i) => h('span', { class: 'legend-item' },
        h('span', { class: 'swatch fill-' + i, 'aria-hidden': 'true' }),
        i === STEPS.length - 1 ? `≥${n}` : (STEPS[i + 1] - 1 === n ? String(n) : `${n}–${STEPS[i + 1] - 1}`))),
      h('span', { class: 'legend-item' }, h('span', { class: 'swatch swatch-red', 'aria-hidden': 'true' }), t('map.legend_red')),
      h('span', { class: 'legend-note muted' }, t('map.legend_note'))]);
    if (intro) intro.textContent = t('map.intro');
  }
  drawLegend();

  const sideTitle = h('h2', { dataset: { testid: 'map-selected' } }, t('map.pick_grid'));
  const sideMeta = h('div', { class: 'map-side-meta' });
  const openBox = h('input', { type: 'checkbox', name: 'open', checked: openOnly });
  const sideList = h('div', { class: 'table-wrap' });
  const sideStatus = h('p', { class: 'muted', hidden: true }, t('common.loading'));
  const sideEmpty = h('p', { class: 'empty', hidden: true }, t('map.no_events'));
  const openLabel = h('label', { class: 'check' }, openBox, ' ', t('map.open_only'));
  const sideLinks = h('div', { class: 'map-side-links' });
  const side = h('section', { class: 'panel map-side', 'aria-live': 'polite', dataset: { testid: 'map-events' } },
    sideTitle, sideMeta, openLabel, sideLinks,
    sideStatus, sideList, sideEmpty);

  const tableBody = h('tbody');
  const gridTable = h('table', { class: 'simple-table grid-table', dataset: { testid: 'grid-table' } },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('map.col.grid')),
      h('th', { scope: 'col', class: 'num' }, t('map.col.open')),
      h('th', { scope: 'col', class: 'num' }, t('map.col.yellow')),
      h('th', { scope: 'col', class: 'num' }, t('map.col.red')))),
    tableBody);

  const tableTitle = h('h2', null, t('map.table'));
  const tableWrap = h('div', { class: 'table-wrap' }, gridTable);
  view.append(
    h('div', { class: 'map-layout' },
      h('section', { class: 'panel map-panel' }, layerSwitch, mapBox, legend),
      side),
    h('section', { class: 'panel' }, tableTitle, tableWrap));

  let features = [];
  let svgEl = null;
  // one side list for both layers: newest request wins (a grid clicked after another)
  const latestSide = newest(ctx, { busy: (on) => { sideStatus.hidden = !on; } });

  function keepQuery() {
    replaceQuery({ grid: selected, open: openOnly ? '1' : '', layer: layer ? layer.type : '' });
  }

  function switchLayer(d) {
    layer = d;
    keepQuery();
    drawLegend();
    drawMap();
    drawTable();
    sideTitle.textContent = layer ? t('map.heat_pick', heatName()) : t('map.pick_grid');
    delete sideTitle.dataset.orgId;
    clear(sideMeta); clear(sideList); clear(sideLinks);
    sideEmpty.hidden = true;
    if (selected !== null) loadSide();
  }

  function select(id, { focusList } = {}) {
    selected = id;
    keepQuery();
    if (svgEl) {
      for (const p of svgEl.querySelectorAll('.grid-shape, .area-shape')) p.classList.toggle('is-selected', p.dataset.orgId === String(id));
    }
    for (const tr of view.querySelectorAll('tr[data-org-id]')) tr.classList.toggle('is-selected', tr.dataset.orgId === String(id));
    loadSide();
    if (focusList && window.matchMedia('(max-width: 1000px)').matches) side.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function loadSide() {
    openLabel.hidden = Boolean(layer);
    return layer ? loadHeatCases() : loadEvents();
  }

  /* ---- the heat layer ---- */

  function drawHeatMap(proj) {
    const type = layer.type;
    const areas = svg('g', { class: 'areas' });
    const grids = svg('g', { class: 'grids' });
    const labels = svg('g', { class: 'labels', 'aria-hidden': 'true' });
    for (const f of features) {
      const p = f.properties || {};
      const d = pathData(f.geometry, proj);
      if (!d) continue;
      const l = heatOf(p, type);
      const k = topLevel(l, levels());
      const total = l ? num(l.total) : 0;
      const name = p.name || '';
      const aria = l ? t('map.heat_aria', name, heatName(), total, choiceLabel(levels()[k])) : t('map.heat_aria_none', name, heatName());
      const isGrid = p.kind === 'grid';
      const shape = svg('path', {
        d, 'fill-rule': 'evenodd', tabindex: '0', role: 'button', 'aria-label': aria,
        class: `${isGrid ? 'grid-shape' : 'area-shape'} heat-shape ${k >= 0 ? 'heat-lv-' + k : 'heat-none'}${selected === f.id ? ' is-selected' : ''}`,
        dataset: { orgId: String(f.id), name, kind: p.kind || '', total: String(total), level: k >= 0 ? levels()[k].code : '' },
        onclick: () => select(f.id, { focusList: true }),
        onkeydown: (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); select(f.id, { focusList: true }); } },
      }, svg('title', null, aria));
      (isGrid ? grids : areas).append(shape);
      if (isGrid) {
        const label = polygonLabel(f.geometry, proj, name, { count: total || null, maxSize: proj.width, countCls: 'grid-count' + (k === 0 ? ' is-red' : '') });
        if (label) labels.append(label);
      }
    }
    svgEl.append(areas, grids, labels);
  }

  /** The units with open cases of the layer, most severe first, then by count. */
  function heatRows() {
    const lv = levels();
    return features.filter((f) => heatOf(f.properties, layer.type))
      .map((f) => ({ f, l: heatOf(f.properties, layer.type) }))
      .map((x) => ({ ...x, k: topLevel(x.l, lv) }))
      .sort((a, b) => a.k - b.k || num(b.l.total) - num(a.l.total)
        || String(a.f.properties.name).localeCompare(String(b.f.properties.name), 'zh'));
  }

  function drawHeatTable() {
    const lv = levels();
    tableTitle.textContent = t('map.heat_table', heatName());
    const body = h('tbody');
    const rows = heatRows();
    for (const { f, l } of rows) {
      const p = f.properties;
      body.append(h('tr', { class: 'grid-row' + (selected === f.id ? ' is-selected' : ''), dataset: { orgId: String(f.id), testid: 'heat-unit' } },
        h('td', null, h('a', { href: `#/map?layer=${layer.type}&grid=${f.id}`, onclick: (ev) => { ev.preventDefault(); select(f.id, { focusList: true }); } }, p.name || '#' + f.id),
          ' ', h('span', { class: 'muted' }, t('map.kind.' + (p.kind === 'grid' ? 'grid' : 'community')))),
        lv.map((v, i) => h('td', { class: 'num' + (num(l.counts[v.code]) ? ' heat-text-' + i : '') }, String(num(l.counts[v.code])))),
        h('td', { class: 'num' }, String(num(l.total)))));
    }
    if (!rows.length) body.append(h('tr', null, h('td', { colspan: lv.length + 2, class: 'muted' }, t('map.heat_none', heatName()))));
    clear(tableWrap).append(h('table', { class: 'simple-table heat-unit-table', dataset: { testid: 'heat-table' } },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('map.col.unit')),
        lv.map((v) => h('th', { scope: 'col', class: 'num' }, choiceLabel(v))),
        h('th', { scope: 'col', class: 'num' }, t('map.col.total')))),
      body));
  }

  async function loadHeatCases() {
    const f = features.find((x) => x.id === selected);
    if (!f || !layer) return;
    const type = layer.type;
    const p = f.properties || {};
    const lv = levels();
    const l = heatOf(p, type);
    sideTitle.textContent = p.name || '#' + f.id;
    sideTitle.dataset.orgId = String(f.id);
    append(clear(sideMeta), [
      h('span', null, t('map.heat_total', heatName(), l ? num(l.total) : 0)),
      ...lv.map((v, i) => (l && num(l.counts[v.code]) ? h('span', { class: 'badge heat-badge heat-lv-' + i }, `${choiceLabel(v)} ${num(l.counts[v.code])}`) : null))]);
    const reg = typeModule(type);
    const parent = p.parent_id ? features.find((x) => x.id === p.parent_id) : null;
    const pl = parent ? heatOf(parent.properties, type) : null;
    append(clear(sideLinks), [
      reg.unitListHash ? h('a', { href: reg.unitListHash(f.id), class: 'btn btn-small', dataset: { testid: 'heat-register' } }, t('map.heat_register', t(reg.backLabel))) : null,
      pl ? h('button', { type: 'button', class: 'btn btn-small btn-link', dataset: { testid: 'heat-parent' }, onclick: () => select(parent.id) },
        t('map.heat_parent', t('map.kind.community'), parent.properties.name, num(pl.total))) : null]);
    const desc = session.types.find((d) => d.type === type);
    const open = (desc.statuses || []).filter((x) => !x.closed).map((x) => x.code);
    const field = (desc.fields || []).find((x) => x.name === layer.map_heat.field);
    const res = await latestSide(() => api('GET', '/cases' + query({ type, org_id: f.id, status: open.join(','), limit: 100 })));
    if (!res || !layer || layer.type !== type) return;
    const items = (res && res.items) || [];
    clear(sideList);
    if (items.length) {
      sideList.append(h('table', { class: 'simple-table', dataset: { testid: 'heat-cases' } },
        h('caption', { class: 'sr-only' }, p.name || ''),
        h('thead', null, h('tr', null, [t('map.col.code'), t('map.col.title'), field ? t('map.col.level') : null, t('map.col.status')]
          .filter(Boolean).map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', null, items.map((c) => {
          const k = lv.findIndex((v) => v.code === c[layer.map_heat.field]);
          return h('tr', { dataset: { testid: 'heat-case', id: String(c.id) } },
            h('td', null, h('a', { href: '#/case/' + c.id }, c.code || '#' + c.id)),
            h('td', null, c.title || ''),
            field ? h('td', null, k >= 0 ? h('span', { class: 'badge heat-badge heat-lv-' + k }, choiceLabel(lv[k])) : '') : null,
            h('td', null, statusLabel(c.status, type)));
        }))));
    }
    sideEmpty.textContent = t('map.heat_empty', heatName());
    sideEmpty.hidden = items.length > 0;
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
    if (layer) {
      drawHeatMap(proj);
      mapBox.append(svgEl);
      requestAnimationFrame(() => fitLabels(svgEl));
      return;
    }
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
    if (layer) { drawHeatTable(); return; }
    tableTitle.textContent = t('map.table');
    if (!tableWrap.contains(gridTable)) clear(tableWrap).append(gridTable);
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
    clear(sideLinks);
    sideEmpty.textContent = t('map.no_events');
    const p = f.properties || {};
    sideTitle.textContent = p.name || '#' + f.id;
    sideTitle.dataset.orgId = String(f.id);
    append(clear(sideMeta), [
      h('span', null, t('map.meta_open', num(p.open_events))),
      num(p.yellow) ? h('span', { class: 'badge warn warn-yellow' }, t('map.meta_yellow', num(p.yellow))) : null,
      num(p.red) ? h('span', { class: 'badge warn warn-red' }, t('map.meta_red', num(p.red))) : null]);
    const answer = await latestSide(() => Promise.all([
      api('GET', '/cases' + query({ type: 'event', org_id: f.id, status: openOnly ? OPEN_STATUSES.join(',') : '', limit: 100 })),
      loadCategories().catch(() => []),
    ]));
    if (!answer) return;
    const items = (answer[0] && answer[0].items) || [];
    clear(sideList);
    if (items.length) sideList.append(eventTable(items, { columns: ['title', 'status', 'due'], label: p.name }));
    sideEmpty.hidden = items.length > 0;
  }

  openBox.addEventListener('change', () => {
    openOnly = openBox.checked;
    keepQuery();
    loadEvents();
  });

  watch(ctx, (d) => d.type === 'event' || d.type === undefined || (layer && d.type === layer.type), async () => {
    try {
      await loadGrids();
      if (selected !== null) await loadSide();
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
  if (layer) switchLayer(layer);
  else if (selected !== null) await loadEvents();
}
