// types/found.js — the case page of a found item (拾遗物登记): the lost reports it may be, with
// the reasons (confirmed on the report), the return dialog (领取人 with ID card number, 权属核验)
// instead of a generic form, the receipt (领取凭证) once returned, the lost report by its code.

import { h } from '../dom.js';
import { t, fieldLabel, choiceLabel } from '../i18n.js';
import { openGenericAction, askedList, lastEvent } from './generic.js';
import { pairRows, matchesPanel, withPlace } from './lostfound-kit.js';
import { openReturnDialog, categoryName } from '../lostfound.js';
import { typeDesc } from '../state.js';
import { fmtTime, dash } from '../ui.js';

export const type = 'found';
/** the timeline's first entry: 登记 (registered at the desk), not a board post's 发布 */
export const createLabel = 'lf.create';
/** registered at the desk: 登记人 and 登记时间, not a board post's 发布人 and 发布时间 */
export const rowLabels = { reporter: 'lf.registrar', created_at: 'lf.registered_at' };

export function detailRows(c, ui) {
  const d = typeDesc(type);
  // a returned or disposed item: its notice and claim period no longer apply (a future 招领
  // 公告时间 read as if it would still be published)
  const done = !['registered', 'disposal_pending'].includes(c.status);
  // and an item ends one way: a disposed one was never returned (对应失物登记, 权属核验, 经办民警,
  // 返还时间 read — beside its disposal), a returned one never disposed of (a return clears a
  // disposal asked for)
  const other = c.status === 'disposed' ? ['lost_id', 'verification', 'handed_by', 'returned_at']
    : c.status === 'returned' ? ['disposal', 'disposed_at'] : [];
  const hidden = new Set([...(done ? ['notice_at', 'claim_end_at'] : []), ...other].map((n) => 'case-field-' + n));
  const rows = withPlace(pairRows((d && d.fields) || [], c, ui, 'lost_id'), c, 'lf.found_place', 'case-field-found_at')
    .filter((r) => !hidden.has(r[2]));
  // a pair confirmed but not yet returned: its lost report (lost_id, set at the
  // confirmation) is marked 已确认, not yet returned
  if (c.lost_id && !done) {
    const row = rows.find((r) => r[2] === 'case-field-lost_id');
    if (row) row[1] = h('span', {}, row[1], ' ', h('span', { class: 'badge ok', dataset: { testid: 'lf-pair-confirmed' } }, t('lf.confirmed_pair')));
  }
  // whether the item is on the public notice now, in the server's words: its notice time alone
  // read as "published" while an item whose owner is confirmed is left off it (notice_withheld)
  const notice = !done && rows.find((r) => r[2] === 'case-field-notice_at');
  if (notice) notice[1] = h('span', {}, notice[1], ' ', noticeBadge(c));
  return rows;
}

/** 已在招领公告中 / 不在招领公告中（失主已确认）/ 尚未公示: what GET /public/found shows of it. */
function noticeBadge(c) {
  const [cls, key] = c.notice_withheld === 'owner_waiting' ? ['warn-yellow', 'lf.notice_withheld']
    : c.noticed ? ['status-done', 'lf.notice_on'] : ['status-declined', 'lf.notice_pending'];
  return h('span', { class: 'badge ' + cls, dataset: { testid: 'lf-notice-state', state: c.notice_withheld || (c.noticed ? 'on' : 'pending') } }, t(key));
}

export function panels(c) {
  const before = [];
  // disposal (申请处置 / 依法处置) opens only when the claim period has ended: say until when,
  // rather than leave the buttons missing with no word why. Whether it has ended is the
  // server's word (claim_ended, on the clock its disposal guard reads), not the browser's clock:
  // a PC whose clock is behind read 届满后方可申请处置 under a 申请处置 button.
  // An item whose owner is confirmed is neither on the public notice nor to be disposed of
  // (409 owner_waiting): it waits for that owner, whatever its claim period says.
  if (c.status === 'registered') {
    const text = c.notice_withheld === 'owner_waiting' ? t('lf.claim_owner_waiting', c.claim_end_at ? fmtTime(c.claim_end_at) : '—')
      : !c.claim_end_at ? t('lf.claim_not_started')
        : c.claim_ended ? t('lf.claim_over', fmtTime(c.claim_end_at)) : t('lf.claim_running', fmtTime(c.claim_end_at));
    if (text) before.push(h('p', { class: 'muted', dataset: { testid: 'lf-claim-clock' } }, text));
  }
  // a disposal asked for: what happens next (the item's page said nothing once the officer
  // had asked — the claim clock's line went with the status)
  if (c.status === 'disposal_pending') {
    before.push(h('p', { class: 'muted', dataset: { testid: 'lf-disposal-waiting' } },
      t('lf.disposal_waiting', c.disposal ? disposalText(c.disposal)[1] : '—')));
  }
  if (c.status === 'registered' || c.status === 'disposal_pending') before.push(matchesPanel(c));
  if (c.status === 'returned') {
    before.push(h('section', { class: 'panel' }, h('a', { class: 'btn', href: `#/lostfound/receipt/${c.id}`,
      dataset: { testid: 'lf-open-receipt' } }, t('lf.open_receipt'))));
  }
  return { before, after: [] };
}

/** The disposal asked for (上缴国库 ...): [label, name] from the type's descriptor. */
function disposalText(code) {
  const f = (((typeDesc(type) || {}).fields) || []).find((x) => x.name === 'disposal');
  const ch = f && (f.choices || []).find((x) => x.code === code);
  return [f ? fieldLabel(f) : t('lf.disposal'), ch ? choiceLabel(ch) : String(code)];
}

/** 申请处置 on the timeline names the disposal asked for (it showed the reason only), and so
 *  does 批准处置, the entry that disposed of the item: it carries no fields (the leader approves
 *  what was asked), so the disposal is the item's own (it named who and when only). */
export function timelineLines(ev, c) {
  if (ev && ev.action === 'approve_disposal' && ev.to_status === 'disposed' && c && c.status === 'disposed' && c.disposal) {
    const [label, name] = disposalText(c.disposal);
    return [`${label}${t('lf.colon')}${name}`];
  }
  const d = ev && ev.kind === 'action' && ev.data && typeof ev.data === 'object' ? ev.data : null;
  // a return to another than the owner says on what statement (代领说明)
  if (d && ev.action === 'return' && d.proxy) return [`${t('lf.receipt_proxy')}${t('lf.colon')}${d.proxy}`];
  if (!d || !d.disposal) return [];
  const [label, name] = disposalText(d.disposal);
  return [`${label}${t('lf.colon')}${name}`];
}

export function openAction(c, action, handlers) {
  // the server closes the confirmed lost report with it (lost_id left out)
  if (action === 'return') return openReturnDialog(c, null, null);
  // 依法处置 and 批准处置 end the item's keeping for good. 依法处置 (a form: the disposal and
  // the reason) asks once more after it, naming the disposal chosen (it asked 处置「…」？ of
  // whichever was picked); 批准处置 has nothing to fill in, so its dialog is the one question,
  // saying what cannot be undone and how it is disposed of (it asked 确认执行“批准处置”？ and
  // then 处置「…」？ again: twice for one click)
  const what = `${c.code} ${c.title}`;
  const how = (code) => (code ? disposalText(code)[1] : '—');
  const dlg = openGenericAction(c, action, type, handlers,
    action === 'dispose' ? { confirm: (extra) => t('lf.dispose_confirm', what, how(extra.fields && extra.fields.disposal)) }
      : action === 'approve_disposal' ? { question: t('lf.dispose_confirm', what, how(c.disposal)), danger: true, note: true } : {});
  // the leader decides on what was asked and on what: the disposal, the reason and who asked,
  // and the item (category, colour, the station keeping it, the end of its claim period)
  if ((action === 'approve_disposal' || action === 'refuse_disposal') && dlg && dlg.dialog) {
    const where = dlg.dialog.querySelector('.dialog-case');
    if (where) where.after(askedRows(c, handlers && handlers.detail));
  }
  return dlg;
}

/** What a disposal's approver decides on, as rows: opened from the desk's 待我审批, the very
 *  rows of its list (GET /desk `detail`, the server's words in the page's language); from the
 *  item's page, the same read off the case (the latest 申请处置 on its timeline). */
function askedRows(c, detail) {
  return askedList(detail, () => {
    const asked = lastEvent(c, 'request_disposal');
    const [label, name] = disposalText(c.disposal);
    const cat = h('span', null, dash(c.category));
    categoryName(c.category).then((n) => { cat.textContent = dash(n); }).catch(() => {});
    return [
      ['disposal', label, c.disposal ? name : ''],
      ['reason', t('lf.disposal_reason'), asked && asked.note],
      ['asked_by', t('lf.disposal_by'), asked && asked.actor_name],
      ['category', t('lf.category'), cat],
      ['color', t('lf.color'), c.color],
      ['station', t('lf.kept_by'), c.org_name],
      ['claim_end', t('lf.claim_ended_on'), c.claim_end_at ? fmtTime(c.claim_end_at).slice(0, 10) : ''],
    ];
  }, 'lf-disposal-asked', 'lf-asked-');
}
