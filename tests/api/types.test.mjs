// GET /api/v1/types is the one source of the workflow words the web app shows (it keeps no copy
// in i18n.js): every status and action of both types has its Chinese and English name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, getOk } from './lib.mjs';

let srv;
let citizen;
before(async () => { srv = await startServer(); citizen = await srv.login('citizen'); });
after(() => srv && srv.stop());

test('statuses and actions carry the names the pages show, for any signed-in user', async () => {
  const j = await getOk(srv, `${API}/types`, citizen);
  const ty = Object.fromEntries(j.items.map((x) => [x.type, x]));
  const names = (list) => Object.fromEntries(list.map((x) => [x.code, x.name_zh]));
  assert.equal(ty.suggestion.name_zh, '我爱我家');
  assert.deepEqual(names(ty.suggestion.statuses), { open: '待处理', in_progress: '处理中', done: '已办结', declined: '不采纳' });
  assert.deepEqual(names(ty.suggestion.actions), { accept: '受理并指派', decline: '不采纳', done: '办结', reopen: '重新打开' });
  const ev = names(ty.event.statuses);
  const want = { reported: '已上报', dispatched: '已交办', signed: '处置中', handled: '待核查', closed: '已办结',
    reviewing: '待复核', settled: '就地解决', rejected: '不予受理' };
  for (const [k, v] of Object.entries(want)) assert.equal(ev[k], v, k);
  const acts = names(ty.event.actions);
  const wantActs = { accept: '受理', dispatch: '分流交办', sign: '签收', handle: '处置反馈', verify_pass: '核查通过',
    verify_fail: '核查不通过', rate: '评价', settle: '就地解决' };
  for (const [k, v] of Object.entries(wantActs)) assert.equal(acts[k], v, k);
  for (const t of j.items) {
    for (const x of [...t.statuses, ...t.actions]) {
      assert.ok(x.name_zh && x.name_en, `${t.type}.${x.code} is named in both languages`);
      assert.doesNotMatch(x.name_zh, /[A-Za-z]/, `${t.type}.${x.code}: no English in the Chinese name`);
    }
  }
});

test('each type describes its own fields, the fields of its actions, its stages and indicators', async () => {
  const j = await getOk(srv, `${API}/types`, citizen);
  const ty = Object.fromEntries(j.items.map((x) => [x.type, x]));
  const ev = ty.event;
  const f = Object.fromEntries(ev.fields.map((x) => [x.name, x]));
  // the columns of event_details, labelled, with their kinds
  assert.equal(f.handle_due_at.kind, 'time');
  assert.equal(f.handle_due_at.label_zh, '办理时限');
  assert.equal(f.rework_count.kind, 'int');
  assert.equal(f.rating.kind, 'choice');
  assert.deepEqual(f.rating.choices.map((c) => c.code), ['satisfied', 'basically_satisfied', 'unsatisfied']);
  assert.equal(f.rating.choices.find((c) => c.code === 'unsatisfied').name_zh, '不满意');
  assert.equal(f.platform.public, true);
  assert.equal(f.caller_phone.public, false, 'a caller is never part of the public view');
  for (const x of [...ty.event.fields, ...ty.suggestion.fields]) {
    assert.ok(x.label_zh && x.label_en, `${x.name} is labelled in both languages`);
    assert.doesNotMatch(x.label_zh, /[A-Za-z]/, `${x.name}: no English in the Chinese label`);
  }
  // an action's fields: dispatch asks for a department, settle for a result and photos
  const act = (t, code) => ty[t].actions.find((a) => a.code === code);
  assert.deepEqual(act('event', 'dispatch').fields.map((x) => [x.name, x.kind, x.required]), [['unit_id', 'unit', true]]);
  assert.deepEqual(act('event', 'settle').fields.map((x) => [x.name, x.kind, x.required]),
    [['result', 'text', true], ['photos', 'photos', true]]);
  assert.equal(act('event', 'reject').needs_reason, true);
  assert.deepEqual(act('event', 'reject').fields, [], 'a reason goes in note, not in fields');
  assert.equal(act('suggestion', 'accept').fields[0].kind, 'user');
  assert.doesNotMatch(act('suggestion', 'accept').fields[0].label_zh, /[A-Za-z]/);
  // deadline stages and indicators with their kinds
  assert.deepEqual(ev.stages.map((s) => [s.code, s.name_zh]), [['accept', '受理'], ['handle', '处置']]);
  const kinds = Object.fromEntries(ev.indicators.map((x) => [x.code, x.kind]));
  assert.equal(kinds.reported, 'count');
  assert.equal(kinds.on_time_rate, 'ratio');
  assert.equal(kinds.avg_close_hours, 'hours');
  assert.equal(ev.map_layer, true);
  assert.equal(ty.suggestion.map_layer, false);
  assert.ok(ev.create_roles.includes('citizen'));
  assert.ok(!ty.suggestion.create_roles.includes('citizen'), 'the station board is staff only');
});

// A field's "max" is a bound a form can use (a text's length, a number's ceiling); a field with
// no upper bound (an id) has none, never a wrapped-around negative number.
test('every max of an action or create field is a usable bound, or absent', async () => {
  const j = await getOk(srv, `${API}/types`, citizen);
  let checked = 0;
  for (const t of j.items) {
    const fields = [...(t.create_fields || []), ...t.actions.flatMap((a) => (a.fields || []).map((f) => ({ ...f, at: a.code })))];
    for (const f of fields) {
      if (!('max' in f)) continue;
      checked++;
      assert.ok(Number.isSafeInteger(f.max) && f.max >= 0, `${t.type}.${f.at || 'create'}.${f.name}: max ${f.max}`);
    }
  }
  assert.ok(checked > 10, `some fields have a max (${checked})`);
  const acc = j.items.find((t) => t.type === 'suggestion').actions.find((a) => a.code === 'accept');
  const who = acc.fields.find((f) => f.name === 'assignee_id');
  assert.equal(who.kind, 'user');
  assert.equal('max' in who, false, JSON.stringify(who));
});
