// The main journeys, in a real browser, with a screenshot of each main page
// (screenshots/<test>-<page>.png, ignored by git):
//  - register and verify: a person's first visit (issue 2). Register, confirm the address from
//    the email, see the not-medical-advice banner on every content page, join a community by
//    accepting its guidelines, start a discussion, reply, edit, log out and back in. A failed
//    form keeps what was typed.
//  - a post held by the privacy filter, then approved as it is by a moderator from the queue.
//  - a clinician tip vetted and published: a member applies for clinician verification, an
//    admin approves, the clinician writes a tip in a community, cannot approve it themselves,
//    a second verified clinician approves it, and an anonymous visitor reads it with the
//    tip banner.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  ADMIN, BANNER, MOD, emailConfirmation, expectBanner, fillRegistration, flash, join, launch,
  login, logout, mailLink, members, newThread, openingPostId, queueItem, screenshot, session,
  staff, submit, visit, newPerson,
} from './lib.mjs';

const SLUG = 'type-2-diabetes';

/** Fails on anything the watchers saw: 5xx answers, script errors, CSP refusals. */
function assertQuiet(...guards) {
  const noisy = guards.flatMap((g) => g.events).filter((e) => e.kind !== 'dialog');
  assert.deepEqual(noisy, [], 'the browser saw errors');
}

/** The visible text of the page's main content. */
const mainText = (page) => page.locator('main').innerText();

/** The wording of the banner on every health tip (the server's default TIP_BANNER_TEXT). */
const TIP_BANNER = /General health information from a verified clinician, checked by a second reviewer\. It is not personal medical advice/;

describe('journey: a new member', { timeout: 120_000 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('registers, joins, posts, replies, edits, logs out and in, with the banner on every page', async () => {
    const { context, page, guard } = await session(browser);
    const person = newPerson('journey');
    const visited = [];
    // Each page: the banner is there; the main ones are saved as screenshots/journey-<name>.png.
    const step = async (name) => {
      await expectBanner(page);
      visited.push(new URL(page.url()).pathname);
      if (name) await screenshot(page, 'journey', name);
    };
    try {
      // The home page, as a visitor, then "Join CareCircle".
      await visit(page, '/');
      await step('home');
      await submit(page, page.locator('.account-nav a[href="/register"]'));
      assert.equal(new URL(page.url()).pathname, '/register');
      await step('register');
      await fillRegistration(page, person);
      const registered = await submit(page, 'form[action="/register"] button[type="submit"]');
      assert.equal(registered.status(), 200);
      // Registration answers the same whether or not the address has an account, so it
      // does not sign in: the new member lands on the login page and logs in.
      assert.equal(new URL(page.url()).pathname, '/login');
      assert.match(await flash(page), /Welcome to CareCircle/);
      await step('registered');
      await page.fill('#email', person.email);
      await page.fill('#password', person.password);
      await submit(page, 'form[action="/login"] button[type="submit"]');
      assert.equal(await page.locator('.account-nav .handle').innerText(), person.handle);

      // Verify: until the address is confirmed the account page says so; the link in the
      // confirmation email (MAIL_DIR) confirms it.
      assert.ok(await emailConfirmation(), 'the server sends confirmation emails and answers /verify/');
      await submit(page, page.locator('.account-nav a[href="/account"]'));
      assert.match(await page.locator('main').innerText(), /not confirmed yet, so you can read but not post/);
      assert.equal(await page.locator('form[action="/verify/resend"]').count(), 1);
      await step('account-unconfirmed');
      const link = await mailLink(person.email, /https?:\/\/[^\s"'<>]+\/verify\/[A-Za-z0-9_~.%-]+/);
      assert.equal(new URL(link).origin, new URL(page.url()).origin, 'the link points at this server');
      const confirmed = await page.goto(link);
      assert.equal(confirmed.status(), 200);
      assert.match(await flash(page), /your email address is confirmed/i);
      await step('verified');
      await visit(page, '/account');
      assert.match(await page.locator('main').innerText(), /Your address is confirmed/);
      assert.equal(await page.locator('form[action="/verify/resend"]').count(), 0);
      // The link works once.
      const again = await page.goto(link);
      assert.equal(again.status(), 410, 'a used confirmation link answers 410');
      await expectBanner(page);
      await visit(page, '/');

      // The community, its join page; the guidelines must be accepted.
      await submit(page, page.locator(`.community-card a[href="/c/${SLUG}"]`));
      assert.equal(new URL(page.url()).pathname, `/c/${SLUG}`);
      await step('community');
      await submit(page, page.getByRole('link', { name: 'Join this community' }));
      assert.equal(new URL(page.url()).pathname, `/c/${SLUG}/join`);
      await step('join');
      assert.ok((await page.locator('.guidelines-full').innerText()).trim().length > 0, 'guidelines shown');
      // Without the tick the browser does not send the form.
      await page.locator(`form[action="/c/${SLUG}/join"] button[type="submit"]`).click();
      await page.waitForTimeout(300);
      assert.equal(new URL(page.url()).pathname, `/c/${SLUG}/join`);
      assert.equal(await page.locator('#accept_guidelines').evaluate((el) => el.validity.valueMissing), true);
      await page.check('#accept_guidelines');
      await submit(page, `form[action="/c/${SLUG}/join"] button[type="submit"]`);
      assert.equal(new URL(page.url()).pathname, `/c/${SLUG}`);
      assert.equal(await flash(page), 'You joined the community.');
      await step('community-joined');

      // Start a discussion. A title that is too short comes back with the text kept.
      await submit(page, page.getByRole('link', { name: 'Start a discussion' }));
      assert.equal(new URL(page.url()).pathname, `/c/${SLUG}/new`);
      await step('new-thread');
      const body = 'Walking for twenty minutes after dinner has evened out my evening readings. What works for you?';
      await page.fill('#title', 'Hi');
      await page.fill('#body', body);
      const tooShort = await submit(page, `form[action="/c/${SLUG}/new"] button.primary`);
      assert.equal(tooShort.status(), 422);
      assert.equal(await page.inputValue('#title'), 'Hi');
      assert.equal(await page.inputValue('#body'), body);
      assert.match(await page.locator('#title-error').innerText(), /5 to 150 characters/);
      await step('new-thread-error');
      const title = 'Walking after meals';
      await page.fill('#title', title);
      await submit(page, `form[action="/c/${SLUG}/new"] button.primary`);
      const threadPath = new URL(page.url()).pathname;
      assert.match(threadPath, /^\/t\/\d+$/);
      assert.equal(await page.locator('h1.thread-heading').innerText(), title);
      assert.match(await page.locator('article.post .post-body').first().innerText(), /twenty minutes after dinner/);
      await step('thread');

      // Reply.
      await page.fill('#body', 'Update: a short walk after lunch helps too.');
      await submit(page, `form[action$="/reply"] button.primary`);
      assert.equal(new URL(page.url()).pathname, threadPath);
      const replyPost = page.locator('article.post').nth(1);
      assert.match(await replyPost.locator('.post-body').innerText(), /short walk after lunch/);
      assert.equal(await replyPost.locator('.edited').count(), 0);
      await step('thread-reply');

      // Edit the reply: the page shows "edited".
      await submit(page, replyPost.getByRole('link', { name: 'Edit' }));
      assert.match(new URL(page.url()).pathname, /^\/p\/\d+\/edit$/);
      assert.equal(await page.inputValue('#body'), 'Update: a short walk after lunch helps too.');
      await step();
      await page.fill('#body', 'Update: a short walk after lunch and after breakfast helps too.');
      await submit(page, 'form[action$="/edit"] button.primary');
      assert.equal(new URL(page.url()).pathname, threadPath);
      const edited = page.locator('article.post').nth(1);
      assert.match(await edited.locator('.post-body').innerText(), /after breakfast/);
      assert.equal(await edited.locator('.edited').innerText(), 'edited');
      assert.equal(await page.locator('article.post').first().locator('.edited').count(), 0);
      await step('thread-edited');

      // Their profile and account pages.
      await submit(page, page.locator('.account-nav a.handle'));
      assert.equal(new URL(page.url()).pathname, `/u/${person.handle}`);
      assert.match(await page.locator('main').innerText(), /Walking after meals/);
      await step('profile');
      await submit(page, page.locator('.account-nav a[href="/account"]'));
      await step('account');

      // Log out: the discussion stays readable, with the banner.
      await logout(page);
      assert.equal(await flash(page), 'You are logged out.');
      await step();
      await visit(page, threadPath);
      assert.equal(await page.locator('article.post').count(), 2);
      assert.match(await page.locator('.reply').innerText(), /Log in/);
      await step();

      // Log back in from the thread: back on the thread, logged in, the reply form there.
      await submit(page, page.locator('.account-nav a', { hasText: 'Log in' }));
      assert.equal(new URL(page.url()).pathname, '/login');
      await step('login');
      await page.fill('#email', person.email);
      await page.fill('#password', 'not the password');
      const failed = await submit(page, 'form[action="/login"] button[type="submit"]');
      assert.equal(failed.status(), 422);
      assert.equal(await page.inputValue('#email'), person.email, 'a failed login keeps the email');
      assert.match(await page.locator('.form-error').innerText(), /do not match/);
      await step();
      await page.fill('#password', person.password);
      await submit(page, 'form[action="/login"] button[type="submit"]');
      assert.equal(new URL(page.url()).pathname, threadPath, 'login returns to the page it came from');
      assert.equal(await flash(page), 'You are logged in.');
      assert.equal(await page.locator('.account-nav .handle').innerText(), person.handle);
      assert.equal(await page.locator(`form[action$="/reply"]`).count(), 1);
      await step();

      // Every content page above carried the banner (checked at each step).
      assert.ok(visited.length >= 15, `visited ${visited.length} pages`);
      for (const path of ['/', `/c/${SLUG}`, `/c/${SLUG}/join`, `/c/${SLUG}/new`, threadPath, '/login', '/register', '/account']) {
        assert.ok(visited.includes(path), `the journey visited ${path}`);
      }
      assertQuiet(guard);
    } finally {
      await context.close();
    }
  });

  test('a failed registration keeps what was typed', async () => {
    const { context, page, guard } = await session(browser);
    try {
      const taken = newPerson('taken');
      // First, an account whose handle the next attempt will collide with.
      await visit(page, '/register');
      await fillRegistration(page, taken);
      assert.equal((await submit(page, 'form[action="/register"] button[type="submit"]')).status(), 200);

      const attempts = [
        {
          why: 'password too short',
          person: { ...newPerson('shortpw'), password: 'short' },
          field: 'password',
          message: /10 to 128 characters/,
        },
        {
          why: 'handle with a space and a symbol',
          person: { ...newPerson('badhandle'), handle: 'Ana María!' },
          field: 'handle',
          message: /letters, digits/,
        },
        {
          why: 'email without a domain',
          person: { ...newPerson('bademail'), email: 'ana.at.example' },
          field: 'email',
          message: /email address/,
        },
        {
          why: 'handle already taken',
          person: { ...newPerson('dupe'), handle: taken.handle },
          field: 'handle',
          message: /handle is taken/,
        },
      ];
      for (const { why, person, field, message } of attempts) {
        await visit(page, '/register');
        await fillRegistration(page, person);
        const response = await submit(page, 'form[action="/register"] button[type="submit"]');
        assert.equal(response.status(), 422, `${why}: status`);
        assert.equal(new URL(page.url()).pathname, '/register');
        assert.equal(await page.inputValue('#email'), person.email, `${why}: email kept`);
        assert.equal(await page.inputValue('#handle'), person.handle, `${why}: handle kept`);
        assert.equal(await page.inputValue('#password'), '', `${why}: the password is not sent back`);
        assert.match(await page.locator(`#${field}-error`).innerText(), message, `${why}: message`);
        assert.equal(await page.locator(`#${field}`).getAttribute('aria-invalid'), 'true');
        await expectBanner(page);
        // Still logged out: nothing was created.
        assert.equal(await page.locator('.account-nav .handle').count(), 0);
      }
      // Correcting the kept form works without retyping email and handle.
      const fixed = attempts[0].person;
      await visit(page, '/register');
      await fillRegistration(page, fixed);
      await submit(page, 'form[action="/register"] button[type="submit"]');
      await page.fill('#password', 'a long enough password');
      const ok = await submit(page, 'form[action="/register"] button[type="submit"]');
      assert.equal(ok.status(), 200);
      assert.equal(new URL(page.url()).pathname, '/login');
      await login(page, { email: fixed.email, password: 'a long enough password' });
      assert.equal(await page.locator('.account-nav .handle').innerText(), fixed.handle);
      assert.ok((await page.locator('.advice-banner').innerText()).includes(BANNER));
      assertQuiet(guard);
    } finally {
      await context.close();
    }
  });
});

describe('journey: moderation and health tips', { timeout: 150_000 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a post held by the privacy filter, then approved by a moderator', async () => {
    const SHOTS = 'held';
    const [author, reader] = await members(browser, ['heldauthor', 'heldreader']);
    const moderator = await session(browser);
    try {
      const a = author.page;
      await join(a, SLUG);
      // A hospital's phone line: the filter holds it (only public helplines and toll-free
      // numbers pass), a moderator judges it fine to publish as it is.
      const helpline = '614-555-2671';
      const title = `A nurse line that helped ${author.person.handle.slice(-6)}`;
      const body = `The diabetes education nurses at our county hospital answer questions on ${helpline} on weekdays. They talked me through my first hypo.`;
      const threadId = await newThread(a, SLUG, { title, body });
      const postId = await openingPostId(a);
      const held = a.locator(`article#p${postId}`);
      assert.match(await held.locator('.badge-held').innerText(), /Awaiting moderator review/);
      assert.match(await held.locator('.privacy-review').innerText(), /Held for privacy review/);
      await expectBanner(a);
      await screenshot(a, SHOTS, 'thread-author');

      // Nobody else sees it yet.
      const r = reader.page;
      await visit(r, `/t/${threadId}`, { status: 404 });
      await visit(r, `/c/${SLUG}`);
      assert.ok(!(await mainText(r)).includes(title), 'the community lists the held discussion');

      // The moderator opens the queue from the header and approves it as it is.
      const m = moderator.page;
      await login(m, MOD);
      await submit(m, m.locator('.account-nav a[href="/mod/queue"]'));
      assert.equal(new URL(m.url()).pathname, '/mod/queue');
      await expectBanner(m);
      const item = queueItem(m, postId);
      assert.equal(await item.count(), 1, 'the held post is in the queue');
      assert.match(await item.innerText(), /held by the privacy filter/);
      assert.match(await item.innerText(), /opening post by/);
      await screenshot(m, SHOTS, 'moderation-queue');
      await submit(m, item.getByRole('button', { name: 'Approve', exact: true }));
      assert.equal(new URL(m.url()).pathname, '/mod/queue');
      assert.match(await flash(m), /Decision saved/);
      assert.equal(await queueItem(m, postId).count(), 0, 'the item left the queue');
      await screenshot(m, SHOTS, 'moderation-queue-after');

      // Published as written, for everyone.
      await visit(r, `/t/${threadId}`);
      const published = r.locator(`article#p${postId}`);
      assert.match(await published.locator('.post-body').innerText(), new RegExp(helpline));
      assert.equal(await published.locator('.badge-held').count(), 0);
      assert.equal(await r.locator('h1.thread-heading').innerText(), title);
      await expectBanner(r);
      await screenshot(r, SHOTS, 'thread-published');
      await visit(r, `/c/${SLUG}`);
      assert.ok((await mainText(r)).includes(title), 'the community lists the discussion');
      // Anyone can now reply.
      await join(r, SLUG);
      await visit(r, `/t/${threadId}`);
      await r.fill('#body', 'Thank you, saved it.');
      await submit(r, `form[action="/t/${threadId}/reply"] button.primary`);
      assert.equal(await r.locator('article.post').count(), 2);

      // The author is told.
      await visit(a, '/account');
      assert.match(await mainText(a), /A moderator reviewed your post and published it/);
      await visit(a, `/t/${threadId}`);
      assert.equal(await a.locator(`article#p${postId} .badge-held`).count(), 0);
      assertQuiet(author.guard, reader.guard, moderator.guard);
    } finally {
      await Promise.all([author.context.close(), reader.context.close(), moderator.context.close()]);
    }
  });

  test('a clinician tip: apply, admin approves, write, second clinician vets, public with the tip banner', async () => {
    const SHOTS = 'tip';
    const [writer, vetter] = await members(browser, ['clinwriter', 'clinvetter']);
    const admin = await session(browser);
    const visitor = await session(browser);
    try {
      // 1. Both members apply for verification from their account page.
      const applications = [
        { s: writer, profession: 'Dietitian', specialty: 'Diabetes care', licence: 'RD-448812', where: 'Commission on Dietetic Registration' },
        { s: vetter, profession: 'Nurse practitioner', specialty: 'Endocrinology', licence: 'NP-55120', where: 'Ohio Board of Nursing' },
      ];
      for (const [i, app] of applications.entries()) {
        const p = app.s.page;
        await visit(p, '/account');
        await submit(p, p.getByRole('link', { name: /Apply for verification/ }));
        assert.equal(new URL(p.url()).pathname, '/clinicians/apply');
        await expectBanner(p);
        if (i === 0) await screenshot(p, SHOTS, 'apply');
        await p.selectOption('#profession', app.profession);
        await p.fill('#specialty', app.specialty);
        await p.fill('#licence_number', app.licence);
        await p.fill('#jurisdiction', app.where);
        await p.fill('#note', 'Happy to review tips about food and glucose.');
        const sent = await submit(p, 'form[action="/clinicians/apply"] button[type="submit"]');
        assert.equal(sent.status(), 200);
        assert.equal(new URL(p.url()).pathname, '/clinicians/apply');
        assert.equal(await flash(p), 'Thank you. An admin will review your application.');
        assert.match(await mainText(p), /is waiting for an admin/);
        assert.equal(await p.locator('form[action="/clinicians/apply"]').count(), 0, 'no second application');
        if (i === 0) await screenshot(p, SHOTS, 'apply-sent');
        // Not a clinician yet: no tip form.
        await visit(p, `/c/${SLUG}/tips/new`, { status: 403 });
      }

      // 2. The admin approves both from Admin > Clinician verification.
      const ad = admin.page;
      await login(ad, ADMIN);
      await submit(ad, ad.locator('.account-nav a[href="/admin"]'));
      await submit(ad, ad.getByRole('link', { name: 'Clinician verification' }));
      assert.equal(new URL(ad.url()).pathname, '/admin/clinicians');
      await expectBanner(ad);
      await screenshot(ad, SHOTS, 'admin-clinicians');
      for (const app of applications) {
        const card = ad.locator('article.application', { hasText: app.s.person.handle })
          .filter({ has: ad.locator('form[action$="/approve"]') });
        assert.equal(await card.count(), 1, `the application of ${app.s.person.handle} waits`);
        assert.match(await card.innerText(), new RegExp(`${app.profession}, ${app.specialty}`));
        assert.match(await card.innerText(), new RegExp(app.licence));
        await submit(ad, card.getByRole('button', { name: 'Approve' }));
        assert.equal(new URL(ad.url()).pathname, '/admin/clinicians');
        assert.match(await flash(ad), /Decision saved/);
      }
      const verified = ad.locator('section[aria-labelledby="approved-heading"]');
      for (const app of applications) {
        assert.match(await verified.innerText(), new RegExp(app.s.person.handle), 'listed as verified');
      }
      await screenshot(ad, SHOTS, 'admin-clinicians-approved');

      // 3. The writer, now a clinician, writes a tip from the community page.
      const w = writer.page;
      await visit(w, '/account');
      assert.match(await mainText(w), /clinician verification was approved/);
      await visit(w, `/c/${SLUG}`);
      await submit(w, w.getByRole('link', { name: 'Write a tip' }));
      assert.equal(new URL(w.url()).pathname, `/c/${SLUG}/tips/new`);
      await expectBanner(w);
      await screenshot(w, SHOTS, 'new');
      const title = `Pair carbohydrates with protein ${writer.person.handle.slice(-6)}`;
      const tipBody = 'Eating some protein or fat with starchy food slows how fast glucose rises after a meal.\n\nTry adding eggs, yoghurt, nuts or beans to a carbohydrate-heavy breakfast.';
      await w.fill('#title', title);
      await w.fill('#body', tipBody);
      await w.fill('#references', 'https://diabetes.org/food-nutrition\n10.2337/dc24-S005');
      await submit(w, `form[action="/c/${SLUG}/tips/new"] button.primary`);
      const tipMatch = new URL(w.url()).pathname.match(/^\/tips\/(\d+)$/);
      assert.ok(tipMatch, `after submitting, expected /tips/{id}, got ${w.url()}`);
      const tipPath = tipMatch[0];
      const tipId = Number(tipMatch[1]);
      assert.match(await flash(w), /published once another clinician or a moderator approves it/);
      assert.match(await mainText(w), /Waiting for a second reviewer: not public yet/);
      assert.equal(await w.locator('form[action$="/review"]').count(), 0, 'no review form for the author');
      await expectBanner(w);
      await screenshot(w, SHOTS, 'pending');

      // The author cannot approve their own tip, even by sending the form by hand.
      const selfReview = await Promise.all([
        w.waitForNavigation({ waitUntil: 'load' }),
        w.evaluate((id) => {
          const form = document.createElement('form');
          form.method = 'post';
          form.action = `/tips/${id}/review`;
          const token = document.querySelector('input[name="csrf_token"]').value;
          for (const [name, value] of [['csrf_token', token], ['decision', 'approve']]) {
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            input.value = value;
            form.append(input);
          }
          document.body.append(form);
          setTimeout(() => form.submit(), 0);
        }, tipId),
      ]).then(([response]) => response);
      assert.equal(selfReview.status(), 409, 'self-approval is refused');
      assert.match(await w.locator('body').innerText(), /cannot review your own tip/);

      // Not public yet: an anonymous visitor gets 404 and sees it nowhere.
      const v = visitor.page;
      await visit(v, tipPath, { status: 404 });
      await visit(v, `/c/${SLUG}`);
      assert.ok(!(await mainText(v)).includes(title), 'the community lists the unvetted tip');
      await visit(v, '/tips');
      assert.ok(!(await mainText(v)).includes(title), '/tips lists the unvetted tip');

      // 4. The second clinician finds it among the tips to review and approves it.
      const vt = vetter.page;
      await visit(vt, '/tips/review');
      await expectBanner(vt);
      const waiting = vt.locator(`article#tip${tipId}`);
      assert.equal(await waiting.count(), 1, 'the tip is in the review list');
      assert.match(await waiting.innerText(), /Waiting for a second reviewer/);
      await screenshot(vt, SHOTS, 'review-list');
      await submit(vt, waiting.getByRole('link', { name: title }));
      assert.equal(new URL(vt.url()).pathname, tipPath);
      assert.match(await vt.locator('#review-heading').innerText(), /Review this tip/);
      await screenshot(vt, SHOTS, 'review');
      await submit(vt, vt.getByRole('button', { name: 'Approve', exact: true }));
      assert.equal(new URL(vt.url()).pathname, tipPath);
      assert.match(await flash(vt), /Decision saved/);
      assert.match(await vt.locator('.review-facts').innerText(), new RegExp(`Reviewed by ${vetter.person.handle}`));

      // 5. Public: an anonymous visitor reads it with the tip banner and the site banner.
      await visit(v, tipPath);
      await expectBanner(v);
      assert.equal(await v.locator('article.tip-full h1').innerText(), title);
      const tipBanner = await v.locator('article.tip-full .tip-banner').innerText();
      assert.match(tipBanner, /^Health tip\./);
      assert.match(tipBanner, TIP_BANNER);
      assert.match(await v.locator('.badge-clinician').innerText(), /Verified Dietitian · Diabetes care/);
      assert.match(await v.locator('.review-facts').innerText(), new RegExp(`Reviewed by ${vetter.person.handle}`));
      assert.match(await v.locator('.post-body').innerText(), /slows how fast glucose rises/);
      assert.equal(await v.locator('ol.references li').count(), 2);
      assert.equal(await v.locator('ol.references a[href="https://diabetes.org/food-nutrition"]').count(), 1);
      assert.equal(await v.locator('form[action$="/review"]').count(), 0, 'no review form for a visitor');
      await screenshot(v, SHOTS, 'published');
      // Listed on the community page and on /tips, each with the tip banner.
      for (const path of [`/c/${SLUG}`, '/tips']) {
        await visit(v, path);
        await expectBanner(v);
        assert.equal(await v.locator(`article#tip${tipId}`).count(), 1, `${path} lists the tip`);
        assert.match(await v.locator('.tip-banner').first().innerText(), TIP_BANNER);
      }
      await visit(v, `/c/${SLUG}`);
      await screenshot(v, SHOTS, 'community');
      await visit(v, '/tips');
      await screenshot(v, SHOTS, 'index');

      // The writer is told.
      await visit(w, '/account');
      assert.match(await mainText(w), /Your health tip was reviewed and is published/);
      // (The self-review above answered 409, which the watcher does not count.)
      assertQuiet(writer.guard, vetter.guard, admin.guard, visitor.guard);
    } finally {
      await Promise.all([writer.context.close(), vetter.context.close(), admin.context.close(), visitor.context.close()]);
    }
  });
});
