// types/archive.js — the front end of case type `archive` (档案查询): create form
// (#/new/archive), rows, linked cases; 批准/不予批准 (leader), 答复结果 and 办结 use the generic
// dialogs from the descriptor.

import { fieldRows } from './generic.js';
import { linksPanel, timelineLines as makeLines, renderCreate, descField, deskRows } from './desk-kit.js';

export const type = 'archive';
export const newHash = '#/new/archive';
/** What each action carried, on its timeline entry. */
export const timelineLines = makeLines('archive');

export function renderNew(view, q, ctx) {
  return renderCreate(view, q, ctx, type, [
    { name: 'asked', label: ['查询内容', 'Asked for'], kind: 'choice', required: true, choices: descField(type, 'asked').choices },
    { name: 'purpose', label: ['查询用途', 'Purpose'], kind: 'text', required: true },
  ], {
    titleHint: ['如：开具户籍证明', 'e.g. a household registration certificate'],
    person: { role: 'requester', label: ['申请人', 'Requester'], required: true },
  });
}

export function detailRows(c, ui) {
  return deskRows(type, c, ui, ['approved_by'], fieldRows);
}

export const isDanger = (a) => a === 'refuse';

export function panels(c) {
  return { before: [], after: [linksPanel(c, [])] };
}
