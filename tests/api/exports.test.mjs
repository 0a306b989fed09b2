// Every list is a table that exports (表格化管理): format=csv and format=xlsx on the cases, the
// board, the supervision queue, the grids, the users and the inbox — the same filters and scope
// as the JSON, every row (not one page), Chinese headers (English with Accept-Language: en),
// names instead of codes, China times, a 422 for an unknown format, a 413 past the cap, and
// CSV cells that a spreadsheet would run as formulas defused.
//
// The xlsx files are read with a small ZIP reader below (central directory + zlib), no library.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { startServer, API, assertError, getOk, listAll, orgsByName, unique } from './lib.mjs';

let srv;
const S = {};
let types; // code → type from GET /types

before(async () => {
  srv = await startServer();
  for (const u of ['admin', 'cz-leader', 'cz-officer', 'xg-officer', 'operator', 'xg-operator', 'handler']) {
    S[u] = await srv.login(u);
  }
  types = Object.fromEntries((await getOk(srv, `${API}/types`, S.admin)).items.map((t) => [t.type, t]));
});
after(async () => { await srv?.stop(); });

/** GET p with a session; {status, type, disposition, buf, json}. */
async function fetchRaw(server, session, p, headers = {}) {
  const res = await fetch(server.base + p, {
    headers: { authorization: `Bearer ${session.token}`, ...headers },
    signal: AbortSignal.timeout(30000),
  });
  const buf = Buffer.from(await res.arrayBuffer());
  let json = null;
  try { json = JSON.parse(buf.toString('utf8')); } catch { /* a file */ }
  return { status: res.status, type: res.headers.get('content-type') || '',
    disposition: res.headers.get('content-disposition') || '', buf, json, text: buf.toString('utf8') };
}

/** RFC 4180 records of a CSV body that starts with a UTF-8 BOM and ends lines with CRLF. */
function parseCsv(buf) {
  assert.deepEqual([...buf.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV starts with the UTF-8 BOM');
  const s = buf.subarray(3).toString('utf8');
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (q) {
      if (ch === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') q = false; else cell += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\r') {
      assert.equal(s[i + 1], '\n', 'CSV lines end with CRLF');
      row.push(cell); rows.push(row); row = []; cell = ''; i++;
    } else if (ch === '\n') assert.fail('a bare LF outside quotes: lines must end with CRLF');
    else cell += ch;
  }
  assert.equal(cell + row.join(''), '', 'the CSV ends with CRLF');
  return rows;
}

/** {name → Buffer} of a ZIP file, read through its central directory. */
function unzip(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= 0; i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  assert.ok(eocd >= 0, 'a ZIP end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = {};
  for (let k = 0; k < count; k++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const method = buf.readUInt16LE(p + 10), csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28), xlen = buf.readUInt16LE(p + 30), clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + csize);
    files[name] = method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
    p += 46 + nlen + xlen + clen;
  }
  return files;
}

const unxml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

/** {sheet name → rows (arrays of {v, s})} of an .xlsx: v the text or number as text, s the style. */
function readXlsx(buf) {
  assert.equal(buf.subarray(0, 2).toString('latin1'), 'PK', 'an xlsx is a ZIP');
  const z = unzip(buf);
  const text = (n) => (z[n] ? z[n].toString('utf8') : '');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)]
    .map((m) => unxml([...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')));
  const rels = Object.fromEntries([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship ([^>]*)\/>/g)]
    .map((m) => [m[1].match(/Id="([^"]+)"/)[1], m[1].match(/Target="([^"]+)"/)[1]]));
  const sheets = {};
  for (const m of text('xl/workbook.xml').matchAll(/<sheet name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const xml = text(`xl/${rels[m[2]].replace(/^\/?xl\//, '')}`);
    const rows = [];
    for (const r of xml.matchAll(/<row [^>]*>(.*?)<\/row>/gs)) {
      const row = [];
      for (const c of r[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
        const col = [...c[1]].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const attrs = c[2], body = c[3] || '';
        const t = (attrs.match(/t="([^"]+)"/) || [])[1];
        const s = Number((attrs.match(/s="(\d+)"/) || [])[1] || 0);
        let v = '';
        if (t === 'inlineStr') v = unxml([...body.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((x) => x[1]).join(''));
        else if (t === 's') v = shared[Number((body.match(/<v>(.*?)<\/v>/) || [])[1])];
        else v = unxml((body.match(/<v>(.*?)<\/v>/) || [])[1] || '');
        row[col] = { v, s };
      }
      rows.push(Array.from(row, (x) => x || { v: '', s: 0 }));
    }
    sheets[unxml(m[1])] = rows;
  }
  return sheets;
}

/** An Excel date serial (wall-clock time) as "YYYY-MM-DD HH:MM". */
const serialTime = (v) => new Date(Math.round((Number(v) - 25569) * 86400000)).toISOString().slice(0, 16).replace('T', ' ');
/** The China time of a JSON time ("2026-12-01T09:30:00+08:00") as an export writes it. */
const localTime = (t) => (t ? `${t.slice(0, 10)} ${t.slice(11, 16)}` : '');

/** CSV rows as objects keyed by header. */
const objects = (rows) => rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i] ?? ''])));

async function csv(session, p, headers) {
  const r = await fetchRaw(srv, session, p, headers);
  assert.equal(r.status, 200, r.text.slice(0, 300));
  assert.match(r.type, /^text\/csv; charset=utf-8/);
  assert.match(r.disposition, /^attachment; filename="[a-z]+(-[a-z]+)*-\d{8}\.csv"/);
  // and the name the user reads: the sheet's title in the request's language (RFC 6266)
  const named = /; filename\*=UTF-8''([^;]+)$/.exec(r.disposition);
  assert.ok(named, r.disposition);
  assert.match(decodeURIComponent(named[1]), /^[^/\\]+-\d{8}\.csv$/);
  const rows = parseCsv(r.buf);
  // in the language of the file: a Chinese header row, a Chinese name; an English one, English
  const han = /[\u4e00-\u9fff]/;
  assert.equal(han.test(decodeURIComponent(named[1])), han.test(rows[0].join('')), `${named[1]} / ${rows[0].join()}`);
  return rows;
}

async function xlsx(session, p, headers) {
  const r = await fetchRaw(srv, session, p, headers);
  assert.equal(r.status, 200, r.text.slice(0, 300));
  assert.equal(r.type, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.match(r.disposition, /^attachment; filename="[a-z]+(-[a-z]+)*-\d{8}\.xlsx"/);
  return readXlsx(r.buf);
}

const CASE_HEADERS_ZH = ['编号', '类型', '类别', '标题', '内容', '状态', '优先级', '所属单位', '承办单位', '承办人',
  '上报人', '地址', '办理期限', '上报时间', '更新时间', '办结时间'];

// type=suggestion adds the suggestion's own fields (its side table), labelled from its descriptor
const SUGGESTION_OWN_ZH = ['办理结果', '不采纳理由', '重新打开次数'];

async function newPost(who, extra = {}) {
  const r = await srv.api('POST', `${API}/cases`, { token: S[who].token, body: { type: 'suggestion', title: unique('post'), ...extra } });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

test('cases CSV: every matching row (not one page), Chinese headers, names not codes, China times', async () => {
  for (let i = 0; i < 3; i++) await newPost('cz-officer', { category: 'safety' });
  const q = 'type=suggestion&status=open';
  const json = await listAll(srv, S['cz-leader'], `${API}/cases?${q}`);
  assert.ok(json.length > 3, 'more than one page of limit=1');
  // limit and cursor are for pages; an export ignores them and holds every row
  const page = await getOk(srv, `${API}/cases?${q}&limit=1`, S['cz-leader']);
  const rows = await csv(S['cz-leader'], `${API}/cases?${q}&limit=1&cursor=${encodeURIComponent(page.next_cursor)}&format=csv`);
  assert.deepEqual(rows[0], [...CASE_HEADERS_ZH, ...SUGGESTION_OWN_ZH]);
  const objs = objects(rows);
  assert.equal(objs.length, json.length, 'one row per matching case');
  const byCode = new Map(json.map((c) => [c.code, c]));
  const st = Object.fromEntries(types.suggestion.statuses.map((s) => [s.code, s.name_zh]));
  for (const o of objs) {
    const c = byCode.get(o['编号']);
    assert.ok(c, `row ${o['编号']} is one of the JSON cases`);
    assert.equal(o['类型'], types.suggestion.name_zh);
    assert.equal(o['状态'], st.open, 'the status name, not its code');
    assert.equal(o['标题'], c.title);
    assert.equal(o['所属单位'], c.org_name);
    assert.equal(o['上报时间'], localTime(c.created_at), 'China time as YYYY-MM-DD HH:MM');
    assert.match(o['上报时间'], /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    if (c.category === 'safety') assert.equal(o['类别'], '安全隐患', 'the category name, not its code');
    assert.equal(o['优先级'], { low: '低', normal: '普通', high: '高', urgent: '紧急' }[c.priority]);
  }
  const text = rows.flat().join('\n');
  for (const code of ['suggestion', 'open', 'safety']) assert.ok(!rows.flat().includes(code), `no internal code ${code} in a cell`);
  assert.ok(!/\bversion\b|版本/.test(text), 'no versions');
});

test('cases: the scope holds — a 西关 officer exports no 城中 case; filters apply', async () => {
  const mine = await listAll(srv, S['xg-officer'], `${API}/cases`);
  const objs = objects(await csv(S['xg-officer'], `${API}/cases?format=csv`));
  assert.equal(objs.length, mine.length, 'as many rows as the JSON list');
  assert.ok(objs.length > 0);
  for (const o of objs) assert.ok(!o['所属单位'].includes('城中') && !o['承办单位'].includes('城中'), JSON.stringify(o));
  const all = objects(await csv(S.admin, `${API}/cases?format=csv`));
  assert.ok(all.some((o) => o['所属单位'].includes('城中')), 'an admin sees 城中 rows, so the check above can fail');
  // a status filter and a type filter: only those rows
  const done = objects(await csv(S.admin, `${API}/cases?type=suggestion&status=done,declined&format=csv`));
  const jd = await listAll(srv, S.admin, `${API}/cases?type=suggestion&status=done,declined`);
  assert.equal(done.length, jd.length);
  assert.ok(done.every((o) => ['已办结', '不采纳'].includes(o['状态'])), done.map((o) => o['状态']).join());
  const orgs = await orgsByName(srv, S.admin);
  const byOrg = objects(await csv(S.admin, `${API}/cases?org_id=${orgs.get('西关派出所').id}&format=csv`));
  assert.ok(byOrg.length > 0 && byOrg.every((o) => o['所属单位'] === '西关派出所'));
});

test('cases xlsx: the same rows as the CSV, headers bold, times as Excel dates in China time', async () => {
  const q = 'type=suggestion';
  const rows = await csv(S['cz-leader'], `${API}/cases?${q}&format=csv`);
  const book = await xlsx(S['cz-leader'], `${API}/cases?${q}&format=xlsx`);
  const sheet = Object.values(book)[0];
  assert.deepEqual(sheet[0].map((c) => c.v), [...CASE_HEADERS_ZH, ...SUGGESTION_OWN_ZH]);
  assert.equal(sheet.length, rows.length, 'as many rows as the CSV');
  const created = CASE_HEADERS_ZH.indexOf('上报时间');
  for (let i = 1; i < rows.length; i++) {
    assert.equal(sheet[i][0].v, rows[i][0], 'same order, same codes');
    assert.equal(sheet[i][5].v, rows[i][5], 'same status names');
    assert.equal(serialTime(sheet[i][created].v), rows[i][created], 'a date cell in China time');
  }
});

test('type= exports carry the type\'s own fields: a complaint\'s 投诉事项 and 被投诉人员 by name, in CSV and xlsx', async () => {
  const station = (await orgsByName(srv, S.admin)).get('城中派出所').id;
  const about = types.complaint.fields.find((f) => f.name === 'about');
  assert.equal(about.label_zh, '投诉事项');
  const made = [];
  // registered at 城中派出所's desk: one names the staff member complained about, one does not
  for (const [code, staff] of [['delay', S['cz-leader'].user.id], ['attitude', undefined]]) {
    const r = await srv.api('POST', `${API}/cases`, { token: S['cz-officer'].token, body: { type: 'complaint',
      title: unique('投诉'), body: '窗口办事拖延', org_id: station, about: code, staff_id: staff,
      persons: [{ role: 'complainant', name: '赵立新', phone: '13805791111' }] } });
    assert.equal(r.status, 201, r.text);
    made.push(r.json);
  }
  const q = 'type=complaint&status=open';
  const rows = await csv(S.admin, `${API}/cases?${q}&format=csv`);
  assert.deepEqual(rows[0].slice(0, CASE_HEADERS_ZH.length), CASE_HEADERS_ZH, 'the common columns first');
  const own = rows[0].slice(CASE_HEADERS_ZH.length);
  for (const h of ['投诉事项', '被投诉人员', '调查结论', '调查情况']) assert.ok(own.includes(h), `${h} in ${own.join()}`);
  const objs = objects(rows);
  const json = await listAll(srv, S.admin, `${API}/cases?${q}`);
  assert.equal(objs.length, json.length);
  for (const c of made) {
    const o = objs.find((x) => x['编号'] === c.code);
    assert.ok(o, `${c.code} exported`);
    const want = about.choices.find((ch) => ch.code === c.about).name_zh;
    assert.equal(o['投诉事项'], want, 'the choice by its name, not its code');
  }
  const leaderName = S['cz-leader'].user.name;
  assert.ok(leaderName);
  assert.equal(objs.find((x) => x['编号'] === made[0].code)['被投诉人员'], leaderName, 'the user by name, not id');
  assert.equal(objs.find((x) => x['编号'] === made[1].code)['被投诉人员'], '', 'none named: empty');
  for (const o of objs) {
    const c = json.find((x) => x.code === o['编号']);
    const ch = about.choices.find((x) => x.code === c.about);
    assert.equal(o['投诉事项'], ch ? ch.name_zh : '', `row ${o['编号']}`);
    assert.ok(!['delay', 'attitude', 'misconduct', 'inaction', 'other'].includes(o['投诉事项']), 'no codes');
  }
  // xlsx: the same headers and cells
  const book = await xlsx(S.admin, `${API}/cases?${q}&format=xlsx`);
  const sheet = Object.values(book)[0];
  assert.deepEqual(sheet[0].map((c) => c.v), rows[0]);
  const col = rows[0].indexOf('投诉事项');
  assert.equal(sheet.length, rows.length);
  for (let i = 1; i < rows.length; i++) assert.equal(sheet[i][col]?.v ?? '', rows[i][col], `row ${i}`);
  // English headers from the descriptor's English labels
  const en = await csv(S.admin, `${API}/cases?${q}&format=csv`, { 'accept-language': 'en' });
  assert.ok(en[0].includes('About'), en[0].join());
  // without type= only the common columns
  const plain = await csv(S.admin, `${API}/cases?status=open&format=csv`);
  assert.deepEqual(plain[0], CASE_HEADERS_ZH);
});

test('Accept-Language: en gives English headers and English names', async () => {
  const rows = await csv(S['cz-leader'], `${API}/cases?type=suggestion&status=open&format=csv`, { 'accept-language': 'en-US,en;q=0.9' });
  assert.equal(rows[0][0], 'Code');
  assert.ok(rows[0].includes('Status') && rows[0].includes('Reported at'), rows[0].join());
  const objs = objects(rows);
  assert.ok(objs.length > 0 && objs.every((o) => o.Status === 'Open' && o.Type === types.suggestion.name_en));
  const book = await xlsx(S.admin, `${API}/users?format=xlsx`, { 'accept-language': 'en' });
  assert.deepEqual(Object.values(book)[0][0].map((c) => c.v), ['Login', 'Name', 'Roles (unit)', 'Disabled']);
  assert.deepEqual(Object.keys(book), ['Users']);
  // lang= (what the web app's download links send) overrides the header; another lang is 422
  const viaLink = await csv(S['cz-leader'], `${API}/cases?type=suggestion&lang=en&format=csv`, { 'accept-language': 'zh-CN' });
  assert.equal(viaLink[0][0], 'Code');
  const zh = await csv(S['cz-leader'], `${API}/cases?type=suggestion&lang=zh&format=csv`, { 'accept-language': 'en' });
  assert.equal(zh[0][0], '编号');
  assertError(await srv.api('GET', `${API}/cases?format=csv&lang=fr`, { token: S.admin.token }), 422, 'invalid_value', 'lang');
});

test('CSV injection: a cell that begins with = + - @ gets a leading apostrophe; quoting is RFC 4180', async () => {
  const evil = ['=HYPERLINK("http://evil.example","x")', '+1+2', '-3+4', '@SUM(A1)'];
  for (const title of evil) await newPost('cz-officer', { title });
  const tricky = await newPost('cz-officer', { title: 'a, "quoted"\nline' });
  const objs = objects(await csv(S['cz-leader'], `${API}/cases?type=suggestion&format=csv`));
  const titles = objs.map((o) => o['标题']);
  for (const t of evil) {
    assert.ok(titles.includes(`'${t}`), `${t} is defused: ${titles.filter((x) => x.includes(t.slice(1, 4)))}`);
    assert.ok(!titles.includes(t), `${t} is not written as it is`);
  }
  assert.ok(titles.includes(tricky.title), 'commas, quotes and newlines survive quoting');
  // xlsx keeps text as text: no formula cells at all
  const r = await fetchRaw(srv, S['cz-leader'], `${API}/cases?type=suggestion&format=xlsx`);
  const sheetXml = Object.entries(unzip(r.buf)).filter(([n]) => n.startsWith('xl/worksheets/')).map(([, b]) => b.toString('utf8')).join('');
  assert.ok(!sheetXml.includes('<f>'), 'no formula in the workbook');
});

test('board, supervision, grids, users and the inbox export their JSON rows', async () => {
  // board: its counts as one row
  const b = await getOk(srv, `${API}/board`, S['cz-leader']);
  const br = objects(await csv(S['cz-leader'], `${API}/board?format=csv`));
  assert.equal(br.length, 1);
  assert.equal(br[0]['待处理'], String(b.open));
  assert.equal(br[0]['处理中'], String(b.in_progress));
  assert.equal(br[0]['累计办结'], String(b.done_total));
  assert.equal(Number(br[0]['平均办结时长（小时）']).toFixed(1), Number(b.avg_hours_to_done).toFixed(1));

  // supervision: the same events, the same order, the level named; a level filter holds
  const sup = (await getOk(srv, `${API}/supervision`, S.operator)).items;
  const sr = objects(await csv(S.operator, `${API}/supervision?format=csv`));
  assert.ok(sup.length > 0);
  assert.deepEqual(sr.map((o) => o['编号']), sup.map((c) => c.code));
  assert.ok(sr.every((o) => ['红色', '黄色', '正常'].includes(o['预警'])));
  const red = (await getOk(srv, `${API}/supervision?level=red`, S.operator)).items;
  const rr = objects(await csv(S.operator, `${API}/supervision?level=red&format=csv`));
  assert.deepEqual(rr.map((o) => o['编号']), red.map((c) => c.code));
  assert.ok(rr.every((o) => o['预警'] === '红色'));
  // overdue events and other types with deadlines (the demo's campaign items): named, not coded
  const typeNames = Object.values(types).map((t) => t.name_zh);
  assert.ok(rr.some((o) => o['类型'] === types.event.name_zh));
  assert.ok(rr.every((o) => typeNames.includes(o['类型']) && !/^[a-z_]+$/.test(o['状态'])));
  const xsup = objects(await csv(S['xg-operator'], `${API}/supervision?format=csv`));
  assert.ok(xsup.every((o) => !o['所属单位'].includes('将军') && !o['所属单位'].includes('飘萍')), 'scope: no 城中 grid');

  // grids: one row per feature, kinds and parents named
  const g = await getOk(srv, `${API}/grids`, S.operator);
  const gr = objects(await csv(S.operator, `${API}/grids?format=csv`));
  assert.deepEqual(gr.map((o) => o['名称']), g.features.map((f) => f.properties.name));
  for (const [i, f] of g.features.entries()) {
    assert.equal(gr[i]['在办事件'], String(f.properties.open_events));
    assert.equal(gr[i]['红色预警'], String(f.properties.red));
    assert.equal(gr[i]['类型'], { grid: '网格', community: '社区/村' }[f.properties.kind] ?? gr[i]['类型']);
  }
  assert.ok(gr.every((o) => o['上级单位'] !== ''), 'every grid names its parent');
  const xg = objects(await csv(S['xg-operator'], `${API}/grids?format=csv`));
  assert.ok(xg.length > 0 && xg.every((o) => o['名称'].startsWith('西关')), xg.map((o) => o['名称']).join());

  // users: the same users, roles named, booleans 是/否; q filters
  const users = (await getOk(srv, `${API}/users`, S.admin)).items;
  const ur = objects(await csv(S.admin, `${API}/users?format=csv`));
  assert.deepEqual(ur.map((o) => o['登录名']), users.map((u) => u.login));
  assert.ok(ur.every((o) => ['是', '否'].includes(o['已停用'])));
  assert.match(ur.find((o) => o['登录名'] === 'cz-officer')['角色（单位）'], /民警（城中派出所）/);
  const uq = objects(await csv(S.admin, `${API}/users?q=xg-&format=csv`));
  assert.ok(uq.length > 0 && uq.every((o) => o['登录名'].startsWith('xg-')));

  // the inbox: the caller's own notices
  const inbox = (await getOk(srv, `${API}/notifications`, S.operator)).items;
  const nr = objects(await csv(S.operator, `${API}/notifications?format=csv`));
  assert.equal(nr.length, inbox.length);
  for (const [i, n] of inbox.entries()) {
    assert.equal(nr[i]['内容'], n.message);
    assert.equal(nr[i]['时间'], localTime(n.created_at));
    assert.equal(nr[i]['已读'], n.read_at ? '是' : '否');
    assert.ok(!/^[a-z_]+$/.test(nr[i]['类型']) || nr[i]['类型'] === '', `kind named: ${nr[i]['类型']}`);
  }
});

test('an unknown format is 422 naming format on every list; json or no format is the JSON', async () => {
  for (const p of ['cases', 'board', 'supervision', 'grids', 'users', 'notifications', 'indicators', 'categories',
    'patrol-kinds']) {
    assertError(await srv.api('GET', `${API}/${p}?format=pdf`, { token: S.admin.token }), 422, 'invalid_value', 'format');
    assertError(await srv.api('GET', `${API}/${p}?format=CSV`, { token: S.admin.token }), 422, 'invalid_value', 'format');
    const j = await srv.api('GET', `${API}/${p}?format=json`, { token: S.admin.token });
    assert.equal(j.status, 200, `${p}: ${j.text.slice(0, 200)}`);
    assert.ok(j.json && typeof j.json === 'object', `${p} format=json is JSON`);
  }
  assertError(await srv.api('GET', `${API}/cases?format=csv`), 401, 'unauthorized');
});

// The third catalogue of that page, the patrol kinds (排查类别), exports the same way: a kind a
// row, in the order of GET /patrol-kinds, its code, both names and its checklist in one cell
// (in checklist order, in the file's language; an item without an English label in Chinese).
test('the patrol kinds export as CSV and xlsx: the JSON rows with their checklists, both languages; bad format 422', async () => {
  const code = `pk${Date.now() % 1000000}`;
  const put = await srv.api('PUT', `${API}/patrol-kinds/${code}`, { token: S.admin.token, body: {
    name: '=导出巡查', name_en: 'Export patrol', items: [
      { item: 'b_second', label: '消防通道', label_en: 'Fire lanes' },
      { item: 'a_first', label: '电动车充电', label_en: null }] } });
  assert.equal(put.status, 200, put.text);
  const json = (await getOk(srv, `${API}/patrol-kinds`, S.admin)).items;
  assert.ok(json.length >= 2 && json.some((k) => k.code === code), `${json.length} kinds`);

  const rows = await csv(S.admin, `${API}/patrol-kinds?format=csv`);
  assert.deepEqual(rows[0], ['代码', '中文名称', '英文名称', '检查项']);
  assert.equal(rows.length, json.length + 1);
  for (const [i, k] of json.entries()) {
    const name = k.name_zh.startsWith('=') ? `'${k.name_zh}` : k.name_zh;   // CSV injection guard
    assert.deepEqual(rows[i + 1], [k.code, name, k.name_en ?? '', k.items.map((it) => it.label).join('；')], k.code);
  }
  const mine = rows.find((r) => r[0] === code);
  assert.deepEqual(mine, [code, "'=导出巡查", 'Export patrol', '消防通道；电动车充电'], 'in the order they were given');
  assert.ok(rows.slice(1).every((r) => r[3] !== ''), 'the seeded kinds have their checklists');

  // English: headers, and the checklist's English labels (the Chinese where there is none)
  const en = await csv(S.admin, `${API}/patrol-kinds?format=csv&lang=en`);
  assert.deepEqual(en[0], ['Code', 'Chinese name', 'English name', 'Checklist']);
  assert.deepEqual(en.find((r) => r[0] === code), [code, "'=导出巡查", 'Export patrol', 'Fire lanes; 电动车充电']);

  // xlsx: one sheet, the same rows, text kept as text
  const book = await xlsx(S.admin, `${API}/patrol-kinds?format=xlsx`);
  assert.deepEqual(Object.keys(book), ['排查类别']);
  const x = book['排查类别'];
  assert.deepEqual(x[0].map((c) => c.v), ['代码', '中文名称', '英文名称', '检查项']);
  assert.deepEqual(x.slice(1).map((r) => r.map((c) => c.v)),
    json.map((k) => [k.code, k.name_zh, k.name_en ?? '', k.items.map((it) => it.label).join('；')]));
  const enBook = await xlsx(S.admin, `${API}/patrol-kinds?format=xlsx`, { 'accept-language': 'en' });
  assert.deepEqual(Object.keys(enBook), ['Patrol kinds']);

  // an unknown format: 422 naming format, in Chinese by its label
  const bad = assertError(await srv.api('GET', `${API}/patrol-kinds?format=pdf`, { token: S.admin.token }),
    422, 'invalid_value', 'format');
  assert.match(bad.message, /导出格式/);
  // the file needs a staff session, as the list
  assertError(await srv.api('GET', `${API}/patrol-kinds?format=csv`), 401, 'unauthorized');
});

// The admin's catalogues (目录维护) are lists too: GET /categories?type=lost answers csv and xlsx
// with the rows of the JSON and the columns the catalogue page shows; the event catalogue adds
// its platform, department and deadlines; a type's own fixed list its codes and names.
test('the lost-and-found item categories export as CSV and xlsx: the JSON rows, both names; bad format or type 422', async () => {
  const lost = (await getOk(srv, `${API}/categories?type=lost`, S.admin)).items;
  assert.ok(lost.length >= 5, `${lost.length} item categories`);
  // a new category shows up in the file at once (the file is the list, not a copy)
  const code = `x${Date.now() % 1000000}`;
  const made = await srv.api('POST', `${API}/categories`, { token: S.admin.token,
    body: { code, type: 'lost', name: '=导出测试', name_en: 'Export test' } });
  assert.equal(made.status, 201, made.text);
  const json = (await getOk(srv, `${API}/categories?type=lost`, S.admin)).items;
  assert.equal(json.length, lost.length + 1);

  const rows = await csv(S.admin, `${API}/categories?type=lost&format=csv`);
  assert.deepEqual(rows[0], ['代码', '中文名称', '英文名称']);
  assert.deepEqual(rows.slice(1).map((r) => r[0]), json.map((c) => c.code), 'every entry, in the order of the list');
  for (const [i, c] of json.entries()) {
    const want = c.name_zh.startsWith('=') ? `'${c.name_zh}` : c.name_zh;   // CSV injection guard
    assert.deepEqual(rows[i + 1], [c.code, want, c.name_en ?? ''], c.code);
  }
  assert.ok(rows.some((r) => r[0] === code && r[2] === 'Export test'), 'the new entry is in the file');
  // found items share the catalogue: the same file
  assert.deepEqual(await csv(S.admin, `${API}/categories?type=found&format=csv`), rows);

  // xlsx: one sheet with a header row and one row per entry
  const book = await xlsx(S.admin, `${API}/categories?type=lost&format=xlsx`);
  const [sheet] = Object.keys(book);
  assert.equal(Object.keys(book).length, 1);
  assert.equal(sheet, '失物招领物品类别');
  const x = book[sheet];
  assert.deepEqual(x[0].map((c) => c.v), ['代码', '中文名称', '英文名称']);
  assert.equal(x.length, json.length + 1);
  assert.deepEqual(x.slice(1).map((r) => r.map((c) => c.v)),
    json.map((c) => [c.code, c.name_zh, c.name_en ?? '']), 'xlsx keeps text as text');

  // English headers with lang=en (a download link) or Accept-Language
  const en = await csv(S.admin, `${API}/categories?type=lost&format=csv&lang=en`);
  assert.deepEqual(en[0], ['Code', 'Chinese name', 'English name']);
  const enBook = await xlsx(S.admin, `${API}/categories?type=lost&format=xlsx`, { 'accept-language': 'en' });
  assert.deepEqual(Object.keys(enBook), ['Lost and found item categories']);

  // the event catalogue: platform and department by name, deadlines, 是/否
  const ev = objects(await csv(S.admin, `${API}/categories?type=event&format=csv`));
  const evJson = (await getOk(srv, `${API}/categories?type=event`, S.admin)).items;
  assert.equal(ev.length, evJson.length);
  for (const [i, c] of evJson.entries()) {
    assert.equal(ev[i]['代码'], c.code);
    assert.equal(ev[i]['上级分类代码'], c.parent ?? '');
    assert.equal(ev[i]['所属平台'], c.platform_name);
    assert.equal(ev[i]['责任部门'], c.department_name ?? '');
    assert.equal(ev[i]['处置时限（天）'], String(c.handle_days));
    assert.equal(ev[i]['可就地解决'], c.settle_on_spot ? '是' : '否');
  }
  // a type's own fixed list (a dispute's kinds)
  const kinds = await csv(S.admin, `${API}/categories?type=dispute&format=csv`);
  const kj = (await getOk(srv, `${API}/categories?type=dispute`, S.admin)).items;
  assert.deepEqual(kinds.slice(1), kj.map((c) => [c.code, c.name_zh, c.name_en]));

  // refusals: a format or a type that does not exist, and a file without a session
  for (const f of ['pdf', 'CSV', 'xls']) {
    assertError(await srv.api('GET', `${API}/categories?type=lost&format=${f}`, { token: S.admin.token }), 422, 'invalid_value', 'format');
  }
  assertError(await srv.api('GET', `${API}/categories?type=lost&format=csv&lang=fr`, { token: S.admin.token }), 422, 'invalid_value', 'lang');
  assertError(await srv.api('GET', `${API}/categories?type=parcel&format=csv`, { token: S.admin.token }), 422, 'invalid_value', 'type');
  assertError(await srv.api('GET', `${API}/categories?type=lost&format=csv`), 401, 'unauthorized');
  const pub = await srv.api('GET', `${API}/categories?type=lost`);
  assert.equal(pub.status, 200, 'the public list stays open');
});

test('past the cap (PINGAN_EXPORT_MAX) the answer is 413 export_too_large with the count, never a cut file', async () => {
  process.env.PINGAN_EXPORT_MAX = '3';
  let small;
  try {
    small = await startServer();
  } finally {
    delete process.env.PINGAN_EXPORT_MAX;
  }
  try {
    const admin = await small.login('admin');
    const all = await listAll(small, admin, `${API}/cases`);
    assert.ok(all.length > 3);
    for (const f of ['csv', 'xlsx']) {
      const r = await fetchRaw(small, admin, `${API}/cases?format=${f}`);
      assert.equal(r.status, 413, r.text.slice(0, 200));
      assert.equal(r.json.error.code, 'export_too_large');
      assert.equal(r.json.error.count, all.length, 'the count of matching rows');
      assert.equal(r.json.error.limit, 3);
    }
    // three rows or fewer still export
    const few = await listAll(small, admin, `${API}/cases?type=suggestion&status=declined`);
    assert.ok(few.length > 0 && few.length <= 3, `${few.length} declined posts in the demo`);
    const r = await fetchRaw(small, admin, `${API}/cases?type=suggestion&status=declined&format=csv`);
    assert.equal(r.status, 200);
    assert.equal(parseCsv(r.buf).length - 1, few.length);
    const u = await fetchRaw(small, admin, `${API}/users?format=csv`);
    assert.equal(u.status, 413, 'every list has the cap');
  } finally {
    await small.stop();
  }
});
