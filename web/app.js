// app.js — start-up, the header and the route table of the Pingan web app.

import { h, clear } from './dom.js';
import { t, getLang, setLang, applyDocumentLang, roleLabel } from './i18n.js';
import { api, setCsrf, setUnauthorizedHandler } from './api.js';
import { session } from './state.js';
import { showError, showNotice, clearAlerts } from './ui.js';
import {
  setRouteHandler, navigate, redirect, rerender, parseHash, setFlash, takeFlash, rememberReturn,
} from './router.js';
import * as loginPage from './page-login.js';
import * as boardPage from './page-board.js';
import * as casePage from './page-case.js';
import * as newPage from './page-new.js';

/* ---------- header ---------- */

function langSwitch() {
  const lang = getLang();
  const btn = (code, label) => h('button', {
    type: 'button',
    class: 'lang-btn' + (lang === code ? ' active' : ''),
    'aria-pressed': lang === code ? 'true' : 'false',
    lang: code === 'zh' ? 'zh-CN' : 'en',
    dataset: { lang: code },
    onclick: () => { if (getLang() !== code) { setLang(code); rerender(); } },
  }, label);
  return h('div', { class: 'lang-switch', role: 'group', 'aria-label': t('lang.switch') },
    btn('zh', t('lang.zh')), btn('en', t('lang.en')));
}

async function logout(ev) {
  const b = ev.currentTarget;
  b.disabled = true;
  try {
    await api('DELETE', '/session', undefined, { noAuthRedirect: true });
  } catch (e) {
    if (e.status !== 401) { // already signed out counts as success
      b.disabled = false;
      showError(e);
      return;
    }
  }
  session.user = null;
  setCsrf(null);
  setFlash({ text: t('login.logged_out'), kind: 'info' });
  navigate('#/login');
}

function renderHeader(active) {
  const header = document.getElementById('topbar');
  clear(header);
  const user = session.user;
  const brand = h('a', { class: 'brand', href: user ? '#/board' : '#/login' },
    h('img', { src: '/favicon.svg', alt: '', width: 28, height: 28, class: 'brand-logo' }),
    h('span', { class: 'brand-name' }, t('app.name')),
    h('span', { class: 'brand-sub' }, t('app.subtitle')));
  const left = h('div', { class: 'topbar-left' }, brand);
  const right = h('div', { class: 'topbar-right' });
  if (user) {
    const nav = h('nav', { class: 'topnav', 'aria-label': t('app.name') },
      h('a', { href: '#/board', class: active === 'board' ? 'active' : null, 'aria-current': active === 'board' ? 'page' : null }, t('nav.board')),
      h('a', { href: '#/new', class: active === 'new' ? 'active' : null, 'aria-current': active === 'new' ? 'page' : null, dataset: { testid: 'nav-new' } }, t('nav.new')));
    left.append(nav);
    const g = (user.grants && user.grants[0]) || null;
    const who = h('div', { class: 'whoami' },
      h('span', { class: 'whoami-name', dataset: { testid: 'user-name' } }, user.name || user.login),
      g ? h('span', { class: 'whoami-grant' }, `${roleLabel(g.role)} · ${g.org_name || ''}`) : null);
    right.append(who, langSwitch(),
      h('button', { type: 'button', class: 'btn btn-ghost logout', onclick: logout, dataset: { testid: 'logout' } }, t('nav.logout')));
  } else {
    right.append(langSwitch());
  }
  header.append(left, right);
}

/* ---------- routes ---------- */

function notFound(view) {
  document.title = `${t('notfound.title')} - ${t('app.name')}`;
  view.append(h('section', { class: 'panel' },
    h('h1', null, t('notfound.title')),
    h('p', null, t('notfound.text')),
    h('p', null, h('a', { href: '#/board', class: 'btn' }, t('case.back')))));
}

let routeSeq = 0;

async function route() {
  const seq = ++routeSeq;
  const { path, query } = parseHash();
  const page = path[0] || '';

  if (page === '') return redirect(session.user ? '#/board' : '#/login');
  if (page === 'login' && session.user) return redirect('#/board');
  if (page !== 'login' && !session.user) {
    rememberReturn(location.hash);
    return redirect('#/login');
  }

  // Dialogs belong to the page they were opened on (e.g. a 401 inside one leads to the login page).
  for (const d of document.querySelectorAll('dialog')) {
    if (d.open) d.close();
    d.remove();
  }
  clearAlerts();
  const f = takeFlash();
  if (f && f.error) showError(f.error);
  else if (f) showNotice(f.text, f.kind);

  renderHeader(page);
  const main = document.getElementById('main');
  const view = h('div', { class: 'view view-' + page });
  clear(main).append(view);
  window.scrollTo(0, 0);
  // A page that is still loading when the user moves on keeps writing into its own detached
  // view element, so a slow answer can never overwrite the newer page.
  const ctx = { isCurrent: () => seq === routeSeq };
  try {
    if (page === 'login') await loginPage.render(view, query, ctx);
    else if (page === 'board' && path.length === 1) await boardPage.render(view, query, ctx);
    else if (page === 'case' && path.length === 2 && /^\d+$/.test(path[1])) await casePage.render(view, Number(path[1]), ctx);
    else if (page === 'new' && path.length === 1) await newPage.render(view, query, ctx);
    else notFound(view);
  } catch (e) {
    if (ctx.isCurrent() && e.status !== 401) showError(e);
  }
}

/* ---------- start ---------- */

async function start() {
  applyDocumentLang();
  setUnauthorizedHandler(() => {
    const hadUser = !!session.user;
    session.user = null;
    setCsrf(null);
    if (!location.hash.startsWith('#/login')) {
      rememberReturn(location.hash);
      if (hadUser) setFlash({ text: t('login.expired'), kind: 'info' });
      navigate('#/login');
    }
  });
  try {
    // Who am I, and a fresh CSRF token for this tab (sessionStorage is per tab).
    const me = await api('GET', '/me', undefined, { noAuthRedirect: true });
    if (me) {
      setCsrf(me.csrf_token);
      session.user = me;
    }
  } catch (e) {
    session.user = null;
    setCsrf(null);
    if (e.status !== 401) setFlash({ error: e });
  }
  setRouteHandler(route);
  window.addEventListener('hashchange', route);
  route();
}

start();
