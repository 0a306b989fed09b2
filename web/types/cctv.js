// types/cctv.js — the front end of case type `cctv` (视频调阅): create form (#/new/cctv, from a
// help request or an incident with ?from=), rows, linked cases. The leader's 批准/不予批准 and
// the officer's 登记调阅 / 调阅结论 use the generic dialogs; every viewing shows on the timeline.

import { fieldRows } from './generic.js';
import { linksPanel, timelineLines as makeLines, renderCreate, deskRows } from './desk-kit.js';

export const type = 'cctv';
export const newHash = '#/new/cctv';
/** What each action carried, on its timeline entry. */
export const timelineLines = makeLines('cctv');

export function renderNew(view, q, ctx) {
  return renderCreate(view, q, ctx, type, [
    { name: 'cameras', label: ['调阅点位', 'Cameras or places'], kind: 'textarea', required: true },
    { name: 'window_from', label: ['调阅起始时间', 'Footage from'], kind: 'time', required: true },
    { name: 'window_to', label: ['调阅截止时间', 'Footage to'], kind: 'time', required: true },
    { name: 'reason', label: ['调阅事由', 'Reason'], kind: 'textarea', required: true },
  ], { titleHint: ['如：调阅路口监控查找走失老人', 'e.g. review crossroad cameras for a lost elder'] });
}

export function detailRows(c, ui) {
  return deskRows(type, c, ui, ['approved_by'], fieldRows);
}

export const isDanger = (a) => a === 'refuse';

export function panels(c) {
  return { before: [], after: [linksPanel(c, [])] };
}
