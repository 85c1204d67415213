// Issue 7: nothing a person types runs as script on any page.
//
// Every payload in xss-payloads.json goes through every text field a user controls that some
// page shows: handles and emails (registration), community name, description and guidelines
// (admin), thread titles and bodies, replies, previews and edit forms, report notes,
// rejection reasons (moderation queue), warnings and notes (/mod/users), and text in URLs.
// Then the pages that show them are opened and checked:
//   - a `dialog` (alert/confirm/prompt), a console message with the marker, `window.__xss`;
//   - the DOM: no event-handler attributes, script-capable elements, javascript:/data: URLs,
//     evaluated template expressions;
//   - no 5xx answer and no page error.
// Pages are opened with the Content-Security-Policy bypassed, so that injected markup would
// really run: this tests the escaping and sanitizing, not only the CSP behind them. The last
// test opens the pages with the real CSP and fails on any CSP refusal.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  ADMIN, MOD, PAYLOADS, fillFast, inspect, join, launch, member, memberId, members, newThread,
  openingPostId, queueItem, reply, report, session, staff, submit, valueOf, visit,
} from './lib.mjs';

const RUN = Date.now().toString(36);
const FALLBACK_SLUG = 'long-covid';
const AUTHORS = 5; // profiles list 20 recent posts: 5 authors show all threads between them
const CONCURRENCY = 2;

/** Splits payloads, in order, into groups whose join by `sep` has at most `max` characters
 * (a longer payload makes a group of its own). */
function groups(list, max, sep) {
  const out = [];
  let current = [];
  for (const p of list) {
    if (current.length && [...current, p].join(sep).length > max) {
      out.push(current);
      current = [];
    }
    current.push(p);
  }
  if (current.length) out.push(current);
  return out;
}

/** Payloads joined into strings of at most `max` characters (see `groups`). */
const batches = (list, max, sep = '\n\n') => groups(list, max, sep).map((g) => g.join(sep));

/** What a single-line input keeps of a value: Chromium turns each line break into a space. */
const oneLine = (text) => text.replace(/\r\n|\r|\n/g, ' ');

/** Runs `fn(item, index, worker)` over `items`, at most `limit` at once (worker is 0..limit-1). */
async function pool(items, limit, fn) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async (_, worker) => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index], index, worker);
    }
  });
  await Promise.all(workers);
}

function assertClean(problems) {
  const shown = problems.slice(0, 60).join('\n');
  const more = problems.length > 60 ? `\n... and ${problems.length - 60} more` : '';
  assert.equal(problems.length, 0, `${problems.length} problem(s):\n${shown}${more}`);
}

async function closeAll(...sessions) {
  await Promise.all(sessions.filter(Boolean).map((s) => s.context.close()));
}

// What earlier tests made, for later ones to use (each falls back if it is missing).
const world = {
  slugs: [], // XSS communities, each with a group of payloads
  threads: [], // { id, postId, author, slug, held }
  authors: [],
  carrier: null, // a published thread that takes replies: { id, slug }
  replier: null,
};

describe('XSS: no payload runs on any page', { timeout: 360_000 }, () => {
  let browser;
  // The members the tests below need, each in its own context, registered up front so that
  // their confirmation emails (where the server sends them) arrive together.
  const crew = {};
  const CREW = [
    ...Array.from({ length: AUTHORS }, (_, k) => `xssauthor${k}`),
    'xssreplier', 'xssreporter', 'xssrejected', 'xsswarned',
  ];
  /** The member registered as `prefix`, for one test (which closes the context). */
  const take = (prefix) => {
    const s = crew[prefix];
    assert.ok(s, `no member ${prefix}`);
    delete crew[prefix];
    return s;
  };
  before(async () => {
    assert.ok(PAYLOADS.length >= 50, `only ${PAYLOADS.length} payloads`);
    browser = await launch();
    const list = await members(browser, CREW, { bypassCSP: true });
    CREW.forEach((prefix, k) => {
      crew[prefix] = list[k];
    });
  });
  after(async () => {
    await browser?.close();
  });

  test('the detector itself: unescaped payloads on a page are caught', async () => {
    // A positive control: serve the raw payloads as HTML on the app's origin and make sure
    // `inspect` reports them, with and without the app's CSP.
    const raw = PAYLOADS.map((p) => `<div>${p}</div>`).join('\n');
    const html = `<!doctype html><html><head><title>t</title></head><body><main>${raw}</main>
      <input type="hidden" name="csrf_token" value="0123abcd"></body></html>`;
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
    for (const [mode, headers] of [['no CSP', {}], ['app CSP', { 'content-security-policy': csp }]]) {
      const s = await session(browser, { bypassCSP: mode === 'no CSP' });
      try {
        await s.page.route('**/__xss-selftest', (route) =>
          route.fulfill({ status: 200, contentType: 'text/html', headers, body: html }));
        await s.page.goto('/__xss-selftest');
        const found = (await inspect(s.page, s.guard, mode)).join('\n');
        assert.match(found, /event handler onerror/, `${mode}: on* attributes`);
        assert.match(found, /<script> element/, `${mode}: script elements`);
        assert.match(found, /link to javascript:/, `${mode}: javascript: links`);
        assert.match(found, /<iframe> element/, `${mode}: iframes`);
        if (mode === 'no CSP') {
          assert.match(found, /dialog: alert/, 'dialogs');
          assert.match(found, /window.__xss is/, 'the flag');
          assert.match(found, /console-marker: XSSMARK/, 'the console marker');
        } else {
          assert.match(found, /csp-violation/, 'CSP refusals');
          assert.doesNotMatch(found, /dialog: alert/, 'the CSP stops the scripts');
        }
      } finally {
        await s.context.close();
      }
    }
  });

  test('registration: handles and emails', async () => {
    const visitors = [];
    for (let k = 0; k < CONCURRENCY; k++) visitors.push(await session(browser, { bypassCSP: true }));
    const problems = [];
    try {
      for (const { page } of visitors) await visit(page, '/register');
      // A few payloads per attempt: none is a valid handle, each comes back in the form.
      const attempts = batches(PAYLOADS, 120, ' ');
      await pool([...attempts.entries()], CONCURRENCY, async ([i, payload], _, worker) => {
        const { page, guard } = visitors[worker];
        const email = i % 2 ? payload : `xss${i}.${RUN}@example.org`;
        await fillFast(page, { '#email': email, '#handle': payload, '#password': 'long enough password' });
        const response = await submit(page, 'form[action="/register"] button[type="submit"]', { fast: true });
        const label = `handles batch ${i}`;
        if (response.status() !== 422) {
          problems.push(`${label}: registration answered ${response.status()}, expected 422`);
          await visit(page, '/register');
          return;
        }
        const kept = await valueOf(page, '#handle');
        if (kept !== oneLine(payload)) problems.push(`${label}: the handle came back as ${JSON.stringify(kept)}`);
        problems.push(...(await inspect(page, guard, label)));
      });
      assertClean(problems);
    } finally {
      await closeAll(...visitors);
    }
  });

  test('communities: name, description and guidelines (admin)', async () => {
    const admins = [];
    for (let k = 0; k < CONCURRENCY; k++) admins.push(await staff(browser, ADMIN, { bypassCSP: true }));
    const problems = [];
    const slugs = [];
    try {
      // Names have at most 80 characters: the payloads that fit together share a community,
      // which carries them in its name, description and guidelines. A longer payload gets a
      // community of its own, its first 80 characters as the name.
      const jobs = groups(PAYLOADS, 80, ' ').map((group, i) => ({ group, i }));
      await pool(jobs, CONCURRENCY, async ({ group, i }, _, worker) => {
        const { page, guard } = admins[worker];
        const slug = `xss-${RUN}-${i}`;
        const label = `community #${i}`;
        await visit(page, '/admin/communities/new');
        await fillFast(page, {
          '#name': group.join(' ').slice(0, 80),
          '#slug': slug,
          '#description': group.join(' '),
          '#guidelines': group.join('\n\n'),
        });
        const response = await submit(page, 'form[action="/admin/communities/new"] button[type="submit"]', { fast: true });
        if (response.status() !== 200 || new URL(page.url()).pathname !== `/c/${slug}`) {
          problems.push(`${label}: creating it answered ${response.status()} at ${page.url()}`);
          problems.push(...(await inspect(page, guard, label)));
          return;
        }
        slugs[i] = slug;
        problems.push(...(await inspect(page, guard, label)));
        if (i % 3 === 0) {
          // The join page shows the same name and guidelines in other places (a sample here,
          // more in the last test).
          await visit(page, `/c/${slug}/join`);
          problems.push(...(await inspect(page, guard, `${label} join page`)));
        }
      });
      world.slugs = slugs;
      const { page, guard } = admins[0];
      await visit(page, '/');
      problems.push(...(await inspect(page, guard, 'home (admin)')));
      assertClean(problems);
    } finally {
      await closeAll(...admins);
    }
  });

  test('threads: titles and bodies, previews and edit forms', async (t) => {
    const problems = [];
    const authors = [];
    const anon = await session(browser, { bypassCSP: true });
    try {
      for (let k = 0; k < AUTHORS; k++) {
        const a = take(`xssauthor${k}`);
        a.slug = world.slugs[k] || FALLBACK_SLUG;
        await join(a.page, a.slug);
        authors.push(a);
      }
      world.authors = authors.map((a) => a.person);

      // One payload per thread: the title, and the whole body.
      const jobs = PAYLOADS.map((payload, i) => ({ payload, i }));
      const lanes = Array.from({ length: AUTHORS }, (_, k) => jobs.filter((j) => j.i % AUTHORS === k));
      await pool(lanes, CONCURRENCY, async (lane) => {
        for (const { payload, i } of lane) {
          const a = authors[i % AUTHORS];
          const { page, guard } = a;
          const label = `thread #${i}`;
          const title = payload.length >= 5 ? payload : `${payload} ....`;
          await visit(page, `/c/${a.slug}/new`);
          await fillFast(page, { '#title': title, '#body': payload });
          const posted = await submit(page, `form[action="/c/${a.slug}/new"] button.primary`, { fast: true });
          const id = Number(new URL(page.url()).pathname.match(/^\/t\/(\d+)$/)?.[1]);
          if (posted.status() !== 200 || !id) {
            problems.push(`${label}: posting answered ${posted.status()} at ${page.url()}`);
            continue;
          }
          const { postId, held } = await page.evaluate(() => {
            const el = document.querySelector('article.post');
            return { postId: Number(el.id.replace(/^p/, '')), held: el.classList.contains('post-held') };
          });
          world.threads.push({ id, postId, author: a.person.handle, slug: a.slug, held, i });
          problems.push(...(await inspect(page, guard, label)));
          if (i % AUTHORS === 0) {
            // Edit forms put the title in an input's value and the body in a textarea.
            await visit(page, `/p/${postId}/edit`);
            const keptTitle = await valueOf(page, '#title');
            const keptBody = await valueOf(page, '#body');
            if (keptTitle !== oneLine(title).trim()) problems.push(`${label} edit form: title came back as ${JSON.stringify(keptTitle)}`);
            if (keptBody !== payload) problems.push(`${label} edit form: body came back as ${JSON.stringify(keptBody)}`);
            problems.push(...(await inspect(page, guard, `${label} edit form`)));
          }
        }
      });
      world.threads.sort((x, y) => x.i - y.i);
      const heldCount = world.threads.filter((x) => x.held).length;
      t.diagnostic(`${world.threads.length} threads, ${heldCount} held by the privacy filter`);

      // Pages that list them: profiles, communities, home; as author and as a visitor.
      for (const a of authors) {
        await visit(a.page, `/u/${a.person.handle}`);
        problems.push(...(await inspect(a.page, a.guard, 'own profile')));
        await visit(anon.page, `/u/${a.person.handle}`);
        problems.push(...(await inspect(anon.page, anon.guard, 'profile (visitor)')));
        await visit(anon.page, `/c/${a.slug}`);
        problems.push(...(await inspect(anon.page, anon.guard, 'community (visitor)')));
      }
      await visit(anon.page, '/');
      problems.push(...(await inspect(anon.page, anon.guard, 'home (visitor)')));
      const published = world.threads.filter((t) => !t.held);
      for (const t of published.slice(0, 5)) {
        await visit(anon.page, `/t/${t.id}`);
        problems.push(...(await inspect(anon.page, anon.guard, `thread #${t.i} (visitor)`)));
      }

      // Previews: a new discussion and an edit with every payload in the body.
      const a = authors[0];
      const everything = PAYLOADS.join('\n\n');
      await visit(a.page, `/c/${a.slug}/new`);
      await a.page.fill('#title', PAYLOADS[4]);
      await a.page.fill('#body', everything);
      const preview = await submit(a.page, 'button[name="preview"]');
      if (preview.status() !== 200) problems.push(`new-thread preview answered ${preview.status()}`);
      if ((await a.page.inputValue('#body')) !== everything) problems.push('new-thread preview lost the body');
      if ((await a.page.inputValue('#title')) !== PAYLOADS[4]) problems.push('new-thread preview lost the title');
      problems.push(...(await inspect(a.page, a.guard, 'new-thread preview')));
      const own = world.threads.find((t) => t.author === a.person.handle);
      await visit(a.page, `/p/${own.postId}/edit`);
      await a.page.fill('#body', everything);
      const editPreview = await submit(a.page, 'button[name="preview"]');
      if (editPreview.status() !== 200) problems.push(`edit preview answered ${editPreview.status()}`);
      if ((await a.page.inputValue('#body')) !== everything) problems.push('edit preview lost the body');
      problems.push(...(await inspect(a.page, a.guard, 'edit preview')));

      assertClean(problems);
    } finally {
      await closeAll(anon, ...authors);
    }
  });

  test('replies: batched bodies, preview, edit form', async () => {
    const problems = [];
    const replier = take('xssreplier');
    const anon = await session(browser, { bypassCSP: true });
    try {
      const { page, guard } = replier;
      const slug = world.slugs[0] || FALLBACK_SLUG;
      await join(page, slug);
      const id = await newThread(page, slug, {
        title: `Replies welcome ${RUN}`,
        body: 'What has helped you sleep through the night?',
      });
      world.carrier = { id, slug };
      world.replier = replier.person;

      const everything = PAYLOADS.join('\n\n');
      await page.fill('#body', everything);
      const preview = await submit(page, 'button[name="preview"]');
      if (preview.status() !== 200) problems.push(`reply preview answered ${preview.status()}`);
      if ((await page.inputValue('#body')) !== everything) problems.push('reply preview lost the text');
      problems.push(...(await inspect(page, guard, 'reply preview')));

      const groups = batches(PAYLOADS, 600);
      let last;
      for (const [k, body] of groups.entries()) {
        last = await reply(page, id, body);
        problems.push(...(await inspect(page, guard, `reply batch ${k}`)));
      }
      await visit(page, `/p/${last}/edit`);
      if ((await page.inputValue('#body')) !== groups.at(-1)) problems.push('reply edit form lost the text');
      problems.push(...(await inspect(page, guard, 'reply edit form')));
      await visit(page, `/u/${replier.person.handle}`);
      problems.push(...(await inspect(page, guard, 'replier profile')));
      await visit(anon.page, `/t/${id}`);
      problems.push(...(await inspect(anon.page, anon.guard, 'replies (visitor)')));
      assert.ok((await anon.page.locator('article.post').count()) >= 2, 'replies are shown');
      await visit(anon.page, '/');
      problems.push(...(await inspect(anon.page, anon.guard, 'home (visitor)')));
      assertClean(problems);
    } finally {
      await closeAll(replier, anon);
    }
  });

  test('report notes', async () => {
    const problems = [];
    const reporter = take('xssreporter');
    const moderator = await staff(browser, MOD, { bypassCSP: true });
    let author;
    try {
      // Notes may have 1,000 characters; browsers send a textarea's line breaks as CRLF.
      const notes = batches(PAYLOADS, 900, '\n');
      let targets = world.threads.filter((t) => !t.held).map((t) => t.postId);
      if (targets.length < notes.length) {
        author = await member(browser, 'xssreported', { bypassCSP: true });
        await join(author.page, FALLBACK_SLUG);
        targets = [];
        for (let k = 0; k < notes.length; k++) {
          await newThread(author.page, FALLBACK_SLUG, { title: `Report target ${k} ${RUN}`, body: 'Fatigue diary, week one.' });
          targets.push(await openingPostId(author.page));
        }
      }
      const { page, guard } = reporter;
      // Only members of a post's community report it.
      const slugOf = new Map(world.threads.map((t) => [t.postId, t.slug]));
      for (const slug of new Set(targets.map((id) => slugOf.get(id) || FALLBACK_SLUG))) {
        await join(page, slug);
      }
      // A report without a reason comes back with the note kept.
      const failed = await report(page, targets[0], { reason: null, note: notes[0] });
      if (failed.status() !== 422) problems.push(`a report without a reason answered ${failed.status()}`);
      if ((await page.inputValue('#note')) !== notes[0]) problems.push('the failed report lost the note');
      problems.push(...(await inspect(page, guard, 'report form again')));
      for (const [k, note] of notes.entries()) {
        const response = await report(page, targets[k], { reason: 'other', note });
        if (response.status() !== 200) problems.push(`report ${k} answered ${response.status()}`);
        problems.push(...(await inspect(page, guard, `report ${k} sent`)));
      }
      await visit(moderator.page, '/mod/queue');
      problems.push(...(await inspect(moderator.page, moderator.guard, 'queue with reports')));
      for (const postId of targets.slice(0, notes.length)) {
        const reports = await queueItem(moderator.page, postId).locator('ul.reports').count();
        if (reports !== 1) problems.push(`reported post ${postId} is not in the queue with its report`);
      }
      assertClean(problems);
    } finally {
      await closeAll(reporter, moderator, author);
    }
  });

  test('rejection reasons (moderation queue)', async () => {
    const problems = [];
    const writer = take('xssrejected');
    const moderator = await staff(browser, MOD, { bypassCSP: true });
    try {
      const reasons = batches(PAYLOADS, 500, ' ');
      const { page, guard } = writer;
      const slug = world.carrier?.slug || FALLBACK_SLUG;
      await join(page, slug);
      const carrier = world.carrier?.id ?? (await newThread(page, slug, { title: `Rejections ${RUN}`, body: 'Sleep log.' }));
      const held = [];
      for (let k = 0; k < reasons.length; k++) {
        const postId = await reply(page, carrier, `Ring me on 555-867-53${String(10 + k).padStart(2, '0')} about the trial, item ${k}.`);
        held.push(postId);
      }
      const m = moderator.page;
      for (const [k, postId] of held.entries()) {
        await visit(m, '/mod/queue');
        const item = queueItem(m, postId);
        if ((await item.count()) !== 1) {
          problems.push(`held reply ${postId} is not in the queue`);
          continue;
        }
        await item.locator('form.reject-form input[name="reason"]').fill(reasons[k]);
        const response = await submit(m, item.getByRole('button', { name: 'Reject' }));
        if (response.status() !== 200) problems.push(`rejecting ${postId} answered ${response.status()}`);
        problems.push(...(await inspect(m, moderator.guard, `rejection ${k}`)));
      }
      // The author sees the reasons beside the posts and in their notices.
      await visit(page, `/t/${carrier}`);
      problems.push(...(await inspect(page, guard, 'rejected replies (author)')));
      for (let p = 2; p <= 3; p++) {
        const more = await visit(page, `/t/${carrier}?page=${p}`, { status: null });
        if (more.status() === 200) problems.push(...(await inspect(page, guard, `rejected replies page ${p}`)));
      }
      await visit(page, '/account');
      problems.push(...(await inspect(page, guard, 'account notices')));
      const text = await page.locator('main').innerText();
      if (!text.includes('did not publish your post')) problems.push('the author got no rejection notice');
      assertClean(problems);
    } finally {
      await closeAll(writer, moderator);
    }
  });

  test('warnings and moderator notes (/mod/users)', async () => {
    const problems = [];
    const target = take('xsswarned');
    const moderator = await staff(browser, MOD, { bypassCSP: true });
    const admin = await staff(browser, ADMIN, { bypassCSP: true });
    try {
      const m = moderator.page;
      const handle = target.person.handle;
      const id = await memberId(m, handle);
      // Warnings and notes may have 2,000 characters; line breaks are sent as CRLF.
      const texts = batches(PAYLOADS, 1800, '\n');
      for (const [k, text] of texts.entries()) {
        for (const kind of ['warn', 'note']) {
          await visit(m, `/mod/users/${handle}`);
          await m.fill(kind === 'warn' ? '#warn-text' : '#note-text', text);
          const response = await submit(m, `form[action="/mod/users/${id}/${kind}"] button[type="submit"]`);
          if (response.status() !== 200) problems.push(`${kind} ${k} answered ${response.status()}`);
          problems.push(...(await inspect(m, moderator.guard, `${kind} ${k} saved`)));
        }
      }
      await visit(target.page, '/account');
      problems.push(...(await inspect(target.page, target.guard, 'warned member account')));
      if (!(await target.page.locator('main').innerText()).includes('sent you a warning')) problems.push('no warning notice');
      for (const path of ['/admin/audit', '/admin/users', `/mod/users/${handle}`, '/mod/queue']) {
        await visit(admin.page, path);
        problems.push(...(await inspect(admin.page, admin.guard, `${path} (admin)`)));
      }
      assertClean(problems);
    } finally {
      await closeAll(target, moderator, admin);
    }
  });

  test('text in URLs: login next, queue filter, unknown pages', async () => {
    const problems = [];
    const anon = await session(browser, { bypassCSP: true });
    const moderator = await staff(browser, MOD, { bypassCSP: true });
    try {
      for (const [k, group] of batches(PAYLOADS, 700, ' ').entries()) {
        const next = `/${group}`;
        await visit(anon.page, `/login?next=${encodeURIComponent(next)}`);
        const kept = await anon.page.locator('input[name="next"]').inputValue();
        // Only plain local paths are kept: a backslash or '//' could lead off-site, and a
        // control character could split the redirect's header.
        const unsafe = next.includes('\\') || next.startsWith('//') || /[\u0000-\u001f\u007f-\u009f]/.test(next);
        const expected = unsafe ? '/' : next;
        if (kept !== expected) problems.push(`login next ${k} came back as ${JSON.stringify(kept.slice(0, 80))}`);
        problems.push(...(await inspect(anon.page, anon.guard, `login next ${k}`)));
        for (const path of [`/c/${encodeURIComponent(group)}`, `/u/${encodeURIComponent(group)}`]) {
          const response = await visit(anon.page, path, { status: null });
          if (response.status() >= 500) problems.push(`${path.slice(0, 40)}... answered ${response.status()}`);
          problems.push(...(await inspect(anon.page, anon.guard, `unknown page ${k}`)));
        }
        const queue = await visit(moderator.page, `/mod/queue?community=${encodeURIComponent(group)}`, { status: null });
        if (queue.status() >= 500) problems.push(`queue filter ${k} answered ${queue.status()}`);
        problems.push(...(await inspect(moderator.page, moderator.guard, `queue filter ${k}`)));
      }
      assertClean(problems);
    } finally {
      await closeAll(anon, moderator);
    }
  });

  test('with the real CSP, no page refuses a script or style', async () => {
    const problems = [];
    const anon = await session(browser);
    const moderator = await staff(browser, MOD);
    const admin = await staff(browser, ADMIN);
    try {
      const anonPaths = ['/', '/register', '/login'];
      for (const slug of world.slugs.slice(0, AUTHORS)) if (slug) anonPaths.push(`/c/${slug}`);
      for (const person of world.authors) anonPaths.push(`/u/${person.handle}`);
      if (world.replier) anonPaths.push(`/u/${world.replier.handle}`);
      if (world.carrier) anonPaths.push(`/t/${world.carrier.id}`);
      for (const t of world.threads.filter((x) => !x.held).slice(0, 10)) anonPaths.push(`/t/${t.id}`);
      for (const path of anonPaths) {
        await visit(anon.page, path);
        problems.push(...(await inspect(anon.page, anon.guard, 'CSP on')));
      }
      for (const path of ['/mod/queue', ...world.threads.filter((x) => x.held).slice(0, 5).map((t) => `/t/${t.id}`)]) {
        await visit(moderator.page, path);
        problems.push(...(await inspect(moderator.page, moderator.guard, 'CSP on (moderator)')));
      }
      for (const path of ['/admin', '/admin/users', '/admin/audit', '/admin/communities/new']) {
        await visit(admin.page, path);
        problems.push(...(await inspect(admin.page, admin.guard, 'CSP on (admin)')));
      }
      for (const slug of world.slugs.filter((_, i) => i % 3 === 1).slice(0, 10)) {
        if (!slug) continue;
        await visit(admin.page, `/c/${slug}/join`);
        problems.push(...(await inspect(admin.page, admin.guard, 'CSP on (admin)')));
      }
      assertClean(problems);
    } finally {
      await closeAll(anon, moderator, admin);
    }
  });
});
