// Slow clients (slowloris, issue 8 §3): many connections that each send one header line now and
// then used to hold every slot (an idle timeout never fires while bytes trickle in). Now a
// request head has an overall deadline (LIM_HEAD_MS, 10 s), an address holds at most 192
// connections, and once the server is three quarters full an address holding 8 gets no more,
// so a new address is still answered during the attack.
//
// Linux routes all of 127.0.0.0/8 to loopback, so the attack comes from 17 source addresses
// (127.0.0.10 with 220 sockets first, then 127.0.0.11-25 with 70 each) and the honest client
// from 127.0.0.2. Bounded: ~1,300 sockets, about 13 s, everything closed at the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import { startServer, API } from './lib.mjs';

const HEAVY_ADDR = '127.0.0.10';
const HEAVY = 220;
const ATTACK_ADDRS = Array.from({ length: 15 }, (_, i) => `127.0.0.${11 + i}`);
const PER_ADDR = 70;
const TRICKLE_MS = 2000;     // one header line every 2 s: far below the 30 s idle timeout
const HEAD_DEADLINE_MS = 10000;
const CAP_PER_ADDR = 192;
const SLOTS = 1024;

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv?.stop(); });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One slow client: the request line and one header, then a header line every TRICKLE_MS. */
function slowSocket(localAddress) {
  const s = net.connect({ port: srv.port, host: '127.0.0.1', localAddress });
  const st = { s, addr: localAddress, connected: false, closedAt: 0, openedAt: Date.now() };
  let timer = null;
  s.on('connect', () => {
    st.connected = true;
    s.write(`GET ${API}/health HTTP/1.1\r\nHost: x\r\n`);
    timer = setInterval(() => { if (!s.destroyed) s.write(`X-Slow-${Date.now()}: 1\r\n`); }, TRICKLE_MS);
  });
  s.on('error', () => {});
  s.on('close', () => { clearInterval(timer); st.closedAt = Date.now(); });
  st.stop = () => { clearInterval(timer); s.destroy(); };
  return st;
}

/** A normal GET from another source address, over its own connection: {status, ms} or an error. */
function probe(localAddress, timeoutMs) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const req = http.get({ host: '127.0.0.1', port: srv.port, path: `${API}/health`, localAddress, agent: false,
      timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: Date.now() - t0 }));
    });
    req.on('timeout', () => { req.destroy(); resolve({ error: 'timeout', ms: Date.now() - t0 }); });
    req.on('error', (e) => resolve({ error: e.code || e.message, ms: Date.now() - t0 }));
  });
}

test('a slowloris attack neither holds every slot nor keeps its connections past the head deadline', async () => {
  const socks = [];
  try {
    // one greedy address first, then round robin over the others, as a botnet would arrive
    for (let i = 0; i < HEAVY; i++) socks.push(slowSocket(HEAVY_ADDR));
    await sleep(500);
    for (let i = 0; i < PER_ADDR; i++) for (const a of ATTACK_ADDRS) socks.push(slowSocket(a));
    await sleep(1500);

    // the caps: one address holds at most 192, and the attack leaves room for new addresses
    const open = socks.filter((x) => x.connected && !x.closedAt);
    const byAddr = new Map();
    for (const x of open) byAddr.set(x.addr, (byAddr.get(x.addr) || 0) + 1);
    const most = Math.max(0, ...byAddr.values());
    assert.ok(most <= CAP_PER_ADDR, `one address holds ${most} connections`);
    assert.ok(byAddr.get(HEAVY_ADDR) > 0, 'the greedy address got nothing at all');
    assert.ok(open.length < SLOTS - 128, `the attack holds ${open.length} of ${SLOTS} slots`);

    // an honest client from a fresh address is answered while the attack goes on
    const p = await probe('127.0.0.2', 5000);
    assert.equal(p.status, 200, `the honest request failed during the attack: ${JSON.stringify(p)}`);
    // and again, a few seconds into the attack
    await sleep(2000);
    const p2 = await probe('127.0.0.3', 5000);
    assert.equal(p2.status, 200, `the second honest request failed: ${JSON.stringify(p2)}`);

    // every slow connection is closed by the server once its head is 10 s late (plus the
    // sweeper's period and some slack for a loaded machine), not after the attack gives up
    const last = Math.max(...socks.map((x) => x.openedAt));
    const deadline = last + HEAD_DEADLINE_MS + 3000;
    while (Date.now() < deadline && socks.some((x) => x.connected && !x.closedAt)) await sleep(200);
    const still = socks.filter((x) => x.connected && !x.closedAt);
    assert.equal(still.length, 0, `${still.length} slow connections still open ${Date.now() - last} ms after they opened`);
  } finally {
    for (const x of socks) x.stop();
  }
  // the server is fine afterwards
  const r = await srv.api('GET', `${API}/health`);
  assert.equal(r.status, 200);
});

test('a keep-alive connection that answers promptly is not cut by the head deadline', async () => {
  // two requests on one connection 3 s apart: each head arrives at once, so none is late
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const ports = new Set();
  try {
    for (let i = 0; i < 2; i++) {
      const r = await new Promise((resolve, reject) => {
        http.get({ host: '127.0.0.1', port: srv.port, path: `${API}/health`, agent }, (res) => {
          ports.add(res.socket.localPort);
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        }).on('error', reject);
      });
      assert.equal(r, 200);
      if (i < 1) await sleep(3000);
    }
  } finally {
    agent.destroy();
  }
  assert.equal(ports.size, 1, 'the connection was not kept alive');
});
