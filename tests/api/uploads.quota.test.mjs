// Upload quota per user per 24 hours (issue 8 §4): `serve --upload-quota-count N
// --upload-quota-mb M`; beyond it 429 with Retry-After and a clear error, nothing stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, API, assertError } from './lib.mjs';
import { png, pngSized } from './fixtures/images.mjs';

let srv;
let S;

before(async () => {
  srv = await startServer(null, ['--upload-quota-count', '3', '--upload-quota-mb', '1']);
  // users without demo uploads (the demo data has one photo by grid-worker)
  S = { a: await srv.login('operator'), b: await srv.login('county-operator'), c: await srv.login('xg-operator') };
});
after(async () => { await srv?.stop(); });

const upload = (s, bytes) => srv.api('POST', `${API}/attachments`, { token: s.token, rawBody: bytes, contentType: 'image/png' });

test('the fourth upload in a day is 429 with Retry-After; another user still uploads', async () => {
  for (let i = 0; i < 3; i++) { const u = await upload(S.a, png(i, 1, 1)); assert.equal(u.status, 201, u.text); }
  const r = await upload(S.a, png(9, 1, 1));
  assertError(r, 429, 'upload_quota');
  const ra = Number(r.headers.get('retry-after'));
  assert.ok(ra > 23 * 3600 && ra <= 24 * 3600, `Retry-After ${ra} s: when the oldest upload leaves the window`);
  assert.match(r.json.error.message, /最多 3 张/);
  assert.equal((await upload(S.b, png(9, 1, 1))).status, 201, 'the quota is per user');
});

test('bytes: uploads beyond the megabytes of the day are 429; one larger than the whole quota is 413', async () => {
  const half = pngSized(8, 8, 600 * 1024);
  assert.equal((await upload(S.c, half)).status, 201);
  const r = await upload(S.c, pngSized(8, 9, 600 * 1024));
  assertError(r, 429, 'upload_quota');
  assert.match(r.json.error.message, /1 兆字节/);
  assertError(await upload(S.c, pngSized(8, 10, 1100 * 1024)), 413, 'too_large');
});
