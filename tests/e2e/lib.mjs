// Helpers for the e2e tests (tests/e2e/): launching Debian's Chromium, fresh browser contexts
// that watch for script execution and server errors, and the forms a person fills in.
//
// run.sh starts the server and exports CC_BASE_URL, the admin and moderator accounts it
// created with the CLI (CC_ADMIN_* and CC_MOD_*), and CC_MAIL_DIR (the server's .eml outbox).

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

import { chromium } from 'playwright-core';

function env(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: run the e2e tests through tests/e2e/run.sh`);
  }
  return value;
}

export const BASE = env('CC_BASE_URL').replace(/\/$/, '');
export const ADMIN = {
  email: env('CC_ADMIN_EMAIL'),
  handle: env('CC_ADMIN_HANDLE'),
  password: env('CC_ADMIN_PASSWORD'),
};
export const MOD = {
  email: env('CC_MOD_EMAIL'),
  handle: env('CC_MOD_HANDLE'),
  password: env('CC_MOD_PASSWORD'),
};

/** Where the server writes its email as `.eml` files (run.sh sets MAIL_DIR to it). */
export const MAIL_DIR = process.env.CC_MAIL_DIR || '';

/** The banner every content page carries. */
export const BANNER = 'Not medical advice';
/** Console text a payload logs when it runs. */
export const XSS_MARKER = 'XSSMARK';

export const PAYLOADS = JSON.parse(
  readFileSync(new URL('./xss-payloads.json', import.meta.url), 'utf8'),
);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** One Chromium per test file; each test opens its own contexts. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}

/** A unique handle (3 to 30 of [A-Za-z0-9_-]) for this run. */
export function uniq(prefix) {
  const stamp = Date.now().toString(36).slice(-6);
  return `${prefix.slice(0, 14)}_${stamp}${randomBytes(3).toString('hex')}`;
}

/** A new member's credentials: unique handle and email, a fresh password. */
export function newPerson(prefix = 'member') {
  const handle = uniq(prefix);
  return {
    handle,
    email: `${handle.toLowerCase()}@example.org`,
    password: `pw-${randomBytes(8).toString('hex')}`,
  };
}

/**
 * Watches a page for signs of script execution and server errors.
 * Every record carries the URL it happened on.
 */
export function watch(page) {
  const events = [];
  const where = () => {
    try {
      return page.url();
    } catch {
      return '?';
    }
  };
  page.on('dialog', async (dialog) => {
    events.push({ kind: 'dialog', url: where(), text: `${dialog.type()}: ${dialog.message()}` });
    await dialog.dismiss().catch(() => {});
  });
  page.on('console', (msg) => {
    const text = msg.text();
    if (text.includes(XSS_MARKER)) {
      events.push({ kind: 'console-marker', url: where(), text });
    } else if (/Content Security Policy/i.test(text)) {
      // The app has no inline script or style: any CSP refusal means injected markup
      // that the CSP stopped (defence in depth caught what escaping should have).
      events.push({ kind: 'csp-violation', url: where(), text: text.slice(0, 300) });
    }
  });
  page.on('pageerror', (error) => {
    events.push({ kind: 'page-error', url: where(), text: String(error.message).slice(0, 300) });
  });
  page.on('response', (response) => {
    if (response.status() >= 500) {
      events.push({
        kind: 'server-error',
        url: response.url(),
        text: `${response.status()} for ${response.request().method()} ${response.url()}`,
      });
    }
  });
  let seen = 0;
  return {
    events,
    /** Events recorded since the last call. */
    drain() {
      const fresh = events.slice(seen);
      seen = events.length;
      return fresh;
    },
  };
}

/**
 * A fresh browser context and page. `bypassCSP` switches the page's Content-Security-Policy
 * off, so that injected markup would really run: the XSS test uses it to test the escaping
 * itself rather than only the CSP behind it.
 */
export async function session(browser, { bypassCSP = false } = {}) {
  const context = await browser.newContext({ baseURL: BASE, bypassCSP });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(20_000);
  const page = await context.newPage();
  const guard = watch(page);
  return { context, page, guard };
}

/** Opens a path; fails on a missing or error response unless `status` says otherwise. */
export async function visit(page, path, { status = 200 } = {}) {
  const response = await page.goto(path, { waitUntil: 'load' });
  assert.ok(response, `no response for ${path}`);
  if (status !== null) {
    assert.equal(response.status(), status, `GET ${path} answered ${response.status()}`);
  }
  return response;
}

/**
 * Clicks a submit button and waits for the page the server answers with (after redirects).
 * `fast` (a CSS selector only) clicks from the page's own script instead of through the
 * pointer, skipping actionability checks and Playwright's injected helpers; the browser
 * still submits the form as usual. For the bulk loops of the XSS test.
 */
export async function submit(page, button, { fast = false } = {}) {
  let click;
  if (fast) {
    assert.equal(typeof button, 'string', 'a fast submit takes a selector');
    click = page.evaluate((selector) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector} on ${location.pathname}`);
      setTimeout(() => el.click(), 0); // after this evaluation returns, not during it
    }, button);
  } else {
    click = (typeof button === 'string' ? page.locator(button) : button).click();
  }
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), click]);
  assert.ok(response, `submitting ${button} gave no response`);
  return response;
}

/** A form field's current value, read by the page's own script (one round trip). */
export async function valueOf(page, selector) {
  return page.evaluate((sel) => document.querySelector(sel)?.value ?? null, selector);
}

/**
 * Fills several fields in one round trip: sets each value and fires input and change, as
 * typing would. For the bulk loops of the XSS test; the journeys type with `page.fill`.
 */
export async function fillFast(page, values) {
  await page.evaluate((entries) => {
    for (const [selector, value] of entries) {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector} on ${location.pathname}`);
      el.focus();
      // Typing or pasting a line break into a one-line input gives a space in Chromium.
      el.value = el.localName === 'input' ? value.replace(/\r\n|\r|\n/g, ' ') : value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, Object.entries(values));
}

/** Asserts the not-medical-advice banner is on the current page. */
export async function expectBanner(page) {
  const banner = page.locator('.advice-banner');
  await banner.waitFor({ state: 'visible' });
  const text = await banner.innerText();
  assert.ok(text.includes(BANNER), `no "${BANNER}" banner on ${page.url()}: ${text}`);
}

/** Where `screenshot` saves its pictures; git ignores the folder. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

/**
 * Saves a full-page PNG of the open page as screenshots/<test>-<name>.png (the same names on
 * every run, so a new run replaces the old pictures). Returns the file's path.
 */
export async function screenshot(page, test, name) {
  const clean = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = joinPath(SCREENSHOT_DIR, `${clean(test)}-${clean(name)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The page's flash message (base.html's `p.flash[role=status]`), or ''. */
export async function flash(page) {
  const el = page.locator('p.flash[role="status"]');
  return (await el.count()) ? el.innerText() : '';
}

// ---- accounts -------------------------------------------------------------------

export async function fillRegistration(page, { email, handle, password }) {
  await page.fill('#email', email);
  await page.fill('#handle', handle);
  await page.fill('#password', password);
}

/** Registers through /register; returns the response the form submission ended on. */
export async function register(page, person, { expectStatus = 200 } = {}) {
  await visit(page, '/register');
  await fillRegistration(page, person);
  const response = await submit(page, 'form[action="/register"] button[type="submit"]');
  if (expectStatus !== null) {
    assert.equal(response.status(), expectStatus, `registration answered ${response.status()}`);
  }
  if (expectStatus === 200) {
    // The same answer whether or not the address has an account: no session yet.
    assert.equal(new URL(page.url()).pathname, '/login', 'a new member is asked to log in');
    await login(page, person);
    assert.equal(await page.locator('.account-nav .handle').innerText(), person.handle);
  }
  return response;
}

export async function login(page, { email, password }, { next } = {}) {
  await visit(page, next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.fill('#email', email);
  await page.fill('#password', password);
  const response = await submit(page, 'form[action="/login"] button[type="submit"]');
  assert.equal(response.status(), 200, `login answered ${response.status()}`);
  assert.equal(await page.locator('.account-nav form[action="/logout"]').count(), 1, 'logged in');
  return response;
}

export async function logout(page) {
  const response = await submit(page, 'form[action="/logout"] button[type="submit"]');
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('a[href="/register"]').count() > 0, true, 'logged out');
  return response;
}

// ---- email ----------------------------------------------------------------------

let confirmationProbe;
/**
 * Whether this server sends confirmation emails that new members must open before posting.
 * A server with email creates MAIL_DIR when it starts and answers /verify/{token}.
 */
export function emailConfirmation() {
  confirmationProbe ??= (async () => {
    if (!MAIL_DIR || !existsSync(MAIL_DIR)) return false;
    const probe = await fetch(`${BASE}/verify/browser-test-probe`, { redirect: 'manual' });
    return probe.status !== 404;
  })().catch(() => false);
  return confirmationProbe;
}

/** An email's text: quoted-printable and base64 parts decoded, then the raw message. */
function mailText(raw) {
  const texts = [];
  texts.push(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))));
  const base64Parts = /Content-Transfer-Encoding:\s*base64[^]*?\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/gi;
  for (const m of raw.matchAll(base64Parts)) {
    texts.push(Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8'));
  }
  texts.push(raw);
  return texts.join('\n');
}

/** Every email the server has written so far: { file, text } with the text decoded. */
export function allMail() {
  if (!MAIL_DIR || !existsSync(MAIL_DIR)) return [];
  return readdirSync(MAIL_DIR)
    .filter((f) => f.endsWith('.eml'))
    .map((file) => ({ file, text: mailText(readFileSync(joinPath(MAIL_DIR, file), 'utf8')) }));
}

const readMail = new Set();
/**
 * Waits for an email to `address` holding a link that matches `pattern`; returns the link.
 * Each email is returned once. The server's outbox worker sends every few seconds.
 */
export async function mailLink(address, pattern, { timeout = 20_000 } = {}) {
  const deadline = Date.now() + timeout;
  const to = address.toLowerCase();
  while (Date.now() < deadline) {
    const files = existsSync(MAIL_DIR) ? readdirSync(MAIL_DIR).filter((f) => f.endsWith('.eml')) : [];
    for (const file of files) {
      if (readMail.has(file)) continue;
      const raw = readFileSync(joinPath(MAIL_DIR, file), 'utf8');
      const headers = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
      const toLine = headers.split(/\r?\n/).find((line) => /^to:/i.test(line)) || '';
      if (!toLine.toLowerCase().includes(to)) continue;
      const link = mailText(raw).match(pattern);
      if (link) {
        readMail.add(file);
        return link[0];
      }
    }
    await sleep(200);
  }
  throw new Error(`no email to ${address} with a link like ${pattern} within ${timeout / 1000} s (in ${MAIL_DIR})`);
}

/**
 * Opens the confirmation link from the member's email in their browser, when this server
 * asks new members to confirm their address. Returns the response, or null when it does not.
 */
export async function confirmEmail(page, person) {
  if (!(await emailConfirmation())) return null;
  const link = await mailLink(person.email, /https?:\/\/[^\s"'<>]+\/verify\/[A-Za-z0-9_~.%-]+/);
  const url = new URL(link);
  return visit(page, url.pathname + url.search);
}

/** A new member, registered, email confirmed and logged in, in a fresh context. */
export async function member(browser, prefix, options) {
  const [s] = await members(browser, [prefix], options);
  return s;
}

/** Several new members: registered one after another, then confirmed together. */
export async function members(browser, prefixes, options) {
  const list = [];
  for (const prefix of prefixes) {
    const s = await session(browser, options);
    s.person = newPerson(prefix);
    await register(s.page, s.person);
    list.push(s);
  }
  await Promise.all(list.map((s) => confirmEmail(s.page, s.person)));
  return list;
}

/** A staff account (ADMIN or MOD), logged in, in a fresh context. */
export async function staff(browser, who, options) {
  const s = await session(browser, options);
  s.person = who;
  await login(s.page, who);
  return s;
}

// ---- communities, threads, posts ----------------------------------------------

export async function join(page, slug) {
  await visit(page, `/c/${slug}/join`);
  await page.check('#accept_guidelines');
  const response = await submit(page, `form[action="/c/${slug}/join"] button[type="submit"]`);
  assert.equal(response.status(), 200);
  assert.equal(new URL(page.url()).pathname, `/c/${slug}`);
  return response;
}

async function fillThread(page, slug, { title, body }) {
  if (new URL(page.url()).pathname !== `/c/${slug}/new`) {
    await visit(page, `/c/${slug}/new`);
  }
  await page.fill('#title', title);
  await page.fill('#body', body);
}

/** Fills the new-discussion form and presses Preview; stays on the form. */
export async function previewThread(page, slug, thread) {
  await fillThread(page, slug, thread);
  return submit(page, 'button[name="preview"]');
}

/** Starts a discussion; returns the new thread's id (the page is the thread page). */
export async function newThread(page, slug, thread) {
  await fillThread(page, slug, thread);
  const response = await submit(page, `form[action="/c/${slug}/new"] button.primary`);
  assert.equal(response.status(), 200, `posting a thread answered ${response.status()}`);
  const match = new URL(page.url()).pathname.match(/^\/t\/(\d+)$/);
  assert.ok(match, `after posting, expected /t/{id}, got ${page.url()}`);
  return Number(match[1]);
}

/** Replies on a thread; returns the new post's id (the page is the thread page at the post). */
export async function reply(page, threadId, body) {
  if (new URL(page.url()).pathname !== `/t/${threadId}`) {
    await visit(page, `/t/${threadId}`);
  }
  await page.fill('#body', body);
  const response = await submit(page, `form[action="/t/${threadId}/reply"] button.primary`);
  assert.equal(response.status(), 200, `replying answered ${response.status()}`);
  const match = new URL(page.url()).hash.match(/^#p(\d+)$/);
  assert.ok(match, `after replying, expected /t/${threadId}#p{id}, got ${page.url()}`);
  return Number(match[1]);
}

/** The id of the opening post on the current thread page. */
export async function openingPostId(page) {
  const id = await page.locator('article.post').first().getAttribute('id');
  return Number(id.replace(/^p/, ''));
}

/** Edits a post: the title (opening posts only) and the body. */
export async function editPost(page, postId, { title, body }) {
  await visit(page, `/p/${postId}/edit`);
  if (title !== undefined) await page.fill('#title', title);
  if (body !== undefined) await page.fill('#body', body);
  const response = await submit(page, `form[action="/p/${postId}/edit"] button.primary`);
  assert.equal(response.status(), 200, `editing answered ${response.status()}`);
  return response;
}

/** Reports a post; returns the response. */
export async function report(page, postId, { reason = 'other', note = '' } = {}) {
  await visit(page, `/p/${postId}/report`);
  if (reason) await page.check(`input[name="reason"][value="${reason}"]`);
  await page.fill('#note', note);
  return submit(page, `form[action="/p/${postId}/report"] button[type="submit"]`);
}

/** The queue item of a post on /mod/queue (the page must be open). */
export function queueItem(page, postId) {
  return page.locator(`article.queue-item#q${postId}`);
}

/** A user's id, read from the moderators' page about them (the page must allow it). */
export async function memberId(page, handle) {
  await visit(page, `/mod/users/${encodeURIComponent(handle)}`);
  const action = await page.locator('form[action$="/warn"]').first().getAttribute('action');
  return Number(action.match(/\/mod\/users\/(\d+)\/warn/)[1]);
}

// ---- looking for script that ran ----------------------------------------------

/**
 * Everything on the open page that shows a payload got through: the flag payloads set,
 * live event-handler attributes, script-capable elements, script URLs, evaluated templates.
 * Returns a list of problems (empty when the page is clean).
 */
export async function audit(page, settleMs = 0) {
  return page.evaluate(async (settle) => {
    // Handlers such as onerror/onfocus/ontoggle fire shortly after load.
    if (settle) await new Promise((resolve) => setTimeout(resolve, settle));
    const problems = [];
    if (window.__xss) problems.push(`window.__xss is ${JSON.stringify(window.__xss)}`);
    const dangerousTags = new Set([
      'SCRIPT', 'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'APPLET', 'BASE',
      'PORTAL', 'TEMPLATE',
    ]);
    const urlAttributes = new Set([
      'href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background',
      'codebase', 'cite', 'dynsrc', 'lowsrc', 'ping',
    ]);
    const main = document.querySelector('main');
    const all = document.querySelectorAll('*');
    for (const el of all) {
      const tag = el.tagName.toUpperCase();
      const path = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}`;
      // The site's own scripts: external files in the head, served from /assets/js/.
      const ours = tag === 'SCRIPT' && el.parentElement === document.head
        && /^\/assets\/js\/[a-z-]+\.js$/.test(el.getAttribute('src') || '') && !el.textContent.trim();
      if (dangerousTags.has(tag) && !ours) problems.push(`<${path}> element in the page`);
      if (tag === 'META' && el.closest('body')) problems.push('<meta> inside the body');
      if (main && main.contains(el)) {
        if (['svg', 'math', 'img', 'style', 'link', 'video', 'audio', 'source', 'input', 'textarea', 'select', 'button', 'form'].includes(el.localName)
          && !el.closest('form[action^="/"]')
          // A field may belong to a site form elsewhere on the page (the queue's tick boxes).
          && !(el.form && el.form.getAttribute('action')?.startsWith('/'))) {
          problems.push(`<${path}> injected into the page content`);
        }
      }
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`${path} has event handler ${name}="${attr.value.slice(0, 80)}"`);
        if (name === 'srcdoc') problems.push(`${path} has srcdoc`);
        if (urlAttributes.has(name)) {
          const squashed = attr.value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();
          if (/^(javascript|vbscript|data|livescript):/.test(squashed)) {
            problems.push(`${path} ${name}="${attr.value.slice(0, 80)}"`);
          }
        }
      }
    }
    for (const a of document.querySelectorAll('a[href], area[href]')) {
      let protocol;
      try {
        protocol = new URL(a.getAttribute('href'), location.href).protocol;
      } catch {
        continue;
      }
      if (!['http:', 'https:', 'mailto:'].includes(protocol)) {
        problems.push(`link to ${protocol} (${a.getAttribute('href').slice(0, 80)})`);
      }
    }
    const text = document.body ? document.body.innerText : '';
    if (text.includes('zz49zz')) problems.push('a template expression was evaluated (zz49zz)');
    const token = document.querySelector('input[name="csrf_token"]');
    if (token && token.value && text.includes(token.value)) problems.push('the CSRF token shows in the page text');
    if (/"csrf_token"\s*:|"banner"\s*:/.test(text)) problems.push('the template context shows in the page text');
    return problems;
  }, settleMs);
}

/**
 * Checks the open page: the audit above plus whatever the watcher saw since the last check
 * (dialogs, marker console messages, CSP refusals, page errors, 5xx answers).
 * Returns problems prefixed with `label` and the page's path.
 */
export async function inspect(page, guard, label) {
  const url = new URL(page.url());
  const where = `${label} ${url.pathname}${url.search}`.slice(0, 160);
  const problems = (await audit(page, 20)).map((p) => `${where}: ${p}`);
  for (const e of guard.drain()) problems.push(`${where}: ${e.kind}: ${e.text} (at ${e.url})`);
  return problems;
}
