// page-case.js — #/case/ID: every field, the timeline (oldest first), the comment box and
// exactly the actions the server lists in allowed_actions, each behind a small dialog.
// Every action sends the version on screen; a 409 reloads the case and says why.

import { h, clear } from './dom.js';
import { t, has, actionLabel, eventActionLabel, priorityLabel, roleLabel, categoryLabel } from './i18n.js';
import { api, query } from './api.js';
import {
  showError, showNotice, fmtTime, dash, statusBadge, openDialog, confirmDialog, field,
} from './ui.js';
import { homeHash } from './state.js';
import { watch } from './live.js';
import { loadOrgs } from './page-board.js';
import {
  loadCategories, categoryPath, platformLabel, sourceLabel, stageLabel, ratingLabel, warnBadge,
  currentDue, stageDeadlines, dueText, photoStrip,
} from './events.js';
import { openEventAction, isDangerAction } from './actions.js';

const KNOWN_ACTIONS = ['accept', 'decline', 'done', 'reopen'];
const TEXT_MAX = 2000;

/* ---------- pieces ---------- */

function detailRow(key, value, testid) {
  return [
    h('dt', null, t('case.field.' + key)),
    h('dd', { dataset: testid ? { testid } : undefined }, value),
  ];
}

function eventLabel(ev, c) {
  if (ev.kind === 'action' && ev.action) return c.type === 'event' ? eventActionLabel(ev.action) : actionLabel(ev.action);
  if (ev.kind === 'create' && c.type === 'event') return t('event.create_event');
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
  if (!d || typeof d !== 'object' || ev.kind === 'create' || ev.kind === 'comment') return [];
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
    if (all.result && all.result !== ev.note) lines.push(t(c.type === 'event' ? 'event.handle_result' : 'event.result', all.result));
    if (all.reason && all.reason !== ev.note) lines.push(t('event.reason', all.reason));
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
    if (k === 'fields' || k === 'version') continue;
    if (v && typeof v === 'object' && ('from' in v || 'to' in v)) lines.push(t('event.changed', fieldName(k), scalar(v.from), scalar(v.to)));
    else if (v === null || typeof v !== 'object') lines.push(`${fieldName(k)}: ${scalar(v)}`);
  }
  return lines;
}

/** The label of a case field for the timeline ("title" → "标题"), or the raw name. */
function fieldName(k) {
  const map = { title: 'new.field.title', body: 'case.field.body', priority: 'case.field.priority', category: 'case.field.category',
    address: 'case.field.address', due_at: 'case.field.due_at', org_id: 'case.field.org', lat: 'case.field.location', lon: 'case.field.location' };
  return map[k] ? t(map[k]) : k;
}

/** The warning level a "supervise" entry records in its data ({"warn": "red"|"yellow"}). */
function superviseLevel(ev) {
  const d = (ev.data && typeof ev.data === 'object') ? ev.data : {};
  const w = d.warn || d.level || null;
  return w === 'red' || w === 'yellow' ? w : null;
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
      ev.from_status ? statusBadge(ev.from_status) : null,
      ev.from_status && ev.to_status ? h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → ') : null,
      ev.to_status ? statusBadge(ev.to_status) : null)
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
  ev.note ? h('p', { class: 'event-note' }, ev.note) : null,
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
      if (c && c.type === 'event') {
        // Category names and department names for the timeline; the page works without them.
        const [, orgs] = await Promise.all([loadCategories().catch(() => []), loadOrgs().catch(() => [])]);
        orgNames = new Map(orgs.map((o) => [o.id, o.name]));
      }
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

  /** POST an action. Resolves true when the dialog should close. */
  async function sendAction(dlg, action, extra) {
    const payload = { action, version: shown.version, ...extra };
    try {
      const res = await api('POST', `/cases/${shown.id}/actions`, payload);
      if (!ctx.isCurrent()) return true;
      showNotice(t('case.action_done_msg', actionLabel(action)));
      if (res && Array.isArray(res.timeline) && Array.isArray(res.allowed_actions)) draw(res);
      else await load();
      return true;
    } catch (e) {
      if (e.status === 409 && (e.code === 'stale_version' || e.code === 'action_not_allowed')) {
        // The page is out of date: say so outside the dialog and show the current case.
        dlg.close();
        showError(e, t(e.code === 'stale_version' ? 'case.stale' : 'case.not_allowed'));
        try { await load(); } catch (e2) { if (e2.status !== 401) showError(e2); }
        return true;
      }
      throw e; // shown inside the dialog
    }
  }

  function openAccept() {
    const sel = h('select', { name: 'assignee_id', required: true, disabled: true, dataset: { testid: 'assignee-select' } },
      h('option', { value: '' }, t('action.users_loading')));
    const note = textArea('note');
    const dlg = openDialog({
      title: t('action.accept.title'),
      testid: 'action-accept',
      submitLabel: t('action.accept'),
      body: [field(t('action.field.assignee'), sel, { required: true }), field(t('action.field.note'), note)],
      onSubmit: async (d) => {
        if (!sel.value) { d.showError(t('action.need_assignee')); sel.focus(); return false; }
        const extra = { fields: { assignee_id: Number(sel.value) } };
        if (note.value.trim()) extra.note = note.value.trim();
        return sendAction(d, 'accept', extra);
      },
    });
    api('GET', '/users' + query({ org_id: shown.org_id })).then((res) => {
      const users = ((res && res.items) || []).filter((u) => !u.disabled);
      clear(sel);
      if (!users.length) {
        sel.append(h('option', { value: '' }, t('action.users_empty')));
        return;
      }
      sel.append(h('option', { value: '' }, t('action.field.assignee_pick')));
      for (const u of users) {
        const g = (u.grants || [])[0];
        const label = `${u.name || u.login} (${u.login})` + (g ? ` · ${roleLabel(g.role)} · ${g.org_name || ''}` : '');
        sel.append(h('option', { value: String(u.id), dataset: { login: u.login } }, label));
      }
      sel.disabled = false;
      sel.focus();
    }).catch((e) => {
      clear(sel).append(h('option', { value: '' }, t('common.none')));
      dlg.showError(e);
    });
  }

  function openReasonAction(action) {
    const reason = textArea('note', { required: true });
    openDialog({
      title: t(`action.${action}.title`),
      testid: 'action-' + action,
      submitLabel: actionLabel(action),
      danger: action === 'decline',
      body: [field(t('action.field.reason'), reason, { required: true })],
      onSubmit: async (d) => {
        const note = reason.value.trim();
        if (!note) { d.showError(t('action.need_reason')); reason.focus(); return false; }
        if (action === 'decline' && !(await confirmDialog(t('action.decline.confirm'), t('action.decline.confirm_btn')))) {
          return false;
        }
        return sendAction(d, action, { note });
      },
    });
  }

  function openDone() {
    const result = textArea('result', { required: true });
    openDialog({
      title: t('action.done.title'),
      testid: 'action-done',
      submitLabel: t('action.done'),
      body: [field(t('action.field.result'), result, { required: true })],
      onSubmit: async (d) => {
        const r = result.value.trim();
        if (!r) { d.showError(t('action.need_result')); result.focus(); return false; }
        return sendAction(d, 'done', { fields: { result: r } });
      },
    });
  }

  function openAction(action) {
    if (shown.type === 'event') {
      openEventAction(shown, action, {
        onDone: async (res, a) => {
          if (!ctx.isCurrent()) return;
          showNotice(t('case.action_done_msg', eventActionLabel(a)));
          if (res && Array.isArray(res.timeline) && Array.isArray(res.allowed_actions)) draw(res);
          else await load();
        },
        onConflict: async (e) => {
          showError(e, t(e.code === 'stale_version' ? 'case.stale' : 'case.not_allowed'));
          try { await load(); } catch (e2) { if (e2.status !== 401) showError(e2); }
        },
      });
      return;
    }
    if (action === 'accept') openAccept();
    else if (action === 'done') openDone();
    else openReasonAction(action); // decline, reopen
  }

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
    const isEvent = c.type === 'event';

    const allowed = (Array.isArray(c.allowed_actions) ? c.allowed_actions : []).filter((a) => isEvent || KNOWN_ACTIONS.includes(a));
    const danger = (a) => (isEvent ? isDangerAction(a) : a === 'decline');
    const actions = h('section', { class: 'panel actions-panel', 'aria-labelledby': 'actions-h' },
      h('h2', { id: 'actions-h' }, t('case.actions')),
      allowed.length
        ? h('div', { class: 'action-buttons' }, allowed.map((a) => h('button', {
          type: 'button',
          class: 'btn ' + (danger(a) ? 'btn-danger-outline' : 'btn-primary'),
          dataset: { action: a },
          onclick: () => openAction(a),
        }, isEvent ? eventActionLabel(a) : actionLabel(a))))
        : h('p', { class: 'muted', dataset: { testid: 'no-actions' } }, t('case.no_actions')));

    if (isEvent) {
      drawEvent(c, actions);
      return;
    }

    const details = h('section', { class: 'panel details-panel' },
      h('dl', { class: 'details' },
        detailRow('code', dash(c.code), 'case-code'),
        detailRow('status', statusBadge(c.status), 'case-status'),
        detailRow('type', has('case.type.' + c.type) ? t('case.type.' + c.type) : dash(c.type)),
        c.category ? detailRow('category', categoryLabel(c.category)) : null,
        detailRow('priority', h('span', { class: 'prio prio-' + String(c.priority).replace(/[^a-z]/g, '') }, c.priority ? priorityLabel(c.priority) : t('common.none'))),
        detailRow('org', dash(c.org_name), 'case-org'),
        detailRow('reporter', dash(c.reporter_name), 'case-reporter'),
        detailRow('assignee', dash(c.assignee_name), 'case-assignee'),
        c.address ? detailRow('address', c.address) : null,
        c.due_at ? detailRow('due_at', fmtTime(c.due_at)) : null,
        detailRow('created_at', fmtTime(c.created_at)),
        detailRow('updated_at', fmtTime(c.updated_at)),
        c.closed_at ? detailRow('closed_at', fmtTime(c.closed_at)) : null,
        c.reopened ? detailRow('reopened', t('case.reopened_times', c.reopened)) : null,
        detailRow('version', dash(c.version), 'case-version')));

    const body = h('section', { class: 'panel body-panel' },
      h('h2', null, t('case.field.body')),
      c.body ? h('p', { class: 'case-body' }, c.body) : h('p', { class: 'muted' }, t('case.no_body')));

    // The result of a reopened case is the one that was rejected: shown, but as the previous one.
    const result = c.result
      ? h('section', { class: 'panel result-panel' + (c.status === 'done' ? '' : ' result-previous'), dataset: { testid: 'case-result' } },
        h('h2', null, t(c.status === 'done' ? 'case.field.result' : 'case.field.previous_result')),
        h('p', { class: 'case-result-text' }, c.result))
      : null;
    const declineReason = c.decline_reason
      ? h('section', { class: 'panel decline-panel', dataset: { testid: 'case-decline-reason' } },
        h('h2', null, t('case.field.decline_reason')),
        h('p', { class: 'case-decline-text' }, c.decline_reason))
      : null;

    const timeline = timelinePanel(c);

    view.append(
      h('p', { class: 'crumbs' }, h('a', { href: '#/board' }, '← ' + t('case.back'))),
      h('header', { class: 'case-head' },
        h('div', { class: 'case-head-meta' },
          h('span', { class: 'code' }, dash(c.code)),
          statusBadge(c.status),
          c.priority && c.priority !== 'normal' ? h('span', { class: 'prio prio-' + c.priority }, priorityLabel(c.priority)) : null),
        h('h1', { class: 'case-title', dataset: { testid: 'case-title' } }, dash(c.title))),
      h('div', { class: 'case-grid' },
        h('div', { class: 'case-main' }, result, declineReason, body, timeline, commentForm(c)),
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

  /** The detail of a grid event: its own fields, photos, deadlines and the same timeline. */
  function drawEvent(c, actions) {
    const due = currentDue(c);
    const deadlines = stageDeadlines(c);
    const pending = c.extension_pending && typeof c.extension_pending === 'object' ? c.extension_pending : null;
    const row = (key, value, testid) => [
      h('dt', null, t('evfield.' + key)),
      h('dd', { dataset: testid ? { testid } : undefined }, value),
    ];
    const details = h('section', { class: 'panel details-panel' },
      h('dl', { class: 'details' },
        detailRow('code', dash(c.code), 'case-code'),
        detailRow('status', statusBadge(c.status), 'case-status'),
        row('warn', c.warn && due ? warnBadge(c.warn, true) : t('common.none'), 'case-warn'),
        detailRow('type', t('case.type.event')),
        row('category', categoryPath(c.category, c.category_name), 'case-category'),
        row('platform', platformLabel(c.platform, c.platform_name), 'case-platform'),
        row('source', sourceLabel(c.source), 'case-source'),
        row('stage', c.stage ? stageLabel(c.stage) : t('common.none'), 'case-stage'),
        row('grid', dash(c.org_name), 'case-org'),
        row('unit', c.unit_id !== null && c.unit_id !== undefined ? orgLabel(c.unit_id, c.unit_name) : t('common.none'), 'case-unit'),
        row('reporter', dash(c.reporter_name), 'case-reporter'),
        c.assignee_name ? detailRow('assignee', dash(c.assignee_name), 'case-assignee') : null,
        c.caller_name || c.caller_phone ? row('caller', [c.caller_name, c.caller_phone].filter(Boolean).join(' · '), 'case-caller') : null,
        c.address ? detailRow('address', c.address) : null,
        due ? row('due', h('span', { class: 'due' + (c.warn === 'red' ? ' due-red' : c.warn === 'yellow' ? ' due-yellow' : '') },
          fmtTime(due), ' ', h('span', { class: 'due-rel' }, dueText(due))), 'case-due') : null,
        deadlines.accept ? row('accept_due', fmtTime(deadlines.accept), 'case-accept-due') : null,
        deadlines.handle ? row('handle_due', fmtTime(deadlines.handle), 'case-handle-due') : null,
        c.extension_days ? row('extension_days', t('evfield.days_n', c.extension_days), 'case-extension') : null,
        pending ? row('extension_pending', t('event.extension_request', pending.days) + (pending.reason ? '：' + pending.reason : ''), 'case-extension-pending') : null,
        row('rework_count', String(c.rework_count || 0), 'case-rework'),
        c.rating ? row('rating', h('span', { class: 'rating rating-' + c.rating }, ratingLabel(c.rating)), 'case-rating') : null,
        c.rating_comment ? row('rating_comment', c.rating_comment, 'case-rating-comment') : null,
        c.escalated ? row('escalated', t('common.yes')) : null,
        c.reviewed ? row('reviewed', t('common.yes')) : null,
        detailRow('created_at', fmtTime(c.created_at)),
        detailRow('updated_at', fmtTime(c.updated_at)),
        c.closed_at ? detailRow('closed_at', fmtTime(c.closed_at)) : null,
        detailRow('version', dash(c.version), 'case-version')));

    const body = h('section', { class: 'panel body-panel' },
      h('h2', null, t('case.field.body')),
      c.body ? h('p', { class: 'case-body' }, c.body) : h('p', { class: 'muted' }, t('case.no_body')));
    const photos = h('section', { class: 'panel photos-panel' },
      h('h2', null, t('evfield.photos')),
      photoStrip(c.photos, 'case-photos') || h('p', { class: 'muted' }, t('photo.none')));

    // After a failed verification the event is back with the department: its last result is
    // the one that was rejected.
    const reworking = ['signed', 'dispatched', 'accepted', 'reviewing'].includes(c.status);
    const result = c.result
      ? h('section', { class: 'panel result-panel' + (reworking ? ' result-previous' : ''), dataset: { testid: 'case-result' } },
        h('h2', null, t(reworking ? 'evfield.previous_result' : c.status === 'settled' ? 'evfield.settle_result' : 'evfield.result')),
        h('p', { class: 'case-result-text' }, c.result))
      : null;
    const declineReason = c.decline_reason
      ? h('section', { class: 'panel decline-panel', dataset: { testid: 'case-decline-reason' } },
        h('h2', null, t('evfield.reject_reason')),
        h('p', { class: 'case-decline-text' }, c.decline_reason))
      : null;

    view.append(
      h('p', { class: 'crumbs' }, h('a', { href: homeHash() }, '← ' + t('case.back_events'))),
      h('header', { class: 'case-head' },
        h('div', { class: 'case-head-meta' },
          h('span', { class: 'code' }, dash(c.code)),
          statusBadge(c.status),
          warnBadge(c.warn),
          h('span', { class: 'tag' }, platformLabel(c.platform, c.platform_name))),
        h('h1', { class: 'case-title', dataset: { testid: 'case-title' } }, dash(c.title))),
      h('div', { class: 'case-grid' },
        h('div', { class: 'case-main' }, result, declineReason, body, photos, timelinePanel(c), commentForm(c)),
        h('aside', { class: 'case-side' }, actions, details)));
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
