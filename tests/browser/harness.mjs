// Shared harness of the browser tests (board.test.mjs, events.test.mjs): a demo database in a
// temp dir (`pingan init --demo`), `pingan serve` on a free port, Debian's chromium through
// playwright-core, screenshots into tests/browser/out/, and step() — a test of the scenario that
// is skipped once an earlier one failed (with a screenshot of each page at the failure).
//
// The binary is process.env.PINGAN_BIN or bin/pingan, relative to the repository root. Each test
// file keeps its scenario's state; createHarness() holds the server, browser and log of one file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm, mkdir, writeFile, access } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { listeningPort } from '../api/lib.mjs';


export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.resolve(ROOT, process.env.PINGAN_BIN || 'bin/pingan');
export const OUT = path.join(ROOT, 'tests', 'browser', 'out');
export const PASSWORD = 'demo-pass-123';
export const STEP_TIMEOUT = 60_000;
export const UI_TIMEOUT = 15_000;

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
/** The browser's own language (LANGUAGE, with Debian's chromium-l10n): date and time inputs show
 * 2026/12/02 19:34 as a Chinese user's browser does; without it headless chromium shows
 * 12/02/2026, 07:34 PM whatever the page's language. LANG is a UTF-8 locale every Debian has
 * (C.UTF-8; zh_CN.UTF-8 is not generated on a fresh machine, and chromium then named a download
 * of a Chinese file name "download": it could not write the name). */
export const CHROMIUM_ENV = { ...process.env, LANGUAGE: 'zh_CN', LANG: 'C.UTF-8' };

/** Browser context options: a desktop window, and a 360x740 phone, both in China's time zone as
 * the users' browsers are (the pages show times in 北京时间; a form's date inputs are the
 * browser's own time). */
export const USER = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
export const DESKTOP = { viewport: { width: 1280, height: 860 }, ...USER };
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...USER };

/** Waits until GET /api/v1/health answers {status: "ok"}; fails early if the server exited. */
export async function waitHealthy(url, proc, log = () => '', ms = 15_000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      throw new Error(`pingan serve exited early (${proc.exitCode ?? proc.signalCode}):\n${log()}`);
    }
    try {
      const res = await fetch(url + '/api/v1/health');
      if (res.ok && (await res.json()).status === 'ok') return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not healthy after ${ms} ms (${last}):\n${log()}`);
}

/** A screenshot into tests/browser/out/<name>.png. */
export async function shot(page, name, fullPage = true) {
  await page.screenshot({ path: path.join(OUT, name + '.png'), fullPage });
}

/**
 * The page's errors from now on, into the array answered: console errors (a Content-Security-
 * Policy refusal of an inline style or script is one: the server sends style-src 'self'), uncaught
 * exceptions, and securitypolicyviolation events (a refusal said even where the console is not).
 * The login page's session probe, GET /api/v1/me answered 401 before anyone signs in, is by design
 * and left out. Call before page.goto so the first page's errors are kept.
 */
export async function collectErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const at = m.location()?.url || '';
    if (/ 401 /.test(m.text()) && new URL(at, 'http://x').pathname === '/api/v1/me') return;
    errors.push(`console: ${m.text()} (${at || page.url()})`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message} (${page.url()})`));
  await page.exposeFunction('__pinganCspViolation', (s) => errors.push(s));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__pinganCspViolation(`CSP: ${e.violatedDirective} refused ${e.blockedURI || 'inline'} (${location.href}${e.sample ? ': ' + e.sample : ''})`);
    });
  });
  return errors;
}

/** Waits until the status badge on a case detail page reads `want`. */
export async function expectStatus(page, want) {
  const badge = page.locator('[data-testid=case-status] .badge');
  await badge.filter({ hasText: want }).waitFor();
  assert.equal((await badge.textContent()).trim(), want);
}

/**
 * The harness of one test file.
 *   tmpPrefix   prefix of the temp dir holding the database
 *   logFile     where the server's output and the pages' errors go, in tests/browser/out/
 *   failPrefix  prefix of the screenshots taken when a step fails
 *   slugMax     the longest the step name may be in such a screenshot's name
 *   pages       () => [[label, page], ...]: the pages to screenshot when a step fails
 *   serveArgs   more options of `pingan serve` (['--sla-interval', '1']: the scheduler's passes)
 * start() answers the harness, with base (the server's URL) and browser set.
 */
export function createHarness({ tmpPrefix, logFile, failPrefix = 'FAILED-', slugMax = Infinity, pages = () => [], serveArgs = [] }) {
  const h = { log: '', base: undefined, browser: undefined, server: undefined, tmp: undefined, broken: false };

  h.start = async () => {
    await access(BIN).catch(() => {
      throw new Error(`${BIN} not found: build the server first (make), or set PINGAN_BIN`);
    });
    await mkdir(OUT, { recursive: true });
    h.tmp = await mkdtemp(path.join(os.tmpdir(), tmpPrefix));
    const db = path.join(h.tmp, 't.db');
    await promisify(execFile)(BIN, ['init', '--db', db, '--demo'],
      // minutes, not seconds, on a loaded machine: ~5 s of CPU (argon2id for each demo account)
      { cwd: ROOT, timeout: 600_000, env: { ...process.env, PINGAN_DEMO_PASSWORD: PASSWORD } });
    // port 0: the server binds a free port itself and names it (a probed port raced with others)
    h.server = spawn(BIN, ['serve', '--db', db, '--listen', '127.0.0.1:0', ...serveArgs], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    h.server.stdout.on('data', (d) => { h.log += d; });
    h.server.stderr.on('data', (d) => { h.log += d; });
    const port = await listeningPort(h.server, () => h.log);
    if (port === null) throw new Error(`pingan serve did not say its port:\n${h.log}`);
    h.base = `http://127.0.0.1:${port}`;
    await waitHealthy(h.base, h.server, () => h.log);
    h.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, env: CHROMIUM_ENV });
    return h;
  };

  /** Closes the contexts given and the browser, stops the server, keeps the log, removes the temp dir. */
  h.stop = async (contexts = []) => {
    for (const c of contexts) await c.close().catch(() => {});
    if (h.browser) await h.browser.close().catch(() => {});
    const server = h.server;
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (h.log) await writeFile(path.join(OUT, logFile), h.log).catch(() => {});
    if (h.tmp) await rm(h.tmp, { recursive: true, force: true });
  };

  /** The UI timeout, and the page's errors into the log. */
  h.trackPage = (page, label) => {
    page.setDefaultTimeout(UI_TIMEOUT);
    page.on('pageerror', (e) => { h.log += `\n[${label} page error] ${e.message}`; });
    page.on('console', (m) => {
      if (m.type() === 'error') h.log += `\n[${label} console] ${m.text()}`;
    });
  };

  /** A step of the scenario; after a failure the rest are skipped, with a screenshot of each page. */
  h.step = (name, fn) => {
    test(name, { timeout: STEP_TIMEOUT }, async (t) => {
      if (h.broken) {
        t.skip('an earlier step failed');
        return;
      }
      try {
        await fn(t);
      } catch (e) {
        h.broken = true;
        const slug = name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, slugMax);
        for (const [who, page] of pages()) {
          if (page && !page.isClosed()) await shot(page, `${failPrefix}${slug}-${who}`).catch(() => {});
        }
        throw e;
      }
    });
  };

  /** Signs in on the login page and waits for the header's user name (`userState`) and `landing`. */
  h.login = async (page, name, landing, userState = 'visible') => {
    await page.goto(h.base + '/#/login');
    await page.locator('#login-name').fill(name);
    await page.locator('#login-password').fill(PASSWORD);
    await page.locator('[data-testid=login-submit]').click();
    await page.locator('[data-testid=user-name]').waitFor({ state: userState });
    await page.waitForURL(landing);
  };

  return h;
}
