// app.js — start-up, the header and the route table of the Pingan web app.

import { h, clear } from './dom.js';
import { t, getLang, setLang, applyDocumentLang, roleLabel } from './i18n.js';
import { api, setCsrf, setUnauthorizedHandler } from './api.js';
import { session, abilities, homeHash, isStaff } from './state.js';
import { showError, showNotice, clearAlerts } from './ui.js';
import {
  setRouteHandler, navigate, redirect, rerender, parseHash, setFlash, takeFlash, rememberReturn,
} from './router.js';
import * as loginPage from './page-login.js';
import * as boardPage from './page-board.js';
import * as casePage from './page-case.js';
import * as newPage from './page-new.js';
import * as eventNewPage from './page-event-new.js';
import * as eventsPage from './page-events.js';
import * as supervisionPage from './page-supervision.js';
import * as mapPage from './page-map.js';
import * as dashboardPage from './page-dashboard.js';
import * as notifPage from './page-notifications.js';
import * as govPage from './page-gov.js';
import * as campaignPage from './page-campaign.js';
import * as disputeType from './types/dispute.js';
import * as riskType from './types/risk.js';
import * as complaintType from './types/complaint.js';
import * as myLostPage from './page-mylost.js';
import * as patrolType from './types/patrol.js';
import * as patrolPage from './page-patrol.js';
import * as deskPage from './page-desk.js';
import { canLookup, renderLookup, renderAccessLog } from './persons.js';
import { hasRole } from './state.js';
import * as searchPage from './page-search.js';
import * as deskStatsPage from './page-desk-stats.js';
import { typeModule } from './types/index.js';
import * as lostfoundPage from './lostfound.js';
import * as cataloguePage from './page-catalogue.js';
import * as usersPage from './page-users.js';
import { startLive, stopLive, resetPageWatchers } from './live.js';

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
  stopLive();
  setFlash({ text: t('login.logged_out'), kind: 'info' });
  navigate('#/login');
}

/** The header links the user's grants call for ({key, hash, label, testid}), the home page's
 *  list first: station staff see no grid map or indicators (empty for a police station), citizens
 *  do not see the station's internal board, a department handler starts with its queue. */
function navItems() {
  const a = abilities();
  const items = [];
  const add = (key, hash, label) => items.push({ key, hash, label, testid: 'nav-' + key });
  if (a.dept) add('events-dept', '#/events/dept', 'nav.events_dept');
  if (a.intake) add('events-intake', '#/events/intake', 'nav.events_intake');
  if (a.mine) add('events-mine', '#/events/mine', 'nav.events_mine');
  if (a.report) add('events-new', '#/events/new', 'nav.events_new');
  if (a.verify) add('events-verify', '#/events/verify', 'nav.events_verify');
  if (a.supervision) add('supervision', '#/supervision', 'nav.supervision');
  if (a.escalated) add('events-escalated', '#/events/escalated', 'nav.events_escalated');
  if (a.map) add('map', '#/map', 'nav.map');
  if (a.dashboard) add('dashboard', '#/dashboard', 'nav.dashboard');
  if (a.disputes) add('disputes', '#/disputes', 'nav.disputes');
  if (a.patrolNew) add('patrol-new', '#/patrols/new', 'nav.patrol_new');
  if (a.patrols) add('patrols', '#/patrols', 'nav.patrols');
  if (a.risks) add('risks', '#/risks', 'nav.risks');
  if (a.warnings) add('warnings', '#/warnings', 'nav.warnings');
  if (a.complaints) add('complaints', '#/complaints', 'nav.complaints');
  // a citizen reports their own lost item and follows it (群众自行登记)
  if (a.myLost) {
    add('mylost-new', '#/mylost/new', 'nav.mylost_new');
    add('mylost', '#/mylost', 'nav.mylost');
  }
  if (a.appraisal) add('appraisal', '#/appraisal', 'nav.appraisal');
  if (a.campaigns) add('campaigns', '#/campaigns', 'nav.campaigns');
  if (a.desk) add('desk', '#/desk', 'nav.desk');
  if (a.lostfound) add('lostfound', '#/lostfound', 'nav.lostfound');
  if (a.board) {
    add('board', '#/board', 'nav.board');
    add('new', '#/new', 'nav.new');
  }
  // persons (当事人): the lookup for those who may, the reveals log for leaders
  if (canLookup()) add('persons', '#/persons', 'nav.persons');
  if (hasRole('leader', 'admin')) add('access-log', '#/access-log', 'nav.access_log');
  // the users in scope (用户列表), to read and export
  if (hasRole('leader', 'admin')) add('users', '#/users', 'nav.users');
  // the catalogues and their names in both languages (目录维护)
  if (cataloguePage.canSeeCatalogue()) add('catalogue', '#/catalogue', 'nav.catalogue');
  // the front desk (阳光坐席): register a visit; the station's numbers
  if (a.deskStats) add('desk-stats', '#/desk-stats', 'nav.desk_stats');
  // a resident looking for a lost thing: the public notice of found items (招领公告, no login)
  if (hasRole('citizen')) add('found-notice', '/found.html', 'nav.found_notice');
  // The home page leads.
  const home = homeHash();
  const i = items.findIndex((it) => it.hash === home);
  if (i > 0) items.unshift(items.splice(i, 1)[0]);
  return items;
}

/** The search box of every staff page (全文检索): words or a case number, to #/search. */
function headerSearch() {
  const { path, query } = parseHash();
  const input = h('input', {
    type: 'search', name: 'q', maxlength: String(searchPage.Q_MAX), class: 'header-search-input',
    value: path[0] === 'search' ? (query.get('q') || '') : '',
    placeholder: t('search.placeholder'), 'aria-label': t('search.label'), dataset: { testid: 'header-search' },
  });
  return h('form', { class: 'header-search', role: 'search', onsubmit: (ev) => {
    ev.preventDefault();
    const v = input.value.trim();
    navigate('#/search' + (v ? '?q=' + encodeURIComponent(v) : ''));
  } }, input, h('button', { type: 'submit', class: 'header-search-btn', dataset: { testid: 'header-search-go' } }, t('search.go')));
}

function renderHeader(active) {
  const header = document.getElementById('topbar');
  clear(header);
  const user = session.user;
  const brand = h('a', { class: 'brand', href: user ? homeHash() : '#/login' },
    h('img', { src: '/favicon.svg', alt: '', width: 28, height: 28, class: 'brand-logo' }),
    h('span', { class: 'brand-name' }, t('app.name')),
    h('span', { class: 'brand-sub' }, t('app.subtitle')));
  const left = h('div', { class: 'topbar-left' }, brand);
  const right = h('div', { class: 'topbar-right' });
  if (user) {
    const items = navItems();
    const nav = h('nav', { class: 'topnav' + (items.length > 4 ? ' topnav-many' : ''), 'aria-label': t('nav.label') },
      items.map((it) => h('a', {
        href: it.hash, class: active === it.key ? 'active' : null, 'aria-current': active === it.key ? 'page' : null,
        dataset: { testid: it.testid, nav: it.key },
      }, t(it.label))));
    const g = (user.grants && user.grants[0]) || null;
    const who = h('div', { class: 'whoami' },
      h('span', { class: 'whoami-name', dataset: { testid: 'user-name' } }, user.name || user.login),
      g ? h('span', { class: 'whoami-grant' }, `${roleLabel(g.role)} · ${g.org_name || ''}`) : null);
    if (isStaff()) right.append(headerSearch());
    right.append(notifPage.bell(active === 'notifications'), who, langSwitch(),
      h('button', {
        type: 'button', class: 'btn btn-ghost logout', onclick: logout, dataset: { testid: 'logout' },
        title: `${t('nav.logout')} (${user.name || user.login})`,
      }, t('nav.logout')));
    header.append(left, right, nav);
    header.classList.add('with-nav');
    // On a phone the links scroll sideways: keep the current one in view.
    const cur = nav.querySelector('a.active');
    if (cur && nav.scrollWidth > nav.clientWidth) nav.scrollLeft = Math.max(0, cur.offsetLeft - nav.clientWidth / 2 + cur.offsetWidth / 2);
    return;
  }
  header.classList.remove('with-nav');
  right.append(langSwitch());
  header.append(left, right);
}

/* ---------- routes ---------- */

function notFound(view) {
  document.title = `${t('notfound.title')} - ${t('app.name')}`;
  view.append(h('section', { class: 'panel' },
    h('h1', null, t('notfound.title')),
    h('p', null, t('notfound.text')),
    h('p', null, h('a', { href: homeHash(), class: 'btn' }, t('common.back')))));
}

const EVENT_LISTS = ['mine', 'verify', 'intake', 'escalated', 'dept'];

let routeSeq = 0;

async function route() {
  const seq = ++routeSeq;
  const { path, query } = parseHash();
  const page = path[0] || '';

  if (page === '') return redirect(session.user ? homeHash() : '#/login');
  if (page === 'login' && session.user) return redirect(homeHash());
  if (page !== 'login' && !session.user) {
    rememberReturn(location.hash);
    return redirect('#/login');
  }

  // Dialogs belong to the page they were opened on (e.g. a 401 inside one leads to the login page).
  for (const d of document.querySelectorAll('dialog')) {
    if (d.open) d.close();
    d.remove();
  }
  resetPageWatchers();
  document.body.classList.remove('print-page');
  if (session.user) startLive();
  clearAlerts();
  const f = takeFlash();
  if (f && f.error) showError(f.error);
  else if (f) showNotice(f.text, f.kind);

  // The workflow words (statuses, actions) every page shows: once per signed-in user.
  if (session.user && (!session.types || session.typesFor !== session.user.id)) {
    try {
      const res = await api('GET', '/types');
      session.types = (res && res.items) || [];
      session.typesFor = session.user.id;
    } catch (e) {
      if (e.status !== 401) showError(e);
    }
    if (seq !== routeSeq) return;
  }

  const active = page === 'mylost' && path[1] === 'new' ? 'mylost-new'
    : (page === 'events' || page === 'new') && path[1] ? page + '-' + path[1]
    : page === 'patrols' && path[1] === 'new' ? 'patrol-new' : page;
  renderHeader(active);
  const main = document.getElementById('main');
  const view = h('div', { class: 'view view-' + page + (page === 'events' && path[1] ? ' view-events-' + path[1] : '') });
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
    // a type's own create form (#/new/visit, #/new/help ...): types/<type>.js renderNew
    else if (page === 'new' && path.length === 2 && typeModule(path[1]).renderNew) await typeModule(path[1]).renderNew(view, query, ctx);
    else if (page === 'desk-stats' && path.length === 1) await deskStatsPage.render(view, query, ctx);
    else if (page === 'events' && path.length === 2 && path[1] === 'new') await eventNewPage.render(view, query, ctx);
    else if (page === 'events' && path.length === 2 && EVENT_LISTS.includes(path[1])) await eventsPage.render(view, path[1], query, ctx);
    else if (page === 'supervision' && path.length === 1) await supervisionPage.render(view, query, ctx);
    else if (page === 'map' && path.length === 1) await mapPage.render(view, query, ctx);
    else if (page === 'dashboard' && path.length === 1) await dashboardPage.render(view, query, ctx);
    else if (page === 'notifications' && path.length === 1) await notifPage.render(view, query, ctx);
    else if (page === 'disputes' && path.length === 1) await govPage.renderDisputes(view, query, ctx);
    else if (page === 'disputes' && path.length === 2 && path[1] === 'new') await disputeType.renderNew(view, query, ctx);
    else if (page === 'agreement' && path.length === 2 && /^\d+$/.test(path[1])) await govPage.renderAgreement(view, Number(path[1]), ctx);
    else if (page === 'risks' && path.length === 1) await govPage.renderRisks(view, query, ctx);
    else if (page === 'risks' && path.length === 2 && path[1] === 'new') await riskType.renderNew(view, query, ctx);
    else if (page === 'patrols' && path.length === 1 && abilities().patrols) await patrolPage.renderList(view, query, ctx);
    else if (page === 'patrols' && path.length === 2 && path[1] === 'new' && abilities().patrolNew) await patrolType.renderNew(view, query, ctx);
    else if (page === 'warnings' && path.length === 1) await govPage.renderWarnings(view, query, ctx);
    else if (page === 'complaints' && path.length === 1) await complaintType.renderList(view, query, ctx);
    else if (page === 'mylost' && path.length === 1 && abilities().myLost) await myLostPage.renderList(view, query, ctx);
    else if (page === 'mylost' && path.length === 2 && path[1] === 'new' && abilities().myLost) await myLostPage.renderNew(view, query, ctx);
    else if (page === 'mylost' && path.length === 3 && path[1] === 'edit' && /^\d+$/.test(path[2]) && abilities().myLost) await myLostPage.renderEdit(view, path[2], ctx);
    else if (page === 'appraisal' && path.length === 1) await govPage.renderAppraisal(view, query, ctx);
    else if (page === 'campaigns' && path.length === 1) await campaignPage.renderList(view, query, ctx);
    else if (page === 'campaigns' && path.length === 2 && /^\d+$/.test(path[1])) await campaignPage.renderDetail(view, Number(path[1]), query, ctx);
    else if (page === 'campaigns' && path.length === 3 && /^\d+$/.test(path[1]) && path[2] === 'report') await campaignPage.renderReport(view, Number(path[1]), ctx);
    else if (page === 'desk' && path.length === 1) await deskPage.render(view, query, ctx);
    else if (page === 'desk' && path.length === 2 && path[1] === 'handovers') await deskPage.renderHandovers(view, query, ctx);
    else if (page === 'desk' && path.length === 3 && path[1] === 'new') await deskPage.renderNew(view, path[2], query, ctx);
    else if (page === 'handover' && path.length === 3 && /^\d+$/.test(path[1]) && path[2] === 'print') await deskPage.renderPrint(view, Number(path[1]), ctx);
    else if (page === 'persons' && path.length === 1 && canLookup()) await renderLookup(view, query, ctx);
    else if (page === 'access-log' && path.length === 1 && hasRole('leader', 'admin')) await renderAccessLog(view, query, ctx);
    else if (page === 'users' && path.length === 1 && hasRole('leader', 'admin')) await usersPage.render(view, query, ctx);
    else if (page === 'search' && path.length === 1) await searchPage.render(view, query, ctx);
    else if (page === 'catalogue' && path.length === 1 && cataloguePage.canSeeCatalogue()) await cataloguePage.render(view, query, ctx);
    else if (page === 'lostfound' && path.length === 1) await lostfoundPage.render(view, query, ctx);
    else if (page === 'lostfound' && path.length === 3 && path[1] === 'receipt' && /^\d+$/.test(path[2]))
      await lostfoundPage.renderReceipt(view, Number(path[2]), ctx);
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
    stopLive();
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
