// page-case.js — #/case/ID: every field, the timeline (oldest first), the comment box and
// exactly the actions the server lists in allowed_actions, each behind a small dialog.
// Every action sends the version on screen; a 409 reloads the case and says why.

import { h, clear } from './dom.js';
import { t, has, actionLabel, priorityLabel, roleLabel, categoryLabel } from './i18n.js';
import { api, query } from './api.js';
import {
  showError, showNotice, fmtTime, dash, statusBadge, openDialog, confirmDialog, field,
} from './ui.js';

const KNOWN_ACTIONS = ['accept', 'decline', 'done', 'reopen'];
const TEXT_MAX = 2000;

/* ---------- pieces ---------- */

function detailRow(key, value, testid) {
  return [
    h('dt', null, t('case.field.' + key)),
    h('dd', { dataset: testid ? { testid } : undefined }, value),
  ];
}

function eventLabel(ev) {
  if (ev.kind === 'action' && ev.action) return actionLabel(ev.action);
  return has('event.' + ev.kind) ? t('event.' + ev.kind) : String(ev.kind || '');
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
    if (all.result && all.result !== ev.note) lines.push(t('event.result', all.result));
    if (all.reason && all.reason !== ev.note) lines.push(t('event.reason', all.reason));
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

function timelineItem(ev, c) {
  const statusChange = ev.from_status || ev.to_status
    ? h('div', { class: 'event-status' },
      ev.from_status ? statusBadge(ev.from_status) : null,
      ev.from_status && ev.to_status ? h('span', { class: 'arrow', 'aria-hidden': 'true' }, ' → ') : null,
      ev.to_status ? statusBadge(ev.to_status) : null)
    : null;
  return h('li', { class: 'event kind-' + String(ev.kind || '').replace(/[^a-z_]/g, ''), dataset: { kind: ev.kind || '', action: ev.action || '' } },
    h('div', { class: 'event-head' },
      h('span', { class: 'event-label' }, eventLabel(ev)),
      h('span', { class: 'event-actor' }, dash(ev.actor_name)),
      h('time', { class: 'event-time', datetime: ev.at || '' }, fmtTime(ev.at))),
    statusChange,
    ev.note ? h('p', { class: 'event-note' }, ev.note) : null,
    eventDataLines(ev, c).map((line) => h('p', { class: 'event-data' }, line)));
}

function textArea(name, { required, placeholder } = {}) {
  return h('textarea', { name, rows: 4, maxlength: TEXT_MAX, required, placeholder });
}

/* ---------- page ---------- */

export async function render(view, id, ctx) {
  document.title = `${t('case.title')} - ${t('app.name')}`;
  view.append(h('p', { class: 'muted' }, t('common.loading')));

  let shown = null; // the case on screen; its version goes with every action

  async function load() {
    let c;
    try {
      c = await api('GET', '/cases/' + id);
    } catch (e) {
      if (!ctx.isCurrent()) return;
      if (e.status === 404) {
        clear(view).append(h('section', { class: 'panel' },
          h('h1', null, t('case.not_found')),
          h('p', null, h('a', { href: '#/board', class: 'btn' }, t('case.back')))));
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
    if (action === 'accept') openAccept();
    else if (action === 'done') openDone();
    else openReasonAction(action); // decline, reopen
  }

  function draw(c) {
    shown = c;
    document.title = `${c.code || c.title} - ${t('app.name')}`;
    clear(view);

    const allowed = (Array.isArray(c.allowed_actions) ? c.allowed_actions : []).filter((a) => KNOWN_ACTIONS.includes(a));
    const actions = h('section', { class: 'panel actions-panel', 'aria-labelledby': 'actions-h' },
      h('h2', { id: 'actions-h' }, t('case.actions')),
      allowed.length
        ? h('div', { class: 'action-buttons' }, allowed.map((a) => h('button', {
          type: 'button',
          class: 'btn ' + (a === 'decline' ? 'btn-danger-outline' : 'btn-primary'),
          dataset: { action: a },
          onclick: () => openAction(a),
        }, actionLabel(a))))
        : h('p', { class: 'muted', dataset: { testid: 'no-actions' } }, t('case.no_actions')));

    const loc = c.lat !== null && c.lat !== undefined && c.lon !== null && c.lon !== undefined ? `${c.lat}, ${c.lon}` : null;
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
        loc ? detailRow('location', loc) : null,
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

    const events = (Array.isArray(c.timeline) ? c.timeline.slice() : [])
      .sort((a, b) => (Number(a.seq) || 0) - (Number(b.seq) || 0) || (Number(a.id) || 0) - (Number(b.id) || 0));
    const timeline = h('section', { class: 'panel timeline-panel', 'aria-labelledby': 'timeline-h' },
      h('h2', { id: 'timeline-h' }, t('case.timeline')),
      events.length ? h('ol', { class: 'timeline', dataset: { testid: 'timeline' } }, events.map((ev) => timelineItem(ev, c)))
        : h('p', { class: 'muted' }, t('case.timeline_empty')));

    const commentText = textArea('comment', { placeholder: t('case.comment_placeholder') });
    commentText.id = 'comment-body';
    commentText.rows = 3;
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

    view.append(
      h('p', { class: 'crumbs' }, h('a', { href: '#/board' }, '← ' + t('case.back'))),
      h('header', { class: 'case-head' },
        h('div', { class: 'case-head-meta' },
          h('span', { class: 'code' }, dash(c.code)),
          statusBadge(c.status),
          c.priority && c.priority !== 'normal' ? h('span', { class: 'prio prio-' + c.priority }, priorityLabel(c.priority)) : null),
        h('h1', { class: 'case-title', dataset: { testid: 'case-title' } }, dash(c.title))),
      h('div', { class: 'case-grid' },
        h('div', { class: 'case-main' }, result, declineReason, body, timeline, commentForm),
        h('aside', { class: 'case-side' }, actions, details)));
  }

  await load();
}
