// types/dispute.js — the front end of case type `dispute` (矛盾纠纷调解): the level and kind in the
// head, the sessions and follow-up visits as panels, the printable agreement (调解协议书), the
// create form (#/disputes/new). Action dialogs come from the descriptor (types/generic.js).

import { h, clear } from '../dom.js';
import { t } from '../i18n.js';
import { api } from '../api.js';
import { field, fmtTime, showError } from '../ui.js';
import { navigate, setFlash } from '../router.js';
import { loadOrgs, orgOptions } from '../page-board.js';
import { personInputs } from '../persons.js';

export const type = 'dispute';
export const newHash = '#/disputes/new';
export const backHash = '#/disputes';
export const backLabel = 'disp.title';

export const KINDS = ['neighbour', 'family', 'land', 'labour', 'property', 'consumer', 'traffic', 'medical', 'other'];

export function isDanger(action) {
  return action === 'fail' || action === 'flag_risk';
}

export function levelBadge(level) {
  return level ? h('span', { class: 'badge gov-level gov-level-' + level, dataset: { testid: 'dispute-level' } }, t('gov.level.' + level)) : null;
}

export function headBadges(c) {
  return [levelBadge(c.level),
    c.violent_risk ? h('span', { class: 'badge gov-violent', dataset: { testid: 'violent-badge' } }, t('disp.violent')) : null];
}

export function detailRows(c) {
  return [
    [t('disp.kind'), c.category ? t('gov.kind.' + c.category) : t('common.none'), 'dispute-kind'],
    [t('disp.level'), t('gov.level.' + c.level), 'dispute-level-row'],
    c.outcome ? [t('case.field.result'), h('span', null, t('disp.terms') + '：', c.terms || t('common.none')), 'dispute-terms'] : null,
    c.agreed_at ? [t('disp.agreement'), fmtTime(c.agreed_at)] : null,
    c.event_code ? [t('disp.from_event'), h('a', { href: '#/case/' + c.event_id }, c.event_code)] : null,
    c.risk_id ? [t('disp.violent'), h('a', { href: '#/case/' + c.risk_id, dataset: { testid: 'dispute-risk-link' } }, '#' + c.risk_id)] : null,
  ].filter(Boolean);
}

function sessionsPanel(c) {
  const list = Array.isArray(c.sessions) ? c.sessions : [];
  return h('section', { class: 'panel gov-sessions', dataset: { testid: 'dispute-sessions' } },
    h('h2', null, t('disp.sessions')),
    list.length ? h('ol', { class: 'gov-session-list' }, list.map((s) => h('li', { dataset: { testid: 'dispute-session' } },
      h('div', { class: 'gov-session-head' }, h('strong', null, t('disp.session_n', s.n)), ' ', fmtTime(s.date), s.level ? ['　', levelBadge(s.level)] : null),
      h('div', null, t('disp.place'), '：', s.place),
      h('div', null, t('disp.attendees'), '：', s.attendees),
      h('p', { class: 'gov-notes' }, s.notes))))
      : h('p', { class: 'muted' }, t('disp.no_sessions')));
}

function followPanel(c) {
  if (!c.agreed_at && !(c.follow_ups || []).length) return null;
  const agreed = c.agreed_at ? Date.parse(c.agreed_at) : null;
  const row = (key, days, value) => {
    const due = agreed ? new Date(agreed + days * 86400000).toISOString() : null;
    return h('li', { dataset: { testid: 'follow-' + days } },
      h('strong', null, t(key)), '：',
      value ? h('span', { class: 'badge gov-follow-' + value }, t('disp.' + value))
        : h('span', { class: 'muted' }, t('disp.pending'), due ? '，' + t('disp.follow_due', fmtTime(due)) : ''));
  };
  return h('section', { class: 'panel gov-follow', dataset: { testid: 'dispute-follow-ups' } },
    h('h2', null, t('disp.follow_ups')),
    h('ul', { class: 'gov-follow-list' }, row('disp.follow7', 7, c.follow7), row('disp.follow30', 30, c.follow30)),
    c.agreed_at || c.outcome === 'agree'
      ? h('p', null, h('a', { class: 'btn btn-small', href: '#/agreement/' + c.id, dataset: { testid: 'agreement-link' } }, t('disp.print_agreement')))
      : null);
}

export function panels(c) {
  return { before: [], after: [sessionsPanel(c), followPanel(c)].filter(Boolean) };
}

/* ---------- create form ---------- */

export async function renderNew(view, q, ctx) {
  document.title = `${t('disp.new')} - ${t('app.name')}`;
  const orgs = (await loadOrgs()).filter((o) => ['grid', 'community', 'township', 'county'].includes(o.kind));
  if (!ctx.isCurrent()) return;
  const title = h('input', { type: 'text', name: 'title', maxlength: 200, required: true, dataset: { testid: 'dispute-title' } });
  const kind = h('select', { name: 'category', dataset: { testid: 'dispute-kind' } }, KINDS.map((k) => h('option', { value: k }, t('gov.kind.' + k))));
  const org = h('select', { name: 'org_id', dataset: { testid: 'dispute-org' } }, orgOptions(orgs));
  const body = h('textarea', { name: 'body', rows: 4, maxlength: 10000, dataset: { testid: 'dispute-body' } });
  const persons = personInputs('dispute', { testid: 'dispute-persons' });
  const eventId = q.get('event_id');
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'dispute-submit' } }, t('common.submit'));
  const form = h('form', { class: 'panel form', novalidate: true },
    h('h1', null, t('disp.new')),
    field(t('gov.title'), title, { required: true }),
    eventId ? null : field(t('disp.kind'), kind, { required: true }),
    eventId ? null : field(t('disp.org'), org, { required: true }),
    field(t('case.field.body'), body),
    h('h2', null, t('disp.parties')),
    persons.el,
    h('div', { class: 'form-buttons' }, submit));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const bad = persons.check();
    if (bad) { showError(bad.message); if (bad.input) bad.input.focus(); return; }
    if (!title.value.trim()) { showError(t('action.need_field', t('gov.title'))); title.focus(); return; }
    const payload = { type: 'dispute', title: title.value.trim(), body: body.value.trim() || undefined };
    if (eventId) payload.event_id = Number(eventId);
    else { payload.category = kind.value; payload.org_id = Number(org.value); }
    const ps = persons.value();
    if (ps.length) payload.persons = ps;
    submit.disabled = true;
    try {
      const c = await api('POST', '/cases', payload);
      setFlash({ text: t('disp.created', c.code), kind: 'success' });
      navigate('#/case/' + c.id);
    } catch (e) {
      submit.disabled = false;
      if (e.status !== 401) { showError(e); if (e.field) persons.focusField(e.field); }
    }
  });
  clear(view).append(form);
}
