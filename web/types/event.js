// types/event.js — the front end of case type `event` (网格事件): how its own fields show on the
// case page and in lists, its create form (#/events/new) and its action dialogs. The case page
// (page-case.js) asks this module through types/index.js; see docs/architecture.md "Web app".

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { fmtTime, dash } from '../ui.js';
import {
  loadCategories, categoryPath, platformLabel, sourceLabel, stageLabel, ratingLabel, warnBadge,
  currentDue, stageDeadlines, dueText, photoStrip,
} from '../events.js';
import { openEventAction, isDangerAction } from '../actions.js';

export { render as renderNew } from '../page-event-new.js';

export const type = 'event';
/** Where the create form lives (the menu's 上报事件). */
export const newHash = '#/events/new';
/** Where the case page's "back" link goes. */
export const backLabel = 'case.back_events';
/** The timeline's label of the "create" entry. */
export const createLabel = 'event.create_event';
/** The label of `result` in an action's timeline entry. */
export const resultLabel = 'event.handle_result';

/**
 * The type's own fields, in the shape GET /api/v1/types gives ([{name, label_zh, label_en, kind,
 * choices, list, public}]). When the server sends a descriptor it is used instead (index.js).
 */
export const fields = [
  { name: 'category', label_zh: '事件分类', label_en: 'Category', kind: 'choice', list: true, public: true },
  { name: 'platform', label_zh: '平台', label_en: 'Platform', kind: 'choice', list: false, public: true },
  { name: 'source', label_zh: '来源', label_en: 'Source', kind: 'choice', list: false, public: false },
  { name: 'stage', label_zh: '当前阶段', label_en: 'Stage', kind: 'choice', list: false, public: false },
  { name: 'unit_id', label_zh: '承办部门', label_en: 'Department', kind: 'unit', list: true, public: true },
  { name: 'accept_due_at', label_zh: '受理期限', label_en: 'Accept by', kind: 'time', list: false, public: false },
  { name: 'handle_due_at', label_zh: '处置期限', label_en: 'Handle by', kind: 'time', list: false, public: false },
  { name: 'extension_days', label_zh: '已延期', label_en: 'Extended', kind: 'int', list: false, public: false },
  { name: 'rework_count', label_zh: '返工次数', label_en: 'Rework', kind: 'int', list: false, public: false },
  { name: 'rating', label_zh: '评价', label_en: 'Rating', kind: 'choice', list: false, public: true },
  { name: 'rating_comment', label_zh: '评价意见', label_en: 'Rating comment', kind: 'text', list: false, public: true },
  { name: 'photos', label_zh: '现场照片', label_en: 'Photos', kind: 'photos', list: false, public: true },
  { name: 'result', label_zh: '处置结果', label_en: 'Result', kind: 'text', list: false, public: true },
];

/** Before drawing a case: the category names (the page works without them). */
export async function prepare() {
  await loadCategories().catch(() => []);
}

/** Whether an action's button is drawn as "danger" (it sends work back). */
export const isDanger = isDangerAction;

/** Open the dialog of an action (onDone(res, action), onConflict(e)). */
export const openAction = openEventAction;

/** Badges beside the status in the case head. */
export function headBadges(c) {
  return [warnBadge(c.warn), h('span', { class: 'tag' }, platformLabel(c.platform, c.platform_name))];
}

/**
 * The case page's rows for this type, between the common head (code, status, type) and tail
 * (reporter, assignee, times, version): [label, value, testid]. `ui.orgLabel(id, name)` names an
 * org unit.
 */
export function detailRows(c, ui) {
  const due = currentDue(c);
  const dl = stageDeadlines(c);
  const pending = c.extension_pending && typeof c.extension_pending === 'object' ? c.extension_pending : null;
  const L = (k) => t('evfield.' + k);
  return [
    [L('warn'), c.warn && due ? warnBadge(c.warn, true) : t('common.none'), 'case-warn'],
    [L('category'), categoryPath(c.category, c.category_name), 'case-category'],
    [L('platform'), platformLabel(c.platform, c.platform_name), 'case-platform'],
    [L('source'), sourceLabel(c.source), 'case-source'],
    [L('stage'), stageLabel(c.stage, c.type), 'case-stage'],
    [L('grid'), dash(c.org_name), 'case-org'],
    [L('unit'), c.unit_id !== null && c.unit_id !== undefined ? ui.orgLabel(c.unit_id, c.unit_name) : t('common.none'), 'case-unit'],
    c.caller_name || c.caller_phone ? [L('caller'), [c.caller_name, c.caller_phone].filter(Boolean).join(' · '), 'case-caller'] : null,
    c.address ? [t('case.field.address'), c.address] : null,
    due ? [L('due'), h('span', { class: 'due' + (c.warn === 'red' ? ' due-red' : c.warn === 'yellow' ? ' due-yellow' : '') },
      fmtTime(due), ' ', h('span', { class: 'due-rel' }, dueText(due))), 'case-due'] : null,
    dl.accept ? [L('accept_due'), fmtTime(dl.accept), 'case-accept-due'] : null,
    dl.handle ? [L('handle_due'), fmtTime(dl.handle), 'case-handle-due'] : null,
    c.extension_days ? [L('extension_days'), t('evfield.days_n', c.extension_days), 'case-extension'] : null,
    pending ? [L('extension_pending'), t('event.extension_request', pending.days) + (pending.reason ? '：' + pending.reason : ''), 'case-extension-pending'] : null,
    [L('rework_count'), String(c.rework_count || 0), 'case-rework'],
    c.rating ? [L('rating'), h('span', { class: 'rating rating-' + c.rating }, ratingLabel(c.rating)), 'case-rating'] : null,
    c.rating_comment ? [L('rating_comment'), c.rating_comment, 'case-rating-comment'] : null,
    c.escalated ? [L('escalated'), t('common.yes')] : null,
    c.reviewed ? [L('reviewed'), t('common.yes')] : null,
  ].filter(Boolean);
}

/** This type names the place itself (所属网格): the page leaves out its common org row. */
export const ownsOrgRow = true;

/** Panels of the main column above the body, and below it (photos). */
export function panels(c) {
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
  const photos = h('section', { class: 'panel photos-panel' },
    h('h2', null, t('evfield.photos')),
    photoStrip(c.photos, 'case-photos') || h('p', { class: 'muted' }, t('photo.none')));
  return { before: [result, declineReason], after: [photos] };
}
