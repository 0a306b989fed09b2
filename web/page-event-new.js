// page-event-new.js — #/events/new (上报事件): a grid worker reports an event from the phone.
// Category in two steps (大类, then 小类), title and description, the place (tap the grid map —
// the tap is turned back into lon/lat and GET /grids/locate names the grid — or pick the community
// and the grid, with or without an address; GPS where the browser offers it), photos (POST /attachments), then POST /cases with an Idempotency-Key that is
// reused while the content is unchanged, so a retry on a poor signal never reports twice.
// The map and the picker come from GET /grids (the grids in the user's scope); a user with none
// there (a citizen) gets the places below their grant from GET /places?shapes=1 instead. The
// form names the grid and its community, never the coordinates.

import { h, clear, append } from './dom.js';
import { t } from './i18n.js';
import { api, query, uuid } from './api.js';
import { hasRole, firstGrantOrg } from './state.js';
import { personInputs } from './persons.js';
import { showError, clearAlerts, field } from './ui.js';
import { navigate, setFlash } from './router.js';
import { loadCategories, platformLabel, photoPicker } from './events.js';
import {
  svg, fitProjection, pathData, polygonLabel, fitLabels, unitsPerPixel, clientToSvg, round6,
} from './geo.js';

export async function render(view, q, ctx) {
  document.title = `${t('evnew.title')} - ${t('app.name')}`;
  const onBehalf = hasRole('operator'); // an operator registers what a caller reports

  /* --- category --- */
  const top = h('select', { id: 'ev-cat-top', name: 'category_top', disabled: true, dataset: { testid: 'cat-top' } },
    h('option', { value: '' }, t('common.loading')));
  const sub = h('select', { id: 'ev-cat-sub', name: 'category', disabled: true, dataset: { testid: 'cat-sub' } },
    h('option', { value: '' }, t('evnew.pick_top_first')));
  const catInfo = h('div', { class: 'cat-info', 'aria-live': 'polite', dataset: { testid: 'cat-info' } });

  /* --- text --- */
  const title = h('input', { id: 'ev-title', name: 'title', type: 'text', maxlength: 200, required: true, placeholder: t('evnew.title_ph') });
  const body = h('textarea', { id: 'ev-body', name: 'body', rows: 4, maxlength: 20000, placeholder: t('evnew.body_ph') });

  /* --- place --- */
  const mapBox = h('div', { class: 'map-box report-map-box' }, h('p', { class: 'muted map-empty' }, t('common.loading')));
  const located = h('div', { class: 'located', 'aria-live': 'polite', dataset: { testid: 'located-grid' } }, t('evnew.no_point'));
  const clearPoint = h('button', { type: 'button', class: 'btn btn-small', hidden: true, dataset: { testid: 'clear-point' } }, t('evnew.clear_point'));
  const gpsBtn = (window.isSecureContext && navigator.geolocation)
    ? h('button', { type: 'button', class: 'btn btn-small', dataset: { testid: 'use-gps' } }, t('evnew.use_gps')) : null;
  const address = h('input', { id: 'ev-address', name: 'address', type: 'text', maxlength: 200, placeholder: t('evnew.address_ph') });
  const community = h('select', { id: 'ev-community', name: 'community', disabled: true, dataset: { testid: 'community-select' } },
    h('option', { value: '' }, t('common.loading')));
  const grid = h('select', { id: 'ev-grid', name: 'org_id', disabled: true, dataset: { testid: 'grid-select' } },
    h('option', { value: '' }, t('common.loading')));
  const gridHint = h('div', { class: 'hint' }, t('evnew.grid_hint'));

  /* --- photos --- */
  const photos = photoPicker({ onError: (e) => showError(e), testid: 'photos' });

  /* --- caller (operator on behalf of a caller) --- */
  const callerName = onBehalf ? h('input', { id: 'ev-caller-name', name: 'caller_name', type: 'text', maxlength: 100 }) : null;
  const callerPhone = onBehalf ? h('input', { id: 'ev-caller-phone', name: 'caller_phone', type: 'tel', maxlength: 32, inputmode: 'tel' }) : null;

  /* --- persons (当事人): staff register the parties; the caller has the fields above --- */
  const parties = hasRole('operator', 'grid_worker') ? personInputs('event', { only: ['party'] }) : null;

  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block-phone', dataset: { testid: 'event-submit' } }, t('evnew.submit'));

  const form = h('form', { class: 'event-form', novalidate: true },
    h('section', { class: 'panel form-section' },
      h('h2', null, h('span', { class: 'step-no' }, '1'), t('evnew.section.category')),
      h('div', { class: 'field-row' },
        field(t('evnew.field.top'), top, { required: true }),
        field(t('evnew.field.sub'), sub, { required: true })),
      catInfo),
    h('section', { class: 'panel form-section' },
      h('h2', null, h('span', { class: 'step-no' }, '2'), t('evnew.section.what')),
      field(t('evnew.field.title'), title, { required: true }),
      field(t('evnew.field.body'), body)),
    h('section', { class: 'panel form-section' },
      h('h2', null, h('span', { class: 'step-no' }, '3'), t('evnew.section.where')),
      h('p', { class: 'hint map-hint' }, t('evnew.map_hint')),
      mapBox,
      h('div', { class: 'located-bar' }, located, h('div', { class: 'located-buttons' }, gpsBtn, clearPoint)),
      field(t('evnew.field.address'), address),
      h('div', { class: 'field-row' },
        field(t('evnew.field.community'), community),
        field(t('evnew.field.grid'), grid, { hint: null })),
      gridHint),
    h('section', { class: 'panel form-section' },
      h('h2', null, h('span', { class: 'step-no' }, '4'), t('evnew.section.photos')),
      photos.el),
    onBehalf ? h('section', { class: 'panel form-section' },
      h('h2', null, t('evnew.section.caller')),
      h('div', { class: 'field-row' },
        field(t('evnew.field.caller_name'), callerName),
        field(t('evnew.field.caller_phone'), callerPhone))) : null,
    parties ? h('section', { class: 'panel form-section' },
      h('h2', null, t('person.panel')), parties.el) : null,
    h('div', { class: 'form-buttons event-submit-bar' },
      h('a', { href: '#/events/mine', class: 'btn' }, t('common.cancel')),
      submit));

  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('evnew.title')), h('p', { class: 'muted' }, t('evnew.intro')))),
  form);

  /* ---------- state ---------- */
  let cats = [];
  let point = null; // {lat, lon, org_id, name} once a tapped point is located
  let locateSeq = 0;
  let marker = null;
  let svgEl = null;
  let proj = null;
  let places = []; // features: communities and grids ({id, properties: {name, kind, parent_id}})

  const placeById = (id) => places.find((f) => String(f.id) === String(id)) || null;
  /** "将军社区 › 将军社区第一网格" for a grid id (the community when known). */
  function placeName(id, fallback) {
    const g = placeById(id);
    if (!g) return fallback || '';
    const c = g.properties.parent_id ? placeById(g.properties.parent_id) : null;
    return c ? `${c.properties.name} › ${g.properties.name}` : g.properties.name;
  }

  /** The grid select lists the grids of the chosen community (all grids when there is none). */
  function fillGrids(keep) {
    const grids = places.filter((f) => f.properties.kind === 'grid' &&
      (!community.value || String(f.properties.parent_id) === community.value));
    append(clear(grid), [h('option', { value: '' }, grids.length ? t('evnew.pick_grid') : t('evnew.no_grids')),
      grids.map((f) => h('option', { value: String(f.id) }, f.properties.name))]);
    if (keep && grids.some((f) => String(f.id) === String(keep))) grid.value = String(keep);
    else if (grids.length === 1) grid.value = String(grids[0].id);
  }

  function fillPicker() {
    const grids = places.filter((f) => f.properties.kind === 'grid');
    const commIds = [...new Set(grids.map((f) => f.properties.parent_id).filter((x) => x))];
    const comms = commIds.map((id) => placeById(id)).filter(Boolean);
    append(clear(community), [h('option', { value: '' }, comms.length ? t('evnew.pick_community') : t('common.none')),
      comms.map((f) => h('option', { value: String(f.id) }, f.properties.name))]);
    if (comms.length === 1) community.value = String(comms[0].id);
    community.disabled = comms.length <= 1;
    fillGrids();
  }
  community.addEventListener('change', () => { fillGrids(); if (!grid.disabled) grid.focus(); });
  grid.addEventListener('change', () => {
    svgEl && svgEl.querySelectorAll('.grid-shape').forEach((p) => p.classList.toggle('is-selected', p.dataset.orgId === grid.value));
  });

  function showCatInfo() {
    clear(catInfo);
    const c = cats.find((x) => x.code === sub.value);
    if (!c) return;
    const parts = [
      h('span', { class: 'tag' }, platformLabel(c.platform, c.platform_name)),
      c.department_name ? h('span', null, t('evnew.cat.dept', c.department_name)) : null,
      c.accept_hours ? h('span', null, t('evnew.cat.accept', c.accept_hours)) : null,
      c.handle_days ? h('span', null, t('evnew.cat.handle', c.handle_days)) : null,
      c.settle_on_spot ? h('span', { class: 'tag tag-green' }, t('evnew.cat.settle')) : null,
    ];
    catInfo.append(...parts.filter(Boolean));
  }

  function fillSubs() {
    const subs = cats.filter((c) => c.parent && c.parent === top.value);
    clear(sub);
    if (!top.value) {
      sub.append(h('option', { value: '' }, t('evnew.pick_top_first')));
      sub.disabled = true;
    } else {
      append(sub, [h('option', { value: '' }, t('evnew.pick_sub')), subs.map((c) => h('option', { value: c.code }, c.name))]);
      sub.disabled = false;
    }
    showCatInfo();
  }

  top.addEventListener('change', () => { fillSubs(); if (!sub.disabled) sub.focus(); });
  sub.addEventListener('change', () => {
    showCatInfo();
    const c = cats.find((x) => x.code === sub.value);
    // Less typing in the field: the sub-category name is a fine first title.
    if (c && !title.value.trim()) { title.value = c.name; title.dataset.auto = '1'; }
  });
  title.addEventListener('input', () => { delete title.dataset.auto; });

  function setGridFromPoint() {
    if (point && point.org_id) {
      const g = placeById(point.org_id);
      if (g && g.properties.parent_id && placeById(g.properties.parent_id)) community.value = String(g.properties.parent_id);
      fillGrids(point.org_id);
      if (![...grid.options].some((o) => o.value === String(point.org_id))) {
        grid.append(h('option', { value: String(point.org_id) }, point.name || t('evnew.field.grid')));
      }
      grid.value = String(point.org_id);
      grid.disabled = true;
      community.disabled = true;
      gridHint.textContent = t('evnew.grid_from_point');
    } else {
      grid.disabled = grid.options.length <= 1;
      community.disabled = community.options.length <= 2;
      gridHint.textContent = t('evnew.grid_hint');
    }
    svgEl && svgEl.querySelectorAll('.grid-shape').forEach((p) => {
      p.classList.toggle('is-selected', Boolean(point && point.org_id && p.dataset.orgId === String(point.org_id)));
    });
  }

  function drawMarker(lon, lat) {
    if (!svgEl || !proj) return;
    const [x, y] = proj.project(lon, lat);
    const r = 7 * unitsPerPixel(svgEl); // about 7 CSS pixels whatever the drawing's scale
    if (marker) marker.remove();
    marker = svg('g', { class: 'marker', transform: `translate(${x.toFixed(2)},${y.toFixed(2)})`, dataset: { testid: 'marker' } },
      svg('circle', { r: r * 1.8, class: 'marker-halo' }),
      svg('circle', { r, class: 'marker-dot' }));
    svgEl.append(marker);
  }

  async function choosePoint(lon, lat) {
    lon = round6(lon);
    lat = round6(lat);
    const seq = ++locateSeq;
    point = { lat, lon, org_id: null, name: null };
    drawMarker(lon, lat);
    clearPoint.hidden = false;
    located.className = 'located is-busy';
    located.textContent = t('evnew.locating');
    try {
      const g = await api('GET', '/grids/locate' + query({ lat, lon }));
      if (seq !== locateSeq || !ctx.isCurrent()) return;
      point.org_id = g.org_id;
      point.name = g.name;
      located.className = 'located is-ok';
      located.dataset.orgId = String(g.org_id);
      // The grid and its community by name; the coordinates are never shown.
      clear(located).append(h('strong', { class: 'located-name' }, placeName(g.org_id, g.name)));
    } catch (e) {
      if (seq !== locateSeq || !ctx.isCurrent()) return;
      if (e.status === 401) return;
      point = null;
      if (marker) { marker.remove(); marker = null; }
      clearPoint.hidden = true;
      delete located.dataset.orgId;
      located.className = 'located is-bad';
      located.textContent = e.status === 404 ? t('evnew.outside') : t('evnew.locate_failed');
      if (e.status !== 404) showError(e);
    }
    setGridFromPoint();
  }

  clearPoint.addEventListener('click', () => {
    locateSeq++;
    point = null;
    if (marker) { marker.remove(); marker = null; }
    clearPoint.hidden = true;
    delete located.dataset.orgId;
    located.className = 'located';
    located.textContent = t('evnew.no_point');
    setGridFromPoint();
  });

  if (gpsBtn) {
    gpsBtn.addEventListener('click', () => {
      gpsBtn.disabled = true;
      navigator.geolocation.getCurrentPosition((pos) => {
        gpsBtn.disabled = false;
        choosePoint(pos.coords.longitude, pos.coords.latitude);
      }, () => {
        gpsBtn.disabled = false;
        showError(t('evnew.gps_failed'));
      }, { enableHighAccuracy: true, timeout: 15000 });
    });
  }

  function drawMap(fc) {
    clear(mapBox);
    const features = (fc && Array.isArray(fc.features) ? fc.features : []);
    if (!features.length) {
      mapBox.append(h('p', { class: 'muted map-empty' }, t('map.no_grids')));
      return;
    }
    proj = fitProjection(features, { width: 1000, margin: 0.08, minHeight: 560 });
    svgEl = svg('svg', {
      class: 'gridmap report-map', viewBox: `0 0 ${proj.width} ${proj.height.toFixed(1)}`,
      role: 'img', 'aria-label': t('evnew.map_label'), dataset: { testid: 'report-map' },
    });
    // Communities underneath, grids on top, labels last (so they are never covered).
    const order = (f) => (f.properties && f.properties.kind === 'grid' ? 1 : 0);
    const sorted = features.slice().sort((a, b) => order(a) - order(b));
    const labels = svg('g', { class: 'labels' });
    for (const f of sorted) {
      const p = f.properties || {};
      const kind = p.kind === 'grid' ? 'grid' : 'area';
      const d = pathData(f.geometry, proj);
      if (!d) continue;
      svgEl.append(svg('path', {
        d, class: kind === 'grid' ? 'grid-shape' : 'area-shape', 'fill-rule': 'evenodd',
        dataset: { orgId: String(f.id), name: p.name || '', kind: p.kind || '' },
      }, svg('title', null, p.name || '')));
      if (kind === 'grid') {
        const label = polygonLabel(f.geometry, proj, p.name || '', { maxSize: 200 });
        if (label) labels.append(label);
      }
    }
    svgEl.append(labels);
    svgEl.addEventListener('click', (ev) => {
      const pt = clientToSvg(svgEl, ev.clientX, ev.clientY);
      if (!pt) return;
      const [lon, lat] = proj.unproject(pt[0], pt[1]);
      choosePoint(lon, lat);
    });
    mapBox.append(svgEl);
    requestAnimationFrame(() => fitLabels(svgEl, { px: 15 }));
  }
  const onResize = () => {
    if (!ctx.isCurrent()) { window.removeEventListener('resize', onResize); return; }
    if (svgEl) fitLabels(svgEl, { px: 15 });
    if (svgEl && point) drawMarker(point.lon, point.lat);
  };
  window.addEventListener('resize', onResize);

  /* ---------- submit ---------- */
  let key = null;
  let keyFor = null;
  let busy = false;

  function fail(msg, el) {
    showError(msg);
    if (el) el.focus();
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (busy) return;
    clearAlerts();
    if (!sub.value) return fail(t('evnew.need_category'), top.value ? sub : top);
    const payload = { type: 'event', title: title.value.trim(), category: sub.value };
    if (!payload.title) return fail(t('new.need_title'), title);
    if (body.value.trim()) payload.body = body.value.trim();
    if (point && point.org_id) {
      payload.lat = point.lat;
      payload.lon = point.lon;
    } else if (grid.value) {
      payload.org_id = Number(grid.value);
    } else {
      return fail(t('evnew.need_place'), address);
    }
    if (!point && !address.value.trim()) return fail(t('evnew.need_address'), address);
    if (address.value.trim()) payload.address = address.value.trim();
    if (photos.busy()) return fail(t('photo.wait'));
    const ids = photos.ids();
    if (ids.length) payload.photos = ids;
    if (onBehalf) {
      if (callerName.value.trim()) payload.caller_name = callerName.value.trim();
      if (callerPhone.value.trim()) payload.caller_phone = callerPhone.value.trim();
    }

    if (parties) {
      const bad = parties.check();
      if (bad) return fail(bad.message, bad.input);
      const list = parties.value();
      if (list.length) payload.persons = list;
    }

    const sig = JSON.stringify(payload);
    if (sig !== keyFor) { key = uuid(); keyFor = sig; }
    busy = true;
    submit.disabled = true;
    submit.textContent = t('common.saving');
    try {
      const c = await api('POST', '/cases', payload, { headers: { 'Idempotency-Key': key } });
      setFlash({ text: t('evnew.reported', c.code || ''), kind: 'success' });
      navigate('#/case/' + c.id);
    } catch (e) {
      if (ctx.isCurrent() && e.status !== 401) {
        showError(e);
        const name = e.field === 'category' ? 'category' : e.field;
        const bad = name && form.querySelector(`[name="${CSS.escape(name)}"]`);
        if (!bad && parties && name && name.startsWith('persons')) parties.focusField(name);
        if (bad && !bad.disabled) bad.focus();
      }
    } finally {
      busy = false;
      submit.disabled = false;
      submit.textContent = t('evnew.submit');
    }
  });

  /* ---------- load ---------- */
  const catsP = loadCategories().then((items) => {
    if (!ctx.isCurrent()) return;
    cats = items;
    const tops = items.filter((c) => !c.parent);
    append(clear(top), [h('option', { value: '' }, t('evnew.pick_top')), tops.map((c) => h('option', { value: c.code }, c.name))]);
    top.disabled = false;
    fillSubs();
  }).catch((e) => {
    clear(top).append(h('option', { value: '' }, t('common.none')));
    if (ctx.isCurrent() && e.status !== 401) showError(e);
  });

  const isGrid = (f) => f && f.properties && f.properties.kind === 'grid';
  const gridsP = api('GET', '/grids').then(async (fc) => {
    // Nothing in scope (a citizen): the places below the user's grant, by name and outline.
    if (!((fc && fc.features) || []).some(isGrid) && firstGrantOrg()) {
      fc = await api('GET', '/places' + query({ parent_id: firstGrantOrg(), shapes: 1 }));
    }
    if (!ctx.isCurrent()) return;
    places = ((fc && fc.features) || []).filter((f) => f && f.properties);
    drawMap(fc);
    fillPicker();
    setGridFromPoint();
  }).catch((e) => {
    clear(mapBox).append(h('p', { class: 'muted map-empty' }, t('map.load_failed')));
    clear(grid).append(h('option', { value: '' }, t('common.none')));
    clear(community).append(h('option', { value: '' }, t('common.none')));
    if (ctx.isCurrent() && e.status !== 401) showError(e);
  });

  await Promise.all([catsP, gridsP]);
}
