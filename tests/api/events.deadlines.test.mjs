// Each stage keeps its own deadline: after dispatch, due_at is the handling deadline and the
// accept deadline is still readable as accept_due_at (the page showed the handling deadline as
// the accept deadline before).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, CST_TIME } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

let srv;
let w;
before(async () => { srv = await startServer(); w = await eventWorld(srv); });
after(() => srv && srv.stop());

test('accept_due_at is set at report time and kept through accept and dispatch', async () => {
  const cat = w.sub((c) => c.accept_hours > 0 && c.handle_days > 0, 'a category with both deadlines');
  let c = await w.report('grid-worker', { category: cat.code, ...w.pointIn('将军社区第一网格') });
  assert.equal(c.stage, 'accept');
  assert.match(c.accept_due_at, CST_TIME);
  assert.equal(Date.parse(c.accept_due_at), Date.parse(c.due_at), 'while accepting, due_at is the accept deadline');
  const acceptDue = c.accept_due_at;

  c = await w.act('operator', c.id, { action: 'accept', version: c.version }, 'accepted');
  assert.equal(c.accept_due_at, acceptDue, 'kept after accept');
  c = await w.act('operator', c.id, { action: 'dispatch', version: c.version, fields: { unit_id: w.org('城中街道城建办').id } }, 'dispatched');
  assert.equal(c.stage, 'handle');
  assert.equal(c.accept_due_at, acceptDue, 'kept after dispatch');
  assert.equal(Date.parse(c.due_at), Date.parse(c.handle_due_at), 'due_at is now the handling deadline');
  assert.notEqual(Date.parse(c.handle_due_at), Date.parse(acceptDue), 'two different deadlines');
});

test('an escalation starts a new accept deadline', async () => {
  const cat = w.sub((c) => c.accept_hours > 0, 'a category with an accept deadline');
  let c = await w.report('grid-worker', { category: cat.code, ...w.pointIn('将军社区第一网格') });
  c = await w.act('operator', c.id, { action: 'escalate', version: c.version, note: '需区级协调' }, 'escalated');
  assert.equal(c.stage, 'accept');
  assert.equal(Date.parse(c.accept_due_at), Date.parse(c.due_at));
});
