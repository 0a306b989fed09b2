// page-new.js — #/new (发布): post a 我爱我家 item. POST /api/v1/cases with an Idempotency-Key,
// reused while the content is unchanged, so a double click or a retry on a bad network never
// posts twice.

import { h } from './dom.js';
import { t, priorityLabel } from './i18n.js';
import { api, uuid } from './api.js';
import { firstGrantOrg } from './state.js';
import { showError, clearAlerts, field } from './ui.js';
import { navigate, setFlash } from './router.js';
import { loadOrgs, orgOptions } from './page-board.js';

const PRIORITIES = ['low', 'normal', 'high', 'urgent'];

export async function render(view, q, ctx) {
  document.title = `${t('new.title')} - ${t('app.name')}`;

  const title = h('input', { id: 'new-title', name: 'title', type: 'text', maxlength: 200, required: true, placeholder: t('new.field.title_ph') });
  const body = h('textarea', { id: 'new-body', name: 'body', rows: 6, maxlength: 20000, placeholder: t('new.field.body_ph') });
  const org = h('select', { id: 'new-org', name: 'org_id', disabled: true }, h('option', { value: '' }, t('common.loading')));
  const priority = h('select', { id: 'new-priority', name: 'priority' },
    PRIORITIES.map((p) => h('option', { value: p }, priorityLabel(p))));
  priority.value = 'normal';
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', dataset: { testid: 'new-submit' } }, t('new.submit'));

  const form = h('form', { class: 'panel post-form', novalidate: true },
    field(t('new.field.title'), title, { required: true }),
    field(t('new.field.body'), body),
    h('div', { class: 'field-row' },
      field(t('new.field.org'), org),
      field(t('new.field.priority'), priority)),
    h('div', { class: 'form-buttons' },
      h('a', { href: '#/board', class: 'btn' }, t('common.cancel')),
      submit));

  view.append(h('div', { class: 'page-head' },
    h('div', null, h('h1', null, t('new.title')), h('p', { class: 'muted' }, t('new.intro')))),
  form);
  title.focus();

  // One key per distinct content: the same content retried reuses it (the server answers with
  // the first case), changed content gets a new key (else 409 idempotency_key_reused).
  let key = null;
  let keyFor = null;
  let busy = false;

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (busy) return;
    const payload = { type: 'suggestion', title: title.value.trim() };
    if (!payload.title) {
      showError(t('new.need_title'));
      title.focus();
      return;
    }
    if (body.value.trim()) payload.body = body.value.trim();
    if (org.value) payload.org_id = Number(org.value);
    payload.priority = priority.value;

    const sig = JSON.stringify(payload);
    if (sig !== keyFor) { key = uuid(); keyFor = sig; }

    busy = true;
    submit.disabled = true;
    submit.textContent = t('common.saving');
    clearAlerts();
    try {
      const c = await api('POST', '/cases', payload, { headers: { 'Idempotency-Key': key } });
      setFlash({ text: t('new.posted'), kind: 'success' });
      navigate('#/case/' + c.id);
    } catch (e) {
      if (ctx.isCurrent() && e.status !== 401) {
        showError(e);
        const bad = e.field && form.querySelector(`[name="${CSS.escape(e.field)}"]`);
        if (bad) bad.focus();
      }
    } finally {
      busy = false;
      submit.disabled = false;
      submit.textContent = t('new.submit');
    }
  });

  try {
    const orgs = await loadOrgs();
    if (!ctx.isCurrent()) return;
    org.replaceChildren(...orgOptions(orgs));
    const def = firstGrantOrg();
    if (def !== null && orgs.some((o) => o.id === def)) org.value = String(def);
    org.disabled = false;
    if (!orgs.length) {
      org.append(h('option', { value: '' }, t('new.no_orgs')));
    }
  } catch (e) {
    org.replaceChildren(h('option', { value: '' }, t('common.none')));
    throw e;
  }
}
