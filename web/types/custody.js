// types/custody.js — the case page of an item in custody (非涉案物品): only the disposal's
// approval dialogs are its own; everything else is the generic page built from GET /types.
// 批准处置 / 不批准处置 show what the leader decides on — the method asked for, the reason and
// who asked, and the item — as 待我审批 lists it (the dialog said only 确认执行“批准处置”？).

import { t, fieldLabel, choiceLabel } from '../i18n.js';
import { openGenericAction, askedList, lastEvent } from './generic.js';
import { typeDesc } from '../state.js';
import { fmtTime } from '../ui.js';

export const type = 'custody';

/** The dialog of action a; the disposal's approval and refusal show what was asked. Approving
 *  has nothing to fill in: its dialog is its one question (no second confirmation follows). */
export function openAction(c, action, handlers) {
  const dlg = openGenericAction(c, action, type, handlers,
    action === 'approve_disposal' ? { question: t('custody.approve_question'), note: true } : {});
  if ((action === 'approve_disposal' || action === 'refuse_disposal') && dlg && dlg.dialog) {
    const where = dlg.dialog.querySelector('.dialog-case');
    if (where) where.after(askedRows(c, handlers && handlers.detail));
  }
  return dlg;
}

/** A field of the type's descriptor by name: [label, the value of c shown]. */
function described(c, name) {
  const f = (((typeDesc(type) || {}).fields) || []).find((x) => x.name === name);
  const v = c[name];
  if (!f) return [name, v == null ? '' : String(v)];
  if (v == null || v === '') return [fieldLabel(f), ''];
  if (f.kind === 'choice') {
    const ch = (f.choices || []).find((x) => x.code === v);
    return [fieldLabel(f), ch ? choiceLabel(ch) : String(v)];
  }
  if (f.kind === 'time') return [fieldLabel(f), fmtTime(v).slice(0, 10)];
  return [fieldLabel(f), String(v)];
}

/** What the approver decides on, as rows: from the desk's 待我审批 the very rows of its list
 *  (GET /desk `detail`, the server's words in the page's language); from the item's page the
 *  same read off the case (the latest 申请处置 on its timeline). */
function askedRows(c, detail) {
  const asked = lastEvent(c, 'request_disposal');
  const row = (name, key) => [name, ...described(c, key)];
  return askedList(detail, () => [
    row('disposal', 'disposal_method'),
    ['reason', t('custody.asked_reason'), asked && asked.note],
    ['asked_by', t('custody.asked_by'), asked && asked.actor_name],
    row('category', 'item_category'),
    row('quantity', 'quantity'),
    row('reason_held', 'reason_held'),
    row('place', 'place'),
    ['stored_at', t('custody.stored_since'), c.stored_at ? fmtTime(c.stored_at).slice(0, 10) : ''],
    ['station', t('custody.kept_by'), c.org_name],
  ], 'custody-disposal-asked', 'custody-asked-');
}
