// types/help.js — the front end of case type `help` (群众求助): create form (#/new/help, from a
// visit with ?from=), rows, linked cases with "申请视频调阅", and the assign dialog (a leader
// picks a member of the station; others take it themselves).

import { h } from '../dom.js';
import { actionLabel } from '../i18n.js';
import { api, query } from '../api.js';
import { session } from '../state.js';
import { openDialog, field } from '../ui.js';
import { fieldRows, openGenericAction, sendCaseAction } from './generic.js';
import { L, linksPanel, timelineLines as makeLines, renderCreate, descField, deskRows } from './desk-kit.js';

export const type = 'help';
export const newHash = '#/new/help';
/** What each action carried, on its timeline entry. */
export const timelineLines = makeLines('help');

export function renderNew(view, q, ctx) {
  return renderCreate(view, q, ctx, type, [
    { name: 'category', label: ['求助类别', 'Category'], kind: 'category', required: true },
    { name: 'urgency', label: ['紧急程度', 'Urgency'], kind: 'choice', choices: descField(type, 'urgency').choices },
  ], {
    titleHint: ['如：老人走失，家属求助', 'e.g. an elder is lost'],
    person: { role: 'requester', label: ['求助人', 'Requester'], required: false },
  });
}

export function detailRows(c, ui) {
  return deskRows(type, c, ui, [], fieldRows);
}

export function panels(c) {
  return { before: [], after: [linksPanel(c, [{ type: 'cctv', label: L('申请视频调阅', 'Ask for a CCTV review') }])] };
}

function openAssign(c, handlers) {
  const me = session.user;
  const sel = h('select', { name: 'assignee_id', dataset: { testid: 'assignee-select' } },
    h('option', { value: String(me.id) }, L(`本人（${me.name || me.login}）`, `Myself (${me.name || me.login})`)));
  // a leader may name any member of the station; the list is for leaders
  if ((me.grants || []).some((g) => g.role === 'leader' || g.role === 'admin')) {
    api('GET', '/users' + query({ org_id: c.org_id })).then((r) => {
      for (const u of (r && r.items) || []) {
        if (!u.disabled && u.id !== me.id) sel.append(h('option', { value: String(u.id) }, u.name || u.login));
      }
    }).catch(() => {});
  }
  const label = actionLabel('assign', type);
  return openDialog({
    title: label, submitLabel: label, testid: 'action-assign',
    body: [field(L('处置人', 'Who goes'), sel, { required: true })],
    onSubmit: (d) => sendCaseAction(d, c, 'assign', { fields: { assignee_id: Number(sel.value) } }, handlers),
  });
}

export function openAction(c, action, handlers) {
  if (action === 'assign') return openAssign(c, handlers);
  return openGenericAction(c, action, type, handlers);
}
