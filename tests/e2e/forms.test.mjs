// A form the server refuses comes back with what was typed (the README's promise: 422 with
// the input kept), across the forms of members, admins and moderators.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import {
  ADMIN, MOD, expectBanner, join, launch, member, memberId, members, newThread, openingPostId,
  reply, report, staff, submit, visit,
} from './lib.mjs';

const SLUG = 'kidney-transplant';

/** A text of exactly `n` characters, on one line (textareas send line breaks as CRLF). */
const long = (n) => 'My transplant team says to keep a daily log. '.repeat(Math.ceil(n / 45)).slice(0, n);

function assertQuiet(...guards) {
  const noisy = guards.flatMap((g) => g.events).filter((e) => e.kind !== 'dialog');
  assert.deepEqual(noisy, [], 'the browser saw errors');
}

describe('forms keep what was typed when they fail', { timeout: 120_000 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('member forms: reply, edit, report', async () => {
    const [author, other] = await members(browser, ['formauthor', 'formother']);
    try {
      const a = author.page;
      await join(a, SLUG);
      const threadId = await newThread(a, SLUG, {
        title: 'Tacrolimus levels',
        body: 'How often do you get your levels checked in the first year?',
      });
      const postId = await openingPostId(a);

      // A reply over 20,000 characters.
      const tooLong = long(20_001);
      await a.fill('#body', tooLong);
      const replied = await submit(a, `form[action="/t/${threadId}/reply"] button.primary`);
      assert.equal(replied.status(), 422);
      assert.equal(await a.inputValue('#body'), tooLong, 'the reply text is kept');
      assert.match(await a.locator('#body-error').innerText(), /20,000/);
      await expectBanner(a);
      // A reply of the right length posts.
      await reply(a, threadId, 'Every two weeks at first, then monthly.');

      // An edit whose title is too short.
      await visit(a, `/p/${postId}/edit`);
      const body = 'How often do you get your levels checked in the first year? Mine vary a lot.';
      await a.fill('#title', 'Tac');
      await a.fill('#body', body);
      const edited = await submit(a, `form[action="/p/${postId}/edit"] button.primary`);
      assert.equal(edited.status(), 422);
      assert.equal(await a.inputValue('#title'), 'Tac');
      assert.equal(await a.inputValue('#body'), body);
      assert.match(await a.locator('#title-error').innerText(), /5 to 150/);

      // A report whose note is too long keeps the note and the chosen reason.
      const note = long(1_001);
      const reported = await report(other.page, postId, { reason: 'misinformation', note });
      assert.equal(reported.status(), 422);
      assert.equal(await other.page.inputValue('#note'), note);
      assert.ok(await other.page.isChecked('input[name="reason"][value="misinformation"]'));
      // And a report without a reason keeps the note.
      const noReason = await report(other.page, postId, { reason: null, note: 'Dose advice.' });
      assert.equal(noReason.status(), 422);
      assert.equal(await other.page.inputValue('#note'), 'Dose advice.');
      assert.match(await other.page.locator('#reason-error').innerText(), /Choose a reason/);
      assertQuiet(author.guard, other.guard);
    } finally {
      await Promise.all([author.context.close(), other.context.close()]);
    }
  });

  test('admin: a community with a bad or taken address', async () => {
    const admin = await staff(browser, ADMIN);
    try {
      const { page, guard } = admin;
      const fields = {
        name: 'Lupus',
        description: 'For people living with systemic lupus erythematosus.',
        guidelines: '1. Be kind.\n2. No dosing advice.\n3. Keep names and numbers out.',
      };
      for (const [slug, message] of [['Lupus Group', /lowercase letters/], ['long-covid', /already uses this address/]]) {
        await visit(page, '/admin/communities/new');
        await page.fill('#name', fields.name);
        await page.fill('#slug', slug);
        await page.fill('#description', fields.description);
        await page.fill('#guidelines', fields.guidelines);
        const response = await submit(page, 'form[action="/admin/communities/new"] button[type="submit"]');
        assert.equal(response.status(), 422, `slug ${slug}`);
        for (const [name, value] of Object.entries({ ...fields, slug })) {
          assert.equal(await page.inputValue(`#${name}`), value, `${name} kept (slug ${slug})`);
        }
        assert.match(await page.locator('#slug-error').innerText(), message);
      }
      assertQuiet(guard);
    } finally {
      await admin.context.close();
    }
  });

  // The forms promise 20,000 characters; the body limit must let them through in any script
  // (a Greek letter is 6 bytes once form-encoded).
  test('member: a reply of 15,000 Greek characters, within the 20,000 the form allows', async () => {
    const writer = await member(browser, 'formgreek');
    try {
      const page = writer.page;
      await join(page, SLUG);
      const threadId = await newThread(page, SLUG, {
        title: 'Διατροφή μετά τη μεταμόσχευση',
        body: 'Τι τρώτε τις πρώτες εβδομάδες;',
      });
      const unit = 'Περπατάω κάθε πρωί και πίνω πολύ νερό. ';
      const text = unit.repeat(Math.ceil(15_000 / unit.length)).slice(0, 15_000);
      await page.fill('#body', text);
      const response = await submit(page, `form[action="/t/${threadId}/reply"] button.primary`);
      assert.ok(response.status() < 500, `status ${response.status()}`);
      assert.equal(response.status(), 200, 'the reply is saved and shown');
      assert.ok((await page.locator('main').innerText()).includes(text.slice(0, 200)), 'the Greek text is on the page');
    } finally {
      await writer.context.close();
    }
  });

  // The boxes stop at 2,000 characters, so the browser never sends more than the server takes
  // (the server's own answer to a longer text, the form again with the text kept, is tested in
  // tests/app/sanctions.rs).
  test('moderator: a warning or note over 2,000 characters', async () => {
    const target = await member(browser, 'formwarned');
    const moderator = await staff(browser, MOD);
    try {
      const m = moderator.page;
      const handle = target.person.handle;
      const id = await memberId(m, handle);
      for (const [kind, field] of [['warn', '#warn-text'], ['note', '#note-text']]) {
        const text = long(2_001);
        await visit(m, `/mod/users/${handle}`);
        assert.equal(await m.getAttribute(field, 'maxlength'), '2000', `${kind}: the box has a limit`);
        await m.fill(field, text);
        assert.equal((await m.inputValue(field)).length, 2_000, `${kind}: the browser stops at the limit`);
        const response = await submit(m, `form[action="/mod/users/${id}/${kind}"] button[type="submit"]`);
        assert.equal(response.status(), 200, `${kind}: saved`);
        const shown = await m.locator('main').innerText();
        assert.ok(shown.includes('Saved.'), `${kind}: saved`);
        if (kind === 'note') assert.ok(shown.includes(text.slice(0, 100)), 'the note is listed');
      }
    } finally {
      await Promise.all([target.context.close(), moderator.context.close()]);
    }
  });
});
