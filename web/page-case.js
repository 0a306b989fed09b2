// page-case.js — #/case/ID: every field, the timeline (oldest first), the comment box and
// exactly the actions the server lists in allowed_actions, each behind a small dialog.
// Every action sends the version on screen; a 409 reloads the case and says why.
// What is particular to a case type — its own fields, its panels, its action dialogs — comes
// from the type's front-end module (web/types/<type>.js, through types/index.js); labels of
// statuses and actions come from GET /api/v1/types.

import { h, clear } from './dom.js';
import { t, has, getLang, actionLabel, typeLabel, stageLabel, fieldLabel } from './i18n.js';
import { api } from './api.js';
import { showError, showNotice, fmtTime, dash, statusBadge } from './ui.js';
import { homeHash } from './state.js';
import { watch } from './live.js';
import { loadOrgs } from './page-board.js';
import { ratingLabel, photoStrip, warnBadge } from './events.js';
import { typeModule } from './types/index.js';
import { editFields, openEditDialog } from './types/generic.js';
import { personsPanel, revealLine } from './persons.js';
import { linksPanel } from './types/desk-kit.js';

const TEXT_MAX = 2000;

/* ---------- pieces ---------- */

function detailRow(key, value, testid) {
  return [
    h('dt', null, t('case.field.' + key)),
    h('dd', { dataset: testid ? { testid } : undefined }, value),
  ];
}

function eventLabel(ev, c) {
  // an entry of the reader's own case in their words (a citizen's lost report: 已找到疑似您的物品,
  // not the desk's 确认匹配), when the server words it for its poster
  if (ev.kind === 'action' && ev.label_zh) return getLang() === 'en' ? ev.label_en || ev.label_zh : ev.label_zh;
  if (ev.kind === 'action' && ev.action) return actionLabel(ev.action, c.type);
  if (ev.kind === 'create') return t(typeModule(c.type).createLabel);
  return has('event.' + ev.kind) ? t('event.' + ev.kind) : String(ev.kind || '');
}

let orgNames = new Map(); // org id → name, for department ids on the timeline

function orgLabel(id, name) {
  if (name) return name;
  if (id === null || id === undefined) return t('common.none');
  return orgNames.get(id) || '#' + id;
}

function scalar(v) {
  if (v === null || v === undefined || v === '') return t('common.none');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Readable lines for an event's data. A "create" event's data repeats the case's own fields and
 *  is not shown; an action shows whom it assigned, the result and the reason; an "update" shows
 *  each changed field as before → after. */
function eventDataLines(ev, c) {
  const d = ev.data;
  // an action that carried no fields may still have its type's lines (批准处置 names the
  // disposal it approved: the item's own)
  if (ev.kind === 'action' && (!d || typeof d !== 'object')) return typeModule(c.type).timelineLines(ev, c, fmtTime);
  if (!d || typeof d !== 'object' || ev.kind === 'create' || ev.kind === 'comment') return [];
  // a reveal of personal data: which field of whom, never the value (the reason is the note)
  if (ev.kind === 'reveal') return [revealLine(ev, c)];
  const all = { ...d, ...(d.fields && typeof d.fields === 'object' ? d.fields : {}) };
  const lines = [];
  if (ev.kind === 'action') {
    let who = all.assignee_name;
    if (!who && all.assignee_id !== undefined && all.assignee_id !== null) {
      // The event carries only the id; the case knows the name of its current assignee.
      who = all.assignee_id === c.assignee_id && c.assignee_name ? c.assignee_name : '#' + all.assignee_id;
    }
    if (who) lines.push(t('event.assignee', who));
    if (all.unit_id !== undefined && all.unit_id !== null) {
      lines.push(t('event.unit', orgLabel(all.unit_id, all.unit_name || (all.unit_id === c.unit_id ? c.unit_name : null))));
    }
    if (all.days !== undefined && all.days !== null) lines.push(t('event.days', all.days));
    if (all.rating) lines.push(t('event.rating', ratingLabel(all.rating)));
    if (all.comment && all.comment !== ev.note) lines.push(t('event.rating_comment', all.comment));
    if (all.result && all.result !== ev.note) lines.push(t(typeModule(c.type).resultLabel, all.result));
    if (all.reason && all.reason !== ev.note) lines.push(t('event.reason', all.reason));
    lines.push(...typeModule(c.type).timelineLines(ev, c, fmtTime));
    return lines;
  }
  if (ev.kind === 'supervise') {
    if (all.message && all.message !== ev.note) lines.push(String(all.message));
    return lines;
  }
  // "update": {"title": {"from": "a", "to": "b"}} or {"field": "title", "from": "a", "to": "b"}.
  if (typeof all.field === 'string' && ('from' in all || 'to' in all)) {
    lines.push(t('event.changed', fieldName(all.field), scalar(all.from), scalar(all.to)));
    return lines;
  }
  for (const [k, v] of Object.entries(all)) {
    if (k === 'fields' || k === 'version' || k === 'persons') continue;
    if (v && typeof v === 'object' && ('from' in v || 'to' in v)) lines.push(t('event.changed', fieldName(k, c), changedValue(k, v.from, c), changedValue(k, v.to, c)));
    else if (v === null || typeof v !== 'object') lines.push(`${fieldName(k, c)}: ${scalar(v)}`);
  }
  return lines;
}

/** The label of a case field for the timeline ("title" → "标题", "lost_from" → "丢失时间（起）"
 *  from the type's descriptor), or the raw name. */
function fieldName(k, c) {
  const map = { title: 'new.field.title', body: 'case.field.body', priority: 'case.field.priority', category: 'case.field.category',
    address: 'case.field.address', due_at: 'case.field.due_at', org_id: 'case.field.org', lat: 'case.field.location', lon: 'case.field.location' };
  if (map[k]) return t(map[k]);
  const f = c && typeModule(c.type).fields.find((x) => x && x.name === k);
  return f ? fieldLabel(f) : k;
}

/** A value an edit changed, as the page shows it: a time (due_at, the type's time fields) on
 *  the page's clock, like every other time on it. */
function changedValue(k, v, c) {
  const f = c && typeModule(c.type).fields.find((x) => x && x.name === k);
  if ((k === 'due_at' || (f && f.kind === 'time')) && typeof v === 'string' && v) return fmtTime(v);
  return scalar(v);
}

/** The warning level a "supervise" entry records in its data ({"warn": "red"|"yellow"}). */
function superviseLevel(ev) {
  const d = (ev.data && typeof ev.data === 'object') ? ev.data : {};
  const w = d.warn || d.level || null;
  return w === 'red' || w === 'yellow' ? w : null;
}

/** The note of an entry. The scheduler writes a warning's note in Chinese (src/modules/sla.c):
 *  the English page says it from the level (and the stage, where the entry's data names it). */
function noteText(ev, c, level) {
  // a lost-and-found pair's note (src/modules/lostfound.c writes it in Chinese, with its code
  // in the data): the English page says it from the code
  const lf = ev.data && typeof ev.data === 'object' ? ev.data.lf_note : null;
  if (lf && getLang() === 'en' && ['confirmed', 'unconfirmed', 'withdrawn', 'returned'].includes(lf))
    return t('lf.note_' + lf, ev.data.lost_code || '');
  if (ev.kind !== 'supervise' || !level || getLang() !== 'en') return ev.note;
  const stage = ev.data && ev.data.stage ? stageLabel(ev.data.stage, c.type) : t('stage.deadline');
  return t('event.supervise_' + level, stage);
}

/** Photos an action attached (handle, settle), shown under its entry. */
function eventPhotos(ev) {
  if (ev.kind !== 'action' || !ev.data || typeof ev.data !== 'object') return null;
  const f = ev.data.fields && typeof ev.data.fields === 'object' ? ev.data.fields : ev.data;
  return Array.isArray(f.photos) && f.photos.length ? photoStrip(f.photos) : null;
}

function timelineItem(ev, c) {
  // An action that keeps the status (a rating, an extension) shows no transition.
  const statusChange = (ev.from_status || ev.to_status) && ev.from_status !== ev.to_status
    ? h('div', { class: 'event-status' },
      ev.from_status ? statusBadge(ev.from_status, c.type) : null,
      ev.from_status && ev.to_status ? h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → ') : null,
      ev.to_status ? statusBadge(ev.to_status, c.type) : null)
    : null;
  const level = ev.kind === 'supervise' ? superviseLevel(ev) : null;
  return h('li', {
    class: 'event kind-' + String(ev.kind || '').replace(/[^a-z_]/g, '') + (level ? ' level-' + level : ''),
    dataset: { kind: ev.kind || '', action: ev.action || '' },
  },
  h('div', { class: 'event-head' },
    h('span', { class: 'event-label' }, eventLabel(ev, c)),
    level ? warnBadge(level) : null,
    h('span', { class: 'event-actor' }, ev.actor_name ? ev.actor_name : (ev.kind === 'supervise' ? t('event.system') : t('common.none'))),
    h('time', { class: 'event-time', datetime: ev.at || '' }, fmtTime(ev.at))),
  statusChange,
  ev.note ? h('p', { class: 'event-note' }, noteText(ev, c, level)) : null,
  eventDataLines(ev, c).map((line) => h('p', { class: 'event-data' }, line)),
  eventPhotos(ev));
}

function textArea(name, { required, placeholder } = {}) {
  return h('textarea', { name, rows: 4, maxlength: TEXT_MAX, required, placeholder });
}

/* ---------- page ---------- */

export async function render(view, id, ctx) {
  document.title = `${t('case.title')} - ${t('app.name')}`;
  view.append(h('p', { class: 'muted' }, t('common.loading')));

  let shown = null; // the case on screen; its version goes with every action
  let draft = ''; // the comment being written
  let latestSeen = 0; // the newest version of this case announced on the stream

  async function load() {
    let c;
    try {
      c = await api('GET', '/cases/' + id);
      // Names the type needs (categories) and department names for the timeline; the page works
      // without them.
      const [, orgs] = await Promise.all([typeModule(c.type).prepare().catch(() => {}), loadOrgs().catch(() => [])]);
      orgNames = new Map(orgs.map((o) => [o.id, o.name]));
    } catch (e) {
      if (!ctx.isCurrent()) return;
      if (e.status === 404) {
        clear(view).append(h('section', { class: 'panel' },
          h('h1', null, t('case.not_found')),
          h('p', null, h('a', { href: homeHash(), class: 'btn' }, t('common.back')))));
      }
      throw e;
    }
    if (ctx.isCurrent()) draw(c);
  }

  const handlers = {
    onDone: async (res, a) => {
      if (!ctx.isCurrent()) return;
      showNotice(t('case.action_done_msg', actionLabel(a, shown.type)));
      if (res && Array.isArray(res.timeline) && Array.isArray(res.allowed_actions)) draw(res);
      else await load();
    },
    onConflict: async (e) => {
      // The page is out of date: say so outside the dialog and show the current case.
      showError(e, t(e.code === 'stale_version' ? 'case.stale' : 'case.not_allowed'));
      try { await load(); } catch (e2) { if (e2.status !== 401) showError(e2); }
    },
  };

  function draw(c) {
    // Keep the focus and the caret in the comment box across the redraw.
    const active = document.activeElement;
    const caret = active && active.id === 'comment-body' && view.contains(active) ? [active.selectionStart, active.selectionEnd] : null;
    drawCase(c);
    if (caret) {
      const box = view.querySelector('#comment-body');
      if (box) { box.focus({ preventScroll: true }); box.setSelectionRange(caret[0], caret[1]); }
    }
  }

  function drawCase(c) {
    shown = c;
    document.title = `${c.code || c.title} - ${t('app.name')}`;
    clear(view);
    const mod = typeModule(c.type);

    const allowed = Array.isArray(c.allowed_actions) ? c.allowed_actions : [];
    const actions = h('section', { class: 'panel actions-panel', 'aria-labelledby': 'actions-h' },
      h('h2', { id: 'actions-h' }, t('case.actions')),
      allowed.length
        ? h('div', { class: 'action-buttons' }, allowed.map((a) => h('button', {
          type: 'button',
          class: 'btn ' + (mod.isDanger(a) ? 'btn-danger-outline' : 'btn-primary'),
          dataset: { action: a },
          onclick: () => mod.openAction(shown, a, handlers),
        }, actionLabel(a, c.type))))
        : h('p', { class: 'muted', dataset: { testid: 'no-actions' } }, t('case.no_actions')),
      // 修改: the type's editable fields (GET /types edit: true), when the server says may_edit
      editFields(c.type).length && c.may_edit
        ? h('div', { class: 'action-buttons' }, h('button', {
          type: 'button', class: 'btn', dataset: { testid: 'case-edit-open' },
          onclick: () => openEditDialog(shown, shown.type, {
            onDone: async (res) => {
              if (!ctx.isCurrent()) return;
              showNotice(t('case.edit_done'));
              if (res && Array.isArray(res.timeline) && Array.isArray(res.allowed_actions)) draw(res);
              else await load();
            },
            onConflict: handlers.onConflict,
          }),
        }, t('case.edit')))
        : null);

    // Common rows, the type's own rows between them.
    const row = ([label, value, testid]) => [
      h('dt', null, label),
      h('dd', { dataset: testid ? { testid } : undefined }, value),
    ];
    const ui = { orgLabel, fmtTime };
    const details = h('section', { class: 'panel details-panel' },
      h('dl', { class: 'details' },
        detailRow('code', dash(c.code), 'case-code'),
        detailRow('status', statusBadge(c.status, c.type), 'case-status'),
        detailRow('type', typeLabel(c.type)),
        mod.detailRows(c, ui).map(row),
        mod.ownsOrgRow ? null : detailRow('org', dash(c.org_name), 'case-org'),
        row([t(mod.rowLabels.reporter || 'case.field.reporter'), dash(c.reporter_name), 'case-reporter']),
        c.assignee_name || !mod.ownsOrgRow ? detailRow('assignee', dash(c.assignee_name), 'case-assignee') : null,
        row([t(mod.rowLabels.created_at || 'case.field.created_at'), fmtTime(c.created_at), 'case-created']),
        detailRow('updated_at', fmtTime(c.updated_at)),
        c.closed_at ? detailRow('closed_at', fmtTime(c.closed_at)) : null));

    const body = h('section', { class: 'panel body-panel' },
      h('h2', null, t('case.field.body')),
      c.body ? h('p', { class: 'case-body' }, c.body) : h('p', { class: 'muted' }, t('case.no_body')));
    const parts = mod.panels(c);
    // the linked cases (关联案件: a patrol and the event its finding became ...) on every case
    // page, unless the type's own panels already show them
    const after = [].concat(parts.after || []);
    if (!after.some((p) => p && p.dataset && p.dataset.testid === 'case-links')) after.push(linksPanel(c, []));

    view.append(
      h('p', { class: 'crumbs' }, h('a', { href: mod.backHash || homeHash() }, '← ' + t(mod.backLabel))),
      h('header', { class: 'case-head' },
        h('div', { class: 'case-head-meta' },
          h('span', { class: 'code' }, dash(c.code)),
          statusBadge(c.status, c.type),
          mod.headBadges(c)),
        h('h1', { class: 'case-title', dataset: { testid: 'case-title' } }, dash(c.title))),
      h('div', { class: 'case-grid' },
        h('div', { class: 'case-main' }, parts.before, body,
          personsPanel(c, { onRevealed: () => load().catch((e) => { if (e.status !== 401) showError(e); }) }),
          after, timelinePanel(c), commentForm(c)),
        h('aside', { class: 'case-side' }, actions, details)));
  }

  function timelinePanel(c) {
    const events = (Array.isArray(c.timeline) ? c.timeline.slice() : [])
      .sort((a, b) => (Number(a.seq) || 0) - (Number(b.seq) || 0) || (Number(a.id) || 0) - (Number(b.id) || 0));
    return h('section', { class: 'panel timeline-panel', 'aria-labelledby': 'timeline-h' },
      h('h2', { id: 'timeline-h' }, t('case.timeline')),
      events.length ? h('ol', { class: 'timeline', dataset: { testid: 'timeline' } }, events.map((ev) => timelineItem(ev, c)))
        : h('p', { class: 'muted' }, t('case.timeline_empty')));
  }

  function commentForm(c) {
    const commentText = textArea('comment', { placeholder: t('case.comment_placeholder') });
    commentText.id = 'comment-body';
    commentText.rows = 3;
    // A redraw (after an action, or a live update) keeps what the user was typing.
    commentText.value = draft;
    commentText.addEventListener('input', () => { draft = commentText.value; });
    const commentBtn = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'comment-submit' } }, t('case.comment_submit'));
    const commentForm = h('form', { class: 'panel comment-form', novalidate: true },
      h('label', { for: 'comment-body', class: 'h2-like' }, t('case.comment')),
      commentText,
      h('div', { class: 'form-buttons' }, commentBtn));
    let commenting = false;
    commentForm.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      if (commenting) return;
      const text = commentText.value.trim();
      if (!text) { showError(t('case.comment_empty')); commentText.focus(); return; }
      commenting = true;
      commentBtn.disabled = true;
      try {
        await api('POST', `/cases/${c.id}/comments`, { body: text });
        draft = '';
        if (!ctx.isCurrent()) return;
        showNotice(t('case.comment_added'));
        await load();
      } catch (e) {
        if (e.status !== 401) showError(e);
      } finally {
        commenting = false;
        commentBtn.disabled = false;
      }
    });
    return commentForm;
  }

  // Live updates: another user changed this case. An open dialog keeps the version it was
  // opened on (so a conflict is still reported); the page catches up once it closes.
  let deferred = false;
  function liveRefresh() {
    if (document.querySelector('dialog[open]')) {
      if (!deferred) {
        deferred = true;
        const d = document.querySelector('dialog[open]');
        d.addEventListener('close', () => { deferred = false; setTimeout(liveRefresh, 50); }, { once: true });
      }
      return;
    }
    if (shown && Number(shown.version) >= latestSeen) return; // already drawn (e.g. after a 409 reload)
    load().catch((e) => { if (ctx.isCurrent() && e.status !== 401) showError(e); });
  }
  watch(ctx, (d) => {
    if (Number(d.id) !== id) return false;
    latestSeen = Math.max(latestSeen, Number(d.version) || 0);
    return !shown || Number(d.version) !== Number(shown.version);
  }, liveRefresh, 400);

  await load();
}
