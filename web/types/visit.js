// types/visit.js — the front end of case type `visit` (坐堂接待): its create form (#/new/visit),
// its rows, and the linked-cases panel from which the desk officer registers, in one step, the
// help request or the incident the visitor came for (linked both ways by the server).

import { fieldRows } from './generic.js';
import { L, linksPanel, timelineLines as makeLines, renderCreate, descField, deskRows } from './desk-kit.js';

export const type = 'visit';
export const newHash = '#/new/visit';
/** What each action carried, on its timeline entry. */
export const timelineLines = makeLines('visit');

export function renderNew(view, q, ctx) {
  return renderCreate(view, q, ctx, type, [
    { name: 'purpose', label: ['来访事由', 'Purpose'], kind: 'choice', required: true, choices: descField(type, 'purpose').choices },
    { name: 'handling', label: ['接待处理情况', 'What was done'], kind: 'textarea' },
  ], {
    titleHint: ['如：群众来所求助寻找走失老人', 'e.g. a visitor asks for help to find a lost elder'],
    person: { role: 'visitor', label: ['来访人', 'Visitor'], required: false },
  });
}

export function detailRows(c, ui) {
  return deskRows(type, c, ui, [], fieldRows);
}

export function panels(c) {
  return {
    before: [],
    after: [linksPanel(c, [
      { type: 'help', label: L('登记为群众求助', 'Register a help request') },
      { type: 'incident', label: L('登记为警情', 'Register an incident') },
    ])],
  };
}
