// page-login.js — #/login: POST /api/v1/session, keep the CSRF token, go where the user was headed.

import { h } from './dom.js';
import { t } from './i18n.js';
import { api, setCsrf } from './api.js';
import { session, homeHash } from './state.js';
import { showError, clearAlerts, field } from './ui.js';
import { navigate, takeReturn } from './router.js';

export function render(view) {
  document.title = `${t('login.title')} - ${t('app.name')}`;

  const login = h('input', {
    id: 'login-name', name: 'login', type: 'text', autocomplete: 'username', required: true,
    autocapitalize: 'none', spellcheck: 'false', maxlength: 64,
  });
  const password = h('input', {
    id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
    maxlength: 128,
  });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block', dataset: { testid: 'login-submit' } }, t('login.submit'));

  const form = h('form', { class: 'login-form', novalidate: true },
    field(t('login.login'), login, { required: true }),
    field(t('login.password'), password, { required: true }),
    submit);

  let busy = false;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (busy) return;
    const body = { login: login.value.trim(), password: password.value };
    if (!body.login) { login.focus(); return; }
    if (!body.password) { password.focus(); return; }
    busy = true;
    submit.disabled = true;
    submit.textContent = t('login.busy');
    clearAlerts();
    try {
      const res = await api('POST', '/session', body, { noAuthRedirect: true });
      setCsrf(res.csrf_token);
      session.user = res.user;
      navigate(takeReturn() || homeHash());
    } catch (e) {
      showError(e);
      password.value = '';
      password.focus();
    } finally {
      busy = false;
      submit.disabled = false;
      submit.textContent = t('login.submit');
    }
  });

  view.append(h('section', { class: 'login-panel panel' },
    h('div', { class: 'login-emblem', 'aria-hidden': 'true' }, h('img', { src: '/favicon.svg', alt: '', width: 56, height: 56 })),
    h('h1', null, t('login.heading')),
    h('p', { class: 'muted' }, t('login.hint')),
    form));
  login.focus();
}
