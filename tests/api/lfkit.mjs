// Steps the lost-and-found API tests share (失物招领, issue 11): register, act, read, edit, the
// notices a user got about a case, and a look into the database. A test file starts its server
// in before(), so the kit reads it through a getter; sessions are S[user name].
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { API } from './lib.mjs';

/** An RFC 3339 time min minutes ago. */
export const ago = (min) => new Date(Date.now() - min * 60000).toISOString();
export const ID_OK = '330702199001013523';      // GB 11643 check digit right

export function lfKit(srvOf, S) {
  /** POST /cases as who; the case created (status asserted). */
  async function create(who, body, status = 201) {
    const r = await srvOf().api('POST', `${API}/cases`, { token: S[who].token, body });
    assert.equal(r.status, status, `create as ${who}: ${r.status} ${r.text}`);
    return r.json;
  }
  /** An action on case id as who; the answer (status asserted). */
  async function act(who, id, action, fields, status = 200, note) {
    const r = await srvOf().api('POST', `${API}/cases/${id}/actions`,
      { token: S[who].token, body: { action, fields, ...(note ? { note } : {}) } });
    assert.equal(r.status, status, `${action} on ${id} as ${who}: ${r.status} ${r.text}`);
    return r.json;
  }
  /** GET path as who (a user name; none for the public); the response (status asserted). */
  async function get(who, path, status = 200) {
    const r = await srvOf().api('GET', `${API}${path}`, { token: S[who]?.token });
    assert.equal(r.status, status, `GET ${path} as ${who}: ${r.status} ${r.text}`);
    return r;
  }
  /** PATCH /cases/{id} as who with body as given; the response, unchecked. */
  async function patch(who, id, body) {
    return srvOf().api('PATCH', `${API}/cases/${id}`, { token: S[who].token, body });
  }
  /** PATCH at the case's current version; the case after it (200 asserted). */
  async function edit(who, id, body) {
    const cur = (await get(who, `/cases/${id}`)).json;
    const r = await patch(who, id, { version: cur.version, ...body });
    assert.equal(r.status, 200, r.text);
    return r.json;
  }
  /** The notices of who about case id, of kind. */
  async function told(who, id, kind) {
    return (await get(who, '/notifications?limit=100')).json.items
      .filter((n) => n.case_id === id && n.kind === kind);
  }
  /** One statement on the test's database by the sqlite3 shell; its output. */
  function sql(text) {
    const r = spawnSync('sqlite3', [srvOf().db, text], { encoding: 'utf8', timeout: 30000 });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim();
  }
  return { create, act, get, patch, edit, told, sql };
}
