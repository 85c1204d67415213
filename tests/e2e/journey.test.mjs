// Issue 2: a person's first visit, in a real browser. Register, see the not-medical-advice
// banner on every content page, join a community by accepting its guidelines, start a
// discussion, reply, edit, log out and back in. A failed form keeps what was typed.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  BANNER, emailConfirmation, expectBanner, fillRegistration, flash, launch, logout, mailLink,
  newPerson, session, submit, visit,
} from './lib.mjs';

const SLUG = 'type-2-diabetes';

/** Fails on anything the watcher saw: 5xx answers, script errors, CSP refusals. */
function assertQuiet(guard) {
  const noisy = guard.events.filter((e) => e.kind !== 'dialog');
  assert.deepEqual(noisy, [], 'the browser saw errors');
}

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
    const step = async () => {
      await expectBanner(page);
      visited.push(new URL(page.url()).pathname);
    };
    try {
      // The home page, as a visitor, then "Join CareCircle".
      await visit(page, '/');
      await step();
      await submit(page, page.locator('.account-nav a[href="/register"]'));
      assert.equal(new URL(page.url()).pathname, '/register');
      await step();
      await fillRegistration(page, person);
      const registered = await submit(page, 'form[action="/register"] button[type="submit"]');
      assert.equal(registered.status(), 200);
      assert.equal(new URL(page.url()).pathname, '/');
      assert.match(await flash(page), /Welcome to CareCircle/);
      assert.equal(await page.locator('.account-nav .handle').innerText(), person.handle);
      await step();

      // Where the server asks for it: the link in the confirmation email.
      if (await emailConfirmation()) {
        const link = await mailLink(person.email, /https?:\/\/[^\s"'<>]+\/verify\/[A-Za-z0-9_~.%-]+/);
        assert.equal(new URL(link).origin, new URL(page.url()).origin, 'the link points at this server');
        const confirmed = await page.goto(link);
        assert.equal(confirmed.status(), 200);
        assert.match(await flash(page), /confirmed/i);
        await step();
      }

      // The community, its join page; the guidelines must be accepted.
      await submit(page, page.locator(`.community-card a[href="/c/${SLUG}"]`));
      assert.equal(new URL(page.url()).pathname, `/c/${SLUG}`);
      await step();
      await submit(page, page.getByRole('link', { name: 'Join this community' }));
      assert.equal(new URL(page.url()).pathname, `/c/${SLUG}/join`);
      await step();
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
      await step();

      // Start a discussion. A title that is too short comes back with the text kept.
      await submit(page, page.getByRole('link', { name: 'Start a discussion' }));
      assert.equal(new URL(page.url()).pathname, `/c/${SLUG}/new`);
      await step();
      const body = 'Walking for twenty minutes after dinner has evened out my evening readings. What works for you?';
      await page.fill('#title', 'Hi');
      await page.fill('#body', body);
      const tooShort = await submit(page, `form[action="/c/${SLUG}/new"] button.primary`);
      assert.equal(tooShort.status(), 422);
      assert.equal(await page.inputValue('#title'), 'Hi');
      assert.equal(await page.inputValue('#body'), body);
      assert.match(await page.locator('#title-error').innerText(), /5 to 150 characters/);
      await step();
      const title = 'Walking after meals';
      await page.fill('#title', title);
      await submit(page, `form[action="/c/${SLUG}/new"] button.primary`);
      const threadPath = new URL(page.url()).pathname;
      assert.match(threadPath, /^\/t\/\d+$/);
      assert.equal(await page.locator('h1.thread-heading').innerText(), title);
      assert.match(await page.locator('article.post .post-body').first().innerText(), /twenty minutes after dinner/);
      await step();

      // Reply.
      await page.fill('#body', 'Update: a short walk after lunch helps too.');
      await submit(page, `form[action$="/reply"] button.primary`);
      assert.equal(new URL(page.url()).pathname, threadPath);
      const replyPost = page.locator('article.post').nth(1);
      assert.match(await replyPost.locator('.post-body').innerText(), /short walk after lunch/);
      assert.equal(await replyPost.locator('.edited').count(), 0);
      await step();

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
      await step();

      // Their profile and account pages.
      await submit(page, page.locator('.account-nav a.handle'));
      assert.equal(new URL(page.url()).pathname, `/u/${person.handle}`);
      assert.match(await page.locator('main').innerText(), /Walking after meals/);
      await step();
      await submit(page, page.locator('.account-nav a[href="/account"]'));
      await step();

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
      await step();
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
      await logout(page);

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
      assert.equal(await page.locator('.account-nav .handle').innerText(), fixed.handle);
      assert.ok((await page.locator('.advice-banner').innerText()).includes(BANNER));
      assertQuiet(guard);
    } finally {
      await context.close();
    }
  });
});
