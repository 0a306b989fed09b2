// Ambiguous requests (request smuggling material) are refused with 400 and a JSON error before
// any body is read, and a chunked body is answered at once instead of after the idle timeout
// (issue 8 §3): libmicrohttpd 0.9.75 hides the declared chunk size, so chunked request bodies
// are refused with 411 Length Required.
// Raw sockets: fetch would never send these.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer, API } from './lib.mjs';

let srv;
let token;

before(async () => {
  srv = await startServer();
  token = (await srv.login('admin')).token;
});
after(async () => { await srv?.stop(); });

/**
 * Sends raw bytes (a string or an array of [delayMs, string] pieces) and collects what comes back
 * until the server closes or waitMs passes. Returns {status, head, body, json, closed, ms}.
 */
function raw(data, waitMs = 5000) {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const s = net.connect(srv.port, '127.0.0.1');
    let buf = Buffer.alloc(0);
    let closed = false;
    const finish = () => {
      clearTimeout(timer);
      s.destroy();
      const text = buf.toString('latin1');
      const i = text.indexOf('\r\n\r\n');
      const head = i >= 0 ? text.slice(0, i) : text;
      const body = i >= 0 ? Buffer.from(text.slice(i + 4), 'latin1').toString('utf8') : '';
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      let json = null;
      try { json = JSON.parse(body); } catch { /* not JSON */ }
      resolve({ status: m ? Number(m[1]) : 0, head, body, json, closed, ms: Date.now() - t0 });
    };
    const timer = setTimeout(finish, waitMs);
    s.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      // one complete response with a Content-Length is enough
      const text = buf.toString('latin1');
      const i = text.indexOf('\r\n\r\n');
      const m = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, i + 2));
      if (i >= 0 && m && buf.length >= i + 4 + Number(m[1])) finish();
    });
    s.on('end', () => { closed = true; finish(); });
    s.on('error', (e) => { if (e.code === 'ECONNRESET') { closed = true; finish(); } else reject(e); });
    s.on('connect', async () => {
      const pieces = typeof data === 'string' ? [[0, data]] : data;
      for (const [delay, piece] of pieces) {
        if (delay) await new Promise((r) => setTimeout(r, delay));
        if (!s.destroyed) s.write(piece);
      }
    });
  });
}

const body = '{"type":"suggestion","title":"走私"}';
const post = (headers, payload = body) =>
  `POST ${API}/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n` +
  `Content-Type: application/json\r\n${headers}\r\n${payload}`;

function assertJson400(r, what) {
  assert.equal(r.status, 400, `${what}: ${r.head}\n${r.body}`);
  assert.equal(typeof r.json?.error?.code, 'string', `${what}: not a JSON error: ${r.body}`);
  assert.equal(r.json.error.code, 'bad_request', `${what}: ${r.body}`);
}

async function caseCount() {
  const r = await srv.api('GET', `${API}/cases?type=suggestion&limit=200`, { token });
  assert.equal(r.status, 200);
  return r.json.items.length;
}

test('two different Content-Length headers: 400, nothing written', async () => {
  const n = await caseCount();
  const r = await raw(post(`Content-Length: ${Buffer.byteLength(body)}\r\nContent-Length: 5\r\n`));
  assertJson400(r, 'two Content-Length');
  assert.equal(await caseCount(), n);
});

test('the same Content-Length twice is not ambiguous', async () => {
  const len = Buffer.byteLength(body);
  const r = await raw(post(`Content-Length: ${len}\r\nContent-Length: ${len}\r\n`));
  assert.equal(r.status, 201, `${r.head}\n${r.body}`);
});

test('Content-Length together with Transfer-Encoding: chunked: 400', async () => {
  const n = await caseCount();
  const chunked = `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`;
  const r = await raw(post(`Content-Length: ${Buffer.byteLength(body)}\r\nTransfer-Encoding: chunked\r\n`, chunked));
  assertJson400(r, 'CL + TE');
  assert.equal(await caseCount(), n);
});

test('a Transfer-Encoding other than chunked: 400', async () => {
  const r = await raw(post('Transfer-Encoding: gzip, chunked\r\n', '0\r\n\r\n'));
  assertJson400(r, 'TE gzip');
});

test('HTTP/1.1 without Host: 400; HTTP/1.0 without Host is fine', async () => {
  const r = await raw(`GET ${API}/health HTTP/1.1\r\nConnection: close\r\n\r\n`);
  assertJson400(r, 'no Host');
  const two = await raw(`GET ${API}/health HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n`);
  assertJson400(two, 'two Host headers');
  const old = await raw(`GET ${API}/health HTTP/1.0\r\n\r\n`);
  assert.equal(old.status, 200, old.head);
});

test('a chunked request body is refused at once with 411 (the chunk size cannot be checked)', async () => {
  const n = await caseCount();
  const chunked = `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`;
  const r = await raw(post('Transfer-Encoding: chunked\r\n', chunked));
  assert.equal(r.status, 411, `${r.head}\n${r.body}`);
  assert.equal(r.json?.error?.code, 'length_required');
  assert.equal(r.json.error.field, 'Content-Length');
  assert.equal(await caseCount(), n);
});

test('a chunk larger than the body cap is answered at once, not after the idle timeout', async () => {
  // a 2 MiB chunk declared (the cap is 1 MiB), part of it sent, then silence
  const part = 'x'.repeat(100 * 1024);
  const r = await raw([[0, post('Transfer-Encoding: chunked\r\n', '200000\r\n')], [50, part]], 8000);
  assert.ok(r.status === 411 || r.status === 413, `${r.head}\n${r.body.slice(0, 200)}`);
  assert.ok(r.json?.error?.code, `not a JSON error: ${r.body.slice(0, 200)}`);
  assert.ok(r.ms < 5000, `answered after ${r.ms} ms`);
});
