// types/incident.js — the front end of case type `incident` (警情): create form (#/new/incident,
// from a visit with ?from=) with the catalogue's sub-categories, rows, linked cases; 立案,
// 不予立案, 破案 and 结案 use the generic dialogs from the descriptor.

import { fieldRows } from './generic.js';
import { L, linksPanel, timelineLines as makeLines, renderCreate, deskRows } from './desk-kit.js';

export const type = 'incident';
export const newHash = '#/new/incident';
/** What each action carried, on its timeline entry. */
export const timelineLines = makeLines('incident');

export function renderNew(view, q, ctx) {
  return renderCreate(view, q, ctx, type, [
    { name: 'category', label: ['警情分类', 'Category'], kind: 'category', required: true },
    { name: 'occurred_at', label: ['发生时间', 'Occurred at'], kind: 'time' },
    { name: 'address', label: ['发生地点', 'Place'], kind: 'text' },
  ], {
    titleHint: ['如：人民路菜市场手机被盗', 'e.g. phone stolen at the market'],
    person: { role: 'reporter', label: ['报案人', 'Reporter'], required: false },
  });
}

export function detailRows(c, ui) {
  return deskRows(type, c, ui, [], fieldRows);
}

export const isDanger = (a) => a === 'no_case';

export function panels(c) {
  return { before: [], after: [linksPanel(c, [{ type: 'cctv', label: L('申请视频调阅', 'Ask for a CCTV review') }])] };
}
