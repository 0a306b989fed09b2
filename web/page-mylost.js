// page-mylost.js — a citizen's own lost reports (群众自行登记): the form 登记失物 (#/mylost/new),
// the list 我的失物登记 (#/mylost) and the correction 修改 of a report still looked for
// (#/mylost/edit/ID: its description, place and loss window; the server refuses it once the
// station has confirmed a found item or the report is closed, and a field the station sets). The report goes to the police station the citizen picks
// (GET /lostfound/stations: the stations of their area, each with its claim office); the citizen
// is its owner (失主, from the account: the server takes the name from it) and may give a phone
// and an ID number (kept encrypted, shown masked to the desk; the ID is checked at the claim).
// The server matches it as a desk registration; the citizen reads its status in words and is
// told in 消息 when the desk finds it. Made for a phone: one column, big buttons, no map.
import { h, clear } from './dom.js';
import { api, query } from './api.js';
import { newest } from './loader.js';
import { clearAlerts, field, fmtTime, showError, statusBadge } from './ui.js';
import { L, postCreate } from './types/desk-kit.js';
import { navigate, setFlash } from './router.js';
import { idCardProblem } from './lostfound.js';

const PAGE = 20;
const iso = (v) => (v ? new Date(v).toISOString() : undefined);
/** A datetime-local value of the instant ms, in the browser's time. */
function localAt(ms) {
  return new Date(ms - new Date(ms).getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}
/** A datetime-local value min minutes ago, in the browser's time. */
function localAgo(min) {
  return localAt(Date.now() - min * 60000);
}

/** The description inputs the form and the correction share: what it is like, where and when
 *  it was lost (the field names are the API's; the errors name them). */
function describeInputs() {
  const inp = (name, attrs = {}) => h('input', { name, type: 'text', autocomplete: 'off', dataset: { testid: 'mylost-' + name }, ...attrs });
  return {
    body: h('textarea', { name: 'body', rows: 3, maxlength: 2000, dataset: { testid: 'mylost-body' },
      placeholder: L('如：在人民广场公交站丢了一部黑色手机，手机壳背面有小熊贴纸', 'e.g. lost a black phone at the People\'s Square bus stop; a bear sticker on its case') }),
    color: inp('color', { maxlength: 64 }), brand: inp('brand', { maxlength: 64 }), model: inp('model', { maxlength: 64 }),
    serial: inp('serial', { maxlength: 64, placeholder: L('如：串号尾号0123、车架号', 'e.g. the IMEI\'s last digits, a frame number') }),
    marks: inp('marks', { maxlength: 2000, placeholder: L('如：贴纸、划痕、包里的物品', 'e.g. stickers, scratches, what was inside') }),
    address: inp('address', { maxlength: 200, placeholder: L('如：人民广场公交站', 'e.g. People\'s Square bus stop') }),
    lost_from: inp('lost_from', { type: 'datetime-local' }),
    lost_to: inp('lost_to', { type: 'datetime-local' }),
  };
}
/** The fields of describeInputs laid out in a form, in the order of the registration. */
function describeFields(f) {
  return [
    field(L('物品描述', 'Description'), f.body, { hint: L('越具体越容易找到', 'The more exact, the easier it is to find') }),
    h('div', { class: 'field-row' }, field(L('颜色', 'Colour'), f.color), field(L('品牌', 'Brand'), f.brand)),
    h('div', { class: 'field-row' }, field(L('型号', 'Model'), f.model), field(L('串号/编号', 'Serial number'), f.serial)),
    field(L('特征与内容物', 'Marks and contents'), f.marks),
    field(L('丢失地点', 'Where it was lost'), f.address),
    h('div', { class: 'field-row' }, field(L('丢失时间（起）', 'Lost from'), f.lost_from), field(L('丢失时间（止）', 'Lost until'), f.lost_to)),
  ];
}
const TEXTS = ['body', 'color', 'brand', 'model', 'serial', 'marks', 'address'];

/** A station's claim office in one line: 地址 …；电话 …；办公时间 … (only the parts set). */
export function officeLine(o) {
  if (!o) return '';
  const parts = [[L('地址', 'Address'), o.address], [L('电话', 'Phone'), o.phone], [L('办公时间', 'Hours'), o.hours]]
    .filter(([, v]) => v).map(([k, v]) => `${k}${L('：', ': ')}${v}`);
  return parts.join(L('；', '; '));
}

/* ---------- the form (#/mylost/new) ---------- */

export async function renderNew(view, q, ctx) {
  document.title = `${L('登记失物', 'Report a lost item')} - ${L('平安', 'Pingan')}`;
  const inp = (name, attrs = {}) => h('input', { name, type: 'text', autocomplete: 'off', dataset: { testid: 'mylost-' + name }, ...attrs });
  const station = h('select', { name: 'org_id', disabled: true, dataset: { testid: 'mylost-station' } },
    h('option', { value: '' }, L('正在加载…', 'Loading…')));
  const office = h('div', { class: 'hint', dataset: { testid: 'mylost-office' } });
  const category = h('select', { name: 'category', disabled: true, dataset: { testid: 'mylost-category' } },
    h('option', { value: '' }, L('正在加载…', 'Loading…')));
  const f = {
    ...describeInputs(),
    phone: inp('person_phone', { type: 'tel', maxlength: 20, inputmode: 'tel' }),
    id_number: inp('person_id_number', { maxlength: 18 }),
  };
  f.lost_from.value = localAgo(180);
  f.lost_to.value = localAgo(0);
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block', dataset: { testid: 'mylost-submit' } },
    L('提交登记', 'Submit'));
  const form = h('form', { class: 'panel post-form mylost-form', novalidate: true, dataset: { testid: 'mylost-form' } },
    field(L('受理派出所', 'Police station'), station, { required: true }), office,
    field(L('物品类别', 'Category'), category, { required: true }),
    ...describeFields(f),
    h('fieldset', { class: 'person-inputs', dataset: { testid: 'mylost-owner' } },
      h('legend', null, L('失主：本人', 'Owner: yourself')),
      h('div', { class: 'field-row' },
        field(L('联系电话', 'Phone'), f.phone, { hint: L('找到后派出所与您联系', 'The station calls you when it is found') }),
        field(L('身份证号', 'ID card number'), f.id_number, { hint: L('认领时核对，加密保存', 'Checked when you claim; kept encrypted') }))),
    h('p', { class: 'hint' }, L('提交后由派出所与拾到的物品比对；找到后会在“消息”中告诉您到哪里认领。',
      'The station compares your report with the items handed in; when it is found, Messages tells you where to claim it.')),
    h('div', { class: 'form-buttons' }, h('a', { href: '#/mylost', class: 'btn' }, L('取消', 'Cancel')), submit));
  clear(view).append(h('div', { class: 'page-head' }, h('h1', null, L('登记失物', 'Report a lost item'))), form);

  const [st, cats] = await Promise.all([api('GET', '/lostfound/stations'), api('GET', '/categories?type=lost')]);
  if (!ctx.isCurrent()) return;
  const stations = (st && st.items) || [];
  station.replaceChildren(h('option', { value: '' }, L('请选择派出所', 'Choose a station')),
    ...stations.map((s) => h('option', { value: String(s.org_id) }, s.name)));
  station.disabled = false;
  category.replaceChildren(h('option', { value: '' }, L('请选择', 'Choose')),
    ...((cats && cats.items) || []).map((c) => h('option', { value: c.code }, c.name)));
  category.disabled = false;
  const showOffice = () => {
    const s = stations.find((x) => String(x.org_id) === station.value);
    office.textContent = s && s.office ? `${L('认领地点', 'Where to claim')}${L('：', ': ')}${officeLine(s.office)}` : '';
  };
  station.addEventListener('change', () => { clearAlerts(); showOffice(); });

  const idem = { key: null, for: null };
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearAlerts();
    if (!station.value) { showError(L('请选择受理的派出所', 'Please choose the police station')); station.focus(); return; }
    if (!category.value) { showError(L('请选择物品类别', 'Please choose a category')); category.focus(); return; }
    const id = f.id_number.value.trim();
    const bad = id && idCardProblem(id);
    if (bad) {
      showError(bad === 'lf.id_format' ? L('身份证号应为18位', 'An ID card number has 18 characters')
        : L('身份证号校验位不对，请核对', 'The ID card number\'s check digit is wrong'));
      f.id_number.focus();
      return;
    }
    const payload = { type: 'lost', org_id: Number(station.value), category: category.value };
    for (const k of TEXTS)
      if (f[k].value.trim()) payload[k] = f[k].value.trim();
    if (f.lost_from.value) payload.lost_from = iso(f.lost_from.value);
    if (f.lost_to.value) payload.lost_to = iso(f.lost_to.value);
    const owner = { role: 'owner' };
    if (f.phone.value.trim()) owner.phone = f.phone.value.trim();
    if (id) owner.id_number = id;
    payload.persons = [owner];
    await postCreate({ form, submit, ctx, payload, idem,
      flash: (c) => L(`已登记：${c.code}，派出所将为您比对查找`, `Registered: ${c.code}; the station will look for it`) });
  });
  station.focus();
}

/* ---------- the list (#/mylost) ---------- */

export async function renderList(view, q, ctx) {
  document.title = `${L('我的失物登记', 'My lost reports')} - ${L('平安', 'Pingan')}`;
  const list = h('div', { class: 'mylost-list', dataset: { testid: 'mylost-list' } });
  const more = h('button', { type: 'button', class: 'btn', hidden: true, dataset: { testid: 'mylost-more' } }, L('加载更多', 'Load more'));
  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, L('我的失物登记', 'My lost reports')),
      h('p', { class: 'muted' }, L('您登记的失物及其查找进度。', 'The lost items you reported and how the search goes.'))),
    h('div', null, h('a', { class: 'btn btn-primary', href: '#/mylost/new', dataset: { testid: 'mylost-new' } }, L('登记失物', 'Report a lost item')))),
  h('section', { class: 'panel' }, list, h('div', { class: 'form-buttons' }, more)));
  let cursor = '';
  const latest = newest(ctx, { busy: (on) => { more.disabled = on; } });
  async function page() {
    const r = await latest(() => api('GET', '/cases' + query({ type: 'lost', limit: PAGE, cursor })));
    if (!r) return;
    const items = r.items || [];
    if (!items.length && !cursor) list.append(h('p', { class: 'empty', dataset: { testid: 'mylost-empty' } }, L('您还没有登记失物', 'You have not reported a lost item')));
    list.append(...items.map((c) => h('div', { class: 'mylost-entry', dataset: { testid: 'mylost-row', id: String(c.id) } },
      h('a', { class: 'mylost-item', href: '#/case/' + c.id },
        h('div', { class: 'mylost-item-head' }, h('strong', null, c.title), ' ', statusBadge(c.status, 'lost')),
        h('div', { class: 'muted' }, `${c.code} · ${c.org_name || ''} · ${L('登记于', 'registered ')}${fmtTime(c.created_at)}`),
        c.status === 'matched' && c.claim_office
          ? h('div', { class: 'mylost-claim' }, L(`请携带本人身份证件到${c.claim_office.station}认领`, `Bring your ID card to ${c.claim_office.station} to claim it`))
          : null),
      // 修改 while it is looked for: once a found item is confirmed, the station corrects it
      c.status === 'open'
        ? h('a', { class: 'btn mylost-edit', href: `#/mylost/edit/${c.id}`, dataset: { testid: 'mylost-edit' } }, L('修改', 'Edit'))
        : null)));
    cursor = r.next_cursor || '';
    more.hidden = !cursor;
  }
  more.addEventListener('click', page);
  await page();
}

/* ---------- the correction (#/mylost/edit/ID) ---------- */

/** 修改: the description of a report of the citizen's own while it is looked for, filled with
 *  what it says now; only what changed is sent (PATCH with the version read). The server says
 *  why it refuses — a field it names (the window reversed, too long), 409 once the station has
 *  confirmed a found item or the report is closed — in the page's language. */
export async function renderEdit(view, id, ctx) {
  document.title = `${L('修改失物登记', 'Correct a lost report')} - ${L('平安', 'Pingan')}`;
  const c = await api('GET', '/cases/' + id);
  if (!ctx.isCurrent()) return;
  const f = describeInputs();
  const initial = {};
  for (const k of TEXTS) initial[k] = f[k].value = c[k] == null ? '' : String(c[k]);
  for (const k of ['lost_from', 'lost_to']) initial[k] = f[k].value = c[k] ? localAt(Date.parse(c[k])) : '';
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block', dataset: { testid: 'mylost-save' } },
    L('保存修改', 'Save'));
  const open = c.type === 'lost' && c.status === 'open' && c.may_edit;
  const form = h('form', { class: 'panel post-form mylost-form', novalidate: true, dataset: { testid: 'mylost-edit-form' } },
    h('p', { class: 'dialog-case' }, h('span', { class: 'code' }, c.code || ''), ' ', c.title || ''),
    ...describeFields(f),
    h('p', { class: 'hint' }, L('修改后派出所将按新的描述重新比对；派出所找到疑似您的物品后，登记不能再修改。',
      'The station compares your report again as corrected; once it has found an item that may be yours, the report can no longer be changed.')),
    h('div', { class: 'form-buttons' }, h('a', { href: '#/mylost', class: 'btn' }, L('取消', 'Cancel')), submit));
  clear(view).append(h('div', { class: 'page-head' }, h('h1', null, L('修改失物登记', 'Correct a lost report'))), form);
  if (!open) {
    // not correctable now (confirmed, closed): say so before anything is typed
    showError(c.status === 'matched'
      ? L('派出所已找到疑似您的物品，登记不能再修改；如需更正请联系派出所', 'The station has found an item that may be yours: the report can no longer be changed; ask the station to correct it')
      : L('该失物登记已办结，不能再修改', 'The report is closed: it can no longer be changed'));
    submit.disabled = true;
  }
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearAlerts();
    const changes = {};
    for (const k of TEXTS) {
      const v = f[k].value.trim();
      if (v !== initial[k].trim()) changes[k] = v || null;
    }
    for (const k of ['lost_from', 'lost_to']) {
      if (f[k].value === initial[k]) continue;
      // a time once given cannot be emptied (the server keeps it): asked here, naming it
      if (!f[k].value) {
        showError(k === 'lost_from' ? L('请填写丢失时间（起）', 'Please give when it was lost (from)') : L('请填写丢失时间（止）', 'Please give when it was lost (until)'));
        f[k].focus();
        return;
      }
      changes[k] = iso(f[k].value);
    }
    if (f.lost_from.value && f.lost_to.value && f.lost_from.value > f.lost_to.value) {
      showError(L('丢失时间的起点不能晚于终点', 'The lost-from time must not be after the lost-until time'));
      f.lost_from.focus();
      return;
    }
    if (!Object.keys(changes).length) { showError(L('没有修改任何内容', 'Nothing was changed')); return; }
    submit.disabled = true;
    try {
      await api('PATCH', '/cases/' + c.id, { version: c.version, ...changes });
      setFlash({ text: L('已修改，派出所将按新的描述重新比对', 'Saved; the station compares your report again'), kind: 'success' });
      navigate('#/case/' + c.id);
    } catch (e) {
      if (ctx.isCurrent() && e.status !== 401) {
        showError(e);
        const bad = e.field && form.querySelector(`[name="${CSS.escape(e.field)}"]`);
        if (bad) bad.focus();
      }
    } finally {
      submit.disabled = !open;
    }
  });
  f.body.focus();
}
