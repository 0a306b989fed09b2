// lostfound.js — lost and found (失物招领) as a self-contained module: registration of a lost
// report or a found item, the match alerts with their reasons (confirm / dismiss), the return
// dialog (claimant with ID card number, ownership verification), the items near the end of the
// claim period, and the printable receipt (领取凭证).
//
// The 阳光坐席 desk page mounts the parts it wants: mountLostFound(el) draws all four panels
// into el; mountRegistration, mountAlerts, mountExpiring and openReturnDialog are the pieces.
// It needs api.js, dom.js, i18n.js and export.js.
import { h, clear } from './dom.js';
import { api } from './api.js';
import { newest } from './loader.js';
import { t, getLang, statusLabel } from './i18n.js';
import { exportLinks } from './export.js';
import { session, typeDesc, abilities, homeHash } from './state.js';
import { fmtTime, showError, showNotice, clearAlerts, statusBadge, confirmDialog } from './ui.js';
import { navigate } from './router.js';
import { loadOrgs } from './page-board.js';
import { idCardValid } from './persons.js';

const iso = (v) => (v ? new Date(v).toISOString() : undefined);
function localNow(offsetMin = 0) {
  const d = new Date(Date.now() - offsetMin * 60000 - new Date().getTimezoneOffset() * 60000);
  return d.toISOString().slice(0, 16);
}
function field(label, input, required = false) {
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label,
    required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null), input);
}
function input(name, attrs = {}) {
  return h('input', { name, type: 'text', dataset: { testid: 'lf-' + name }, ...attrs });
}

/**
 * Why an ID card number typed in a lost-and-found form is not one (an i18n key), or null. These
 * forms have no 证件类型, so they take the 18-character resident ID card only: a shorter number
 * was refused with "须填写证件类型", a field the form does not have (and in English with the
 * request's field path). The check itself is the persons registry's (idCardValid, the server's
 * rule); the server checks it again.
 */
export function idCardProblem(v) {
  if (!/^\d{17}[\dXx]$/.test(v)) return 'lf.id_format';
  return idCardValid(v) ? null : 'lf.id_check';
}

let catCache = null;
/** The item categories, named in the current language (fetched again after a switch). */
async function categories() {
  if (!catCache || catCache.lang !== getLang()) {
    catCache = { lang: getLang(), items: (await api('GET', '/categories?type=lost')).items };
  }
  return catCache.items;
}

/** The name of category code in the current language (the code when the catalogue has none). */
export async function categoryName(code) {
  const c = (await categories()).find((x) => x.code === code);
  return c ? c.name : String(code || '');
}

/**
 * The registration form of both sides; onDone(case) after a successful create. opts.orgId: the
 * station to register at (the desk page's station); without it the server takes the caller's.
 */
export async function mountRegistration(el, onDone, opts = {}) {
  const cats = await categories();
  let side = 'lost';
  // no category picked by default: the first of the catalogue (包) was taken for anything an
  // officer forgot to pick
  const sel = h('select', { name: 'category', dataset: { testid: 'lf-category' } },
    h('option', { value: '' }, t('lf.pick_category')),
    ...cats.map((c) => h('option', { value: c.code }, c.name)));
  const f = {
    body: h('textarea', { name: 'body', rows: '2', dataset: { testid: 'lf-body' } }),
    color: input('color'), brand: input('brand'), model: input('model'), serial: input('serial'),
    marks: input('marks'), address: input('address'),
    lost_from: input('lost_from', { type: 'datetime-local', value: localNow(120) }),
    lost_to: input('lost_to', { type: 'datetime-local', value: localNow(60) }),
    found_at: input('found_at', { type: 'datetime-local', value: localNow(30) }),
    storage_place: input('storage_place'),
    // the owner (失主) of a lost report, the finder (拾得人) of a found item: a person of the
    // registry (encrypted, masked), so that the desk can call them back
    person_name: input('person_name', { maxlength: '64' }),
    person_phone: input('person_phone', { type: 'tel', maxlength: '20' }),
    person_id: input('person_id', { maxlength: '18' }),
  };
  const personLabels = () => (side === 'lost'
    ? [t('lf.owner_name'), t('lf.owner_phone'), t('lf.owner_id')]
    : [t('lf.finder_name'), t('lf.finder_phone'), t('lf.finder_id')]);
  const personFields = [f.person_name, f.person_phone, f.person_id].map((inp, i) => field(personLabels()[i], inp));
  const relabel = () => personFields.forEach((el, i) => { el.querySelector('.field-label').textContent = personLabels()[i]; });
  const lostOnly = h('div', { class: 'lf-lost-only' }, field(t('lf.lost_from'), f.lost_from), field(t('lf.lost_to'), f.lost_to));
  const foundOnly = h('div', { class: 'lf-found-only', hidden: true }, field(t('lf.found_at'), f.found_at),
    field(t('lf.storage'), f.storage_place));
  const tabs = h('div', { class: 'tabs' },
    h('button', { type: 'button', class: 'tab active', dataset: { testid: 'lf-tab-lost' }, onclick: (e) => pick('lost', e) }, t('lf.register_lost')),
    h('button', { type: 'button', class: 'tab', dataset: { testid: 'lf-tab-found' }, onclick: (e) => pick('found', e) }, t('lf.register_found')));
  function pick(s, e) {
    // the owner typed on one side is no finder of the other: the person's fields start empty
    if (s !== side) for (const k of ['person_name', 'person_phone', 'person_id']) f[k].value = '';
    side = s;
    for (const b of tabs.children) b.classList.toggle('active', b === e.target);
    lostOnly.hidden = s !== 'lost';
    foundOnly.hidden = s !== 'found';
    relabel();
  }
  // what the registration says: 已登记 with its link, or why it was refused (red, p.error);
  // read out either way (aria-live)
  const msg = h('p', { class: 'muted', 'aria-live': 'polite', dataset: { testid: 'lf-registered' } });
  const form = h('form', { class: 'form lf-form', onsubmit: async (ev) => {
    ev.preventDefault();
    msg.classList.remove('error');
    const refuse = (text, el) => {
      msg.classList.add('error');
      msg.textContent = text;
      el.focus();
    };
    if (!sel.value) { refuse(t('lf.need_category'), sel); return; }
    const idBad = f.person_id.value.trim() && idCardProblem(f.person_id.value.trim());
    if (idBad) { refuse(t(idBad), f.person_id); return; }
    // a lost report with nobody to call back, or with nothing to match it on, is asked about
    // once (the officer may pass: the API takes such reports, an outside checker sends them)
    if (side === 'lost') {
      const said = (k) => f[k].value.trim() !== '';
      const warn = [];
      if (!said('person_name') && !said('person_phone') && !said('person_id')) warn.push(t('lf.warn_no_owner'));
      if (!['body', 'color', 'brand', 'model', 'serial', 'marks'].some(said)) warn.push(t('lf.warn_no_detail'));
      // one line each: what is missing, then the question
      const text = [...warn, t('lf.warn_save_anyway')].flatMap((line, i) => (i ? [h('br'), line] : [line]));
      if (warn.length && !(await confirmDialog(text, t('lf.save_anyway'), false))) return;
    }
    const body = { type: side, category: sel.value, body: f.body.value };
    if (opts.orgId) body.org_id = opts.orgId;
    for (const k of ['color', 'brand', 'model', 'serial', 'marks', 'address'])
      if (f[k].value.trim()) body[k] = f[k].value.trim();
    if (side === 'lost') {
      body.lost_from = iso(f.lost_from.value);
      body.lost_to = iso(f.lost_to.value);
    } else {
      body.found_at = iso(f.found_at.value);
      if (f.storage_place.value.trim()) body.storage_place = f.storage_place.value.trim();
    }
    const pn = f.person_name.value.trim(), pp = f.person_phone.value.trim(), pi = f.person_id.value.trim();
    if (pn || pp || pi) {
      body.persons = [{ role: side === 'lost' ? 'owner' : 'finder', ...(pn ? { name: pn } : {}),
        ...(pp ? { phone: pp } : {}), ...(pi ? { id_number: pi } : {}) }];
    }
    let c;
    try {
      c = await api('POST', '/cases', body);
    } catch (e) {
      msg.classList.add('error');
      // the form has one person: the server's 第1位当事人的联系电话 ("phone number of person 1")
      // is the 失主's (拾得人's) here, in either language (the English read "of person 1")
      const who = /(?:^|\.)persons\[0\]\.(\w+)$/.exec(e.field || '');
      const whose = t(side === 'lost' ? 'lf.owner_s' : 'lf.finder_s');
      msg.textContent = who
        ? e.message.replace(/^第1位当事人的/, whose).replace(/^(.+?) of person 1(?=\s|$)/, `${whose}$1`)
        : e.message;
      const input = who && { name: f.person_name, phone: f.person_phone, id_number: f.person_id }[who[1]];
      if (input) input.focus();
      return;
    }
    // what next: the registration's own page (its matches, 返还) is one click away
    clear(msg).append(h('a', { href: '#/case/' + c.id, dataset: { testid: 'lf-registered-link' } }, t('lf.registered', `${c.code} ${c.title}`)));
    for (const k of ['body', 'color', 'brand', 'model', 'serial', 'marks', 'address', 'storage_place',
      'person_name', 'person_phone', 'person_id']) f[k].value = '';
    sel.value = '';
    if (onDone) onDone(c);
  } },
  tabs, field(t('lf.category'), sel), field(t('lf.body'), f.body), field(t('lf.color'), f.color),
  field(t('lf.brand'), f.brand), field(t('lf.model'), f.model), field(t('lf.serial'), f.serial),
  field(t('lf.marks'), f.marks), field(t('lf.address'), f.address), lostOnly, foundOnly, ...personFields,
  h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'lf-save' } }, t('lf.save')), msg);
  el.append(h('section', { class: 'panel' }, h('h2', {}, t('lf.register_lost') + ' / ' + t('lf.register_found')), form));
}

/** The candidates of one case with their reasons; confirm and dismiss on a lost report. */
/** GET /cases/{id}/matches, one request for the callers that ask at once (a found item's page
 *  reads them for its candidates panel and its 对应失物登记 row); a later call asks anew. */
const matchesInFlight = new Map();
export function caseMatches(id) {
  if (!matchesInFlight.has(id)) {
    matchesInFlight.set(id, api('GET', `/cases/${id}/matches`).finally(() => matchesInFlight.delete(id)));
  }
  return matchesInFlight.get(id);
}

export async function renderMatches(el, lostCase, onChange) {
  const m = await caseMatches(lostCase.id);
  if (!m.items.length) el.append(h('p', { class: 'muted' }, t('lf.no_matches')));
  renderMatchList(el, lostCase, m.items, onChange);
  if (m.cut) el.append(h('p', { class: 'muted small' }, t('desk.cut', m.items.length)));
}

/** A dismissed pair never comes back as a candidate nor as an alert: asked first (排除 acted on
 *  one click). */
function confirmDismiss(c) {
  const what = pairName(c);
  // a confirmed pair undone: those told of the confirmation are told again
  return confirmDialog(t(c.confirmed ? 'lf.undo_confirm' : 'lf.dismiss_confirm', what), t('lf.dismiss'));
}

/** 确认匹配 tells the officers of both sides (and a keeping station) to prepare the return:
 *  asked first, naming the pair. a and b are {code, title} of the two registrations. */
export function confirmPair(a, b) {
  return confirmDialog(t('lf.confirm_ask', pairName(a), pairName(b)), t('lf.confirm'));
}

/** A registration as the questions name it: its code and title; a neighbouring station's
 *  (相邻派出所, not open to the caller) by what the candidate list says of it and its station
 *  (the question named its bare code: the officer confirmed a number). */
function pairName(x) {
  if (x.visible !== false) return `${x.code} ${x.title || ''}`.trim();
  return x.summary || x.station ? `${x.code} ${t('lf.summary_at', x.summary || '', x.station || '')}` : x.code;
}

/** Draws candidates (items of /cases/{id}/matches or of /lostfound/alerts) of lostCase (or,
 *  on a found item's page, of the found item: its candidates are lost reports, confirmed on
 *  the report). */
export function renderMatchList(el, lostCase, items, onChange) {
  const list = h('ul', { class: 'lf-matches', dataset: { testid: 'lf-matches' } });
  for (const c of items) {
    // a judgement's own reason (close, firm, judged) carries no points: its line says so
    // without a "(0分)" that reads as "counted for nothing"
    const reasons = h('ul', { class: 'lf-reasons' }, ...c.reasons.map((r) =>
      h('li', {}, r.detail, r.points ? t('lf.points', `${r.points > 0 ? '+' : ''}${r.points}`) : '')));
    const buttons = [];
    // the pair's lost report and found item: on a found item's page the candidate is the report
    // a neighbouring station's lost report (visible false) is confirmed or dismissed on the
    // report, by its station: no buttons here that could only be refused, and a line saying who
    const pair = lostCase.type === 'found'
      ? { lostId: c.case_id, foundId: lostCase.id, open: c.visible !== false && c.status === 'open' && ['registered', 'disposal_pending'].includes(lostCase.status) }
      : { lostId: lostCase.id, foundId: c.case_id, open: lostCase.status === 'open' };
    if (lostCase.type === 'found' && c.visible === false && !c.confirmed && c.status === 'open')
      buttons.push(h('p', { class: 'muted small', dataset: { testid: 'lf-neighbour-confirms' } }, t('lf.neighbour_confirms', c.station)));
    // confirmed with another registration (one object, one owner): confirming it here would be
    // refused until that pair is undone, so no 确认匹配 — a line says why (排除 stays)
    const taken = c.confirmed_elsewhere && !c.confirmed;
    if (taken)
      buttons.push(h('p', { class: 'muted small', dataset: { testid: 'lf-confirmed-elsewhere' } },
        t(lostCase.type === 'found' ? 'lf.confirmed_elsewhere_found' : 'lf.confirmed_elsewhere_lost')));
    if (pair.open) {
      // 确认匹配 / 排除 say that they were done, and a refusal says why (it was an unhandled
      // rejection: no message at all)
      const act = (action, label) => async (ev) => {
        const b = ev.currentTarget;
        b.disabled = true;
        if (!(await (action === 'dismiss_match' ? confirmDismiss(c) : confirmPair(lostCase, c)))) {
          b.disabled = false;
          return;
        }
        try {
          await api('POST', `/cases/${pair.lostId}/actions`, { action, fields: { found_id: pair.foundId } });
        } catch (e) {
          b.disabled = false;
          if (e.status !== 401) showError(e);
          return;
        }
        showNotice(t('case.action_done_msg', label));
        if (onChange) onChange();
      };
      if (!taken)
        buttons.push(h('button', { type: 'button', class: 'btn btn-primary', dataset: { testid: 'lf-confirm' }, onclick: act('match', t('lf.confirm')) }, t('lf.confirm')));
      buttons.push(h('button', { type: 'button', class: 'btn', dataset: { testid: 'lf-dismiss' }, onclick: act('dismiss_match', t('lf.dismiss')) }, t('lf.dismiss')));
    }
    // a wrong confirmation is undone on the matched report: 排除匹配 on its confirmed item
    if (c.confirmed && lostCase.type === 'lost' && lostCase.status === 'matched') {
      buttons.push(h('button', { type: 'button', class: 'btn', dataset: { testid: 'lf-undo' }, onclick: async (ev) => {
        const b = ev.currentTarget;
        b.disabled = true;
        if (!(await confirmDismiss(c))) {
          b.disabled = false;
          return;
        }
        try {
          await api('POST', `/cases/${lostCase.id}/actions`, { action: 'dismiss_match', fields: { found_id: c.case_id } });
        } catch (e) {
          b.disabled = false;
          if (e.status !== 401) showError(e);
          return;
        }
        showNotice(t('case.action_done_msg', t('lf.dismiss')));
        if (onChange) onChange();
      } }, t('lf.dismiss')));
    }
    if (c.confirmed && lostCase.type === 'lost' && lostCase.status === 'matched' && c.visible !== false)
      buttons.push(h('button', { type: 'button', class: 'btn btn-primary', dataset: { testid: 'lf-return' },
        onclick: () => openReturnDialog({ id: c.case_id, code: c.code, title: c.title }, lostCase.id, onChange) }, t('lf.return')));
    // a neighbouring station's item the caller cannot open: what it is and who keeps it, no link
    const name = c.visible === false
      ? h('span', { dataset: { testid: 'lf-match-summary' } }, t('lf.neighbour_item', c.code, c.summary, c.station))
      : h('a', { href: `#/case/${c.case_id}` }, `${c.code} ${c.title}`);
    list.append(h('li', { class: 'lf-match' + (c.likely ? ' likely' : ''), dataset: { testid: 'lf-match' } },
      name, ' ',
      // a pair confirmed by hand (picked by code) was never scored: no 0 % beside 已确认
      c.confirmed && !(c.score > 0) ? null : h('strong', {}, `${t('lf.score')} ${Math.round(c.score * 100)}%`),
      c.confirmed
        ? h('span', { class: 'badge ok', dataset: { testid: 'lf-confirmed' } }, t('lf.confirmed_pair'))
        : c.likely ? h('span', { class: 'badge ok', dataset: { testid: 'lf-likely' } }, t('lf.likely')) : null,
      reasons, h('div', { class: 'actions' }, ...buttons)));
  }
  el.append(list);
}

/**
 * Match alerts of a unit (orgId): its open lost reports whose best candidate is likely or
 * confirmed, with the reasons, from one call (GET /lostfound/alerts), 20 a page, "load more".
 */
export async function mountAlerts(el, orgId) {
  const box = h('section', { class: 'panel', dataset: { testid: 'lf-alerts' } }, h('h2', {}, t('lf.alerts')));
  el.append(box);
  const q = (cursor) => `/lostfound/alerts?org_id=${orgId}&limit=20${cursor ? '&cursor=' + encodeURIComponent(cursor) : ''}`;
  async function page(list, cursor) {
    const r = await api('GET', q(cursor));
    for (const a of r.items) {
      if (a.lost_visible === false) {
        // a neighbouring station's report that our item may be (相邻派出所): shown from our
        // item's side, as its page shows it — what the report is and whose, confirmed there
        const item = h('div', { class: 'lf-alert', dataset: { testid: 'lf-alert' } },
          h('h3', {}, h('a', { href: `#/case/${a.case_id}` }, `${a.code} ${a.title}`)));
        renderMatchList(item, { id: a.case_id, type: 'found', code: a.code, title: a.title, status: a.status },
          [{ case_id: a.lost_id, code: a.lost_code, title: null, summary: a.lost_summary, station: a.lost_station,
            visible: false, status: a.lost_status, score: a.score, likely: a.likely, confirmed: a.confirmed, reasons: [] }], draw);
        list.append(item);
        continue;
      }
      const lostCase = { id: a.lost_id, type: 'lost', code: a.lost_code, title: a.lost_title, status: a.lost_status };
      const item = h('div', { class: 'lf-alert', dataset: { testid: 'lf-alert' } },
        h('h3', {}, h('a', { href: `#/case/${a.lost_id}` }, `${a.lost_code} ${a.lost_title}`)));
      renderMatchList(item, lostCase, [a], draw);
      list.append(item);
    }
    return r;
  }
  // newest request wins (loader.js): the desk redraws on every live change of the station, and
  // two redraws at once drew the 更多 and export buttons twice; a redraw also drops a 更多 in flight
  const latest = newest(null);
  async function draw() {
    const list = h('div', { class: 'lf-alert-list' });
    let r = await latest(() => page(list, null));
    if (!r) return;
    clear(box).append(h('h2', {}, t('lf.alerts')), list);
    if (!list.children.length && !r.next_cursor) {
      box.append(h('p', { class: 'muted' }, t('lf.no_alerts')));
    }
    const exports = exportLinks('lf-alerts');
    exports.set('/lostfound/alerts', { org_id: orgId });
    const more = h('button', { type: 'button', class: 'btn', dataset: { testid: 'lf-alerts-more' },
      hidden: !r.next_cursor, onclick: async () => {
        const next = await latest(() => page(list, r.next_cursor));
        if (!next) return;
        r = next;
        more.hidden = !r.next_cursor;
      } }, t('common.more'));
    box.append(h('div', { class: 'actions' }, more, exports.el));
  }
  await draw();
  return draw;
}

/** Whether a full ID number agrees with a masked one (330702********3523) where it shows. */
function maskFits(masked, full) {
  const m = masked.toUpperCase(), f = full.toUpperCase();
  if (m.length !== f.length) return false;
  for (let i = 0; i < m.length; i++) if (m[i] !== '*' && m[i] !== f[i]) return false;
  return true;
}

/** A neighbouring station's lost report as a found item's candidate names it (it cannot be
 *  opened here): its code, and what it is with the station for a title. */
function neighbourReport(cf) {
  return { code: cf.code, title: t('lf.summary_at', cf.summary || '', cf.station || '') };
}

/** The return dialog (拾遗物返还) of a found item; lostId names the matched lost report. */
export function openReturnDialog(found, lostId, onDone) {
  const name = input('claimant_name');
  const idn = input('claimant_id', { maxlength: '18' });
  const ver = h('textarea', { name: 'verification', rows: '3', dataset: { testid: 'lf-verification' } });
  // 代领说明: a claimant who is not the lost report's owner says why they may take it; the
  // server refuses a return to another without it (409 on fields.proxy)
  const proxy = h('textarea', { name: 'proxy', rows: '2', placeholder: t('lf.proxy_hint'), dataset: { testid: 'lf-proxy' } });
  const err = h('p', { class: 'error', role: 'alert', dataset: { testid: 'lf-return-error' } });
  // the owner the item goes back to: the confirmed (or named) lost report's, masked, so the
  // officer compares the claimant with the owner before handing it over
  const owner = h('div', { class: 'lf-owner', dataset: { testid: 'lf-return-owner' } });
  let ownerIds = [];    // the owner's ID number as shown (masked: 330702********3523)
  let holders = false;  // ownerIds are a found document's holders (证件持有人), no lost report
  // a neighbouring station's confirmed report (相邻派出所) cannot be opened here: its code, what
  // it is and its owner masked come with the found item's candidates. Answers whether the item
  // goes back on a lost report (null: not known), which the last question names.
  const lostRead = (lostId ? api('GET', `/cases/${lostId}`) : caseMatches(found.id).then((m) => {
    const cf = (m.items || []).find((i) => i.confirmed);
    if (!cf) return null;
    if (cf.visible !== false) return api('GET', `/cases/${cf.case_id}`);
    return { ...neighbourReport(cf), persons: cf.owner ? [{ role: 'owner', ...cf.owner }] : [] };
  }))
    .then(async (l) => {
      if (!l) {
        owner.append(h('p', { class: 'muted' }, t('lf.return_no_lost')));
        // a document found with its holder's ID number (a 身份证 handed in): the holder is whom
        // it goes back to; shown masked, and another claimant is asked for the 代领说明 (it
        // went to anyone without a word)
        const f = Array.isArray(found.persons) ? found : await api('GET', `/cases/${found.id}`);
        const hs = (f.persons || []).filter((p) => p.role === 'holder' && p.id_number);
        if (hs.length) {
          ownerIds = hs.map((p) => p.id_number);
          holders = true;
          owner.append(h('dl', { class: 'details' }, h('dt', {}, t('lf.return_holder')),
            h('dd', { dataset: { testid: 'lf-return-holder' } }, hs.map((p) => [p.name, p.id_number].filter(Boolean).join('　')).join('；'))));
        }
        return false;
      }
      const o = (l.persons || []).find((p) => p.role === 'owner');
      ownerIds = o && o.id_number ? [o.id_number] : [];
      owner.append(h('dl', { class: 'details' },
        h('dt', {}, t('lf.return_lost')), h('dd', {}, `${l.code} ${l.title}`),
        h('dt', {}, t('lf.return_owner')), h('dd', { dataset: { testid: 'lf-return-owner-name' } },
          o ? [o.name, o.id_number].filter(Boolean).join('　') || t('lf.owner_unknown') : t('lf.owner_unknown'))));
      return true;
    })
    .catch(() => null);   // the dialog works without it; the server still compares
  // 经办民警 (handed_by): the station's sworn officers and leaders — an auxiliary (辅警) assists
  // but never signs the receipt; the one recording by default when they are one (the server
  // takes the caller when none is picked, and refuses an auxiliary either way)
  const by = h('select', { name: 'handed_by', dataset: { testid: 'lf-handed-by' } }, h('option', { value: '' }, t('lf.handed_by_me')));
  const me = session.user && session.user.id;
  // one who records the return but is none of the station's sworn officers (an admin, an
  // auxiliary) picks who hands it over: the receipt printed 经办民警 系统管理员
  let mustPick = false;
  (found.org_id ? Promise.resolve(found.org_id) : api('GET', `/cases/${found.id}`).then((f) => f.org_id))
    .then((org) => api('GET', `/staff?org_id=${org}&limit=200`))
    .then((r) => {
      const officers = (r.items || []).filter((u) => (u.roles || []).some((x) => ['officer', 'leader'].includes(x)));
      by.append(...officers.filter((u) => u.id !== me).map((u) => h('option', { value: String(u.id) }, u.name)));
      const mine = officers.find((u) => u.id === me);
      if (mine) by.firstChild.textContent = mine.name;
      else if (officers.length) {
        by.firstChild.textContent = t('lf.handed_by_pick');
        mustPick = true;
      }
    })
    .catch(() => { /* the one recording stays */ });
  const dlg = h('dialog', { class: 'dialog', dataset: { testid: 'lf-return-dialog' } },
    h('form', { method: 'dialog', class: 'form dialog-form', onsubmit: async (ev) => {
      ev.preventDefault();
      err.textContent = '';
      // every field the server requires is checked before the last, irreversible question,
      // each naming itself (an empty name went through to a receipt with nobody to sign it)
      if (!name.value.trim()) {
        err.textContent = t('lf.claimant_name_needed');
        name.focus();
        return;
      }
      const idBad = idCardProblem(idn.value.trim());
      if (idBad) {
        err.textContent = t(idBad);
        idn.focus();
        return;
      }
      // a claimant whose number differs from the owner's where the mask shows it is surely
      // another person: say so before the last question (the server checks it in full)
      if (!ver.value.trim()) {
        err.textContent = t('lf.verification_needed');
        ver.focus();
        return;
      }
      if (mustPick && !by.value) {
        err.textContent = t('lf.handed_by_needed');
        by.focus();
        return;
      }
      if (ownerIds.length && !proxy.value.trim() && !ownerIds.some((o) => maskFits(o, idn.value.trim()))) {
        err.textContent = t(holders ? 'lf.proxy_needed_holder' : 'lf.proxy_needed');
        proxy.focus();
        return;
      }
      // irreversible: the item (and its lost report, when there is one) closes and the receipt
      // is issued; without a lost report the question named one all the same
      const who = t('lf.return_who', name.value.trim(), idn.value.trim().slice(0, 6), idn.value.trim().slice(-4));
      const withLost = lostId ? true : await lostRead;
      const ask = withLost === false ? 'lf.return_confirm_alone' : 'lf.return_confirm';
      if (!(await confirmDialog(t(ask, `${found.code} ${found.title}`, who), t('lf.do_return'), false))) return;
      try {
        await api('POST', `/cases/${found.id}/actions`, { action: 'return', fields: {
          persons: [{ role: 'claimant', name: name.value.trim(), id_number: idn.value.trim() }],
          verification: ver.value.trim(), ...(lostId ? { lost_id: lostId } : {}),
          ...(proxy.value.trim() ? { proxy: proxy.value.trim() } : {}),
          ...(by.value ? { handed_by: Number(by.value) } : {}) } });
      } catch (e) {
        err.textContent = e.message;
        if (e.field === 'fields.proxy') proxy.focus();
        return;
      }
      dlg.close();
      dlg.remove();
      location.hash = `#/lostfound/receipt/${found.id}`;
      if (onDone) onDone();
    } },
    h('h2', { class: 'dialog-title' }, `${t('lf.return')}${t('lf.colon')}${found.code} ${found.title}`),
    owner,
    field(t('lf.claimant_name'), name, true), field(t('lf.claimant_id'), idn, true),
    field(t('lf.verification'), ver, true),
    field(t('lf.proxy'), proxy), field(t('lf.handed_by'), by), err,
    h('div', { class: 'dialog-buttons' },
      h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'lf-do-return' } }, t('lf.do_return')),
      h('button', { type: 'button', class: 'btn', onclick: () => { dlg.close(); dlg.remove(); } }, t('common.cancel')))));
  document.body.append(dlg);
  dlg.showModal();
}

/** Found items whose claim period ends within 30 days; answers a redraw (the desk calls it on
 *  each live change of a lost or found item: a new item with a short claim period, a return or
 *  a disposal showed only after a reload). */
export async function mountExpiring(el) {
  let shown = null;
  const latest = newest(null);
  async function draw() {
    const r = await latest(() => api('GET', '/lostfound/expiring'));
    if (!r) return;
    const box = expiringBox(r);
    if (shown) shown.replaceWith(box);
    else el.append(box);
    shown = box;
  }
  await draw();
  return draw;
}

function expiringBox(r) {
  const box = h('section', { class: 'panel', dataset: { testid: 'lf-expiring' } }, h('h2', {}, t('lf.expiring')));
  // nothing cut silently: the list says when it is cut, and exports (all of it) like every list
  const exports = exportLinks('lf-expiring');
  exports.set('/lostfound/expiring', {});
  if (!r.items.length) box.append(h('p', { class: 'muted' }, t('lf.no_expiring')));
  else box.append(h('div', { class: 'table-wrap' }, h('table', { class: 'table simple-table' },
    h('thead', {}, h('tr', {}, h('th', {}, t('lf.receipt_item')), h('th', {}, t('lf.storage')), h('th', {}, t('lf.days_left')))),
    h('tbody', {}, ...r.items.map((i) => h('tr', {},
      h('td', {}, h('a', { href: `#/case/${i.case_id}` }, `${i.code} ${i.title}`)),
      h('td', {}, i.storage_place || '—'),
      // a period that has ended says so (it read 0): the item may now be disposed of — on the
      // server's clock (claim_ended), which the disposal guard reads, not the browser's
      h('td', { dataset: { testid: 'lf-days-left' } }, i.claim_ended ? t('lf.claim_ended') : String(i.days_left))))))));
  if (r.cut) box.append(h('p', { class: 'muted small', dataset: { testid: 'lf-expiring-cut' } }, t('lf.expiring_cut', r.items.length)));
  if (r.items.length) box.append(h('div', { class: 'actions' }, exports.el));
  return box;
}

const REGISTER_PAGE = 20;

/**
 * The registers (登记簿) of a station (orgId): its lost reports or found items, by status, 20 a
 * page with 更多, exported (CSV, Excel) with the same filters — the table an officer looks an
 * item up in (表格化管理).
 */
export async function mountRegisters(el, orgId) {
  let side = 'found';
  const status = h('select', { dataset: { testid: 'lf-reg-status' } });
  const rows = h('tbody');
  const more = h('button', { type: 'button', class: 'btn', hidden: true, dataset: { testid: 'lf-reg-more' } }, t('common.more'));
  const exports = exportLinks('lf-reg');
  const tabs = h('div', { class: 'tabs' }, ['found', 'lost'].map((s) => h('button', {
    type: 'button', class: 'tab' + (s === side ? ' active' : ''), dataset: { testid: 'lf-reg-tab-' + s },
    onclick: (e) => { side = s; for (const b of tabs.children) b.classList.toggle('active', b === e.currentTarget); statuses(); load(true); },
  }, t(s === 'lost' ? 'lf.register_lost' : 'lf.register_found'))));
  const head = h('tr');
  el.append(h('section', { class: 'panel', dataset: { testid: 'lf-registers' } }, h('h2', {}, t('lf.registers')), tabs,
    h('div', { class: 'field-row' }, field(t('lf.reg_status'), status)),
    h('div', { class: 'table-wrap' }, h('table', { class: 'table simple-table lf-reg-table', dataset: { testid: 'lf-reg-table' } }, h('thead', {}, head), rows)),
    h('div', { class: 'actions' }, more, exports.el)));
  function statuses() {
    const d = typeDesc(side);
    const open = ((d && d.statuses) || []).filter((x) => !x.closed).map((x) => x.code);
    clear(status).append(h('option', { value: open.join(',') }, t('lf.reg_open')),
      ...((d && d.statuses) || []).map((x) => h('option', { value: x.code }, statusLabel(x.code, side))),
      h('option', { value: '' }, t('lf.reg_all')));
  }
  let cursor = '';
  const latest = newest(null);
  async function load(reset) {
    if (reset) cursor = '';
    const p = { type: side, org_id: orgId, status: status.value };
    exports.set('/cases', p);
    const q = new URLSearchParams({ ...p, limit: REGISTER_PAGE, ...(cursor ? { cursor } : {}) });
    if (!p.status) q.delete('status');
    const r = await latest(() => api('GET', `/cases?${q}`));
    if (!r) return;
    if (reset) {
      clear(head).append(...[t('board.col.code'), t('lf.receipt_item'), t('lf.reg_col_status'),
        t(side === 'lost' ? 'lf.lost_from' : 'lf.found_at'), t(side === 'lost' ? 'lf.reg_col_owner' : 'lf.storage')].map((x) => h('th', {}, x)));
      clear(rows);
      if (!r.items.length) rows.append(h('tr', {}, h('td', { colspan: 5, class: 'empty' }, t('lf.reg_empty'))));
    }
    for (const c of r.items) {
      const owner = (c.persons || []).find((x) => x.role === 'owner');
      rows.append(h('tr', { dataset: { testid: 'lf-reg-row', id: String(c.id) } },
        h('td', {}, h('a', { href: '#/case/' + c.id, class: 'code' }, c.code)),
        h('td', {}, h('a', { href: '#/case/' + c.id }, c.title)),
        h('td', {}, statusBadge(c.status, side)),
        h('td', {}, fmtTime(side === 'lost' ? c.lost_from : c.found_at)),
        h('td', {}, side === 'lost' ? (owner ? owner.name || '—' : '—') : (c.storage_place || '—'))));
    }
    cursor = r.next_cursor || '';
    more.hidden = !cursor;
  }
  status.addEventListener('change', () => load(true).catch((e) => showError(e)));
  more.addEventListener('click', () => load(false).catch((e) => showError(e)));
  statuses();
  await load(true);
  return () => load(true);
}

const ymd = (d) => new Date(d.getTime() + 8 * 3600000).toISOString().slice(0, 10);

/**
 * The statistics (失物招领统计) of a station (orgId) over a period: return rate, median hours to
 * return, notices and disposals, by category or by month, exported with the same filters.
 */
export async function mountStats(el, orgId) {
  const now = new Date();
  const from = h('input', { type: 'date', dataset: { testid: 'lf-stats-from' }, value: ymd(new Date(now.getTime() - 365 * 86400000)) });
  const to = h('input', { type: 'date', dataset: { testid: 'lf-stats-to' }, value: ymd(now) });
  const group = h('select', { dataset: { testid: 'lf-stats-group' } },
    h('option', { value: 'category' }, t('lf.by_category')), h('option', { value: 'month' }, t('lf.by_month')));
  const out = h('div', { dataset: { testid: 'lf-stats-table' } });
  const exports = exportLinks('lf-stats');
  const box = h('section', { class: 'panel', dataset: { testid: 'lf-stats' } }, h('h2', {}, t('lf.stats')),
    h('div', { class: 'field-row' }, field(t('lf.stats_from'), from), field(t('lf.stats_to'), to), field(t('lf.stats_group'), group)),
    out, h('div', { class: 'actions' }, exports.el));
  el.append(box);
  const latest = newest(null);
  // Until a date is changed the period is the server's own last year (no from, no to): the
  // dates above are the browser's guess, and a station PC whose clock is behind left out what
  // was registered (returned, disposed of) in the days it lags. The answer's period then
  // shows in the inputs.
  let picked = false;
  async function draw() {
    // the end day counts whole: to is the next day's start
    const end = to.value ? ymd(new Date(new Date(to.value + 'T00:00:00+08:00').getTime() + 86400000)) : '';
    const p = picked ? { org_id: orgId, from: from.value || '', to: end, group: group.value }
      : { org_id: orgId, group: group.value };
    exports.set('/lostfound/stats', p);
    let r;
    try {
      r = await latest(() => api('GET', `/lostfound/stats?${new URLSearchParams(p)}`));
    } catch (e) {
      clear(out).append(h('p', { class: 'error' }, e.message));
      return;
    }
    if (!r) return;
    if (!picked && r.from && r.to) {
      // to is the end (now, on the server): the day it falls on is the last one counted
      from.value = r.from.slice(0, 10);
      to.value = r.to.slice(0, 10);
    }
    const byMonth = r.group === 'month';
    const pct = (v) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`);
    const num = (v) => (v === null || v === undefined ? '—' : String(v));
    // on a phone the nine columns scroll sideways in their box, names on one line (they broke
    // into one character a line)
    // simple-table: the table the other pages draw (padding, rules, figures to the right); as a
    // bare .table the columns ran together (返还率 100.0% next to 拾遗物登记 4 read as one)
    const n = (text) => h('td', { class: 'num' }, text);
    clear(out).append(h('div', { class: 'table-wrap' }, h('table', { class: 'table simple-table lf-stats-table' },
      h('thead', {}, h('tr', {}, ...[byMonth ? 'lf.col.month' : 'lf.col.category', 'lf.col.lost', 'lf.col.lost_returned',
        'lf.col.return_rate', 'lf.col.found', 'lf.col.found_returned', 'lf.col.median', 'lf.col.noticed', 'lf.col.disposed']
        .map((k, i) => h('th', i ? { class: 'num' } : {}, t(k))))),
      h('tbody', {}, ...r.items.map((i) => h('tr', { dataset: { testid: 'lf-stats-row' } },
        h('td', {}, i.name), n(String(i.lost)), n(String(i.lost_returned)), n(pct(i.return_rate)),
        n(String(i.found)), n(String(i.found_returned)),
        n(i.median_hours_to_return === null ? '—' : i.median_hours_to_return.toFixed(1)),
        n(num(i.noticed)), n(num(i.disposed))))))));
    if (r.complete === false) out.append(h('p', { class: 'muted small' }, t('lf.stats_cut')));
  }
  for (const c of [from, to]) c.addEventListener('change', () => { picked = true; draw().catch(() => {}); });
  group.addEventListener('change', () => draw().catch(() => {}));
  await draw();
  return draw;
}

/**
 * The station's claim office (认领地点: address, phone, hours) as the public notice shows it; the
 * station's leader (所长) or an admin over it edits it here (PUT /lostfound/offices/{orgId}: the
 * whole office, an empty input unsets that part; the server says why it refuses). Admins also
 * set every station's on the catalogue page.
 */
export async function mountOffice(el, orgId) {
  const grants = (session.user && session.user.grants) || [];
  // the station's leader, a bureau's leader or an admin (the server checks the scope: a unit
  // outside it answers 404, shown as it comes)
  const canEdit = grants.some((g) => g.role === 'admin' ||
    (g.role === 'leader' && (g.org_id === orgId || g.org_kind === 'police_bureau')));
  const box = h('section', { class: 'panel', dataset: { testid: 'lf-office' } });
  el.append(box);
  let office = {};
  try {
    const r = await api('GET', '/lostfound/offices');
    office = ((r && r.items) || []).find((o) => o.org_id === orgId) || {};
  } catch (e) {
    if (e.status !== 401) showError(e);
  }
  const KEYS = ['address', 'phone', 'hours'];
  function view() {
    const set = KEYS.filter((k) => office[k]);
    const edit = canEdit ? h('button', { type: 'button', class: 'btn btn-small', dataset: { testid: 'lf-office-edit' }, onclick: form }, t('lf.office_edit')) : null;
    clear(box).append(h('h2', {}, t('lf.office')),
      set.length
        ? h('dl', { class: 'lf-office-view' }, ...set.flatMap((k) => [h('dt', {}, t('lf.office_' + k)), h('dd', { dataset: { testid: 'lf-office-' + k } }, office[k])]))
        : h('p', { class: 'muted', dataset: { testid: 'lf-office-none' } }, t(canEdit ? 'lf.office_none_edit' : 'lf.office_none')),
      ...(edit ? [h('div', { class: 'form-buttons' }, edit)] : []));   // append() writes a null as "null"
  }
  function form() {
    const inputs = {
      address: h('input', { type: 'text', maxlength: '100', value: office.address || '', dataset: { testid: 'lf-office-in-address' } }),
      phone: h('input', { type: 'tel', maxlength: '30', value: office.phone || '', dataset: { testid: 'lf-office-in-phone' } }),
      hours: h('input', { type: 'text', maxlength: '60', value: office.hours || '', dataset: { testid: 'lf-office-in-hours' } }),
    };
    const save = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'lf-office-save' } }, t('lf.office_save'));
    const cancel = h('button', { type: 'button', class: 'btn', onclick: view }, t('common.cancel'));
    const f = h('form', { novalidate: true }, ...KEYS.map((k) => field(t('lf.office_' + k), inputs[k])),
      h('p', { class: 'muted small' }, t('lf.office_hint')),
      h('div', { class: 'form-buttons' }, cancel, save));
    f.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      clearAlerts();
      save.disabled = true;
      try {
        office = await api('PUT', `/lostfound/offices/${orgId}`, Object.fromEntries(KEYS.map((k) => [k, inputs[k].value.trim() || null])));
        showNotice(t('lf.office_saved'));
        view();
      } catch (e) {
        if (e.status !== 401) showError(e);
      } finally {
        save.disabled = false;
      }
    });
    clear(box).append(h('h2', {}, t('lf.office')), f);
    inputs.address.focus();
  }
  view();
}

/** Everything, for the 失物招领 page, at one police station (orgId). */
export async function mountLostFound(el, orgId) {
  // a registration shows at once in the alerts, the registers, the claim clock and the
  // statistics (the register said 暂无登记 and the statistics 0 until a reload)
  const redraws = [];
  const redraw = () => Promise.all(redraws.map((f) => f().catch(() => {})));
  await mountRegistration(el, redraw, { orgId });
  redraws.push(await mountAlerts(el, orgId));
  redraws.push(await mountRegisters(el, orgId));
  redraws.push(await mountExpiring(el));
  redraws.push(await mountStats(el, orgId));
  await mountOffice(el, orgId);
  el.append(h('p', {}, h('a', { href: '/found.html', target: '_blank' }, t('lf.public'))));
}

/** #/lostfound[?org_id=N]: at the user's station; an admin (no station of their own) picks one —
 *  the page registered at 浙江省 and listed the province's alerts (none) before. */
export async function render(view, query, ctx) {
  document.title = `${t('lf.title')} - ${t('app.name')}`;
  view.append(h('h1', {}, t('lf.title')));
  const own = ((session.user && session.user.grants) || [])
    .filter((g) => g.org_kind === 'police_station' && ['officer', 'auxiliary', 'leader'].includes(g.role))
    .map((g) => ({ id: g.org_id, name: g.org_name }));
  const stations = own.length ? own : (await loadOrgs()).filter((o) => o.kind === 'police_station');
  if (!ctx.isCurrent()) return;
  if (!stations.length) {
    view.append(h('p', { class: 'empty' }, t('lf.no_station')));
    return;
  }
  const want = Number(query && query.get('org_id'));
  const station = stations.find((s) => s.id === want) || stations[0];
  if (stations.length > 1) {
    const select = h('select', { dataset: { testid: 'lf-station' } }, stations.map((s) => h('option', { value: String(s.id) }, s.name)));
    select.value = String(station.id);
    select.addEventListener('change', () => navigate('#/lostfound?org_id=' + select.value));
    view.append(h('div', { class: 'field-row' }, field(t('desk.station'), select)));
  }
  await mountLostFound(view, station.id);
}

/** The receipt (领取凭证) of a returned found item, ready to print. */
export async function renderReceipt(view, id, ctx) {
  const back = (href, label, ...more) => h('div', { class: 'form-buttons no-print' },
    h('a', { class: 'btn', href, dataset: { testid: 'lf-receipt-back' } }, label), ...more);
  let c;
  try {
    c = await api('GET', `/cases/${id}`);
  } catch (e) {
    if (!ctx.isCurrent() || e.status === 401) return;
    // out of scope or no such item: say so once, with a way back (it was an empty page) — as
    // the case page says it, and back to the lost-and-found page only for who may use it (a
    // grid worker or a citizen was sent to a page saying they have no station)
    document.title = `${t('lf.receipt')} - ${t('app.name')}`;
    const usable = abilities().lostfound;
    view.append(h('div', { class: 'panel', dataset: { testid: 'lf-receipt-none' } },
      h('p', {}, e.status === 404 ? t('case.not_found') : e.message),
      usable ? back('#/lostfound', t('lf.back_to_lostfound')) : back(homeHash(), t('common.back'))));
    return;
  }
  if (!ctx.isCurrent()) return;
  // the receipt is the paper of a return: none for an item not returned (a genuine-looking 领取
  // 凭证 with blank claimant fields could be printed for an item still in store)
  const ret = (c.timeline || []).filter((e) => e.action === 'return').pop();
  document.title = `${c.code} ${t('lf.receipt')} - ${t('app.name')}`;
  if (c.type !== 'found' || c.status !== 'returned' || !ret) {
    view.append(h('div', { class: 'panel', dataset: { testid: 'lf-receipt-none' } },
      h('p', {}, t('lf.receipt_not_returned', `${c.code} ${c.title}`)), back('#/case/' + c.id, t('common.back'))));
    return;
  }
  const claimant = (c.persons || []).find((p) => p.role === 'claimant');
  const proxy = ret.data && ret.data.proxy;
  // the officer who handed it over (handed_by): the server names them on the return's
  // timeline event (an officer of the station); else whoever recorded the return
  const officer = (ret.data && ret.data.handed_by_name) || ret.actor_name;
  // the owner's lost report it closed, by its code (one the viewer may not see is left out)
  let lost = null;
  if (c.lost_id) {
    try { lost = await api('GET', `/cases/${c.lost_id}`); } catch { lost = null; }
    // a neighbouring station's report (相邻派出所) this station cannot open: its code and what
    // it is, from the item's confirmed candidate
    if (!lost && ctx.isCurrent()) {
      try {
        const cf = ((await caseMatches(c.id)).items || []).find((i) => i.confirmed && i.case_id === c.lost_id);
        if (cf) lost = neighbourReport(cf);
      } catch { lost = null; }
    }
    if (!ctx.isCurrent()) return;
  }
  // where the station is and its phone (its claim office, set on the admin page), when set
  let office = null;
  try {
    const o = await api('GET', '/lostfound/offices');
    office = ((o && o.items) || []).find((x) => x.org_id === c.org_id) || null;
  } catch { office = null; }
  if (!ctx.isCurrent()) return;
  const row = (k, v, id2) => h('tr', {}, h('th', {}, k), h('td', { dataset: { testid: id2 } }, v || '—'));
  view.append(h('div', { class: 'receipt', dataset: { testid: 'lf-receipt' } },
    h('h1', {}, `${c.org_name} ${t('lf.receipt')}`),
    h('table', { class: 'table receipt-table' },
      row(t('board.col.code'), c.code, 'lf-r-code'),
      row(t('lf.receipt_station'), c.org_name, 'lf-r-station'),
      office && office.address ? row(t('lf.receipt_address'), office.address, 'lf-r-address') : null,
      office && office.phone ? row(t('lf.receipt_phone'), office.phone, 'lf-r-phone') : null,
      row(t('lf.receipt_item'), c.title, 'lf-r-item'),
      lost ? row(t('lf.receipt_lost'), `${lost.code} ${lost.title}`, 'lf-r-lost') : null,
      row(t('lf.receipt_claimant'), claimant ? `${claimant.name || ''} ${claimant.id_number || ''}` : '', 'lf-r-claimant'),
      proxy ? row(t('lf.receipt_proxy'), proxy, 'lf-r-proxy') : null,
      row(t('lf.receipt_verification'), c.verification, 'lf-r-verification'),
      row(t('lf.receipt_officer'), officer, 'lf-r-officer'),
      row(t('lf.receipt_time'), c.returned_at ? fmtTime(c.returned_at) : '', 'lf-r-time')),
    // both sign: the claimant that the item came back, the officer that it was handed over
    // a line to sign on and the day, for each (the paper had the labels only)
    ...[['lf.receipt_sign', 'lf-r-sign'], ['lf.receipt_sign_officer', 'lf-r-sign-officer']].map(([k, id]) =>
      h('p', { class: 'receipt-sign', dataset: { testid: id } }, h('span', {}, t(k)), h('span', { class: 'sign-line' }),
        h('span', {}, t('lf.receipt_date')), h('span', { class: 'sign-line sign-date' }))),
    back('#/case/' + c.id, t('common.back'),
      h('button', { type: 'button', class: 'btn', dataset: { testid: 'lf-print' }, onclick: () => window.print() }, t('lf.print')))));
}
