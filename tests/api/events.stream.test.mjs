// Live updates: GET /api/v1/stream (Server-Sent Events) sends `event: case` after each committed
// change to a case the caller may see, and nothing about cases outside the caller's scope.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError, getOk, unique } from './lib.mjs';
import { eventWorld } from './fixtures/events.mjs';

let srv;
let w;
let cat;
let cj;
let pingWatch; // a stream opened first, kept idle, to see the 15 s keep-alive comment
const streams = [];

const ARRIVE_MS = 5000;

/**
 * Opens the stream as `auth` ({token} or {cookie}); resolves once the response headers arrived.
 * Returns {status, contentType, messages, waitFor(pred, ms), close()}; messages are
 * {event, data (parsed JSON when possible), comment, at}.
 */
async function openStream(auth) {
  const ac = new AbortController();
  const headers = {};
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  const res = await fetch(`${srv.base}${API}/stream`, { headers, signal: ac.signal });
  const s = {
    openedAt: Date.now(),
    status: res.status,
    contentType: res.headers.get('content-type') || '',
    messages: [],
    waiters: [],
    ended: false,
    close() { ac.abort(); },
    /** Resolves with the first message matching pred (already seen or arriving within ms), else null. */
    waitFor(pred, ms = ARRIVE_MS) {
      const seen = s.messages.find(pred);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => {
        const waiter = { pred, resolve };
        const t = setTimeout(() => { s.waiters = s.waiters.filter((x) => x !== waiter); resolve(null); }, ms);
        waiter.resolve = (m) => { clearTimeout(t); resolve(m); };
        s.waiters.push(waiter);
      });
    },
  };
  streams.push(s);
  if (res.status !== 200) {
    s.body = await res.text();
    return s;
  }
  s.done = (async () => {
    const reader = res.body.getReader();
    const dec = new TextDecoder();
    let buf = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += dec.decode(value, { stream: true });
        for (;;) {
          const m = /\r?\n\r?\n/.exec(buf);
          if (!m) break;
          const block = buf.slice(0, m.index);
          buf = buf.slice(m.index + m[0].length);
          const msg = { event: null, data: null, comment: null, at: Date.now() };
          const data = [];
          for (const line of block.split(/\r?\n/)) {
            if (line.startsWith(':')) msg.comment = (msg.comment ?? '') + line.slice(1).trim();
            else if (line.startsWith('event:')) msg.event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
          }
          if (data.length) {
            const text = data.join('\n');
            try { msg.data = JSON.parse(text); } catch { msg.data = text; }
          }
          s.messages.push(msg);
          for (const wt of [...s.waiters]) {
            if (wt.pred(msg)) { s.waiters = s.waiters.filter((x) => x !== wt); wt.resolve(msg); }
          }
        }
      }
    } catch { /* aborted */ }
    s.ended = true;
  })();
  await new Promise((r) => setTimeout(r, 200)); // let the server register the subscriber
  return s;
}

const caseMsg = (id, pred = () => true) => (m) => m.event === 'case' && m.data && m.data.id === id && pred(m.data);

before(async () => {
  srv = await startServer();
  w = await eventWorld(srv);
  cat = w.sub(() => true);
  cj = w.org('城中街道城建办');
  pingWatch = await openStream(w.S.admin);
});
after(async () => {
  for (const s of streams) s.close();
  await srv?.stop();
});

test('the stream is text/event-stream and needs a session', async () => {
  assert.equal(pingWatch.status, 200);
  assert.match(pingWatch.contentType, /^text\/event-stream/);
  const anon = await openStream({});
  assert.equal(anon.status, 401, anon.body);
  assertError({ status: anon.status, json: JSON.parse(anon.body), text: anon.body }, 401, 'unauthorized');
  const bogus = await openStream({ token: 'not-a-token' });
  assert.equal(bogus.status, 401);
  // The cookie works too (GET needs no CSRF header).
  const byCookie = await openStream({ cookie: w.S.operator.cookie });
  assert.equal(byCookie.status, 200);
  const c = await w.report('grid-worker', { category: cat.code, ...w.pointIn('将军社区第一网格') });
  assert.ok(await byCookie.waitFor(caseMsg(c.id)), 'the cookie stream gets the report');
  byCookie.close();
});

test('a report and an accept the operator may see arrive as `event: case` within 5 s', async () => {
  const op = await openStream(w.S.operator);
  const t0 = Date.now();
  const c = await w.report('grid-worker', { title: unique('直播'), category: cat.code, ...w.pointIn('将军社区第一网格') });
  const m1 = await op.waitFor(caseMsg(c.id));
  assert.ok(m1, `event: case for ${c.id} within ${ARRIVE_MS} ms; got ${JSON.stringify(op.messages)}`);
  assert.ok(m1.at - t0 < ARRIVE_MS);
  const { id, type, status, version, org_id: orgId } = m1.data;
  assert.deepEqual({ id, type, status, version, org_id: orgId }, { id: c.id, type: 'event', status: 'reported', version: c.version, org_id: c.org_id });
  assert.ok(!JSON.stringify(m1.data).includes(c.title), 'the message carries no case content');

  const a = await w.act('operator', c.id, { action: 'accept' }, 'accepted');
  const m2 = await op.waitFor(caseMsg(c.id, (d) => d.status === 'accepted'));
  assert.ok(m2, 'the accept arrives');
  assert.equal(m2.data.version, a.version);
  const d = await w.act('operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  const m3 = await op.waitFor(caseMsg(c.id, (x) => x.status === 'dispatched'));
  assert.ok(m3);
  assert.equal(m3.data.version, d.version);
  // Messages for one case arrive in commit order.
  const versions = op.messages.filter(caseMsg(c.id)).map((m) => m.data.version);
  assert.deepEqual(versions, [...versions].sort((x, y) => x - y));
  op.close();
});

test('a change outside the user\'s scope does not arrive (xg-operator does not hear of 城中)', async () => {
  const xg = await openStream(w.S['xg-operator']);
  const op = await openStream(w.S.operator);
  const c = await w.report('grid-worker', { category: cat.code, ...w.pointIn('将军社区第一网格') });
  await w.act('operator', c.id, { action: 'accept' }, 'accepted');
  assert.ok(await op.waitFor(caseMsg(c.id, (d) => d.status === 'accepted')), 'the 城中 operator hears of it');

  // A control change that xg-operator may see, made after the 城中 ones: once it has arrived,
  // anything about the 城中 event would have arrived before it.
  let control;
  const xgGrids = (await getOk(srv, `${API}/grids`, w.S['xg-operator'])).features.filter((f) => f.properties.kind === 'grid');
  if (xgGrids.length > 0) {
    control = await w.report('xg-operator', { category: cat.code, org_id: xgGrids[0].id, caller_name: '西关群众' });
  } else {
    const r = await w.raw('xg-operator', 'POST', `${API}/cases`, { body: { type: 'suggestion', title: unique('西关') } });
    assert.equal(r.status, 201, r.text);
    control = r.json;
  }
  const got = await xg.waitFor(caseMsg(control.id));
  assert.ok(got, `the 西关 change ${control.id} reaches xg-operator: ${JSON.stringify(xg.messages)}`);
  assert.ok(!xg.messages.some(caseMsg(c.id)), `nothing about 城中 event ${c.id}: ${JSON.stringify(xg.messages)}`);
  assert.ok(xg.messages.filter((m) => m.event === 'case').every((m) => m.data.id === control.id),
    `only the 西关 change: ${JSON.stringify(xg.messages)}`);
  // And the 城中 operator does not hear of 西关.
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(!op.messages.some(caseMsg(control.id)), 'the 城中 operator does not hear of 西关');
  xg.close();
  op.close();
});

test('the handler hears of an event once it is dispatched to their department, not before', async () => {
  const h = await openStream(w.S.handler);
  const c = await w.report('grid-worker', { category: cat.code, ...w.pointIn('将军社区第一网格') });
  await w.act('operator', c.id, { action: 'accept' }, 'accepted');
  const d = await w.act('operator', c.id, { action: 'dispatch', fields: { unit_id: cj.id } }, 'dispatched');
  const m = await h.waitFor(caseMsg(c.id, (x) => x.status === 'dispatched'));
  assert.ok(m, `dispatch reaches the handler: ${JSON.stringify(h.messages)}`);
  assert.equal(m.data.version, d.version);
  const early = h.messages.filter(caseMsg(c.id)).filter((x) => ['reported', 'accepted'].includes(x.data.status));
  assert.deepEqual(early, [], 'nothing before it was the department\'s');
  const s = await w.act('handler', c.id, { action: 'sign' }, 'signed');
  assert.ok(await h.waitFor(caseMsg(c.id, (x) => x.status === 'signed' && x.version === s.version)));
  h.close();
});

test('a citizen hears of their own event, not of others\'', async () => {
  const cs = await openStream(w.S.citizen);
  const other = await w.report('grid-worker', { category: cat.code, ...w.pointIn('将军社区第一网格') });
  const mine = await w.report('citizen', { category: cat.code, ...w.pointIn('将军社区第一网格') });
  assert.ok(await cs.waitFor(caseMsg(mine.id)), 'own report arrives');
  await w.act('operator', mine.id, { action: 'accept' }, 'accepted');
  assert.ok(await cs.waitFor(caseMsg(mine.id, (d) => d.status === 'accepted')), 'own accept arrives');
  assert.ok(!cs.messages.some(caseMsg(other.id)), 'the grid worker\'s report does not');
  cs.close();
});

test('an idle stream gets a `: ping` comment at least every 15 s', async () => {
  // pingWatch was opened in before() and has been listening since (to this user, admin, every
  // change is visible, so "idle" means since the last message). Allow 1.5 s of slack.
  const isPing = (x) => x.comment !== null && /ping/.test(x.comment);
  const lastAt = pingWatch.messages.length ? pingWatch.messages[pingWatch.messages.length - 1].at : pingWatch.openedAt;
  const ping = await pingWatch.waitFor((x) => isPing(x) && x.at > lastAt, Math.max(0, lastAt + 16500 - Date.now()));
  assert.ok(ping, `a ping within 16.5 s of the last message: ${JSON.stringify(pingWatch.messages.map((x) => [x.at - pingWatch.openedAt, x.event ?? x.comment]))}`);
  // No gap of more than 15 s (+ slack) between two messages.
  const times = [pingWatch.openedAt, ...pingWatch.messages.map((x) => x.at)];
  for (let i = 1; i < times.length; i++) assert.ok(times[i] - times[i - 1] <= 16500, `gap ${times[i] - times[i - 1]} ms`);
});

test('the server shuts down cleanly with streams open', async () => {
  const s1 = await openStream(w.S.operator);
  const s2 = await openStream(w.S['xg-operator']);
  assert.equal(s1.status, 200);
  assert.equal(s2.status, 200);
  await srv.stop(); // asserts exit 0 within 15 s of SIGTERM
  await Promise.race([Promise.all([s1.done, s2.done]), new Promise((r) => setTimeout(r, 5000))]);
  assert.ok(s1.ended && s2.ended, 'the streams end when the server stops');
});
