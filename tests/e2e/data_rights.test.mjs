// Issue 14 in the browser: a members-only discussion is invisible to visitors and outsiders
// and read by members; a member downloads their data and deletes their account.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import {
  expectBanner, join, launch, members, newThread, reply, session, submit, visit,
} from './lib.mjs';

// A demo community that starts members-only.
const MEMBERS_ONLY = 'breast-cancer';

function assertQuiet(...sessions) {
  const noisy = sessions.flatMap((s) => s.guard.events).filter((e) => e.kind !== 'dialog');
  assert.deepEqual(noisy, [], 'the browser saw errors');
}

describe('members, audiences and data rights', { timeout: 150_000 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a members-only discussion: members read it, visitors and outsiders get a 404', async () => {
    const [author, insider, outsider] = await members(browser, ['audauthor', 'audinsider', 'audoutsider']);
    const visitor = await session(browser);
    try {
      await join(author.page, MEMBERS_ONLY);
      await author.page.goto(`/c/${MEMBERS_ONLY}/new`);
      assert.equal(
        await author.page.locator('input[name="audience"][value="members"]').isChecked(),
        true,
        'the community default is chosen',
      );
      const title = `Scan anxiety ${author.person.handle.slice(-6)}`;
      const threadId = await newThread(author.page, MEMBERS_ONLY, {
        title,
        body: 'Waiting for results is the hardest part for me.',
      });
      assert.match(await author.page.locator('.audience-note').innerText(), /members/i);

      await join(insider.page, MEMBERS_ONLY);
      await visit(insider.page, `/t/${threadId}`);
      assert.match(await insider.page.locator('h1').innerText(), /Scan anxiety/);
      assert.equal(await insider.page.locator('meta[name="robots"][content="noindex"]').count(), 1);
      await expectBanner(insider.page);

      for (const s of [visitor, outsider]) {
        await visit(s.page, `/t/${threadId}`, { status: 404 });
        await visit(s.page, `/c/${MEMBERS_ONLY}`);
        const listing = await s.page.locator('main').innerText();
        assert.ok(!listing.includes(title), 'not listed');
        assert.match(listing, /more discussions? (is|are) visible to members/);
      }
      const robots = await visitor.page.request.get('/robots.txt');
      assert.match(await robots.text(), new RegExp(`Disallow: /c/${MEMBERS_ONLY}\\n`));
      assertQuiet(author, insider, outsider, visitor);
    } finally {
      for (const s of [author, insider, outsider, visitor]) await s.context.close();
    }
  });

  test('a member downloads everything, then deletes the account keeping posts as a former member', async () => {
    const [leaver, reader] = await members(browser, ['leaver', 'leaverreader']);
    try {
      const p = leaver.page;
      await join(p, 'type-2-diabetes');
      const threadId = await newThread(p, 'type-2-diabetes', {
        title: `Leaving soon ${leaver.person.handle.slice(-6)}`,
        body: 'Quokkatext: my spacer routine, for anyone who needs it.',
      });
      await reply(p, threadId, 'Quokkareply: and rinse after the steroid inhaler.');

      // Export: the password again, then a ZIP download.
      await visit(p, '/account');
      await p.getByRole('link', { name: /Download everything/ }).click();
      await p.fill('#password', 'not the password');
      const refused = await submit(p, 'form[action="/account/export"] button[type="submit"]');
      assert.equal(refused.status(), 422);
      assert.match(await p.locator('main').innerText(), /That is not your password/);
      await p.fill('#password', leaver.person.password);
      const [download] = await Promise.all([
        p.waitForEvent('download'),
        p.locator('form[action="/account/export"] button[type="submit"]').click(),
      ]);
      assert.equal(download.suggestedFilename(), 'carecircle-data.zip');
      const bytes = readFileSync(await download.path());
      assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\u0003\u0004', 'a ZIP file');
      const text = bytes.toString('utf8');
      for (const expected of ['carecircle.json', 'Quokkatext', 'Quokkareply', leaver.person.email]) {
        assert.ok(text.includes(expected), `the export holds ${expected}`);
      }

      // Delete: a choice and a confirmation are required, and what was chosen stays chosen.
      await visit(p, '/account/delete');
      await p.check('input[name="posts"][value="keep"]');
      await p.fill('#password', leaver.person.password);
      const unconfirmed = await submit(p, 'form[action="/account/delete"] button[type="submit"]');
      assert.equal(unconfirmed.status(), 422);
      assert.equal(await p.locator('input[name="posts"][value="keep"]').isChecked(), true);
      await p.fill('#password', leaver.person.password);
      await p.check('#confirm');
      const done = await submit(p, 'form[action="/account/delete"] button[type="submit"]');
      assert.equal(done.status(), 200);
      assert.match(await p.content(), /Your account is deleted/);
      assert.equal(await p.locator('a[href="/register"]').count() > 0, true, 'signed out');

      // Their words stay, by "Former member"; the old login and profile are gone.
      await visit(reader.page, `/t/${threadId}`);
      const page = await reader.page.locator('main').innerText();
      assert.match(page, /Quokkareply/);
      assert.match(page, /Former member/);
      assert.ok(!page.includes(leaver.person.handle), 'the handle is gone');
      await visit(reader.page, `/u/${leaver.person.handle}`, { status: 404 });
      const again = await session(browser);
      await visit(again.page, '/login');
      await again.page.fill('#email', leaver.person.email);
      await again.page.fill('#password', leaver.person.password);
      const login = await submit(again.page, 'form[action="/login"] button[type="submit"]');
      assert.equal(login.status(), 422);
      await again.context.close();
      assertQuiet(leaver, reader);
    } finally {
      for (const s of [leaver, reader]) await s.context.close();
    }
  });
});
